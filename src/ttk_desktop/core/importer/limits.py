"""The bounds every imported workbook is held to, whatever the file claims about itself.

An import must end, refused or done, within 60 s and 1 GiB of memory. The
reader (python-calamine) keeps a sheet as a dense grid of 32-byte cells
spanning its first to its last used cell, each cell owning its own copy of its
text, so what it costs follows from a few numbers that
:mod:`~ttk_desktop.core.importer.prescan` measures before it reads anything:

* ``MAX_ROWS``: rows holding data, all register sheets together. The largest
  real register is a few hundred thousand rows; an import holds about 2 KB per
  row until it has written them (bench/core.py: 100,000 participants, 230 MB
  peak, 6 s), so 300,000 rows stay near 650 MB and 20 s.
* ``MAX_GRID_CELLS``: rows x columns the reader's grid of one sheet spans
  (6 million cells: 190 MB), which is what one stray cell far from the data
  blows up (A1 and XFD1048576: 17 billion cells, 512 GiB).
* ``MAX_CELL_CHARS``: Excel's own limit of 32,767 characters per cell,
  checked in bytes (at most 4 per character) without decoding.
* ``MAX_SHEET_TEXT_BYTES``: the text the reader copies into one sheet's
  cells; a shared text is copied into every cell that shows it.
* ``MAX_PART_BYTES`` / ``MAX_TOTAL_BYTES``: any part of the zip unpacked,
  and all of them; unpacking is checked against the zip's directory as it
  goes and stops at the declared size.
"""

from __future__ import annotations

from collections import Counter

from ttk_desktop.core.errors import MAX_LISTED_ISSUES
from ttk_desktop.core.importer.rows import IssueList

MAX_ROWS = 300_000
MAX_GRID_CELLS = 6_000_000
MAX_CELL_CHARS = 32_767
MAX_CELL_BYTES = 4 * MAX_CELL_CHARS + 4096  # UTF-8 and a little markup (a rich text's runs)
MAX_SHEET_TEXT_BYTES = 256 * 2**20
MAX_SHARED_STRINGS = 1_500_000
MAX_PART_BYTES = 256 * 2**20
MAX_TOTAL_BYTES = 768 * 2**20
MAX_MEMBERS = 10_000
# Parts bigger than this may not unpack to more than MAX_RATIO times their packed size.
RATIO_FROM_BYTES = 32 * 2**20
MAX_RATIO = 250
# Sheets written without cell positions are checked by a slower exact parser, up to this size.
MAX_SLOW_SCAN_BYTES = 48 * 2**20

# Issues kept while a file is parsed; the error shows the first MAX_LISTED_ISSUES of
# them in sheet and row order and counts the rest by sheet and column.
MAX_KEPT_ISSUES = 10 * MAX_LISTED_ISSUES


class BoundedIssueList(IssueList):
    """An :class:`IssueList` that keeps the first issues found and counts the rest.

    A file with a problem in every cell of 300,000 rows would otherwise build
    millions of messages (1.3 GB of text in issue #11's example).
    """

    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.dropped: Counter[tuple[str, str]] = Counter()

    def add(self, sheet: str | None, row: int | None, column: str | None, message: str) -> None:
        if len(self.items) < MAX_KEPT_ISSUES:
            super().add(sheet, row, column, message)
        else:
            self.dropped[(sheet or "", column or "")] += 1

    def __bool__(self) -> bool:
        return bool(self.items)

    def more(self) -> dict[tuple[str, str], int]:
        """Issues found beyond the kept ones, by (sheet, column)."""
        return dict(self.dropped)
