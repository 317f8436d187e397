"""Reading the audit log (#16): filters by person, record, account and date; administrators only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.errors import NotFoundError
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.security.accounts import add_account
from ttk_desktop.core.security.audit import audit_accounts, read_audit_log
from ttk_desktop.core.security.login import login
from ttk_desktop.core.security.roles import PermissionDeniedError, Role
from ttk_desktop.core.services import groups, participants, sessions


def _people(db: Database) -> tuple[int, str, int, str, int]:
    """Two people; the first joins a group and is ticked present at its meeting."""
    ayse = participants.create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
    omar = participants.create_participant(db, ParticipantInput("Omar", "Hassan"))
    group = groups.create_group(db, GroupInput("solidarity_group", "Kadınlar"))
    groups.add_member(db, group.id, ayse.id)
    meeting = sessions.create_session(db, SessionInput(group.id, dt.date(2026, 11, 2)))
    sessions.set_attendance(db, meeting.id, ayse.id, True)
    participants.update_participant(db, omar.id, ParticipantInput("Omar", "Hasan"))
    return ayse.id, ayse.uuid, omar.id, group.uuid, meeting.id


def test_person_finds_their_record_memberships_and_ticks(protected_db: Database) -> None:
    ayse_id, ayse_uuid, _omar, _group, _meeting = _people(protected_db)
    by_id = read_audit_log(protected_db, person=ayse_id)
    by_uuid = read_audit_log(protected_db, person=ayse_uuid)
    assert by_id == by_uuid
    assert [(row.action, row.table) for row in by_id] == [
        ("insert", "attendance"),
        ("insert", "group_members"),
        ("insert", "participants"),
    ]
    assert by_id[-1].changes["first_name"] == "Ayşe"
    assert all(row.account == "admin" for row in by_id)


def test_record_filter_is_exact(protected_db: Database) -> None:
    _ayse, _uuid, _omar, group_uuid, _meeting = _people(protected_db)
    rows = read_audit_log(protected_db, record=group_uuid)
    assert [(row.action, row.table) for row in rows] == [("insert", "groups")]
    assert read_audit_log(protected_db, record=group_uuid[:8]) == []


def test_account_filter(protected_db: Database, tmp_path: Path) -> None:
    add_account(protected_db, "zeynep", Role.STAFF, "zeynep-password")
    staff = login(protected_db.path, "zeynep", "zeynep-password")
    try:
        participants.create_participant(staff, ParticipantInput("Mehmet", "Kaya"))
    finally:
        staff.close()
    rows = read_audit_log(protected_db, account="zeynep")
    assert [(row.action, row.table) for row in rows] == [
        ("insert", "participants"),
        ("login", "accounts"),
    ]
    assert {row.account for row in read_audit_log(protected_db, account="admin")} == {"admin"}
    assert {"admin", "zeynep"} <= set(audit_accounts(protected_db))


def test_date_range_includes_both_days(protected_db: Database) -> None:
    _people(protected_db)
    today = dt.datetime.now(dt.UTC).date()
    everything = read_audit_log(protected_db)
    assert read_audit_log(protected_db, date_from=today, date_to=today) == everything
    assert read_audit_log(protected_db, date_to=today - dt.timedelta(days=1)) == []
    assert read_audit_log(protected_db, date_from=today + dt.timedelta(days=1)) == []


def test_pages_by_key_newest_first(protected_db: Database) -> None:
    _people(protected_db)
    everything = read_audit_log(protected_db)
    assert [row.id for row in everything] == sorted((row.id for row in everything), reverse=True)
    pages: list[int] = []
    after = None
    while True:
        page = read_audit_log(protected_db, limit=2, after=after)
        if not page:
            break
        pages += [row.id for row in page]
        after = page[-1].id
    assert pages == [row.id for row in everything]


def test_unknown_person_number_is_named(protected_db: Database) -> None:
    with pytest.raises(NotFoundError, match="4711"):
        read_audit_log(protected_db, person=4711)


@pytest.mark.parametrize("role", [Role.STAFF, Role.VIEWER])
def test_staff_and_viewers_are_refused(protected_db: Database, role: Role) -> None:
    add_account(protected_db, "someone", role, "someone-password")
    other = login(protected_db.path, "someone", "someone-password")
    try:
        with pytest.raises(PermissionDeniedError, match="read the audit log"):
            read_audit_log(other)
        with pytest.raises(PermissionDeniedError):
            audit_accounts(other)
    finally:
        other.close()


def test_reading_never_changes_the_log(protected_db: Database) -> None:
    _people(protected_db)
    before = read_audit_log(protected_db)
    read_audit_log(protected_db, person=before[-1].record)
    assert read_audit_log(protected_db) == before
