"""Item models of the Data exchange page: merge results, merged files, pinned keys, conflicts.

Each holds a list of the core's frozen records (``core.exchange``); ``data()``
only indexes and formats them. Times arrive as ISO UTC text and are shown in
the user's time zone and language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from ttk_desktop.core import textfold
from ttk_desktop.core.exchange import STATUS_ALREADY, STATUS_MERGED, STATUS_REFUSED, MergeReport
from ttk_desktop.core.exchange.history import ConflictRecord, PinnedKeyRecord, ReceivedFileRecord
from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP
from ttk_desktop.gui.i18n import left_to_right
from ttk_desktop.gui.models.group_table_model import RecordTableModel, format_number

_CTX = "ExchangeModels"
STATUS_LABELS = {
    STATUS_MERGED: QT_TRANSLATE_NOOP(_CTX, "Merged"),
    STATUS_ALREADY: QT_TRANSLATE_NOOP(_CTX, "Already merged"),
    STATUS_REFUSED: QT_TRANSLATE_NOOP(_CTX, "Refused"),
}
# The fields a conflict can name, as people call them.
FIELD_LABELS = {
    "office_id": QT_TRANSLATE_NOOP(_CTX, "Office"),
    "external_id": QT_TRANSLATE_NOOP(_CTX, "Register number"),
    "first_name": QT_TRANSLATE_NOOP(_CTX, "First name"),
    "last_name": QT_TRANSLATE_NOOP(_CTX, "Last name"),
    "first_name_ar": QT_TRANSLATE_NOOP(_CTX, "First name in Arabic"),
    "last_name_ar": QT_TRANSLATE_NOOP(_CTX, "Last name in Arabic"),
    "gender": QT_TRANSLATE_NOOP(_CTX, "Gender"),
    "birth_date": QT_TRANSLATE_NOOP(_CTX, "Birth date"),
    "birth_date_estimated": QT_TRANSLATE_NOOP(_CTX, "Birth date estimated"),
    "nationality": QT_TRANSLATE_NOOP(_CTX, "Nationality"),
    "phone": QT_TRANSLATE_NOOP(_CTX, "Phone"),
    "consent_given": QT_TRANSLATE_NOOP(_CTX, "Consent given"),
    "consent_date": QT_TRANSLATE_NOOP(_CTX, "Consent date"),
    "disability": QT_TRANSLATE_NOOP(_CTX, "Disability"),
    "notes": QT_TRANSLATE_NOOP(_CTX, "Notes"),
    "deleted": QT_TRANSLATE_NOOP(_CTX, "Deleted"),
    "type": QT_TRANSLATE_NOOP(_CTX, "Type"),
    "name": QT_TRANSLATE_NOOP(_CTX, "Name"),
    "facilitator": QT_TRANSLATE_NOOP(_CTX, "Facilitator"),
    "start_date": QT_TRANSLATE_NOOP(_CTX, "Start date"),
    "end_date": QT_TRANSLATE_NOOP(_CTX, "End date"),
    "description": QT_TRANSLATE_NOOP(_CTX, "Description"),
    "group_id": QT_TRANSLATE_NOOP(_CTX, "Group"),
    "date": QT_TRANSLATE_NOOP(_CTX, "Date"),
    "start_time": QT_TRANSLATE_NOOP(_CTX, "Start time"),
    "end_time": QT_TRANSLATE_NOOP(_CTX, "End time"),
    "topic": QT_TRANSLATE_NOOP(_CTX, "Topic"),
    "place": QT_TRANSLATE_NOOP(_CTX, "Place"),
    "kind": QT_TRANSLATE_NOOP(_CTX, "Duplicate decision"),
    "person_a": QT_TRANSLATE_NOOP(_CTX, "Person kept"),
    "person_b": QT_TRANSLATE_NOOP(_CTX, "Other person"),
    "decided_at": QT_TRANSLATE_NOOP(_CTX, "Decided at"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def qdatetime(iso: str) -> QDateTime:
    """An ISO time (UTC) as a QDateTime in local time; invalid for no time."""
    value = QDateTime.fromString(iso, Qt.DateFormat.ISODate) if iso else QDateTime()
    return value.toLocalTime() if value.isValid() else QDateTime()


def format_time(iso: str) -> str:
    """An ISO time (UTC) as the user reads it: local date and time, short form."""
    value = qdatetime(iso)
    if not value.isValid():
        return iso
    return left_to_right(QLocale().toString(value, QLocale.FormatType.ShortFormat))


def status_label(status: str) -> str:
    return _tr(STATUS_LABELS.get(status, status))


def field_label(field: str) -> str:
    return _tr(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def value_text(value: Any) -> str:
    """A logged value as text: empty shows as a dash, yes/no translated."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    return left_to_right(str(value))


class MergeReportTableModel(RecordTableModel[MergeReport]):
    """One row per file of the last merge."""

    CONTEXT = "MergeReportTableModel"
    FILE, OFFICE, STATUS, REASON, ADDED, UPDATED, DELETED, CONFLICTS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("MergeReportTableModel", "File"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Office"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Status"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Reason"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Added"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Updated"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Deleted"),
        QT_TRANSLATE_NOOP("MergeReportTableModel", "Conflicts"),
    )
    NUMERIC_COLUMNS = frozenset({ADDED, UPDATED, DELETED, CONFLICTS})
    _NUMBERS = {ADDED: "added", UPDATED: "updated", DELETED: "deleted", CONFLICTS: "conflicts"}

    def display(self, record: MergeReport, column: int, row: int) -> Any:
        if column == self.FILE:
            return left_to_right(record.file)
        if column == self.OFFICE:
            return record.office
        if column == self.STATUS:
            return status_label(record.status)
        if column == self.REASON:
            return record.reason
        if column in self._NUMBERS:
            return format_number(getattr(record, self._NUMBERS[column]))
        return None

    def sort_value(self, record: MergeReport, column: int, row: int) -> Any:
        if column in self._NUMBERS:
            return getattr(record, self._NUMBERS[column])
        return textfold.fold(str(self.display(record, column, row)))

    def extra(self, record: MergeReport, column: int, role: int, row: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON and record.reason:
            return record.reason
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.STATUS
            and record.status == STATUS_REFUSED
        ):
            from PySide6.QtGui import QColor

            return QColor("#a00000")
        return None


class MergeHistoryTableModel(RecordTableModel[ReceivedFileRecord]):
    """Files merged into this database, per office."""

    CONTEXT = "MergeHistoryTableModel"
    OFFICE, SEQ, CREATED, NEWEST, MERGED, FILE, KIND, ADDED, UPDATED, DELETED, CONFLICTS = range(11)
    HEADERS = (
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Office"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "No."),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Exported"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Newest change"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Merged"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "File"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Kind"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Added"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Updated"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Deleted"),
        QT_TRANSLATE_NOOP("MergeHistoryTableModel", "Conflicts"),
    )
    NUMERIC_COLUMNS = frozenset({SEQ, ADDED, UPDATED, DELETED, CONFLICTS})
    _NUMBERS = {
        SEQ: "seq",
        ADDED: "added",
        UPDATED: "updated",
        DELETED: "deleted",
        CONFLICTS: "conflicts",
    }
    _TIMES = {CREATED: "created_at", NEWEST: "newest", MERGED: "merged_at"}

    def display(self, record: ReceivedFileRecord, column: int, row: int) -> Any:
        if column == self.OFFICE:
            return record.office
        if column in self._NUMBERS:
            return format_number(getattr(record, self._NUMBERS[column]))
        if column in self._TIMES:
            return format_time(getattr(record, self._TIMES[column]))
        if column == self.FILE:
            return left_to_right(record.file_name)
        if column == self.KIND:
            return _tr("Full") if record.full else _tr("Changes")
        return None

    def sort_value(self, record: ReceivedFileRecord, column: int, row: int) -> Any:
        if column in self._NUMBERS:
            return getattr(record, self._NUMBERS[column])
        if column in self._TIMES:
            return qdatetime(getattr(record, self._TIMES[column]))
        return textfold.fold(str(self.display(record, column, row)))


class PinnedKeyTableModel(RecordTableModel[PinnedKeyRecord]):
    """The offices' signing keys this database trusts."""

    CONTEXT = "PinnedKeyTableModel"
    OFFICE, FINGERPRINT, PINNED = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("PinnedKeyTableModel", "Office"),
        QT_TRANSLATE_NOOP("PinnedKeyTableModel", "Key fingerprint"),
        QT_TRANSLATE_NOOP("PinnedKeyTableModel", "Trusted since"),
    )

    def display(self, record: PinnedKeyRecord, column: int, row: int) -> Any:
        if column == self.OFFICE:
            return record.office
        if column == self.FINGERPRINT:
            return left_to_right(record.fingerprint)
        if column == self.PINNED:
            return format_time(record.pinned_at)
        return None

    def sort_value(self, record: PinnedKeyRecord, column: int, row: int) -> Any:
        if column == self.PINNED:
            return qdatetime(record.pinned_at)
        return textfold.fold(str(self.display(record, column, row)))


class ConflictTableModel(RecordTableModel[ConflictRecord]):
    """Open conflicts: the value kept by the merge and the other one."""

    CONTEXT = "ConflictTableModel"
    RECORD, FIELD, KEPT, KEPT_OFFICE, KEPT_AT, OTHER, OTHER_OFFICE, OTHER_AT = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Field"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Kept value"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Kept from"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Changed at"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Other value"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Other from"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Changed at"),
    )

    def display(self, record: ConflictRecord, column: int, row: int) -> Any:
        if column == self.RECORD:
            return record.record_label
        if column == self.FIELD:
            return field_label(record.field)
        if column == self.KEPT:
            return value_text(record.kept_value)
        if column == self.KEPT_OFFICE:
            return record.kept_office
        if column == self.KEPT_AT:
            return format_time(record.kept_at)
        if column == self.OTHER:
            return value_text(record.other_value)
        if column == self.OTHER_OFFICE:
            return record.other_office
        if column == self.OTHER_AT:
            return format_time(record.other_at)
        return None

    def sort_value(self, record: ConflictRecord, column: int, row: int) -> Any:
        if column == self.KEPT_AT:
            return qdatetime(record.kept_at)
        if column == self.OTHER_AT:
            return qdatetime(record.other_at)
        return textfold.fold(str(self.display(record, column, row)))

    def extra(self, record: ConflictRecord, column: int, role: int, row: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.KEPT, self.OTHER):
            return value_text(record.kept_value if column == self.KEPT else record.other_value)
        return None

    def row_of(self, conflict_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == conflict_id), -1)
