"""What the matcher compares of one person, computed once per person.

Why: a run compares each person with many others; folding, transliterating and
normalising the phone once per person (and names once per distinct spelling,
through the caches in :mod:`.translit`) keeps the pair loop cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ttk_desktop.core.identity.records import PersonRecord
from ttk_desktop.core.identity.translit import ARABIC, LATIN, coarse, fine_latin, name_words

_NON_DIGITS = re.compile(r"\D")
# Below this many digits a phone is not a phone (an extension, "0", a placeholder).
MIN_PHONE_DIGITS = 7
# Genders that say something; "other" and "not_stated" neither agree nor disagree.
KNOWN_GENDERS = frozenset({"female", "male"})
UNKNOWN_NATIONALITIES = frozenset({"unknown", ""})


@dataclass(frozen=True, slots=True)
class NameField:
    """One name field (first or last) in comparable forms.

    ``fine`` is compared by fuzzy score within one script; ``skeletons`` (one,
    or two for Arabic, see :class:`NameWord`) across scripts and
    transliterations; ``blocks`` are the coarser skeletons blocking uses.
    """

    script: str
    fine: str
    skeletons: frozenset[str]
    blocks: frozenset[str]

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
    script = ARABIC if any(w.script == ARABIC for w in words) else LATIN
    fine = " ".join(w.canon if w.script == ARABIC else fine_latin(w.canon) for w in words)
    skeletons = {" ".join(w.skeleton for w in words), " ".join(w.alternative for w in words)}
    return NameField(script, fine, frozenset(skeletons), frozenset(coarse(s) for s in skeletons))


def phone_digits(phone: str | None) -> str | None:
    """The last ten digits of a phone (country code and trunk 0 dropped), or None."""
    if not phone:
        return None
    digits = _NON_DIGITS.sub("", phone)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    return digits[-10:]


class NameForms(NamedTuple):
    """What a person's four name fields give, shared by everyone with the same names."""

    forms: tuple[tuple[NameField, NameField], ...]
    blocks: frozenset[str]  # every block skeleton of either field (name rarity)
    pairs: tuple[tuple[str, str], ...]  # sorted (block, block) pairs, see block_keys


@lru_cache(maxsize=262144)
def name_forms(
    first: str | None, last: str | None, first_ar: str | None, last_ar: str | None
) -> NameForms:
    """The name forms of a person's four name fields (cached: names repeat)."""
    forms: tuple[tuple[NameField, NameField], ...] = ()
    for first_text, last_text in ((first, last), (first_ar, last_ar)):
        one, other = _name_field(first_text or ""), _name_field(last_text or "")
        if one is not None and other is not None and (one, other) not in forms:
            forms += ((one, other),)
    blocks = frozenset(block for form in forms for field in form for block in field.blocks)
    pairs = tuple(dict.fromkeys(pair for one, other in forms for pair in _sorted_pairs(one, other)))
    return NameForms(forms, blocks, pairs)


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


@lru_cache(maxsize=262144)
def _sorted_pairs(first: NameField, last: NameField) -> tuple[tuple[str, str], ...]:
    """Each (first, last) block skeleton pair in sorted order, so swapped names meet."""
    return tuple(
        (one, other) if one <= other else (other, one)
        for one in first.blocks
        for other in last.blocks
    )


def clear_caches() -> None:
    """Forget every cached name form (for benchmarks that time a cold start)."""
    from ttk_desktop.core.identity import translit

    for cached in (
        name_forms,
        _name_field,
        _sorted_pairs,
        translit._name_words,
        translit._skeleton,
    ):
        cached.cache_clear()
    translit._fine_latin.cache_clear()
