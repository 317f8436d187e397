"""File → Settings: the interface language (used after a restart)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.gui.i18n import LANGUAGES, language_name
from ttk_desktop.gui.settings_store import SettingsStore


class SettingsDialog(QDialog):
    """Change the language; says plainly that it applies after restarting."""

    def __init__(
        self, settings: SettingsStore, database: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.restart_note = QLabel(
            self.tr("The new language is used after you restart TTK Desktop."), self
        )
        self.restart_note.setObjectName("restart_note")
        self.restart_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.restart_note)
        if database is not None:
            where = QLabel(str(database), self)
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Database file"), where)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.sync()
        super().accept()
