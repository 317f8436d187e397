"""Shared fixtures: real SQLite files, migrated once per run and copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Qt must see this before it loads (GUI tests run without a screen).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TTK_DB", None)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, migrated once per test run."""
    from ttk_desktop.core.db.engine import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(path, actor="template")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template database for one test."""
    target = tmp_path / "office.sqlite3"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    """An open database with office IST set up as this database's own."""
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    database = open_database(db_path, actor="tester")
    setup_office(database, "IST", "İstanbul Toplum Merkezi")
    yield database
    database.close()
