"""What the matcher compares of one person, computed once per person.

Why: a run compares each person with many others; folding, transliterating and
normalising the phone once per person (and names once per distinct spelling,
through the caches in :mod:`.translit`) keeps the pair loop cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from ttk_desktop.core.identity.records import PersonRecord
from ttk_desktop.core.identity.translit import ARABIC, LATIN, coarse, name_words

_NON_DIGITS = re.compile(r"\D")
# Below this many digits a phone is not a phone (an extension, "0", a placeholder).
MIN_PHONE_DIGITS = 7
# Genders that say something; "other" and "not_stated" neither agree nor disagree.
KNOWN_GENDERS = frozenset({"female", "male"})
UNKNOWN_NATIONALITIES = frozenset({"unknown", ""})


class NameField(NamedTuple):
    """One name field (first or last) in comparable forms.

    ``fine`` is compared by fuzzy score within one script; ``skeletons`` (one,
    or two for Arabic, see :class:`NameWord`) across scripts and
    transliterations; ``blocks`` are the coarser skeletons blocking uses;
    ``vowels`` is the vowel pattern of a Latin name (None in Arabic script),
    which weighs a skeleton agreement. A named tuple: one is made per distinct
    name field when a register is first read.
    """

    script: str
    fine: str
    skeletons: frozenset[str]
    blocks: frozenset[str]
    vowels: str | None = None

    @property
    def skeleton(self) -> str:
        """The first skeleton (for messages and rarity)."""
        return min(self.skeletons)

    @property
    def block(self) -> str:
        return min(self.blocks)


class Features(NamedTuple):
    """A person's comparable forms: names in each script they were written in, and the rest.

    A named tuple, not a frozen dataclass: one is made per person per run, and
    a frozen dataclass's ``__init__`` costs several times more.
    """

    forms: tuple[tuple[NameField, NameField], ...]
    year: int | None
    month_day: tuple[int, int] | None  # None when only the year is known
    gender: str | None
    phone: str | None
    nationality: str | None
    office: str


def name_field(text: str | None) -> NameField | None:
    """The comparable forms of one name field, None when it holds no letters."""
    return _name_field(text or "")


@lru_cache(maxsize=262144)
def _name_field(text: str) -> NameField | None:
    words = name_words(text)
    if not words:
        return None
    if len(words) == 1:
        (word,) = words
        skeletons = frozenset((word.skeleton, word.alternative))
        return NameField(
            word.script, word.fine, skeletons, frozenset(map(coarse, skeletons)), word.vowels
        )
    script = ARABIC if any(w.script == ARABIC for w in words) else LATIN
    fine = " ".join(w.fine for w in words)
    skeletons = frozenset(
        (" ".join(w.skeleton for w in words), " ".join(w.alternative for w in words))
    )
    pattern = None if script == ARABIC else " ".join(w.vowels or "" for w in words)
    return NameField(script, fine, skeletons, frozenset(map(coarse, skeletons)), pattern)


def phone_digits(phone: str | None) -> str | None:
    """The last ten digits of a phone (country code and trunk 0 dropped), or None."""
    if not phone:
        return None
    digits = _NON_DIGITS.sub("", phone)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    return digits[-10:]


class NameForms(NamedTuple):
    """What a person's four name fields give, shared by everyone with the same names.

    Besides the forms compared, the whole name (first with last, sorted) at the
    spelling, skeleton and blocking levels, for counting how many hold it.
    """

    forms: tuple[tuple[NameField, NameField], ...]
    pairs: tuple[tuple[str, str], ...]  # sorted (block, block) pairs, see block_keys
    spelling_pairs: tuple[tuple[str, str], ...]
    skeleton_pairs: tuple[tuple[str, str], ...]


@lru_cache(maxsize=262144)
def name_forms(
    first: str | None, last: str | None, first_ar: str | None, last_ar: str | None
) -> NameForms:
    """The name forms of a person's four name fields (cached: names repeat)."""
    one, other = _name_field(first or ""), _name_field(last or "")
    forms: tuple[tuple[NameField, NameField], ...] = ()
    if one is not None and other is not None:
        forms = ((one, other),)
    if first_ar or last_ar:
        one, other = _name_field(first_ar or ""), _name_field(last_ar or "")
        if one is not None and other is not None and (one, other) not in forms:
            forms += ((one, other),)
    if len(forms) == 1:
        ((one, other),) = forms
        return NameForms(
            forms,
            _cross(one.blocks, other.blocks),
            (sorted_pair(one.fine, other.fine),),
            _cross(one.skeletons, other.skeletons),
        )
    return NameForms(
        forms,
        _union(_cross(one.blocks, other.blocks) for one, other in forms),
        _union((sorted_pair(one.fine, other.fine),) for one, other in forms),
        _union(_cross(one.skeletons, other.skeletons) for one, other in forms),
    )


def _cross(first: frozenset[str], last: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each (first, last) pair of forms in sorted order, so swapped names meet."""
    if len(first) == 1 and len(last) == 1:
        return (sorted_pair(next(iter(first)), next(iter(last))),)
    return tuple(dict.fromkeys(sorted_pair(one, other) for one in first for other in last))


def _union(groups: Iterable[tuple[tuple[str, str], ...]]) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys(pair for group in groups for pair in group))


def sorted_pair(one: str, other: str) -> tuple[str, str]:
    """Two forms in sorted order, so that a swapped first and last name give one key."""
    return (one, other) if one <= other else (other, one)


def features(person: PersonRecord) -> Features:
    """The features of one person (see :class:`Features`)."""
    forms = name_forms(
        person.first_name, person.last_name, person.first_name_ar, person.last_name_ar
    ).forms
    born = person.birth_date
    return Features(
        forms=forms,
        year=born.year if born else None,
        month_day=(born.month, born.day) if born and not person.birth_date_estimated else None,
        gender=person.gender if person.gender in KNOWN_GENDERS else None,
        phone=phone_digits(person.phone),
        nationality=(None if person.nationality in UNKNOWN_NATIONALITIES else person.nationality),
        office=person.office,
    )


def block_keys(person: PersonRecord, names: NameForms) -> list[tuple[object, ...]]:
    """The blocks a person joins: each name form (in either order) with the birth year, and phone.

    The two name skeletons are sorted so that a swapped first/last name lands in
    the same block; the year (not the full date) is used so that a full date
    meets a year-only one.
    """
    year = person.birth_date.year if person.birth_date else None
    keys: list[tuple[object, ...]] = [("n", one, other, year) for one, other in names.pairs]
    phone = phone_digits(person.phone)
    if phone:
        keys.append(("p", phone))
    return keys


def clear_caches() -> None:
    """Forget every cached name form (for benchmarks that time a cold start)."""
    from ttk_desktop.core.identity import translit

    name_forms.cache_clear()
    _name_field.cache_clear()
    for cached in (translit._name_words, translit._word, translit._skeleton):
        cached.cache_clear()
