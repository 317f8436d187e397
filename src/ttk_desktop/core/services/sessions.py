"""Sessions of a group and the attendance ticked at them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Attendance, Group, GroupMember, Office, Participant, Session
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.records import AttendanceRow, SessionInput, SessionRecord
from ttk_desktop.core.security.redaction import visible
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.common import (
    check,
    check_unique_external,
    clean,
    get_live,
    insert_record,
    office_id_for,
    set_deleted,
    update_record,
)
from ttk_desktop.core.services.groups import ensure_member
from ttk_desktop.core.textrules import IDENT, printable, stored_text
from ttk_desktop.core.validation import attendance_date_error, validate_session

WHAT = QT_TRANSLATE_NOOP("Services", "Session")
GROUP = QT_TRANSLATE_NOOP("Services", "Group")
PARTICIPANT = QT_TRANSLATE_NOOP("Services", "Participant")


def session_record(s: Session, g: Group, office_code: str, present: int = 0) -> SessionRecord:
    return SessionRecord(
        id=s.id,
        uuid=s.uuid,
        group_id=g.id,
        group_name=g.name,
        group_type=g.type,
        facilitator=g.facilitator,
        office_code=office_code,
        external_id=s.external_id,
        date=s.date,
        start_time=s.start_time,
        end_time=s.end_time,
        topic=s.topic,
        place=s.place,
        present_count=present,
    )


def _values(data: SessionInput) -> dict[str, Any]:
    return {
        "date": data.date,
        "start_time": clean(data.start_time),
        "end_time": clean(data.end_time),
        "topic": stored_text(data.topic),
        "place": stored_text(data.place),
        "external_id": stored_text(data.external_id, IDENT),
    }


def create_session(db: Database, data: SessionInput) -> SessionRecord:
    db.require(Action.EDIT_SESSIONS)
    check(validate_session(data))
    with db.write() as writer:
        group = get_live(writer, Group, data.group_id, GROUP)
        office_id = office_id_for(writer, data.office_code) if data.office_code else group.office_id
        values = _values(data)
        check_unique_external(writer, Session, office_id, values["external_id"], None)
        obj = insert_record(
            writer, Session, {"group_id": group.id, "office_id": office_id, **values}
        )
        code = writer.session.get(Office, office_id).code  # type: ignore[union-attr]
        return session_record(obj, group, code)


def update_session(db: Database, session_id: int, data: SessionInput) -> SessionRecord:
    db.require(Action.EDIT_SESSIONS)
    check(validate_session(data))
    with db.write() as writer:
        obj = get_live(writer, Session, session_id, WHAT)
        office_id = office_id_for(writer, data.office_code) if data.office_code else obj.office_id
        values = _values(data)
        check_unique_external(writer, Session, office_id, values["external_id"], obj.id)
        update_record(writer, obj, {"office_id": office_id, **values})
        group = writer.session.get(Group, obj.group_id)
        code = writer.session.get(Office, office_id).code  # type: ignore[union-attr]
        return session_record(obj, group, code)  # type: ignore[arg-type]


def delete_session(db: Database, session_id: int) -> None:
    db.require(Action.DELETE)
    with db.write() as writer:
        set_deleted(writer, get_live(writer, Session, session_id, WHAT), True)


def _present_count():
    # A person ticked on two rows (a confirmed duplicate, #14) is present once.
    return (
        select(func.count(func.coalesce(Participant.alias_of, Participant.id).distinct()))
        .select_from(Attendance)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Attendance.session_id == Session.id,
            Attendance.deleted.is_(False),
            Participant.deleted.is_(False),
        )
        .scalar_subquery()
    )


def _select_sessions():
    return (
        select(Session, Group, Office.code, _present_count())
        .join(Group, Group.id == Session.group_id)
        .join(Office, Office.id == Session.office_id)
        .where(Session.deleted.is_(False))
    )


def get_session(db: Database, session_id: int) -> SessionRecord:
    db.require(Action.VIEW_LISTS)
    with db.read() as session:
        row = session.execute(_select_sessions().where(Session.id == session_id)).first()
    if row is None:
        raise NotFoundError(translate("Services", "Session #{id} does not exist.", id=session_id))
    return session_record(*row)


def find_session(db: Database, key: str) -> SessionRecord:
    """A session by its register id (as imported, e.g. ``S001``) or its UUID."""
    db.require(Action.VIEW_LISTS)
    key = key.strip()
    with db.read() as session:
        row = session.execute(
            _select_sessions().where((Session.uuid == key) | (Session.external_id == key))
        ).first()
    if row is None:
        raise NotFoundError(
            translate("Services", 'No session has the id or UUID "{key}".', key=printable(key))
        )
    return session_record(*row)


def list_sessions(
    db: Database,
    *,
    group_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[SessionRecord]:
    """Sessions (of a group, or in a date range), newest first."""
    db.require(Action.VIEW_LISTS)
    stmt = _select_sessions()
    if group_id is not None:
        stmt = stmt.where(Session.group_id == group_id)
    if date_from is not None:
        stmt = stmt.where(Session.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Session.date <= date_to)
    stmt = stmt.order_by(Session.date.desc(), Session.start_time.desc(), Session.id.desc())
    with db.read() as session:
        return [session_record(*row) for row in session.execute(stmt).all()]


def set_attendance(db: Database, session_id: int, participant_id: int, present: bool) -> bool:
    """Tick or untick one person; saved at once. Ticking a non-member makes them a member.

    Returns True when something changed.

    Raises:
        ValidationError: ticking someone born after the session's date (issue #11);
            unticking is always allowed.
    """
    db.require(Action.ATTENDANCE)
    with db.write() as writer:
        sess = get_live(writer, Session, session_id, WHAT)
        person = get_live(writer, Participant, participant_id, PARTICIPANT)
        if present:
            refused = attendance_date_error(
                sess.date,
                person.birth_date,
                person.birth_date_estimated,
                f"{person.first_name} {person.last_name}",
            )
            if refused:
                raise ValidationError({"attendance": refused})
        row = writer.session.scalar(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.participant_id == participant_id
            )
        )
        changed = False
        if present:
            changed = ensure_member(writer, sess.group_id, participant_id)
            if row is None:
                insert_record(
                    writer, Attendance, {"session_id": session_id, "participant_id": participant_id}
                )
                changed = True
            elif row.deleted:
                set_deleted(writer, row, False)
                changed = True
        elif row is not None and not row.deleted:
            set_deleted(writer, row, True)
            changed = True
        if not present:
            # The rows of a confirmed duplicate (#14) show as this person: untick them too.
            for alias_tick in writer.session.scalars(
                select(Attendance)
                .join(Participant, Participant.id == Attendance.participant_id)
                .where(
                    Attendance.session_id == session_id,
                    Attendance.deleted.is_(False),
                    Participant.alias_of == participant_id,
                )
            ):
                set_deleted(writer, alias_tick, True)
                changed = True
        return changed


def attendance_rows(db: Database, session_id: int) -> list[AttendanceRow]:
    """The session's attendance screen: the group's members and anyone present, by name.

    The printed sheet uses the same order, so ticking from paper goes row by row.
    A confirmed duplicate (#14) shows as the kept person, once.
    """
    db.require(Action.VIEW_LISTS)
    from ttk_desktop.core.services.participants import to_record

    sess = get_session(db, session_id)
    person = func.coalesce(Participant.alias_of, Participant.id)
    with db.read() as session:
        member_ids = set(
            session.scalars(
                select(person)
                .join(GroupMember, GroupMember.participant_id == Participant.id)
                .where(GroupMember.group_id == sess.group_id, GroupMember.deleted.is_(False))
            )
        )
        present_ids = set(
            session.scalars(
                select(person)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(
                    Attendance.session_id == session_id,
                    Attendance.deleted.is_(False),
                    Participant.deleted.is_(False),
                )
            )
        )
        ids = member_ids | present_ids
        rows = session.execute(
            select(Participant, Office.code)
            .join(Office, Office.id == Participant.office_id)
            .where(Participant.id.in_(ids), Participant.deleted.is_(False))
            .order_by(Participant.sort_key, Participant.id)
        ).all()
    return [
        AttendanceRow(visible(db, to_record(p, code)), p.id in present_ids, p.id in member_ids)
        for p, code in rows
    ]
