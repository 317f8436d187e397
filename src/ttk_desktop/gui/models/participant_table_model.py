"""The participants list: pages of ParticipantRecord fetched off the GUI thread.

The model never asks the database for anything inside ``data()``. Rows arrive a
page at a time (keyset paging by the core) through ``fetchMore``, which asks a
``PageFetcher`` (in the app: ``ctx.tasks`` running
``services.participants.search_participants``) and inserts the rows when they
come back. A new query bumps a generation number, so a slow answer to an older
search is dropped instead of mixing into the new list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ttk_desktop.core import vocab
from ttk_desktop.core.erased import is_erased
from ttk_desktop.core.records import ParticipantPage, ParticipantQuery, ParticipantRecord
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.group_table_model import RECORD_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Cursor = tuple[str, int]
# fetcher(query, after, limit, on_page, on_error): start loading one page, return at once.
PageFetcher = Callable[
    [
        ParticipantQuery,
        Cursor | None,
        int,
        Callable[[ParticipantPage], None],
        Callable[[BaseException], None],
    ],
    Any,
]

_CTX = "ParticipantTableModel"


def birth_date_text(record: ParticipantRecord, locale: QLocale | None = None) -> str:
    """ "~1985" for a year-only (estimated) date, else the locale's short date."""
    birth = record.birth_date
    if birth is None:
        return ""
    locale = locale or QLocale()
    if record.birth_date_estimated:
        return "~" + locale.toString(birth.year).replace(locale.groupSeparator(), "")
    return locale.toString(QDate(birth), QLocale.FormatType.ShortFormat)


def nationality_text(code: str, language: str) -> str:
    from ttk_desktop.core.normalize import nationality_label

    return nationality_label(code, language)


class ParticipantTableModel(QAbstractTableModel):
    """Loaded participants, in the order the core returns them (alphabetical)."""

    NAME, NAME_AR, GENDER, BIRTH_DATE, AGE, NATIONALITY, PHONE, REGISTER_NO, OFFICE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP(_CTX, "Name"),
        QT_TRANSLATE_NOOP(_CTX, "Name (Arabic)"),
        QT_TRANSLATE_NOOP(_CTX, "Gender"),
        QT_TRANSLATE_NOOP(_CTX, "Birth date"),
        QT_TRANSLATE_NOOP(_CTX, "Age"),
        QT_TRANSLATE_NOOP(_CTX, "Nationality"),
        QT_TRANSLATE_NOOP(_CTX, "Phone"),
        QT_TRANSLATE_NOOP(_CTX, "Register no."),
        QT_TRANSLATE_NOOP(_CTX, "Office"),
    )
    SortRole = SORT_ROLE
    RecordRole = RECORD_ROLE

    loading_changed = Signal(bool)
    # Emitted after each page (also an empty one); the argument is the rows added.
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        parent: Any = None,
        *,
        fetcher: PageFetcher | None = None,
        page_size: int = 200,
        language: str = "en",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRecord] = []
        self._fetcher = fetcher
        self.page_size = page_size
        self.language = language
        self.today = today or dt.date.today()
        self._locale = QLocale()
        self._query = ParticipantQuery()
        self._after: Cursor | None = None
        self._exhausted = fetcher is None
        self._loading = False
        self._generation = 0
        self._gender_labels = {key: vocab.gender_label(key) for key in vocab.GENDERS}
        self._nationality_labels: dict[str, str] = {}
        # An erased person's stored marker, in the user's language (#16).
        self._erased_label = QCoreApplication.translate(_CTX, "(erased on request)")

    # -- state ------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def rows(self) -> Sequence[ParticipantRecord]:
        return self._rows

    def record(self, row: int) -> ParticipantRecord:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == participant_id:
                return row
        return None

    def set_rows(self, rows: Sequence[ParticipantRecord], next_after: Cursor | None = None) -> None:
        """Replace everything (tests, or a caller that fetched itself)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._after = next_after
        self._exhausted = next_after is None
        self.endResetModel()
        self._set_loading(False)

    def set_query(self, query: ParticipantQuery) -> None:
        """Start over with ``query``: clear the list and load its first page."""
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._after = None
        self._exhausted = self._fetcher is None
        self.endResetModel()
        self._set_loading(False)
        self._fetch()

    def replace_record(self, record: ParticipantRecord) -> bool:
        """Show an edited person in place; False when they are not loaded."""
        row = self.row_of(record.id)
        if row is None:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def remove_id(self, participant_id: int) -> bool:
        row = self.row_of(participant_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    # -- paging -----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        if self._fetcher is None or self._exhausted or self._loading:
            return
        generation = self._generation
        self._set_loading(True)
        self._fetcher(
            self._query,
            self._after,
            self.page_size,
            lambda page: self._on_page(generation, page),
            lambda error: self._on_error(generation, error),
        )

    def _on_page(self, generation: int, page: ParticipantPage) -> None:
        if generation != self._generation:
            return  # an answer to an older search: superseded
        self._set_loading(False)
        self._after = page.next_after
        self._exhausted = page.next_after is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit(len(page.rows))

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True
        self.load_failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(_CTX, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == self.SortRole:
            return self._sort_value(record, column)
        if role == self.RecordRole:
            return record
        tooltip = role == Qt.ItemDataRole.ToolTipRole and column == self.BIRTH_DATE
        if tooltip and record.birth_date_estimated:
            return QCoreApplication.translate(_CTX, "Estimated: only the year is known")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NAME_AR:
            # Arabic names read from the right in any interface language.
            return int(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
            )
        return None

    def _display(self, record: ParticipantRecord, column: int) -> str | None:
        if column == self.NAME:
            if is_erased(record.first_name, record.last_name):
                return self._erased_label
            return (
                f"{record.last_name}, {record.first_name}"
                if record.last_name
                else record.first_name
            )
        if column == self.NAME_AR:
            return record.full_name_ar or ""
        if column == self.GENDER:
            return self._gender_labels.get(record.gender, record.gender)
        if column == self.BIRTH_DATE:
            return birth_date_text(record, self._locale)
        if column == self.AGE:
            age = record.age_on(self.today)
            return "" if age is None else self._locale.toString(age)
        if column == self.NATIONALITY:
            label = self._nationality_labels.get(record.nationality)
            if label is None:
                label = nationality_text(record.nationality, self.language)
                self._nationality_labels[record.nationality] = label
            return label
        if column == self.PHONE:
            return left_to_right(record.phone or "")
        if column == self.REGISTER_NO:
            return left_to_right(record.external_id or "")
        if column == self.OFFICE:
            return record.office_code
        return None

    def _sort_value(self, record: ParticipantRecord, column: int) -> Any:
        """Native values the proxy compares in C++ (strings and ints, never None)."""
        if column == self.NAME:
            return f"{record.sort_key}\x00{record.id:012d}"
        if column == self.BIRTH_DATE:
            return record.birth_date.isoformat() if record.birth_date else ""
        if column == self.AGE:
            age = record.age_on(self.today)
            return -1 if age is None else age
        if column == self.PHONE:
            return record.phone or ""
        if column == self.REGISTER_NO:
            return record.external_id or ""
        return (self._display(record, column) or "").casefold()


class ParticipantSortProxy(QSortFilterProxyModel):
    """Sorts the loaded rows by any column through ``SortRole``.

    The core pages people in alphabetical order; other orders apply to the rows
    loaded so far (the view says so), which keeps 100,000 people fast.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ParticipantTableModel.SortRole)
        self.setDynamicSortFilter(True)

    def record(self, proxy_row: int) -> ParticipantRecord:
        index = self.index(proxy_row, 0)
        return self.data(index, ParticipantTableModel.RecordRole)
