"""The report's tables, built once from :class:`YearlyStats` for every output.

Excel, CSV, the PDF and the statistics tab all read these, so each figure is
taken from the computed statistics in one place and never retyped. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ttk_desktop.core.statistics import Bucket, YearlyStats
from ttk_desktop.reports import hxl
from ttk_desktop.reports.labels import ReportText

TEXT, INT, PCT, DATE = "text", "int", "pct", "date"
# A chart or table of months lists every month of the period, up to this many.
MAX_FILLED_MONTHS = 60


@dataclass(frozen=True)
class Column:
    header: str
    tag: str  # HXL hashtag
    kind: str = INT


@dataclass(frozen=True)
class Table:
    """One sheet of the workbook: a header row, its HXL row and data rows."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str | None = None


@dataclass(frozen=True)
class ChartBar:
    key: str
    label: str
    count: int
    percent: Decimal | None


@dataclass(frozen=True)
class ChartData:
    """A bar chart's categories in display order, each with its count and share."""

    key: str
    title: str
    bars: tuple[ChartBar, ...]

    @property
    def counts(self) -> list[int]:
        return [bar.count for bar in self.bars]


# -- period and filters ------------------------------------------------------------------


def months_in_period(stats: YearlyStats) -> list[str]:
    """ "YYYY-MM" of every month of the period (zero months included when not too many)."""
    flt = stats.filter
    months: list[str] = []
    year, month = flt.date_from.year, flt.date_from.month
    while (year, month) <= (flt.date_to.year, flt.date_to.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if len(months) > MAX_FILLED_MONTHS:
            return sorted(set(stats.sessions_per_month) | set(stats.participations_per_month))
    return months


def filter_lines(stats: YearlyStats, text: ReportText) -> list[tuple[str, str]]:
    """(label, value) lines stating the period, the filters and the age method."""
    flt = stats.filter
    group = stats.group_name if flt.group_id is not None else None
    return [
        (text("period"), f"{text.date(flt.date_from)} – {text.date(flt.date_to)}"),
        (text("office"), flt.office_code or text("all")),
        (text("group_type"), text.group_type(flt.group_type) if flt.group_type else text("all")),
        (text("group"), group or text("all")),
        (text("age_method"), text.method(flt.age_method)),
    ]


def _context(stats: YearlyStats, text: ReportText) -> tuple[list[Column], list[Any]]:
    """Period and the filters in force, repeated on each row so every row stands alone."""
    flt = stats.filter
    cols = [Column(text("start"), hxl.DATE_START, DATE), Column(text("end"), hxl.DATE_END, DATE)]
    values: list[Any] = [flt.date_from, flt.date_to]
    if flt.office_code is not None:
        cols.append(Column(text("office"), hxl.OFFICE, TEXT))
        values.append(flt.office_code)
    if flt.group_type is not None:
        cols.append(Column(text("group_type"), hxl.ACTIVITY_TYPE, TEXT))
        values.append(text.group_type(flt.group_type))
    if flt.group_id is not None:
        cols.append(Column(text("group"), hxl.ACTIVITY_NAME, TEXT))
        values.append(stats.group_name or str(flt.group_id))
    return cols, values


# -- tables --------------------------------------------------------------------------------


def _summary(stats: YearlyStats, text: ReportText) -> Table:
    cols, values = _context(stats, text)
    cols += [
        Column(text("age_method"), hxl.AGE_METHOD, TEXT),
        Column(text("sessions"), hxl.SESSIONS),
        Column(text("participations"), hxl.PARTICIPATIONS),
        Column(text("distinct"), hxl.REACHED),
    ]
    values += [
        stats.filter.age_method,
        stats.sessions,
        stats.participations,
        stats.distinct_participants,
    ]
    return Table("summary", text("summary"), tuple(cols), (tuple(values),))


def _distribution(
    key: str,
    title: str,
    buckets: dict[str, Bucket],
    label: Any,
    tag: Any,
    stats: YearlyStats,
    text: ReportText,
    note: str | None = None,
) -> Table:
    """One wide row: count and percent of every category, then the percentages' base."""
    cols, values = _context(stats, text)
    for name, bucket in buckets.items():
        cols.append(Column(label(name), tag(name)))
        cols.append(Column(f"{label(name)} %", tag(name) + "+pct", PCT))
        values += [bucket.count, bucket.percent]
    cols.append(Column(text("pct_base"), hxl.PCT_BASE))
    values.append(_base(stats, buckets))
    return Table(key, title, tuple(cols), (tuple(values),), note)


def _base(stats: YearlyStats, buckets: dict[str, Bucket]) -> int:
    """What the percentages are of: distinct participants, or the sum of age counts (each)."""
    total = sum(b.count for b in buckets.values())
    return total if total > stats.distinct_participants else stats.distinct_participants


def _gender_by_age(stats: YearlyStats, text: ReportText) -> Table:
    """The AGD table donors ask for: distinct persons by gender and age group, one row."""
    cols, values = _context(stats, text)
    for gender, ages in stats.gender_by_age_group.items():
        for age, n in ages.items():
            cols.append(Column(f"{text.gender(gender)} {text.age(age)}", hxl.reached(gender, age)))
            values.append(n)
    for gender, ages in stats.gender_by_age_group.items():
        cols.append(Column(f"{text.gender(gender)} {text('total')}", hxl.reached(gender)))
        values.append(sum(ages.values()))
    cols.append(Column(text("total"), hxl.REACHED))
    values.append(stats.distinct_participants)
    return Table(
        "gender_by_age_group",
        text("gender_by_age"),
        tuple(cols),
        (tuple(values),),
        text("cross_note"),
    )


def _nationality(stats: YearlyStats, text: ReportText) -> Table:
    """One row per nationality: persons by gender, total and share."""
    ctx_cols, ctx_values = _context(stats, text)
    genders = list(stats.gender)
    cols = [
        *ctx_cols,
        Column(text("country_code"), hxl.COUNTRY_CODE, TEXT),
        Column(text("nationality"), hxl.COUNTRY_NAME, TEXT),
        *(Column(text.gender(g), hxl.reached(g)) for g in genders),
        Column(text("total"), hxl.REACHED),
        Column("%", hxl.reached(pct=True), PCT),
    ]
    rows = []
    for code, bucket in stats.nationality.items():
        by_gender = stats.nationality_by_gender.get(code, {})
        rows.append(
            (
                *ctx_values,
                code,
                text.nationality(code),
                *(by_gender.get(g, 0) for g in genders),
                bucket.count,
                bucket.percent,
            )
        )
    return Table("nationality", text("nationality_by_gender"), tuple(cols), tuple(rows))


def _months(stats: YearlyStats, text: ReportText) -> Table:
    ctx_cols, ctx_values = _context(stats, text)
    cols = (
        *ctx_cols,
        Column(text("month"), hxl.MONTH, TEXT),
        Column(text("sessions"), hxl.SESSIONS),
        Column(text("participations"), hxl.PARTICIPATIONS),
    )
    rows = tuple(
        (
            *ctx_values,
            month,
            stats.sessions_per_month.get(month, 0),
            stats.participations_per_month.get(month, 0),
        )
        for month in months_in_period(stats)
    )
    return Table("months", text("month_chart"), cols, rows)


def build_tables(stats: YearlyStats, text: ReportText) -> list[Table]:
    """Every table of the report, in the order of the workbook's sheets."""
    tables = [
        _summary(stats, text),
        _distribution(
            "gender", text("gender_chart"), stats.gender, text.gender, hxl.reached, stats, text
        ),
        _distribution(
            "age_group",
            text("age_chart"),
            stats.age_group,
            text.age,
            lambda a: hxl.reached(age_group=a),
            stats,
            text,
        ),
    ]
    if stats.unhcr_age_group:
        tables.append(
            _distribution(
                "unhcr_age_group",
                text("unhcr_chart"),
                stats.unhcr_age_group,
                text.age,
                lambda a: hxl.reached(age_group=a),
                stats,
                text,
            )
        )
    tables += [_gender_by_age(stats, text), _nationality(stats, text), _months(stats, text)]
    return tables


# -- charts ----------------------------------------------------------------------------


def _bars(buckets: dict[str, Bucket], label: Any) -> tuple[ChartBar, ...]:
    return tuple(ChartBar(k, label(k), b.count, b.percent) for k, b in buckets.items())


def build_charts(stats: YearlyStats, text: ReportText) -> dict[str, ChartData]:
    """The report's bar charts by key: gender, age_group, unhcr_age_group, nationality, months."""
    charts = {
        "gender": ChartData("gender", text("gender_chart"), _bars(stats.gender, text.gender)),
        "age_group": ChartData("age_group", text("age_chart"), _bars(stats.age_group, text.age)),
        "unhcr_age_group": ChartData(
            "unhcr_age_group", text("unhcr_chart"), _bars(stats.unhcr_age_group, text.age)
        ),
        "nationality": ChartData(
            "nationality",
            text("nationality_chart"),
            _bars(stats.nationality, text.nationality),
        ),
    }
    months = months_in_period(stats)
    one_year = len({m[:4] for m in months}) == 1  # the year is then in the title
    title = text("month_chart") + (f" {months[0][:4]}" if one_year and months else "")
    charts["months"] = ChartData(
        "months",
        title,
        tuple(
            ChartBar(
                m,
                text.month(m, with_year=not one_year),
                stats.participations_per_month.get(m, 0),
                None,
            )
            for m in months
        ),
    )
    return charts


def cross_gender_age(stats: YearlyStats, text: ReportText) -> tuple[list[str], list[list[Any]]]:
    """Gender x age group as a matrix (header, rows with a total column and a total row)."""
    ages: list[str] = []
    for row in stats.gender_by_age_group.values():
        ages += [a for a in row if a not in ages]
    header = [text("gender"), *(text.age(a) for a in ages), text("total")]
    rows: list[list[Any]] = []
    for gender, row in stats.gender_by_age_group.items():
        counts = [row.get(a, 0) for a in ages]
        rows.append([text.gender(gender), *counts, sum(counts)])
    totals = [sum(r[i + 1] for r in rows) for i in range(len(ages) + 1)]
    rows.append([text("total"), *totals])
    return header, rows


def cross_nationality_gender(
    stats: YearlyStats, text: ReportText
) -> tuple[list[str], list[list[Any]]]:
    """Nationality x gender as a matrix with totals and each nationality's share."""
    genders = list(stats.gender)
    header = [text("nationality"), *(text.gender(g) for g in genders), text("total"), "%"]
    rows: list[list[Any]] = []
    for code, bucket in stats.nationality.items():
        row = stats.nationality_by_gender.get(code, {})
        rows.append(
            [
                text.nationality(code),
                *(row.get(g, 0) for g in genders),
                bucket.count,
                text.percent(bucket.percent),
            ]
        )
    totals = [
        sum(stats.nationality_by_gender.get(c, {}).get(g, 0) for c in stats.nationality)
        for g in genders
    ]
    rows.append([text("total"), *totals, stats.distinct_participants, ""])
    return header, rows
