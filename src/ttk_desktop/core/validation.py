"""Field checks shared by the form, the importer and the services.

Each check returns ``{field: message}``; an empty dict means valid. Messages
name the field and say how to fix it.
"""

from __future__ import annotations

import datetime as dt
import re

from ttk_desktop.core import vocab
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput

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


def name_error(name: str, value: str | None) -> str | None:
    """``first_name`` or ``last_name``: required, at most :data:`MAX_NAME` characters."""
    if not (value or "").strip():
        if name == "first_name":
            return translate("Validation", "First name is required.")
        return translate("Validation", "Last name is required.")
    if len(value or "") > MAX_NAME:
        return translate("Validation", "A name can be at most {n} characters long.", n=MAX_NAME)
    return None


def gender_error(gender: str) -> str | None:
    if gender not in vocab.GENDERS:
        return translate("Validation", 'Unknown gender "{value}".', value=gender)
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
        return translate("Validation", 'Unknown nationality "{value}".', value=nationality)
    return None


def phone_error(phone: str | None) -> str | None:
    if phone and (not _PHONE.match(phone.strip()) or not 7 <= phone_digits(phone) <= 15):
        return translate(
            "Validation",
            "The phone number {phone} should have 7 to 15 digits "
            "(spaces, +, - and brackets allowed).",
            phone=phone,
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
        return translate("Validation", 'Unknown disability status "{value}".', value=disability)
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
    )
    return {name: message for name, message in found if message}


def validate_group(data: GroupInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.type not in vocab.GROUP_TYPES:
        errors["type"] = translate("Validation", 'Unknown group type "{value}".', value=data.type)
    if not (data.name or "").strip():
        errors["name"] = translate("Validation", "The group name is required.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors["end_date"] = translate("Validation", "The end date is before the start date.")
    return errors


def validate_session(data: SessionInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = translate("Validation", "The session date is required.")
    for name in ("start_time", "end_time"):
        value = getattr(data, name)
        if value and not _TIME.match(value):
            errors[name] = translate(
                "Validation", "{value} is not a time; write it as HH:MM.", value=value
            )
    if data.start_time and data.end_time and data.end_time < data.start_time:
        errors["end_time"] = translate("Validation", "The session ends before it starts.")
    return errors
