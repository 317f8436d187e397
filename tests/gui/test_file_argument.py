"""``ttk-desktop FILE``: what the Windows file association calls (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ttk_desktop.core.resources import SAMPLE_WORKBOOK, find_resource
from ttk_desktop.gui import app as gui_app
from ttk_desktop.gui.dialogs.import_dialog import ImportRun


def _sample(tmp_path: Path) -> Path:
    source = find_resource(SAMPLE_WORKBOOK)
    assert source is not None
    copy = tmp_path / "kayit 2024.xlsx"
    copy.write_bytes(source.read_bytes())
    return copy


def test_workbook_is_offered_for_import_and_imported_on_yes(  # type: ignore[no-untyped-def]
    main_window, ctx, qtbot, message_boxes, tmp_path
) -> None:
    gui_app.open_file(main_window, _sample(tmp_path))
    kind, text = message_boxes.calls[0]
    assert kind == "question" and "kayit 2024.xlsx" in text
    runs = ctx.findChildren(ImportRun)
    assert len(runs) == 1
    qtbot.waitUntil(lambda: runs[0].outcome is not None, timeout=20000)
    assert runs[0].outcome == "imported"


def test_workbook_declined_imports_nothing(main_window, ctx, message_boxes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    message_boxes.answer = QMessageBox.StandardButton.No
    gui_app.open_file(main_window, _sample(tmp_path))
    assert message_boxes.calls[0][0] == "question"
    assert ctx.findChildren(ImportRun) == []


def test_data_file_opens_the_exchange_tab_ready_to_merge(
    main_window, ctx, message_boxes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    data_file = tmp_path / "GAZ-2024.ttkx"
    data_file.write_bytes(b"not yet a format")
    gui_app.open_file(main_window, data_file)
    assert message_boxes.calls == []  # the key's passphrase is asked only on "Merge"
    assert main_window.tabs.currentIndex() == main_window.exchange_index
    assert main_window.tabs.currentWidget().pending == [data_file]
    assert ctx.findChildren(ImportRun) == []


def test_missing_and_unknown_files_are_refused_clearly(
    main_window, message_boxes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    gui_app.open_file(main_window, tmp_path / "gone.xlsx")
    other = tmp_path / "notes.txt"
    other.write_text("x")
    gui_app.open_file(main_window, other)
    (kind1, text1), (kind2, text2) = message_boxes.calls
    assert kind1 == kind2 == "warning"
    assert "gone.xlsx was not found" in text1
    assert "cannot open notes.txt" in text2


def test_start_with_a_workbook_offers_it_once_the_database_is_open(  # type: ignore[no-untyped-def]
    db, qtbot, message_boxes, tmp_path
) -> None:
    message_boxes.answer = QMessageBox.StandardButton.No
    _app, window = gui_app.start(["--db", str(db.path), "--lang", "en", str(_sample(tmp_path))])
    assert window is not None
    qtbot.addWidget(window)
    assert message_boxes.calls == []  # not before the database is open
    qtbot.waitUntil(lambda: bool(message_boxes.calls), timeout=30000)
    assert message_boxes.calls[0][0] == "question"
    assert window.ctx is not None and window.ctx.ready
    window.close()
    window.shutdown()


def test_start_with_a_data_file_opens_the_exchange_tab(db, qtbot, message_boxes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data_file = tmp_path / "IST.ttkx"
    data_file.write_bytes(b"x")
    _app, window = gui_app.start(["--db", str(db.path), "--lang", "en", str(data_file)])
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: getattr(window.tabs.currentWidget(), "pending", None) == [data_file],
        timeout=30000,
    )
    assert message_boxes.calls == []
    window.close()
    window.shutdown()
