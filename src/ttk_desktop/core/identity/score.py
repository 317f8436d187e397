"""How alike two people are: evidence for and against, summed as log-odds, then 0..1.

Why log-odds: each trait is evidence of its own (Fellegi-Sunter record linkage),
and what a shared name is worth depends on how common it is: two Mohammads born
in 1990 are not the same man, two people called Zaynab Haddad born in 1990
probably are. So a name agreement weighs ``ln(P(agree | one person) * population /
people with that name)`` at the finest level the two agree at (the same spelling,
the same skeleton, the same blocking skeleton), capped by how many others hold the
whole name; a birth year or day by how common it is in the register; and a
disagreement on something rarely mistyped (gender, a full birth date) weighs
heavily against. The frequencies are measured on the register compared (see
:class:`Rarity`); the remaining constants were checked on ``bench/dedup.py``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz.distance import Indel, JaroWinkler

from ttk_desktop.core.identity import reasons as r
from ttk_desktop.core.identity.features import Features, NameField, sorted_pair

# Share of people registered twice, for the prior odds that two people are one:
# 1 % of N people in duplicate pairs makes 0.02 / N of all N^2/2 pairs.
DUPLICATE_RATE = 0.02
# A name shared by nobody else in a small register is still not proof: rarity and
# the prior are measured as if the register held at least this many people, and
# the birth years and days as if this many more were spread evenly over them.
MIN_POPULATION = 5000
YEARS_SPREAD = 60
NAME_WEIGHT_MIN = 1.0
NAME_WEIGHT_MAX = 12.0
SWAPPED_PENALTY = 0.5
# Field similarity in 0..1 from which a name counts for, not against.
NAME_AGREES = 0.8
SKELETON_SAME = 0.93
BLOCK_SAME = 0.88
NAME_DIFFERENT_MAX = 6.0
# The levels two name fields can agree at, finest first.
SPELLING, SKELETON, BLOCK, DIFFERENT = 0, 1, 2, 3
# P(the two records of one person agree at this level): the same spelling is
# rarer between two registrations than the same skeleton, so the spelling
# level weighs ln(M_SPELLING * N / people spelled so), the skeleton level
# ln(N / people with that skeleton); the larger applies.
M_SPELLING = 0.5
# A skeleton agreement between two Latin spellings is worth more when their
# vowels agree too (Hesel, Hethaal) than when only the consonants do (Hasan,
# Husein): the share of one person's respellings that keep the vowel pattern.
M_SKELETON_VOWELS = 0.5
M_SKELETON_OTHER_VOWELS = 0.1
# Agreeing only on the coarse blocking skeleton (d/t/z merged) is mostly chance.
M_BLOCK = 0.1
# P(the years agree | one person), when one side knows only the year.
M_YEAR = 0.95
# P(the other record knows only the year too | one person, one record does).
M_ALSO_ESTIMATED = 0.5

# ln(P(trait agrees | same person) / P(agrees | two people)), and for disagreement
# ln(P(differs | same person) / P(differs | two people)). Agreement on a birth
# year or day weighs by how common that year or day is in the register (see
# Rarity); these are the disagreements and the other traits.
BIRTH_DAY_MONTH_SWAPPED = 3.0
BIRTH_DAY_DIFFERENT = -1.0
BIRTH_DATE_DIFFERENT = -3.0
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
    """How common each name form, birth year and birth day is in the population compared.

    Fellegi-Sunter u-probabilities measured on the register itself: agreeing on
    a name held by few people (or a year few were born in) is strong evidence,
    agreeing on Mohammed is weak.
    """

    spellings: Mapping[str, int]
    skeletons: Mapping[str, int]
    blocks: Mapping[str, int]
    # Whole names (sorted first/last pairs) at the SPELLING, SKELETON and BLOCK levels.
    whole: tuple[Mapping[tuple[str, str], int], ...]
    years: Counter[int]
    month_days: Counter[tuple[int, int]]
    population: int

    @property
    def prior(self) -> float:
        """Log-odds that two people of this population are one, before any evidence."""
        return math.log(DUPLICATE_RATE / max(self.population, MIN_POPULATION))

    def weight(self, field: NameField) -> float:
        """The log-odds a name agreeing only by its blocking skeleton is worth."""
        return self._name_weight(max(self.blocks.get(block, 0) for block in field.blocks), M_BLOCK)

    def skeleton_weight(self, skeletons: frozenset[str], agree: float = 1.0) -> float:
        """The log-odds of agreeing on (one of) these skeletons."""
        return self._name_weight(max(self.skeletons.get(s, 0) for s in skeletons), agree)

    def spelling_weight(self, field: NameField) -> float:
        """The log-odds of the same spelling: the rarer of spelling and skeleton levels."""
        spelled = self._name_weight(self.spellings.get(field.fine, 0), M_SPELLING)
        return max(spelled, self.skeleton_weight(field.skeletons))

    def whole_name_weight(self, level: int, first: NameField, last: NameField) -> float:
        """The most a whole name agreeing at ``level`` is worth, from how many others hold it.

        First and last names are not independent (Turkish first names go with
        Turkish family names; a family names its sons alike), so the sum of the
        two fields' weights can overstate a whole name that many people share.
        The two people compared are left out of the count: a whole name held by
        nobody else is as rare as its parts make it (an unbounded weight). An
        agreement at a finer level is worth at least one at a coarser level.
        """
        return max(
            self._whole_name_weight(coarser, first, last) for coarser in range(level, BLOCK + 1)
        )

    def _whole_name_weight(self, level: int, first: NameField, last: NameField) -> float:
        if level == SPELLING:
            keys = [sorted_pair(first.fine, last.fine)]
        else:
            one, other = (
                (first.skeletons, last.skeletons)
                if level == SKELETON
                else (first.blocks, last.blocks)
            )
            keys = [sorted_pair(x, y) for x in one for y in other]
        others = max(self.whole[level].get(key, 0) for key in keys) - 2
        if others <= 0:
            return math.inf
        agree = M_SPELLING if level == SPELLING else 1.0
        return max(NAME_WEIGHT_MIN, math.log(agree * max(self.population, MIN_POPULATION) / others))

    def _name_weight(self, count: int, agree: float = 1.0) -> float:
        ratio = agree * max(self.population, MIN_POPULATION) / max(1, count)
        return min(NAME_WEIGHT_MAX, max(NAME_WEIGHT_MIN, math.log(ratio)))

    def year_weight(self, year: int) -> float:
        """The log-odds of the same birth year (when one side knows only the year)."""
        dated = self.years.total() + MIN_POPULATION
        share = (self.years.get(year, 0) + MIN_POPULATION / YEARS_SPREAD) / dated
        return math.log(M_YEAR / share)

    def both_estimated_weight(self) -> float:
        """The log-odds of both records knowing only the year.

        Someone registered without papers at one office often has none at the
        other either: P(both | one person) = share * M_ALSO_ESTIMATED, against
        share ** 2 for two people, the share measured on the register.
        """
        dated = self.years.total() + MIN_POPULATION
        share = (dated - self.month_days.total() - MIN_POPULATION / 2) / dated
        return max(0.0, math.log(M_ALSO_ESTIMATED / max(share, M_ALSO_ESTIMATED / 20)))

    def date_weight(self, year: int, month_day: tuple[int, int]) -> float:
        """The log-odds of the same full birth date: the year's weight and the day's."""
        dated = self.month_days.total() + MIN_POPULATION
        share = (self.month_days.get(month_day, 0) + MIN_POPULATION / 365) / dated
        return self.year_weight(year) - math.log(M_YEAR) - math.log(share)


def field_evidence(x: NameField, y: NameField, rarity: Rarity) -> tuple[float, str, int]:
    """The log-odds two name fields give, the reason code they earn and the level they agree at.

    The weight of an agreement is that of the finest level the two agree at:
    the same spelling, the same skeleton, the same blocking skeleton, or a
    fuzzy similarity that scales the blocking weight down.
    """
    if x.script == y.script:
        if x.fine == y.fine:
            return rarity.spelling_weight(x), r.NAME_SAME, SPELLING
        fuzzy = JaroWinkler.normalized_similarity(x.fine, y.fine)
        kind = r.NAME_TRANSLITERATED
    else:
        fuzzy, kind = 0.0, r.NAME_SCRIPT
    common = x.skeletons & y.skeletons
    if common:
        if x.vowels is None or y.vowels is None:  # Arabic script writes no short vowels
            agree = 1.0
        else:
            agree = M_SKELETON_VOWELS if x.vowels == y.vowels else M_SKELETON_OTHER_VOWELS
        return rarity.skeleton_weight(common, agree), kind, SKELETON
    if not x.blocks.isdisjoint(y.blocks):
        similarity = max(fuzzy, BLOCK_SAME)
    else:
        skeleton = max(Indel.normalized_similarity(a, b) for a in x.skeletons for b in y.skeletons)
        similarity = max(fuzzy, 0.9 * skeleton)
        if similarity < NAME_AGREES:
            return _name_evidence(similarity, 0.0), r.NAME_DIFFERENT, DIFFERENT
        kind = r.NAME_SIMILAR
    weight = min(rarity.weight(x), rarity.weight(y))
    return _name_evidence(similarity, weight), kind, BLOCK


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
                evidence1, kind1, level1 = field_evidence(first_a, x1, rarity)
                evidence2, kind2, level2 = field_evidence(last_a, x2, rarity)
                evidence = evidence1 + evidence2
                level = max(level1, level2)
                if level < DIFFERENT:
                    evidence = min(evidence, rarity.whole_name_weight(level, first_a, last_a))
                if swapped:
                    evidence -= SWAPPED_PENALTY
                if evidence > best:
                    best = evidence
                    kind = min(kind1, kind2, key=_KIND_ORDER.index)
                    codes = [r.NAME_SWAPPED, kind] if swapped else [kind]
    return (best if best > -math.inf else 0.0), codes


def birth(a: Features, b: Features, rarity: Rarity) -> tuple[float, str | None]:
    """Evidence of the birth dates: a full date against a year only compares the years."""
    if a.year is None or b.year is None:
        return 0.0, None
    if a.year != b.year:
        if (a.month_day is None or b.month_day is None) and abs(a.year - b.year) == 1:
            return BIRTH_YEAR_NEXT, r.BIRTH_YEAR_DIFFERENT
        return BIRTH_YEAR_DIFFERENT, r.BIRTH_YEAR_DIFFERENT
    if a.month_day is None and b.month_day is None:
        return rarity.year_weight(a.year) + rarity.both_estimated_weight(), r.BIRTH_YEAR_SAME
    if a.month_day is None or b.month_day is None:
        return rarity.year_weight(a.year), r.BIRTH_YEAR_SAME
    if a.month_day == b.month_day:
        return rarity.date_weight(a.year, a.month_day), r.BIRTH_DATE_SAME
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
        birth(a, b, rarity),
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
