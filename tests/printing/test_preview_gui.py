"""The print dialogs: options, preview and "Save as PDF…", without blocking."""

from __future__ import annotations

import datetime as dt

import pytest
from print_helpers import make_session, pdf_pages
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QToolBar, QWidget

from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.printing import (
    PrintOptionsDialog,
    show_attendance_sheet,
    show_group_roster,
    show_registration_form,
    show_week_batch,
)


@pytest.fixture
def ctx(db, qtbot):  # type: ignore[no-untyped-def]
    context = AppContext(db)
    yield context
    context.tasks.shutdown()


@pytest.fixture
def previews(monkeypatch):  # type: ignore[no-untyped-def]
    """Accept the options dialog (after ``tick`` runs on it) and record each preview."""
    opened: list[QPrintPreviewDialog] = []
    ticks: list = []

    def accept(dialog: PrintOptionsDialog) -> int:
        for tick in ticks:
            tick(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", accept)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    return opened, ticks


def test_attendance_sheet_preview_and_save(ctx, db, qtbot, previews, monkeypatch, tmp_path) -> None:
    opened, ticks = previews
    ticks.append(lambda d: d.phone_box.setChecked(True))
    session = make_session(db, 25)
    job = show_attendance_sheet(ctx, session.id, None)
    assert job is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    preview = opened[0]
    assert job.preview is preview
    assert job.options.show_phone and not job.options.show_birth_date
    assert job.file_name == "yoklama_S001_2026-03-12.pdf"
    toolbar = preview.findChild(QToolBar)
    assert job.save_action in toolbar.actions()

    # What the preview paints is the sheet (two pages), into its printer.
    printer = job.printer
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    job.paint(printer)
    pages = pdf_pages(printed)
    assert len(pages) == 2
    assert "+90 555 000 00 00" in pages[0]

    target = tmp_path / "saved"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    # #16: the sheet holds names and phones, so saving it asks first; No writes nothing.
    warnings: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def warn(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        warnings.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    job.save_action.trigger()
    saved = tmp_path / "saved.pdf"
    assert not saved.exists()
    assert len(warnings) == 1 and "personal data" in warnings[0] and "saved.pdf" in warnings[0]
    answer[0] = QMessageBox.StandardButton.Yes
    job.save_action.trigger()
    assert saved.exists()
    assert len(warnings) == 2
    assert len(pdf_pages(saved)) == 2
    preview.close()


def test_cancelled_options_print_nothing(ctx, db, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    session = make_session(db, 1)
    job = show_attendance_sheet(ctx, session.id, None)
    qtbot.waitUntil(lambda: job.cancelled, timeout=5000)
    ctx.tasks.wait_idle()
    assert job.preview is None and job.documents == [] and job.failed is None


def test_defaults_are_read_off_the_gui_thread(ctx, db, qtbot, monkeypatch) -> None:
    """The office's defaults arrive from a worker; the dialog is built only then."""
    import threading

    from ttk_desktop.gui.printing import preview
    from ttk_desktop.printing import PrintOptions, save_print_settings

    save_print_settings(db, PrintOptions(walk_in_rows=7, page_size="Letter"))
    readers: list[threading.Thread] = []
    real_load = preview.load_print_settings

    def load(database):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real_load(database)

    monkeypatch.setattr(preview, "load_print_settings", load)
    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    job = show_registration_form(ctx, None)
    assert job.dialog is None  # nothing read or built on the GUI thread yet
    qtbot.waitUntil(lambda: job.cancelled, timeout=5000)
    assert readers and readers[0] is not threading.main_thread()
    assert job.dialog.walk_in_spin.value() == 7
    assert job.dialog.page_combo.currentData() == "Letter"


def test_options_dialog_defaults_protect_data(ctx, qtbot) -> None:
    from ttk_desktop.printing import load_print_settings

    dialog = PrintOptionsDialog(load_print_settings(ctx.db), "sheet")
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert not (options.show_phone or options.show_birth_date or options.show_nationality)
    assert options.walk_in_rows == 10 and options.page_size == "A4"
    assert options.languages == ("tr", "ar")
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("Letter"))
    dialog.walk_in_spin.setValue(3)
    dialog.language_combo.setCurrentIndex(1)
    options = dialog.options()
    assert (options.page_size, options.walk_in_rows, options.languages) == (
        "Letter",
        3,
        ("tr", "en"),
    )


def test_roster_form_and_week_previews(ctx, db, qtbot, previews, tmp_path) -> None:
    opened, _ = previews
    session = make_session(db, 3, day=dt.date.today())
    jobs = [
        show_group_roster(ctx, session.group_id, None),
        show_registration_form(ctx, None),
        show_week_batch(ctx, None),
    ]
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=5000)
    kinds = {type(job.documents[0]).__name__ for job in jobs}
    assert kinds == {"GroupRoster", "RegistrationForm", "AttendanceSheet"}
    for job in jobs:
        job.preview.close()


def test_empty_week_says_so(ctx, qtbot, previews, monkeypatch) -> None:
    opened, ticks = previews
    ticks.append(lambda d: d.week_edit.setDate(dt.date(2001, 1, 3)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    job = show_week_batch(ctx, None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "01.01.2001" in shown[0] and "07.01.2001" in shown[0]
    assert not opened and job.failed is not None
    again = show_week_batch(ctx, None)
    assert again is not job  # a failed print does not block the next
    # Let it end here: its message arriving after the test, once QMessageBox.exec is
    # no longer patched (or the database closed), would open a real dialog and hang.
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert again.failed is not None


def test_a_double_click_opens_one_options_dialog(ctx, db, qtbot, monkeypatch) -> None:
    """Two quick requests of one print (the defaults still loading) give one dialog."""
    session = make_session(db, 2)
    window = QWidget()
    qtbot.addWidget(window)
    asked: list[PrintOptionsDialog] = []
    again: list[object] = []

    def ask(dialog: PrintOptionsDialog) -> int:
        asked.append(dialog)
        dialog.show()
        # A third click while the dialog is open brings this one forward.
        again.append(show_attendance_sheet(ctx, session.id, window))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PrintOptionsDialog, "exec", ask)
    first = show_attendance_sheet(ctx, session.id, window)
    second = show_attendance_sheet(ctx, session.id, window)
    assert second is first and first.running
    qtbot.waitUntil(lambda: first.cancelled, timeout=5000)
    assert again == [first] and not first.running
    ctx.tasks.wait_idle()
    qtbot.wait(20)  # a second dialog, had one been asked for, would open now
    assert len(asked) == 1

    # Once the first is over, the next request is a new print.
    third = show_attendance_sheet(ctx, session.id, window)
    assert third is not first
    qtbot.waitUntil(lambda: third.cancelled, timeout=5000)
    assert len(asked) == 2


def test_blank_form_saves_without_the_personal_data_warning(
    ctx, qtbot, previews, monkeypatch, tmp_path
) -> None:
    """#16: the registration form holds nobody's data, so it needs no warning."""
    opened, _ = previews
    job = show_registration_form(ctx, None)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a: pytest.fail("no warning expected"))
    )
    assert job.save_pdf() == str(target)
    assert target.exists()
    job.preview.close()
