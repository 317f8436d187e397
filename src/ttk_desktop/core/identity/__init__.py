"""Duplicate people: the same person registered twice, across offices and scripts.

The face the GUI and the CLI call:

* :func:`find_candidates` - pairs of plain :class:`PersonRecord` that may be
  one person, scored 0..1 with their :class:`Reason` s; ``only=`` restricts the
  run to pairs involving new or changed people (after a merge).
* :func:`read_people` - the live participants of a database as those records.
* :func:`database_candidates` - both in one call, leaving out decided pairs.
* Decisions (:mod:`.decisions`): :func:`confirm_same`, :func:`mark_different`,
  :func:`split`, :func:`decided_pairs`, :func:`confirmed_pairs`,
  :func:`person_detail` (a :class:`PersonDetail`), :func:`people_by_key`.
  Confirmed people are aliases of the kept one (:mod:`.aliases`).

Inside: :mod:`.translit` (the transliteration tables), :mod:`.features`
(what is compared of one person, and the blocks), :mod:`.score` (the evidence
and its weights), :mod:`.candidates` (blocking and the pair loop).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ttk_desktop.core.identity.candidates import DEFAULT_MIN_SCORE, find_candidates
from ttk_desktop.core.identity.records import Candidate, PersonRecord, Reason
from ttk_desktop.core.security.roles import Action

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.core.identity.decisions import PersonDetail

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Candidate",
    "PersonDetail",
    "PersonRecord",
    "Reason",
    "confirm_same",
    "confirmed_pairs",
    "database_candidates",
    "decided_pairs",
    "find_candidates",
    "mark_different",
    "people_by_key",
    "person_detail",
    "read_people",
    "split",
]


def read_people(db: Database) -> list[PersonRecord]:
    """The live participants of ``db`` (see :mod:`.read`); imports SQLAlchemy only when called."""
    from ttk_desktop.core.identity.read import read_people as read

    return read(db)


def database_candidates(
    db: Database, *, min_score: float = DEFAULT_MIN_SCORE, only: Collection[str] | None = None
) -> list[Candidate]:
    """Candidate pairs among the live participants of ``db``, best first.

    Aliases (confirmed duplicates) are not compared, and pairs with a live
    decision (same or different) are left out.
    """
    db.require(Action.VIEW_PERSONAL_DATA)
    decided = decided_pairs(db)
    return [
        c
        for c in find_candidates(read_people(db), min_score=min_score, only=only)
        if frozenset((c.a.uuid, c.b.uuid)) not in decided
    ]


# The decision services import SQLAlchemy and the services: loaded when first called.
def confirm_same(
    db: Database, keep_uuid: str, other_uuid: str, values: dict[str, object] | None = None
) -> None:
    """See :func:`.decisions.confirm_same`."""
    from ttk_desktop.core.identity import decisions

    decisions.confirm_same(db, keep_uuid, other_uuid, values)


def mark_different(db: Database, a_uuid: str, b_uuid: str) -> None:
    """See :func:`.decisions.mark_different`."""
    from ttk_desktop.core.identity import decisions

    decisions.mark_different(db, a_uuid, b_uuid)


def split(db: Database, a_uuid: str, b_uuid: str) -> None:
    """See :func:`.decisions.split`."""
    from ttk_desktop.core.identity import decisions

    decisions.split(db, a_uuid, b_uuid)


def decided_pairs(db: Database) -> set[frozenset[str]]:
    """See :func:`.decisions.decided_pairs`."""
    from ttk_desktop.core.identity import decisions

    return decisions.decided_pairs(db)


def confirmed_pairs(db: Database) -> list[tuple[str, str]]:
    """See :func:`.decisions.confirmed_pairs`."""
    from ttk_desktop.core.identity import decisions

    return decisions.confirmed_pairs(db)


def person_detail(db: Database, uuid: str) -> PersonDetail:
    """See :func:`.decisions.person_detail`."""
    from ttk_desktop.core.identity import decisions

    return decisions.person_detail(db, uuid)


def people_by_key(db: Database, key: str) -> str:
    """See :func:`.decisions.people_by_key`."""
    from ttk_desktop.core.identity import decisions

    return decisions.people_by_key(db, key)


def __getattr__(name: str) -> object:
    """``PersonDetail`` without importing the decision services up front."""
    if name == "PersonDetail":
        from ttk_desktop.core.identity.decisions import PersonDetail

        return PersonDetail
    raise AttributeError(name)
