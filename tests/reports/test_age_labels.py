"""Age ranges read "0-17" in Arabic, never "17-0": on screen, in the PDF and the PNGs.

Regression: the Arabic statistics showed age ranges reversed ("17-0", "59-18").
Digits after Arabic letters are Arabic numbers to the bidi algorithm (UAX #9
rule W2) and the hyphen between two of them stays neutral, so "أنثى 0-17" is
drawn "17-0". :meth:`ReportText.age`, the one function that labels age groups
for display, isolates a range left to right (LRI ... PDI) and "60+" right to
left (so it reads "+60", as Arabic writes it). Files read by programs (CSV,
Excel) keep the plain "0-17". These tests lay the labels out with Qt's own
text engine and read back where each glyph landed.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from bidi_layout import visual_order
from dataset_2021 import build_2021

from ttk_desktop import reports
from ttk_desktop.core import vocab
from ttk_desktop.core.statistics import StatsFilter, compute_statistics
from ttk_desktop.reports.labels import BIDI_CONTROLS, LRI, PDI, RLI, ReportText

RANGES = sorted({name for name, _lo, hi in (*vocab.AGE_GROUPS, *vocab.UNHCR_AGE_GROUPS) if hi})
FEMALE_AR = "أنثى"


@pytest.fixture(autouse=True)
def _application(qapp: Any) -> None:
    """Fonts and text layout need the (pytest-qt) QApplication."""


# -- the label function --------------------------------------------------------------------


def test_arabic_age_labels_carry_direction_isolates() -> None:
    text = ReportText("ar")
    assert text.age("0-17") == LRI + "0-17" + PDI
    assert text.age("18-59") == LRI + "18-59" + PDI
    assert text.age("60+") == RLI + "60+" + PDI
    assert text.age("unknown") == "غير معروف"
    for language in ("tr", "en"):
        assert ReportText(language).age("0-17") == "0-17"
        assert ReportText(language).age("60+") == "60+"
    assert ReportText("ar", bidi_marks=False).age("0-17") == "0-17"


@pytest.mark.parametrize("key", RANGES)
def test_an_arabic_range_reads_left_to_right_wherever_it_stands(key: str) -> None:
    label = ReportText("ar").age(key)
    # After Arabic words (a cross-table header, a filter, a sentence) and on its own,
    # in a right-to-left table and on a chart axis drawn left to right.
    for words in (f"{FEMALE_AR} {label}", label, f"{label} %", f"العمر ({label})"):
        assert visual_order(words, rtl=True).replace("%", "") == key, words
        assert visual_order(words, rtl=False) == key, words
    # Without the isolates the same sentence is drawn reversed: what the test guards.
    lo, hi = key.split("-")
    assert visual_order(f"{FEMALE_AR} {key}", rtl=True) == f"{hi}-{lo}"


def test_sixty_plus_reads_as_arabic_writes_it_in_both_directions() -> None:
    label = ReportText("ar").age("60+")
    for words in (label, f"{FEMALE_AR} {label}"):
        assert visual_order(words, rtl=True) == "+60"
        assert visual_order(words, rtl=False) == "+60"  # the chart axis is drawn left to right


def test_the_isolates_draw_nothing() -> None:
    """No box, no gap: the isolated label takes exactly the room of plain "0-17".

    Compared through the font's own metrics rather than pixels, which move with
    whichever fonts a machine has (#11: the suite failed with Noto installed).
    """
    from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout

    def laid_out_width(words: str, font: QFont) -> float:
        layout = QTextLayout(words, font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return line.naturalTextWidth()

    isolated = ReportText("ar").age("0-17")
    for family in ("", "DejaVu Sans", "Noto Sans", "Liberation Sans"):
        font = QFont(family) if family else QFont()
        metrics = QFontMetricsF(font)
        plain = metrics.horizontalAdvance("0-17")
        assert plain > 0
        assert metrics.horizontalAdvance(isolated) == pytest.approx(plain, abs=0.01)
        assert laid_out_width(isolated, font) == pytest.approx(
            laid_out_width("0-17", font), abs=0.01
        )


# -- the report files ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stats_2021(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    path = tmp_path_factory.mktemp("age_labels") / "office.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, actor="tester")
    setup_office(db, "IST", "İstanbul Toplum Merkezi")
    build_2021(db)
    flt = StatsFilter(date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 12, 31))
    yield db, compute_statistics(db, flt)
    db.close()


def test_arabic_charts_and_cross_table_use_the_isolated_labels(stats_2021) -> None:
    from ttk_desktop.reports.tables import build_charts, cross_gender_age

    _db, stats = stats_2021
    text = ReportText("ar")
    charts = build_charts(stats, text)
    assert [bar.label for bar in charts["age_group"].bars] == [
        LRI + "0-17" + PDI, LRI + "18-59" + PDI, RLI + "60+" + PDI
    ]  # fmt: skip
    assert len(charts["unhcr_age_group"].bars) == 5  # 0-4, 5-11, 12-17, 18-59, 60+
    assert all(bar.label.startswith((LRI, RLI)) for bar in charts["unhcr_age_group"].bars)
    header, _rows = cross_gender_age(stats, text)
    assert header[1:4] == [text.age("0-17"), text.age("18-59"), text.age("60+")]


def test_arabic_pdf_shows_the_ranges_in_order(stats_2021, tmp_path) -> None:
    from pypdf import PdfReader

    db, stats = stats_2021
    [path] = reports.write_reports(db, stats, pdf=tmp_path / "ar.pdf", language="ar")
    words = [w for page in PdfReader(path).pages for w in page.extract_text().split()]
    # Qt writes each run's glyphs in visual order (Arabic words come out reversed), so
    # the extracted text is what the page shows from left to right.
    for key in ("0-17", "18-59", "0-4", "5-11", "12-17"):
        lo, hi = key.split("-")
        assert key in words, key
        assert f"{hi}-{lo}" not in words, key
    assert not BIDI_CONTROLS & set("".join(words))  # the isolates are not in the text layer


def test_excel_and_csv_keep_plain_ranges(stats_2021, tmp_path) -> None:
    """Programs read these files: no invisible direction marks, the keys as they are."""
    import openpyxl

    db, stats = stats_2021
    xlsx, csv_path = reports.write_reports(
        db, stats, xlsx=tmp_path / "ar.xlsx", csv=tmp_path / "ar.csv", language="ar"
    )
    cells = [
        str(c.value)
        for ws in openpyxl.load_workbook(xlsx).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert not BIDI_CONTROLS & set("".join(cells))
    assert "0-17" in cells and "18-59 %" in cells and f"{FEMALE_AR} 0-17" in cells
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert not BIDI_CONTROLS & set("".join(v for r in rows for v in r.values()))
    ages = [r for r in rows if r["table"] == "age_group"]
    assert [(r["category"], r["label"]) for r in ages] == [
        ("0-17", "0-17"), ("18-59", "18-59"), ("60+", "60+")
    ]  # fmt: skip
    agd = [r for r in rows if r["table"] == "gender_by_age_group" and r["category"] == "female"]
    assert agd[0]["subcategory"] == "0-17" and agd[0]["label"] == f"{FEMALE_AR} 0-17"
