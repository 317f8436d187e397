"""Open the office database: engine, sessions, the change clock and the audit log.

One :class:`Database` per file. Reads may run on any thread, each with its own
``Session``; writes are serialised by an in-process lock and run in a single
transaction (:meth:`Database.write`), so a crash leaves the file as before or
after the change, never half-way.

Failures a person can cause and fix (the file locked by another program,
read-only, on a full disk, damaged) leave :meth:`Database.read` and
:meth:`Database.write` as :class:`DatabaseAccessError` with a message naming
the file; anything else (a programming error such as a wrong column name)
passes through unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ttk_desktop.core.clock import HybridLogicalClock
from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.connect import (
    connect,
    database_errors,
    driver,
    is_database_error,
    is_encrypted,
    is_protected,
)
from ttk_desktop.core.db.models import AuditEntry, Office, Setting
from ttk_desktop.core.db.paths import default_database_path
from ttk_desktop.core.errors import (
    DatabaseAccessError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseProblem,
)
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.search_index import ParticipantSearchIndex
from ttk_desktop.core.security.roles import Account, Action, PermissionDeniedError, Role

BUSY_TIMEOUT_SECONDS = 30.0
"""How long a statement waits for another program's lock before giving up.

Read when an engine is made (``busy_timeout=None``), so a test may lower it.
"""


SYNCHRONOUS = "FULL"
"""SQLite's ``synchronous`` setting for every connection.

FULL makes each commit wait until the write-ahead log is on the disk, so a
power cut after "saved" loses nothing (under NORMAL, SQLite may drop the last
commits). ``bench/tick.py`` measures what it costs per attendance tick.
"""

BEGIN_OPTION = "ttk_begin"
"""Execution option naming the kind of ``BEGIN`` a transaction starts with."""


ENCRYPTED_CACHE_KIB = 64 * 1024
"""Page cache per connection to an encrypted database (SQLite's default is 2 MiB).

SQLCipher decrypts and authenticates a page each time SQLite reads it from the
file, so a page evicted from this cache costs far more to read again than on a
plain file. ``bench/security.py`` measured the statistics at 1,000,000
attendances 2.5x slower than the plain file with the default cache, about
1.2x with this one. The memory is taken only as pages are read.
"""


def _pragma_setter(busy_timeout: float, encrypted: bool = False) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling begins a transaction only at the
        # first INSERT/UPDATE, so the reads that decide a write ran outside it and
        # another program could change those rows in between. We begin ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        if encrypted:
            cursor.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")
        cursor.close()

    return set_pragmas


def _begin(connection: Any) -> None:
    """Start every transaction explicitly: ``BEGIN IMMEDIATE`` for writers.

    IMMEDIATE takes the file's write lock before the first read, so what a
    writer reads to decide its changes cannot be changed by another program
    before it commits (SQLite's own advice for read-modify-write).
    """
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file, whatever characters its path holds."""
    return URL.create("sqlite", database=str(path))


def make_engine(
    path: Path, *, busy_timeout: float | None = None, key: bytes | None = None
) -> Engine:
    """A SQLite engine with WAL, foreign keys and a busy timeout on every connection.

    With ``key`` the file is opened by SQLCipher; the key is set by the
    connection factory, before SQLAlchemy's first query on the connection.
    """
    if busy_timeout is None:
        busy_timeout = BUSY_TIMEOUT_SECONDS
    timeout = busy_timeout

    def open_connection() -> Any:
        return connect(path, key, check_same_thread=False, timeout=timeout)

    engine = create_engine(
        sqlite_url(path),
        module=driver(key),
        creator=open_connection,
        # Error messages must never carry participants' personal data.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _pragma_setter(busy_timeout, encrypted=key is not None))
    event.listen(engine, "begin", _begin)
    return engine


# Primary SQLite result codes (the low byte of extended codes) a person can cause.
_PROBLEM_OF_CODE = {
    3: DatabaseProblem.NOT_WRITABLE,  # SQLITE_PERM
    5: DatabaseProblem.BUSY,  # SQLITE_BUSY (also BUSY_SNAPSHOT: another program wrote)
    8: DatabaseProblem.NOT_WRITABLE,  # SQLITE_READONLY
    10: DatabaseProblem.DISK_ERROR,  # SQLITE_IOERR
    11: DatabaseProblem.DAMAGED,  # SQLITE_CORRUPT
    13: DatabaseProblem.DISK_FULL,  # SQLITE_FULL
    14: DatabaseProblem.NOT_WRITABLE,  # SQLITE_CANTOPEN (no permission on file or folder)
    26: DatabaseProblem.DAMAGED,  # SQLITE_NOTADB
}
# SQLite's own texts, for errors that carry no code.
_PROBLEM_OF_TEXT = (
    ("database is locked", DatabaseProblem.BUSY),
    ("readonly database", DatabaseProblem.NOT_WRITABLE),
    ("unable to open database file", DatabaseProblem.NOT_WRITABLE),
    ("database or disk is full", DatabaseProblem.DISK_FULL),
    ("disk i/o error", DatabaseProblem.DISK_ERROR),
    ("file is not a database", DatabaseProblem.DAMAGED),
    ("database disk image is malformed", DatabaseProblem.DAMAGED),
)


def classify_sqlite_error(code: int | None, message: str) -> DatabaseProblem | None:
    """The problem behind a SQLite error code (or, lacking one, its message); None if ours.

    ``None`` means a programming error (``no such column``, a constraint the
    code should have checked, ...), which must stay visible as it is.
    """
    if code is not None:
        return _PROBLEM_OF_CODE.get(code & 0xFF)
    text = message.lower()
    for needle, problem in _PROBLEM_OF_TEXT:
        if needle in text:
            return problem
    return None


def newest_backup(path: Path) -> Path | None:
    """The newest automatic copy :func:`migrate.upgrade` left beside ``path``, if any."""
    # Not glob(): a file name may hold "[" or "*", which glob would read as a pattern.
    prefix, suffix = f"{path.stem}.backup-", path.suffix
    try:
        copies = [
            entry
            for entry in path.parent.iterdir()
            if entry.name.startswith(prefix) and entry.name.endswith(suffix) and entry.is_file()
        ]
        return max(copies, key=lambda copy: copy.stat().st_mtime, default=None)
    except OSError:
        return None


def access_error(
    error: BaseException, path: Path, *, unsaved: bool = False
) -> DatabaseAccessError | None:
    """The clear error for ``error`` (SQLAlchemy-wrapped or raw sqlite3), or None."""
    original = getattr(error, "orig", error)
    if not is_database_error(original):
        return None
    problem = classify_sqlite_error(getattr(original, "sqlite_errorcode", None), str(original))
    if problem is None:
        return None
    backup = newest_replacement(path) if problem is DatabaseProblem.DAMAGED else None
    return DatabaseAccessError(path, problem, unsaved=unsaved, backup=backup)


def newest_replacement(path: Path) -> str | None:
    """What the damage message names as the way out, relative to the database's folder.

    The newest automatic or manual backup in the backups folder (#16), else
    the newest copy an upgrade left beside the file. Not a copy kept before a
    restore: that is the file a restore replaced, maybe the damaged one.
    """
    from ttk_desktop.core.security.backups import BEFORE_RESTORE, list_backups

    for info in list_backups(path):
        if info.kind != BEFORE_RESTORE:
            return str(info.path.relative_to(path.parent))
    copy = newest_backup(path)
    return copy.name if copy else None


@contextmanager
def user_errors(path: Path, *, unsaved: bool = False) -> Iterator[None]:
    """Re-raise database failures a person can fix as :class:`DatabaseAccessError`."""
    caught: tuple[type[BaseException], ...] = (SQLAlchemyError, *database_errors())
    try:
        yield
    except caught as exc:
        error = access_error(exc, path, unsaved=unsaved)
        if error is None:
            raise
        raise error from exc


def _now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Writer:
    """What a write transaction needs: the session, fresh clock stamps and the audit log."""

    session: Session
    database: Database
    _audit_rows: list[dict[str, Any]] = field(default_factory=list)

    def stamp(self) -> int:
        """A new hybrid-logical-clock stamp for a changed record."""
        return self.database.clock.now()

    @functools.cached_property
    def office(self) -> str:
        """This database's office code, read once per transaction."""
        return self.database.office_code or ""

    def identity(self) -> dict[str, Any]:
        """uuid/origin/hlc for a new synced record."""
        return {
            "uuid": str(uuid.uuid4()),
            "origin": self.office,
            "hlc": self.stamp(),
            "deleted": False,
        }

    def audit(
        self, action: str, table: str, record_uuid: str, hlc: int, changes: dict[str, Any]
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

    def __init__(
        self,
        path: Path,
        *,
        actor: str | None = None,
        busy_timeout: float | None = None,
        key: bytes | None = None,
        account: Account | None = None,
    ) -> None:
        self.path = Path(path)
        self.key = key
        # A database without accounts (made before #16 or without --admin) is not
        # encrypted, and whoever opens it acts as its administrator.
        self.account = account or Account(
            actor or _local_user(), Role.ADMINISTRATOR, protected=False
        )
        self.engine = make_engine(self.path, busy_timeout=busy_timeout, key=key)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )
        self.actor = self.account.name
        self._write_lock = threading.RLock()
        # The participants list's search, in memory; reads the file only when searched.
        self.search_index = ParticipantSearchIndex(self.path, key)
        try:
            settings = self.settings()
            node = settings.get("node_id")
            if node is None:
                node = uuid.uuid4().hex[:12]
                self.set_setting("node_id", node)
        except BaseException:
            self.engine.dispose()
            raise
        self.clock = HybridLogicalClock(node, settings.get("hlc_last"))

    @property
    def protected(self) -> bool:
        """True when the database has accounts (and is encrypted)."""
        return self.account.protected

    def may(self, action: Action) -> bool:
        """Whether the logged-in account may take ``action``."""
        return self.account.may(action)

    def require(self, action: Action) -> None:
        """Refuse ``action`` unless the logged-in account's role allows it.

        Raises:
            PermissionDeniedError: naming the account, its role and the action.
        """
        if not self.account.may(action):
            raise PermissionDeniedError(self.account, action)

    # -- reading -----------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived read session (any thread).

        Raises:
            DatabaseAccessError: the file is locked by another program, cannot
                be read or is damaged.
        """
        with user_errors(self.path), self.sessionmaker() as session:
            yield session

    def settings(self) -> dict[str, str]:
        with self.read() as session:
            return {row.key: row.value for row in session.scalars(select(Setting))}

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with (
            user_errors(self.path, unsaved=True),
            self._write_lock,
            self._write_sessions.begin() as session,
        ):
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
        """One all-or-nothing write transaction, serialised with other writers.

        Raises:
            DatabaseAccessError: the file is locked by another program,
                read-only, on a full disk or damaged; nothing was written.
        """
        # The safety net under every service's own check: a viewer changes nothing.
        self.require(Action.CHANGE_DATA)
        with self._transaction() as writer:
            yield writer

    def log_event(
        self, action: str, table: str, record: str, details: dict[str, Any] | None = None
    ) -> None:
        """Write one audit entry for something any role may do (a login, an export).

        Not a change of data, so a viewer's events are logged too.
        """
        with self._transaction() as writer:
            writer.audit(action, table, record, writer.stamp(), details or {})

    @contextmanager
    def _transaction(self) -> Iterator[Writer]:
        with user_errors(self.path, unsaved=True), self._write_lock:
            session = self._write_sessions()
            writer = Writer(session, self)
            try:
                # Another program on the same file may have stamped changes since
                # our last write: start after its newest stamp, so that every
                # stamp of this database is unique and increasing across programs.
                stored = session.scalar(select(Setting.value).where(Setting.key == "hlc_last"))
                if stored:
                    self.clock.observe(stored)
                yield writer
                writer.flush_audit()
                session.merge(Setting(key="hlc_last", value=str(self.clock.last)))
                session.commit()
            except BaseException:
                try:
                    session.rollback()
                except SQLAlchemyError:
                    # Closing the connection below still drops the transaction;
                    # the original error is the one worth reporting.
                    session.invalidate()
                raise
            finally:
                session.close()

    def close(self) -> None:
        self.search_index.close()
        self.engine.dispose()


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some service accounts
        return "unknown"


def open_database(
    path: Path | str | None = None,
    *,
    actor: str | None = None,
    busy_timeout: float | None = None,
    create: bool = True,
    key: bytes | None = None,
    account: Account | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``.

    Args:
        create: make a new database when there is none at ``path``. Only the
            first start, ``ttk setup`` and ``ttk demo`` do: for any other
            command a mistyped path would look like an empty office.
        key: the database key of a protected (encrypted) database, which
            ``core.security`` unlocks with an account's password.
        account: who acts (a protected database's logged-in account).

    Raises:
        DatabaseMissingError: there is no database at ``path`` and ``create`` is False.
        DatabaseError: the path is a folder, the file is of a newer version,
            or an upgrade failed (and was undone).
        DatabaseAccessError: the file is locked, cannot be written, damaged or
            not a database at all.
        DatabaseLockedError: the file is encrypted and no key was given.
    """
    db_path = Path(path) if path is not None else default_database_path()
    if db_path.is_dir():
        raise DatabaseError(
            translate("Database", "{path} is a folder, not a database file.", path=db_path)
        )
    if not create and (not db_path.exists() or db_path.stat().st_size == 0):
        raise DatabaseMissingError(
            translate(
                "Database",
                "There is no database at {path}. Check the path, or create a database "
                "there with: ttk --db {path} setup --office CODE --name NAME",
                path=db_path,
            ),
            db_path,
        )
    if not db_path.parent.exists():
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseAccessError(db_path, DatabaseProblem.NOT_WRITABLE) from exc
    if not db_path.exists() and not os.access(db_path.parent, os.W_OK):
        raise DatabaseAccessError(db_path, DatabaseProblem.NOT_WRITABLE)
    if key is None and is_protected(db_path) and is_encrypted(db_path):
        raise DatabaseLockedError(db_path)
    try:
        upgrade_needed = migrate.needs_upgrade(db_path, key)
    except DatabaseError as exc:
        # The revision check reports SQLite's raw text; say what it means and what to do.
        clearer = access_error(exc.__cause__, db_path) if exc.__cause__ else None
        if clearer is None:
            raise
        raise clearer from exc.__cause__
    if upgrade_needed:
        with user_errors(db_path):  # e.g. no room for the backup copy
            migrate.upgrade(db_path, key)
    return Database(db_path, actor=actor, busy_timeout=busy_timeout, key=key, account=account)
