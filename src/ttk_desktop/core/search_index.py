"""An in-memory index of the participants list, for search as you type.

Why: a typed search matches words anywhere inside names, phones and ids, which
no SQL index serves; scanning ``search_text`` in SQLite took 50-90 ms at
100,000 people on the development machine, most of a keystroke's 0.1 s budget.
Python finds the same page in a list of the folded texts in 20-30 ms there.
(calibre keeps its whole library in memory for the same reason.)

The index holds, for every live participant in list order (``sort_key``,
``id``): the folded search text (names, phone, register number) and the columns
the list filters on (gender, nationality, birth date, office). It is never
written anywhere and lives only as long as the open database.

Staying current: before each search it asks SQLite whether anything was
committed since it last looked (``PRAGMA data_version``, microseconds). If so,
it compares the number of participant rows and the newest change stamp with
what it holds, and re-reads only the rows stamped since (every change stamps
its record with a later hybrid-logical-clock value); many changes at once (an
import) rebuild it whole. A writer that keeps older stamps on purpose (merging
another office's records) calls :meth:`ParticipantSearchIndex.invalidate`, as
does a change of who is a confirmed duplicate of whom (``alias_of``: local and
unstamped, see ``core/identity/aliases.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ttk_desktop.core import textfold
from ttk_desktop.core.clock import COUNTER_BITS
from ttk_desktop.core.db.connect import connect, database_errors
from ttk_desktop.core.records import ParticipantQuery

# Changes re-read one by one up to this many; more rebuild the whole index.
_PATCH_LIMIT = 2000
# Rows stamped this long before the newest stamp held are re-read too: a writer
# in another process may commit a slightly older stamp after a newer one.
_STAMP_MARGIN_MS = 10_000

# An alias (a confirmed duplicate, #14) is left out like a deleted row. Its
# ``alias_of`` changes no clock stamp: whoever changes it invalidates the index.
_ROW = (
    "SELECT id, sort_key, search_text, gender, nationality, birth_date, office_id,"
    " deleted OR alias_of IS NOT NULL FROM participants"
)
_ALL = f"{_ROW} WHERE deleted = 0 AND alias_of IS NULL ORDER BY sort_key, id"
_SINCE = f"{_ROW} WHERE hlc >= ?"
_OFFICES = "SELECT id, code FROM offices"
_FINGERPRINT = "SELECT count(*), max(hlc) FROM participants"


@dataclass(frozen=True)
class SearchResult:
    """Ids of one page in list order, the cursor of the next page and the number of matches."""

    ids: list[int]
    next_after: tuple[str, int] | None
    total: int


def _earlier_stamp(stamp: int) -> int:
    """A stamp ``_STAMP_MARGIN_MS`` before ``stamp``."""
    return max(stamp - (_STAMP_MARGIN_MS << COUNTER_BITS), 0)


class ParticipantSearchIndex:
    """Live participants in list order with their search text; thread-safe.

    One per open database file; reads it through a read-only connection of its own.
    """

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self._key = key
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None
        self._loaded = False
        self._version: int | None = None
        self._fingerprint: tuple[int, int | None] = (0, None)
        # Parallel lists, in (sort_key, id) order.
        self._keys: list[tuple[str, int]] = []
        self._texts: list[str] = []
        self._genders: list[str] = []
        self._nationalities: list[str] = []
        self._births: list[str | None] = []
        self._offices: list[str] = []
        self._office_codes: dict[int, str] = {}

    @property
    def ready(self) -> bool:
        """Read at least once and not being read now: a search would be answered here."""
        return self._loaded and not self._lock.locked()

    # -- keeping current ------------------------------------------------------------
    def warm(self) -> None:
        """Read the participants now, so that the first search does not wait for it."""
        with self._lock:
            self._caught_up()

    def invalidate(self) -> None:
        """Forget everything; the next search reads the participants again."""
        with self._lock:
            self._loaded = False

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._loaded = False

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            self._con = connect(
                self.path,
                self._key,
                readonly=True,
                check_same_thread=False,
                isolation_level=None,
            )
        return self._con

    def _caught_up(self) -> bool:
        """Refresh; False when the file cannot be read now (SQL then answers, and
        reports the real problem). The index is then read whole next time."""
        try:
            self._refresh()
        except database_errors():
            self._loaded = False
            if self._con is not None:
                self._con.close()
                self._con = None
            return False
        return True

    def _refresh(self) -> None:
        con = self._connection()
        version = con.execute("PRAGMA data_version").fetchone()[0]
        if self._loaded and version == self._version:
            return
        con.execute("BEGIN")  # one snapshot for the fingerprint and the rows
        try:
            fingerprint = con.execute(_FINGERPRINT).fetchone()
            if not self._loaded or fingerprint[1] is None or self._fingerprint[1] is None:
                self._load(con)
            elif tuple(fingerprint) != self._fingerprint:
                changed = con.execute(_SINCE, (_earlier_stamp(self._fingerprint[1]),)).fetchall()
                if len(changed) > _PATCH_LIMIT:
                    self._load(con)
                else:
                    self._patch(changed)
            self._fingerprint = (fingerprint[0], fingerprint[1])
        finally:
            con.execute("COMMIT")
        self._version = version
        self._loaded = True

    def _load(self, con: sqlite3.Connection) -> None:
        self._office_codes = dict(con.execute(_OFFICES).fetchall())
        columns = list(zip(*con.execute(_ALL).fetchall(), strict=True)) or [()] * 8
        ids, sort_keys, texts, genders, nationalities, births, offices, _deleted = columns
        # Genders, nationalities and offices take a handful of values: share one
        # string each instead of keeping 100,000 copies (about 15 MB).
        shared: dict[str, str] = {}
        self._keys = list(zip(sort_keys, ids, strict=True))
        self._texts = list(texts)
        self._genders = [shared.setdefault(v, v) for v in genders]
        self._nationalities = [shared.setdefault(v, v) for v in nationalities]
        self._births = list(births)
        codes = self._office_codes
        self._offices = [codes[v] for v in offices]

    def _columns(self) -> tuple[list, ...]:
        return (
            self._keys,
            self._texts,
            self._genders,
            self._nationalities,
            self._births,
            self._offices,
        )

    def _patch(self, rows: list[tuple]) -> None:
        """Replace the changed rows: remove each id where it stood, insert it where it goes."""
        changed = {row[0] for row in rows}
        stale = [i for i, (_key, pid) in enumerate(self._keys) if pid in changed]
        for position in reversed(stale):
            for column in self._columns():
                del column[position]
        for pid, key, text, gender, nationality, born, office_id, deleted in rows:
            if deleted:
                continue
            office = self._office_codes.get(office_id)
            if office is None:  # an office added since the index was read
                self._office_codes = dict(self._connection().execute(_OFFICES).fetchall())
                office = self._office_codes[office_id]
            position = bisect.bisect_left(self._keys, (key, pid))
            values = ((key, pid), text, gender, nationality, born, office)
            for column, value in zip(self._columns(), values, strict=True):
                column.insert(position, value)

    # -- searching ------------------------------------------------------------------
    def search(
        self, query: ParticipantQuery, *, after: tuple[str, int] | None, limit: int
    ) -> SearchResult | None:
        """The page of ``query`` after ``after``, as :func:`search_participants` defines it.

        Runs on the caller's thread (a worker in the app); reads the database
        only to catch up with changes. None while another thread is reading
        the participants (the first time, or after an import): the caller
        asks SQL meanwhile rather than wait.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if not self._caught_up():
                return None
            matches = self._matches(query)
            keys = self._keys
            start = (
                0 if after is None else bisect.bisect_right(matches, after, key=keys.__getitem__)
            )
            page = matches[start : start + limit]
            more = len(matches) > start + limit
            ids = [keys[i][1] for i in page]
            next_after = keys[page[-1]] if more and page else None
            return SearchResult(ids, next_after, len(matches))
        finally:
            self._lock.release()

    def count(self, query: ParticipantQuery) -> int | None:
        """How many participants match ``query``; None while busy, as :meth:`search`."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if not self._caught_up():
                return None
            return len(self._matches(query))
        finally:
            self._lock.release()

    def _matches(self, query: ParticipantQuery) -> list[int]:
        """Positions of the matching rows, in list order."""
        tokens = textfold.query_tokens(query.text)
        texts = self._texts
        if tokens:
            word, key = tokens[0]
            if key:
                found = [i for i, text in enumerate(texts) if word in text or key in text]
            else:
                found = [i for i, text in enumerate(texts) if word in text]
            for word, key in tokens[1:]:
                found = [i for i in found if word in texts[i] or (key and key in texts[i])]
        else:
            found = list(range(len(texts)))
        if query.gender:
            genders = self._genders
            found = [i for i in found if genders[i] == query.gender]
        if query.nationality:
            nationalities = self._nationalities
            if query.nationality == "other":
                featured = set(query.featured_nationalities)
                found = [i for i in found if nationalities[i] not in featured]
            else:
                found = [i for i in found if nationalities[i] == query.nationality]
        births = query.birth_range()
        if births is not None:
            found = self._born_between(found, *births)
        if query.office_code:
            offices = self._offices
            found = [i for i in found if offices[i] == query.office_code]
        return found

    def _born_between(
        self, found: list[int], born_after: dt.date | None, born_by: dt.date
    ) -> list[int]:
        """Rows born after ``born_after`` and on or before ``born_by`` (ISO dates compare
        as text); no birth date matches no age group, as in SQL."""
        earliest = born_after.isoformat() if born_after else ""
        latest = born_by.isoformat()
        births = self._births
        return [i for i in found if (b := births[i]) is not None and earliest < b <= latest]
