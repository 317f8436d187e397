"""Open the office database: engine, sessions, the change clock and the audit log.

One :class:`Database` per file. Reads may run on any thread, each with its own
``Session``; writes are serialised by an in-process lock and run in a single
transaction (:meth:`Database.write`), so a crash leaves the file as before or
after the change, never half-way.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from ttk_desktop.core.clock import HybridLogicalClock
from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.models import AuditEntry, Office, Setting
from ttk_desktop.core.db.paths import default_database_path
from ttk_desktop.core.errors import DatabaseError
from ttk_desktop.core.i18n import translate


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file, whatever characters its path holds."""
    return URL.create("sqlite", database=str(path))


def make_engine(path: Path) -> Engine:
    """A SQLite engine with WAL, foreign keys and a busy timeout on every connection."""
    engine = create_engine(
        sqlite_url(path),
        connect_args={"check_same_thread": False, "timeout": 30},
        # Error messages must never carry participants' personal data.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Writer:
    """What a write transaction needs: the session, fresh clock stamps and the audit log."""

    session: Session
    database: Database
    _audit_rows: list[dict[str, Any]] = field(default_factory=list)

    def stamp(self) -> str:
        """A new hybrid-logical-clock stamp for a changed record."""
        return self.database.clock.now()

    def identity(self) -> dict[str, Any]:
        """uuid/origin/hlc for a new synced record."""
        return {
            "uuid": str(uuid.uuid4()),
            "origin": self.database.office_code or "",
            "hlc": self.stamp(),
            "deleted": False,
        }

    def audit(
        self, action: str, table: str, record_uuid: str, hlc: str, changes: dict[str, Any]
    ) -> None:
        """Queue an audit entry; written in the same transaction as the change."""
        self._audit_rows.append(
            {
                "at": _now_utc(),
                "actor": self.database.actor,
                "action": action,
                "table_name": table,
                "record_uuid": record_uuid,
                "hlc": hlc,
                "changes": json.dumps(changes, ensure_ascii=False, default=str),
            }
        )

    def flush_audit(self) -> None:
        if self._audit_rows:
            self.session.execute(insert(AuditEntry), self._audit_rows)
            self._audit_rows.clear()


class Database:
    """An open office database file."""

    def __init__(self, path: Path, *, actor: str | None = None) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self.actor = actor or _local_user()
        self._write_lock = threading.RLock()
        settings = self.settings()
        node = settings.get("node_id")
        if node is None:
            node = uuid.uuid4().hex[:12]
            self.set_setting("node_id", node)
        self.clock = HybridLogicalClock(node, settings.get("hlc_last"))

    # -- reading -----------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived read session (any thread)."""
        with self.sessionmaker() as session:
            yield session

    def settings(self) -> dict[str, str]:
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(Setting))}

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write_lock, self.sessionmaker.begin() as session:
            session.merge(Setting(key=key, value=value))

    @property
    def office_code(self) -> str | None:
        """The code of the office this database belongs to (set at first start)."""
        return self.setting("office_code")

    def featured_nationalities(self) -> tuple[str, ...]:
        """Nationalities the statistics report on their own (a setting; default Syria, Türkiye)."""
        from ttk_desktop.core.vocab import DEFAULT_FEATURED_NATIONALITIES

        value = self.setting("featured_nationalities")
        if not value:
            return DEFAULT_FEATURED_NATIONALITIES
        return tuple(code.strip().upper() for code in value.split(",") if code.strip())

    def office_id(self, code: str | None = None) -> int | None:
        """Local key of an office by code (default: this database's office)."""
        code = code or self.office_code
        if code is None:
            return None
        with self.read() as session:
            return session.scalar(select(Office.id).where(Office.code == code))

    # -- writing -----------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One all-or-nothing write transaction, serialised with other writers."""
        with self._write_lock:
            session = self.sessionmaker()
            writer = Writer(session, self)
            try:
                yield writer
                writer.flush_audit()
                session.merge(Setting(key="hlc_last", value=self.clock.last))
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def close(self) -> None:
        self.engine.dispose()


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some service accounts
        return "unknown"


def open_database(path: Path | str | None = None, *, actor: str | None = None) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``."""
    db_path = Path(path) if path is not None else default_database_path()
    if db_path.is_dir():
        raise DatabaseError(
            translate("Database", "{path} is a folder, not a database file.", path=db_path)
        )
    if not db_path.parent.exists():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    if migrate.needs_upgrade(db_path):
        migrate.upgrade(db_path)
    return Database(db_path, actor=actor)
