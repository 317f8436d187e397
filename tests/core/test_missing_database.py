"""A mistyped database path is said to be one, not shown as an empty office (#11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttk_desktop.cli import main
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.errors import DatabaseMissingError


@pytest.mark.parametrize(
    "command",
    [
        ["stats", "--from", "2021-01-01", "--to", "2021-12-31"],
        ["sheet", "S001", "--pdf", "sheet.pdf"],
        ["import", "register.xlsx"],
    ],
)
def test_commands_that_read_refuse_a_path_with_no_database(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "ofis.sqlite3"
    assert main(["--db", str(missing), *command]) == 1
    err = capsys.readouterr().err
    assert f"There is no database at {missing}" in err
    assert "setup --office" in err
    assert not missing.exists(), "nothing is created"


def test_setup_and_demo_create_the_database(tmp_path: Path) -> None:
    office = tmp_path / "office.sqlite3"
    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(office), "setup", "--office", "IST", "--name", "İstanbul"]) == 0
    assert main(["--db", str(demo), "demo", "--participants", "20"]) == 0
    assert office.exists() and demo.exists()


def test_an_empty_file_counts_as_no_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseMissingError):
        open_database(empty, create=False)
