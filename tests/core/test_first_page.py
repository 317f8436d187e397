"""The start-up first page (plain sqlite3) equals the service's first page."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from ttk_desktop.core.first_page import read_first_page
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
from ttk_desktop.core.services import participants as svc
from ttk_desktop.core.services.offices import ensure_office


def _fill(db: Any) -> None:
    ensure_office(db, "GAZ", "Gaziantep")
    people = [
        ParticipantInput("Ayşe", "Yılmaz", gender="female", birth_date=dt.date(1990, 2, 28)),
        ParticipantInput(
            "Ahmad",
            "Hamdan",
            first_name_ar="أحمد",
            last_name_ar="حمدان",
            gender="male",
            birth_date=dt.date(1985, 1, 1),
            birth_date_estimated=True,
            nationality="SY",
            phone="0532 111 2233",
            external_id="K-7",
            consent_given=True,
            consent_date=dt.date(2025, 3, 4),
            disability="yes",
            notes="Not",
            office_code="GAZ",
        ),
        ParticipantInput("Zeynep", "Acar", nationality="stateless"),
        ParticipantInput("Can", "Acar"),
        ParticipantInput("Deleted", "Person"),
    ]
    records = [svc.create_participant(db, p) for p in people]
    svc.delete_participant(db, records[-1].id)


def test_equals_the_services_first_page(db: Any) -> None:
    _fill(db)
    for limit in (2, 3, 4, 10):
        expected = svc.search_participants(db, ParticipantQuery(), limit=limit)
        assert read_first_page(db.path, limit) == expected
    page = read_first_page(db.path, 10)
    assert page is not None and page.next_after is None
    assert [r.full_name for r in page.rows] == ["Can Acar", "Zeynep Acar", "Ahmad Hamdan",
                                                "Ayşe Yılmaz"]  # fmt: skip


def test_empty_database_gives_an_empty_page(db: Any) -> None:
    page = read_first_page(db.path, 50)
    assert page is not None and page.rows == [] and page.next_after is None


def test_none_when_it_cannot_tell(db: Any, tmp_path: Path) -> None:
    assert read_first_page(tmp_path / "missing.sqlite3", 50) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert read_first_page(junk, 50) is None
    db.close()
    con = sqlite3.connect(db.path)
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    assert read_first_page(db.path, 50) is None  # an upgrade is due: wait for the opening
