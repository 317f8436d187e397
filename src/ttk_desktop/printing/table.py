"""Paginated bilingual tables with a masthead, repeated headers and "page x of y".

The attendance sheet and the group roster are both this: a first-page header
(association, title, an information grid), a shorter header on following
pages, a numbered table whose column headers repeat on every page, an
optional closing block after the last row, and a footer with the page number
in both languages. Rows have a fixed height in millimetres, so the number of
pages follows from the paper size alone (see :meth:`TableDocument.pages`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtGui import QPainter

from ttk_desktop.printing import labels
from ttk_desktop.printing.layout import GREY, LIGHT, Canvas, PageGeometry, is_rtl
from ttk_desktop.printing.options import PrintOptions

# A cell is one line, or two lines (a Latin name above its Arabic spelling).
Cell = str | tuple[str, str]

MASTHEAD_HEIGHT = 20.5  # association, unit, rule and title
GRID_ROW_HEIGHT = 9.0
CONTINUATION_HEIGHT = 13.0


@dataclass(frozen=True)
class ColumnSpec:
    """A column: fixed ``width`` mm, or (``weight`` > 0) at least ``width`` plus a share."""

    key: str
    width: float
    weight: float = 0.0
    align: str = "left"


@dataclass(frozen=True)
class Column:
    key: str
    x: float
    width: float
    align: str


def place_columns(specs: list[ColumnSpec], x0: float, total: float) -> list[Column]:
    """Give flexible columns the width the fixed ones leave (shrinking if too little)."""
    fixed = sum(s.width for s in specs)
    weights = sum(s.weight for s in specs) or 1.0
    spare = total - fixed
    scale = 1.0 if spare >= 0 else total / fixed
    out, x = [], x0
    for s in specs:
        w = s.width * scale + (max(spare, 0.0) * s.weight / weights if s.weight else 0.0)
        out.append(Column(s.key, x, w, s.align))
        x += w
    return out


def short_code(uuid: str) -> str:
    """An 8-character code from a record's UUID, easy to read out and type (``3F2A-9C1B``)."""
    hexdigits = uuid.replace("-", "").upper()[:8]
    return f"{hexdigits[:4]}-{hexdigits[4:]}"


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class TableDocument:
    """Base of the tabular documents; subclasses give rows, columns and headers."""

    row_height = 10.0
    header_row_height = 11.0
    first_header_height = 61.0  # from the top margin to the table
    next_header_height = 15.0
    closing_height = 0.0  # block after the last row (sign-off), if any

    def __init__(self, options: PrintOptions, printed_on: dt.date | None = None) -> None:
        self.options = options
        self.langs = options.languages
        self.printed_on = printed_on or dt.date.today()
        self._pages: dict[tuple[int, int], list[range]] = {}

    # -- to override --------------------------------------------------------------------
    def column_specs(self) -> list[ColumnSpec]:
        raise NotImplementedError

    def row_count(self, geo: PageGeometry) -> int:
        raise NotImplementedError

    def cells(self, index: int) -> list[Cell]:
        """The cells of row ``index`` (0-based)."""
        raise NotImplementedError

    def paint_first_header(self, canvas: Canvas) -> None:
        raise NotImplementedError

    def continuation_line(self) -> str:
        """What identifies the document on pages after the first."""
        raise NotImplementedError

    def footer_note(self) -> str:
        return labels.text("printed", self.langs[0], date=fmt_date(self.printed_on))

    def paint_closing(self, canvas: Canvas, y: float) -> None:
        """Draw the block after the last row, starting at ``y`` mm."""

    def paint_empty(self, canvas: Canvas, y: float) -> None:
        """Draw something under the header when the table has no rows."""

    # -- pagination ---------------------------------------------------------------------
    def capacity(self, geo: PageGeometry, first: bool, final: bool) -> int:
        """Rows that fit on a page (the final one keeps room for the closing block)."""
        top = geo.top + (self.first_header_height if first else self.next_header_height)
        room = geo.footer_top - 1.0 - top - self.header_row_height
        if final and self.closing_height:
            room -= self.closing_height
        # Page sizes in whole device pixels can lose a fraction of a millimetre.
        return max(1, math.floor(room / self.row_height + 0.05))

    def pages(self, geo: PageGeometry) -> list[range]:
        """Rows of each page. The closing block always shares a page with rows."""
        key = geo.key()
        if key in self._pages:
            return self._pages[key]
        total = self.row_count(geo)
        out: list[range] = []
        start = 0
        while True:
            first = not out
            left = total - start
            if left <= self.capacity(geo, first, final=True):
                out.append(range(start, total))
                break
            cap = self.capacity(geo, first, final=False)
            take = cap if left > cap else left - 1  # leave one row to carry the closing
            out.append(range(start, start + take))
            start += take
        self._pages[key] = out
        return out

    def page_count(self, geo: PageGeometry) -> int:
        return len(self.pages(geo))

    # -- painting -----------------------------------------------------------------------
    def paint_page(self, painter: QPainter, geo: PageGeometry, index: int) -> None:
        canvas = Canvas(painter, geo)
        pages = self.pages(geo)
        if index == 0:
            self.paint_first_header(canvas)
            y = geo.top + self.first_header_height
        else:
            self.paint_continuation(canvas)
            y = geo.top + self.next_header_height
        columns = place_columns(self.column_specs(), geo.left, geo.content_width)
        y = self.paint_table_header(canvas, columns, y)
        rows = pages[index]
        for i in rows:
            self.paint_row(canvas, columns, y, self.cells(i))
            y += self.row_height
        if index == len(pages) - 1:
            if not rows:
                self.paint_empty(canvas, y)
            self.paint_closing(canvas, y + 3.0)
        self.paint_footer(canvas, index + 1, len(pages))

    def masthead(self, canvas: Canvas, title_key: str) -> float:
        """Association, unit and the title in both languages; returns the y below."""
        geo, o = canvas.geo, self.options
        y = geo.top
        w = geo.content_width
        names = [o.association(lang) for lang in self.langs]
        size = canvas.fit_size(names, w, 9.5, bold=True)
        canvas.pair(geo.left, y, w, 5.5, names, size=size, bold=True)
        units = [o.unit(lang) for lang in self.langs]
        canvas.pair(geo.left, y + 5.5, w, 5.0, units, size=canvas.fit_size(units, w, 8.5))
        canvas.hline(geo.left, geo.right, y + 11.0, width=0.4)
        canvas.pair(
            geo.left,
            y + 12.0,
            w,
            8.5,
            [labels.text(title_key, lang) for lang in self.langs],
            size=13,
            bold=True,
        )
        return y + MASTHEAD_HEIGHT

    def info_grid(self, canvas: Canvas, y: float, grid: list[list[tuple[str, str]]]) -> float:
        """Boxed fields: a bilingual label above each value; returns the y below."""
        geo = canvas.geo
        for row in grid:
            cw = geo.content_width / len(row)
            for n, (key, value) in enumerate(row):
                x = geo.left + n * cw
                canvas.box(x, y, cw, GRID_ROW_HEIGHT, width=0.2, color=GREY)
                canvas.pair(
                    x + 1.2,
                    y + 0.3,
                    cw - 2.4,
                    3.4,
                    [labels.text(key, lang) for lang in self.langs],
                    size=6.5,
                    color=GREY,
                )
                canvas.text(
                    x + 1.2,
                    y + 3.6,
                    cw - 2.4,
                    5.2,
                    value,
                    size=9.5,
                    bold=True,
                    align="right" if is_rtl(value) else "left",
                )
            y += GRID_ROW_HEIGHT
        return y

    def paint_continuation(self, canvas: Canvas) -> None:
        geo = canvas.geo
        o = self.options
        canvas.pair(
            geo.left,
            geo.top,
            geo.content_width,
            5.5,
            [o.association(lang) for lang in self.langs],
            size=8.5,
            bold=True,
        )
        canvas.text(
            geo.left,
            geo.top + 5.5,
            geo.content_width,
            6.0,
            self.continuation_line(),
            size=9.5,
            bold=True,
        )
        canvas.hline(geo.left, geo.right, geo.top + CONTINUATION_HEIGHT - 1.0, width=0.4)

    def paint_table_header(self, canvas: Canvas, columns: list[Column], y: float) -> float:
        h = self.header_row_height
        canvas.box(columns[0].x, y, sum(c.width for c in columns), h, width=0.4, fill=LIGHT)
        for c in columns:
            if c is not columns[0]:
                canvas.vline(c.x, y, y + h, width=0.25)
            texts = [labels.text(c.key, lang) for lang in self.langs]
            narrow = c.width < 18 or c.align == "center"
            line_h = (h - 1.0) / max(len(texts), 1)
            for n, t in enumerate(texts):
                align = "center" if narrow else ("right" if is_rtl(t) else "left")
                canvas.text(
                    c.x + 0.8,
                    y + 0.5 + n * line_h,
                    c.width - 1.6,
                    line_h,
                    t,
                    size=7.0,
                    bold=True,
                    align=align,
                )
        return y + h

    def paint_row(self, canvas: Canvas, columns: list[Column], y: float, cells: list[Cell]) -> None:
        h = self.row_height
        roomy = h >= 10
        x0, x1 = columns[0].x, columns[-1].x + columns[-1].width
        canvas.hline(x0, x1, y + h, width=0.3)
        canvas.vline(x0, y, y + h, width=0.4)
        canvas.vline(x1, y, y + h, width=0.4)
        cells = list(cells) + [""] * (len(columns) - len(cells))  # walk-in rows: all lines
        for n, (c, cell) in enumerate(zip(columns, cells, strict=False)):
            if n:
                canvas.vline(c.x, y, y + h, width=0.25)
            x, w = c.x + 1.2, c.width - 2.4
            if isinstance(cell, tuple) and cell[1]:
                # Latin above, Arabic below, each in its own direction.
                for text, top, size in (
                    (cell[0], y + 0.5, 8.5 if roomy else 7.5),
                    (cell[1], y + h / 2, 9.0 if roomy else 8.0),
                ):
                    align = "right" if is_rtl(text) else "left"
                    canvas.text(x, top, w, h / 2 - 0.5, text, size=size, align=align, shrink=0.8)
                continue
            text = cell[0] if isinstance(cell, tuple) else cell
            align = c.align
            if align == "left" and is_rtl(text):
                align = "right"
            size = 9.0 if n <= 1 else 8.5  # number and name a little larger
            size = size if roomy else size - 0.5
            canvas.text(x, y, w, h, text, size=size, align=align, shrink=0.75)

    def paint_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        geo = canvas.geo
        y = geo.footer_top
        canvas.hline(geo.left, geo.right, y + 1.0, width=0.25, color=GREY)
        texts = [labels.text("page", lang, x=page, y=pages) for lang in self.langs]
        canvas.pair(geo.left, y + 1.5, geo.content_width, 5.0, texts, size=8)
        note = self.footer_note()
        canvas.text(
            geo.left + 35,
            y + 1.5,
            geo.content_width - 70,
            5.0,
            note,
            size=6.5,
            align="center",
            color=GREY,
        )
