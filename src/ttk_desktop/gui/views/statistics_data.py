"""What the Statistics tab draws, prepared off the GUI thread, and its group filter's model.

:func:`compute_drawing` and :func:`load_filter_choices` run on a pool thread
(``ctx.tasks``) and return plain data; :class:`StatisticsView` only puts it on
screen. Qt-free apart from the list model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ttk_desktop.core.statistics import StatsFilter, YearlyStats
from ttk_desktop.reports.labels import ReportText
from ttk_desktop.reports.tables import (
    ChartData,
    build_charts,
    cross_gender_age,
    cross_nationality_gender,
)

if TYPE_CHECKING:
    from ttk_desktop.core.records import GroupRecord, OfficeRecord


@dataclass(frozen=True)
class Drawing:
    """What the tab shows for one answer, prepared off the GUI thread."""

    stats: YearlyStats
    charts: dict[str, ChartData]
    gender_age: tuple[list[str], list[list[Any]]]
    nationality_gender: tuple[list[str], list[list[Any]]]


def prepare(stats: YearlyStats, text: ReportText) -> Drawing:
    """Chart data and cross tables of ``stats`` (Qt-free: any thread)."""
    return Drawing(
        stats,
        build_charts(stats, text),
        cross_gender_age(stats, text),
        cross_nationality_gender(stats, text),
    )


def compute_drawing(ctx_db: Any, flt: StatsFilter, text: ReportText) -> Drawing:
    """Runs off the GUI thread: the figures (with the database's featured
    nationalities) and everything drawn from them, labels included."""
    from ttk_desktop.core.statistics import compute_statistics

    flt = replace(flt, featured_nationalities=ctx_db.featured_nationalities())
    return prepare(compute_statistics(ctx_db, flt), text)


def load_filter_choices(ctx_db: Any) -> tuple[list[OfficeRecord], list[GroupRecord]]:
    """Runs off the GUI thread: offices and live groups for the filter lists."""
    from ttk_desktop.core.services.groups import list_groups
    from ttk_desktop.core.services.offices import list_offices

    return list_offices(ctx_db), list_groups(ctx_db)


class GroupChoiceModel(QAbstractListModel):
    """The group filter's choices: "All groups", then the groups of the chosen office
    and type. Thousands of groups are swapped in with one reset instead of one
    ``addItem`` each; ``data()`` only indexes the list."""

    def __init__(self, all_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self._rows: list[tuple[str, int]] = []  # (name, group id)
        self._row_of: dict[int, int] = {}

    def set_groups(self, rows: list[tuple[str, int]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {group_id: i + 1 for i, (_name, group_id) in enumerate(rows)}
        self.endResetModel()

    def row_of(self, group_id: int | None) -> int:
        """Row of a group (0, "All groups", for None); -1 when not offered."""
        return 0 if group_id is None else self._row_of.get(group_id, -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._all_label if row == 0 else self._rows[row - 1][0]
        if role == Qt.ItemDataRole.UserRole:
            return None if row == 0 else self._rows[row - 1][1]
        return None
