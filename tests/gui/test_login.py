"""Logging in to a protected database from the app (#16): the dialog, start-up, first start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ttk_desktop.core.db.connect import is_encrypted, key_file_path
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security import login as core_login
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui import app as gui_app
from ttk_desktop.gui.dialogs.login_dialog import LoginDialog

HEAVY = ("pandas", "openpyxl", "pyqtgraph", "argon2", "cryptography", "sqlcipher3", "sqlalchemy")


def _log_in(
    qtbot: Any, dialog: LoginDialog, name: str | None, password: str, type_text: Any
) -> None:
    if name is not None:
        dialog.name.clear()
        type_text(dialog.name, name)
    dialog.password.clear()
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_right_password_opens_the_database_and_remembers_the_name(
    protected_db, qtbot, settings, type_text
) -> None:  # type: ignore[no-untyped-def]
    path = protected_db.path
    dialog = LoginDialog(path, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        _log_in(qtbot, dialog, "admin", "admin-password", type_text)
    db = dialog.database
    try:
        assert db.account.name == "admin" and db.protected
    finally:
        db.close()
    assert settings.last_account == "admin"
    again = LoginDialog(path, settings)
    qtbot.addWidget(again)
    assert again.name.text() == "admin"  # remembered; the password never is
    assert again.password.text() == ""


def test_wrong_password_is_said_under_the_fields(protected_db, qtbot, settings, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(protected_db.path, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _log_in(qtbot, dialog, "admin", "not-the-password", type_text)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert dialog.error.text() == "The account name or the password is wrong."
    assert dialog.ok_button.isEnabled() and dialog.database is None
    assert dialog.password.text() == ""  # typed again, not edited
    _log_in(qtbot, dialog, "", "x", type_text)
    assert "Enter the account name" in dialog.error.text()


def test_after_five_wrong_passwords_the_button_counts_down(
    protected_db, qtbot, settings, type_text, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs import login_dialog

    dialog = LoginDialog(protected_db.path, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(core_login.FREE_ATTEMPTS):
        _log_in(qtbot, dialog, "admin", f"wrong-{attempt}", type_text)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "must wait 30 seconds" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
    assert "(30 s)" in dialog.ok_button.text() or "(29 s)" in dialog.ok_button.text()
    assert "second" in dialog.status.text()
    # Pressing Enter meanwhile does nothing (the core would refuse it anyway).
    _log_in(qtbot, dialog, "admin", "admin-password", type_text)
    assert not dialog.busy and dialog.database is None
    # Once the time has passed, the button is back.
    real = login_dialog.time.monotonic
    monkeypatch.setattr(login_dialog.time, "monotonic", lambda: real() + 31)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=3000)
    assert dialog.ok_button.text() == "Log in" and not dialog.error.isVisible()


def test_start_asks_the_password_then_shows_the_list(
    protected_db, qtbot, on_modal, type_text, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    svc.create_participant(protected_db, ParticipantInput("Ayşe", "Yılmaz", phone="0532 111 22 33"))
    path = protected_db.path
    protected_db.close()
    seen: list[str] = []

    def in_login(dialog: Any) -> None:
        seen.append(type(dialog).__name__)
        _log_in(qtbot, dialog, "admin", "admin-password", type_text)

    on_modal(in_login)
    _app, window = gui_app.start(["--db", str(path), "--lang", "en"])
    assert seen == ["LoginDialog"]
    assert window is not None
    qtbot.addWidget(window)
    view = window.participants_view
    qtbot.waitUntil(lambda: view.total == 1, timeout=10000)
    assert view.proxy.record(0).phone == "0532 111 22 33"
    qtbot.waitUntil(lambda: getattr(window, "idle_lock", None) is not None, timeout=5000)
    assert window.idle_lock.minutes == 10
    assert window.findChild(object, "action_accounts").isVisible()
    assert window.findChild(object, "action_lock").isVisible()
    window.close()
    window.shutdown()


def test_quit_at_the_login_opens_nothing(protected_db, on_modal) -> None:  # type: ignore[no-untyped-def]
    path = protected_db.path
    protected_db.close()
    on_modal(lambda dialog: dialog.reject())
    _app, window = gui_app.start(["--db", str(path), "--lang", "en"])
    assert window is None


def test_login_dialog_paints_before_anything_heavy_is_imported(
    protected_db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A fresh interpreter: the login dialog shown, none of the heavy modules loaded yet."""
    path = protected_db.path
    protected_db.close()
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ttk_desktop.gui.app import start\n"
        "def poll():\n"
        "    dialog = QApplication.activeModalWidget()\n"
        "    if dialog is not None and dialog.isVisible():\n"
        "        print('DIALOG', type(dialog).__name__)\n"
        "        print('HEAVY', sorted({m.split('.')[0] for m in sys.modules} & set(%r)))\n"
        "        dialog.reject()\n"
        "    else:\n"
        "        QTimer.singleShot(10, poll)\n"
        "QTimer.singleShot(0, poll)\n"
        f"app, window = start(['--db', {str(path)!r}, '--lang', 'en'])\n"
        "print('WINDOW', window)\n" % (HEAVY,)
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "DIALOG LoginDialog" in out.stdout
    assert "HEAVY []" in out.stdout
    assert "WINDOW None" in out.stdout


def test_first_start_creates_a_protected_database(
    qtbot, settings, tmp_path: Path, type_text, cheap_argon2
) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.setup_dialog import SetupDialog

    path = tmp_path / "new" / "ttk.sqlite3"
    dialog = SetupDialog(path, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.admin.isVisible() and dialog.hq_keys.isVisible()
    # Headquarters' key before the database exists: checked now, stored on OK.
    from pyrage import x25519

    hq_key = str(x25519.Identity.generate().to_public())
    dialog.hq_keys.setChecked(True)
    type_text(dialog.hq_keys.key_text, "age1notakey")
    qtbot.mouseClick(dialog.hq_keys.add_button, Qt.MouseButton.LeftButton)
    assert dialog.hq_keys.error.isVisible() and dialog.hq_keys.held == []
    dialog.hq_keys.key_text.clear()
    type_text(dialog.hq_keys.key_text, hq_key)
    qtbot.mouseClick(dialog.hq_keys.add_button, Qt.MouseButton.LeftButton)
    assert dialog.hq_keys.held == [hq_key] and dialog.hq_keys.list.count() == 1
    assert not path.exists()
    type_text(dialog.code, "gaz")
    type_text(dialog.name, "Gaziantep Toplum Merkezi")
    type_text(dialog.admin.name, "leyla")
    type_text(dialog.admin.password, "first-password")
    type_text(dialog.admin.again, "first-passwort")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.admin.errors["again"].isVisible()
    assert not path.exists()  # nothing is created before the passwords match
    dialog.admin.again.clear()
    type_text(dialog.admin.again, "first-password")
    dialog.admin.password.clear()
    type_text(dialog.admin.password, "short")
    dialog.admin.again.clear()
    type_text(dialog.admin.again, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.admin.errors["password"].isVisible(), timeout=10000)
    assert "at least 8" in dialog.admin.errors["password"].text()
    for field in (dialog.admin.password, dialog.admin.again):
        field.clear()
        type_text(field, "first-password")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    db = dialog.database
    assert db.protected and db.account.name == "leyla"
    from ttk_desktop.core.exchange.keys import stored_recipients

    assert stored_recipients(db) == [hq_key]
    db.close()
    assert is_encrypted(path) and key_file_path(path).is_file()
    assert gui_app.needs_password(path)
    again = core_login.login(path, "leyla", "first-password")
    try:
        assert again.office_code == "GAZ"
    finally:
        again.close()


def test_an_unprotected_database_is_offered_protection(
    db, qtbot, settings, message_boxes, type_text, cheap_argon2
) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui import security_ui
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow

    svc.create_participant(db, ParticipantInput("Omar", "Hassan"))
    ctx = AppContext(db)
    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.findChild(object, "action_lock").isVisible()  # no password to ask
    security_ui.offer_protection(window)
    dialog = window.protect_dialog
    assert dialog.isVisible() and "not protected" in dialog.intro.text()
    type_text(dialog.fields.name, "admin")
    type_text(dialog.fields.password, "admin-password")
    type_text(dialog.fields.again, "admin-password")
    path = db.path
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.db.protected, timeout=30000)
    assert is_encrypted(path)
    info = [text for kind, text in message_boxes.calls if kind == "information"]
    assert info and "encrypted" in info[0] and "deleted" in info[0]
    assert not path.with_name(f"{path.stem}.before-encryption{path.suffix}").exists()
    view = window.participants_view
    qtbot.waitUntil(lambda: view.total == 1, timeout=10000)
    assert window.findChild(object, "action_lock").isVisible()
    window.close()
    ctx.tasks.wait_idle()
    ctx.db.close()


def test_later_keeps_the_database_as_it_was(db, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui import security_ui
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow

    ctx = AppContext(db)
    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    security_ui.offer_protection(window)
    qtbot.mouseClick(window.protect_dialog.later_button, Qt.MouseButton.LeftButton)
    assert not is_encrypted(db.path) and ctx.db is db
    assert svc.count_participants(db, svc.ParticipantQuery()) == 0
    window.close()
    ctx.tasks.wait_idle()


@pytest.fixture(autouse=True)
def _no_stray_modal() -> None:
    assert QApplication.activeModalWidget() is None
