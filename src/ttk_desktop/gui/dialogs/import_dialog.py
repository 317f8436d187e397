"""File → Import Excel…: run the importer off the GUI thread and show what happened.

:func:`run_import` asks for the workbook and starts an :class:`ImportRun`: the
core's ``import_workbook`` runs on the write pool with a progress dialog (shown
after ~300 ms, with Cancel) while the window stays responsive. A refused file
shows every problem in :class:`ImportIssuesDialog`, a sortable table with a
Copy button, rather than a wall of text; a successful one shows the per-sheet
counts and tells the other screens to reload (``ctx.notify("import")``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.errors import (
    ImportCancelledError,
    ImportFailedError,
    ImportIssue,
    IssueCount,
)
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.group_table_model import SORT_ROLE, RecordTableModel, format_number

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

PROGRESS_DELAY_MS = 300
LAST_FOLDER_KEY = "import/last_folder"


class ImportIssueTableModel(RecordTableModel[ImportIssue]):
    """The problems of a refused file, located the way Excel numbers them."""

    CONTEXT = "ImportIssueTableModel"
    SHEET, ROW, COLUMN, PROBLEM = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportIssueTableModel", "Sheet"),
        QT_TRANSLATE_NOOP("ImportIssueTableModel", "Row"),
        QT_TRANSLATE_NOOP("ImportIssueTableModel", "Column"),
        QT_TRANSLATE_NOOP("ImportIssueTableModel", "Problem"),
    )
    NUMERIC_COLUMNS = frozenset({ROW})

    def display(self, record: ImportIssue, column: int, row: int) -> Any:
        if column == self.SHEET:
            return record.sheet or ""
        if column == self.ROW:
            return format_number(record.row)
        if column == self.COLUMN:
            return record.column or ""
        if column == self.PROBLEM:
            return record.message
        return None

    def sort_value(self, record: ImportIssue, column: int, row: int) -> Any:
        if column == self.SHEET:
            return record.sheet or ""
        if column == self.ROW:
            return record.row if record.row is not None else 0
        if column == self.COLUMN:
            return record.column or ""
        if column == self.PROBLEM:
            return record.message
        return None

    def extra(self, record: ImportIssue, column: int, role: int, row: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEM:
            return record.message
        return None


def issues_as_text(issues: list[ImportIssue]) -> str:
    """Tab-separated lines with a header, ready to paste into Excel or an e-mail."""
    headers = [
        QCoreApplication.translate("ImportIssueTableModel", h)
        for h in ImportIssueTableModel.HEADERS
    ]
    lines = ["\t".join(headers)]
    for issue in issues:
        cells = [
            issue.sheet or "",
            "" if issue.row is None else str(issue.row),
            issue.column or "",
            issue.message.replace("\t", " ").replace("\n", " "),
        ]
        lines.append("\t".join(cells))
    return "\n".join(lines)


class ImportIssuesDialog(QDialog):
    """Every problem that made the importer refuse a file, as a sortable table."""

    def __init__(
        self,
        file_name: str,
        issues: list[ImportIssue],
        parent: QWidget | None = None,
        more: list[IssueCount] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_issues_dialog")
        self.issues = list(issues)
        # Problems beyond the listed ones (the core lists at most 200), by sheet and column.
        self.more = list(more or [])
        total = len(self.issues) + sum(count.count for count in self.more)
        self.setWindowTitle(self.tr("Import refused: %1").replace("%1", file_name))

        self.summary = QLabel(self)
        self.summary.setObjectName("import_issues_summary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "%1 was not imported because of the problems below; nothing was changed. "
                "Correct them in Excel and import the file again."
            ).replace("%1", file_name)
            + " "
            + self.tr("%n problem(s).", "", total)
        )
        self.more_label = QLabel(self)
        self.more_label.setObjectName("import_issues_more")
        self.more_label.setWordWrap(True)
        self.more_label.setVisible(bool(self.more))
        if self.more:
            self.more_label.setText(
                "\n".join(
                    [
                        self.tr("The first %1 are listed; the others are counted here:").replace(
                            "%1", str(len(self.issues))
                        ),
                        *(count.describe() for count in self.more),
                    ]
                )
            )

        self.model = ImportIssueTableModel(self)
        self.model.set_rows(self.issues)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("import_issues_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the importer's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportIssueTableModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("import_issues_copy")
        self.copy_button.setToolTip(
            self.tr("Copy the selected problems (or all of them) to paste into Excel")
        )
        self.copy_button.clicked.connect(self.copy_issues)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.more_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def copy_issues(self) -> None:
        """Selected rows in the shown order, or every problem when none is selected."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        if rows:
            issues = [self.proxy.mapToSource(i).row() for i in rows]
            chosen = [self.model.row_at(r) for r in issues]
        else:
            chosen = [
                self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())
            ]
        QApplication.clipboard().setText(issues_as_text(chosen))


class ImportRun(QObject):
    """One import: the progress dialog, the worker and what is shown afterwards.

    ``outcome`` is "imported", "refused", "cancelled" or "error" once ``finished``
    has been emitted.
    """

    finished = Signal(str)

    def __init__(self, ctx: AppContext, path: str, parent_widget: QWidget | None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.path = path
        self.parent_widget = parent_widget
        self.file_name = Path(path).name
        self.running = False
        self.outcome: str | None = None
        self.summary: Any = None
        self.issues_dialog: ImportIssuesDialog | None = None
        self.progress_values: list[tuple[int, int]] = []
        self._cancel = threading.Event()
        self.progress = QProgressDialog(parent_widget)
        self.progress.setObjectName("import_progress")
        self.progress.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import Excel"))
        self.progress.setLabelText(
            QCoreApplication.translate(
                "ImportDialog",
                "Importing %1… The file is checked first; nothing is written until "
                "all of it is correct.",
            ).replace("%1", self.file_name)
        )
        self.progress.setCancelButtonText(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setRange(0, 0)  # busy until the first report
        # Shown by our own timer: QProgressDialog's estimate needs steady reports.
        self.progress.setMinimumDuration(24 * 3600 * 1000)
        self.progress.canceled.connect(self.cancel)
        self.progress.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(PROGRESS_DELAY_MS)
        self._show_timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        """Queue the import on the write pool (other writes wait behind it)."""
        db, path, cancel = self.ctx.db, self.path, self._cancel

        def work(progress: Any, cancelled: Any) -> Any:
            from ttk_desktop.core.importer import import_workbook

            return import_workbook(
                db, path, progress=progress, cancelled=lambda: cancel.is_set() or cancelled()
            )

        self.running = True
        self._show_timer.start()
        # Cancel goes through our own flag, not the task handle: a handle cancelled
        # after the import committed would drop the result, and the summary with it.
        self.ctx.tasks.run(
            work,
            on_success=self._on_success,
            on_failure=self._on_failure,
            on_progress=self._on_progress,
            write=True,
            pass_control=True,
        )

    def cancel(self) -> None:
        if not self.running:
            return
        self._cancel.set()
        if isValid(self.progress):
            self.progress.setLabelText(
                QCoreApplication.translate("ImportDialog", "Cancelling… nothing will be changed.")
            )
            self.progress.show()  # stay until the worker has stopped

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self) -> None:
        if self.running and isValid(self.progress):
            self.progress.show()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_values.append((done, total))
        if isValid(self.progress) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self, outcome: str) -> None:
        self.running = False
        self.outcome = outcome
        self._show_timer.stop()
        if isValid(self.progress):
            self.progress.hide()
            self.progress.deleteLater()
        self.finished.emit(outcome)

    def _on_success(self, summary: Any) -> None:
        self.summary = summary
        self._finish("imported")
        self.ctx.notify("import")
        lines = summary.lines() if hasattr(summary, "lines") else [str(summary)]
        if getattr(summary, "changed", True):
            head = QCoreApplication.translate("ImportDialog", "%1 was imported.").replace(
                "%1", self.file_name
            )
        else:
            head = QCoreApplication.translate(
                "ImportDialog", "%1 was imported: everything in it was already in the database."
            ).replace("%1", self.file_name)
        QMessageBox.information(
            self._parent(),
            QCoreApplication.translate("ImportDialog", "Import Excel"),
            "\n".join([head, "", *lines]),
        )

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, ImportFailedError):
            self._finish("refused")
            dialog = ImportIssuesDialog(
                self.file_name, error.issues, self._parent(), more=error.more
            )
            dialog.finished.connect(dialog.deleteLater)
            self.issues_dialog = dialog
            dialog.open()
        elif isinstance(error, ImportCancelledError):
            self._finish("cancelled")
            QMessageBox.information(
                self._parent(),
                QCoreApplication.translate("ImportDialog", "Import Excel"),
                QCoreApplication.translate(
                    "ImportDialog", "The import of %1 was cancelled; nothing was changed."
                ).replace("%1", self.file_name),
            )
        else:
            self._finish("error")
            show_error(self._parent(), error)

    def _parent(self) -> QWidget | None:
        widget = self.parent_widget
        return widget if widget is not None and isValid(widget) else None


def _settings() -> QSettings:
    from ttk_desktop.gui.settings_store import APPLICATION, ORGANIZATION

    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def running_import(ctx: AppContext) -> ImportRun | None:
    """The import under way in this window, if any."""
    for run in ctx.findChildren(ImportRun):
        if run.running:
            return run
    return None


def run_import(ctx: AppContext, parent: QWidget | None) -> ImportRun | None:
    """Ask for a workbook and import it (File → Import Excel…).

    Returns the started run (its ``finished`` signal tells when it is over, so
    the caller can re-enable its action), or None when nothing was started.
    """
    if running_import(ctx) is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialog", "Import Excel"),
            QCoreApplication.translate(
                "ImportDialog", "An import is already running. Wait for it to finish."
            ),
        )
        return None
    settings = _settings()
    folder = str(settings.value(LAST_FOLDER_KEY, "") or "")
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import Excel"),
        folder,
        QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"),
    )
    if not path:
        return None
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    run = ImportRun(ctx, path, parent)
    run.start()
    return run
