"""CSV that a Turkish Excel opens without running anything (issue #11).

Excel opens a ``.csv`` by splitting it on the Windows region's list separator,
which is ``;`` in Turkey, and runs any cell that then starts with ``=``, ``+``,
``-`` or ``@``. The file stays comma-separated; these tests cut it the way a
spreadsheet might (on ``,``, ``;`` or tab, minding quotes or not) and check
that no piece starts a formula.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.statistics import StatsFilter, compute_statistics
from ttk_desktop.reports.csv_report import write_csv
from ttk_desktop.reports.safe_text import csv_field, csv_line, csv_text

HOSTILE = [
    'x;=HYPERLINK("http://evil.example","click")',
    ";=cmd|' /C calc'!A0",
    "Meclis,=1+1",
    "Meclis; -2+3+cmd|' /C calc'!A0",
    'Meclis;"=1+1"',
    "Meclis;@SUM(1+1)*cmd|' /C calc'!A0",
    "Meclis\t=1+1",
    "Meclis\r\n=1+1",
    "=1+1",
    " =1+1",
    "+90 555 123 45 67",
]
TRIGGERS = "=+-@"


def pieces(text: str) -> list[str]:
    """Every cell a spreadsheet could make of ``text``, however it splits it."""
    out: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        for sep in (",", ";", "\t"):
            out += line.split(sep)  # a reader that ignores quotes
    for sep in (",", ";", "\t"):
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep):
            out += row  # a reader that minds them
    return out


def starts_formula(piece: str) -> bool:
    return piece.lstrip(' \t"').startswith(tuple(TRIGGERS))


def test_the_probe_sees_the_attack_in_plain_csv() -> None:
    """Without the guard, the Turkish split of a comma-separated line runs the formula."""
    line = ",".join(["2021-01-01", "IST", HOSTILE[0], "sessions", "5"])
    assert any(starts_formula(p) for p in pieces(line))


@pytest.mark.parametrize("text", HOSTILE)
def test_no_piece_of_a_guarded_field_starts_a_formula(text: str) -> None:
    line = csv_line(["2021-01-01", "IST", text, "sessions", 5, 61.2])
    assert not [p for p in pieces(line) if starts_formula(p)], line
    # Read whole by a comma reader, only apostrophes were added.
    [row] = list(csv.reader(io.StringIO(line, newline="")))
    assert row[2].replace("'", "") == text.replace("'", "")
    assert row[4:] == ["5", "61.2"]


def test_fields_with_either_separator_are_quoted_and_plain_ones_are_not() -> None:
    assert csv_field("a;b") == '"a;b"'
    assert csv_field("a,b") == '"a,b"'
    assert csv_field('say "hi"') == '"say ""hi"""'
    assert csv_field("Kadın 0-17") == "Kadın 0-17"
    assert csv_field(412) == "412" and csv_field(None) == ""
    assert csv_text("Suriye") == "Suriye" and csv_text(5) == 5


@pytest.mark.parametrize("name", HOSTILE[:6])
def test_the_statistics_csv_of_a_hostile_group_name_runs_nothing(
    db: Database, tmp_path: Path, name: str
) -> None:
    stats = compute_statistics(db, StatsFilter(dt.date(2021, 1, 1), dt.date(2021, 12, 31)))
    stats = dataclasses.replace(
        stats, filter=dataclasses.replace(stats.filter, group_id=1), group_name=name
    )
    path = write_csv(stats, tmp_path / "r.csv", language="tr")
    text = path.read_text(encoding="utf-8-sig")
    assert not [p for p in pieces(text) if starts_formula(p)]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))[1:]  # below the HXL row
    assert rows and {r["group"].replace("'", "") for r in rows} == {name.replace("'", "")}
    assert {r["date_from"] for r in rows} == {"2021-01-01"}
