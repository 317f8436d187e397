"""``ttk setup --admin``, ``ttk users ...`` and the command line's log-in (#16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttk_desktop.cli import main
from ttk_desktop.core.db.connect import is_encrypted


def _as(monkeypatch: pytest.MonkeyPatch, user: str | None, password: str | None) -> None:
    for name, value in (("TTK_USER", user), ("TTK_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cheap_argon2: None, capsys) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "office.sqlite3"
    _as(monkeypatch, None, "admin-password")
    assert (
        main(["--db", str(path), "setup", "--office", "IST", "--name", "İst", "--admin", "ayse"])
        == 0
    )
    _as(monkeypatch, "ayse", "admin-password")
    for user, role in (("sema", "staff"), ("veli", "viewer")):
        monkeypatch.setenv("TTK_NEW_PASSWORD", f"{user}-password")
        assert main(["--db", str(path), "users", "add", user, "--role", role]) == 0
    capsys.readouterr()
    return path


def test_setup_with_an_administrator_makes_an_encrypted_database(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_encrypted(office)
    assert main(["--db", str(office), "users", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:3] for line in lines] == [
        ["ayse", "administrator", "active"],
        ["sema", "staff", "active"],
        ["veli", "viewer", "active"],
    ]


def test_a_refused_action_exits_non_zero_with_one_line_naming_role_and_action(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "veli", "veli-password")
    monkeypatch.setenv("TTK_NEW_PASSWORD", "whatever-password")
    assert main(["--db", str(office), "users", "add", "mallory", "--role", "administrator"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Refused: the account veli (viewer) may not manage accounts."]
    _as(monkeypatch, "sema", "sema-password")
    assert main(["--db", str(office), "users", "disable", "ayse"]) == 1
    assert "sema (staff) may not manage accounts" in capsys.readouterr().err
    _as(monkeypatch, "veli", "veli-password")
    assert main(["--db", str(office), "demo", "--participants", "20"]) == 1
    assert "veli (viewer) may not change any data" in capsys.readouterr().err


def test_without_credentials_and_without_a_terminal_the_command_says_what_to_set(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, None, None)
    assert main(["--db", str(office), "stats", "--from", "2021-01-01", "--to", "2021-12-31"]) == 1
    assert "Set TTK_USER" in capsys.readouterr().err
    _as(monkeypatch, "ayse", "wrong-password")
    assert main(["--db", str(office), "stats", "--from", "2021-01-01", "--to", "2021-12-31"]) == 1
    assert "name or the password is wrong" in capsys.readouterr().err


def test_staff_work_and_a_disabled_account_is_refused(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "sema", "sema-password")
    assert main(["--db", str(office), "demo", "--participants", "20"]) == 0
    _as(monkeypatch, "ayse", "admin-password")
    assert main(["--db", str(office), "users", "disable", "sema"]) == 0
    _as(monkeypatch, "sema", "sema-password")
    assert main(["--db", str(office), "stats", "--from", "2021-01-01", "--to", "2021-12-31"]) == 1
    assert "wrong" in capsys.readouterr().err


def test_setup_with_an_administrator_protects_an_existing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cheap_argon2: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite3"
    assert main(["--db", str(path), "setup", "--office", "ANK", "--name", "Ankara"]) == 0
    assert main(["--db", str(path), "demo", "--participants", "30"]) == 0
    _as(monkeypatch, None, "admin-password")
    args = ["--db", str(path), "setup", "--office", "ANK", "--name", "Ankara", "--admin", "ali"]
    assert main(args) == 0
    assert "checked against it and deleted" in capsys.readouterr().out
    assert is_encrypted(path)
    _as(monkeypatch, "ali", "admin-password")
    assert main(["--db", str(path), "stats", "--from", "2000-01-01", "--to", "2030-12-31"]) == 0


def test_a_sheet_with_personal_data_is_written_after_a_warning_and_never_for_a_viewer(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ttk_desktop.core.security.login import login
    from ttk_desktop.core.services.sessions import list_sessions

    _as(monkeypatch, "sema", "sema-password")
    assert main(["--db", str(office), "demo", "--participants", "20"]) == 0
    db = login(office, "sema", "sema-password")
    session = list_sessions(db)[0]
    db.close()
    capsys.readouterr()
    pdf = office.parent / "sheet.pdf"
    _as(monkeypatch, "veli", "veli-password")
    assert main(["--db", str(office), "sheet", session.uuid, "--pdf", str(pdf)]) == 1
    assert "veli (viewer) may not print" in capsys.readouterr().err and not pdf.exists()
    _as(monkeypatch, "sema", "sema-password")
    assert main(["--db", str(office), "sheet", session.uuid, "--pdf", str(pdf)]) == 0
    assert "personal data" in capsys.readouterr().err and pdf.exists()
