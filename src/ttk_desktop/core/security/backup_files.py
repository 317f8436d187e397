"""Writing backup files safely, and checking database files (see :mod:`.backups`).

Every file is written under a hidden ``.partial`` name, made owner-only,
flushed to the disk and renamed when complete, so that a kill at any moment
leaves either no file or a whole one under the final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from ttk_desktop.core.db.connect import connect, driver, key_file_path
from ttk_desktop.core.db.migrate import fsync_file, fsync_folder
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate

PARTIAL = ".partial"
STALE_SECONDS = 600


class BackupError(TtkError):
    """A backup cannot be made, read or restored; the message says which file and why."""


_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


def stop_when_busy(status: int, _remaining: int, _total: int) -> None:
    """Progress hook of the backup API: give up once a lock outlasted the busy timeout.

    The driver's backup loop would otherwise retry a locked database forever;
    each step has already waited the connection's busy timeout.
    """
    if status in _BUSY_CODES:
        raise sqlite3.OperationalError("database is locked")


# -- checking ----------------------------------------------------------------------
def errors(key: bytes | None) -> tuple[type[BaseException], ...]:
    return (sqlite3.Error, driver(key).Error, OSError, ValueError)


def quick_check(con: Any) -> bool:
    rows = con.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        return False
    tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(tables and tables[0])


def check_database(path: Path, key: bytes | None) -> bool:
    """True when ``path`` opens with ``key`` and passes SQLite's quick integrity check.

    Opened read-only, so the check never creates or changes a file. A missing
    or empty file, a wrong key and a file that is not a database are all "not
    good" (False), never an exception.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        con = connect(path, key, readonly=True)
    except errors(key):
        return False
    try:
        return quick_check(con)
    except errors(key):
        return False
    finally:
        con.close()


def table_digests(path: Path, key: bytes | None) -> dict[str, tuple[int, str]]:
    """Per table: how many rows, and a SHA-256 of every row in the order of all its columns.

    Ordered by every column rather than rowid, so that a copy whose rowids were
    renumbered (an encrypted twin written by ``sqlcipher_export``) compares equal.
    """
    con = connect(path, key, readonly=True)
    out: dict[str, tuple[int, str]] = {}
    try:
        tables = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            if (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            width = len(con.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
            order = ", ".join(str(n) for n in range(1, width + 1))
            digest = hashlib.sha256()
            count = 0
            for row in con.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
                digest.update(repr(row).encode("utf-8"))
                count += 1
            out[name] = (count, digest.hexdigest())
    finally:
        con.close()
    return out


def content_digest(path: Path, key: bytes | None) -> str:
    """A SHA-256 of the schema and of every row of every table, in a fixed order.

    Two files with the same digest hold the same data, whatever their pages
    look like; the restore compares the restored database with its backup so.
    """
    con = connect(path, key, readonly=True)
    try:
        schema = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        con.close()
    digest = hashlib.sha256(repr(schema).encode("utf-8"))
    digest.update(repr(sorted(table_digests(path, key).items())).encode("utf-8"))
    return digest.hexdigest()


# -- writing files safely ------------------------------------------------------------
def partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{PARTIAL}")


def remove_stale_partials(folder: Path) -> None:
    """Delete what killed backups left (hidden ``.partial`` files), once they are old."""
    now = time.time()
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") and PARTIAL in entry.name:
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_SECONDS:
                    entry.unlink()


def publish(temporary: Path, target: Path) -> None:
    os.chmod(temporary, 0o600)
    fsync_file(temporary)
    os.replace(temporary, target)


def copy_file(source: Path, target: Path) -> None:
    """Copy bytes to ``target`` through a temporary name (owner-only, flushed, renamed)."""
    temporary = partial_name(target)
    try:
        shutil.copyfile(source, temporary)
        publish(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def copy_keys(db_path: Path, target: Path) -> None:
    """Put the database's key file beside ``target`` (nothing for an unprotected database)."""
    keys = key_file_path(db_path)
    if keys.is_file():
        copy_file(keys, key_file_path(target))


def backup_api_copy(source: Path, key: bytes | None, target: Path) -> None:
    """Copy ``source`` into the new file ``target`` with SQLite's backup API, then check it.

    The copy is one step (one consistent read of the source, however much the
    app writes meanwhile) and left in rollback-journal mode, so the backup is
    one file with nothing beside it.

    Raises:
        BackupError: the copy fails the quick check (the source is damaged).
    """
    src = connect(source, key, readonly=True)
    try:
        dst = connect(target, key, isolation_level=None)
        try:
            src.backup(dst, progress=stop_when_busy)
            dst.execute("PRAGMA journal_mode=DELETE")
            good = quick_check(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if not good:
        raise BackupError(
            translate(
                "Backups",
                "The copy of {path} failed SQLite's integrity check: the database is damaged. "
                "No backup was written and the older backups were kept.",
                path=source,
            )
        )


def write_backup(db_path: Path, key: bytes | None, target: Path) -> None:
    """Write a complete, checked backup of ``db_path`` at ``target``, or nothing.

    The key file is put in place before the backup itself, so a listed backup
    always has its keys beside it.

    Raises:
        BackupError: the database is damaged or the folder cannot be written.
    """
    temporary = partial_name(target)
    try:
        temporary.unlink(missing_ok=True)
        backup_api_copy(db_path, key, temporary)
        copy_keys(db_path, target)
        publish(temporary, target)
        fsync_folder(target.parent)
    except errors(key) as exc:
        raise write_error(db_path, target, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def write_error(db_path: Path, target: Path, exc: BaseException) -> BackupError:
    error = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    return BackupError(
        translate(
            "Backups",
            "{path} could not be backed up to {target}: {error}",
            path=db_path,
            target=target.parent,
            error=error,
        )
    )


def unique(target: Path) -> Path:
    """``target``, or with ``-2``, ``-3``... when a backup of that second exists already."""
    if not target.exists():
        return target
    for n in range(2, 1000):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    return target
