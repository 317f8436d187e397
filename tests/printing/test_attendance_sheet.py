"""Attendance sheets as real PDFs from real databases."""

from __future__ import annotations

import re

import pytest
from print_helpers import arabic_found, make_session, pdf_pages

from ttk_desktop.core.services import sessions
from ttk_desktop.printing import (
    AttendanceSheet,
    PrintOptions,
    load_sheet,
    page_count,
    render_attendance_sheet,
    render_page_image,
)
from ttk_desktop.printing.layout import arabic_font_available
from ttk_desktop.printing.table import short_code


@pytest.mark.parametrize(
    ("members", "pages"),
    # A4, 10 walk-in rows: page 1 holds 19 rows (18 with the sign-off block),
    # later pages 24 (22 with it). 0 members: a blank page of 18 rows.
    [(0, 1), (1, 1), (25, 2), (100, 5)],
)
def test_page_count(db, tmp_path, members: int, pages: int) -> None:
    session = make_session(db, members)
    out = tmp_path / "sheet.pdf"
    assert render_attendance_sheet(db, session.id, out, PrintOptions()) == pages
    assert len(pdf_pages(out)) == pages
    doc = AttendanceSheet(load_sheet(db, session.id), PrintOptions())
    assert page_count(doc) == pages


def test_every_name_is_printed_with_turkish_letters(db, tmp_path) -> None:
    session = make_session(db, 25)
    out = tmp_path / "sheet.pdf"
    render_attendance_sheet(db, session.id, out)
    text = "\n".join(pdf_pages(out))
    rows = sessions.attendance_rows(db, session.id)
    assert len(rows) == 25
    for row in rows:
        person = row.participant
        assert person.full_name in text
        assert person.external_id in text
    for letter in ("İ", "ı", "ş", "ğ", "Ş", "Ö", "ç"):
        assert letter in text, letter
    assert "YOKLAMA LİSTESİ" in text
    assert "Mülteciler ve Sığınmacılar Yardımlaşma ve Dayanışma Derneği" in text


def test_arabic_names_are_printed(db, tmp_path) -> None:
    if not arabic_font_available():
        pytest.skip("no font with Arabic glyphs is installed, so Arabic cannot be extracted")
    session = make_session(db, 25)
    out = tmp_path / "sheet.pdf"
    render_attendance_sheet(db, session.id, out)
    text = "\n".join(pdf_pages(out))
    names = [r.participant.full_name_ar for r in sessions.attendance_rows(db, session.id)]
    assert sum(1 for n in names if n) >= 18
    for name in filter(None, names):
        assert arabic_found(name, text), name
    assert arabic_found("كشف الحضور", text)
    # The check itself must be able to fail.
    assert not arabic_found("غير موجود", text)


def test_personal_details_only_when_asked(db, tmp_path) -> None:
    session = make_session(db, 5)
    people = [r.participant for r in sessions.attendance_rows(db, session.id)]
    plain = tmp_path / "plain.pdf"
    render_attendance_sheet(db, session.id, plain, PrintOptions())
    text = "\n".join(pdf_pages(plain))
    for person in people:
        assert person.phone not in text
        assert person.birth_date.strftime("%d.%m.%Y") not in text
    assert "Suriye" not in text and "Irak" not in text

    full = tmp_path / "full.pdf"
    options = PrintOptions(show_phone=True, show_birth_date=True, show_nationality=True)
    render_attendance_sheet(db, session.id, full, options)
    text = "\n".join(pdf_pages(full))
    for person in people:
        assert person.phone in text
        assert person.birth_date.strftime("%d.%m.%Y") in text
    assert "Suriye" in text and "Irak" in text


def test_rows_follow_the_attendance_screen(db, tmp_path) -> None:
    session = make_session(db, 60)
    # Ticked people stay where they are: the order is by name, as on the screen.
    for row in sessions.attendance_rows(db, session.id)[::7]:
        sessions.set_attendance(db, session.id, row.participant.id, True)
    rows = sessions.attendance_rows(db, session.id)
    assert sum(r.present for r in rows) == 9
    out = tmp_path / "sheet.pdf"
    render_attendance_sheet(db, session.id, out)
    text = "\n".join(pdf_pages(out))
    found = re.findall(r"R\d{5}", text)
    assert found == [r.participant.external_id for r in rows]
    # Walk-in rows continue the numbering after the members.
    assert re.search(r"\b70\b", text)


def test_every_page_has_page_x_of_y_and_the_session(db, tmp_path) -> None:
    session = make_session(db, 100)
    out = tmp_path / "sheet.pdf"
    render_attendance_sheet(db, session.id, out)
    pages = pdf_pages(out)
    code = short_code(session.uuid)
    for n, text in enumerate(pages, start=1):
        assert f"Sayfa {n} / {len(pages)}" in text
        assert "S001" in text and code in text and session.uuid in text
        assert "Mülteci Meclisi Esenyurt" in text
    english = tmp_path / "english.pdf"
    render_attendance_sheet(db, session.id, english, PrintOptions(languages=("en", "ar")))
    for n, text in enumerate(pdf_pages(english), start=1):
        assert f"Page {n} of 5" in text


def test_blank_sheet_for_a_session_without_members(db, tmp_path) -> None:
    session = make_session(db, 0)
    out = tmp_path / "blank.pdf"
    assert render_attendance_sheet(db, session.id, out) == 1
    text = pdf_pages(out)[0]
    assert not re.search(r"R\d{5}", text)
    # The page is filled with numbered empty rows (18 on A4), then the sign-off.
    rows = text.split("\nİmza\n", 1)[1].split("\nKatılan sayısı", 1)[0]
    numbers = re.findall(r"^(\d+)$", rows, flags=re.MULTILINE)
    assert numbers == [str(n) for n in range(1, 19)]


def test_blank_option_hides_members(db, tmp_path) -> None:
    from ttk_desktop.printing import render_documents

    session = make_session(db, 3)
    doc = AttendanceSheet(load_sheet(db, session.id), PrintOptions(), blank=True)
    out = tmp_path / "blank.pdf"
    render_documents([doc], out)
    assert not re.search(r"R\d{5}", pdf_pages(out)[0])


def test_letter_paper_and_walk_in_setting(db, tmp_path) -> None:
    from pypdf import PdfReader

    session = make_session(db, 25)
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    render_attendance_sheet(db, session.id, a4, PrintOptions())
    render_attendance_sheet(db, session.id, letter, PrintOptions(page_size="Letter"))
    box = PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = PdfReader(str(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # 25 members + 30 walk-ins = 55 rows: 19 + 24 + 12 -> 3 pages instead of 2.
    assert render_attendance_sheet(db, session.id, a4, PrintOptions(walk_in_rows=30)) == 3
    assert "55" in pdf_pages(a4)[2]


def test_first_page_image_shows_the_table(db) -> None:
    """Rendered straight into a QImage: the table's dark ruled lines are there."""
    session = make_session(db, 25)
    doc = AttendanceSheet(load_sheet(db, session.id), PrintOptions())
    dpi = 100
    image = render_page_image(doc, 0, dpi=dpi)
    assert (image.width(), image.height()) == (827, 1169)

    def mm(v: float) -> int:
        return round(v * dpi / 25.4)

    x0, x1 = mm(20), mm(190)  # inside the table, between its side borders

    def dark_line(y: int) -> bool:
        dark = sum(1 for x in range(x0, x1, 4) if image.pixelColor(x, y).lightness() < 100)
        return dark > 0.9 * len(range(x0, x1, 4))

    lines = [y for y in range(mm(70), mm(280)) if dark_line(y)]
    # Merge neighbouring pixel rows into one ruled line each.
    ruled = [y for n, y in enumerate(lines) if n == 0 or y - lines[n - 1] > 2]
    assert len(ruled) >= 19  # header rule + 19 row rules on page 1
    assert not any(dark_line(y) for y in range(mm(282), mm(290)))  # nothing below the footer


def test_unknown_session_is_a_clear_error(db, tmp_path) -> None:
    from ttk_desktop.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        render_attendance_sheet(db, 9999, tmp_path / "x.pdf")


def test_unwritable_path_is_a_clear_error(db, tmp_path) -> None:
    from ttk_desktop.printing import PrintError

    session = make_session(db, 1)
    with pytest.raises(PrintError, match="Cannot write"):
        render_attendance_sheet(db, session.id, tmp_path / "missing" / "dir" / "x.pdf")
