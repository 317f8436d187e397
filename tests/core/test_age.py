"""Age in completed years: ``records.age_on`` and the statistics' SQL must agree.

Someone born on 29 February turns a year older on 1 March in common years; a
birthday on the session's day already counts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, literal, select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput, age_on
from ttk_desktop.core.services import groups, participants, sessions
from ttk_desktop.core.statistics import AGE_EACH, StatsFilter, age_expr, compute_statistics

D = dt.date

EDGES = [
    # (birth, day, age)
    (D(2004, 2, 29), D(2021, 2, 28), 16),  # common year: not yet on 28 February
    (D(2004, 2, 29), D(2021, 3, 1), 17),  # ... a year older on 1 March
    (D(2004, 2, 29), D(2024, 2, 28), 19),  # leap year: the day before the birthday
    (D(2004, 2, 29), D(2024, 2, 29), 20),  # leap year: on the birthday itself
    (D(2016, 2, 29), D(2021, 2, 28), 4),
    (D(2016, 2, 29), D(2021, 3, 1), 5),
    (D(2003, 6, 15), D(2021, 6, 14), 17),  # the day before the birthday
    (D(2003, 6, 15), D(2021, 6, 15), 18),  # birthday on the session day
    (D(1961, 11, 30), D(2021, 11, 30), 60),
    (D(2003, 12, 31), D(2021, 12, 31), 18),
    (D(2004, 1, 1), D(2021, 1, 1), 17),
    (D(2004, 1, 1), D(2020, 12, 31), 16),
    (D(2021, 5, 5), D(2021, 5, 5), 0),  # born on the day
    (D(1936, 3, 1), D(2021, 2, 28), 84),
]


def _sql_age(db: Database, birth: dt.date | None, day: dt.date) -> int | None:
    """The SQL expression on values bound through SQLAlchemy's Date type, as stored."""
    with db.read() as s:
        return s.scalar(select(age_expr(literal(day, Date), literal(birth, Date))))


@pytest.mark.parametrize(("birth", "day", "age"), EDGES)
def test_age_on_and_sql_agree_on_the_edges(
    db: Database, birth: dt.date, day: dt.date, age: int
) -> None:
    assert age_on(birth, day) == age
    assert _sql_age(db, birth, day) == age


def test_no_birth_date_has_no_age(db: Database) -> None:
    assert age_on(None, D(2021, 1, 1)) is None
    assert _sql_age(db, None, D(2021, 1, 1)) is None


def test_sql_agrees_with_age_on_around_every_birthday(db: Database) -> None:
    """Births over two leap cycles, each checked around its birthdays in 2020-2023."""
    pairs = []
    births = [D(2000, 1, 1) + dt.timedelta(days=n) for n in range(0, 366 * 8, 7)]
    births += [D(2000, 2, 29), D(2004, 2, 29), D(2000, 2, 28), D(2000, 3, 1)]
    for birth in births:
        for year in (2020, 2021, 2022, 2023):
            try:
                birthday = birth.replace(year=year)
            except ValueError:  # 29 February in a common year
                birthday = D(year, 3, 1)
            pairs += [(birth, birthday + dt.timedelta(days=k)) for k in (-1, 0, 1)]
    got: list[int | None] = []
    with db.read() as s:
        for start in range(0, len(pairs), 900):  # one query of 900 ages at a time
            chunk = pairs[start : start + 900]
            stmt = select(*(age_expr(literal(d, Date), literal(b, Date)) for b, d in chunk))
            got += list(s.execute(stmt).one())
    assert len(got) > 5000
    assert got == [age_on(birth, day) for birth, day in pairs]


def test_the_statistics_use_the_same_rule(db: Database) -> None:
    """End to end: stored birth and session dates, both age methods."""
    g = groups.create_group(db, GroupInput("awareness_activity", "Farkındalık Atölyesi")).id
    days = [D(2022, 2, 28), D(2022, 3, 1), D(2022, 6, 15)]
    sids = [sessions.create_session(db, SessionInput(g, day)).id for day in days]

    def person(born: dt.date, attended: list[int]) -> None:
        data = ParticipantInput(
            "Yasmin", "Al-Omar", gender="female", nationality="SY", birth_date=born
        )
        pid = participants.create_participant(db, data).id
        for i in attended:
            sessions.set_attendance(db, sids[i], pid, True)

    person(D(2004, 2, 29), [0, 1])  # 17 on 28 Feb 2022, 18 on 1 Mar 2022
    person(D(2004, 6, 15), [2])  # 18 on the session day, her birthday
    person(D(2004, 6, 16), [2])  # still 17: her birthday is the next day
    first = compute_statistics(db, StatsFilter(D(2022, 1, 1), D(2022, 12, 31)))
    assert {k: b.count for k, b in first.age_group.items()} == {"0-17": 2, "18-59": 1, "60+": 0}
    each = compute_statistics(db, StatsFilter(D(2022, 1, 1), D(2022, 12, 31), age_method=AGE_EACH))
    assert {k: b.count for k, b in each.age_group.items()} == {"0-17": 2, "18-59": 2, "60+": 0}
    assert [str(b.percent) for b in each.age_group.values()] == ["50.0", "50.0", "0.0"]
    # Only 1 March: the 29-February-born person is already 18 then.
    march = compute_statistics(db, StatsFilter(D(2022, 3, 1), D(2022, 3, 1)))
    assert {k: b.count for k, b in march.age_group.items()} == {"0-17": 0, "18-59": 1, "60+": 0}
    feb = compute_statistics(db, StatsFilter(D(2022, 2, 28), D(2022, 2, 28)))
    assert {k: b.count for k, b in feb.age_group.items()} == {"0-17": 1, "18-59": 0, "60+": 0}


def test_leap_child_crosses_the_unhcr_bracket_on_1_march(db: Database) -> None:
    g = groups.create_group(db, GroupInput("children_assembly", "Çocuk Meclisi")).id
    s1 = sessions.create_session(db, SessionInput(g, D(2021, 2, 28))).id
    s2 = sessions.create_session(db, SessionInput(g, D(2021, 3, 1))).id
    pid = participants.create_participant(
        db, ParticipantInput("Aya", "Kanaan", gender="female", birth_date=D(2016, 2, 29))
    ).id
    for sid in (s1, s2):
        sessions.set_attendance(db, sid, pid, True)
    year = (D(2021, 1, 1), D(2021, 12, 31))
    first = compute_statistics(db, StatsFilter(*year))
    each = compute_statistics(db, StatsFilter(*year, age_method=AGE_EACH))
    assert {k for k, b in first.unhcr_age_group.items() if b.count} == {"0-4"}
    assert {k for k, b in each.unhcr_age_group.items() if b.count} == {"0-4", "5-11"}
    assert each.age_group["0-17"].count == 1  # the same broad group both days
