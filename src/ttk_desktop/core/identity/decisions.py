"""Decisions about candidate pairs: the same person (confirm), different people (reject), split.

A decision is a synced record (:class:`~ttk_desktop.core.db.models.IdentityDecision`)
and travels in data files like any change. Its uuid is derived from the
unordered pair, so two databases deciding the same pair make one record; the
merge settles it field by field (the later decision wins, the other goes to the
conflict log). A split, or taking back a reject, tombstones the record.

Every write here runs in one write transaction and ends with
:func:`~ttk_desktop.core.identity.aliases.refresh_aliases`; safe off the GUI
thread (each call opens its own session).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import and_, func, select

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.engine import Database, Writer
from ttk_desktop.core.db.models import (
    Attendance,
    Group,
    GroupMember,
    IdentityDecision,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.exchange.fields import FIELDS, record_versions
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.identity.aliases import DIFFERENT, SAME, refresh_aliases
from ttk_desktop.core.records import ParticipantRecord
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.common import (
    check,
    check_unique_external,
    set_deleted,
    update_record,
)
from ttk_desktop.core.textrules import printable

# The project's namespace for decision ids (uuid5 of the ordered pair's text).
NAMESPACE = uuidlib.UUID("0cfb0e04-76d6-49e5-aa04-e0b578f91cd8")
TABLE = "identity_decisions"
# Fields of the kept person the user may take from the other record.
EDITABLE = (
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "gender",
    "birth_date",
    "birth_date_estimated",
    "nationality",
    "phone",
    "external_id",
    "consent_given",
    "consent_date",
    "disability",
    "notes",
)


class GroupLine(NamedTuple):
    name: str
    type: str


class AttendedLine(NamedTuple):
    date: dt.date
    group_name: str


@dataclass(frozen=True)
class PersonDetail:
    """One participant row for the side-by-side view: fields, groups, attendance.

    ``groups`` and ``sessions`` are the row's own (an alias's attendance stays
    on its row); ``sessions`` newest first. ``changed_at`` is the time of the
    record's newest change (UTC), from its clock stamp. ``alias_of`` is the
    uuid of the kept person when this row is an alias.
    """

    participant: ParticipantRecord
    uuid: str
    office_code: str
    groups: tuple[GroupLine, ...]
    sessions: tuple[AttendedLine, ...]
    changed_at: dt.datetime
    deleted: bool = False
    alias_of: str | None = None


def _norm(value: str) -> str:
    try:
        return str(uuidlib.UUID(str(value).strip()))
    except ValueError:
        raise NotFoundError(
            translate(
                "Duplicates",
                'No participant has the id "{key}". Name a person by UUID or by '
                "OFFICE:REGISTER_NUMBER (for example IST:P0012).",
                key=printable(str(value)),
            )
        ) from None


def decision_uuid(a_uuid: str, b_uuid: str) -> str:
    """The id of the decision about the unordered pair {a, b} (the same in every database)."""
    lo, hi = sorted((_norm(a_uuid), _norm(b_uuid)))
    return str(uuidlib.uuid5(NAMESPACE, lo + hi))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _person(writer_or_session: Any, person_uuid: str, *, live: bool = True) -> Participant:
    session = getattr(writer_or_session, "session", writer_or_session)
    obj = session.scalar(select(Participant).where(Participant.uuid == person_uuid))
    if obj is None or (live and obj.deleted):
        raise NotFoundError(
            translate(
                "Duplicates",
                "Participant {uuid} is not in this database (or was deleted). "
                "Search the participants list for the person.",
                uuid=person_uuid,
            )
        )
    return obj


def _pair(a_uuid: str, b_uuid: str) -> tuple[str, str]:
    a, b = _norm(a_uuid), _norm(b_uuid)
    if a == b:
        raise ValidationError(
            {
                "person": translate(
                    "Duplicates",
                    "Both sides name the same record ({uuid}). Choose two different people.",
                    uuid=a,
                )
            }
        )
    return a, b


def _decide(writer: Writer, kind: str, a: str, b: str) -> IdentityDecision:
    """Write or revive the pair's decision; every field carries its clock (later wins)."""
    session = writer.session
    key = decision_uuid(a, b)
    values = {"kind": kind, "person_a": a, "person_b": b, "decided_at": _now()}
    obj = session.scalar(select(IdentityDecision).where(IdentityDecision.uuid == key))
    if obj is None:
        obj = IdentityDecision(uuid=key, origin=writer.office, hlc=writer.stamp(), deleted=False)
        for name, value in values.items():
            setattr(obj, name, value)
        session.add(obj)
        session.flush()
        # Versions from the start, so a decision made of the same pair elsewhere
        # is settled by the clock (the later wins), not by comparing values.
        fields = [f for f in FIELDS[TABLE] if f != "deleted"]
        record_versions(session, TABLE, obj.id, fields, obj.hlc, 0, writer.office)
        writer.audit("insert", TABLE, key, obj.hlc, dict(values))
    else:
        update_record(writer, obj, values)
        set_deleted(writer, obj, False)
    return obj


def _apply_values(
    writer: Writer, person: Participant, values: dict[str, object], other: Participant
) -> None:
    """The fields picked from the other record, validated and saved like an edit.

    The other record's register number (same office) moves to the kept person:
    the alias gives it up first, in the same transaction, so that the paper
    forms carrying it find the kept person. Both edits travel in the next data
    file; the merge lets a number move between records within one file.
    """
    from ttk_desktop.core.services.participants import participant_values, to_record
    from ttk_desktop.core.validation import validate_participant

    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise ValidationError(
            {
                name: translate("Duplicates", 'The field "{name}" cannot be taken over.', name=name)
                for name in unknown
            }
        )
    office = writer.session.get(Office, person.office_id)
    record = to_record(person, office.code if office else "")
    data = replace(record.to_input(), **values)  # type: ignore[arg-type]
    check(validate_participant(data))
    new = participant_values(data)
    number = new["external_id"]
    if number is not None and (other.office_id, other.external_id) == (person.office_id, number):
        update_record(writer, other, {"external_id": None})
        writer.session.flush()
    check_unique_external(writer, Participant, person.office_id, number, person.id)
    update_record(writer, person, new)


def _finish(db: Database, writer: Writer) -> bool:
    return refresh_aliases(writer.session)


def confirm_same(
    db: Database, keep_uuid: str, other_uuid: str, values: dict[str, object] | None = None
) -> None:
    """The two are one person: keep ``keep_uuid``; ``other_uuid`` becomes its alias.

    ``values`` are the fields the user picked from the other record; they are
    saved on the kept person as an ordinary edit (and travel as one).

    Raises:
        NotFoundError: a person is not in this database.
        ValidationError: the same record twice, or a picked value is not valid.
    """
    db.require(Action.DECIDE_DUPLICATES)
    keep, other = _pair(keep_uuid, other_uuid)
    with db.write() as writer:
        kept = _person(writer, keep)
        alias = _person(writer, other)
        _decide(writer, SAME, keep, other)
        if values:
            _apply_values(writer, kept, dict(values), alias)
        changed = _finish(db, writer)
    if changed or values:
        db.search_index.invalidate()


def mark_different(db: Database, a_uuid: str, b_uuid: str) -> None:
    """The two are different people: the pair is not proposed again.

    A pair confirmed as the same before becomes two people again.
    """
    db.require(Action.DECIDE_DUPLICATES)
    a, b = _pair(a_uuid, b_uuid)
    with db.write() as writer:
        _decide(writer, DIFFERENT, a, b)
        changed = _finish(db, writer)
    if changed:
        db.search_index.invalidate()


def split(db: Database, a_uuid: str, b_uuid: str) -> None:
    """Take back the decision about the pair (a confirm or a reject), in either order.

    Both people are back on their own, each with the attendance and
    memberships of their own row; the pair may be proposed again.

    Raises:
        NotFoundError: there is no live decision about the pair.
    """
    db.require(Action.DECIDE_DUPLICATES)
    a, b = _pair(a_uuid, b_uuid)
    key = decision_uuid(a, b)
    with db.write() as writer:
        obj = writer.session.scalar(select(IdentityDecision).where(IdentityDecision.uuid == key))
        if obj is None or obj.deleted:
            raise NotFoundError(
                translate(
                    "Duplicates",
                    "{a} and {b} were never confirmed as one person (or were split "
                    "already): there is nothing to split.",
                    a=a,
                    b=b,
                )
            )
        set_deleted(writer, obj, True)
        changed = _finish(db, writer)
    if changed:
        db.search_index.invalidate()


def decided_pairs(db: Database) -> set[frozenset[str]]:
    """Every pair with a live decision (same or different): not to be proposed again."""
    d = IdentityDecision
    with db.read() as session:
        rows = session.execute(select(d.person_a, d.person_b).where(d.deleted.is_(False))).all()
    return {frozenset((a, b)) for a, b in rows}


def confirmed_pairs(db: Database) -> list[tuple[str, str]]:
    """Live "same" decisions as (kept uuid, alias uuid), newest first (the split list)."""
    d = IdentityDecision
    with db.read() as session:
        rows = session.execute(
            select(d.person_a, d.person_b)
            .where(d.kind == SAME, d.deleted.is_(False))
            .order_by(d.hlc.desc())
        ).all()
    return [(a, b) for a, b in rows]


def people_by_key(db: Database, key: str) -> str:
    """The uuid of the person named by ``OFFICE:EXTERNAL_ID`` or by uuid.

    Raises:
        NotFoundError: nobody has that key here.
    """
    db.require(Action.VIEW_LISTS)
    text = key.strip()
    with db.read() as session:
        if ":" in text:
            office, _sep, external = text.partition(":")
            found = session.scalar(
                select(Participant.uuid)
                .join(Office, Office.id == Participant.office_id)
                .where(Office.code == office.strip().upper(), Participant.external_id == external)
            )
        else:
            try:
                text = str(uuidlib.UUID(text))
            except ValueError:
                found = None
            else:
                found = session.scalar(select(Participant.uuid).where(Participant.uuid == text))
    if found is None:
        raise NotFoundError(
            translate(
                "Duplicates",
                'No participant has the id "{key}". Name a person by UUID or by '
                "OFFICE:REGISTER_NUMBER (for example IST:P0012).",
                key=printable(key),
            )
        )
    return found


def person_detail(db: Database, uuid: str) -> PersonDetail:
    """One row's fields, groups and attendance, for the side-by-side view (deleted rows too)."""
    db.require(Action.VIEW_PERSONAL_DATA)
    from ttk_desktop.core.services.participants import to_record

    person_uuid = _norm(uuid)
    with db.read() as session:
        person = _person(session, person_uuid, live=False)
        office = session.get(Office, person.office_id)
        code = office.code if office else ""
        groups = session.execute(
            select(Group.name, Group.type)
            .join(GroupMember, GroupMember.group_id == Group.id)
            .where(
                GroupMember.participant_id == person.id,
                GroupMember.deleted.is_(False),
                Group.deleted.is_(False),
            )
            .order_by(Group.name)
        ).all()
        attended = session.execute(
            select(Session.date, Group.name)
            .join(Attendance, Attendance.session_id == Session.id)
            .join(Group, Group.id == Session.group_id)
            .where(
                and_(
                    Attendance.participant_id == person.id,
                    Attendance.deleted.is_(False),
                    Session.deleted.is_(False),
                )
            )
            .order_by(Session.date.desc(), Session.id.desc())
        ).all()
        newest = max(
            person.hlc,
            session.scalar(
                select(func.max(Attendance.hlc)).where(Attendance.participant_id == person.id)
            )
            or 0,
            session.scalar(
                select(func.max(GroupMember.hlc)).where(GroupMember.participant_id == person.id)
            )
            or 0,
        )
        kept = (
            session.scalar(select(Participant.uuid).where(Participant.id == person.alias_of))
            if person.alias_of is not None
            else None
        )
        record = to_record(person, code)
        deleted = person.deleted
    changed = dt.datetime.fromtimestamp(Stamp.of(newest).wall_ms / 1000, dt.UTC)
    return PersonDetail(
        participant=record,
        uuid=record.uuid,
        office_code=code,
        groups=tuple(GroupLine(n, t) for n, t in groups),
        sessions=tuple(AttendedLine(d, n) for d, n in attended),
        changed_at=changed,
        deleted=deleted,
        alias_of=kept,
    )
