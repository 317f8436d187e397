"""The attendance sheet people sign at a session.

Rows come from ``services.sessions.attendance_rows`` in the same order as the
attendance screen, so staff tick attendance from the signed sheet row by row.
Empty numbered rows follow for walk-ins. The session's register id and a short
code from its UUID are printed on every page, the full UUID in the footer, so
a sheet found in a drawer leads back to its session
(``services.sessions.find_session`` takes the register id or the UUID).

Layout on A4 (mm): the first page has the masthead and the session grid and
holds 19 rows of 10 mm (18 when it is the last page, which carries the
facilitator's sign-off block); following pages hold 24 rows (22 on the last).
So with the default 10 walk-in rows: 0 members -> 1 page (18 blank rows),
1 -> 1, 25 -> 2, 100 -> 5 pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ttk_desktop.core.records import AttendanceRow, ParticipantRecord, SessionRecord
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services import sessions as session_service
from ttk_desktop.printing import labels
from ttk_desktop.printing.layout import GREY, Canvas, PageGeometry
from ttk_desktop.printing.options import PrintOptions
from ttk_desktop.printing.table import Cell, ColumnSpec, TableDocument, fmt_date, short_code

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database


@dataclass(frozen=True)
class SheetData:
    """Everything an attendance sheet shows, read once (off the GUI thread)."""

    session: SessionRecord
    rows: list[AttendanceRow]


def load_sheet(db: Database, session_id: int) -> SheetData:
    db.require(Action.PRINT)
    return SheetData(
        session_service.get_session(db, session_id),
        session_service.attendance_rows(db, session_id),
    )


def session_code(session: SessionRecord) -> str:
    """``S001 · 3F2A-9C1B`` (register id if any, then the short code of the UUID)."""
    parts = [p for p in (session.external_id, short_code(session.uuid)) if p]
    return " · ".join(parts)


def session_time(session: SessionRecord) -> str:
    if session.start_time and session.end_time:
        return f"{session.start_time}–{session.end_time}"
    return session.start_time or session.end_time or ""


def birth_cell(person: ParticipantRecord) -> str:
    if person.birth_date is None:
        return ""
    if person.birth_date_estimated:
        return f"~{person.birth_date.year}"
    return fmt_date(person.birth_date)


def nationality_cell(person: ParticipantRecord, langs: tuple[str, ...]) -> Cell:
    names = [labels.nationality(person.nationality, lang) for lang in langs]
    if len(names) == 2 and names[0] != names[1]:
        return (names[0], names[1])
    return names[0]


def name_cell(person: ParticipantRecord) -> Cell:
    return (person.full_name, person.full_name_ar or "")


def optional_specs(options: PrintOptions) -> list[ColumnSpec]:
    """The columns a user ticked on for this print (all off by default)."""
    specs = []
    if options.show_phone:
        specs.append(ColumnSpec("phone", 28))
    if options.show_birth_date:
        specs.append(ColumnSpec("birth_date", 21, align="center"))
    if options.show_nationality:
        specs.append(ColumnSpec("nationality", 24))
    return specs


def optional_cells(person: ParticipantRecord, options: PrintOptions) -> list[Cell]:
    cells: list[Cell] = []
    if options.show_phone:
        cells.append(person.phone or "")
    if options.show_birth_date:
        cells.append(birth_cell(person))
    if options.show_nationality:
        cells.append(nationality_cell(person, options.languages))
    return cells


class AttendanceSheet(TableDocument):
    """One session's sheet; ``blank=True`` prints every row empty."""

    first_header_height = 61.0
    closing_height = 17.0

    def __init__(
        self,
        data: SheetData,
        options: PrintOptions,
        *,
        blank: bool = False,
        printed_on: dt.date | None = None,
    ) -> None:
        super().__init__(options, printed_on)
        self.session = data.session
        self.people = [] if blank else [row.participant for row in data.rows]

    def column_specs(self) -> list[ColumnSpec]:
        return [
            ColumnSpec("no", 9, align="center"),
            ColumnSpec("name", 45, weight=1),
            ColumnSpec("register_no", 22, align="center"),
            *optional_specs(self.options),
            ColumnSpec("signature", 35, weight=2),
        ]

    def row_count(self, geo: PageGeometry) -> int:
        if not self.people:  # a blank sheet fills its page
            return max(self.options.walk_in_rows, self.capacity(geo, first=True, final=True))
        return len(self.people) + self.options.walk_in_rows

    def cells(self, index: int) -> list[Cell]:
        number = str(index + 1)
        if index >= len(self.people):
            return [number]
        person = self.people[index]
        return [
            number,
            name_cell(person),
            person.external_id or "",
            *optional_cells(person, self.options),
            "",
        ]

    def paint_first_header(self, canvas: Canvas) -> None:
        s = self.session
        lang = self.langs[0]
        y = self.masthead(canvas, "attendance_title") + 1.5
        self.info_grid(
            canvas,
            y,
            [
                [("group", s.group_name), ("date", fmt_date(s.date))],
                [("activity", labels.group_type(s.group_type, lang)), ("time", session_time(s))],
                [("facilitator", s.facilitator or ""), ("place", s.place or "")],
                [("topic", s.topic or ""), ("session_id", session_code(s))],
            ],
        )

    def file_stem(self) -> str:
        """A file name for the saved PDF: ``yoklama_S001_2026-03-12``."""
        s = self.session
        return f"yoklama_{s.external_id or short_code(s.uuid)}_{s.date.isoformat()}"

    def continuation_line(self) -> str:
        s = self.session
        parts = [s.group_name, fmt_date(s.date), session_time(s), session_code(s)]
        return " · ".join(p for p in parts if p)

    def footer_note(self) -> str:
        return f"{self.session.uuid} · {super().footer_note()}"

    def paint_closing(self, canvas: Canvas, y: float) -> None:
        geo = canvas.geo
        h = self.closing_height - 3.0
        w1 = geo.content_width / 3
        w2 = geo.content_width - w1
        canvas.box(geo.left, y, w1, h, width=0.3)
        canvas.box(geo.left + w1, y, w2, h, width=0.3)
        canvas.pair(
            geo.left + 1.2,
            y + 0.5,
            w1 - 2.4,
            3.6,
            [labels.text("present_total", lang) for lang in self.langs],
            size=6.5,
            color=GREY,
        )
        canvas.pair(
            geo.left + w1 + 1.2,
            y + 0.5,
            w2 - 2.4,
            3.6,
            [labels.text("facilitator_signature", lang) for lang in self.langs],
            size=6.5,
            color=GREY,
        )
        if self.session.facilitator:
            canvas.text(
                geo.left + w1 + 1.2, y + h - 5.5, w2 / 2, 5.0, self.session.facilitator, size=9
            )
