"""Duplicate people (#14): what the evidence is worth, measured on the register itself.

Each test compares two pairs that differ in one thing only, so that it fails
if the rule that tells them apart is taken away.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import replace

from ttk_desktop.core.identity import PersonRecord, find_candidates
from ttk_desktop.core.identity.translit import name_words

YEAR_ONLY = {"birth_date": dt.date(1984, 1, 1), "birth_date_estimated": True}


def person(uuid: str, first: str, last: str, **values: object) -> PersonRecord:
    base: dict[str, object] = {
        "office": "IST",
        "external_id": f"P{uuid}",
        "gender": "male",
        "birth_date": dt.date(1984, 3, 9),
        "nationality": "SY",
        "phone": None,
    }
    base.update(values)
    return PersonRecord(uuid, first_name=first, last_name=last, **base)  # type: ignore[arg-type]


def others(size: int = 60) -> list[PersonRecord]:
    """Unrelated people with names of their own, born in many years."""
    return [
        person(
            f"x{n}",
            ["Ibrahim", "Yasin", "Kerim", "Tarek", "Samer", "Firas"][n % 6],
            f"Zq{n:03d}",
            birth_date=dt.date(1950 + n % 50, 1 + n % 12, 1 + n % 28),
        )
        for n in range(size)
    ]


def pair_score(a: PersonRecord, b: PersonRecord, register: list[PersonRecord]) -> float:
    (pair,) = [c for c in find_candidates([a, b, *register], min_score=0.0) if {c.a, c.b} == {a, b}]
    return pair.score


def test_arabic_letters_that_spell_a_digraph_meet_the_latin_spelled_letter_by_letter() -> None:
    """هتهيط is Hitehit as well as "Hsd" (ت then ه is not th); دهوم is Dihum, not "Zm"."""
    for arabic, latin in (("هتهيط", "Hitehit"), ("دهوم", "Dihum"), ("جغتح", "Djeğateh")):
        (word,) = name_words(arabic)
        (spelled,) = name_words(latin)
        assert spelled.skeleton in (word.skeleton, word.alternative), (arabic, latin)


def test_an_article_joined_before_a_vowel_is_dropped() -> None:
    """AlOmar and AlÖmer are Al-Omar; Alper, Elif and Aliye keep their first letters."""
    assert [w.skeleton for w in name_words("AlOmar")] == ["amr"]
    assert [w.skeleton for w in name_words("AlÖmer")] == ["amr"]
    assert [w.canon for w in name_words("Alper Elif Aliye")] == ["alper", "elif", "aliye"]


def test_the_same_spelling_weighs_more_than_another_spelling_of_the_same_name() -> None:
    """Khatib/Khatib is a rarer agreement than Khatib/Khateeb (both give the skeleton htb)."""
    register = [*others(), person("h1", "Yasin", "Hattab"), person("h2", "Samer", "Hattab")]
    a = person("a", "Omar", "Khatib", **YEAR_ONLY)
    same = person("b", "Omar", "Khatib", office="GAZ")
    respelled = replace(same, last_name="Khateeb")
    assert pair_score(a, same, register) > pair_score(a, respelled, register)


def test_a_skeleton_agreement_weighs_more_when_the_vowels_agree_too() -> None:
    """Hasan/Hasen are one name spelled twice; Hasan/Husein are two names (skeleton hsn)."""
    a = person("a", "Hasan", "Qutaybi", **YEAR_ONLY)
    same_vowels = person("b", "Hasen", "Qutaybi", office="GAZ")
    other_vowels = replace(same_vowels, first_name="Husein")
    assert pair_score(a, same_vowels, others()) > pair_score(a, other_vowels, others())


def test_a_whole_name_many_others_hold_weighs_less_than_its_parts() -> None:
    """Murat and Tunören are each as common in both registers; only in one is
    Murat Tunören itself common (Turkish first names go with Turkish family names)."""
    a = person("a", "Murat", "Tunören", nationality="TR", **YEAR_ONLY)
    b = person("b", "Murat", "Tunören", nationality="TR", office="GAZ")
    born = [dt.date(1950 + n, 6, 1) for n in range(30)]
    together = [
        person(f"t{n}", "Murat", "Tunören", nationality="TR", birth_date=day)
        for n, day in enumerate(born)
    ]
    apart = [
        person(f"m{n}", "Murat", f"Zq{n:03d}", nationality="TR", birth_date=day)
        for n, day in enumerate(born)
    ] + [
        person(f"u{n}", f"Yq{n:03d}", "Tunören", nationality="TR", birth_date=day)
        for n, day in enumerate(born)
    ]
    padding = others(30)  # both registers the same size
    assert pair_score(a, b, together + padding) < pair_score(a, b, apart)


def test_a_birth_year_weighs_by_how_many_in_the_register_were_born_that_year() -> None:
    """The same year-only agreement is stronger in a year few people were born in."""
    a = person("a", "Walid", "Qutaybi", **YEAR_ONLY)
    b = person("b", "Walid", "Qutaybi", office="GAZ")
    crowd_1984 = [
        person(f"y{n}", "Samer", f"Zq{n:03d}", birth_date=dt.date(1984, 1 + n % 12, 1 + n % 28))
        for n in range(400)
    ]
    crowd_1960 = [replace(p, birth_date=p.birth_date.replace(year=1960)) for p in crowd_1984]  # type: ignore[union-attr]
    assert pair_score(a, b, crowd_1984) < pair_score(a, b, crowd_1960)


def test_two_year_only_dates_are_more_alike_than_a_year_and_a_full_date() -> None:
    """Someone without papers at one office often has none at the other; a full
    date against a year-only one is not held against the pair either."""
    a = person("a", "Walid", "Qutaybi", **YEAR_ONLY)
    both = person("b", "Walid", "Qutaybi", office="GAZ", **YEAR_ONLY)
    one = replace(both, birth_date=dt.date(1984, 3, 9), birth_date_estimated=False)
    assert pair_score(a, both, others()) > pair_score(a, one, others()) > 0.5


def test_a_run_leaves_the_cycle_collector_as_it_found_it() -> None:
    """The collector is paused during a run (speed) and switched back on after it."""
    people = [person("a", "Walid", "Qutaybi"), person("b", "Walid", "Qutaybi"), *others()]
    assert gc.isenabled()
    find_candidates(people)
    assert gc.isenabled()
    gc.disable()
    try:
        find_candidates(people)
        assert not gc.isenabled()
    finally:
        gc.enable()
