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


@pytest.fixture(autouse=True)
def _message_boxes_never_block() -> None:
    """An error box a worker opens after its test ended must not hang the whole run.

    A test's own patches of ``QMessageBox.exec`` are undone before pytest-qt
    delivers the last queued signals; a late failure (the database already
    closed) would then open a real modal box and wait forever. Once Qt's widgets
    are loaded, ``exec`` is replaced for good by one that answers at once and
    says on stderr what it was asked; tests that check a box patch it on top.
    Core tests never load Qt, so this does nothing for them.
    """
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or getattr(widgets.QMessageBox.exec, "ttk_never_blocks", False):
        return
    box_class = widgets.QMessageBox

    def answer_at_once(box: object) -> int:
        sys.stderr.write(f"\n[tests] a message box opened outside any test: {box.text()!r}\n")  # type: ignore[attr-defined]
        return int(box_class.StandardButton.Ok.value)

    answer_at_once.ttk_never_blocks = True  # type: ignore[attr-defined]
    box_class.exec = answer_at_once  # type: ignore[method-assign]


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at a tiny cost: tests that log in many times stay fast.

    The cost is stored with each wrapped key, so databases made under this
    fixture open only while it is active (or at that same cost).
    """
    from ttk_desktop.core.security import keyfile

    monkeypatch.setattr(keyfile, "DEFAULT_COST", keyfile.StretchCost(1, 8, 1))


@pytest.fixture
def protected_db(tmp_path: Path, cheap_argon2: None):  # type: ignore[no-untyped-def]
    """An encrypted database with administrator ``admin`` (password ``admin-password``),
    office IST set up."""
    from ttk_desktop.core.security.accounts import create_protected_database
    from ttk_desktop.core.services.offices import setup_office

    database = create_protected_database(tmp_path / "protected.sqlite3", "admin", "admin-password")
    setup_office(database, "IST", "İstanbul Toplum Merkezi")
    yield database
    database.close()
