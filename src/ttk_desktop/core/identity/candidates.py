"""Candidate pairs: block, compare within blocks, keep the pairs that score high enough.

Why blocking: 200,000 people make 20 billion pairs; only people who share a
block are compared. The blocks are chosen so that no pair the issue lists is
lost: the (sorted) name skeletons with the birth year catch transliterations,
articles, compounds, Arabic script against Latin, swapped names, and a full
date against a year only; the phone catches names too far apart for a skeleton.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from itertools import combinations

from ttk_desktop.core.identity.features import Features, block_keys, features, name_forms
from ttk_desktop.core.identity.reasons import reason
from ttk_desktop.core.identity.records import Candidate, PersonRecord
from ttk_desktop.core.identity.score import Rarity, score

# Chosen from bench/dedup.py (200,000 people, 2,000 seeded pairs): recall 86 % and
# precision 84 % here; 0.3 gives 90 % / 68 %, 0.7 gives 82 % / 92 %. Neither target
# (95 % / 90 %) is met at any threshold: most misses are pairs where both dates are
# year-only and the phone differs or is missing, with a common name (name and year
# are then all that is shared, and namesakes born that year are as likely).
DEFAULT_MIN_SCORE = 0.5
# A phone shared by more people than this is an office or placeholder number,
# not evidence; name blocks are never capped.
PHONE_BLOCK_LIMIT = 50


def find_candidates(
    people: Sequence[PersonRecord],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    only: Collection[str] | None = None,
) -> list[Candidate]:
    """Pairs of ``people`` that may be one person, best first.

    Args:
        people: everyone to consider (the whole register, so that name rarity
            is measured on it).
        min_score: pairs scoring below this are left out.
        only: uuids of new or changed people; then only pairs involving one of
            them are compared (after a merge), giving the same pairs as a full
            run restricted to them. Everyone's names are still read for the
            blocks and the rarity, but only the people in a pair are compared.
    """
    pairs, rarity = _pairs(people, None if only is None else set(only))
    cache: dict[int, Features] = {}
    found: list[Candidate] = []
    for i, j in pairs:
        a = cache.get(i) or cache.setdefault(i, features(people[i]))
        b = cache.get(j) or cache.setdefault(j, features(people[j]))
        value, codes = score(a, b, rarity)
        if value >= min_score:
            reasons = tuple(reason(code) for code in codes)
            found.append(Candidate(people[i], people[j], value, reasons))
    found.sort(key=lambda c: (-c.score, c.a.uuid, c.b.uuid))
    return found


def _pairs(
    people: Sequence[PersonRecord], only: set[str] | None
) -> tuple[set[tuple[int, int]], Rarity]:
    """Index pairs (i < j) sharing a block (with ``only``, involving one of them) and the rarity."""
    counts: Counter[str] = Counter()
    keys_of: list[list[tuple[object, ...]]] = []
    for person in people:
        names = name_forms(
            person.first_name, person.last_name, person.first_name_ar, person.last_name_ar
        )
        counts.update(names.blocks)
        keys_of.append(block_keys(person, names))
    rarity = Rarity(counts, len(people))
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    starts: list[int] = []
    if only is None:
        for index, keys in enumerate(keys_of):
            for key in keys:
                blocks[key].append(index)
    else:
        starts = [i for i, person in enumerate(people) if person.uuid in only]
        wanted = {key for i in starts for key in keys_of[i]}
        for index, keys in enumerate(keys_of):
            for key in keys:
                if key in wanted:
                    blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    if only is None:
        for key, members in blocks.items():
            if len(members) > 1 and _usable(key, members):
                pairs.update(combinations(members, 2))
        return pairs, rarity
    for index in starts:
        for key in keys_of[index]:
            members = blocks[key]
            if len(members) > 1 and _usable(key, members):
                pairs.update((min(index, j), max(index, j)) for j in members if j != index)
    return pairs, rarity


def _usable(key: tuple[object, ...], members: list[int]) -> bool:
    return key[0] != "p" or len(members) <= PHONE_BLOCK_LIMIT
