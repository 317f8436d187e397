"""The command line's sheet, the week's batch, the roster, the registration form, settings."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from print_helpers import add_members, make_session, pdf_pages

from ttk_desktop.core.errors import NotFoundError
from ttk_desktop.core.records import SessionInput
from ttk_desktop.core.services import groups, sessions
from ttk_desktop.printing import (
    GroupRoster,
    PrintError,
    PrintOptions,
    RegistrationForm,
    cli_sheet,
    load_print_settings,
    load_roster,
    page_count,
    render_group_roster,
    render_page_image,
    render_registration_form,
    render_week_batch,
    save_print_settings,
    week_of,
)


def test_cli_sheet_by_register_id_and_uuid(db, tmp_path) -> None:
    session = make_session(db, 25, external_id="S001")
    by_id = tmp_path / "by_id.pdf"
    assert cli_sheet(db, "S001", by_id) == 2
    by_uuid = tmp_path / "by_uuid.pdf"
    assert cli_sheet(db, f"  {session.uuid} ", by_uuid, walk_in_rows=0, show_phone=True) == 2
    first = pdf_pages(by_id)[0]
    assert "R00000" in first and "+90 555 000" not in first
    assert "+90 555 000 00 00" in pdf_pages(by_uuid)[0]
    letter = tmp_path / "letter.pdf"
    cli_sheet(db, "S001", letter, page_size="Letter", languages=("en", "ar"))
    assert "ATTENDANCE SHEET" in pdf_pages(letter)[0]
    with pytest.raises(NotFoundError, match="S999"):
        cli_sheet(db, "S999", tmp_path / "none.pdf")


def test_week_batch_is_one_pdf_with_every_sheet(db, tmp_path) -> None:
    monday, sunday = week_of(dt.date(2026, 3, 12))
    assert (monday, sunday) == (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    first = make_session(db, 25, external_id="S010", day=dt.date(2026, 3, 13))  # 2 pages
    second = make_session(db, 1, external_id="S011", day=dt.date(2026, 3, 9), start=100)  # 1 page
    third = make_session(
        db, 100, external_id="S012", day=dt.date(2026, 3, 15), start=200
    )  # 5 pages
    make_session(db, 3, external_id="S013", day=dt.date(2026, 3, 16), start=400)  # next week
    sessions.create_session(  # a second session of the first group, same week
        db, SessionInput(group_id=first.group_id, date=dt.date(2026, 3, 11), external_id="S014")
    )
    out = tmp_path / "week.pdf"
    assert render_week_batch(db, monday, sunday, out) == 2 + 1 + 5 + 2
    pages = pdf_pages(out)
    assert len(pages) == 10
    # Calendar order, each sheet numbering its own pages.
    assert "S011" in pages[0] and "Sayfa 1 / 1" in pages[0]
    assert "S014" in pages[1] and "Sayfa 1 / 2" in pages[1]
    assert "S010" in pages[3] and "Sayfa 1 / 2" in pages[3]
    assert "S012" in pages[5] and "Sayfa 5 / 5" in pages[9]
    assert not any("S013" in page for page in pages)
    assert third.uuid in pages[9] and second.uuid in pages[0]
    with pytest.raises(PrintError, match="no sessions"):
        render_week_batch(db, dt.date(2025, 1, 6), dt.date(2025, 1, 12), tmp_path / "empty.pdf")


def test_group_roster(db, tmp_path) -> None:
    session = make_session(db, 40)
    out = tmp_path / "roster.pdf"
    # 8 mm rows: 25 on the first page, 30 on the next.
    assert render_group_roster(db, session.group_id, out) == 2
    pages = pdf_pages(out)
    text = "\n".join(pages)
    members = groups.list_members(db, session.group_id)
    for person in members:
        assert person.full_name in text
    assert "GRUP ÜYE LİSTESİ" in pages[0] and "Sayfa 2 / 2" in pages[1]
    assert "Kadın" in text and "Erkek" in text
    assert "+90" not in text
    order = [p.external_id for p in members]
    assert re.findall(r"R\d{5}", text) == order
    doc = GroupRoster(load_roster(db, session.group_id), PrintOptions(show_phone=True))
    assert page_count(doc) == 2


def test_empty_group_roster_says_so(db, tmp_path) -> None:
    session = make_session(db, 0)
    out = tmp_path / "roster.pdf"
    assert render_group_roster(db, session.group_id, out) == 1
    assert "Bu grubun henüz üyesi yok." in pdf_pages(out)[0]


def test_registration_form(tmp_path) -> None:
    out = tmp_path / "form.pdf"
    assert render_registration_form(out) == 1
    text = pdf_pages(out)[0]
    for label in (
        "KATILIMCI KAYIT FORMU",
        "Ad (Arap harfleriyle)",
        "Cinsiyet",
        "Doğum tarihi",
        "Uyruk",
        "Telefon",
        "Kayıt no",
        "Engellilik durumu",
        "Rıza tarihi",
        "Katılımcının imzası",
    ):
        assert label in text, label
    # The consent statement: what, who sees it, withdrawal, the law.
    for phrase in ("yetkili personeli", "geri alabilirsiniz", "6698", "KVKK", "veri sorumlusu"):
        assert phrase in text, phrase
    english = tmp_path / "form_en.pdf"
    render_registration_form(english, PrintOptions(languages=("en",), page_size="Letter"))
    text = pdf_pages(english)[0]
    assert "withdraw your consent" in text and "PARTICIPANT REGISTRATION FORM" in text
    image = render_page_image(RegistrationForm(PrintOptions()), 0, dpi=60)
    assert not image.isNull()


def test_print_settings_round_trip(db, tmp_path) -> None:
    defaults = load_print_settings(db)
    assert defaults == PrintOptions()
    assert not (defaults.show_phone or defaults.show_birth_date or defaults.show_nationality)
    assert defaults.association_name.startswith("Mülteciler ve Sığınmacılar")
    assert defaults.unit_name_ar == "وحدة الحماية المجتمعية"
    chosen = PrintOptions(
        page_size="Letter",
        walk_in_rows=4,
        languages=("tr", "en"),
        association_name="Deneme Derneği",
        unit_name="Deneme Birimi",
        show_phone=True,
    )
    save_print_settings(db, chosen)
    loaded = load_print_settings(db)
    assert loaded.page_size == "Letter" and loaded.walk_in_rows == 4
    assert loaded.languages == ("tr", "en")
    assert loaded.association_name == "Deneme Derneği"
    assert loaded.show_phone is False  # never remembered
    session = make_session(db, 1)
    out = tmp_path / "sheet.pdf"
    assert cli_sheet(db, session.uuid, out) == 1
    text = pdf_pages(out)[0]
    assert "Deneme Derneği" in text and "ATTENDANCE SHEET" in text
    assert "Sayfa 1 / 1" in text and "Page 1 of 1" in text


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        PrintOptions(page_size="A3")
    assert PrintOptions(languages=("xx",)).languages == ("tr", "ar")
    assert PrintOptions(walk_in_rows=-3).walk_in_rows == 0


def test_members_added_later_show_on_the_sheet(db, tmp_path) -> None:
    session = make_session(db, 2)
    add_members(db, session.group_id, 1, start=50)
    out = tmp_path / "sheet.pdf"
    cli_sheet(db, "S001", out)
    assert "R00050" in pdf_pages(out)[0]


def test_printing_imports_no_widgets() -> None:
    """The renderer is QtGui only, so the command line can use it without QtWidgets."""
    code = (
        "import sys, ttk_desktop.printing\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
        "'PySide6.QtPrintSupport'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
