"""Which participant rows are aliases of another: derived from the "same" decisions.

``participants.alias_of`` is local and never exchanged: every database derives
it from the live "same" :class:`~ttk_desktop.core.db.models.IdentityDecision`
records alone, so databases holding the same decisions hold the same aliases
whatever the order the decisions arrived in. Rows keep their own id (an
attendance tick stays on the alias's row); lists hide aliases and the
statistics count ``COALESCE(alias_of, id)``: one person.

Each connected group of people linked by "same" decisions becomes one person,
the canonical one: the single member that is nobody's alias. When that is
ambiguous (a cycle A keeps B, B keeps A; or two kept members), the smallest
uuid among the members that are nobody's alias, else the smallest uuid of the
group. A decision naming a person not (yet) in this database waits: it is
skipped until both people are here. Deleted people take part like the others,
so that a delete does not change who is whose alias.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from ttk_desktop.core.db.models import IdentityDecision, Participant

SAME, DIFFERENT = "same", "different"


def _groups(pairs: list[tuple[str, str]]) -> list[set[str]]:
    """The connected groups of the undirected graph of ``pairs`` (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


def canonical_of(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """For (kept, alias) uuid pairs: each alias's canonical person (canonical ones left out)."""
    aliases = {b for _a, b in pairs}
    out: dict[str, str] = {}
    for group in _groups(pairs):
        roots = sorted(group - aliases)
        canonical = roots[0] if roots else min(group)
        out.update({member: canonical for member in group if member != canonical})
    return out


def refresh_aliases(session: Session) -> bool:
    """Bring ``participants.alias_of`` in line with the live "same" decisions.

    Runs inside the caller's write transaction (a decision or a merge) and
    writes only the rows whose alias changed. Returns True when any did; the
    caller then invalidates the search index (``alias_of`` changes no clock
    stamp, which is what the index watches).
    """
    d = IdentityDecision
    decided = session.execute(
        select(d.person_a, d.person_b).where(d.kind == SAME, d.deleted.is_(False))
    ).all()
    named = {u for pair in decided for u in pair}
    ids: dict[str, int] = {}
    names = sorted(named)
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        for uuid, pid in session.execute(
            select(Participant.uuid, Participant.id).where(Participant.uuid.in_(chunk))
        ):
            ids[uuid] = pid
    present = [(a, b) for a, b in decided if a in ids and b in ids and a != b]
    wanted = {ids[alias]: ids[kept] for alias, kept in canonical_of(present).items()}
    current = dict(
        session.execute(
            select(Participant.id, Participant.alias_of).where(Participant.alias_of.is_not(None))
        ).all()
    )
    changes = [
        {"_id": pid, "_alias": wanted.get(pid)}
        for pid in sorted(set(current) | set(wanted))
        if current.get(pid) != wanted.get(pid)
    ]
    if changes:
        t: Table = Participant.__table__  # type: ignore[assignment]
        session.execute(
            update(t)
            .where(t.c.id == bindparam("_id"))
            .values(alias_of=bindparam("_alias"))
            .execution_options(synchronize_session=False),
            changes,
        )
    return bool(changes)
