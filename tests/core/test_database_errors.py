"""Database failures a person can cause become clear messages naming the file.

Locked by another program, read-only, disk full, damaged or not a database at
all: :meth:`Database.read` / :meth:`Database.write` and :func:`open_database`
raise :class:`DatabaseAccessError` saying what to do, and a failed write leaves
nothing behind. Programming errors (a wrong column name) stay as they are.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from ttk_desktop.core.db.engine import (
    Database,
    access_error,
    classify_sqlite_error,
    open_database,
)
from ttk_desktop.core.db.models import Participant, Setting
from ttk_desktop.core.errors import DatabaseAccessError, DatabaseProblem, TtkError
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
from ttk_desktop.core.services.offices import setup_office
from ttk_desktop.core.services.participants import count_participants, create_participant

SHORT = 0.05  # seconds a statement waits for another program's lock in these tests


def _permissions_enforced(folder: Path) -> bool:
    """False when running with rights that ignore file modes (root, CAP_DAC_OVERRIDE)."""
    probe = folder / "probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    try:
        with probe.open("ab"):
            return False
    except PermissionError:
        return True
    finally:
        probe.chmod(0o644)
        probe.unlink()


@pytest.fixture
def quick_db(db_path: Path) -> Iterator[Database]:
    """Office IST, with a busy timeout short enough for the locking tests."""
    database = open_database(db_path, actor="tester", busy_timeout=SHORT)
    setup_office(database, "IST", "İstanbul Toplum Merkezi")
    yield database
    database.close()


def _people(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT first_name FROM participants")]
    finally:
        con.close()


# -- another program holds the database ------------------------------------------------
def test_a_write_while_another_program_holds_a_write_lock_is_a_clear_error(
    quick_db: Database, db_path: Path
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseAccessError) as info:
            create_participant(quick_db, ParticipantInput("Ayşe", "Yılmaz"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert time.monotonic() - started < 5  # the short timeout was used, not 30 s
    error = info.value
    assert error.problem is DatabaseProblem.BUSY and error.path == db_path and error.unsaved
    assert str(db_path) in error.message
    assert "another program" in error.message and "Close that program" in error.message
    assert "Your change was not saved." in error.message
    assert isinstance(error.__cause__, OperationalError)  # the cause stays for the log
    # Once the other program lets go the same write works, and only once.
    create_participant(quick_db, ParticipantInput("Ayşe", "Yılmaz"))
    assert _people(db_path) == ["Ayşe"]


def test_a_read_while_another_program_locks_the_file_exclusively_is_a_clear_error(
    quick_db: Database, db_path: Path
) -> None:
    quick_db.engine.dispose()  # the other program took the file before we connected
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO settings (key, value) VALUES ('viewer', 'x')")
    try:
        with pytest.raises(DatabaseAccessError) as info:
            count_participants(quick_db, ParticipantQuery())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert info.value.problem is DatabaseProblem.BUSY and not info.value.unsaved
    assert str(db_path) in info.value.message
    assert "not saved" not in info.value.message  # a read changes nothing
    assert count_participants(quick_db, ParticipantQuery()) == 0


# -- read-only file or folder -------------------------------------------------------------
def test_a_write_to_a_read_only_file_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    if not _permissions_enforced(tmp_path):
        pytest.skip("file modes are not enforced for this user (root)")
    db = open_database(db_path)
    setup_office(db, "IST", "İstanbul")
    db.close()
    db_path.chmod(0o444)
    try:
        db = open_database(db_path)
        try:
            with pytest.raises(DatabaseAccessError) as info:
                create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
        finally:
            db.close()
    finally:
        db_path.chmod(0o644)
    assert info.value.problem is DatabaseProblem.NOT_WRITABLE
    assert str(db_path) in info.value.message and "folder you can write to" in info.value.message
    assert _people(db_path) == []


def test_a_database_in_a_read_only_folder_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    """SQLite needs to create its -wal and -shm files beside the database."""
    if not _permissions_enforced(tmp_path):
        pytest.skip("file modes are not enforced for this user (root)")
    folder = db_path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseAccessError) as info:
            db = open_database(db_path)
            try:
                setup_office(db, "IST", "İstanbul")
            finally:
                db.close()
    finally:
        folder.chmod(0o755)
    assert info.value.problem is DatabaseProblem.NOT_WRITABLE
    assert str(db_path) in info.value.message


def test_a_new_database_in_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    if not _permissions_enforced(tmp_path):
        pytest.skip("file modes are not enforced for this user (root)")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseAccessError) as info:
            open_database(folder / "new.sqlite3")
    finally:
        folder.chmod(0o755)
    assert info.value.problem is DatabaseProblem.NOT_WRITABLE
    assert "new.sqlite3" in info.value.message and list(folder.iterdir()) == []


def test_a_write_to_a_database_opened_read_only_is_a_clear_error(db: Database) -> None:
    """The read-only case even as root, who ignores file modes: SQLite's own read-only open."""
    uri = f"{db.path.resolve().as_uri()}?mode=ro"
    db.engine.dispose()
    db.engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    db.sessionmaker = sessionmaker(db.engine, expire_on_commit=False)
    db._write_sessions = db.sessionmaker
    assert count_participants(db, ParticipantQuery()) == 0  # reading still works
    with pytest.raises(DatabaseAccessError) as info:
        create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
    assert info.value.problem is DatabaseProblem.NOT_WRITABLE and info.value.unsaved
    assert str(db.path) in info.value.message
    assert "read-only" in info.value.message and "folder you can write to" in info.value.message


# -- disk full ------------------------------------------------------------------------------
def test_a_full_disk_rolls_the_whole_write_back(db: Database) -> None:
    """SQLite's page limit gives the very error (SQLITE_FULL) a full disk gives."""
    with pytest.raises(DatabaseAccessError) as info, db.write() as writer:
        writer.session.execute(insert(Setting).values(key="first", value="written"))
        pages = writer.session.execute(text("PRAGMA page_count")).scalar()
        writer.session.execute(text(f"PRAGMA max_page_count = {pages}"))
        rows = [{"key": f"k{i}", "value": "x" * 1000} for i in range(200)]
        writer.session.execute(insert(Setting), rows)
    assert info.value.problem is DatabaseProblem.DISK_FULL
    assert f"The disk holding {db.path} is full" in info.value.message
    assert "Free some disk space" in info.value.message
    assert db.setting("first") is None and db.setting("k0") is None  # nothing half written


@pytest.mark.parametrize(
    ("code", "message", "problem"),
    [
        (5, "database is locked", DatabaseProblem.BUSY),
        (517, "database is locked", DatabaseProblem.BUSY),  # SQLITE_BUSY_SNAPSHOT
        (8, "attempt to write a readonly database", DatabaseProblem.NOT_WRITABLE),
        (1032, "attempt to write a readonly database", DatabaseProblem.NOT_WRITABLE),
        (14, "unable to open database file", DatabaseProblem.NOT_WRITABLE),
        (3, "access permission denied", DatabaseProblem.NOT_WRITABLE),
        (13, "database or disk is full", DatabaseProblem.DISK_FULL),
        (10, "disk I/O error", DatabaseProblem.DISK_ERROR),
        (778, "disk I/O error", DatabaseProblem.DISK_ERROR),  # SQLITE_IOERR_WRITE
        (11, "database disk image is malformed", DatabaseProblem.DAMAGED),
        (26, "file is not a database", DatabaseProblem.DAMAGED),
        (None, "database or disk is full", DatabaseProblem.DISK_FULL),
        (None, "database is locked", DatabaseProblem.BUSY),
        (None, "file is not a database", DatabaseProblem.DAMAGED),
        # Programming errors are not the user's to fix.
        (1, "no such column: nmae", None),
        (1, "near 'SELEC': syntax error", None),
        (19, "UNIQUE constraint failed: participants.uuid", None),
        (6, "database table is locked", None),  # SQLITE_LOCKED: our own connection
        (None, "no such table: x", None),
    ],
)
def test_sqlite_errors_are_sorted_into_what_a_user_can_fix(
    code: int | None, message: str, problem: DatabaseProblem | None
) -> None:
    assert classify_sqlite_error(code, message) is problem


def test_a_disk_full_error_from_sqlite_reads_clearly(tmp_path: Path) -> None:
    raw = sqlite3.OperationalError("database or disk is full")
    raw.sqlite_errorcode = 13  # type: ignore[attr-defined]
    error = access_error(raw, tmp_path / "ofis.sqlite3", unsaved=True)
    assert error is not None and error.problem is DatabaseProblem.DISK_FULL
    assert error.message == (
        f"The disk holding {tmp_path / 'ofis.sqlite3'} is full. Free some disk space, then "
        "try again. Your change was not saved."
    )
    assert access_error(ValueError("database is locked"), tmp_path / "x") is None


# -- damaged files and files that are no database ---------------------------------------
def test_opening_a_file_that_is_not_a_database_names_it_and_the_way_out(tmp_path: Path) -> None:
    bogus = tmp_path / "kayitlar.sqlite3"
    bogus.write_bytes(random.Random(1).randbytes(8192))
    with pytest.raises(DatabaseAccessError) as info:
        open_database(bogus)
    assert info.value.problem is DatabaseProblem.DAMAGED and info.value.path == bogus
    assert str(bogus) in info.value.message
    assert "wrong file" in info.value.message and "latest copy" in info.value.message
    assert "file is not a database" not in info.value.message  # SQLite's words, not ours


def _corrupt_page(path: Path, page: int, offset: int = 0) -> None:
    """Overwrite the b-tree header of ``page`` (1-based) with bytes SQLite rejects."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + offset)
        handle.write(b"\xff" * 12)


def test_opening_a_damaged_database_offers_the_newest_backup_beside_it(
    template_db: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "ofis [2].sqlite3"  # no glob pattern in the name may confuse it
    shutil.copyfile(template_db, db_path)
    older = tmp_path / "ofis [2].backup-20240101_0001-20240102-090000.sqlite3"
    newer = tmp_path / "ofis [2].backup-20240101_0001-20250102-090000.sqlite3"
    (tmp_path / "other.backup-20240101_0001-20260102-090000.sqlite3").write_bytes(b"")
    shutil.copyfile(db_path, older)
    shutil.copyfile(db_path, newer)
    os.utime(older, (1_700_000_000, 1_700_000_000))
    _corrupt_page(db_path, 1, offset=100)  # the schema page, right after the file header
    with pytest.raises(DatabaseAccessError) as info:
        open_database(db_path)
    assert info.value.problem is DatabaseProblem.DAMAGED
    assert info.value.backup == newer.name
    assert str(db_path) in info.value.message and newer.name in info.value.message


def test_a_damaged_database_names_the_newest_automatic_backup_first(
    template_db: Path, tmp_path: Path
) -> None:
    """The rotating backups (#16) beat an upgrade's copy; a copy kept before a restore
    (maybe the damaged file itself) is never offered."""
    db_path = tmp_path / "ofis.sqlite3"
    shutil.copyfile(template_db, db_path)
    upgrade_copy = tmp_path / "ofis.backup-20240101_0001-20250102-090000.sqlite3"
    shutil.copyfile(db_path, upgrade_copy)
    folder = tmp_path / "backups"
    folder.mkdir()
    daily = folder / "ofis.daily-2026-12-03.sqlite3"
    kept = folder / "ofis.before-restore-2026-12-04T101500.sqlite3"
    for copy in (daily, kept):
        shutil.copyfile(db_path, copy)
    os.utime(daily, (1_800_000_000, 1_800_000_000))
    os.utime(kept, (1_900_000_000, 1_900_000_000))
    _corrupt_page(db_path, 1, offset=100)
    with pytest.raises(DatabaseAccessError) as info:
        open_database(db_path)
    assert info.value.backup == str(Path("backups") / daily.name)
    assert daily.name in info.value.message and kept.name not in info.value.message


def test_reading_a_damaged_table_is_a_clear_error(db: Database, db_path: Path) -> None:
    create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
    db.close()  # checkpoints the WAL into the file
    con = sqlite3.connect(db_path)
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'participants'"
    ).fetchone()[0]
    con.close()
    _corrupt_page(db_path, root)
    damaged = open_database(db_path)
    try:
        with pytest.raises(DatabaseAccessError) as info:
            count_participants(damaged, ParticipantQuery())
    finally:
        damaged.close()
    assert info.value.problem is DatabaseProblem.DAMAGED
    assert str(db_path) in info.value.message and isinstance(info.value, TtkError)


# -- programming errors stay visible ----------------------------------------------------------
def test_a_wrong_column_name_in_a_read_is_not_disguised(db: Database) -> None:
    with pytest.raises(OperationalError, match="no such column"), db.read() as session:
        session.execute(text("SELECT nmae FROM participants"))


def test_a_wrong_column_name_in_a_write_is_not_disguised_and_rolls_back(db: Database) -> None:
    with pytest.raises(OperationalError, match="no such column"), db.write() as writer:
        writer.session.execute(insert(Setting).values(key="first", value="written"))
        writer.session.execute(text("UPDATE participants SET nmae = 'x'"))
    assert db.setting("first") is None
    with db.read() as session:
        assert session.scalars(select(Participant)).all() == []
