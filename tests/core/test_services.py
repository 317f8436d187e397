"""Every write goes through the services: validation, clock stamps, audit, tombstones."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Attendance, AuditEntry, GroupMember, Participant
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.records import GroupInput, ParticipantInput, ParticipantQuery, SessionInput
from ttk_desktop.core.services import groups, participants, sessions
from ttk_desktop.core.services.offices import ensure_office


def _person(first: str = "Ayşe", last: str = "Yılmaz", **kw: object) -> ParticipantInput:
    return ParticipantInput(first_name=first, last_name=last, **kw)  # type: ignore[arg-type]


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_create_stamps_identity_and_audits(db: Database) -> None:
    p = participants.create_participant(db, _person(gender="female", nationality="SY"))
    assert len(p.uuid) == 36 and p.office_code == "IST"
    entry = _audit(db)[-1]
    assert (entry.action, entry.table_name, entry.record_uuid, entry.actor) == (
        "insert",
        "participants",
        p.uuid,
        "tester",
    )
    assert json.loads(entry.changes)["first_name"] == "Ayşe"
    with db.read() as s:
        assert s.get(Participant, p.id).origin == "IST"  # type: ignore[union-attr]


def test_update_audits_only_changed_fields_and_advances_clock(db: Database) -> None:
    p = participants.create_participant(db, _person())
    q = participants.update_participant(db, p.id, _person(phone="0532 123 4567"))
    assert q.hlc > p.hlc
    entry = _audit(db)[-1]
    assert entry.action == "update"
    assert set(json.loads(entry.changes)) >= {"phone"}
    assert "first_name" not in json.loads(entry.changes)
    before = len(_audit(db))
    participants.update_participant(db, p.id, _person(phone="0532 123 4567"))
    assert len(_audit(db)) == before  # nothing changed, nothing stamped


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (_person(first=" "), "first_name", "First name is required"),
        (_person(last=""), "last_name", "Last name is required"),
        (_person(birth_date=dt.date(2999, 1, 1)), "birth_date", "in the future"),
        (_person(phone="12ab"), "phone", "7 to 15 digits"),
        (_person(nationality="ZZ"), "nationality", 'Unknown nationality "ZZ"'),
        (_person(gender="x"), "gender", 'Unknown gender "x"'),
        (_person(consent_given=True), "consent_date", "consent"),
    ],
)
def test_validation_names_the_field(
    db: Database, data: ParticipantInput, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        participants.create_participant(db, data)
    assert words in info.value.errors[field]
    assert participants.count_participants(db, ParticipantQuery()) == 0


def test_register_number_is_unique_within_an_office(db: Database) -> None:
    participants.create_participant(db, _person(external_id="K1"))
    with pytest.raises(ValidationError, match="K1"):
        participants.create_participant(db, _person("Ali", "Kaya", external_id="K1"))
    ensure_office(db, "ANK", "Ankara")
    other = participants.create_participant(db, _person(external_id="K1", office_code="ANK"))
    assert other.office_code == "ANK"


def test_group_and_session_numbers_are_unique_within_an_office(db: Database) -> None:
    """A clash is a message on the number field, not a database error."""
    first = groups.create_group(db, GroupInput("solidarity_group", "A", external_id="G1"))
    second = groups.create_group(db, GroupInput("solidarity_group", "B", external_id="G2"))
    with pytest.raises(ValidationError) as group_clash:
        groups.create_group(db, GroupInput("solidarity_group", "C", external_id="G1"))
    assert "G1" in group_clash.value.errors["external_id"]
    with pytest.raises(ValidationError):
        groups.update_group(db, second.id, GroupInput("solidarity_group", "B", external_id="G1"))
    day = dt.date(2026, 3, 1)
    sessions.create_session(db, SessionInput(first.id, day, external_id="S1"))
    later = sessions.create_session(db, SessionInput(first.id, day, external_id="S2"))
    with pytest.raises(ValidationError) as session_clash:
        sessions.create_session(db, SessionInput(second.id, day, external_id="S1"))
    assert "S1" in session_clash.value.errors["external_id"]
    with pytest.raises(ValidationError):
        sessions.update_session(db, later.id, SessionInput(first.id, day, external_id="S1"))
    # Saving a record with its own number again is no clash.
    groups.update_group(db, first.id, GroupInput("solidarity_group", "A2", external_id="G1"))


def test_database_errors_do_not_carry_personal_data(db: Database) -> None:
    """A failing statement's message names the SQL, never the values (names, phones)."""
    from sqlalchemy.exc import IntegrityError

    participants.create_participant(db, _person("Zübeyde", "Secretname", phone="0532 111 2233"))
    with pytest.raises(IntegrityError) as failure, db.write() as writer:
        writer.session.execute(
            Participant.__table__.insert(),  # type: ignore[attr-defined]
            {"first_name": "Zübeyde", "last_name": "Secretname", "phone": "0532 111 2233"},
        )
    assert "Secretname" not in str(failure.value)
    assert "0532" not in str(failure.value)


def test_delete_leaves_a_tombstone_and_restore_undoes_it(db: Database) -> None:
    p = participants.create_participant(db, _person())
    participants.delete_participant(db, p.id)
    with db.read() as s:
        row = s.get(Participant, p.id)
        assert row is not None and row.deleted and row.hlc > p.hlc
    with pytest.raises(NotFoundError):
        participants.get_participant(db, p.id)
    assert participants.count_participants(db, ParticipantQuery()) == 0
    participants.restore_participant(db, p.id)
    assert participants.get_participant(db, p.id).first_name == "Ayşe"
    assert [e.action for e in _audit(db)][-2:] == ["delete", "restore"]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("IŞIK", "Ilgaz"), "isik"),
        (("Işık", "ILGAZ"), "ılgaz"),
        (("Şule", "Çelik"), "sule celik"),
        (("Gülşen", "Öztürk"), "GULSEN"),
        (("İrem", "Ağca"), "irem"),
        (("Muhammed", "Haddad"), "mohammed"),
    ],
)
def test_search_matches_turkish_letters_and_transliterations(
    db: Database, stored: tuple[str, str], typed: str
) -> None:
    participants.create_participant(db, _person(*stored))
    participants.create_participant(db, _person("Zeynep", "Demir"))
    rows = participants.search_participants(db, ParticipantQuery(text=typed)).rows
    assert [(r.first_name, r.last_name) for r in rows] == [stored]


@pytest.mark.parametrize(("stored", "typed"), [("أحمد", "احمد"), ("فاطمة", "فاطمه")])
def test_search_matches_arabic_letter_variants(db: Database, stored: str, typed: str) -> None:
    participants.create_participant(db, _person("X", "Y", first_name_ar=stored))
    rows = participants.search_participants(db, ParticipantQuery(text=typed)).rows
    assert len(rows) == 1


def test_search_by_phone_and_register_number(db: Database) -> None:
    participants.create_participant(db, _person(phone="0532 765 4321", external_id="K-77"))
    assert participants.search_participants(db, ParticipantQuery(text="7654321")).rows
    assert participants.search_participants(db, ParticipantQuery(text="k-77")).rows


def test_keyset_paging_visits_everyone_once_in_order(db: Database) -> None:
    for n in range(45):
        participants.create_participant(db, _person(f"Ad{n:02d}", "Soyad"))
    seen, after = [], None
    while True:
        page = participants.search_participants(db, ParticipantQuery(), after=after, limit=10)
        seen += [r.first_name for r in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == sorted(seen) and len(seen) == 45


def test_filters_by_gender_nationality_age_group_and_office(db: Database) -> None:
    today = dt.date(2026, 6, 1)
    participants.create_participant(
        db, _person("A", "A", gender="female", nationality="SY", birth_date=dt.date(2010, 6, 2))
    )
    participants.create_participant(
        db, _person("B", "B", gender="male", nationality="AF", birth_date=dt.date(1960, 6, 1))
    )
    ensure_office(db, "ANK")
    participants.create_participant(db, _person("C", "C", office_code="ANK", nationality="TR"))

    def names(**kw: object) -> list[str]:
        q = ParticipantQuery(today=today, **kw)  # type: ignore[arg-type]
        return [r.first_name for r in participants.search_participants(db, q).rows]

    assert names(gender="female") == ["A"]
    assert names(nationality="other") == ["B"]
    assert names(age_group="0-17") == ["A"]  # 15 years old, turns 16 on 2 June
    assert names(age_group="60+") == ["B"]  # 66 on the day
    assert names(office_code="ANK") == ["C"]


def test_ticking_a_non_member_makes_them_a_member_and_untick_is_a_tombstone(
    db: Database,
) -> None:
    p = participants.create_participant(db, _person())
    g = groups.create_group(db, GroupInput("refugee_assembly", "Mülteciler Meclisi"))
    s = sessions.create_session(db, SessionInput(g.id, dt.date(2026, 3, 1), topic="Gündem"))
    assert sessions.set_attendance(db, s.id, p.id, True)
    assert not sessions.set_attendance(db, s.id, p.id, True)  # second tick changes nothing
    assert [m.id for m in groups.list_members(db, g.id)] == [p.id]
    assert sessions.get_session(db, s.id).present_count == 1
    sessions.set_attendance(db, s.id, p.id, False)
    with db.read() as session:
        row = session.scalar(select(Attendance))
        assert row is not None and row.deleted
    rows = sessions.attendance_rows(db, s.id)
    assert [(r.participant.id, r.present, r.member) for r in rows] == [(p.id, False, True)]


def test_attendance_rows_are_in_alphabetical_order(db: Database) -> None:
    g = groups.create_group(db, GroupInput("solidarity_group", "Kadın Dayanışma"))
    s = sessions.create_session(db, SessionInput(g.id, dt.date(2026, 3, 1)))
    for first, last in [("Zehra", "Şahin"), ("Ali", "Çelik"), ("Ömer", "Işık"), ("Can", "Ateş")]:
        p = participants.create_participant(db, _person(first, last))
        groups.add_member(db, g.id, p.id)
    names = [r.participant.last_name for r in sessions.attendance_rows(db, s.id)]
    assert names == ["Ateş", "Çelik", "Işık", "Şahin"]


def test_children_assembly_warns_about_members_outside_12_to_16(db: Database) -> None:
    g = groups.create_group(db, GroupInput("children_assembly", "Çocuk Meclisi"))
    ok = participants.create_participant(db, _person("Ok", "X", birth_date=dt.date(2012, 1, 1)))
    old = participants.create_participant(db, _person("Old", "X", birth_date=dt.date(2000, 1, 1)))
    groups.add_member(db, g.id, ok.id)
    groups.add_member(db, g.id, old.id)
    warned = groups.age_warnings(db, g.id, on=dt.date(2026, 6, 1))
    assert [p.id for p in warned] == [old.id]


def test_removing_a_member_is_a_tombstone_and_adding_again_revives(db: Database) -> None:
    p = participants.create_participant(db, _person())
    g = groups.create_group(db, GroupInput("solidarity_group", "G"))
    groups.add_member(db, g.id, p.id)
    groups.remove_member(db, g.id, p.id)
    assert groups.list_members(db, g.id) == []
    groups.add_member(db, g.id, p.id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(GroupMember)) == 1


def test_a_failed_write_changes_nothing(db: Database) -> None:
    """A crash mid-transaction leaves the database as before (all or nothing)."""
    before = len(_audit(db))
    with pytest.raises(RuntimeError), db.write() as writer:
        from ttk_desktop.core.services.common import insert_record

        insert_record(writer, Participant, {**_values(), "office_id": 1})
        raise RuntimeError("power cut")
    assert participants.count_participants(db, ParticipantQuery()) == 0
    assert len(_audit(db)) == before


def _values() -> dict[str, object]:
    return participants.participant_values(_person())


def test_session_lookup_by_register_id_or_uuid(db: Database) -> None:
    g = groups.create_group(db, GroupInput("information_session", "Bilgilendirme"))
    s = sessions.create_session(db, SessionInput(g.id, dt.date(2026, 3, 1), external_id="S001"))
    assert sessions.find_session(db, "S001").id == s.id
    assert sessions.find_session(db, s.uuid).id == s.id
    with pytest.raises(NotFoundError, match="S999"):
        sessions.find_session(db, "S999")


def test_participant_history_lists_groups_and_sessions(db: Database) -> None:
    p = participants.create_participant(db, _person())
    g = groups.create_group(db, GroupInput("refugee_assembly", "Meclis"))
    s1 = sessions.create_session(db, SessionInput(g.id, dt.date(2026, 1, 1)))
    s2 = sessions.create_session(db, SessionInput(g.id, dt.date(2026, 2, 1)))
    sessions.set_attendance(db, s1.id, p.id, True)
    sessions.set_attendance(db, s2.id, p.id, True)
    history = participants.participant_history(db, p.id)
    assert [x.name for x in history.groups] == ["Meclis"]
    assert [x.id for x in history.sessions] == [s2.id, s1.id]


def test_group_and_session_validation(db: Database) -> None:
    with pytest.raises(ValidationError, match="group type"):
        groups.create_group(db, GroupInput("party", "X"))
    g = groups.create_group(db, GroupInput("needs_analysis", "İhtiyaç Analizi"))
    with pytest.raises(ValidationError, match="HH:MM"):
        sessions.create_session(db, SessionInput(g.id, dt.date(2026, 1, 1), start_time="25:00"))


def test_demo_participants_have_the_search_keys_the_services_give(db: Database) -> None:
    """The demo builds rows in bulk; their keys must match what editing would store."""
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(db, DemoSize(participants=60, sessions=3, attendances=10))
    with db.read() as s:
        people = list(s.scalars(select(Participant)))
    assert any(p.phone is None for p in people) and any(p.phone for p in people)
    for p in people:
        expected = participants.search_keys(
            p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.phone, p.external_id
        )
        assert (p.search_text, p.sort_key) == (expected["search_text"], expected["sort_key"])
