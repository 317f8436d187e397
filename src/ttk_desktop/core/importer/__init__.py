"""Import an office's Excel register (participants, groups, sessions, attendance).

Public API: :func:`import_workbook` and the :class:`ImportSummary` it returns.

Two passes. The first streams each recognised sheet with python-calamine and
keeps only compact parsed tuples, collecting every problem of the file; the
second, inside one ``db.write()`` transaction, checks what the rows refer to
against the database and writes with bulk statements. A file with any problem
raises :class:`~ttk_desktop.core.errors.ImportFailedError` listing all of them
and writes nothing; so does a cancelled import
(:class:`~ttk_desktop.core.errors.ImportCancelledError`).

Behaviour worth knowing (also in the template's README sheet):

* Records are matched by office and the office's own register id; importing a
  file again changes nothing, and a corrected file updates only what changed.
  Only the columns a sheet has are written: a missing column keeps the stored
  values, an empty cell in a present column clears the value.
* Nothing is ever deleted by an import; a deleted record named again is restored.
* An empty office cell means this database's office; an unknown office code
  creates that office (named after its code).
* Attendance of someone who is not a member of the session's group makes them a
  member, from the date of the first session they attended.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from ttk_desktop.core import normalize
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.errors import ImportCancelledError, ImportFailedError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.summary import ImportSummary, SheetSummary
from ttk_desktop.core.security.roles import Action

__all__ = ["ImportSummary", "SheetSummary", "import_workbook"]

ProgressCallback = Callable[[int, int], None]
_REPORT_EVERY = 1000  # rows between progress reports and cancel checks
_IMPORT_CACHE_KIB = 64 * 1024


class _Progress:
    """Counts rows read and records written; reports and checks for cancel now and then."""

    def __init__(self, callback: ProgressCallback | None, cancelled: Callable[[], bool]) -> None:
        self.callback = callback
        self.cancelled = cancelled
        self.done = 0
        self.total = 1
        self._next = _REPORT_EVERY

    def row(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next = self.done + _REPORT_EVERY
            self.check()
            self.report()

    def add(self, n: int) -> None:
        self.done += n
        self.report()

    def report(self) -> None:
        if self.callback is not None:
            self.callback(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self.cancelled():
            raise ImportCancelledError(
                translate("Import", "The import was cancelled; nothing was written.")
            )


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    """A bigger SQLite page cache while writing: indexes of 100,000 new rows (random
    UUIDs) overflow the default 2 MB cache, which doubles the write time."""
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{_IMPORT_CACHE_KIB}"))
    try:
        yield
    finally:
        # Never let restoring the cache size hide the import's own error.
        with suppress(Exception):
            session.execute(text(f"PRAGMA cache_size={int(before or -2000)}"))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector; reference counting still frees memory.

    An import holds a few hundred thousand small objects (a row tuple per record,
    its keys) until it has written them, and builds as many again while writing.
    The collector would walk them all over and over, though they form no cycles:
    a quarter of the time of a 100,000-row import. The switch is process-wide, so
    it is turned back on only if it was on, and cycles made meanwhile elsewhere
    are collected then.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_workbook(
    db: Database,
    path: Path | str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import the register workbook at ``path`` into ``db``, all or nothing.

    Runs on the calling thread (the GUI calls it from a worker); ``progress`` is
    called from that thread with (done, total), where total is an estimate
    from the sheets' dimensions until the file has been read. ``cancelled`` is
    polled every thousand rows and between write batches.

    Raises:
        ImportFailedError: the file cannot be read or has problems; ``issues``
            lists every one with sheet, row and column. Nothing was written.
        ImportCancelledError: ``cancelled()`` returned True. Nothing was written.
    """
    db.require(Action.IMPORT)
    with _collector_paused():
        return _import(db, Path(path), progress, cancelled)


def _import(
    db: Database,
    path: Path,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool] | None,
) -> ImportSummary:
    from ttk_desktop.core.importer.apply import Applier
    from ttk_desktop.core.importer.limits import BoundedIssueList
    from ttk_desktop.core.importer.parse import WorkbookParser
    from ttk_desktop.core.importer.reader import WorkbookReader, fail

    tracker = _Progress(progress, cancelled or (lambda: False))
    tracker.check()
    parser = WorkbookParser(path.name, db.office_code, dt.date.today())
    parser.issues = issues = BoundedIssueList(path.name)  # a bad cell in every row: bounded
    reader = WorkbookReader(path)
    try:
        recognised = [(n, normalize.match_sheet(n)) for n in reader.sheet_names]
        sheets = [(name, kind) for name, kind in recognised if kind]
        if not sheets:
            raise fail(
                path,
                translate(
                    "Import",
                    "No sheet of this workbook is a register sheet. Name the sheets "
                    "Participants, Groups, Sessions and Attendance (or Katılımcılar, Gruplar, "
                    "Oturumlar, Katılım), as in the template. Sheets found: {names}.",
                    names=", ".join(reader.sheet_names) or "-",
                ),
            )
        estimate = sum(reader.estimate(name) or 0 for name, _ in sheets)
        tracker.total = max(2 * estimate, 1)
        for name, kind in sheets:
            tracker.check()
            data = reader.open(name, parser.header_score(kind))
            if data is None:
                continue
            sheet_parser = parser.begin_sheet(
                kind, name, data.header_row, data.headers, data.first_column
            )
            if sheet_parser is not None:
                parser.parse_rows(sheet_parser, data.rows, tracker.row)
            del data, sheet_parser  # frees calamine's copy of the sheet before the next
    finally:
        reader.close()
    # Now the real number of rows is known: as many records to write as rows read.
    tracker.total = max(2 * tracker.done, 1)
    tracker.report()
    with db.write() as writer, _large_cache(writer.session):
        applier = Applier(writer, parser, tracker.add, tracker.check)
        applier.check()
        if parser.issues:
            raise ImportFailedError(issues=issues.sorted(reader.sheet_names), dropped=issues.more())
        tracker.check()
        summary = applier.write()
        tracker.check()
    tracker.done = tracker.total
    tracker.report()
    return summary
