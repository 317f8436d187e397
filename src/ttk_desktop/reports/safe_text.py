"""Keep names typed by people from running as formulas in Excel or a CSV reader.

A group called ``=HYPERLINK("http://evil", "click")`` written as-is into a CSV
file becomes a live formula when the file is opened in Excel or LibreOffice
(CSV/formula injection, OWASP). Text that starts with one of the trigger
characters is therefore written as text: in CSV with a leading apostrophe
(which spreadsheet programs hide and treat as "this is text"), in Excel by
setting the cell's data type to string.
"""

from __future__ import annotations

from typing import Any

# "=", "+", "-", "@" start formulas; tab and carriage return can hide one after them.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet program could read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(value: Any) -> Any:
    """A CSV field: numbers unchanged, risky text prefixed with an apostrophe."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def set_xlsx_cell(cell: Any, value: Any) -> None:
    """Write ``value`` to an openpyxl cell; text never becomes a formula.

    openpyxl stores a string beginning with ``=`` as a formula, so strings are
    written with the cell's data type forced to string ("s").
    """
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
