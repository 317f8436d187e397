"""The rows a data file carries, as a small SQLite database built and read in memory.

SQLite as the file's inner format (its own advice for application files): the
export copies the rows with ``INSERT ... SELECT`` into an attached in-memory
database and serialises it; the merge deserialises it into an in-memory
connection of its own. Nothing of it touches the disk in clear.

Records are keyed in the file by the exporting database's local ids (``k``);
their global ids travel beside them, and a reference to another record names
its ``k`` (a session's group) or, for an office, its code.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ttk_desktop.core.db.connect import connect
from ttk_desktop.core.exchange.fields import FIELDS

PAYLOAD_VERSION = 1


def payload_columns(table: str) -> list[str]:
    """A table's travelling fields as the payload names them (references by code or k)."""
    return [
        "office_code" if f == "office_id" else "group_k" if f == "group_id" else f
        for f in FIELDS[table]
    ]


_COLUMNS = {table: payload_columns(table) for table in FIELDS if table != "offices"}

SCHEMA = f"""
CREATE TABLE {{s}}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE {{s}}.offices (uuid BLOB NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    origin TEXT NOT NULL, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL);
CREATE TABLE {{s}}.participants (k INTEGER PRIMARY KEY, uuid BLOB NOT NULL, origin TEXT NOT NULL,
    hlc INTEGER NOT NULL, {", ".join(_COLUMNS["participants"])});
CREATE TABLE {{s}}.groups (k INTEGER PRIMARY KEY, uuid BLOB NOT NULL, origin TEXT NOT NULL,
    hlc INTEGER NOT NULL, {", ".join(_COLUMNS["groups"])});
CREATE TABLE {{s}}.sessions (k INTEGER PRIMARY KEY, uuid BLOB NOT NULL, origin TEXT NOT NULL,
    hlc INTEGER NOT NULL, {", ".join(_COLUMNS["sessions"])});
CREATE TABLE {{s}}.identity_decisions (k INTEGER PRIMARY KEY, uuid BLOB NOT NULL,
    origin TEXT NOT NULL, hlc INTEGER NOT NULL, {", ".join(_COLUMNS["identity_decisions"])});
CREATE TABLE {{s}}.versions (table_name TEXT NOT NULL, k INTEGER NOT NULL, field TEXT NOT NULL,
    stamp INTEGER NOT NULL, base INTEGER NOT NULL, office TEXT NOT NULL);
CREATE TABLE {{s}}.attendance (session_k INTEGER NOT NULL, participant_k INTEGER NOT NULL,
    hlc INTEGER NOT NULL, deleted INTEGER NOT NULL,
    PRIMARY KEY (session_k, participant_k)) WITHOUT ROWID;
CREATE TABLE {{s}}.group_members (group_k INTEGER NOT NULL, participant_k INTEGER NOT NULL,
    joined_on TEXT, hlc INTEGER NOT NULL, deleted INTEGER NOT NULL,
    PRIMARY KEY (group_k, participant_k)) WITHOUT ROWID;
"""


def _select(table: str, alias: str) -> str:
    """The source columns of ``table`` in the payload's column order."""
    out = []
    for field in FIELDS[table]:
        if field == "office_id":
            out.append(f"(SELECT code FROM offices o WHERE o.id = {alias}.office_id)")
        else:
            out.append(f"{alias}.{field}")
    return ", ".join(out)


@dataclass(frozen=True)
class PayloadCounts:
    """How many rows of each kind a payload holds."""

    offices: int
    participants: int
    groups: int
    sessions: int
    attendance: int
    group_members: int
    identity_decisions: int = 0

    @property
    def records(self) -> int:
        return (
            self.participants
            + self.groups
            + self.sessions
            + self.attendance
            + self.group_members
            + self.identity_decisions
        )


def build(
    path: Path, since: int, meta: dict[str, str], key: bytes | None = None
) -> tuple[bytes, PayloadCounts]:
    """Copy what changed after ``since`` (everything for -1) into a serialised payload.

    Reads ``path`` through a read-only connection of its own, in one read
    transaction, so the file is one consistent state. Records that changed
    links refer to travel whole beside them, so a receiver that lacks them
    (a session made at another office and merged here) can place the links.
    """
    con = connect(path, key, readonly=True, isolation_level=None)
    try:
        # An encrypted database's attachments share its key unless given their own:
        # KEY '' keeps the in-memory payload plain (it is encrypted whole, with age).
        con.execute("ATTACH DATABASE ':memory:' AS out" + (" KEY ''" if key else ""))
        con.executescript(SCHEMA.format(s="out"))
        con.execute("BEGIN")
        con.executemany("INSERT INTO out.meta VALUES (?, ?)", sorted(meta.items()))
        s = (since,)
        con.execute(
            "INSERT INTO out.offices SELECT uuid, code, name, origin, hlc, deleted FROM offices"
        )
        con.execute(
            "INSERT INTO out.attendance SELECT session_id, participant_id, hlc, deleted "
            "FROM attendance WHERE hlc > ?",
            s,
        )
        con.execute(
            "INSERT INTO out.group_members SELECT group_id, participant_id, joined_on, hlc, "
            "deleted FROM group_members WHERE hlc > ?",
            s,
        )
        con.execute(
            f"INSERT INTO out.sessions SELECT x.id, x.uuid, x.origin, x.hlc, "
            f"{_select('sessions', 'x')} FROM sessions x "
            "WHERE x.hlc > ? OR x.id IN (SELECT session_k FROM out.attendance)",
            s,
        )
        con.execute(
            f"INSERT INTO out.groups SELECT x.id, x.uuid, x.origin, x.hlc, "
            f"{_select('groups', 'x')} FROM groups x WHERE x.hlc > ? OR x.id IN "
            "(SELECT group_k FROM out.group_members UNION SELECT group_k FROM out.sessions)",
            s,
        )
        con.execute(
            f"INSERT INTO out.participants SELECT x.id, x.uuid, x.origin, x.hlc, "
            f"{_select('participants', 'x')} FROM participants x WHERE x.hlc > ? OR x.id IN "
            "(SELECT participant_k FROM out.attendance "
            "UNION SELECT participant_k FROM out.group_members)",
            s,
        )
        # Decisions about people (#14) name them by global id: they travel alone.
        con.execute(
            f"INSERT INTO out.identity_decisions SELECT x.id, x.uuid, x.origin, x.hlc, "
            f"{_select('identity_decisions', 'x')} FROM identity_decisions x WHERE x.hlc > ?",
            s,
        )
        for table in ("participants", "groups", "sessions", "identity_decisions"):
            con.execute(
                "INSERT INTO out.versions SELECT table_name, record_id, field, stamp, base, "
                f"office FROM field_versions WHERE table_name = ? AND record_id IN "
                f"(SELECT k FROM out.{table})",
                (table,),
            )
        counts = PayloadCounts(
            *(
                con.execute(f"SELECT count(*) FROM out.{t}").fetchone()[0]
                for t in (
                    "offices",
                    "participants",
                    "groups",
                    "sessions",
                    "attendance",
                    "group_members",
                    "identity_decisions",
                )
            )
        )
        con.execute("COMMIT")
        if key is None:
            return con.serialize(name="out"), counts
        return _serialize_through_sqlite3(con), counts
    finally:
        con.close()


def _serialize_through_sqlite3(con: Any) -> bytes:
    """The ``out`` payload of a SQLCipher connection, as plain SQLite bytes.

    SQLCipher's Python driver cannot serialise a database, so the rows are
    copied, in memory, into Python's own SQLite, which can.
    """
    plain = sqlite3.connect(":memory:", isolation_level=None)
    try:
        plain.executescript(SCHEMA.format(s="main"))
        plain.execute("BEGIN")
        tables = [
            row[0] for row in con.execute("SELECT name FROM out.sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            cursor = con.execute(f"SELECT * FROM out.{table}")
            marks = ", ".join("?" * len(cursor.description))
            while rows := cursor.fetchmany(10_000):
                plain.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        plain.execute("COMMIT")
        return plain.serialize()
    finally:
        plain.close()


def newest_stamp(payload: sqlite3.Connection) -> int:
    """The newest clock stamp a payload holds (0 if none)."""
    tables = ["offices", "participants", "groups", "sessions", "attendance", "group_members"]
    if has_table(payload, "identity_decisions"):  # files of earlier versions lack it
        tables.append("identity_decisions")
    stamps = [payload.execute(f"SELECT max(hlc) FROM {t}").fetchone()[0] for t in tables]
    return max((s for s in stamps if s is not None), default=0)


def has_table(payload: sqlite3.Connection, table: str) -> bool:
    """Whether the payload holds ``table`` (decisions came with #14; earlier files lack them)."""
    found = payload.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return found is not None


def open_payload(data: bytes) -> sqlite3.Connection:
    """An in-memory connection holding a payload (never written to disk)."""
    con = sqlite3.connect(":memory:")
    con.deserialize(data)
    return con
