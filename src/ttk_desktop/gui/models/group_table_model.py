"""Item models of the Groups screen: the groups list and a group's members.

Also holds :class:`RecordTableModel`, the small base the session and
attendance models share: a list of frozen dataclasses that ``data()`` only
indexes and formats (no SQL, no I/O), rows replaced in one ``set_rows``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ttk_desktop.core import textfold, vocab
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.records import GroupRecord, ParticipantRecord

# A native value (date, int, folded text) the sort proxy compares.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The row's dataclass itself, for views that act on the selected row.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


def qdate(day: dt.date | None) -> QDate:
    """A QDate for sort roles (invalid for no date, sorting first).

    Sort roles return Qt values, not Python ``datetime.date``: the proxy cannot
    compare Python objects wrapped in a QVariant and would sort them at random.
    """
    return QDate() if day is None else QDate(day.year, day.month, day.day)


def format_date(day: dt.date | None) -> str:
    """A date in the user's language (QLocale follows the chosen UI language), never split.

    Arabic dates read "٢٠‏/١٢‏/٢٠٢٦" with a right-to-left mark before each slash,
    which lets a wrapped label break the line after a slash; word joiners
    between the characters keep the date on one line.
    """
    if day is None:
        return ""
    text = QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)
    return "\u2060".join(text) if "\u200f" in text else text


def format_number(value: int | None) -> str:
    """A count or age in the user's language (Arabic UI may use Arabic digits)."""
    return "" if value is None else QLocale().toString(value)


def warning_icon() -> QIcon:
    """The platform's warning icon (cached: data() is called very often)."""
    icon = _ICONS.get("warning")
    if icon is None:
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        _ICONS["warning"] = icon
    return icon


_ICONS: dict[str, QIcon] = {}


def outside_ages_text(age_range: tuple[int, int]) -> str:
    """The note on a person outside a group's age range (the children's assembly's 12-16)."""
    lo, hi = age_range
    return (
        QCoreApplication.translate("MemberTableModel", "Outside ages %1-%2")
        .replace("%1", str(lo))
        .replace("%2", str(hi))
    )


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A flat table over a list of dataclasses.

    Subclasses name their columns as class constants, list the header texts in
    ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` under ``CONTEXT``) and
    implement :meth:`display` and :meth:`sort_value`.
    """

    CONTEXT: ClassVar[str] = "RecordTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = ()
    NUMERIC_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- rows ----------------------------------------------------------------------
    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace every row (rows come from a service call made elsewhere)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    # -- Qt API --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column, index.row())
        if role == SORT_ROLE:
            return self.sort_value(record, column, index.row())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return NUMBER_ALIGNMENT
        return self.extra(record, column, role, index.row())

    # -- for subclasses --------------------------------------------------------------
    def display(self, record: T, column: int, row: int) -> Any:
        raise NotImplementedError

    def sort_value(self, record: T, column: int, row: int) -> Any:
        raise NotImplementedError

    def extra(self, record: T, column: int, role: int, row: int) -> Any:
        """Any other role (tool tips, icons, check states); None by default."""
        return None


class GroupTableModel(RecordTableModel[GroupRecord]):
    """The groups list."""

    CONTEXT = "GroupTableModel"
    TYPE, NAME, OFFICE, FACILITATOR, START, END, MEMBERS, SESSIONS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("GroupTableModel", "Type"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Name"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Office"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Facilitator"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Start"),
        QT_TRANSLATE_NOOP("GroupTableModel", "End"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Members"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Sessions"),
    )
    NUMERIC_COLUMNS = frozenset({MEMBERS, SESSIONS})

    def display(self, record: GroupRecord, column: int, row: int) -> Any:
        if column == self.TYPE:
            return vocab.group_type_label(record.type)
        if column == self.NAME:
            return record.name
        if column == self.OFFICE:
            return record.office_code
        if column == self.FACILITATOR:
            return record.facilitator or ""
        if column == self.START:
            return format_date(record.start_date)
        if column == self.END:
            return format_date(record.end_date)
        if column == self.MEMBERS:
            return format_number(record.member_count)
        if column == self.SESSIONS:
            return format_number(record.session_count)
        return None

    def sort_value(self, record: GroupRecord, column: int, row: int) -> Any:
        if column == self.TYPE:
            return textfold.fold(vocab.group_type_label(record.type))
        if column == self.NAME:
            return textfold.fold(record.name)
        if column == self.OFFICE:
            return record.office_code
        if column == self.FACILITATOR:
            return textfold.fold(record.facilitator)
        if column == self.START:
            return qdate(record.start_date)
        if column == self.END:
            return qdate(record.end_date)
        if column == self.MEMBERS:
            return record.member_count
        if column == self.SESSIONS:
            return record.session_count
        return None

    def extra(self, record: GroupRecord, column: int, role: int, row: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and record.description:
            return record.description
        return None

    def row_of(self, group_id: int) -> int:
        """Row of the group with this id, or -1."""
        for i, record in enumerate(self._rows):
            if record.id == group_id:
                return i
        return -1


@dataclass(frozen=True)
class MemberRow:
    """One member of a group, with the age check already done by the caller."""

    participant: ParticipantRecord
    age: int | None
    outside_age_range: bool = False


def member_rows(
    members: Sequence[ParticipantRecord],
    outside_ids: Iterable[int],
    day: dt.date,
) -> list[MemberRow]:
    """Members as rows; ``outside_ids`` come from services.groups.age_warnings."""
    outside = set(outside_ids)
    return [MemberRow(p, p.age_on(day), p.id in outside) for p in members]


class MemberTableModel(RecordTableModel[MemberRow]):
    """A group's members (alphabetical, as the service returns them)."""

    CONTEXT = "MemberTableModel"
    LAST_NAME, FIRST_NAME, NAME_AR, GENDER, AGE, REGISTER_NO, NOTE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Last name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "First name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Name (Arabic)"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Gender"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Age"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Register no."),
        QT_TRANSLATE_NOOP("MemberTableModel", "Note"),
    )
    NUMERIC_COLUMNS = frozenset({AGE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.age_range: tuple[int, int] = vocab.CHILDREN_ASSEMBLY_AGES

    def _age_note(self) -> str:
        return outside_ages_text(self.age_range)

    def display(self, record: MemberRow, column: int, row: int) -> Any:
        p = record.participant
        if column == self.LAST_NAME:
            return p.last_name
        if column == self.FIRST_NAME:
            return p.first_name
        if column == self.NAME_AR:
            return p.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(p.gender)
        if column == self.AGE:
            return format_number(record.age)
        if column == self.REGISTER_NO:
            return p.external_id or ""
        if column == self.NOTE:
            return self._age_note() if record.outside_age_range else ""
        return None

    def sort_value(self, record: MemberRow, column: int, row: int) -> Any:
        p = record.participant
        if column in (self.LAST_NAME, self.FIRST_NAME):
            first, last = textfold.fold(p.first_name), textfold.fold(p.last_name)
            return f"{last} {first}" if column == self.LAST_NAME else f"{first} {last}"
        if column == self.NAME_AR:
            return p.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(p.gender)
        if column == self.AGE:
            return record.age if record.age is not None else -1
        if column == self.REGISTER_NO:
            return p.external_id or ""
        if column == self.NOTE:
            return int(record.outside_age_range)
        return None

    def extra(self, record: MemberRow, column: int, role: int, row: int) -> Any:
        if not record.outside_age_range:
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.LAST_NAME:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._age_note()
        return None

    def warning_count(self) -> int:
        return sum(1 for r in self._rows if r.outside_age_range)
