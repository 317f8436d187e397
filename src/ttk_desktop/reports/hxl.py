"""HXL hashtags (Humanitarian Exchange Language 1.1) for the report's columns.

Humanitarian tools (HDX, the HXL Proxy, libhxl, 3W/4W dashboards) find a row
of hashtags under the headers and read columns by tag, so the report can be
merged with other partners' figures without retyping. Disaggregated counts
of people served are ``#reached`` with sex and age attributes in one wide row
(``#reached+f+children+age0_17``), the HXL convention; categories with their
own tag (the country of origin, the month) are rows.
"""

from __future__ import annotations

from ttk_desktop.core import vocab

DATE_START = "#date+start"
DATE_END = "#date+end"
MONTH = "#date+month"
OFFICE = "#loc+code"  # the community centre (office) that ran the sessions
ACTIVITY_TYPE = "#activity+type"
ACTIVITY_NAME = "#activity+name"
AGE_METHOD = "#meta+age_method"
SESSIONS = "#indicator+sessions+num"
PARTICIPATIONS = "#indicator+participations+num"
REACHED = "#reached"  # distinct people served
PCT_BASE = "#meta+pct_base+num"
COUNTRY_CODE = "#country+origin+code"
COUNTRY_NAME = "#country+origin+name"

_GENDER = {
    vocab.FEMALE: "+f",
    vocab.MALE: "+m",
    vocab.OTHER: "+gender_other",
    vocab.NOT_STATED: "+gender_unknown",
}
_AGE = {
    "0-17": "+children+age0_17",
    "18-59": "+adults+age18_59",
    "60+": "+elderly+age60plus",
    "0-4": "+infants+age0_4",
    "5-11": "+children+age5_11",
    "12-17": "+adolescents+age12_17",
    "unknown": "+age_unknown",
}


def gender_attr(gender: str) -> str:
    return _GENDER.get(gender, "+gender_unknown")


def age_attr(age_group: str) -> str:
    """Attributes of an age group key ("0-17" -> "+children+age0_17")."""
    if age_group in _AGE:
        return _AGE[age_group]
    return "+age" + "".join(c if c.isalnum() else "_" for c in age_group)


def reached(gender: str | None = None, age_group: str | None = None, *, pct: bool = False) -> str:
    """``#reached`` disaggregated by gender and/or age group, optionally as a percentage."""
    tag = REACHED
    if gender is not None:
        tag += gender_attr(gender)
    if age_group is not None:
        tag += age_attr(age_group)
    return tag + ("+pct" if pct else "")


def is_hashtag_row(cells: list[object]) -> bool:
    """True when every non-empty cell is a hashtag (how HXL readers find the row)."""
    values = [str(c) for c in cells if c not in (None, "")]
    return bool(values) and all(v.startswith("#") for v in values)
