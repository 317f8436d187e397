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
from dataclasses import dataclass
from functools import lru_cache

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
_JOINED_ARTICLE = re.compile(r"^[ae]l(?=[b-df-hj-np-tv-z][a-z]{3})")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_SEPARATORS = re.compile(r"[-'’`ʼʻ_.,/]+")
_NOT_LATIN = re.compile(r"[^a-z]")
_VOWELS = frozenset("aeiou")
# Coarser classes for blocking only: Ramazan/Ramadan, Rıza/Reda, Kazım/Kadhim.
_COARSE = str.maketrans({"z": "d", "t": "d"})


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name in the forms the matcher compares.

    Attributes:
        script: :data:`LATIN` or :data:`ARABIC`.
        canon: the folded word with articles and compounds made canonical
            (``abdrahman``, ``hasan``, ``رحمن``): compared within one script.
        skeleton: the Latin consonant skeleton, the same across scripts.
        alternative: for Arabic, the skeleton with each letter spelled alone
            (هتهيط as Hitehit, not as "th"); else the skeleton again.
    """

    script: str
    canon: str
    skeleton: str
    alternative: str


def coarse(skeleton: str) -> str:
    """The blocking form of a skeleton (d/t/z merged)."""
    return skeleton.translate(_COARSE)


def name_words(text: str | None) -> tuple[NameWord, ...]:
    """The words of one name field, articles dropped and compounds joined."""
    return _name_words(text or "")


@lru_cache(maxsize=131072)
def _name_words(text: str) -> tuple[NameWord, ...]:
    # Hyphens and apostrophes separate an article from its word before fold() drops them.
    words = [w for w in fold(_SEPARATORS.sub(" ", text)).split(" ") if w]
    words = _join_compounds(words)
    out: list[NameWord] = []
    for word in words:
        if _ARABIC_LETTER.search(word):
            canon = _canon_arabic(word)
            skeleton = _skeleton(_arabic_latin(canon))
            alternative = _skeleton(_arabic_latin(canon, letter_by_letter=True))
            script = ARABIC
        else:
            canon = _canon_latin(_NOT_LATIN.sub("", word))
            skeleton = alternative = _skeleton(canon)
            script = LATIN
        if canon:
            out.append(NameWord(script, canon, skeleton, alternative))
    return tuple(out)


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
    match = _ABD_LATIN.match(word)
    if match:
        return "abd" + word[match.end() :]
    word = _DIN_LATIN.sub("din", word)
    return _JOINED_ARTICLE.sub("", word)


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
    if letter_by_letter:
        letters = [_digraphs(letter) if len(letter) > 1 else letter for letter in letters]
    if word[:1] == "و":
        letters[0] = "w"
    elif word[:1] == "ي":
        letters[0] = "y"
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
    if not word:
        return ""
    starts_with_vowel = word[0] in _VOWELS
    consonant_y = word[0] == "y" and word[1:2] in _VOWELS
    body = word[1:] if consonant_y else word
    body = _digraphs(body.replace("y", "i"))
    if consonant_y:
        body = "y" + body
    if len(body) > 2 and body.endswith("h"):
        body = body[:-1]
    kept = [char for char in body[1:] if char not in _VOWELS and char != "v"]
    head = "a" if starts_with_vowel else body[:1]
    skeleton = re.sub(r"(.)\1+", r"\1", head + "".join(kept))
    if len(skeleton) > 1 and skeleton.endswith("t"):
        skeleton = skeleton[:-1] + "d"
    return skeleton


def _digraphs(text: str) -> str:
    for old, new in DIGRAPHS:
        text = text.replace(old, new)
    return text


def fine_latin(canon: str) -> str:
    """A Latin word with vowels kept but spelling conventions unified (for fuzzy scores)."""
    return _fine_latin(canon)


@lru_cache(maxsize=131072)
def _fine_latin(canon: str) -> str:
    word = _digraphs(canon.replace("y", "i"))
    if len(word) > 2 and word.endswith("h"):
        word = word[:-1]
    return re.sub(r"(.)\1+", r"\1", word)
