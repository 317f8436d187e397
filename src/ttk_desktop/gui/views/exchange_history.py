"""The lower panels of the Data exchange page: conflicts, merged files and office keys.

- :class:`ConflictsPanel`: the open conflicts a merge logged (the same field
  changed at two places without one seeing the other); staff keep the merged
  value or use the other one, which becomes a new change like any edit.
- :class:`HistoryPanel`: the files merged per office, and the offices'
  signing keys this database trusts, with "Accept a new key…" for an office
  whose computer was replaced.

Both read and write through ``ctx.tasks`` (``core.exchange.history``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core.exchange.history import ConflictRecord, PinnedKeyRecord
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.exchange_models import (
    ConflictTableModel,
    MergeHistoryTableModel,
    PinnedKeyTableModel,
    field_label,
    value_text,
)
from ttk_desktop.gui.views.group_sessions import make_table, selected_records

if TYPE_CHECKING:
    from ttk_desktop.gui.views.exchange_view import ExchangeView


def _buttons_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ConflictsPanel(QWidget):
    """Open conflicts, and the two ways to close one."""

    # Emitted with the number of open conflicts each time the list is read.
    counted = Signal(int)

    def __init__(self, page: ExchangeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_panel")
        self.page = page
        self.model = ConflictTableModel(self)
        self.table = make_table(self, "conflicts_table", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        note = QLabel(
            self.tr(
                "The same field was changed at two places without one seeing the other. The "
                "later change was kept; check each one and keep it or use the other value."
            ),
            self,
        )
        note.setWordWrap(True)
        self.empty = QLabel(self.tr("No open conflicts."), self)
        self.empty.setObjectName("conflicts_empty")
        self.use_other_button = QPushButton(self.tr("&Use the other value"), self)
        self.use_other_button.setObjectName("conflict_use_other")
        self.use_other_button.clicked.connect(lambda: self.resolve(choose_other=True))
        self.keep_button = QPushButton(self.tr("&Keep this value"), self)
        self.keep_button.setObjectName("conflict_keep")
        self.keep_button.clicked.connect(lambda: self.resolve(choose_other=False))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons_row(self.use_other_button, self.keep_button, self.empty))
        self.page.remember("exchange/conflicts_header", self.table)
        self._update_buttons()

    def reload(self) -> None:
        from ttk_desktop.core.exchange.history import list_conflicts

        db = self.page.ctx.db
        self.page.run(lambda: list_conflicts(db), self._on_read, key="conflicts")

    def _on_read(self, rows: list[ConflictRecord]) -> None:
        self.model.set_rows(rows)
        self.page.fit_columns(self.table)
        self.empty.setVisible(not rows)
        self._update_buttons()
        self.counted.emit(len(rows))

    def selected(self) -> ConflictRecord | None:
        records = selected_records(self.table)
        return records[0] if records else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.use_other_button.setEnabled(has)
        self.keep_button.setEnabled(has)

    def resolve(self, *, choose_other: bool) -> None:
        """Close the selected conflict; using the other value is a new, stamped change."""
        from ttk_desktop.core.exchange.history import resolve_conflict

        record = self.selected()
        if record is None:
            return
        db = self.page.ctx.db
        self.use_other_button.setEnabled(False)
        self.keep_button.setEnabled(False)

        def done(_result: Any) -> None:
            value = record.other_value if choose_other else record.kept_value
            self.page.show_status(
                (
                    self.tr("%1, %2: the other value %3 is used now.")
                    if choose_other
                    else self.tr("%1, %2: the value %3 is kept.")
                )
                .replace("%1", record.record_label)
                .replace("%2", field_label(record.field))
                .replace("%3", value_text(value))
            )
            if choose_other:
                self.page.ctx.notify(_NOTICES.get(record.table_name, "refresh"))
            self.reload()

        self.page.run(
            lambda: resolve_conflict(db, record.id, choose_other=choose_other),
            done,
            write=True,
            on_failure=self._on_resolve_failed,
        )

    def _on_resolve_failed(self, error: BaseException) -> None:
        from ttk_desktop.gui.errors import show_error

        show_error(self, error)
        self.reload()


# What ctx.notify announces after a conflict's other value was chosen.
_NOTICES = {"participants": "participants", "groups": "groups", "sessions": "sessions"}


class HistoryPanel(QWidget):
    """Files merged per office, and the offices' trusted signing keys."""

    def __init__(self, page: ExchangeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.page = page
        self.files_model = MergeHistoryTableModel(self)
        self.files_table = make_table(self, "merge_history_table", self.files_model)
        self.keys_model = PinnedKeyTableModel(self)
        self.keys_table = make_table(self, "pinned_keys_table", self.keys_model)
        self.keys_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keys_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.forget_button = QPushButton(self.tr("&Accept a new key…"), self)
        self.forget_button.setObjectName("forget_pinned_key")
        self.forget_button.clicked.connect(self.forget_selected)

        files_box = QWidget(self)
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(QLabel(self.tr("Files merged here, per office"), files_box))
        files_layout.addWidget(self.files_table, 1)
        keys_box = QWidget(self)
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        keys_layout.addWidget(QLabel(self.tr("Offices' signing keys trusted here"), keys_box))
        keys_layout.addWidget(self.keys_table, 1)
        keys_layout.addLayout(_buttons_row(self.forget_button))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("exchange_history_splitter")
        self.splitter.addWidget(files_box)
        self.splitter.addWidget(keys_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.page.remember("exchange/history_header", self.files_table)
        self.page.remember("exchange/keys_header", self.keys_table)
        self._update_buttons()

    def reload(self) -> None:
        from ttk_desktop.core.exchange.history import merge_history, pinned_keys

        db = self.page.ctx.db
        self.page.run(lambda: merge_history(db), self._on_files_read, key="history")
        self.page.run(lambda: pinned_keys(db), self._on_keys_read, key="pinned")

    def _on_files_read(self, rows: list[Any]) -> None:
        self.files_model.set_rows(rows)
        self.page.fit_columns(self.files_table)

    def _on_keys_read(self, rows: list[PinnedKeyRecord]) -> None:
        self.keys_model.set_rows(rows)
        self.page.fit_columns(self.keys_table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.forget_button.setEnabled(bool(selected_records(self.keys_table)))

    def forget_selected(self) -> None:
        """After a confirmation, forget an office's key: its next file is asked about again."""
        from ttk_desktop.core.exchange.history import forget_pinned_key

        records = selected_records(self.keys_table)
        if not records:
            return
        record: PinnedKeyRecord = records[0]
        answer = QMessageBox.question(
            self,
            self.tr("Accept a new key"),
            self.tr(
                "Forget the key %1 trusted for office %2?\n\n"
                "The next data file from office %2 will be asked about as if it were the "
                "first one, and its key trusted if you confirm it. Do this only when that "
                "office's computer was replaced or reinstalled: a file signed by another key "
                "may come from someone else."
            )
            .replace("%1", left_to_right(record.fingerprint))
            .replace("%2", record.office),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.page.ctx.db
        self.page.run(
            lambda: forget_pinned_key(db, record.database_id),
            lambda _r: self.reload(),
            write=True,
        )
