"""Pick registered people by searching as you type (to add members or attendees).

The search runs ``services.participants.search_participants`` on the read pool
a moment after the last key press; a newer search makes older answers stale.
For a children's assembly the dialog warns, before anything is added, when a
chosen person is outside the assembly's ages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core import textfold, vocab
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.records import ParticipantPage, ParticipantQuery, ParticipantRecord
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.group_table_model import (
    RecordTableModel,
    format_number,
    outside_ages_text,
    qdate,
    warning_icon,
)
from ttk_desktop.gui.models.participant_table_model import birth_date_text

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

AnyIndex = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 200
PAGE = 100
WARNING_STYLE = "color: #8a5300;"


class ParticipantPickModel(RecordTableModel[ParticipantRecord]):
    """Search results. People already on the list are shown but cannot be chosen."""

    CONTEXT = "ParticipantPickModel"
    LAST_NAME, FIRST_NAME, NAME_AR, GENDER, BIRTH_DATE, AGE, REGISTER_NO, NOTE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Last name"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "First name"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Name (Arabic)"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Gender"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Birth date"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Age"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Register no."),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Note"),
    )
    NUMERIC_COLUMNS = frozenset({AGE})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exclude_ids: frozenset[int] = frozenset()
        self.age_range: tuple[int, int] | None = None
        self.day = dt.date.today()

    def outside_ages(self, person: ParticipantRecord) -> bool:
        age = person.age_on(self.day)
        if self.age_range is None or age is None:
            return False
        lo, hi = self.age_range
        return not lo <= age <= hi

    def _note(self, person: ParticipantRecord) -> str:
        if person.id in self.exclude_ids:
            return QCoreApplication.translate("ParticipantPickModel", "Already on the list")
        if self.outside_ages(person) and self.age_range is not None:
            return outside_ages_text(self.age_range)
        return ""

    def display(self, record: ParticipantRecord, column: int, row: int) -> Any:
        if column == self.LAST_NAME:
            return record.last_name
        if column == self.FIRST_NAME:
            return record.first_name
        if column == self.NAME_AR:
            return record.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(record.gender)
        if column == self.BIRTH_DATE:
            return birth_date_text(record)
        if column == self.AGE:
            return format_number(record.age_on(self.day))
        if column == self.REGISTER_NO:
            return record.external_id or ""
        if column == self.NOTE:
            return self._note(record)
        return None

    def sort_value(self, record: ParticipantRecord, column: int, row: int) -> Any:
        if column == self.LAST_NAME:
            return record.sort_key
        if column == self.FIRST_NAME:
            return textfold.sort_key(record.first_name, record.last_name)
        if column == self.NAME_AR:
            return record.full_name_ar or ""
        if column == self.GENDER:
            return vocab.gender_label(record.gender)
        if column == self.BIRTH_DATE:
            return qdate(record.birth_date)
        if column == self.AGE:
            age = record.age_on(self.day)
            return -1 if age is None else age
        if column == self.REGISTER_NO:
            return record.external_id or ""
        if column == self.NOTE:
            return self._note(record)
        return None

    def extra(self, record: ParticipantRecord, column: int, role: int, row: int) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.LAST_NAME
            and record.id not in self.exclude_ids
            and self.outside_ages(record)
        ):
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._note(record) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].id in self.exclude_ids:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ParticipantPickerDialog(QDialog):
    """Search registered people and choose one or more.

    Args:
        exclude_ids: people already on the list (shown greyed, not selectable).
        age_range: for a children's assembly, ages outside it are flagged and a
            warning is shown when such a person is selected.
        age_day: the day ages are computed for (default today).
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        accept_text: str | None = None,
        exclude_ids: Iterable[int] = (),
        age_range: tuple[int, int] | None = None,
        age_day: dt.date | None = None,
        initial_text: str = "",
        multi: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("participant_picker")
        self.setWindowTitle(title or self.tr("Choose participants"))
        self._generation = 0
        self._sized = False
        self.loading = False
        self.age_range = age_range

        self.model = ParticipantPickModel(self)
        self.model.exclude_ids = frozenset(exclude_ids)
        self.model.age_range = age_range
        self.model.day = age_day or dt.date.today()

        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(self.tr("Type a name, phone or register number"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.table = QTableView(self)
        self.table.setObjectName("picker_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.status = QLabel(self)
        self.status.setObjectName("picker_status")
        self.age_warning = QLabel(self)
        self.age_warning.setObjectName("picker_age_warning")
        self.age_warning.setStyleSheet(WARNING_STYLE)
        self.age_warning.setWordWrap(True)
        self.age_warning.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            accept_text or self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setEnabled(False)
        self.accept_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.age_warning)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.setText(initial_text)
        self._run_search()
        self.resize(760, 520)

    # -- searching -----------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self.loading = True
        self._timer.start()

    def _run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.loading = True
        db, query = self.ctx.db, ParticipantQuery(text=self.search.text())

        def work() -> ParticipantPage:
            from ttk_desktop.core.services.participants import search_participants

            return search_participants(db, query, limit=PAGE)

        self.ctx.tasks.run(
            work,
            on_success=lambda page: self._on_results(generation, page),
            on_failure=lambda error: self._on_search_failed(generation, error),
        )

    def _on_results(self, generation: int, page: ParticipantPage) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed meanwhile, or an older search answered late
        self.model.set_rows(page.rows)
        self.loading = False
        if page.rows and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()
        if not page.rows:
            self.status.setText(self.tr("Nobody found. Check the spelling or register them."))
        elif page.next_after is not None:
            self.status.setText(
                self.tr("Showing the first %1 matches; type more to narrow down.").replace(
                    "%1", str(len(page.rows))
                )
            )
        else:
            self.status.setText(self.tr("%n person(s) found.", "", len(page.rows)))
        self._select_first_choosable()

    def _on_search_failed(self, generation: int, error: BaseException) -> None:
        if isValid(self) and generation == self._generation:
            self.loading = False
            show_error(self, error)

    def _select_first_choosable(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id not in self.model.exclude_ids:
                self.table.selectRow(row)
                return
        self._on_selection_changed()

    # -- choosing --------------------------------------------------------------------
    def selected_records(self) -> list[ParticipantRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [
            self.model.row_at(r)
            for r in rows
            if self.model.row_at(r).id not in self.model.exclude_ids
        ]

    def select_ids(self, ids: Iterable[int]) -> None:
        """Select these people among the results (for keyboard-free callers and tests)."""
        wanted = set(ids)
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in wanted:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _on_selection_changed(self, *_args: Any) -> None:
        chosen = self.selected_records()
        self.accept_button.setEnabled(bool(chosen))
        outside = [p for p in chosen if self.model.outside_ages(p)]
        if outside and self.age_range is not None:
            lo, hi = self.age_range
            names = ", ".join(
                f"{p.full_name} ({format_number(p.age_on(self.model.day))})" for p in outside
            )
            self.age_warning.setText(
                self.tr("The Children's Assembly is for ages %1-%2: %3")
                .replace("%1", str(lo))
                .replace("%2", str(hi))
                .replace("%3", names)
            )
            self.age_warning.setVisible(True)
        else:
            self.age_warning.setVisible(False)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.selected_records():
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search box move through the results."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
