"""Search folding and transliteration keys (core, no Qt)."""

from __future__ import annotations

import itertools

import pytest

from ttk_desktop.core.textfold import (
    KEY_MARK,
    fold,
    phonetic_key,
    query_tokens,
    search_text,
    sort_key,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Turkish i/I/İ/ı fold together; "İ".lower() would leave a combining dot.
        ("İ", "i"), ("I", "i"), ("ı", "i"), ("i", "i"), ("İSTANBUL", "istanbul"),
        ("ışık", "isik"), ("IŞIK", "isik"), ("Işıl", "isil"),
        ("ŞÇĞÖÜ şçğöü", "scgou scgou"), ("âîû ÂÎÛ", "aiu aiu"), ("Hüseyin", "huseyin"),
        # other Latin diacritics, ligatures, sharp s
        ("Crème Brûlée", "creme brulee"), ("Ñandú", "nandu"), ("Straße", "strasse"),
        ("Ø", "o"), ("ﬁ", "fi"),
        # whitespace and punctuation
        ("  Ali \t  Veli\n", "ali veli"), ("O'Brien", "obrien"), ("Al-Hassan", "alhassan"),
        ("(0532) 123-45-67", "0532 1234567"), ("", ""), (None, ""), ("...", ""),
        # Arabic variants
        ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمنة", "امنه"), ("ٱلله", "الله"),
        ("فاطمة", "فاطمه"), ("مصطفى", "مصطفي"), ("مُحَمَّد", "محمد"), ("سـامي", "سامي"),
        ("مؤمن", "مومن"), ("هانئ", "هاني"), ("رحمٰن", "رحمن"),
        # Persian/Urdu forms
        ("یوسف", "يوسف"), ("کریم", "كريم"),
        # digits of any script become ASCII
        ("٠٥٣٢", "0532"), ("۱۲۳", "123"),
    ],
)  # fmt: skip
def test_fold(raw: str | None, expected: str) -> None:
    assert fold(raw) == expected


def test_fold_never_outputs_key_mark() -> None:
    assert KEY_MARK not in fold(f"a{KEY_MARK}b")


FAMILIES = [
    ["Muhammed", "Mohammed", "Muhammad", "Mohamad", "Mohamed", "Muhammet", "Mehmet", "Mehmed"],
    ["Ahmed", "Ahmad", "Ahmet"],
    ["Hüseyin", "Hussein", "Husein", "Hossein", "Hussain", "HÜSEYİN"],
    ["Fatma", "Fatima", "Fatime", "Fatimah", "FATMA"],
    ["Ali", "ALİ", "Alî"],
    ["Mahmut", "Mahmoud", "Mahmood", "Mahmud"],
    ["Hasan", "Hassan"],
    ["Yusuf", "Youssef", "Yousef"],
    ["Ömer", "Omar", "Umar"],
    ["Osman", "Othman"],
    ["Ayşe", "Aisha", "Aişe"],
    ["Emine", "Amina"],
    ["Halit", "Khalid"],
    ["Kasım", "Qasim"],
    ["Cemal", "Jamal"],
    ["Mustafa", "Moustafa", "Mostafa"],
    ["Zeynep", "Zainab"],
]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family[0])
def test_transliterations_collide(family: list[str]) -> None:
    keys = {phonetic_key(name) for name in family}
    assert len(keys) == 1, dict(zip(family, map(phonetic_key, family), strict=True))
    assert keys != {""}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ahmet", "Mehmet"), ("Fatma", "Ali"), ("Mahmut", "Mehmet"), ("Mahmoud", "Muhammad"),
        ("Hüseyin", "Hasan"), ("Hussein", "Hassan"), ("Yusuf", "Yunus"), ("Ali", "Alper"),
        ("Ömer", "Emre"), ("Ahmet", "Ahu"),
    ],
)  # fmt: skip
def test_different_names_do_not_collide(first: str, second: str) -> None:
    assert phonetic_key(first) != phonetic_key(second)


def test_families_stay_apart() -> None:
    for one, other in itertools.combinations(FAMILIES, 2):
        if {one[0], other[0]} == {"Ali", "Fatma"}:
            continue
        assert phonetic_key(one[0]) != phonetic_key(other[0]), (one[0], other[0])


@pytest.mark.parametrize("raw", ["محمد", "1234", "Ali Veli", "", None, "Мария"])
def test_phonetic_key_only_for_single_latin_words(raw: str | None) -> None:
    assert phonetic_key(raw) == ""


def test_search_text_content() -> None:
    text = search_text("Muhammed", "Al-Hassan", "+90 (532) 123 45 67", "محمد", None, "")
    words = text.split(" ")
    assert len(words) == len(set(words))
    for expected in [
        "muhammed", "alhassan", "al", "hassan", "~mhmd~", "~hsn~", "905321234567", "532", "محمد",
    ]:  # fmt: skip
        assert expected in words
    assert "~~" not in text


def test_search_text_deduplicates() -> None:
    assert search_text("Ali", "ALİ", "ali") == "ali ~al~"


def _matches(query: str, stored: str) -> bool:
    """What the caller does with SQLite instr() for each token."""
    return all(word in stored or (key != "" and key in stored) for word, key in query_tokens(query))


@pytest.mark.parametrize(
    ("query", "parts"),
    [
        ("mehmet", ("Muhammed", "Yılmaz")),
        ("Mohammed yilmaz", ("Mehmet", "YILMAZ")),
        ("ahmad", ("Ahmet", "Kaya")),
        ("hussein", ("Hüseyin", "Demir")),
        ("fatima", ("Fatma", "Öztürk")),
        ("ozturk", ("Fatma", "Öztürk")),
        ("ISIK", ("Işık", "Can")),
        ("işık", ("Isik", "Can")),
        ("muh", ("Muhammed", "Ali")),
        ("احمد", ("Ahmet", "Kaya", "أحمد", "كايا")),
        ("أحمد", ("Ahmet", "Kaya", "احمد", "كايا")),
        ("hasan", ("Muhammed", "Al-Hassan")),
        ("0532 123", ("Ali", "Veli", "0532 123 45 67")),
        ("5321234567", ("Ali", "Veli", "0532 123 45 67")),
    ],
)
def test_queries_find_rows(query: str, parts: tuple[str, ...]) -> None:
    assert _matches(query, search_text(*parts))


@pytest.mark.parametrize(
    ("query", "parts"),
    [
        ("ahmet", ("Mehmet", "Kaya")),
        ("mehmet", ("Mahmut", "Kaya")),
        ("ali", ("Alper", "Kaya")),
        ("hasan", ("Hüseyin", "Demir")),
        ("fatma ali", ("Fatma", "Kaya")),
    ],
)
def test_queries_do_not_find_other_names(query: str, parts: tuple[str, ...]) -> None:
    assert not _matches(query, search_text(*parts))


def test_query_tokens() -> None:
    assert query_tokens("  Mehmet  محمد mehmet ") == [("mehmet", "~mhmd~"), ("محمد", "")]
    assert query_tokens("") == []
    assert query_tokens(None) == []


def test_sort_key() -> None:
    assert sort_key("Öztürk", "Ali") == "ozturk ali"
    assert sort_key("IŞIK", "Ayşe") == sort_key("ışık", "AYŞE")
    assert sort_key(None, "Ali") == "ali"
    names = [("yilmaz", "Can"), ("Çelik", "Ali"), ("Aydın", "Zeynep")]
    assert sorted(names, key=lambda n: sort_key(*n))[0] == ("Aydın", "Zeynep")


def test_ascii_fast_path_folds_exactly_like_the_general_case() -> None:
    """fold() takes a shortcut for ASCII text (ids, phones); it must agree with the full rule."""
    from ttk_desktop.core.textfold import _fold_unicode

    every_char = "".join(chr(c) for c in range(128))
    samples = [every_char, "K000001", "Al-Hassan", "  O'Brien_x\tY ", "0532 123 45 67", "I i"]
    samples += [f"a{chr(c)}b" for c in range(128)]
    for text in samples:
        assert fold(text) == _fold_unicode(text), repr(text)


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("K000001", "k000001"),
        ("K1234567", "k1234567 1234567"),
        ("ab12cd3456789", "ab12cd3456789 123456789"),
    ],
)
def test_register_ids_are_searchable_whole_and_by_their_digits(part: str, expected: str) -> None:
    assert search_text(part) == expected
