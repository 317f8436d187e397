"""What an attendance tick costs with each SQLite ``synchronous`` setting, in one run.

    python bench/tick.py [--ticks N] [--people P]

The app runs with ``synchronous=FULL`` so that a power cut after a tick is
shown as saved loses nothing (issue #11). This prints the median and slowest
tick (``set_attendance``, the attendance screen's one write) under FULL beside
NORMAL, on a database of P people in one session, with the same file system.
Limit: a tick must stay well under the 100 ms a person notices (FULL's figure is
held to that).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

LIMIT_MS = 100.0


def _office(folder: Path, people: int) -> tuple[Path, int, list[int]]:
    import datetime as dt

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
    from ttk_desktop.core.services.groups import add_member, create_group
    from ttk_desktop.core.services.offices import setup_office
    from ttk_desktop.core.services.participants import create_participant
    from ttk_desktop.core.services.sessions import create_session

    path = folder / "office.sqlite3"
    db = open_database(path, actor="bench")
    setup_office(db, "IST", "İstanbul")
    group = create_group(db, GroupInput(name="Meclis", type="refugee_assembly"))
    ids = [
        create_participant(db, ParticipantInput(f"Ad{i}", f"Soyad{i}")).id for i in range(people)
    ]
    for person in ids:
        add_member(db, group.id, person)
    session = create_session(db, SessionInput(group_id=group.id, date=dt.date(2025, 3, 1)))
    db.close()
    return path, session.id, ids


def _ticks(path: Path, session_id: int, ids: list[int], ticks: int, mode: str) -> list[float]:
    from ttk_desktop.core.db import engine
    from ttk_desktop.core.services.sessions import set_attendance

    engine.SYNCHRONOUS = mode
    db = engine.open_database(path, actor="bench")
    times = []
    for n in range(ticks):
        start = time.perf_counter()
        set_attendance(db, session_id, ids[n % len(ids)], present=(n // len(ids)) % 2 == 0)
        times.append((time.perf_counter() - start) * 1000)
    db.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticks", type=int, default=300)
    parser.add_argument("--people", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent) as folder:
        path, session_id, ids = _office(Path(folder), args.people)
        results = {}
        for mode in ("NORMAL", "FULL", "NORMAL", "FULL"):  # interleaved: drift hits both
            results.setdefault(mode, []).extend(
                _ticks(path, session_id, ids, args.ticks // 2, mode)
            )
    print(f"attendance tick, {args.ticks} ticks each, {args.people} people in the session")
    for mode, times in results.items():
        median, slowest = statistics.median(times), max(times)
        verdict = "" if mode != "FULL" else ("  OK" if median < LIMIT_MS else "  OVER")
        print(
            f"  synchronous={mode:<6}  median {median:6.2f} ms   slowest {slowest:7.2f} ms"
            f"   (limit {LIMIT_MS:.0f} ms){verdict}"
        )
    full, normal = (statistics.median(results[m]) for m in ("FULL", "NORMAL"))
    print(f"  FULL / NORMAL: {full / normal:.2f}x, +{full - normal:.2f} ms per tick")
    return 0


if __name__ == "__main__":
    sys.exit(main())
