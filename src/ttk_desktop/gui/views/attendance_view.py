"""Tick who came to a session, row by row from the signed paper sheet.

The list is the session's attendance rows (members plus anyone present) in the
order of the printed sheet, each with its row number. Space ticks the current
row, the arrow keys move, typing letters jumps to a name and typing digits to
a row number. Every tick is saved at once through the write pool; the tick box
changes only when the database has it (on failure it stays as saved and the
error is shown). Registered people are added through the picker, walk-ins
through the participant form, both ticked present straight away.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core import vocab
from ttk_desktop.core.records import AttendanceRow, ParticipantRecord, SessionRecord
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.attendance_model import AttendanceModel
from ttk_desktop.gui.models.group_table_model import format_date
from ttk_desktop.gui.models.session_table_model import time_span

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

PREVIEW_MODULE = "ttk_desktop.gui.printing.preview"


def module_available(name: str) -> bool:
    """True when ``name`` can be imported (optional helpers may not be installed yet)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ScreenBase(QWidget):
    """Plumbing the Groups tab and the attendance screen share.

    - :meth:`run` sends a service call to ``ctx.tasks``; answers arriving after
      the widget is gone are dropped, and with ``key`` a newer call of the same
      key makes older answers stale.
    - :meth:`open_dialog` opens a dialog window-modal without blocking, so the
      event loop (and the workers' answers) keep running.
    - :meth:`key_action` names keys this screen handles itself. They win over
      the main window's actions for the same keys (Ctrl+N is "new participant"
      window-wide; two shortcuts for one key would make both ambiguous and dead):
      accepting the ShortcutOverride sends the key press here instead.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active_dialog: QDialog | None = None
        self._busy = 0
        self._generations: dict[str, int] = {}
        self._remembered: list[tuple[str, QSplitter | QHeaderView]] = []
        self._unsized: list[QTableView] = []

    # -- remembered layout ---------------------------------------------------------------
    def remember(self, key: str, widget: QSplitter | QTableView) -> None:
        """Restore a splitter's sizes or a table's columns now; save them on hide."""
        from ttk_desktop.gui.settings_store import SettingsStore

        target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
        self._remembered.append((key, target))
        state = SettingsStore().state(key)
        if state is not None:
            target.restoreState(state)
        elif isinstance(widget, QTableView):
            self._unsized.append(widget)

    def size_columns_once(self, table: QTableView) -> None:
        """Fit columns to the first rows shown, unless the user's widths were restored."""
        if table in self._unsized and table.model().rowCount() > 0:
            self._unsized.remove(table)
            table.resizeColumnsToContents()

    def save_state(self) -> None:
        from ttk_desktop.gui.settings_store import SettingsStore

        store = SettingsStore()
        for key, target in self._remembered:
            store.set_state(key, target.saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()  # a tab switch, another page of the stack, or closing the window
        super().hideEvent(event)

    @property
    def loading(self) -> bool:
        """True while a read or a save is on its way (tests wait on it)."""
        return self._busy > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        write: bool = False,
        key: str | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call off the GUI thread and hand its answer to ``on_done``."""
        generation = self._generations.get(key, 0) + 1 if key else 0
        if key:
            self._generations[key] = generation
        self._busy += 1

        def current() -> bool:
            return not key or self._generations.get(key) == generation

        def ok(result: Any) -> None:
            if isValid(self):
                self._busy -= 1
                if current():
                    on_done(result)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            self._busy -= 1
            if on_failure is not None:
                on_failure(error)
            elif current():
                show_error(self, error)

        self.ctx.tasks.run(fn, on_success=ok, on_failure=failed, write=write)

    def open_dialog(self, dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> None:
        self.active_dialog = dialog

        def finished(result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            if result == QDialog.DialogCode.Accepted and on_accepted is not None:
                on_accepted()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.key_action(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.key_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        action()


def bold_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class AttendanceTable(QTableView):
    """The attendance list's keyboard: Space ticks, letters and digits jump."""

    toggle_requested = Signal(int)  # source row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_timer = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            if self._typing():
                self.keyboardSearch(" ")
            else:
                index = self.currentIndex()
                if index.isValid():
                    self.toggle_requested.emit(index.row())
            event.accept()
            return
        if not event.text().strip():
            self._typed = ""  # arrows and other keys end the type-ahead
        super().keyPressEvent(event)

    def _typing(self) -> bool:
        """A space inside a name being typed ("abu ali") belongs to the search."""
        return (
            bool(self._typed)
            and self._typed_timer.isValid()
            and (self._typed_timer.elapsed() < QApplication.keyboardInputInterval())
        )

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead on names and row numbers (Qt's own only looks at one column)."""
        model = self.model()
        if not isinstance(model, AttendanceModel) or not search:
            return
        current = self.currentIndex().row()
        if self._typing():
            self._typed += search
            start = max(current, 0)
        else:
            self._typed = search
            start = current + 1 if current >= 0 else 0
        self._typed_timer.start()
        row = model.find_row(self._typed, start % max(model.rowCount(), 1))
        if row >= 0:
            column = max(self.currentIndex().column(), AttendanceModel.PRESENT)
            self.setCurrentIndex(model.index(row, column))
            self.scrollTo(model.index(row, column))


class AttendanceView(ScreenBase):
    """The attendance screen of one session."""

    back_requested = Signal()
    attendance_saved = Signal(int, int, bool)  # session id, participant id, present

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("attendance_view")
        self.session: SessionRecord | None = None
        self._select_after_load: int | None = None
        self._build()
        ctx.data_changed.connect(self._on_data_changed)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("Back to groups"), self)
        self.back_button.setObjectName("attendance_back")
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.clicked.connect(self.back_requested)
        self.title = bold_label(self, "attendance_title")
        self.counts = QLabel(self)
        self.counts.setObjectName("attendance_counts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

        self.search = QLineEdit(self)
        self.search.setObjectName("attendance_add_search")
        self.search.setPlaceholderText(
            self.tr("Add a registered person: type a name and press Enter")
        )
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.add_registered)
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.add_button.setObjectName("attendance_add")
        self.add_button.clicked.connect(self.add_registered)
        self.walk_in_button = QPushButton(self.tr("&New person (walk-in)…"), self)
        self.walk_in_button.setObjectName("attendance_walk_in")
        self.walk_in_button.setToolTip(self.tr("Register someone new and tick them present"))
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.print_button = QPushButton(self.tr("&Print attendance sheet…"), self)
        self.print_button.setObjectName("print_attendance_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.setEnabled(False)

        self.model = AttendanceModel(self)
        self.model.tick_requested.connect(self._on_model_tick_requested)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)
        self.table = AttendanceTable(self)
        self.table.setObjectName("attendance_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.toggle_requested.connect(self.toggle_row)
        self.empty_hint = QLabel(
            self.tr(
                "Nobody is on this list yet. Add group members, a registered person or a walk-in."
            ),
            self,
        )
        self.empty_hint.setObjectName("attendance_empty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.counts)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.walk_in_button)
        tools.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        self.remember("attendance/header", self.table)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)

    # -- keys -------------------------------------------------------------------------
    def key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        """Ctrl+N registers a walk-in, Ctrl+F goes to the add-a-person search."""
        if event.matches(QKeySequence.StandardKey.New):
            return self.register_walk_in
        if event.matches(QKeySequence.StandardKey.Find):
            return lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return None

    # -- loading ----------------------------------------------------------------------
    def open_session(self, session_id: int) -> None:
        """Show this session's list (loaded off the GUI thread)."""
        if self.session is None or self.session.id != session_id:
            self.session = None
            self.model.set_rows([])
            self.title.setText("")
        self._load(session_id)

    def refresh(self) -> None:
        if self.session is not None:
            self._load(self.session.id)

    def _load(self, session_id: int) -> None:
        db = self.ctx.db

        def work() -> tuple[SessionRecord, list[AttendanceRow]]:
            from ttk_desktop.core.services.sessions import attendance_rows, get_session

            return get_session(db, session_id), attendance_rows(db, session_id)

        self.run(work, lambda result: self._on_loaded(*result), key="load")

    def _on_loaded(self, session: SessionRecord, rows: list[AttendanceRow]) -> None:
        current = self._current_participant_id()
        keep = self._select_after_load or current
        self._select_after_load = None
        self.session = session
        age_range = (
            vocab.CHILDREN_ASSEMBLY_AGES if session.group_type == vocab.CHILDREN_ASSEMBLY else None
        )
        self.model.set_rows(rows, day=session.date, age_range=age_range)
        self.size_columns_once(self.table)
        self.title.setText(self._title_text(session))
        self.print_button.setEnabled(module_available(PREVIEW_MODULE))
        self.empty_hint.setVisible(not rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            index = self.model.index(row, AttendanceModel.PRESENT)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _title_text(self, session: SessionRecord) -> str:
        parts = [
            f"{vocab.group_type_label(session.group_type)}: {session.group_name}",
            " ".join(
                p
                for p in (
                    format_date(session.date),
                    time_span(session.start_time, session.end_time),
                )
                if p
            ),
        ]
        if session.topic:
            parts.append(session.topic)
        return " \u2014 ".join(parts)

    def _current_participant_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).participant.id

    def _update_counts(self, *_args: Any) -> None:
        self.counts.setText(
            self.tr("Present: %1 / registered: %2")
            .replace("%1", str(self.model.present_count()))
            .replace("%2", str(self.model.registered_count()))
        )

    def _on_data_changed(self, what: str) -> None:
        # Our own ticks are already shown; other changes may add or rename people.
        if what in ("participants", "import", "groups", "refresh") and self.session is not None:
            self.refresh()

    # -- ticking ----------------------------------------------------------------------
    def toggle_row(self, row: int) -> None:
        """Space on a row: flip what the row will show once saved."""
        if not 0 <= row < self.model.rowCount():
            return
        pid = self.model.row_at(row).participant.id
        self.set_present(pid, not self.model.wanted_state(pid))

    def _on_model_tick_requested(self, participant_id: int, present: bool) -> None:
        self.set_present(participant_id, present)

    def set_present(self, participant_id: int, present: bool) -> None:
        """Save one tick; the tick box shows it once the database has it."""
        if self.session is None:
            return
        db, session_id = self.ctx.db, self.session.id

        def work() -> bool:
            from ttk_desktop.core.services.sessions import set_attendance

            return set_attendance(db, session_id, participant_id, present)

        self.model.mark_pending(participant_id, present)
        self.run(
            work,
            lambda _changed: self._on_tick_saved(session_id, participant_id, present),
            write=True,
            on_failure=lambda error: self._on_tick_failed(participant_id, error),
        )

    def _on_tick_saved(self, session_id: int, participant_id: int, present: bool) -> None:
        if self.session is None or self.session.id != session_id:
            return
        self.model.apply_saved(participant_id, present)
        self.attendance_saved.emit(session_id, participant_id, present)
        self.ctx.notify("attendance")

    def _on_tick_failed(self, participant_id: int, error: BaseException) -> None:
        self.model.drop_pending(participant_id)
        show_error(self, error)
        self.refresh()  # show exactly what the database has

    # -- adding people ------------------------------------------------------------------
    def _age_range(self) -> tuple[int, int] | None:
        if self.session is not None and self.session.group_type == vocab.CHILDREN_ASSEMBLY:
            return vocab.CHILDREN_ASSEMBLY_AGES
        return None

    def add_registered(self) -> None:
        """Open the search picker; the chosen people are ticked present."""
        if self.session is None:
            return
        from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickerDialog

        dialog = ParticipantPickerDialog(
            self.ctx,
            self,
            title=self.tr("Add to the attendance list"),
            accept_text=self.tr("Tick present"),
            exclude_ids=[r.participant.id for r in self.model.rows()],
            age_range=self._age_range(),
            age_day=self.session.date,
            initial_text=self.search.text(),
        )
        self.search.clear()
        self.open_dialog(dialog, lambda: self.add_present(dialog.selected_records()))

    def register_walk_in(self) -> None:
        """Register a new person without leaving the screen, then tick them present."""
        if self.session is None:
            return
        from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.ctx, self)
        self.open_dialog(
            dialog, lambda: self.add_present([dialog.saved_record] if dialog.saved_record else [])
        )

    def add_present(self, people: list[ParticipantRecord]) -> None:
        """Tick these people present (they become members) and show them in the list."""
        if self.session is None or not people:
            return
        db, session_id = self.ctx.db, self.session.id
        ids = [p.id for p in people]

        def work() -> None:
            from ttk_desktop.core.services.sessions import set_attendance

            for pid in ids:
                set_attendance(db, session_id, pid, True)

        def done(_result: None) -> None:
            self._select_after_load = ids[-1]
            self.ctx.notify("attendance")
            self._load(session_id)

        def failed(error: BaseException) -> None:
            # Someone born after the session is refused (issue #11); those before stay ticked.
            show_error(self, error)
            self.ctx.notify("attendance")
            self._load(session_id)

        self.run(work, done, write=True, on_failure=failed)

    # -- printing ---------------------------------------------------------------------
    def print_sheet(self) -> None:
        if self.session is None or not module_available(PREVIEW_MODULE):
            return
        from ttk_desktop.gui.printing.preview import show_attendance_sheet

        show_attendance_sheet(self.ctx, self.session.id, self)
