"""The subject report as a PDF (#16): every section, the person's language, many pages."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest

from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.security.subject_export import subject_report
from ttk_desktop.core.services.groups import create_group
from ttk_desktop.core.services.participants import create_participant
from ttk_desktop.core.services.sessions import create_session, set_attendance
from ttk_desktop.reports.subject_report import write_subject_report


@pytest.fixture(autouse=True)
def _application(qapp: Any) -> None:
    """One QApplication for the run (the writer alone would make a QGuiApplication)."""


def _letters(path: Path) -> str:
    """The PDF's text without spaces, Arabic presentation forms as plain letters.

    The extractor splits right-to-left lines into runs and gives Arabic in
    visual order; a word is looked for both ways (see :func:`_holds`).
    """
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return unicodedata.normalize("NFKC", "".join(text.split()))


def _holds(letters: str, word: str) -> bool:
    return word in letters or word[::-1] in letters


def test_the_pdf_holds_every_section_in_the_persons_language(db: Any, tmp_path: Path) -> None:
    person = create_participant(
        db,
        ParticipantInput(
            "Rama",
            "Khalil",
            first_name_ar="راما",
            phone="0532 765 4321",
            birth_date=dt.date(1990, 6, 20),
            nationality="SY",
            external_id="P9",
        ),
    )
    group = create_group(db, GroupInput("refugee_assembly", "Kadın Meclisi"))
    for day in range(1, 61):  # enough sessions for more than one page
        session = create_session(
            db, SessionInput(group.id, dt.date(2024, 1, 1) + dt.timedelta(days=day), topic="Hak")
        )
        set_attendance(db, session.id, person.id, True)
    report = subject_report(db, person.id)
    expected = {
        "tr": ("Hakkınızdatutulankişiselveriler", "Katıldığıoturumlar", "Suriye"),
        "en": ("Personaldataheldaboutyou", "Sessionsattended", "Syria"),
        "ar": ("راما", "بياناتالتسجيل", "الجلساتالتيحضرها", "سوريا", "05327654321"),
    }
    for language, words in expected.items():
        path = write_subject_report(db, report, tmp_path / f"r-{language}.pdf", "pdf", language)
        assert path.read_bytes().startswith(b"%PDF")
        letters = _letters(path)
        assert "Rama" in letters and "Khalil" in letters and "2024-03-01" in letters
        for word in words:
            assert _holds(letters, word), (language, word)
    assert len(pypdf.PdfReader(tmp_path / "r-tr.pdf").pages) > 1
    con = sqlite3.connect(db.path)
    logged = con.execute(
        "SELECT changes FROM audit_log WHERE action = 'export' AND record_uuid = ?",
        (person.uuid,),
    ).fetchall()
    con.close()
    assert [json.loads(row[0]) for row in logged] == [{"subject_report": "pdf"}] * 3
