"""Bring a database file to the schema this code expects, safely.

Before any upgrade of an existing file, a copy is taken beside it; if the
upgrade fails the copy is put back and a clear error is raised.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.errors import DatabaseError
from ttk_desktop.core.i18n import translate

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(path: Path) -> str | None:
    """The file's schema revision, read with plain sqlite3 (no Alembic import)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Database", "{path} cannot be opened: {error}", path=path, error=exc)
        ) from exc
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
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


def needs_upgrade(path: Path) -> bool:
    """True when the file is missing, empty or at an older revision."""
    return current_revision(path) != HEAD_REVISION


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


def upgrade(path: Path) -> Path | None:
    """Upgrade ``path`` to head. Returns the backup file made, if any.

    A new or empty file is simply created at head. An existing database at an
    older revision is copied to ``<name>.backup-<revision>-<time>.sqlite3``
    first; on failure that copy is restored.
    """
    revision = current_revision(path)
    if revision == HEAD_REVISION:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from ttk_desktop.core.db.engine import sqlite_url

    cfg = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if revision is not None and revision not in known:
        raise DatabaseError(
            translate(
                "Database",
                "{path} was written by a newer version of TTK Desktop (schema {revision}). "
                "Install the newer version to open it.",
                path=path,
                revision=revision,
            )
        )
    backup: Path | None = None
    if revision is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")
        _copy_database(path, backup)
    engine = create_engine(sqlite_url(path))
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except Exception as exc:
        engine.dispose()
        if backup is not None:
            _copy_database(backup, path)
        raise DatabaseError(
            translate(
                "Database",
                "Upgrading {path} failed ({error}). The database was restored from {backup}.",
                path=path,
                error=exc,
                backup=backup or "-",
            )
        ) from exc
    engine.dispose()
    return backup


def _copy_database(source: Path, target: Path) -> None:
    """Consistent copy through SQLite's backup API (safe with WAL files present)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
