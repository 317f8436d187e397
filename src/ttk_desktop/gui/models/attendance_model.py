"""Item model of a session's attendance list: one row per person, a tick box each.

The model never changes a tick by itself. A click on a tick box (or Space in
the view) only emits :attr:`AttendanceModel.tick_requested`; the view saves
the tick and calls :meth:`AttendanceModel.apply_saved` once the database has
it, so the screen never shows a tick that was not saved. While the write is
on its way the row is marked "saving".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ttk_desktop.core import textfold, vocab
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.records import AttendanceRow
from ttk_desktop.core.validation import born_after
from ttk_desktop.gui.models.group_table_model import (
    RecordTableModel,
    format_number,
    outside_ages_text,
    warning_icon,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class AttendanceModel(RecordTableModel[AttendanceRow]):
    """Attendance rows in the order of the printed sheet (alphabetical)."""

    CONTEXT = "AttendanceModel"
    NUMBER, PRESENT, LAST_NAME, FIRST_NAME, NAME_AR, GENDER, AGE, NOTE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "No."),
        QT_TRANSLATE_NOOP("AttendanceModel", "Present"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Last name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "First name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Name (Arabic)"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Gender"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Age"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Note"),
    )
    NUMERIC_COLUMNS = frozenset({NUMBER, AGE})

    # participant id, wanted state: a tick box was clicked (nothing is changed yet).
    tick_requested = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day: dt.date | None = None
        self.age_range: tuple[int, int] | None = None
        self._pending: dict[int, bool] = {}

    # -- rows ----------------------------------------------------------------------
    def set_rows(
        self,
        rows: Iterable[AttendanceRow],
        day: dt.date | None = None,
        age_range: tuple[int, int] | None = None,
    ) -> None:
        """Replace the list. ``day`` is the session date (ages are computed on it);
        ``age_range`` is set for a children's assembly to flag ages outside it."""
        self.day = day
        self.age_range = age_range
        self._pending.clear()
        super().set_rows(rows)

    def row_of(self, participant_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.participant.id == participant_id:
                return i
        return -1

    def present_count(self) -> int:
        return sum(1 for row in self._rows if row.present)

    def registered_count(self) -> int:
        return len(self._rows)

    # -- saving state --------------------------------------------------------------
    def is_pending(self, participant_id: int) -> bool:
        return participant_id in self._pending

    def wanted_state(self, participant_id: int) -> bool:
        """What the person's tick will be once pending writes land."""
        row = self.row_of(participant_id)
        if participant_id in self._pending:
            return self._pending[participant_id]
        return row >= 0 and self._rows[row].present

    def mark_pending(self, participant_id: int, present: bool) -> None:
        self._pending[participant_id] = present
        self._row_changed(self.row_of(participant_id))

    def apply_saved(self, participant_id: int, present: bool) -> None:
        """The database now has ``present`` for this person: show it."""
        row = self.row_of(participant_id)
        if self._pending.get(participant_id) == present:
            del self._pending[participant_id]
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = dataclasses.replace(old, present=present, member=old.member or present)
        self._row_changed(row)

    def drop_pending(self, participant_id: int) -> None:
        """A write failed: forget it; the row keeps the last saved state."""
        self._pending.pop(participant_id, None)
        self._row_changed(self.row_of(participant_id))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- type-ahead ----------------------------------------------------------------
    def find_row(self, typed: str, start: int = 0) -> int:
        """Row that typed text points at, searching from ``start`` and wrapping.

        Digits jump to that row number (staff tick row by row from the signed
        paper); letters match the start of "last first", then "first last",
        then of any name word, ignoring case, accents and I/ı.
        """
        typed = typed.strip()
        if not typed or not self._rows:
            return -1
        if typed.isdigit():
            number = int(typed)
            return number - 1 if 1 <= number <= len(self._rows) else -1
        wanted = textfold.fold(typed)
        n = len(self._rows)
        order = [(start + i) % n for i in range(n)]
        keys = [self._name_keys(self._rows[i]) for i in range(n)]
        for level in range(3):
            for i in order:
                if any(k.startswith(wanted) for k in keys[i][level]):
                    return i
        return -1

    @staticmethod
    def _name_keys(row: AttendanceRow) -> tuple[tuple[str, ...], ...]:
        p = row.participant
        first, last = textfold.fold(p.first_name), textfold.fold(p.last_name)
        words = tuple(
            textfold.fold(w) for w in f"{p.first_name} {p.last_name} {p.full_name_ar or ''}".split()
        )
        return ((f"{last} {first}",), (f"{first} {last}",), words)

    # -- Qt API --------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick box click: ask the view to save it; the model itself stays as saved."""
        if (
            not index.isValid()
            or index.column() != self.PRESENT
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        wanted = _is_checked(value)
        self.tick_requested.emit(self._rows[index.row()].participant.id, wanted)
        return False

    def _age(self, row: AttendanceRow) -> int | None:
        return row.participant.age_on(self.day) if self.day else None

    def _outside_ages(self, row: AttendanceRow) -> bool:
        age = self._age(row)
        if self.age_range is None or age is None:
            return False
        lo, hi = self.age_range
        return not lo <= age <= hi

    def born_after_session(self, row: AttendanceRow) -> bool:
        """The person was born after this session's date (the service refuses the tick)."""
        p = row.participant
        return self.day is not None and born_after(self.day, p.birth_date, p.birth_date_estimated)

    def _note(self, row: AttendanceRow) -> str:
        notes = []
        if self.born_after_session(row):
            notes.append(
                QCoreApplication.translate(
                    "AttendanceModel", "Born after this session: cannot be ticked present"
                )
            )
        if not row.member:
            notes.append(QCoreApplication.translate("AttendanceModel", "Not a member"))
        if self._outside_ages(row) and self.age_range is not None:
            notes.append(outside_ages_text(self.age_range))
        return "; ".join(notes)

    def display(self, record: AttendanceRow, column: int, row: int) -> Any:
        p = record.participant
        if column == self.NUMBER:
            return format_number(row + 1)
        if column == self.PRESENT:
            return None
        if column == self.LAST_NAME:
            return p.last_name
        if column == self.FIRST_NAME:
            return p.first_name
        if column == self.NAME_AR:
            return p.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(p.gender)
        if column == self.AGE:
            return format_number(self._age(record))
        if column == self.NOTE:
            return self._note(record)
        return None

    def sort_value(self, record: AttendanceRow, column: int, row: int) -> Any:
        p = record.participant
        if column == self.NUMBER:
            return row + 1
        if column == self.PRESENT:
            return int(record.present)
        if column == self.LAST_NAME:
            return p.sort_key or textfold.sort_key(p.last_name, p.first_name)
        if column == self.FIRST_NAME:
            return textfold.sort_key(p.first_name, p.last_name)
        if column == self.NAME_AR:
            return p.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(p.gender)
        if column == self.AGE:
            age = self._age(record)
            return age if age is not None else -1
        if column == self.NOTE:
            return self._note(record)
        return None

    def extra(self, record: AttendanceRow, column: int, role: int, row: int) -> Any:
        pending = record.participant.id in self._pending
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return Qt.CheckState.Checked if record.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if pending:
                return QCoreApplication.translate("AttendanceModel", "Saving…")
            note = self._note(record)
            return note or None
        if role == Qt.ItemDataRole.FontRole and pending:
            font = QFont()
            font.setItalic(True)
            return font
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.LAST_NAME
            and (self._outside_ages(record) or self.born_after_session(record))
        ):
            return warning_icon()
        return None


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)
