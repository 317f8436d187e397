"""The Duplicates tab: people registered twice, reviewed pair by pair (issue 14).

At the start (leading side), the candidate pairs best score first, found by
:func:`ttk_desktop.core.identity.database_candidates` in a worker, and a second
list of the confirmed pairs, which can be split again. Beside them, the two
records of the selected pair: every field in two columns, the differing ones
marked (colour and the sign ≠) with the value to keep ticked, their groups and
attendance; the person kept and the three decisions. Keyboard alone is enough:
arrows move in the list, Tab goes to the fields, Alt+1/Alt+2 pick the first or
second value of the current field, Ctrl+Enter confirms, Ctrl+D rejects, Ctrl+L
skips. Every read and write goes through ``ctx.tasks`` (:mod:`.duplicates_data`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.duplicates_models import (
    DIFF_MARKER,
    CandidateTableModel,
    ComparisonTableModel,
    Side,
    isolated,
)
from ttk_desktop.gui.views import duplicates_data as data
from ttk_desktop.gui.views.attendance_view import ScreenBase, bold_label
from ttk_desktop.gui.views.group_sessions import make_table

if TYPE_CHECKING:
    from ttk_desktop.core.identity import Candidate
    from ttk_desktop.gui.context import AppContext

# What other screens' writes make the candidates stale.
STALE_AFTER = ("participants", "import", "refresh")


def key_text(key: str) -> str:
    """A shortcut as the platform writes it (Qt translates the key names)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class SidePanel(QGroupBox):
    """One record's groups and attendance, under the comparison."""

    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.attendance_label = QLabel(self)
        self.sessions = QListWidget(self)
        self.sessions.setObjectName(f"{name}_sessions")
        # Take what the field table leaves, rather than a list's default 192 pixels.
        self.sessions.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.sessions.setMinimumHeight(self.fontMetrics().height() * 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.sessions, 1)

    def show_side(self, side: Side | None) -> None:
        self.sessions.clear()
        if side is None:
            self.facts.setText("")
            self.attendance_label.setText("")
            return
        lines = [isolated(side.name), self.tr("Office: %1").replace("%1", isolated(side.office))]
        if side.changed_text:
            lines.append(
                self.tr("Last changed: %1").replace("%1", left_to_right(side.changed_text))
            )
        groups = (
            ", ".join(map(isolated, side.groups))
            if side.groups
            else self.tr("Not a member of any group")
        )
        lines.append(self.tr("Groups: %1").replace("%1", groups))
        self.facts.setText("\n".join(lines))
        self.attendance_label.setText(self.tr("Attendance: %Ln session(s)", "", len(side.sessions)))
        locale = QLocale()
        for session in side.sessions:
            date = locale.toString(QDate(session.date), QLocale.FormatType.ShortFormat)
            parts = [p for p in (date if session.date else "", session.group, session.topic) if p]
            self.sessions.addItem(" \u2014 ".join(map(isolated, parts)))


class DuplicatesView(ScreenBase):
    """The Duplicates tab."""

    REVIEW_TAB, CONFIRMED_TAB = range(2)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, **_options: Any) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("duplicates_view")
        self.sides: tuple[Side, Side] | None = None
        self.confirmed: list[tuple[Side, Side]] = []
        self.searching = False
        self.deciding = False
        self.loaded = False
        self._stale = False
        self._own_notice = False
        self._columns_sized = False
        self._build()
        self._shortcuts()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.when_ready(self.refresh)

    # -- layout -----------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], None], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_lists(self) -> QTabWidget:
        self.model = CandidateTableModel(self)
        self.table = make_table(self, "candidates_table", self.model, sortable=False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._on_current_changed(current.row())
        )
        confirmed = QWidget(self)
        self.confirmed_list = QListWidget(confirmed)
        self.confirmed_list.setObjectName("confirmed_pairs")
        self.split_button = QPushButton(self.tr("&Split into two people…"), confirmed)
        self.split_button.setObjectName("split_button")
        self.split_button.clicked.connect(lambda _checked=False: self.split_selected())
        self.confirmed_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout = QVBoxLayout(confirmed)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.confirmed_list, 1)
        layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.sections = QTabWidget(self)
        self.sections.setObjectName("duplicates_sections")
        self.sections.addTab(self.table, self.tr("To review"))
        self.sections.addTab(confirmed, self.tr("Confirmed pairs"))
        return self.sections

    def _build_comparison(self) -> QWidget:
        panel = QWidget(self)
        self.pair_title = bold_label(panel, "pair_title")
        self.keep_label = QLabel(self.tr("Keep:"), panel)
        self.keep_left = QRadioButton(panel)
        self.keep_left.setObjectName("keep_left")
        self.keep_right = QRadioButton(panel)
        self.keep_right.setObjectName("keep_right")
        self.keep_group = QButtonGroup(panel)
        self.keep_group.addButton(self.keep_left, 0)
        self.keep_group.addButton(self.keep_right, 1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep_left)
        keep_row.addWidget(self.keep_right)
        keep_row.addStretch(1)

        self.comparison = ComparisonTableModel(self)
        self.fields = QTableView(panel)
        self.fields.setObjectName("comparison_table")
        self.fields.setModel(self.comparison)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        self.fields.setWordWrap(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.legend = QLabel(
            self.tr(
                "%1 marks a field whose values differ; the ticked value is kept "
                "(Alt+1: first, Alt+2: second)."
            ).replace("%1", DIFF_MARKER),
            panel,
        )
        self.legend.setObjectName("comparison_legend")
        self.legend.setWordWrap(True)

        self.left_panel = SidePanel(self.tr("Person 1"), "left_side", panel)
        self.right_panel = SidePanel(self.tr("Person 2"), "right_side", panel)
        sides = QHBoxLayout()
        sides.addWidget(self.left_panel)
        sides.addWidget(self.right_panel)

        self.confirm_button = self._button(
            self.tr("&Confirm: same person…"), "confirm_button", self.confirm,
            key_text("Ctrl+Return"),
        )  # fmt: skip
        self.reject_button = self._button(
            self.tr("&Different people"), "reject_button", self.reject, key_text("Ctrl+D")
        )
        self.later_button = self._button(
            self.tr("&Later"), "later_button", self.later, key_text("Ctrl+L")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pair_title)
        layout.addLayout(keep_row)
        layout.addWidget(self.fields, 5)
        layout.addWidget(self.legend)
        layout.addLayout(sides, 2)
        layout.addLayout(buttons)
        return panel

    def _build(self) -> None:
        self.status = bold_label(self, "duplicates_status")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("duplicates_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.find_button = self._button(
            self.tr("&Find again"), "find_button", self.refresh, key_text("F5")
        )
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.find_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("duplicates_splitter")
        self.splitter.addWidget(self._build_lists())
        self.splitter.addWidget(self._build_comparison())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(lambda: self.progress.setVisible(self.searching))
        from ttk_desktop.gui.settings_store import SettingsStore

        if SettingsStore().state("duplicates/splitter") is None:
            self.splitter.setSizes([470, 810])  # room for both names and the offices
        self.remember("duplicates/splitter", self.splitter)
        self._show_pair(None)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Ctrl+Return", self.confirm),
            ("Ctrl+Enter", self.confirm),
            ("Ctrl+D", self.reject),
            ("Ctrl+L", self.later),
            ("Alt+1", lambda: self.choose_value(0)),
            ("Alt+2", lambda: self.choose_value(1)),
        ]
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self, context=context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # -- state --------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return super().loading or self.searching or self.deciding

    def current_pair(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.model.candidate(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        ready = data.decisions_available()
        has = self.sides is not None and self.current_pair() is not None and not self.deciding
        self.confirm_button.setEnabled(ready and has)
        self.reject_button.setEnabled(ready and has)
        self.later_button.setEnabled(self.model.rowCount() > 1 and not self.deciding)
        self.keep_left.setEnabled(has)
        self.keep_right.setEnabled(has)
        self.find_button.setEnabled(not self.searching)
        self.split_button.setEnabled(
            ready and not self.deciding and self.confirmed_list.currentRow() >= 0
        )

    def _show_status(self) -> None:
        count = self.model.rowCount()
        if self.searching:
            text = self.tr("Looking for people registered twice…")
        elif count:
            text = self.tr("%Ln pair(s) to review, most alike first.", "", count)
        else:
            text = self.tr("No pairs to review: nobody seems to be registered twice.")
        self.status.setText(text)
        self.sections.setTabText(
            self.REVIEW_TAB,
            self.tr("To review (%1)").replace("%1", QLocale().toString(count))
            if count
            else self.tr("To review"),
        )

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Find the candidates again (off the GUI thread), and the confirmed pairs."""
        if not self.ctx.ready:
            return
        db = self.ctx.db
        self._stale = False
        self.searching = True
        self._busy_timer.start()
        self._show_status()
        self._update_buttons()
        self.run(lambda: data.load_candidates(db), self._on_candidates, key="candidates",
                 on_failure=self._on_search_failed)  # fmt: skip
        self.run(lambda: data.load_confirmed(db), self._on_confirmed, key="confirmed")

    def _on_candidates(self, pairs: list[Candidate]) -> None:
        selected = self.current_pair()
        self.searching = False
        self.loaded = True
        self.progress.hide()
        self.model.set_rows(pairs)
        row = 0
        if selected is not None:
            keys = [frozenset((c.a.uuid, c.b.uuid)) for c in self.model.rows]
            wanted = frozenset((selected.a.uuid, selected.b.uuid))
            row = keys.index(wanted) if wanted in keys else 0
        if pairs and not self._columns_sized:
            self._columns_sized = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount() - 1):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self._select_row(row)
        self._show_status()
        self._update_buttons()

    def _on_search_failed(self, error: BaseException) -> None:
        from ttk_desktop.gui.errors import show_error

        self.searching = False
        self.progress.hide()
        self._show_status()
        self._update_buttons()
        show_error(self, error)

    def _on_confirmed(self, pairs: list[tuple[Side, Side]]) -> None:
        self.confirmed = pairs
        self.confirmed_list.clear()
        for kept, alias in pairs:
            self.confirmed_list.addItem(
                self.tr("%1 (%2), also registered as %3 (%4)")
                .replace("%1", isolated(kept.name))
                .replace("%2", isolated(kept.office))
                .replace("%3", isolated(alias.name))
                .replace("%4", isolated(alias.office))
            )
        title = self.tr("Confirmed pairs")
        if pairs:
            title = self.tr("Confirmed pairs (%1)").replace("%1", QLocale().toString(len(pairs)))
        self.sections.setTabText(self.CONFIRMED_TAB, title)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.table.setCurrentIndex(self.model.index(-1, 0))
            self._show_pair(None)
            return
        row = max(0, min(row, count - 1))
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._on_current_changed(row)

    def _on_current_changed(self, row: int) -> None:
        pair = self.model.candidate(row)
        if pair is None:
            self._show_pair(None)
            return
        if self.sides is not None and {s.uuid for s in self.sides} == {pair.a.uuid, pair.b.uuid}:
            return
        self.sides = None
        self._update_buttons()
        db = self.ctx.db
        self.run(lambda: data.load_pair(db, pair), self._show_pair, key="pair")

    def _show_pair(self, sides: tuple[Side, Side] | None) -> None:
        self.sides = sides
        newer = data.newer_side(sides) if sides else 0
        self.comparison.set_sides(sides, newer)
        self.left_panel.show_side(sides[0] if sides else None)
        self.right_panel.show_side(sides[1] if sides else None)
        if sides is None:
            self.pair_title.setText(self.tr("Select a pair to compare the two records."))
            self.keep_left.setText(self.tr("Person 1"))
            self.keep_right.setText(self.tr("Person 2"))
        else:
            differing = len(self.comparison.differing_rows())
            self.pair_title.setText(
                self.tr("%1 and %2: %Ln field(s) differ.", "", differing)
                .replace("%1", isolated(sides[0].name))
                .replace("%2", isolated(sides[1].name))
            )
            self.keep_left.setText(
                self.tr("Person 1: %1 (%2)")
                .replace("%1", isolated(sides[0].name))
                .replace("%2", isolated(sides[0].office))
            )
            self.keep_right.setText(
                self.tr("Person 2: %1 (%2)")
                .replace("%1", isolated(sides[1].name))
                .replace("%2", isolated(sides[1].office))
            )
            (self.keep_left if newer == 0 else self.keep_right).setChecked(True)
            rows = self.comparison.differing_rows()
            self.fields.setCurrentIndex(self.comparison.index(rows[0] if rows else 0, 0))
        self._update_buttons()

    def _on_data_changed(self, what: str) -> None:
        if self._own_notice or what not in STALE_AFTER or not self.ctx.ready:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    # -- keyboard ----------------------------------------------------------------------------
    def choose_value(self, side: int) -> None:
        """Alt+1/Alt+2: keep the first or second value of the current field."""
        row = self.fields.currentIndex().row()
        if row < 0:
            rows = self.comparison.differing_rows()
            row = rows[0] if rows else -1
        self.comparison.choose(row, side)

    def later(self) -> None:
        """Leave the pair for later: on to the next one (after the last, the first)."""
        count = self.model.rowCount()
        if count == 0 or self.deciding:
            return
        self._select_row((self.table.currentIndex().row() + 1) % count)

    # -- decisions -------------------------------------------------------------------------
    def _decide(
        self, work: Callable[[], None], gone: Callable[[Candidate], bool], what: str
    ) -> None:
        row = self.table.currentIndex().row()
        self.deciding = True
        self._update_buttons()

        def done(_result: Any) -> None:
            self.deciding = False
            self.sides = None
            self.model.remove_where(lambda c: not gone(c))
            self._select_row(row)
            self._show_status()
            self._update_buttons()
            self._own_notice = True
            try:
                self.ctx.notify(what)
            finally:
                self._own_notice = False
            db = self.ctx.db
            self.run(lambda: data.load_confirmed(db), self._on_confirmed, key="confirmed")
            self.table.setFocus()

        def failed(error: BaseException) -> None:
            from ttk_desktop.gui.errors import show_error

            self.deciding = False
            self._update_buttons()
            show_error(self, error)

        self.run(work, done, write=True, on_failure=failed)

    def confirm(self) -> None:
        """Ask, then record the pair as one person: the kept one with the chosen values."""
        pair, sides = self.current_pair(), self.sides
        if pair is None or sides is None or self.deciding or not data.decisions_available():
            return
        keep_side = 1 if self.keep_right.isChecked() else 0
        kept, other = sides[keep_side], sides[1 - keep_side]
        values = self.comparison.chosen_values(keep_side)
        answer = QMessageBox.question(
            self,
            self.tr("Same person"),
            self.tr(
                "Record %1 (%2) and %3 (%4) as the same person?\n\n"
                "%1 is kept, with the values you chose; %3 becomes another record of them. "
                "Their groups and attendance belong to %1 from now on and are counted once.\n\n"
                "You can split them again later under \u201cConfirmed pairs\u201d."
            )
            .replace("%1", isolated(kept.name))
            .replace("%2", isolated(kept.office))
            .replace("%3", isolated(other.name))
            .replace("%4", isolated(other.office)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, keep_uuid, other_uuid = self.ctx.db, kept.uuid, other.uuid
        self._decide(
            lambda: data.confirm(db, keep_uuid, other_uuid, values),
            lambda c: (
                other_uuid in (c.a.uuid, c.b.uuid)
                or {c.a.uuid, c.b.uuid} == {keep_uuid, other_uuid}
            ),
            "import",  # as after an import: lists, search and statistics count them once
        )

    def reject(self) -> None:
        """Record the pair as two different people; it is not proposed again."""
        pair = self.current_pair()
        if pair is None or self.sides is None or self.deciding or not data.decisions_available():
            return
        db, a, b = self.ctx.db, pair.a.uuid, pair.b.uuid
        self._decide(
            lambda: data.reject(db, a, b), lambda c: {c.a.uuid, c.b.uuid} == {a, b}, "duplicates"
        )

    def split_selected(self) -> None:
        """Ask, then split the selected confirmed pair into two people again."""
        row = self.confirmed_list.currentRow()
        if not 0 <= row < len(self.confirmed) or self.deciding:
            return
        kept, alias = self.confirmed[row]
        answer = QMessageBox.question(
            self,
            self.tr("Split"),
            self.tr(
                "Split %1 (%2) and %3 (%4) into two people again?\n\n"
                "Each gets back their own groups and attendance, and both are counted again."
            )
            .replace("%1", isolated(kept.name))
            .replace("%2", isolated(kept.office))
            .replace("%3", isolated(alias.name))
            .replace("%4", isolated(alias.office)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, a, b = self.ctx.db, kept.uuid, alias.uuid
        self.deciding = True
        self._update_buttons()

        def done(_result: Any) -> None:
            self.deciding = False
            self.ctx.notify("import")  # also finds the candidates again (own notice not set)

        def failed(error: BaseException) -> None:
            from ttk_desktop.gui.errors import show_error

            self.deciding = False
            self._update_buttons()
            show_error(self, error)

        self.run(lambda: data.split(db, a, b), done, write=True, on_failure=failed)
