"""Item models of the accounts list and the audit log viewer (#16).

Both hold dataclasses from ``core.security`` and only index and format them in
``data()``. The audit model grows by pages: ``fetchMore`` asks its fetcher
(which runs ``read_audit_log`` on a worker) for the rows after the last one
shown and appends them when they arrive.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal

from ttk_desktop.core import textfold
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.security.roles import Role, role_label
from ttk_desktop.gui.models.exchange_models import format_time, qdatetime
from ttk_desktop.gui.models.group_table_model import RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("AuditTableModel", "added"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "restored"),
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "logged in"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "exported"),
    "import": QT_TRANSLATE_NOOP("AuditTableModel", "imported"),
    "merge": QT_TRANSLATE_NOOP("AuditTableModel", "merged"),
    "encrypt": QT_TRANSLATE_NOOP("AuditTableModel", "encrypted"),
}


class AccountTableModel(RecordTableModel[Any]):
    """Accounts (``core.security.accounts.AccountInfo``) by name."""

    CONTEXT = "AccountTableModel"
    NAME, ROLE, STATE, CREATED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountTableModel", "Account"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Role"),
        QT_TRANSLATE_NOOP("AccountTableModel", "State"),
        QT_TRANSLATE_NOOP("AccountTableModel", "Created"),
    )

    def display(self, record: Any, column: int, row: int) -> Any:
        if column == self.NAME:
            return record.name
        if column == self.ROLE:
            return role_label(Role(record.role))
        if column == self.STATE:
            return self.tr("disabled") if record.disabled else self.tr("active")
        if column == self.CREATED:
            return format_time(record.created_at)
        return None

    def sort_value(self, record: Any, column: int, row: int) -> Any:
        if column == self.NAME:
            return textfold.fold(record.name)
        if column == self.CREATED:
            return qdatetime(record.created_at)
        return self.display(record, column, row)


# Derived columns the services record with a change; they only repeat the name.
HIDDEN_FIELDS = frozenset({"search_text", "sort_key"})


def changes_text(changes: dict[str, Any]) -> str:
    """The recorded fields in one line: ``field: old → new`` or ``field: value``."""
    parts = []
    for key, value in changes.items():
        if key in HIDDEN_FIELDS:
            continue
        if isinstance(value, list) and len(value) == 2:
            old, new = ("" if v is None else v for v in value)
            parts.append(f"{key}: {old} \u2192 {new}")
        elif isinstance(value, dict | list):
            parts.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        else:
            parts.append(f"{key}: {'' if value is None else value}")
    return "; ".join(parts)


AuditFetcher = Callable[
    [int | None, Callable[[list[Any]], None], Callable[[BaseException], None]], None
]


class AuditTableModel(RecordTableModel[Any]):
    """Audit entries (``core.security.audit.AuditRow``), newest first, read page by page.

    ``fetcher(after, on_rows, on_error)`` starts reading the page after the
    entry id ``after`` (None: the first page) and calls back on the GUI thread.
    """

    CONTEXT = "AuditTableModel"
    WHEN, ACCOUNT, ACTION, TABLE, RECORD, CHANGES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Account"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Table"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    )
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self, parent: QObject | None = None, *, fetcher: AuditFetcher | None = None, page: int = 200
    ) -> None:
        super().__init__(parent)
        self.fetcher = fetcher
        self.page = page
        self.loading = False
        self.at_end = True
        self._generation = 0

    def restart(self) -> None:
        """Empty the table and read the first page again (the filters changed)."""
        self._generation += 1
        self.set_rows([])
        self.loading = False
        self.at_end = self.fetcher is None
        self._fetch(None)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.at_end and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self._rows[-1].id if self._rows else None)

    def _fetch(self, after: int | None) -> None:
        if self.fetcher is None:
            return
        self.loading = True
        generation = self._generation

        def on_rows(rows: list[Any]) -> None:
            if generation != self._generation:
                return  # an answer for filters no longer shown
            self.loading = False
            self.at_end = len(rows) < self.page
            self.append_rows(rows)

        def on_error(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.at_end = True
            self.load_failed.emit(error)

        self.fetcher(after, on_rows, on_error)

    def append_rows(self, rows: list[Any]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(rows))

    def display(self, record: Any, column: int, row: int) -> Any:
        if column == self.WHEN:
            return format_time(record.at)
        if column == self.ACCOUNT:
            return record.account
        if column == self.ACTION:
            label = ACTION_LABELS.get(record.action)
            return self.tr(label) if label else record.action
        if column == self.TABLE:
            return record.table
        if column == self.RECORD:
            return record.record
        if column == self.CHANGES:
            return changes_text(record.changes)
        return None

    def sort_value(self, record: Any, column: int, row: int) -> Any:
        if column == self.WHEN:
            return record.id
        return self.display(record, column, row)

    def extra(self, record: Any, column: int, role: int, row: int) -> Any:
        from PySide6.QtCore import Qt

        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CHANGES, self.RECORD):
            return self.display(record, column, row)
        return None
