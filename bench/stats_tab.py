"""Benchmark of the Statistics tab at office scale (a script, not a test).

    python bench/stats_tab.py [--rebuild]

Builds (once, cached in ``bench/.cache/``, git-ignored as ``*.sqlite3``) an office
of 50,000 participants, 50,000 sessions and 1,000,000 attendances with
``core.demo.build_demo``, then measures in the same run:

* the raw-SQL limit: plain ``sqlite3`` running the queries that give the same
  figures (sessions, participations, distinct people by gender, nationality and
  age group, the cross tables, the months) for each filter;
* the tab: from a filter change to the redrawn figures (``stats_shown``), which
  must stay within 2x the raw-SQL time of the same filter;
* the largest gap between ticks of a 10 ms QTimer on the GUI thread while the tab
  recomputes (the GUI thread must never be blocked for more than 100 ms);
* writing the Excel and PDF reports of the whole year (each under 2 s).

Prints each figure beside its limit and exits non-zero when one is exceeded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CACHE = Path(__file__).resolve().parent / ".cache" / "stats_50k.sqlite3"
YEAR = 2021
SIZE = {"participants": 50_000, "sessions": 50_000, "attendances": 1_000_000}
TAB_FACTOR = 2.0  # the tab may take at most this many times the raw-SQL time
MAX_GUI_GAP_MS = 100.0
MAX_EXPORT_S = 2.0
ROUNDS = 3


@dataclass(frozen=True)
class Case:
    name: str
    group_type: str | None = None
    age_method: str = "first"
    office: str | None = None


CASES = (
    Case("year 2021, all groups"),
    Case("group type refugee_assembly", group_type="refugee_assembly"),
    Case("age method each", age_method="each"),
    Case("office IST, children_assembly", group_type="children_assembly", office="IST"),
)


def build_cache(rebuild: bool) -> Path:
    """The benchmark office, built once (about a minute) and reused."""
    if CACHE.exists() and not rebuild:
        return CACHE
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.demo import DemoSize, build_demo

    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / "building.sqlite3"
        print(f"Building {CACHE.name} (50k participants, 1M attendances)…", flush=True)
        started = time.perf_counter()
        db = open_database(tmp, actor="bench")
        counts = build_demo(db, DemoSize(**SIZE), year=YEAR)
        db.close()
        shutil.copyfile(tmp, CACHE)
        print(f"  {counts} in {time.perf_counter() - started:.0f} s", flush=True)
    return CACHE


# -- the raw-SQL limit ------------------------------------------------------------------

_AGE = (
    "CAST(substr({d},1,4) AS INT) - CAST(substr(p.birth_date,1,4) AS INT)"
    " - (substr({d},6,5) < substr(p.birth_date,6,5))"
)
_STD = (
    "CASE WHEN {a} BETWEEN 0 AND 17 THEN '0-17' WHEN {a} BETWEEN 18 AND 59 THEN '18-59'"
    " WHEN {a} >= 60 THEN '60+' ELSE 'unknown' END"
)
_UNHCR = (
    "CASE WHEN {a} BETWEEN 0 AND 4 THEN '0-4' WHEN {a} BETWEEN 5 AND 11 THEN '5-11'"
    " WHEN {a} BETWEEN 12 AND 17 THEN '12-17' WHEN {a} BETWEEN 18 AND 59 THEN '18-59'"
    " WHEN {a} >= 60 THEN '60+' ELSE 'unknown' END"
)


def raw_queries(case: Case) -> tuple[list[str], list[object]]:
    """Plain SQL giving the tab's figures: per month (sessions, participations) and
    distinct people by gender, nationality and the age groups of their first and last
    attendance (within one year those are every age attended, so ``each`` needs no
    more). The attendance of the period is read through the sessions' date index and
    the unique (session, participant) index, the fastest plan SQLite has for it."""
    where = ["s.date >= ?", "s.date <= ?", "s.deleted = 0", "g.deleted = 0"]
    params: list[object] = [f"{YEAR}-01-01", f"{YEAR}-12-31"]
    if case.group_type:
        where.append("g.type = ?")
        params.append(case.group_type)
    if case.office:
        where.append("s.office_id = (SELECT id FROM offices WHERE code = ?)")
        params.append(case.office)
    ps = (
        "WITH ps AS NOT MATERIALIZED (SELECT s.id AS sid, s.date AS day FROM sessions s"
        f" JOIN groups g ON g.id = s.group_id WHERE {' AND '.join(where)})"
    )
    months = (
        ps + " SELECT substr(day,1,7) AS m, count(*), sum((SELECT count(*) FROM attendance a"
        " WHERE a.session_id = ps.sid AND a.deleted = 0 AND a.participant_id NOT IN"
        " (SELECT id FROM participants WHERE deleted = 1))) FROM ps GROUP BY m"
    )
    first, last = _AGE.format(d="span.f"), _AGE.format(d="span.l")
    people = (
        ps + ", span AS (SELECT a.participant_id AS pid, min(ps.day) AS f, max(ps.day) AS l"
        " FROM ps JOIN attendance a ON a.session_id = ps.sid WHERE a.deleted = 0"
        " GROUP BY a.participant_id),"
        " people AS MATERIALIZED (SELECT"
        " CASE WHEN p.gender IN ('female','male','other') THEN p.gender"
        " ELSE 'not_stated' END AS g,"
        " CASE WHEN p.nationality IN ('SY','TR') THEN p.nationality ELSE 'other' END AS n,"
        f" {first} AS fa, {last} AS la"
        " FROM span JOIN participants p ON p.id = span.pid WHERE p.deleted = 0)"
        f" SELECT g, n, {_STD.format(a='fa')}, {_UNHCR.format(a='fa')},"
        f" {_STD.format(a='la')}, {_UNHCR.format(a='la')}, la - fa >= 2, count(*)"
        " FROM people GROUP BY 1, 2, 3, 4, 5, 6, 7"
    )
    return [months, people], params + params


def raw_sql(path: Path, case: Case) -> float:
    """Seconds plain sqlite3 takes to produce the same figures (best of ROUNDS)."""
    queries, params = raw_queries(case)
    half = len(params) // 2
    con = sqlite3.connect(path)
    try:
        times = []
        for _ in range(ROUNDS + 1):  # the first round warms the page cache
            started = time.perf_counter()
            for sql in queries:
                con.execute(sql, params[:half]).fetchall()
            times.append(time.perf_counter() - started)
        return min(times[1:])
    finally:
        con.close()


# -- the tab ---------------------------------------------------------------------------


class GapMeter:
    """Largest interval between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.max_gap = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.max_gap * 1000


def apply(view: Any, case: Case) -> None:
    """Set the tab's filters to ``case`` the way a person would, in one refresh."""
    view._pending = True
    try:
        view.type_combo.setCurrentIndex(max(0, view.type_combo.findData(case.group_type)))
        view.office_combo.setCurrentIndex(max(0, view.office_combo.findData(case.office)))
        view.method_combo.setCurrentIndex(view.method_combo.findData(case.age_method))
    finally:
        view._pending = False


def measure_tab(app: Any, view: Any, case: Case) -> tuple[float, float, Any]:
    """Seconds from a filter change to the figures on screen, and the largest GUI gap (ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    times, gaps, shown = [], [], None
    for _ in range(ROUNDS):
        apply(view, Case("reset", group_type="needs_analysis"))  # a different, small filter
        wait_shown(view)
        meter = GapMeter()
        loop = QEventLoop()
        view.stats_shown.connect(loop.quit)
        meter.start()
        started = time.perf_counter()
        apply(view, case)
        view.refresh()
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        app.processEvents()  # the repaint of the new figures
        times.append(time.perf_counter() - started)
        gaps.append(meter.stop())
        view.stats_shown.disconnect(loop.quit)
        shown = view.stats
    return statistics.median(times), max(gaps), shown


def wait_shown(view: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    view.refresh()
    loop = QEventLoop()
    view.stats_shown.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    view.stats_shown.disconnect(loop.quit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached office")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="call gc.freeze() once the tab is built (as an app may after start-up), so full "
        "garbage collections of the start-up objects do not pause the GUI thread",
    )
    args = parser.parse_args()
    source = build_cache(args.rebuild)

    from PySide6.QtWidgets import QApplication

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.i18n import install_language

    app = QApplication(sys.argv[:1])
    install_language(app, "tr")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "office.sqlite3"
        shutil.copyfile(source, path)
        db = open_database(path, actor="bench")
        ctx = AppContext(db)
        from ttk_desktop.gui.views.statistics_view import StatisticsView

        view = StatisticsView(ctx)
        view.resize(1366, 700)
        view.show()
        view.year_spin.setValue(YEAR)
        wait_shown(view)
        ctx.tasks.wait_idle()
        app.processEvents()
        if args.gc_freeze:
            import gc

            gc.collect()
            gc.freeze()

        failures = 0
        print(f"{'filter':34} {'raw SQL':>9} {'tab':>9} {'limit':>9} {'GUI gap':>9} {'limit':>7}")
        full_year = None
        for case in CASES:
            raw = raw_sql(path, case)
            tab, gap, shown = measure_tab(app, view, case)
            if case is CASES[0]:
                full_year = shown
            ok = tab <= TAB_FACTOR * raw and gap <= MAX_GUI_GAP_MS
            failures += not ok
            print(
                f"{case.name:34} {raw:8.3f}s {tab:8.3f}s {TAB_FACTOR * raw:8.3f}s "
                f"{gap:7.0f}ms {MAX_GUI_GAP_MS:5.0f}ms {'ok' if ok else 'TOO SLOW'}",
                flush=True,
            )

        from ttk_desktop import reports

        out = Path(folder)
        for kind in ("xlsx", "pdf"):
            started = time.perf_counter()
            reports.write_reports(db, full_year, **{kind: out / f"report.{kind}"})  # type: ignore[arg-type]
            took = time.perf_counter() - started
            ok = took < MAX_EXPORT_S
            failures += not ok
            verdict = "ok" if ok else "TOO SLOW"
            name = "export " + kind
            print(f"{name:34} {took:8.3f}s {'':>9} {MAX_EXPORT_S:8.3f}s {'':>19} {verdict}")
        print(
            f"(figures of the full year: {full_year.sessions} sessions, "  # type: ignore[union-attr]
            f"{full_year.participations} participations, "  # type: ignore[union-attr]
            f"{full_year.distinct_participants} distinct participants)"  # type: ignore[union-attr]
        )
        view.close()
        ctx.shutdown()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
