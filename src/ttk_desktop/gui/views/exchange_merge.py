"""One merge of office data files, from the Data exchange page.

The steps, none of which blocks the window: find headquarters' private key
file (remembered in this computer's settings, never its passphrase), ask the
passphrase, open the key and read who sent each file (``inspect_files``, off
the GUI thread), ask staff to confirm each sending database seen for the first
time (its signing key's fingerprint is then pinned), then merge every file in
the write worker with progress and Cancel (``merge_data_files``). The
private key lives only in memory, for this run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from shiboken6 import isValid

from ttk_desktop.core.exchange import MergeReport
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import left_to_right

if TYPE_CHECKING:
    from ttk_desktop.core.exchange import FileInfo
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.settings_store import SettingsStore
    from ttk_desktop.gui.workers import TaskHandle

STATUS_CANCELLED = "cancelled"  # shown for files a cancelled merge did not reach


@dataclass(frozen=True)
class Inspected:
    """The opened private key and what each file says about itself."""

    identity: Any  # pyrage.x25519.Identity, kept in memory for this run only
    files: list[FileInfo]


def _open_and_inspect(db: Any, key_path: Path, passphrase: str, paths: list[Path]) -> Inspected:
    """Runs on a pool thread."""
    from ttk_desktop.core.exchange import inspect_files
    from ttk_desktop.core.exchange.keys import load_identity

    identity = load_identity(key_path, passphrase)
    return Inspected(identity, inspect_files(db, paths, [identity]))


def choose_key_file(parent: QWidget, start: str = "") -> Path | None:
    """Ask for headquarters' private key file (``hq.key``)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MergeRun", "Headquarters private key"),
        start,
        QCoreApplication.translate("MergeRun", "Private keys (*.key);;All files (*)"),
    )
    return Path(name) if name else None


class MergeRun(QObject):
    """Drives one merge; the page shows its progress and its reports."""

    # (files done, files to merge), on the GUI thread.
    progressed = Signal(int, int)
    # The merge's reports, one per file (also for files refused or not reached).
    merged = Signal(object)
    # Always emitted last, whether the run merged, failed or was given up.
    ended = Signal()

    def __init__(
        self, ctx: AppContext, settings: SettingsStore, paths: list[Path], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.paths = list(paths)
        self.widget = parent
        self.handle: TaskHandle | None = None
        self.merging = False
        self.reports: list[MergeReport] | None = None

    # -- steps ----------------------------------------------------------------------------
    def start(self) -> None:
        remembered = self.settings.exchange_key_path
        key_path = Path(remembered) if remembered and Path(remembered).is_file() else None
        if key_path is None:
            key_path = choose_key_file(
                self.widget, str(Path(remembered).parent) if remembered else ""
            )
        if key_path is None:
            self._end()
            return
        passphrase, ok = QInputDialog.getText(
            self.widget,
            self.tr("Headquarters private key"),
            self.tr("Passphrase of the private key %1:").replace(
                "%1", left_to_right(key_path.name)
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            self._end()
            return
        db = self.ctx.db
        paths = self.paths

        def opened(result: Inspected) -> None:
            if isValid(self):
                self.settings.exchange_key_path = str(key_path)
                self._confirm_and_merge(result)

        self.handle = self.ctx.tasks.run(
            lambda: _open_and_inspect(db, key_path, passphrase, paths),
            on_success=opened,
            on_failure=self._on_failed,
        )

    def _confirm_and_merge(self, inspected: Inspected) -> None:
        """Ask about each sending database seen for the first time, then merge."""
        confirmed: set[str] = set()
        asked: set[str] = set()
        for info in inspected.files:
            if info.pin != "new" or info.database_id in asked:
                continue
            asked.add(info.database_id)
            answer = QMessageBox.question(
                self.widget,
                self.tr("A new office key"),
                self.tr(
                    "Office %1 sends a data file here for the first time (%2).\n\n"
                    "Its signing key has the fingerprint:\n%3\n\n"
                    "Compare it with the fingerprint shown on that office's Data exchange "
                    "page, by telephone for example. Trust this key and merge its files?"
                )
                .replace("%1", info.office)
                .replace("%2", left_to_right(info.path.name))
                .replace("%3", left_to_right(info.fingerprint)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                confirmed.add(info.fingerprint)
        self._merge(inspected.identity, confirmed)

    def _merge(self, identity: Any, confirmed: set[str]) -> None:
        from ttk_desktop.core.exchange import merge_data_files

        db = self.ctx.db
        paths = self.paths

        def work(progress: Any, cancelled: Any) -> list[MergeReport]:
            """Runs in the write worker; each file is all or nothing."""
            return merge_data_files(
                db,
                paths,
                [identity],
                confirm_pin=lambda _office, fingerprint: fingerprint in confirmed,
                progress=progress,
                cancelled=cancelled,
            )

        self.merging = True
        self.handle = self.ctx.tasks.run(
            work,
            on_success=self._on_merged,
            on_failure=self._on_failed,
            on_progress=self._on_progress,
            write=True,
            pass_control=True,
        )

    def cancel(self) -> None:
        """Stop after the file being merged (that one is merged whole or not at all)."""
        if self.handle is not None:
            self.handle.cancel()

    # -- answers ----------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if isValid(self):
            self.progressed.emit(done, total)

    def _on_merged(self, reports: list[MergeReport]) -> None:
        if not isValid(self):
            return
        reached = {r.file for r in reports}
        missing = [
            MergeReport(
                p.name,
                "",
                STATUS_CANCELLED,
                self.tr("Cancelled before this file: nothing of it was merged."),
            )
            for p in self.paths
            if p.name not in reached
        ]
        self.reports = [*reports, *missing]
        self.merged.emit(self.reports)
        self._end()

    def _on_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        show_error(self.widget, error)
        self._end()

    def _end(self) -> None:
        self.merging = False
        self.handle = None
        self.ended.emit()
