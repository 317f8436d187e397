"""Offer to protect a database that has no accounts yet (#16), and do it when asked.

Shown once the app has opened an unencrypted database (made before accounts
existed): it says that anyone who copies the file reads every name and phone,
and asks for the administrator's name and password. "Protect now" closes the
database (``close_database``), then, off the GUI thread, runs
``core.security.convert.protect_existing_database`` (a plain copy is taken,
an encrypted twin written and verified, the copy deleted) and logs in as the
new administrator. ``dialog.database`` is then the open, protected database
and ``dialog.report`` what the conversion did; :meth:`ProtectDialog.result_text`
says it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ttk_desktop.core.errors import ValidationError
from ttk_desktop.gui.dialogs.account_fields import AccountFields
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.workers import TaskRunner


def _protect(path: Path, admin: str, password: str) -> tuple[Any, Any]:
    """Runs on a pool thread: encrypt, then log in as the new administrator."""
    from ttk_desktop.core.security.convert import protect_existing_database
    from ttk_desktop.core.security.login import login

    report = protect_existing_database(path, admin, password)
    return report, login(path, admin, password)


class ProtectDialog(QDialog):
    """Explain, ask the administrator's name and password, convert when asked.

    Args:
        close_database: called (GUI thread) just before the conversion starts;
            it must close every connection to the file.
    """

    def __init__(
        self,
        path: Path,
        close_database: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protect_dialog")
        self.path = Path(path)
        self.close_database = close_database
        self.database: Any = None
        self.report: Any = None
        self.admin_name = ""
        self.closed = False  # the database was closed for the conversion
        self.busy = False
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Protect this database"))
        self.intro = QLabel(self)
        self.intro.setObjectName("protect_intro")
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "This database is not protected: anyone who copies the file %1 can read every "
                "participant's name, phone number and birth date with any SQLite program.\n\n"
                "Create the administrator account now. The database is then encrypted and "
                "TTK Desktop asks for a password at every start. A copy is kept while the "
                "file is converted and deleted once the encrypted database is verified."
            ).replace("%1", self.path.name)
        )
        self.fields = AccountFields(self)
        self.status = QLabel(self)
        self.status.setObjectName("protect_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.protect_button = self.buttons.addButton(
            self.tr("Protect now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.protect_button.setObjectName("protect_now")
        self.protect_button.setDefault(True)
        self.later_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("protect_later")
        self.buttons.accepted.connect(self._on_protect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def result_text(self) -> str:
        """What the person is told after the conversion (the copy's fate included)."""
        report = self.report
        lines = [
            self.tr(
                "The database is now encrypted. From now on TTK Desktop asks for a password; "
                "%1 is its administrator."
            ).replace("%1", self.admin_name)
        ]
        if report.copy_deleted:
            lines.append(
                self.tr(
                    "An unencrypted copy (%1) was kept during the conversion and deleted once "
                    "the encrypted database was checked against it."
                ).replace("%1", str(report.copy))
            )
        else:
            lines.append(
                self.tr(
                    "The unencrypted copy %1 could not be deleted. It holds everyone's data "
                    "readable: delete it yourself."
                ).replace("%1", str(report.copy))
            )
        old = int(getattr(report, "old_copies_deleted", 0) or 0)
        if old:
            lines.append(
                self.tr("%n older unencrypted backup copy(ies) were deleted too.", "", old)
            )
        return "\n\n".join(lines)

    def _on_protect(self) -> None:
        if self.busy:
            return
        values = self.fields.values()
        if values is None:
            return
        name, password = values
        from ttk_desktop.core.security.accounts import check_password, clean_name

        try:  # said under the fields before the database is closed for nothing
            name = clean_name(name)
            check_password(password)
        except ValidationError as error:
            self.fields.show_errors(error.errors)
            return
        self.admin_name = name
        self.busy = True
        self.fields.setEnabled(False)
        self.protect_button.setEnabled(False)
        self.later_button.setEnabled(False)
        self.status.setText(self.tr("Encrypting the database… Do not switch the computer off."))
        if not self.closed:
            self.close_database()
            self.closed = True
        path = self.path
        self.tasks.run(
            lambda: _protect(path, name, password),
            on_success=self._on_done,
            on_failure=self._on_failed,
            write=True,
        )

    def _on_done(self, result: tuple[Any, Any]) -> None:
        self.busy = False
        self.report, self.database = result
        self.fields.clear_passwords()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        self.status.setText("")
        self.fields.setEnabled(True)
        self.protect_button.setEnabled(True)
        self.later_button.setEnabled(True)
        if isinstance(error, ValidationError) and self.fields.show_errors(error.errors):
            return
        show_error(self, error)  # the core's message; the database was left as it was

    def reject(self) -> None:
        if self.busy:
            return  # never leave a conversion half-way from the dialog
        super().reject()

    def done(self, result: int) -> None:
        self.tasks.shutdown()
        super().done(result)
