"""The compact data model (#12): what is stored, and the upgrade from the text-id schema.

The upgrade test builds a database with the previous schema (the real first
migration), fills it the way that schema stored things (36-character uuids,
``wall-counter-node`` text stamps, attendance and memberships with ids of their
own, an import audit entry listing every new id), upgrades it and checks every
record, clock and tombstone against the same data kept at the current schema,
and the 2021 statistics against the published report.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from dataset_2021 import PERIOD, PUBLISHED, build_2021

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.statistics import AGE_EACH, StatsFilter, compute_statistics, to_json_dict

PREVIOUS = "20261125_0001"
GLOBAL = ("offices", "participants", "groups", "sessions")
PAIRS = {"attendance": "session_id", "group_members": "group_id"}


def _rows(path: Path, table: str) -> list[dict[str, Any]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in con.execute(f"SELECT * FROM {table}")]
    finally:
        con.close()


def _old_stamp(value: int) -> str:
    stamp = Stamp.of(value)
    return f"{stamp.wall_ms:013d}-{stamp.counter:06d}-node01"


def _previous_schema_copy(current: Path, old: Path) -> None:
    """``current``'s data as the previous schema stored it, in a file made by its migration."""
    from alembic import command

    cfg = migrate.alembic_config()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, PREVIOUS)
    engine.dispose()
    con = sqlite3.connect(old)
    for table in GLOBAL:
        for row in _rows(current, table):
            row["uuid"] = str(uuid.UUID(bytes=row["uuid"]))
            row["hlc"] = _old_stamp(row["hlc"])
            row.pop("alias_of", None)  # a later revision's column (#14)
            names = ", ".join(row)
            con.execute(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
    for table in PAIRS:
        for row in _rows(current, table):
            row.update(uuid=str(uuid.uuid4()), origin="IST", hlc=_old_stamp(row["hlc"]))
            names = ", ".join(row)
            con.execute(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
    con.execute(
        "INSERT INTO audit_log (at, actor, action, table_name, record_uuid, hlc, changes) "
        "VALUES ('2021-01-01T10:00:00+00:00', 'ayse', 'import', 'participants', ?, ?, ?)",
        (
            str(uuid.uuid4()),
            _old_stamp(1 << 16),
            json.dumps({"file": "kayit.xlsx", "inserted": [str(uuid.uuid4()) for _ in range(3)]}),
        ),
    )
    last = max(row["hlc"] for table in GLOBAL for row in _rows(current, table))
    con.execute("INSERT INTO settings (key, value) VALUES ('hlc_last', ?)", (_old_stamp(last),))
    con.execute("INSERT INTO settings (key, value) VALUES ('office_code', 'IST')")
    con.commit()
    con.close()


def _stats(db: Database) -> dict[str, Any]:
    return to_json_dict(compute_statistics(db, StatsFilter(*PERIOD, age_method=AGE_EACH)))


def test_the_upgrade_keeps_every_record_clock_tombstone_and_figure(
    db: Database, tmp_path: Path
) -> None:
    build_2021(db)
    expected = _stats(db)
    old = tmp_path / "previous.sqlite3"
    _previous_schema_copy(db.path, old)
    assert migrate.current_revision(old) == PREVIOUS

    upgraded = open_database(old)
    assert migrate.current_revision(old) == HEAD_REVISION
    assert (tmp_path / f"previous.backup-{PREVIOUS}.sqlite3").exists()
    for table in GLOBAL:
        assert _rows(old, table) == _rows(db.path, table), table
    for table in PAIRS:
        assert _rows(old, table) == _rows(db.path, table), table
    assert _stats(upgraded) == expected
    assert expected["distinct_participants"] == PUBLISHED["distinct_participants"]
    # Later changes order after every converted stamp.
    with upgraded.write() as writer:
        assert writer.stamp() > max(r["hlc"] for r in _rows(old, "participants"))
    entry = next(r for r in _rows(old, "audit_log") if r["action"] == "import")
    assert json.loads(entry["changes"]) == {"file": "kayit.xlsx", "added": 3}
    upgraded.close()


def test_ids_are_16_bytes_and_links_have_no_id_of_their_own(db: Database) -> None:
    build_2021(db)
    con = sqlite3.connect(db.path)
    try:
        for table in GLOBAL:
            kinds = set(con.execute(f"SELECT typeof(uuid), length(uuid), typeof(hlc) FROM {table}"))
            assert kinds == {("blob", 16, "integer")}, table
        for table in PAIRS:
            columns = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
            assert not columns & {"id", "uuid", "origin"}, table
            sql = con.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()[0]
            assert "WITHOUT ROWID" in sql.upper(), table
    finally:
        con.close()
