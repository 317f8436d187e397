"""The unit's yearly statistics: the published 2021 figures, filters, methods, exclusions."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest
from dataset_2021 import PUBLISHED, Dataset2021, build_2021
from sqlalchemy import event, select

from ttk_desktop.core import vocab
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.db.models import Attendance, Group, Office, Participant, Session
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput, age_on
from ttk_desktop.core.services import groups, participants, sessions
from ttk_desktop.core.services.offices import ensure_office, setup_office
from ttk_desktop.core.statistics import (
    AGE_EACH,
    AGE_FIRST,
    StatsFilter,
    YearlyStats,
    _Queries,
    compute_statistics,
    percent,
    to_json_dict,
)
from ttk_desktop.core.stats_format import age_method_description, format_table

D = dt.date
YEAR_2021 = (D(2021, 1, 1), D(2021, 12, 31))


# -- the 2021 data set, built once per module (read-only afterwards) -----------------


@pytest.fixture(scope="module")
def set_2021(template_db: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import shutil

    path = tmp_path_factory.mktemp("stats2021") / "office.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, actor="tester")
    setup_office(db, "IST", "İstanbul Toplum Merkezi")
    info = build_2021(db)
    yield db, info
    db.close()


def _counts(buckets: dict) -> dict[str, int]:  # type: ignore[type-arg]
    return {key: b.count for key, b in buckets.items()}


def test_published_2021_figures_come_out_exactly_with_method_each(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, _info = set_2021
    stats = compute_statistics(db, StatsFilter(*YEAR_2021, age_method=AGE_EACH))
    assert stats.distinct_participants == PUBLISHED["distinct_participants"] == 673
    for name in ("gender", "nationality"):
        got = {k: (b.count, str(b.percent)) for k, b in getattr(stats, name).items()}
        assert got == PUBLISHED[name]
    got = {k: (b.count, str(b.percent)) for k, b in stats.age_group.items()}
    assert got == PUBLISHED["age_group_each"]
    assert sum(b.count for b in stats.age_group.values()) == 678  # 5 crossed a boundary

    data = to_json_dict(stats)
    assert data == {
        "from": "2021-01-01",
        "to": "2021-12-31",
        "age_method": "each",
        "sessions": stats.sessions,
        "participations": stats.participations,
        "distinct_participants": 673,
        "gender": {
            "female": {"count": 412, "percent": 61.2},
            "male": {"count": 261, "percent": 38.8},
        },
        "age_group": {
            "0-17": {"count": 259, "percent": 38.2},
            "18-59": {"count": 409, "percent": 60.3},
            "60+": {"count": 10, "percent": 1.5},
        },
        "nationality": {
            "SY": {"count": 429, "percent": 63.7},
            "TR": {"count": 216, "percent": 32.1},
            "other": {"count": 28, "percent": 4.2},
        },
    }
    assert '"percent": 61.2' in json.dumps(data)


def test_method_first_counts_each_person_once(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, info = set_2021
    stats = compute_statistics(db, StatsFilter(*YEAR_2021))
    assert stats.filter.age_method == AGE_FIRST
    assert stats.distinct_participants == 673
    for dist in (stats.gender, stats.age_group, stats.nationality, stats.unhcr_age_group):
        assert sum(b.count for b in dist.values()) == 673
    assert (
        _counts(stats.age_group) == info.first_age_groups == {"0-17": 259, "18-59": 405, "60+": 9}
    )
    assert [str(b.percent) for b in stats.age_group.values()] == ["38.5", "60.2", "1.3"]
    # gender and nationality do not depend on the age method
    each = compute_statistics(db, StatsFilter(*YEAR_2021, age_method=AGE_EACH))
    assert stats.gender == each.gender and stats.nationality == each.nationality
    # the cross tables count distinct persons with the `first` rule
    assert sum(sum(row.values()) for row in stats.gender_by_age_group.values()) == 673
    assert sum(sum(row.values()) for row in stats.nationality_by_gender.values()) == 673
    assert each.gender_by_age_group == stats.gender_by_age_group
    assert {
        a: sum(r[a] for r in stats.gender_by_age_group.values()) for a in info.first_age_groups
    } == info.first_age_groups


def test_sessions_and_participations_are_what_the_builder_created(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, info = set_2021
    stats = compute_statistics(db, StatsFilter(*YEAR_2021, age_method=AGE_EACH))
    assert (stats.sessions, stats.participations, stats.distinct_participants) == (
        info.sessions,
        info.participations,
        info.distinct,
    )
    assert sum(stats.sessions_per_month.values()) == info.sessions
    assert sum(stats.participations_per_month.values()) == info.participations
    assert list(stats.sessions_per_month) == [f"2021-{m:02d}" for m in range(1, 13)]


def test_the_period_edges_are_inclusive_and_outsiders_do_not_count(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, info = set_2021
    people = info.people

    def who(day: dt.date) -> set[int]:
        flt = StatsFilter(day, day)
        return _oracle(db, flt).persons

    new_year_eve_2020 = {
        people[k] for k in ("outside_only_2020", "outside_only_both", "turned_60_on_new_year")
    }
    assert who(D(2020, 12, 31)) == new_year_eve_2020
    assert (
        compute_statistics(db, StatsFilter(D(2020, 12, 31), D(2020, 12, 31))).distinct_participants
        == 3
    )
    first_day = compute_statistics(db, StatsFilter(D(2021, 1, 1), D(2021, 1, 1)))
    last_day = compute_statistics(db, StatsFilter(D(2021, 12, 31), D(2021, 12, 31)))
    assert first_day.sessions == 1 and first_day.distinct_participants >= 4
    assert last_day.sessions == 1 and last_day.distinct_participants >= 2
    next_year = compute_statistics(db, StatsFilter(D(2022, 1, 1), D(2022, 12, 31)))
    assert (next_year.sessions, next_year.distinct_participants) == (1, 4)
    # none of those who must not count is among the 2021 participants
    counted = _oracle(db, StatsFilter(*YEAR_2021)).persons
    excluded = [k for k in people if k.startswith(("outside", "deleted", "only_", "never_"))]
    assert len(excluded) == 21
    assert not counted & {people[k] for k in excluded}
    assert len(counted) == 673


def test_tombstones_do_not_count(set_2021) -> None:  # type: ignore[no-untyped-def]
    """Deleted participant, unticked attendance, deleted session, deleted group."""
    db, info = set_2021
    with db.read() as s:
        dead_person = s.get(Participant, info.people["deleted_with_attendance"])
        assert dead_person.deleted  # type: ignore[union-attr]
        ticks = s.scalars(
            select(Attendance.deleted).where(
                Attendance.participant_id == info.people["only_unticked"]
            )
        ).all()
        assert ticks == [True]
        assert s.get(Group, info.groups["cancelled"]).deleted  # type: ignore[union-attr]
    cancelled = compute_statistics(db, StatsFilter(*YEAR_2021, group_id=info.groups["cancelled"]))
    assert (cancelled.sessions, cancelled.participations, cancelled.distinct_participants) == (
        0,
        0,
        0,
    )
    assert cancelled.group_name == "Yaz Okulu (iptal edildi)"


def test_a_session_nobody_attended_counts_as_a_session(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, info = set_2021
    day = D(2021, 7, 21)
    stats = compute_statistics(db, StatsFilter(day, day, group_id=info.groups["fgd"]))
    assert (stats.sessions, stats.participations, stats.distinct_participants) == (1, 0, 0)
    assert stats.gender  # the categories are listed, each with zero
    assert all(b.count == 0 and b.percent == Decimal("0.0") for b in stats.gender.values())
    assert stats.sessions_per_month == {"2021-07": 1}
    assert stats.participations_per_month == {"2021-07": 0}


# -- an independent Python reference (the test oracle) -------------------------------


@dataclass
class _Expected:
    sessions: int
    participations: int
    persons: set[int]
    gender: Counter[str]
    nationality: Counter[str]
    age: Counter[str]
    unhcr: Counter[str]
    months: Counter[str]


def _group_of(age: int | None, groups: tuple[tuple[str, int, int | None], ...]) -> str:
    if age is None:
        return "unknown"
    for name, lo, hi in groups:
        if age >= lo and (hi is None or age <= hi):
            return name
    return "unknown"


def _oracle(db: Database, flt: StatsFilter) -> _Expected:
    """Load every row and apply the spec's rules in plain Python."""
    with db.read() as s:
        all_sessions = s.execute(
            select(
                Session.id,
                Session.date,
                Session.deleted,
                Office.code,
                Group.id,
                Group.type,
                Group.deleted,
            )
            .join(Group, Group.id == Session.group_id)
            .join(Office, Office.id == Session.office_id)
        ).all()
        ticks = s.execute(
            select(Attendance.session_id, Attendance.participant_id, Attendance.deleted)
        ).all()
        people = {p.id: p for p in s.scalars(select(Participant))}
    chosen = {
        sid: day
        for sid, day, deleted, office, gid, gtype, gdeleted in all_sessions
        if not deleted
        and not gdeleted
        and flt.date_from <= day <= flt.date_to
        and flt.office_code in (None, office)
        and flt.group_type in (None, gtype)
        and flt.group_id in (None, gid)
    }
    days: dict[int, list[dt.date]] = {}
    months: Counter[str] = Counter()
    seen: set[tuple[int, int]] = set()
    for sid, pid, deleted in ticks:
        if sid in chosen and not deleted and not people[pid].deleted:
            # A confirmed duplicate (#14) counts as the kept person, once per session.
            key = people[pid].alias_of or pid
            if people[key].deleted or (sid, key) in seen:
                continue
            seen.add((sid, key))
            days.setdefault(key, []).append(chosen[sid])
            months[chosen[sid].strftime("%Y-%m")] += 1
    gender, nationality, age, unhcr = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for pid, attended in days.items():
        p = people[pid]
        gender[p.gender] += 1
        nationality[p.nationality if p.nationality in flt.featured_nationalities else "other"] += 1
        if flt.age_method == AGE_FIRST:
            attended = [min(attended)]
        for brackets, counter in ((vocab.AGE_GROUPS, age), (vocab.UNHCR_AGE_GROUPS, unhcr)):
            for name in {_group_of(age_on(p.birth_date, d), brackets) for d in attended}:
                counter[name] += 1
    return _Expected(
        len(chosen), sum(months.values()), set(days), gender, nationality, age, unhcr, months
    )


def _assert_matches(stats: YearlyStats, exp: _Expected) -> None:
    nonzero = lambda buckets: {k: b.count for k, b in buckets.items() if b.count}  # noqa: E731
    assert stats.sessions == exp.sessions
    assert stats.participations == exp.participations
    assert stats.distinct_participants == len(exp.persons)
    assert nonzero(stats.gender) == dict(exp.gender)
    assert nonzero(stats.nationality) == dict(exp.nationality)
    assert nonzero(stats.age_group) == dict(exp.age)
    assert nonzero(stats.unhcr_age_group) == dict(exp.unhcr)
    assert {m: n for m, n in stats.participations_per_month.items() if n} == dict(exp.months)
    age_total = sum(exp.age.values()) if stats.filter.age_method == AGE_EACH else len(exp.persons)
    for key, bucket in stats.age_group.items():
        assert bucket.percent == percent(bucket.count, age_total), key


def test_every_filter_agrees_with_a_plain_python_count(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, info = set_2021
    filters = [StatsFilter(*YEAR_2021), StatsFilter(*YEAR_2021, office_code="IST")]
    filters += [StatsFilter(*YEAR_2021, group_type=t) for t in vocab.GROUP_TYPES]
    filters += [StatsFilter(*YEAR_2021, group_id=g) for g in info.groups.values()]
    filters += [
        StatsFilter(D(2020, 6, 1), D(2022, 6, 1)),
        StatsFilter(D(2021, 3, 1), D(2021, 3, 31), group_type="awareness_activity"),
        StatsFilter(*YEAR_2021, featured_nationalities=("SY", "TR", "IQ", "stateless")),
        StatsFilter(*YEAR_2021, featured_nationalities=()),
    ]
    for base in filters:
        for method in (AGE_FIRST, AGE_EACH):
            flt = replace(base, age_method=method)
            _assert_matches(compute_statistics(db, flt), _oracle(db, flt))


def test_a_confirmed_duplicate_counts_once_as_the_kept_person(
    template_db: Path, tmp_path: Path
) -> None:
    """#14: the 2021 figures before and after confirming duplicates, exact against the oracle."""
    import shutil

    from ttk_desktop.core.identity import confirm_same, split

    path = tmp_path / "office.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, actor="tester")
    setup_office(db, "IST", "İstanbul Toplum Merkezi")
    build_2021(db)
    flt = StatsFilter(*YEAR_2021)
    before = compute_statistics(db, flt)
    with db.read() as s:
        ticks = s.execute(
            select(Attendance.session_id, Attendance.participant_id).where(
                Attendance.deleted.is_(False)
            )
        ).all()
        people = {p.id: p for p in s.scalars(select(Participant))}
    by_session: dict[int, list[int]] = {}
    for sid, pid in ticks:
        by_session.setdefault(sid, []).append(pid)
    # Two people who sat in one session; a third of the other gender joins them
    # through a chain of decisions (kept person first).
    a, b = next(pids[:2] for pids in by_session.values() if len(pids) >= 2)
    c = next(
        pid
        for pid in sorted(people)
        if pid not in (a, b) and people[pid].gender != people[a].gender
    )
    shared = sum(1 for pids in by_session.values() if a in pids and b in pids)
    confirm_same(db, people[a].uuid, people[b].uuid)
    confirm_same(db, people[b].uuid, people[c].uuid)  # b is already a's alias: c joins a
    after = compute_statistics(db, flt)
    attended = {pid for _sid, pid in ticks}
    assert after.distinct_participants == before.distinct_participants - 1 - (c in attended)
    assert after.participations == before.participations - shared - sum(
        1 for pids in by_session.values() if c in pids and (a in pids or b in pids)
    )
    moved = people[c].gender  # c no longer counts under its own gender
    assert after.gender[moved].count == before.gender[moved].count - (c in attended)
    for base in (flt, StatsFilter(D(2020, 6, 1), D(2022, 6, 1))):
        for method in (AGE_FIRST, AGE_EACH):
            f = replace(base, age_method=method)
            _assert_matches(compute_statistics(db, f), _oracle(db, f))
    # The alias-aware statements still drive attendance from the period's sessions.
    q = _Queries(flt, None, aliases=True)
    with db.read() as s:
        for stmt in (q.months(), q.people(), q.wide_ages()):
            sql = str(
                stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
            )
            rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            plan = " | ".join(row[3] for row in rows)
            assert "SCAN attendance" not in plan, plan
    split(db, people[a].uuid, people[b].uuid)
    split(db, people[b].uuid, people[c].uuid)
    assert compute_statistics(db, flt) == before
    db.close()


def test_featured_nationalities_are_a_parameter(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, _info = set_2021
    stats = compute_statistics(
        db, StatsFilter(*YEAR_2021, featured_nationalities=("SY", "TR", "IQ", "stateless"))
    )
    assert _counts(stats.nationality) == {
        "SY": 429,
        "TR": 216,
        "IQ": 7,
        "stateless": 5,
        "other": 16,
    }
    assert list(stats.nationality_by_gender) == ["SY", "TR", "IQ", "stateless", "other"]


# -- filters on a small hand-made office ---------------------------------------------


@pytest.fixture
def small(db: Database) -> dict[str, int]:
    """Two offices; an IST group one of whose sessions Ankara ran; one empty session."""
    ensure_office(db, "ANK", "Ankara Toplum Merkezi")

    def person(first: str, last: str, gender: str, nat: str, born: dt.date | None) -> int:
        data = ParticipantInput(first, last, gender=gender, nationality=nat, birth_date=born)
        return participants.create_participant(db, data).id

    ids = {
        "p1": person("Amal", "Haddad", "female", "SY", D(1990, 5, 5)),
        "p2": person("Emre", "Kaya", "male", "TR", D(2010, 6, 6)),
        "p3": person("Zahra", "Ahmadi", "female", "AF", D(1950, 7, 7)),
        "p4": person("Omar", "Al-Halabi", "male", "SY", D(2009, 1, 1)),
        "p5": person("Nour", "Darwish", "not_stated", "unknown", None),
    }
    g1 = groups.create_group(db, GroupInput("refugee_assembly", "Mülteci Meclisi")).id
    g2 = groups.create_group(db, GroupInput("children_assembly", "Çocuk Meclisi")).id
    g3 = groups.create_group(db, GroupInput("solidarity_group", "Dayanışma", office_code="ANK")).id
    ids.update(g1=g1, g2=g2, g3=g3)
    plan = [
        ("s1", g1, D(2021, 3, 1), None, ["p1", "p3"]),
        ("s2", g1, D(2021, 4, 1), "ANK", ["p1", "p5"]),  # Ankara ran the IST group's session
        ("s3", g2, D(2021, 5, 1), None, ["p2", "p4"]),
        ("s4", g3, D(2021, 6, 1), None, ["p3", "p5"]),
        ("s5", g3, D(2021, 7, 1), None, []),
    ]
    for key, gid, day, office, present in plan:
        sid = sessions.create_session(db, SessionInput(gid, day, office_code=office)).id
        ids[key] = sid
        for p in present:
            sessions.set_attendance(db, sid, ids[p], True)
    return ids


def _triple(db: Database, **kw: object) -> tuple[int, int, int]:
    stats = compute_statistics(db, StatsFilter(*YEAR_2021, **kw))  # type: ignore[arg-type]
    return stats.sessions, stats.participations, stats.distinct_participants


def test_filters_by_office_group_type_and_group(db: Database, small: dict[str, int]) -> None:
    assert _triple(db) == (5, 8, 5)
    assert _triple(db, office_code="IST") == (2, 4, 4)  # s1, s3: the office that RAN them
    assert _triple(db, office_code="ANK") == (3, 4, 3)  # s2, s4, s5
    assert _triple(db, group_type="refugee_assembly") == (2, 4, 3)
    assert _triple(db, group_type="children_assembly") == (1, 2, 2)
    assert _triple(db, group_type="stakeholder_meeting") == (0, 0, 0)
    assert _triple(db, group_id=small["g3"]) == (2, 2, 2)
    assert _triple(db, office_code="IST", group_id=small["g1"]) == (1, 2, 2)
    assert _triple(db, office_code="ANK", group_type="children_assembly") == (0, 0, 0)


def test_small_office_distributions_and_unknown_age(db: Database, small: dict[str, int]) -> None:
    stats = compute_statistics(db, StatsFilter(*YEAR_2021))
    assert {k: (b.count, str(b.percent)) for k, b in stats.gender.items()} == {
        "female": (2, "40.0"),
        "male": (2, "40.0"),
        "not_stated": (1, "20.0"),
    }
    assert _counts(stats.nationality) == {"SY": 2, "TR": 1, "other": 2}
    assert _counts(stats.age_group) == {"0-17": 2, "18-59": 1, "60+": 1, "unknown": 1}
    assert _counts(stats.unhcr_age_group) == {
        "0-4": 0, "5-11": 1, "12-17": 1, "18-59": 1, "60+": 1, "unknown": 1,
    }  # fmt: skip
    assert stats.gender_by_age_group["male"] == {"0-17": 2, "18-59": 0, "60+": 0}
    assert stats.gender_by_age_group["not_stated"] == {
        "0-17": 0,
        "18-59": 0,
        "60+": 0,
        "unknown": 1,
    }
    assert stats.nationality_by_gender["other"] == {"female": 1, "male": 0, "not_stated": 1}
    # the unknown bucket is shown only when someone is in it
    ist = compute_statistics(db, StatsFilter(*YEAR_2021, office_code="IST"))
    assert "unknown" not in ist.age_group
    assert "not_stated" not in ist.gender
    data = to_json_dict(
        compute_statistics(
            db,
            StatsFilter(
                *YEAR_2021, office_code="ANK", group_type="refugee_assembly", group_id=small["g1"]
            ),
        )
    )
    assert (data["office"], data["group_type"], data["group"]) == (
        "ANK",
        "refugee_assembly",
        small["g1"],
    )
    assert data["distinct_participants"] == 2


def test_deleting_a_participant_or_group_removes_them(db: Database, small: dict[str, int]) -> None:
    participants.delete_participant(db, small["p5"])
    assert _triple(db) == (5, 6, 4)
    groups.delete_group(db, small["g3"])
    assert _triple(db) == (3, 5, 4)
    sessions.set_attendance(db, small["s1"], small["p3"], False)  # unticked
    assert _triple(db) == (3, 4, 3)


def test_each_is_exact_over_periods_longer_than_a_year(db: Database) -> None:
    """Ages 4 and 13 only: counted in 0-4 and 12-17, NOT in 5-11 they never attended in."""
    g = groups.create_group(db, GroupInput("awareness_activity", "Farkındalık")).id
    days = [D(2016, 6, 1), D(2021, 6, 1), D(2025, 6, 1)]
    sids = [sessions.create_session(db, SessionInput(g, day)).id for day in days]

    def person(born: dt.date, attended: list[int]) -> None:
        pid = participants.create_participant(
            db,
            ParticipantInput("Hiba", "Kanaan", gender="female", nationality="SY", birth_date=born),
        ).id
        for i in attended:
            sessions.set_attendance(db, sids[i], pid, True)

    person(D(2012, 5, 5), [0, 2])  # 4 and 13
    person(D(2012, 5, 5), [0, 1, 2])  # 4, 9 and 13
    person(D(2000, 1, 1), [0, 2])  # 16 and 25
    person(D(2014, 3, 3), [0])  # 2
    flt = StatsFilter(D(2016, 1, 1), D(2025, 12, 31), age_method=AGE_EACH)
    stats = compute_statistics(db, flt)
    assert _counts(stats.unhcr_age_group) == {"0-4": 3, "5-11": 1, "12-17": 3, "18-59": 1, "60+": 0}
    assert _counts(stats.age_group) == {"0-17": 4, "18-59": 1, "60+": 0}
    _assert_matches(stats, _oracle(db, flt))


# -- validation, rounding, the JSON and the text report ------------------------------


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"date_from": D(2021, 12, 31), "date_to": D(2021, 1, 1)}, "date_from", "2021-12-31"),
        ({"age_method": "oldest"}, "age_method", 'Unknown age method "oldest"'),
        ({"group_type": "picnic"}, "group_type", 'Unknown group type "picnic"'),
        ({"office_code": "XYZ"}, "office", 'Unknown office "XYZ"'),
        ({"group_id": 999_999}, "group", "Group #999999 does not exist"),
    ],
)
def test_bad_filters_are_refused_clearly(db: Database, kw: dict, field: str, words: str) -> None:  # type: ignore[type-arg]
    args = {"date_from": YEAR_2021[0], "date_to": YEAR_2021[1], **kw}
    with pytest.raises(ValidationError) as err:
        compute_statistics(db, StatsFilter(**args))
    assert field in err.value.errors
    assert words in str(err.value)


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [(245, 400, "61.3"), (412, 673, "61.2"), (10, 678, "1.5"), (1, 2000, "0.1"), (1, 6, "16.7"),
     (1, 8, "12.5"), (0, 0, "0.0"), (3, 3, "100.0")],
)  # fmt: skip
def test_percent_rounds_half_up_to_one_decimal(count: int, total: int, expected: str) -> None:
    assert str(percent(count, total)) == expected


def test_queries_are_few_and_use_the_indexes(set_2021) -> None:  # type: ignore[no-untyped-def]
    db, _info = set_2021
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        compute_statistics(db, StatsFilter(*YEAR_2021, age_method=AGE_EACH))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    stats_queries = [s for s in statements if "attendance" in s]
    assert len(stats_queries) <= 3 and len(statements) <= 5
    assert all("uuid" not in s for s in stats_queries)  # joins on integer keys

    q = _Queries(StatsFilter(*YEAR_2021), None)
    with db.read() as s:
        for stmt in (q.months(), q.people(), q.wide_ages()):
            sql = str(
                stmt.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
            )
            rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            plan = " | ".join(row[3] for row in rows)
            assert "ix_sessions_date" in plan, plan
            assert "SCAN attendance" not in plan, plan  # never a full scan of attendance


def test_format_table_states_period_filters_and_method(db: Database, small: dict[str, int]) -> None:
    stats = compute_statistics(db, StatsFilter(*YEAR_2021, office_code="IST", age_method=AGE_EACH))
    text = format_table(stats, language="tr")
    lines = text.splitlines()
    assert "Period: 2021-01-01 to 2021-12-31 (both included)." in lines
    assert "Filters: office IST." in lines
    assert age_method_description(AGE_EACH) in lines
    assert "Suriye" in text and "Türkiye" in text  # country names in the language asked
    female = next(line for line in lines if line.startswith("Female"))
    assert female.split() == ["Female", "2", "50.0"]
    # columns line up: every row of a table is as wide as its header
    start = next(i for i, line in enumerate(lines) if line.startswith("Gender"))
    table = lines[start : start + 4]
    assert len({len(line) for line in table}) == 1
    everything = format_table(
        compute_statistics(db, StatsFilter(*YEAR_2021, group_id=small["g2"])), details=True
    )
    assert 'Filters: group "Çocuk Meclisi"' in everything
    assert "UNHCR age group" in everything and "2021-05" in everything
    assert "first attendance" in age_method_description(AGE_FIRST)
    assert "sum of the group counts" in age_method_description(AGE_EACH)


def test_compute_timing_on_the_2021_set(set_2021) -> None:  # type: ignore[no-untyped-def]
    """Generous bound: the real target is ~0.5 s at 50,000 people / 1,000,000 ticks."""
    import time

    db, _info = set_2021
    start = time.perf_counter()
    for method in (AGE_FIRST, AGE_EACH):
        compute_statistics(db, StatsFilter(*YEAR_2021, age_method=method))
    assert time.perf_counter() - start < 2.0


def test_dataset_builder_info_is_consistent(set_2021) -> None:  # type: ignore[no-untyped-def]
    _db, info = set_2021
    assert isinstance(info, Dataset2021)
    assert info.distinct == 673 and sum(info.first_age_groups.values()) == 673
    assert info.sessions == 100 and info.empty_session_id > 0
