"""How alike two people are: evidence for and against, summed as log-odds, then 0..1.

Why log-odds: each trait is evidence of its own (Fellegi-Sunter record linkage),
and what a shared name is worth depends on how common it is: two Mohammads born
in 1990 are not the same man, two people called Zaynab Haddad born in 1990
probably are. So a name agreement weighs ``ln(population / people with that
name)``, and a disagreement on something rarely mistyped (gender, a full birth
date) weighs heavily against. The weights are tuned on ``bench/dedup.py``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.distance import Indel, JaroWinkler

from ttk_desktop.core.identity import reasons as r
from ttk_desktop.core.identity.features import Features, NameField

# Share of people registered twice, for the prior odds that two people are one:
# 1 % of N people in duplicate pairs makes 0.02 / N of all N^2/2 pairs.
DUPLICATE_RATE = 0.02
# A name shared by nobody else in a small register is still not proof: rarity and
# the prior are measured as if the register held at least this many people.
MIN_POPULATION = 5000
NAME_WEIGHT_MIN = 1.0
NAME_WEIGHT_MAX = 9.0
SWAPPED_PENALTY = 0.5
# Field similarity in 0..1 from which a name counts for, not against.
NAME_AGREES = 0.8
SKELETON_SAME = 0.93
BLOCK_SAME = 0.88
NAME_DIFFERENT_MAX = 6.0

# ln(P(trait agrees | same person) / P(agrees | two people)), and for disagreement
# ln(P(differs | same person) / P(differs | two people)): a full date is shared
# by one pair in ~20,000 (365 days x 60 years), a year by one in 60.
BIRTH_DATE_SAME = 10.0
BIRTH_DAY_MONTH_SWAPPED = 3.0
BIRTH_DAY_DIFFERENT = -1.0
BIRTH_DATE_DIFFERENT = -3.0
BIRTH_YEAR_SAME = 4.0
BIRTH_YEAR_NEXT = 1.0  # an estimated year is often one off
BIRTH_YEAR_DIFFERENT = -5.0
GENDER_SAME = 0.7
GENDER_DIFFERENT = -4.0
PHONE_SAME = 8.0
PHONE_DIFFERENT = -1.2
NATIONALITY_SAME = 0.5
NATIONALITY_DIFFERENT = -3.0


@dataclass(frozen=True, slots=True)
class Rarity:
    """How common each name skeleton is in the population compared."""

    counts: Counter[str]
    population: int

    @property
    def prior(self) -> float:
        """Log-odds that two people of this population are one, before any evidence."""
        return math.log(DUPLICATE_RATE / max(self.population, MIN_POPULATION))

    def weight(self, field: NameField) -> float:
        """The log-odds a full agreement on this name is worth."""
        count = max(1, max(self.counts.get(block, 0) for block in field.blocks))
        ratio = max(self.population, MIN_POPULATION) / count
        return min(NAME_WEIGHT_MAX, max(NAME_WEIGHT_MIN, math.log(ratio)))


def field_similarity(x: NameField, y: NameField) -> tuple[float, str]:
    """Similarity of two name fields in 0..1 and the reason code it earns."""
    if x.script == y.script:
        if x.fine == y.fine:
            return 1.0, r.NAME_SAME
        fuzzy = JaroWinkler.normalized_similarity(x.fine, y.fine)
        kind = r.NAME_TRANSLITERATED
    else:
        fuzzy, kind = 0.0, r.NAME_SCRIPT
    if not x.skeletons.isdisjoint(y.skeletons):
        return max(fuzzy, SKELETON_SAME), kind
    if not x.blocks.isdisjoint(y.blocks):
        return max(fuzzy, BLOCK_SAME), kind
    skeleton = max(Indel.normalized_similarity(a, b) for a in x.skeletons for b in y.skeletons)
    similarity = max(fuzzy, 0.9 * skeleton)
    return similarity, r.NAME_SIMILAR if similarity >= NAME_AGREES else r.NAME_DIFFERENT


def _name_evidence(similarity: float, weight: float) -> float:
    if similarity >= NAME_AGREES:
        return weight * min(1.0, (similarity - NAME_AGREES) / (SKELETON_SAME - NAME_AGREES))
    return -min(NAME_DIFFERENT_MAX, (NAME_AGREES - similarity) * 25.0)


_KIND_ORDER = (r.NAME_DIFFERENT, r.NAME_SIMILAR, r.NAME_SCRIPT, r.NAME_TRANSLITERATED, r.NAME_SAME)


def names(a: Features, b: Features, rarity: Rarity) -> tuple[float, list[str]]:
    """Best name evidence over both people's scripts and both orders, with its reason codes."""
    best = -math.inf
    codes: list[str] = [r.NAME_DIFFERENT]
    for first_a, last_a in a.forms:
        for first_b, last_b in b.forms:
            for swapped, (x1, x2) in enumerate(((first_b, last_b), (last_b, first_b))):
                sim1, kind1 = field_similarity(first_a, x1)
                sim2, kind2 = field_similarity(last_a, x2)
                evidence = _name_evidence(sim1, rarity.weight(first_a)) + _name_evidence(
                    sim2, rarity.weight(last_a)
                )
                if swapped:
                    evidence -= SWAPPED_PENALTY
                if evidence > best:
                    best = evidence
                    kind = min(kind1, kind2, key=_KIND_ORDER.index)
                    codes = [r.NAME_SWAPPED, kind] if swapped else [kind]
    return (best if best > -math.inf else 0.0), codes


def birth(a: Features, b: Features) -> tuple[float, str | None]:
    """Evidence of the birth dates: a full date against a year only compares the years."""
    if a.year is None or b.year is None:
        return 0.0, None
    if a.year != b.year:
        if (a.month_day is None or b.month_day is None) and abs(a.year - b.year) == 1:
            return BIRTH_YEAR_NEXT, r.BIRTH_YEAR_DIFFERENT
        return BIRTH_YEAR_DIFFERENT, r.BIRTH_YEAR_DIFFERENT
    if a.month_day is None or b.month_day is None:
        return BIRTH_YEAR_SAME, r.BIRTH_YEAR_SAME
    if a.month_day == b.month_day:
        return BIRTH_DATE_SAME, r.BIRTH_DATE_SAME
    if a.month_day == b.month_day[::-1]:
        return BIRTH_DAY_MONTH_SWAPPED, r.BIRTH_DATE_DIFFERENT
    if a.month_day[0] == b.month_day[0]:
        return BIRTH_DAY_DIFFERENT, r.BIRTH_DATE_DIFFERENT
    return BIRTH_DATE_DIFFERENT, r.BIRTH_DATE_DIFFERENT


def _trait(
    x: str | None, y: str | None, same: float, different: float, codes: tuple[str, str]
) -> tuple[float, str | None]:
    if x is None or y is None:
        return 0.0, None
    return (same, codes[0]) if x == y else (different, codes[1])


def score(a: Features, b: Features, rarity: Rarity) -> tuple[float, list[str]]:
    """The score (0..1) that ``a`` and ``b`` are one person, and the reason codes."""
    total, codes = names(a, b, rarity)
    total += rarity.prior
    for evidence, code in (
        birth(a, b),
        _trait(
            a.gender, b.gender, GENDER_SAME, GENDER_DIFFERENT, (r.GENDER_SAME, r.GENDER_DIFFERENT)
        ),
        _trait(a.phone, b.phone, PHONE_SAME, PHONE_DIFFERENT, (r.PHONE_SAME, r.PHONE_DIFFERENT)),
        _trait(
            a.nationality,
            b.nationality,
            NATIONALITY_SAME,
            NATIONALITY_DIFFERENT,
            (r.NATIONALITY_SAME, r.NATIONALITY_DIFFERENT),
        ),
    ):
        total += evidence
        if code is not None:
            codes.append(code)
    codes.append(r.OFFICE_SAME if a.office == b.office else r.OFFICE_OTHER)
    value = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, total))))
    return value, codes
