"""The Participants tab's detail panel: the selected person's fields, groups and history.

Filled by :class:`ttk_desktop.gui.views.participants_view.ParticipantsView` with a
:class:`ParticipantHistory` read off the GUI thread; the panel itself only formats.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ttk_desktop.core import vocab
from ttk_desktop.core.records import ParticipantHistory, ParticipantRecord
from ttk_desktop.gui.i18n import current_language, left_to_right
from ttk_desktop.gui.models.participant_table_model import birth_date_text, nationality_text


class DetailPanel(QWidget):
    """The selected person: their fields, groups and attendance history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participant_detail")
        self.title = QLabel(self)
        self.title.setObjectName("detail_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("detail_subtitle")
        self.subtitle.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.facts = QLabel(self)
        self.facts.setObjectName("detail_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.groups_label = QLabel(self.tr("Groups"), self)
        self.groups = QListWidget(self)
        self.groups.setObjectName("detail_groups")
        self.history_label = QLabel(self.tr("Attendance"), self)
        self.history = QTableWidget(0, 3, self)
        self.history.setObjectName("detail_history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Group"), self.tr("Topic")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr("Select a participant to see their groups and attendance."), self
        )
        self.empty.setObjectName("detail_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        for widget in (self.empty, self.title, self.subtitle, self.facts, self.groups_label):
            layout.addWidget(widget)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 3)
        self.show_history(None)

    def show_history(self, history: ParticipantHistory | None) -> None:
        has = history is not None
        for widget in (self.title, self.subtitle, self.facts, self.groups_label, self.groups,
                       self.history_label, self.history):  # fmt: skip
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.groups.clear()
        self.history.setRowCount(0)
        if history is None:
            return
        person = history.participant
        locale = QLocale()
        self.title.setText(person.full_name)
        self.subtitle.setText(person.full_name_ar or "")
        self.subtitle.setVisible(bool(person.full_name_ar))
        self.facts.setText("\n".join(self._facts(person, locale)))
        for group in history.groups:
            self.groups.addItem(f"{group.name} ({vocab.group_type_label(group.type)})")
        if not history.groups:
            self.groups.addItem(self.tr("Not a member of any group"))
        self.history_label.setText(self.tr("Attendance: %Ln session(s)", "", len(history.sessions)))
        self.history.setRowCount(len(history.sessions))
        for row, session in enumerate(history.sessions):
            date = locale.toString(QDate(session.date), QLocale.FormatType.ShortFormat)
            for column, text in enumerate((date, session.group_name, session.topic or "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)

    def _facts(self, person: ParticipantRecord, locale: QLocale) -> list[str]:
        def fill(template: str, *values: str) -> str:
            for number, value in enumerate(values, start=1):
                template = template.replace(f"%{number}", value)
            return template

        lines = [fill(self.tr("Gender: %1"), vocab.gender_label(person.gender))]
        if person.birth_date is not None:
            age = person.age_on(dt.date.today())
            text = birth_date_text(person, locale)
            lines.append(fill(self.tr("Born: %1 (age %2)"), text, locale.toString(age or 0)))
        nationality = nationality_text(person.nationality, current_language())
        lines.append(fill(self.tr("Nationality: %1"), nationality))
        if person.phone:
            lines.append(fill(self.tr("Phone: %1"), left_to_right(person.phone)))
        if person.external_id:
            lines.append(fill(self.tr("Register number: %1"), left_to_right(person.external_id)))
        if person.disability:
            answer = self.tr("Yes") if person.disability == "yes" else self.tr("No")
            lines.append(fill(self.tr("Disability: %1"), answer))
        if person.consent_given and person.consent_date:
            when = locale.toString(QDate(person.consent_date), QLocale.FormatType.ShortFormat)
            lines.append(fill(self.tr("Consent given on %1"), when))
        else:
            lines.append(self.tr("No consent recorded"))
        if person.notes:
            lines.append(person.notes)
        return lines
