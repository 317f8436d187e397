"""The figures as one tidy CSV file: one line per figure, with an HXL row.

Each line repeats the period and filters, then names the table, the category
(and sub-category for cross tables), the label in the report's language, the
count and the percent, so the file can be filtered, pivoted or merged with
other offices' files by any tool. Written UTF-8 with a byte-order mark so Excel
shows Turkish and Arabic letters correctly. Labels carry no invisible direction
marks (age groups read plain "0-17").

The separator stays the comma (RFC 4180, as HXL tools, pandas and LibreOffice
expect). A Turkish Excel opening the file splits it on ``;``, its list
separator, instead; no text is run as a formula either way: text that could
start one, at its start or after a ``;``, ``,``, tab or line break inside it,
gets an apostrophe there, and fields holding ``;`` or ``,`` are quoted
(:mod:`ttk_desktop.reports.safe_text`, issue #11).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ttk_desktop.core.statistics import YearlyStats
from ttk_desktop.reports import hxl
from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.safe_text import csv_line
from ttk_desktop.reports.tables import months_in_period

HEADER = (
    "date_from",
    "date_to",
    "office",
    "group_type",
    "group",
    "age_method",
    "table",
    "category",
    "subcategory",
    "label",
    "count",
    "percent",
)
HXL_ROW = (
    hxl.DATE_START,
    hxl.DATE_END,
    hxl.OFFICE,
    hxl.ACTIVITY_TYPE,
    hxl.ACTIVITY_NAME,
    hxl.AGE_METHOD,
    "#indicator+code",
    "#meta+category",
    "#meta+subcategory",
    "#meta+label",
    "#indicator+value+num",
    "#indicator+value+pct",
)


def _figures(stats: YearlyStats, text: ReportText) -> Iterator[tuple[Any, ...]]:
    """(table, category, subcategory, label, count, percent) of every figure."""
    yield ("summary", "sessions", "", text("sessions"), stats.sessions, "")
    yield ("summary", "participations", "", text("participations"), stats.participations, "")
    yield (
        "summary",
        "distinct_participants",
        "",
        text("distinct"),
        stats.distinct_participants,
        "",
    )
    distributions = (
        ("gender", stats.gender, text.gender),
        ("age_group", stats.age_group, text.age),
        ("unhcr_age_group", stats.unhcr_age_group, text.age),
        ("nationality", stats.nationality, text.nationality),
    )
    for table, buckets, label in distributions:
        for key, bucket in buckets.items():
            yield (table, key, "", label(key), bucket.count, bucket.percent)
    for gender, ages in stats.gender_by_age_group.items():
        for age, n in ages.items():
            name = f"{text.gender(gender)} {text.age(age)}"
            yield ("gender_by_age_group", gender, age, name, n, "")
    for code, genders in stats.nationality_by_gender.items():
        for gender, n in genders.items():
            name = f"{text.nationality(code)} {text.gender(gender)}"
            yield ("nationality_by_gender", code, gender, name, n, "")
    for month in months_in_period(stats):
        name = text.month(month)
        yield ("sessions_per_month", month, "", name, stats.sessions_per_month.get(month, 0), "")
        count = stats.participations_per_month.get(month, 0)
        yield ("participations_per_month", month, "", name, count, "")


def write_csv(stats: YearlyStats, path: Path, language: str = "tr") -> Path:
    """Write the tidy CSV of ``stats`` to ``path``; returns the path."""
    text = ReportText(language, bidi_marks=False)
    flt = stats.filter
    context = (
        flt.date_from.isoformat(),
        flt.date_to.isoformat(),
        flt.office_code or "",
        flt.group_type or "",
        (stats.group_name or str(flt.group_id)) if flt.group_id is not None else "",
        flt.age_method,
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(csv_line(HEADER))
        handle.write(csv_line(HXL_ROW))
        for figure in _figures(stats, text):
            handle.write(csv_line((*context, *figure)))
    return path
