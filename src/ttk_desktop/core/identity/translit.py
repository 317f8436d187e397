"""Transliteration tables: one name, whatever its script or spelling, to one skeleton.

Why: the same refugee is registered as Mohammed at one office, Muhammad or
Mehmet at another and محمد at a third; Al-Hassan, Alhasan, El Hasan and Hasan;
Abdulrahman, Abd al-Rahman and Abdurrahman. Arabic writes no short vowels and
Latin romanisations disagree about them, so the comparable part of a name is
its consonants. Both scripts are therefore brought to the same Latin consonant
*skeleton*: Arabic letters through :data:`ARABIC_TO_LATIN` (long vowels become
vowels, which the skeleton drops like Latin ones), Latin spellings through
:data:`DIGRAPHS` (kh/h, sh/s, th/s, dh/z, q/k, j/c, w/v ...). Turkish letters
(ç ğ ı İ ö ş ü) and Arabic letter variants are already unified by
:func:`ttk_desktop.core.textfold.fold`, which every path starts with.

The tables are the project's own and are tested in ``tests/core/test_identity.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ttk_desktop.core.textfold import fold

LATIN = "latin"
ARABIC = "arabic"

# Arabic letters (after fold(): hamza carriers, teh marbuta, alef maksura and
# Persian forms are already unified) as the Latin spelling staff would write.
# Long vowels become vowels, so the skeleton drops them as it drops Latin ones;
# ain and hamza are vowel-like (Saad, Ismail), digraphs meet the Latin ones.
ARABIC_TO_LATIN: dict[str, str] = {
    "ا": "a",
    "ء": "",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "a",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "u",  # a consonant w only at the start (Walid); see _arabic_latin
    "ي": "i",  # a consonant y only at the start (Yusuf)
    "پ": "p",
    "چ": "ch",
    "ژ": "zh",
    "گ": "g",
    "ڤ": "v",
}

# Spelling conventions of Turkish, English and French romanisation of the same
# sounds, applied in order (longest first). French "ch" is Arabic sh (Rachid,
# Aicha); Turkish ç is folded to c before this and is rare in Arabic names.
DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("sch", "s"),
    ("tch", "c"),
    ("dj", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("ph", "f"),
    ("th", "s"),  # Arabic tha: Othman/Osman, Haitham/Heysem
    ("dh", "z"),  # Arabic dhal: Ramadhan/Ramazan
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("j", "c"),  # Jamal/Cemal
    ("w", "v"),
    ("p", "b"),  # no p in Arabic: Recep/Rajab, Habip/Habib
)

# The Arabic article, standalone: "Al Hassan", "El-Hasan", "as-Sayed", "er-Reşit".
ARTICLES = frozenset(
    {"al", "el", "ul", "il"}
    | {v + c for v in "aeu" for c in ("d", "t", "r", "z", "s", "n", "sh", "th", "dh")}
    | {"ال"}
)
# Compound names "servant of ...": Abd al-Rahman, Abdulrahman, Abdurrahman, عبد الرحمن.
ABD_WORDS = frozenset({"abd", "abdu", "abdou", "abdul", "abdel", "abdal", "abdol", "abdoul", "عبد"})
_ABD_LATIN = re.compile(r"^abd(?:ou|u|e|a|o|i)?(?:l|([rsdtzn])(?=\1))?(?=[a-z]{2})")
_ABD_ARABIC = re.compile(r"^عبد(?:ال)?(?=..)")
# "... of the faith": Nur al-Din, Nureddin, Nurettin, Salahaddin, Selahattin -> ...din.
_DIN_LATIN = re.compile(r"(?<=[a-z]{2})(?:[aeiou][ldt]?|)[dt]?[dt](?:in|ine|een|yn)$")
# A joined article before at least four letters (AlHalabi, Elnasser, AlOmar;
# not Alper, Elif, Aliye). A Turkish name that happens to start so (Alihan) loses
# it in every record alike, so its records still meet.
_JOINED_ARTICLE = re.compile(r"^[ae]l(?=[a-z]{4})")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_SEPARATORS = re.compile(r"[-'’`ʼʻ_.,/]+")
_NOT_LATIN = re.compile(r"[^a-z]")
_VOWELS = frozenset("aeiou")
_DOUBLED = re.compile(r"(.)\1+")
_DROP_FROM_SKELETON = str.maketrans("", "", "aeiouv")
_DIN_ENDINGS = ("in", "ine", "een", "yn")
# What fold() drops from ASCII text (it keeps letters, digits and spaces).
_ASCII_DROP = str.maketrans(
    "", "", "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c).isspace()))
)
# Marks a word already spelled letter by letter (see _arabic_latin); never in a folded name.
SPELLED = "#"
# Coarser classes for blocking only: Ramazan/Ramadan, Rıza/Reda, Kazım/Kadhim.
_COARSE = str.maketrans({"z": "d", "t": "d"})


class NameWord(NamedTuple):
    """One word of a name in the forms the matcher compares.

    A named tuple: tens of thousands are made when a register is first read.

    Attributes:
        script: :data:`LATIN` or :data:`ARABIC`.
        canon: the folded word with articles and compounds made canonical
            (``abdrahman``, ``hasan``, ``رحمن``): compared within one script.
        skeleton: the Latin consonant skeleton, the same across scripts.
        alternative: for Arabic, the skeleton with each letter spelled alone
            (هتهيط as Hitehit, not as "th"); else the skeleton again.
        fine: for Latin, the word with vowels kept but spelling conventions
            unified (see :func:`fine_latin`); for Arabic, ``canon``.
        vowels: for Latin, the vowel pattern (see :func:`vowels`); None for
            Arabic, which writes no short vowels.
    """

    script: str
    canon: str
    skeleton: str
    alternative: str
    fine: str = ""
    vowels: str | None = None


def coarse(skeleton: str) -> str:
    """The blocking form of a skeleton (d/t/z merged)."""
    return skeleton.translate(_COARSE)


def name_words(text: str | None) -> tuple[NameWord, ...]:
    """The words of one name field, articles dropped and compounds joined."""
    return _name_words(text or "")


@lru_cache(maxsize=262144)
def _name_words(text: str) -> tuple[NameWord, ...]:
    # Hyphens and apostrophes separate an article from its word before fold() drops them.
    text = _SEPARATORS.sub(" ", text)
    if text.isascii():  # what fold() does to ASCII, without its per-text cache
        words = text.lower().translate(_ASCII_DROP).split()
    else:
        words = [w for w in fold(text).split(" ") if w]
    found = [_word(word) for word in _join_compounds(words)]
    return tuple(word for word in found if word is not None)


@lru_cache(maxsize=262144)
def _word(word: str) -> NameWord | None:
    """The forms of one folded word (cached per word: family names share their words)."""
    if _ARABIC_LETTER.search(word):
        canon = _canon_arabic(word)
        skeleton = _skeleton(_arabic_latin(canon))
        alternative = _skeleton(_arabic_latin(canon, letter_by_letter=True))
        return NameWord(ARABIC, canon, skeleton, alternative, canon, None)
    if not (word.isalpha() and word.isascii()):
        word = _NOT_LATIN.sub("", word)
    canon = _canon_latin(word)
    if not canon:
        return None
    # One pass of the digraph table serves both forms; no digraph holds an i,
    # so an initial consonant y (Yusuf) can be restored after it.
    spelled = _digraphs(canon.replace("y", "i"))
    skeleton = _reduce(
        "y" + spelled[1:] if canon[0] == "y" and canon[1:2] in _VOWELS else spelled,
        starts_with_vowel=canon[0] in _VOWELS,
    )
    return NameWord(LATIN, canon, skeleton, skeleton, _fine(spelled), _vowels(canon))


def _join_compounds(words: list[str]) -> list[str]:
    """Drop standalone articles and join "Abd al X" / "X al-Din" into one word."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        rest = words[index + 1 :]
        if word in ARTICLES and rest:
            index += 1  # "Al Hassan": the article only
            continue
        if word in ABD_WORDS and rest:
            follow = rest[1:] if rest[0] in ARTICLES and len(rest) > 1 else rest
            if follow:
                out.append(("عبد" if word == "عبد" else "abd") + follow[0])
                index = len(words) - len(follow) + 1
                continue
        if word in ("din", "دين", "الدين") and out and index > 0:
            out[-1] += "din" if word == "din" else "دين"
        else:
            out.append(word)
        index += 1
    return out


def _canon_latin(word: str) -> str:
    """Canonical Latin word: one form for compounds, joined article dropped."""
    if word.startswith("abd"):
        match = _ABD_LATIN.match(word)
        if match:
            return "abd" + word[match.end() :]
    if word.endswith(_DIN_ENDINGS):
        word = _DIN_LATIN.sub("din", word)
    if word.startswith(("al", "el")):
        return _JOINED_ARTICLE.sub("", word)
    return word


def _canon_arabic(word: str) -> str:
    """Canonical Arabic word: article dropped, عبد compounds without their article."""
    match = _ABD_ARABIC.match(word)
    if match:
        return "عبد" + word[match.end() :]
    if word.endswith("الدين") and len(word) > 6:
        word = word[:-5] + "دين"
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def _arabic_latin(word: str, *, letter_by_letter: bool = False) -> str:
    """Arabic letters as Latin spelling (initial waw and yeh are consonants).

    Adjacent letters can spell a digraph they are not (ت then ه as "th"), when
    a Latin spelling puts a short vowel between them; ``letter_by_letter``
    resolves each letter's digraph on its own, for the alternative skeleton.
    """
    letters = [ARABIC_TO_LATIN.get(char, "") for char in word]
    if word[:1] == "و":
        letters[0] = "w"
    elif word[:1] == "ي":
        letters[0] = "y"
    if letter_by_letter:
        # Spelled here letter by letter; the skeleton must not join them again.
        return SPELLED + "".join(_digraphs(letter) for letter in letters)
    return "".join(letters)


@lru_cache(maxsize=131072)
def _skeleton(word: str) -> str:
    """Latin consonant skeleton of one word (see the module docstring).

    An initial vowel is kept as ``a`` (Omar, Ömer, Umar and عمر give ``amr``);
    other vowels, medial v/w (Marwan/Mervan/مروان), a final h (Fatimah,
    Abdullah, ة) and doubled letters are dropped; a final t is voiced
    (Ahmet/Ahmed, Mahmut/Mahmoud). So Mohammed, Muhammad, Muhammed, Mehmet,
    Mohamad and محمد all give ``mhmd``.
    """
    spelled = word.startswith(SPELLED)
    word = word.removeprefix(SPELLED)
    if not word:
        return ""
    consonant_y = word[0] == "y" and word[1:2] in _VOWELS
    body = word[1:] if consonant_y else word
    body = body.replace("y", "i")
    if not spelled:
        body = _digraphs(body)
    if consonant_y:
        body = "y" + body
    return _reduce(body, starts_with_vowel=word[0] in _VOWELS)


def _reduce(body: str, *, starts_with_vowel: bool) -> str:
    """The skeleton of a word whose digraphs are already resolved (see :func:`_skeleton`)."""
    if len(body) > 2 and body.endswith("h"):
        body = body[:-1]
    kept = body[1:].translate(_DROP_FROM_SKELETON)
    head = "a" if starts_with_vowel else body[:1]
    skeleton = _DOUBLED.sub(r"\1", head + kept)
    if len(skeleton) > 1 and skeleton.endswith("t"):
        skeleton = skeleton[:-1] + "d"
    return skeleton


def _digraphs(text: str) -> str:
    for old, new in DIGRAPHS:
        text = text.replace(old, new)
    return text


def fine_latin(canon: str) -> str:
    """A Latin word with vowels kept but spelling conventions unified (for fuzzy scores)."""
    return _fine(_digraphs(canon.replace("y", "i")))


def _fine(spelled: str) -> str:
    if len(spelled) > 2 and spelled.endswith("h"):
        spelled = spelled[:-1]
    return _DOUBLED.sub(r"\1", spelled)


# Vowel classes of Latin romanisations: a/e (Arabic fatha and alif, Turkish e),
# i/y/ee (kasra, ya), o/u/ou/oo (damma, waw); every other letter separates runs.
_VOWEL_CLASS = str.maketrans(
    {c: "." for c in "bcdfghjklmnpqrstvwxz"} | dict(zip("aeiouy", "aaiuui", strict=True))
)
_LONG_SPELLINGS = (("ee", "i"), ("oo", "u"), ("ou", "u"))


def vowels(canon: str) -> str:
    """The vowel pattern of a Latin word: each run of vowels as its classes, in order.

    Two Arabic names with the same consonants differ by their vowels (Hasan,
    Husein; Sarut, Siraat); the romanisations of one name agree on them once
    spelling conventions are set aside (Hethaal, Hesel; Aitafoum, Aitafom).
    Scoring uses it to weigh a skeleton agreement; blocking never does.
    """
    return _vowels(canon)


def _vowels(canon: str) -> str:
    word = canon[1:] if canon[:1] == "y" else canon  # Yusuf: a consonant y
    for old, new in _LONG_SPELLINGS:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word.translate(_VOWEL_CLASS)).strip(".")
