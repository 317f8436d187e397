"""Parsing participant rows, the bulk of a register (100,000 rows and more).

Each cell is parsed, then checked with the participant form's own field checks
from :mod:`ttk_desktop.core.validation`, so the import refuses what the form
refuses. Registers repeat the same genders, nationalities, dates and names
thousands of times, so a cell value that parsed and checked clean is
remembered with its result and not parsed again in that sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ttk_desktop.core import validation
from ttk_desktop.core.importer.rows import ID_LENGTH, ParsedSheet, ParticipantRow
from ttk_desktop.core.importer.sheet import SheetParser

_MISS = object()  # not in a cache (None is a result)
_CLEAN_LIMIT = 50_000  # distinct clean values remembered per field (names, dates, phones)
# Fields parsed cell by cell (the id is unique per row: it is never remembered).
CELL_FIELDS: tuple[str, ...] = (
    "office", "first_name", "last_name", "first_name_ar", "last_name_ar",
    "gender", "birth_date", "nationality", "phone", "disability",
)  # fmt: skip


class ParticipantParser(SheetParser):
    """Parses the rows of a participants sheet."""

    def __init__(self, owner: Any, sheet: ParsedSheet, index: dict[str, int]) -> None:
        super().__init__(owner, sheet, index)
        self.today = owner.today
        # The form's checks of the current row, reported at its end.
        self._late: list[tuple[str, str]] = []
        # Per field: cell value (a str as itself, else (type, value)) -> result, for
        # values that gave no problem.
        self._clean: dict[str, dict[Any, Any]] = {name: {} for name in CELL_FIELDS}
        self._caches = tuple(self._clean[name] for name in CELL_FIELDS)

    def row_parser(self) -> Callable[[list[Any], int], Any]:
        return self.participant

    def participant(self, cells: list[Any], row: int) -> ParticipantRow | None:
        """One participant row; a cell value already found clean is not parsed again."""
        bad = self._bad
        bad.clear()
        late = self._late
        late.clear()
        (
            v_office, v_id, v_first, v_last, v_first_ar, v_last_ar,
            v_gender, v_birth, v_nat, v_phone, v_disability,
        ) = self.values(cells)  # fmt: skip
        (
            c_office, c_first, c_last, c_first_ar, c_last_ar,
            c_gender, c_birth, c_nat, c_phone, c_disability,
        ) = self._caches  # fmt: skip
        cell = self.cell
        # A str cell is found as itself. Any other misses here (the caches hold it
        # as (type, value), so 1, 1.0 and True never share a result) and cell()
        # looks it up properly.
        office = c_office.get(v_office, _MISS)
        if office is _MISS:
            office = cell("office", v_office, row)
        ext = v_id.strip() if v_id.__class__ is str else None
        # Plain printable ASCII ids skip the checks; anything else gets them all.
        if not ext or len(ext) > ID_LENGTH or not (ext.isascii() and ext.isprintable()):
            ext = self.ident(v_id, row, "participant_id")
        self.key = (office, ext)
        first = c_first.get(v_first, _MISS)
        if first is _MISS:
            first = cell("first_name", v_first, row)
        last = c_last.get(v_last, _MISS)
        if last is _MISS:
            last = cell("last_name", v_last, row)
        first_ar = c_first_ar.get(v_first_ar, _MISS)
        if first_ar is _MISS:
            first_ar = cell("first_name_ar", v_first_ar, row)
        last_ar = c_last_ar.get(v_last_ar, _MISS)
        if last_ar is _MISS:
            last_ar = cell("last_name_ar", v_last_ar, row)
        gender = c_gender.get(v_gender, _MISS)
        if gender is _MISS:
            gender = cell("gender", v_gender, row)
        birth = c_birth.get(v_birth, _MISS)
        if birth is _MISS:
            birth = cell("birth_date", v_birth, row)
        nationality = c_nat.get(v_nat, _MISS)
        if nationality is _MISS:
            nationality = cell("nationality", v_nat, row)
        phone = c_phone.get(v_phone, _MISS)
        if phone is _MISS:
            phone = cell("phone", v_phone, row)
        disability = c_disability.get(v_disability, _MISS)
        if disability is _MISS:
            disability = cell("disability", v_disability, row)
        if late:  # the form's checks come after the cells' own problems, as in its order
            self.validation(row, dict(late))
        if bad or office is None or ext is None or first is None or last is None:
            return None
        birth_date, estimated = birth if birth else (None, False)
        return ParticipantRow(
            row,
            office,
            ext,
            first,
            last,
            first_ar,
            last_ar,
            gender or "not_stated",
            birth_date,
            estimated,
            nationality or "unknown",
            phone,
            disability,
        )

    def cell(self, name: str, value: Any, row: int) -> Any:
        """Parse and check one cell of field ``name``, reporting its problems on ``row``.

        A value that gave no problem is remembered with its result (up to a
        limit per field): in one import the same value always parses and checks
        the same way. A value with a problem is parsed again wherever it
        occurs, so each occurrence is reported with its own row.
        """
        late = len(self._late)
        result = getattr(self, f"_cell_{name}")(value, row)
        if name not in self._bad and len(self._late) == late:
            cache = self._clean[name]
            if len(cache) < _CLEAN_LIMIT:
                cache[value if value.__class__ is str else (value.__class__, value)] = result
        return result

    def _check(self, name: str, message: str | None) -> None:
        """Keep a form check's message for the end of the row, unless the cell was reported."""
        if message and name not in self._bad:
            self._late.append((name, message))

    # -- one method per field: parse the cell (reporting problems), then the form's check.
    # Consent is recorded on the form and never imported: its check has nothing to see.
    def _cell_office(self, value: Any, row: int) -> str | None:
        return self.office(value, row)

    def _name(self, name: str, value: Any, row: int) -> str | None:
        text = self.text(value, row, name, required=True)
        self._check(name, validation.name_error(name, text or ""))
        return text

    def _cell_first_name(self, value: Any, row: int) -> str | None:
        return self._name("first_name", value, row)

    def _cell_last_name(self, value: Any, row: int) -> str | None:
        return self._name("last_name", value, row)

    def _cell_first_name_ar(self, value: Any, row: int) -> str | None:
        return self.text(value, row, "first_name_ar") if value != "" else None

    def _cell_last_name_ar(self, value: Any, row: int) -> str | None:
        return self.text(value, row, "last_name_ar") if value != "" else None

    def _cell_gender(self, value: Any, row: int) -> str | None:
        gender = self.parsed(value, row, "gender", self.owner.gender)
        self._check("gender", validation.gender_error(gender or "not_stated"))
        return gender

    def _cell_birth_date(self, value: Any, row: int) -> Any:
        birth = self.date(value, row, "birth_date")
        day, estimated = birth if birth else (None, False)
        self._check("birth_date", validation.birth_date_error(day, estimated, self.today))
        return birth

    def _cell_nationality(self, value: Any, row: int) -> str | None:
        nationality = self.parsed(value, row, "nationality", self.owner.nationality)
        self._check("nationality", validation.nationality_error(nationality or "unknown"))
        return nationality

    def _cell_phone(self, value: Any, row: int) -> str | None:
        phone = self.parsed(value, row, "phone", self.owner.phone) if value != "" else None
        self._check("phone", validation.phone_error(phone))
        return phone

    def _cell_disability(self, value: Any, row: int) -> str | None:
        disability = (
            self.parsed(value, row, "disability", self.owner.disability) if value != "" else None
        )
        self._check("disability", validation.disability_error(disability))
        return disability
