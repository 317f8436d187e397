"""What the merges left: the files merged per office, the conflict log, pinned keys.

Read as frozen records for the Data exchange page, the Conflicts screen and
``ttk offices``; resolving a conflict by choosing the other value is a new
change like any edit (stamped, audited, and sent on in the next export).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import (
    Conflict,
    Group,
    IdentityDecision,
    Office,
    Participant,
    PinnedKey,
    ReceivedFile,
    Session,
)
from ttk_desktop.core.errors import NotFoundError
from ttk_desktop.core.exchange.fields import DATE_FIELDS
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.security.roles import Action

_MODELS: dict[str, Any] = {
    "participants": Participant,
    "groups": Group,
    "sessions": Session,
    "offices": Office,
}


def stamp_time(stamp: int) -> str:
    """A clock stamp as the UTC time it was taken (ISO, seconds)."""
    if not stamp:
        return ""
    ms = Stamp.of(stamp).wall_ms
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReceivedFileRecord:
    office: str
    seq: int
    created_at: str
    newest: str  # time of the newest change in the file
    merged_at: str
    file_name: str
    full: bool
    added: int
    updated: int
    deleted: int
    conflicts: int


@dataclass(frozen=True)
class ConflictRecord:
    id: int
    table_name: str
    record_uuid: str
    record_label: str  # a name or register number a person recognises
    field: str
    kept_value: Any
    other_value: Any
    kept_office: str
    other_office: str
    kept_at: str
    other_at: str
    file_name: str
    resolved: bool


def merge_history(db: Database, office: str | None = None) -> list[ReceivedFileRecord]:
    """Files merged into this database, per office then sequence."""
    stmt = select(ReceivedFile).order_by(ReceivedFile.office, ReceivedFile.seq)
    if office:
        stmt = stmt.where(ReceivedFile.office == office)
    with db.read() as session:
        return [
            ReceivedFileRecord(
                r.office,
                r.seq,
                r.created_at,
                stamp_time(r.newest),
                r.merged_at,
                r.file_name,
                r.full,
                r.added,
                r.updated,
                r.deleted,
                r.conflicts,
            )
            for r in session.scalars(stmt)
        ]


# A decision about two people (#14), as the conflicts screen names its values.
DECISION_LABELS = {
    "same": QT_TRANSLATE_NOOP("Duplicates", "Same person"),
    "different": QT_TRANSLATE_NOOP("Duplicates", "Different people"),
}


def _decision_labels(session: Any, uuids: set[str]) -> dict[str, str]:
    """A duplicate decision named by its two people (names and register numbers)."""
    pairs = session.execute(
        select(IdentityDecision.uuid, IdentityDecision.person_a, IdentityDecision.person_b).where(
            IdentityDecision.uuid.in_(uuids)
        )
    ).all()
    people = _labels(session, "participants", {p for _u, a, b in pairs for p in (a, b)})
    return {
        u: translate("Duplicates", "{a} and {b}", a=people.get(a, a), b=people.get(b, b))
        for u, a, b in pairs
    }


def _labels(session: Any, table: str, uuids: set[str]) -> dict[str, str]:
    if table == "identity_decisions" and uuids:
        return _decision_labels(session, uuids)
    model = _MODELS.get(table)
    if model is None or not uuids:
        return {}
    if model is Participant:
        rows = session.execute(
            select(
                Participant.uuid,
                Participant.first_name,
                Participant.last_name,
                Participant.external_id,
            ).where(Participant.uuid.in_(uuids))
        )
        return {u: " ".join(p for p in (f, s, f"({x})" if x else "") if p) for u, f, s, x in rows}
    if model is Office:
        return dict(session.execute(select(Office.uuid, Office.code).where(Office.uuid.in_(uuids))))
    column = Group.name if model is Group else Session.date
    rows = session.execute(
        select(model.uuid, column, model.external_id).where(model.uuid.in_(uuids))
    )
    return {u: f"{v} ({x})" if x else str(v) for u, v, x in rows}


def _display(session: Any, field: str, value: Any) -> Any:
    """A logged value as a person reads it (an office's code, not its local id)."""
    if field == "office_id" and value is not None:
        return session.scalar(select(Office.code).where(Office.id == value)) or value
    if field == "group_id" and value is not None:
        return session.scalar(select(Group.name).where(Group.id == value)) or value
    if field == "kind" and value in DECISION_LABELS:
        return translate("Duplicates", DECISION_LABELS[value])
    return value


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictRecord]:
    """The conflict log, newest first."""
    db.require(Action.MERGE)
    stmt = select(Conflict).order_by(Conflict.id.desc())
    if not include_resolved:
        stmt = stmt.where(Conflict.resolved_at.is_(None))
    with db.read() as session:
        rows = list(session.scalars(stmt))
        labels: dict[str, str] = {}
        for table in {r.table_name for r in rows}:
            labels.update(
                _labels(session, table, {r.record_uuid for r in rows if r.table_name == table})
            )
        return [
            ConflictRecord(
                r.id,
                r.table_name,
                r.record_uuid,
                labels.get(r.record_uuid, r.record_uuid),
                r.field,
                _display(session, r.field, json.loads(r.kept_value)),
                _display(session, r.field, json.loads(r.other_value)),
                r.kept_office,
                r.other_office,
                stamp_time(r.kept_stamp),
                stamp_time(r.other_stamp),
                r.file_name,
                r.resolved_at is not None,
            )
            for r in rows
        ]


def resolve_conflict(db: Database, conflict_id: int, *, choose_other: bool) -> None:
    """Close a conflict: keep the value merged, or choose the other one (a new change).

    Raises:
        NotFoundError: no such open conflict, or its record is gone.
    """
    db.require(Action.MERGE)
    from ttk_desktop.core.services.common import update_record

    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with db.write() as writer:
        session = writer.session
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(
                translate("Exchange", "Conflict #{id} is not open.", id=conflict_id)
            )
        if choose_other:
            model = _MODELS[conflict.table_name]
            record = session.scalar(select(model).where(model.uuid == conflict.record_uuid))
            if record is None:
                raise NotFoundError(
                    translate("Exchange", "The record of conflict #{id} is gone.", id=conflict_id)
                )
            value = json.loads(conflict.other_value)
            if conflict.field in DATE_FIELDS and value is not None:
                value = dt.date.fromisoformat(value)
            values = {conflict.field: value}
            if model is Participant and conflict.field != "deleted":
                from ttk_desktop.core.exchange.fields import FIELDS, derived_keys

                merged = {f: getattr(record, f) for f in FIELDS["participants"]}
                merged.update(values)
                values.update(derived_keys(merged))
            update_record(writer, record, values)
        session.execute(
            update(Conflict)
            .where(Conflict.id == conflict_id)
            .values(resolved_at=now, resolution="other" if choose_other else "kept")
        )


@dataclass(frozen=True)
class PinnedKeyRecord:
    database_id: str
    office: str
    fingerprint: str
    pinned_at: str


def pinned_keys(db: Database) -> list[PinnedKeyRecord]:
    db.require(Action.MANAGE_KEYS)
    with db.read() as session:
        return [
            PinnedKeyRecord(k.database_id, k.office, k.fingerprint, k.pinned_at)
            for k in session.scalars(select(PinnedKey).order_by(PinnedKey.office))
        ]


def forget_pinned_key(db: Database, database_id: str) -> None:
    """Accept a new key for an office (its PC was replaced): the next file is asked about again."""
    db.require(Action.MANAGE_KEYS)
    with db.write() as writer:
        writer.session.execute(delete(PinnedKey).where(PinnedKey.database_id == database_id))
        writer.audit("update", "pinned_keys", database_id, writer.stamp(), {"forgotten": True})
