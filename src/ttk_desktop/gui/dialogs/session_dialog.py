"""Create or edit a session of a group (date, times, topic, place).

``SessionDialog(ctx, group, parent, record=None).exec()`` returns Accepted only
after the service saved the session; the saved record is ``dialog.saved_record``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import vocab
from ttk_desktop.core.records import GroupRecord, SessionInput, SessionRecord
from ttk_desktop.core.validation import validate_session
from ttk_desktop.gui.dialogs.saving import SavingDialog

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

# The lowest time of a time edit stands for "no time given".
NO_TIME = QTime(0, 0)


class OptionalTimeEdit(QTimeEdit):
    """HH:MM, or empty (a dash at midnight: no session starts at 00:00)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        self.setSpecialValueText("\u2014")
        self.setTime(NO_TIME)

    def time_value(self) -> str | None:
        value = self.time()
        if value == NO_TIME or not value.isValid():
            return None
        return f"{value.hour():02}:{value.minute():02}"

    def set_time_value(self, text: str | None) -> None:
        if not text:
            self.setTime(NO_TIME)
            return
        try:
            value = dt.time.fromisoformat(text)
        except ValueError:
            self.setTime(NO_TIME)
            return
        self.setTime(QTime(value.hour, value.minute))


class SessionDialog(SavingDialog):
    """The session form."""

    notice = "sessions"

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRecord,
        parent: QWidget | None = None,
        record: SessionRecord | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.group = group
        self.original_record = record
        self.setObjectName("session_dialog")
        self.setWindowTitle(
            self.tr("New session of %1").replace("%1", group.name)
            if record is None
            else self.tr("Edit session of %1").replace("%1", group.name)
        )
        self._build()
        if record is not None:
            self._load(record)
        for key, signal in (
            ("date", self.date.dateChanged),
            ("start_time", self.start_time.timeChanged),
            ("end_time", self.end_time.timeChanged),
        ):
            self.watch(key, signal)
        self.topic.setFocus()
        self.resize(460, 300)

    def _build(self) -> None:
        self.date = QDateEdit(self)
        self.date.setObjectName("session_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date.setDate(QDate.currentDate())
        self.start_time = OptionalTimeEdit(self)
        self.start_time.setObjectName("session_start_time")
        self.end_time = OptionalTimeEdit(self)
        self.end_time.setObjectName("session_end_time")
        self.topic = QLineEdit(self)
        self.topic.setObjectName("session_topic")
        self.place = QLineEdit(self)
        self.place.setObjectName("session_place")

        times = QWidget(self)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_time)
        row.addWidget(QLabel("\u2013", times))
        row.addWidget(self.end_time)
        row.addStretch(1)

        header = QLabel(f"{vocab.group_type_label(self.group.type)}: {self.group.name}", self)
        header.setObjectName("session_group")
        header.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        f = self.errors.field
        form.addRow(self.tr("&Date:"), f("date", self.date))
        form.addRow(self.tr("T&ime:"), times)
        form.addRow("", self.errors.label("start_time"))
        form.addRow("", self.errors.label("end_time"))
        form.addRow(self.tr("T&opic:"), f("topic", self.topic))
        form.addRow(self.tr("&Place:"), f("place", self.place))

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.errors.label("form"))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _load(self, record: SessionRecord) -> None:
        self.date.setDate(QDate(record.date.year, record.date.month, record.date.day))
        self.start_time.set_time_value(record.start_time)
        self.end_time.set_time_value(record.end_time)
        self.topic.setText(record.topic or "")
        self.place.setText(record.place or "")

    def session_input(self) -> SessionInput:
        record = self.original_record
        day = self.date.date()
        return SessionInput(
            group_id=self.group.id,
            date=dt.date(day.year(), day.month(), day.day()),
            start_time=self.start_time.time_value(),
            end_time=self.end_time.time_value(),
            topic=self.topic.text().strip() or None,
            place=self.place.text().strip() or None,
            external_id=record.external_id if record else None,
            office_code=record.office_code if record else None,
        )

    def validate(self) -> tuple[SessionInput, dict[str, str]]:
        data = self.session_input()
        return data, validate_session(data)

    def save_work(self, data: SessionInput) -> Callable[[], SessionRecord]:
        db, record = self.ctx.db, self.original_record
        if record is None:
            from ttk_desktop.core.services.sessions import create_session

            return lambda: create_session(db, data)
        from ttk_desktop.core.services.sessions import update_session

        return lambda: update_session(db, record.id, data)
