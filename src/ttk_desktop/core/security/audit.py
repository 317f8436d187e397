"""Read the audit log (administrators): who changed which record, when, filtered and paged.

The log is append-only: the database's triggers refuse deletes and edits
(migration 0005), and nothing here writes to it. An entry names its record by
the record's global id; a participant's group memberships and attendance ticks
name the participant (see ``audit_key`` in ``core/services/common.py``), so
filtering by person finds the person's own record and every link of theirs.

Pages go newest first, by key: pass the last row's ``id`` as ``after`` to
get the next, older page (no OFFSET, so a page costs the same at any depth).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import AuditEntry, Participant
from ttk_desktop.core.errors import NotFoundError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

DEFAULT_PAGE = 200
MAX_PAGE = 2000


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the viewer shows it (``changes`` is the recorded JSON, parsed)."""

    id: int
    at: str  # UTC, ISO 8601
    account: str
    action: str
    table: str
    record: str
    changes: dict[str, Any]

    @property
    def when(self) -> dt.datetime | None:
        """``at`` as an aware datetime (None if the stored text is not one)."""
        try:
            return dt.datetime.fromisoformat(self.at)
        except ValueError:
            return None


def _person_uuid(db: Database, person: int | str) -> str:
    """The global id audit entries name ``person`` by (a local id or a uuid)."""
    if isinstance(person, str) and not person.strip().isdigit():
        return person.strip()
    with db.read() as session:
        found = session.scalar(select(Participant.uuid).where(Participant.id == int(person)))
    if found is None:
        raise NotFoundError(
            translate("Audit", "There is no participant with the number {id}.", id=person)
        )
    return str(found)


def _parse(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


def read_audit_log(
    db: Database,
    *,
    person: int | str | None = None,
    record: str | None = None,
    account: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = DEFAULT_PAGE,
    after: int | None = None,
) -> list[AuditRow]:
    """One page of audit entries, newest first, matching every filter given.

    Args:
        person: a participant's local id or global id: entries about the
            person's record and about their memberships and ticks.
        record: a record's global id (or a setting's key, an account's name),
            exactly as the entries name it.
        account: the account that acted.
        date_from, date_to: days (UTC, as the log records them), both included.
        after: the ``id`` of the last row of the previous page.

    Raises:
        PermissionDeniedError: the account is not an administrator.
        NotFoundError: ``person`` is a local id no participant has.
    """
    db.require(Action.READ_AUDIT_LOG)
    limit = max(1, min(int(limit), MAX_PAGE))
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if person is not None:
        query = query.where(AuditEntry.record_uuid == _person_uuid(db, person))
    if record:
        query = query.where(AuditEntry.record_uuid == record.strip())
    if account:
        query = query.where(AuditEntry.actor == account.strip())
    if date_from is not None:
        query = query.where(AuditEntry.at >= date_from.isoformat())
    if date_to is not None:
        query = query.where(AuditEntry.at < (date_to + dt.timedelta(days=1)).isoformat())
    if after is not None:
        query = query.where(AuditEntry.id < after)
    with db.read() as session:
        return [
            AuditRow(
                row.id,
                row.at,
                row.actor,
                row.action,
                row.table_name,
                row.record_uuid,
                _parse(row.changes),
            )
            for row in session.scalars(query)
        ]


def audit_accounts(db: Database) -> list[str]:
    """Every name that appears as the acting account, for the viewer's filter (administrators)."""
    db.require(Action.READ_AUDIT_LOG)
    with db.read() as session:
        names = session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor))
        return [str(name) for name in names]
