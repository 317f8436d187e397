"""Register, edit, delete (tombstone), find and page through participants."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_

from ttk_desktop.core import textfold
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import (
    Attendance,
    Group,
    GroupMember,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.erased import is_erased
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.participant_rows import COLUMNS, OFFICE_CODE, participant_from_row
from ttk_desktop.core.records import (
    GroupRecord,
    ParticipantHistory,
    ParticipantInput,
    ParticipantPage,
    ParticipantQuery,
    ParticipantRecord,
    SessionRecord,
)
from ttk_desktop.core.security.redaction import visible, visible_all
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
from ttk_desktop.core.textrules import IDENT, MULTI_LINE, store_form, stored_text
from ttk_desktop.core.validation import validate_participant

WHAT = QT_TRANSLATE_NOOP("Services", "Participant")
ERASED_NO_EDIT = QT_TRANSLATE_NOOP(
    "Services",
    "This person was erased on request. The record is kept only for the statistics "
    "and can no longer be changed.",
)


def participant_values(data: ParticipantInput) -> dict[str, Any]:
    """Column values for a participant, including the derived search and sort keys."""
    first, last = store_form(data.first_name.strip()), store_form(data.last_name.strip())
    first_ar, last_ar = stored_text(data.first_name_ar), stored_text(data.last_name_ar)
    external_id, phone = stored_text(data.external_id, IDENT), clean(data.phone)
    return {
        "external_id": external_id,
        "first_name": first,
        "last_name": last,
        "first_name_ar": first_ar,
        "last_name_ar": last_ar,
        "gender": data.gender,
        "birth_date": data.birth_date,
        "birth_date_estimated": data.birth_date_estimated,
        "nationality": data.nationality,
        "phone": phone,
        "consent_given": data.consent_given,
        "consent_date": data.consent_date,
        "disability": data.disability,
        "notes": stored_text(data.notes, MULTI_LINE),
        **search_keys(first, last, first_ar, last_ar, phone, external_id),
    }


def search_keys(
    first: str,
    last: str,
    first_ar: str | None,
    last_ar: str | None,
    phone: str | None,
    external_id: str | None,
) -> dict[str, str]:
    """The derived ``search_text`` and ``sort_key`` columns of a participant (clean values)."""
    return {
        "search_text": textfold.search_text(first, last, first_ar, last_ar, phone, external_id),
        "sort_key": textfold.sort_key(last, first),
    }


def to_record(p: Participant, office_code: str) -> ParticipantRecord:
    return ParticipantRecord(
        id=p.id,
        uuid=p.uuid,
        office_code=office_code,
        external_id=p.external_id,
        first_name=p.first_name,
        last_name=p.last_name,
        first_name_ar=p.first_name_ar,
        last_name_ar=p.last_name_ar,
        gender=p.gender,
        birth_date=p.birth_date,
        birth_date_estimated=p.birth_date_estimated,
        nationality=p.nationality,
        phone=p.phone,
        consent_given=p.consent_given,
        consent_date=p.consent_date,
        disability=p.disability,
        notes=p.notes,
        hlc=p.hlc,
        sort_key=p.sort_key,
    )


def _select_records():
    """The columns of :mod:`participant_rows`, as plain rows (no ORM objects)."""
    columns = [Office.code if n == OFFICE_CODE else Participant.__table__.c[n] for n in COLUMNS]
    return select(*columns).join(Office, Office.id == Participant.office_id)


def create_participant(db: Database, data: ParticipantInput) -> ParticipantRecord:
    """Validate and register a new participant."""
    db.require(Action.REGISTER)
    check(validate_participant(data))
    with db.write() as writer:
        office_id = office_id_for(writer, data.office_code)
        values = participant_values(data)
        check_unique_external(writer, Participant, office_id, values["external_id"], None)
        obj = insert_record(writer, Participant, {"office_id": office_id, **values})
        code = writer.session.get(Office, office_id).code  # type: ignore[union-attr]
        return to_record(obj, code)


def update_participant(
    db: Database, participant_id: int, data: ParticipantInput
) -> ParticipantRecord:
    """Validate and save changed fields (only changed fields are stamped and audited)."""
    db.require(Action.REGISTER)
    check(validate_participant(data))
    with db.write() as writer:
        obj = get_live(writer, Participant, participant_id, WHAT)
        if is_erased(obj.first_name, obj.last_name):
            # A year-only birth date saved back would move past ages, and
            # anything typed in would bring personal data back after the erasure.
            raise ValidationError({"first_name": translate("Services", ERASED_NO_EDIT)})
        office_id = office_id_for(writer, data.office_code) if data.office_code else obj.office_id
        values = participant_values(data)
        check_unique_external(writer, Participant, office_id, values["external_id"], obj.id)
        update_record(writer, obj, {"office_id": office_id, **values})
        code = writer.session.get(Office, office_id).code  # type: ignore[union-attr]
        return to_record(obj, code)


def delete_participant(db: Database, participant_id: int) -> None:
    """Tombstone a participant; their attendance no longer counts. Undo with restore."""
    db.require(Action.DELETE)
    with db.write() as writer:
        set_deleted(writer, get_live(writer, Participant, participant_id, WHAT), True)


def restore_participant(db: Database, participant_id: int) -> None:
    """Undo a delete."""
    db.require(Action.DELETE)
    with db.write() as writer:
        obj = writer.session.get(Participant, participant_id)
        if obj is not None:
            set_deleted(writer, obj, False)


def get_participant(db: Database, participant_id: int) -> ParticipantRecord:
    db.require(Action.VIEW_LISTS)
    with db.read() as session:
        row = session.execute(
            _select_records().where(
                Participant.id == participant_id, Participant.deleted.is_(False)
            )
        ).first()
        if row is None:
            get_live(session, Participant, participant_id, WHAT)  # raises NotFoundError
        return visible(db, participant_from_row(row))  # type: ignore[arg-type]


def _filters(query: ParticipantQuery) -> list[Any]:
    # An alias (a confirmed duplicate, #14) is listed as its kept person only.
    conds: list[Any] = [Participant.deleted.is_(False), Participant.alias_of.is_(None)]
    for fold, key in textfold.query_tokens(query.text):
        token = [func.instr(Participant.search_text, fold) > 0]
        if key:
            token.append(func.instr(Participant.search_text, key) > 0)
        conds.append(or_(*token))
    if query.gender:
        conds.append(Participant.gender == query.gender)
    if query.nationality == "other":
        conds.append(Participant.nationality.not_in(query.featured_nationalities))
    elif query.nationality:
        conds.append(Participant.nationality == query.nationality)
    births = query.birth_range()
    if births is not None:
        born_after, born_by = births
        conds.append(Participant.birth_date <= born_by)
        if born_after is not None:
            conds.append(Participant.birth_date > born_after)
    if query.office_code:
        conds.append(Office.code == query.office_code)
    return conds


def search_participants(
    db: Database,
    query: ParticipantQuery,
    *,
    after: tuple[str, int] | None = None,
    limit: int = 200,
) -> ParticipantPage:
    """One page of matching participants in (sort_key, id) order, paged by key, not OFFSET.

    A typed search is answered by the in-memory index (:mod:`core.search_index`),
    which finds the page's ids, or by SQL while the index is being read; filters
    alone walk the ``sort_key`` index in SQL.
    """
    db.require(Action.VIEW_LISTS)
    if textfold.query_tokens(query.text):
        found = db.search_index.search(query, after=after, limit=limit)
        if found is not None:
            return ParticipantPage(_records_of(db, found.ids), found.next_after)
    return search_participants_in_sql(db, query, after=after, limit=limit)


def search_participants_in_sql(
    db: Database,
    query: ParticipantQuery,
    *,
    after: tuple[str, int] | None = None,
    limit: int = 200,
) -> ParticipantPage:
    """The same page as :func:`search_participants`, found by SQL alone.

    The definition the in-memory index is held to (tests compare the two).
    """
    db.require(Action.VIEW_LISTS)
    stmt = _select_records().where(*_filters(query))
    if after is not None:
        stmt = stmt.where(tuple_(Participant.sort_key, Participant.id) > tuple_(*after))
    if query.text.strip():
        # An expression in ORDER BY stops SQLite walking the whole sort_key index
        # to find a rare name; scanning and sorting the matches is quicker.
        sort: Any = Participant.sort_key + ""
    else:
        sort = Participant.sort_key
    stmt = stmt.order_by(sort, Participant.id).limit(limit + 1)
    with db.read() as session:
        rows = session.execute(stmt).all()
    records = visible_all(db, (participant_from_row(row) for row in rows[:limit]))
    more = len(rows) > limit
    last = records[-1] if records else None
    return ParticipantPage(records, (last.sort_key, last.id) if more and last else None)


def _records_of(db: Database, ids: list[int]) -> list[ParticipantRecord]:
    """The records of ``ids``, in that order (one page: a few hundred at most)."""
    if not ids:
        return []
    with db.read() as session:
        rows = session.execute(_select_records().where(Participant.id.in_(ids))).all()
    by_id = {row[0]: participant_from_row(row) for row in rows}
    return visible_all(db, (by_id[pid] for pid in ids if pid in by_id))


def prepare_search(db: Database, *, reread: bool = False) -> None:
    """Bring the search index up to date ahead of the next typed search.

    Reading it takes 0.3-0.8 s at 100,000 people; searches meanwhile go to SQL.
    ``reread`` (F5) forgets it first, for changes it could not see (see
    :mod:`ttk_desktop.core.search_index`).
    """
    if reread:
        db.search_index.invalidate()
    db.search_index.warm()


def count_participants(db: Database, query: ParticipantQuery) -> int:
    db.require(Action.VIEW_LISTS)
    if textfold.query_tokens(query.text):
        total = db.search_index.count(query)
        if total is not None:
            return total
    stmt = (
        select(func.count())
        .select_from(Participant)
        .join(Office, Office.id == Participant.office_id)
        .where(*_filters(query))
    )
    with db.read() as session:
        return int(session.scalar(stmt) or 0)


def participant_history(db: Database, participant_id: int) -> ParticipantHistory:
    """The person, the groups they belong to and the sessions they attended (newest first)."""
    db.require(Action.VIEW_LISTS)
    from ttk_desktop.core.services.groups import group_record
    from ttk_desktop.core.services.sessions import session_record

    person = get_participant(db, participant_id)
    with db.read() as session:
        # The rows of confirmed duplicates (#14) belong to the kept person too.
        rows = list(
            session.scalars(
                select(Participant.id).where(
                    or_(Participant.id == participant_id, Participant.alias_of == participant_id)
                )
            )
        )
        groups = session.execute(
            select(Group, Office.code)
            .distinct()
            .join(GroupMember, GroupMember.group_id == Group.id)
            .join(Office, Office.id == Group.office_id)
            .where(
                GroupMember.participant_id.in_(rows),
                GroupMember.deleted.is_(False),
                Group.deleted.is_(False),
            )
            .order_by(Group.name)
        ).all()
        sessions = session.execute(
            select(Session, Group, Office.code)
            .distinct()
            .join(Attendance, Attendance.session_id == Session.id)
            .join(Group, Group.id == Session.group_id)
            .join(Office, Office.id == Session.office_id)
            .where(
                and_(
                    Attendance.participant_id.in_(rows),
                    Attendance.deleted.is_(False),
                    Session.deleted.is_(False),
                )
            )
            .order_by(Session.date.desc(), Session.id.desc())
        ).all()
        group_records: list[GroupRecord] = [group_record(g, code) for g, code in groups]
        session_records: list[SessionRecord] = [
            session_record(s, g, code) for s, g, code in sessions
        ]
    return ParticipantHistory(person, group_records, session_records)
