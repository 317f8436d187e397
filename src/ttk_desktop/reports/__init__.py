"""The yearly report as files: Excel, PDF, PNG charts and CSV.

The desktop app's statistics tab and ``ttk stats --xlsx/--pdf/--png-dir/--csv``
both call :func:`write_reports` with statistics already computed, so the
files hold exactly the figures on screen. Importing this package is cheap:
openpyxl and Qt are loaded only by the writers that need them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate

if TYPE_CHECKING:  # both import SQLAlchemy; the app's participants tab imports .labels
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.core.statistics import YearlyStats

__all__ = ["cannot_write", "ensure_gui_application", "office_name", "write_reports"]

_app: Any = None  # keeps a QGuiApplication made for the command line alive


def cannot_write(path: Path) -> TtkError:
    return TtkError(
        translate(
            "Reports",
            "{path} cannot be written. Check that the folder exists, that you may write "
            "there and that the file is not open in another program, then try again.",
            path=path,
        )
    )


def ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new one (offscreen without a display).

    Fonts and painting need a QGuiApplication; the command line has none. On a
    machine without a display (a server, CI) Qt's offscreen platform is used.
    """
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if no_display and sys.platform != "win32" and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # A process that also shows widgets needs a QApplication (one application object only).
        widgets = sys.modules.get("PySide6.QtWidgets")
        app_class = widgets.QApplication if widgets is not None else QGuiApplication
        _app = app = app_class([sys.argv[0] if sys.argv else "ttk"])
    elif not isinstance(app, QGuiApplication):
        raise TtkError(
            translate("Reports", "The PDF and the chart images need the graphical part of Qt.")
        )
    return app


def office_name(db: Database, stats: YearlyStats) -> str | None:
    """The office named on the PDF: the filtered office, or the database's only office."""
    from ttk_desktop.core.services.offices import list_offices

    offices = list_offices(db)
    code = stats.filter.office_code
    if code is not None:
        return next((o.name for o in offices if o.code == code), code)
    return offices[0].name if len(offices) == 1 else None


def write_reports(
    db: Database,
    stats: YearlyStats,
    *,
    xlsx: Path | str | None = None,
    pdf: Path | str | None = None,
    png_dir: Path | str | None = None,
    csv: Path | str | None = None,
    language: str = "tr",
) -> list[Path]:
    """Write the requested report files of ``stats``; returns the paths written.

    Runs on any thread once a QGuiApplication exists (the GUI runs it off the
    GUI thread); from the command line it creates one itself.
    """
    from ttk_desktop.reports.labels import ReportText

    text = ReportText(language)
    written: list[Path] = []

    def write(target: Path | str, writer: Any) -> None:
        try:
            result = writer(Path(target))
        except OSError as exc:  # a missing folder, no permission, the file open in Excel
            raise cannot_write(Path(target)) from exc
        written.extend(result if isinstance(result, list) else [result])

    if xlsx is not None:
        from ttk_desktop.reports.xlsx_report import write_xlsx

        write(xlsx, lambda path: write_xlsx(stats, path, text.language))
    if csv is not None:
        from ttk_desktop.reports.csv_report import write_csv

        write(csv, lambda path: write_csv(stats, path, text.language))
    if pdf is not None or png_dir is not None:
        ensure_gui_application()
    if pdf is not None:
        from ttk_desktop.reports.pdf_report import write_pdf

        name = office_name(db, stats)
        write(pdf, lambda path: write_pdf(stats, path, text.language, office_name=name))
    if png_dir is not None:
        from ttk_desktop.reports.charts import write_pngs
        from ttk_desktop.reports.tables import build_charts

        write(png_dir, lambda folder: write_pngs(build_charts(stats, text), folder, text))
    return written
