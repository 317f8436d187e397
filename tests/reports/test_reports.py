"""The yearly report as files: Excel, PDF, PNG and CSV hold the computed figures.

The 2021 data set (``tests/core/dataset_2021.py``) yields the published report's
figures; every file is read back (openpyxl, pypdf, QImage, csv) and compared.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from dataset_2021 import PUBLISHED, build_2021

from ttk_desktop import reports
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.statistics import StatsFilter, YearlyStats, compute_statistics
from ttk_desktop.reports import hxl
from ttk_desktop.reports.safe_text import csv_text, looks_like_formula

YEAR = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
FORMULA_NAME = '=HYPERLINK("http://example.org/x","click me")'


@pytest.fixture(autouse=True)
def _application(qapp: Any) -> None:
    """pytest-qt's QApplication, so the writers never make a bare QGuiApplication that
    the GUI tests run later in this process could not build widgets on."""


@pytest.fixture(scope="module")
def db_2021(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The 2021 data set, built once for this module (the tests only read it)."""
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    path = tmp_path_factory.mktemp("reports") / "office.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(path, actor="tester")
    setup_office(db, "IST", "İstanbul Toplum Merkezi")
    info = build_2021(db)
    db.info_2021 = info
    yield db
    db.close()


def stats_of(db: Any, **changes: Any) -> YearlyStats:
    values = {"date_from": YEAR[0], "date_to": YEAR[1], "age_method": "each", **changes}
    return compute_statistics(db, StatsFilter(**values))


@pytest.fixture(scope="module")
def stats_2021(db_2021: Any) -> YearlyStats:
    return stats_of(db_2021)


# -- reading the files back ------------------------------------------------------------------


def sheet_tables(path: Path) -> dict[str, dict[str, Any]]:
    """Per sheet: the statement lines, header row, HXL row and data rows as tag -> values."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        tag_row = next(i for i, r in enumerate(rows) if hxl.is_hashtag_row(r))
        header, tags = rows[tag_row - 1], rows[tag_row]
        data = [r for r in rows[tag_row + 1 :] if any(v is not None for v in r)]
        out[ws.title] = {
            "lines": {r[0]: r[1] for r in rows[: tag_row - 1] if r[0] and r[1] is not None},
            "header": header,
            "tags": tags,
            "rows": [dict(zip(tags, r, strict=True)) for r in data],
        }
    return out


def pdf_text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


# -- Excel -----------------------------------------------------------------------------------


def test_excel_holds_the_published_figures_with_hxl_rows(stats_2021, db_2021, tmp_path) -> None:
    info = db_2021.info_2021
    [path] = reports.write_reports(db_2021, stats_2021, xlsx=tmp_path / "report.xlsx")
    sheets = sheet_tables(path)
    assert list(sheets) == [
        "Özet", "Cinsiyet", "Yaş", "Yaş (UNHCR)", "Cinsiyet ve yaş", "Uyruk", "Aylar"
    ]  # fmt: skip
    for name, sheet in sheets.items():
        # An HXL hashtag row right under every header, one tag per column.
        assert all(str(t).startswith("#") for t in sheet["tags"]), name
        assert all(h for h in sheet["header"]), name
        # The period, the filters and the age method are stated on every sheet.
        assert sheet["lines"]["Dönem"] == "01.01.2021 – 31.12.2021", name
        assert sheet["lines"]["Grup türü"] == "Tümü", name
        assert sheet["lines"]["Yaş yöntemi"].startswith("Her yaş grubu"), name

    [summary] = sheets["Özet"]["rows"]
    assert summary["#indicator+sessions+num"] == info.sessions
    assert summary["#indicator+participations+num"] == info.participations
    assert summary["#reached"] == PUBLISHED["distinct_participants"] == 673
    assert summary["#date+start"].date() == YEAR[0]
    assert summary["#meta+age_method"] == "each"

    [gender] = sheets["Cinsiyet"]["rows"]
    assert (gender["#reached+f"], gender["#reached+f+pct"]) == (412, 61.2)
    assert (gender["#reached+m"], gender["#reached+m+pct"]) == (261, 38.8)

    [ages] = sheets["Yaş"]["rows"]
    assert (ages["#reached+children+age0_17"], ages["#reached+children+age0_17+pct"]) == (259, 38.2)
    assert (ages["#reached+adults+age18_59"], ages["#reached+adults+age18_59+pct"]) == (409, 60.3)
    assert (ages["#reached+elderly+age60plus"], ages["#reached+elderly+age60plus+pct"]) == (10, 1.5)
    assert ages["#meta+pct_base+num"] == 678  # 5 people crossed an age boundary in 2021

    nationality = {r["#country+origin+code"]: r for r in sheets["Uyruk"]["rows"]}
    assert [(n["#reached"], n["#reached+pct"]) for n in nationality.values()] == [
        (429, 63.7), (216, 32.1), (28, 4.2)
    ]  # fmt: skip
    assert nationality["SY"]["#country+origin+name"] == "Suriye"
    assert sum(n["#reached+f"] for n in nationality.values()) == 412

    [agd] = sheets["Cinsiyet ve yaş"]["rows"]
    women = sum(v for k, v in agd.items() if k.startswith("#reached+f+"))
    assert women == agd["#reached+f"] == 412
    assert agd["#reached"] == 673
    assert "#reached+m+adults+age18_59" in agd

    months = sheets["Aylar"]["rows"]
    assert [m["#date+month"] for m in months] == [f"2021-{n:02d}" for n in range(1, 13)]
    assert sum(m["#indicator+participations+num"] for m in months) == info.participations
    assert sum(m["#indicator+sessions+num"] for m in months) == info.sessions


def test_excel_states_the_filters_in_force(db_2021, tmp_path) -> None:
    group_id = db_2021.info_2021.groups["assembly"]
    stats = stats_of(db_2021, group_type="refugee_assembly", group_id=group_id, office_code="IST")
    [path] = reports.write_reports(db_2021, stats, xlsx=tmp_path / "r.xlsx", language="en")
    sheets = sheet_tables(path)
    summary = sheets["Summary"]
    assert summary["lines"]["Group type"] == "Refugee Assembly"
    assert summary["lines"]["Group"] == "Mülteci Meclisi 2021"
    assert summary["lines"]["Office"] == "IST"
    [row] = summary["rows"]
    assert row["#activity+type"] == "Refugee Assembly"
    assert row["#activity+name"] == "Mülteci Meclisi 2021"
    assert row["#loc+code"] == "IST"
    assert row["#reached"] == stats.distinct_participants < 673


# -- PDF -------------------------------------------------------------------------------------


def test_pdf_is_the_public_page_with_the_published_figures(stats_2021, db_2021, tmp_path) -> None:
    [path] = reports.write_reports(db_2021, stats_2021, pdf=tmp_path / "report.pdf")
    pages, text = pdf_text(path)
    assert 1 <= pages <= 2
    for words in (
        "TOPLUM TEMELLİ KORUMA BİRİMİ",
        "İstanbul Toplum Merkezi",
        "2021 YILI İSTATİSTİKLERİ",
        f"{stats_2021.sessions} Seans Sayısı",
        f"{stats_2021.participations} Katılımcı Sayısı",
        "673 Farklı Katılımcı Sayısı",
        "Cinsiyet Dağılımı: KADIN 412 (61.2%) ERKEK 261 (38.8%)",
        "Yaş Dağılımı: 0-17 259 (38.2%) 18-59 409 (60.3%) 60+ 10 (1.5%)",
        "Uyruk Dağılımı: Suriye 429 (63.7%) Türkiye 216 (32.1%) Diğer 28 (4.2%)",
        "Dönem: 01.01.2021 – 31.12.2021",
    ):
        assert words in text, words


def test_pdf_in_english_and_arabic(stats_2021, db_2021, tmp_path) -> None:
    [english] = reports.write_reports(db_2021, stats_2021, pdf=tmp_path / "en.pdf", language="en")
    _pages, text = pdf_text(english)
    assert "2021 STATISTICS" in text
    assert "Gender: FEMALE 412 (61.2%) MALE 261 (38.8%)" in text
    [arabic] = reports.write_reports(db_2021, stats_2021, pdf=tmp_path / "ar.pdf", language="ar")
    _pages, text = pdf_text(arabic)
    # Extracted in visual (right-to-left) order as presentation forms: normalise, reverse.
    words = {unicodedata.normalize("NFKC", w)[::-1] for w in text.split()}
    assert {"الجلسات", "عدد", "إحصائيات", "سوريا", "أنثى"} <= words
    assert "673" in text.split()


# -- PNG -------------------------------------------------------------------------------------


def _bar_lengths(path: Path, colours: list[str]) -> list[int]:
    """Longest horizontal run of each colour: the drawn bar lengths in pixels."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path))
    assert not image.isNull()
    wanted = [QColor(c).rgb() for c in colours]
    best = [0] * len(colours)
    for y in range(image.height()):
        run, colour = 0, None
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            run = run + 1 if pixel == colour else 1
            colour = pixel
            if pixel in wanted:
                i = wanted.index(pixel)
                best[i] = max(best[i], run)
    return best


def test_png_charts_are_drawn_to_scale(stats_2021, db_2021, tmp_path) -> None:
    from ttk_desktop.reports.charts import PALETTE

    written = reports.write_reports(db_2021, stats_2021, png_dir=tmp_path / "charts")
    assert sorted(p.name for p in written) == [
        "age_group.png", "gender.png", "months.png", "nationality.png", "unhcr_age_group.png"
    ]  # fmt: skip
    women, men = _bar_lengths(tmp_path / "charts" / "gender.png", list(PALETTE[:2]))
    assert men / women == pytest.approx(261 / 412, abs=0.01)
    syria, turkiye, other = _bar_lengths(tmp_path / "charts" / "nationality.png", list(PALETTE[:3]))
    assert (turkiye / syria, other / syria) == (
        pytest.approx(216 / 429, abs=0.01),
        pytest.approx(28 / 429, abs=0.01),
    )


# -- CSV -------------------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[str], list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, tags = rows[0], rows[1]
    return header, tags, [dict(zip(header, r, strict=True)) for r in rows[2:]]


def test_csv_holds_every_figure_with_an_hxl_row(stats_2021, db_2021, tmp_path) -> None:
    info = db_2021.info_2021
    [path] = reports.write_reports(db_2021, stats_2021, csv=tmp_path / "report.csv")
    header, tags, rows = read_csv(path)
    assert hxl.is_hashtag_row(tags) and len(tags) == len(header)
    figures = {(r["table"], r["category"], r["subcategory"]): r for r in rows}
    assert figures[("summary", "distinct_participants", "")]["count"] == "673"
    assert figures[("summary", "sessions", "")]["count"] == str(info.sessions)
    for table, published in (
        ("gender", PUBLISHED["gender"]),
        ("nationality", PUBLISHED["nationality"]),
        ("age_group", PUBLISHED["age_group_each"]),
    ):
        for key, (count, pct) in published.items():
            row = figures[(table, key, "")]
            assert (row["count"], row["percent"]) == (str(count), pct), (table, key)
    assert figures[("gender", "female", "")]["label"] == "Kadın"
    women_by_age = [int(r["count"]) for r in rows if r["table"] == "gender_by_age_group"
                    and r["category"] == "female"]  # fmt: skip
    assert sum(women_by_age) == 412
    months = [int(r["count"]) for r in rows if r["table"] == "participations_per_month"]
    assert len(months) == 12 and sum(months) == info.participations
    assert {r["date_from"] for r in rows} == {"2021-01-01"}


# -- formula injection -----------------------------------------------------------------------


def test_a_group_named_like_a_formula_is_written_as_text(db_2021, tmp_path) -> None:
    from ttk_desktop.core.records import GroupInput, SessionInput
    from ttk_desktop.core.services import groups, sessions

    group = groups.create_group(db_2021, GroupInput(type="information_session", name=FORMULA_NAME))
    session = sessions.create_session(db_2021, SessionInput(group.id, dt.date(2021, 5, 5)))
    someone = db_2021.info_2021.people["turns_18_on_new_year"]
    sessions.set_attendance(db_2021, session.id, someone, True)
    try:
        stats = stats_of(db_2021, group_id=group.id)
        assert stats.group_name == FORMULA_NAME and stats.distinct_participants == 1
        xlsx, csv_path = reports.write_reports(
            db_2021, stats, xlsx=tmp_path / "r.xlsx", csv=tmp_path / "r.csv"
        )
        import openpyxl

        wb = openpyxl.load_workbook(xlsx)
        cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == FORMULA_NAME]
        assert cells, "the group name is stated in the workbook"
        assert all(c.data_type == "s" for c in cells)
        with zipfile.ZipFile(xlsx) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in archive.read(name), name  # no formula anywhere
        _header, _tags, rows = read_csv(csv_path)
        assert {r["group"] for r in rows} == {"'" + FORMULA_NAME}
    finally:
        groups.delete_group(db_2021, group.id)


@pytest.mark.parametrize("text", ["=1+1", "+90 555", "-5", "@SUM(A1)", "\t=x", "\r=x"])
def test_formula_guard_marks_risky_text(text: str) -> None:
    assert looks_like_formula(text)
    if text[0] in "\t\r":  # the formula after the tab or CR is marked too (#11)
        assert csv_text(text) == "'" + text[0] + "'" + text[1:]
    else:
        assert csv_text(text) == "'" + text
    assert csv_text(5) == 5 and csv_text("Suriye") == "Suriye"


# -- the command line and failures --------------------------------------------------------------


def test_cli_writes_every_format_without_a_display(db_2021, tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("WAYLAND_DISPLAY", None)
    out = subprocess.run(
        [sys.executable, "-m", "ttk_desktop.cli", "--db", str(db_2021.path), "stats",
         "--from", "2021-01-01", "--to", "2021-12-31", "--age-method", "each",
         "--xlsx", str(tmp_path / "r.xlsx"), "--pdf", str(tmp_path / "r.pdf"),
         "--png-dir", str(tmp_path / "png"), "--csv", str(tmp_path / "r.csv")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "r.xlsx").exists() and (tmp_path / "png" / "gender.png").exists()
    _pages, text = pdf_text(tmp_path / "r.pdf")
    assert "2021 YILI İSTATİSTİKLERİ" in text and "412 (61.2%)" in text
    assert str(tmp_path / "r.csv") in out.stdout


def test_an_unwritable_target_is_a_clear_error(stats_2021, db_2021, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(TtkError) as caught:
        reports.write_reports(db_2021, stats_2021, xlsx=blocker / "report.xlsx")
    assert str(blocker / "report.xlsx") in caught.value.message


def test_the_reports_package_loads_nothing_heavy_until_used() -> None:
    code = (
        "import sys, ttk_desktop.reports\n"
        "heavy = [m for m in ('openpyxl', 'PySide6', 'pandas', 'pyqtgraph') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
