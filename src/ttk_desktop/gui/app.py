"""Entry point of the ``ttk-desktop`` program.

Start-up order matters for speed and for right-to-left languages: the language
is installed before any window exists, the main window is painted before the
database is opened (SQLAlchemy and Alembic take most of a second to import),
and pandas, pyqtgraph and openpyxl are never imported here.

``ttk-desktop FILE`` opens the app and then offers what fits the file (what the
Windows file association calls): an Excel workbook is offered for import, an
office data file (``.ttkx``) opens the Data exchange tab, ready to merge.
``ttk-desktop --self-test`` runs :mod:`ttk_desktop.gui.self_test` offscreen instead.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import ttk_desktop
from ttk_desktop.core.db.paths import default_database_path
from ttk_desktop.core.resources import ICON_PNG, find_resource
from ttk_desktop.gui.errors import install_excepthook
from ttk_desktop.gui.i18n import LANGUAGES, install_language
from ttk_desktop.gui.settings_store import APPLICATION, ORGANIZATION, SettingsStore

if TYPE_CHECKING:  # imported in start(): a login dialog is painted before it (#16)
    from ttk_desktop.gui.main_window import MainWindow

APP_TITLE = "TTK Desktop"


def database_path(argument: str | None) -> Path:
    """``--db``, else the core's default (``$TTK_DB`` or the user's data folder)."""
    if argument:
        return Path(argument).expanduser()
    return default_database_path()


def needs_password(path: Path) -> bool:
    """True for an encrypted (protected) database: a login comes before anything else.

    Read from the file's first bytes only (``core.db.connect`` imports nothing
    heavy), so the login dialog is painted as fast as a bare window.
    """
    from ttk_desktop.core.db.connect import is_encrypted

    return is_encrypted(path)


def log_in(path: Path, settings: SettingsStore) -> Any:
    """Ask the account and password; the open database, or None when the person quit."""
    from ttk_desktop.gui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(path, settings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


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


DATA_FILE_SUFFIX = ".ttkx"
# Set by bench/bundle.py: print "PAINTED <epoch seconds>" once the window is painted, then quit.
PAINT_PROBE_ENV = "TTK_BENCH_PAINTED"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ttk-desktop", description="TTK Desktop")
    parser.add_argument(
        "file", nargs="?", help="an Excel workbook to import or an office data file (.ttkx)"
    )
    parser.add_argument("--db", metavar="PATH", help="database file to open")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    parser.add_argument("--version", action="version", version=ttk_desktop.__version__)
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation offscreen and exit"
    )
    parser.add_argument("--report", metavar="FILE", help="also write the self-test's lines here")
    # Qt's own options (-style, -platform ...) pass through.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def open_file(window: MainWindow, path: Path) -> None:
    """Offer what fits ``path`` once the window's database is open (``ttk-desktop FILE``)."""
    name = path.name
    if not path.is_file():
        QMessageBox.warning(
            window, APP_TITLE, _tr("%1 was not found. Nothing was opened.").replace("%1", str(path))
        )
        return
    suffix = path.suffix.lower()
    if suffix == DATA_FILE_SUFFIX:
        # The Data exchange tab, with the file ready to merge: the person still
        # gives the private key's passphrase and confirms a new office's key.
        window.show_exchange(path)
        return
    if suffix in WORKBOOK_SUFFIXES and window.ctx is not None:
        answer = QMessageBox.question(
            window,
            APP_TITLE,
            _tr("Import the Excel workbook %1 into this database?").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from ttk_desktop.gui.dialogs.import_dialog import ImportRun

            ImportRun(window.ctx, str(path), window).start()
        return
    QMessageBox.warning(
        window,
        APP_TITLE,
        _tr(
            "TTK Desktop cannot open %1: it opens Excel workbooks (.xlsx) and office data "
            "files (.ttkx)."
        ).replace("%1", name),
    )


def _create_application(args: argparse.Namespace) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(ttk_desktop.__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    icon = find_resource(ICON_PNG)
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow | None]:
    """Create the application and show the main window (None if setup was cancelled)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = _create_application(args)
    install_excepthook()
    settings = SettingsStore()
    install_language(app, args.lang or settings.language)
    path = database_path(args.db)
    ctx = None
    if needs_password(path):
        database = log_in(path, settings)
        if database is None:
            return app, None
        from ttk_desktop.gui.context import AppContext

        ctx = AppContext(database)
    elif probe_office(path) is None:
        from ttk_desktop.gui.dialogs.setup_dialog import SetupDialog

        setup = SetupDialog(path, settings)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.database is None:
            return app, None
        if not args.lang:
            install_language(app, settings.language)
        from ttk_desktop.gui.context import AppContext

        ctx = AppContext(setup.database)
    from ttk_desktop.gui.main_window import MainWindow

    window = MainWindow(settings)
    if args.file:
        from PySide6.QtCore import Qt  # see gui.i18n.install_language: not before a paint

        file = Path(args.file).expanduser()
        window.attached.connect(
            lambda: QTimer.singleShot(0, lambda: open_file(window, file)),
            Qt.ConnectionType.SingleShotConnection,
        )
    if os.environ.get(PAINT_PROBE_ENV):
        window.after_first_paint(lambda: _report_painted(app))
    from ttk_desktop.gui import security_ui

    # Once open: the idle lock (protected), or the offer to protect it (#16).
    security_ui.guard_session(window)
    window.show()
    if ctx is not None:
        ctx.setParent(window)
        window.attach(ctx)
    else:
        # After the first paint: open (and if needed upgrade) the file behind the window.
        window.after_first_paint(lambda: window.open_database(path))
    return app, window


def _report_painted(app: QApplication) -> None:
    import time

    print("PAINTED", time.time(), flush=True)
    app.exit(0)


def self_test(argv: Sequence[str] | None = None) -> int:
    """``ttk-desktop --self-test``: the checks on a temporary database, offscreen."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _create_application(args)
    install_language(app, args.lang or SettingsStore().language)
    from ttk_desktop.gui import self_test as checks

    return checks.main(Path(args.report) if args.report else None)


def main(argv: Sequence[str] | None = None) -> int:
    from ttk_desktop.core.private_files import restrict_new_files

    restrict_new_files()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    if parse_args(sys.argv[1:] if argv is None else argv).self_test:
        return self_test(argv)
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
