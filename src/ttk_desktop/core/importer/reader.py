"""Stream the rows of a register workbook with python-calamine.

calamine parses one sheet at a time into a compact native (Rust) grid, and
``iter_rows`` hands the rows to Python one by one, so the importer never holds a
sheet of Python cell objects: it turns each row into a small parsed tuple and
drops the cells. Every way a file can be unreadable (missing, not a workbook,
truncated, corrupt sheet) becomes an :class:`ImportIssue`, never a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ttk_desktop.core.errors import ImportFailedError, ImportIssue
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.prescan import scan_workbook

# How many non-blank rows at the top of a sheet may precede the header (a title, a date).
HEADER_SEARCH_ROWS = 10


def cell_text(value: Any) -> str:
    """A cell as trimmed text: whole numbers lose Excel's ``.0``, dates become ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return str(value)
    return str(value).strip()


def is_blank(row: list[Any]) -> bool:
    """True when every cell of the row is empty or only whitespace."""
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, str) and not value.strip():
            continue
        return False
    return True


def file_issue(path: Path, message: str) -> ImportIssue:
    return ImportIssue(path.name, None, None, None, message)


def fail(path: Path, message: str) -> ImportFailedError:
    return ImportFailedError(issues=[file_issue(path, message)])


def _unreadable(path: Path) -> str:
    return translate(
        "Import",
        "{name} is not an Excel workbook, or it is damaged or incomplete "
        "(for example cut short while copying). Open it in Excel, save it again as .xlsx "
        "and import that file.",
        name=path.name,
    )


@dataclass
class SheetData:
    """One opened sheet: where its header is and an iterator over its data rows."""

    name: str
    header_row: int  # as Excel numbers it (1 = first row)
    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (Excel row number, cells); blank rows skipped
    # 0-based Excel column of the first cell of each row (A = 0): calamine's rows
    # start at the sheet's first used column, its rows at row 1.
    first_column: int = 0


class WorkbookReader:
    """Opens the file once; sheets are loaded one at a time on demand."""

    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineWorkbook

        self.path = Path(path)
        if not self.path.exists():
            raise fail(
                self.path,
                translate("Import", "The file {path} does not exist.", path=str(self.path)),
            )
        if self.path.is_dir():
            raise fail(
                self.path,
                translate("Import", "{path} is a folder, not a workbook.", path=str(self.path)),
            )
        # Measured before calamine sees it: calamine aborts the process (the app's
        # window with it) when a sheet's grid cannot be allocated (issue #11).
        self._scan = scan_workbook(self.path)
        try:
            self._book = CalamineWorkbook.from_path(str(self.path))
            self.sheet_names: list[str] = list(self._book.sheet_names)
        except OSError as exc:
            raise fail(
                self.path,
                translate(
                    "Import",
                    "The file {name} cannot be read: {reason}.",
                    name=self.path.name,
                    reason=exc.strerror or str(exc),
                ),
            ) from exc
        except Exception as exc:  # calamine raises its own errors for bad zips and XML
            raise fail(self.path, _unreadable(self.path)) from exc
        except BaseException as exc:  # a panic inside calamine (pyo3's PanicException)
            _reraise_interrupt(exc)
            raise fail(self.path, _unreadable(self.path)) from exc

    def estimate(self, sheet_name: str) -> int | None:
        """Data rows the sheet holds (measured before reading), if known."""
        return self._scan.estimate(sheet_name)

    def open(self, sheet_name: str, header_score: Any = None) -> SheetData | None:
        """Load one sheet and find its header row; None if the sheet is empty.

        ``header_score(texts) -> int`` rates a candidate header row (how many
        known columns it names); the first of the top non-blank rows with the
        best positive score is the header, else the first non-blank row.
        """
        self._scan.check_sheet(sheet_name)
        try:
            sheet = self._book.get_sheet_by_name(sheet_name)
            it = iter(sheet.iter_rows())
            start = sheet.start
        except BaseException as exc:  # calamine's errors, and its panics
            _reraise_interrupt(exc)
            raise fail(self.path, _unreadable(self.path)) from exc
        # calamine's iter_rows starts at the sheet's first row (row 1), whatever cell
        # the data starts in, so the n-th row yielded is Excel row n; but each row
        # starts at the first used column (start[1]), not necessarily at A.
        rows = self._numbered(it)
        top: list[tuple[int, list[Any]]] = []
        for number, cells in rows:
            top.append((number, cells))
            if len(top) >= HEADER_SEARCH_ROWS:
                break
        if not top:
            return None
        best = 0
        if header_score is not None:
            scores = [header_score([cell_text(c) for c in cells]) for _, cells in top]
            best = max(range(len(top)), key=lambda i: (scores[i], -i)) if any(scores) else 0
        header_number, header_cells = top[best]
        rest = top[best + 1 :]

        def data_rows() -> Iterator[tuple[int, list[Any]]]:
            yield from rest
            yield from rows

        return SheetData(
            name=sheet_name,
            header_row=header_number,
            headers=[cell_text(c) for c in header_cells],
            rows=data_rows(),
            first_column=start[1] if start else 0,
        )

    def _numbered(self, it: Iterator[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
        # The try covers only calamine's iteration: the consumer's errors never
        # enter a generator, they are raised where it uses the rows.
        try:
            for number, cells in enumerate(it, 1):
                first = cells[0] if cells else None
                # Most rows start with a filled cell: no need to look at the rest.
                filled = first.__class__ is str and first and not first[0].isspace()
                if filled or not is_blank(cells):
                    yield number, cells
        except BaseException as exc:
            _reraise_interrupt(exc)
            raise fail(self.path, _unreadable(self.path)) from exc

    def close(self) -> None:
        # Already closed or never fully opened: nothing to release.
        with contextlib.suppress(Exception):
            self._book.close()


def _reraise_interrupt(exc: BaseException) -> None:
    """Let Ctrl+C, exit and generator close through; any other BaseException is a panic."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc
