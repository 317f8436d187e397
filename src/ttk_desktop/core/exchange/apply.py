"""Apply one data file's rows to a database, field by field, inside one write transaction.

The rules (our own design after cr-sqlite's per-column versions):

* A record is identified by its global id; an office by its code.
* Each field of a record carries a version: the clock stamp of its last change
  and the ``base``, the record's stamp the changing database had seen. A field
  never changed since the record was made is at version 0.
* The field with the later stamp wins. Equal stamps mean the same change, or,
  from two databases in the same millisecond, the larger value wins, so every
  database picks the same one.
* A conflict is a field changed in two places without either having seen the
  other: the winner's base is older than the loser's stamp. The loser's value
  goes to the conflict log. A change made after seeing the other is no conflict.
* A delete is the field ``deleted``: it wins over a concurrent edit of another
  field (the record stays deleted, the edit is logged as a conflict).
* Links (memberships, attendance ticks) have no fields of their own: the row
  with the later stamp wins; at equal stamps the tombstone wins.

So the result depends only on the set of changes, not on the order of files or
how often one is merged: databases that merge the same files end equal.

The statements are SQLAlchemy Core (``select``, ``insert``, ``update``) on the
writer's session, so they run on PostgreSQL as on SQLite; only the payload,
an in-memory SQLite database, is read with plain ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update

from ttk_desktop.core.db.engine import Writer
from ttk_desktop.core.db.models import (
    Attendance,
    Conflict,
    FieldVersion,
    Group,
    GroupMember,
    IdentityDecision,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.erased import ERASED_NAME
from ttk_desktop.core.exchange.fields import (
    DATE_FIELDS,
    DERIVED,
    FIELDS,
    derived_keys,
    dialect_insert,
    upsert,
)
from ttk_desktop.core.exchange.payload import has_table, payload_columns
from ttk_desktop.core.ids import uuid_bytes, uuid_text
from ttk_desktop.core.security.privacy import forget_erased_elsewhere

CHUNK = 500
# Records and links are read from the payload and written a batch at a time, so
# a merge's memory does not grow with the file (a million ticks in one office).
RECORD_BATCH = 5000
LINK_PARENTS_BATCH = 500
ProgressCallback = Callable[[int], None]


@dataclass
class MergeCounts:
    """What a file changed: records (and links) added, updated, deleted; conflicts logged."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass
class _Version:
    stamp: int
    base: int
    office: str


@dataclass
class _Incoming:
    """One record of the payload: its values by field and its field versions."""

    k: int
    uuid: bytes
    origin: str
    hlc: int
    values: dict[str, Any]
    versions: dict[str, _Version] = field(default_factory=dict)


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _as_date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _json(value: Any) -> str:
    return json.dumps(
        value.isoformat() if isinstance(value, dt.date) else value, ensure_ascii=False
    )


_BOOL_FIELDS = {"deleted", "birth_date_estimated", "consent_given"}
# Global ids held as values (a decision's people): text, as the database returns them.
_UUID_FIELDS = {"person_a", "person_b"}


def _normal(name: str, value: Any) -> Any:
    """A payload value as the models hold it (dates as dates, flags as bools)."""
    if value is None:
        return None
    if name in DATE_FIELDS:
        return _as_date(value)
    if name in _BOOL_FIELDS:
        return bool(value)
    if name in _UUID_FIELDS:
        return uuid_text(value)
    return value


class NumberTakenError(ValueError):
    """Two records of one office claim one register number after a merge."""

    def __init__(self, table: str, office: str, number: str) -> None:
        super().__init__(f"{table}: {office} {number}")
        self.table, self.office, self.number = table, office, number


class PayloadMerger:
    """Merges one payload into the database of ``writer``; one instance per file."""

    def __init__(
        self,
        writer: Writer,
        payload: sqlite3.Connection,
        file_name: str,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.writer = writer
        self.session = writer.session
        self.payload = payload
        self.file_name = file_name
        self.progress = progress or (lambda _n: None)
        self.counts = MergeCounts()
        self.logged_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.office_ids: dict[str, int] = {}
        self.group_ids: dict[int, int] = {}  # payload k -> local id
        self.session_ids: dict[int, int] = {}
        self.participant_ids: dict[int, int] = {}
        self.newest = 0
        self.erased: list[str] = []  # people this file's changes erased (#16)
        # Register numbers another record still held when their record was merged:
        # written once the whole table is merged (a number moved within the file).
        self._numbers: list[tuple[int, str]] = []

    # -- the whole file ----------------------------------------------------------------------
    def merge(self) -> MergeCounts:
        self._offices()
        self.group_ids = self._records(Group, "groups")
        self.session_ids = self._records(Session, "sessions")
        self.participant_ids = self._records(Participant, "participants")
        self._links(
            GroupMember,
            "group_members",
            "group_k",
            GroupMember.group_id,
            self.group_ids,
            ("joined_on",),
        )
        self._links(
            Attendance, "attendance", "session_k", Attendance.session_id, self.session_ids, ()
        )
        if has_table(self.payload, "identity_decisions"):
            self._records(IdentityDecision, "identity_decisions")
        # Always: new people may complete a decision that waited for them (#14).
        from ttk_desktop.core.identity.aliases import refresh_aliases

        refresh_aliases(self.session)
        if self.erased:
            forget_erased_elsewhere(self.writer, self.erased)
        return self.counts

    # -- offices (matched by code) ------------------------------------------------------------
    def _offices(self) -> None:
        rows = self.payload.execute(
            "SELECT uuid, code, name, origin, hlc, deleted FROM offices"
        ).fetchall()
        local = {
            code: (oid, name, hlc)
            for oid, code, name, hlc in self.session.execute(
                select(Office.id, Office.code, Office.name, Office.hlc)
            )
        }
        for raw_uuid, code, name, origin, hlc, deleted in rows:
            self.newest = max(self.newest, hlc)
            found = local.get(code)
            if found is None:
                result = self.session.execute(
                    insert(_table(Office)).values(
                        uuid=uuid_text(raw_uuid),
                        code=code,
                        name=name,
                        origin=origin,
                        hlc=hlc,
                        deleted=bool(deleted),
                    )
                )
                self.office_ids[code] = result.inserted_primary_key[0]  # type: ignore[attr-defined]
                self.counts.added += 1
                continue
            oid, local_name, local_hlc = found
            self.office_ids[code] = oid
            if hlc > local_hlc and name != local_name:
                self.session.execute(
                    update(_table(Office)).where(Office.id == oid).values(name=name, hlc=hlc)
                )
                self.counts.updated += 1

    # -- records with fields -----------------------------------------------------------------
    def _incoming(self, table: str, after: int, limit: int) -> dict[bytes, _Incoming]:
        """The next ``limit`` records of the payload's ``table`` with ``k`` above ``after``."""
        columns = payload_columns(table)
        out: dict[bytes, _Incoming] = {}
        by_k: dict[int, _Incoming] = {}
        cursor = self.payload.execute(
            f"SELECT k, uuid, origin, hlc, {', '.join(columns)} FROM {table} "
            "WHERE k > ? ORDER BY k LIMIT ?",
            (after, limit),
        )
        fields = FIELDS[table]
        for row in cursor:
            k, raw_uuid, origin, hlc, *values = row
            values_by_field = {f: _normal(f, v) for f, v in zip(fields, values, strict=True)}
            record = _Incoming(k, raw_uuid, origin, hlc, values_by_field)
            out[raw_uuid] = record
            by_k[k] = record
            self.newest = max(self.newest, hlc)
        if by_k:
            for k, name, stamp, base, office in self.payload.execute(
                "SELECT k, field, stamp, base, office FROM versions "
                "WHERE table_name = ? AND k BETWEEN ? AND ?",
                (table, min(by_k), max(by_k)),
            ):
                owner = by_k.get(k)
                if owner is not None and name in owner.values:
                    owner.versions[name] = _Version(stamp, base, office)
        return out

    def _resolve_references(self, table: str, record: _Incoming) -> dict[str, Any]:
        """The record's values with references made local ids."""
        values = dict(record.values)
        if "office_id" in values:
            values["office_id"] = self.office_ids[values["office_id"]]
        if "group_id" in values:
            values["group_id"] = self.group_ids[values["group_id"]]
        return values

    def _records(self, model: Any, table: str) -> dict[int, int]:
        """Merge one table's records, a batch at a time; returns payload k -> local id."""
        ids: dict[int, int] = {}
        after = -1
        while True:
            incoming = self._incoming(table, after, RECORD_BATCH)
            if not incoming:
                self._write_numbers(model, table)
                return ids
            after = max(record.k for record in incoming.values())
            self._merge_batch(model, table, incoming, ids)
            self.progress(len(incoming))

    # -- register numbers moved between records -------------------------------------------
    def _held(
        self, t: Table, wanted: list[tuple[int, str]], exclude: int | None = None
    ) -> set[tuple[int, str]]:
        """Which (office id, number) of ``wanted`` a record (other than ``exclude``) holds now."""
        numbers = {number for _office, number in wanted}
        held: set[tuple[int, str]] = set()
        for chunk in _chunks(sorted(numbers)):
            stmt = select(t.c.id, t.c.office_id, t.c.external_id).where(t.c.external_id.in_(chunk))
            for rid, office_id, number in self.session.execute(stmt):
                if rid != exclude:
                    held.add((office_id, number))
        return held & set(wanted)

    def _write_numbers(self, model: Any, table: str) -> None:
        """Give the records whose number was held when they were merged their number.

        An office that swaps two register numbers (or gives a confirmed
        duplicate's number to the person kept) sends both records in one
        file, in any order; each number is free once the whole table is merged.
        If a number is still taken, two records of one office really claim it
        (edited at two places): the file is refused, nothing merged.
        """
        numbers, self._numbers = self._numbers, []
        t = _table(model)
        for rid, number in numbers:
            office_id = self.session.execute(
                select(t.c.office_id).where(t.c.id == rid)
            ).scalar_one()
            if self._held(t, [(office_id, number)], exclude=rid):
                office = self.session.scalar(select(Office.code).where(Office.id == office_id))
                raise NumberTakenError(table, office or "", number)
            self.session.execute(update(t).where(t.c.id == rid).values(external_id=number))

    def _merge_batch(
        self, model: Any, table: str, incoming: dict[bytes, _Incoming], ids: dict[int, int]
    ) -> None:
        t = _table(model)
        fields = FIELDS[table]
        existing: dict[bytes, dict[str, Any]] = {}
        for chunk in _chunks(list(incoming)):
            stmt = select(t.c.id, t.c.uuid, t.c.hlc, *(t.c[f] for f in fields)).where(
                t.c.uuid.in_([uuid_text(u) for u in chunk])
            )
            for row in self.session.execute(stmt):
                existing[uuid_bytes(row.uuid)] = dict(row._mapping)
        new = [r for u, r in incoming.items() if u not in existing]
        self._insert_new(model, table, new, ids)
        old = [(r, existing[u]) for u, r in incoming.items() if u in existing]
        self._merge_existing(model, table, old, ids)

    def _insert_new(
        self, model: Any, table: str, records: list[_Incoming], ids: dict[int, int]
    ) -> None:
        if not records:
            return
        t = _table(model)
        rows = []
        for record in records:
            values = self._resolve_references(table, record)
            values.update(uuid=uuid_text(record.uuid), origin=record.origin, hlc=record.hlc)
            if table in DERIVED:
                values.update(derived_keys(values))
            rows.append(values)
        later: dict[int, str] = {}  # row index -> a number an existing record holds now
        if "external_id" in FIELDS[table]:
            wanted = [(v["office_id"], v["external_id"]) for v in rows if v["external_id"]]
            held = self._held(t, wanted) if wanted else set()
            for index, values in enumerate(rows):
                if (values["office_id"], values["external_id"]) in held:
                    later[index] = values["external_id"]
                    values["external_id"] = None
        self.session.execute(insert(t), rows)
        for chunk in _chunks(records):
            stmt = select(t.c.id, t.c.uuid).where(t.c.uuid.in_([uuid_text(r.uuid) for r in chunk]))
            local = {uuid_bytes(u): i for i, u in self.session.execute(stmt)}
            for record in chunk:
                ids[record.k] = local[record.uuid]
        self._numbers.extend((ids[records[index].k], number) for index, number in later.items())
        versions = [
            {
                "table_name": table,
                "record_id": ids[record.k],
                "field": name,
                "stamp": v.stamp,
                "base": v.base,
                "office": v.office,
            }
            for record in records
            for name, v in record.versions.items()
        ]
        if versions:
            self.session.execute(insert(_table(FieldVersion)), versions)
        self.counts.added += sum(1 for r in records if not r.values.get("deleted"))

    def _merge_existing(
        self,
        model: Any,
        table: str,
        pairs: list[tuple[_Incoming, dict[str, Any]]],
        ids: dict[int, int],
    ) -> None:
        if not pairs:
            return
        t = _table(model)
        fv = _table(FieldVersion)
        for chunk in _chunks(pairs):
            local_ids = [row["id"] for _, row in chunk]
            versions: dict[tuple[int, str], _Version] = {}
            for rid, name, stamp, base, office in self.session.execute(
                select(fv.c.record_id, fv.c.field, fv.c.stamp, fv.c.base, fv.c.office).where(
                    fv.c.table_name == table, fv.c.record_id.in_(local_ids)
                )
            ):
                versions[(rid, name)] = _Version(stamp, base, office)
            for record, row in chunk:
                ids[record.k] = row["id"]
                self._merge_record(t, table, record, row, versions)

    def _merge_record(
        self,
        t: Table,
        table: str,
        record: _Incoming,
        row: dict[str, Any],
        versions: dict[tuple[int, str], _Version],
    ) -> None:
        rid = row["id"]
        origin = record.origin
        incoming_values = self._resolve_references(table, record)
        changes: dict[str, Any] = {}
        new_versions: list[tuple[str, _Version]] = []
        lost_to_delete: list[tuple[str, _Version, Any, _Version]] = []
        zero = _Version(0, 0, origin)
        for name in FIELDS[table]:
            mine = versions.get((rid, name), zero)
            theirs = record.versions.get(name, zero)
            mine_value, their_value = row[name], incoming_values[name]
            if theirs.stamp == mine.stamp:
                if their_value == mine_value or _json(their_value) <= _json(mine_value):
                    continue
                winner_is_theirs = True  # same millisecond at two offices: larger value wins
            else:
                winner_is_theirs = theirs.stamp > mine.stamp
            if winner_is_theirs:
                if their_value != mine_value:
                    changes[name] = their_value
                new_versions.append((name, theirs))
                if mine.stamp and mine.stamp > theirs.base and their_value != mine_value:
                    self._conflict(table, record.uuid, name, their_value, theirs, mine_value, mine)
            elif theirs.stamp and theirs.stamp > mine.base and their_value != mine_value:
                self._conflict(table, record.uuid, name, mine_value, mine, their_value, theirs)
        # A delete wins over edits of other fields it had not seen; log those edits.
        deleted_now = changes.get("deleted", row["deleted"])
        if deleted_now:
            delete_version = dict(new_versions).get("deleted") or versions.get(
                (rid, "deleted"), zero
            )
            their_side = "deleted" in changes
            for name in FIELDS[table]:
                if name == "deleted":
                    continue
                # the edits of the side that did not delete
                edit = (
                    versions.get((rid, name), zero)
                    if their_side
                    else record.versions.get(name, zero)
                )
                if edit.stamp and edit.stamp > delete_version.base:
                    value = row[name] if their_side else incoming_values[name]
                    lost_to_delete.append((name, edit, value, delete_version))
            for name, edit, value, delete_version_ in lost_to_delete:
                self._conflict(table, record.uuid, name, "deleted", delete_version_, value, edit)
        if not changes and not new_versions:
            return
        if table == "participants" and changes.get("first_name") == ERASED_NAME:
            self.erased.append(uuid_text(record.uuid))  # its logs are blanked after the merge
        hlc = max(row["hlc"], record.hlc)
        values = dict(changes, hlc=hlc)
        if table in DERIVED and set(changes) & _NAME_FIELDS:
            merged = {f: changes.get(f, row.get(f)) for f in FIELDS[table]}
            values.update(derived_keys(merged))
        number = changes.get("external_id")
        if number and self._held(t, [(values.get("office_id", row["office_id"]), number)], rid):
            self._numbers.append((rid, number))
            values["external_id"] = None
        self.session.execute(update(t).where(t.c.id == rid).values(**values))
        upsert(
            self.session,
            _table(FieldVersion),
            [
                {
                    "table_name": table,
                    "record_id": rid,
                    "field": name,
                    "stamp": version.stamp,
                    "base": version.base,
                    "office": version.office,
                }
                for name, version in new_versions
            ],
            ["table_name", "record_id", "field"],
        )
        if changes:
            if changes.get("deleted") is True:
                self.counts.deleted += 1
            else:
                self.counts.updated += 1

    def _conflict(
        self,
        table: str,
        raw_uuid: bytes,
        name: str,
        kept: Any,
        kept_version: _Version,
        other: Any,
        other_version: _Version,
    ) -> None:
        values = {
            "table_name": table,
            "record_uuid": uuid_text(raw_uuid),
            "field": name,
            "kept_value": _json(kept),
            "other_value": _json(other),
            "kept_stamp": kept_version.stamp,
            "other_stamp": other_version.stamp,
            "kept_office": kept_version.office,
            "other_office": other_version.office,
            "file_name": self.file_name,
            "logged_at": self.logged_at,
        }
        result = self.session.execute(
            dialect_insert(self.session, _table(Conflict)).values(**values).on_conflict_do_nothing()
        )
        self.counts.conflicts += result.rowcount or 0  # type: ignore[attr-defined]

    # -- links --------------------------------------------------------------------------------
    def _links(
        self,
        model: Any,
        table: str,
        parent_k: str,
        parent_column: Any,
        parents: dict[int, int],
        extra: tuple[str, ...],
    ) -> None:
        """Memberships or ticks: the later stamp wins; at equal stamps the tombstone."""
        t = _table(model)
        people = self.participant_ids
        cols = ", ".join([parent_k, "participant_k", *extra, "hlc", "deleted"])
        keys = [k for (k,) in self.payload.execute(f"SELECT DISTINCT {parent_k} FROM {table}")]
        for chunk in _chunks(sorted(keys), LINK_PARENTS_BATCH):
            incoming: dict[tuple[int, int], tuple[Any, ...]] = {}
            marks = ", ".join("?" * len(chunk))
            for row in self.payload.execute(
                f"SELECT {cols} FROM {table} WHERE {parent_k} IN ({marks})", chunk
            ):
                parent, person, *rest = row
                incoming[(parents[parent], people[person])] = tuple(rest)
                self.newest = max(self.newest, rest[-2])
            self._links_batch(t, incoming, parent_column, extra)
            self.progress(len(incoming))

    def _links_batch(
        self,
        t: Table,
        incoming: dict[tuple[int, int], tuple[Any, ...]],
        parent_column: Any,
        extra: tuple[str, ...],
    ) -> None:
        parent_name = parent_column.key
        existing: dict[tuple[int, int], tuple[int, bool]] = {}
        for chunk in _chunks(sorted({p for p, _ in incoming})):
            stmt = select(parent_column, t.c.participant_id, t.c.hlc, t.c.deleted).where(
                parent_column.in_(chunk)
            )
            for parent, person, hlc, deleted in self.session.execute(stmt):
                existing[(parent, person)] = (hlc, deleted)
        new_rows, changed = [], []
        for (parent, person), rest in incoming.items():
            *values, hlc, deleted = rest
            deleted = bool(deleted)
            found = existing.get((parent, person))
            row = {parent_name: parent, "participant_id": person, "hlc": hlc, "deleted": deleted}
            row.update({name: _normal(name, v) for name, v in zip(extra, values, strict=True)})
            if found is None:
                new_rows.append(row)
                if not deleted:
                    self.counts.added += 1
                continue
            mine_hlc, mine_deleted = found
            if hlc > mine_hlc or (hlc == mine_hlc and deleted and not mine_deleted):
                changed.append(row)
                if deleted and not mine_deleted:
                    self.counts.deleted += 1
                elif deleted != mine_deleted:
                    self.counts.updated += 1
        if new_rows:
            self.session.execute(insert(t), new_rows)
        if changed:
            change = (
                update(t)
                .where(
                    parent_column == bindparam("_parent"),
                    t.c.participant_id == bindparam("_person"),
                )
                .values({name: bindparam(f"_{name}") for name in ("hlc", "deleted", *extra)})
            )
            self.session.execute(
                change,
                [
                    {
                        "_parent": row[parent_name],
                        "_person": row["participant_id"],
                        **{f"_{name}": row[name] for name in ("hlc", "deleted", *extra)},
                    }
                    for row in changed
                ],
            )


_NAME_FIELDS = {"first_name", "last_name", "first_name_ar", "last_name_ar", "phone", "external_id"}
