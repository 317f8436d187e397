"""The Groups tab: groups, their members and sessions, and the attendance screen.

Left, the groups list (filter by type); right, the chosen group's members and
sessions. Opening a session's attendance swaps the tab to the attendance
screen (Esc or "Back to groups" returns). Every read and write goes through
``ctx.tasks``; lists reload when ``ctx.data_changed`` says something changed.

Keys: Ctrl+N adds a group, a session (focus in the sessions list), members
(focus in the members list) or a walk-in (on the attendance screen); Delete
deletes the focused list's selection after asking; Enter on a session opens
its attendance. ``refresh()`` (F5 in the main window) reloads everything.
The sessions panel and its commands are in :mod:`ttk_desktop.gui.views.group_sessions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import vocab
from ttk_desktop.core.records import GroupRecord, ParticipantRecord, SessionRecord
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.group_table_model import (
    RECORD_ROLE,
    GroupTableModel,
    MemberTableModel,
    format_date,
    member_rows,
)
from ttk_desktop.gui.views.attendance_view import (
    PREVIEW_MODULE,
    AttendanceView,
    ScreenBase,
    bold_label,
    module_available,
)
from ttk_desktop.gui.views.group_sessions import (
    GroupSessionsMixin,
    make_table,
    selected_records,
)

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

WARNING_STYLE = "color: #8a5300; font-weight: bold;"
RELOAD_DELAY_MS = 150


@dataclass(frozen=True)
class GroupDetails:
    """What the right-hand side shows for one group (read off the GUI thread)."""

    group: GroupRecord
    members: list[ParticipantRecord]
    outside_ids: list[int] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    day: dt.date = field(default_factory=dt.date.today)


def load_group_details(ctx_db: Any, group_id: int) -> GroupDetails:
    """Runs on a pool thread."""
    from ttk_desktop.core.services.groups import age_warnings, get_group, list_members
    from ttk_desktop.core.services.sessions import list_sessions

    day = dt.date.today()
    return GroupDetails(
        group=get_group(ctx_db, group_id),
        members=list_members(ctx_db, group_id),
        outside_ids=[p.id for p in age_warnings(ctx_db, group_id, day)],
        sessions=list_sessions(ctx_db, group_id=group_id),
        day=day,
    )


class GroupsView(GroupSessionsMixin, ScreenBase):
    """The Groups tab."""

    BROWSER_PAGE, ATTENDANCE_PAGE = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("groups_view")
        self.details: GroupDetails | None = None
        self._select_group: int | None = None
        self._select_session: int | None = None
        self._reload_what: set[str] = set()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._on_reload_timer)
        self._build()
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _panel(self, widgets: list[QWidget], buttons: list[QPushButton]) -> QWidget:
        """Widgets stacked (the table stretching) over a row of buttons."""
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return panel

    def _build(self) -> None:
        # Left: the groups list.
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("group_type_filter")
        self.type_filter.addItem(self.tr("All types"), None)
        for key in vocab.GROUP_TYPES:
            self.type_filter.addItem(vocab.group_type_label(key), key)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_group_button = self._button(self.tr("&New group…"), "new_group", self.new_group)
        self.new_group_button.setToolTip(self.tr("New group (Ctrl+N)"))
        self.group_model = GroupTableModel(self)
        self.groups_table = make_table(self, "groups_table", self.group_model)
        self.groups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_table.selectionModel().currentRowChanged.connect(self._on_group_changed)
        self.groups_table.doubleClicked.connect(lambda _i: self.edit_group())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        type_label = QLabel(self.tr("&Type:"), left)
        type_label.setBuddy(self.type_filter)
        filter_row.addWidget(type_label)
        filter_row.addWidget(self.type_filter, 1)
        filter_row.addWidget(self.new_group_button)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.groups_table, 1)

        # Right: the chosen group.
        self.group_title = bold_label(self, "group_title")
        self.edit_group_button = self._button(
            self.tr("&Edit group…"), "edit_group", self.edit_group
        )
        self.delete_group_button = self._button(
            self.tr("&Delete group"), "delete_group", self.delete_group
        )
        self.print_roster_button = self._button(
            self.tr("Print &roster…"), "print_roster", self.print_roster
        )

        self.member_model = MemberTableModel(self)
        self.members_table = make_table(self, "members_table", self.member_model)
        self.age_warning = QLabel(self)
        self.age_warning.setObjectName("members_age_warning")
        self.age_warning.setStyleSheet(WARNING_STYLE)
        self.age_warning.setWordWrap(True)
        self.age_warning.setVisible(False)
        self.add_members_button = self._button(
            self.tr("&Add members…"), "add_members", self.add_members
        )
        self.remove_member_button = self._button(
            self.tr("Re&move from group"), "remove_member", self.remove_members
        )
        self.members_label = QLabel(self.tr("Members"), self)
        self.members_box = self._panel(
            [self.members_label, self.age_warning, self.members_table],
            [self.add_members_button, self.remove_member_button],
        )

        self._build_sessions_panel()

        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.detail_splitter.setObjectName("groups_detail_splitter")
        self.detail_splitter.addWidget(self.members_box)
        self.detail_splitter.addWidget(self.sessions_box)
        self.detail_splitter.setChildrenCollapsible(False)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.group_title, 1)
        title_row.addWidget(self.edit_group_button)
        title_row.addWidget(self.delete_group_button)
        title_row.addWidget(self.print_roster_button)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.detail_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("groups_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.attendance = AttendanceView(self.ctx, self)
        self.attendance.back_requested.connect(self.show_groups)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.attendance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.splitter.setSizes([420, 880])
        self.detail_splitter.setSizes([400, 300])
        self.remember("groups/splitter", self.splitter)
        self.remember("groups/detail_splitter", self.detail_splitter)
        self.remember("groups/groups_header", self.groups_table)
        self.remember("groups/members_header", self.members_table)
        self.remember("groups/sessions_header", self.sessions_table)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """True while a read or write of this tab is on its way (tests wait on it)."""
        return super().loading or self.attendance.loading or self._reload_timer.isActive()

    def refresh(self) -> None:
        """Reload the groups list, the chosen group and an open attendance list."""
        self._reload_groups()
        if self.stack.currentIndex() == self.ATTENDANCE_PAGE:
            self.attendance.refresh()

    def _reload_groups(self) -> None:
        group_type = self.type_filter.currentData()
        db = self.ctx.db

        def work() -> list[GroupRecord]:
            from ttk_desktop.core.services.groups import list_groups

            return list_groups(db, group_type=group_type)

        self._read("groups", work, self._on_groups_loaded)

    def _on_groups_loaded(self, groups: list[GroupRecord]) -> None:
        keep = self._select_group or self.current_group_id()
        self._select_group = None
        self.group_model.set_rows(groups)
        self.size_columns_once(self.groups_table)
        row = self.group_model.row_of(keep) if keep is not None else -1
        if row < 0 and groups:
            row = 0
        if row >= 0:
            self._select_source_row(self.groups_table, row)
        else:
            self._show_details(None)

    @staticmethod
    def _select_source_row(table: QTableView, source_row: int) -> None:
        proxy = table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
        table.setCurrentIndex(index)
        table.selectRow(index.row())
        table.scrollTo(index)

    def current_group_id(self) -> int | None:
        records = selected_records(self.groups_table)
        return records[0].id if records else None

    def current_group(self) -> GroupRecord | None:
        return self.details.group if self.details else None

    def _on_group_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_details(current.data(RECORD_ROLE).id)

    def _load_details(self, group_id: int) -> None:
        db = self.ctx.db
        self._read("details", lambda: load_group_details(db, group_id), self._show_details)

    def _show_details(self, details: GroupDetails | None) -> None:
        keep_session = self._select_session or self._current_session_id()
        self._select_session = None
        self.details = details
        if details is None:
            self.group_title.setText(self.tr("No group chosen. Create one with New group."))
            self.member_model.set_rows([])
            self.session_model.set_rows([])
            self.age_warning.setVisible(False)
            self._update_buttons()
            return
        g = details.group
        dates = " \u2013 ".join(
            d for d in (format_date(g.start_date), format_date(g.end_date)) if d
        )
        bits = [f"{vocab.group_type_label(g.type)}: {g.name}"]
        if dates:
            bits.append(dates)
        if g.facilitator:
            bits.append(self.tr("Facilitator: %1").replace("%1", g.facilitator))
        self.group_title.setText(" \u2014 ".join(bits))
        self.member_model.set_rows(member_rows(details.members, details.outside_ids, details.day))
        self.size_columns_once(self.members_table)
        self.members_label.setText(self.tr("Members (%1)").replace("%1", str(len(details.members))))
        self.sessions_label.setText(
            self.tr("Sessions (%1)").replace("%1", str(len(details.sessions)))
        )
        outside = self.member_model.warning_count()
        if outside:
            lo, hi = vocab.CHILDREN_ASSEMBLY_AGES
            self.age_warning.setText(
                self.tr("%n member(s) outside the Children's Assembly ages %1-%2.", "", outside)
                .replace("%1", str(lo))
                .replace("%2", str(hi))
            )
        self.age_warning.setVisible(bool(outside))
        self.session_model.set_rows(details.sessions)
        self.size_columns_once(self.sessions_table)
        row = self.session_model.row_of(keep_session) if keep_session is not None else -1
        if row >= 0:
            self._select_source_row(self.sessions_table, row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_group = self.details is not None
        for button in (
            self.edit_group_button,
            self.delete_group_button,
            self.add_members_button,
            self.remove_member_button,
            self.new_session_button,
            self.edit_session_button,
            self.delete_session_button,
            self.attendance_button,
        ):
            button.setEnabled(has_group)
        can_print = module_available(PREVIEW_MODULE)
        self.print_roster_button.setEnabled(has_group and can_print)
        self.print_sheet_button.setEnabled(has_group and can_print)
        if not can_print:
            tip = self.tr("Printing is not available in this installation.")
            self.print_roster_button.setToolTip(tip)
            self.print_sheet_button.setToolTip(tip)

    def _on_data_changed(self, what: str) -> None:
        self._reload_what.add(what)
        self._reload_timer.start()  # many ticks in a row reload once

    def _on_reload_timer(self) -> None:
        what, self._reload_what = self._reload_what, set()
        if "refresh" in what:  # F5 in the main window
            self.refresh()
        elif what & {"groups", "sessions", "import", "participants"}:
            self._reload_groups()  # reselecting the group reloads its details
        elif "attendance" in what and self.details is not None:
            self._load_details(self.details.group.id)

    # -- navigation ---------------------------------------------------------------------
    def show_groups(self) -> None:
        self.stack.setCurrentIndex(self.BROWSER_PAGE)
        self.sessions_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_item(self) -> None:
        """Ctrl+N: a walk-in, a session, members or a group, after where the focus is."""
        if self.stack.currentIndex() == self.ATTENDANCE_PAGE:
            self.attendance.register_walk_in()
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.sessions_box.isAncestorOf(focus):
            self.new_session()
        elif focus is not None and self.members_box.isAncestorOf(focus):
            self.add_members()
        else:
            self.new_group()

    def delete_item(self) -> None:
        """Delete: the focused list's selection, after asking."""
        focus = QApplication.focusWidget()
        if focus is self.groups_table:
            self.delete_group()
        elif focus is self.members_table:
            self.remove_members()
        elif focus is self.sessions_table:
            self.delete_session()

    def key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        if event.matches(QKeySequence.StandardKey.New):
            return self.new_item
        if event.matches(QKeySequence.StandardKey.Delete) and QApplication.focusWidget() in (
            self.groups_table,
            self.members_table,
            self.sessions_table,
        ):
            return self.delete_item
        return None

    # -- groups -------------------------------------------------------------------------
    def new_group(self) -> None:
        from ttk_desktop.gui.dialogs.group_dialog import GroupDialog

        dialog = GroupDialog(self.ctx, self)

        def saved() -> None:
            self._select_group = dialog.saved_record.id

        self.open_dialog(dialog, saved)

    def edit_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        from ttk_desktop.gui.dialogs.group_dialog import GroupDialog

        self.open_dialog(GroupDialog(self.ctx, self, group))

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr(
                "Delete the group \u201c%1\u201d and its %n session(s)? "
                "Attendance recorded at them will no longer count in the statistics.",
                "",
                group.session_count,
            ).replace("%1", group.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ttk_desktop.core.services.groups import delete_group

        db, gid = self.ctx.db, group.id
        self._write(lambda: delete_group(db, gid), "groups")

    # -- members ------------------------------------------------------------------------
    def add_members(self) -> None:
        group = self.current_group()
        if group is None or self.details is None:
            return
        from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickerDialog

        age_range = vocab.CHILDREN_ASSEMBLY_AGES if group.type == vocab.CHILDREN_ASSEMBLY else None
        dialog = ParticipantPickerDialog(
            self.ctx,
            self,
            title=self.tr("Add members to %1").replace("%1", group.name),
            accept_text=self.tr("Add to group"),
            exclude_ids=[p.id for p in self.details.members],
            age_range=age_range,
        )
        self.open_dialog(dialog, lambda: self._add_members(group.id, dialog.selected_records()))

    def _add_members(self, group_id: int, people: list[ParticipantRecord]) -> None:
        if not people:
            return
        from ttk_desktop.core.services.groups import add_member

        db, ids = self.ctx.db, [p.id for p in people]

        def work() -> None:
            for pid in ids:
                add_member(db, group_id, pid)

        self._write(work, "groups")

    def remove_members(self) -> None:
        group = self.current_group()
        rows = selected_records(self.members_table)
        if group is None or not rows:
            return
        names = ", ".join(r.participant.full_name for r in rows)
        answer = QMessageBox.question(
            self,
            self.tr("Remove from group"),
            self.tr("Remove %1 from \u201c%2\u201d? Attendance already recorded stays.")
            .replace("%1", names)
            .replace("%2", group.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ttk_desktop.core.services.groups import remove_member

        db, gid, ids = self.ctx.db, group.id, [r.participant.id for r in rows]

        def work() -> None:
            for pid in ids:
                remove_member(db, gid, pid)

        self._write(work, "groups")

    # -- printing -----------------------------------------------------------------------
    def print_roster(self) -> None:
        group = self.current_group()
        if group is None or not module_available(PREVIEW_MODULE):
            return
        from ttk_desktop.gui.printing.preview import show_group_roster

        show_group_roster(self.ctx, group.id, self)

    # -- running work -------------------------------------------------------------------
    def _read(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Read off the GUI thread; a newer read of the same ``key`` wins."""
        self.run(fn, on_done, key=key)

    def _write(self, fn: Callable[[], Any], notice: str) -> None:
        """One service write on the write pool; the lists reload from the notice."""

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.refresh()

        self.run(fn, lambda _result: self.ctx.notify(notice), write=True, on_failure=failed)
