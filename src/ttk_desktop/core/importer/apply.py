"""Second pass: write the checked file in one transaction.

Runs inside ``db.write()``: either every record of the file is written or
(on any issue, on cancel, on a crash) none is. Records are matched by
(office, register id), the office's own numbering, so importing the same file
again finds every record unchanged and writes nothing, and a corrected file
updates only what changed. New records go in with driver-level bulk inserts in
chunks (not one ORM object at a time), all stamped with the import's single
clock stamp; the records an import creates are audited in one entry per table
(the file and every new uuid), changed or restored records one by one with
their old and new values.

Offices: an empty office cell means this database's office; an office code the
database does not know is created (named after its code, as
``services.offices.ensure_office`` would) in the same transaction, and listed
in the summary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any, cast

from sqlalchemy import Date, Table, bindparam, func, insert, select, update

from ttk_desktop.core.db.engine import Writer
from ttk_desktop.core.db.models import (
    Attendance,
    AuditEntry,
    Group,
    GroupMember,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.exchange.fields import record_versions
from ttk_desktop.core.ids import uuid7_batch
from ttk_desktop.core.importer.bulk import BulkInsert
from ttk_desktop.core.importer.parse import WorkbookParser
from ttk_desktop.core.importer.resolve import Key, Known, Resolver
from ttk_desktop.core.importer.rows import KINDS, ParsedSheet, ParticipantRow
from ttk_desktop.core.importer.summary import ImportSummary, SheetSummary
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services.common import audit_value
from ttk_desktop.core.services.participants import search_keys

CHUNK = 2000

_PARTICIPANT_DEFAULTS = {
    k: v for k, v in dataclasses.asdict(ParticipantInput("", "")).items() if k != "office_code"
}
_GROUP_FIELDS = (
    "external_id",
    "type",
    "name",
    "facilitator",
    "start_date",
    "end_date",
    "description",
)
_SESSION_FIELDS = ("external_id", "group_id", "date", "topic", "place", "start_time")


def _participant_derive(merged: dict[str, Any]) -> dict[str, Any]:
    """Add the derived keys; the merged values are already clean (parsed or stored)."""
    merged.update(
        search_keys(
            merged["first_name"],
            merged["last_name"],
            merged["first_name_ar"],
            merged["last_name_ar"],
            merged["phone"],
            merged["external_id"],
        )
    )
    return merged


# Columns of a new participant, as _new_participant_row lists them.
_NEW_PARTICIPANT_COLUMNS = (
    "external_id",
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "gender",
    "birth_date",
    "birth_date_estimated",
    "nationality",
    "phone",
    "disability",
    "consent_given",
    "consent_date",
    "notes",
    "search_text",
    "sort_key",
)


def _new_participant_row(office_id: int, p: ParticipantRow) -> list[Any]:
    """A new participant's column values straight from its parsed row.

    A column the sheet lacks was parsed as its default (no phone, gender not
    stated, ...), which is what a new record gets, so no merging is needed.
    """
    keys = search_keys(
        p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.phone, p.external_id
    )
    return [
        office_id,
        p.external_id,
        p.first_name,
        p.last_name,
        p.first_name_ar,
        p.last_name_ar,
        p.gender,
        p.birth_date,
        p.birth_date_estimated,
        p.nationality,
        p.phone,
        p.disability,
        False,  # consent is recorded on the form, not imported
        None,
        None,
        keys["search_text"],
        keys["sort_key"],
    ]


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _table(model: Any) -> Table:
    """The Core table of a model (for bulk statements)."""
    return cast(Table, model.__table__)


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class Applier(Resolver):
    """Resolves references, collects issues, then writes; one instance per import."""

    def __init__(
        self,
        writer: Writer,
        parser: WorkbookParser,
        tick: Callable[[int], None],
        check_cancel: Callable[[], None],
    ) -> None:
        super().__init__(writer.session, parser)
        self.writer = writer
        self.tick = tick
        self._check_cancel = check_cancel  # raises ImportCancelledError when asked to stop
        self.origin = writer.database.office_code or ""
        self.actor = writer.database.actor
        self.at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        # Every record this import writes carries the same clock stamp: one change.
        self.hlc = writer.stamp()
        self.inserted: dict[str, int] = {}  # table -> how many new records

    def write(self) -> ImportSummary:
        summary = ImportSummary(self.issues.file)
        self._write_offices(summary)
        for kind in KINDS:
            if self.sheets[kind]:
                summary.sheets.append(SheetSummary(kind, self.sheets[kind][0].name))
        if self.sheets["participants"]:
            self._write_records(
                _table(Participant),
                self.participants,
                summary.sheet("participants"),  # type: ignore[arg-type]
                defaults=_PARTICIPANT_DEFAULTS,
                derive=_participant_derive,
                values=self._participant_values,
                new_row=(_NEW_PARTICIPANT_COLUMNS, _new_participant_row),
                keep_ids=bool(self.sheets["attendance"]),
            )
        if self.sheets["groups"]:
            self._write_records(
                _table(Group),
                self.groups,
                summary.sheet("groups"),  # type: ignore[arg-type]
                defaults=dict.fromkeys(_GROUP_FIELDS),
                derive=dict,
                values=self._group_values,
                keep_ids=bool(self.sheets["sessions"] or self.sheets["attendance"]),
            )
        if self.sheets["sessions"]:
            self._write_records(
                _table(Session),
                self.sessions,
                summary.sheet("sessions"),  # type: ignore[arg-type]
                defaults=dict.fromkeys(_SESSION_FIELDS),
                derive=dict,
                values=self._session_values,
                keep_ids=bool(self.sheets["attendance"]),
            )
        if self.sheets["attendance"]:
            self._write_attendance(summary)
        self._audit_inserts()
        return summary

    def _versions(self, table: str, record_id: int, fields: list[str], base: int) -> None:
        """Field clocks of a changed record, as the services note them (for the merge)."""
        record_versions(self.session, table, record_id, fields, self.hlc, base, self.origin)

    def _audit(self, action: str, table: str, record_uuid: str, changes: str) -> dict:
        return {
            "at": self.at,
            "actor": self.actor,
            "action": action,
            "table_name": table,
            "record_uuid": record_uuid,
            "hlc": self.hlc,
            "changes": changes,
        }

    def _insert_audits(self, audits: list[dict[str, Any]]) -> None:
        if audits:
            self.session.execute(insert(_table(AuditEntry)), audits)

    def _insert_new(
        self,
        table: Table,
        columns: tuple[str, ...],
        items: list[Any],
        build: Callable[[Any], list[Any]] | None = None,
    ) -> None:
        """Insert new records with their identity; ``build(item)`` gives one's values.

        Values are in ``columns`` order; without ``build`` each item is its list
        of values. These are the import's hot rows (100,000 people, a million
        attendance lines): each chunk's values are built while the previous
        chunk's multi-row statement runs on :class:`BulkInsert`'s thread, bound
        as plain values without SQLAlchemy's per-row processing, so dates are
        written here in the ISO form SQLAlchemy's ``Date`` stores.
        """
        pair = "uuid" not in table.c  # a membership or a tick: identified by its pair
        names = (
            (*columns, "hlc", "deleted") if pair else (*columns, "uuid", "origin", "hlc", "deleted")
        )
        dates = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, Date)]
        identity = (self.origin, self.hlc, False)
        added = 0
        with BulkInsert(self.session.connection(), table.name, names) as bulk:
            for chunk in _chunks(items, bulk.rows_per_statement):
                self._check_cancel()
                params: list[Any] = []
                if pair:
                    for row in chunk:
                        params += row
                        params += (self.hlc, False)
                else:
                    ids = uuid7_batch(len(chunk))
                    for item, record_uuid in zip(chunk, ids, strict=True):
                        row = item if build is None else build(item)
                        for i in dates:
                            if row[i] is not None:
                                row[i] = row[i].isoformat()
                        params += row
                        params.append(record_uuid)
                        params += identity
                bulk.insert(params)
                added += len(chunk)
                self.tick(len(chunk))
        if added:
            self.inserted[table.name] = self.inserted.get(table.name, 0) + added

    def _audit_inserts(self) -> None:
        """One audit entry per table: which file added how many records, when, by whom.

        The new records carry this entry's clock stamp until they are next
        changed; their values are the records themselves, so the log keeps no
        second copy (an entry per record, or a list of their ids, made the log
        of a 100,000-row import several megabytes). Changes to existing records
        are audited one by one, with their old and new values.
        """
        audits = [
            self._audit("import", table, "", _json({"file": self.issues.file, "added": count}))
            for table, count in self.inserted.items()
        ]
        self._insert_audits(audits)

    def _write_offices(self, summary: ImportSummary) -> None:
        self._insert_new(_table(Office), ("code", "name"), [[c, c] for c in self.new_offices])
        if self.new_offices:
            for office_id, code in self.session.execute(
                select(Office.id, Office.code).where(Office.code.in_(self.new_offices))
            ):
                self.offices[code] = office_id
                self.office_codes[office_id] = code
        summary.offices_added = list(self.new_offices)

    # Values a file record sets, for the columns its sheet has.
    def _participant_values(self, sheet: ParsedSheet, p: Any, key: Key) -> dict[str, Any]:
        present = sheet.present
        out = {"external_id": p.external_id}
        for name in (
            "first_name",
            "last_name",
            "first_name_ar",
            "last_name_ar",
            "gender",
            "nationality",
            "phone",
            "disability",
        ):
            if name in present:
                out[name] = getattr(p, name)
        if "birth_date" in present:
            out["birth_date"] = p.birth_date
            out["birth_date_estimated"] = p.birth_date_estimated
        return out

    def _group_values(self, sheet: ParsedSheet, g: Any, key: Key) -> dict[str, Any]:
        out = {"external_id": g.external_id}
        for name in _GROUP_FIELDS[1:]:
            if name in sheet.present:
                out[name] = getattr(g, name)
        return out

    def _session_values(self, sheet: ParsedSheet, s: Any, key: Key) -> dict[str, Any]:
        group_id = self.groups.db[self.session_groups[key]][0]
        out = {"external_id": s.external_id, "group_id": group_id}
        for name in ("date", "topic", "place", "start_time"):
            if name in sheet.present:
                out[name] = getattr(s, name)
        return out

    def _write_records(
        self,
        table: Table,
        known: Known,
        counts: SheetSummary,
        *,
        defaults: dict[str, Any],
        derive: Callable[[dict[str, Any]], dict[str, Any]],
        values: Callable[[ParsedSheet, Any, Key], dict[str, Any]],
        new_row: tuple[tuple[str, ...], Callable[[int, Any], list[Any]]] | None = None,
        keep_ids: bool = True,
    ) -> None:
        """Insert new records, update changed ones, revive tombstoned ones.

        With ``keep_ids`` (a later sheet refers to these records), ``known.db``
        afterwards holds every record of the file with its local id; without,
        the new records' ids are not read back.
        """
        new: list[tuple[Key, ParsedSheet, Any]] = []
        old: list[tuple[Key, ParsedSheet, Any, int]] = []
        for key, (sheet, rec) in known.file.items():
            existing = known.db.get(key)
            if existing is None:
                new.append((key, sheet, rec))
            else:
                old.append((key, sheet, rec, existing[0]))
        columns = list(derive(dict(defaults)))
        max_before = self.session.scalar(select(func.max(table.c.id))) or 0
        offices = self.offices
        build: Callable[[tuple[Key, ParsedSheet, Any]], list[Any]]
        if new_row is not None:  # the sheet's own row already holds every column
            insert_columns, make = new_row

            def build(item: tuple[Key, ParsedSheet, Any]) -> list[Any]:
                return make(offices[item[0][0]], item[2])

        else:
            insert_columns = tuple(columns)

            def build(item: tuple[Key, ParsedSheet, Any]) -> list[Any]:
                key, sheet, rec = item
                vals = derive({**defaults, **values(sheet, rec, key)})
                return [offices[key[0]], *(vals[c] for c in columns)]

        self._insert_new(table, ("office_id", *insert_columns), new, build)
        counts.added += len(new)
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(f"_{c}") for c in [*columns, "hlc", "deleted"]})
        )
        fetch = [
            table.c.id,
            table.c.uuid,
            table.c.deleted,
            table.c.hlc,
            *(table.c[c] for c in columns),
        ]
        for chunk in _chunks(old, 500):
            self._check_cancel()
            ids = [item[3] for item in chunk]
            current = {
                r.id: r._mapping
                for r in self.session.execute(select(*fetch).where(table.c.id.in_(ids)))
            }
            updates: list[dict[str, Any]] = []
            audits = []
            for key, sheet, rec, record_id in chunk:
                cur = current[record_id]
                vals = values(sheet, rec, key)
                if not cur["deleted"] and all(cur[k] == v for k, v in vals.items()):
                    counts.unchanged += 1
                    continue
                merged = {k: cur[k] for k in defaults}
                merged.update(vals)
                new_vals = derive(merged)
                changes = {
                    k: [audit_value(cur[k]), audit_value(v)]
                    for k, v in new_vals.items()
                    if cur[k] != v
                }
                if not changes and not cur["deleted"]:
                    counts.unchanged += 1
                    continue
                if cur["deleted"]:
                    audits.append(self._audit("restore", table.name, cur["uuid"], "{}"))
                if changes:
                    audits.append(self._audit("update", table.name, cur["uuid"], _json(changes)))
                fields = [*changes, "deleted"] if cur["deleted"] else list(changes)
                self._versions(table.name, record_id, fields, cur["hlc"])
                row = {f"_{k}": v for k, v in new_vals.items()}
                row.update(_hlc=self.hlc, _deleted=False, _id=record_id)
                updates.append(row)
                counts.updated += 1
            if updates:
                self.session.execute(stmt, updates)
            self._insert_audits(audits)
            self.tick(len(chunk))
        for key, found in known.db.items():
            if found[1] and key in known.file:
                known.db[key] = (found[0], False, *found[2:])
        if new and keep_ids:
            codes = self.office_codes
            fresh = self.session.connection().exec_driver_sql(
                f"SELECT id, office_id, external_id FROM {table.name} WHERE id > ?",
                (max_before,),
            )
            for record_id, office_id, ext in fresh.fetchall():
                known.db[(codes[office_id], ext)] = (record_id, False)

    def _write_attendance(self, summary: ImportSummary) -> None:
        """Attendance rows, and group memberships for people not yet in the group."""
        counts = summary.sheet("attendance")
        assert counts is not None
        sessions: dict[Key, tuple[int, int, dt.date]] = {}  # key -> (id, group id, date)
        for key, row in self.sessions.db.items():
            if key in self.sessions.file:
                _sheet, s = self.sessions.file[key]
                group_key = self.session_groups[key]
                sessions[key] = (row[0], self.groups.db[group_key][0], s.date)
            elif len(row) >= 4:
                sessions[key] = (row[0], row[2], row[3])
        people = self.participants.db
        triples: list[tuple[int, int, int, dt.date]] = []  # session, person, group, date
        for session_key, person_key in self.pairs:
            session_id, group_id, day = sessions[session_key]
            triples.append((session_id, people[person_key][0], group_id, day))
        counts.unchanged = self.pair_count - len(triples)  # repeated lines
        self.pairs.clear()

        present = self._existing(Attendance, Attendance.session_id, {t[0] for t in triples})
        members = self._existing(GroupMember, GroupMember.group_id, {t[2] for t in triples})
        joined: dict[tuple[int, int], dt.date] = {}
        for _session_id, person_id, group_id, day in triples:
            pair = (group_id, person_id)
            if pair not in joined or day < joined[pair]:
                joined[pair] = day

        att_new: list[list[Any]] = []
        att_revive: list[tuple[int, int]] = []
        for session_id, person_id, _group_id, _day in triples:
            deleted = present.get((session_id, person_id))
            if deleted is None:
                att_new.append([session_id, person_id])
            elif deleted:
                att_revive.append((session_id, person_id))
            else:
                counts.unchanged += 1
        mem_new: list[list[Any]] = []
        mem_revive: list[tuple[int, int]] = []
        for (group_id, person_id), day in joined.items():
            deleted = members.get((group_id, person_id))
            if deleted is None:
                mem_new.append([group_id, person_id, day.isoformat()])
            elif deleted:
                mem_revive.append((group_id, person_id))
        self._insert_new(_table(Attendance), ("session_id", "participant_id"), att_new)
        self._revive(Attendance, Attendance.session_id, att_revive)
        self._insert_new(_table(GroupMember), ("group_id", "participant_id", "joined_on"), mem_new)
        self._revive(GroupMember, GroupMember.group_id, mem_revive)
        counts.added += len(att_new)
        counts.updated += len(att_revive)
        summary.members_added = len(mem_new) + len(mem_revive)

    def _existing(self, model: Any, column: Any, parents: set[int]) -> dict[tuple[int, int], bool]:
        """(parent id, participant id) -> deleted, for the parents' rows."""
        other = model.participant_id
        out: dict[tuple[int, int], bool] = {}
        for chunk in _chunks(sorted(parents), 500):
            stmt = select(column, other, model.deleted).where(column.in_(chunk))
            for parent, person, deleted in self.session.execute(stmt):
                out[(parent, person)] = deleted
        return out

    def _revive(self, model: Any, parent: Any, pairs: list[tuple[int, int]]) -> None:
        """Undo tombstones (a removed membership or an unticked attendance named again).

        Audited like the services do: named by the participant, with the group
        or session beside.
        """
        table = _table(model)
        parent_model = Session if model is Attendance else Group
        parent_label = "session" if model is Attendance else "group"
        stmt = (
            update(table)
            .where(parent == bindparam("_parent"), model.participant_id == bindparam("_person"))
            .values(deleted=False, hlc=bindparam("_hlc"))
        )
        for chunk in _chunks(pairs):
            self._check_cancel()
            uuids = self._uuids(Participant, {p for _, p in chunk})
            uuids_of_parent = self._uuids(parent_model, {g for g, _ in chunk})
            rows, audits = [], []
            for parent_id, person_id in chunk:
                rows.append({"_parent": parent_id, "_person": person_id, "_hlc": self.hlc})
                context = _json({parent_label: uuids_of_parent[parent_id]})
                audits.append(self._audit("restore", table.name, uuids[person_id], context))
            self.session.execute(stmt, rows)
            self._insert_audits(audits)

    def _uuids(self, model: Any, ids: set[int]) -> dict[int, str]:
        rows = self.session.execute(select(model.id, model.uuid).where(model.id.in_(ids)))
        return dict(rows.all())
