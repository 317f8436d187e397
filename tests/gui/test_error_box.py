"""show_error: an error a person can fix is a plain message box with its text.

Only unexpected errors get the short "something unexpected" note with a
"Copy details" button; a locked, read-only, full or damaged database is not one.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ttk_desktop.core.db.engine import access_error
from ttk_desktop.core.errors import (
    DatabaseAccessError,
    DatabaseNotEmptyError,
    DatabaseProblem,
    ImportFailedError,
    ImportIssue,
)
from ttk_desktop.gui.errors import show_error


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What each message box held when it was shown (exec() would block)."""
    boxes: list[dict[str, object]] = []

    def record(box: QMessageBox) -> int:
        boxes.append(
            {
                "text": box.text(),
                "title": box.windowTitle(),
                "icon": box.icon(),
                "buttons": [button.text() for button in box.buttons()],
                "details": box.detailedText(),
            }
        )
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


@pytest.mark.parametrize("problem", list(DatabaseProblem))
def test_a_database_the_user_can_fix_shows_its_message_only(
    qapp, shown: list[dict[str, object]], tmp_path: Path, problem: DatabaseProblem
) -> None:  # type: ignore[no-untyped-def]
    error = DatabaseAccessError(tmp_path / "ofis.sqlite3", problem, unsaved=True)
    show_error(None, error)
    assert len(shown) == 1
    box = shown[0]
    assert box["text"] == error.message and str(tmp_path / "ofis.sqlite3") in error.message
    assert "unexpected" not in str(box["text"]).lower()
    assert "Copy details" not in box["buttons"] and box["details"] == ""
    assert box["icon"] == QMessageBox.Icon.Warning and box["title"] == "TTK Desktop"


def test_the_sqlite_error_behind_the_message_goes_to_the_log_not_the_box(
    qapp, shown: list[dict[str, object]], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    raw = sqlite3.OperationalError("database is locked")
    raw.sqlite_errorcode = 5  # type: ignore[attr-defined]
    error = access_error(raw, tmp_path / "ofis.sqlite3")
    assert error is not None
    try:
        raise error from raw
    except DatabaseAccessError as raised:
        with caplog.at_level(logging.WARNING, logger="ttk_desktop"):
            show_error(None, raised)
    assert "database is locked" not in str(shown[0]["text"])
    assert "in use by another program" in str(shown[0]["text"])
    assert "database is locked" in caplog.text


def test_other_clear_errors_show_as_plain_messages_too(
    qapp, shown: list[dict[str, object]], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    show_error(None, DatabaseNotEmptyError("demo.sqlite3 already holds data.", tmp_path))
    issue = ImportIssue("k.xlsx", "Kişiler", 17, "Doğum", "31.02.2008 is not a date.")
    show_error(None, ImportFailedError([issue]), title="Import")
    assert [box["text"] for box in shown] == [
        "demo.sqlite3 already holds data.",
        "k.xlsx, sheet 'Kişiler', row 17, column 'Doğum': 31.02.2008 is not a date.",
    ]
    assert shown[1]["title"] == "Import"
    assert all("Copy details" not in box["buttons"] for box in shown)


def test_an_unexpected_error_gets_the_short_note_with_copy_details(
    qapp, shown: list[dict[str, object]], caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.ERROR, logger="ttk_desktop"):
        show_error(None, KeyError("nmae"))
    assert "Something unexpected went wrong" in str(shown[0]["text"])
    assert "nmae" not in str(shown[0]["text"])  # the details are in the log only
    assert "Copy details" in shown[0]["buttons"]
    assert any("nmae" in record.getMessage() for record in caplog.records)
