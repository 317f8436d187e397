"""Dates on screen stay on one line in Arabic.

Regression: the Arabic group title wrapped in the middle of the end date
("٢٠‏/١٢‏/" on one line, "٢٠٢٦" on the next): Arabic short dates carry a
right-to-left mark before each slash, which gives the line breaker a place to
break after it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTextBoundaryFinder

from ttk_desktop.gui.models.group_table_model import format_date

DAY = dt.date(2026, 12, 20)


def _line_breaks(text: str) -> list[int]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    breaks = []
    while (position := finder.toNextBoundary()) >= 0:
        breaks.append(position)
    return breaks


def test_an_arabic_date_breaks_only_after_its_end(use_language: Any) -> None:
    use_language("ar")
    raw = QLocale().toString(QDate(2026, 12, 20), QLocale.FormatType.ShortFormat)
    assert len(_line_breaks(raw)) > 1  # what Qt would do with the locale's text alone
    text = format_date(DAY)
    assert _line_breaks(text) == [len(text)]
    assert text.replace("\u2060", "") == raw  # the same date, only joined


def test_turkish_and_english_dates_are_the_locales_own(use_language: Any) -> None:
    for language in ("tr", "en"):
        use_language(language)
        assert format_date(DAY) == QLocale().toString(
            QDate(2026, 12, 20), QLocale.FormatType.ShortFormat
        )
    use_language("tr")
    assert format_date(DAY) == "20.12.2026"
