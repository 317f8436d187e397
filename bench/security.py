"""Encrypted vs unencrypted database: statistics and import side by side, in one run (#16).

    python bench/security.py [--participants N] [--attendances M] [--sessions S]
                             [--import-rows R] [--repeat K] [--json]

Uses the same synthetic office as ``bench/core.py`` (50,000 people, 50,000
sessions, 1,000,000 attendances by default; cached under bench/.cache) and an
encrypted twin of it made with SQLCipher's own export, then measures, each
figure beside its limit:

* the yearly statistics (both age methods) on the encrypted file vs the plain
  one, warm, median of K runs (limit: 1.25x);
* the Excel import of 100,000 participant rows into a new encrypted database
  vs a new plain one, median of K runs (limit: 1.25x);
* for information: unlocking the key with a password (Argon2id at the
  product's cost) and opening the encrypted database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core as core_bench  # noqa: E402  (bench/core.py: the office and the workbook)

LIMIT = 1.25
PASSWORD = "bench-password"


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def encrypted_twin(plain: Path) -> tuple[Path, bytes]:
    """An encrypted copy of ``plain`` with an administrator; rebuilt each run (cheap)."""
    from ttk_desktop.core.security import convert, keyfile

    path = plain.with_name(plain.stem + "-encrypted.sqlite3")
    for suffix in ("", "-wal", "-shm", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    key = keyfile.new_database_key()
    convert._export_encrypted(plain, path, key)
    keyfile.write_key_file(path, keyfile.KeyFile({"admin": keyfile.wrap(key, "admin", PASSWORD)}))
    return path, key


def statistics_run(path: Path, key: bytes | None) -> None:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics

    start, end = dt.date(core_bench.YEAR, 1, 1), dt.date(core_bench.YEAR, 12, 31)
    db = open_database(path, key=key, create=False)
    try:
        for method in ("first", "each"):
            compute_statistics(db, StatsFilter(start, end, age_method=method))
    finally:
        db.close()


def import_run(xlsx: Path, encrypted: bool) -> float:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.importer import import_workbook
    from ttk_desktop.core.security.accounts import create_protected_database
    from ttk_desktop.core.services.offices import setup_office

    path = core_bench.CACHE / ("import-encrypted.sqlite3" if encrypted else "import-plain.sqlite3")
    for suffix in ("", "-wal", "-shm", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = create_protected_database(path, "admin", PASSWORD) if encrypted else open_database(path)
    setup_office(db, "IST", "İstanbul")
    start = time.perf_counter()
    import_workbook(db, xlsx)
    took = time.perf_counter() - start
    db.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=50_000)
    parser.add_argument("--attendances", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--import-rows", type=int, default=core_bench.IMPORT_ROWS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.security.login import unlock

    plain = core_bench.build_office(args.participants, args.sessions, args.attendances)
    encrypted, key = encrypted_twin(plain)
    statistics_run(plain, None)  # warm both files into the page cache first
    statistics_run(encrypted, key)
    # Alternated, so that a change in the machine's load falls on both sides.
    runs: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(args.repeat):
        runs["plain"].append(timed(lambda: statistics_run(plain, None), 1))
        runs["encrypted"].append(timed(lambda: statistics_run(encrypted, key), 1))
    stats_plain, stats_encrypted = (statistics.median(runs[k]) for k in ("plain", "encrypted"))

    xlsx = core_bench.write_import_file(args.import_rows)
    imports: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.repeat):
        for encrypted_file in (False, True):
            imports[encrypted_file].append(import_run(xlsx, encrypted_file))
    import_plain, import_encrypted = (statistics.median(imports[k]) for k in (False, True))

    unlock_s = timed(lambda: unlock(encrypted, "admin", PASSWORD), args.repeat)
    open_s = timed(lambda: open_database(encrypted, key=key, create=False).close(), args.repeat)

    result = {
        "scale": {
            "participants": args.participants,
            "sessions": args.sessions,
            "attendances": args.attendances,
            "import_rows": args.import_rows,
        },
        "statistics_s": {"plain": stats_plain, "encrypted": stats_encrypted},
        "statistics_ratio": stats_encrypted / stats_plain,
        "import_s": {"plain": import_plain, "encrypted": import_encrypted},
        "import_ratio": import_encrypted / import_plain,
        "limit_ratio": LIMIT,
        "unlock_s": unlock_s,
        "open_encrypted_s": open_s,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(
            f"statistics (both age methods, {args.attendances:,} attendances): "
            f"plain {stats_plain:.2f} s, encrypted {stats_encrypted:.2f} s = "
            f"{result['statistics_ratio']:.2f}x (limit {LIMIT}x)"
        )
        print(
            f"import of {args.import_rows:,} rows: plain {import_plain:.2f} s, "
            f"encrypted {import_encrypted:.2f} s = {result['import_ratio']:.2f}x (limit {LIMIT}x)"
        )
        print(
            f"unlock with a password (Argon2id): {unlock_s:.3f} s; "
            f"open the encrypted database: {open_s:.3f} s"
        )
    ok = result["statistics_ratio"] <= LIMIT and result["import_ratio"] <= LIMIT
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
