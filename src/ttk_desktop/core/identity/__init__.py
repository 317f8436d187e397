"""Duplicate people: the same person registered twice, across offices and scripts.

The face the GUI and the CLI call:

* :func:`find_candidates` - pairs of plain :class:`PersonRecord` that may be
  one person, scored 0..1 with their :class:`Reason` s; ``only=`` restricts the
  run to pairs involving new or changed people (after a merge).
* :func:`read_people` - the live participants of a database as those records.
* :func:`database_candidates` - both in one call.

Inside: :mod:`.translit` (the transliteration tables), :mod:`.features`
(what is compared of one person, and the blocks), :mod:`.score` (the evidence
and its weights), :mod:`.candidates` (blocking and the pair loop).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ttk_desktop.core.identity.candidates import DEFAULT_MIN_SCORE, find_candidates
from ttk_desktop.core.identity.records import Candidate, PersonRecord, Reason

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Candidate",
    "PersonRecord",
    "Reason",
    "database_candidates",
    "find_candidates",
    "read_people",
]


def read_people(db: Database) -> list[PersonRecord]:
    """The live participants of ``db`` (see :mod:`.read`); imports SQLAlchemy only when called."""
    from ttk_desktop.core.identity.read import read_people as read

    return read(db)


def database_candidates(
    db: Database, *, min_score: float = DEFAULT_MIN_SCORE, only: Collection[str] | None = None
) -> list[Candidate]:
    """Candidate pairs among the live participants of ``db``, best first."""
    return find_candidates(read_people(db), min_score=min_score, only=only)
