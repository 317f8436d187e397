"""``ttk backup now|list|restore`` and ``ttk check`` (#16), called as the CLI calls them."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from ttk_desktop import cli_backup
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security.backups import back_up_now, check_database, list_backups
from ttk_desktop.core.security.roles import Account, PermissionDeniedError, Role
from ttk_desktop.core.services.participants import create_participant


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ttk")
    cli_backup.add_parsers(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


def _run(db: Database, *argv: str) -> int:
    args = _args(*argv)
    return cli_backup.WITH_DATABASE[args.command](args, db)


def _names(path: Path, key: bytes | None) -> list[str]:
    db = open_database(path, key=key, create=False)
    try:
        with db.read() as session:
            from sqlalchemy import text

            return [row[0] for row in session.execute(text("SELECT first_name FROM participants"))]
    finally:
        db.close()


def test_backup_now_and_list(
    protected_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(protected_db, "backup", "now") == 0
    out = capsys.readouterr().out
    assert "Backup written:" in out and "backups" in out
    assert _run(protected_db, "backup", "now", "--to", str(tmp_path)) == 0
    assert len(list_backups(protected_db.path, [tmp_path])) == 1
    capsys.readouterr()
    assert _run(protected_db, "backup", "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "manual" in lines[0]


def test_restore_refuses_without_yes_and_says_what_would_be_replaced(
    protected_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    info = back_up_now(protected_db)
    create_participant(protected_db, ParticipantInput(first_name="Ayşe", last_name="Kaya"))
    assert _run(protected_db, "backup", "restore", str(info.path)) == 1
    err = capsys.readouterr().err
    assert str(protected_db.path) in err and info.path.name in err and "--yes" in err
    path, key = protected_db.path, protected_db.key
    protected_db.close()
    assert _names(path, key) == ["Ayşe"]


def test_restore_with_yes_restores_and_keeps_the_current_database(
    protected_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    info = back_up_now(protected_db)
    create_participant(protected_db, ParticipantInput(first_name="Ayşe", last_name="Kaya"))
    path, key = protected_db.path, protected_db.key
    assert _run(protected_db, "backup", "restore", str(info.path), "--yes") == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    assert _names(path, key) == []
    kept = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and _names(kept[0].path, key) == ["Ayşe"]


def test_staff_may_not_restore(protected_db: Database) -> None:
    info = back_up_now(protected_db)
    protected_db.account = Account("staff1", Role.STAFF)
    with pytest.raises(PermissionDeniedError):
        _run(protected_db, "backup", "restore", str(info.path), "--yes")


def test_check_names_the_newest_good_backup(
    protected_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(protected_db, DemoSize(participants=300))
    good = back_up_now(protected_db, now=dt.datetime(2026, 12, 3, 9))
    path, key = protected_db.path, protected_db.key
    protected_db.close()
    args = _args("check")
    assert cli_backup.WITH_KEY["check"](args, path, key) == 0
    assert "no damage" in capsys.readouterr().out
    with open(path, "r+b") as fh:
        fh.seek(path.stat().st_size // 2)
        fh.write(b"\xff" * 8192)
    assert not check_database(path, key)
    assert cli_backup.WITH_KEY["check"](args, path, key) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(good.path) in err


def test_the_commands_through_ttk_on_a_protected_database(
    tmp_path: Path,
    cheap_argon2: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``ttk backup ...`` and ``ttk check`` as cli.py runs them, logged in from the environment."""
    from ttk_desktop import cli

    path = tmp_path / "office.sqlite3"
    monkeypatch.setenv("TTK_USER", "admin")
    monkeypatch.setenv("TTK_PASSWORD", "admin-password")
    ttk = ["--db", str(path)]
    assert (
        cli.main([*ttk, "setup", "--office", "IST", "--name", "İstanbul", "--admin", "admin"]) == 0
    )
    assert cli.main([*ttk, "backup", "now"]) == 0
    assert cli.main([*ttk, "check"]) == 0
    capsys.readouterr()
    assert cli.main([*ttk, "backup", "list"]) == 0
    listed = capsys.readouterr().out.split()
    backup = next(word for word in listed if word.endswith(".sqlite3"))
    assert cli.main([*ttk, "backup", "restore", backup]) == 1
    assert cli.main([*ttk, "backup", "restore", backup, "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    # A viewer may not back up, and says so in one line.
    from ttk_desktop.core.security.accounts import add_account
    from ttk_desktop.core.security.login import login
    from ttk_desktop.core.security.roles import Role

    db = login(path, "admin", "admin-password")
    add_account(db, "ayse", Role.VIEWER, "viewer-password")
    db.close()
    monkeypatch.setenv("TTK_USER", "ayse")
    monkeypatch.setenv("TTK_PASSWORD", "viewer-password")
    capsys.readouterr()
    assert cli.main([*ttk, "backup", "now"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ayse" in err[0] and "viewer" in err[0]


def test_ttk_restores_over_a_database_too_damaged_to_log_in_to(
    tmp_path: Path,
    cheap_argon2: None,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The accounts table is unreadable: the key comes from the key file, the role
    from the backup, and only an administrator there may restore."""
    import gc
    import os

    from ttk_desktop import cli
    from ttk_desktop.core.security.accounts import add_account
    from ttk_desktop.core.security.login import login

    path = tmp_path / "office.sqlite3"
    ttk = ["--db", str(path)]
    monkeypatch.setenv("TTK_USER", "admin")
    monkeypatch.setenv("TTK_PASSWORD", "admin-password")
    assert (
        cli.main([*ttk, "setup", "--office", "IST", "--name", "İstanbul", "--admin", "admin"]) == 0
    )
    db = login(path, "admin", "admin-password")
    add_account(db, "veli", Role.STAFF, "staff-password")
    create_participant(db, ParticipantInput(first_name="Ayşe", last_name="Kaya"))
    backup = back_up_now(db).path
    create_participant(db, ParticipantInput(first_name="Zehra", last_name="Aydın"))
    key = db.key
    db.close()
    gc.collect()  # the setup command's database, left open as a process would leave it
    assert not Path(f"{path}-wal").exists()
    data = bytearray(path.read_bytes())
    for page in range(4096, len(data), 4096):  # every page but the first
        data[page + 100 : page + 300] = os.urandom(200)
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    capfd.readouterr()

    assert cli.main([*ttk, "backup", "now"]) == 1  # only a restore goes on
    err = capfd.readouterr().err
    assert "damaged" in err and "ERROR" not in err  # no log lines of SQLCipher's own

    monkeypatch.setenv("TTK_USER", "veli")
    monkeypatch.setenv("TTK_PASSWORD", "staff-password")
    assert cli.main([*ttk, "backup", "restore", str(backup), "--yes"]) == 1
    assert "veli" in capfd.readouterr().err
    assert path.read_bytes() == damaged

    monkeypatch.setenv("TTK_USER", "admin")
    monkeypatch.setenv("TTK_PASSWORD", "admin-password")
    assert cli.main([*ttk, "backup", "restore", str(backup)]) == 1  # asks for --yes first
    assert path.read_bytes() == damaged
    assert cli.main([*ttk, "backup", "restore", str(backup), "--yes"]) == 0
    out = capfd.readouterr().out
    assert "Restored" in out
    assert check_database(path, key) and _names(path, key) == ["Ayşe"]
    kept = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_ttk_backup_delete_asks_for_yes_then_deletes(
    protected_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    info = back_up_now(protected_db)
    assert _run(protected_db, "backup", "delete", str(info.path)) == 1
    assert "--yes" in capsys.readouterr().err and info.path.is_file()
    assert _run(protected_db, "backup", "delete", str(info.path), "--yes") == 0
    assert "Deleted" in capsys.readouterr().out and not info.path.exists()
