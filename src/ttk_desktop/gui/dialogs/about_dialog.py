"""Help → About: what this program is, its version and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import ttk_desktop


class AboutDialog(QDialog):
    """Version, purpose, licence and the database file in use."""

    def __init__(self, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About TTK Desktop"))
        title = QLabel(f"<h2>TTK Desktop {ttk_desktop.__version__}</h2>", self)
        title.setObjectName("about_title")
        self.version_label = QLabel(
            self.tr("Version %1").replace("%1", ttk_desktop.__version__), self
        )
        self.version_label.setObjectName("about_version")
        text = QLabel(
            self.tr(
                "Participant, group and attendance register for the community-based "
                "protection (TTK) units. The data stays on this computer."
            ),
            self,
        )
        text.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the GNU General Public License v3."), self)
        licence.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (title, self.version_label, text, licence):
            layout.addWidget(widget)
        if database is not None:
            where = QLabel(self.tr("Database: %1").replace("%1", str(database)), self)
            where.setObjectName("about_database")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
