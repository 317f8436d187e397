"""The ttk command line: summaries, JSON statistics, clear errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dataset_2021 import build_2021
from xlsx_builders import write_xlsx

from ttk_desktop import __version__
from ttk_desktop.cli import main
from ttk_desktop.core.db.engine import Database


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_stats_json_gives_the_published_2021_figures(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_2021(db)
    args = ["--db", str(db_path), "stats", "--from", "2021-01-01", "--to", "2021-12-31"]
    assert main([*args, "--age-method", "each", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["age_method"] == "each"
    assert out["distinct_participants"] == 673
    assert out["gender"]["female"] == {"count": 412, "percent": 61.2}
    assert out["gender"]["male"] == {"count": 261, "percent": 38.8}
    assert out["nationality"]["SY"] == {"count": 429, "percent": 63.7}
    assert out["nationality"]["TR"] == {"count": 216, "percent": 32.1}
    assert out["nationality"]["other"] == {"count": 28, "percent": 4.2}
    assert out["age_group"]["0-17"] == {"count": 259, "percent": 38.2}
    assert out["age_group"]["18-59"] == {"count": 409, "percent": 60.3}
    assert out["age_group"]["60+"] == {"count": 10, "percent": 1.5}
    assert main(args) == 0
    table = capsys.readouterr().out
    assert "673" in table and "first" in table


def test_stats_rejects_a_reversed_period(
    db_path: Path, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(db_path), "stats", "--from", "2021-12-31", "--to", "2021-01-01"])
    err = capsys.readouterr().err
    assert code == 1 and "2021-12-31" in err and "Traceback" not in err


def test_import_prints_a_summary_then_changes_nothing_the_second_time(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_xlsx(
        tmp_path / "kayit.xlsx",
        {
            "Katılımcılar": [
                ["Katılımcı No", "Ad", "Soyad", "Cinsiyet", "Doğum Tarihi", "Uyruk"],
                ["K1", "Ayşe", "Yılmaz", "Kadın", "01.02.1990", "Türkiye"],
                ["K2", "أحمد", "Haddad", "E", "1985", "Suriye"],
            ]
        },
    )
    assert main(["--db", str(db_path), "import", str(book)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", str(book)]) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_import_of_a_bad_file_lists_errors_and_fails(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_xlsx(
        tmp_path / "bad.xlsx",
        {
            "Participants": [
                ["participant_id", "first_name", "last_name", "gender", "birth_date"],
                ["K1", "Ayşe", "Yılmaz", "X", "31.02.2021"],
            ]
        },
    )
    assert main(["--db", str(db_path), "import", str(book)]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err and '"X"' in err and "31.02.2021" in err
    assert "Traceback" not in err


def test_import_of_a_missing_file_is_a_clear_error(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "import", "/nonexistent/kayit.xlsx"]) == 1
    err = capsys.readouterr().err
    assert "kayit.xlsx" in err and "Traceback" not in err


def test_template_and_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert main(["template", str(out)]) == 0 and out.exists()
    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(demo), "demo", "--participants", "50"]) == 0
    assert "50 participants" in capsys.readouterr().out


def test_demo_refuses_a_database_that_already_holds_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second ``ttk --db X demo`` used to end in 'Unexpected error: IntegrityError'."""
    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(demo), "demo", "--participants", "20"]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo), "demo", "--participants", "20"]) == 1
    err = capsys.readouterr().err
    assert str(demo) in err and "already holds participants or groups" in err
    assert "only an empty database" in err and "new file name" in err
    assert "Unexpected error" not in err and "Traceback" not in err
    assert (_count(demo, "participants"), _count(demo, "groups")) == (20, 9)  # unchanged


def _count(path: Path, table: str) -> int:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_a_file_that_is_not_a_database_is_named_with_the_way_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "kayit.sqlite3"
    bogus.write_bytes(bytes(range(256)) * 32)
    code = main(["--db", str(bogus), "stats", "--from", "2021-01-01", "--to", "2021-12-31"])
    err = capsys.readouterr().err
    assert code == 1
    assert str(bogus) in err and "damaged or is not a TTK Desktop database" in err
    assert "Unexpected error" not in err and "Traceback" not in err


def test_a_database_locked_by_another_program_is_a_clear_error(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from ttk_desktop.core.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 0.05)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code = main(["--db", str(db_path), "setup", "--office", "ANK", "--name", "Ankara"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and str(db_path) in err and "in use by another program" in err
    assert "Unexpected error" not in err and "Traceback" not in err
