"""The list of backups in File → Backups: when, what kind, how big, where (#16).

Rows are the core's frozen :class:`~ttk_desktop.core.security.backups.BackupInfo`,
listed off the GUI thread; ``data()`` only formats them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.security.backups import BackupInfo
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.group_table_model import RecordTableModel

_CTX = "BackupTableModel"
KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP(_CTX, "Daily"),
    "weekly": QT_TRANSLATE_NOOP(_CTX, "Weekly"),
    "manual": QT_TRANSLATE_NOOP(_CTX, "Made by hand"),
    "before-restore": QT_TRANSLATE_NOOP(_CTX, "Before a restore"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(_CTX, KIND_LABELS.get(kind, kind))


def qdatetime(when: dt.datetime) -> QDateTime:
    """A local ``datetime`` as a QDateTime (for display and sorting)."""
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


def format_when(when: dt.datetime) -> str:
    """The time a backup was made, as the user reads dates (short form, one line)."""
    return left_to_right(QLocale().toString(qdatetime(when), QLocale.FormatType.ShortFormat))


def format_size(size: int) -> str:
    """A file size in megabytes (kilobytes under one), in the user's digits."""
    locale = QLocale()
    if size >= 1024 * 1024:
        return QCoreApplication.translate(_CTX, "%1 MB").replace(
            "%1", locale.toString(size / (1024 * 1024), "f", 1)
        )
    return QCoreApplication.translate(_CTX, "%1 KB").replace(
        "%1", locale.toString(max(1, size // 1024))
    )


class BackupTableModel(RecordTableModel[BackupInfo]):
    """Backups, newest first (the order the core lists them in)."""

    CONTEXT = _CTX
    WHEN, KIND, SIZE, FOLDER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP(_CTX, "Made on"),
        QT_TRANSLATE_NOOP(_CTX, "Kind"),
        QT_TRANSLATE_NOOP(_CTX, "Size"),
        QT_TRANSLATE_NOOP(_CTX, "Folder"),
    )
    NUMERIC_COLUMNS = frozenset({SIZE})

    def display(self, record: BackupInfo, column: int, row: int) -> Any:
        if column == self.WHEN:
            return format_when(record.when)
        if column == self.KIND:
            return kind_label(record.kind)
        if column == self.SIZE:
            return format_size(record.size)
        if column == self.FOLDER:
            return left_to_right(str(record.path.parent))
        return None

    def sort_value(self, record: BackupInfo, column: int, row: int) -> Any:
        if column == self.WHEN:
            return qdatetime(record.when)
        if column == self.SIZE:
            return record.size
        return self.display(record, column, row)

    def extra(self, record: BackupInfo, column: int, role: int, row: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return left_to_right(str(record.path))
        return None
