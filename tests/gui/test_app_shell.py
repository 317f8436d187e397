"""The application shell: start-up, first-start setup, menus, remembered layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel

import ttk_desktop
from ttk_desktop.gui import app as gui_app

HEAVY = ("pandas", "pyqtgraph", "openpyxl")


def test_startup_imports_no_pandas_pyqtgraph_or_openpyxl(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A fresh interpreter starts the app on a database and fills the list.

    The count and the office are read by two workers once the database is open;
    the poll waits for both (waiting for the count alone raced the title).
    """
    # The app is run with app.exec() and polled by a timer: a Python loop calling
    # QApplication.processEvents() while a worker imports modules crashes PySide6 6.12.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from ttk_desktop.gui.app import start\n"
        f"app, window = start(['--db', {str(db.path)!r}, '--lang', 'en'])\n"
        "def poll():\n"
        "    view = window.participants_view\n"
        "    loaded = view is not None and view.total is not None and not view.model.loading\n"
        "    if loaded and window.office is not None:\n"
        "        app.quit()\n"
        "timer = QTimer(); timer.timeout.connect(poll); timer.start(20)\n"
        "QTimer.singleShot(60000, app.quit)\n"
        "app.exec()\n"
        "print('TITLE', window.windowTitle())\n"
        "print('ROWS', window.participants_view.total)\n"
        "print('HEAVY', [m for m in sys.modules if m.split('.')[0] in %r])\n"
        "window.close(); window.shutdown()\n" % (HEAVY,)
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "TITLE TTK Desktop — IST" in out.stdout
    assert "HEAVY []" in out.stdout


def test_database_path_follows_the_core_rule(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ttk_desktop.core.db.engine import default_database_path

    monkeypatch.setenv("TTK_DB", str(tmp_path / "x.sqlite3"))
    assert gui_app.database_path(None) == default_database_path()
    monkeypatch.delenv("TTK_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert gui_app.database_path(None) == default_database_path()
    assert gui_app.database_path(str(tmp_path / "other.sqlite3")) == tmp_path / "other.sqlite3"


def test_probe_office_reads_without_opening(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert gui_app.probe_office(db.path) == "IST"
    assert gui_app.probe_office(tmp_path / "missing.sqlite3") is None


def test_first_start_setup_creates_the_office(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, type_text, cheap_argon2
) -> None:
    from ttk_desktop.gui.dialogs.setup_dialog import SetupDialog

    path = tmp_path / "new" / "ttk.sqlite3"
    dialog = SetupDialog(path, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.code, "g!")
    type_text(dialog.name, "Gaziantep Toplum Merkezi")
    # #16: a new database is made protected, with its administrator.
    type_text(dialog.admin.name, "admin")
    type_text(dialog.admin.password, "admin-password")
    type_text(dialog.admin.again, "admin-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_error.isVisible(), timeout=30000)
    assert "2-32 letters" in dialog.code_error.text()
    assert dialog.database is not None and not dialog.admin.isEnabled()
    dialog.code.clear()
    type_text(dialog.code, "gaz")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert settings.language == "ar"
    assert dialog.database.office_code == "GAZ"
    dialog.database.close()
    assert gui_app.needs_password(path)


def test_start_paints_first_then_opens_the_database(db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _app, window = gui_app.start(["--db", str(db.path), "--lang", "en"])
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.participants_view is None  # the database opens behind the painted window
    with qtbot.waitSignal(window.attached, timeout=30000):
        pass
    assert window.windowTitle().startswith("TTK Desktop")
    qtbot.waitUntil(lambda: "IST" in window.windowTitle())
    assert str(db.path) in window.status_label.text()
    assert "İstanbul Toplum Merkezi" in window.status_label.text()
    window.close()
    window.shutdown()


def test_title_and_status_show_office_and_database(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.office is not None)
    assert main_window.windowTitle() == "TTK Desktop — IST · İstanbul Toplum Merkezi"
    assert str(ctx.db.path) in main_window.status_label.text()


def test_layout_is_remembered(ctx, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.main_window import MainWindow

    first = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600
    view = first.participants_view
    view.table.horizontalHeader().resizeSection(0, 333)
    view.splitter.setSizes([500, 250])
    sizes = view.splitter.sizes()
    first.close()

    second = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (700, 500)
    again = second.participants_view
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert again.splitter.sizes() == sizes
    second.close()


def test_f1_opens_the_local_user_guide(main_window, qtbot, monkeypatch, use_language) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert opened and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.exists() and path.name == "user-guide.en.html"
    use_language("ar")
    assert main_window.open_user_guide()
    assert Path(opened[-1].toLocalFile()).name == "user-guide.ar.html"


@pytest.mark.parametrize("language", ["tr", "en", "ar"])
def test_user_guides_exist_and_name_the_shortcuts(language: str) -> None:
    from ttk_desktop.gui.main_window import user_guide_path

    path = user_guide_path(language)
    assert path is not None and path.name == f"user-guide.{language}.html"
    text = path.read_text(encoding="utf-8")
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+S", "Ctrl+Z", "F5", "F1"):
        assert key in text
    if language == "ar":
        assert 'dir="rtl"' in text


def test_about_box_shows_the_version(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(ctx.db.path)
    qtbot.addWidget(dialog)
    assert ttk_desktop.__version__ in dialog.version_label.text()
    assert str(ctx.db.path) in dialog.findChild(QLabel, "about_database").text()


def test_settings_change_the_language_after_restart(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog

    assert settings.language == "tr"  # Turkish by default
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "restart" in dialog.restart_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.language == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # not live


def test_other_screens_load_when_their_tab_is_shown(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.tabs
    placeholder = tabs.widget(1)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    assert tabs.widget(1) is not placeholder  # the real screen, or a "not available" note
    assert tabs.tabText(1) == "Groups"
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0


def test_menus_carry_the_standard_shortcuts(main_window) -> None:  # type: ignore[no-untyped-def]
    shortcuts = {
        action.objectName(): action.shortcut().toString()
        for action in main_window.findChildren(type(main_window.new_action))
        if action.objectName()
    }
    assert shortcuts["action_new"] == "Ctrl+N"
    assert shortcuts["action_find"] == "Ctrl+F"
    assert shortcuts["action_refresh"] == "F5"
    assert shortcuts["action_undo"] == "Ctrl+Z"
    assert shortcuts["action_quit"] == "Ctrl+Q"
    assert shortcuts["action_guide"] == "F1"


def test_ctrl_q_closes_the_window(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_f5_refreshes_the_list(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.services.participants import create_participant

    view = main_window.participants_view
    create_participant(ctx.db, ParticipantInput(first_name="Elif", last_name="Kara"))
    assert view.model.rowCount() == 0  # written behind the app's back (another window)
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
