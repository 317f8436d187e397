"""Send laid-out documents to a PDF file, a printer or an image.

Any QPagedPaintDevice works as a target: a QPdfWriter (save as PDF, the
command line), a QPrinter handed over by the print preview, or a page at a
time into a QImage (tests, thumbnails). Documents paint in millimetres
(:class:`~ttk_desktop.printing.layout.Canvas`) so the device's resolution
does not matter.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
)

from ttk_desktop import __version__
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate
from ttk_desktop.printing.layout import MM_PER_INCH, PageGeometry, page_size

PDF_DPI = 300
_KEEP: list[QGuiApplication] = []


class PrintError(TtkError):
    """A document could not be written (file locked, folder missing, nothing to print)."""


class Document(Protocol):
    """What the renderer needs from a printable document."""

    def page_count(self, geo: PageGeometry) -> int: ...

    def paint_page(self, painter: QPainter, geo: PageGeometry, index: int) -> None: ...


def ensure_gui_application() -> QGuiApplication:
    """Printing needs fonts, so a QGuiApplication; offscreen when there is no display."""
    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A process that also shows widgets (the test run, after `ttk sheet` in-process)
        # needs the QApplication they need: Qt allows one application object only.
        widgets = sys.modules.get("PySide6.QtWidgets")
        app_class = widgets.QApplication if widgets is not None else QGuiApplication
        app = app_class(["ttk"])
        _KEEP.append(app)  # the command line holds no other reference to it
    return app  # type: ignore[return-value]


def pdf_writer(path: str | Path, page: str = "A4", title: str = "") -> QPdfWriter:
    """A PDF writer for ``path`` at 300 dpi with no device margins (documents keep their own)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(page_size(page), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setCreator(f"TTK Desktop {__version__}")
    if title:
        writer.setTitle(title)
    return writer


def render_documents(
    docs: Sequence[Document],
    target: QPagedPaintDevice | str | Path,
    *,
    page: str = "A4",
    title: str = "",
) -> int:
    """Paint ``docs`` one after another into ``target``; returns the number of pages.

    ``target`` is a paged device (its own paper size is used) or a PDF path
    (``page`` gives the paper size). Each document numbers its own pages.
    """
    if not docs:
        raise PrintError(translate("Printing", "There is nothing to print."))
    ensure_gui_application()
    path = None if isinstance(target, QPagedPaintDevice) else Path(target)
    device = pdf_writer(path, page, title) if path is not None else target
    painter = QPainter()
    if not painter.begin(device):  # type: ignore[arg-type]
        if path is None:
            raise PrintError(
                translate(
                    "Printing",
                    "The printer cannot be used. Check that it is switched on and "
                    "connected, then try again.",
                )
            )
        raise PrintError(
            translate(
                "Printing",
                "Cannot write {path}. Check that the folder exists and the file is not open "
                "in another program, then try again.",
                path=path,
            )
        )
    pages = 0
    try:
        geo = PageGeometry.of(device)  # type: ignore[arg-type]
        for doc in docs:
            for index in range(doc.page_count(geo)):
                if pages:
                    device.newPage()  # type: ignore[union-attr]
                doc.paint_page(painter, geo, index)
                pages += 1
    finally:
        painter.end()
    return pages


def page_count(doc: Document, page: str = "A4") -> int:
    """How many pages ``doc`` takes on ``page`` paper (without painting it)."""
    ensure_gui_application()
    size = page_size(page).size(page_size(page).Unit.Millimeter)
    dpi = float(PDF_DPI)
    geo = PageGeometry(size.width() * dpi / MM_PER_INCH, size.height() * dpi / MM_PER_INCH, dpi)
    return doc.page_count(geo)


def render_page_image(doc: Document, index: int = 0, *, page: str = "A4", dpi: int = 100) -> QImage:
    """One page of ``doc`` drawn into a white QImage at ``dpi`` (previews and tests)."""
    ensure_gui_application()
    size = page_size(page).size(page_size(page).Unit.Millimeter)
    image = QImage(
        round(size.width() * dpi / MM_PER_INCH),
        round(size.height() * dpi / MM_PER_INCH),
        QImage.Format.Format_RGB32,
    )
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        doc.paint_page(painter, PageGeometry.of(image), index)
    finally:
        painter.end()
    return image
