"""Participant records from plain rows, for the two readers of the participants list.

Why: the list's pages are read both by the services (SQLAlchemy Core) and, at
start-up, by :mod:`ttk_desktop.core.first_page` (plain ``sqlite3``, before
SQLAlchemy is loaded). Both select :data:`COLUMNS` in this order and build
records here, so the two cannot drift apart; and plain rows are about twice
as quick to turn into records as ORM objects, which counts on every keystroke
of a search.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ttk_desktop.core.ids import uuid_text
from ttk_desktop.core.records import ParticipantRecord

# The office's code comes third, from the offices table; the rest are participants' columns.
OFFICE_CODE = "office_code"
COLUMNS = (
    "id",
    "uuid",
    OFFICE_CODE,
    "external_id",
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "gender",
    "birth_date",
    "birth_date_estimated",
    "nationality",
    "phone",
    "consent_given",
    "consent_date",
    "disability",
    "notes",
    "hlc",
    "sort_key",
)


def _date(value: dt.date | str | None) -> dt.date | None:
    """SQLAlchemy gives dates, plain sqlite3 the stored ISO text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def participant_from_row(row: Sequence[Any]) -> ParticipantRecord:
    """The record of one row holding :data:`COLUMNS` in order."""
    (
        pid,
        uuid,
        office,
        external_id,
        first,
        last,
        first_ar,
        last_ar,
        gender,
        born,
        estimated,
        nationality,
        phone,
        consent,
        consent_date,
        disability,
        notes,
        hlc,
        sort_key,
    ) = row
    return ParticipantRecord(
        id=pid,
        uuid=uuid_text(uuid),  # plain sqlite3 reads the stored bytes
        office_code=office,
        external_id=external_id,
        first_name=first,
        last_name=last,
        first_name_ar=first_ar,
        last_name_ar=last_ar,
        gender=gender,
        birth_date=_date(born),
        birth_date_estimated=bool(estimated),
        nationality=nationality,
        phone=phone,
        consent_given=bool(consent),
        consent_date=_date(consent_date),
        disability=disability,
        notes=notes,
        hlc=hlc,
        sort_key=sort_key,
    )
