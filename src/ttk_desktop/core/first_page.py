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

import sqlite3
from pathlib import Path

from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.participant_rows import COLUMNS, OFFICE_CODE, participant_from_row
from ttk_desktop.core.records import ParticipantPage

_SELECTED = ", ".join("o.code" if name == OFFICE_CODE else f"p.{name}" for name in COLUMNS)
_FIRST_PAGE = (
    f"SELECT {_SELECTED} FROM participants p JOIN offices o ON o.id = p.office_id"
    " WHERE p.deleted = 0 AND p.alias_of IS NULL ORDER BY p.sort_key, p.id LIMIT ?"
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
        records = [participant_from_row(row) for row in rows[:limit]]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        con.close()
    more = len(rows) > limit
    last = records[-1] if records else None
    return ParticipantPage(records, (last.sort_key, last.id) if more and last else None)
