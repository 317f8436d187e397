"""First pass: turn each sheet's rows into compact, validated tuples.

Nothing here touches the database. Each row becomes one small tuple of parsed
values (no cells are kept); every problem becomes an :class:`ImportIssue` with
the sheet, the row as Excel numbers it and the column header as written in
the file, and parsing goes on so that one import lists every problem at once.

Cell parsers are memoised per import: registers repeat the same genders,
nationalities, offices and dates thousands of times.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ttk_desktop.core import normalize
from ttk_desktop.core.db.models import Group, Participant, Session
from ttk_desktop.core.errors import ImportIssue
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.cells import OFFICE_CODE, memo, parse_disability, parse_time
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.validation import validate_group, validate_participant, validate_session

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
    """Collects issues for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[ImportIssue] = []

    def add(self, sheet: str | None, row: int | None, column: str | None, message: str) -> None:
        self.items.append(ImportIssue(self.file, sheet, row, column, message))

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


_LENGTHS = {
    "participants": _max_lengths(Participant),
    "groups": _max_lengths(Group),
    "sessions": _max_lengths(Session),
    "attendance": {},
}
_ID_LENGTH = _LENGTHS["participants"]["external_id"]


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


class SheetParser:
    """Parses the rows of one sheet; shared caches live on the :class:`WorkbookParser`."""

    def __init__(self, owner: WorkbookParser, sheet: ParsedSheet, index: dict[str, int]) -> None:
        self.owner = owner
        self.sheet = sheet
        self.index = index
        self.issues = owner.issues
        self.lengths = _LENGTHS[sheet.kind]
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
        if len(text) > _ID_LENGTH:
            self.issue(
                row,
                name,
                translate("Import", "An id can be at most {max} characters long.", max=_ID_LENGTH),
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
    def participant(self, cells: list[Any], row: int) -> ParticipantRow | None:
        bad = self._bad
        bad.clear()
        o = self.owner
        (
            v_office, v_id, v_first, v_last, v_first_ar, v_last_ar,
            v_gender, v_birth, v_nat, v_phone, v_disability,
        ) = self.values(cells)  # fmt: skip
        office = self.office(v_office, row)
        ext = self.ident(v_id, row, "participant_id")
        self.key = (office, ext)
        first = self.text(v_first, row, "first_name", required=True)
        last = self.text(v_last, row, "last_name", required=True)
        first_ar = self.text(v_first_ar, row, "first_name_ar") if v_first_ar != "" else None
        last_ar = self.text(v_last_ar, row, "last_name_ar") if v_last_ar != "" else None
        gender = self.parsed(v_gender, row, "gender", o.gender)
        birth = self.date(v_birth, row, "birth_date")
        nationality = self.parsed(v_nat, row, "nationality", o.nationality)
        phone = self.parsed(v_phone, row, "phone", o.phone) if v_phone != "" else None
        disability = (
            self.parsed(v_disability, row, "disability", o.disability)
            if v_disability != ""
            else None
        )
        birth_date, estimated = birth if birth else (None, False)
        data = ParticipantInput(
            first_name=first or "",
            last_name=last or "",
            gender=gender or "not_stated",
            birth_date=birth_date,
            birth_date_estimated=estimated,
            nationality=nationality or "unknown",
            phone=phone,
            disability=disability,
        )
        errors = validate_participant(data, o.today)
        if errors:
            self.validation(row, errors)
        if bad or office is None or ext is None or first is None or last is None:
            return None
        return ParticipantRow(
            row,
            office,
            ext,
            first,
            last,
            first_ar,
            last_ar,
            data.gender,
            birth_date,
            estimated,
            data.nationality,
            phone,
            disability,
        )

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


class WorkbookParser:
    """First pass over a workbook: parsed sheets plus every issue found."""

    def __init__(self, file: str, default_office: str | None, today: dt.date) -> None:
        self.issues = IssueList(file)
        self.default_office = default_office or ""
        self.today = today
        self.sheets: list[ParsedSheet] = []
        self.gender = memo(normalize.parse_gender)
        self.nationality = memo(normalize.parse_nationality)
        self.phone = memo(normalize.parse_phone)
        self.group_type = memo(normalize.parse_group_type)
        self.disability = memo(parse_disability)
        self.office = memo(self._parse_office)
        self.lenient_date = memo(lambda v: normalize.parse_date(v, allow_year_only=True))
        self.strict_date = memo(normalize.parse_date)
        self._no_office_reported = False
        # Kinds with a sheet that could not be read at all, and ids of rows refused
        # with an issue: references to them are not reported a second time.
        self.broken: set[str] = set()
        self.rejected: dict[str, set[str]] = {kind: set() for kind in KINDS}
        # (kind, office, id) -> (sheet, row) of its first appearance
        self._seen: dict[tuple[str, str, str], tuple[str, int]] = {}

    def _parse_office(self, value: Any) -> str:
        """Office code of a cell (upper case); empty means this database's office."""
        code = "" if normalize.is_blank(value) else str(normalize.parse_text(value)).upper()
        if not code:
            return self.default_office
        if not OFFICE_CODE.match(code):
            raise ValueError(
                translate(
                    "Import",
                    'The office code "{code}" should be 2-32 letters, digits, - or _.',
                    code=code,
                )
            )
        return code

    @staticmethod
    def required_message(name: str) -> str:
        return translate("Import", "A value is required here.")

    @staticmethod
    def header_score(kind: str) -> Callable[[list[str]], int]:
        def score(texts: list[str]) -> int:
            return sum(1 for t in texts if t and normalize.match_column(kind, t))

        return score

    def begin_sheet(
        self, kind: str, name: str, header_row: int, headers: list[str]
    ) -> SheetParser | None:
        """Match the header row; None (with issues) when required columns are missing."""
        try:
            index = normalize.match_columns(kind, list(headers))
        except ValueError as exc:
            self.issues.add(name, header_row, None, str(exc))
            self.broken.add(kind)
            return None
        missing = [f for f in normalize.REQUIRED_COLUMNS[kind] if f not in index]
        for name_ in missing:
            self.issues.add(name, header_row, name_, missing_column_message(kind, name_))
        if missing:
            self.broken.add(kind)
            return None
        sheet = ParsedSheet(
            kind=kind,
            name=name,
            present=frozenset(index),
            headers={f: headers[i] for f, i in index.items()},
        )
        self.sheets.append(sheet)
        return SheetParser(self, sheet, index)

    def parse_rows(
        self, parser: SheetParser, rows: Iterator[tuple[int, list[Any]]], tick: Callable[[], None]
    ) -> None:
        """Parse every data row of a sheet into ``parser.sheet.rows``."""
        sheet = parser.sheet
        kind = sheet.kind
        one = {
            "participants": parser.participant,
            "groups": parser.group,
            "sessions": parser.session,
            "attendance": parser.attendance,
        }[kind]
        append = sheet.rows.append
        rejected = self.rejected[kind]
        for number, cells in rows:
            tick()
            parser.key = (None, None)
            parser.partial = None
            parsed = one(cells, number)
            office, ext = parser.key
            duplicate = False
            if ext is not None and office is not None:
                if not office and kind != "sessions":  # a session's office may come later
                    self._report_no_office(sheet, number)
                    parsed = None
                else:
                    duplicate = self._duplicate(sheet, number, office, ext)
            if parsed is None:
                if ext is not None:
                    rejected.add(ext)
                if parser.partial is not None:
                    sheet.partial.append(parser.partial)
            elif not duplicate:
                append(parsed)

    def _duplicate(self, sheet: ParsedSheet, row: int, office: str, ext: str) -> bool:
        key = (sheet.kind, office, ext)
        first = self._seen.get(key)
        if first is None:
            self._seen[key] = (sheet.name, row)
            return False
        id_field = ID_FIELDS[sheet.kind]
        where = (
            translate("Import", "row {row}", row=first[1])
            if first[0] == sheet.name
            else translate("Import", "sheet '{sheet}', row {row}", sheet=first[0], row=first[1])
        )
        self.issues.add(
            sheet.name,
            row,
            sheet.column(id_field),
            translate(
                "Import",
                'The id "{id}" appears twice in the file (first on {where}). '
                "Each record needs its own id.",
                id=ext,
                where=where,
            ),
        )
        return True

    def _report_no_office(self, sheet: ParsedSheet, row: int) -> None:
        if self._no_office_reported:
            return
        self._no_office_reported = True
        self.issues.add(
            sheet.name,
            row,
            sheet.column("office"),
            translate(
                "Import",
                "The office is empty and this database has no office yet. "
                "Set the office up first (ttk setup) or fill in the office column.",
            ),
        )


def missing_column_message(kind: str, name: str) -> str:
    aliases = normalize.COLUMN_ALIASES[kind].get(name, [])
    local = next((a for a in aliases if a[:1].isupper()), None)
    if local:
        return translate(
            "Import",
            'The required column "{name}" is missing. Add a column headed "{name}" (or "{local}").',
            name=name,
            local=local,
        )
    return translate(
        "Import",
        'The required column "{name}" is missing. Add a column headed "{name}".',
        name=name,
    )
