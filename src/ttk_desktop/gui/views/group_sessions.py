"""The sessions panel of the Groups tab, and the table helpers the tab's lists share.

:class:`GroupSessionsMixin` is mixed into
:class:`ttk_desktop.gui.views.groups_view.GroupsView`: it builds the chosen group's
sessions list with its buttons and runs the session commands (new, edit, delete,
attendance, print the sheet) through the tab's own ``open_dialog``, ``_write``
and ``current_group``. It is a mixin, not a widget of its own, so the tab keeps
one set of attributes (``view.sessions_table``, ``view.new_session``) and its
strings keep the tab's translation context: they are translated with
``QCoreApplication.translate("GroupsView", ...)``, which is what ``self.tr`` in
GroupsView looks up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ttk_desktop.core.records import SessionRecord
from ttk_desktop.gui.models.group_table_model import RECORD_ROLE, SORT_ROLE, format_date
from ttk_desktop.gui.models.session_table_model import SessionTableModel
from ttk_desktop.gui.views.attendance_view import PREVIEW_MODULE, module_available


def make_table(parent: QWidget, name: str, model: Any, sortable: bool = True) -> QTableView:
    """A read-only list of whole rows; sortable ones sort through a proxy on SORT_ROLE."""
    table = QTableView(parent)
    table.setObjectName(name)
    if sortable:
        proxy = QSortFilterProxyModel(table)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
    else:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def selected_records(table: QTableView) -> list[Any]:
    """Row objects of the selection (mapped through the proxy by RECORD_ROLE)."""
    selection = table.selectionModel()
    if selection is None:
        return []
    rows = sorted(selection.selectedRows(), key=lambda i: i.row())
    return [i.data(RECORD_ROLE) for i in rows]


class GroupSessionsMixin:
    """The sessions list of the chosen group and its commands (GroupsView mixes it in).

    Relies on the host for ``ctx``, ``stack``, ``attendance``, ``ATTENDANCE_PAGE``,
    ``current_group()``, ``open_dialog()``, ``_button()``, ``_panel()`` and ``_write()``.
    """

    session_model: SessionTableModel
    sessions_table: QTableView
    sessions_label: QLabel
    sessions_box: QWidget
    new_session_button: QPushButton
    edit_session_button: QPushButton
    delete_session_button: QPushButton
    attendance_button: QPushButton
    print_sheet_button: QPushButton

    def _build_sessions_panel(self) -> None:
        """The sessions list over its buttons; Enter on a session opens its attendance."""
        self.session_model = SessionTableModel(self)
        self.sessions_table = make_table(self, "sessions_table", self.session_model)
        self.sessions_table.doubleClicked.connect(lambda _i: self.open_attendance())
        sessions_header = self.sessions_table.horizontalHeader()
        sessions_header.setStretchLastSection(False)  # the topic takes the room, not the count
        sessions_header.setSectionResizeMode(
            SessionTableModel.TOPIC, QHeaderView.ResizeMode.Stretch
        )
        self.new_session_button = self._button(
            QCoreApplication.translate("GroupsView", "New &session…"),
            "new_session",
            self.new_session,
        )
        self.edit_session_button = self._button(
            QCoreApplication.translate("GroupsView", "Ed&it session…"),
            "edit_session",
            self.edit_session,
        )
        self.delete_session_button = self._button(
            QCoreApplication.translate("GroupsView", "Delete sessio&n"),
            "delete_session",
            self.delete_session,
        )
        self.attendance_button = self._button(
            QCoreApplication.translate("GroupsView", "A&ttendance…"),
            "open_attendance",
            self.open_attendance,
        )
        self.print_sheet_button = self._button(
            QCoreApplication.translate("GroupsView", "&Print attendance sheet…"),
            "print_attendance_sheet",
            self.print_sheet,
        )
        self.sessions_label = QLabel(QCoreApplication.translate("GroupsView", "Sessions"), self)
        self.sessions_box = self._panel(
            [self.sessions_label, self.sessions_table],
            [
                self.new_session_button,
                self.edit_session_button,
                self.delete_session_button,
                self.attendance_button,
                self.print_sheet_button,
            ],
        )
        for enter_key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(enter_key), self.sessions_table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_attendance)

    def _current_session_id(self) -> int | None:
        records = selected_records(self.sessions_table)
        return records[0].id if records else None

    def current_session(self) -> SessionRecord | None:
        records = selected_records(self.sessions_table)
        return records[0] if records else None

    def open_attendance(self, session_id: int | None = None) -> None:
        """Show the attendance screen of a session (default: the selected one)."""
        if session_id is None:
            session = self.current_session()
            if session is None:
                return
            session_id = session.id
        self.stack.setCurrentIndex(self.ATTENDANCE_PAGE)
        self.attendance.open_session(session_id)
        self.attendance.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_session(self) -> None:
        group = self.current_group()
        if group is None:
            return
        from ttk_desktop.gui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ctx, group, self)

        def saved() -> None:
            self._select_session = dialog.saved_record.id

        self.open_dialog(dialog, saved)

    def edit_session(self) -> None:
        group, session = self.current_group(), self.current_session()
        if group is None or session is None:
            return
        from ttk_desktop.gui.dialogs.session_dialog import SessionDialog

        self.open_dialog(SessionDialog(self.ctx, group, self, session))

    def delete_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("GroupsView", "Delete session"),
            QCoreApplication.translate(
                "GroupsView",
                "Delete the session of %1 (%2 present)? Its attendance will no longer "
                "count in the statistics.",
            )
            .replace("%1", format_date(session.date))
            .replace("%2", str(session.present_count)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ttk_desktop.core.services.sessions import delete_session

        db, sid = self.ctx.db, session.id
        self._write(lambda: delete_session(db, sid), "sessions")

    def print_sheet(self) -> None:
        session = self.current_session()
        if session is None or not module_available(PREVIEW_MODULE):
            return
        from ttk_desktop.gui.printing.preview import show_attendance_sheet

        show_attendance_sheet(self.ctx, session.id, self)
