"""The attendance screen on a real database: keyboard ticks, walk-ins, failures."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services import groups as groups_service
from ttk_desktop.core.services import participants as participants_service
from ttk_desktop.core.services import sessions as sessions_service
from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickerDialog
from ttk_desktop.gui.models.attendance_model import AttendanceModel
from ttk_desktop.gui.views import attendance_view as attendance_module
from ttk_desktop.gui.views.attendance_view import AttendanceView
from ttk_desktop.gui.views.groups_view import GroupsView

SESSION_DAY = dt.date(2025, 3, 10)


def add_person(db, first: str, last: str, birth: dt.date | None = None):  # type: ignore[no-untyped-def]
    return participants_service.create_participant(
        db,
        ParticipantInput(
            first_name=first,
            last_name=last,
            gender="female",
            birth_date=birth,
            nationality="SY",
            consent_given=True,
            consent_date=dt.date(2025, 1, 1),
        ),
    )


@pytest.fixture
def setup(ctx):  # type: ignore[no-untyped-def]
    """A group with three members (alphabetical: Demir, Işık, Kaya) and one session."""
    db = ctx.db
    group = groups_service.create_group(db, GroupInput(type="refugee_assembly", name="Meclis"))
    people = [
        add_person(db, "Omar", "Kaya", dt.date(1990, 1, 1)),
        add_person(db, "Ayşe", "Demir", dt.date(1980, 1, 1)),
        add_person(db, "İbrahim", "Işık", dt.date(2000, 1, 1)),
    ]
    for person in people:
        groups_service.add_member(db, group.id, person.id)
    session = sessions_service.create_session(
        db, SessionInput(group_id=group.id, date=SESSION_DAY, topic="Haklar")
    )
    by_last = {p.last_name: p for p in people}
    return group, session, by_last


@pytest.fixture
def view(ctx, qtbot, setup):  # type: ignore[no-untyped-def]
    _group, session, _people = setup
    widget = AttendanceView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.open_session(session.id)
    qtbot.waitUntil(lambda: not widget.loading and widget.model.rowCount() == 3)
    yield widget
    qtbot.waitUntil(lambda: not widget.loading)
    ctx.tasks.wait_idle()


def present_ids(db, session_id: int) -> set[int]:  # type: ignore[no-untyped-def]
    return {r.participant.id for r in sessions_service.attendance_rows(db, session_id) if r.present}


def counted(db) -> int:  # type: ignore[no-untyped-def]
    """Distinct people the statistics count for March 2025."""
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics

    stats = compute_statistics(db, StatsFilter(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    return stats.distinct_participants


def test_rows_are_numbered_in_sheet_order(view, setup) -> None:  # type: ignore[no-untyped-def]
    names = [
        view.model.index(r, AttendanceModel.LAST_NAME).data() for r in range(view.model.rowCount())
    ]
    assert names == ["Demir", "Işık", "Kaya"]
    assert [view.model.index(r, AttendanceModel.NUMBER).data() for r in range(3)] == [
        "1",
        "2",
        "3",
    ]
    assert "Meclis" in view.title.text() and "Haklar" in view.title.text()
    assert view.counts.text() == "Present: 0 / registered: 3"


def test_tick_with_keyboard_is_saved_and_counted(view, ctx, qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _group, session, people = setup
    table = view.table
    table.setFocus()
    assert table.currentIndex().row() == 0

    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    saved = []
    view.attendance_saved.connect(lambda *args: saved.append(args))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.row_at(1).present)
    assert saved == [(session.id, people["Işık"].id, True)]
    assert present_ids(ctx.db, session.id) == {people["Işık"].id}
    assert view.counts.text() == "Present: 1 / registered: 3"
    assert counted(ctx.db) == 1

    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.present_count() == 2)
    assert counted(ctx.db) == 2

    # Unticking removes the person from the session and from the statistics.
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.model.row_at(1).present and not view.loading)
    assert present_ids(ctx.db, session.id) == {people["Kaya"].id}
    assert counted(ctx.db) == 1
    assert view.counts.text() == "Present: 1 / registered: 3"


def test_clicking_the_tick_box_saves_too(view, ctx, qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _group, session, people = setup
    index = view.model.index(0, AttendanceModel.PRESENT)
    view.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: view.model.row_at(0).present and not view.loading)
    assert present_ids(ctx.db, session.id) == {people["Demir"].id}


def test_type_ahead_jumps_to_names_and_row_numbers(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = view.table
    table.setFocus()
    qtbot.keyClicks(table, "ka")
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Up)  # ends the type-ahead
    qtbot.keyClicks(table, "isi")  # "Işık" typed on a keyboard without Turkish letters
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClicks(table, "1")  # row number from the signed paper
    assert table.currentIndex().row() == 0


def test_failed_save_shows_no_tick(view, ctx, qtbot, setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _group, session, _people = setup
    shown: list[BaseException] = []
    monkeypatch.setattr(attendance_module, "show_error", lambda _parent, error: shown.append(error))

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise TtkError("The database file is read-only.")

    monkeypatch.setattr(sessions_service, "set_attendance", broken)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.waitUntil(lambda: not view.loading)
    assert str(shown[0]) == "The database file is read-only."
    assert not view.model.row_at(0).present
    assert not view.model.is_pending(view.model.row_at(0).participant.id)
    index = view.model.index(0, AttendanceModel.PRESENT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert present_ids(ctx.db, session.id) == set()


def test_walk_in_registration_ticks_the_new_person(view, ctx, qtbot, setup, type_text) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

    group, session, _people = setup
    qtbot.mouseClick(view.walk_in_button, Qt.MouseButton.LeftButton)
    dialog = view.active_dialog
    assert isinstance(dialog, ParticipantDialog)
    type_text(dialog.first_name, "Zehra")
    type_text(dialog.last_name, "Aydın")
    dialog.consent_given.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.loading, timeout=5000)
    row = view.table.currentIndex().row()
    new = view.model.row_at(row)
    assert new.participant.full_name == "Zehra Aydın"
    assert new.present and new.member
    assert present_ids(ctx.db, session.id) == {new.participant.id}
    assert new.participant.id in {m.id for m in groups_service.list_members(ctx.db, group.id)}
    assert view.model.row_at(0).participant.last_name == "Aydın"  # sheet order kept
    assert counted(ctx.db) == 1


def test_add_registered_person_through_the_search_box(view, ctx, qtbot, setup, type_text) -> None:  # type: ignore[no-untyped-def]
    _group, session, _people = setup
    guest = add_person(ctx.db, "Hasan", "Yıldız", dt.date(1970, 1, 1))
    type_text(view.search, "yildiz")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    picker = view.active_dialog
    assert isinstance(picker, ParticipantPickerDialog)
    assert picker.search.text() == "yildiz"
    qtbot.waitUntil(lambda: not picker.loading and picker.model.rowCount() == 1)
    assert picker.selected_records() == [guest]
    qtbot.mouseClick(picker.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.loading)
    assert present_ids(ctx.db, session.id) == {guest.id}
    assert view.model.row_at(view.table.currentIndex().row()).participant.id == guest.id


def test_groups_tab_opens_attendance_and_updates_counts(ctx, qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _group, _session, _people = setup
    groups = GroupsView(ctx)
    qtbot.addWidget(groups)
    groups.resize(1200, 700)
    groups.show()
    qtbot.waitUntil(lambda: groups.session_model.rowCount() == 1 and not groups.loading)
    groups.sessions_table.selectRow(0)
    groups.sessions_table.setFocus()
    qtbot.keyClick(groups.sessions_table, Qt.Key.Key_Return)
    assert groups.stack.currentWidget() is groups.attendance
    qtbot.waitUntil(lambda: groups.attendance.model.rowCount() == 3 and not groups.loading)

    qtbot.keyClick(groups.attendance.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: groups.attendance.model.present_count() == 1)
    # The sessions list behind reloads its present count from the change notice.
    qtbot.waitUntil(
        lambda: groups.session_model.row_at(0).present_count == 1 and not groups.loading
    )

    groups.attendance.table.setFocus()
    qtbot.keyClick(groups.attendance.table, Qt.Key.Key_Escape)
    assert groups.stack.currentIndex() == groups.BROWSER_PAGE
    ctx.tasks.wait_idle()


def test_ctrl_n_registers_a_walk_in_and_ctrl_f_goes_to_the_search(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(view.active_dialog, ParticipantDialog)
    view.active_dialog.reject()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_f5_notice_reloads_the_list(view, ctx, qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    group, _session, _people = setup
    newcomer = add_person(ctx.db, "Leyla", "Acar", dt.date(1995, 1, 1))
    groups_service.add_member(ctx.db, group.id, newcomer.id)
    ctx.notify("refresh")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.loading)
    assert view.model.row_at(0).participant.id == newcomer.id


def test_someone_born_after_the_session_is_flagged_and_cannot_be_ticked(  # type: ignore[no-untyped-def]
    view, ctx, qtbot, setup, monkeypatch
) -> None:
    """Issue #11: the tick used to land and the statistics counted an "unknown" age."""
    group, session, _people = setup
    baby = add_person(ctx.db, "Bebek", "Acar", dt.date(2025, 6, 1))  # first in sheet order
    groups_service.add_member(ctx.db, group.id, baby.id)
    ctx.notify("refresh")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and not view.loading)
    assert view.model.row_at(0).participant.id == baby.id
    note = view.model.index(0, AttendanceModel.NOTE).data()
    assert "Born after this session" in note
    assert view.model.index(0, AttendanceModel.LAST_NAME).data(Qt.ItemDataRole.DecorationRole)
    assert "Born after" not in (view.model.index(1, AttendanceModel.NOTE).data() or "")

    shown: list[BaseException] = []
    monkeypatch.setattr(attendance_module, "show_error", lambda _parent, error: shown.append(error))
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, AttendanceModel.PRESENT))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(shown) and not view.loading)
    message = str(shown[0])
    assert "Bebek Acar" in message and "01.06.2025" in message and "10.03.2025" in message
    assert not view.model.row_at(0).present
    assert present_ids(ctx.db, session.id) == set()
    assert counted(ctx.db) == 0
