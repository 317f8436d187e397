"""Bar charts drawn with QPainter, the same code for PNG images and the PDF.

QPainter renders the same way on screen-less machines (the offscreen platform,
a Windows service), on a QImage and on a QPdfWriter, and shapes Arabic text
itself, so the exported charts need neither a display nor a plotting library.
Sizes are given in points and multiplied by ``unit`` (device pixels per point)
so a chart looks the same at 96 dpi on a PNG and at 300 dpi in a PDF.

Runs on any thread (QImage and QPdfWriter painting is thread-safe in Qt), but
needs a QGuiApplication for fonts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.tables import ChartBar, ChartData

PALETTE = ("#2E75B6", "#C55A11", "#548235", "#7030A0", "#BF9000", "#1F8A8A", "#A5A5A5")
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#D0D0D0"
PNG_UNIT = 2.0  # device pixels per point on exported images (sharp on 1080p and print)


def font(unit: float, points: float, *, bold: bool = False) -> QFont:
    """The application's font at ``points`` size on a device with ``unit`` px per point."""
    base = QFont(QGuiApplication.font())
    base.setPixelSize(max(1, round(points * unit)))
    base.setBold(bold)
    # Without the "fi"/"fl" ligatures, text copied or extracted from the PDF reads as typed.
    base.setFeature(QFont.Tag("liga"), 0)
    return base


def edges(rtl: bool) -> tuple[Qt.AlignmentFlag, Qt.AlignmentFlag]:
    """(leading, trailing) alignment as absolute left/right, whatever the painter's direction.

    A right-to-left painter would otherwise swap AlignLeft and AlignRight a second time
    on rectangles this module already mirrored.
    """
    absolute = Qt.AlignmentFlag.AlignAbsolute
    left, right = Qt.AlignmentFlag.AlignLeft | absolute, Qt.AlignmentFlag.AlignRight | absolute
    return (right, left) if rtl else (left, right)


def bar_text(bar: ChartBar, text: ReportText) -> str:
    """ "412 (61.2%)" - the count and, for distributions, its share."""
    if bar.percent is None:
        return text.number(bar.count)
    return f"{text.number(bar.count)} ({text.percent(bar.percent)})"


def hbar_height(chart: ChartData, unit: float, *, title: bool = True) -> float:
    """Height a horizontal bar chart needs for its rows (and title)."""
    rows = max(1, len(chart.bars))
    return (22.0 if title else 0.0) * unit + rows * 20.0 * unit


def draw_hbar_chart(
    painter: QPainter,
    rect: QRectF,
    chart: ChartData,
    text: ReportText,
    *,
    unit: float,
    title: bool = True,
) -> None:
    """Horizontal bars, one row per category: label, bar, "count (percent)".

    Right to left (Arabic) mirrors the row: label on the right, bars grow leftwards.
    """
    painter.save()
    rtl = text.rtl
    align_start, align_end = edges(rtl)
    middle = Qt.AlignmentFlag.AlignVCenter
    top = rect.top()
    if title:
        painter.setFont(font(unit, 11, bold=True))
        painter.setPen(QColor(TEXT_COLOUR))
        title_rect = QRectF(rect.left(), top, rect.width(), 18 * unit)
        painter.drawText(title_rect, align_start | middle, chart.title)
        top += 22 * unit
    label_font = font(unit, 9)
    value_font = font(unit, 9, bold=True)
    label_w = min(
        rect.width() * 0.35,
        max((QFontMetricsF(label_font).horizontalAdvance(b.label) for b in chart.bars), default=0)
        + 8 * unit,
    )
    value_w = (
        max(
            (QFontMetricsF(value_font).horizontalAdvance(bar_text(b, text)) for b in chart.bars),
            default=0,
        )
        + 8 * unit
    )
    bar_w = max(10 * unit, rect.width() - label_w - value_w)
    biggest = max((b.count for b in chart.bars), default=0) or 1
    row_h = 20 * unit
    for i, bar in enumerate(chart.bars):
        y = top + i * row_h
        length = bar_w * bar.count / biggest
        if rtl:
            label_rect = QRectF(rect.right() - label_w + 6 * unit, y, label_w - 6 * unit, row_h)
            bar_rect = QRectF(
                rect.right() - label_w - length, y + 3 * unit, length, row_h - 6 * unit
            )
            value_rect = QRectF(bar_rect.left() - value_w, y, value_w - 4 * unit, row_h)
        else:
            label_rect = QRectF(rect.left(), y, label_w - 6 * unit, row_h)
            bar_rect = QRectF(rect.left() + label_w, y + 3 * unit, length, row_h - 6 * unit)
            value_rect = QRectF(bar_rect.right() + 4 * unit, y, value_w, row_h)
        painter.setFont(label_font)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(label_rect, align_end | middle, bar.label)
        painter.fillRect(bar_rect, QColor(PALETTE[i % len(PALETTE)]))
        painter.setFont(value_font)
        painter.drawText(value_rect, align_start | middle, bar_text(bar, text))
    painter.restore()


def vbar_height(unit: float, *, title: bool = True) -> float:
    return (22.0 if title else 0.0) * unit + 150.0 * unit


def draw_vbar_chart(
    painter: QPainter,
    rect: QRectF,
    chart: ChartData,
    text: ReportText,
    *,
    unit: float,
    title: bool = True,
) -> None:
    """Vertical bars (months), the count above each bar, labels below; mirrored in RTL."""
    painter.save()
    align_start, _end = edges(text.rtl)
    top = rect.top()
    painter.setPen(QColor(TEXT_COLOUR))
    if title:
        painter.setFont(font(unit, 11, bold=True))
        title_rect = QRectF(rect.left(), top, rect.width(), 18 * unit)
        painter.drawText(title_rect, align_start | Qt.AlignmentFlag.AlignVCenter, chart.title)
        top += 22 * unit
    bars = list(reversed(chart.bars)) if text.rtl else list(chart.bars)
    n = max(1, len(bars))
    label_h, value_h = 26 * unit, 12 * unit
    plot = QRectF(rect.left(), top + value_h, rect.width(), rect.bottom() - top - value_h - label_h)
    slot = plot.width() / n
    biggest = max((b.count for b in bars), default=0) or 1
    painter.setPen(QPen(QColor(GRID_COLOUR), max(1.0, 0.5 * unit)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    small = font(unit, 7 if n > 12 else 8)
    for i, bar in enumerate(bars):
        x = plot.left() + i * slot
        height = plot.height() * bar.count / biggest
        bar_rect = QRectF(x + slot * 0.15, plot.bottom() - height, slot * 0.7, height)
        painter.fillRect(bar_rect, QColor(PALETTE[0]))
        painter.setPen(QColor(TEXT_COLOUR))
        painter.setFont(small)
        painter.drawText(
            QRectF(x, bar_rect.top() - value_h, slot, value_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            text.number(bar.count),
        )
        painter.drawText(
            QRectF(x, plot.bottom() + 2 * unit, slot, label_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            bar.label,
        )
    painter.restore()


def render_image(chart: ChartData, text: ReportText, width: int = 1200) -> QImage:
    """The chart on a white image ``width`` pixels wide (height as the chart needs)."""
    unit = PNG_UNIT
    margin = 16 * unit
    vertical = chart.key == "months"
    inner = vbar_height(unit) if vertical else hbar_height(chart, unit)
    image = QImage(width, int(inner + 2 * margin), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if text.rtl:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rect = QRectF(margin, margin, width - 2 * margin, inner)
    try:
        if vertical:
            draw_vbar_chart(painter, rect, chart, text, unit=unit)
        else:
            draw_hbar_chart(painter, rect, chart, text, unit=unit)
    finally:
        painter.end()
    return image


def write_pngs(charts: dict[str, ChartData], folder: Path, text: ReportText) -> list[Path]:
    """One PNG per chart in ``folder`` (created if needed); returns the written paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for key, chart in charts.items():
        if not chart.bars:
            continue
        path = folder / f"{key}.png"
        if not render_image(chart, text).save(str(path)):
            from ttk_desktop.reports import cannot_write

            raise cannot_write(path)
        written.append(path)
    return written
