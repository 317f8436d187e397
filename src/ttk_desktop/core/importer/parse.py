"""First pass: turn each sheet's rows into compact, validated tuples.

Nothing here touches the database. Each row becomes one small tuple of parsed
values (no cells are kept, see :mod:`~ttk_desktop.core.importer.rows`); every
problem becomes an :class:`ImportIssue` with the sheet, the row as Excel
numbers it and the column header as written in the file, and parsing goes on
so that one import lists every problem at once.

Cell parsers are memoised per import: registers repeat the same genders,
nationalities, offices and dates thousands of times (participant cells even
skip the form's checks for values already found clean, see
:mod:`~ttk_desktop.core.importer.people`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from ttk_desktop.core import normalize
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.cells import OFFICE_CODE, memo, parse_disability
from ttk_desktop.core.importer.people import ParticipantParser
from ttk_desktop.core.importer.rows import ID_FIELDS, KINDS, IssueList, ParsedSheet
from ttk_desktop.core.importer.sheet import SheetParser
from ttk_desktop.core.textrules import printable

__all__ = ["KINDS", "ParsedSheet", "SheetParser", "WorkbookParser"]


class WorkbookParser:
    """First pass over a workbook: parsed sheets plus every issue found."""

    def __init__(self, file: str, default_office: str | None, today: dt.date) -> None:
        self.issues = IssueList(file)
        self.default_office = default_office or ""
        self.today = today
        self.sheets: list[ParsedSheet] = []
        self.gender = memo(normalize.parse_gender)
        self.nationality = memo(normalize.parse_nationality)
        self.phone = memo(normalize.parse_phone)
        self.group_type = memo(normalize.parse_group_type)
        self.disability = memo(parse_disability)
        self.office = memo(self._parse_office)
        self.lenient_date = memo(lambda v: normalize.parse_date(v, allow_year_only=True))
        self.strict_date = memo(normalize.parse_date)
        self._no_office_reported = False
        # Kinds with a sheet that could not be read at all, and ids of rows refused
        # with an issue: references to them are not reported a second time.
        self.broken: set[str] = set()
        self.rejected: dict[str, set[str]] = {kind: set() for kind in KINDS}
        # (kind, office, id) -> (sheet, row) of its first appearance
        self._seen: dict[tuple[str, str, str], tuple[str, int]] = {}

    def _parse_office(self, value: Any) -> str:
        """Office code of a cell (upper case); empty means this database's office."""
        code = "" if normalize.is_blank(value) else str(normalize.parse_text(value)).upper()
        if not code:
            return self.default_office
        if not OFFICE_CODE.match(code):
            raise ValueError(
                translate(
                    "Import",
                    'The office code "{code}" should be 2-32 letters, digits, - or _.',
                    code=printable(code),
                )
            )
        return code

    @staticmethod
    def required_message(name: str) -> str:
        return translate("Import", "A value is required here.")

    @staticmethod
    def header_score(kind: str) -> Callable[[list[str]], int]:
        def score(texts: list[str]) -> int:
            return sum(1 for t in texts if t and normalize.match_column(kind, t))

        return score

    def begin_sheet(
        self, kind: str, name: str, header_row: int, headers: list[str], first_column: int = 0
    ) -> SheetParser | None:
        """Match the header row; None (with issues) when columns are missing or doubled.

        ``first_column`` is the 0-based Excel column of ``headers[0]``, for
        naming columns by letter.
        """
        found: dict[str, list[int]] = {}
        for i, header in enumerate(headers):
            field = normalize.match_column(kind, header)
            if field is not None:
                found.setdefault(field, []).append(i)
        doubled = [columns for columns in found.values() if len(columns) > 1]
        for columns in doubled:
            self.issues.add(
                name, header_row, None, doubled_column_message(headers, columns, first_column)
            )
        if doubled:
            self.broken.add(kind)
            return None
        index = {field: columns[0] for field, columns in found.items()}
        missing = [f for f in normalize.REQUIRED_COLUMNS[kind] if f not in index]
        for name_ in missing:
            self.issues.add(name, header_row, name_, missing_column_message(kind, name_))
        if missing:
            self.broken.add(kind)
            return None
        sheet = ParsedSheet(
            kind=kind,
            name=name,
            present=frozenset(index),
            headers={f: headers[i] for f, i in index.items()},
        )
        self.sheets.append(sheet)
        if kind == "participants":
            return ParticipantParser(self, sheet, index)
        return SheetParser(self, sheet, index)

    def parse_rows(
        self, parser: SheetParser, rows: Iterator[tuple[int, list[Any]]], tick: Callable[[], None]
    ) -> None:
        """Parse every data row of a sheet into ``parser.sheet.rows``."""
        sheet = parser.sheet
        kind = sheet.kind
        one = parser.row_parser()
        append = sheet.rows.append
        rejected = self.rejected[kind]
        seen = self._seen
        for number, cells in rows:
            tick()
            parser.key = (None, None)
            parser.partial = None
            parsed = one(cells, number)
            office, ext = parser.key
            duplicate = False
            if ext is not None and office is not None:
                if not office and kind != "sessions":  # a session's office may come later
                    self._report_no_office(sheet, number)
                    parsed = None
                elif (kind, office, ext) in seen:
                    self._report_duplicate(sheet, number, office, ext)
                    duplicate = True
                else:
                    seen[(kind, office, ext)] = (sheet.name, number)
            if parsed is None:
                if ext is not None:
                    rejected.add(ext)
                if parser.partial is not None:
                    sheet.partial.append(parser.partial)
            elif not duplicate:
                append(parsed)

    def _report_duplicate(self, sheet: ParsedSheet, row: int, office: str, ext: str) -> None:
        """A second row with the id of an earlier one (the earlier row stays)."""
        first = self._seen[(sheet.kind, office, ext)]
        id_field = ID_FIELDS[sheet.kind]
        where = (
            translate("Import", "row {row}", row=first[1])
            if first[0] == sheet.name
            else translate("Import", "sheet '{sheet}', row {row}", sheet=first[0], row=first[1])
        )
        self.issues.add(
            sheet.name,
            row,
            sheet.column(id_field),
            translate(
                "Import",
                'The id "{id}" appears twice in the file (first on {where}). '
                "Each record needs its own id.",
                id=printable(ext),
                where=where,
            ),
        )

    def _report_no_office(self, sheet: ParsedSheet, row: int) -> None:
        if self._no_office_reported:
            return
        self._no_office_reported = True
        self.issues.add(
            sheet.name,
            row,
            sheet.column("office"),
            translate(
                "Import",
                "The office is empty and this database has no office yet. "
                "Set the office up first (ttk setup) or fill in the office column.",
            ),
        )


def column_letters(index: int) -> str:
    """Excel's name of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def doubled_column_message(headers: list[str], columns: list[int], first_column: int) -> str:
    """Several columns mean the same field: name them as the user sees them."""
    named = ", ".join(
        f'{column_letters(first_column + i)} "{printable(headers[i])}"' for i in columns
    )
    return translate(
        "Import",
        "The columns {columns} hold the same data. Keep one of them and import again.",
        columns=named,
    )


def missing_column_message(kind: str, name: str) -> str:
    aliases = normalize.COLUMN_ALIASES[kind].get(name, [])
    local = next((a for a in aliases if a[:1].isupper()), None)
    if local:
        return translate(
            "Import",
            'The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").',
            name=name,
            local=local,
        )
    return translate(
        "Import",
        'The required column "{name}" is missing. Add a column headed "{name}".',
        name=name,
    )
