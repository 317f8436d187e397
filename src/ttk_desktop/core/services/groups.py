"""Groups (the unit's activities) and their members."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from ttk_desktop.core import vocab
from ttk_desktop.core.db.engine import Database, Writer
from ttk_desktop.core.db.models import Group, GroupMember, Office, Participant, Session
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.records import GroupInput, GroupRecord, ParticipantRecord
from ttk_desktop.core.security.redaction import visible_all
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.common import (
    check,
    check_unique_external,
    get_live,
    insert_record,
    office_id_for,
    set_deleted,
    update_record,
)
from ttk_desktop.core.textrules import IDENT, MULTI_LINE, printable, store_form, stored_text
from ttk_desktop.core.validation import validate_group

WHAT = QT_TRANSLATE_NOOP("Services", "Group")
PARTICIPANT = QT_TRANSLATE_NOOP("Services", "Participant")


def group_record(g: Group, office_code: str, members: int = 0, sessions: int = 0) -> GroupRecord:
    return GroupRecord(
        id=g.id,
        uuid=g.uuid,
        office_code=office_code,
        external_id=g.external_id,
        type=g.type,
        name=g.name,
        facilitator=g.facilitator,
        start_date=g.start_date,
        end_date=g.end_date,
        description=g.description,
        member_count=members,
        session_count=sessions,
    )


def _values(data: GroupInput) -> dict[str, Any]:
    return {
        "type": data.type,
        "name": store_form(data.name.strip()),
        "external_id": stored_text(data.external_id, IDENT),
        "facilitator": stored_text(data.facilitator),
        "start_date": data.start_date,
        "end_date": data.end_date,
        "description": stored_text(data.description, MULTI_LINE),
    }


def create_group(db: Database, data: GroupInput) -> GroupRecord:
    db.require(Action.EDIT_GROUPS)
    check(validate_group(data))
    with db.write() as writer:
        office_id = office_id_for(writer, data.office_code)
        values = _values(data)
        check_unique_external(writer, Group, office_id, values["external_id"], None)
        obj = insert_record(writer, Group, {"office_id": office_id, **values})
        return group_record(obj, writer.session.get(Office, office_id).code)  # type: ignore[union-attr]


def update_group(db: Database, group_id: int, data: GroupInput) -> GroupRecord:
    db.require(Action.EDIT_GROUPS)
    check(validate_group(data))
    with db.write() as writer:
        obj = get_live(writer, Group, group_id, WHAT)
        office_id = office_id_for(writer, data.office_code) if data.office_code else obj.office_id
        values = _values(data)
        check_unique_external(writer, Group, office_id, values["external_id"], obj.id)
        update_record(writer, obj, {"office_id": office_id, **values})
        return group_record(obj, writer.session.get(Office, office_id).code)  # type: ignore[union-attr]


def delete_group(db: Database, group_id: int) -> None:
    """Tombstone a group and its sessions (their attendance then no longer counts)."""
    db.require(Action.DELETE)
    with db.write() as writer:
        group = get_live(writer, Group, group_id, WHAT)
        set_deleted(writer, group, True)
        for s in writer.session.scalars(
            select(Session).where(Session.group_id == group_id, Session.deleted.is_(False))
        ):
            set_deleted(writer, s, True)


def _counts_query():
    # A confirmed duplicate (#14) who is a member twice counts once.
    members = (
        select(func.count(func.coalesce(Participant.alias_of, Participant.id).distinct()))
        .select_from(GroupMember)
        .join(Participant, Participant.id == GroupMember.participant_id)
        .where(GroupMember.group_id == Group.id, GroupMember.deleted.is_(False))
        .scalar_subquery()
    )
    sessions = (
        select(func.count())
        .where(Session.group_id == Group.id, Session.deleted.is_(False))
        .scalar_subquery()
    )
    return select(Group, Office.code, members, sessions).join(Office, Office.id == Group.office_id)


def get_group(db: Database, group_id: int) -> GroupRecord:
    db.require(Action.VIEW_LISTS)
    with db.read() as session:
        row = session.execute(
            _counts_query().where(Group.id == group_id, Group.deleted.is_(False))
        ).first()
        if row is None:
            get_live(session, Group, group_id, WHAT)
        return group_record(*row)  # type: ignore[misc]


def find_group(db: Database, key: str) -> GroupRecord:
    """A group by its register id (e.g. ``G001``) or its UUID."""
    db.require(Action.VIEW_LISTS)
    from ttk_desktop.core.errors import NotFoundError
    from ttk_desktop.core.i18n import translate

    key = key.strip()
    with db.read() as session:
        row = session.execute(
            _counts_query().where(
                Group.deleted.is_(False), (Group.uuid == key) | (Group.external_id == key)
            )
        ).first()
    if row is None:
        raise NotFoundError(
            translate("Services", 'No group has the id or UUID "{key}".', key=printable(key))
        )
    return group_record(*row)


def list_groups(
    db: Database, *, office_code: str | None = None, group_type: str | None = None
) -> list[GroupRecord]:
    """Groups with member and session counts, newest start date first."""
    db.require(Action.VIEW_LISTS)
    stmt = _counts_query().where(Group.deleted.is_(False))
    if office_code:
        stmt = stmt.where(Office.code == office_code)
    if group_type:
        stmt = stmt.where(Group.type == group_type)
    stmt = stmt.order_by(Group.start_date.desc().nulls_last(), Group.name)
    with db.read() as session:
        return [group_record(*row) for row in session.execute(stmt).all()]


def ensure_member(writer: Writer, group_id: int, participant_id: int) -> bool:
    """Make the participant a member (reviving a removed membership). True if it changed."""
    member = writer.session.scalar(
        select(GroupMember).where(
            GroupMember.group_id == group_id, GroupMember.participant_id == participant_id
        )
    )
    if member is None:
        insert_record(
            writer,
            GroupMember,
            {"group_id": group_id, "participant_id": participant_id, "joined_on": dt.date.today()},
        )
        return True
    if member.deleted:
        set_deleted(writer, member, False)
        return True
    return False


def add_member(db: Database, group_id: int, participant_id: int) -> bool:
    db.require(Action.EDIT_GROUPS)
    with db.write() as writer:
        get_live(writer, Group, group_id, WHAT)
        get_live(writer, Participant, participant_id, PARTICIPANT)
        return ensure_member(writer, group_id, participant_id)


def remove_member(db: Database, group_id: int, participant_id: int) -> None:
    """Remove from the group (tombstone); attendance already recorded stays."""
    db.require(Action.EDIT_GROUPS)
    with db.write() as writer:
        member = writer.session.scalar(
            select(GroupMember).where(
                GroupMember.group_id == group_id, GroupMember.participant_id == participant_id
            )
        )
        if member is not None:
            set_deleted(writer, member, True)


def list_members(db: Database, group_id: int) -> list[ParticipantRecord]:
    """Members in alphabetical order (the order of the attendance screen and sheet).

    A confirmed duplicate (#14) who is a member shows as the kept person, once.
    """
    db.require(Action.VIEW_LISTS)
    from ttk_desktop.core.services.participants import to_record

    with db.read() as session:
        members = (
            select(func.coalesce(Participant.alias_of, Participant.id))
            .join(GroupMember, GroupMember.participant_id == Participant.id)
            .where(GroupMember.group_id == group_id, GroupMember.deleted.is_(False))
        )
        rows = session.execute(
            select(Participant, Office.code)
            .join(Office, Office.id == Participant.office_id)
            .where(Participant.id.in_(members), Participant.deleted.is_(False))
            .order_by(Participant.sort_key, Participant.id)
        ).all()
    return visible_all(db, (to_record(p, code) for p, code in rows))


def age_warnings(db: Database, group_id: int, on: dt.date | None = None) -> list[ParticipantRecord]:
    """Members of a children's assembly outside ages 12-16 (empty for other group types)."""
    db.require(Action.VIEW_LISTS)
    group = get_group(db, group_id)
    if group.type != vocab.CHILDREN_ASSEMBLY:
        return []
    day = on or dt.date.today()
    lo, hi = vocab.CHILDREN_ASSEMBLY_AGES
    out = []
    for person in list_members(db, group_id):
        age = person.age_on(day)
        if age is not None and not lo <= age <= hi:
            out.append(person)
    return out
