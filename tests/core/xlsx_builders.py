"""Build real .xlsx files with openpyxl for the importer tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

Rows = Sequence[Sequence[Any]]


def write_xlsx(path: Path, sheets: dict[str, Rows]) -> Path:
    """A workbook with one sheet per entry; each row is a list of cell values.

    ``None`` leaves a cell empty; dates and numbers are written as real Excel
    values, strings as text.
    """
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def fill_template(template: Path, out: Path, sheets: dict[str, Rows]) -> Path:
    """Append data rows below the headers of the template's sheets and save as ``out``."""
    from openpyxl import load_workbook

    book = load_workbook(template)
    for name, rows in sheets.items():
        sheet = book[name]
        for row in rows:
            sheet.append(list(row))
    book.save(out)
    return out
