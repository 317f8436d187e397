"""The Groups screen's item models on plain rows, with no window and no database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt

from ttk_desktop.core.records import AttendanceRow, GroupRecord, ParticipantRecord, SessionRecord
from ttk_desktop.gui.models.attendance_model import AttendanceModel
from ttk_desktop.gui.models.group_table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    GroupTableModel,
    MemberTableModel,
    member_rows,
)
from ttk_desktop.gui.models.session_table_model import SessionTableModel


def person(pid: int, first: str, last: str, birth: dt.date | None = None) -> ParticipantRecord:
    from ttk_desktop.core import textfold

    return ParticipantRecord(
        id=pid,
        uuid=f"u{pid}",
        office_code="IST",
        external_id=f"P{pid:03}",
        first_name=first,
        last_name=last,
        first_name_ar=None,
        last_name_ar=None,
        gender="female",
        birth_date=birth,
        birth_date_estimated=False,
        nationality="SY",
        phone=None,
        consent_given=True,
        consent_date=dt.date(2024, 1, 1),
        disability=None,
        notes=None,
        hlc="",
        sort_key=textfold.sort_key(last, first),
    )


def group(gid: int, name: str, start: dt.date | None, members: int) -> GroupRecord:
    return GroupRecord(
        id=gid,
        uuid=f"g{gid}",
        office_code="IST",
        external_id=None,
        type="children_assembly",
        name=name,
        facilitator="Ayşe",
        start_date=start,
        end_date=None,
        description="about",
        member_count=members,
        session_count=1,
    )


def session(sid: int, day: dt.date, start: str | None, present: int) -> SessionRecord:
    return SessionRecord(
        id=sid,
        uuid=f"s{sid}",
        group_id=1,
        group_name="G",
        group_type="refugee_assembly",
        facilitator=None,
        office_code="IST",
        external_id=None,
        date=day,
        start_time=start,
        end_time="12:00" if start else None,
        topic="Rights",
        place="Hall",
        present_count=present,
    )


def test_group_model_rows_and_sort_role(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = GroupTableModel()
    model.set_rows([group(1, "Zeytin", dt.date(2024, 5, 1), 3), group(2, "Çınar", None, 12)])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.index(0, GroupTableModel.TYPE).data() == "Children's Assembly"
    assert model.index(1, GroupTableModel.MEMBERS).data() == "12"
    assert model.index(0, GroupTableModel.START).data(SORT_ROLE) == QDate(2024, 5, 1)
    assert model.index(1, GroupTableModel.MEMBERS).data(SORT_ROLE) == 12
    assert model.index(1, GroupTableModel.NAME).data(RECORD_ROLE).id == 2
    assert model.headerData(GroupTableModel.NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.row_of(2) == 1

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(GroupTableModel.MEMBERS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, GroupTableModel.NAME).data() == "Çınar"
    # Folded names: Ç sorts next to C, before Z.
    proxy.sort(GroupTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, GroupTableModel.NAME).data() == "Çınar"

    model.set_rows([])
    assert model.rowCount() == 0


def test_member_model_flags_ages(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2025, 6, 1)
    members = [person(1, "Ali", "Kaya", dt.date(2005, 1, 1)), person(2, "Sara", "Demir", None)]
    model = MemberTableModel()
    model.set_rows(member_rows(members, [1], day))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, MemberTableModel.AGE).data() == "20"
    assert model.index(0, MemberTableModel.NOTE).data() == "Outside ages 12-16"
    assert model.index(0, MemberTableModel.LAST_NAME).data(Qt.ItemDataRole.DecorationRole)
    assert model.index(1, MemberTableModel.NOTE).data() == ""
    assert model.warning_count() == 1


def test_session_model_sorts_by_date_and_time(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SessionTableModel()
    model.set_rows(
        [
            session(1, dt.date(2025, 3, 2), "14:00", 4),
            session(2, dt.date(2025, 3, 2), "09:30", 7),
            session(3, dt.date(2025, 1, 9), None, 0),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, SessionTableModel.TIME).data() == "09:30\u201312:00"
    assert model.index(0, SessionTableModel.PRESENT).data() == "4"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
    ids = [proxy.index(r, 0).data(RECORD_ROLE).id for r in range(3)]
    assert ids == [3, 2, 1]


def attendance_rows() -> list[AttendanceRow]:
    return [
        AttendanceRow(person(1, "Ayşe", "Demir", dt.date(2012, 2, 1)), True, True),
        AttendanceRow(person(2, "İbrahim", "Işık", dt.date(1990, 1, 1)), False, True),
        AttendanceRow(person(3, "Omar", "Kaya", None), True, False),
    ]


def test_attendance_model_rows(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AttendanceModel()
    model.set_rows(attendance_rows(), day=dt.date(2025, 6, 1), age_range=(12, 16))
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, AttendanceModel.NUMBER).data() for r in range(3)] == ["1", "2", "3"]
    check = model.index(0, AttendanceModel.PRESENT)
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert check.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(1, AttendanceModel.NOTE).data() == "Outside ages 12-16"
    assert model.index(2, AttendanceModel.NOTE).data() == "Not a member"
    assert model.present_count() == 2
    assert model.registered_count() == 3


def test_attendance_model_never_ticks_by_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tick box click asks to save; the row changes only once the save is confirmed."""
    model = AttendanceModel()
    model.set_rows(attendance_rows(), day=dt.date(2025, 6, 1))
    index = model.index(1, AttendanceModel.PRESENT)
    with qtbot.waitSignal(model.tick_requested) as blocker:
        model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == [2, True]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    model.mark_pending(2, True)
    assert model.is_pending(2)
    assert model.wanted_state(2) is True
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Saving…"
    model.apply_saved(2, True)
    assert not model.is_pending(2)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.present_count() == 3

    model.mark_pending(1, False)
    model.drop_pending(1)  # the write failed: the saved tick stays
    assert (
        model.index(0, AttendanceModel.PRESENT).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )

    model.apply_saved(3, True)  # a non-member ticked present becomes a member
    assert model.row_at(2).member


@pytest.mark.parametrize(
    ("typed", "start", "row"),
    [
        ("ka", 0, 2),  # last name prefix
        ("ISIK", 0, 1),  # Turkish dotted/dotless I and ş folded
        ("ibra", 0, 1),  # first name
        ("d", 1, 0),  # wraps around from the current row
        ("3", 0, 2),  # a row number from the paper sheet
        ("9", 0, -1),
        ("xyz", 0, -1),
    ],
)
def test_attendance_type_ahead(qapp, typed: str, start: int, row: int) -> None:
    model = AttendanceModel()
    model.set_rows(attendance_rows())
    assert model.find_row(typed, start) == row


def test_picker_model_marks_listed_people_and_ages(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickModel

    model = ParticipantPickModel()
    model.exclude_ids = frozenset({1})
    model.age_range = (12, 16)
    model.day = dt.date(2025, 6, 1)
    model.set_rows(
        [
            person(1, "Ali", "Kaya", dt.date(2012, 1, 1)),
            person(2, "Sara", "Demir", dt.date(2000, 1, 1)),
            person(3, "Can", "Öz", None),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, model.NOTE).data() == "Already on the list"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1, model.NOTE).data() == "Outside ages 12-16"
    assert model.index(1, model.AGE).data() == "25"
    assert model.index(1, model.BIRTH_DATE).data(SORT_ROLE) == QDate(2000, 1, 1)
    assert model.index(2, model.NOTE).data() == ""


def test_picker_marks_a_year_only_birth_date_as_estimated_like_the_list(qapp) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickModel

    model = ParticipantPickModel()
    model.day = dt.date(2025, 6, 1)
    estimated = dataclasses.replace(
        person(1, "Ali", "Kaya", dt.date(1985, 1, 1)), birth_date_estimated=True
    )
    model.set_rows([estimated])
    assert model.index(0, model.BIRTH_DATE).data() == "~1985"
