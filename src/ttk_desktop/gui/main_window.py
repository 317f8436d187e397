"""The main window: menus, tabs and the status bar.

It is painted before the database is opened (importing SQLAlchemy and Alembic
takes most of a second), then :meth:`MainWindow.open_database` builds the tabs
at once on a context still waiting for its database (the participants list
shows its first page read with plain sqlite3) while the file opens off the GUI
thread; the actions that need the database are enabled when it is open. Other
screens (groups, statistics, import, printing) are imported when first used,
with a placeholder if their module is not there.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import PACKAGE_DIR, current_language, left_to_right
from ttk_desktop.gui.settings_store import SettingsStore
from ttk_desktop.gui.workers import TaskRunner

if TYPE_CHECKING:
    from ttk_desktop.core.records import OfficeRecord
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.views.participants_view import ParticipantsView

log = logging.getLogger(__name__)
APP_TITLE = "TTK Desktop"


def user_guide_path(language: str) -> Path | None:
    """The local HTML guide in ``language`` (installed package, then checkout)."""
    for folder in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent.parent / "resources"):
        for lang in (language, "en"):
            path = folder / f"user-guide.{lang}.html"
            if path.exists():
                return path
    return None


class MainWindow(QMainWindow):
    """Menus, the tabs of every screen and the office/database status."""

    # Emitted when the tabs exist (the database may still be opening behind them).
    tabs_built = Signal()
    # Emitted once the database is open and the tabs exist.
    attached = Signal()

    def __init__(
        self,
        settings: SettingsStore,
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings
        self.ctx: AppContext | None = None
        self.office: OfficeRecord | None = None
        self.participants_view: ParticipantsView | None = None
        self._lazy_tabs: dict[int, tuple[str, str, dict[str, Any]]] = {}
        self.exchange_index = -1
        self.duplicates_index = -1
        self._opener: TaskRunner | None = None
        self._after_paint: list[Callable[[], None]] = []
        self.setWindowTitle(APP_TITLE)
        self.resize(1180, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.waiting = QLabel(self.tr("Opening the database…"), self)
        self.waiting.setObjectName("waiting_label")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.waiting)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        geometry = settings.state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if ctx is not None:
            self.attach(ctx)

    # -- menus -----------------------------------------------------------------------
    def _action(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        needs_db: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(not needs_db)
        if needs_db:
            self._db_actions.append(action)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._db_actions: list[QAction] = []
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, "action_new", self.tr("&New participant…"), self.new_participant, "Ctrl+N"
        )
        self.import_action = self._action(
            file_menu, "action_import", self.tr("&Import Excel…"), self.import_excel, "Ctrl+I"
        )
        self._action(
            file_menu, "action_exchange", self.tr("&Data exchange: export or merge…"),
            self.show_exchange,
        )  # fmt: skip
        self._action(file_menu, "action_backups", self.tr("&Backups…"), self.open_backups)
        print_menu = file_menu.addMenu(self.tr("&Print"))
        print_menu.setObjectName("menu_print")
        self._action(
            print_menu, "action_print_form", self.tr("Blank &registration form…"),
            lambda: self._print("show_registration_form"),
        )  # fmt: skip
        self._action(
            print_menu, "action_print_week", self.tr("This &week's attendance sheets…"),
            lambda: self._print("show_week_batch"), "Ctrl+P",
        )  # fmt: skip
        file_menu.addSeparator()
        self._action(
            file_menu, "action_settings", self.tr("&Settings…"), self.open_settings,
            needs_db=False,
        )  # fmt: skip
        from ttk_desktop.gui import security_ui

        # Accounts, my password, the audit log, lock now (#16); shown by role once open.
        security_ui.add_menu_actions(self, file_menu)
        file_menu.addSeparator()
        self._action(
            file_menu, "action_quit", self.tr("&Quit"), self.close, "Ctrl+Q", needs_db=False
        )

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.edit_menu, "action_undo", self.tr("&Undo"), self.undo, "Ctrl+Z"
        )
        self.redo_action = self._action(
            self.edit_menu, "action_redo", self.tr("&Redo"), self.redo,
            QKeySequence.StandardKey.Redo,
        )  # fmt: skip
        self.edit_menu.addSeparator()
        self.edit_action = self._action(
            self.edit_menu, "action_edit", self.tr("&Edit participant…"), self.edit_participant,
            "Ctrl+E",
        )  # fmt: skip
        self.delete_action = self._action(
            self.edit_menu, "action_delete", self.tr("&Delete participant…"),
            self.delete_participant,
        )  # fmt: skip
        self.edit_menu.addSeparator()
        self.find_action = self._action(
            self.edit_menu, "action_find", self.tr("&Find participant"), self.focus_search,
            "Ctrl+F",
        )  # fmt: skip

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, "action_refresh", self.tr("&Refresh"), self.refresh, "F5")
        view_menu.addSeparator()
        self._tab_actions: list[QAction] = []
        for number, text in enumerate(
            (
                self.tr("&Participants"),
                self.tr("&Groups"),
                self.tr("&Statistics"),
                self.tr("&Data exchange"),
                self.tr("D&uplicates"),
            ),
            start=1,
        ):
            action = self._action(
                view_menu, f"action_tab_{number}", text,
                lambda index=number - 1: self.tabs.setCurrentIndex(index), f"Ctrl+{number}",
            )  # fmt: skip
            self._tab_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, "action_guide", self.tr("&User guide"), self.open_user_guide, "F1",
            needs_db=False,
        )  # fmt: skip
        self._action(
            help_menu, "action_self_test", self.tr("&Self-test"), self.self_test, needs_db=False
        )
        self._action(
            help_menu, "action_about", self.tr("&About TTK Desktop"), self.about, needs_db=False
        )

    # -- opening the database -----------------------------------------------------------
    def open_database(self, path: Path) -> None:
        """Open (and if needed upgrade) the database off the GUI thread; build the tabs meanwhile.

        The tabs are built at once on a context that gets its database when the
        opening is done; until then the participants list shows its first page
        read with plain sqlite3, and the actions that need the database wait.
        The opening starts once that first page is read (or found unreadable).
        """
        from ttk_desktop.gui.context import AppContext

        self._opener = TaskRunner(self)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        ctx = AppContext(None, self, path=path)
        language = current_language()

        def work() -> Any:
            from ttk_desktop.core.db.engine import open_database

            db = open_database(path)
            # Warm what the participants tab needs first, here rather than on the GUI thread.
            from ttk_desktop.core.normalize import nationality_label
            from ttk_desktop.core.services import participants  # noqa: F401

            nationality_label("SY", language)
            return db

        def done(db: Any) -> None:
            self.statusBar().clearMessage()
            ctx.set_database(db)

        def failed(error: BaseException) -> None:
            self.statusBar().showMessage(self.tr("The database could not be opened."))
            from ttk_desktop.gui import backup_check

            # A damaged file: offer the newest good backup, then open again (#16).
            if backup_check.offer_restore_unopened(self, path, error, start_opening):
                return
            show_error(self, error)
            self.close()

        self.attach(ctx)
        opener = self._opener

        def start_opening() -> None:
            opener.run(work, on_success=done, on_failure=failed)

        # Importing SQLAlchemy holds the GIL for most of half a second: started
        # together, it would delay the first page it runs beside by as much.
        view = self.participants_view
        if view is not None and view.first_page_pending:
            view.first_page_tried.connect(start_opening, Qt.ConnectionType.SingleShotConnection)
        else:
            start_opening()

    def attach(self, ctx: AppContext) -> None:
        """Build the tabs; the rest follows in :meth:`_on_ready` once the database is open."""
        from ttk_desktop.gui.views.participants_view import ParticipantsView

        self.ctx = ctx
        self.participants_view = ParticipantsView(ctx, self.settings, self.tabs)
        self.tabs.addTab(self.participants_view, self.tr("Participants"))
        self._add_lazy_tab(self.tr("Groups"), "ttk_desktop.gui.views.groups_view", "GroupsView")
        self._add_lazy_tab(
            self.tr("Statistics"), "ttk_desktop.gui.views.statistics_view", "StatisticsView"
        )
        self.exchange_index = self._add_lazy_tab(
            self.tr("Data exchange"), "ttk_desktop.gui.views.exchange_view", "ExchangeView",
            settings=self.settings,
        )  # fmt: skip
        self.duplicates_index = self._add_lazy_tab(
            self.tr("Duplicates"), "ttk_desktop.gui.views.duplicates_view", "DuplicatesView"
        )
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.waiting = None  # type: ignore[assignment]
        view = self.participants_view
        stack = view.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda text: self._set_undo_text(self.undo_action, text))
        stack.redoTextChanged.connect(lambda text: self._set_undo_text(self.redo_action, text))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        view.selection_changed.connect(self._update_selection_actions)
        view.count_changed.connect(lambda _n: self._update_status())
        self._update_status()
        view.setFocus()
        self.tabs_built.emit()
        ctx.when_ready(self._on_ready)

    def _on_ready(self) -> None:
        """The database is open: enable what needs it and show the office."""
        for action in self._db_actions:
            action.setEnabled(True)
        self._update_selection_actions()
        self._load_office()
        # The integrity check, then the automatic backups, a little later (#16).
        from ttk_desktop.gui import backup_check

        backup_check.attach(self)
        from ttk_desktop.gui import security_ui

        security_ui.follow_role(self)  # hide what the logged-in role may not do (#16)
        self.attached.emit()

    def _set_undo_text(self, action: QAction, text: str) -> None:
        base = self.tr("&Undo") if action is self.undo_action else self.tr("&Redo")
        action.setText(f"{base}: {text}" if text else base)

    def _load_office(self) -> None:
        assert self.ctx is not None
        db = self.ctx.db

        def work() -> Any:
            from ttk_desktop.core.services.offices import current_office

            return current_office(db)

        def done(office: OfficeRecord | None) -> None:
            self.office = office
            self._update_status()

        self.ctx.tasks.run(work, on_success=done)

    def _update_status(self) -> None:
        if self.ctx is None:
            return
        office = f"{self.office.code} · {self.office.name}" if self.office else "…"
        self.setWindowTitle(f"{APP_TITLE} — {office}")
        self.status_label.setText(
            self.tr("Office: %1 | Database: %2")
            .replace("%1", office)
            .replace("%2", left_to_right(str(self.ctx.path)))
        )

    # -- tabs -------------------------------------------------------------------------
    def _add_lazy_tab(self, title: str, module: str, name: str, **options: Any) -> int:
        placeholder = QLabel(self.tr("Loading…"), self.tabs)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        index = self.tabs.addTab(placeholder, title)
        self._lazy_tabs[index] = (module, name, options)
        return index

    def _on_tab_changed(self, index: int) -> None:
        if self.ctx is None or index not in self._lazy_tabs:
            return
        if not self.ctx.ready:  # the screen is built once the database is open
            self.ctx.when_ready(lambda: self._on_tab_changed(self.tabs.currentIndex()))
            return
        module_name, class_name, options = self._lazy_tabs.pop(index)
        try:
            module = importlib.import_module(module_name)
            widget: QWidget = getattr(module, class_name)(self.ctx, self.tabs, **options)
        except ImportError:
            log.info("%s is not available yet", module_name)
            widget = QLabel(self.tr("This screen is not available yet."), self.tabs)
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = self.tabs.tabText(index)
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def show_participants(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_exchange(self, data_file: Path | None = None) -> None:
        """Open the Data exchange tab, with ``data_file`` ready to merge (``ttk-desktop FILE``)."""
        if self.ctx is None or self.exchange_index < 0:
            return
        self.tabs.setCurrentIndex(self.exchange_index)
        if data_file is None:
            return

        def add() -> None:
            view = self.tabs.widget(self.exchange_index)
            if hasattr(view, "add_files"):
                view.add_files([data_file])

        self.ctx.when_ready(add)

    # -- actions ----------------------------------------------------------------------
    def new_participant(self) -> None:
        if self.participants_view is not None:
            self.show_participants()
            self.participants_view.new_participant()

    def edit_participant(self) -> None:
        if self.participants_view is not None:
            self.participants_view.edit_selected()

    def delete_participant(self) -> None:
        if self.participants_view is not None:
            self.participants_view.delete_selected()

    def focus_search(self) -> None:
        if self.participants_view is not None:
            self.show_participants()
            self.participants_view.focus_search()

    def undo(self) -> None:
        if self.participants_view is not None:
            self.participants_view.undo_stack.undo()

    def redo(self) -> None:
        if self.participants_view is not None:
            self.participants_view.undo_stack.redo()

    def refresh(self) -> None:
        if self.ctx is not None:
            self.ctx.notify("refresh")
        if self.participants_view is not None:
            self.participants_view.refresh()

    def _update_selection_actions(self) -> None:
        view = self.participants_view
        ready = self.ctx is not None and self.ctx.ready
        has = ready and view is not None and view.selected_record() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def import_excel(self) -> None:
        if self.ctx is None:
            return
        try:
            from ttk_desktop.gui.dialogs.import_dialog import run_import
        except ImportError:
            self._not_available()
            return
        run_import(self.ctx, self)

    def _print(self, function: str) -> None:
        if self.ctx is None:
            return
        try:
            module = importlib.import_module("ttk_desktop.gui.printing.preview")
            show = getattr(module, function)
        except (ImportError, AttributeError):
            self._not_available()
            return
        show(self.ctx, self)

    def _not_available(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, APP_TITLE, self.tr("This feature is not available in this version yet.")
        )

    def open_backups(self) -> None:
        if self.ctx is None or not self.ctx.ready:
            return
        from ttk_desktop.gui.dialogs.backups_dialog import show_backups

        show_backups(self.ctx, self)

    def open_settings(self) -> None:
        from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog

        path = self.ctx.path if self.ctx is not None else None
        SettingsDialog(self.settings, path, self, ctx=self.ctx).exec()

    def open_user_guide(self) -> bool:
        path = user_guide_path(current_language())
        if path is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, APP_TITLE, self.tr("The user guide is not installed."))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def self_test(self) -> None:
        from ttk_desktop.gui.self_test import show_self_test

        show_self_test(self)

    def about(self) -> None:
        from ttk_desktop.gui.dialogs.about_dialog import AboutDialog

        path = self.ctx.path if self.ctx is not None else None
        AboutDialog(path, self).exec()

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has painted itself for the first time.

        Start-up work (opening the database, building the tabs) waits for it, so
        staff see the window at once on a slow PC rather than after it.
        """
        self._after_paint.append(work)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for work in waiting:
                QTimer.singleShot(0, work)  # after the paint has reached the screen
        return handled

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_state("main/geometry", self.saveGeometry())
        if self.participants_view is not None:
            self.participants_view.save_state()
        self.settings.sync()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """On quit: stop background work and close the database."""
        if self._opener is not None:
            self._opener.shutdown()
        if self.ctx is not None:
            from ttk_desktop.gui import backup_check

            backup_check.before_quit(self)  # queued; the context's shutdown waits for it
            self.ctx.shutdown()
