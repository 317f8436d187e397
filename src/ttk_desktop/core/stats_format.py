"""Plain-text rendering of :class:`ttk_desktop.core.statistics.YearlyStats`.

Used by the command line and for copying figures into a report; the GUI reuses
:func:`age_method_description` so both say the same thing about the age method.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from ttk_desktop.core import vocab
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.statistics import (
    AGE_EACH,
    AGE_FIRST,
    OTHER_NATIONALITY,
    UNKNOWN_AGE,
    Bucket,
    YearlyStats,
)

_GAP = "  "


def age_method_description(method: str) -> str:
    """One sentence saying how people were put into age groups."""
    if method == AGE_FIRST:
        return translate(
            "Statistics",
            "Age method: first — each person counted once, in the age group of their "
            "first attendance in the period.",
        )
    if method == AGE_EACH:
        return translate(
            "Statistics",
            "Age method: each — a person is counted in every age group they attended in; "
            "percentages are of the sum of the group counts (as published).",
        )
    return translate("Statistics", "Age method: {method}.", method=method)


def period_sentence(stats: YearlyStats) -> str:
    flt = stats.filter
    return translate(
        "Statistics",
        "Period: {start} to {end} (both included).",
        start=flt.date_from.isoformat(),
        end=flt.date_to.isoformat(),
    )


def filters_sentence(stats: YearlyStats) -> str:
    """The filters in one sentence ("none" when the whole unit is counted)."""
    flt = stats.filter
    parts = []
    if flt.office_code is not None:
        parts.append(translate("Statistics", "office {code}", code=flt.office_code))
    if flt.group_type is not None:
        parts.append(
            translate(
                "Statistics", "group type {type}", type=vocab.group_type_label(flt.group_type)
            )
        )
    if flt.group_id is not None:
        parts.append(
            translate(
                "Statistics",
                'group "{name}" (#{id})',
                name=stats.group_name or "?",
                id=flt.group_id,
            )
        )
    if not parts:
        return translate("Statistics", "Filters: none (all offices and groups).")
    return translate("Statistics", "Filters: {filters}.", filters="; ".join(parts))


def nationality_name(code: str, language: str = "en") -> str:
    """Label of a nationality bucket in ``language``: a country, a sentinel or "other"."""
    if code == OTHER_NATIONALITY:
        return translate("Statistics", "Other")
    from ttk_desktop.core.normalize import nationality_label  # loads Babel: only when shown

    return nationality_label(code, language)


def age_group_label(key: str) -> str:
    if key == UNKNOWN_AGE:
        return translate("Statistics", "Birth date unknown")
    return key


def _pct(value: Decimal) -> str:
    return f"{value:.1f}"


def _table(title: str, rows: Iterable[tuple[str, Bucket]]) -> list[str]:
    rows = list(rows)
    head_count, head_pct = translate("Statistics", "Count"), "%"
    width = max([len(title)] + [len(label) for label, _ in rows])
    count_w = max([len(head_count)] + [len(str(b.count)) for _, b in rows])
    pct_w = max([len(head_pct)] + [len(_pct(b.percent)) for _, b in rows])
    lines = [f"{title.ljust(width)}{_GAP}{head_count.rjust(count_w)}{_GAP}{head_pct.rjust(pct_w)}"]
    lines.append("-" * len(lines[0]))
    for label, b in rows:
        lines.append(
            f"{label.ljust(width)}{_GAP}{str(b.count).rjust(count_w)}{_GAP}"
            f"{_pct(b.percent).rjust(pct_w)}"
        )
    return lines


def _grid(
    title: str,
    rows: dict[str, dict[str, int]],
    row_label: Callable[[str], str],
    col_label: Callable[[str], str],
) -> list[str]:
    """A cross table of counts with row and column labels."""
    cols = list(next(iter(rows.values()), {}))
    labels = [row_label(key) for key in rows]
    width = max([len(title)] + [len(label) for label in labels])
    heads = [col_label(col) for col in cols]
    widths = [
        max([len(head)] + [len(str(row.get(col, 0))) for row in rows.values()])
        for head, col in zip(heads, cols, strict=True)
    ]
    lines = [
        title.ljust(width) + "".join(_GAP + h.rjust(w) for h, w in zip(heads, widths, strict=True))
    ]
    lines.append("-" * len(lines[0]))
    for label, row in zip(labels, rows.values(), strict=True):
        cells = "".join(
            _GAP + str(row.get(col, 0)).rjust(w) for col, w in zip(cols, widths, strict=True)
        )
        lines.append(label.ljust(width) + cells)
    return lines


def format_table(stats: YearlyStats, *, language: str = "en", details: bool = False) -> str:
    """A readable plain-text report of the figures, columns aligned.

    ``language`` names countries (labels otherwise go through :func:`translate`);
    ``details`` adds the UNHCR age brackets, the cross tables and the months.
    """
    out = [
        translate("Statistics", "TTK unit statistics"),
        period_sentence(stats),
        filters_sentence(stats),
        age_method_description(stats.filter.age_method),
        "",
    ]
    totals = [
        (translate("Statistics", "Sessions"), stats.sessions),
        (translate("Statistics", "Participations"), stats.participations),
        (translate("Statistics", "Distinct participants"), stats.distinct_participants),
    ]
    width = max(len(label) for label, _ in totals)
    num_w = max(len(str(n)) for _, n in totals)
    out += [f"{label.ljust(width)}{_GAP}{str(n).rjust(num_w)}" for label, n in totals]
    sections = [
        (translate("Statistics", "Gender"), stats.gender, vocab.gender_label),
        (translate("Statistics", "Age group"), stats.age_group, age_group_label),
        (
            translate("Statistics", "Nationality"),
            stats.nationality,
            lambda code: nationality_name(code, language),
        ),
    ]
    if details:
        sections.append(
            (translate("Statistics", "UNHCR age group"), stats.unhcr_age_group, age_group_label)
        )
    for title, buckets, label in sections:
        out.append("")
        out += _table(title, ((label(key), b) for key, b in buckets.items()))
    if details:
        out.append("")
        out += _grid(
            translate("Statistics", "Gender / age group"),
            stats.gender_by_age_group,
            vocab.gender_label,
            age_group_label,
        )
        out.append("")
        out += _grid(
            translate("Statistics", "Nationality / gender"),
            stats.nationality_by_gender,
            lambda code: nationality_name(code, language),
            vocab.gender_label,
        )
        out.append("")
        month_rows = {
            month: {
                "sessions": stats.sessions_per_month.get(month, 0),
                "participations": stats.participations_per_month.get(month, 0),
            }
            for month in stats.sessions_per_month
        }
        if month_rows:
            heads = {
                "sessions": translate("Statistics", "Sessions"),
                "participations": translate("Statistics", "Participations"),
            }
            out += _grid(translate("Statistics", "Month"), month_rows, str, heads.__getitem__)
    return "\n".join(out) + "\n"
