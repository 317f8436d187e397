"""The Groups tab on a real database: forms, the member picker, warnings, deletes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ttk_desktop.core import vocab
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services import groups as groups_service
from ttk_desktop.core.services import participants as participants_service
from ttk_desktop.core.services import sessions as sessions_service
from ttk_desktop.gui.dialogs.group_dialog import GroupDialog
from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickerDialog
from ttk_desktop.gui.dialogs.session_dialog import SessionDialog
from ttk_desktop.gui.models.group_table_model import MemberTableModel
from ttk_desktop.gui.views.groups_view import GroupsView


def years_ago(years: int, extra_days: int = 30) -> dt.date:
    """A birth date ``years`` full years and ``extra_days`` ago: the age today is ``years``.

    The birthday passed ``extra_days`` ago, whatever today's date (it used to be
    taken from 1 January, which made people a year older in December).
    """
    today = dt.date.today()
    anniversary = dt.date(today.year - years, today.month, min(today.day, 28))
    return anniversary - dt.timedelta(days=extra_days)


def add_person(db, first: str, last: str, birth: dt.date | None = None):  # type: ignore[no-untyped-def]
    return participants_service.create_participant(
        db,
        ParticipantInput(
            first_name=first,
            last_name=last,
            gender="female",
            birth_date=birth,
            consent_given=True,
            consent_date=dt.date.today(),
        ),
    )


@pytest.fixture
def view(ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = GroupsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading)
    yield widget
    qtbot.waitUntil(lambda: not widget.loading)
    ctx.tasks.wait_idle()


def wait_idle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)


def test_create_group_and_session_through_forms(view, ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.new_group_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, GroupDialog)
    dialog.group_type.setCurrentIndex(dialog.group_type.findData(vocab.CHILDREN_ASSEMBLY))

    # Saving without a name shows the problem under the field and keeps the form open.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.labels["name"].isVisible()
    assert "name is required" in dialog.errors.labels["name"].text()
    assert view.active_dialog is dialog

    type_text(dialog.name, "Çocuk Meclisi Fatih")
    type_text(dialog.facilitator, "Ayşe Yılmaz")
    dialog.end_date.setDate(dialog.start_date.date().addDays(-1))
    assert dialog.errors.labels["end_date"].isVisible()  # end before start, shown at once
    dialog.end_date.setDate(dialog.start_date.date().addMonths(6))
    assert not dialog.errors.labels["end_date"].isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.active_dialog is None)
    qtbot.waitUntil(lambda: view.group_model.rowCount() == 1 and view.details is not None)

    saved = groups_service.list_groups(ctx.db)
    assert [(g.name, g.type, g.facilitator) for g in saved] == [
        ("Çocuk Meclisi Fatih", vocab.CHILDREN_ASSEMBLY, "Ayşe Yılmaz")
    ]
    assert view.current_group().id == saved[0].id
    assert "Çocuk Meclisi Fatih" in view.group_title.text()

    qtbot.mouseClick(view.new_session_button, Qt.MouseButton.LeftButton)
    session_dialog = view.active_dialog
    assert isinstance(session_dialog, SessionDialog)
    type_text(session_dialog.topic, "Çocuk hakları")
    type_text(session_dialog.place, "Salon 2")
    session_dialog.start_time.setTime(session_dialog.start_time.time().fromString("10:00", "HH:mm"))
    session_dialog.end_time.setTime(session_dialog.end_time.time().fromString("09:00", "HH:mm"))
    qtbot.mouseClick(session_dialog.save_button, Qt.MouseButton.LeftButton)
    assert session_dialog.errors.labels["end_time"].isVisible()
    session_dialog.end_time.setTime(session_dialog.end_time.time().fromString("12:00", "HH:mm"))
    qtbot.mouseClick(session_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 1)
    wait_idle(qtbot, view)

    sessions = sessions_service.list_sessions(ctx.db, group_id=saved[0].id)
    assert [(s.topic, s.place, s.start_time, s.end_time) for s in sessions] == [
        ("Çocuk hakları", "Salon 2", "10:00", "12:00")
    ]
    assert view.current_session().id == sessions[0].id
    assert view.group_model.row_at(0).session_count == 1


def test_edit_group_and_filter_by_type(view, ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    groups_service.create_group(ctx.db, GroupInput(type="solidarity_group", name="Dayanışma"))
    groups_service.create_group(ctx.db, GroupInput(type=vocab.REFUGEE_ASSEMBLY, name="Meclis"))
    view.refresh()
    qtbot.waitUntil(lambda: view.group_model.rowCount() == 2)
    view.type_filter.setCurrentIndex(view.type_filter.findData("solidarity_group"))
    qtbot.waitUntil(lambda: view.group_model.rowCount() == 1)
    assert view.group_model.row_at(0).name == "Dayanışma"
    wait_idle(qtbot, view)

    view.edit_group()
    dialog = view.active_dialog
    assert isinstance(dialog, GroupDialog)
    assert dialog.name.text() == "Dayanışma"
    dialog.name.clear()
    type_text(dialog.name, "Dayanışma Grubu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            view.group_model.rowCount() == 1
            and view.group_model.row_at(0).name == "Dayanışma Grubu"
        )
    )
    wait_idle(qtbot, view)


def test_group_form_reads_offices_off_the_gui_thread(ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The office choice fills from a worker; an edited group shows its office meanwhile."""
    from ttk_desktop.core.services import offices as offices_service

    offices_service.ensure_office(ctx.db, "GAZ", "Gaziantep Toplum Merkezi")
    readers: list[threading.Thread] = []
    real_list = offices_service.list_offices

    def list_offices(db):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real_list(db)

    monkeypatch.setattr(offices_service, "list_offices", list_offices)
    dialog = GroupDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.office.isEnabled() and dialog.office.count() == 0
    qtbot.waitUntil(dialog.office.isEnabled)
    assert readers and all(t is not threading.main_thread() for t in readers)
    assert [dialog.office.itemData(i) for i in range(dialog.office.count())] == ["GAZ", "IST"]
    assert dialog.office.currentData() == "IST"  # this database's own office

    group = groups_service.create_group(
        ctx.db, GroupInput(type=vocab.REFUGEE_ASSEMBLY, name="Meclis", office_code="GAZ")
    )
    edit = GroupDialog(ctx, None, group)
    qtbot.addWidget(edit)
    assert edit.office.currentData() == "GAZ"  # before the list arrives
    qtbot.waitUntil(edit.office.isEnabled)
    assert edit.office.currentData() == "GAZ" and edit.office.count() == 2
    assert edit.group_input().office_code == "GAZ"


def children_assembly_with_people(db):  # type: ignore[no-untyped-def]
    group = groups_service.create_group(
        db, GroupInput(type=vocab.CHILDREN_ASSEMBLY, name="Çocuk Meclisi")
    )
    adult = add_person(db, "Ahmet", "Kaya", years_ago(20))
    child = add_person(db, "Zeynep", "Kaya", years_ago(14))
    return group, adult, child


def test_add_members_through_picker_warns_about_ages(view, ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    group, adult, child = children_assembly_with_people(ctx.db)
    add_person(ctx.db, "Mehmet", "Demir", years_ago(13))
    view.refresh()
    qtbot.waitUntil(lambda: view.details is not None and view.details.group.id == group.id)

    qtbot.mouseClick(view.add_members_button, Qt.MouseButton.LeftButton)
    picker = view.active_dialog
    assert isinstance(picker, ParticipantPickerDialog)
    type_text(picker.search, "kaya")  # search as you type, folded (no Turkish letters needed)
    qtbot.waitUntil(lambda: not picker.loading and picker.model.rowCount() == 2)
    assert {p.id for p in picker.model.rows()} == {adult.id, child.id}

    # Choosing the 20-year-old warns before anything is added.
    picker.select_ids([adult.id, child.id])
    assert picker.age_warning.isVisible()
    assert "Ahmet Kaya (20)" in picker.age_warning.text()
    picker.select_ids([child.id])
    assert not picker.age_warning.isVisible()
    picker.select_ids([adult.id, child.id])
    qtbot.mouseClick(picker.accept_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.member_model.rowCount() == 2, timeout=5000)
    wait_idle(qtbot, view)
    members = groups_service.list_members(ctx.db, group.id)
    assert {m.id for m in members} == {adult.id, child.id}

    # The members list shows the warning label and marks the adult's row.
    assert view.age_warning.isVisible()
    assert view.age_warning.text().startswith("1 member")
    notes = {
        row.participant.id: view.member_model.index(i, MemberTableModel.NOTE).data()
        for i, row in enumerate(view.member_model.rows())
    }
    assert notes == {adult.id: "Outside ages 12-16", child.id: ""}

    # People already in the group are shown but cannot be chosen again.
    view.add_members()
    picker = view.active_dialog
    type_text(picker.search, "kaya")
    qtbot.waitUntil(lambda: not picker.loading and picker.model.rowCount() == 2)
    assert not picker.accept_button.isEnabled()
    assert picker.model.index(0, picker.model.NOTE).data() == "Already on the list"
    picker.reject()
    wait_idle(qtbot, view)


def test_remove_member_asks_first(view, ctx, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    group, adult, child = children_assembly_with_people(ctx.db)
    groups_service.add_member(ctx.db, group.id, adult.id)
    groups_service.add_member(ctx.db, group.id, child.id)
    view.refresh()
    qtbot.waitUntil(lambda: view.member_model.rowCount() == 2)
    assert view.age_warning.isVisible()
    row = [r.participant.id for r in view.member_model.rows()].index(adult.id)
    view.members_table.selectRow(row)
    view.members_table.setFocus()

    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(view.members_table, Qt.Key.Key_Delete)
    assert message_boxes.calls[-1][0] == "question"
    assert "Ahmet Kaya" in message_boxes.calls[-1][1]
    wait_idle(qtbot, view)
    assert len(groups_service.list_members(ctx.db, group.id)) == 2

    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(view.members_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.member_model.rowCount() == 1)
    wait_idle(qtbot, view)
    assert [m.id for m in groups_service.list_members(ctx.db, group.id)] == [child.id]
    assert not view.age_warning.isVisible()


def test_delete_session_and_group_with_confirmation(view, ctx, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    group = groups_service.create_group(ctx.db, GroupInput(type="needs_analysis", name="İhtiyaç"))
    for day in (1, 2):
        sessions_service.create_session(
            ctx.db, SessionInput(group_id=group.id, date=dt.date(2025, 3, day))
        )
    view.refresh()
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 2)
    view.sessions_table.selectRow(0)
    view.sessions_table.setFocus()
    qtbot.keyClick(view.sessions_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 1)
    assert message_boxes.calls[-1][0] == "question"
    assert len(sessions_service.list_sessions(ctx.db, group_id=group.id)) == 1

    view.groups_table.setFocus()
    qtbot.keyClick(view.groups_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.group_model.rowCount() == 0)
    assert "İhtiyaç" in message_boxes.calls[-1][1]
    wait_idle(qtbot, view)
    assert groups_service.list_groups(ctx.db) == []
    assert not view.new_session_button.isEnabled()


def test_ctrl_n_follows_focus_and_wins_over_the_window_action(view, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The main window binds Ctrl+N window-wide; inside this tab the tab's own Ctrl+N wins."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    groups_service.create_group(ctx.db, GroupInput(type="awareness_activity", name="Farkındalık"))
    window = QMainWindow()
    qtbot.addWidget(window)
    window_hits: list[str] = []
    action = QAction("New participant", window)
    action.setShortcut("Ctrl+N")
    action.triggered.connect(lambda: window_hits.append("window"))
    window.menuBar().addMenu("File").addAction(action)
    view.setParent(window)
    window.setCentralWidget(view)
    window.show()
    window.activateWindow()
    view.refresh()
    qtbot.waitUntil(lambda: view.details is not None and not view.loading)

    def press_ctrl_n(widget):  # type: ignore[no-untyped-def]
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = view.active_dialog
        assert dialog is not None
        dialog.reject()
        return dialog

    assert isinstance(press_ctrl_n(view.groups_table), GroupDialog)
    assert isinstance(press_ctrl_n(view.sessions_table), SessionDialog)
    assert isinstance(press_ctrl_n(view.members_table), ParticipantPickerDialog)
    assert window_hits == []
    wait_idle(qtbot, view)
    window.takeCentralWidget()  # the view fixture closes the view itself
    view.setParent(None)


def test_splitters_and_columns_are_remembered(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = GroupsView(ctx)
    qtbot.addWidget(first)
    first.resize(1000, 600)
    first.show()
    qtbot.waitUntil(lambda: not first.loading)
    first.splitter.setSizes([300, 700])
    first.groups_table.setColumnWidth(1, 222)
    sizes = first.splitter.sizes()
    first.hide()  # saving happens when the tab is hidden or the window closes

    second = GroupsView(ctx)
    qtbot.addWidget(second)
    second.resize(1000, 600)
    second.show()
    qtbot.waitUntil(lambda: not second.loading)
    assert second.splitter.sizes() == sizes
    assert second.groups_table.columnWidth(1) == 222
    ctx.tasks.wait_idle()
