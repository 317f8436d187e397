"""Field checks shared by the form, the importer and the services.

Each check returns ``{field: message}``; an empty dict means valid. Messages
name the field and say how to fix it.
"""

from __future__ import annotations

import datetime as dt
import re

from ttk_desktop.core import vocab
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.textrules import (
    IDENT,
    MULTI_LINE,
    ONE_LINE,
    TextKind,
    printable,
    text_problem,
)

EARLIEST_BIRTH_YEAR = 1900
_PHONE = re.compile(r"^\+?[0-9 ()\-]{7,20}$")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
MAX_NAME = 100


def is_valid_nationality(value: str) -> bool:
    from ttk_desktop.core.normalize import country_codes

    return value in vocab.NATIONALITY_SENTINELS or value in country_codes()


_NOT_DIGIT = re.compile(r"[^0-9]")


def phone_digits(phone: str) -> int:
    return len(_NOT_DIGIT.sub("", phone))


# Field names as messages about their characters name them (the form's labels).
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Validation", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Validation", "Last name"),
    "first_name_ar": QT_TRANSLATE_NOOP("Validation", "First name (Arabic)"),
    "last_name_ar": QT_TRANSLATE_NOOP("Validation", "Last name (Arabic)"),
    "external_id": QT_TRANSLATE_NOOP("Validation", "Register number"),
    "notes": QT_TRANSLATE_NOOP("Validation", "Notes"),
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "facilitator": QT_TRANSLATE_NOOP("Validation", "Facilitator"),
    "description": QT_TRANSLATE_NOOP("Validation", "Description"),
    "topic": QT_TRANSLATE_NOOP("Validation", "Topic"),
    "place": QT_TRANSLATE_NOOP("Validation", "Place"),
}


def text_error(name: str, value: str | None, kind: TextKind = ONE_LINE) -> str | None:
    """The characters of text field ``name`` (see :mod:`ttk_desktop.core.textrules`)."""
    if not value:
        return None
    return text_problem(value, translate("Validation", FIELD_LABELS[name]), kind)


def name_error(name: str, value: str | None) -> str | None:
    """``first_name`` or ``last_name``: required, at most :data:`MAX_NAME` characters,
    no invisible or control characters."""
    if not (value or "").strip():
        if name == "first_name":
            return translate("Validation", "First name is required.")
        return translate("Validation", "Last name is required.")
    if len(value or "") > MAX_NAME:
        return translate("Validation", "A name can be at most {n} characters long.", n=MAX_NAME)
    return text_error(name, value)


def gender_error(gender: str) -> str | None:
    if gender not in vocab.GENDERS:
        return translate("Validation", 'Unknown gender "{value}".', value=printable(gender))
    return None


def birth_date_error(birth_date: dt.date | None, estimated: bool, today: dt.date) -> str | None:
    if birth_date is None:
        return None
    if birth_date > today:
        return translate(
            "Validation", "The birth date {date} is in the future.", date=birth_date.isoformat()
        )
    if birth_date.year < EARLIEST_BIRTH_YEAR:
        return translate(
            "Validation",
            "The birth date {date} is before {year}.",
            date=birth_date.isoformat(),
            year=EARLIEST_BIRTH_YEAR,
        )
    if estimated and (birth_date.month, birth_date.day) != (1, 1):
        return translate(
            "Validation", "An estimated birth date is stored as 1 January of its year."
        )
    return None


def nationality_error(nationality: str) -> str | None:
    if not is_valid_nationality(nationality):
        return translate(
            "Validation", 'Unknown nationality "{value}".', value=printable(nationality)
        )
    return None


def phone_error(phone: str | None) -> str | None:
    if phone and (not _PHONE.match(phone.strip()) or not 7 <= phone_digits(phone) <= 15):
        return translate(
            "Validation",
            "The phone number {phone} should have 7 to 15 digits "
            "(spaces, +, - and brackets allowed).",
            phone=printable(phone),
        )
    return None


def consent_error(given: bool, consent_date: dt.date | None, today: dt.date) -> str | None:
    if given and consent_date is None:
        return translate("Validation", "Give the date consent was given.")
    if consent_date is not None and consent_date > today:
        return translate("Validation", "The consent date is in the future.")
    return None


def disability_error(disability: str | None) -> str | None:
    if disability not in (None, *vocab.DISABILITY_VALUES):
        return translate(
            "Validation", 'Unknown disability status "{value}".', value=printable(disability)
        )
    return None


def validate_participant(data: ParticipantInput, today: dt.date | None = None) -> dict[str, str]:
    """Check a participant's fields; ``today`` is injectable for tests.

    Each field's message comes from its own check above and depends on that
    field alone (and today), which lets the importer check each distinct cell
    value once; the checks run in this order, which is the order of the result.
    """
    today = today or dt.date.today()
    found = (
        ("first_name", name_error("first_name", data.first_name)),
        ("last_name", name_error("last_name", data.last_name)),
        ("gender", gender_error(data.gender)),
        ("birth_date", birth_date_error(data.birth_date, data.birth_date_estimated, today)),
        ("nationality", nationality_error(data.nationality)),
        ("phone", phone_error(data.phone)),
        ("consent_date", consent_error(data.consent_given, data.consent_date, today)),
        ("disability", disability_error(data.disability)),
        ("first_name_ar", text_error("first_name_ar", data.first_name_ar)),
        ("last_name_ar", text_error("last_name_ar", data.last_name_ar)),
        ("external_id", text_error("external_id", data.external_id, IDENT)),
        ("notes", text_error("notes", data.notes, MULTI_LINE)),
    )
    return {name: message for name, message in found if message}


def validate_group(data: GroupInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.type not in vocab.GROUP_TYPES:
        errors["type"] = translate(
            "Validation", 'Unknown group type "{value}".', value=printable(data.type)
        )
    if not (data.name or "").strip():
        errors["name"] = translate("Validation", "The group name is required.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = translate("Validation", "The end date is before the start date.")
    for name, value, kind in (
        ("name", data.name, ONE_LINE),
        ("external_id", data.external_id, IDENT),
        ("facilitator", data.facilitator, ONE_LINE),
        ("description", data.description, MULTI_LINE),
    ):
        message = text_error(name, value, kind)
        if message and name not in errors:
            errors[name] = message
    return errors


def validate_session(data: SessionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = translate("Validation", "The session date is required.")
    for name in ("start_time", "end_time"):
        value = getattr(data, name)
        if value and not _TIME.match(value):
            errors[name] = translate(
                "Validation", "{value} is not a time; write it as HH:MM.", value=printable(value)
            )
    if data.start_time and data.end_time and data.end_time < data.start_time:
        errors["end_time"] = translate("Validation", "The session ends before it starts.")
    for name, value, kind in (
        ("external_id", data.external_id, IDENT),
        ("topic", data.topic, ONE_LINE),
        ("place", data.place, ONE_LINE),
    ):
        message = text_error(name, value, kind)
        if message:
            errors[name] = message
    return errors


def born_after(day: dt.date, birth_date: dt.date | None, estimated: bool) -> bool:
    """Whether someone born on ``birth_date`` cannot have been there on ``day``.

    A year-only birth date is stored as 1 January of the year
    (``estimated``): any day of that year is possible, so only a day before the
    year counts. Without a birth date nothing is known.
    """
    if birth_date is None:
        return False
    if estimated:
        return day.year < birth_date.year
    return day < birth_date


def _day(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def day_text(day: dt.date) -> str:
    """A date as these messages show it (31.12.1985), whatever the machine's locale."""
    return _day(day)


def attendance_date_error(
    day: dt.date, birth_date: dt.date | None, estimated: bool, person: str
) -> str | None:
    """Refuse an attendance dated before the person's birth (the statistics have no
    age for it): ``person`` is the name or register id the message names."""
    if not born_after(day, birth_date, estimated):
        return None
    assert birth_date is not None
    if estimated:
        return translate(
            "Validation",
            "{person} was born in {year}, after the session of {day}, so cannot have attended "
            "it. Correct the birth year or the session date first.",
            person=printable(person),
            year=birth_date.year,
            day=_day(day),
        )
    return translate(
        "Validation",
        "{person} was born on {birth}, after the session of {day}, so cannot have attended "
        "it. Correct the birth date or the session date first.",
        person=printable(person),
        birth=_day(birth_date),
        day=_day(day),
    )
