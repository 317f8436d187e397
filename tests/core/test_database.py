"""Opening, creating and upgrading the database file safely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.errors import DatabaseError


def test_schema_version_constant_is_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert script.get_heads() == [HEAD_REVISION]


def test_revision_is_read_from_a_folder_whose_name_has_uri_characters(tmp_path: Path) -> None:
    """'#' and '?' in a path must not cut the read-only file URI short."""
    folder = tmp_path / "ofis #2 ?eski"
    folder.mkdir()
    open_database(folder / "t.sqlite3").close()
    assert migrate.current_revision(folder / "t.sqlite3") == HEAD_REVISION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ofis #2 ?eski"]


def test_new_database_is_created_at_head_in_wal_mode(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()
    assert migrate.current_revision(tmp_path / "new.sqlite3") == HEAD_REVISION


def test_models_and_migrations_agree(template_db: Path) -> None:
    """Autogenerate finds no difference between the models and the migrated schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from ttk_desktop.core.db.models import Base

    engine = create_engine(f"sqlite:///{template_db}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "29990101_0002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("extra", sa.Text()))
    {fail}


def downgrade():
    pass
"""


def _with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: bool) -> None:
    """Point the migrator at a copy of the migrations plus one newer revision."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    body = NEXT_REVISION.format(
        head=HEAD_REVISION, fail="raise RuntimeError('disk full')" if fail else ""
    )
    (scripts / "versions" / "29990101_0002_extra.py").write_text(body)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "29990101_0002")


def _add_person(path: Path) -> None:
    db = open_database(path)
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.services.offices import setup_office
    from ttk_desktop.core.services.participants import create_participant

    setup_office(db, "IST", "İstanbul")
    create_participant(db, ParticipantInput("Ayşe", "Yılmaz"))
    db.close()


def test_older_database_is_copied_then_upgraded(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(db_path)
    _with_next_revision(tmp_path, monkeypatch, fail=False)
    backup = migrate.upgrade(db_path)
    assert backup is not None and backup.exists()
    assert migrate.current_revision(backup) == HEAD_REVISION
    assert migrate.current_revision(db_path) == "29990101_0002"
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT first_name, extra FROM participants").fetchall() == [("Ayşe", None)]
    con.close()


def test_failed_upgrade_leaves_the_file_as_it_was_and_says_so(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(db_path)
    _with_next_revision(tmp_path, monkeypatch, fail=True)
    with pytest.raises(DatabaseError, match="left as it was"):
        migrate.upgrade(db_path)
    assert migrate.current_revision(db_path) == HEAD_REVISION
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT first_name FROM participants").fetchall() == [("Ayşe",)]
    con.close()


def test_file_of_a_newer_version_is_refused_with_a_clear_message(
    tmp_path: Path, template_db: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(template_db, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '29990101_0001'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(newer)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError):
        open_database(bogus)


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not a TTK Desktop database"):
        open_database(other)
