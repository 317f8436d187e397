"""Print dialogs: choose what to show, then preview, print or save as PDF.

Each ``show_*`` function returns a :class:`PrintJob` at once. The job reads
the office's print defaults (Settings → Printing) on a worker thread, then
opens a small options dialog starting from them (opt-in columns for phone,
birth date and nationality, walk-in rows, paper size, languages), reads the
data through the core services on a worker thread, and opens Qt's print
preview (zoom, page through, print to any installed printer) with an extra
"Save as PDF…" button. Painting uses the data read beforehand, so the preview
never touches the database.

One print of each kind runs at a time per main window: asking again while
the first is still reading or asking (a double click, Ctrl+P pressed twice)
brings that one forward and returns it instead of opening a second dialog.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, QMarginsF, QObject, Signal
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.i18n import translate
from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.dialogs.personal_data_warning import confirm_personal_data
from ttk_desktop.gui.errors import show_error
from ttk_desktop.printing import (
    AttendanceSheet,
    Document,
    GroupRoster,
    PrintError,
    PrintOptions,
    RegistrationForm,
    batch_documents,
    load_batch,
    load_print_settings,
    load_roster,
    load_sheet,
    render_documents,
    week_of,
)
from ttk_desktop.printing.layout import page_size
from ttk_desktop.printing.options import MAX_WALK_IN_ROWS, PAGE_SIZES

SHEET, ROSTER, FORM, BATCH = "sheet", "roster", "form", "batch"

# Given the accepted options dialog: the PDF's file name stem and the loader of
# the documents (run off the GUI thread).
Prepare = Callable[["PrintOptionsDialog"], tuple[str, Callable[[], Sequence[Document]]]]

# The print job of each kind under way, per main window (its AppContext); GUI thread
# only. Weak both ways: a job nobody runs any more (its database closed) holds no place.
_running: weakref.WeakKeyDictionary[AppContext, weakref.WeakValueDictionary[str, PrintJob]] = (
    weakref.WeakKeyDictionary()
)

# (languages, label) offered for the two printed languages.
LANGUAGE_CHOICES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("tr", "ar"), "Türkçe + العربية"),
    (("tr", "en"), "Türkçe + English"),
    (("en", "ar"), "English + العربية"),
    (("tr",), "Türkçe"),
    (("ar",), "العربية"),
    (("en",), "English"),
)


class PrintOptionsDialog(QDialog):
    """What to print: opt-in personal columns (all off), walk-in rows, paper, languages."""

    def __init__(self, options: PrintOptions, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._base = options
        self.setWindowTitle(
            {
                SHEET: self.tr("Print attendance sheet"),
                ROSTER: self.tr("Print group roster"),
                FORM: self.tr("Print registration form"),
                BATCH: self.tr("Print the week's attendance sheets"),
            }[kind]
        )
        form = QFormLayout()
        self.week_edit = QDateEdit(QDate.currentDate(), self)
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setToolTip(self.tr("Any day of the week whose sessions to print"))
        if kind == BATCH:
            form.addRow(self.tr("Week of:"), self.week_edit)
        else:
            self.week_edit.hide()

        self.phone_box = QCheckBox(self.tr("Phone numbers"), self)
        self.birth_box = QCheckBox(self.tr("Birth dates"), self)
        self.nationality_box = QCheckBox(self.tr("Nationalities"), self)
        if kind != FORM:
            hint = self.tr("Only for this print; off protects people's data")
            for box in (self.phone_box, self.birth_box, self.nationality_box):
                box.setToolTip(hint)
            form.addRow(self.tr("Also show:"), self.phone_box)
            form.addRow("", self.birth_box)
            form.addRow("", self.nationality_box)

        self.walk_in_spin = QSpinBox(self)
        self.walk_in_spin.setRange(0, MAX_WALK_IN_ROWS)
        self.walk_in_spin.setValue(options.walk_in_rows)
        self.blank_box = QCheckBox(self.tr("Leave all rows empty"), self)
        if kind in (SHEET, BATCH):
            form.addRow(self.tr("Empty rows for walk-ins:"), self.walk_in_spin)
        if kind == SHEET:
            form.addRow("", self.blank_box)

        self.page_combo = QComboBox(self)
        for name in PAGE_SIZES:
            self.page_combo.addItem(name, name)
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(options.page_size)))
        form.addRow(self.tr("Paper:"), self.page_combo)

        self.language_combo = QComboBox(self)
        for langs, label in LANGUAGE_CHOICES:
            self.language_combo.addItem(label, langs)
        current = next(
            (n for n, (langs, _) in enumerate(LANGUAGE_CHOICES) if langs == options.languages), 0
        )
        self.language_combo.setCurrentIndex(current)
        form.addRow(self.tr("Printed languages:"), self.language_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        """The options chosen (association names and the like come from the settings)."""
        return replace(
            self._base,
            page_size=self.page_combo.currentData(),
            walk_in_rows=self.walk_in_spin.value(),
            show_phone=self.phone_box.isChecked(),
            show_birth_date=self.birth_box.isChecked(),
            show_nationality=self.nationality_box.isChecked(),
            languages=tuple(self.language_combo.currentData()),
        )

    def blank(self) -> bool:
        return self.kind == SHEET and self.blank_box.isChecked()

    def week(self) -> tuple[dt.date, dt.date]:
        return week_of(self.week_edit.date().toPython())  # type: ignore[arg-type]


def _safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "ttk"


class PrintJob(QObject):
    """One print: read the office's defaults, ask, read the documents, show the preview.

    Reading happens off the GUI thread; the options dialog shows once the
    defaults arrive (a few milliseconds), so it never flashes half filled.
    ``dialog`` is the options dialog once shown, ``cancelled`` tells it was
    closed without printing, ``failed`` holds an error already shown,
    ``running`` is True until the job ends (cancelled, failed or preview closed).
    ``preview_opened`` is emitted with the preview just before it runs (tests
    and callers can hook it); ``documents`` holds what is printed.
    """

    preview_opened = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        prepare: Prepare,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.prepare = prepare
        self.options = PrintOptions()  # the chosen options, once chosen
        self.title = ""
        self.file_name = "ttk.pdf"
        self.parent_widget = parent
        self.dialog: PrintOptionsDialog | None = None
        self.cancelled = False
        self.documents: list[Document] = []
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.save_action: QAction | None = None
        self.failed: BaseException | None = None
        self.running = True

    def _finish(self) -> None:
        """The job is over: the next request of its kind starts a new one."""
        self.running = False
        jobs = _running.get(self.ctx)
        if jobs is not None and jobs.get(self.kind) is self:
            del jobs[self.kind]

    def bring_forward(self) -> None:
        """Show the job's open dialog on top (nothing is open while it reads)."""
        for window in (self.preview, self.dialog):
            if window is not None and isValid(window) and window.isVisible():
                window.raise_()
                window.activateWindow()
                return

    def ask(self) -> None:
        """Read the office's print defaults off the GUI thread; ask once they arrive."""
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda: load_print_settings(db),
            on_success=self._on_defaults,
            on_failure=self._on_failure,
        )

    def _on_defaults(self, defaults: PrintOptions) -> None:
        if not isValid(self):
            return  # the screen that asked is gone
        try:
            dialog = PrintOptionsDialog(defaults, self.kind, self.parent_widget)
            self.dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.cancelled = True
                self._finish()
                return
            self.options = dialog.options()
            self.title = dialog.windowTitle()
            stem, load = self.prepare(dialog)
            self.file_name = _safe_file_name(stem) + ".pdf"
            self.start(load)
        except BaseException:
            self._finish()  # a bug must not block this kind of print for good
            raise

    def start(self, load: Callable[[], Sequence[Document]]) -> None:
        self.ctx.tasks.run(load, on_success=self._open_preview, on_failure=self._on_failure)

    def _on_failure(self, error: BaseException) -> None:
        if not isValid(self):
            show_error(None, error)
            return
        self._finish()
        self.failed = error
        show_error(self.parent_widget, error)

    def _open_preview(self, documents: Sequence[Document]) -> None:
        if not isValid(self):
            return
        try:
            self._show_preview(documents)
        finally:
            self._finish()

    def _show_preview(self, documents: Sequence[Document]) -> None:
        self.documents = list(documents)
        stem = getattr(self.documents[0], "file_stem", None) if len(self.documents) == 1 else None
        if stem is not None:
            self.file_name = _safe_file_name(stem()) + ".pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(
            QPageLayout(
                page_size(self.options.page_size),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        printer.setFullPage(True)  # the documents keep their own margins
        printer.setDocName(self.title)
        self.printer = printer
        preview = QPrintPreviewDialog(printer, self.parent_widget)
        preview.setWindowTitle(self.title)
        preview.paintRequested.connect(self.paint)
        toolbar = preview.findChild(QToolBar)
        save = QAction(
            self.tr("Save as PDF…"), preview, toolTip=self.tr("Save these pages as a PDF file")
        )
        save.triggered.connect(self.save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(save)
        preview.addAction(save)
        self.save_action = save
        self.preview = preview
        self.preview_opened.emit(preview)
        preview.exec()

    def paint(self, printer: QPrinter) -> None:
        """Paint every page into the preview or a real printer (GUI thread)."""
        try:
            render_documents(self.documents, printer)
        except PrintError as error:
            show_error(self.preview or self.parent_widget, error)

    def save_pdf(self) -> str | None:
        """Ask for a file name and write the pages as PDF; returns the path written."""
        path, _ = QFileDialog.getSaveFileName(
            self.preview or self.parent_widget,
            self.tr("Save as PDF"),
            self.file_name,
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.kind != FORM and not confirm_personal_data(
            self.preview or self.parent_widget, self.title or self.tr("The pages"), path
        ):
            return None  # the blank registration form holds nobody's data: no warning
        try:
            render_documents(self.documents, path, page=self.options.page_size, title=self.title)
        except PrintError as error:
            show_error(self.preview or self.parent_widget, error)
            return None
        return path


def _print(ctx: AppContext, kind: str, prepare: Prepare, parent: QWidget | None) -> PrintJob:
    """Start a print job, or bring forward the one of this kind already under way."""
    jobs = _running.setdefault(ctx, weakref.WeakValueDictionary())
    current = jobs.get(kind)
    if current is not None and isValid(current) and current.running:
        current.bring_forward()
        return current
    job = PrintJob(ctx, kind, prepare, parent)
    jobs[kind] = job
    job.ask()
    return job


def show_attendance_sheet(
    ctx: AppContext, session_id: int, parent: QWidget | None = None
) -> PrintJob:
    """Options, then the preview of one session's attendance sheet."""
    db = ctx.db

    def prepare(dialog: PrintOptionsDialog) -> tuple[str, Callable[[], Sequence[Document]]]:
        options, blank = dialog.options(), dialog.blank()
        return f"attendance_{session_id}", lambda: [
            AttendanceSheet(load_sheet(db, session_id), options, blank=blank)
        ]

    return _print(ctx, SHEET, prepare, parent)


def show_group_roster(ctx: AppContext, group_id: int, parent: QWidget | None = None) -> PrintJob:
    db = ctx.db

    def prepare(dialog: PrintOptionsDialog) -> tuple[str, Callable[[], Sequence[Document]]]:
        options = dialog.options()
        return f"roster_{group_id}", lambda: [GroupRoster(load_roster(db, group_id), options)]

    return _print(ctx, ROSTER, prepare, parent)


def show_registration_form(ctx: AppContext, parent: QWidget | None = None) -> PrintJob:
    def prepare(dialog: PrintOptionsDialog) -> tuple[str, Callable[[], Sequence[Document]]]:
        options = dialog.options()
        return "registration_form", lambda: [RegistrationForm(options)]

    return _print(ctx, FORM, prepare, parent)


def show_week_batch(ctx: AppContext, parent: QWidget | None = None) -> PrintJob:
    """Every attendance sheet of the chosen week in one preview (one PDF)."""
    db = ctx.db

    def prepare(dialog: PrintOptionsDialog) -> tuple[str, Callable[[], Sequence[Document]]]:
        options = dialog.options()
        start, end = dialog.week()

        def load() -> list[AttendanceSheet]:
            sheets = load_batch(db, start, end)
            if not sheets:
                raise PrintError(
                    translate(
                        "Printing",
                        "There are no sessions from {start} to {end}: nothing to print.",
                        start=start.strftime("%d.%m.%Y"),
                        end=end.strftime("%d.%m.%Y"),
                    )
                )
            return batch_documents(sheets, options)

        return f"attendance_week_{start}", load

    return _print(ctx, BATCH, prepare, parent)
