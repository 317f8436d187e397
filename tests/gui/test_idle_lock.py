"""The idle lock (#16): windows leave the screen, typed work survives lock and unlock."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.idle_lock import IdleLock
from ttk_desktop.gui.main_window import MainWindow

TINY = 0.004  # minutes: 240 ms


@pytest.fixture
def protected_window(protected_db, qtbot, settings):  # type: ignore[no-untyped-def]
    ctx = AppContext(protected_db)
    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.participants_view.model.loading)
    yield window
    window.close()
    ctx.tasks.wait_idle()


def _unlock(qtbot: Any, lock: IdleLock, password: str, type_text: Any) -> None:
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "admin" and dialog.name.isReadOnly()
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_typed_text_in_an_open_dialog_survives_lock_and_unlock(
    protected_window, protected_db, qtbot, on_modal, type_text
) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    seen: dict[str, Any] = {}
    locks: list[IdleLock] = []

    def in_dialog(dialog: Any) -> None:
        # Armed only now: the dialog is open and active, nothing else is modal.
        lock = IdleLock(protected_db, TINY, window)
        locks.append(lock)
        type_text(dialog.first_name, "Ayşe")
        type_text(dialog.last_name, "Yılmaz")
        dialog.consent_given.setChecked(True)
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        seen["main hidden"] = not window.isVisible()
        seen["dialog still open"] = dialog.isVisible()
        curtain = dialog.findChild(object, "idle_lock_curtain")
        seen["curtained"] = curtain is not None and curtain.isVisible()
        _unlock(qtbot, lock, "wrong-password", type_text)
        qtbot.waitUntil(lambda: lock.dialog.error.isVisible(), timeout=5000)
        seen["wrong"] = lock.dialog.error.text()
        assert lock.is_locked
        with qtbot.waitSignal(lock.unlocked, timeout=5000):
            _unlock(qtbot, lock, "admin-password", type_text)
        seen["main back"] = window.isVisible()
        seen["curtain gone"] = dialog.findChild(object, "idle_lock_curtain") is None or not (
            dialog.findChild(object, "idle_lock_curtain").isVisible()
        )
        seen["typed"] = (dialog.first_name.text(), dialog.last_name.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_modal(in_dialog)
    window.participants_view.new_participant()
    assert seen == {
        "main hidden": True,
        "dialog still open": True,
        "curtained": True,
        "wrong": "The account name or the password is wrong.",
        "main back": True,
        "curtain gone": True,
        "typed": ("Ayşe", "Yılmaz"),
    }
    view = window.participants_view
    qtbot.waitUntil(lambda: view.total == 1, timeout=5000)
    locks[0].stop()


def test_input_postpones_the_lock_and_zero_never_locks(
    protected_window, protected_db, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    lock = IdleLock(protected_db, TINY, window)
    for _ in range(6):  # 6 x 100 ms of typing: longer than the 240 ms delay
        qtbot.keyClick(window.participants_view.search, Qt.Key.Key_A)
        qtbot.wait(100)
        assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    assert not window.isVisible()
    lock.dialog.accept()  # as the right password does
    assert window.isVisible()
    lock.set_minutes(0)
    qtbot.wait(500)
    assert not lock.is_locked and window.isVisible()
    lock.stop()


def test_lock_dialog_is_application_modal(protected_window, protected_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = IdleLock(protected_db, 0, protected_window)
    lock.lock()
    assert lock.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() is lock.dialog
    assert not protected_window.isVisible()
    lock.dialog.accept()
    assert protected_window.isVisible()
    lock.stop()


def test_settings_set_the_delay_for_the_office(protected_window, protected_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.security.idle import idle_lock_minutes
    from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog

    window = protected_window
    window.idle_lock = IdleLock(protected_db, 10, window)
    dialog = SettingsDialog(window.settings, protected_db.path, window, ctx=window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.idle_lock_box
    qtbot.waitUntil(lambda: box.isVisible() and box.loaded == 10)
    assert box.isEnabled()
    box.minutes.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert idle_lock_minutes(protected_db) == 3
    assert window.idle_lock.minutes == 3
    window.idle_lock.stop()


def test_staff_see_the_delay_but_cannot_change_it(protected_db, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.security.accounts import add_account
    from ttk_desktop.core.security.login import login
    from ttk_desktop.core.security.roles import Role
    from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog

    add_account(protected_db, "zeynep", Role.STAFF, "zeynep-password")
    staff = login(protected_db.path, "zeynep", "zeynep-password")
    ctx = AppContext(staff)
    dialog = SettingsDialog(settings, staff.path, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.idle_lock_box.isVisible())
    assert not dialog.idle_lock_box.isEnabled()
    assert not dialog.printing_box.isVisible() and not dialog.hq_keys.isVisible()
    dialog.close()
    ctx.tasks.wait_idle()
    staff.close()


def test_escape_does_not_quit_a_locked_app(
    protected_window, protected_db, qtbot, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    """Only "Quit TTK Desktop", confirmed, ends the app from the lock; Escape does nothing."""
    from PySide6.QtWidgets import QMessageBox

    lock = IdleLock(protected_db, 0, protected_window)
    lock.lock()
    dialog = lock.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock.is_locked and dialog.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert "not saved is lost" in message_boxes.calls[-1][1]
    assert lock.is_locked and dialog.isVisible()
    dialog.accept()
    lock.stop()
