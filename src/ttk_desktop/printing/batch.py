"""All attendance sheets of a week's sessions, for printing in one go.

Sessions come from ``services.sessions.list_sessions(date_from, date_to)`` and
are printed in calendar order (earliest first), each sheet numbering its own
pages, so the stack comes out of the printer in the order of the week.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services import sessions as session_service
from ttk_desktop.printing.attendance_sheet import AttendanceSheet, SheetData, load_sheet
from ttk_desktop.printing.options import PrintOptions

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week containing ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def load_batch(db: Database, date_from: dt.date, date_to: dt.date) -> list[SheetData]:
    """The sheets of every session from ``date_from`` to ``date_to`` (inclusive), earliest first."""
    db.require(Action.PRINT)
    found = session_service.list_sessions(db, date_from=date_from, date_to=date_to)
    found.sort(key=lambda s: (s.date, s.start_time or "", s.id))
    return [load_sheet(db, s.id) for s in found]


def batch_documents(
    sheets: list[SheetData], options: PrintOptions, *, printed_on: dt.date | None = None
) -> list[AttendanceSheet]:
    return [AttendanceSheet(data, options, printed_on=printed_on) for data in sheets]
