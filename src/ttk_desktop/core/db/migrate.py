"""Bring a database file to the schema this code expects, safely.

A new database is built in a temporary file and renamed into place when
complete. Before an upgrade of an existing file a copy is taken beside it, and
the upgrade runs in one transaction: if it fails or is killed, the file stays
at its old revision and a clear error is raised.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from ttk_desktop.core.db.connect import connect, driver
from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.errors import DatabaseError
from ttk_desktop.core.i18n import translate

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    """The file's schema revision, read with the bare driver (no Alembic import)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    errors = (sqlite3.Error, driver(key).Error)
    try:
        con = connect(path, key, readonly=True)
    except errors as exc:
        raise DatabaseError(
            translate("Database", "{path} cannot be opened: {error}", path=path, error=exc)
        ) from exc
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except errors as exc:
        if "no such table" in str(exc):
            has_tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if has_tables:
                raise DatabaseError(
                    translate(
                        "Database",
                        "{path} is not a TTK Desktop database (it has no schema version).",
                        path=path,
                    )
                ) from exc
            return None
        raise DatabaseError(
            translate(
                "Database",
                "{path} is not a TTK Desktop database or is damaged: {error}",
                path=path,
                error=exc,
            )
        ) from exc
    finally:
        con.close()
    return row[0] if row else None


def needs_upgrade(path: Path, key: bytes | None = None) -> bool:
    """True when the file is missing, empty or at an older revision."""
    return current_revision(path, key) != HEAD_REVISION


def alembic_config(url: str | None = None):
    """An Alembic Config pointing at the packaged migrations (imports Alembic).

    :func:`upgrade` hands Alembic an open connection instead of a URL: a file
    path may hold characters a URL or Alembic's config file would misread
    (``?``, ``#``, ``%``).
    """
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(path: Path, key: bytes | None = None) -> Path | None:
    """Upgrade ``path`` to head. Returns the backup file made, if any.

    A missing or empty file is created at head in a temporary file beside it
    and put in place only when complete, so a start killed half-way leaves no
    database or a whole one. An existing database at an older revision is
    copied to ``<name>.backup-<revision><suffix>`` first (once per revision: a
    retry keeps the copy already taken), then upgraded in one transaction, so a
    failed or killed upgrade leaves the file at its old revision, untouched.
    """
    revision = current_revision(path, key)
    if revision == HEAD_REVISION:
        return None
    cfg = alembic_config()
    if revision is None:
        _create(path, cfg, key)
        return None
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if revision not in known:
        raise DatabaseError(
            translate(
                "Database",
                "{path} was written by a newer version of TTK Desktop (schema {revision}). "
                "Install the newer version to open it.",
                path=path,
                revision=revision,
            )
        )
    backup = backup_path(path, revision)
    if not backup.exists():
        # The file is at ``revision`` and good: a failed upgrade changes nothing.
        copy_database(path, backup, key)
    try:
        _run_upgrade(path, cfg, key)
    except Exception as exc:
        raise DatabaseError(
            translate(
                "Database",
                "Upgrading {path} failed ({error}). The database was left as it was; "
                "a copy of it is at {backup}.",
                path=path,
                error=exc,
                backup=backup,
            )
        ) from exc
    return backup


def backup_path(path: Path, revision: str) -> Path:
    """Where the copy of ``path`` taken before upgrading it from ``revision`` lives."""
    return path.with_name(f"{path.stem}.backup-{revision}{path.suffix}")


def _run_upgrade(path: Path, cfg, key: bytes | None = None) -> None:
    """Run every pending migration on ``path`` in one SQLite transaction.

    SQLite's DDL is transactional, but the driver commits before each DDL
    statement unless it is told not to manage transactions; Alembic is told
    the DDL is transactional (see ``env.py``), so a failure or a kill anywhere,
    batch-mode table copies included, rolls the whole upgrade back.
    """
    from alembic import command
    from sqlalchemy import create_engine, event

    from ttk_desktop.core.db.engine import sqlite_url

    engine = create_engine(sqlite_url(path), module=driver(key), creator=lambda: connect(path, key))

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    _vacuum_if_mostly_free(path, key)


def _vacuum_if_mostly_free(path: Path, key: bytes | None = None) -> None:
    """Give the disk back when an upgrade that rebuilt tables left most of the file free.

    VACUUM cannot run inside the upgrade's transaction; it is atomic on its
    own, so a kill during it leaves the upgraded file as it was.
    """
    con = connect(path, key, isolation_level=None)
    try:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        free = con.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free > pages // 4:
            con.execute("VACUUM")
    finally:
        con.close()


def _create(path: Path, cfg, key: bytes | None = None) -> None:
    """Build a new database at head in a temporary file, then put it at ``path``."""
    _remove_stale_temporaries(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_CREATING)
    os.close(fd)
    temporary = Path(name)
    try:
        _run_upgrade(temporary, cfg, key)
        fsync_file(temporary)
        _publish(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(path.parent)


_CREATING = ".creating"
_STALE_SECONDS = 600


def _remove_stale_temporaries(path: Path) -> None:
    """Delete half-built databases (and their journals) left by a killed start, if old."""
    prefix = f".{path.name}."
    now = time.time()
    try:
        for entry in path.parent.iterdir():
            if entry.name.startswith(prefix) and _CREATING in entry.name:
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > _STALE_SECONDS:
                        entry.unlink()
    except OSError:
        return


def _publish(temporary: Path, path: Path) -> None:
    """Move the finished new database to ``path`` unless another program was faster."""
    if path.exists() and path.stat().st_size == 0:
        os.replace(temporary, path)
        return
    try:
        if os.name == "nt":
            os.rename(temporary, path)  # never replaces an existing file on Windows
        else:
            os.link(temporary, path)  # fails if ``path`` exists: no file is replaced
    except FileExistsError:
        # Another program created the database meanwhile; it is at head too.
        return


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """Make the new name durable (POSIX; Windows has no folder handles to sync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path, key: bytes | None = None) -> None:
    """Consistent copy through SQLite's backup API (safe with WAL files present).

    Written to a temporary name and renamed when complete, so a copy killed
    half-way is never taken for a good backup.
    """
    partial = target.with_name(target.name + ".partial")
    src = connect(source, key)
    try:
        dst = connect(partial, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(partial)
    os.replace(partial, target)
