"""File → Audit log… (administrators): who changed what, filtered, read-only (#16).

Filters: a person (chosen by searching, as when adding members), a record's
id, the account that acted, and a date range. The table reads
``core.security.audit.read_audit_log`` page by page on a worker as it is
scrolled (``fetchMore``). Nothing here can change the log: there is no edit
path in the app, and the database's triggers refuse one anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.models.security_models import AuditTableModel

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext

PAGE = 200


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class AuditLogDialog(QDialog):
    """The audit log with its filters; rows are read as the table is scrolled."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("audit_log_dialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.person: Any = None  # the ParticipantRecord chosen, if any

        self.person_label = QLabel(self.tr("everyone"), self)
        self.person_label.setObjectName("audit_person")
        self.choose_person = QPushButton(self.tr("Choose…"), self)
        self.choose_person.setObjectName("audit_choose_person")
        self.choose_person.clicked.connect(self._on_choose_person)
        self.clear_person = QPushButton(self.tr("Everyone"), self)
        self.clear_person.setObjectName("audit_clear_person")
        self.clear_person.clicked.connect(lambda: self.set_person(None))
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_label, 1)
        person_row.addWidget(self.choose_person)
        person_row.addWidget(self.clear_person)

        self.record = QLineEdit(self)
        self.record.setObjectName("audit_record")
        self.record.setPlaceholderText(self.tr("the record's id, exactly"))
        self.record.setClearButtonEnabled(True)
        self.record.editingFinished.connect(self.refresh)
        self.account = QComboBox(self)
        self.account.setObjectName("audit_account")
        self.account.addItem(self.tr("any account"), "")
        self.account.currentIndexChanged.connect(lambda _i: self.refresh())

        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("From"), self)
        self.use_from.setObjectName("audit_use_from")
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_from.setObjectName("audit_date_from")
        self.use_to = QCheckBox(self.tr("to"), self)
        self.use_to.setObjectName("audit_use_to")
        self.date_to = QDateEdit(today, self)
        self.date_to.setObjectName("audit_date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.use_from.toggled.connect(lambda _on: self.refresh())
        self.use_to.toggled.connect(lambda _on: self.refresh())
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Person"), person_row)
        form.addRow(self.tr("Record"), self.record)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Dates (UTC)"), dates)

        self.model = AuditTableModel(self, fetcher=self._fetch, page=PAGE)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.load_failed.connect(lambda error: show_error(self, error))
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("audit_status")
        self.note = QLabel(
            self.tr("The audit log cannot be changed: it only grows, and is kept with the data."),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(980, 600)
        self._load_accounts()
        self.refresh()

    # -- filters ------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The filters as ``read_audit_log`` takes them."""
        return {
            "person": self.person.id if self.person is not None else None,
            "record": self.record.text().strip() or None,
            "account": self.account.currentData() or None,
            "date_from": _day(self.date_from) if self.use_from.isChecked() else None,
            "date_to": _day(self.date_to) if self.use_to.isChecked() else None,
        }

    def set_person(self, person: Any) -> None:
        self.person = person
        self.person_label.setText(
            f"{person.full_name} ({person.office_code})"
            if person is not None
            else self.tr("everyone")
        )
        self.refresh()

    def _on_choose_person(self) -> None:
        from ttk_desktop.gui.dialogs.participant_picker import ParticipantPickerDialog

        picker = ParticipantPickerDialog(
            self.ctx,
            self,
            title=self.tr("Whose entries?"),
            accept_text=self.tr("Show"),
            multi=False,
        )
        if picker.exec() == QDialog.DialogCode.Accepted:
            chosen = picker.selected_records()
            if chosen:
                self.set_person(chosen[0])

    def _load_accounts(self) -> None:
        db = self.ctx.db

        def work() -> list[str]:
            from ttk_desktop.core.security.audit import audit_accounts

            return audit_accounts(db)

        def done(names: list[str]) -> None:
            if not isValid(self):
                return
            self.account.blockSignals(True)
            for name in names:
                self.account.addItem(name, name)
            self.account.blockSignals(False)

        self.ctx.tasks.run(work, on_success=done, on_failure=lambda _e: None)

    # -- rows -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.status.setText(self.tr("Reading…"))
        self.model.restart()

    def _fetch(
        self,
        after: int | None,
        on_rows: Callable[[list[Any]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        db, filters = self.ctx.db, self.filters()

        def work() -> list[Any]:
            from ttk_desktop.core.security.audit import read_audit_log

            return read_audit_log(db, limit=PAGE, after=after, **filters)

        self.ctx.tasks.run(
            work,
            on_success=lambda rows: isValid(self) and on_rows(rows),
            on_failure=lambda error: isValid(self) and on_error(error),
        )

    def _on_page_loaded(self, _added: int) -> None:
        shown = self.model.rowCount()
        text = self.tr("%n entry(ies) shown", "", shown)
        if not self.model.at_end:
            text += " · " + self.tr("scroll down for older ones")
        self.status.setText(text)
        if shown and self.table.columnWidth(0) < 60:
            self.table.resizeColumnsToContents()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.refresh()  # Enter in the record field searches, it does not close
            return
        super().keyPressEvent(event)
