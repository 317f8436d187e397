"""Printed attendance sheets, group rosters and registration forms.

Drawn with Qt's own painter (QtGui only, no widgets, no PDF library) so the
same pages go to a PDF file, a printer through the print preview, or an
image. Data is read through the core services first (``load_*``; off the GUI
thread in the app), then laid out and painted without touching the database.

The command line calls :func:`cli_sheet`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ttk_desktop.core.i18n import translate
from ttk_desktop.printing.attendance_sheet import AttendanceSheet, SheetData, load_sheet
from ttk_desktop.printing.batch import batch_documents, load_batch, week_of
from ttk_desktop.printing.options import (
    PrintOptions,
    load_print_settings,
    save_print_settings,
    with_overrides,
)
from ttk_desktop.printing.registration_form import RegistrationForm
from ttk_desktop.printing.render import (
    Document,
    PrintError,
    ensure_gui_application,
    page_count,
    render_documents,
    render_page_image,
)
from ttk_desktop.printing.roster import GroupRoster, RosterData, load_roster

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from ttk_desktop.core.db.engine import Database

    Target = QPagedPaintDevice | str | Path

__all__ = [
    "AttendanceSheet",
    "Document",
    "GroupRoster",
    "PrintError",
    "PrintOptions",
    "RegistrationForm",
    "RosterData",
    "SheetData",
    "batch_documents",
    "cli_sheet",
    "ensure_gui_application",
    "load_batch",
    "load_print_settings",
    "load_roster",
    "load_sheet",
    "page_count",
    "render_attendance_sheet",
    "render_documents",
    "render_group_roster",
    "render_page_image",
    "render_registration_form",
    "render_week_batch",
    "save_print_settings",
    "week_of",
]


def render_attendance_sheet(
    db: Database, session_id: int, target: Target, options: PrintOptions | None = None
) -> int:
    """Print one session's attendance sheet to ``target``; returns the page count."""
    options = options or load_print_settings(db)
    doc = AttendanceSheet(load_sheet(db, session_id), options)
    return render_documents([doc], target, page=options.page_size, title=doc.continuation_line())


def render_group_roster(
    db: Database, group_id: int, target: Target, options: PrintOptions | None = None
) -> int:
    options = options or load_print_settings(db)
    doc = GroupRoster(load_roster(db, group_id), options)
    return render_documents([doc], target, page=options.page_size, title=doc.group.name)


def render_registration_form(target: Target, options: PrintOptions | None = None) -> int:
    options = options or PrintOptions()
    return render_documents([RegistrationForm(options)], target, page=options.page_size)


def render_week_batch(
    db: Database,
    date_from: dt.date,
    date_to: dt.date,
    target: Target,
    options: PrintOptions | None = None,
) -> int:
    """Every session's sheet from ``date_from`` to ``date_to`` into one target."""
    options = options or load_print_settings(db)
    sheets = load_batch(db, date_from, date_to)
    if not sheets:
        raise PrintError(
            translate(
                "Printing",
                "There are no sessions from {start} to {end}: nothing to print.",
                start=date_from.strftime("%d.%m.%Y"),
                end=date_to.strftime("%d.%m.%Y"),
            )
        )
    return render_documents(batch_documents(sheets, options), target, page=options.page_size)


def cli_sheet(
    db: Database,
    session_key: str,
    pdf_path: str | Path,
    *,
    walk_in_rows: int | None = None,
    page_size: str = "A4",
    show_phone: bool = False,
    show_birth_date: bool = False,
    show_nationality: bool = False,
    languages: tuple[str, ...] | None = None,
) -> int:
    """``ttk sheet SESSION_ID --pdf OUT.pdf``: write a session's sheet; returns the pages.

    ``session_key`` is the session's register id (``S001``) or its UUID. Raises
    ``NotFoundError`` for an unknown session and :class:`PrintError` when the
    file cannot be written (both ``TtkError``: print the message, exit non-zero).
    """
    from ttk_desktop.core.services.sessions import find_session

    ensure_gui_application()
    session = find_session(db, session_key)
    options = with_overrides(
        load_print_settings(db),
        walk_in_rows=walk_in_rows,
        page_size=page_size,
        show_phone=show_phone,
        show_birth_date=show_birth_date,
        show_nationality=show_nationality,
        languages=languages,
    )
    return render_attendance_sheet(db, session.id, pdf_path, options)
