"""The import template: README, expected sheets and headers, and it imports back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from xlsx_builders import fill_template

from ttk_desktop.core import normalize
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Attendance, GroupMember, Participant, Session
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.template import SHEETS, write_template

EXPECTED = {
    "Participants": [
        "participant_id", "first_name", "last_name", "gender", "birth_date", "nationality",
        "phone", "office", "first_name_ar", "last_name_ar",
    ],
    "Groups": ["group_id", "type", "name", "office"],
    "Sessions": ["session_id", "group_id", "date", "topic"],
    "Attendance": ["session_id", "participant_id"],
}  # fmt: skip


def test_template_sheets_headers_and_readme(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = write_template(tmp_path / "template.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["README", *EXPECTED]
    for name, headers in EXPECTED.items():
        assert [c.value for c in book[name][1]] == headers
        # the importer recognises every sheet and header of its own template
        kind = normalize.match_sheet(name)
        assert kind is not None
        assert set(normalize.match_columns(kind, headers)) == set(headers)
        assert set(normalize.REQUIRED_COLUMNS[kind]) <= set(headers)
    assert normalize.match_sheet("README") is None
    readme = {
        (row[0], row[1]): (row[2], row[3])
        for row in book["README"].iter_rows(values_only=True)
        if row[0] in EXPECTED
    }
    for name, headers in EXPECTED.items():
        kind = normalize.match_sheet(name)
        for header in headers:
            required, explanation = readme[(name, header)]
            assert explanation, (name, header)
            assert required == ("yes" if header in normalize.REQUIRED_COLUMNS[kind] else "no")  # type: ignore[index]


def test_readme_rows_match_the_declared_columns() -> None:
    assert {name: [c for c, _, _ in cols] for name, cols in SHEETS} == EXPECTED


def test_bare_template_imports_nothing(db: Database, tmp_path: Path) -> None:
    summary = import_workbook(db, write_template(tmp_path / "template.xlsx"))
    assert [s.kind for s in summary.sheets] == ["participants", "groups", "sessions", "attendance"]
    assert not summary.changed


def test_filled_template_round_trips(db: Database, tmp_path: Path) -> None:
    template = write_template(tmp_path / "template.xlsx")
    filled = fill_template(
        template,
        tmp_path / "filled.xlsx",
        {
            "Participants": [
                ["P1", "Amina", "Haddad", "Kadın", dt.date(1994, 7, 3), "Suriye",
                 "+90 532 111 22 33", None, "أمينة", "حداد"],
                ["P2", "Mehmet", "Kaya", "E", "1960", "TR", None, "IST", None, None],
            ],
            "Groups": [["G1", "Refugee Assembly", "Meclis", None]],
            "Sessions": [["S1", "G1", dt.date(2024, 5, 2), "Açılış"]],
            "Attendance": [["S1", "P1"], ["S1", "P2"]],
        },
    )  # fmt: skip
    summary = import_workbook(db, filled)
    assert summary.lines()[:4] == [
        "Participants: 2 added, 0 updated, 0 unchanged",
        "Groups: 1 added, 0 updated, 0 unchanged",
        "Sessions: 1 added, 0 updated, 0 unchanged",
        "Attendance: 2 added, 0 updated, 0 unchanged",
    ]
    with db.read() as s:
        amina = s.scalars(select(Participant).where(Participant.external_id == "P1")).one()
        mehmet = s.scalars(select(Participant).where(Participant.external_id == "P2")).one()
        session = s.scalars(select(Session)).one()
        present = s.scalar(select(func.count()).select_from(Attendance))
        members = s.scalar(select(func.count()).select_from(GroupMember))
    assert (amina.gender, amina.nationality, amina.first_name_ar, amina.phone) == (
        "female", "SY", "أمينة", "+90 532 111 22 33",
    )  # fmt: skip
    assert (mehmet.birth_date, mehmet.birth_date_estimated) == (dt.date(1960, 1, 1), True)
    assert (session.date, session.topic, present, members) == (dt.date(2024, 5, 2), "Açılış", 2, 2)
    assert not import_workbook(db, filled).changed


def test_cli_writes_the_template(tmp_path: Path) -> None:
    from ttk_desktop.cli import main

    out = tmp_path / "t.xlsx"
    assert main(["template", str(out)]) == 0
    assert out.stat().st_size > 0
