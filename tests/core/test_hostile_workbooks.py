"""Workbooks built to break the importer's time and memory bounds (issue #11).

Each file is built by hand with zipfile in tmp_path (bench/hostile_workbooks.py
builds the full-size ones). Imports that could abort the process run in a
child process, so that a regression fails the test instead of killing pytest.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.errors import MAX_LISTED_ISSUES, ImportFailedError
from ttk_desktop.core.importer import import_workbook, limits

ROOT = Path(__file__).resolve().parents[2]


def _builders() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "hostile_workbooks", ROOT / "bench" / "hostile_workbooks.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hostile = _builders()


def refused(db: Database, path: Path) -> ImportFailedError:
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    return info.value


def import_in_child(db_path: Path, xlsx: Path) -> subprocess.CompletedProcess[str]:
    """``ttk import`` in a child limited to 1 GiB of address space beyond Python's own."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))\n"
        "from ttk_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "--db", str(db_path), "import", str(xlsx)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_cell_at_xfd1048576_is_refused_naming_it(db_path: Path, tmp_path: Path) -> None:
    """#11: one cell at A1 and one at XFD1048576 made calamine abort the process."""
    xlsx = hostile.far_cell(tmp_path / "far.xlsx", "XFD1048576")
    assert xlsx.stat().st_size < 4096
    result = import_in_child(db_path, xlsx)
    assert result.returncode == 1, result.stderr
    assert "XFD1048576" in result.stderr
    assert "Katılımcılar" in result.stderr
    assert len(result.stderr) < 2000


def test_a_far_cell_costs_nothing(db: Database, tmp_path: Path) -> None:
    """#11: a cell at CV1048576 cost 3.2 GB; now it is refused before reading."""
    error = refused(db, hostile.far_cell(tmp_path / "far.xlsx", "CV1048576"))
    (issue,) = error.issues
    assert issue.sheet == "Katılımcılar"
    assert "CV1048576" in issue.message


def test_a_cell_longer_than_excel_allows_is_refused(db: Database, tmp_path: Path) -> None:
    """#11: a 1 GiB cell took 58 s and 3.1 GB; here 8 MiB stands for it."""
    error = refused(db, hostile.big_cell(tmp_path / "cell.xlsx", 8 * 2**20))
    assert f"{limits.MAX_CELL_CHARS:,}" in error.issues[0].message


def test_too_many_rows_are_refused_before_reading(db: Database, tmp_path: Path) -> None:
    """#11: 10.7 million rows took 136 s and 6.3 GB; anything over MAX_ROWS is refused."""
    error = refused(db, hostile.many_rows(tmp_path / "rows.xlsx", limits.MAX_ROWS + 10))
    (issue,) = error.issues
    assert f"{limits.MAX_ROWS:,}" in issue.message


def test_a_lying_zip_directory_is_refused(db: Database, tmp_path: Path) -> None:
    """A part that unpacks to more than the directory declares is never unpacked further."""
    error = refused(db, hostile.lying_directory(tmp_path / "lie.xlsx", 50_000))
    assert len(error.issues) == 1
    assert "damaged" in error.issues[0].message


def test_cells_without_positions_are_measured_exactly(db: Database, tmp_path: Path) -> None:
    """Cells written without ``r`` still land far away: the exact parser places them."""
    body = [hostile.row_xml(1, hostile.HEADER), '<row r="1048576">' + "<c><v>1</v></c>" * 100]
    body.append("</row>")
    error = refused(db, hostile.write_workbook(tmp_path / "noref.xlsx", body))
    assert "CV1048576" in error.issues[0].message


def test_error_list_shows_200_and_counts_the_rest(db: Database, tmp_path: Path) -> None:
    """#11: every error was listed (1.3 GB of text); now 200 and a count by kind."""
    error = refused(db, hostile.bad_rows(tmp_path / "bad.xlsx", 1000))
    assert len(error.issues) == MAX_LISTED_ISSUES
    assert error.total == 1000
    (more,) = error.more
    assert more.sheet == "Katılımcılar"
    assert more.count == 800
    assert "800 more problems" in more.describe()
    assert len(error.message) < 200 * 700


def test_cli_prints_the_count_of_the_rest(db_path: Path, tmp_path: Path) -> None:
    xlsx = hostile.bad_rows(tmp_path / "bad.xlsx", 300)
    result = import_in_child(db_path, xlsx)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_LISTED_ISSUES + 2
    assert lines[-2].endswith("more problems")
    assert "column 'birth_date'" in lines[-2]


def test_a_normal_workbook_still_imports(db: Database, tmp_path: Path) -> None:
    rows = [hostile.row_xml(1, hostile.HEADER)]
    rows += [hostile.row_xml(n + 2, hostile.good_row(n)) for n in range(50)]
    summary = import_workbook(db, hostile.write_workbook(tmp_path / "ok.xlsx", rows))
    participants = summary.sheet("participants")
    assert participants is not None and participants.added == 50
