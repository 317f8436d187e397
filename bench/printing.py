"""Printing speed: one 100-member attendance sheet, and a week of 50 sessions.

Run: ``python bench/printing.py``. Builds a real database in a temporary
folder through the services, then times the PDF output. Prints each figure
beside its limit and exits non-zero when one is over.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHEET_LIMIT_S = 1.0
BATCH_LIMIT_S = 15.0
BATCH_SESSIONS = 50
MEMBERS_PER_GROUP = 25  # a large assembly; 50 sessions -> 10 groups x 5 days


def build(folder: Path):  # type: ignore[no-untyped-def]
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
    from ttk_desktop.core.services import groups, participants, sessions
    from ttk_desktop.core.services.offices import setup_office

    db = open_database(folder / "bench.sqlite3", actor="bench")
    setup_office(db, "IST", "İstanbul")
    first = ("Muhammed", "Ayşe", "İbrahim", "Fatma", "Ömer", "Hatice", "Yusuf", "Leyla")
    first_ar = ("محمد", "عائشة", "إبراهيم", "فاطمة", "عمر", "خديجة", "يوسف", "ليلى")
    counter = 0

    def group_with(members: int, name: str) -> int:
        nonlocal counter
        group = groups.create_group(db, GroupInput(type="refugee_assembly", name=name))
        for _ in range(members):
            person = participants.create_participant(
                db,
                ParticipantInput(
                    first_name=first[counter % 8],
                    last_name=f"Şahin {counter}",
                    first_name_ar=first_ar[counter % 8],
                    last_name_ar="الشامي",
                    external_id=f"B{counter:05d}",
                    phone=f"0555 {counter:07d}",
                ),
            )
            groups.add_member(db, group.id, person.id)
            counter += 1
        return group.id

    big = group_with(100, "Büyük Meclis")
    big_session = sessions.create_session(
        db, SessionInput(group_id=big, date=dt.date(2026, 3, 2), external_id="BIG")
    )
    monday = dt.date(2026, 3, 9)
    group_ids = [group_with(MEMBERS_PER_GROUP, f"Grup {n}") for n in range(10)]
    for n in range(BATCH_SESSIONS):
        sessions.create_session(
            db,
            SessionInput(
                group_id=group_ids[n % 10],
                date=monday + dt.timedelta(days=n // 10),
                start_time=f"{9 + n % 8:02d}:00",
                external_id=f"W{n:03d}",
            ),
        )
    return db, big_session.id, monday


def main() -> int:
    from ttk_desktop.printing import (
        PrintOptions,
        ensure_gui_application,
        render_attendance_sheet,
        render_week_batch,
        week_of,
    )

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, big_id, monday = build(folder)
        options = PrintOptions(show_phone=True)
        render_attendance_sheet(db, big_id, folder / "warm.pdf", options)  # font caches

        start = time.perf_counter()
        pages = render_attendance_sheet(db, big_id, folder / "sheet.pdf", options)
        sheet_s = time.perf_counter() - start

        start = time.perf_counter()
        batch_pages = render_week_batch(db, *week_of(monday), folder / "week.pdf", options)
        batch_s = time.perf_counter() - start
        db.close()

    ok = sheet_s < SHEET_LIMIT_S and batch_s < BATCH_LIMIT_S
    print(f"100-member sheet ({pages} pages):          {sheet_s:6.3f} s  (limit {SHEET_LIMIT_S} s)")
    print(
        f"week of {BATCH_SESSIONS} sessions ({batch_pages} pages):    "
        f"{batch_s:6.3f} s  (limit {BATCH_LIMIT_S} s)"
    )
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
