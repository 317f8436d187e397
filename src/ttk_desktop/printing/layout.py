"""Page geometry, fonts and a millimetre canvas over QPainter.

Every document lays itself out in millimetres on the page and paints through
:class:`Canvas`, which converts to the device's pixels. The same code then
draws into a QPdfWriter, a QPrinter (print preview, real printers) or a
QImage, whatever their resolution. Row heights are fixed in millimetres, so
pagination does not depend on the fonts installed.

Arabic is shaped by Qt's text engine (HarfBuzz) and laid out right to left by
giving each Arabic string a QTextOption with ``Qt.RightToLeft``; positions
are absolute (``AlignAbsolute``) so "right" stays right whatever the
application's layout direction.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QTextOption,
)

MM_PER_INCH = 25.4
PAGE_SIZE_IDS: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
MARGIN_X = 12.0
MARGIN_TOP = 10.0
MARGIN_BOTTOM = 10.0
FOOTER_HEIGHT = 7.0

BLACK = QColor(0, 0, 0)
GREY = QColor(90, 90, 90)
LIGHT = QColor(225, 225, 225)

# Families tried in order: Windows ships Segoe UI and Arial (both cover Arabic
# and Turkish); Linux usually has DejaVu Sans or Noto.
_LATIN_FAMILIES = ("Segoe UI", "Arial", "DejaVu Sans", "Noto Sans", "Liberation Sans")
_ARABIC_FAMILIES = (
    "Segoe UI",
    "Arial",
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "DejaVu Sans",
    "Tahoma",
)


def page_size(name: str) -> QPageSize:
    return QPageSize(PAGE_SIZE_IDS.get(name, QPageSize.PageSizeId.A4))


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


@lru_cache(maxsize=1)
def font_families() -> tuple[str, str]:
    """(Latin family, Arabic family) available on this machine (needs a QGuiApplication)."""
    installed = set(QFontDatabase.families())
    arabic_capable = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
    latin = next((f for f in _LATIN_FAMILIES if f in installed), QFont().defaultFamily())
    arabic = next((f for f in _ARABIC_FAMILIES if f in arabic_capable), None)
    if arabic is None:
        arabic = sorted(arabic_capable)[0] if arabic_capable else latin
    return latin, arabic


def arabic_font_available() -> bool:
    """Whether any installed font has Arabic glyphs (else Arabic prints as boxes)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))


@dataclass(frozen=True)
class PageGeometry:
    """A page in device pixels, with millimetre helpers and the standard margins."""

    width_px: float
    height_px: float
    dpi: float

    @classmethod
    def of(cls, device: QPaintDevice) -> PageGeometry:
        return cls(float(device.width()), float(device.height()), float(device.logicalDpiY()))

    @property
    def width(self) -> float:
        """Page width in mm."""
        return self.width_px * MM_PER_INCH / self.dpi

    @property
    def height(self) -> float:
        return self.height_px * MM_PER_INCH / self.dpi

    @property
    def left(self) -> float:
        return MARGIN_X

    @property
    def right(self) -> float:
        return self.width - MARGIN_X

    @property
    def content_width(self) -> float:
        return self.width - 2 * MARGIN_X

    @property
    def top(self) -> float:
        return MARGIN_TOP

    @property
    def footer_top(self) -> float:
        """Where the footer starts; the body ends 1 mm above it."""
        return self.height - MARGIN_BOTTOM - FOOTER_HEIGHT

    def px(self, mm: float) -> float:
        return mm * self.dpi / MM_PER_INCH

    def key(self) -> tuple[int, int]:
        """Page size in tenths of mm, for caching pagination per paper size."""
        return round(self.width * 10), round(self.height * 10)


class Canvas:
    """Millimetre drawing on one page; text direction and fonts chosen per string."""

    def __init__(self, painter: QPainter, geo: PageGeometry) -> None:
        self.painter = painter
        self.geo = geo
        self.latin_family, self.arabic_family = font_families()
        self._fonts: dict[tuple[bool, float, bool], QFont] = {}

    # -- fonts --------------------------------------------------------------------------
    def font(self, text: str, size: float, bold: bool = False) -> QFont:
        arabic = has_arabic(text)
        key = (arabic, size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.arabic_family if arabic else self.latin_family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.painter.device())

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of ``text`` in mm."""
        fm = self.metrics(self.font(text, size, bold))
        return fm.horizontalAdvance(text) * MM_PER_INCH / self.geo.dpi

    def fit_size(self, texts: list[str], w: float, size: float, bold: bool = False) -> float:
        """The largest size up to ``size`` (not under 6 pt) at which ``texts`` share a line."""
        needed = sum(self.text_width(t, size, bold) for t in texts if t) + 3.0 * (len(texts) - 1)
        if needed <= w:
            return size
        gaps = 3.0 * (len(texts) - 1)
        return max(6.0, 0.98 * size * (w - gaps) / (needed - gaps))

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        g = self.geo
        return QRectF(g.px(x), g.px(y), g.px(w), g.px(h))

    # -- text ---------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        *,
        size: float = 9.0,
        bold: bool = False,
        align: str = "left",
        valign: str = "center",
        color: QColor = BLACK,
        shrink: float = 1.0,
    ) -> None:
        """One line of text in the box; Arabic set right to left.

        Too long a text is first set smaller (down to ``shrink`` times ``size``),
        then elided: a phone number or name stays whole when it can.
        """
        if not text or w <= 0:
            return
        font = self.font(text, size, bold)
        box = self.rect(x, y, w, h)
        fm = self.metrics(font)
        advance = fm.horizontalAdvance(text)
        if advance > box.width() and shrink < 1.0:
            # Quarter points, rounded down, keep the font cache small.
            smaller = max(size * shrink, math.floor(size * box.width() / advance * 4) / 4)
            font = self.font(text, smaller, bold)
            fm = self.metrics(font)
            advance = fm.horizontalAdvance(text)
        if advance > box.width():
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        option = QTextOption(_alignment(align, valign))
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        )
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(box, text, option)

    def paragraph_height(self, w: float, text: str, *, size: float = 8.0) -> float:
        """Height in mm that :meth:`paragraph` needs for ``text`` wrapped at ``w`` mm."""
        fm = self.metrics(self.font(text, size))
        flags = int(Qt.TextFlag.TextWordWrap)
        box = fm.boundingRect(QRectF(0, 0, self.geo.px(w), 1e7), flags, text)
        return box.height() * MM_PER_INCH / self.geo.dpi

    def paragraph(
        self, x: float, y: float, w: float, text: str, *, size: float = 8.0, color: QColor = BLACK
    ) -> float:
        """Word-wrapped text (Arabic right-aligned and right to left); returns its height."""
        h = self.paragraph_height(w, text, size=size)
        rtl = is_rtl(text)
        option = QTextOption(_alignment("right" if rtl else "left", "top"))
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.painter.setFont(self.font(text, size))
        self.painter.setPen(color)
        self.painter.drawText(self.rect(x, y, w, h + 1), text, option)
        return h

    def pair(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        texts: list[str],
        *,
        size: float = 9.0,
        bold: bool = False,
        valign: str = "center",
        color: QColor = BLACK,
    ) -> None:
        """Two versions of one label on one line: first at the left, second at the right.

        Right-to-left text goes to the right side whatever its position in ``texts``.
        Too long a pair is set up to 15 % smaller, then both sides are elided.
        """
        texts = [t for t in texts if t]
        if not texts:
            return
        if len(texts) == 1:
            align = "right" if is_rtl(texts[0]) else "left"
            self.text(
                x, y, w, h, texts[0], size=size, bold=bold, align=align, valign=valign, color=color
            )
            return
        left, right = texts[0], texts[1]
        if is_rtl(left) and not is_rtl(right):
            left, right = right, left
        gap = 3.0
        wl = self.text_width(left, size, bold)
        wr = self.text_width(right, size, bold)
        if wl + wr + gap > w:  # a little smaller first (hinting at low resolutions)
            size = max(size * 0.85, math.floor(size * (w - gap) / (wl + wr) * 4) / 4)
            wl = self.text_width(left, size, bold)
            wr = self.text_width(right, size, bold)
        if wl + wr + gap > w:  # share the line in proportion, both elided
            wl = max(w * wl / (wl + wr) - gap / 2, 1.0)
            wr = max(w - wl - gap, 1.0)
        self.text(x, y, wl + 0.5, h, left, size=size, bold=bold, valign=valign, color=color)
        self.text(
            x + w - wr - 0.5,
            y,
            wr + 0.5,
            h,
            right,
            size=size,
            bold=bold,
            align="right",
            valign=valign,
            color=color,
        )

    # -- lines and boxes ----------------------------------------------------------------
    def _pen(self, width: float, color: QColor) -> QPen:
        pen = QPen(color)
        pen.setWidthF(self.geo.px(width))
        return pen

    def hline(
        self, x1: float, x2: float, y: float, *, width: float = 0.3, color: QColor = BLACK
    ) -> None:
        g = self.geo
        self.painter.setPen(self._pen(width, color))
        self.painter.drawLine(QPointF(g.px(x1), g.px(y)), QPointF(g.px(x2), g.px(y)))

    def vline(
        self, x: float, y1: float, y2: float, *, width: float = 0.3, color: QColor = BLACK
    ) -> None:
        g = self.geo
        self.painter.setPen(self._pen(width, color))
        self.painter.drawLine(QPointF(g.px(x), g.px(y1)), QPointF(g.px(x), g.px(y2)))

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        width: float = 0.3,
        fill: QColor | None = None,
        color: QColor = BLACK,
    ) -> None:
        self.painter.setPen(self._pen(width, color) if width > 0 else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def checkbox(self, x: float, y: float, size: float = 3.2) -> None:
        self.box(x, y, size, size, width=0.25)


def _alignment(align: str, valign: str) -> Qt.AlignmentFlag:
    horizontal = {
        "left": Qt.AlignmentFlag.AlignLeft,
        "right": Qt.AlignmentFlag.AlignRight,
        "center": Qt.AlignmentFlag.AlignHCenter,
    }[align]
    vertical = {
        "top": Qt.AlignmentFlag.AlignTop,
        "bottom": Qt.AlignmentFlag.AlignBottom,
        "center": Qt.AlignmentFlag.AlignVCenter,
    }[valign]
    return horizontal | vertical | Qt.AlignmentFlag.AlignAbsolute
