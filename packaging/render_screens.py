"""Render the main screens of a demo office to PNG, in Turkish and Arabic.

    python packaging/render_screens.py [--out resources/screenshots] [--languages tr ar]

Builds a fresh demo database (``ttk_desktop.core.demo``), opens the real main
window offscreen and saves ``<language>-<screen>.png`` for the participants
list, the participant form, the detail panel and every other tab that exists.
Look at them as a user would: clipped text, empty panels, wrong direction.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def wait_until(predicate: Callable[[], bool], timeout_ms: int = 20000) -> bool:
    """Run Qt's own event loop until ``predicate()`` holds (no Python processEvents loop)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        if predicate() or clock.elapsed() > timeout_ms:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    loop.exec()
    timer.stop()
    return predicate()


def settle(ctx: object, ms: int = 300) -> None:
    """Let queued results arrive and repaint."""
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    wait_until(lambda: clock.elapsed() > ms, ms + 1000)


def build_demo_database(folder: Path) -> Path:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.demo import build_demo

    path = folder / "demo.sqlite3"
    db = open_database(path, actor="screens")
    build_demo(db)  # this year, so the statistics tab (current year) has data
    db.close()
    return path


def busiest_person(db: object, rows: int = 80) -> int:
    """Id of the loaded person with the most attendance (a full detail panel)."""
    from ttk_desktop.core.records import ParticipantQuery
    from ttk_desktop.core.services.participants import participant_history, search_participants

    page = search_participants(db, ParticipantQuery(), limit=rows)  # type: ignore[arg-type]
    scored = [
        (len(participant_history(db, p.id).sessions), p.id)  # type: ignore[arg-type]
        for p in page.rows
        if p.first_name_ar
    ]
    return max(scored)[1]


def render(language: str, db_path: Path, out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services import groups, offices, participants, sessions  # noqa: F401
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog
    from ttk_desktop.gui.i18n import install_language
    from ttk_desktop.gui.main_window import MainWindow
    from ttk_desktop.gui.settings_store import SettingsStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, language)  # type: ignore[arg-type]
    saved: list[Path] = []
    db = open_database(db_path)
    ctx = AppContext(db)
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(settings, ctx=ctx)
    window.resize(*SIZE)
    window.show()
    view = window.participants_view
    assert view is not None
    wait_until(lambda: view.total is not None and not view.model.loading)
    wait_until(lambda: window.office is not None)

    def save(name: str, widget: object) -> None:
        path = out / f"{language}-{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)

    view.table.clearSelection()
    settle(ctx)
    save("participants", window)

    target = busiest_person(db)
    wait_until(lambda: view.model.row_of(target) is not None or not view.model.canFetchMore())
    row = view.model.row_of(target)
    if row is not None:
        view.select_row(view.proxy.mapFromSource(view.model.index(row, 0)).row())
        wait_until(lambda: view.detail.history.rowCount() > 0)
        settle(ctx)
        save("detail", window)

        record = view.selected_record()
        dialog = ParticipantDialog(ctx, window, record)
        dialog.show()
        settle(ctx)
        save("form", dialog)
        dialog.close()

    new_form = ParticipantDialog(ctx, window)
    new_form.show()
    new_form.save_button.click()  # shows the messages next to the fields
    settle(ctx)
    save("form-errors", new_form)
    new_form.close()

    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(ctx, 800)
        ctx.tasks.wait_idle()
        settle(ctx, 300)
        name = ("groups", "statistics")[index - 1] if index <= 2 else f"tab{index}"
        save(name, window)

    window.close()
    window.shutdown()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["tr", "ar"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        db_path = build_demo_database(Path(tmp))
        for language in args.languages:
            for path in render(language, db_path, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 can crash while Python tears down its objects at exit; the PNGs
    # are written by now, so leave without the teardown.
    os._exit(code)
