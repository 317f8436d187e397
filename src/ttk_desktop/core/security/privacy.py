"""Erasure on request and retention (#16): a person anonymised, the statistics untouched.

An erasure is an ordinary change: every field is changed through
:func:`~ttk_desktop.core.services.common.update_record`, stamped and
field-versioned, so the next office data file carries it to headquarters and
the merge applies it there like any edit (records travel by uuid).

What goes and what stays, per field of a participant:

* first and last name become :data:`ERASED_NAME` (``"[erased]"``): the model
  requires a name, the marker sorts and searches like a name, cannot be a real
  one (brackets) and is the same in every language and at headquarters; it is
  also how an erased person is recognised (no new column was needed).
* Arabic names, phone, notes, the register number and the disability answer
  are emptied. The register number links the record to paper forms and
  lists that carry the name; data files key records by uuid, so nothing
  needs it. Disability is health data no statistic reads.
* gender, nationality, office, consent (given, date: the record that what
  was processed before was processed lawfully; it names nobody), group
  memberships and attendance stay: the statistics count them.
* the birth date is shown as its year only (``birth_date_estimated``), but
  the stored day is :func:`kept_birth_date`, the earliest day of the birth
  year that gives the person the same age at every session they attended.
  Plain 1 January would turn, say, a person born on 20 June and seen on
  1 March from 18 to 19 years old that day and move them between age groups
  in past statistics (both the "first" and the "each" method read ages on
  attended days, and a period may start on any of them). The kept day tells
  nothing beyond those ages, which the statistics must keep anyway; for
  someone who never attended before their birthday in a year, it is
  1 January.

The audit log's values about the person are blanked (the one update its
triggers allow, see migration ``20261205_0005``), and an ``erase`` entry
names who erased, when, and which fields, without values. Conflict-log
entries about the erased fields are blanked the same way, also at
headquarters when the merge brings the erasure (:func:`forget_erased_elsewhere`).
Backups and data files already written are not touched: the daily and weekly
backups leave the rotation, those made by hand or before a restore stay until
an administrator deletes them (:func:`older_backups_note` tells the person
who erased how many there are).

Every confirmed record of the same person (#14: the kept person and its
aliases) is erased together, each keeping its own ages.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import and_, exists, or_, select, text, update

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.connect import database_errors
from ttk_desktop.core.db.engine import Database, Writer
from ttk_desktop.core.db.models import (
    Attendance,
    AuditEntry,
    Conflict,
    GroupMember,
    Participant,
    Session,
)
from ttk_desktop.core.erased import ERASED_NAME, is_erased
from ttk_desktop.core.errors import NotFoundError, ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.common import update_record
from ttk_desktop.core.services.participants import search_keys

ERASED_CHANGES = '{"erased": true}'
"""The only value the audit log's triggers let an entry's ``changes`` become."""

# Fields emptied by an erasure (names get ERASED_NAME; birth date is reduced).
EMPTIED = ("first_name_ar", "last_name_ar", "phone", "notes", "external_id", "disability")
ERASED_FIELDS = ("first_name", "last_name", *EMPTIED, "birth_date")

RETENTION_SETTING = "retention_years"
BATCH = 200  # people erased per write transaction in bulk


def kept_birth_date(birth: dt.date | None, days: Iterable[dt.date]) -> dt.date | None:
    """The earliest day of ``birth``'s year giving the same age on every one of ``days``.

    Age on a day is ``year(day) - year(birth) - (mm-dd(day) < mm-dd(birth))``
    (:func:`ttk_desktop.core.records.age_on`, the statistics' SQL). Within the
    birth year only the month-day decides, so any day after the latest
    attended month-day that falls before the birthday, and not after the
    birthday itself, keeps every age: this returns the first such day
    (1 January when there is none). Always in the birth year, never after it.
    """
    if birth is None:
        return None
    birthday = (birth.month, birth.day)
    before = [(d.month, d.day) for d in days if (d.month, d.day) < birthday]
    if not before:
        return dt.date(birth.year, 1, 1)
    latest = max(before)
    # The day after ``latest`` in the birth year (29 February may not exist there).
    day = dt.date(birth.year, latest[0], 1)
    while (day.month, day.day) <= latest:
        day += dt.timedelta(days=1)
    return day


# -- erasure ------------------------------------------------------------------------


def participant_id_of(db: Database, uuid: str) -> int:
    """The local id of the participant with global id ``uuid`` (deleted ones too)."""
    db.require(Action.VIEW_LISTS)
    with db.read() as session:
        found = session.scalar(select(Participant.id).where(Participant.uuid == uuid))
    if found is None:
        raise NotFoundError(translate("Privacy", "No participant has the id {uuid}.", uuid=uuid))
    return int(found)


def _same_person(session: Any, participant_id: int) -> list[Participant]:
    """The row and every row confirmed to be the same person (kept person first)."""
    row = session.get(Participant, participant_id)
    if row is None:
        raise NotFoundError(
            translate("Privacy", "Participant #{id} does not exist.", id=participant_id)
        )
    kept = row.alias_of or row.id
    rows = session.scalars(
        select(Participant)
        .where(or_(Participant.id == kept, Participant.alias_of == kept))
        .order_by(Participant.id)
    ).all()
    return sorted(rows, key=lambda p: p.id != kept)


def _attended_days(session: Any, row: Participant) -> list[dt.date]:
    """Days whose ages the statistics may read for ``row``: its ticks, and its aliases'.

    Removed ticks count too: a tick removed can be put back, and its age
    must then be the one it had.
    """
    return list(
        session.scalars(
            select(Session.date)
            .join(Attendance, Attendance.session_id == Session.id)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(or_(Participant.id == row.id, Participant.alias_of == row.id))
            .distinct()
        )
    )


def _erased_values(session: Any, row: Participant) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(EMPTIED)
    values["first_name"] = values["last_name"] = ERASED_NAME
    if row.birth_date is not None:
        values["birth_date"] = kept_birth_date(row.birth_date, _attended_days(session, row))
        values["birth_date_estimated"] = True
    values.update(search_keys(ERASED_NAME, ERASED_NAME, None, None, None, None))
    return values


def _blank_conflicts(writer: Writer, uuids: list[str], values: dict[str, dict[str, Any]]) -> None:
    """Conflict-log values of erased fields become the erased values (and are closed)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    logged = writer.session.scalars(
        select(Conflict).where(
            Conflict.table_name == "participants",
            Conflict.record_uuid.in_(uuids),
            Conflict.field.in_(ERASED_FIELDS),
        )
    ).all()
    for conflict in logged:  # rare: one person's fields changed in two places
        text = json.dumps(values[conflict.record_uuid].get(conflict.field), default=str)
        conflict.kept_value = conflict.other_value = text
        conflict.resolved_at = conflict.resolved_at or now


def _blank_logs(writer: Writer, erased: dict[str, dict[str, Any]]) -> None:
    """Blank the audit and conflict logs' values about ``erased`` (uuid -> erased values).

    Its statements run with ``secure_delete`` on: the old values' space is
    zeroed as each runs; later writes need not pay for it.
    """
    session = writer.session
    session.execute(text("PRAGMA secure_delete = ON"))
    uuids = list(erased)
    session.execute(
        update(AuditEntry)
        .where(AuditEntry.record_uuid.in_(uuids), AuditEntry.changes != ERASED_CHANGES)
        .values(changes=ERASED_CHANGES)
    )
    _blank_conflicts(writer, uuids, erased)
    session.flush()
    session.execute(text("PRAGMA secure_delete = OFF"))


def forget_erased_elsewhere(writer: Writer, uuids: Iterable[str]) -> int:
    """Blank this database's logs about people a merge has just brought erased.

    An erasure made at an office reaches headquarters as ordinary changes; the
    merge calls this with the people whose names it turned into the marker, so
    that headquarters' conflict log (and audit, for its own earlier edits of
    them) keeps no old name or phone either. Returns how many people it blanked.
    """
    rows = writer.session.scalars(
        select(Participant).where(Participant.uuid.in_(list(uuids)))
    ).all()
    erased = {
        row.uuid: {field: getattr(row, field) for field in ERASED_FIELDS}
        for row in rows
        if is_erased(row.first_name, row.last_name)
    }
    if erased:
        _blank_logs(writer, erased)
    return len(erased)


def _erase_rows(writer: Writer, rows: list[Participant]) -> None:
    """Anonymise ``rows`` in the writer's transaction and blank their audit values."""
    session = writer.session
    session.execute(text("PRAGMA secure_delete = ON"))
    erased: dict[str, dict[str, Any]] = {}
    changed = []
    for row in rows:
        values = _erased_values(session, row)
        if update_record(writer, row, values):
            changed.append(row)
        erased[row.uuid] = values
    # The update entries just queued hold the old values too: write them, then blank.
    writer.flush_audit()
    _blank_logs(writer, erased)
    for row in changed:
        writer.audit(
            "erase", "participants", row.uuid, row.hlc, {"erased": True, "fields": ERASED_FIELDS}
        )


def erase_participant(db: Database, participant_id: int) -> None:
    """Erase a person on request (administrators): see the module's docstring.

    Cannot be undone. Erasing an erased person again changes nothing.

    Raises:
        PermissionDeniedError: the account is not an administrator.
        NotFoundError: there is no participant ``participant_id``.
    """
    db.require(Action.ERASE)
    with db.write() as writer:
        _erase_rows(writer, _same_person(writer.session, participant_id))
    forget_old_pages(db)


def forget_old_pages(db: Database) -> None:
    """Leave no copy of the erased values in the file's free space or write-ahead log.

    ``secure_delete`` (set for the erasing transaction) zeroes the space the
    old values occupied; the checkpoint then copies the new pages into the
    file and empties the log, which still held the old pages. Best effort: a
    reader of another program holding an old snapshot keeps the log until it
    ends, and SQLite checkpoints it at the next chance. The search index
    forgets the names too.
    """
    db.search_index.invalidate()
    raw = db.engine.raw_connection()
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except database_errors():
        pass  # busy: SQLite checkpoints later on its own
    finally:
        raw.close()


def older_backups_note(db: Database) -> str | None:
    """What the backups made before an erasure still hold, for the person who erased.

    None when there are none. Backups are copies of the whole file at a
    moment: an erasure cannot reach into them (see the module's docstring).
    """
    from ttk_desktop.core.security.backups import older_backups

    older = older_backups(db)
    if not older.rotating and not older.kept:
        return None
    return translate(
        "Privacy",
        "Backups made before the erasure still hold the old values: {rotating} automatic "
        "(they leave the rotation within {weeks} weeks) and {kept} made by hand or before "
        "a restore (kept until an administrator deletes them; File > Backups).",
        rotating=older.rotating,
        weeks=older.weeks,
        kept=older.kept,
    )


# -- retention ----------------------------------------------------------------------


def retention_years(db: Database) -> int | None:
    """The setting: anonymise people inactive for this many years (None: not set)."""
    value = db.setting(RETENTION_SETTING)
    try:
        return int(value) if value else None
    except ValueError:
        return None


def set_retention_years(db: Database, years: int) -> None:
    """Save the retention setting (administrators)."""
    db.require(Action.CHANGE_SETTINGS)
    _check_years(years)
    db.set_setting(RETENTION_SETTING, str(years))


def _check_years(years: int) -> None:
    if years < 1:
        raise ValidationError(
            {
                "years": translate(
                    "Privacy", "The retention period must be at least 1 year, not {n}.", n=years
                )
            }
        )


def _cutoff(years: int, today: dt.date) -> tuple[dt.date, int]:
    """The day ``years`` before ``today`` and the first clock stamp of that day (UTC)."""
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    midnight = dt.datetime.combine(day, dt.time(), dt.UTC)
    return day, int(Stamp(int(midnight.timestamp() * 1000), 0))


def inactive_participants(db: Database, years: int, today: dt.date | None = None) -> list[int]:
    """People (their kept rows' ids) with no attendance and no change for ``years``.

    Inactive: the record, its memberships and its ticks were last changed
    before the cut-off day, and no session on or after that day was attended.
    Every record of a confirmed person must be inactive. Erased people are
    not listed; deleted (tombstoned) ones are, since they still hold names.
    """
    _check_years(years)
    day, stamp = _cutoff(years, today or dt.date.today())
    active_tick = (
        select(Attendance.participant_id)
        .join(Session, Session.id == Attendance.session_id)
        .where(
            Attendance.participant_id == Participant.id,
            or_(Session.date >= day, Attendance.hlc >= stamp),
        )
    )
    active_member = select(GroupMember.participant_id).where(
        GroupMember.participant_id == Participant.id, GroupMember.hlc >= stamp
    )
    active = or_(Participant.hlc >= stamp, exists(active_tick), exists(active_member))
    with db.read() as session:
        rows = session.execute(
            select(
                Participant.id,
                Participant.alias_of,
                active.label("active"),
                and_(
                    Participant.first_name == ERASED_NAME, Participant.last_name == ERASED_NAME
                ).label("erased"),
            )
        ).all()
    busy: set[int] = set()
    candidates: set[int] = set()
    for pid, alias_of, is_active, erased in rows:
        key = alias_of or pid
        if is_active:
            busy.add(key)
        elif not erased:
            candidates.add(key)
    return sorted(candidates - busy)


def anonymise_inactive(
    db: Database,
    years: int,
    today: dt.date | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Erase everyone :func:`inactive_participants` lists (administrators); how many.

    Written in transactions of :data:`BATCH` people, so a long run holds the
    file's write lock only briefly at a time. ``progress(done, total)`` is
    called after each batch; when ``cancelled()`` turns true the run stops
    after the batch in hand (those people are erased, the rest untouched), and
    can simply be started again: erased people are no longer listed.
    """
    db.require(Action.ERASE)
    ids = inactive_participants(db, years, today)
    done = 0
    for start in range(0, len(ids), BATCH):
        if cancelled is not None and cancelled():
            break
        with db.write() as writer:
            rows: dict[int, Participant] = {}
            for pid in ids[start : start + BATCH]:
                rows.update((row.id, row) for row in _same_person(writer.session, pid))
            _erase_rows(writer, list(rows.values()))
        done = min(len(ids), start + BATCH)
        if progress is not None:
            progress(done, len(ids))
    if done:
        forget_old_pages(db)
    return done
