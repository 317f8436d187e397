"""What the Duplicates tab reads and writes, as plain calls for ``ctx.tasks``.

Everything here runs off the GUI thread: it calls the face of
:mod:`ttk_desktop.core.identity` and returns plain dataclasses
(:class:`~ttk_desktop.gui.models.duplicates_models.Side`); no widget is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ttk_desktop.gui.models.duplicates_models import SessionLine, Side, person_name, person_values

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.core.identity import Candidate, PersonRecord


def identity() -> Any:
    from ttk_desktop.core import identity as face

    return face


def decisions_available() -> bool:
    """True once the core has the decision services (confirm, reject, split)."""
    face = identity()
    return all(hasattr(face, n) for n in ("confirm_same", "mark_different", "split"))


def load_candidates(db: Database) -> list[Candidate]:
    """The pairs still to review, best first (runs in a worker; may take seconds)."""
    return identity().database_candidates(db)


def _first(obj: Any, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _session_line(item: Any) -> SessionLine:
    date = _first(item, "date", "session_date", "starts_at")
    if isinstance(date, dt.datetime):
        date = date.date()
    group = _first(item, "group_name", "group") or ""
    return SessionLine(date, str(getattr(group, "name", group)), str(_first(item, "topic") or ""))


def side_from_detail(detail: Any, fallback: PersonRecord | None = None) -> Side:
    """A :class:`Side` from the core's ``PersonDetail`` (its fields may sit in a record)."""
    record = _first(detail, "participant", "person", "record") or detail
    values = person_values(record)
    groups = tuple(
        str(g) if isinstance(g, str) else str(_first(g, "name") or "")
        for g in _first(detail, "groups") or ()
    )
    sessions = tuple(_session_line(s) for s in _first(detail, "sessions", "attendance") or ())
    changed = _first(detail, "changed_at", "updated_at", "last_changed", "newest_change", "hlc")
    if changed is None:
        changed = _first(record, "hlc")
    office = _first(detail, "office_code", "office") or _first(record, "office_code", "office")
    uuid = _first(detail, "uuid") or _first(record, "uuid")
    if fallback is not None:
        office = office or fallback.office
        uuid = uuid or fallback.uuid
    return Side(
        uuid=str(uuid),
        office=str(getattr(office, "code", office) or ""),
        name=person_name(record),
        values=values,
        groups=groups,
        sessions=tuple(sorted(sessions, key=lambda s: s.date or dt.date.min, reverse=True)),
        changed=changed,
        changed_text=_changed_text(changed),
    )


def _changed_text(changed: Any) -> str:
    if isinstance(changed, dt.datetime):
        return changed.isoformat(sep=" ", timespec="minutes")
    if isinstance(changed, str):
        return changed
    return ""


def side_from_record(person: PersonRecord) -> Side:
    """Before ``person_detail`` exists: the matcher's own record, without groups."""
    return Side(person.uuid, person.office, person_name(person), person_values(person))


def load_pair(db: Database, pair: Candidate) -> tuple[Side, Side]:
    """Both records of ``pair`` in full: fields, groups, attendance, newest change."""
    face = identity()
    if not hasattr(face, "person_detail"):
        return side_from_record(pair.a), side_from_record(pair.b)
    return (
        side_from_detail(face.person_detail(db, pair.a.uuid), pair.a),
        side_from_detail(face.person_detail(db, pair.b.uuid), pair.b),
    )


def newer_side(sides: tuple[Side, Side]) -> int:
    """0 or 1: the record changed most recently (the left one when unknown or equal)."""
    left, right = sides[0].changed, sides[1].changed
    try:
        return 1 if left is not None and right is not None and right > left else 0
    except TypeError:
        return 0


def confirm(db: Database, keep: str, other: str, values: dict[str, object]) -> None:
    identity().confirm_same(db, keep, other, values or None)


def reject(db: Database, a: str, b: str) -> None:
    identity().mark_different(db, a, b)


def split(db: Database, a: str, b: str) -> None:
    identity().split(db, a, b)


def load_confirmed(db: Database) -> list[tuple[Side, Side]]:
    """The confirmed pairs (kept person first), for the split list."""
    face = identity()
    lister: Callable[[Any], Any] | None = getattr(face, "confirmed_pairs", None)
    if lister is None or not hasattr(face, "person_detail"):
        return []
    result = []
    for pair in lister(db):
        a, b = _pair_uuids(pair)
        result.append(
            (
                side_from_detail(face.person_detail(db, a)),
                side_from_detail(face.person_detail(db, b)),
            )
        )
    return result


def _pair_uuids(pair: Any) -> tuple[str, str]:
    if isinstance(pair, (tuple, list)):
        return str(pair[0]), str(pair[1])
    if isinstance(pair, frozenset):
        a, b = sorted(pair)
        return a, b
    keep = _first(pair, "keep_uuid", "kept", "keep", "a_uuid", "a")
    other = _first(pair, "other_uuid", "alias", "other", "b_uuid", "b")
    return str(getattr(keep, "uuid", keep)), str(getattr(other, "uuid", other))
