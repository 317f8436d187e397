"""Characters a stored text may hold, and how a message shows a value safely.

One rule for the forms (through :mod:`ttk_desktop.core.validation` and the
services) and for the import's fast path (issue #11). Text fields refuse:

- C0 and C1 control characters and DEL (NUL, BEL, ESC sequences that clear a
  terminal); one-line fields refuse tab and line breaks too, multi-line fields
  (notes, a group's description) keep line feed and tab (a CR LF pair counts as
  one line break, a lone CR does not);
- bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
  make ``C007`` + U+202E look like ``C007`` and reorder what follows;
- zero-width spaces and byte-order marks: U+200B, U+FEFF, U+2060 (word joiner,
  the invisible no-break space that replaced U+FEFF in that role; no script
  needs it in a name), U+180E and the other invisible format characters listed
  in ``_HIDDEN``, and line/paragraph separators;
- lone surrogates (a broken file's half characters, which SQLite cannot store).

Kept: U+200C (zero-width non-joiner), which Persian and Kurdish names need
(``می‌خواهم``), and U+200D (zero-width joiner), which shapes letters in Arabic
and Indic scripts and joins emoji; both only change how neighbouring letters
are drawn, never their order or what the text says. LRM/RLM marks (U+200E/F),
which Arabic keyboards type, are kept in names too.

Register ids are keys: they keep only characters Python calls printable, so no
invisible character of any kind (not even U+200C) can make a second ``C007``.

Text is stored NFC-normalized, so a name typed with combining accents (NFD,
as macOS files and some web forms give it) is the same name as the composed one.

:func:`printable` is for messages: every message that quotes a value from a
user or a file escapes what cannot be printed (``\\x1b``, ``\\u202e``), so an
error quoting a cell never clears a terminal or turns a sentence around.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from ttk_desktop.core.i18n import translate


class TextKind(Enum):
    """What a field holds: one line, several lines, or a register id (a key)."""

    ONE_LINE = "one_line"
    MULTI_LINE = "multi_line"
    IDENT = "ident"


ONE_LINE = TextKind.ONE_LINE
MULTI_LINE = TextKind.MULTI_LINE
IDENT = TextKind.IDENT

# Fields (participants' notes, groups' description) that may hold several lines.
MULTI_LINE_FIELDS = frozenset({"notes", "description"})

# Invisible characters refused in every text besides the controls: bidi
# embeddings/overrides/isolates, zero-width space, word joiner and invisible
# operators, Mongolian vowel separator, deprecated format characters, BOM,
# interlinear annotations, line/paragraph separators, reversed BOM, surrogates.
_HIDDEN = (
    "\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\u180e\u206a-\u206f\ufeff"
    "\ufff9-\ufffb\u2028\u2029\ufffe\ud800-\udfff"
)
_REFUSED_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_HIDDEN}]")
_REFUSED_MULTI_LINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_HIDDEN}]|\r(?!\n)")
_REFUSED = {ONE_LINE: _REFUSED_ONE_LINE, MULTI_LINE: _REFUSED_MULTI_LINE}

# What printable() escapes: every control, format, separator and surrogate
# character except the plain space and the two joiners names need.
_KEEP_IN_MESSAGES = frozenset("\u200c\u200d")


def refused_char(text: str, kind: TextKind = ONE_LINE) -> int | None:
    """Index of the first character ``text`` may not hold as ``kind``, or None.

    The common case costs one C-level ``str.isprintable()`` call (true for
    names in any script); only text holding a non-printable character is
    searched with the kind's regex.
    """
    if text.isprintable():
        return None
    if kind is IDENT:
        return next(i for i, char in enumerate(text) if not char.isprintable())
    match = _REFUSED[kind].search(text)
    return None if match is None else match.start()


def text_problem(text: str | None, what: str, kind: TextKind = ONE_LINE) -> str | None:
    """A message naming the field ``what`` and the refused character, or None if clean.

    Args:
        text: the value as typed or read from the cell.
        what: the field as the user knows it (a form label or the column header).
        kind: one line, several lines, or a register id.
    """
    if not text:
        return None
    index = refused_char(text, kind)
    if index is None:
        return None
    char = text[index]
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return translate(
        "Validation",
        'The field "{field}" holds a character that cannot be seen or that changes how the '
        'text reads: {character} at position {position} of "{value}". Delete it (type the '
        "text again) and try again.",
        field=printable(what),
        character=f"{code} {name}" if name else code,
        position=index + 1,
        value=printable(text),
    )


def store_form(text: str, kind: TextKind = ONE_LINE) -> str:
    """``text`` as stored: NFC-normalized, line breaks as LF in multi-line fields.

    Call it on text :func:`text_problem` accepted (trimmed by the caller).
    """
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if kind is MULTI_LINE and "\r" in text:
        text = text.replace("\r\n", "\n")
    return text


def stored_text(text: str | None, kind: TextKind = ONE_LINE) -> str | None:
    """Trimmed text in its stored form (:func:`store_form`); empty becomes None."""
    if text is None:
        return None
    text = text.strip()
    return store_form(text, kind) if text else None


def _escape(char: str) -> str:
    code = ord(char)
    if char in "\t\n\r":
        return {"\t": "\\t", "\n": "\\n", "\r": "\\r"}[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(value: object) -> str:
    """``str(value)`` with every character that cannot be printed shown as an escape.

    ESC becomes ``\\x1b``, a right-to-left override ``\\u202e``, a newline
    ``\\n``; letters of every script, the space, U+200C and U+200D stay as they
    are. Use it wherever a message quotes a value from a user or a file.
    """
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or char in _KEEP_IN_MESSAGES else _escape(char) for char in text
    )
