"""Item model of a group's sessions (date, time, topic, place, present count)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QTime

from ttk_desktop.core import textfold
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.core.records import SessionRecord
from ttk_desktop.gui.models.group_table_model import (
    RecordTableModel,
    format_date,
    format_number,
    qdate,
)


def time_span(start: str | None, end: str | None) -> str:
    """ "10:00-12:00", "10:00" or "" (times are stored as HH:MM text)."""
    if start and end:
        return f"{start}\u2013{end}"
    return start or end or ""


class SessionTableModel(RecordTableModel[SessionRecord]):
    """Sessions of one group, newest first as the service returns them."""

    CONTEXT = "SessionTableModel"
    DATE, TIME, TOPIC, PLACE, PRESENT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Topic"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Place"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Present"),
    )
    NUMERIC_COLUMNS = frozenset({PRESENT})

    def display(self, record: SessionRecord, column: int, row: int) -> Any:
        if column == self.DATE:
            return format_date(record.date)
        if column == self.TIME:
            return time_span(record.start_time, record.end_time)
        if column == self.TOPIC:
            return record.topic or ""
        if column == self.PLACE:
            return record.place or ""
        if column == self.PRESENT:
            return format_number(record.present_count)
        return None

    def sort_value(self, record: SessionRecord, column: int, row: int) -> Any:
        if column == self.DATE:
            return _start_of(record)
        if column == self.TIME:
            return record.start_time or ""
        if column == self.TOPIC:
            return textfold.fold(record.topic)
        if column == self.PLACE:
            return textfold.fold(record.place)
        if column == self.PRESENT:
            return record.present_count
        return None

    def row_of(self, session_id: int) -> int:
        for i, record in enumerate(self._rows):
            if record.id == session_id:
                return i
        return -1


def _start_of(record: SessionRecord) -> QDateTime:
    """Date and start time as one value, so same-day sessions sort by time."""
    start = QTime(0, 0)
    if record.start_time:
        try:
            t = dt.time.fromisoformat(record.start_time)
            start = QTime(t.hour, t.minute)
        except ValueError:
            pass
    return QDateTime(qdate(record.date), start)
