"""Draw the TTK Desktop icon and write ``resources/ttk-desktop.ico`` and ``.png``.

    python packaging/make_icon.py

A teal rounded square with a white tick: an attendance mark, the thing the
program is used for most. No letters, so it reads the same in Turkish, English
and Arabic and stays legible at 16 px. Each size is drawn on its own (not
scaled down from 256 px) with the strokes snapped to whole pixels at the small
sizes. The .ico holds every size as PNG (Windows Vista and later read those).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
BACKGROUND = QColor("#0b6e74")
EDGE = QColor("#07494d")
TICK = QColor("#ffffff")


def render(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent outside the square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = 0.5 if size <= 32 else size / 64
    square = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    radius = size * 0.2
    painter.setPen(QPen(EDGE, max(1.0, size / 48)))
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(square, radius, radius)
    # The tick: short stroke down-right, long stroke up-right.
    width = max(2.0, round(size * 0.14)) if size <= 48 else size * 0.13
    pen = QPen(TICK, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(size * 0.24, size * 0.53))
    tick.lineTo(QPointF(size * 0.43, size * 0.72))
    tick.lineTo(QPointF(size * 0.77, size * 0.31))
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, ICONDIRENTRY x n, data)."""
    blobs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = [render(size) for size in SIZES]
    RESOURCES.mkdir(exist_ok=True)
    (RESOURCES / "ttk-desktop.ico").write_bytes(ico_bytes(images))
    images[-1].save(str(RESOURCES / "ttk-desktop.png"))
    print(f"{RESOURCES / 'ttk-desktop.ico'}: {', '.join(str(s) for s in SIZES)} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
