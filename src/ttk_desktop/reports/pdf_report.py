"""The yearly report as a one-to-two-page A4 PDF, laid out like the unit's public page.

Page one is what the unit publishes ("2021 YILI İSTATİSTİKLERİ"): the three
headline figures, then the gender, age and nationality distributions with
count and percent. Page two holds what donors ask for: the gender-by-age (AGD)
and nationality-by-gender tables and participations per month. Drawn with
Qt's own QPdfWriter and QPainter (no PDF library); Arabic is laid out right to
left. Sizes are in points (1/72 inch) times ``unit``, the device pixels per point.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ttk_desktop.core.statistics import YearlyStats
from ttk_desktop.reports.charts import (
    GRID_COLOUR,
    PALETTE,
    TEXT_COLOUR,
    draw_hbar_chart,
    draw_vbar_chart,
    edges,
    font,
    hbar_height,
    vbar_height,
)
from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.tables import (
    ChartData,
    build_charts,
    cross_gender_age,
    cross_nationality_gender,
    filter_lines,
)

DPI = 300
PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 42.0
GAP = 16.0
MUTED = "#666666"
HEADER_FILL = "#DCE6F1"


class _Page:
    """Point-based drawing helpers on one painter (x from the leading edge)."""

    def __init__(self, painter: QPainter, text: ReportText) -> None:
        self.p = painter
        self.text = text
        self.unit = DPI / 72.0
        self.width = PAGE_W - 2 * MARGIN
        self.y = MARGIN

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle in points, mirrored for right-to-left pages."""
        if self.text.rtl:
            x = self.width - x - w
        u = self.unit
        return QRectF((MARGIN + x) * u, y * u, w * u, h * u)

    @property
    def start(self) -> Qt.AlignmentFlag:
        return edges(self.text.rtl)[0]

    def line(
        self,
        words: str,
        points: float,
        *,
        bold: bool = False,
        colour: str = TEXT_COLOUR,
        wrap: bool = False,
    ) -> None:
        """Draw text across the page at the current height and move down."""
        f = font(self.unit, points, bold=bold)
        self.p.setFont(f)
        self.p.setPen(QColor(colour))
        flags = self.start | Qt.AlignmentFlag.AlignTop
        if wrap:
            flags |= Qt.TextFlag.TextWordWrap
        box = self.rect(0, self.y, self.width, 400)
        used = self.p.boundingRect(box, flags, words)
        self.p.drawText(box, flags, words)
        self.y += used.height() / self.unit + points * 0.35

    def chart(self, chart: ChartData, *, vertical: bool = False) -> None:
        u = self.unit
        h = vbar_height(u) if vertical else hbar_height(chart, u)
        area = QRectF(MARGIN * u, self.y * u, self.width * u, h)
        if vertical:
            draw_vbar_chart(self.p, area, chart, self.text, unit=u)
        else:
            draw_hbar_chart(self.p, area, chart, self.text, unit=u)
        self.y += h / u + GAP

    def table(self, title: str, header: list[str], rows: list[list[Any]]) -> None:
        """A bordered table, first column the labels, the last row bold (totals)."""
        u = self.unit
        self.line(title, 11, bold=True)
        first_w = self.width * 0.28
        other_w = (self.width - first_w) / max(1, len(header) - 1)
        row_h = 16.0
        pen = QPen(QColor(GRID_COLOUR), 0.6 * u)
        for r, cells in enumerate([header, *rows]):
            bold = r == 0 or r == len(rows)
            x = 0.0
            for c, value in enumerate(cells):
                w = first_w if c == 0 else other_w
                box = self.rect(x, self.y, w, row_h)
                if r == 0:
                    self.p.fillRect(box, QColor(HEADER_FILL))
                self.p.setPen(pen)
                self.p.drawRect(box)
                self.p.setPen(QColor(TEXT_COLOUR))
                self.p.setFont(font(u, 8.5, bold=bold))
                align = self.start if c == 0 else Qt.AlignmentFlag.AlignHCenter
                inner = box.adjusted(4 * u, 0, -4 * u, 0)
                self.p.drawText(inner, align | Qt.AlignmentFlag.AlignVCenter, str(value))
                x += w
            self.y += row_h
        self.y += GAP

    def figures(self, items: list[tuple[str, int]]) -> None:
        """The headline numbers as large figures in boxes, the caption under each."""
        u = self.unit
        gap = 12.0
        w = (self.width - gap * (len(items) - 1)) / len(items)
        h = 66.0
        for i, (caption, value) in enumerate(items):
            box = self.rect(i * (w + gap), self.y, w, h)
            self.p.setPen(QPen(QColor(PALETTE[0]), 1.2 * u))
            self.p.drawRoundedRect(box, 6 * u, 6 * u)
            self.p.setPen(QColor(PALETTE[0]))
            self.p.setFont(font(u, 24, bold=True))
            top = QRectF(box.left(), box.top() + 6 * u, box.width(), 34 * u)
            self.p.drawText(top, Qt.AlignmentFlag.AlignCenter, self.text.number(value))
            self.p.setPen(QColor(TEXT_COLOUR))
            self.p.setFont(font(u, 10))
            bottom = QRectF(box.left(), box.top() + 40 * u, box.width(), 20 * u)
            self.p.drawText(bottom, Qt.AlignmentFlag.AlignCenter, caption)
        self.y += h + GAP

    def footer(self, page: int, pages: int) -> None:
        u = self.unit
        self.p.setFont(font(u, 7.5))
        self.p.setPen(QColor(MUTED))
        y = PAGE_H - MARGIN + 10
        generated = self.text("generated", date=self.text.date(dt.date.today()))
        self.p.drawText(self.rect(0, y, self.width * 0.75, 12), self.start, generated)
        end = edges(self.text.rtl)[1]
        numbering = self.text("page", x=page, y=pages)
        self.p.drawText(self.rect(self.width * 0.75, y, self.width * 0.25, 12), end, numbering)


def _first_page(
    page: _Page, stats: YearlyStats, charts: dict[str, ChartData], office: str | None
) -> None:
    text = page.text
    flt = stats.filter
    heading = text("unit") + (f" · {office}" if office else "")
    page.line(heading, 9, bold=True, colour=MUTED)
    page.line(text.title(flt.date_from, flt.date_to), 20, bold=True)
    lines = filter_lines(stats, text)
    page.line("   ·   ".join(f"{label}: {value}" for label, value in lines[:4]), 9)
    page.line(lines[4][1], 8, colour=MUTED, wrap=True)
    page.y += 6
    page.figures(
        [
            (text("sessions"), stats.sessions),
            (text("participations"), stats.participations),
            (text("distinct"), stats.distinct_participants),
        ]
    )
    gender = charts["gender"]
    caps = tuple(replace(bar, label=text.gender_caps(bar.key)) for bar in gender.bars)
    page.chart(replace(gender, title=gender.title + ":", bars=caps))
    for key in ("age_group", "nationality", "unhcr_age_group"):
        chart = charts[key]
        if chart.bars:
            page.chart(replace(chart, title=chart.title + ":"))


def _second_page(page: _Page, stats: YearlyStats, charts: dict[str, ChartData]) -> None:
    text = page.text
    flt = stats.filter
    page.line(text.title(flt.date_from, flt.date_to), 12, bold=True, colour=MUTED)
    page.y += 4
    header, rows = cross_gender_age(stats, text)
    page.table(text("gender_by_age"), header, rows)
    header, rows = cross_nationality_gender(stats, text)
    page.table(text("nationality_by_gender"), header, rows)
    page.line(text("cross_note"), 8, colour=MUTED, wrap=True)
    page.y += GAP
    page.chart(charts["months"], vertical=True)


def write_pdf(
    stats: YearlyStats, path: Path, language: str = "tr", *, office_name: str | None = None
) -> Path:
    """Write the report PDF of ``stats`` to ``path`` (needs a QGuiApplication)."""
    text = ReportText(language)
    charts = build_charts(stats, text)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(text.title(stats.filter.date_from, stats.filter.date_to))
    writer.setCreator("TTK Desktop")
    painter = QPainter()
    if not painter.begin(writer):
        from ttk_desktop.reports import cannot_write

        raise cannot_write(path)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if text.rtl:
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        page = _Page(painter, text)
        _first_page(page, stats, charts, office_name)
        page.footer(1, 2)
        writer.newPage()
        page = _Page(painter, text)
        _second_page(page, stats, charts)
        page.footer(2, 2)
    finally:
        painter.end()
    return path
