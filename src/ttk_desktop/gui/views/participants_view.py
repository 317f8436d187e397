"""The Participants tab: search, filters, the paged list and a detail panel.

Every database call runs through ``ctx.tasks`` (off the GUI thread). Typing in
the search box restarts a short timer; when it fires, the list starts over with
the new query and any older answer still on its way is ignored (see
:class:`ParticipantTableModel`). Deletes and edits go on an undo stack for the
session (Ctrl+Z). The detail panel is :mod:`ttk_desktop.gui.views.participant_detail`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import vocab
from ttk_desktop.core.records import (
    ParticipantHistory,
    ParticipantInput,
    ParticipantPage,
    ParticipantQuery,
    ParticipantRecord,
)
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import current_language
from ttk_desktop.gui.models.participant_table_model import (
    ParticipantSortProxy,
    ParticipantTableModel,
    nationality_text,
)
from ttk_desktop.gui.views.participant_detail import DetailPanel
from ttk_desktop.reports.labels import ReportText

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.settings_store import SettingsStore

SEARCH_DELAY_MS = 150
OTHER = "other"


def _services() -> Any:
    """The participants service, imported when first used (keeps start-up light)."""
    from ttk_desktop.core.services import participants

    return participants


class _WriteCommand(QUndoCommand):
    """An undoable participant change; ``done`` skips the first redo (already saved)."""

    def __init__(
        self,
        view: ParticipantsView,
        text: str,
        redo: Callable[[Any], Any],
        undo: Callable[[Any], Any],
        *,
        participant_id: int,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self._view = view
        self._redo = redo
        self._undo = undo
        self._id = participant_id
        self._skip = done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._view.run_write(self._redo, select_id=self._id)

    def undo(self) -> None:
        self._view.run_write(self._undo, select_id=self._id)


class ParticipantsView(QWidget):
    """Search, filter, add, edit, delete and inspect participants."""

    count_changed = Signal(int)
    selection_changed = Signal()
    # The plain first page (read before the database opens) is in, or could not be read.
    first_page_tried = Signal()

    def __init__(
        self, ctx: AppContext, settings: SettingsStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participants_view")
        self.ctx = ctx
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._count_generation = 0
        self._count_pending: ParticipantQuery | None = None
        self._detail_generation = 0
        self._reselect_id: int | None = None
        self.total: int | None = None
        self.first_page_pending = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        page_size = settings.page_size if settings is not None else 200
        self.model = ParticipantTableModel(
            self, fetcher=self._fetch_page, page_size=page_size, language=current_language()
        )
        self.proxy = ParticipantSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(lambda error: show_error(self, error))
        ctx.data_changed.connect(self._on_data_changed)
        ctx.opened.connect(self._update_actions)
        ctx.when_ready(self._load_offices)
        ctx.when_ready(self._prepare_search)
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, phone or register number…"))
        self.search.textChanged.connect(self._on_search_text_changed)

        self.gender_filter = self._combo("gender_filter", self.tr("All genders"))
        for key in vocab.GENDERS:
            self.gender_filter.addItem(vocab.gender_label(key), key)
        self.nationality_filter = self._combo("nationality_filter", self.tr("All nationalities"))
        language = current_language()
        for code in vocab.DEFAULT_FEATURED_NATIONALITIES:
            self.nationality_filter.addItem(nationality_text(code, language), code)
        self.nationality_filter.addItem(self.tr("Other nationalities"), OTHER)
        for code in vocab.NATIONALITY_SENTINELS:
            self.nationality_filter.addItem(nationality_text(code, language), code)
        self.age_filter = self._combo("age_filter", self.tr("All ages"))
        ages = ReportText(language)  # the one age label: Arabic reads "0-17", not "17-0"
        for name, _low, _high in vocab.AGE_GROUPS:
            self.age_filter.addItem(self.tr("Age %1").replace("%1", ages.age(name)), name)
        self.office_filter = self._combo("office_filter", self.tr("All offices"))

        self.new_button = QPushButton(self.tr("New participant"), self)
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(self.new_participant)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_button")
        self.delete_button.clicked.connect(self.delete_selected)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        self.table = QTableView(self)
        self.table.setObjectName("participants_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 150, 70, 90, 45, 100, 115, 85, 50)):
            header.resizeSection(column, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: self._update_count_label())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.detail = DetailPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("participants_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])

        self.delete_action = QAction(self.tr("Delete participant…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        from ttk_desktop.gui.dialogs.privacy_dialogs import PrivacyActions

        self.privacy = PrivacyActions(self)  # export, erase on request, retention (#16)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.gender_filter, self.nationality_filter, self.age_filter,
                      self.office_filter):  # fmt: skip
            filters.addWidget(combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.privacy.button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._update_actions()
        self.restore_state()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.refresh())
        return combo

    # -- remembered layout ------------------------------------------------------------
    def restore_state(self) -> None:
        if self.settings is None:
            return
        header_state = self.settings.state("participants/header")
        if header_state is not None:
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self.settings.state("participants/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)

    def save_state(self) -> None:
        if self.settings is None:
            return
        self.settings.set_state("participants/header", self.table.horizontalHeader().saveState())
        self.settings.set_state("participants/splitter", self.splitter.saveState())

    # -- searching --------------------------------------------------------------------
    def current_query(self) -> ParticipantQuery:
        return ParticipantQuery(
            text=self.search.text().strip(),
            gender=self.gender_filter.currentData(),
            nationality=self.nationality_filter.currentData(),
            age_group=self.age_filter.currentData(),
            office_code=self.office_filter.currentData(),
        )

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: only a pause in typing searches

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Start the list and the count over for the current search and filters."""
        self._search_timer.stop()
        selected = self.selected_record()
        if selected is not None and self._reselect_id is None:
            self._reselect_id = selected.id
        query = self.current_query()
        # The count runs once the first page is in, so it never slows the list down.
        self._count_pending = query
        self.model.set_query(query)

    def _fetch_page(
        self,
        query: ParticipantQuery,
        after: tuple[str, int] | None,
        limit: int,
        on_page: Callable[[ParticipantPage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        if not self.ctx.ready:
            self._fetch_first_page(query, after, limit, on_page, on_error)
            return
        db, language = self.ctx.db, current_language()

        def work() -> ParticipantPage:
            page = _services().search_participants(db, query, after=after, limit=limit)
            # Warm the country names here, not on the GUI thread at first paint.
            nationality_text(vocab.UNKNOWN, language)
            return page

        self.ctx.tasks.run(work, on_success=on_page, on_failure=on_error)

    def _fetch_first_page(
        self,
        query: ParticipantQuery,
        after: tuple[str, int] | None,
        limit: int,
        on_page: Callable[[ParticipantPage], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """While the database opens: the plain first page at once, anything else after."""

        def later(*_ignored: object) -> None:
            self.ctx.when_ready(lambda: self._fetch_page(query, after, limit, on_page, on_error))

        path = self.ctx.path
        if after is not None or query != ParticipantQuery() or path is None:
            later()
            return
        language = current_language()

        def work() -> ParticipantPage | None:
            from ttk_desktop.core.first_page import read_first_page

            page = read_first_page(path, limit)
            nationality_text(vocab.UNKNOWN, language)  # warm the country names off the GUI
            return page

        def done(page: ParticipantPage | None) -> None:
            self._end_first_page()
            if page is None:
                later()
            else:
                on_page(page)

        def failed(_error: BaseException) -> None:
            self._end_first_page()
            later()

        self.first_page_pending = True
        self.ctx.tasks.run(work, on_success=done, on_failure=failed)

    def _end_first_page(self) -> None:
        if self.first_page_pending:
            self.first_page_pending = False
            self.first_page_tried.emit()

    def _count(self, query: ParticipantQuery) -> None:
        if not self.ctx.ready:
            self.ctx.when_ready(lambda: self._count(query))
            return
        self._count_generation += 1
        generation = self._count_generation
        db = self.ctx.db

        def done(total: int) -> None:
            if generation == self._count_generation:
                self.total = total
                self._update_count_label()
                self.count_changed.emit(total)

        self.ctx.tasks.run(lambda: _services().count_participants(db, query), on_success=done)

    def _update_count_label(self) -> None:
        if self.total is None:
            self.count_label.setText(self.tr("Counting…"))
            return
        text = self.tr("%Ln participant(s)", "", self.total)
        column = self.table.horizontalHeader().sortIndicatorSection()
        loaded = self.model.rowCount()
        if column != ParticipantTableModel.NAME and loaded < self.total:
            text += " · " + self.tr("sorted: the %Ln loaded row(s) only", "", loaded)
        self.count_label.setText(text)

    def _on_page_loaded(self, _added: int) -> None:
        if self._count_pending is not None:
            query, self._count_pending = self._count_pending, None
            self._count(query)
        self._update_count_label()
        if self._reselect_id is not None:
            target, self._reselect_id = self._reselect_id, None
            row = self.model.row_of(target)
            if row is not None:
                self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return
            self.detail.show_history(None)
            self._update_actions()

    def _on_data_changed(self, what: str) -> None:
        if what in ("participants", "import", "refresh") and self.ctx.ready:
            self._prepare_search(reread=what == "refresh")
        if what in ("participants", "import", "groups", "attendance", "sessions"):
            self._search_timer.start()
            if what != "participants":
                self._load_offices()

    def _prepare_search(self, reread: bool = False) -> None:
        """Bring the search index up to date in the background (searches use SQL meanwhile)."""
        db = self.ctx.db
        self.ctx.tasks.run(lambda: _services().prepare_search(db, reread=reread))

    def _load_offices(self) -> None:
        from ttk_desktop.core.services.offices import list_offices

        db = self.ctx.db

        def done(offices: list[Any]) -> None:
            current = self.office_filter.currentData()
            self.office_filter.blockSignals(True)
            while self.office_filter.count() > 1:
                self.office_filter.removeItem(1)
            for office in offices:
                self.office_filter.addItem(f"{office.code} · {office.name}", office.code)
            index = self.office_filter.findData(current)
            self.office_filter.setCurrentIndex(max(0, index))
            self.office_filter.blockSignals(False)
            self.office_filter.setVisible(len(offices) > 1)

        self.ctx.tasks.run(lambda: list_offices(db), on_success=done)

    # -- selection and detail ---------------------------------------------------------
    def selected_record(self) -> ParticipantRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ParticipantTableModel.RecordRole)

    def select_row(self, proxy_row: int) -> None:
        # Not QTableView.selectRow: right to left it looks for a column past the
        # viewport's edge and selects nothing.
        index = self.proxy.index(proxy_row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        self.selection_changed.emit()
        record = self.selected_record()
        self._detail_generation += 1
        generation = self._detail_generation
        if record is None:
            self.detail.show_history(None)
            return
        self.ctx.when_ready(lambda: self._load_detail(record, generation))

    def _load_detail(self, record: ParticipantRecord, generation: int) -> None:
        if generation != self._detail_generation:
            return  # the selection moved on while the database was opening
        db = self.ctx.db

        def done(history: ParticipantHistory) -> None:
            if generation == self._detail_generation:
                self.detail.show_history(history)

        def failed(error: BaseException) -> None:
            if generation == self._detail_generation:
                self.detail.show_history(None)
                show_error(self, error)

        self.ctx.tasks.run(
            lambda: _services().participant_history(db, record.id),
            on_success=done,
            on_failure=failed,
        )

    def _update_actions(self) -> None:
        ready = self.ctx.ready
        has = ready and self.selected_record() is not None
        self.new_button.setEnabled(ready)
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.privacy.update_actions(ready, self.selected_record() if ready else None)

    # -- changes ----------------------------------------------------------------------
    def run_write(self, work: Callable[[Any], Any], select_id: int | None = None) -> None:
        """Run ``work(db)`` off the GUI thread, then tell every screen."""
        db = self.ctx.db

        def done(_result: Any) -> None:
            if select_id is not None:
                self._reselect_id = select_id
            self.ctx.notify("participants")

        self.ctx.tasks.run(
            partial(work, db),
            on_success=done,
            on_failure=lambda error: show_error(self, error),
            write=True,
        )

    def new_participant(self) -> None:
        if not self.ctx.ready:
            return
        from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ctx, self)
        if dialog.exec() and dialog.saved_record is not None:
            saved = dialog.saved_record
            self._reselect_id = saved.id
            self._push_done(
                self.tr("Register %1").replace("%1", saved.full_name),
                saved.id,
                redo=lambda db: _services().restore_participant(db, saved.id),
                undo=lambda db: _services().delete_participant(db, saved.id),
            )

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.ctx.ready:
            return
        if self.privacy.refuse_edit_of_erased(record):  # #16: an erasure is final
            return
        from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ctx, self, record)
        if dialog.exec() and dialog.saved_record is not None:
            saved = dialog.saved_record
            self.model.replace_record(saved)
            self._reselect_id = saved.id
            before: ParticipantInput = record.to_input()
            after: ParticipantInput = saved.to_input()
            self._push_done(
                self.tr("Edit %1").replace("%1", saved.full_name),
                saved.id,
                redo=lambda db: _services().update_participant(db, saved.id, after),
                undo=lambda db: _services().update_participant(db, saved.id, before),
            )

    def _push_done(
        self,
        text: str,
        participant_id: int,
        *,
        redo: Callable[[Any], Any],
        undo: Callable[[Any], Any],
    ) -> None:
        self.undo_stack.push(
            _WriteCommand(self, text, redo, undo, participant_id=participant_id, done=True)
        )

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None or not self.ctx.ready:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete participant"),
            self.tr(
                "Delete %1? Their attendance will no longer be counted. "
                "You can undo this with Ctrl+Z until you close TTK Desktop."
            ).replace("%1", record.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.model.remove_id(record.id)
        participant_id = record.id
        self.undo_stack.push(
            _WriteCommand(
                self,
                self.tr("Delete %1").replace("%1", record.full_name),
                lambda db: _services().delete_participant(db, participant_id),
                lambda db: _services().restore_participant(db, participant_id),
                participant_id=participant_id,
            )
        )
