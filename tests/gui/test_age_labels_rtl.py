"""In Arabic the screens show age ranges as "0-17", never "17-0".

Regression: Arabic statistics showed age ranges reversed ("17-0", "59-18").
Every age-group label on screen comes from :meth:`ReportText.age`, which wraps
a range in direction isolates; these tests check the widgets carry exactly those
labels and that Qt lays them out with the digits in order, in the direction
each widget paints them (the chart axis left to right, tables right to left).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from bidi_layout import visual_order
from dataset_2021 import build_2021

from ttk_desktop.core import vocab
from ttk_desktop.reports.labels import LRI, PDI, RLI, ReportText

AR = ReportText("ar")


@pytest.fixture
def arabic_stats_view(ctx: Any, qtbot: Any, use_language: Any) -> Any:
    import datetime as dt

    from ttk_desktop.gui.views.statistics_view import StatisticsView

    build_2021(ctx.db)
    use_language("ar")
    view = StatisticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_period(dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    qtbot.waitUntil(lambda: not view.busy and view.stats is not None)
    yield view
    view.close()
    ctx.tasks.wait_idle()


def test_arabic_age_chart_and_table_show_ranges_in_order(arabic_stats_view, qtbot) -> None:
    view = arabic_stats_view
    # The first bar is on the right, so left to right the axis reads 60+, 18-59, 0-17.
    ticks = view.charts["age_group"].tick_labels()
    assert ticks == [AR.age("60+"), AR.age("18-59"), AR.age("0-17")]
    assert ticks[2] == LRI + "0-17" + PDI
    assert [visual_order(t, rtl=False) for t in ticks] == ["+60", "18-59", "0-17"]
    table = view.gender_age_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(1, 4)]
    assert headers == [AR.age("0-17"), AR.age("18-59"), AR.age("60+")]
    assert [visual_order(h, rtl=True) for h in headers] == ["0-17", "18-59", "+60"]

    view.unhcr_check.setChecked(True)
    qtbot.waitUntil(lambda: len(view.charts["age_group"].tick_labels()) == 5)
    unhcr = view.charts["age_group"].tick_labels()
    assert [visual_order(t, rtl=False) for t in unhcr] == ["+60", "18-59", "12-17", "5-11", "0-4"]


def test_arabic_unhcr_tooltip_lists_the_isolated_brackets(arabic_stats_view) -> None:
    tip = arabic_stats_view.unhcr_check.toolTip()
    assert tip.startswith("عرض مخطط الأعمار")
    places = [tip.index(AR.age(name)) for name, _lo, _hi in vocab.UNHCR_AGE_GROUPS]
    assert places == sorted(places)
    assert RLI + "60+" + PDI in tip


def test_english_tooltip_lists_the_plain_brackets(ctx, qtbot) -> None:
    from ttk_desktop.gui.views.statistics_view import StatisticsView

    view = StatisticsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy)
    assert view.unhcr_check.toolTip() == "Show the age chart as 0-4, 5-11, 12-17, 18-59 and 60+"
    ctx.tasks.wait_idle()


def test_arabic_age_filter_of_the_participants_list(ctx, qtbot, use_language) -> None:
    from ttk_desktop.gui.views.participants_view import ParticipantsView

    use_language("ar")
    view = ParticipantsView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.model.loading)
    items = [view.age_filter.itemText(i) for i in range(1, view.age_filter.count())]
    assert items == [f"العمر {AR.age(name)}" for name, _lo, _hi in vocab.AGE_GROUPS]
    assert [visual_order(item, rtl=True) for item in items] == ["0-17", "18-59", "+60"]
    assert view.age_filter.itemData(1) == "0-17"  # the filter's key stays plain
    ctx.tasks.wait_idle()


def test_children_assembly_age_warning_reads_12_16_in_arabic(qapp: Any, use_language: Any) -> None:
    """The Arabic catalogue isolates "%1-%2" so the warning shows 12-16, not 16-12."""
    from ttk_desktop.gui.models.group_table_model import outside_ages_text

    use_language("ar")
    text = outside_ages_text((12, 16))
    assert text != "Outside ages 12-16"  # translated
    assert visual_order(text, rtl=True) == "12-16"
