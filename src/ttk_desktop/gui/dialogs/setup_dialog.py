"""First start: name this computer's office and pick the language.

Optionally the headquarters public key data files are encrypted for (also in
Settings later).

The database file is created behind the dialog while the person types; OK
calls ``services.offices.setup_office`` on it. ``dialog.database`` is the open
database afterwards.
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
        layout.addWidget(self.hq_keys)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._retranslate()
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
        if self.database is None and self._open_error is None:
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

    def _on_ok(self) -> None:
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
        self.tasks.shutdown()
        if self.database is not None:
            self.database.close()
            self.database = None
        super().reject()
