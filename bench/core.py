"""Core benchmark: yearly statistics and Excel import against their limits, measured in one run.

    python bench/core.py [--participants N] [--attendances M] [--sessions S] [--json]

Builds a synthetic office at that scale through the project's own code (cached
under bench/.cache), then measures, each beside the limit it is held to:

* yearly statistics (all figures, both age methods) vs the same figures computed
  with plain ``sqlite3`` queries in this run (limit: 2x);
* Excel import of 100,000 participant rows vs its floor: the faster of two bare
  readers (openpyxl read-only, python-calamine) iterating the same file plus
  plain sqlite3 inserting the same finished rows into the schema (limit: 1.5x);
* peak memory of the import and of the statistics (each in a fresh process);
* the database size at that scale (limit 80 MiB), and the bytes per attendance,
  everything included, of a smaller office imported from Excel: 5,000 people in
  50 groups of 100, each group meeting 40 times, 100,000 attendances (limit 84).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
YEAR = 2025
IMPORT_ROWS = 100_000


def median_time(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_office(participants: int, sessions: int, attendances: int) -> Path:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.demo import DemoSize, build_demo

    path = CACHE / f"office-{participants}-{sessions}-{attendances}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(tmp, actor="bench")
    start = time.perf_counter()
    build_demo(
        db,
        DemoSize(participants=participants, sessions=sessions, attendances=attendances),
        year=YEAR,
    )
    db.close()
    con = sqlite3.connect(tmp, isolation_level=None)  # a checkpoint runs outside a transaction
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(path)
    print(f"(built {path.name} in {time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return path


RAW_SESSIONS = """
SELECT s.id, s.date FROM sessions s JOIN groups g ON g.id = s.group_id
WHERE s.date BETWEEN ? AND ? AND s.deleted = 0 AND g.deleted = 0
"""
AGE = (
    "(CAST(substr({d},1,4) AS INT) - CAST(substr(p.birth_date,1,4) AS INT)"
    " - (substr({d},6,5) < substr(p.birth_date,6,5)))"
)
BUCKET = (
    "CASE WHEN {a} IS NULL THEN 'unknown' WHEN {a} < 18 THEN '0-17' "
    "WHEN {a} < 60 THEN '18-59' ELSE '60+' END"
)


def raw_statistics(path: Path, start: str, end: str) -> dict[str, object]:
    """The report's figures with plain sqlite3: the limit the project's code is held to."""
    con = sqlite3.connect(path)
    ps = f"WITH ps AS ({RAW_SESSIONS})"
    out: dict[str, object] = {}
    out["sessions"] = con.execute(f"{ps} SELECT count(*) FROM ps", (start, end)).fetchone()[0]
    out["participations"] = con.execute(
        f"{ps} SELECT count(*) FROM ps JOIN attendance a ON a.session_id = ps.id "
        "JOIN participants p ON p.id = a.participant_id WHERE a.deleted = 0 AND p.deleted = 0",
        (start, end),
    ).fetchone()[0]
    first = BUCKET.format(a=AGE.format(d="first_day"))
    out["first"] = con.execute(
        f"{ps}, span AS (SELECT a.participant_id pid, min(ps.date) first_day FROM ps "
        "JOIN attendance a ON a.session_id = ps.id WHERE a.deleted = 0 GROUP BY a.participant_id) "
        f"SELECT p.gender, CASE WHEN p.nationality IN ('SY','TR') THEN p.nationality "
        f"ELSE 'other' END, {first}, count(*) FROM span JOIN participants p ON p.id = span.pid "
        "WHERE p.deleted = 0 GROUP BY 1, 2, 3",
        (start, end),
    ).fetchall()
    each = BUCKET.format(a=AGE.format(d="ps.date"))
    out["each"] = con.execute(
        f"{ps} SELECT b, count(*) FROM (SELECT DISTINCT a.participant_id, {each} b FROM ps "
        "JOIN attendance a ON a.session_id = ps.id JOIN participants p ON p.id = a.participant_id "
        "WHERE a.deleted = 0 AND p.deleted = 0) GROUP BY b",
        (start, end),
    ).fetchall()
    out["months"] = con.execute(
        f"{ps} SELECT substr(ps.date,1,7), count(DISTINCT ps.id), count(a.session_id) FROM ps "
        "LEFT JOIN attendance a ON a.session_id = ps.id AND a.deleted = 0 GROUP BY 1",
        (start, end),
    ).fetchall()
    con.close()
    return out


def project_statistics(path: Path, start: dt.date, end: dt.date) -> dict[str, object]:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics

    db = open_database(path, actor="bench")
    try:
        first = compute_statistics(db, StatsFilter(start, end, age_method="first"))
        each = compute_statistics(db, StatsFilter(start, end, age_method="each"))
    finally:
        db.close()
    return {"first": first, "each": each}


def _participants_sheet(wb, count: int, digits: int) -> None:  # type: ignore[no-untyped-def]
    """A "Katılımcılar" sheet of ``count`` people, register numbers K0..., as staff type them."""
    from ttk_desktop.core.demo import FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES

    ws = wb.create_sheet("Katılımcılar")
    ws.append(["Katılımcı No", "Ad", "Soyad", "Cinsiyet", "Doğum Tarihi", "Uyruk", "Telefon"])
    for n in range(count):
        female = n % 5 < 3
        born = dt.date(1950 + n % 70, 1 + n % 12, 1 + n % 28)
        ws.append(
            [
                f"K{n + 1:0{digits}d}",
                (FEMALE_NAMES if female else MALE_NAMES)[n % 20][0],
                FAMILY_NAMES[(n // 20) % 20][0],
                "Kadın" if female else "Erkek",
                born.strftime("%d.%m.%Y"),
                ("Suriye", "Türkiye", "Afganistan")[n % 3],
                f"0532 {n % 1000:03d} {n % 10000:04d}",
            ]
        )


def write_import_file(rows: int) -> Path:
    path = CACHE / f"participants-{rows}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    _participants_sheet(wb, rows, 6)
    wb.save(path)
    return path


def read_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    n = 0
    book = CalamineWorkbook.from_path(str(path))
    for _row in book.get_sheet_by_index(0).iter_rows():
        n += 1
    return n


def read_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def fresh_db(name: str) -> Path:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    path = CACHE / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path, actor="bench")
    setup_office(db, "IST", "İstanbul")
    db.close()
    return path


def run_import(xlsx: Path) -> float:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.importer import import_workbook

    path = fresh_db("import.sqlite3")
    db = open_database(path, actor="bench")
    start = time.perf_counter()
    import_workbook(db, xlsx)
    took = time.perf_counter() - start
    db.close()
    return took


def raw_insert(imported: Path) -> float:
    """Plain sqlite3 inserting the rows the import wrote, into an empty copy of the schema.

    Not a limit the issue sets: the floor any import into this schema stands on
    (the same columns and indexes), printed so the import's figure can be read
    against what the database alone costs.
    """
    source = sqlite3.connect(imported)
    rows = source.execute("SELECT * FROM participants").fetchall()
    columns = [r[1] for r in source.execute("PRAGMA table_info(participants)")]
    target = CACHE / "raw-insert.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    dest = sqlite3.connect(target, isolation_level=None)
    for (sql,) in source.execute(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ):
        dest.execute(sql)
    source.close()
    dest.execute("PRAGMA journal_mode=WAL")
    dest.execute("PRAGMA synchronous=NORMAL")
    dest.execute("PRAGMA foreign_keys=OFF")
    dest.execute("PRAGMA cache_size=-65536")  # as the import sets it
    sql = (
        f"INSERT INTO participants ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    start = time.perf_counter()
    dest.execute("BEGIN")
    dest.executemany(sql, rows)
    dest.execute("COMMIT")
    took = time.perf_counter() - start
    dest.close()
    return took


SMALL = {"people": 5000, "groups": 50, "meetings": 40, "present": 50}


def write_office_workbook() -> Path:
    """The smaller office's whole register: people, groups, sessions and attendance."""
    people, groups, meetings, present = SMALL.values()
    path = CACHE / f"office-{people}-{groups}x{meetings}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    _participants_sheet(wb, people, 5)
    ws = wb.create_sheet("Gruplar")
    ws.append(["Grup No", "Tür", "Grup Adı"])
    for g in range(groups):
        ws.append([f"G{g + 1:02d}", "Dayanışma Grubu", f"Dayanışma grubu {g + 1}"])
    ws = wb.create_sheet("Oturumlar")
    ws.append(["Oturum No", "Grup No", "Tarih"])
    for g in range(groups):
        for m in range(meetings):
            day = dt.date(YEAR, 1, 6) + dt.timedelta(days=7 * m)
            ws.append([f"S{g + 1:02d}-{m + 1:02d}", f"G{g + 1:02d}", day.strftime("%d.%m.%Y")])
    ws = wb.create_sheet("Katılım")
    ws.append(["Oturum No", "Katılımcı No"])
    size = people // groups
    for g in range(groups):
        for m in range(meetings):
            half = (m % 2) * present  # alternate halves of the group come
            for k in range(present):
                person = g * size + (half + k) % size
                ws.append([f"S{g + 1:02d}-{m + 1:02d}", f"K{person + 1:05d}"])
    wb.save(path)
    return path


def bytes_per_attendance() -> tuple[float, int, int]:
    """(bytes per attendance, file bytes, attendances) of the smaller office after import."""
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.importer import import_workbook

    path = fresh_db("small-office.sqlite3")
    db = open_database(path, actor="bench")
    summary = import_workbook(db, write_office_workbook())
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    attendances = con.execute("SELECT count(*) FROM attendance").fetchone()[0]
    con.close()
    assert summary.sheet("attendance").added == attendances  # type: ignore[union-attr]
    size = sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    return size / attendances, size, attendances


def child_peak_mib(phase: str, arg: str) -> float:
    """Peak resident memory of one phase, run alone in a fresh process."""
    code = (
        "import resource, sys, datetime as dt\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "import core as b\n"
        f"phase, arg = {phase!r}, {arg!r}\n"
        "from pathlib import Path\n"
        "if phase == 'import': b.run_import(Path(arg))\n"
        f"else: b.project_statistics(Path(arg), dt.date({YEAR},1,1), dt.date({YEAR},12,31))\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent
        # across fork and exec, VmHWM belongs to this process's own memory.
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
        "print(int(hwm[0].split()[1]) if hwm else "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=50_000)
    parser.add_argument("--attendances", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--import-rows", type=int, default=IMPORT_ROWS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    office = build_office(args.participants, args.sessions, args.attendances)
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    ours = median_time(lambda: project_statistics(office, start, end))
    raw = median_time(lambda: raw_statistics(office, start.isoformat(), end.isoformat()))
    check = project_statistics(office, start, end)["first"]
    raw_fig = raw_statistics(office, start.isoformat(), end.isoformat())
    assert check.sessions == raw_fig["sessions"], (check.sessions, raw_fig["sessions"])  # type: ignore[attr-defined]
    assert check.participations == raw_fig["participations"]  # type: ignore[attr-defined]

    xlsx = write_import_file(args.import_rows)
    calamine = median_time(lambda: read_calamine(xlsx))
    openpyxl = median_time(lambda: read_openpyxl(xlsx), repeat=1)
    imported = median_time(lambda: run_import(xlsx), repeat=3)
    reader = min(calamine, openpyxl)
    raw_insert_s = median_time(lambda: raw_insert(CACHE / "import.sqlite3"))

    peak_import = child_peak_mib("import", str(xlsx))
    peak_stats = child_peak_mib("stats", str(office))
    size_mib = office.stat().st_size / 2**20
    per_attendance, small_bytes, small_attendances = bytes_per_attendance()
    floor = reader + raw_insert_s

    result = {
        "scale": {
            "participants": args.participants,
            "sessions": args.sessions,
            "attendances": args.attendances,
            "import_rows": args.import_rows,
        },
        "statistics_both_methods_s": round(ours, 3),
        "statistics_raw_sql_s": round(raw, 3),
        "statistics_ratio": round(ours / raw, 2),
        "statistics_limit_ratio": 2.0,
        "import_s": round(imported, 3),
        "import_rows_per_s": round(args.import_rows / imported),
        "reader_calamine_s": round(calamine, 3),
        "reader_openpyxl_s": round(openpyxl, 3),
        "import_floor_s": round(floor, 3),
        "import_ratio_to_floor": round(imported / floor, 2),
        "import_limit_ratio": 1.5,
        "raw_sqlite3_insert_same_rows_s": round(raw_insert_s, 3),
        "peak_rss_import_mib": round(peak_import, 1),
        "peak_rss_statistics_mib": round(peak_stats, 1),
        "database_mib": round(size_mib, 1),
        "database_limit_mib": 80,
        "small_office_bytes_per_attendance": round(per_attendance, 1),
        "small_office_database_bytes": small_bytes,
        "small_office_attendances": small_attendances,
        "bytes_per_attendance_limit": 84,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    ok = lambda r, lim: "OK" if r <= lim else "OVER"  # noqa: E731
    print(f"scale: {result['scale']}")
    print(
        f"statistics (both methods): {ours:.3f} s | raw sqlite3 {raw:.3f} s | "
        f"ratio {ours / raw:.2f} (limit 2.0) {ok(ours / raw, 2.0)}"
    )
    print(
        f"import {args.import_rows} rows: {imported:.3f} s "
        f"({args.import_rows / imported:,.0f} rows/s) | floor {floor:.3f} s = calamine "
        f"{calamine:.3f} s (openpyxl {openpyxl:.3f} s) + plain sqlite3 inserting the same rows "
        f"{raw_insert_s:.3f} s | ratio to floor {imported / floor:.2f} (limit 1.5) "
        f"{ok(imported / floor, 1.5)}"
    )
    print(f"peak RSS: import {peak_import:.0f} MiB, statistics {peak_stats:.0f} MiB")
    print(f"database size: {size_mib:.1f} MiB (limit 80) {ok(size_mib, 80)}")
    print(
        f"smaller office ({SMALL['people']} people, {SMALL['groups']} groups x "
        f"{SMALL['meetings']} meetings, {small_attendances} attendances, imported from Excel): "
        f"{small_bytes / 2**20:.2f} MiB = {per_attendance:.1f} bytes per attendance "
        f"(limit 84) {ok(per_attendance, 84)}"
    )
    return 0


if __name__ == "__main__":
    shutil.rmtree(CACHE / "tmp", ignore_errors=True)
    sys.exit(main())
