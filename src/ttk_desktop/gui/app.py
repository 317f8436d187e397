"""Entry point of the ``ttk-desktop`` program.

Start-up order matters for speed and for right-to-left languages: the language
is installed before any window exists, the main window is painted before the
database is opened (SQLAlchemy and Alembic take most of a second to import),
and pandas, pyqtgraph and openpyxl are never imported here.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import ttk_desktop
from ttk_desktop.gui.errors import install_excepthook
from ttk_desktop.gui.i18n import LANGUAGES, install_language
from ttk_desktop.gui.main_window import MainWindow
from ttk_desktop.gui.settings_store import APPLICATION, ORGANIZATION, SettingsStore

# Same rule as ttk_desktop.core.db.engine.default_database_path, which is not
# imported here because it pulls in SQLAlchemy; a test checks the two agree.
DB_ENV = "TTK_DB"
DB_FILE = "ttk.sqlite3"


def database_path(argument: str | None) -> Path:
    """``--db``, else ``$TTK_DB``, else ``ttk.sqlite3`` in the user's data folder."""
    if argument:
        return Path(argument).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path(APPLICATION, ORGANIZATION, ensure_exists=True) / DB_FILE


def probe_office(path: Path) -> str | None:
    """The database's office code read with plain sqlite3; None on a first start."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        QTimer.singleShot(0, lambda: window.open_database(path))
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    app, window = start(argv)
    if window is None:
        return 1
    code = app.exec()
    window.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
