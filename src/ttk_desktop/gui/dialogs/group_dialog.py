"""Create or edit a group, with each problem shown under its field.

``GroupDialog(ctx, parent, record=None).exec()`` returns Accepted only after
the service saved the group (off the GUI thread); the saved record is
``dialog.saved_record``. Also holds :class:`OptionalDateEdit`, a date field
that may stay empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core import vocab
from ttk_desktop.core.records import GroupInput, GroupRecord, OfficeRecord
from ttk_desktop.core.validation import validate_group
from ttk_desktop.gui.dialogs.saving import SavingDialog
from ttk_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

# The lowest date of an optional date edit stands for "no date".
NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date edit that can also be empty (shown as a dash at its minimum)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("\u2014")
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setDate(NO_DATE)

    def date_value(self) -> dt.date | None:
        value = self.date()
        if value == NO_DATE or not value.isValid():
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_date_value(self, day: dt.date | None) -> None:
        self.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))


class GroupDialog(SavingDialog):
    """The group form: type, name, office, facilitator, dates, description."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        record: GroupRecord | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.original_record = record
        self.setObjectName("group_dialog")
        self.setWindowTitle(
            self.tr("New group")
            if record is None
            else self.tr("Edit group: %1").replace("%1", record.name)
        )
        self._build()
        if record is not None:
            self._load(record)
        self._load_offices()
        for key, signal in (
            ("type", self.group_type.currentIndexChanged),
            ("name", self.name.textEdited),
            ("start_date", self.start_date.dateChanged),
            ("end_date", self.end_date.dateChanged),
        ):
            self.watch(key, signal)
        self.name.setFocus()
        self.resize(520, 480)

    def _build(self) -> None:
        self.group_type = QComboBox(self)
        self.group_type.setObjectName("group_type")
        for key in vocab.GROUP_TYPES:
            self.group_type.addItem(vocab.group_type_label(key), key)
        self.name = QLineEdit(self)
        self.name.setObjectName("group_name")
        self.office = QComboBox(self)
        self.office.setObjectName("group_office")
        self.office.setEnabled(False)  # until the offices are read (see _load_offices)
        self.facilitator = QLineEdit(self)
        self.facilitator.setObjectName("group_facilitator")
        self.start_date = OptionalDateEdit(self)
        self.start_date.setObjectName("group_start_date")
        self.start_date.setDate(QDate.currentDate())
        self.end_date = OptionalDateEdit(self)
        self.end_date.setObjectName("group_end_date")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("group_description")
        self.description.setTabChangesFocus(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        f = self.errors.field
        form.addRow(self.tr("&Type:"), f("type", self.group_type))
        form.addRow(self.tr("&Name:"), f("name", self.name))
        form.addRow(self.tr("&Office:"), f("office", self.office))
        form.addRow(self.tr("&Facilitator:"), f("facilitator", self.facilitator))
        form.addRow(self.tr("&Start date:"), f("start_date", self.start_date))
        form.addRow(self.tr("&End date:"), f("end_date", self.end_date))
        form.addRow(self.tr("&Description:"), f("description", self.description))

        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.label("form"))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _load(self, record: GroupRecord) -> None:
        index = self.group_type.findData(record.type)
        if index >= 0:
            self.group_type.setCurrentIndex(index)
        self.name.setText(record.name)
        # Shown (by code) until the list of offices arrives; it is kept selected then.
        self.office.addItem(record.office_code, record.office_code)
        self.facilitator.setText(record.facilitator or "")
        self.start_date.set_date_value(record.start_date)
        self.end_date.set_date_value(record.end_date)
        self.description.setPlainText(record.description or "")

    def _load_offices(self) -> None:
        """Read the offices (and this database's own) off the GUI thread, then fill the choice.

        The form is usable meanwhile: a new group left on no office is saved
        in this database's own office, an edited one keeps its office.
        """
        from ttk_desktop.core.services.offices import list_offices

        db = self.ctx.db
        self.ctx.tasks.run(
            lambda: (list_offices(db), db.office_code),
            on_success=self._on_offices_loaded,
            on_failure=self._on_offices_failed,
        )

    def _on_offices_loaded(self, answer: tuple[list[OfficeRecord], str | None]) -> None:
        if not isValid(self):
            return
        offices, own = answer
        wanted = self.office.currentData() or own
        self.office.clear()
        for office in offices:
            self.office.addItem(f"{office.code} \u2013 {office.name}", office.code)
        index = self.office.findData(wanted) if wanted else -1
        if index < 0 and wanted and self.original_record is not None:
            # An office since deleted stays the group's office until changed.
            self.office.addItem(wanted, wanted)
            index = self.office.count() - 1
        if index >= 0:
            self.office.setCurrentIndex(index)
        self.office.setEnabled(True)

    def _on_offices_failed(self, error: BaseException) -> None:
        if isValid(self):
            show_error(self, error)

    def group_input(self) -> GroupInput:
        record = self.original_record
        return GroupInput(
            type=str(self.group_type.currentData() or ""),
            name=self.name.text().strip(),
            office_code=self.office.currentData() or None,
            external_id=record.external_id if record else None,
            facilitator=self.facilitator.text().strip() or None,
            start_date=self.start_date.date_value(),
            end_date=self.end_date.date_value(),
            description=self.description.toPlainText().strip() or None,
        )

    def validate(self) -> tuple[GroupInput, dict[str, str]]:
        data = self.group_input()
        return data, validate_group(data)

    def save_work(self, data: GroupInput) -> Callable[[], GroupRecord]:
        db, record = self.ctx.db, self.original_record
        if record is None:
            from ttk_desktop.core.services.groups import create_group

            return lambda: create_group(db, data)
        from ttk_desktop.core.services.groups import update_group

        return lambda: update_group(db, record.id, data)
