"""Record-level write steps every service shares: insert, update, tombstone, audit."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import select

from ttk_desktop.core.db.base import ChangeMixin, PairMixin, SyncedMixin
from ttk_desktop.core.db.engine import Writer
from ttk_desktop.core.db.models import Attendance, Group, GroupMember, Office, Participant
from ttk_desktop.core.db.models import Session as SessionRow
from ttk_desktop.core.errors import NotFoundError, TtkError, ValidationError
from ttk_desktop.core.exchange.fields import record_versions
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.textrules import printable

T = TypeVar("T", bound=SyncedMixin)
C = TypeVar("C", bound=ChangeMixin)


def audit_value(value: Any) -> Any:
    """A value as the audit log's JSON stores it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, dt.date) else value


_TAKEN = {
    "participants": QT_TRANSLATE_NOOP(
        "Services", "Register number {id} is already used by another participant of this office."
    ),
    "groups": QT_TRANSLATE_NOOP(
        "Services", "Group number {id} is already used by another group of this office."
    ),
    "sessions": QT_TRANSLATE_NOOP(
        "Services", "Session number {id} is already used by another session of this office."
    ),
}


def check_unique_external(
    writer: Writer, model: Any, office_id: int, external_id: str | None, own: int | None
) -> None:
    """Register numbers are unique within an office; say so by field, not by SQL error."""
    if external_id is None:
        return
    clash = writer.session.scalar(
        select(model.id).where(model.office_id == office_id, model.external_id == external_id)
    )
    if clash is not None and clash != own:
        message = translate("Services", _TAKEN[model.__tablename__], id=external_id)
        raise ValidationError({"external_id": message})


def audit_key(writer: Writer, obj: ChangeMixin) -> tuple[str, dict[str, Any]]:
    """The id an audit entry names a record by, and what else identifies it.

    A record with a global id is named by it; a membership or a tick by its
    participant (so that a person's history finds it), with its group or session.
    """
    if isinstance(obj, SyncedMixin):
        return obj.uuid, {}
    session = writer.session
    person = session.get(Participant, obj.participant_id)  # type: ignore[attr-defined]
    if isinstance(obj, Attendance):
        parent = session.get(SessionRow, obj.session_id)
        return person.uuid, {"session": parent.uuid}  # type: ignore[union-attr]
    assert isinstance(obj, GroupMember)
    group = session.get(Group, obj.group_id)
    return person.uuid, {"group": group.uuid}  # type: ignore[union-attr]


def insert_record(writer: Writer, model: type[C], values: dict[str, Any]) -> C:
    """Add a new synced record (a fresh identity unless it is a pair), stamped and audited."""
    if issubclass(model, PairMixin):
        identity: dict[str, Any] = {"hlc": writer.stamp(), "deleted": False}
    else:
        identity = writer.identity()
    obj = model(**identity, **values)
    writer.session.add(obj)
    writer.session.flush()
    key, context = audit_key(writer, obj)
    writer.audit(
        "insert",
        model.__tablename__,  # type: ignore[attr-defined]
        key,
        obj.hlc,
        {**context, **{k: audit_value(v) for k, v in values.items()}},
    )
    return obj


def update_record(writer: Writer, obj: ChangeMixin, values: dict[str, Any]) -> dict[str, Any]:
    """Apply changed fields; stamp and audit only when something changed."""
    changes = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            changes[key] = [audit_value(old), audit_value(new)]
            setattr(obj, key, new)
    if changes:
        base, obj.hlc = obj.hlc, writer.stamp()
        _note_versions(writer, obj, list(changes), base)
        record, context = audit_key(writer, obj)
        writer.audit("update", obj.__tablename__, record, obj.hlc, {**context, **changes})  # type: ignore[attr-defined]
    return changes


def set_deleted(writer: Writer, obj: ChangeMixin, deleted: bool) -> None:
    """Tombstone (or revive) a record; the row stays so the delete can be merged."""
    if obj.deleted == deleted:
        return
    obj.deleted = deleted
    base, obj.hlc = obj.hlc, writer.stamp()
    _note_versions(writer, obj, ["deleted"], base)
    action = "delete" if deleted else "restore"
    record, context = audit_key(writer, obj)
    writer.audit(action, obj.__tablename__, record, obj.hlc, context)  # type: ignore[attr-defined]


def _note_versions(writer: Writer, obj: ChangeMixin, fields: list[str], base: int) -> None:
    """Field clocks for the merge; a link (membership, tick) merges by its row's stamp alone."""
    if isinstance(obj, SyncedMixin):
        writer.session.flush()
        table: str = obj.__tablename__  # type: ignore[attr-defined]
        record_versions(writer.session, table, obj.id, fields, obj.hlc, base, writer.office)


def get_live(writer_or_session: Any, model: type[T], record_id: int, what: str) -> T:
    """Fetch a non-deleted record by local id or raise NotFoundError naming it."""
    session = getattr(writer_or_session, "session", writer_or_session)
    obj = session.get(model, record_id)
    if obj is None or obj.deleted:
        raise NotFoundError(
            translate(
                "Services",
                "{what} #{id} does not exist.",
                what=translate("Services", what),
                id=record_id,
            )
        )
    return obj


def office_id_for(writer: Writer, code: str | None) -> int:
    """Local key of the office ``code`` (default: this database's office)."""
    code = code or writer.database.office_code
    if not code:
        raise TtkError(
            translate(
                "Services",
                "This database has no office yet. Set the office up first (ttk setup).",
            )
        )
    office_id = writer.session.scalar(select(Office.id).where(Office.code == code))
    if office_id is None:
        raise ValidationError(
            {"office": translate("Services", 'Unknown office "{code}".', code=printable(code))}
        )
    return office_id


def check(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def clean(text: str | None) -> str | None:
    """Trim text; empty becomes None."""
    if text is None:
        return None
    text = text.strip()
    return text or None
