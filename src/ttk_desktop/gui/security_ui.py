"""The main window's side of accounts and roles (#16).

- :func:`add_menu_actions`: File → Accounts…, Change my password…, Audit log…,
  Lock now; each dialog is imported when first used.
- :func:`apply_role`: hides what the logged-in role may not do. Buttons and
  actions are *hidden*, not disabled: the screens enable and disable their own
  buttons as the selection changes, and would undo a disabling; a hidden
  QAction's shortcut does not fire either. The core refuses the action anyway
  (``Database.require``); if one slips through, its message is shown by
  :func:`ttk_desktop.gui.errors.show_error` like any other error.
- :func:`guard_session`: at start-up, once the database is open: the idle lock
  for a protected database, the offer to protect an unprotected one.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from ttk_desktop.core.security.roles import Action

if TYPE_CHECKING:
    from ttk_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# Main window actions (by object name) and what each needs.
ACTION_RULES: dict[str, Action] = {
    "action_new": Action.REGISTER,
    "action_edit": Action.REGISTER,
    "action_delete": Action.DELETE,
    "action_undo": Action.CHANGE_DATA,
    "action_redo": Action.CHANGE_DATA,
    "action_import": Action.IMPORT,
    "action_exchange": Action.EXPORT,
    "action_backups": Action.BACK_UP,
    "action_print_form": Action.PRINT,
    "action_print_week": Action.PRINT,
    "action_accounts": Action.MANAGE_ACCOUNTS,
    "action_audit_log": Action.READ_AUDIT_LOG,
}
# Buttons and actions of the screens, by the screen's class and the attribute name.
WIDGET_RULES: dict[str, dict[str, Action]] = {
    "ParticipantsView": {
        "new_button": Action.REGISTER,
        "edit_button": Action.REGISTER,
        "delete_button": Action.DELETE,
        "delete_action": Action.DELETE,
    },
    "GroupsView": {
        "new_group_button": Action.EDIT_GROUPS,
        "edit_group_button": Action.EDIT_GROUPS,
        "delete_group_button": Action.DELETE,
        "print_roster_button": Action.PRINT,
        "add_members_button": Action.EDIT_GROUPS,
        "remove_member_button": Action.EDIT_GROUPS,
        "new_session_button": Action.EDIT_SESSIONS,
        "edit_session_button": Action.EDIT_SESSIONS,
        "delete_session_button": Action.DELETE,
        "print_sheet_button": Action.PRINT,
    },
    "AttendanceView": {
        "add_button": Action.ATTENDANCE,
        "walk_in_button": Action.REGISTER,
        "print_button": Action.PRINT,
    },
    "DuplicatesView": {
        "confirm_button": Action.DECIDE_DUPLICATES,
        "reject_button": Action.DECIDE_DUPLICATES,
        "split_button": Action.DECIDE_DUPLICATES,
    },
    "ExchangeView": {
        "keys_button": Action.MANAGE_KEYS,
        "export_changes_button": Action.EXPORT,
        "full_export_button": Action.EXPORT,
        "choose_key_button": Action.MERGE,
        "merge_files_button": Action.MERGE,
        "merge_pending_button": Action.MERGE,
        "clear_pending_button": Action.MERGE,
    },
    "ConflictsPanel": {"use_other_button": Action.MERGE, "keep_button": Action.MERGE},
    "HistoryPanel": {"forget_button": Action.MANAGE_KEYS},
}
# Shown only with a protected database (there is no password to change or ask otherwise).
PROTECTED_ONLY = ("action_change_password", "action_lock")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Security", text)


def _db(window: MainWindow) -> Any:
    ctx = window.ctx
    return ctx.db if ctx is not None and ctx.ready else None


# -- menus ---------------------------------------------------------------------------
def add_menu_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """File → Accounts…, Change my password…, Audit log…, Lock now (enabled once open)."""
    entries = (
        ("action_accounts", _tr("&Accounts…"), lambda: open_accounts(window), None),
        (
            "action_change_password",
            _tr("Change my pass&word…"),
            lambda: change_my_password(window),
            None,
        ),
        ("action_audit_log", _tr("Audit lo&g…"), lambda: open_audit_log(window), None),
        ("action_lock", _tr("&Lock now"), lambda: lock_now(window), "Ctrl+Shift+L"),
    )
    actions = []
    for name, text, slot, shortcut in entries:
        action = window._action(menu, name, text, slot, shortcut)
        action.setVisible(False)  # shown by apply_role once the database says who logged in
        actions.append(action)
    return actions


# -- roles ---------------------------------------------------------------------------
def apply_role(window: MainWindow) -> None:
    """Hide what the logged-in account's role may not do (menus, screens' buttons)."""
    db = _db(window)
    if db is None:
        return
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name in ACTION_RULES:
            action.setVisible(db.may(ACTION_RULES[name]))
        elif name in PROTECTED_ONLY:
            action.setVisible(bool(db.protected))
    apply_role_to(window, db)


def apply_role_to(root: QWidget, db: Any) -> None:
    """Hide the buttons of ``root``'s screens (root too) that db's role may not use."""
    screens = [root, *root.findChildren(QWidget)]
    for screen in screens:
        rules = WIDGET_RULES.get(type(screen).__name__)
        if not rules:
            continue
        for attribute, action in rules.items():
            widget = getattr(screen, attribute, None)
            if widget is not None and not db.may(action) and isValid(widget):
                widget.setVisible(False)


def follow_role(window: MainWindow) -> None:
    """Apply the role now and to every screen built later (tabs are built when first shown)."""
    apply_role(window)
    if getattr(window, "_role_followed", False):
        return
    window._role_followed = True  # type: ignore[attr-defined]
    window.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, lambda: _reapply(window)))


def _reapply(window: MainWindow) -> None:
    if isValid(window):
        apply_role(window)


# -- start-up guards -------------------------------------------------------------------
def guard_session(window: MainWindow) -> None:
    """Once the window's database is open: idle lock if protected, else offer protection."""

    def on_attached() -> None:
        db = _db(window)
        if db is None:
            return
        if db.protected:
            start_idle_lock(window)
        else:
            offer_protection(window)

    window.attached.connect(on_attached, Qt.ConnectionType.SingleShotConnection)


def start_idle_lock(window: MainWindow) -> None:
    """Read the office's idle lock delay off the GUI thread, then start watching input."""
    ctx = window.ctx
    if ctx is None or not ctx.ready:
        return
    db = ctx.db

    def work() -> int:
        from ttk_desktop.core.security.idle import idle_lock_minutes

        return idle_lock_minutes(db)

    def done(minutes: int) -> None:
        from ttk_desktop.gui.idle_lock import IdleLock

        if not isValid(window):
            return
        current = getattr(window, "idle_lock", None)
        if current is not None:
            current.stop()
        window.idle_lock = IdleLock(db, minutes, window)  # type: ignore[attr-defined]

    ctx.tasks.run(work, on_success=done)


def offer_protection(window: MainWindow) -> None:
    """Explain that the database is not protected and offer to create its administrator."""
    from ttk_desktop.gui.dialogs.protect_dialog import ProtectDialog

    ctx = window.ctx
    if ctx is None or not ctx.ready:
        return
    path = ctx.db.path

    def close_database() -> None:
        ctx.tasks.wait_idle()
        ctx.db.close()

    dialog = ProtectDialog(path, close_database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if dialog.database is not None:
            ctx.set_database(dialog.database)
            window.refresh()
            follow_role(window)
            start_idle_lock(window)
            QMessageBox.information(window, _tr("Database protected"), dialog.result_text())
        elif dialog.closed:
            _reopen_unprotected(window)

    dialog.finished.connect(finished)
    window.protect_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def _reopen_unprotected(window: MainWindow) -> None:
    """The conversion failed after the database was closed: open the file as it was."""
    ctx = window.ctx
    assert ctx is not None
    path = ctx.db.path

    def work() -> Any:
        from ttk_desktop.core.db.engine import open_database

        return open_database(path, create=False)

    def done(db: Any) -> None:
        ctx.set_database(db)
        window.refresh()

    def failed(error: BaseException) -> None:
        from ttk_desktop.gui.errors import show_error

        show_error(window, error)
        window.close()

    ctx.tasks.run(work, on_success=done, on_failure=failed)


# -- menu handlers -------------------------------------------------------------------
def open_accounts(window: MainWindow) -> None:
    if window.ctx is None or not window.ctx.ready:
        return
    from ttk_desktop.gui.dialogs.accounts_dialog import AccountsDialog

    AccountsDialog(window.ctx, window).exec()


def change_my_password(window: MainWindow) -> None:
    if window.ctx is None or not window.ctx.ready:
        return
    from ttk_desktop.gui.dialogs.accounts_dialog import ChangePasswordDialog

    ChangePasswordDialog(window.ctx, window).exec()


def open_audit_log(window: MainWindow) -> None:
    if window.ctx is None or not window.ctx.ready:
        return
    from ttk_desktop.gui.views.audit_view import AuditLogDialog

    dialog = AuditLogDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def lock_now(window: MainWindow) -> None:
    lock = getattr(window, "idle_lock", None)
    if lock is not None:
        lock.lock()
