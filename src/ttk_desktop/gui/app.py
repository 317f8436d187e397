"""Entry point of the ``ttk-desktop`` program.

Start-up order matters for speed and for right-to-left languages: the language
is installed before any window exists, the main window is painted before the
database is opened (SQLAlchemy and Alembic take most of a second to import),
and pandas, pyqtgraph and openpyxl are never imported here.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

import ttk_desktop
from ttk_desktop.core.db.paths import default_database_path
from ttk_desktop.gui.errors import install_excepthook
from ttk_desktop.gui.i18n import LANGUAGES, install_language
from ttk_desktop.gui.main_window import MainWindow
from ttk_desktop.gui.settings_store import APPLICATION, ORGANIZATION, SettingsStore


def database_path(argument: str | None) -> Path:
    """``--db``, else the core's default (``$TTK_DB`` or the user's data folder)."""
    if argument:
        return Path(argument).expanduser()
    return default_database_path()


def probe_office(path: Path) -> str | None:
    """The database's office code read with plain sqlite3; None on a first start."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM settings WHERE key = 'office_code'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return str(row[0]) if row and row[0] else None


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ttk-desktop", description="TTK Desktop")
    parser.add_argument("--db", metavar="PATH", help="database file to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    parser.add_argument("--version", action="version", version=ttk_desktop.__version__)
    # Qt's own options (-style, -platform ...) pass through.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def start(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow | None]:
    """Create the application and show the main window (None if setup was cancelled)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(ttk_desktop.__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_excepthook()
    settings = SettingsStore()
    install_language(app, args.lang or settings.language)
    path = database_path(args.db)
    ctx = None
    if probe_office(path) is None:
        from ttk_desktop.gui.dialogs.setup_dialog import SetupDialog

        setup = SetupDialog(path, settings)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.database is None:
            return app, None
        if not args.lang:
            install_language(app, settings.language)
        from ttk_desktop.gui.context import AppContext

        ctx = AppContext(setup.database)
    window = MainWindow(settings)
    window.show()
    if ctx is not None:
        ctx.setParent(window)
        window.attach(ctx)
    else:
        # After the first paint: open (and if needed upgrade) the file behind the window.
        window.after_first_paint(lambda: window.open_database(path))
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    app, window = start(argv)
    if window is None:
        return 1
    # Start-up objects live as long as the app: keep them out of the collector's
    # full passes, which otherwise pause the GUI thread for 60-90 ms now and then.
    gc.collect()
    gc.freeze()
    code = app.exec()
    window.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
