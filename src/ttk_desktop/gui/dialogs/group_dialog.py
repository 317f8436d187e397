"""Create or edit a group, with each problem shown under its field.

``GroupDialog(ctx, parent, record=None).exec()`` returns Accepted only after
the service saved the group (off the GUI thread); the saved record is
``dialog.saved_record``. Also holds the small form helpers the session and
settings forms share (:class:`SavingDialog`, :class:`FieldErrors`,
:class:`OptionalDateEdit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core import vocab
from ttk_desktop.core.errors import TtkError, ValidationError
from ttk_desktop.core.records import GroupInput, GroupRecord, OfficeRecord
from ttk_desktop.core.validation import validate_group
from ttk_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

ERROR_STYLE = "color: #b00020;"
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


class FieldErrors:
    """Error labels under form fields, filled from ``{field: message}``.

    Messages of a field appear once it was edited, all of them after a save
    attempt; keys with no label of their own go to the "form" label.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.labels: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.save_attempted = False

    def label(self, key: str) -> QLabel:
        label = QLabel(self.owner)
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        self.labels[key] = label
        return label

    def field(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` with its error label underneath."""
        box = QWidget(self.owner)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.label(key))
        return box

    def show(self, errors: dict[str, str]) -> None:
        routed: dict[str, str] = {}
        for key, message in errors.items():
            target = key if key in self.labels else "form"
            routed[target] = f"{routed[target]}\n{message}" if target in routed else message
        for key, label in self.labels.items():
            message = routed.get(key, "")
            if not (self.save_attempted or key in self.touched or key == "form"):
                message = ""
            label.setText(message)
            label.setVisible(bool(message))


class SavingDialog(QDialog):
    """A form dialog that saves through the write pool and closes when saved.

    ``ctx`` is None only for a form that can also save without a database
    (Settings with no file open); its :meth:`save_work` then returns None.
    """

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors(self)
        self.saved_record: Any = None
        self._saving = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    @property
    def ctx(self) -> AppContext:
        """The open database's screens' context (every form that saves records has one)."""
        if self._ctx is None:
            raise RuntimeError(f"{type(self).__name__} was opened without a database")
        return self._ctx

    def watch(self, key: str, signal: Any) -> None:
        """Re-check the form when a field changes; its error then shows."""

        def edited(*_args: Any) -> None:
            self.errors.touched.add(key)
            self.errors.show(self.validate()[1])

        signal.connect(edited)

    # -- for subclasses --------------------------------------------------------------
    def validate(self) -> tuple[Any, dict[str, str]]:
        raise NotImplementedError

    def save_work(self, data: Any) -> Callable[[], Any] | None:
        """The write to run off the GUI thread; None when the database has nothing to save."""
        raise NotImplementedError

    # What ``ctx.notify`` announces after a save (None: nothing on screen depends on it).
    notice: str | None = "groups"

    # -- saving ------------------------------------------------------------------------
    def _on_save(self) -> None:
        if self._saving:
            return
        self.errors.save_attempted = True
        data, errors = self.validate()
        self.errors.show(errors)
        if errors:
            return
        work = self.save_work(data)
        if work is None:
            self.saved_record = None
            self.accept()
            return
        self._set_saving(True)
        self.ctx.tasks.run(
            work,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
            write=True,
        )

    def _on_saved(self, record: Any) -> None:
        if self.notice:
            self.ctx.notify(self.notice)
        if not isValid(self):
            return  # closed while saving: the record is saved all the same
        self._set_saving(False)
        self.saved_record = record
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        if not isValid(self):
            show_error(None, error)
            return
        self._set_saving(False)
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
        elif isinstance(error, TtkError):
            self.errors.show({"form": error.message})
        else:
            show_error(self, error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)


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
