"""No attendance before the person's birth (issue #11).

Such an attendance used to land, and the statistics counted the person in an
"unknown" age. It is refused at import (sheet, row and both dates named) and
by the service that ticks attendance. A year-only birth date is stored as
1 January of the year: any session in that year is accepted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from xlsx_builders import write_xlsx

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Attendance, Participant
from ttk_desktop.core.errors import ImportFailedError, ValidationError
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services import groups as groups_service
from ttk_desktop.core.services import participants as participants_service
from ttk_desktop.core.services import sessions as sessions_service
from ttk_desktop.core.validation import attendance_date_error, born_after

P_HEAD = ["participant_id", "first_name", "last_name", "birth_date"]
G_HEAD = ["group_id", "type", "name"]
S_HEAD = ["session_id", "group_id", "date"]
A_HEAD = ["session_id", "participant_id"]


def test_the_rule_on_full_and_year_only_birth_dates() -> None:
    born = dt.date(2010, 6, 15)
    assert born_after(dt.date(2010, 6, 14), born, False)
    assert not born_after(dt.date(2010, 6, 15), born, False)  # the day of birth is possible
    year_only = dt.date(2010, 1, 1)
    assert not born_after(dt.date(2010, 1, 1), year_only, True)
    assert not born_after(dt.date(2010, 12, 31), year_only, True)
    assert born_after(dt.date(2009, 12, 31), year_only, True)
    assert not born_after(dt.date(1900, 1, 1), None, False)
    message = attendance_date_error(dt.date(2009, 3, 1), year_only, True, "Ali\x1b[2J")
    assert message is not None
    assert "2010" in message and "01.03.2009" in message and "Ali\\x1b[2J" in message


def sheets(birth: Any, session_day: Any) -> dict[str, list[list[Any]]]:
    return {
        "Participants": [P_HEAD, ["P1", "Ayşe", "Demir", birth], ["P2", "Ali", "Veli", None]],
        "Groups": [G_HEAD, ["G1", "Mülteciler Meclisi", "Meclis"]],
        "Sessions": [S_HEAD, ["S1", "G1", session_day], ["S2", "G1", dt.date(2024, 5, 1)]],
        "Attendance": [A_HEAD, ["S2", "P2"], ["S1", "P1"], ["S2", "P1"]],
    }


def attendance_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Attendance)) or 0)


def test_the_import_refuses_an_attendance_before_the_birth_date(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheets(dt.date(2024, 3, 20), dt.date(2024, 3, 19)))
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    [issue] = info.value.issues
    assert (issue.sheet, issue.row, issue.column) == ("Attendance", 3, "participant_id")
    assert "20.03.2024" in issue.message and "19.03.2024" in issue.message
    assert '"P1"' in issue.message and '"S1"' in issue.message
    assert attendance_count(db) == 0


def test_the_import_accepts_a_session_on_the_birth_day(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheets(dt.date(2024, 3, 20), dt.date(2024, 3, 20)))
    import_workbook(db, path)
    assert attendance_count(db) == 3


def test_a_year_only_birth_date_accepts_sessions_of_that_year(db: Database, tmp_path: Path) -> None:
    """Born "2024" is stored as 01.01.2024: a session on 05.01.2024 is fine, 2023 is not."""
    ok = write_xlsx(tmp_path / "ok.xlsx", sheets("2024", dt.date(2024, 1, 5)))
    import_workbook(db, ok)
    assert attendance_count(db) == 3
    bad = write_xlsx(tmp_path / "bad.xlsx", sheets("2024", dt.date(2023, 12, 31)))
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, bad)
    [issue] = info.value.issues
    assert issue.row == 3 and "2024" in issue.message and "31.12.2023" in issue.message


def test_the_import_checks_birth_dates_already_in_the_database(
    db: Database, tmp_path: Path
) -> None:
    """An attendance sheet alone: births and session dates come from the database."""
    first = write_xlsx(tmp_path / "first.xlsx", sheets(dt.date(2015, 1, 1), dt.date(2024, 1, 5)))
    import_workbook(db, first)
    with db.read() as s:
        p2 = s.scalar(select(Participant.id).where(Participant.external_id == "P2"))
    participants_service.update_participant(
        db,
        p2,
        ParticipantInput(
            first_name="Ali", last_name="Veli", birth_date=dt.date(2024, 4, 2), external_id="P2"
        ),
    )
    # P2 was born on 02.04.2024; S1 (05.01.2024) is before, S2 (01.05.2024) after.
    later = write_xlsx(
        tmp_path / "later.xlsx", {"Attendance": [A_HEAD, ["S2", "P2"], ["S1", "P2"]]}
    )
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, later)
    [issue] = info.value.issues
    assert issue.row == 3 and "02.04.2024" in issue.message and "05.01.2024" in issue.message


def test_ticking_someone_born_after_the_session_is_refused(db: Database) -> None:
    group = groups_service.create_group(db, GroupInput(type="refugee_assembly", name="Meclis"))
    session = sessions_service.create_session(
        db, SessionInput(group_id=group.id, date=dt.date(2024, 3, 10))
    )
    baby = participants_service.create_participant(
        db, ParticipantInput(first_name="Bebek", last_name="Demir", birth_date=dt.date(2024, 6, 1))
    )
    year_only = participants_service.create_participant(
        db,
        ParticipantInput(
            first_name="Yıl",
            last_name="Tahmini",
            birth_date=dt.date(2024, 1, 1),
            birth_date_estimated=True,
        ),
    )
    with pytest.raises(ValidationError) as info:
        sessions_service.set_attendance(db, session.id, baby.id, True)
    message = info.value.errors["attendance"]
    assert "Bebek Demir" in message and "01.06.2024" in message and "10.03.2024" in message
    assert attendance_count(db) == 0
    assert sessions_service.set_attendance(db, session.id, year_only.id, True)
    assert not sessions_service.set_attendance(db, session.id, baby.id, False)  # untick: fine
