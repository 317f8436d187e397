"""Parsing the rows of one sheet: cell helpers and the group, session and attendance rows.

Participants, the register's bulk, have their own parser in
:mod:`ttk_desktop.core.importer.people`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ttk_desktop.core import normalize
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.cells import parse_time
from ttk_desktop.core.importer.rows import (
    ID_LENGTH,
    LENGTHS,
    ROW_FIELDS,
    AttendanceRow,
    GroupRow,
    ParsedSheet,
    SessionRef,
    SessionRow,
)
from ttk_desktop.core.records import GroupInput, SessionInput
from ttk_desktop.core.textrules import (
    IDENT,
    MULTI_LINE,
    MULTI_LINE_FIELDS,
    ONE_LINE,
    store_form,
    text_problem,
)
from ttk_desktop.core.validation import validate_group, validate_session

if TYPE_CHECKING:
    from ttk_desktop.core.importer.parse import WorkbookParser


class SheetParser:
    """Parses the rows of one sheet; shared caches live on the :class:`WorkbookParser`.

    The base of :class:`~ttk_desktop.core.importer.people.ParticipantParser`,
    which parses participant rows.
    """

    def __init__(self, owner: WorkbookParser, sheet: ParsedSheet, index: dict[str, int]) -> None:
        self.owner = owner
        self.sheet = sheet
        self.index = index
        self.issues = owner.issues
        self.lengths = LENGTHS[sheet.kind]
        # Birth dates may be a bare year (estimated); session and group dates may not.
        self.date_parser = owner.lenient_date if sheet.kind == "participants" else owner.strict_date
        self._bad: set[str] = set()  # fields of the current row already reported
        # Set by each row parser, even for a refused row: its (office, own id), and
        # for sessions and attendance the references to check in the second pass.
        self.key: tuple[str | None, str | None] = (None, None)
        self.partial: Any = None
        # One C-level call picks a row's cells in ROW_FIELDS order; an absent
        # column reads the "" appended to every row (index -1).
        self._pick = operator.itemgetter(*(index.get(f, -1) for f in ROW_FIELDS[sheet.kind]))

    def row_parser(self) -> Callable[[list[Any], int], Any]:
        """The method that parses one row of this sheet's kind (cells, Excel row number)."""
        return {"groups": self.group, "sessions": self.session, "attendance": self.attendance}[
            self.sheet.kind
        ]

    def values(self, cells: list[Any]) -> tuple[Any, ...]:
        """The row's cells in ROW_FIELDS order ("" for columns the sheet lacks)."""
        cells.append("")
        return self._pick(cells)

    # -- helpers (each takes the raw cell value) --------------------------------
    def issue(self, row: int, name: str | None, message: str) -> None:
        if name is not None:
            self._bad.add(name)
        column = self.sheet.column(name) if name else None
        self.issues.add(self.sheet.name, row, column, message)

    def text(self, value: Any, row: int, name: str, required: bool = False) -> str | None:
        text = value.strip() if value.__class__ is str else normalize.parse_text(value)
        if not text:
            if required:
                self.issue(row, name, self.owner.required_message(name))
            return None
        kind = MULTI_LINE if name in MULTI_LINE_FIELDS else ONE_LINE
        problem = text_problem(text, self.sheet.column(name), kind)  # issue #11
        if problem:
            self.issue(row, name, problem)
            return None
        text = store_form(text, kind)
        limit = self.lengths.get(name)
        if limit and len(text) > limit:
            self.issue(
                row,
                name,
                translate(
                    "Import",
                    "The text is {n} characters long; at most {max} fit.",
                    n=len(text),
                    max=limit,
                ),
            )
        return text

    def ident(self, value: Any, row: int, name: str) -> str | None:
        """A register id (own or referenced): required, text, at most 64 characters."""
        text = value.strip() if value.__class__ is str else normalize.parse_text(value)
        if not text:
            self.issue(row, name, self.owner.required_message(name))
            return None
        problem = text_problem(text, self.sheet.column(name), IDENT)  # issue #11
        if problem:
            self.issue(row, name, problem)
            return None
        text = store_form(text, IDENT)
        if len(text) > ID_LENGTH:
            self.issue(
                row,
                name,
                translate("Import", "An id can be at most {max} characters long.", max=ID_LENGTH),
            )
            return None
        return text

    def parsed(self, value: Any, row: int, name: str, parser: Callable[[Any], Any]) -> Any:
        try:
            return parser(value)
        except ValueError as exc:
            self.issue(row, name, str(exc))
            return None

    def date(self, value: Any, row: int, name: str, *, required: bool = False) -> Any:
        if value == "" or normalize.is_blank(value):
            if required:
                self.issue(row, name, self.owner.required_message(name))
            return None
        return self.parsed(value, row, name, self.date_parser)

    def office(self, value: Any, row: int) -> str | None:
        """Office code of the row: the cell, else this database's office."""
        return self.parsed(value, row, "office", self.owner.office)

    def validation(self, row: int, errors: dict[str, str]) -> None:
        """Report a validator's messages, except for fields already reported."""
        for name, message in errors.items():
            if name not in self._bad:
                self.issue(row, name if name in self.index else None, message)

    # -- one row per kind -------------------------------------------------------
    def group(self, cells: list[Any], row: int) -> GroupRow | None:
        self._bad.clear()
        v_office, v_id, v_type, v_name, v_facilitator, v_start, v_end, v_description = self.values(
            cells
        )
        office = self.office(v_office, row)
        ext = self.ident(v_id, row, "group_id")
        self.key = (office, ext)
        group_type = None
        if normalize.is_blank(v_type):
            self.issue(row, "type", self.owner.required_message("type"))
        else:
            group_type = self.parsed(v_type, row, "type", self.owner.group_type)
        name = self.text(v_name, row, "name", required=True)
        facilitator = self.text(v_facilitator, row, "facilitator")
        start = self.date(v_start, row, "start_date")
        end = self.date(v_end, row, "end_date")
        description = self.text(v_description, row, "description")
        start_date = start[0] if start else None
        end_date = end[0] if end else None
        if group_type and name:
            data = GroupInput(type=group_type, name=name, start_date=start_date, end_date=end_date)
            self.validation(row, validate_group(data))
        if self._bad or office is None or ext is None or group_type is None or name is None:
            return None
        return GroupRow(
            row,
            office,
            ext,
            group_type,
            name,
            facilitator,
            start_date,
            end_date,
            description,
        )

    def session(self, cells: list[Any], row: int) -> SessionRow | None:
        self._bad.clear()
        v_office, v_id, v_group, v_date, v_topic, v_place, v_time = self.values(cells)
        # An empty office means the office of the session's group, resolved later.
        office = "" if normalize.is_blank(v_office) else self.office(v_office, row)
        ext = self.ident(v_id, row, "session_id")
        group_ref = self.ident(v_group, row, "group_id")
        day = self.date(v_date, row, "date", required=True)
        topic = self.text(v_topic, row, "topic")
        place = self.text(v_place, row, "place")
        start_time = self.parsed(v_time, row, "start_time", parse_time)
        if day:
            data = SessionInput(group_id=0, date=day[0], start_time=start_time)
            self.validation(row, validate_session(data))
        self.key = (office, ext)
        if self._bad or office is None or ext is None or group_ref is None or not day:
            if group_ref is not None:
                self.partial = SessionRef(row, office or "", group_ref)
            return None
        return SessionRow(row, office, ext, group_ref, day[0], topic, place, start_time)

    def attendance(self, cells: list[Any], row: int) -> AttendanceRow | None:
        self._bad.clear()
        v_session, v_person = self.values(cells)
        session_ref = self.ident(v_session, row, "session_id")
        participant_ref = self.ident(v_person, row, "participant_id")
        if session_ref is None or participant_ref is None:
            if session_ref is not None or participant_ref is not None:
                self.partial = AttendanceRow(row, session_ref, participant_ref)  # type: ignore[arg-type]
            return None
        return AttendanceRow(row, session_ref, participant_ref)
