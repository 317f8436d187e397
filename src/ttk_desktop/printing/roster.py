"""A group's member list, for the facilitator's folder or the notice board.

Members come from ``services.groups.list_members`` (alphabetical, like the
attendance screen). Rows are 8 mm: on A4 the first page holds 25 rows and
following pages 30.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ttk_desktop.core.records import GroupRecord, ParticipantRecord
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services import groups as group_service
from ttk_desktop.printing import labels
from ttk_desktop.printing.attendance_sheet import name_cell, optional_cells, optional_specs
from ttk_desktop.printing.layout import GREY, Canvas, PageGeometry
from ttk_desktop.printing.options import PrintOptions
from ttk_desktop.printing.table import Cell, ColumnSpec, TableDocument, fmt_date, short_code

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database


@dataclass(frozen=True)
class RosterData:
    group: GroupRecord
    members: list[ParticipantRecord]


def load_roster(db: Database, group_id: int) -> RosterData:
    db.require(Action.PRINT)
    group = group_service.get_group(db, group_id)
    return RosterData(group, group_service.list_members(db, group_id))


def group_code(group: GroupRecord) -> str:
    return " · ".join(p for p in (group.external_id, short_code(group.uuid)) if p)


class GroupRoster(TableDocument):
    """The numbered member list of one group, with a blank notes column."""

    row_height = 8.0
    first_header_height = 52.0

    def __init__(
        self, data: RosterData, options: PrintOptions, *, printed_on: dt.date | None = None
    ) -> None:
        super().__init__(options, printed_on)
        self.group = data.group
        self.members = data.members

    def column_specs(self) -> list[ColumnSpec]:
        return [
            ColumnSpec("no", 9, align="center"),
            ColumnSpec("name", 50, weight=2),
            ColumnSpec("register_no", 22, align="center"),
            ColumnSpec("gender", 22),
            *optional_specs(self.options),
            ColumnSpec("notes", 25, weight=1),
        ]

    def row_count(self, geo: PageGeometry) -> int:
        return len(self.members)

    def cells(self, index: int) -> list[Cell]:
        person = self.members[index]
        genders = [labels.text(person.gender, lang) for lang in self.langs]
        return [
            str(index + 1),
            name_cell(person),
            person.external_id or "",
            (genders[0], genders[1]) if len(genders) == 2 else genders[0],
            *optional_cells(person, self.options),
            "",
        ]

    def paint_first_header(self, canvas: Canvas) -> None:
        g = self.group
        lang = self.langs[0]
        period = " – ".join(d for d in (fmt_date(g.start_date), fmt_date(g.end_date)) if d)
        y = self.masthead(canvas, "roster_title") + 1.5
        self.info_grid(
            canvas,
            y,
            [
                [("group", g.name), ("activity", labels.group_type(g.type, lang))],
                [("facilitator", g.facilitator or ""), ("period", period)],
                [("members", str(len(self.members))), ("group_id", group_code(g))],
            ],
        )

    def file_stem(self) -> str:
        return f"grup_{self.group.external_id or self.group.name}"

    def continuation_line(self) -> str:
        return f"{self.group.name} · {group_code(self.group)}"

    def footer_note(self) -> str:
        return f"{self.group.uuid} · {super().footer_note()}"

    def paint_empty(self, canvas: Canvas, y: float) -> None:
        geo = canvas.geo
        canvas.pair(
            geo.left,
            y + 2,
            geo.content_width,
            6,
            [labels.text("no_members", lang) for lang in self.langs],
            size=9,
            color=GREY,
        )
