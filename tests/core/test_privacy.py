"""People's rights and retention (#16): subject report, erasure on request, retention.

Real database files; the statistics are computed before and after erasures
over random people, sessions and periods and must be identical.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import Keys, export, merge, new_hq, new_office
from exchange_helpers import person as person_by_number
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.db.models import Attendance, Group, Participant, Session
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery, age_on
from ttk_desktop.core.security import privacy
from ttk_desktop.core.security.privacy import (
    ERASED_CHANGES,
    ERASED_NAME,
    anonymise_inactive,
    erase_participant,
    inactive_participants,
    kept_birth_date,
)
from ttk_desktop.core.security.roles import PermissionDeniedError, Role
from ttk_desktop.core.security.subject_export import subject_report
from ttk_desktop.core.services.common import insert_record
from ttk_desktop.core.services.offices import setup_office
from ttk_desktop.core.services.participants import (
    create_participant,
    get_participant,
    participant_values,
    search_participants,
)
from ttk_desktop.core.statistics import AGE_EACH, AGE_FIRST, StatsFilter, compute_statistics

D = dt.date
EARLIEST, LATEST = D(1930, 1, 1), D(2024, 12, 31)


# -- the reduced birth date keeps every age ----------------------------------------


@settings(max_examples=3000, deadline=None)
@given(
    birth=st.dates(EARLIEST, D(2024, 12, 31)),
    days=st.lists(st.dates(EARLIEST, D(2035, 12, 31)), max_size=40),
)
def test_the_kept_birth_date_gives_the_same_age_on_every_attended_day(
    birth: dt.date, days: list[dt.date]
) -> None:
    kept = kept_birth_date(birth, days)
    assert kept is not None
    assert kept.year == birth.year and kept <= birth
    for day in days:
        assert age_on(kept, day) == age_on(birth, day), (birth, kept, day)
    if all((d.month, d.day) >= (birth.month, birth.day) for d in days):
        assert kept == D(birth.year, 1, 1)


def test_the_kept_birth_date_handles_29_february_and_no_birth_date() -> None:
    assert kept_birth_date(None, [D(2020, 1, 1)]) is None
    # Seen on 29 February, born 1 March of a common year: the next day is 1 March.
    assert kept_birth_date(D(2001, 3, 1), [D(2024, 2, 29)]) == D(2001, 3, 1)
    assert kept_birth_date(D(2000, 3, 5), [D(2024, 2, 29)]) == D(2000, 3, 1)
    assert kept_birth_date(D(2000, 3, 5), [D(2023, 2, 28)]) == D(2000, 2, 29)
    assert kept_birth_date(D(1990, 6, 20), []) == D(1990, 1, 1)


def test_1_january_would_change_an_age_group_which_is_why_the_day_is_chosen(db: Database) -> None:
    """Born 20 June 2006, seen on 1 March 2024: 17 that day (0-17); 1 January would make 18."""
    born = D(2006, 6, 20)
    assert age_on(born, D(2024, 3, 1)) == 17
    assert age_on(D(2006, 1, 1), D(2024, 3, 1)) == 18
    assert kept_birth_date(born, [D(2024, 3, 1)]) == D(2006, 3, 2)


# -- statistics are exactly the same after erasures ---------------------------------

GROUP_TYPES = ("refugee_assembly", "solidarity_group", "information_session")


def _birth(rng: random.Random) -> tuple[dt.date | None, bool]:
    kind = rng.random()
    if kind < 0.1:
        return None, False
    year = rng.randint(1935, 2022)
    if kind < 0.25:
        return D(year, 1, 1), True
    if rng.random() < 0.05:
        return D(2000, 2, 29), False
    return D(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364)), False


def build_random_office(db: Database, rng: random.Random, people: int, sessions: int) -> list[int]:
    """People, groups, sessions 2018-2024 and attendance, in one transaction (fast)."""
    ids: list[int] = []
    with db.write() as writer:
        office_id = db.office_id()
        for n in range(people):
            birth, estimated = _birth(rng)
            data = ParticipantInput(
                f"Ad{n}",
                f"Soyad{n}",
                gender=rng.choice(("female", "male", "other", "not_stated")),
                birth_date=birth,
                birth_date_estimated=estimated,
                nationality=rng.choice(("SY", "TR", "AF", "IQ", "unknown")),
                phone=f"0532 {n:07d}",
                external_id=f"P{n}",
                notes=rng.choice((None, f"not {n}")),
                disability=rng.choice((None, "yes", "no")),
            )
            row = insert_record(
                writer, Participant, {"office_id": office_id, **participant_values(data)}
            )
            ids.append(row.id)
        groups = [
            insert_record(
                writer,
                Group,
                {"office_id": office_id, "type": kind, "name": f"Grup {kind}", "external_id": kind},
            )
            for kind in GROUP_TYPES
        ]
        start = D(2018, 1, 1)
        for n in range(sessions):
            group = rng.choice(groups)
            day = start + dt.timedelta(days=rng.randint(0, 7 * 365))
            session = insert_record(
                writer,
                Session,
                {"group_id": group.id, "office_id": office_id, "date": day, "external_id": f"S{n}"},
            )
            for pid in rng.sample(ids, rng.randint(0, min(len(ids), 15))):
                tick = insert_record(
                    writer, Attendance, {"session_id": session.id, "participant_id": pid}
                )
                if rng.random() < 0.05:
                    tick.deleted = True  # a removed tick: does not count, may come back
    return ids


def _filters(rng: random.Random) -> list[StatsFilter]:
    periods = [(D(year, 1, 1), D(year, 12, 31)) for year in range(2018, 2025)]
    periods.append((D(2018, 1, 1), D(2024, 12, 31)))  # over many birthdays
    for _ in range(6):
        a = D(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 7 * 365))
        periods.append((a, a + dt.timedelta(days=rng.randint(0, 800))))
    out = []
    for start, end in periods:
        for method in (AGE_FIRST, AGE_EACH):
            out.append(StatsFilter(start, end, age_method=method))
        out.append(StatsFilter(start, end, group_type=rng.choice(GROUP_TYPES)))
    return out


def _all_stats(db: Database, filters: list[StatsFilter]) -> list[Any]:
    return [compute_statistics(db, flt) for flt in filters]


def _confirm_some_duplicates(db: Database, ids: list[int], rng: random.Random, pairs: int) -> None:
    from ttk_desktop.core import identity

    with db.read() as session:
        uuids = {i: u for i, u in session.execute(select(Participant.id, Participant.uuid))}
    chosen = rng.sample(ids, 2 * pairs)
    for kept, alias in zip(chosen[::2], chosen[1::2], strict=True):
        identity.confirm_same(db, uuids[kept], uuids[alias])


def test_statistics_are_identical_after_erasing_many_random_people(db: Database) -> None:
    rng = random.Random(16)
    ids = build_random_office(db, rng, people=250, sessions=120)
    _confirm_some_duplicates(db, ids, rng, pairs=6)
    filters = _filters(rng)
    before = _all_stats(db, filters)
    assert sum(s.distinct_participants for s in before) > 500  # the periods are not empty
    erased = rng.sample(ids, 90)
    for pid in erased:
        erase_participant(db, pid)
    assert _all_stats(db, filters) == before
    for pid in erased:
        record = get_participant(db, pid)
        assert (record.first_name, record.last_name) == (ERASED_NAME, ERASED_NAME)
        assert record.phone is record.notes is record.external_id is record.disability is None
        assert record.birth_date is None or record.birth_date_estimated


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 2**32 - 1))
def test_statistics_are_identical_after_erasures_for_any_office(
    seed: int, template_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / f"office-{seed}.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, actor="tester")
    try:
        setup_office(db, "IST", "İstanbul")
        rng = random.Random(seed)
        ids = build_random_office(db, rng, people=rng.randint(5, 60), sessions=rng.randint(1, 40))
        if len(ids) >= 4 and rng.random() < 0.5:
            _confirm_some_duplicates(db, ids, rng, pairs=1)
        filters = _filters(rng)
        before = _all_stats(db, filters)
        for pid in rng.sample(ids, rng.randint(1, len(ids))):
            erase_participant(db, pid)
        assert _all_stats(db, filters) == before
    finally:
        db.close()
        path.unlink()


# -- what an erasure changes ----------------------------------------------------------


def _audit(db: Database) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT id, at, actor, action, table_name, record_uuid, hlc, changes "
            "FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def _someone(db: Database, **changes: Any) -> int:
    values: dict[str, Any] = {
        "gender": "female",
        "birth_date": D(1990, 6, 20),
        "nationality": "SY",
        "phone": "0532 765 4321",
        "first_name_ar": "فاطمة",
        "notes": "Zeynep'in annesi",
        "external_id": "P77",
        "disability": "yes",
        "consent_given": True,
        "consent_date": D(2024, 1, 5),
    }
    values.update(changes)
    return create_participant(db, ParticipantInput("Fatma", "Kaya", **values)).id


def test_erasure_blanks_the_persons_audit_values_and_leaves_the_rest_of_the_log(
    db: Database,
) -> None:
    other = _someone(db, external_id="P1", phone="0532 000 0001")
    pid = _someone(db)
    from ttk_desktop.core.services.participants import update_participant

    record = get_participant(db, pid)
    update_participant(
        db, pid, ParticipantInput(**{**record.to_input().__dict__, "phone": "0533 111 2233"})
    )
    uuid = record.uuid
    before = _audit(db)
    erase_participant(db, pid)
    after = _audit(db)

    assert len(after) == len(before) + 2  # the erasure's update and its "erase" entry
    for old, new in zip(before, after, strict=False):
        if old[5] == uuid:
            assert new[:7] == old[:7] and new[7] == ERASED_CHANGES
        else:
            assert new == old
    update, erase = after[-2:]
    assert (update[3], update[5], update[7]) == ("update", uuid, ERASED_CHANGES)
    assert erase[3] == "erase" and erase[5] == uuid
    assert json.loads(erase[7]) == {"erased": True, "fields": list(privacy.ERASED_FIELDS)}
    text = "\n".join(row[7] for row in after if row[5] == uuid)
    for value in (
        "Fatma",
        "Kaya",
        "0532 765 4321",
        "0533 1",
        "فاطمة",
        "annesi",
        "P77",
        "1990-06-20",
    ):
        assert value not in text
    assert get_participant(db, other).first_name == "Fatma"  # only the person is erased


def test_erasure_keeps_what_statistics_need_and_removes_the_rest(db: Database) -> None:
    pid = _someone(db)
    before = get_participant(db, pid)
    erase_participant(db, pid)
    after = get_participant(db, pid)
    assert (after.first_name, after.last_name) == (ERASED_NAME, ERASED_NAME)
    assert after.first_name_ar is after.last_name_ar is after.phone is after.notes is None
    assert after.external_id is after.disability is None
    assert (after.gender, after.nationality, after.office_code, after.uuid) == (
        before.gender,
        before.nationality,
        before.office_code,
        before.uuid,
    )
    assert (after.consent_given, after.consent_date) == (True, D(2024, 1, 5))
    # No attendance: nothing to keep but the year.
    assert after.birth_date == D(1990, 1, 1) and after.birth_date_estimated
    assert privacy.is_erased(after.first_name, after.last_name)


def test_an_erased_name_is_not_found_by_search_and_erasing_again_changes_nothing(
    db: Database,
) -> None:
    pid = _someone(db)
    assert search_participants(db, ParticipantQuery(text="Fatma")).rows
    erase_participant(db, pid)
    assert not search_participants(db, ParticipantQuery(text="Fatma")).rows
    assert not search_participants(db, ParticipantQuery(text="0532 765")).rows
    hlc = get_participant(db, pid).hlc
    rows = len(_audit(db))
    erase_participant(db, pid)
    assert get_participant(db, pid).hlc == hlc and len(_audit(db)) == rows


def test_the_service_refuses_to_edit_an_erased_person(db: Database) -> None:
    """Not only the form: a year-only date saved back would move past ages, and a
    name or phone typed in would bring personal data back."""
    from ttk_desktop.core.services.participants import update_participant

    pid = _someone(db)
    erase_participant(db, pid)
    before = get_participant(db, pid)
    with pytest.raises(ValidationError, match="erased on request"):
        update_participant(db, pid, replace(before.to_input(), phone="0532 111 2233"))
    assert get_participant(db, pid) == before


def test_erasure_reaches_the_other_records_of_a_confirmed_person(db: Database) -> None:
    from ttk_desktop.core import identity

    kept = _someone(db)
    alias = _someone(db, external_id="P78", phone="0532 765 4322")
    uuids = [get_participant(db, pid).uuid for pid in (kept, alias)]
    identity.confirm_same(db, *uuids)
    erase_participant(db, alias)
    with db.read() as session:
        names = session.execute(
            select(Participant.first_name, Participant.phone).where(Participant.uuid.in_(uuids))
        ).all()
    assert names == [(ERASED_NAME, None), (ERASED_NAME, None)]


def test_an_erasure_blanks_its_conflict_log_values(db: Database) -> None:
    from ttk_desktop.core.db.models import Conflict

    pid = _someone(db)
    uuid = get_participant(db, pid).uuid
    with db.write() as writer:
        for field, kept, other in (
            ("phone", "0532 765 4321", "0500"),
            ("gender", "female", "male"),
        ):
            writer.session.add(
                Conflict(
                    table_name="participants",
                    record_uuid=uuid,
                    field=field,
                    kept_value=json.dumps(kept),
                    other_value=json.dumps(other),
                    kept_stamp=1,
                    other_stamp=2,
                    kept_office="IST",
                    other_office="ANK",
                    file_name="x.ttkx",
                    logged_at="2026-01-01T00:00:00+00:00",
                )
            )
    erase_participant(db, pid)
    with db.read() as session:
        rows = {
            c.field: (c.kept_value, c.other_value, c.resolved_at is not None)
            for c in session.scalars(select(Conflict))
        }
    assert rows["phone"] == ("null", "null", True)
    assert rows["gender"] == ('"female"', '"male"', False)  # kept fields stay as they were


def test_erased_people_are_not_proposed_as_duplicates(db: Database) -> None:
    """Every erased person has the same name: the duplicate finder leaves them out."""
    from ttk_desktop.core import identity

    for n in range(4):
        pid = _someone(db, external_id=f"D{n}", phone=None, birth_date=D(1990, 1 + n, 3))
        erase_participant(db, pid)
    assert identity.database_candidates(db) == []


def test_erasing_nobody_says_so(db: Database) -> None:
    with pytest.raises(NotFoundError):
        erase_participant(db, 999)


# -- the erasure travels to headquarters ----------------------------------------------


def test_an_erasure_travels_in_the_data_file_and_erases_the_person_at_headquarters(
    tmp_path: Path,
) -> None:
    keys = Keys.make(tmp_path / "keys")
    office = new_office(tmp_path / "ist.sqlite3", "IST", people=8)
    hq = new_hq(tmp_path / "hq.sqlite3")
    year = (D(2025, 1, 1), D(2025, 12, 31))
    filters = [StatsFilter(*year, age_method=m) for m in (AGE_FIRST, AGE_EACH)]
    try:
        merge(hq, keys, export(office, keys, tmp_path / "out"))
        hq_before = _all_stats(hq, filters)
        target = person_by_number(office, "IST-P003")
        person = get_participant(office, target)
        erase_participant(office, target)

        assert merge(hq, keys, export(office, keys, tmp_path / "out"))[0].status == "merged"
        at_hq = get_participant(hq, privacy.participant_id_of(hq, person.uuid))
        at_office = get_participant(office, target)
        shared = (
            "first_name",
            "last_name",
            "first_name_ar",
            "last_name_ar",
            "external_id",
            "phone",
            "notes",
            "disability",
            "birth_date",
            "birth_date_estimated",
            "gender",
            "nationality",
            "office_code",
            "sort_key",
        )
        assert [getattr(at_hq, f) for f in shared] == [getattr(at_office, f) for f in shared]
        assert (at_hq.first_name, at_hq.phone, at_hq.external_id) == (ERASED_NAME, None, None)
        found = search_participants(hq, ParticipantQuery(text=person.last_name)).rows
        assert person.uuid not in [r.uuid for r in found]
        assert _all_stats(hq, filters) == hq_before
    finally:
        office.close()
        hq.close()


def test_headquarters_blanks_its_own_logs_of_a_person_erased_at_an_office(
    tmp_path: Path,
) -> None:
    """Headquarters' conflict log and its own audit held the old values; the merge
    that brings the erasure blanks them and leaves no copy in its files."""
    from ttk_desktop.core.db.models import AuditEntry, Conflict
    from ttk_desktop.core.services.participants import update_participant

    keys = Keys.make(tmp_path / "keys")
    office = new_office(tmp_path / "ist.sqlite3", "IST", people=8)
    hq = new_hq(tmp_path / "hq.sqlite3")
    try:
        merge(hq, keys, export(office, keys, tmp_path / "out"))
        target = person_by_number(office, "IST-P003")
        uuid = get_participant(office, target).uuid
        at_hq = privacy.participant_id_of(hq, uuid)
        # Headquarters edits the person's phone, the office too: one conflict logged there.
        record = get_participant(hq, at_hq)
        update_participant(hq, at_hq, replace(record.to_input(), phone="0555 111 2233"))
        record = get_participant(office, target)
        update_participant(office, target, replace(record.to_input(), phone="0555 999 8877"))
        merge(hq, keys, export(office, keys, tmp_path / "out"))
        with hq.read() as session:
            logged = session.scalars(select(Conflict).where(Conflict.record_uuid == uuid)).all()
            assert any("0555 111 2233" in c.kept_value + c.other_value for c in logged)

        erase_participant(office, target)
        merge(hq, keys, export(office, keys, tmp_path / "out"))

        with hq.read() as session:
            logged = session.scalars(select(Conflict).where(Conflict.record_uuid == uuid)).all()
            audited = session.scalars(select(AuditEntry).where(AuditEntry.record_uuid == uuid))
            assert logged and all(c.kept_value == c.other_value == "null" for c in logged)
            assert {a.changes for a in audited} == {ERASED_CHANGES}
        assert get_participant(hq, at_hq).first_name == ERASED_NAME
        for path in hq.path.parent.iterdir():
            if path.name.startswith(hq.path.name):
                data = path.read_bytes()
                for value in ("0555 111 2233", "0555 999 8877"):
                    assert value.encode() not in data, (path.name, value)
    finally:
        office.close()
        hq.close()


# -- retention ------------------------------------------------------------------------


def test_inactive_people_are_counted_and_anonymised_in_bulk(db: Database) -> None:
    from ttk_desktop.core.records import GroupInput, SessionInput
    from ttk_desktop.core.services.groups import create_group
    from ttk_desktop.core.services.sessions import create_session, set_attendance

    today = dt.date.today()
    quiet = [_someone(db, external_id=f"Q{n}", phone=None) for n in range(3)]
    busy = _someone(db, external_id="B1", phone=None)
    group = create_group(db, GroupInput("refugee_assembly", "Meclis"))
    # Every record was changed today; seen from 6 years on, only a session then counts.
    later = today.replace(year=today.year + 5)
    session = create_session(db, SessionInput(group.id, later))
    set_attendance(db, session.id, busy, True)
    old_session = create_session(db, SessionInput(group.id, D(2019, 5, 1)))
    set_attendance(db, old_session.id, quiet[0], True)

    assert inactive_participants(db, 2, today) == []  # everyone changed today
    future = today.replace(year=today.year + 6)
    assert inactive_participants(db, 2, future) == sorted(quiet)
    assert inactive_participants(db, 10, future) == []
    stats_before = compute_statistics(db, StatsFilter(D(2019, 1, 1), later))
    assert anonymise_inactive(db, 2, future) == 3
    assert [get_participant(db, pid).first_name for pid in quiet] == [ERASED_NAME] * 3
    assert get_participant(db, busy).first_name == "Fatma"
    assert inactive_participants(db, 2, future) == []  # erased people are not listed again
    assert compute_statistics(db, StatsFilter(D(2019, 1, 1), later)) == stats_before


def test_a_long_anonymisation_reports_progress_and_stops_between_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(privacy, "BATCH", 2)
    people = [_someone(db, external_id=f"Q{n}", phone=None) for n in range(5)]
    future = dt.date.today().replace(year=dt.date.today().year + 3)
    seen: list[tuple[int, int]] = []
    done = anonymise_inactive(
        db, 1, future, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen)
    )
    assert done == 2 and seen == [(2, 5)]
    names = [get_participant(db, pid).first_name for pid in people]
    assert names.count(ERASED_NAME) == 2
    seen.clear()
    assert anonymise_inactive(db, 1, future, progress=lambda d, t: seen.append((d, t))) == 3
    assert seen == [(2, 3), (3, 3)]
    assert {get_participant(db, pid).first_name for pid in people} == {ERASED_NAME}


def test_the_retention_setting_is_kept_and_checked(db: Database) -> None:
    assert privacy.retention_years(db) is None
    privacy.set_retention_years(db, 5)
    assert privacy.retention_years(db) == 5
    with pytest.raises(ValidationError):
        privacy.set_retention_years(db, 0)
    with pytest.raises(ValidationError):
        inactive_participants(db, 0)


# -- roles ----------------------------------------------------------------------------


@pytest.fixture
def accounts(protected_db: Database) -> Database:
    from ttk_desktop.core.security.accounts import add_account

    add_account(protected_db, "ayse", Role.STAFF, "staff-password-1")
    add_account(protected_db, "veli", Role.VIEWER, "viewer-password-1")
    return protected_db


def _as(db: Database, name: str, password: str) -> Database:
    from ttk_desktop.core.security.login import login

    return login(db.path, name, password)


def test_only_administrators_erase_and_viewers_cannot_export_a_person(accounts: Database) -> None:
    pid = _someone(accounts)
    staff = _as(accounts, "ayse", "staff-password-1")
    viewer = _as(accounts, "veli", "viewer-password-1")
    try:
        for who in (staff, viewer):
            with pytest.raises(PermissionDeniedError):
                erase_participant(who, pid)
            with pytest.raises(PermissionDeniedError):
                anonymise_inactive(who, 1)
        with pytest.raises(PermissionDeniedError):
            subject_report(viewer, pid)
        with pytest.raises(PermissionDeniedError):
            privacy.set_retention_years(staff, 3)
        report = subject_report(staff, pid)  # staff may
        assert report.person.first_name == "Fatma"
        assert get_participant(accounts, pid).first_name == "Fatma"
        erase_participant(accounts, pid)  # the administrator may
        assert get_participant(accounts, pid).first_name == ERASED_NAME
    finally:
        staff.close()
        viewer.close()


def test_no_copy_of_the_erased_values_stays_in_the_database_files(db: Database) -> None:
    """Free space and the write-ahead log held the old row until the erasure cleared them."""
    pid = _someone(db, notes="Qwertyuiop asdfghjkl zxcvbnm")
    for n in range(40):
        create_participant(db, ParticipantInput(f"Ad{n}", f"Soyad{n}"))
    search_participants(db, ParticipantQuery(text="Fatma"))  # the search index has read it
    erase_participant(db, pid)
    for path in db.path.parent.iterdir():
        if path.name.startswith(db.path.name):
            data = path.read_bytes()
            for value in ("Qwertyuiop", "0532 765 4321", "Zeynep"):
                assert value.encode() not in data, (path.name, value)


# -- the command line -----------------------------------------------------------------


def _cli(db: Database, *argv: str) -> int:
    import argparse

    from ttk_desktop import cli_privacy

    parser = argparse.ArgumentParser()
    cli_privacy.add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return cli_privacy.WITH_DATABASE[args.command](args, db)


def test_ttk_person_export_and_erase(db: Database, tmp_path: Path, capsys: Any) -> None:
    """The PDF is drawn by Qt: tests/printing/test_subject_report.py writes it."""
    pid = _someone(db)
    uuid = get_participant(db, pid).uuid
    assert _cli(db, "person", "export", "IST:P77", "--out", str(tmp_path / "f.xlsx")) == 0
    assert (
        _cli(db, "person", "export", uuid, "--out", str(tmp_path / "g.xlsx"), "--lang", "ar") == 0
    )
    from openpyxl import load_workbook

    sheets = load_workbook(tmp_path / "f.xlsx").worksheets
    cells = [str(c.value) for ws in sheets for row in ws.iter_rows() for c in row if c.value]
    assert "Fatma" in cells and "Kayıt bilgileri" in cells  # Turkish by default
    exports = [r for r in _audit(db) if r[3] == "export"]
    assert [json.loads(r[7]) for r in exports] == [{"subject_report": "xlsx"}] * 2

    assert _cli(db, "person", "erase", "IST:P77") == 1  # explains, changes nothing
    assert get_participant(db, pid).first_name == "Fatma"
    assert "cannot be undone" in capsys.readouterr().out
    assert _cli(db, "person", "erase", "IST:P77", "--yes") == 0
    assert get_participant(db, pid).first_name == ERASED_NAME
    with pytest.raises(NotFoundError):  # the register number went with the erasure
        _cli(db, "person", "export", "IST:P77", "--out", str(tmp_path / "g.xlsx"))


def test_ttk_person_erase_says_what_older_backups_still_hold(db: Database, capsys: Any) -> None:
    from ttk_desktop.core.security.backups import back_up_if_due, back_up_now

    pid = _someone(db)
    assert privacy.older_backups_note(db) is None  # no backups: nothing to say
    back_up_if_due(db, now=dt.datetime(2026, 12, 3, 9))  # a daily and a weekly
    back_up_now(db)
    assert _cli(db, "person", "erase", str(get_participant(db, pid).uuid), "--yes") == 0
    out = capsys.readouterr().out
    assert "was erased" in out
    assert "2 automatic" in out and "within 4 weeks" in out and "1 made by hand" in out


def test_ttk_retention_counts_without_yes(db: Database, capsys: Any) -> None:
    pid = _someone(db)
    future = dt.date.today().replace(year=dt.date.today().year + 4)
    assert _cli(db, "retention", "--years", "3", "--today", future.isoformat()) == 0
    assert "1 people" in capsys.readouterr().out
    assert get_participant(db, pid).first_name == "Fatma"
    privacy.set_retention_years(db, 3)
    assert _cli(db, "retention", "--yes", "--today", future.isoformat()) == 0
    assert get_participant(db, pid).first_name == ERASED_NAME
