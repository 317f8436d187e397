"""The unit's periodic (yearly) statistics: sessions, participations and who came.

Everything is aggregated in SQLite: two grouped queries over the sessions of
the period (a third only for the ``each`` method when someone's attendance
spans two birthdays, i.e. periods over a year), joined on the integer keys,
return a few hundred rows at most whatever the number of attendances. Python
only adds up those small "cubes" into distributions and percentages.

Ages are computed in SQL from the ``'YYYY-MM-DD'`` text SQLAlchemy's ``Date``
type stores: ``year(day) - year(birth) - (mm-dd(day) < mm-dd(birth))``. The
string comparison of ``mm-dd`` makes someone born on 29 February a year older
on 1 March in common years, the same rule as :func:`ttk_desktop.core.records.age_on`.

Two age methods exist because the unit's published reports used the second:

* ``first``: each person once, in the age group of their first attendance in
  the period, so every distribution adds up to the distinct participants;
* ``each``: a person is counted once in every age group they attended in, and
  the percentages are of the sum of the age-group counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, Select, case, cast, func, literal, select, union, union_all
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from ttk_desktop.core import vocab
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Attendance, Group, Office, Participant, Session
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

AGE_FIRST, AGE_EACH = "first", "each"
AGE_METHODS: tuple[str, ...] = (AGE_FIRST, AGE_EACH)
UNKNOWN_AGE = "unknown"
OTHER_NATIONALITY = "other"
_ONE_DECIMAL = Decimal("0.1")
# A column or an expression: what the age and bucket helpers accept.
_Expr = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class StatsFilter:
    """The period (inclusive) and the optional filters of a statistics run."""

    date_from: dt.date
    date_to: dt.date
    office_code: str | None = None  # the office that ran the session
    group_type: str | None = None
    group_id: int | None = None
    age_method: str = AGE_FIRST
    featured_nationalities: tuple[str, ...] = vocab.DEFAULT_FEATURED_NATIONALITIES


@dataclass(frozen=True)
class Bucket:
    """One category of a distribution: how many and which share (one decimal)."""

    count: int
    percent: Decimal


@dataclass(frozen=True)
class YearlyStats:
    """The figures of one period. Distributions count distinct persons.

    ``gender`` and ``nationality`` count each person once; ``age_group`` and
    ``unhcr_age_group`` follow the filter's age method; the cross tables always
    use the ``first`` rule. Fixed categories are always present (possibly 0);
    "other"/"not_stated" gender and the "unknown" age bucket only when non-zero.
    """

    filter: StatsFilter
    sessions: int
    participations: int
    distinct_participants: int
    gender: dict[str, Bucket]
    age_group: dict[str, Bucket]
    nationality: dict[str, Bucket]
    unhcr_age_group: dict[str, Bucket] = field(default_factory=dict)
    # gender -> age group -> persons (age at first attendance)
    gender_by_age_group: dict[str, dict[str, int]] = field(default_factory=dict)
    # nationality bucket -> gender -> persons
    nationality_by_gender: dict[str, dict[str, int]] = field(default_factory=dict)
    sessions_per_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> sessions
    participations_per_month: dict[str, int] = field(default_factory=dict)
    group_name: str | None = None  # name of the filtered group, for the report


# -- small helpers -------------------------------------------------------------------


def percent(count: int, total: int) -> Decimal:
    """``count`` as a percentage of ``total``, one decimal, half up (61.25 -> 61.3)."""
    if total <= 0:
        return Decimal("0.0")
    return (Decimal(count) * 100 / Decimal(total)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def _buckets(counts: dict[str, int], total: int | None = None) -> dict[str, Bucket]:
    base = sum(counts.values()) if total is None else total
    return {key: Bucket(n, percent(n, base)) for key, n in counts.items()}


def age_group_keys(groups: Sequence[tuple[str, int, int | None]]) -> tuple[str, ...]:
    return tuple(name for name, _lo, _hi in groups)


def _ordered(
    counts: dict[str, int], fixed: Iterable[str], optional: Iterable[str] = ()
) -> dict[str, int]:
    """Fixed keys always (zero if absent), optional keys only when non-zero."""
    out = {key: counts.get(key, 0) for key in fixed}
    for key in optional:
        if counts.get(key):
            out[key] = counts[key]
    return out


# -- SQL expressions -----------------------------------------------------------------


def _year(text: _Expr) -> ColumnElement[int]:
    return cast(func.substr(text, 1, 4), Integer)


def age_expr(day: _Expr, birth: _Expr) -> ColumnElement[int]:
    """Age in completed years on ``day`` (both 'YYYY-MM-DD' text); NULL without birth."""
    before_birthday = cast(func.substr(day, 6, 5) < func.substr(birth, 6, 5), Integer)
    return _year(day) - _year(birth) - before_birthday


def _age_bucket(
    age: ColumnElement[int], groups: Sequence[tuple[str, int, int | None]]
) -> ColumnElement[str]:
    """CASE mapping an age onto ``groups``; no birth date (or a negative age) is unknown."""
    whens = [(age >= lo if hi is None else age.between(lo, hi), name) for name, lo, hi in groups]
    return case(*whens, else_=literal(UNKNOWN_AGE))


def _gender_bucket() -> ColumnElement[str]:
    return case(
        (Participant.gender.in_(vocab.GENDERS), Participant.gender),
        else_=literal(vocab.NOT_STATED),
    )


def _nationality_bucket(featured: tuple[str, ...]) -> ColumnElement[str]:
    if not featured:
        return literal(OTHER_NATIONALITY)
    return case(
        (Participant.nationality.in_(featured), Participant.nationality),
        else_=literal(OTHER_NATIONALITY),
    )


# -- validation ----------------------------------------------------------------------


def _validate(flt: StatsFilter) -> None:
    errors: dict[str, str] = {}
    if flt.date_from > flt.date_to:
        errors["date_from"] = translate(
            "Statistics",
            "The period starts on {start}, after its end on {end}. "
            "Choose a start date on or before the end date.",
            start=flt.date_from.isoformat(),
            end=flt.date_to.isoformat(),
        )
    if flt.age_method not in AGE_METHODS:
        errors["age_method"] = translate(
            "Statistics",
            'Unknown age method "{method}". Use "first" or "each".',
            method=flt.age_method,
        )
    if flt.group_type is not None and flt.group_type not in vocab.GROUP_TYPES:
        errors["group_type"] = translate(
            "Statistics",
            'Unknown group type "{type}". Use one of: {types}.',
            type=flt.group_type,
            types=", ".join(vocab.GROUP_TYPES),
        )
    if OTHER_NATIONALITY in flt.featured_nationalities:
        errors["featured_nationalities"] = translate(
            "Statistics",
            '"other" cannot be a featured nationality: it is the bucket of all the rest.',
        )
    if errors:
        raise ValidationError(errors)


def _resolve(db: Database, flt: StatsFilter) -> tuple[int | None, str | None]:
    """Office id of the office filter and name of the group filter (both checked)."""
    office_id = group_name = None
    with db.read() as session:
        if flt.office_code is not None:
            office_id = session.scalar(select(Office.id).where(Office.code == flt.office_code))
            if office_id is None:
                raise ValidationError(
                    {
                        "office": translate(
                            "Statistics",
                            'Unknown office "{code}". Choose an office from the list.',
                            code=flt.office_code,
                        )
                    }
                )
        if flt.group_id is not None:
            group_name = session.scalar(select(Group.name).where(Group.id == flt.group_id))
            if group_name is None:
                raise ValidationError(
                    {
                        "group": translate(
                            "Statistics", "Group #{id} does not exist.", id=flt.group_id
                        )
                    }
                )
    return office_id, group_name


# -- queries -------------------------------------------------------------------------


def _period_sessions(flt: StatsFilter, office_id: int | None) -> Select:
    """Live sessions of live groups in the period (uses ix_sessions_date)."""
    stmt = (
        select(Session.id.label("session_id"), Session.date.label("day"))
        .join(Group, Group.id == Session.group_id)
        .where(
            Session.date >= flt.date_from,
            Session.date <= flt.date_to,
            Session.deleted.is_(False),
            Group.deleted.is_(False),
        )
    )
    if office_id is not None:
        stmt = stmt.where(Session.office_id == office_id)
    if flt.group_type is not None:
        stmt = stmt.where(Group.type == flt.group_type)
    if flt.group_id is not None:
        stmt = stmt.where(Session.group_id == flt.group_id)
    return stmt


def _month(day: ColumnElement[Any]) -> ColumnElement[str]:
    return func.substr(day, 1, 7)


class _Queries:
    """The statements of one run, all built over the period's sessions (a CTE).

    Attendance is read once per statement, driven by the period's sessions through
    the unique (session_id, participant_id) index. Deleted participants are dropped
    per person after grouping (tens of thousands of lookups), not per attendance row.
    """

    def __init__(self, flt: StatsFilter, office_id: int | None, aliases: bool = False) -> None:
        self.flt = flt
        # With confirmed duplicates (#14) a person is COALESCE(alias_of, id): the
        # kept person, whose gender, age and nationality count. Without any, the
        # plain participant id (no join per tick), as before.
        self.aliases = aliases
        # NOT MATERIALIZED: inlined, SQLite keeps driving attendance from the
        # sessions (date index, then the unique index). Materialised, it would
        # rather walk attendance in participant order with a table lookup per row.
        self.sessions = (
            _period_sessions(flt, office_id).cte("period_sessions").prefix_with("NOT MATERIALIZED")
        )
        # Per person: first and last day attended in the period (live ticks only).
        pid = self._person()
        self.span = self._first_and_last_day().group_by(pid).cte("span")

    def _first_and_last_day(self) -> Select:
        """Per person (group it by): first and last day attended in the period, live ticks."""
        ps, pid = self.sessions, self._person()
        return self._live_ticks(
            select(
                pid.label("pid"),
                func.min(ps.c.day).label("first_day"),
                func.max(ps.c.day).label("last_day"),
            )
            .select_from(ps)
            .join(Attendance, Attendance.session_id == ps.c.session_id)
            .where(Attendance.deleted.is_(False))
        )

    def _person(self) -> ColumnElement[int]:
        """The person a tick counts for: the kept person of an alias."""
        if self.aliases:
            return func.coalesce(Participant.alias_of, Participant.id)
        return Attendance.participant_id  # type: ignore[return-value]

    def _live_ticks(self, stmt: Select) -> Select:
        """With aliases: only ticks of live rows (the kept person is checked per person)."""
        if self.aliases:
            return stmt.join(Participant, Participant.id == Attendance.participant_id).where(
                Participant.deleted.is_(False)
            )
        return stmt

    def months(self) -> Select:
        """(month, sessions, participations) for each month that had a session."""
        ps = self.sessions
        deleted_people = select(Participant.id).where(Participant.deleted.is_(True))
        # Two rows of one person at a session are one participation.
        counted = func.count(self._person().distinct()) if self.aliases else func.count()
        present = (
            self._live_ticks(
                select(counted)
                .select_from(Attendance)
                .where(
                    Attendance.session_id == ps.c.session_id,
                    Attendance.deleted.is_(False),
                    self._person().not_in(deleted_people),
                )
            )
        ).scalar_subquery()
        per_session = select(ps.c.day, present.label("present")).subquery("per_session")
        month = _month(per_session.c.day).label("month")
        return (
            select(month, func.count(), func.sum(per_session.c.present))
            .group_by(month)
            .order_by(month)
        )

    def people(self) -> Select:
        """Distinct persons by gender, nationality and the age groups of their first
        and last attendance; ``wide`` marks the rare person whose ages span more
        than one birthday (periods over a year), whom :meth:`wide_ages` handles."""
        span = self.span
        # Materialised so the age expressions are computed once per person, not
        # once per bucket (SQLite would otherwise inline them into every CASE).
        people = (
            select(
                _gender_bucket().label("gender"),
                _nationality_bucket(self.flt.featured_nationalities).label("nationality"),
                age_expr(span.c.first_day, Participant.birth_date).label("first_age"),
                age_expr(span.c.last_day, Participant.birth_date).label("last_age"),
            )
            .select_from(span)
            .join(Participant, Participant.id == span.c.pid)
            .where(Participant.deleted.is_(False))
            .cte("people")
            .prefix_with("MATERIALIZED")
        )
        first_age, last_age = people.c.first_age, people.c.last_age
        cols = (
            people.c.gender,
            people.c.nationality,
            _age_bucket(first_age, vocab.AGE_GROUPS).label("age_group"),
            _age_bucket(first_age, vocab.UNHCR_AGE_GROUPS).label("unhcr"),
            _age_bucket(last_age, vocab.AGE_GROUPS).label("last_age_group"),
            _age_bucket(last_age, vocab.UNHCR_AGE_GROUPS).label("last_unhcr"),
            case((last_age - first_age >= 2, 1), else_=0).label("wide"),
        )
        return select(*cols, func.count().label("persons")).group_by(*cols)

    def wide_ages(self) -> Select:
        """("std"|"unhcr", group, persons) for the ``wide`` persons only: every age
        group they attended in.

        Within one calendar year a person has at most two ages, those of their
        first and last attendance that year, so grouping by (person, year) finds
        every age attended without computing an age per attendance row.
        """
        span, ps = self.span, self.sessions
        born = Participant.birth_date
        wide = (
            select(span.c.pid)
            .join(Participant, Participant.id == span.c.pid)
            .where(
                Participant.deleted.is_(False),
                age_expr(span.c.last_day, born) - age_expr(span.c.first_day, born) >= 2,
            )
            .cte("wide")
        )
        years = (
            self._first_and_last_day()
            .group_by(self._person(), func.substr(ps.c.day, 1, 4))
            .cte("wide_years")
        )
        ages = union(
            *(
                select(years.c.pid, age_expr(day, born).label("age"))
                .join(wide, wide.c.pid == years.c.pid)
                .join(Participant, Participant.id == years.c.pid)
                for day in (years.c.first_day, years.c.last_day)
            )
        ).cte("wide_ages")
        parts = []
        for kind, groups in (("std", vocab.AGE_GROUPS), ("unhcr", vocab.UNHCR_AGE_GROUPS)):
            bucket = _age_bucket(ages.c.age, groups)
            parts.append(
                select(literal(kind), bucket, func.count(ages.c.pid.distinct())).group_by(bucket)
            )
        return union_all(*parts)  # type: ignore[return-value]


def _has_aliases(db: Database) -> bool:
    """Whether any participant is a confirmed duplicate of another (ix_participants_alias_of)."""
    with db.read() as session:
        found = session.scalar(
            select(Participant.id).where(Participant.alias_of.is_not(None)).limit(1)
        )
    return found is not None


def _add(counts: dict[str, int], key: str, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


def compute_statistics(db: Database, flt: StatsFilter) -> YearlyStats:
    """The period's figures in two or three grouped queries (safe off the GUI thread)."""
    db.require(Action.VIEW_STATISTICS)
    _validate(flt)
    office_id, group_name = _resolve(db, flt)
    q = _Queries(flt, office_id, _has_aliases(db))
    each = flt.age_method == AGE_EACH
    with db.read() as session:
        months = session.execute(q.months()).all()
        cube = session.execute(q.people()).all()
        wide_rows = (
            session.execute(q.wide_ages()).all() if each and any(r.wide for r in cube) else []
        )

    genders: dict[str, int] = {}
    nationalities: dict[str, int] = {}
    first_std: dict[str, int] = {}
    first_unhcr: dict[str, int] = {}
    each_std: dict[str, int] = {}
    each_unhcr: dict[str, int] = {}
    gender_by_age: dict[str, dict[str, int]] = {}
    nationality_by_gender: dict[str, dict[str, int]] = {}
    for row in cube:
        n = int(row.persons)
        _add(genders, row.gender, n)
        _add(nationalities, row.nationality, n)
        _add(first_std, row.age_group, n)
        _add(first_unhcr, row.unhcr, n)
        _add(gender_by_age.setdefault(row.gender, {}), row.age_group, n)
        _add(nationality_by_gender.setdefault(row.nationality, {}), row.gender, n)
        if not row.wide:  # ages {first, last} are all the ages attended
            for key in {row.age_group, row.last_age_group}:
                _add(each_std, key, n)
            for key in {row.unhcr, row.last_unhcr}:
                _add(each_unhcr, key, n)
    for kind, bucket, n in wide_rows:
        _add(each_std if kind == "std" else each_unhcr, bucket, int(n))
    distinct = sum(genders.values())

    std_keys = age_group_keys(vocab.AGE_GROUPS)
    unhcr_keys = age_group_keys(vocab.UNHCR_AGE_GROUPS)
    gender_counts = _ordered(genders, (vocab.FEMALE, vocab.MALE), (vocab.OTHER, vocab.NOT_STATED))
    nationality_counts = _ordered(nationalities, (*flt.featured_nationalities, OTHER_NATIONALITY))
    if each:  # percentages of the sum of the group counts, as published
        age_buckets = _buckets(_ordered(each_std, std_keys, (UNKNOWN_AGE,)))
        unhcr_buckets = _buckets(_ordered(each_unhcr, unhcr_keys, (UNKNOWN_AGE,)))
    else:
        age_buckets = _buckets(_ordered(first_std, std_keys, (UNKNOWN_AGE,)), distinct)
        unhcr_buckets = _buckets(_ordered(first_unhcr, unhcr_keys, (UNKNOWN_AGE,)), distinct)

    return YearlyStats(
        filter=flt,
        sessions=sum(int(m[1]) for m in months),
        participations=sum(int(m[2] or 0) for m in months),
        distinct_participants=distinct,
        gender=_buckets(gender_counts, distinct),
        age_group=age_buckets,
        nationality=_buckets(nationality_counts, distinct),
        unhcr_age_group=unhcr_buckets,
        gender_by_age_group={
            g: _ordered(gender_by_age.get(g, {}), std_keys, (UNKNOWN_AGE,)) for g in gender_counts
        },
        nationality_by_gender={
            nat: _ordered(nationality_by_gender.get(nat, {}), gender_counts)
            for nat in nationality_counts
        },
        sessions_per_month={m[0]: int(m[1]) for m in months},
        participations_per_month={m[0]: int(m[2] or 0) for m in months},
        group_name=group_name,
    )


def _json_buckets(buckets: dict[str, Bucket]) -> dict[str, dict[str, Any]]:
    return {key: {"count": b.count, "percent": float(b.percent)} for key, b in buckets.items()}


def to_json_dict(stats: YearlyStats) -> dict[str, Any]:
    """The published JSON shape; filters appear as keys only when set."""
    flt = stats.filter
    out: dict[str, Any] = {"from": flt.date_from.isoformat(), "to": flt.date_to.isoformat()}
    if flt.office_code is not None:
        out["office"] = flt.office_code
    if flt.group_type is not None:
        out["group_type"] = flt.group_type
    if flt.group_id is not None:
        out["group"] = flt.group_id
    out.update(
        {
            "age_method": flt.age_method,
            "sessions": stats.sessions,
            "participations": stats.participations,
            "distinct_participants": stats.distinct_participants,
            "gender": _json_buckets(stats.gender),
            "age_group": _json_buckets(stats.age_group),
            "nationality": _json_buckets(stats.nationality),
        }
    )
    return out
