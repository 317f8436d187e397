"""What the first pass keeps of a register: compact rows, the sheets they came from, issues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ttk_desktop.core.db.models import Group, Participant, Session
from ttk_desktop.core.errors import ImportIssue
from ttk_desktop.core.textrules import printable

KINDS: tuple[str, ...] = ("participants", "groups", "sessions", "attendance")
ID_FIELDS = {"participants": "participant_id", "groups": "group_id", "sessions": "session_id"}


class ParticipantRow(NamedTuple):
    row: int
    office: str  # office code (an empty cell means this database's office)
    external_id: str
    first_name: str
    last_name: str
    first_name_ar: str | None
    last_name_ar: str | None
    gender: str
    birth_date: dt.date | None
    birth_date_estimated: bool
    nationality: str
    phone: str | None
    disability: str | None


class GroupRow(NamedTuple):
    row: int
    office: str
    external_id: str
    type: str
    name: str
    facilitator: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    description: str | None


class SessionRow(NamedTuple):
    row: int
    office: str  # "" = the office of the session's group
    external_id: str
    group_ref: str
    date: dt.date
    topic: str | None
    place: str | None
    start_time: str | None


class SessionRef(NamedTuple):
    """What is left of a refused session row: its group reference, still checked."""

    row: int
    office: str
    group_ref: str


class AttendanceRow(NamedTuple):
    row: int
    session_ref: str
    participant_ref: str


@dataclass
class ParsedSheet:
    """One recognised sheet after the first pass."""

    kind: str
    name: str
    present: frozenset[str]  # fields whose column the sheet has
    headers: dict[str, str]  # field -> header as written in the file
    rows: list[Any] = field(default_factory=list)
    # Refused rows whose references are still checked (every problem is listed once).
    partial: list[Any] = field(default_factory=list)

    def column(self, name: str) -> str:
        return self.headers.get(name, name)


class IssueList:
    """Collects issues for one file.

    The file, sheet and column names are shown with what cannot be printed
    escaped (issue #11): a header holding ESC[2J must not clear a terminal.
    Messages escape the values they quote themselves.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self._shown_file = printable(file)
        self.items: list[ImportIssue] = []

    def add(self, sheet: str | None, row: int | None, column: str | None, message: str) -> None:
        self.items.append(
            ImportIssue(
                self._shown_file,
                None if sheet is None else printable(sheet),
                row,
                None if column is None else printable(column),
                message,
            )
        )

    def __bool__(self) -> bool:
        return bool(self.items)

    def sorted(self, sheet_order: list[str]) -> list[ImportIssue]:
        """File-wide issues first, then by sheet as in the workbook, then by row."""
        rank = {name: i for i, name in enumerate(sheet_order)}
        return sorted(
            self.items,
            key=lambda i: (i.sheet is not None, rank.get(i.sheet or "", -1), i.row or 0),
        )


def _max_lengths(model: Any) -> dict[str, int]:
    table = model.__table__
    return {c.name: c.type.length for c in table.columns if getattr(c.type, "length", None)}


LENGTHS = {
    "participants": _max_lengths(Participant),
    "groups": _max_lengths(Group),
    "sessions": _max_lengths(Session),
    "attendance": {},
}
ID_LENGTH = LENGTHS["participants"]["external_id"]


# Fields each row parser reads, in order (see :meth:`SheetParser.values`).
ROW_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": (
        "office", "participant_id", "first_name", "last_name", "first_name_ar",
        "last_name_ar", "gender", "birth_date", "nationality", "phone", "disability",
    ),
    "groups": (
        "office", "group_id", "type", "name", "facilitator", "start_date", "end_date",
        "description",
    ),
    "sessions": ("office", "session_id", "group_id", "date", "topic", "place", "start_time"),
    "attendance": ("session_id", "participant_id"),
}  # fmt: skip
