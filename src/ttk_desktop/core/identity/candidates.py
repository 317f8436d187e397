"""Candidate pairs: block, compare within blocks, keep the pairs that score high enough.

Why blocking: 200,000 people make 20 billion pairs; only people who share a
block are compared. The blocks are chosen so that no pair the issue lists is
lost: the (sorted) name skeletons with the birth year catch transliterations,
articles, compounds, Arabic script against Latin, swapped names, and a full
date against a year only; the phone catches names too far apart for a skeleton.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, combinations
from operator import attrgetter

from ttk_desktop.core.identity.features import (
    Features,
    NameForms,
    block_keys,
    features,
    name_field,
    name_forms,
    phone_digits,
)
from ttk_desktop.core.identity.reasons import reason
from ttk_desktop.core.identity.records import Candidate, PersonRecord
from ttk_desktop.core.identity.score import Rarity, score

# Chosen from bench/dedup.py (200,000 people, 2,000 seeded pairs; seeds 14 and 15):
# recall 92.3-92.5 % and precision 91.0 % here; 0.5 gives 93 % / 89.5 %, 0.3 gives
# 95 % / 82 %. The recall target (95 %) is not met at 90 % precision: most misses
# are pairs where a date is year-only and no phone is shared, with a name many
# others hold (name and year are then all that is shared, and namesakes born that
# year are as likely); the scores there are calibrated (about 40 % of the pairs
# scoring 0.5-0.7 are one person).
DEFAULT_MIN_SCORE = 0.55
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
    found: list[Candidate] = []
    with _without_cycle_collection():
        pairs, rarity = _pairs(people, None if only is None else set(only))
        cache: dict[int, Features] = {}
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
    """Index pairs (i < j) sharing a block (with ``only``, involving one of them) and the rarity.

    People are grouped by their four name fields first: everything about names
    (the forms, their counts, the name part of the blocks) is worked out once
    per group. With ``only``, a group none of whose name blocks a changed
    person shares is passed over without looking at its members.
    """
    groups: defaultdict[tuple[str | None, ...], list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        groups[_names(person)].append(index)
    named = [(name_forms(*names), members) for names, members in groups.items()]
    rarity = _rarity(people, named)
    blocks: defaultdict[tuple[object, ...], list[int]] = defaultdict(list)
    block: tuple[object, ...]
    if only is None:
        for names, members in named:
            for one, other in names.pairs:
                for index in members:
                    born = people[index].birth_date
                    blocks["n", one, other, born.year if born else None].append(index)
        for index, person in enumerate(people):
            phone = phone_digits(person.phone)
            if phone:
                blocks["p", phone].append(index)
        pairs: set[tuple[int, int]] = set()
        for block, members in blocks.items():
            if len(members) > 1 and _usable(block, members):
                pairs.update(combinations(sorted(members), 2))  # filled group by group
        return pairs, rarity
    starts = [i for i, person in enumerate(people) if person.uuid in only]
    keys_of = {i: block_keys(people[i], name_forms(*_names(people[i]))) for i in starts}
    wanted = {key for keys in keys_of.values() for key in keys}
    wanted_names = {key[1:3] for key in wanted if key[0] == "n"}
    wanted_phones = {key[1] for key in wanted if key[0] == "p"}
    for names, members in named:
        for one, other in names.pairs:
            if (one, other) not in wanted_names:
                continue
            for index in members:
                born = people[index].birth_date
                block = ("n", one, other, born.year if born else None)
                if block in wanted:
                    blocks[block].append(index)
    for index, person in enumerate(people):
        if person.phone:
            phone = phone_digits(person.phone)
            if phone in wanted_phones:
                blocks["p", phone].append(index)
    pairs = set()
    for index in starts:
        for block in keys_of[index]:
            members = blocks[block]
            if len(members) > 1 and _usable(block, members):
                pairs.update((min(index, j), max(index, j)) for j in members if j != index)
    return pairs, rarity


def _names(person: PersonRecord) -> tuple[str | None, ...]:
    return (person.first_name, person.last_name, person.first_name_ar, person.last_name_ar)


def _rarity(people: Sequence[PersonRecord], named: list[tuple[NameForms, list[int]]]) -> Rarity:
    """How common each name form, whole name, birth year and day is among ``people``.

    A name form counts the name fields that give it (a person called Hassan
    Hassan counts twice); a whole name, the people who hold it.
    """
    texts = Counter(map(attrgetter("first_name"), people))
    texts.update(map(attrgetter("last_name"), people))
    for person in people:
        if person.first_name_ar or person.last_name_ar:  # Arabic script beside Latin
            texts.update(
                text
                for text, latin in (
                    (person.first_name_ar, person.first_name),
                    (person.last_name_ar, person.last_name),
                )
                if text and text != latin
            )
    spellings: dict[str, int] = {}
    skeletons: dict[str, int] = {}
    blocks: dict[str, int] = {}
    for text, count in texts.items():
        field = name_field(text)
        if field is None:
            continue
        spellings[field.fine] = spellings.get(field.fine, 0) + count
        for skeleton in field.skeletons:
            skeletons[skeleton] = skeletons.get(skeleton, 0) + count
        for block in field.blocks:
            blocks[block] = blocks.get(block, 0) + count

    def whole(keys: Callable[[NameForms], tuple[tuple[str, str], ...]]) -> Counter[tuple[str, str]]:
        # Each group's keys repeated once per member, counted in C.
        return Counter(chain.from_iterable(keys(names) * len(members) for names, members in named))

    years: Counter[int] = Counter()
    month_days: Counter[tuple[int, int]] = Counter()
    for person in people:
        born = person.birth_date
        if born is not None:
            years[born.year] += 1
            if not person.birth_date_estimated:
                month_days[born.month, born.day] += 1
    return Rarity(
        spellings,
        skeletons,
        blocks,
        (
            whole(attrgetter("spelling_pairs")),
            whole(attrgetter("skeleton_pairs")),
            whole(attrgetter("pairs")),
        ),
        years,
        month_days,
        len(people),
    )


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a run builds its many small objects.

    A run over 200,000 people makes hundreds of thousands of tuples (name forms,
    keys, counts), none of them in a reference cycle; each time the collector
    runs it walks the whole heap, register included. Measured on bench/dedup.py
    it took 2.5 s of a 6 s update. Reference counting still frees everything;
    the collector is switched back on (if it was on) when the run ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _usable(key: tuple[object, ...], members: list[int]) -> bool:
    return key[0] != "p" or len(members) <= PHONE_BLOCK_LIMIT
