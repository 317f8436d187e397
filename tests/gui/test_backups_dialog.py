"""File → Backups, the integrity check after opening, automatic backups and restore (#16)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security.backups import (
    BackupInfo,
    back_up_now,
    check_database,
    list_backups,
)
from ttk_desktop.core.security.roles import Account, Role
from ttk_desktop.core.services.participants import create_participant
from ttk_desktop.gui import backup_check
from ttk_desktop.gui.models.backup_table_model import BackupTableModel


@pytest.fixture
def protected_ctx(protected_db: Database, qapp):  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.context import AppContext

    context = AppContext(protected_db)
    yield context
    context.tasks.shutdown()


@pytest.fixture
def window(protected_ctx, qtbot, settings, monkeypatch):  # type: ignore[no-untyped-def]
    """A main window on the protected database; its check and backups start at once."""
    from ttk_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(backup_check, "INTEGRITY_CHECK_DELAY_MS", 0)
    monkeypatch.setattr(backup_check, "AUTOMATIC_BACKUP_DELAY_MS", 0)
    win = MainWindow(settings, ctx=protected_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    protected_ctx.tasks.wait_idle()


def _register(db: Database, first: str) -> None:
    create_participant(db, ParticipantInput(first_name=first, last_name="Demir"))


def _participants(path: Path, key: bytes | None) -> list[tuple[Any, ...]]:
    from ttk_desktop.core.db.connect import connect

    con = connect(path, key, readonly=True)
    try:
        return con.execute("SELECT * FROM participants ORDER BY id").fetchall()
    finally:
        con.close()


def _dialog(ctx: Any, win: Any, qtbot: Any) -> Any:
    from ttk_desktop.gui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.settings_box.isEnabled())
    return dialog


def _watcher(win: Any) -> backup_check.BackupWatcher:
    watcher = win.findChild(backup_check.BackupWatcher, "backup_watcher")
    assert watcher is not None
    return watcher


# -- the model -----------------------------------------------------------------------------------
def test_the_backup_model_on_plain_rows(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    daily = Path("/b/o.daily-2026-12-04.sqlite3")
    manual = Path("/b/o.manual-2026-12-03T101502.sqlite3")
    rows = [
        BackupInfo(daily, "daily", dt.datetime(2026, 12, 4, 9), 3 << 20, "2026-12-04"),
        BackupInfo(manual, "manual", dt.datetime(2026, 12, 3, 10, 15), 900, "2026-12-03T101502"),
    ]
    model = BackupTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    index = model.index(0, BackupTableModel.KIND)
    assert model.data(index) == "Daily"
    assert model.data(model.index(0, BackupTableModel.SIZE)) == "3.0 MB"
    assert model.data(model.index(1, BackupTableModel.SIZE)) == "1 KB"
    assert model.data(model.index(1, BackupTableModel.FOLDER)) == str(Path("/b"))


# -- the dialog ------------------------------------------------------------------------------------
def test_back_up_now_lists_the_new_backup(window, protected_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(protected_ctx, window, qtbot)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert not dialog.back_up_button.isEnabled() and dialog.progress.isVisible()

    def listed() -> bool:
        rows = dialog.model.rows()
        return not dialog.busy and any(row.kind == "manual" for row in rows)

    qtbot.waitUntil(listed)
    assert "Backup written" in dialog.status.text()
    assert dialog.back_up_button.isEnabled() and not dialog.progress.isVisible()


def test_settings_are_saved_with_a_chosen_second_folder(  # type: ignore[no-untyped-def]
    window, protected_ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    dialog = _dialog(protected_ctx, window, qtbot)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value()) == (7, 4)
    dialog.keep_daily.setValue(3)
    dialog.keep_weekly.setValue(2)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.second.text() == str(usb)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog.status.text())
    db = protected_ctx.db
    assert db.setting("backup_keep_daily") == "3"
    assert db.setting("backup_keep_weekly") == "2"
    assert db.setting("backup_second_folder") == str(usb)
    # The next backup goes to the stick too.
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Also copied to" in dialog.status.text())
    from ttk_desktop.core.security.backups import second_backup_folder

    own = second_backup_folder(db)
    assert own is not None and own.parent == usb and list_backups(db.path, [own])
    assert any(row.path.parent == own for row in dialog.model.rows())


@pytest.mark.parametrize("role", [Role.STAFF, Role.VIEWER])
def test_only_administrators_see_restore_and_change_settings(  # type: ignore[no-untyped-def]
    window, protected_ctx, qtbot, role: Role
) -> None:
    protected_ctx.db.account = Account("someone", role)
    dialog = _dialog(protected_ctx, window, qtbot)
    assert dialog.restore_button.isHidden() and dialog.delete_button.isHidden()
    assert not dialog.keep_daily.isEnabled() and dialog.save_button.isHidden()
    assert not dialog.admin_note.isHidden()
    assert dialog.back_up_button.isHidden() == (role is Role.VIEWER)


def test_restore_from_the_dialog_names_the_date_and_reopens(  # type: ignore[no-untyped-def]
    window, protected_ctx, qtbot, message_boxes
) -> None:
    db = protected_ctx.db
    _register(db, "Ayşe")
    info = back_up_now(db)
    wanted = _participants(info.path, db.key)
    _register(db, "Omar")
    dialog = _dialog(protected_ctx, window, qtbot)
    row = next(
        n for n in range(dialog.model.rowCount()) if dialog.model.row_at(n).path == info.path
    )
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: protected_ctx.db is not db)
    protected_ctx.tasks.wait_idle()
    question = next(text for kind, text in message_boxes.calls if kind == "question")
    from ttk_desktop.gui.models.backup_table_model import format_when

    assert format_when(info.when) in question and str(db.path) in question
    assert "kept as a backup first" in question
    assert any(kind == "information" and "restored" in text for kind, text in message_boxes.calls)
    new = protected_ctx.db
    assert new.account == db.account and new.key == db.key
    from ttk_desktop.core.services.participants import ParticipantQuery, count_participants

    assert count_participants(new, ParticipantQuery()) == 1
    assert [b.kind for b in list_backups(new.path)].count("before-restore") == 1
    assert _participants(new.path, new.key) == wanted


# -- after opening: check, automatic backups ----------------------------------------------------
def test_a_good_database_is_checked_then_backed_up_daily_and_weekly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(backup_check.BackupWatcher) is not None)
    watcher = _watcher(window)
    with qtbot.waitSignal(watcher.backed_up, timeout=10000) as blocker:
        pass
    kinds = sorted(b.kind for b in blocker.args[0].made)
    assert kinds == ["daily", "weekly"]
    assert not watcher.damaged


def test_quitting_makes_the_backups_that_are_due(
    protected_ctx, qtbot, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(backup_check, "INTEGRITY_CHECK_DELAY_MS", 60_000)  # not before quitting
    path = protected_ctx.db.path
    win = MainWindow(settings, ctx=protected_ctx)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.findChild(backup_check.BackupWatcher) is not None)
    win.close()
    win.shutdown()
    assert sorted(b.kind for b in list_backups(path)) == ["daily", "weekly"]


def test_a_damaged_database_offers_the_newest_good_backup(  # type: ignore[no-untyped-def]
    protected_db: Database, qtbot, settings, monkeypatch, message_boxes
) -> None:
    from ttk_desktop.core.demo import DemoSize, build_demo
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow
    from ttk_desktop.gui.models.backup_table_model import format_when

    build_demo(protected_db, DemoSize(participants=800))
    older = back_up_now(protected_db, now=dt.datetime(2026, 12, 1, 9))
    good = back_up_now(protected_db, now=dt.datetime(2026, 12, 2, 9))
    os.utime(older.path, (1, 1_000_000))
    os.utime(good.path, (1, 2_000_000))
    good = next(b for b in list_backups(protected_db.path) if b.path == good.path)
    wanted = _participants(good.path, protected_db.key)
    path, key, account = protected_db.path, protected_db.key, protected_db.account
    protected_db.close()
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # a failing disk, in the last quarter of the file
        fh.seek(size * 3 // 4)
        fh.write(os.urandom(16384))
    assert not check_database(path, key)
    db = open_database(path, key=key, account=account, create=False)
    ctx = AppContext(db)
    monkeypatch.setattr(backup_check, "INTEGRITY_CHECK_DELAY_MS", 0)
    win = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(backup_check.BackupWatcher) is not None)
    watcher = _watcher(win)
    with qtbot.waitSignal(watcher.checked, timeout=10000) as blocker:
        pass
    result = blocker.args[0]
    assert not result.good and result.offer is not None and result.offer.path == good.path
    # The question names the backup's date; "Yes" restores it and reopens the database.
    qtbot.waitUntil(lambda: ctx.db is not db, timeout=20000)
    ctx.tasks.wait_idle()
    question = next(text for kind, text in message_boxes.calls if kind == "question")
    assert "damaged" in question and format_when(good.when) in question
    assert check_database(path, key)
    ctx.db.close()
    # The restored file holds the backup's people (the core test compares every table).
    assert _participants(path, key) == wanted and len(wanted) == 800
    kept = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and not check_database(kept[0].path, key)
    win.close()
    ctx.tasks.shutdown()


def test_a_check_answering_after_the_window_closed_is_ignored(  # type: ignore[no-untyped-def]
    window, protected_ctx, qtbot, message_boxes
) -> None:
    """A window closed (its database deleted) while the check ran must not cry "damaged"."""
    qtbot.waitUntil(lambda: window.findChild(backup_check.BackupWatcher) is not None)
    watcher = _watcher(window)
    seen: list[Any] = []
    watcher.checked.connect(seen.append)
    window.close()
    watcher.start_check()
    protected_ctx.tasks.wait_idle()
    qtbot.wait(50)
    assert seen == [] and not watcher.damaged
    assert not [call for call in message_boxes.calls if "damaged" in call[1]]


def test_staff_are_told_to_ask_an_administrator(  # type: ignore[no-untyped-def]
    window, protected_ctx, message_boxes
) -> None:
    info = back_up_now(protected_ctx.db)
    protected_ctx.db.account = Account("staff1", Role.STAFF)
    listed = next(b for b in list_backups(protected_ctx.db.path) if b.path == info.path)
    backup_check.offer_restore(
        window, backup_check.CheckResult(protected_ctx.db.path, False, listed)
    )
    assert message_boxes.calls[-1][0] == "warning"
    assert "Ask an administrator" in message_boxes.calls[-1][1]
    assert QApplication.activeModalWidget() is None


def test_a_database_too_damaged_to_open_offers_the_newest_good_backup(  # type: ignore[no-untyped-def]
    db: Database, qtbot, settings, message_boxes
) -> None:
    """Opening fails on a broken header: the window offers the backup, restores it, opens."""
    from ttk_desktop.gui.main_window import MainWindow

    _register(db, "Ayşe")
    good = back_up_now(db)
    wanted = _participants(good.path, None)
    path = db.path
    db.close()
    with open(path, "r+b") as fh:  # the header and first page, as a failing disk leaves them
        fh.write(os.urandom(4096))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_database(path)
    qtbot.waitUntil(lambda: win.ctx is not None and win.ctx.ready, timeout=20000)
    question = next(text for kind, text in message_boxes.calls if kind == "question")
    assert "damaged" in question
    assert win.isVisible()
    assert _participants(path, None) == wanted
    assert [b.kind for b in list_backups(path)].count("before-restore") == 1
    win.close()
    win.shutdown()


def test_saying_no_to_the_backup_shows_the_error_and_closes(  # type: ignore[no-untyped-def]
    db: Database, qtbot, settings, message_boxes
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ttk_desktop.gui.main_window import MainWindow

    back_up_now(db)
    path = db.path
    db.close()
    with open(path, "r+b") as fh:
        fh.write(os.urandom(4096))
    before = path.read_bytes()
    message_boxes.answer = QMessageBox.StandardButton.No
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_database(path)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=20000)
    assert path.read_bytes() == before
    win.shutdown()


def test_file_menu_opens_the_backups_dialog(window, qtbot, on_modal) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from ttk_desktop.gui.dialogs.backups_dialog import BackupsDialog

    action = window.findChild(QAction, "action_backups")
    qtbot.waitUntil(action.isEnabled)
    seen: list[Any] = []

    def close(dialog: Any) -> None:
        seen.append(dialog)
        dialog.reject()

    on_modal(close)
    action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], BackupsDialog)


def test_a_backup_is_deleted_from_the_dialog_after_a_question(  # type: ignore[no-untyped-def]
    window, protected_ctx, qtbot, message_boxes
) -> None:
    """Backups made by hand stay until deleted (with values an erasure removed)."""
    from ttk_desktop.core.db.connect import key_file_path

    info = back_up_now(protected_ctx.db)
    dialog = _dialog(protected_ctx, window, qtbot)
    row = next(
        n for n in range(dialog.model.rowCount()) if dialog.model.row_at(n).path == info.path
    )
    dialog.table.selectRow(row)
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert info.path.is_file()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy and info.path not in [row.path for row in dialog.model.rows()]
    )
    assert not info.path.exists() and not key_file_path(info.path).exists()
    question = message_boxes.calls[-1][1]
    assert info.path.name in question and "cannot be brought back" in question
    assert "Deleted" in dialog.status.text()
