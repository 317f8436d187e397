"""After the database opens: the integrity check, the automatic backups; restoring in the app (#16).

:class:`BackupWatcher` is attached to the main window once its database is
open. A little later (so that the first page and the search come first) it
runs SQLite's quick check off the GUI thread. A good database then gets its
daily and weekly backups if they are due, and again when the app quits; a
damaged one gets none (it would only copy the damage) and the person is
offered the newest good backup instead.

:func:`restore_in_window` replaces the open database with a backup: it waits
for the running work, closes every connection, restores and reopens the file
off the GUI thread behind a modal progress note, then gives every screen the
reopened database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import left_to_right

if TYPE_CHECKING:
    from ttk_desktop.core.security.backups import AutomaticBackups, BackupInfo
    from ttk_desktop.core.security.roles import Account
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

INTEGRITY_CHECK_DELAY_MS = 2000
"""How long after the database opens the check starts (the first screens come first)."""
AUTOMATIC_BACKUP_DELAY_MS = 500
"""How long after a good check the automatic backups start."""
STATUS_MESSAGE_MS = 15000
_CTX = "BackupCheck"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class CheckResult:
    """The integrity check's answer, and the backup to offer when it failed."""

    path: Path
    good: bool
    offer: BackupInfo | None = None


def check_now(path: Path, key: bytes | None) -> CheckResult:
    """Runs off the GUI thread: check ``path``; if damaged, find the newest good backup."""
    from ttk_desktop.core.security.backups import check_database, newest_good_backup

    if check_database(path, key) or not path.exists():  # gone: closed and removed, not damaged
        return CheckResult(path, True)
    return CheckResult(path, False, newest_good_backup(path, key))


def _when(info: BackupInfo) -> str:
    from ttk_desktop.gui.models.backup_table_model import format_when

    return format_when(info.when)


class BackupWatcher(QObject):
    """Checks the open database once, then makes the automatic backups (child of the window)."""

    # Emitted (GUI thread) with the CheckResult, and with what the automatic backup did.
    checked = Signal(object)
    backed_up = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backup_watcher")
        self.window = window
        self.damaged = False
        self.closing = False

    @classmethod
    def attach(cls, window: MainWindow) -> BackupWatcher:
        """Start watching ``window``'s database (call once it is open)."""
        watcher = cls(window)
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, watcher, watcher.start_check)
        return watcher

    @property
    def ctx(self) -> AppContext | None:
        ctx = self.window.ctx
        return ctx if ctx is not None and ctx.ready else None

    def live(self) -> bool:
        """False once the window is closed or gone: an answer arriving then is stale.

        A window closed while the check ran (a test, the self-test, quitting)
        may have had its database closed and deleted: that must never read as
        "damaged" and open a dialog.
        """
        return (
            isValid(self) and isValid(self.window) and self.window.isVisible() and not self.closing
        )

    def start_check(self) -> None:
        ctx = self.ctx
        if ctx is None or not self.live():
            return
        db = ctx.db
        path, key = db.path, db.key

        def checked(result: CheckResult) -> None:
            # Only about the database still open in this window.
            if self.live() and self.ctx is not None and self.ctx.db is db:
                self._on_checked(result)

        ctx.tasks.run(
            lambda: check_now(path, key),
            on_success=checked,
            on_failure=lambda exc: log.warning("integrity check failed to run", exc_info=exc),
        )

    def _on_checked(self, result: CheckResult) -> None:
        self.checked.emit(result)
        if result.good:
            QTimer.singleShot(AUTOMATIC_BACKUP_DELAY_MS, self, self.back_up_if_due)
            return
        self.damaged = True
        offer_restore(self.window, result)

    def back_up_if_due(self) -> None:
        """Make the daily and weekly backups if due, off the GUI thread."""
        ctx = self.ctx
        if ctx is None or self.damaged or not self.live():
            return
        db = ctx.db

        def work() -> AutomaticBackups:
            from ttk_desktop.core.security.backups import back_up_if_due

            return back_up_if_due(db)

        ctx.tasks.run(work, on_success=self._on_backed_up, on_failure=self._on_backup_failed)

    def _on_backed_up(self, result: AutomaticBackups) -> None:
        if not (isValid(self) and isValid(self.window)):
            return
        for warning in result.warnings:
            log.warning("%s", warning)
            self.window.statusBar().showMessage(warning, STATUS_MESSAGE_MS)
        self.backed_up.emit(result)

    def _on_backup_failed(self, error: BaseException) -> None:
        log.warning("automatic backup failed", exc_info=error)
        if not (isValid(self) and isValid(self.window)):
            return
        self.window.statusBar().showMessage(
            _tr("The automatic backup failed: %1").replace("%1", str(error)), STATUS_MESSAGE_MS
        )

    def before_quit(self) -> None:
        """On quit: queue the backups that are due; the context's shutdown waits for them."""
        ctx = self.ctx
        self.closing = True
        if ctx is None or self.damaged:
            return
        db = ctx.db

        def work() -> None:
            from ttk_desktop.core.security.backups import back_up_if_due

            try:
                back_up_if_due(db)
            except Exception:  # nobody is left to tell: the log keeps it
                log.warning("automatic backup on quit failed", exc_info=True)

        ctx.tasks.run(work, on_failure=lambda _exc: None)


def attach(window: MainWindow) -> None:
    """Called by the main window once its database is open."""
    BackupWatcher.attach(window)


def before_quit(window: MainWindow) -> None:
    """Called by the main window before it closes its database."""
    watcher = window.findChild(BackupWatcher, "backup_watcher")
    if isinstance(watcher, BackupWatcher):
        watcher.before_quit()


# -- a damaged database ---------------------------------------------------------------------------
def offer_restore(window: MainWindow, result: CheckResult) -> None:
    """Tell that the database is damaged; offer an administrator the newest good backup."""
    from ttk_desktop.core.security.backups import backup_folder
    from ttk_desktop.core.security.roles import Action

    title = _tr("The database is damaged")
    path = left_to_right(str(result.path))
    if result.offer is None:
        QMessageBox.critical(
            window,
            title,
            _tr(
                "The database %1 is damaged: SQLite's integrity check found errors, and there "
                "is no good backup in %2. Do not delete the file; close TTK Desktop and ask "
                "your IT contact for help."
            )
            .replace("%1", path)
            .replace("%2", left_to_right(str(backup_folder(result.path)))),
        )
        return
    ctx = window.ctx
    if ctx is None or not ctx.ready or not ctx.db.may(Action.RESTORE):
        QMessageBox.warning(
            window,
            title,
            _tr(
                "The database %1 is damaged: SQLite's integrity check found errors. Ask an "
                "administrator to restore the newest good backup, made on %2 (File → "
                "Backups). Until then, enter no new data."
            )
            .replace("%1", path)
            .replace("%2", _when(result.offer)),
        )
        return
    answer = QMessageBox.question(
        window,
        title,
        _tr(
            "The database %1 is damaged: SQLite's integrity check found errors. The newest "
            "good backup was made on %2.\n\nRestore it now? The damaged database will be "
            "replaced by it and kept as a backup first. What was entered after %2 will be "
            "missing."
        )
        .replace("%1", path)
        .replace("%2", _when(result.offer)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        restore_in_window(window, result.offer)


# -- restoring -------------------------------------------------------------------------------------
def confirm_restore(parent: QWidget, backup: BackupInfo, database: Path) -> bool:
    """Ask before replacing the database, naming the backup's date and the current file."""
    answer = QMessageBox.question(
        parent,
        _tr("Restore a backup"),
        _tr(
            "Restore the backup made on %1?\n\nThe current database %2 will be replaced by it: "
            "what was entered after %1 will be gone from it. The current database is kept as "
            "a backup first, so that this can be undone."
        )
        .replace("%1", _when(backup))
        .replace("%2", left_to_right(str(database))),
    )
    return answer == QMessageBox.StandardButton.Yes


def _progress(window: QWidget, backup: BackupInfo) -> QProgressDialog:
    """A modal note while a restore runs (it cannot be cancelled half-way)."""
    progress = QProgressDialog(
        _tr("Restoring the backup made on %1…").replace("%1", _when(backup)), "", 0, 0, window
    )
    progress.setObjectName("restore_progress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    return progress


def restore_in_window(window: MainWindow, backup: BackupInfo) -> None:
    """Replace ``window``'s open database with ``backup`` and reopen it (administrators).

    Every connection must be closed before the file is replaced: the running
    work is waited for and the database closed on the GUI thread; the restore
    and the reopening run in a worker behind a modal progress note.
    """
    from ttk_desktop.core.security.roles import Action, PermissionDeniedError

    ctx = window.ctx
    if ctx is None or not ctx.ready:
        return
    db = ctx.db
    if not db.may(Action.RESTORE):
        show_error(window, PermissionDeniedError(db.account, Action.RESTORE))
        return
    path, key, account = db.path, db.key, db.account
    progress = _progress(window, backup)
    ctx.tasks.wait_idle()
    db.close()

    def work() -> Any:
        from ttk_desktop.core.db.engine import open_database
        from ttk_desktop.core.security.backups import restore_backup

        report = restore_backup(path, backup.path, key, account=account)
        reopened = open_database(path, key=key, account=account, create=False)
        reopened.log_event("restore", "database", backup.path.name)
        return report, reopened

    def done(outcome: Any) -> None:
        report, reopened = outcome
        progress.close()
        ctx.set_database(reopened)
        watcher = window.findChild(BackupWatcher, "backup_watcher")
        if isinstance(watcher, BackupWatcher):
            watcher.damaged = False
        window.refresh()
        kept = left_to_right(str(report.kept)) if report.kept else "–"
        QMessageBox.information(
            window,
            _tr("Backup restored"),
            _tr("The backup made on %1 was restored. The database as it was is kept at %2.")
            .replace("%1", _when(backup))
            .replace("%2", kept),
        )

    def failed(error: BaseException) -> None:
        from ttk_desktop.core.db.engine import open_database

        progress.close()
        try:
            ctx.set_database(open_database(path, key=key, account=account, create=False))
        except Exception:
            log.warning("the database could not be reopened after a failed restore", exc_info=True)
        show_error(window, error)

    ctx.tasks.run(work, on_success=done, on_failure=failed, write=True)


# -- a database too damaged to open ----------------------------------------------------------------
def offer_restore_unopened(
    window: MainWindow,
    path: Path,
    error: BaseException,
    retry: Callable[[], None],
    *,
    key: bytes | None = None,
    account: Account | None = None,
) -> bool:
    """The database did not open because it is damaged: offer the newest good backup.

    Returns True when the person chose to restore (the restore then runs in a
    worker and ``retry`` opens the database again), False when the caller
    should show ``error`` as usual (another problem, no good backup, "No").
    ``account`` is who restores (an unprotected database's user is its
    administrator); the core refuses anyone else.
    """
    from ttk_desktop.core.errors import DatabaseAccessError, DatabaseProblem
    from ttk_desktop.core.security.backups import newest_good_backup
    from ttk_desktop.core.security.roles import Account, Role

    if not isinstance(error, DatabaseAccessError) or error.problem is not DatabaseProblem.DAMAGED:
        return False
    offer = newest_good_backup(path, key)
    if offer is None:
        return False
    if account is None:
        account = Account("", Role.ADMINISTRATOR, protected=False)
    answer = QMessageBox.question(
        window,
        _tr("The database is damaged"),
        _tr(
            "The database %1 is damaged: SQLite's integrity check found errors. The newest "
            "good backup was made on %2.\n\nRestore it now? The damaged database will be "
            "replaced by it and kept as a backup first. What was entered after %2 will be "
            "missing."
        )
        .replace("%1", left_to_right(str(path)))
        .replace("%2", _when(offer)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from ttk_desktop.gui.workers import TaskRunner

    runner = TaskRunner(window)
    progress = _progress(window, offer)
    who = account

    def work() -> Any:
        from ttk_desktop.core.security.backups import restore_backup

        return restore_backup(path, offer.path, key, account=who)

    def done(_report: Any) -> None:
        progress.close()
        window.statusBar().showMessage(
            _tr("The backup made on %1 was restored.").replace("%1", _when(offer)),
            STATUS_MESSAGE_MS,
        )
        retry()

    def failed(restore_error: BaseException) -> None:
        progress.close()
        show_error(window, restore_error)
        window.close()

    runner.run(work, on_success=done, on_failure=failed, write=True)
    return True
