"""The subject report (everything held about one person, #16) as a PDF, and the writer
the GUI and the command line call for either format.

The tables come from :func:`ttk_desktop.core.security.subject_export.subject_document`
(Qt-free, shared with the Excel writer); here they become HTML in a
``QTextDocument``, which paginates a table of any length across pages by
itself and lays Arabic out right to left. The printed sheets paint fixed
layouts; this document's length is the person's history, so a flowing text
document fits it better. It lives with the reports because importing this
package is cheap (Qt loads only when a PDF is drawn): ``ttk person export``
of a workbook never loads Qt.
"""

from __future__ import annotations

import html
from pathlib import Path

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.security.subject_export import (
    FSI,
    PDI,
    Section,
    SubjectDocument,
    SubjectReport,
    check_format,
    log_subject_export,
    subject_document,
    write_subject_xlsx,
)

_MARGIN_MM = 15.0


def write_subject_report(
    db: Database, report: SubjectReport, out_path: Path, fmt: str, language: str
) -> Path:
    """Write ``report`` as ``fmt`` ("xlsx" or "pdf") in ``language`` and log the export.

    The audit entry names the person's record and the format, no values.

    Raises:
        PermissionDeniedError: the account may not export personal data.
        TtkError: unknown format or language, or the file cannot be written.
    """
    db.require(Action.EXPORT)
    path = Path(out_path)
    if check_format(fmt) == "xlsx":
        write_subject_xlsx(subject_document(report, language), path)
    else:
        write_subject_pdf(subject_document(report, language, isolate=True), path)
    log_subject_export(db, report, fmt)
    return path


def subject_html(document: SubjectDocument) -> str:
    """The document as the HTML subset ``QTextDocument`` renders."""
    direction = "rtl" if document.rtl else "ltr"
    align = "right" if document.rtl else "left"
    parts = [
        f'<html><body dir="{direction}">',
        f'<h2 align="{align}">{html.escape(document.title)}</h2>',
        f'<p align="{align}"><b>{html.escape(document.subtitle)}</b></p>',
        f'<p align="{align}" style="color:#555555">{html.escape(document.intro)}</p>',
    ]
    for section in document.sections:
        parts.append(f'<h3 align="{align}">{html.escape(section.title)}</h3>')
        parts.append(_table(section, align, document.rtl))
    parts.append("</body></html>")
    return "".join(parts)


def _cell(value: str, align: str, *, bold: bool, rtl: bool) -> str:
    """A table cell; in Arabic each value is isolated, so "0532 111 2233" keeps its order."""
    text = html.escape(f"{FSI}{value}{PDI}" if rtl and value else value)
    return f'<td align="{align}">{f"<b>{text}</b>" if bold else text}</td>'


def _table(section: Section, align: str, rtl: bool) -> str:
    if not section.rows:
        return f'<p align="{align}">{html.escape(section.empty_text)}</p>'
    rows = []
    if section.headers:
        cells = "".join(
            f'<th align="{align}" bgcolor="#DCE6F1">{html.escape(h)}</th>' for h in section.headers
        )
        rows.append(f"<tr>{cells}</tr>")
    for values in section.rows:
        cells = "".join(
            _cell(value, align, bold=not section.headers and n == 0, rtl=rtl)
            for n, value in enumerate(values)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-collapse:collapse; border-color:#999999">{"".join(rows)}</table>'
    )


def write_subject_pdf(document: SubjectDocument, path: Path) -> Path:
    """Write ``document`` as an A4 PDF (a QGuiApplication is made if there is none)."""
    from PySide6.QtCore import QMarginsF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

    from ttk_desktop.printing.layout import font_families
    from ttk_desktop.reports import ensure_gui_application

    ensure_gui_application()
    path = Path(path)
    if path.exists() and not path.is_file():
        raise _cannot_write(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(document.title)
    writer.setCreator("TTK Desktop")
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    latin, arabic = font_families()
    text.setDefaultFont(QFont(arabic if document.rtl else latin, 10))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if document.rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text.setDefaultTextOption(option)
    text.setHtml(subject_html(document))
    text.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise _cannot_write(path)
    return path


def _cannot_write(path: Path) -> TtkError:
    return TtkError(
        translate(
            "Privacy",
            "{path} cannot be written. Check that the folder exists, that you may write "
            "there and that the file is not open in another program, then try again.",
            path=path,
        )
    )
