"""Accounts, my password and what each role sees (#16), on real protected databases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security.accounts import add_account, list_accounts
from ttk_desktop.core.security.login import login
from ttk_desktop.core.security.roles import Role
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.dialogs.accounts_dialog import (
    AccountsDialog,
    AddAccountDialog,
    ChangePasswordDialog,
)
from ttk_desktop.gui.main_window import MainWindow
from ttk_desktop.gui.models.security_models import AccountTableModel


@pytest.fixture
def admin_ctx(protected_db, qapp):  # type: ignore[no-untyped-def]
    context = AppContext(protected_db)
    yield context
    context.tasks.shutdown()


def _fill(type_text: Any, fields: Any, name: str | None, password: str, again: str) -> None:
    if name is not None:
        type_text(fields.name, name)
    type_text(fields.password, password)
    type_text(fields.again, again)


def test_account_model_on_plain_rows(qtmodeltester, protected_db) -> None:  # type: ignore[no-untyped-def]
    model = AccountTableModel()
    model.set_rows(list_accounts(protected_db))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, model.NAME).data() == "admin"
    assert model.index(0, model.ROLE).data() == "administrator"
    assert model.index(0, model.STATE).data() == "active"


def test_add_then_disable_an_account(admin_ctx, qtbot, on_modal, type_text, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)

    def add(child: Any) -> None:
        assert isinstance(child, AddAccountDialog)
        _fill(type_text, child.fields, "zeynep", "zeynep-password", "zeynep-passw0rd")
        qtbot.mouseClick(child.ok_button, Qt.MouseButton.LeftButton)
        assert child.fields.errors["again"].isVisible()
        child.fields.again.clear()
        type_text(child.fields.again, "zeynep-password")
        child.role.setCurrentIndex(child.role.findData("viewer"))
        qtbot.mouseClick(child.ok_button, Qt.MouseButton.LeftButton)

    on_modal(add)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    viewer = login(admin_ctx.db.path, "zeynep", "zeynep-password")
    assert viewer.account.role == Role.VIEWER
    viewer.close()
    assert dialog.selected().name == "zeynep"

    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert "zeynep" in message_boxes.calls[-1][1]
    assert not dialog.selected().disabled
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.selected() is not None and dialog.selected().disabled)
    assert not dialog.disable_button.isEnabled()
    with pytest.raises(Exception, match="wrong"):
        login(admin_ctx.db.path, "zeynep", "zeynep-password")


def test_the_last_administrator_cannot_be_disabled(
    admin_ctx, qtbot, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog = AccountsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "last active administrator" in shown[0]


def test_change_my_password(admin_ctx, qtbot, type_text, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = ChangePasswordDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.current, "not-my-password")
    _fill(type_text, dialog.fields, None, "second-password", "second-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_error.isVisible(), timeout=10000)
    assert "current password is wrong" in dialog.current_error.text()
    type_text(dialog.current, "admin-password")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert any("changed" in text for _kind, text in message_boxes.calls)
    login(admin_ctx.db.path, "admin", "second-password").close()


def _window_as(protected_db, role: Role, qtbot, settings):  # type: ignore[no-untyped-def]
    add_account(protected_db, "someone", role, "someone-password")
    db = login(protected_db.path, "someone", "someone-password")
    ctx = AppContext(db)
    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.participants_view.model.loading)
    return window, ctx


def _visible(window: MainWindow, name: str) -> bool:
    return window.findChild(object, name).isVisible()


def test_staff_sees_no_delete_accounts_or_audit(protected_db, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    window, ctx = _window_as(protected_db, Role.STAFF, qtbot, settings)
    for hidden in ("action_delete", "action_accounts", "action_audit_log"):
        assert not _visible(window, hidden), hidden
    for shown in ("action_new", "action_edit", "action_import", "action_change_password"):
        assert _visible(window, shown), shown
    view = window.participants_view
    assert not view.delete_button.isVisibleTo(window) and view.new_button.isVisibleTo(window)
    window.close()
    ctx.tasks.wait_idle()
    ctx.db.close()


def test_viewer_sees_lists_without_phones_and_cannot_change_them(
    protected_db, qtbot, settings
) -> None:  # type: ignore[no-untyped-def]
    svc.create_participant(
        protected_db,
        ParticipantInput("Ayşe", "Yılmaz", phone="0532 111 22 33", birth_date=dt.date(1990, 5, 1)),
    )
    window, ctx = _window_as(protected_db, Role.VIEWER, qtbot, settings)
    view = window.participants_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    texts = [view.proxy.index(0, column).data() for column in range(view.proxy.columnCount())]
    assert "0532 111 22 33" not in texts and not any("1990" in str(t) for t in texts)
    for hidden in (
        "action_new",
        "action_edit",
        "action_delete",
        "action_import",
        "action_exchange",
    ):
        assert not _visible(window, hidden), hidden
    for hidden in ("action_print_week", "action_accounts", "action_audit_log", "action_backups"):
        assert not _visible(window, hidden), hidden
    assert not view.new_button.isVisibleTo(window)
    assert not view.edit_button.isVisibleTo(window)
    window.close()
    ctx.tasks.wait_idle()
    ctx.db.close()


def test_a_refused_action_shows_the_cores_message(
    protected_db, qtbot, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """If a hidden action is reached anyway, the core refuses and its message is shown."""
    person = svc.create_participant(protected_db, ParticipantInput("Omar", "Hassan"))
    window, ctx = _window_as(protected_db, Role.STAFF, qtbot, settings)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    view = window.participants_view
    view.run_write(lambda db: svc.delete_participant(db, person.id))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Refused" in shown[0] and "someone" in shown[0]
    window.close()
    ctx.tasks.wait_idle()
    ctx.db.close()
