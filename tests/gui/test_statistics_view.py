"""The Statistics tab on a real database: figures, filters, live updates, charts, export."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QScrollArea

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from dataset_2021 import PUBLISHED, build_2021

from ttk_desktop.core.statistics import StatsFilter, compute_statistics

YEAR = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


@pytest.fixture
def info(ctx: Any) -> Any:
    """The 2021 data set in the test's database."""
    return build_2021(ctx.db)


@pytest.fixture
def view(ctx: Any, qtbot: Any) -> Any:
    from ttk_desktop.gui.views.statistics_view import StatisticsView

    widget = StatisticsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy)
    yield widget
    widget.close()
    ctx.tasks.wait_idle()


def show_2021(view: Any, qtbot: Any, method: str = "each") -> None:
    view.method_combo.setCurrentIndex(view.method_combo.findData(method))
    view.set_period(*YEAR)
    qtbot.waitUntil(lambda: not view.busy and view.stats is not None)


def expected(ctx: Any, **changes: Any) -> Any:
    values = {"date_from": YEAR[0], "date_to": YEAR[1], "age_method": "each", **changes}
    return compute_statistics(ctx.db, StatsFilter(**values))


def test_tab_shows_the_published_2021_figures(ctx, info, view, qtbot) -> None:
    show_2021(view, qtbot)
    assert view.sessions_value.text() == str(info.sessions)
    assert view.participations_value.text() == str(info.participations)
    assert view.distinct_value.text() == "673"
    # The bars drawn are the counts (read back from pyqtgraph's BarGraphItem).
    assert view.charts["gender"].heights() == [412, 261]
    assert view.charts["age_group"].heights() == [259, 409, 10]
    assert view.charts["nationality"].heights() == [429, 216, 28]
    assert view.charts["gender"].value_texts() == ["412 (61.2%)", "261 (38.8%)"]
    assert view.charts["nationality"].tick_labels() == ["Syria", "Türkiye", "Other"]
    months = view.charts["months"]
    assert len(months.heights()) == 12 and sum(months.heights()) == info.participations
    # The AGD cross table adds up to the distinct participants (first attendance).
    table = view.gender_age_table
    assert table.item(table.rowCount() - 1, table.columnCount() - 1).text() == "673"
    women = [int(table.item(0, c).text()) for c in range(1, table.columnCount() - 1)]
    assert sum(women) == 412
    nat = view.nationality_table
    assert [nat.item(r, 0).text() for r in range(nat.rowCount())] == [
        "Syria", "Türkiye", "Other", "Total"
    ]  # fmt: skip


def test_filters_change_the_figures(ctx, info, view, qtbot) -> None:
    show_2021(view, qtbot)
    # Age method: "first" puts each person in one age group only.
    view.method_combo.setCurrentIndex(view.method_combo.findData("first"))
    qtbot.waitUntil(lambda: not view.busy and view.stats.filter.age_method == "first")
    assert view.charts["age_group"].heights() == [
        info.first_age_groups[k] for k in ("0-17", "18-59", "60+")
    ]
    assert "first" in view.method_label.text()
    # Group type: only the refugee assembly's sessions.
    view.type_combo.setCurrentIndex(view.type_combo.findData("refugee_assembly"))
    qtbot.waitUntil(lambda: not view.busy and view.stats.filter.group_type == "refugee_assembly")
    want = expected(ctx, group_type="refugee_assembly", age_method="first")
    assert 0 < want.distinct_participants < 673
    assert view.distinct_value.text() == str(want.distinct_participants)
    assert view.charts["gender"].heights() == [b.count for b in want.gender.values()]
    # The group list offers only that type's groups.
    names = [view.group_combo.itemText(i) for i in range(1, view.group_combo.count())]
    assert names == ["Mülteci Meclisi 2021"]
    # A custom period: the first half of the year.
    view.type_combo.setCurrentIndex(0)
    view.set_period(dt.date(2021, 1, 1), dt.date(2021, 6, 30))
    qtbot.waitUntil(lambda: not view.busy and view.stats.filter.date_to == dt.date(2021, 6, 30))
    half = expected(ctx, date_to=dt.date(2021, 6, 30), age_method="first")
    assert view.custom_check.isChecked()
    assert view.sessions_value.text() == str(half.sessions) != str(info.sessions)
    assert len(view.charts["months"].heights()) == 6


def test_a_period_ending_before_it_starts_is_explained(view, qtbot, message_boxes) -> None:
    view.custom_check.setChecked(True)
    view.from_edit.setDate(QDate(2021, 6, 1))
    view.to_edit.setDate(QDate(2021, 1, 1))
    qtbot.waitUntil(lambda: not view.busy)
    assert "2021-06-01" in view.status_label.text()
    assert message_boxes.calls == []


def test_ticking_attendance_updates_the_open_tab_within_a_second(ctx, info, view, qtbot) -> None:
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.services import participants, sessions

    show_2021(view, qtbot)
    newcomer = participants.create_participant(
        ctx.db,
        ParticipantInput("Leyla", "Yeni", gender="female", birth_date=dt.date(1990, 3, 3),
                         nationality="SY", consent_given=True, consent_date=dt.date(2021, 3, 1)),
    )  # fmt: skip
    ctx.notify("participants")  # registered, not yet attended: the figures stay
    session = sessions.list_sessions(ctx.db, date_from=dt.date(2021, 3, 1))[-1]
    sessions.set_attendance(ctx.db, session.id, newcomer.id, True)
    ctx.notify("attendance")
    qtbot.waitUntil(lambda: view.distinct_value.text() == "674", timeout=1000)
    assert view.charts["gender"].heights() == [413, 261]
    assert view.participations_value.text() == str(info.participations + 1)


def test_a_burst_of_changes_recomputes_once(ctx, info, view, qtbot) -> None:
    show_2021(view, qtbot)
    before = view._request
    for what in ("attendance", "attendance", "participants", "attendance"):
        ctx.notify(what)
    qtbot.waitUntil(lambda: view._request == before + 1 and not view.busy, timeout=1500)
    qtbot.wait(400)
    assert view._request == before + 1


def test_an_older_answer_never_replaces_a_newer_one(ctx, info, view, qtbot) -> None:
    show_2021(view, qtbot)
    old_request = view._request
    old_answer = expected(ctx, group_type="needs_analysis")
    view.refresh()  # a newer request is now on its way
    view._on_stats_loaded(old_request, old_answer)  # the old one arrives late
    assert view.distinct_value.text() == "673"
    qtbot.waitUntil(lambda: not view.busy)
    assert view.stats.distinct_participants == 673


def test_a_hidden_tab_recomputes_when_shown(ctx, info, view, qtbot) -> None:
    show_2021(view, qtbot)
    view.hide()
    before = view._request
    ctx.notify("attendance")
    qtbot.wait(400)
    assert view._request == before
    view.show()
    qtbot.waitUntil(lambda: view._request == before + 1 and not view.busy)


def test_arabic_charts_are_translated_and_mirrored(ctx, info, qtbot, use_language) -> None:
    from PySide6.QtCore import Qt

    use_language("ar")
    from ttk_desktop.gui.views.statistics_view import StatisticsView

    view = StatisticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    show_2021(view, qtbot)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    gender = view.charts["gender"]
    assert gender.chart.title == "التوزيع حسب الجنس"
    assert [bar.label for bar in gender.chart.bars] == ["أنثى", "ذكر"]
    assert gender.positions[0] > gender.positions[1]  # the first bar is on the right
    assert gender.heights() == [412, 261]
    assert view.charts["nationality"].tick_labels() == ["أخرى", "تركيا", "سوريا"]
    view.close()
    ctx.tasks.wait_idle()


def test_the_tab_fits_a_1366_by_768_screen(ctx, info, view, qtbot, tmp_path) -> None:
    show_2021(view, qtbot)
    view.resize(1366, 768 - 100)  # the tab's share of the screen under menus and tab bar
    qtbot.wait(50)
    scroll = view.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for chart in view.charts.values():
        assert chart.height() >= 170
    assert view.grab().save(str(tmp_path / "statistics_tab.png"))


def _exported(view: Any, qtbot: Any, kind: str, monkeypatch: Any, target: Path) -> list[Path]:
    if kind == "png":
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    else:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.last_export = None
    view.export_actions[kind].trigger()
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=10000)
    return view.last_export


def test_export_writes_what_is_on_screen(ctx, info, view, qtbot, monkeypatch, tmp_path) -> None:
    import openpyxl

    show_2021(view, qtbot)
    [xlsx] = _exported(view, qtbot, "xlsx", monkeypatch, tmp_path / "report")
    assert xlsx == tmp_path / "report.xlsx"  # the extension is added
    wb = openpyxl.load_workbook(xlsx)
    rows = list(wb["Gender"].iter_rows(values_only=True))
    tags = next(r for r in rows if r[0] == "#date+start")
    values = dict(zip(tags, rows[rows.index(tags) + 1], strict=True))
    assert (values["#reached+f"], values["#reached+m"]) == (412, 261)
    [pdf] = _exported(view, qtbot, "pdf", monkeypatch, tmp_path / "report.pdf")
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "2021 STATISTICS" in text and "412 (61.2%)" in text  # in the interface's language
    pngs = _exported(view, qtbot, "png", monkeypatch, tmp_path / "charts")
    assert {p.name for p in pngs} >= {"gender.png", "age_group.png", "nationality.png"}
    [csv_path] = _exported(view, qtbot, "csv", monkeypatch, tmp_path / "r.csv")
    assert ",gender,female,,Female,412,61.2" in csv_path.read_text(encoding="utf-8-sig")
    assert PUBLISHED["distinct_participants"] == 673


def test_a_formula_like_group_filter_is_exported_as_text(ctx, info, view, qtbot, monkeypatch,
                                                         tmp_path) -> None:  # fmt: skip
    import openpyxl

    from ttk_desktop.core.records import GroupInput, SessionInput
    from ttk_desktop.core.services import groups, sessions

    name = '=HYPERLINK("http://example.org","x")'
    group = groups.create_group(ctx.db, GroupInput(type="information_session", name=name))
    session = sessions.create_session(ctx.db, SessionInput(group.id, dt.date(2021, 4, 4)))
    sessions.set_attendance(ctx.db, session.id, info.people["turns_18_on_new_year"], True)
    ctx.notify("groups")
    show_2021(view, qtbot)
    qtbot.waitUntil(lambda: view.group_combo.findData(group.id) > 0)
    view.group_combo.setCurrentIndex(view.group_combo.findData(group.id))
    qtbot.waitUntil(lambda: not view.busy and view.stats.filter.group_id == group.id)
    assert view.distinct_value.text() == "1"
    [xlsx] = _exported(view, qtbot, "xlsx", monkeypatch, tmp_path / "g.xlsx")
    cells = [c for ws in openpyxl.load_workbook(xlsx) for r in ws.iter_rows() for c in r
             if c.value == name]  # fmt: skip
    assert cells and all(c.data_type == "s" for c in cells)
    [csv_path] = _exported(view, qtbot, "csv", monkeypatch, tmp_path / "g.csv")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_main_window_start_up_loads_no_chart_or_excel_library() -> None:
    code = (
        "import sys\n"
        "import ttk_desktop.gui.main_window\n"
        "import ttk_desktop.gui.views.statistics_view\n"
        "heavy = [m for m in ('pyqtgraph', 'openpyxl', 'pandas') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_group_choice_model_on_plain_rows(qtmodeltester) -> None:
    from PySide6.QtCore import Qt

    from ttk_desktop.gui.views.statistics_view import GroupChoiceModel

    model = GroupChoiceModel("All groups")
    model.set_groups([("Çocuk Meclisi", 7), ("Mülteci Meclisi", 3)])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "All groups"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole) == 3
    assert (model.row_of(None), model.row_of(7), model.row_of(99)) == (0, 1, -1)


def test_the_report_language_can_differ_from_the_interface(ctx, info, view, qtbot, monkeypatch,
                                                           tmp_path) -> None:  # fmt: skip
    show_2021(view, qtbot)
    assert view.report_language() == "en"  # the interface's by default
    view.report_language_actions["tr"].trigger()
    [pdf] = _exported(view, qtbot, "pdf", monkeypatch, tmp_path / "tr.pdf")
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "2021 YILI İSTATİSTİKLERİ" in text and "Seans Sayısı" in text
