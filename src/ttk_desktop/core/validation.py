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


def validate_participant(data: ParticipantInput, today: dt.date | None = None) -> dict[str, str]:
    """Check a participant's fields; ``today`` is injectable for tests."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    for name, value in (("first_name", data.first_name), ("last_name", data.last_name)):
        if not (value or "").strip():
            errors[name] = (
                translate("Validation", "First name is required.")
                if name == "first_name"
                else translate("Validation", "Last name is required.")
            )
        elif len(value) > MAX_NAME:
            errors[name] = translate(
                "Validation", "A name can be at most {n} characters long.", n=MAX_NAME
            )
    if data.gender not in vocab.GENDERS:
        errors["gender"] = translate("Validation", 'Unknown gender "{value}".', value=data.gender)
    if data.birth_date is not None:
        if data.birth_date > today:
            errors["birth_date"] = translate(
                "Validation",
                "The birth date {date} is in the future.",
                date=data.birth_date.isoformat(),
            )
        elif data.birth_date.year < EARLIEST_BIRTH_YEAR:
            errors["birth_date"] = translate(
                "Validation",
                "The birth date {date} is before {year}.",
                date=data.birth_date.isoformat(),
                year=EARLIEST_BIRTH_YEAR,
            )
        elif data.birth_date_estimated and (data.birth_date.month, data.birth_date.day) != (1, 1):
            errors["birth_date"] = translate(
                "Validation", "An estimated birth date is stored as 1 January of its year."
            )
    if not is_valid_nationality(data.nationality):
        errors["nationality"] = translate(
            "Validation", 'Unknown nationality "{value}".', value=data.nationality
        )
    if data.phone and (
        not _PHONE.match(data.phone.strip()) or not 7 <= phone_digits(data.phone) <= 15
    ):
        errors["phone"] = translate(
            "Validation",
            "The phone number {phone} should have 7 to 15 digits "
            "(spaces, +, - and brackets allowed).",
            phone=data.phone,
        )
    if data.consent_given and data.consent_date is None:
        errors["consent_date"] = translate("Validation", "Give the date consent was given.")
    if data.consent_date is not None and data.consent_date > today:
        errors["consent_date"] = translate("Validation", "The consent date is in the future.")
    if data.disability not in (None, *vocab.DISABILITY_VALUES):
        errors["disability"] = translate(
            "Validation", 'Unknown disability status "{value}".', value=data.disability
        )
    return errors


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
