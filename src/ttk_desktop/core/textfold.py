"""Search folding: make stored names match the way staff type them.

Staff type Turkish names on keyboards without Turkish letters, Arabic names with
or without hamza and harakat, and the same Arabic name in Turkish, English or
French transliteration (Mehmet, Muhammed, Mohammed). SQLite cannot do this at
query time (``LOWER``/``LIKE`` know nothing of dotless ı), so each participant
stores a pre-folded ``search_text`` column built by :func:`search_text`, and a
typed query is cut into :func:`query_tokens` matched against it with ``instr()``.

Phonetic keys are stored wrapped in :data:`KEY_MARK` (``~mhmd~``) so that a
query's key only matches a whole stored key, never a fragment of a longer one;
prefix matching while typing is the folded text's job.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Wraps a phonetic key inside search_text; fold() never outputs it.
KEY_MARK = "~"

# Applied before lowercasing: Python lowercases "İ" to "i" + combining dot and
# "I" to "i", which is wrong for Turkish and useless for search.
_PRE_LOWER = str.maketrans({"İ": "i", "I": "i", "ı": "i"})

# Letters NFKD does not decompose (or decomposes to something unhelpful).
_LETTER_MAP = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        # Arabic letter variants typed interchangeably.
        "ٱ": "ا",  # alef wasla
        "ة": "ه",  # teh marbuta
        "ى": "ي",  # alef maksura
        "ی": "ي",  # Persian/Urdu yeh
        "ۍ": "ي",
        "ې": "ي",
        "ک": "ك",  # keheh
        "ڪ": "ك",
        "ە": "ه",  # Kurdish ae
        "ۀ": "ه",
        "ـ": None,  # tatweel (kashida), decorative only
    }
)

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]|_")
_LATIN_WORD = re.compile(r"^[a-z]+$")
_NUMBER_LIKE = re.compile(r"^[0-9 +()\-./]*$")
# What fold() drops from ASCII text: everything but letters, digits and whitespace.
_ASCII_DROP = re.compile(r"[^a-z0-9\s]")


def fold(text: str | None) -> str:
    """Case-, accent- and variant-insensitive form of ``text`` used for search keys.

    Names repeat a lot across a register, so results are cached (imports of
    100,000 rows fold the same few thousand names over and over).
    """
    if not text:
        return ""
    return _fold_cached(str(text))


@lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    """Fold one text (see :func:`fold`).

    Turkish dotted/dotless i fold together, other Latin diacritics are stripped,
    Arabic hamza carriers, teh marbuta, alef maksura, Persian yeh/keheh, tatweel
    and harakat are unified, any script's digits become ASCII, punctuation is
    dropped and whitespace collapsed.
    """
    if not text:
        return ""
    if text.isascii():  # ids, phones, most Latin names: nothing to decompose
        return _SPACES.sub(" ", _ASCII_DROP.sub("", text.lower())).strip()
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    """The general case of :func:`_fold_cached`, for any script."""
    text = str(text).translate(_PRE_LOWER).casefold().translate(_LETTER_MAP)
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(char)
        if category == "Mn":  # accents, hamza above/below, harakat, superscript alef
            continue
        if category == "Nd":
            out.append(str(unicodedata.decimal(char)))
        elif category[0] in "LN":
            out.append(char)
        elif char.isspace():
            out.append(" ")
    # NFKD can reintroduce letters the first pass mapped (e.g. from ligatures).
    folded = "".join(out).translate(_LETTER_MAP)
    return _SPACES.sub(" ", folded).strip()


# Spelling conventions of Turkish, English and French transliteration of the
# same sounds, collapsed before vowels are reduced. Order matters.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("sch", "s"),
    ("tch", "c"),
    ("dj", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("th", "s"),  # Arabic tha: Othman/Osman
    ("dh", "z"),  # Arabic dhal: Ramadhan/Ramazan
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ck", "k"),
    ("w", "v"),
    ("q", "k"),
    ("x", "ks"),
    ("j", "c"),
)
_VOWELS = frozenset("aeiou")
_VOWEL_CLASS = {"a": "a", "e": "a", "i": "i", "o": "u", "u": "u"}
_FINAL_DEVOICE = {"t": "d", "p": "b"}


def phonetic_key(text: str | None) -> str:
    """Cached :func:`_phonetic_key` (see there)."""
    return _phonetic_key_cached(text or "")


@lru_cache(maxsize=65536)
def _phonetic_key_cached(text: str) -> str:
    return _phonetic_key(text)


def _phonetic_key(text: str | None) -> str:
    """Coarse Latin skeleton of one name so transliteration variants collide.

    Keeps consonants (with spelling variants merged: kh/h, q/k, w/v, j/c, final
    t/d), the class of an initial vowel (a/e, i/y, o/u), an ``i`` for diphthongs
    (Hüseyin/Hussein vs Hasan) and an ``u`` in a closing syllable after two
    consonants (Mahmut vs Mehmet). So Muhammed, Mohammed, Mohamad and Mehmet
    give ``mhmd``; Ahmet/Ahmed/Ahmad ``ahmd``; Fatma/Fatima/Fatime ``ftm``.

    Returns "" for text that is not a single Latin-script word after folding
    (Arabic script, digits, several words).
    """
    word = fold(text)
    if not _LATIN_WORD.match(word):
        return ""
    head, rest = word[0], word[1:]
    if head == "y" and rest[:1] in _VOWELS:
        head = "Y"  # consonant y (Yusuf); protected from the y -> i step below
    word = (head + rest).replace("y", "i").lower()
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _collapse_doubles(word)
    # h after a consonant is a transliteration artefact (Abdulhamit), and a final
    # h after a vowel is silent (Fatimah, Abdullah, Aisha/Ayşe).
    word = re.sub(r"(?<=[^aeiouh])h", "", word)
    if len(word) > 1 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    return _reduce_vowels(_collapse_doubles(word))


def _collapse_doubles(word: str) -> str:
    """Muhammed/Muhamed, Hussein/Husein, Yassin/Yasin spell the same sounds."""
    return re.sub(r"(.)\1+", r"\1", word)


def _reduce_vowels(word: str) -> str:
    """Drop vowels except the telling ones (see :func:`phonetic_key`)."""
    groups = re.findall(r"[aeiou]+|[^aeiou]+", word)
    out: list[str] = []
    for index, group in enumerate(groups):
        if group[0] not in _VOWELS:
            out.append(group)
        elif index == 0:
            out.append(_VOWEL_CLASS[group[0]])
        elif len(group) > 1 and "i" in group:
            out.append("i")
        elif group in ("u", "o") and index == len(groups) - 2 and len(groups[index - 1]) >= 2:
            # Closing syllable after a consonant cluster: Mah-mut, Man-sur.
            out.append("u")
    key = "".join(out)
    if len(key) > 1 and key[-1] in _FINAL_DEVOICE:
        key = key[:-1] + _FINAL_DEVOICE[key[-1]]
    return key


def _wrap(key: str) -> str:
    return f"{KEY_MARK}{key}{KEY_MARK}" if key else ""


def search_text(*parts: str | None) -> str:
    """Value of a participant's ``search_text`` column.

    The folded words of every part, the wrapped phonetic key of each Latin word
    and, for phone-like parts, the digits alone; space-joined and deduplicated.
    """
    terms: list[str] = []
    for part in parts:
        if part:
            text = part if part.__class__ is str else str(part)
            # Names repeat (an import folds the same few thousand again and again).
            known = _WORD_TERMS.get(text)
            terms += known if known is not None else _part_terms(text)
    seen = dict.fromkeys(terms)
    seen.pop("", None)
    return " ".join(seen)


# Terms of name-like parts (bounded); phones and ids are unique and cheap, so never kept.
_WORD_TERMS: dict[str, tuple[str, ...]] = {}
_WORD_TERMS_LIMIT = 65536
# _NUMBER_LIKE's "$" also matches before a final newline, so "\n" is listed too.
_NUMBER_SEPARATORS = str.maketrans(dict.fromkeys(" +()-./\n"))
_NUMBER_PUNCT_TO_SPACE = str.maketrans("+()-./", "      ")
_ASCII_LETTERS = str.maketrans(dict.fromkeys("abcdefghijklmnopqrstuvwxyz"))


def _part_terms(part: str) -> tuple[str, ...]:
    """The search terms of one field: folded words, digits, phonetic keys.

    Terms may repeat: :func:`search_text` keeps the first of each.
    """
    if part.isascii():
        compact = part.replace(" ", "")
        if compact.isdigit():  # the usual phone: digits and spaces
            words = part.split()
            return (*words, compact) if len(compact) >= 7 else tuple(words)
        if part.isalnum() and not part.isalpha():  # register ids: K000123
            word = part.lower()
            digits = word.translate(_ASCII_LETTERS)  # ASCII letters and digits only
            return (word, digits) if len(digits) >= 7 else (word,)
    if _NUMBER_LIKE.match(part):  # other phones: no letters, so no keys to build
        # Only ASCII digits and these separators here: drop them for the digits;
        # punctuation splits words.
        digits = part.translate(_NUMBER_SEPARATORS)
        words = part.translate(_NUMBER_PUNCT_TO_SPACE).split() or [""]
        return (*words, digits) if len(digits) >= 7 else tuple(words)
    terms = _WORD_TERMS.get(part)
    if terms is None:
        terms = _word_terms(part)
        if len(_WORD_TERMS) >= _WORD_TERMS_LIMIT:
            _WORD_TERMS.clear()  # start over rather than keep only the first names seen
        _WORD_TERMS[part] = terms
    return terms


def _word_terms(part: str) -> tuple[str, ...]:
    """Terms of a part with letters (see :func:`_part_terms`)."""
    folded = fold(part)
    if not folded:
        return ()
    terms: dict[str, None] = {}
    words = folded.split(" ")
    # "Al-Hassan" is stored as "alhassan" and also as "al" + "hassan", so
    # both "alhas" and "Hasan" (by key) find it.
    split = fold(_PUNCT.sub(" ", part)).split(" ")
    for word in words + split:
        terms.setdefault(word)
    digits = "".join(_DIGITS.findall(folded))
    if len(digits) >= 7 and digits != folded:
        terms.setdefault(digits)
    for word in words + split:
        key = _wrap(phonetic_key(word))
        if key:
            terms.setdefault(key)
    return tuple(terms)


def query_tokens(query: str | None) -> list[tuple[str, str]]:
    """Tokens of a typed search: (folded word, wrapped phonetic key or "").

    A row matches when, for every token, the folded word or the key is a
    substring of its ``search_text``. Arabic-script words get no key.
    """
    tokens: dict[tuple[str, str], None] = {}
    for word in fold(query).split(" "):
        if word:
            tokens.setdefault((word, _wrap(phonetic_key(word))))
    return list(tokens)


def sort_key(last_name: str | None, first_name: str | None) -> str:
    """Case- and accent-insensitive "last first" key for alphabetical lists."""
    return f"{fold(last_name)} {fold(first_name)}".strip()
