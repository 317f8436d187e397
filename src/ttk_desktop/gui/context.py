"""What every screen needs: the open database, the task runner and change notices."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ttk_desktop.core.db.engine import Database
from ttk_desktop.gui.workers import TaskRunner


class AppContext(QObject):
    """Shared by all screens of one main window.

    ``data_changed`` is emitted (on the GUI thread) after any write, with what
    changed: "participants", "groups", "sessions", "attendance", "import", or
    "refresh" (F5: reload everything).
    Open screens (the statistics tab, lists) refresh themselves from it.
    """

    data_changed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)

    def notify(self, what: str) -> None:
        self.data_changed.emit(what)

    def shutdown(self) -> None:
        self.tasks.shutdown()
        self.db.close()
