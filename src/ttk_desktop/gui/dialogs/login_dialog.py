"""Log in to a protected database, or unlock the app after the idle lock (#16).

Painted at start-up before anything heavy is imported: this module needs only
Qt and the light GUI helpers. The password check (Argon2id, about 0.2 s, plus
opening the encrypted file) runs off the GUI thread once the person presses
Log in; ``argon2``, ``cryptography``, SQLCipher and SQLAlchemy are imported
there, not before. A wrong password or a wait after too many is said under
the fields; during a wait the button counts down.

Two modes:

- log in (start-up): the account name is remembered in QSettings;
  ``dialog.database`` is the open database once accepted.
- unlock (``locked_account``): the same account only; the password must
  unlock the database key already in use. "Quit" closes the app.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core.errors import TtkError
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.settings_store import SettingsStore
from ttk_desktop.gui.workers import TaskRunner

ERROR_STYLE = "color: #b00020;"


def _log_in(path: Path, name: str, password: str) -> Any:
    """Runs on a pool thread: the open database, or LoginError."""
    from ttk_desktop.core.security.login import login

    db = login(path, name, password)
    # Warm what the participants tab needs first, here rather than on the GUI thread.
    from ttk_desktop.core.services import participants  # noqa: F401

    return db


def _unlock(path: Path, name: str, password: str, key: bytes | None) -> bool:
    """Runs on a pool thread: True when ``password`` unlocks the key in use."""
    from ttk_desktop.core.security.login import LoginError, unlock

    if unlock(path, name, password) != key:
        raise LoginError("")  # another database's key: the same answer as a wrong password
    return True


class LoginDialog(QDialog):
    """Account name and password; the check runs off the GUI thread.

    Args:
        path: the protected database.
        settings: remembers the account name (log-in mode).
        locked_account: unlock mode: the account that is logged in.
        key: unlock mode: the database key in use, which the password must unlock.
    """

    def __init__(
        self,
        path: Path,
        settings: SettingsStore | None = None,
        parent: QWidget | None = None,
        *,
        locked_account: str | None = None,
        key: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.path = Path(path)
        self.settings = settings
        self.locked_account = locked_account
        self._key = key
        self.database: Any = None
        self.busy = False
        self._wait_until = 0.0
        self.tasks = TaskRunner(self)

        self.intro = QLabel(self)
        self.intro.setObjectName("login_intro")
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("login_name")
        self.name.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("login_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel(self)
        self.status.setObjectName("login_status")
        self.status.setWordWrap(True)
        self.name_label = QLabel(self)
        self.password_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        # Two buttons in a row rather than a QDialogButtonBox, whose constructor
        # builds every enum of the Qt namespace (see gui.i18n.install_language).
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("login_ok")
        self.ok_button.setDefault(True)
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("login_quit")
        self.ok_button.clicked.connect(self._on_ok)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown)

        if locked_account is not None:
            self.name.setText(locked_account)
            self.name.setReadOnly(True)
            from PySide6.QtCore import Qt  # not at import: see gui.i18n.install_language

            self.setWindowModality(Qt.WindowModality.ApplicationModal)
        elif settings is not None and settings.last_account:
            self.name.setText(settings.last_account)
        self.setMinimumWidth(400)
        self._retranslate()
        (self.password if self.name.text() else self.name).setFocus()

    def _retranslate(self) -> None:
        if self.locked_account is not None:
            self.setWindowTitle(self.tr("TTK Desktop is locked"))
            self.intro.setText(
                self.tr(
                    "TTK Desktop was locked because nobody used it for a while. Enter the "
                    "password of %1 to continue where you left off."
                ).replace("%1", self.locked_account)
            )
            self.quit_button.setText(self.tr("Quit TTK Desktop"))
            self.ok_button.setText(self.tr("Unlock"))
        else:
            self.setWindowTitle(self.tr("TTK Desktop: log in"))
            self.intro.setText(
                self.tr("This database is protected. Log in with your account.")
                + "\n"
                + self.path.name
            )
            self.quit_button.setText(self.tr("Quit"))
            self.ok_button.setText(self.tr("Log in"))
        self.name_label.setText(self.tr("Account"))
        self.password_label.setText(self.tr("Password"))
        self._show_wait()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- checking the password ------------------------------------------------------
    def _on_ok(self) -> None:
        if self.busy or self._waiting() > 0:
            return
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            self._show_message(self.tr("Enter the account name and the password."))
            return
        self._set_busy(True)
        self.error.hide()
        self.status.setText(self.tr("Checking the password…"))
        path = self.path
        if self.locked_account is not None:
            key = self._key
            self.tasks.run(
                lambda: _unlock(path, name, password, key),
                on_success=self._on_success,
                on_failure=self._on_failure,
            )
        else:
            self.tasks.run(
                lambda: _log_in(path, name, password),
                on_success=self._on_success,
                on_failure=self._on_failure,
            )

    def _on_success(self, result: Any) -> None:
        self._set_busy(False)
        self.password.clear()
        self.status.clear()
        if self.locked_account is None:
            self.database = result
            if self.settings is not None:
                self.settings.last_account = self.name.text().strip()
                self.settings.sync()
        self.accept()

    def _on_failure(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self.password.clear()
        self.password.setFocus()
        if not isinstance(error, TtkError):
            show_error(self, error)
            return
        wait = float(getattr(error, "wait_seconds", 0.0) or 0.0)
        if self.locked_account is not None and not error.message:
            self._show_message(self.tr("The password is wrong."))
        else:
            self._show_message(error.message)
        if wait > 0:
            self._wait_until = time.monotonic() + wait
            self._countdown.start()
            self._show_wait()

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.name.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and self._waiting() <= 0)

    # -- waiting after too many wrong passwords ----------------------------------------
    def _waiting(self) -> int:
        """Whole seconds still to wait (0: the next try is allowed)."""
        left = self._wait_until - time.monotonic()
        return int(left + 0.999) if left > 0 else 0

    def _on_countdown(self) -> None:
        self._show_wait()

    def _show_wait(self) -> None:
        seconds = self._waiting()
        base = self.tr("Unlock") if self.locked_account is not None else self.tr("Log in")
        if seconds > 0:
            self.ok_button.setEnabled(False)
            self.ok_button.setText(
                self.tr("%1 (%2 s)").replace("%1", base).replace("%2", str(seconds))
            )
            self.status.setText(self.tr("You can try again in %n second(s).", "", seconds))
            return
        if self._countdown.isActive():
            self._countdown.stop()
            self.status.clear()
            self.error.hide()
        self.ok_button.setText(base)
        self.ok_button.setEnabled(not self.busy)

    def _on_quit_clicked(self) -> None:
        if self.locked_account is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Quit TTK Desktop"),
                self.tr(
                    "Quit TTK Desktop? What was typed in open windows and not saved is lost. "
                    "To log in with another account, quit and start TTK Desktop again."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._quit()

    def _quit(self) -> None:
        if self.busy:
            return  # the check finishes in a moment; closing now would leak an open database
        self._countdown.stop()
        super().reject()

    def reject(self) -> None:
        """Escape or the window's close button: quits at start-up, does nothing when locked."""
        if self.locked_account is None:
            self._quit()

    def done(self, result: int) -> None:
        self.tasks.shutdown()
        super().done(result)
