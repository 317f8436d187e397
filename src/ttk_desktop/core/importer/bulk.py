"""Bulk inserts for the import's second pass: multi-row statements beside the caller's work.

SQLite releases the GIL while it steps a statement, and one multi-row INSERT of
up to a thousand rows is a single step. So a helper thread runs the statement
of chunk N while the calling thread builds chunk N+1 (search keys, identities),
which hides most of the database's time behind Python's. ``executemany`` would
not: it steps once per row and must take the GIL back after each row, so it
crawls while the caller is busy.

Only one thread uses the connection at a time: :meth:`BulkInsert.insert` waits
for the statement in flight before it hands over the next one, and leaving the
``with`` block waits for the last (on success, error or cancel alike), so the
caller's next statement, commit or rollback never meets a running one. An error
of the helper thread (a constraint the checks missed, a full disk) is raised in
the caller, and the transaction is rolled back as for any other error.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from types import TracebackType
from typing import Any

from sqlalchemy import Connection

# Rows per statement, at most. More rows make fewer hand-overs between the
# threads but a longer first chunk that nothing overlaps; ~1000 is fastest.
MAX_ROWS = 1000
# SQLite's default bound on the "?" of one statement before version 3.32, and since.
_OLD_VARIABLE_LIMIT = 999
_VARIABLE_LIMIT_3_32 = 32766


def variable_limit(connection: Connection) -> int:
    """How many parameters one statement may have on this SQLite build.

    The standard library's driver can ask; SQLCipher's (sqlcipher3) cannot, and
    guessing the old bound there cut its statements to a tenth of the rows and
    made an encrypted import a third slower than a plain one: its SQLite's
    version tells the default bound instead.
    """
    dbapi = connection.connection.dbapi_connection
    try:
        return int(dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))  # type: ignore[union-attr]
    except (AttributeError, sqlite3.Error):
        pass
    version = connection.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    numbers = tuple(int(part) for part in str(version).split(".")[:2])
    return _VARIABLE_LIMIT_3_32 if numbers >= (3, 32) else _OLD_VARIABLE_LIMIT


class BulkInsert:
    """Inserts rows of one table, one multi-row statement per chunk, on a helper thread.

    Use as a context manager; between :meth:`insert` calls the caller must not
    use the connection (or its session) itself.
    """

    def __init__(self, connection: Connection, table: str, columns: Sequence[str]) -> None:
        self.connection = connection
        self.prefix = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        self.width = len(columns)
        self.row_sql = f"({', '.join('?' * self.width)})"
        self.rows_per_statement = max(1, min(MAX_ROWS, variable_limit(connection) // self.width))
        self._sql: dict[int, str] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[Any] | None = None

    def insert(self, params: list[Any]) -> None:
        """Insert the rows whose values ``params`` holds one row after another.

        At most :attr:`rows_per_statement` rows. Returns once the statement is
        handed over; an error of the previous statement is raised here.
        """
        rows = len(params) // self.width
        sql = self._sql.get(rows)
        if sql is None:
            sql = self._sql[rows] = self.prefix + ", ".join([self.row_sql] * rows)
        self.wait()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="ttk-import-insert")
        started = threading.Event()
        self._pending = self._executor.submit(self._run, started, sql, tuple(params))
        # Let the helper thread start now: otherwise it would wait for the GIL
        # until the interpreter's switch interval (5 ms) forces a switch, for
        # every statement. Waiting releases the GIL; the wait ends as soon as
        # the statement starts and gives the GIL back once SQLite steps.
        started.wait()

    def _run(self, started: threading.Event, sql: str, params: tuple[Any, ...]) -> None:
        started.set()
        self.connection.exec_driver_sql(sql, params)

    def wait(self) -> None:
        """Wait for the statement in flight; raises its error, if any."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> BulkInsert:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.wait()
            elif self._pending is not None:
                # The caller's own error goes on; the statement must still end first.
                wait_for([self._pending])
                self._pending = None
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None
