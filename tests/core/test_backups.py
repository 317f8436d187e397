"""Backups and recovery (#16): encrypted like the database, rotated, checked, restored."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ttk_desktop.core.db.connect import connect, key_file_path
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security import backups
from ttk_desktop.core.security.backups import (
    BackupError,
    back_up_if_due,
    back_up_now,
    check_database,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from ttk_desktop.core.security.roles import Account, PermissionDeniedError, Role
from ttk_desktop.core.services.participants import create_participant

NAME = "Zübeyde"
SURNAME = "Karakoçoğlu"
PHONE = "05321234567"


def _register(db: Database, first: str = NAME, last: str = SURNAME) -> None:
    create_participant(db, ParticipantInput(first_name=first, last_name=last, phone=PHONE))


def table_hash(path: Path, key: bytes | None) -> dict[str, str]:
    """A hash of every table's rows, written here independently of the code under test."""
    con = connect(path, key, readonly=True)
    try:
        names = [
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        hashes = {}
        for name in sorted(names):
            rows = sorted(repr(row) for row in con.execute(f'SELECT * FROM "{name}"'))
            hashes[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return hashes
    finally:
        con.close()


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


# -- encrypted like the database -------------------------------------------------------------
def test_a_backup_of_an_encrypted_database_is_encrypted(protected_db: Database) -> None:
    _register(protected_db)
    info = back_up_now(protected_db)
    assert info.path.parent == protected_db.path.parent / "backups"
    assert info.kind == "manual" and info.size > 0
    data = info.path.read_bytes()
    for secret in (NAME, SURNAME, PHONE):
        assert secret.encode("utf-8") not in data
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT * FROM sqlite_master").fetchall()
    # With the key it opens and holds the person.
    con = connect(info.path, protected_db.key, readonly=True)
    try:
        assert con.execute("SELECT first_name FROM participants").fetchall() == [(NAME,)]
    finally:
        con.close()
    # Owner-only, with the key file beside it.
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.keys_path.read_bytes() == key_file_path(protected_db.path).read_bytes()
    assert stat.S_IMODE(info.keys_path.stat().st_mode) == 0o600
    assert list_backups(protected_db.path) == [info]


def test_a_backup_and_its_key_file_open_on_another_pc(
    protected_db: Database, tmp_path: Path
) -> None:
    from ttk_desktop.core.security.login import login

    _register(protected_db)
    info = back_up_now(protected_db)
    other_pc = tmp_path / "other-pc"
    other_pc.mkdir()
    moved = other_pc / "office.sqlite3"
    shutil.copyfile(info.path, moved)
    shutil.copyfile(info.keys_path, key_file_path(moved))
    db = login(moved, "admin", "admin-password")
    try:
        with db.read() as session:
            names = session.execute(
                __import__("sqlalchemy").text("SELECT first_name FROM participants")
            ).all()
        assert [n[0] for n in names] == [NAME]
    finally:
        db.close()


def test_an_unprotected_database_is_backed_up_without_a_key_file(db: Database) -> None:
    _register(db)
    before = table_hash(db.path, None)
    info = back_up_now(db)
    assert not info.keys_path.exists()
    assert check_database(info.path, None)
    assert table_hash(info.path, None) == before


def test_a_backup_is_a_whole_copy_made_while_the_app_writes(protected_db: Database) -> None:
    _register(protected_db)
    before = table_hash(protected_db.path, protected_db.key)
    info = back_up_now(protected_db)
    _register(protected_db, "Ahmet", "Yılmaz")  # after the copy: not in it
    assert table_hash(info.path, protected_db.key) == before


# -- rotation ----------------------------------------------------------------------------------
def test_rotation_keeps_exactly_n_daily_and_m_weekly(protected_db: Database) -> None:
    start = dt.date(2026, 11, 2)  # a Monday
    for offset in range(40):
        result = back_up_if_due(protected_db, _at(start + dt.timedelta(days=offset)))
        assert result.warnings == ()
    found = list_backups(protected_db.path)
    daily = sorted(b.period for b in found if b.kind == "daily")
    weekly = sorted(b.period for b in found if b.kind == "weekly")
    last = start + dt.timedelta(days=39)
    assert daily == [(last - dt.timedelta(days=n)).isoformat() for n in range(6, -1, -1)]
    assert weekly == ["2026-W47", "2026-W48", "2026-W49", "2026-W50"]
    # Names make kind and date obvious.
    stem = protected_db.path.stem
    assert (protected_db.path.parent / "backups" / f"{stem}.daily-2026-12-11.sqlite3").is_file()
    assert (protected_db.path.parent / "backups" / f"{stem}.weekly-2026-W50.sqlite3").is_file()
    # Every kept backup has its key file; the deleted ones took theirs with them.
    keys = sorted((protected_db.path.parent / "backups").glob("*.keys"))
    assert len(keys) == 11
    assert all(b.keys_path.is_file() for b in found)


def test_a_second_call_the_same_day_makes_nothing_and_fewer_kept_take_effect(
    protected_db: Database,
) -> None:
    start = dt.date(2026, 12, 1)
    for offset in range(10):
        back_up_if_due(protected_db, _at(start + dt.timedelta(days=offset)))
    again = back_up_if_due(protected_db, _at(start + dt.timedelta(days=9), hour=18))
    assert again.made == ()
    backups.set_backup_settings(protected_db, keep_daily=3, keep_weekly=1, second=None)
    result = back_up_if_due(protected_db, _at(start + dt.timedelta(days=9), hour=19))
    assert len(result.removed) == 4 + 1
    kinds = [b.kind for b in list_backups(protected_db.path)]
    assert kinds.count("daily") == 3 and kinds.count("weekly") == 1


def test_manual_backups_are_never_rotated(protected_db: Database) -> None:
    first = back_up_now(protected_db, now=dt.datetime(2026, 1, 1, 10, 0, 0))
    same_second = back_up_now(protected_db, now=dt.datetime(2026, 1, 1, 10, 0, 0))
    assert first.path != same_second.path  # never overwritten
    backups.set_backup_settings(protected_db, keep_daily=1, keep_weekly=1, second=None)
    for offset in range(5):
        back_up_if_due(protected_db, _at(dt.date(2026, 12, 1) + dt.timedelta(days=offset)))
    manual = [b.path for b in list_backups(protected_db.path) if b.kind == "manual"]
    assert sorted(manual) == sorted([first.path, same_second.path])


def test_the_settings_are_for_administrators_and_checked(protected_db: Database) -> None:
    with pytest.raises(BackupError):
        backups.set_backup_settings(protected_db, keep_daily=0, keep_weekly=4, second=None)
    protected_db.account = Account("staff1", Role.STAFF)
    with pytest.raises(PermissionDeniedError):
        backups.set_backup_settings(protected_db, keep_daily=3, keep_weekly=4, second=None)
    assert backups.keep_counts(protected_db) == (7, 4)


# -- the second folder ----------------------------------------------------------------------------
def test_every_backup_is_copied_to_the_second_folder(
    protected_db: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(protected_db, keep_daily=2, keep_weekly=1, second=usb)
    own = backups.second_backup_folder(protected_db)
    assert own is not None and own.parent == usb
    info = back_up_now(protected_db)
    assert info.copies == (own / info.path.name,) and info.warnings == ()
    assert (own / info.path.name).read_bytes() == info.path.read_bytes()
    assert key_file_path(own / info.path.name).is_file()
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    for offset in range(4):
        back_up_if_due(protected_db, _at(dt.date(2026, 12, 1) + dt.timedelta(days=offset)))
    on_usb = list_backups(protected_db.path, [own])
    assert sorted(b.kind for b in on_usb) == ["daily", "daily", "manual", "weekly"]
    assert all(check_database(b.path, protected_db.key) for b in on_usb)


def test_a_missing_second_folder_warns_and_the_first_copy_is_made(
    protected_db: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "unplugged-usb"
    backups.set_backup_settings(protected_db, keep_daily=7, keep_weekly=4, second=usb)
    info = back_up_now(protected_db)
    assert info.path.is_file() and info.copies == ()
    assert len(info.warnings) == 1 and str(usb) in info.warnings[0]
    result = back_up_if_due(protected_db, _at(dt.date(2026, 12, 4)))
    assert len(result.made) == 2 and len(result.warnings) == 1
    # Plugged in later the same day: the stick gets what it lacks.
    usb.mkdir()
    result = back_up_if_due(protected_db, _at(dt.date(2026, 12, 4), hour=17))
    assert result.made == () and result.warnings == ()
    own = backups.second_backup_folder(protected_db)
    assert own is not None
    assert sorted(b.kind for b in list_backups(protected_db.path, [own])) == ["daily", "weekly"]


def test_two_offices_sharing_a_usb_stick_keep_their_own_backups(
    protected_db: Database, db: Database, tmp_path: Path
) -> None:
    """Both databases are called ``*.sqlite3`` with backups of the same names and dates."""
    usb = tmp_path / "usb"
    usb.mkdir()
    same_name = tmp_path / "other-office" / protected_db.path.name
    same_name.parent.mkdir()
    shutil.copyfile(db.path, same_name)
    other = open_database(same_name)
    try:
        other.set_setting("node_id", "otheroffice1")
        for office in (protected_db, other):
            backups.set_backup_settings(office, keep_daily=2, keep_weekly=1, second=usb)
        for offset in range(4):
            day = _at(dt.date(2026, 12, 1) + dt.timedelta(days=offset))
            for office in (protected_db, other):
                assert back_up_if_due(office, day).warnings == ()
        for office in (protected_db, other):
            own = backups.second_backup_folder(office)
            assert own is not None
            found = list_backups(office.path, [own])
            assert sorted(b.period for b in found if b.kind == "daily") == [
                "2026-12-03",
                "2026-12-04",
            ]
            assert all(check_database(b.path, office.key) for b in found)
        assert len(list(usb.iterdir())) == 2
    finally:
        other.close()


def test_an_explicit_folder_must_exist(protected_db: Database, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        back_up_now(protected_db, folder=tmp_path / "nowhere")
    info = back_up_now(protected_db, folder=tmp_path)
    assert info.path.parent == tmp_path


# -- roles -------------------------------------------------------------------------------------
@pytest.mark.parametrize("role", [Role.VIEWER, Role.STAFF])
def test_only_administrators_restore(protected_db: Database, role: Role) -> None:
    info = back_up_now(protected_db)
    before = protected_db.path.read_bytes()
    with pytest.raises(PermissionDeniedError, match="restore"):
        restore_backup(
            protected_db.path, info.path, protected_db.key, account=Account("someone", role)
        )
    assert protected_db.path.read_bytes() == before


def test_delete_removes_a_backup_and_its_key_file_and_nothing_else(
    protected_db: Database, tmp_path: Path
) -> None:
    from ttk_desktop.core.db.connect import key_file_path
    from ttk_desktop.core.security.backups import delete_backup

    info = back_up_now(protected_db)
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_bytes(b"not ours")
    with pytest.raises(BackupError, match="not a backup of this database"):
        delete_backup(protected_db, stranger)
    with pytest.raises(BackupError):
        delete_backup(protected_db, protected_db.path)  # the database itself is no backup
    assert stranger.is_file() and protected_db.path.is_file()
    protected_db.account = Account("staff1", Role.STAFF)
    with pytest.raises(PermissionDeniedError):
        delete_backup(protected_db, info.path)
    protected_db.account = Account("admin", Role.ADMINISTRATOR)
    delete_backup(protected_db, info.path)
    assert not info.path.exists() and not key_file_path(info.path).exists()
    assert list_backups(protected_db.path) == []


def test_viewers_make_no_backup(protected_db: Database) -> None:
    protected_db.account = Account("viewer1", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        back_up_now(protected_db)
    assert back_up_if_due(protected_db, _at(dt.date(2026, 12, 4))).made == ()
    assert list_backups(protected_db.path) == []


def test_staff_back_up(protected_db: Database) -> None:
    protected_db.account = Account("staff1", Role.STAFF)
    assert back_up_now(protected_db).path.is_file()


# -- restore -------------------------------------------------------------------------------------
def test_a_restored_database_equals_its_backup(protected_db: Database) -> None:
    _register(protected_db)
    _register(protected_db, "Ahmet", "Yılmaz")
    at_backup = table_hash(protected_db.path, protected_db.key)
    info = back_up_now(protected_db)
    _register(protected_db, "Omar", "Haddad")
    changed = table_hash(protected_db.path, protected_db.key)
    assert changed != at_backup
    path, key, account = protected_db.path, protected_db.key, protected_db.account
    protected_db.close()

    report = restore_backup(path, info.path, key, account=account)

    assert table_hash(path, key) == at_backup
    assert report.restored_from == info.path and not report.replaced_damaged
    # The database as it was is kept first, as a backup that restores too.
    assert report.kept is not None and "before-restore" in report.kept.name
    assert table_hash(report.kept, key) == changed
    assert [b.kind for b in list_backups(path)].count("before-restore") == 1
    assert check_database(path, key)


def test_a_restore_blocked_by_another_program_says_so(
    protected_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = back_up_now(protected_db)
    path, key, account = _flush(protected_db)
    monkeypatch.setattr(backups, "BUSY_SECONDS", 0.1)
    other = connect(path, key, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(BackupError, match="Close every other program") as caught:
            restore_backup(path, info.path, key, account=account)
        assert "before-restore" in str(caught.value)
    finally:
        other.close()
    assert check_database(path, key)


def test_a_backup_of_another_database_is_refused(
    protected_db: Database, tmp_path: Path, cheap_argon2: None
) -> None:
    from ttk_desktop.core.security.accounts import create_protected_database

    other = create_protected_database(tmp_path / "other" / "other.sqlite3", "admin", "x" * 8)
    foreign = back_up_now(other)
    other.close()
    path, key, account = _flush(protected_db)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="Nothing was changed"):
        restore_backup(path, foreign.path, key, account=account)
    assert path.read_bytes() == before
    assert list_backups(path) == []


# -- damage ----------------------------------------------------------------------------------------
def _damage(path: Path) -> None:
    """Overwrite a stretch in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(8192))


def _flush(db: Database) -> tuple[Path, bytes | None, Account]:
    """Close ``db`` so that everything is in the main file (the WAL checkpointed)."""
    path, key, account = db.path, db.key, db.account
    db.close()
    return path, key, account


def test_a_damaged_database_is_detected_and_the_newest_good_backup_offered(
    protected_db: Database,
) -> None:
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(protected_db, DemoSize(participants=600))
    older = back_up_now(protected_db, now=dt.datetime(2026, 12, 1, 9))
    good = back_up_now(protected_db, now=dt.datetime(2026, 12, 2, 9))
    newest = back_up_now(protected_db, now=dt.datetime(2026, 12, 3, 9))
    os.utime(older.path, (1, 1_000_000))
    os.utime(good.path, (1, 2_000_000))
    os.utime(newest.path, (1, 3_000_000))
    _damage(newest.path)
    expected = table_hash(good.path, protected_db.key)
    path, key, account = _flush(protected_db)
    assert check_database(path, key)
    _damage(path)

    assert not check_database(path, key)
    offered = newest_good_backup(path, key)
    assert offered is not None and offered.path == good.path

    report = restore_backup(path, offered.path, key, account=account)
    assert report.replaced_damaged
    assert check_database(path, key)
    assert table_hash(path, key) == expected
    # The damaged file is kept byte for byte, in case something in it is still wanted.
    assert report.kept is not None and report.kept.is_file()
    assert not check_database(report.kept, key)


def test_a_damaged_database_is_not_backed_up_and_older_backups_stay(
    protected_db: Database,
) -> None:
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(protected_db, DemoSize(participants=600))
    for offset in range(3):
        back_up_if_due(protected_db, _at(dt.date(2026, 12, 1) + dt.timedelta(days=offset)))
    backups.set_backup_settings(protected_db, keep_daily=1, keep_weekly=1, second=None)
    protected_db.engine.dispose()  # every connection closed: the WAL is in the file
    _damage(protected_db.path)
    with pytest.raises(BackupError, match=r"damaged|could not be backed up"):
        back_up_if_due(protected_db, _at(dt.date(2026, 12, 4)))
    # Nothing was rotated away for a backup that was not made.
    daily = [b.period for b in list_backups(protected_db.path) if b.kind == "daily"]
    assert daily == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert not [p for p in (protected_db.path.parent / "backups").iterdir() if ".partial" in p.name]


def test_check_database_says_false_rather_than_raising(tmp_path: Path, db_path: Path) -> None:
    assert not check_database(tmp_path / "missing.sqlite3", None)
    (tmp_path / "empty.sqlite3").touch()
    assert not check_database(tmp_path / "empty.sqlite3", None)
    (tmp_path / "text.sqlite3").write_text("not a database")
    assert not check_database(tmp_path / "text.sqlite3", None)
    assert check_database(db_path, None)
    assert not check_database(db_path, b"k" * 32)  # a plain file with a key


# -- a backup killed at any moment ---------------------------------------------------------------
KILLS = 10

BACKER = r"""
import os, sys
from pathlib import Path
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.security.backups import back_up_now
from ttk_desktop.core.security.roles import Account, Role
db = open_database(Path(sys.argv[1]), key=bytes.fromhex(os.environ["TTK_TEST_KEY"]),
                   account=Account("admin", Role.ADMINISTRATOR), create=False)
print("started", flush=True)
back_up_now(db, folder=Path(sys.argv[2]), kind="daily")
db.close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_backup_killed_at_any_moment_leaves_the_database_intact(
    protected_db: Database, tmp_path: Path
) -> None:
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(protected_db, DemoSize(participants=30000))
    path, key, _account = _flush(protected_db)
    assert key is not None
    content = table_hash(path, key)
    env = {**os.environ, "TTK_TEST_KEY": key.hex()}

    def started(folder: Path) -> subprocess.Popen[bytes]:
        folder.mkdir()
        args = [sys.executable, "-c", BACKER, str(path), str(folder)]
        process = subprocess.Popen(args, stdout=subprocess.PIPE, env=env)
        assert process.stdout is not None and process.stdout.readline() == b"started\n"
        return process

    process = started(tmp_path / "timing")
    begin = time.perf_counter()
    assert process.wait() == 0
    whole = time.perf_counter() - begin
    assert len(list_backups(path, [tmp_path / "timing"])) == 1
    rng = random.Random(16)
    outcomes = {"complete": 0, "none": 0}
    for n in range(KILLS):
        folder = tmp_path / f"kill{n}"
        process = started(folder)
        time.sleep(rng.uniform(0.0, 1.1) * whole)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # The database is untouched...
        con = connect(path, key, readonly=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            con.close()
        assert table_hash(path, key) == content
        # ...and whatever is listed is a whole backup, with its keys.
        listed = list_backups(path, [folder])
        for info in listed:
            assert check_database(info.path, key), info.path
            assert info.keys_path.is_file()
        outcomes["complete" if listed else "none"] += 1
    size = path.stat().st_size // 1024
    print(f"backup of {size} KB: {whole:.2f} s; {KILLS} kills: {outcomes}")
