"""File → Import Excel…: progress, the refused-file table, success and Cancel."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from ttk_desktop.core.errors import ImportIssue
from ttk_desktop.core.records import ParticipantQuery
from ttk_desktop.core.services import groups as groups_service
from ttk_desktop.core.services import participants as participants_service
from ttk_desktop.core.services import sessions as sessions_service
from ttk_desktop.gui.dialogs.import_dialog import (
    ImportIssuesDialog,
    ImportIssueTableModel,
    issues_as_text,
    run_import,
)
from ttk_desktop.gui.models.group_table_model import SORT_ROLE


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def good_workbook(tmp_path: Path) -> Path:
    return write_workbook(
        tmp_path / "register.xlsx",
        {
            "Participants": [
                [
                    "participant_id",
                    "first_name",
                    "last_name",
                    "gender",
                    "birth_date",
                    "nationality",
                ],
                ["P001", "Ayşe", "Demir", "F", dt.date(1990, 5, 1), "SY"],
                ["P002", "Omar", "Haddad", "M", dt.date(2011, 2, 3), "SY"],
                ["P003", "Elif", "Kaya", "F", dt.date(1985, 7, 9), "TR"],
            ],
            "Groups": [
                ["group_id", "type", "name", "start_date"],
                ["G01", "Refugee Assembly", "Fatih Meclisi", dt.date(2025, 1, 1)],
            ],
            "Sessions": [
                ["session_id", "group_id", "date", "topic"],
                ["S001", "G01", dt.date(2025, 1, 15), "Haklar"],
            ],
            "Attendance": [
                ["session_id", "participant_id"],
                ["S001", "P001"],
                ["S001", "P003"],
            ],
        },
    )


def bad_workbook(tmp_path: Path) -> Path:
    return write_workbook(
        tmp_path / "bad.xlsx",
        {
            "Participants": [
                ["participant_id", "first_name", "last_name", "birth_date"],
                ["P001", "Ayşe", "Demir", "31.02.2008"],
                ["P002", "", "Haddad", dt.date(2011, 2, 3)],
                ["P003", "Elif", "Kaya", dt.date(1985, 7, 9)],
            ],
        },
    )


def people(db) -> list[str]:  # type: ignore[no-untyped-def]
    page = participants_service.search_participants(db, ParticipantQuery())
    return [p.full_name for p in page.rows]


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def choose_file(monkeypatch):  # type: ignore[no-untyped-def]
    """Answer the open-file dialog with a given path."""
    chosen: dict[str, str] = {"path": ""}

    def fake(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        return chosen["path"], "Excel workbooks (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))

    def choose(path: Path | str) -> None:
        chosen["path"] = str(path)

    return choose


@pytest.fixture
def write_pool_gate(ctx):  # type: ignore[no-untyped-def]
    """Hold the write pool busy until released, so a queued import waits visibly."""
    gate = threading.Event()
    started = threading.Event()

    def hold() -> None:
        started.set()
        gate.wait(10)

    ctx.tasks.run(hold, write=True)
    started.wait(5)
    yield gate
    gate.set()
    # Let a run a failed test left behind finish while QMessageBox is still patched.
    ctx.tasks.wait_idle()
    QApplication.processEvents()


def test_bad_file_shows_the_problems_in_a_table(ctx, qtbot, window, choose_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    choose_file(bad_workbook(tmp_path))
    run = run_import(ctx, window)
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=10000) as blocker:
        pass
    assert blocker.args == ["refused"]
    dialog = run.issues_dialog
    assert isinstance(dialog, ImportIssuesDialog)
    assert dialog.isVisible()
    assert "bad.xlsx" in dialog.summary.text()
    model = dialog.model
    assert model.rowCount() >= 2
    located = {
        (model.row_at(r).sheet, model.row_at(r).row, model.row_at(r).column)
        for r in range(model.rowCount())
    }
    assert ("Participants", 2, "birth_date") in located
    assert ("Participants", 3, "first_name") in located
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Sheet", "Row", "Column", "Problem"]

    # Sortable: by row, descending.
    dialog.table.sortByColumn(ImportIssueTableModel.ROW, Qt.SortOrder.DescendingOrder)
    rows = [
        dialog.proxy.index(r, ImportIssueTableModel.ROW).data(SORT_ROLE)
        for r in range(dialog.proxy.rowCount())
    ]
    assert rows == sorted(rows, reverse=True)

    # Copy puts every problem on the clipboard as tab-separated lines.
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Sheet\tRow\tColumn\tProblem"
    assert len(copied) == model.rowCount() + 1
    assert people(ctx.db) == []  # nothing was written
    dialog.close()


def test_unreadable_file_is_refused_with_a_file_level_problem(
    ctx, qtbot, window, choose_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "not-excel.xlsx"
    path.write_bytes(b"this is not a workbook")
    choose_file(path)
    run = run_import(ctx, window)
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)
    assert run.outcome == "refused"
    issues = run.issues_dialog.issues
    assert issues and issues[0].file == "not-excel.xlsx"
    run.issues_dialog.close()


def test_good_file_imports_with_progress(
    ctx, qtbot, window, choose_file, tmp_path, message_boxes, write_pool_gate
) -> None:  # type: ignore[no-untyped-def]
    choose_file(good_workbook(tmp_path))
    notices: list[str] = []
    ctx.data_changed.connect(notices.append)
    run = run_import(ctx, window)
    assert run is not None and run.running
    # The import waits behind another write: the progress dialog appears after ~300 ms,
    # and the window keeps handling events meanwhile.
    qtbot.waitUntil(lambda: run.progress.isVisible(), timeout=3000)
    assert window.isEnabled()
    write_pool_gate.set()
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)

    assert run.outcome == "imported"
    assert run.progress_values and run.progress_values[-1][0] == run.progress_values[-1][1]
    assert sorted(people(ctx.db)) == ["Ayşe Demir", "Elif Kaya", "Omar Haddad"]
    group = groups_service.list_groups(ctx.db)[0]
    session = sessions_service.list_sessions(ctx.db, group_id=group.id)[0]
    assert session.present_count == 2
    assert notices == ["import"]
    kind, text = message_boxes.calls[-1]
    assert kind == "information"
    assert "register.xlsx was imported" in text
    assert "Participants: 3 added, 0 updated, 0 unchanged" in text

    # The same file again changes nothing and says so.
    run = run_import(ctx, window)
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)
    assert "already in the database" in message_boxes.calls[-1][1]


def test_cancel_leaves_the_database_unchanged(
    ctx, qtbot, window, choose_file, tmp_path, message_boxes, write_pool_gate
) -> None:  # type: ignore[no-untyped-def]
    choose_file(good_workbook(tmp_path))
    run = run_import(ctx, window)
    qtbot.waitUntil(lambda: run.progress.isVisible(), timeout=3000)
    # Only one import at a time.
    assert run_import(ctx, window) is None
    assert "already running" in message_boxes.calls[-1][1]

    cancel_button = run.progress.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert run.cancel_requested
    assert run.progress.isVisible()  # stays up until the worker has stopped
    write_pool_gate.set()
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)
    assert run.outcome == "cancelled"
    assert "cancelled; nothing was changed" in message_boxes.calls[-1][1]
    assert people(ctx.db) == []
    assert groups_service.list_groups(ctx.db) == []


def test_no_file_chosen_starts_nothing(ctx, window, choose_file) -> None:  # type: ignore[no-untyped-def]
    choose_file("")
    assert run_import(ctx, window) is None


def test_issue_model_on_plain_rows(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    issues = [
        ImportIssue("f.xlsx", "Katılımcılar", 17, "Doğum Tarihi", "31.02.2008 is not a date."),
        ImportIssue("f.xlsx", None, None, None, "The file cannot be opened."),
    ]
    model = ImportIssueTableModel()
    model.set_rows(issues)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, ImportIssueTableModel.ROW).data() == "17"
    assert model.index(1, ImportIssueTableModel.ROW).data() == ""
    assert model.index(1, ImportIssueTableModel.ROW).data(SORT_ROLE) == 0
    text = issues_as_text(issues).splitlines()
    assert text[1] == "Katılımcılar\t17\tDoğum Tarihi\t31.02.2008 is not a date."
    assert text[2] == "\t\t\tThe file cannot be opened."


def test_many_problems_show_200_and_the_count_of_the_rest(
    ctx, qtbot, window, choose_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """#11: every problem was listed; the table now holds 200 and counts the rest."""
    rows: list[list[object]] = [["participant_id", "first_name", "last_name", "birth_date"]]
    rows += [[f"P{n:04d}", "Ayşe", "Demir", "31.02.2008"] for n in range(450)]
    choose_file(write_workbook(tmp_path / "many.xlsx", {"Participants": rows}))
    run = run_import(ctx, window)
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=20000)
    assert run.outcome == "refused"
    dialog = run.issues_dialog
    assert dialog.model.rowCount() == 200
    assert dialog.more_label.isVisibleTo(dialog)
    assert "250 more problems" in dialog.more_label.text()
    assert "450" in dialog.summary.text()
    dialog.close()


def test_a_stray_far_cell_is_refused_and_the_window_lives(
    ctx, qtbot, window, choose_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """#11: a cell at XFD1048576 aborted the app (calamine's 512 GiB grid)."""
    import zipfile

    book = tmp_path / "far.xlsx"
    write_workbook(book, {"Participants": [["participant_id", "first_name"], ["P1", "Ayşe"]]})
    with zipfile.ZipFile(book) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    parts[sheet] = parts[sheet].replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    )
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    choose_file(book)
    run = run_import(ctx, window)
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=10000)
    assert run.outcome == "refused"
    (issue,) = run.issues_dialog.issues
    assert "XFD1048576" in issue.message
    assert window.isVisible()
    run.issues_dialog.close()
