"""An existing unencrypted database is encrypted when its administrator is created (#16)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ttk_desktop.core.db.connect import is_encrypted, key_file_path
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.demo import DemoSize, build_demo
from ttk_desktop.core.errors import DatabaseError
from ttk_desktop.core.security import convert
from ttk_desktop.core.security.convert import plain_copy_path, protect_existing_database
from ttk_desktop.core.security.login import login
from ttk_desktop.core.statistics import AGE_EACH, AGE_FIRST, StatsFilter, compute_statistics

YEAR_START, YEAR_END = dt.date(2021, 1, 1), dt.date(2021, 12, 31)


def _figures(db) -> list:  # type: ignore[no-untyped-def]
    return [
        compute_statistics(
            db, StatsFilter(dt.date(2021, 1, 1), dt.date(2021, 12, 31), age_method=m)
        )
        for m in (AGE_FIRST, AGE_EACH)
    ]


@pytest.fixture
def plain_office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    build_demo(db, DemoSize(participants=300), year=2021)
    db.close()
    # A copy an earlier upgrade left beside it: plain, so it must go too.
    (tmp_path / "office.backup-20261204_0004.sqlite3").write_bytes(path.read_bytes())
    return path


def test_conversion_keeps_every_record_and_leaves_no_plain_copy(
    plain_office: Path, cheap_argon2: None
) -> None:
    db = open_database(plain_office, create=False)
    before = _figures(db)
    db.close()
    digests = convert.table_digests(plain_office, None)
    name = (
        sqlite3.connect(plain_office).execute("SELECT first_name FROM participants").fetchone()[0]
    )

    report = protect_existing_database(plain_office, "admin", "admin-password")

    assert report.copy_deleted and not plain_copy_path(plain_office).exists()
    assert report.old_copies_deleted == 1
    assert not (plain_office.parent / "office.backup-20261204_0004.sqlite3").exists()
    assert is_encrypted(plain_office) and key_file_path(plain_office).exists()
    assert name.encode("utf-8") not in plain_office.read_bytes()
    db = login(plain_office, "admin", "admin-password")
    assert _figures(db) == before
    db.close()
    after = convert.table_digests(plain_office, db.key)
    # Same rows everywhere, plus the administrator's account and the audit entries.
    assert {t: d for t, d in after.items() if t not in ("accounts", "audit_log", "settings")} == {
        t: d for t, d in digests.items() if t not in ("accounts", "audit_log", "settings")
    }


def test_a_failed_conversion_leaves_the_file_as_it_was(
    plain_office: Path, cheap_argon2: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = plain_office.read_bytes()

    def broken_export(plain: Path, target: Path, key: bytes) -> None:
        target.write_bytes(b"half an encrypted file")
        raise OSError("disk full")

    monkeypatch.setattr(convert, "_export_encrypted", broken_export)
    with pytest.raises(DatabaseError, match="left as it was"):
        protect_existing_database(plain_office, "admin", "admin-password")
    assert plain_office.read_bytes() == original
    assert not key_file_path(plain_office).exists()
    assert not any(p.name.endswith(".encrypting") for p in plain_office.parent.iterdir())
    open_database(plain_office, create=False).close()


def test_an_encrypted_twin_that_differs_is_not_put_in_place(
    plain_office: Path, cheap_argon2: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = convert._export_encrypted

    def lossy_export(plain: Path, target: Path, key: bytes) -> None:
        real_export(plain, target, key)
        from ttk_desktop.core.db.connect import connect

        con = connect(target, key, isolation_level=None)
        con.execute("DELETE FROM sessions WHERE id = (SELECT min(id) FROM sessions)")
        con.close()

    monkeypatch.setattr(convert, "_export_encrypted", lossy_export)
    with pytest.raises(DatabaseError, match="did not match"):
        protect_existing_database(plain_office, "admin", "admin-password")
    assert not is_encrypted(plain_office)
    assert not key_file_path(plain_office).exists()
