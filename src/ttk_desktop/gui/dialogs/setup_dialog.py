"""First start: the administrator's account, this computer's office and the language.

A new database is created protected (#16): the dialog asks the administrator's
name and password (twice); OK creates the encrypted database with
``core.security.accounts.create_protected_database`` off the GUI thread, then
calls ``services.offices.setup_office`` on it. If the office's code or name is
refused, the database stays open (and its account made) while the person
corrects them. Headquarters' public key may be given here too: it is checked
as it is added and stored once the database exists (or added in Settings later).

A database file that exists but has no office yet (made by an older version
or by ``ttk`` without ``--admin``) is opened behind the dialog while the person
types, as before; the app offers to protect it once it is open.
``dialog.database`` is the open database afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.gui.dialogs.account_fields import AccountFields
from ttk_desktop.gui.dialogs.hq_keys import HqKeysBox
from ttk_desktop.gui.dialogs.saving import ERROR_STYLE
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import LANGUAGES, install_language, language_name
from ttk_desktop.gui.settings_store import SettingsStore
from ttk_desktop.gui.workers import TaskRunner


class SetupDialog(QDialog):
    """Office code, office name and language, asked once per database."""

    def __init__(
        self, db_path: Path | None, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup_dialog")
        self.settings = settings
        self.database: Any = None
        self._open_error: BaseException | None = None
        self._save_pending = False
        self.tasks = TaskRunner(self)
        # A new database is made protected, with its administrator, when OK is pressed.
        self.protect = db_path is not None and _is_new(db_path)
        self.db_path = db_path
        self.creating = False
        self.admin = AccountFields(self)
        self.admin.setVisible(self.protect)
        self.admin_label = QLabel(self)
        self.admin_label.setObjectName("admin_label")
        self.admin_label.setWordWrap(True)
        self.admin_label.setVisible(self.protect)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("office_code")
        self.code.setMaxLength(32)
        self.code_error = self._error_label("error_code")
        self.name = QLineEdit(self)
        self.name.setObjectName("office_name")
        self.name_error = self._error_label("error_name")
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.status = QLabel(self)
        self.status.setObjectName("setup_status")

        self.form = QFormLayout()
        self.code_label = QLabel(self)
        self.name_label = QLabel(self)
        self.language_label = QLabel(self)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.code_label, self._stack(self.code, self.code_error))
        self.form.addRow(self.name_label, self._stack(self.name, self.name_error))
        self.hq_keys = HqKeysBox(self.tasks, self)
        self.hq_keys.setCheckable(True)  # most offices add it later, from Settings
        self.hq_keys.setChecked(False)
        self.hq_keys.body.setVisible(False)
        self.hq_keys.setFlat(True)
        self.hq_keys.toggled.connect(self._on_hq_keys_toggled)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("setup_ok")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.admin_label)
        layout.addWidget(self.admin)
        layout.addWidget(self.hq_keys)
        if self.protect:
            self.hq_keys.hold_until_created()
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._retranslate()
        if not self.protect:
            self._open(db_path)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _stack(self, field: QWidget, error: QLabel) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to TTK Desktop"))
        self.intro.setText(
            self.tr(
                "This computer keeps the register of one office. Enter the office's short "
                "code (for example IST or GAZ) and its name. You can change the language "
                "later in Settings."
            )
        )
        self.code_label.setText(self.tr("Office code"))
        self.name_label.setText(self.tr("Office name"))
        self.language_label.setText(self.tr("Language"))
        self.code.setPlaceholderText(self.tr("e.g. IST"))
        self.name.setPlaceholderText(self.tr("e.g. İstanbul Community Centre"))
        self.ok_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.admin_label.setText(
            self.tr(
                "The administrator manages the accounts and the settings. The database is "
                "encrypted: without a password nobody can read it, so keep the password "
                "safe."
            )
        )
        if self.protect:
            if self.database is None and not self.creating:
                self.status.setText(self.tr("Database file: %1").replace("%1", str(self.db_path)))
        elif self.database is None and self._open_error is None:
            self.status.setText(self.tr("Preparing the database…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_hq_keys_toggled(self, on: bool) -> None:
        self.hq_keys.body.setVisible(on)
        self.hq_keys.setFlat(not on)
        self.adjustSize()

    def _on_language_changed(self, _index: int) -> None:
        language = self.language.currentData()
        self.settings.language = language
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)

    # -- database ---------------------------------------------------------------------
    def _open(self, db_path: Path | None) -> None:
        def work() -> Any:
            from ttk_desktop.core.db.engine import open_database

            return open_database(db_path)

        self.tasks.run(work, on_success=self._on_opened, on_failure=self._on_open_failed)

    def _on_opened(self, database: Any) -> None:
        self.database = database
        self.hq_keys.set_database(database)
        self.status.setText(self.tr("Database file: %1").replace("%1", str(database.path)))
        if self._save_pending:
            self._on_ok()

    def _on_open_failed(self, error: BaseException) -> None:
        self._open_error = error
        self.status.setText("")
        self.ok_button.setEnabled(False)
        show_error(self, error)

    def _create_protected(self) -> None:
        """Make the encrypted database and its administrator off the GUI thread."""
        values = self.admin.values()
        if values is None:
            return
        admin, password = values
        path = self.db_path
        assert path is not None

        def work() -> Any:
            from ttk_desktop.core.security.accounts import create_protected_database

            return create_protected_database(path, admin, password)

        self.creating = True
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Creating the encrypted database…"))
        self.tasks.run(work, on_success=self._on_created, on_failure=self._on_create_failed)

    def _on_created(self, database: Any) -> None:
        self.creating = False
        self.database = database
        try:
            self.hq_keys.store_held(database)
        except TtkError as error:  # checked when added; a full disk, say
            show_error(self, error)
        self.admin.clear_passwords()
        self.admin.setEnabled(False)  # made: corrections now concern the office only
        self.status.setText(self.tr("Database file: %1").replace("%1", str(database.path)))
        self.ok_button.setEnabled(True)
        self._on_ok()

    def _on_create_failed(self, error: BaseException) -> None:
        self.creating = False
        self.ok_button.setEnabled(True)
        self.status.setText("")
        if isinstance(error, ValidationError) and self.admin.show_errors(error.errors):
            return
        show_error(self, error)

    def _on_ok(self) -> None:
        if self.creating:
            return
        if self.protect and self.database is None:
            if not self.name.text().strip():  # asked before anything is created
                self.name_error.setText(self.tr("The office name is required."))
                self.name_error.show()
                return
            self.name_error.hide()
            self._create_protected()
            return
        if self.database is None:
            self._save_pending = True
            self.ok_button.setEnabled(False)
            return
        self._save_pending = False
        self.ok_button.setEnabled(True)
        from ttk_desktop.core.services.offices import setup_office

        for label in (self.code_error, self.name_error):
            label.hide()
        try:
            setup_office(self.database, self.code.text(), self.name.text())
        except ValidationError as error:
            for key, label in (("code", self.code_error), ("name", self.name_error)):
                if key in error.errors:
                    label.setText(error.errors[key])
                    label.show()
            return
        except TtkError as error:
            show_error(self, error)
            return
        self.settings.language = self.language.currentData()
        self.settings.sync()
        self.accept()

    def reject(self) -> None:
        if self.creating:
            return  # the file is being written; it is open in a moment
        self.tasks.shutdown()
        if self.database is not None:
            self.database.close()
            self.database = None
        super().reject()


def _is_new(path: Path) -> bool:
    """True when there is no database at ``path`` yet (missing or empty file)."""
    try:
        return not path.exists() or path.stat().st_size == 0
    except OSError:
        return False
