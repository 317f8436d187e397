"""The participants list shows its first page while the database is still opening."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services import participants as svc


def _names(view: Any) -> list[str]:
    return [view.proxy.record(row).full_name for row in range(view.proxy.rowCount())]


def test_list_before_the_database_is_open(db, qapp, qtbot, settings, type_text) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow

    for first, last in (("Ayşe", "Yılmaz"), ("Mehmet", "Kaya"), ("Ali", "Demir")):
        svc.create_participant(db, ParticipantInput(first, last))
    pending = AppContext(None, path=db.path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(pending)
    view = window.participants_view
    # The first page comes from the file alone: nothing that needs the database runs.
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert _names(view) == ["Ali Demir", "Mehmet Kaya", "Ayşe Yılmaz"]
    assert not view.new_button.isEnabled()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    view.select_row(0)
    assert view.selected_record().full_name == "Ali Demir"
    assert not view.edit_button.isEnabled()  # editing waits for the database
    assert view.total is None  # the count waits too
    type_text(view.search, "kaya")  # typing is kept and searched once the database is open
    qtbot.waitUntil(lambda: view.model.query.text == "kaya")
    qtbot.wait(100)
    assert view.model.loading and view.model.rowCount() == 0
    with qtbot.waitSignal(window.attached, timeout=10000):
        pending.set_database(db)
    qtbot.waitUntil(lambda: _names(view) == ["Mehmet Kaya"] and view.total == 1)
    assert view.new_button.isEnabled() and window.new_action.isEnabled()
    view.select_row(0)
    qtbot.waitUntil(lambda: view.edit_button.isEnabled())
    qtbot.waitUntil(lambda: "IST" in window.windowTitle())
    window.close()
    pending.tasks.wait_idle()


def test_a_tab_opened_early_is_built_once_the_database_is_open(db, qapp, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow

    pending = AppContext(None, path=db.path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(pending)
    window.tabs.setCurrentIndex(1)  # Groups, before the database is open
    assert window.tabs.currentWidget().objectName() != "groups_view"
    pending.set_database(db)
    qtbot.waitUntil(lambda: window.tabs.currentWidget().objectName() == "groups_view")
    window.close()
    pending.tasks.wait_idle()


def test_first_page_path_does_not_import_sqlalchemy() -> None:
    """What the list needs before the database opens stays clear of SQLAlchemy (slow)."""
    code = (
        "import sys\n"
        "import ttk_desktop.gui.app, ttk_desktop.gui.context\n"
        "import ttk_desktop.gui.views.participants_view, ttk_desktop.core.first_page\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


@contextmanager
def _opening(qtbot: Any, settings: Any, path: Path) -> Iterator[Any]:
    """A main window opening ``path`` as at start-up; yields it once the database is open."""
    from ttk_desktop.gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.attached, timeout=20000):
            window.open_database(path)
        yield window
    finally:
        window.close()
        window.shutdown()


def test_the_database_opens_after_the_first_page(db, qapp, qtbot, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opening imports SQLAlchemy, which holds the GIL: it must not run beside the first page."""
    import time

    from ttk_desktop.core import first_page
    from ttk_desktop.core.db import engine

    svc.create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
    db.close()
    events: list[str] = []
    real_read, real_open = first_page.read_first_page, engine.open_database

    def slow_read(*args: Any) -> Any:
        events.append("page started")
        time.sleep(0.3)
        events.append("page read")
        return real_read(*args)

    def recorded_open(*args: Any, **kwargs: Any) -> Any:
        events.append("open started")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(first_page, "read_first_page", slow_read)
    monkeypatch.setattr(engine, "open_database", recorded_open)
    with _opening(qtbot, settings, db.path) as window:
        assert events == ["page started", "page read", "open started"]
        assert _names(window.participants_view) == ["Ayşe Yılmaz"]


def test_opens_when_no_first_page_is_read(db, qapp, qtbot, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A file the plain reader refuses (an upgrade due) still opens, and the list then fills."""
    from ttk_desktop.core import first_page

    svc.create_participant(db, ParticipantInput("Ali", "Demir"))
    db.close()
    monkeypatch.setattr(first_page, "read_first_page", lambda *_args: None)
    with _opening(qtbot, settings, db.path) as window:
        qtbot.waitUntil(lambda: _names(window.participants_view) == ["Ali Demir"])
