"""What every screen needs: the open database, the task runner and change notices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ttk_desktop.gui.workers import TaskRunner

if TYPE_CHECKING:  # importing the engine imports SQLAlchemy: not at start-up
    from ttk_desktop.core.db.engine import Database


class AppContext(QObject):
    """Shared by all screens of one main window.

    ``data_changed`` is emitted (on the GUI thread) after any write, with what
    changed: "participants", "groups", "sessions", "attendance", "import", or
    "refresh" (F5: reload everything).
    Open screens (the statistics tab, lists) refresh themselves from it.

    At start-up the screens are built while the database is still opening
    behind them (``AppContext(None, path=...)``): work that needs it is queued
    with :meth:`when_ready` and runs, in order, once :meth:`set_database` is called.
    """

    data_changed = Signal(str)
    opened = Signal()

    def __init__(
        self, db: Database | None, parent: QObject | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.path: Path | None = db.path if db is not None else path
        self.tasks = TaskRunner(self)
        self._waiting: list[Callable[[], None]] = []

    @property
    def db(self) -> Database:
        """The open database; only valid once :attr:`ready` (else a programming error)."""
        if self._db is None:
            raise RuntimeError("the database is not open yet: use AppContext.when_ready")
        return self._db

    @property
    def ready(self) -> bool:
        return self._db is not None

    def set_database(self, db: Database) -> None:
        """The database is open: run what waited for it, then tell the screens."""
        self._db = db
        self.path = db.path
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
        self.opened.emit()

    def when_ready(self, work: Callable[[], None]) -> None:
        """Run ``work`` now if the database is open, else as soon as it is."""
        if self._db is not None:
            work()
        else:
            self._waiting.append(work)

    def notify(self, what: str) -> None:
        self.data_changed.emit(what)

    def shutdown(self) -> None:
        self._waiting.clear()
        self.tasks.shutdown()
        if self._db is not None:
            self._db.close()
