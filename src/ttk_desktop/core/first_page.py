"""The participants list's first page, read with plain ``sqlite3`` at start-up.

Why: opening the database imports SQLAlchemy's ORM, which takes about a third
of a second on an office PC. The list's first page (no search, no filter, in
name order) needs none of it, so the desktop app reads it here, beside the
opening, and staff see their list at once. Everything after the first page
(search, filters, paging, writes) goes through the services as usual.

The query and the records must equal what
:func:`ttk_desktop.core.services.participants.search_participants` returns
for an empty :class:`~ttk_desktop.core.records.ParticipantQuery`; a test
compares the two on the same file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.records import ParticipantPage, ParticipantRecord

_COLUMNS = (
    "p.id, p.uuid, o.code, p.external_id, p.first_name, p.last_name, p.first_name_ar,"
    " p.last_name_ar, p.gender, p.birth_date, p.birth_date_estimated, p.nationality,"
    " p.phone, p.consent_given, p.consent_date, p.disability, p.notes, p.hlc, p.sort_key"
)
_FIRST_PAGE = (
    f"SELECT {_COLUMNS} FROM participants p JOIN offices o ON o.id = p.office_id"
    " WHERE p.deleted = 0 ORDER BY p.sort_key, p.id LIMIT ?"
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _record(row: tuple) -> ParticipantRecord:
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
        uuid=uuid,
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


def read_first_page(path: Path, limit: int) -> ParticipantPage | None:
    """The first ``limit`` participants in name order, or None when this cannot tell.

    None (the caller then waits for the database to open) when the file is
    missing, is at another schema revision (an upgrade is due), or cannot be
    read for any reason: the normal opening reports the real problem.
    """
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            return None
        rows = con.execute(_FIRST_PAGE, (limit + 1,)).fetchall()
        records = [_record(row) for row in rows[:limit]]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        con.close()
    more = len(rows) > limit
    last = records[-1] if records else None
    return ParticipantPage(records, (last.sort_key, last.id) if more and last else None)
