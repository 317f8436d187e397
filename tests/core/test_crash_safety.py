"""A first start or an upgrade killed at any moment leaves a usable database (#11).

Each case runs the real command in a child process and kills it (SIGKILL) after a
random delay spread over the time the command takes, then checks the file as the
next start would find it.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ttk_desktop.core.db import migrate
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.db.schema_version import HEAD_REVISION
from ttk_desktop.core.errors import DatabaseError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 12
NEXT = "29990101_0002"

# A real second migration: batch mode copies the participants table through
# ``_alembic_tmp_participants``, the step that used to be left behind.
NEXT_REVISION = f'''
from alembic import op
import sqlalchemy as sa

revision = "{NEXT}"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("extra", sa.Text()))
        batch.alter_column("notes", existing_type=sa.Text(), type_=sa.String(2000))
    {{fail}}


def downgrade():
    pass
'''

# Both commands import what they need first and then say so on stdout, so the
# kills can be spread over the work itself rather than over Python starting up.
UPGRADER = r"""
import sys
from pathlib import Path
import alembic.command, alembic.script, sqlalchemy
from ttk_desktop.core.db import migrate
migrate.MIGRATIONS_DIR = Path(sys.argv[2])
migrate.HEAD_REVISION = sys.argv[3]
print("started", flush=True)
migrate.upgrade(Path(sys.argv[1]))
"""

SETUP = r"""
import sys
import alembic.command, alembic.script, sqlalchemy.orm
from ttk_desktop import cli
from ttk_desktop.core.db import engine, models
from ttk_desktop.core.services import offices
print("started", flush=True)
sys.exit(cli.main(["--db", sys.argv[1], "setup", "--office", "IST", "--name", "İstanbul"]))
"""


def _next_migrations(tmp_path: Path, *, fail: bool = False) -> Path:
    scripts = tmp_path / ("failing" if fail else "migrations")
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = NEXT_REVISION.format(fail="raise RuntimeError('disk full')" if fail else "")
    (scripts / "versions" / "29990101_0002_extra.py").write_text(body)
    return scripts


def _started(args: list[str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    assert process.stdout.readline() == b"started\n"
    return process


def _run_killed(args: list[str], delay: float) -> None:
    process = _started(args)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _timed(args: list[str]) -> float:
    """How long the work takes once the command has started it."""
    process = _started(args)
    start = time.perf_counter()
    assert process.wait() == 0
    return time.perf_counter() - start


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()


def _setup(path: Path) -> list[str]:
    return [sys.executable, "-c", SETUP, str(path)]


def test_a_setup_killed_at_any_moment_leaves_no_database_or_a_whole_one(tmp_path: Path) -> None:
    """Creating the schema used to be 28 commits: a kill left a file every run refused."""
    whole = _timed(_setup(tmp_path / "timing.sqlite3"))
    rng = random.Random(11)
    outcomes = {"none": 0, "whole": 0}
    for n in range(KILLS):
        path = tmp_path / f"office{n}.sqlite3"
        _run_killed(_setup(path), rng.uniform(0.0, 1.1) * whole)
        if path.exists():
            assert migrate.current_revision(path) == HEAD_REVISION
            assert "participants" in _tables(path)
            outcomes["whole"] += 1
        else:
            outcomes["none"] += 1
        # Whatever the kill left, setting up again works.
        subprocess.run(_setup(path), check=True, capture_output=True)
        db = open_database(path, create=False)
        assert db.office_code == "IST"
        db.close()
    print("setup kills:", outcomes)
    # A killed run leaves at most a hidden temporary file, never a journal of the database.
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("office") and "-" in p.name]


def _office_with_people(path: Path, people: int) -> None:
    db = open_database(path)
    from ttk_desktop.core.services.offices import setup_office

    setup_office(db, "IST", "İstanbul")
    with db.engine.begin() as conn:
        office = conn.exec_driver_sql("SELECT id FROM offices").scalar()
        conn.exec_driver_sql(
            "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
            "WHERE value < ?) "
            "INSERT INTO participants (uuid, origin, hlc, deleted, office_id, external_id, "
            "first_name, last_name, gender, nationality, birth_date_estimated, consent_given, "
            "search_text, sort_key) "
            "SELECT randomblob(16), 'IST', value, 0, ?, 'P' || value, 'Ad', 'Soyad', "
            "'female', 'SY', 0, 0, 'ad soyad', 'soyad ad' FROM n",
            (people, office),
        )
    db.close()


@pytest.fixture
def older_office(tmp_path: Path) -> Path:
    path = tmp_path / "older.sqlite3"
    _office_with_people(path, 25_000)
    return path


def test_an_upgrade_killed_at_any_moment_leaves_the_old_schema_or_the_new(
    older_office: Path, tmp_path: Path
) -> None:
    """Kills used to leave ``_alembic_tmp_participants`` and a file no start could open."""
    scripts = _next_migrations(tmp_path)
    command = [sys.executable, "-c", UPGRADER, str(older_office), str(scripts), NEXT]
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(older_office, pristine)
    whole = _timed(command)
    rng = random.Random(12)
    outcomes = {HEAD_REVISION: 0, NEXT: 0}
    for _ in range(KILLS):
        shutil.copyfile(pristine, older_office)
        for stale in tmp_path.glob("older.backup-*"):
            stale.unlink()
        _run_killed(command, rng.uniform(0.0, 1.1) * whole)
        revision = migrate.current_revision(older_office)
        assert revision in outcomes
        outcomes[revision] += 1
        tables = _tables(older_office)
        assert not any(name.startswith("_alembic_tmp") for name in tables)
        con = sqlite3.connect(older_office)
        assert con.execute("SELECT count(*) FROM participants").fetchone() == (25_000,)
        con.close()
        # The next start finishes the job, with at most one copy beside the file.
        subprocess.run(command, check=True, capture_output=True)
        assert migrate.current_revision(older_office) == NEXT
        copies = list(tmp_path.glob("older.backup-*.sqlite3"))
        assert len(copies) <= 1
        for copy in copies:
            assert migrate.current_revision(copy) == HEAD_REVISION
    print("upgrade kills:", outcomes)


def test_failed_upgrades_keep_one_copy_of_the_good_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each failed start used to write another full-size copy (734 MB after 5 starts)."""
    path = tmp_path / "office.sqlite3"
    _office_with_people(path, 100)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _next_migrations(tmp_path, fail=True))
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT)
    for _ in range(3):
        with pytest.raises(DatabaseError, match="left as it was"):
            migrate.upgrade(path)
        assert migrate.current_revision(path) == HEAD_REVISION
        assert not any(name.startswith("_alembic_tmp") for name in _tables(path))
    copies = list(tmp_path.glob("office.backup-*"))
    assert [copy.name for copy in copies] == [f"office.backup-{HEAD_REVISION}.sqlite3"]
