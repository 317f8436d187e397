"""Item models of the Duplicates tab: the candidate pairs and the two records side by side.

Both hold plain dataclasses handed over by one ``set_rows``/``set_sides`` call;
``data()`` only indexes and formats (no database, no files).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ttk_desktop.core import vocab
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.identity import Candidate, PersonRecord
from ttk_desktop.gui.i18n import current_language, left_to_right
from ttk_desktop.gui.models.group_table_model import RECORD_ROLE, SORT_ROLE

_CTX = "DuplicatesModels"
# Shown before a field whose two values differ, so the difference does not rest on colour.
DIFF_MARKER = "\u2260"
DIFF_BRUSH = QBrush(QColor("#fff1c2"))

_Index = QModelIndex | Any


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def isolated(text: str) -> str:
    """A name or code inside a right-to-left sentence, kept in its own reading order.

    Wrapped in Unicode's first-strong isolate when the interface is right to left,
    so "Mohammed Al-Hassan (IST)" does not get its words and brackets reordered.
    """
    from PySide6.QtGui import QGuiApplication

    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text


def person_name(person: Any) -> str:
    """ "First Last", with the Arabic-script name after it when there is one."""
    latin = " ".join(p for p in (person.first_name, person.last_name) if p)
    arabic = " ".join(p for p in (person.first_name_ar, person.last_name_ar) if p)
    if latin and arabic:
        return f"{latin} ({arabic})"
    return latin or arabic


# -- the candidate pairs -------------------------------------------------------------------
class CandidateTableModel(QAbstractTableModel):
    """Candidate pairs, best score first."""

    SCORE, PERSON_A, PERSON_B, OFFICES, REASONS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_CTX, "Score"),
        QT_TRANSLATE_NOOP(_CTX, "Person 1"),
        QT_TRANSLATE_NOOP(_CTX, "Person 2"),
        QT_TRANSLATE_NOOP(_CTX, "Offices"),
        QT_TRANSLATE_NOOP(_CTX, "Reasons"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda c: -c.score)
        self.endResetModel()

    def remove_where(self, keep: Any) -> None:
        """Drop the rows for which ``keep(candidate)`` is false, one range at a time."""
        for row in range(len(self.rows) - 1, -1, -1):
            if not keep(self.rows[row]):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def candidate(self, row: int) -> Candidate | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pair, column = self.rows[index.row()], index.column()
        if role == RECORD_ROLE:
            return pair
        if role == SORT_ROLE:
            return pair.score if column == self.SCORE else self._text(pair, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == self.REASONS:
                return "\n".join(r.text for r in pair.reasons)
            return self._text(pair, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, pair: Candidate, column: int) -> str:
        if column == self.SCORE:
            return QLocale().toString(pair.score, "f", 2)
        if column == self.PERSON_A:
            return isolated(person_name(pair.a))
        if column == self.PERSON_B:
            return isolated(person_name(pair.b))
        if column == self.OFFICES:
            return left_to_right(f"{pair.a.office} \u00b7 {pair.b.office}")
        if column == self.REASONS:
            return "; ".join(r.text for r in pair.reasons)
        return ""


# -- the two records side by side ----------------------------------------------------------
# The fields compared, in the order shown; "birth_date" carries birth_date_estimated with it.
FIELDS: tuple[tuple[str, str], ...] = (
    ("first_name", QT_TRANSLATE_NOOP(_CTX, "First name")),
    ("last_name", QT_TRANSLATE_NOOP(_CTX, "Last name")),
    ("first_name_ar", QT_TRANSLATE_NOOP(_CTX, "First name (Arabic)")),
    ("last_name_ar", QT_TRANSLATE_NOOP(_CTX, "Last name (Arabic)")),
    ("gender", QT_TRANSLATE_NOOP(_CTX, "Gender")),
    ("birth_date", QT_TRANSLATE_NOOP(_CTX, "Birth date")),
    ("nationality", QT_TRANSLATE_NOOP(_CTX, "Nationality")),
    ("phone", QT_TRANSLATE_NOOP(_CTX, "Phone")),
    ("external_id", QT_TRANSLATE_NOOP(_CTX, "Register number")),
    ("disability", QT_TRANSLATE_NOOP(_CTX, "Disability")),
    ("consent_date", QT_TRANSLATE_NOOP(_CTX, "Consent")),
    ("notes", QT_TRANSLATE_NOOP(_CTX, "Notes")),
)
# Extra keys sent along with a field picked from the other record.
COMPANIONS = {"birth_date": ("birth_date_estimated",), "consent_date": ("consent_given",)}


@dataclass(frozen=True)
class SessionLine:
    date: dt.date | None
    group: str
    topic: str


@dataclass(frozen=True)
class Side:
    """One record of a pair as the comparison shows it (built off the GUI thread)."""

    uuid: str
    office: str
    name: str
    values: dict[str, Any]
    groups: tuple[str, ...] = ()
    sessions: tuple[SessionLine, ...] = ()
    changed: Any = None  # newest change (a comparable value: HLC, time, ISO text)
    changed_text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def value_text(key: str, values: dict[str, Any]) -> str:
    """A field's value as shown (dates in the locale, vocabularies translated)."""
    value = values.get(key)
    if value is None or value == "":
        return ""
    locale = QLocale()
    if key == "birth_date" and isinstance(value, dt.date):
        if values.get("birth_date_estimated"):
            return "~" + locale.toString(value.year).replace(locale.groupSeparator(), "")
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)
    if key == "consent_date":
        if not values.get("consent_given"):
            return _tr("No consent recorded")
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)
    if key == "gender":
        return vocab.gender_label(str(value))
    if key == "nationality":
        from ttk_desktop.core.normalize import nationality_label

        return nationality_label(str(value), current_language())
    if key == "disability":
        return _tr("Yes") if value == "yes" else _tr("No")
    if key in ("phone", "external_id"):
        return left_to_right(str(value))
    return str(value)


def _compared(key: str, values: dict[str, Any]) -> tuple[Any, ...]:
    if key == "consent_date" and not values.get("consent_given"):
        return (None,)
    return (values.get(key), *(values.get(k) for k in COMPANIONS.get(key, ())))


def person_values(person: PersonRecord | Any) -> dict[str, Any]:
    """The compared fields of a record that has them as attributes."""
    keys = [k for k, _label in FIELDS] + [k for ks in COMPANIONS.values() for k in ks]
    return {k: getattr(person, k, None) for k in keys}


class ComparisonTableModel(QAbstractTableModel):
    """Every field in two columns; the differing ones marked, each with the value to keep.

    The value chosen for a differing field is the checked cell of its row
    (``Qt.CheckStateRole``); :meth:`choose` and Alt+1/Alt+2 on the tab change it.
    """

    FIELD, LEFT, RIGHT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sides: tuple[Side, Side] | None = None
        self.keys: list[str] = []
        self.differs: list[bool] = []
        self.choices: list[int] = []  # 0 left, 1 right

    def set_sides(self, sides: tuple[Side, Side] | None, default: int = 0) -> None:
        """Show a pair; every differing field starts on ``default`` (the newer record)."""
        self.beginResetModel()
        self.sides = sides
        self.keys = [k for k, _label in FIELDS] if sides else []
        self.differs = [
            _compared(k, sides[0].values) != _compared(k, sides[1].values) for k in self.keys
        ] if sides else []  # fmt: skip
        self.choices = [default] * len(self.keys)
        self.endResetModel()

    def choose(self, row: int, side: int) -> None:
        if 0 <= row < len(self.keys) and self.differs[row] and side in (0, 1):
            self.choices[row] = side
            self.dataChanged.emit(self.index(row, self.LEFT), self.index(row, self.RIGHT))

    def differing_rows(self) -> list[int]:
        return [row for row, d in enumerate(self.differs) if d]

    def chosen_values(self, keep: int) -> dict[str, object]:
        """The fields to take from the record not kept, with their companions."""
        if self.sides is None:
            return {}
        other = self.sides[1 - keep].values
        values: dict[str, object] = {}
        for row, key in enumerate(self.keys):
            if self.differs[row] and self.choices[row] != keep:
                for name in (key, *COMPANIONS.get(key, ())):
                    values[name] = other.get(name)
        return values

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.FIELD:
            return _tr("Field")
        if section in (self.LEFT, self.RIGHT):
            if self.sides is None:
                return _tr("Person 1") if section == self.LEFT else _tr("Person 2")
            side = self.sides[section - 1]
            template = _tr("Person 1 (%1)") if section == self.LEFT else _tr("Person 2 (%1)")
            return template.replace("%1", isolated(side.office))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.FIELD and self.differs[index.row()]:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sides is None or not 0 <= index.row() < len(self.keys):
            return None
        row, column = index.row(), index.column()
        key, differs = self.keys[row], self.differs[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIELD:
                label = _tr(FIELDS[row][1])
                return f"{DIFF_MARKER} {label}" if differs else label
            return value_text(key, self.sides[column - 1].values)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FIELD and differs:
                return _tr("The two records differ: choose the value to keep (Alt+1 or Alt+2).")
            if column != self.FIELD:
                return value_text(key, self.sides[column - 1].values) or None
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column != self.FIELD and differs:
            chosen = self.choices[row] == column - 1
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and differs:
            return DIFF_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and differs:
            return QBrush(QColor("#000000"))  # readable on the highlight in dark themes
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and differs:
            return _tr("Differs")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() == self.FIELD
            or not self.differs[index.row()]
        ):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        side = index.column() - 1
        if state == Qt.CheckState.Checked:
            self.choose(index.row(), side)
        else:  # unticking one value ticks the other
            self.choose(index.row(), 1 - side)
        return True
