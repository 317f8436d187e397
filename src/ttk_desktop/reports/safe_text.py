"""Keep names typed by people from running as formulas in Excel or a CSV reader.

A group called ``=HYPERLINK("http://evil", "click")`` written as-is into a CSV
file becomes a live formula when the file is opened in Excel or LibreOffice
(CSV/formula injection, OWASP). Text that starts with one of the trigger
characters is therefore written as text: in CSV with a leading apostrophe
(which spreadsheet programs hide and treat as "this is text"), in Excel by
setting the cell's data type to string.

A CSV file has a second way in (issue #11): Excel opens a ``.csv`` by
splitting it on the list separator of the Windows region, which in Turkey is
``;`` (the decimal separator being ``,``). Our comma-separated line
``...,"x;=HYPERLINK(...)",...`` is then cut at the ``;`` and the piece after
it, ``=HYPERLINK(...)``, is a formula, whatever the quotes said for commas.
So a trigger is also neutralised wherever a spreadsheet could start a cell
inside the text: after ``;``, ``,``, a tab or a line break (and any quotes or
spaces after them), by the same apostrophe. Where the text is read whole, the
apostrophe shows inside it (``x;'=HYPERLINK(...)``), which only such text pays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# "=", "+", "-", "@" start formulas; tab and carriage return can hide one after them.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
# Where a spreadsheet may start a new cell inside a field's text: a list separator
# of any region (",", ";"), a tab or a line break, then optional quotes and spaces.
_CELL_START = re.compile(r"([,;\t\r\n\u2028\u2029][\s\"]*)(?=[=+\-@])")
_LEADING = re.compile(r"[\s\"]*[=+\-@]")
# Fields holding these are quoted, so that a reader splitting on "," or on ";"
# (or told to use either) keeps them whole.
_NEEDS_QUOTES = re.compile(r"[,;\"\r\n\t]|^\s|\s$")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program could read the start of ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS) or _LEADING.match(text) is not None


def csv_text(value: Any) -> Any:
    """A CSV field: numbers unchanged, risky text marked as text with apostrophes.

    An apostrophe goes before the text when it could start a formula, and
    after every ``;``, ``,``, tab or line break inside it that a formula
    trigger follows (see the module's note on Turkish Excel).
    """
    if not isinstance(value, str):
        return value
    if _CELL_START.search(value) is not None:
        value = _CELL_START.sub(r"\1'", value)
    if looks_like_formula(value):
        return "'" + value
    return value


def csv_field(value: Any) -> str:
    """One field of a CSV line: :func:`csv_text`, quoted when it holds a separator."""
    if value is None:
        return ""
    text = str(csv_text(value))
    if _NEEDS_QUOTES.search(text) is not None:
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_line(values: Iterable[Any]) -> str:
    """A comma-separated line (CR LF ended) that no spreadsheet runs as a formula."""
    return ",".join(csv_field(value) for value in values) + "\r\n"


def set_xlsx_cell(cell: Any, value: Any) -> None:
    """Write ``value`` to an openpyxl cell; text never becomes a formula.

    openpyxl stores a string beginning with ``=`` as a formula, so strings are
    written with the cell's data type forced to string ("s").
    """
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
