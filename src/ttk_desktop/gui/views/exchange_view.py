"""The Data exchange tab: export this office's data file, merge offices' files, conflicts.

Top left, the export: the headquarters public keys files are encrypted for,
this database's own signing key (headquarters compares its fingerprint), the
last export, and "Export changes…" / "Full export…". Top right, the merge:
files ready to merge (``ttk-desktop FILE.ttkx`` puts its file there), the
private key file, progress and Cancel (:mod:`.exchange_merge`). Below, the
last merge's results, the open conflicts and the history
(:mod:`.exchange_history`). Every read and write goes through ``ctx.tasks``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core.exchange import STATUS_ALREADY, STATUS_MERGED, STATUS_REFUSED
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.exchange_models import MergeReportTableModel, format_time
from ttk_desktop.gui.settings_store import SettingsStore
from ttk_desktop.gui.views.attendance_view import ScreenBase, bold_label
from ttk_desktop.gui.views.exchange_history import ConflictsPanel, HistoryPanel
from ttk_desktop.gui.views.exchange_merge import MergeRun
from ttk_desktop.gui.views.group_sessions import make_table

if TYPE_CHECKING:
    from ttk_desktop.core.exchange import ExportResult, MergeReport
    from ttk_desktop.core.exchange.transfer import LastExport
    from ttk_desktop.gui.context import AppContext

DATA_FILE_SUFFIX = ".ttkx"


@dataclass(frozen=True)
class ExportState:
    """What the export side shows (read off the GUI thread)."""

    office: str
    recipients: list[str]
    fingerprints: list[str]
    signing_fingerprint: str
    last: LastExport | None


def load_export_state(db: Any) -> ExportState:
    """Runs in the write worker: the signing key is made at first use."""
    from ttk_desktop.core.exchange import keys, last_export

    recipients = keys.stored_recipients(db)
    signer = keys.public_key_text(keys.signing_key(db))
    return ExportState(
        db.office_code or "",
        recipients,
        [keys.fingerprint(r) for r in recipients],
        keys.fingerprint(signer),
        last_export(db),
    )


def _wrapped(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ExchangeView(ScreenBase):
    """The Data exchange tab."""

    RESULTS_TAB, CONFLICTS_TAB, HISTORY_TAB = range(3)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("exchange_view")
        self.settings = settings or SettingsStore()
        self.state: ExportState | None = None
        self.last_export_result: ExportResult | None = None
        self.pending: list[Path] = []
        self.merge_run: MergeRun | None = None
        self.exporting = False
        self._build()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.when_ready(self.refresh)

    # -- layout -----------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Any, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send this office's data to headquarters"), self)
        box.setObjectName("export_box")
        self.recipients_label = _wrapped(box, "recipients_label")
        self.keys_button = self._button(
            self.tr("Headquarters &keys…"), "hq_keys_button", self.open_keys, box
        )
        self.signing_label = _wrapped(box, "signing_label")
        self.last_export_label = _wrapped(box, "last_export_label")
        self.export_changes_button = self._button(
            self.tr("&Export changes…"), "export_changes", lambda: self.export(full=False), box
        )
        self.export_changes_button.setToolTip(
            self.tr("What changed since the last export to the same headquarters")
        )
        self.full_export_button = self._button(
            self.tr("F&ull export…"), "export_full", lambda: self.export(full=True), box
        )
        self.full_export_button.setToolTip(self.tr("Everything in this database"))
        self.export_result = _wrapped(box, "export_result")
        self.export_result.hide()
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.recipients_label, 1)
        keys_row.addWidget(self.keys_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_changes_button)
        buttons.addWidget(self.full_export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(keys_row)
        layout.addWidget(self.signing_label)
        layout.addWidget(self.last_export_label)
        layout.addLayout(buttons)
        layout.addWidget(self.export_result)
        layout.addStretch(1)
        return box

    def _build_merge(self) -> QGroupBox:
        box = QGroupBox(self.tr("Merge offices' data files"), self)
        box.setObjectName("merge_box")
        self.key_label = _wrapped(box, "private_key_label")
        self.choose_key_button = self._button(
            self.tr("Private &key file…"), "choose_key", self.choose_key, box
        )
        self.pending_label = QLabel(self.tr("Files ready to merge:"), box)
        self.pending_list = QListWidget(box)
        self.pending_list.setObjectName("pending_files")
        self.pending_list.setMaximumHeight(80)
        self.merge_files_button = self._button(
            self.tr("&Merge files…"), "merge_files", self.merge_files, box
        )
        self.merge_pending_button = self._button(
            self.tr("Merge &these files"), "merge_pending", self.merge_pending, box
        )
        self.clear_pending_button = self._button(
            self.tr("Clea&r list"), "clear_pending", lambda: self.set_pending([]), box
        )
        self.progress = QProgressBar(box)
        self.progress.setObjectName("merge_progress")
        self.cancel_button = self._button(
            self.tr("&Cancel"), "cancel_merge", self.cancel_merge, box
        )
        self.merge_summary = _wrapped(box, "merge_summary")
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.choose_key_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_files_button)
        buttons.addWidget(self.merge_pending_button)
        buttons.addWidget(self.clear_pending_button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(box)
        layout.addLayout(key_row)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.pending_list)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.merge_summary)
        layout.addStretch(1)
        return box

    def _build(self) -> None:
        self.title = bold_label(self, "exchange_status")
        self.title.hide()
        top = QGridLayout()
        top.addWidget(self._build_export(), 0, 0)
        top.addWidget(self._build_merge(), 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)

        self.results_model = MergeReportTableModel(self)
        self.results_table = make_table(self, "merge_results_table", self.results_model)
        self.conflicts = ConflictsPanel(self, self)
        self.conflicts.counted.connect(self._on_conflicts_counted)
        self.history = HistoryPanel(self, self)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("exchange_sections")
        self.sections.addTab(self.results_table, self.tr("Merge results"))
        self.sections.addTab(self.conflicts, self.tr("Conflicts"))
        self.sections.addTab(self.history, self.tr("Merged files and office keys"))
        self.sections.currentChanged.connect(lambda _i: self._fit_all())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.sections, 1)
        self.remember("exchange/results_header", self.results_table)
        self.set_pending([])
        self._show_merging(False)
        self._show_key_path()
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return super().loading or self.merge_run is not None or self.exporting

    def refresh(self) -> None:
        """Read the export side, the conflicts and the history again."""
        db = self.ctx.db
        self.run(lambda: load_export_state(db), self._on_state, write=True, key="state")
        self.conflicts.reload()
        self.history.reload()

    def _on_data_changed(self, what: str) -> None:
        if what == "refresh" and self.ctx.ready:
            self.refresh()

    def _on_state(self, state: ExportState) -> None:
        self.state = state
        if state.fingerprints:
            lines = [self.tr("Files are encrypted for headquarters' key:")]
            lines += [left_to_right(fp) for fp in state.fingerprints]
            self.recipients_label.setText("\n".join(lines))
            self.recipients_label.setStyleSheet("")
            self.keys_button.setText(self.tr("Headquarters &keys…"))
        else:
            self.recipients_label.setText(
                self.tr(
                    "No headquarters public key is set: data files cannot be exported until "
                    "you add it."
                )
            )
            self.recipients_label.setStyleSheet("color: #8a5300; font-weight: bold;")
            self.keys_button.setText(self.tr("Add the headquarters &key…"))
        self.signing_label.setText(
            self.tr("This office's signing key (headquarters checks it): %1").replace(
                "%1", left_to_right(state.signing_fingerprint)
            )
        )
        if state.last is None:
            self.last_export_label.setText(self.tr("No data file was exported from here yet."))
        else:
            self.last_export_label.setText(
                self.tr("Last export: No. %1 on %2, file %3 (%4).")
                .replace("%1", QLocale().toString(state.last.seq))
                .replace("%2", format_time(state.last.created_at))
                .replace("%3", left_to_right(state.last.file_name))
                .replace("%4", self.tr("full") if state.last.full else self.tr("changes"))
            )
        self._update_buttons()

    def _on_conflicts_counted(self, count: int) -> None:
        title = self.tr("Conflicts (%1)").replace("%1", QLocale().toString(count))
        self.sections.setTabText(self.CONFLICTS_TAB, title if count else self.tr("Conflicts"))

    def fit_columns(self, table: QTableView) -> None:
        """Fit columns to the rows once, when shown: a hidden tab's table measures wrong."""
        if table.isVisible():
            self.size_columns_once(table)

    def _fit_all(self) -> None:
        for table in (
            self.results_table,
            self.conflicts.table,
            self.history.files_table,
            self.history.keys_table,
        ):
            self.fit_columns(table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_all()

    def show_status(self, text: str) -> None:
        self.title.setText(text)
        self.title.setVisible(bool(text))

    def _update_buttons(self) -> None:
        ready = self.state is not None and not self.exporting
        self.export_changes_button.setEnabled(ready)
        self.full_export_button.setEnabled(ready)
        merging = self.merge_run is not None
        self.merge_files_button.setEnabled(not merging)
        self.merge_pending_button.setEnabled(not merging and bool(self.pending))
        self.clear_pending_button.setEnabled(not merging and bool(self.pending))
        self.choose_key_button.setEnabled(not merging)

    # -- headquarters keys (an office) ---------------------------------------------------
    def open_keys(self) -> None:
        from ttk_desktop.gui.dialogs.hq_keys import HqKeysDialog

        dialog = HqKeysDialog(self.ctx.tasks, self.ctx.db, self)
        self.open_dialog(dialog)
        dialog.finished.connect(lambda _result: self.refresh())

    # -- export -----------------------------------------------------------------------
    def export(self, *, full: bool) -> None:
        """Ask where, then write a data file in the write worker."""
        from ttk_desktop.core.exchange import export_data_file
        from ttk_desktop.core.exchange.transfer import default_file_name

        state = self.state
        if state is None or self.exporting:
            return
        if not state.recipients:
            answer = QMessageBox.question(
                self,
                self.tr("Data exchange"),
                self.tr(
                    "No headquarters public key is set. A data file is encrypted so that only "
                    "headquarters can read it. Add the key now?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_keys()
            return
        folder = Path(self.settings.exchange_folder or Path.home())
        seq = (state.last.seq if state.last else 0) + 1
        name = default_file_name(state.office or "TTK", dt.date.today(), seq)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Full export") if full else self.tr("Export changes"),
            str(folder / name),
            self.tr("TTK Desktop data files (*.ttkx)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != DATA_FILE_SUFFIX:
            out = out.with_name(out.name + DATA_FILE_SUFFIX)
        self.settings.exchange_folder = str(out.parent)
        db, recipients = self.ctx.db, list(state.recipients)
        self.exporting = True
        self.export_result.setText(self.tr("Writing %1…").replace("%1", left_to_right(out.name)))
        self.export_result.show()
        self._update_buttons()
        self.run(
            lambda: export_data_file(db, recipients, out=out, full=full),
            self._on_exported,
            write=True,
            on_failure=self._on_export_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.exporting = False
        self.last_export_result = result
        counts = result.counts
        lines = [
            self.tr("%1 was written (%2).")
            .replace("%1", left_to_right(result.path.name))
            .replace("%2", QLocale().formattedDataSize(result.size)),
            self.tr("Everything in this database.")
            if result.full
            else self.tr("What changed since export No. %1.").replace(
                "%1", QLocale().toString(result.follows or 0)
            ),
            self.tr("Participants: %1, groups: %2, sessions: %3, attendance marks: %4.")
            .replace("%1", QLocale().toString(counts.participants))
            .replace("%2", QLocale().toString(counts.groups))
            .replace("%3", QLocale().toString(counts.sessions))
            .replace("%4", QLocale().toString(counts.attendance)),
            self.tr("Folder: %1").replace("%1", left_to_right(str(result.path.parent))),
        ]
        self.export_result.setText("\n".join(lines))
        self.export_result.show()
        self.refresh()

    def _on_export_failed(self, error: BaseException) -> None:
        self.exporting = False
        self.export_result.hide()
        self._update_buttons()
        show_error(self, error)

    # -- merge ------------------------------------------------------------------------
    def _show_key_path(self) -> None:
        path = self.settings.exchange_key_path
        if path:
            text = self.tr("Headquarters private key: %1").replace("%1", left_to_right(path))
        else:
            text = self.tr("Headquarters private key: asked at the first merge.")
        self.key_label.setText(text)

    def choose_key(self) -> None:
        from ttk_desktop.gui.views.exchange_merge import choose_key_file

        current = self.settings.exchange_key_path
        path = choose_key_file(self, str(Path(current).parent) if current else "")
        if path is not None:
            self.settings.exchange_key_path = str(path)
            self._show_key_path()

    def set_pending(self, paths: list[Path]) -> None:
        """The files the next merge takes (a file opened with the program lands here)."""
        self.pending = list(dict.fromkeys(paths))
        self.pending_list.clear()
        for path in self.pending:
            self.pending_list.addItem(left_to_right(str(path)))
        for widget in (self.pending_label, self.pending_list):
            widget.setVisible(bool(self.pending))
        self.merge_pending_button.setVisible(bool(self.pending))
        self.clear_pending_button.setVisible(bool(self.pending))
        self._update_buttons()

    def add_files(self, paths: list[Path]) -> None:
        """Put files on the list to merge (``ttk-desktop FILE.ttkx``); nothing runs yet."""
        self.set_pending([*self.pending, *paths])
        self.merge_summary.setText(
            self.tr("Choose \u201cMerge these files\u201d: the private key's passphrase is asked.")
        )

    def merge_files(self) -> None:
        """Pick data files, then merge them with the pending ones."""
        folder = self.settings.exchange_folder or str(Path.home())
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Merge data files"),
            folder,
            self.tr("TTK Desktop data files (*.ttkx);;All files (*)"),
        )
        if not names:
            return
        paths = [Path(n) for n in names]
        self.settings.exchange_folder = str(paths[0].parent)
        self.set_pending([*self.pending, *paths])
        self.merge_pending()

    def merge_pending(self) -> None:
        if not self.pending or self.merge_run is not None:
            return
        run = MergeRun(self.ctx, self.settings, self.pending, self)
        self.merge_run = run
        run.progressed.connect(self._on_progress)
        run.merged.connect(self._on_merged)
        run.ended.connect(self._on_run_ended)
        self.merge_summary.setText(self.tr("Opening the files…"))
        self._show_merging(True)
        self._update_buttons()
        run.start()

    def cancel_merge(self) -> None:
        if self.merge_run is not None:
            self.merge_run.cancel()
            self.cancel_button.setEnabled(False)
            self.merge_summary.setText(self.tr("Stopping after the file being merged…"))

    def _show_merging(self, on: bool) -> None:
        self.progress.setRange(0, 0)  # busy until the first file is done
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("%1 of %2 files")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )
        self.progress.setTextVisible(True)

    def _on_merged(self, reports: list[MergeReport]) -> None:
        self.results_model.set_rows(reports)
        self.fit_columns(self.results_table)
        self.sections.setCurrentIndex(self.RESULTS_TAB)
        counts = {s: sum(r.status == s for r in reports) for s in (STATUS_MERGED, STATUS_ALREADY)}
        refused = [r for r in reports if r.status not in (STATUS_MERGED, STATUS_ALREADY)]
        conflicts = sum(r.conflicts for r in reports)
        summary = (
            self.tr("Merged: %1, already merged before: %2, not merged: %3. New conflicts: %4.")
            .replace("%1", QLocale().toString(counts[STATUS_MERGED]))
            .replace("%2", QLocale().toString(counts[STATUS_ALREADY]))
            .replace("%3", QLocale().toString(len(refused)))
            .replace("%4", QLocale().toString(conflicts))
        )
        self.merge_summary.setText(summary)
        self.set_pending([])
        if counts[STATUS_MERGED]:
            # As after an import: lists, search and statistics read the new data.
            self.ctx.notify("import")
        self.conflicts.reload()
        self.history.reload()
        if any(r.status == STATUS_REFUSED for r in refused):
            lines = [
                f"{left_to_right(r.file)}: {r.reason}"
                for r in refused
                if r.status == STATUS_REFUSED
            ]
            QMessageBox.warning(
                self,
                self.tr("Files refused"),
                self.tr("These files were refused; nothing of them was merged:")
                + "\n\n"
                + "\n".join(lines),
            )

    def _on_run_ended(self) -> None:
        run, self.merge_run = self.merge_run, None
        if run is not None:
            if run.reports is None:
                self.merge_summary.setText("")
            run.deleteLater()
        self._show_merging(False)
        self._show_key_path()
        self._update_buttons()

    # -- navigation -------------------------------------------------------------------
    def show_conflicts(self) -> None:
        self.sections.setCurrentIndex(self.CONFLICTS_TAB)
