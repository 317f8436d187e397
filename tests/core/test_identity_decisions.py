"""Decisions about duplicate people (#14): confirm, reject, split; counted and shown once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import IdentityDecision, Participant
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.identity import (
    confirm_same,
    confirmed_pairs,
    database_candidates,
    decided_pairs,
    mark_different,
    people_by_key,
    person_detail,
    split,
)
from ttk_desktop.core.identity.aliases import canonical_of
from ttk_desktop.core.identity.decisions import decision_uuid
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services.groups import add_member, create_group
from ttk_desktop.core.services.participants import create_participant
from ttk_desktop.core.services.sessions import create_session, set_attendance

D = dt.date


def _person(db: Database, first: str, last: str, ext: str, **kw: object) -> tuple[int, str]:
    record = create_participant(db, ParticipantInput(first, last, external_id=ext, **kw))  # type: ignore[arg-type]
    return record.id, record.uuid


@pytest.fixture
def pair(db: Database) -> dict[str, object]:
    """Mohammed registered twice (P1, P2), Amal once (P3); a group with two sessions."""
    born = D(1990, 5, 5)
    p1, u1 = _person(db, "Mohammed", "Al-Hassan", "P1", gender="male", birth_date=born,
                     nationality="SY")  # fmt: skip
    p2, u2 = _person(db, "Muhammad", "Alhasan", "P2", gender="male", birth_date=born,
                     nationality="SY", phone="0532 111 2233")  # fmt: skip
    p3, u3 = _person(db, "Amal", "Haddad", "P3", gender="female", birth_date=D(1985, 1, 1),
                     nationality="TR")  # fmt: skip
    group = create_group(db, GroupInput("refugee_assembly", "Mülteci Meclisi"))
    add_member(db, group.id, p1)
    add_member(db, group.id, p2)
    s1 = create_session(db, SessionInput(group.id, D(2021, 3, 1))).id
    s2 = create_session(db, SessionInput(group.id, D(2021, 4, 1))).id
    for sid, pid in ((s1, p1), (s1, p2), (s1, p3), (s2, p2)):
        set_attendance(db, sid, pid, True)
    return {"p1": p1, "p2": p2, "p3": p3, "u1": u1, "u2": u2, "u3": u3, "s1": s1, "s2": s2,
            "group": group.id}  # fmt: skip


def _alias_of(db: Database) -> dict[int, int | None]:
    with db.read() as session:
        return dict(session.execute(select(Participant.id, Participant.alias_of)).all())


def test_decision_ids_are_the_same_for_either_order() -> None:
    a, b = "0b9e7f0e-0000-4000-8000-000000000001", "0b9e7f0e-0000-4000-8000-000000000002"
    assert decision_uuid(a, b) == decision_uuid(b, a) == decision_uuid(b.upper(), a)
    assert decision_uuid(a, b) != decision_uuid(a, "0b9e7f0e-0000-4000-8000-000000000003")


def test_canonical_person_is_deterministic_in_chains_cycles_and_ambiguity() -> None:
    assert canonical_of([("a", "b"), ("b", "c")]) == {"b": "a", "c": "a"}  # chain
    assert canonical_of([("b", "a"), ("a", "b")]) == {"b": "a"}  # cycle: smallest
    assert canonical_of([("c", "b"), ("a", "b")]) == {"b": "a", "c": "a"}  # two kept
    assert canonical_of([]) == {}


def test_confirm_makes_the_other_an_alias_and_applies_the_picked_values(
    db: Database, pair: dict
) -> None:  # type: ignore[type-arg]
    confirm_same(db, pair["u1"], pair["u2"], {"phone": "0532 111 2233"})
    assert _alias_of(db)[pair["p2"]] == pair["p1"]
    assert _alias_of(db)[pair["p1"]] is None
    kept = person_detail(db, pair["u1"])
    assert kept.participant.phone == "0532 111 2233"
    assert person_detail(db, pair["u2"]).alias_of == pair["u1"]
    assert decided_pairs(db) == {frozenset((pair["u1"], pair["u2"]))}
    assert confirmed_pairs(db) == [(pair["u1"], pair["u2"])]
    with db.read() as session:
        decision = session.scalar(select(IdentityDecision))
        assert decision is not None
        assert (decision.kind, decision.person_a, decision.person_b) == (
            "same",
            pair["u1"],
            pair["u2"],
        )
        assert decision.uuid == decision_uuid(pair["u2"], pair["u1"])


def test_confirm_refuses_bad_values_and_the_same_record_twice(db: Database, pair: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError):
        confirm_same(db, pair["u1"], pair["u1"])
    with pytest.raises(ValidationError):
        confirm_same(db, pair["u1"], pair["u2"], {"birth_date": D(2999, 1, 1)})
    with pytest.raises(NotFoundError):
        confirm_same(db, pair["u1"], "0b9e7f0e-0000-4000-8000-000000000009")
    assert _alias_of(db)[pair["p2"]] is None  # nothing written
    assert decided_pairs(db) == set()


def test_split_restores_both_people_with_their_own_attendance(db: Database, pair: dict) -> None:  # type: ignore[type-arg]
    before = (person_detail(db, pair["u1"]), person_detail(db, pair["u2"]))
    confirm_same(db, pair["u1"], pair["u2"])
    split(db, pair["u2"], pair["u1"])  # either order
    assert _alias_of(db)[pair["p2"]] is None
    after = (person_detail(db, pair["u1"]), person_detail(db, pair["u2"]))
    for old, new in zip(before, after, strict=True):
        assert new.sessions == old.sessions and new.groups == old.groups
    assert [s.date for s in after[1].sessions] == [D(2021, 4, 1), D(2021, 3, 1)]
    assert decided_pairs(db) == set()
    with pytest.raises(NotFoundError):
        split(db, pair["u1"], pair["u2"])  # nothing left to split
    confirm_same(db, pair["u2"], pair["u1"])  # confirmed again, the other way round
    assert _alias_of(db)[pair["p1"]] == pair["p2"]


def test_a_rejected_pair_is_not_proposed_again(db: Database, pair: dict) -> None:  # type: ignore[type-arg]
    key = frozenset((pair["u1"], pair["u2"]))
    assert key in {frozenset((c.a.uuid, c.b.uuid)) for c in database_candidates(db)}
    mark_different(db, pair["u1"], pair["u2"])
    assert key not in {frozenset((c.a.uuid, c.b.uuid)) for c in database_candidates(db)}
    assert _alias_of(db)[pair["p2"]] is None
    split(db, pair["u1"], pair["u2"])  # the reject taken back: proposed again
    assert key in {frozenset((c.a.uuid, c.b.uuid)) for c in database_candidates(db)}


def test_people_by_key_and_detail(db: Database, pair: dict) -> None:  # type: ignore[type-arg]
    assert people_by_key(db, "IST:P2") == pair["u2"]
    assert people_by_key(db, "ist:P2") == pair["u2"]
    assert people_by_key(db, pair["u1"].upper()) == pair["u1"]
    for bad in ("IST:P9", "XYZ:P1", "nobody", "0b9e7f0e-0000-4000-8000-000000000009"):
        with pytest.raises(NotFoundError, match="OFFICE:REGISTER_NUMBER"):
            people_by_key(db, bad)
    detail = person_detail(db, pair["u2"])
    assert detail.office_code == "IST" and detail.uuid == pair["u2"]
    assert [(g.name, g.type) for g in detail.groups] == [("Mülteci Meclisi", "refugee_assembly")]
    assert [(s.date, s.group_name) for s in detail.sessions] == [
        (D(2021, 4, 1), "Mülteci Meclisi"),
        (D(2021, 3, 1), "Mülteci Meclisi"),
    ]
    assert detail.changed_at.tzinfo is not None


def test_lists_search_and_sheets_show_the_kept_person_once(db: Database, pair: dict) -> None:  # type: ignore[type-arg]
    from ttk_desktop.core.first_page import read_first_page
    from ttk_desktop.core.records import ParticipantQuery
    from ttk_desktop.core.services.groups import get_group, list_members
    from ttk_desktop.core.services.participants import (
        count_participants,
        participant_history,
        search_participants,
        search_participants_in_sql,
    )
    from ttk_desktop.core.services.sessions import attendance_rows, get_session, set_attendance

    everyone, hasan = ParticipantQuery(), ParticipantQuery(text="hasan")
    assert count_participants(db, hasan) == 2
    db.search_index.warm()  # the index was read before the decision: it must notice
    confirm_same(db, pair["u1"], pair["u2"])
    assert count_participants(db, everyone) == 2
    assert count_participants(db, hasan) == 1
    for page in (
        search_participants(db, hasan),
        search_participants_in_sql(db, hasan),
        search_participants(db, everyone),
        read_first_page(db.path, 10),
    ):
        assert page is not None
        assert pair["p2"] not in [r.id for r in page.rows]
        assert pair["p1"] in [r.id for r in page.rows]
    # P3 became a member when ticked; P1 and P2 are one member
    assert [m.id for m in list_members(db, pair["group"])] == [pair["p1"], pair["p3"]]
    assert get_group(db, pair["group"]).member_count == 2
    rows = attendance_rows(db, pair["s2"])  # only the alias ticked: the kept person present
    assert [(r.participant.id, r.present) for r in rows] == [
        (pair["p1"], True),
        (pair["p3"], False),
    ]
    assert get_session(db, pair["s1"]).present_count == 2  # P1 and P2 are one person
    history = participant_history(db, pair["p1"])
    assert [s.id for s in history.sessions] == [pair["s2"], pair["s1"]]
    set_attendance(db, pair["s2"], pair["p1"], False)  # unticking the person unticks the alias
    assert [r.present for r in attendance_rows(db, pair["s2"])] == [False, False]
    split(db, pair["u1"], pair["u2"])
    assert count_participants(db, hasan) == 2
    assert len(list_members(db, pair["group"])) == 3


# -- decisions travel in office data files ---------------------------------------------------


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from exchange_helpers import Keys

    return Keys.make(tmp_path_factory.mktemp("keys") / "hq")


def _uuid(db: Database, external_id: str) -> str:
    with db.read() as session:
        found = session.scalar(
            select(Participant.uuid).where(Participant.external_id == external_id)
        )
    assert found is not None
    return found


def test_an_office_file_naming_the_alias_lands_on_the_kept_person(tmp_path, keys) -> None:  # type: ignore[no-untyped-def]
    from exchange_helpers import export, merge, new_hq, new_office, person, stats

    from ttk_desktop.core.services.participants import participant_history

    ist = new_office(tmp_path / "ist.sqlite3", "IST", people=4)
    ank = new_office(tmp_path / "ank.sqlite3", "ANK", people=4, seed=100)
    hq = new_hq(tmp_path / "hq.sqlite3")
    merge(hq, keys, export(ist, keys, tmp_path / "out"), export(ank, keys, tmp_path / "out"))
    before = stats(hq)
    kept, alias = _uuid(hq, "IST-P000"), _uuid(hq, "ANK-P001")  # IST-P000 came in March only
    confirm_same(hq, kept, alias)
    after = stats(hq)
    assert after["distinct_participants"] == before["distinct_participants"] - 1
    # Later, Ankara (which knows nothing of the decision) ticks its record at a new session.
    from ttk_desktop.core.records import SessionInput
    from ttk_desktop.core.services.groups import list_groups

    group = list_groups(ank)[0]
    new_session = create_session(ank, SessionInput(group.id, D(2025, 5, 1)))
    set_attendance(ank, new_session.id, person(ank, "ANK-P001"), True)
    merge(hq, keys, export(ank, keys, tmp_path / "out"))
    later = stats(hq)
    assert later["distinct_participants"] == after["distinct_participants"]
    assert later["participations"] == after["participations"] + 1
    history = participant_history(hq, person(hq, "IST-P000"))
    assert D(2025, 5, 1) in [s.date for s in history.sessions]
    assert _alias_of(hq)[person(hq, "ANK-P001")] == person(hq, "IST-P000")
    # The decision travels back: Ankara merges headquarters' file and counts once too.
    merge(ank, keys, export(hq, keys, tmp_path / "out-hq", full=True))
    assert _alias_of(ank)[person(ank, "ANK-P001")] == person(ank, "IST-P000")
    assert stats(ank) == later
    for db in (ist, ank, hq):
        db.close()


def test_a_decision_arriving_before_its_people_waits_for_them(tmp_path, keys) -> None:  # type: ignore[no-untyped-def]
    from exchange_helpers import export, merge, new_hq, new_office, person

    ist = new_office(tmp_path / "ist.sqlite3", "IST", people=2)
    hq = new_hq(tmp_path / "hq.sqlite3")
    other = new_hq(tmp_path / "other.sqlite3")
    first = export(ist, keys, tmp_path / "out")
    merge(hq, keys, first)
    mark_different(hq, _uuid(hq, "IST-P000"), _uuid(hq, "IST-P001"))
    confirm_same(hq, _uuid(hq, "IST-P000"), _uuid(hq, "IST-P001"))  # changed its mind
    decisions = tmp_path / "hq-out"
    from ttk_desktop.core.exchange import export_data_file

    decisions.mkdir()
    only_decisions = export_data_file(hq, [keys.public], folder=decisions, full=False).path
    merge(other, keys, only_decisions)  # the decision (and, here, its people)
    merge(other, keys, first)
    assert _alias_of(other)[person(other, "IST-P001")] == person(other, "IST-P000")
    for db in (ist, hq, other):
        db.close()


def _decisions(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        rows = session.execute(
            select(
                IdentityDecision.uuid,
                IdentityDecision.kind,
                IdentityDecision.person_a,
                IdentityDecision.person_b,
                IdentityDecision.deleted,
            )
        ).all()
        aliases = session.execute(
            select(Participant.uuid, Participant.alias_of).where(Participant.alias_of.is_not(None))
        ).all()
        uuids = dict(session.execute(select(Participant.id, Participant.uuid)).all())
    return sorted(tuple(r) for r in rows) + sorted((u, uuids[a]) for u, a in aliases)


def _converge_case(ops, orders, keys, root) -> None:  # type: ignore[no-untyped-def]
    from exchange_helpers import export, merge
    from exchange_helpers import new_office as make_office

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.exchange import STATUS_REFUSED, merge_data_file
    from ttk_desktop.core.services.offices import setup_office

    source = make_office(root / "src.sqlite3", "IST", people=4)
    start = export(source, keys, root / "out", full=True)
    offices = []
    for code in ("AAA", "BBB"):
        db = open_database(root / f"{code}.sqlite3", actor=code)
        setup_office(db, code, code)
        merge(db, keys, start)
        offices.append(db)
    people = [_uuid(source, f"IST-P{n:03d}") for n in range(4)]
    files = [start]
    for kind, who, i, j in ops:
        db = offices[who]
        a, b = people[i], people[j]
        if kind == "export":
            files.append(export(db, keys, root / "out" / str(who)))
        elif kind == "merge" and len(files) > 1:
            merge_data_file(db, files[i % len(files)], [keys.identity], confirm_pin=lambda *_: True)
        elif a != b and kind == "same":
            confirm_same(db, a, b)
        elif a != b and kind == "different":
            mark_different(db, a, b)
        elif a != b and kind == "split" and frozenset((a, b)) in decided_pairs(db):
            split(db, a, b)
    for n, db in enumerate(offices):
        files.append(export(db, keys, root / "out" / str(n)))
    results = []
    for n, rng in enumerate(orders):
        batch = list(files)
        rng.shuffle(batch)
        hq = open_database(root / f"hq{n}.sqlite3", actor="hq")
        setup_office(hq, "HQ", "HQ")
        waiting = batch
        while waiting:
            still = [
                f
                for f in waiting
                if merge_data_file(hq, f, [keys.identity], confirm_pin=lambda *_: True).status
                == STATUS_REFUSED
            ]
            assert len(still) < len(waiting)
            waiting = still
        results.append(_decisions(hq))
        hq.close()
    for db in (source, *offices):
        db.close()
    assert results[0] == results[1]


def test_decisions_converge_in_any_merge_order(keys) -> None:  # type: ignore[no-untyped-def]
    import os
    import tempfile
    from pathlib import Path

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    op = st.tuples(
        st.sampled_from(["same", "different", "split", "export", "merge"]),
        st.integers(0, 1),
        st.integers(0, 3),
        st.integers(0, 3),
    )

    @settings(
        max_examples=int(os.environ.get("TTK_HYPOTHESIS_EXAMPLES", "8")),
        derandomize=not os.environ.get("TTK_HYPOTHESIS_EXAMPLES"),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        ops=st.lists(op, min_size=3, max_size=10),
        orders=st.lists(st.randoms(use_true_random=False), min_size=2, max_size=2),
    )
    def run(ops, orders) -> None:  # type: ignore[no-untyped-def]
        with tempfile.TemporaryDirectory() as folder:
            _converge_case(ops, orders, keys, Path(folder))

    run()


def test_the_people_commands(db: Database, pair: dict, capsys) -> None:  # type: ignore[no-untyped-def,type-arg]
    from ttk_desktop.cli import main

    path = str(db.path)
    assert main(["--db", path, "people", "same", "IST:P1", pair["u2"]]) == 0
    assert "IST:P1" in capsys.readouterr().out
    assert _alias_of(db)[pair["p2"]] == pair["p1"]
    assert main(["--db", path, "duplicates", "--json"]) == 0
    assert pair["u2"] not in capsys.readouterr().out
    assert main(["--db", path, "people", "split", "IST:P2", "IST:P1"]) == 0
    assert _alias_of(db)[pair["p2"]] is None
    assert main(["--db", path, "people", "different", "IST:P1", "IST:P2"]) == 0
    capsys.readouterr()
    assert frozenset((pair["u1"], pair["u2"])) in decided_pairs(db)
    assert main(["--db", path, "people", "same", "IST:P1", "IST:P404"]) == 1
    assert "IST:P404" in capsys.readouterr().err
    assert main(["--db", path, "people", "same", "IST:P1", "IST:P1"]) == 1
    assert "two different people" in capsys.readouterr().err


def test_the_aliass_register_number_moves_to_the_kept_person_and_travels(
    tmp_path: object,
) -> None:
    """Paper forms carry the other record's number: picking it gives it to the kept
    person, the alias gives it up, and headquarters merges both edits from one file."""
    from pathlib import Path

    from exchange_helpers import Keys, export, merge, new_hq, new_office

    from ttk_desktop.core.services.participants import get_participant

    folder = Path(str(tmp_path))
    keys = Keys.make(folder / "keys")
    office = new_office(folder / "ist.sqlite3", "IST", people=3)
    hq = new_hq(folder / "hq.sqlite3")
    merge(hq, keys, export(office, keys, folder / "out"))
    kept, other = people_by_key(office, "IST:IST-P000"), people_by_key(office, "IST:IST-P001")
    confirm_same(office, kept, other, {"external_id": "IST-P001"})
    with office.read() as session:
        numbers = dict(session.execute(select(Participant.uuid, Participant.external_id)).all())
    assert (numbers[kept], numbers[other]) == ("IST-P001", None)
    assert get_participant(office, _id_of(office, kept)).external_id == "IST-P001"

    [report] = merge(hq, keys, export(office, keys, folder / "out"))
    assert report.status == "merged", report.reason
    with hq.read() as session:
        at_hq = dict(session.execute(select(Participant.uuid, Participant.external_id)).all())
    assert (at_hq[kept], at_hq[other]) == ("IST-P001", None)
    office.close()
    hq.close()


def _id_of(db: Database, person_uuid: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Participant.id).where(Participant.uuid == person_uuid))
    assert found is not None
    return found


def test_a_decision_made_differently_at_two_offices_is_one_readable_conflict(
    tmp_path: object,
) -> None:
    """IST confirms two records as one person, ANK (which holds them too) says they
    are different: headquarters logs the disagreement naming both people."""
    from pathlib import Path

    from exchange_helpers import Keys, export, merge, new_hq, new_office

    from ttk_desktop.core.exchange.history import list_conflicts

    folder = Path(str(tmp_path))
    keys = Keys.make(folder / "keys")
    ist = new_office(folder / "ist.sqlite3", "IST", people=3)
    start = export(ist, keys, folder / "ist-out")
    ank = new_office(folder / "ank.sqlite3", "ANK", people=2, seed=50)
    merge(ank, keys, start)
    a, b = people_by_key(ist, "IST:IST-P000"), people_by_key(ist, "IST:IST-P001")
    confirm_same(ist, a, b)
    mark_different(ank, a, b)
    hq = new_hq(folder / "hq.sqlite3")
    merge(hq, keys, start)
    merge(hq, keys, export(ist, keys, folder / "ist-out"), export(ank, keys, folder / "ank-out"))
    [conflict] = [c for c in list_conflicts(hq) if c.table_name == "identity_decisions"]
    assert conflict.field == "kind"
    assert {conflict.kept_value, conflict.other_value} == {"Same person", "Different people"}
    assert "(IST-P000)" in conflict.record_label and "(IST-P001)" in conflict.record_label
    for db in (ist, ank, hq):
        db.close()
