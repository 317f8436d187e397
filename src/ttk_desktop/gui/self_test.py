"""``ttk-desktop --self-test`` and Help → Self-test: does this installation work?

Each check is a function that takes the run's :class:`SelfTestRun` and returns a
one-line detail, or raises (any exception) to fail. The checks run in order on a
new database in a temporary folder, never the office's own:

1. a new database is created at the current schema and an office set up;
2. the bundled sample workbook (``resources/sample-register.xlsx``, written by
   ``packaging/make_sample.py``) is imported;
3. the statistics of 2024 match the figures known for that workbook;
4. the main window is built and painted offscreen on that database, its list
   showing the sample's people;
5. an attendance sheet of the sample is rendered to PDF;
6. the sample is exported as an office data file for a new key pair and
   merged into a new headquarters database, whose figures must match;
7. an encrypted database is made with an account (SQLCipher, Argon2id), the
   sample's people copied in, and it is checked that the file shows no name,
   that plain SQLite cannot read it and that a log-in reads it back.

To add a check: write ``def _check_x(run: SelfTestRun) -> str`` and append it to
:data:`CHECKS` with its name marked by ``QT_TRANSLATE_NOOP("SelfTest", ...)``.

Everything runs on the GUI thread (building a window must); the whole run takes
a few seconds on the six-person sample.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.resources import SAMPLE_WORKBOOK, find_resource

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database

log = logging.getLogger(__name__)
CONTEXT = "SelfTest"
EXIT_OK, EXIT_FAILED = 0, 1
WAIT_SECONDS = 60

# What the statistics of the sample workbook must be (period 2024-01-01..2024-12-31).
SAMPLE_PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
SAMPLE_FIGURES: dict[str, Any] = {
    "sessions": 3,
    "participations": 9,
    "distinct_participants": 6,
    "gender": {"female": 3, "male": 3},
    "age_group": {"0-17": 2, "18-59": 3, "60+": 1},
    "nationality": {"SY": 3, "TR": 2, "other": 1},
}
SAMPLE_SESSION = "S001"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class SelfTestRun:
    """What the checks of one run share: the temporary folder and the database."""

    folder: Path
    db: Database | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure(_tr("Skipped: the database could not be created."))
        return self.db

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        mark = _tr("OK") if self.ok else _tr("FAILED")
        return f"{mark:<7} {_tr(self.name)}: {self.detail}"


@dataclass(frozen=True)
class SelfTestReport:
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(result.ok for result in self.results)

    def lines(self) -> list[str]:
        return [result.line() for result in self.results]


# -- the checks ----------------------------------------------------------------------


def _check_database(run: SelfTestRun) -> str:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    path = run.folder / "self-test.sqlite3"
    run.db = open_database(path, actor="self-test")
    setup_office(run.db, "TST", _tr("Self-test office"))
    return str(path)


def _check_import(run: SelfTestRun) -> str:
    from ttk_desktop.core.importer import import_workbook

    sample = find_resource(SAMPLE_WORKBOOK)
    if sample is None:
        raise SelfTestFailure(
            _tr("The sample workbook %1 is missing.").replace("%1", SAMPLE_WORKBOOK)
        )
    summary = import_workbook(run.database(), sample)
    return "; ".join(summary.lines())


def _check_statistics(run: SelfTestRun) -> str:
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics

    stats = compute_statistics(run.database(), StatsFilter(*SAMPLE_PERIOD))
    found: dict[str, Any] = {
        "sessions": stats.sessions,
        "participations": stats.participations,
        "distinct_participants": stats.distinct_participants,
        "gender": {key: b.count for key, b in stats.gender.items() if b.count},
        "age_group": {key: b.count for key, b in stats.age_group.items() if b.count},
        "nationality": {key: b.count for key, b in stats.nationality.items() if b.count},
    }
    wrong = [
        f"{key} {found[key]} ≠ {expected}"
        for key, expected in SAMPLE_FIGURES.items()
        if found[key] != expected
    ]
    if wrong:
        raise SelfTestFailure(_tr("Wrong figures: %1").replace("%1", "; ".join(wrong)))
    return (
        _tr("%1 sessions, %2 participations, %3 people, as expected")
        .replace("%1", str(stats.sessions))
        .replace("%2", str(stats.participations))
        .replace("%3", str(stats.distinct_participants))
    )


def _wait_until(predicate: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    """Run the event loop until ``predicate()`` holds; False after ``seconds``."""
    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        if predicate() or clock.elapsed() > seconds * 1000:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    return predicate()


def _check_main_window(run: SelfTestRun) -> str:
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.main_window import MainWindow
    from ttk_desktop.gui.settings_store import SettingsStore

    settings = SettingsStore(
        QSettings(str(run.folder / "settings.ini"), QSettings.Format.IniFormat)
    )
    ctx = AppContext(run.database())
    window = MainWindow(settings, ctx=ctx)
    # Painted for real, but never on the screen (also when run from the Help menu).
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    try:
        window.show()
        expected = SAMPLE_FIGURES["distinct_participants"]

        def listed() -> bool:
            view = window.participants_view
            return view is not None and not view.model.loading and view.model.rowCount() > 0

        if not _wait_until(listed):
            raise SelfTestFailure(_tr("The participants list did not fill in time."))
        view = window.participants_view
        assert view is not None
        rows = view.model.rowCount()
        if rows != expected:
            raise SelfTestFailure(
                _tr("The list shows %1 people instead of %2.")
                .replace("%1", str(rows))
                .replace("%2", str(expected))
            )
        image = window.grab()
        if image.isNull():
            raise SelfTestFailure(_tr("The window could not be painted."))
        return (
            _tr("%1 tabs, %2 people listed, painted at %3×%4")
            .replace("%1", str(window.tabs.count()))
            .replace("%2", str(rows))
            .replace("%3", str(image.width()))
            .replace("%4", str(image.height()))
        )
    finally:
        window.close()
        ctx.tasks.wait_idle()
        ctx.tasks.shutdown()
        window.deleteLater()
        ctx.deleteLater()


def _check_attendance_pdf(run: SelfTestRun) -> str:
    from ttk_desktop.core.services.sessions import find_session
    from ttk_desktop.printing import render_attendance_sheet

    db = run.database()
    session = find_session(db, SAMPLE_SESSION)
    path = run.folder / "attendance-sheet.pdf"
    pages = render_attendance_sheet(db, session.id, path)
    data = path.read_bytes() if path.exists() else b""
    if pages < 1 or not data.startswith(b"%PDF"):
        raise SelfTestFailure(_tr("No PDF was written."))
    return _tr("pages: %1, bytes: %2").replace("%1", str(pages)).replace("%2", str(len(data)))


def _check_data_file(run: SelfTestRun) -> str:
    """Export the sample as an office data file, merge it into a new headquarters database."""
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.exchange import STATUS_MERGED, export_data_file, merge_data_files
    from ttk_desktop.core.exchange.keys import init_keys, load_identity
    from ttk_desktop.core.services.offices import setup_office
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics, to_json_dict

    passphrase = "self-test passphrase"
    public, private = init_keys(run.folder / "hq-keys", passphrase)
    exported = export_data_file(
        run.database(), [public.read_text()], folder=run.folder / "files", full=True
    )
    hq = open_database(run.folder / "headquarters.sqlite3", actor="self-test")
    try:
        setup_office(hq, "HQ", "HQ")
        identity = load_identity(private, passphrase)
        (report,) = merge_data_files(hq, [exported.path], [identity], confirm_pin=lambda *_: True)
        if report.status != STATUS_MERGED:
            raise SelfTestFailure(report.reason or report.status)
        figures = to_json_dict(compute_statistics(hq, StatsFilter(*SAMPLE_PERIOD)))
    finally:
        hq.close()
    # Headquarters must count what the office counts.
    own = to_json_dict(compute_statistics(run.database(), StatsFilter(*SAMPLE_PERIOD)))
    wrong = [
        key
        for key in ("sessions", "participations", "distinct_participants", "gender")
        if figures[key] != own[key]
    ]
    if wrong:
        raise SelfTestFailure(_tr("Wrong figures: %1").replace("%1", ", ".join(wrong)))
    return (
        _tr("%1 records merged from a %2-byte file")
        .replace("%1", str(report.added))
        .replace("%2", str(exported.size))
    )


def _check_encrypted_database(run: SelfTestRun) -> str:
    """The protection of #16 works in this installation: SQLCipher, Argon2id, the key file."""
    import sqlite3

    from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
    from ttk_desktop.core.security.accounts import create_protected_database
    from ttk_desktop.core.security.login import login
    from ttk_desktop.core.services.offices import setup_office
    from ttk_desktop.core.services.participants import create_participant, search_participants

    path = run.folder / "protected.sqlite3"
    password = "self-test password"
    names = [
        record.first_name
        for record in search_participants(run.database(), ParticipantQuery(), limit=50).rows
    ]
    db = create_protected_database(path, "self-test", password)
    try:
        setup_office(db, "TST", "Self-test")
        for name in names:
            create_participant(db, ParticipantInput(first_name=name, last_name="Self-test"))
    finally:
        db.close()
    data = path.read_bytes()
    if data.startswith(b"SQLite format 3") or any(n.encode("utf-8") in data for n in names):
        raise SelfTestFailure(_tr("The database file is not encrypted."))
    try:
        con = sqlite3.connect(path)
        con.execute("SELECT count(*) FROM participants").fetchone()
        con.close()
    except sqlite3.DatabaseError:
        pass
    else:
        raise SelfTestFailure(_tr("Plain SQLite could read the encrypted file."))
    db = login(path, "self-test", password)
    try:
        found = len(search_participants(db, ParticipantQuery(), limit=50).rows)
    finally:
        db.close()
    if found != len(names):
        raise SelfTestFailure(_tr("The encrypted database lost records."))
    return _tr("%1 people written and read back; the file shows none of them").replace(
        "%1", str(found)
    )


Check = Callable[[SelfTestRun], str]
CHECKS: list[tuple[str, Check]] = [
    (QT_TRANSLATE_NOOP("SelfTest", "New database"), _check_database),
    (QT_TRANSLATE_NOOP("SelfTest", "Import of the sample workbook"), _check_import),
    (QT_TRANSLATE_NOOP("SelfTest", "Statistics of the sample"), _check_statistics),
    (QT_TRANSLATE_NOOP("SelfTest", "Main window"), _check_main_window),
    (QT_TRANSLATE_NOOP("SelfTest", "Attendance sheet to PDF"), _check_attendance_pdf),
    (QT_TRANSLATE_NOOP("SelfTest", "Office data file export and merge"), _check_data_file),
    (QT_TRANSLATE_NOOP("SelfTest", "Encrypted database"), _check_encrypted_database),
]


def _describe(error: BaseException) -> str:
    message = getattr(error, "message", None)
    if isinstance(message, str) and message:
        return message
    return str(error) or type(error).__name__


def run_self_test(
    checks: Sequence[tuple[str, Check]] | None = None,
    on_result: Callable[[CheckResult], None] | None = None,
) -> SelfTestReport:
    """Run ``checks`` (default :data:`CHECKS`) in a temporary folder; every one runs.

    ``on_result`` is called after each check, so a caller can print as it goes.
    A failure's traceback goes to the log; the result carries its message.
    """
    from ttk_desktop.printing import ensure_gui_application

    ensure_gui_application()
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="ttk-self-test-") as folder:
        run = SelfTestRun(Path(folder))
        try:
            for name, check in CHECKS if checks is None else checks:
                try:
                    result = CheckResult(name, True, check(run))
                except Exception as error:  # a check fails by raising anything
                    log.warning("Self-test check %r failed", name, exc_info=True)
                    result = CheckResult(name, False, _describe(error))
                results.append(result)
                if on_result is not None:
                    on_result(result)
        finally:
            run.close()
    return SelfTestReport(tuple(results))


def main(report_path: Path | None = None, checks: Sequence[tuple[str, Check]] | None = None) -> int:
    """``ttk-desktop --self-test [--report FILE]``: one line per check; 0 only if all passed.

    The windowed Windows program has no console, so ``--report`` also writes the
    lines to a file (what the installer's CI job reads).
    """
    lines: list[str] = []

    def show(result: CheckResult) -> None:
        lines.append(result.line())
        if sys.stdout is not None:
            print(lines[-1], flush=True)

    report = run_self_test(checks, show)
    verdict = _tr("Self-test passed.") if report.ok else _tr("Self-test FAILED.")
    lines.append(verdict)
    if sys.stdout is not None:
        print(verdict, flush=True)
    if report_path is not None:
        report_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return EXIT_OK if report.ok else EXIT_FAILED


def show_self_test(parent: QWidget | None) -> SelfTestReport:
    """Help → Self-test: run the checks, then say in a short report how they went."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = run_self_test()
    finally:
        QApplication.restoreOverrideCursor()
    passed = sum(result.ok for result in report.results)
    title = _tr("Self-test")
    text = (
        _tr("All %1 checks passed: this installation works.")
        if report.ok
        else _tr("%2 of %1 checks failed. Send this report to your IT contact.")
    )
    text = text.replace("%1", str(len(report.results))).replace(
        "%2", str(len(report.results) - passed)
    )
    text += "\n\n" + "\n".join(report.lines())
    if report.ok:
        QMessageBox.information(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)
    return report
