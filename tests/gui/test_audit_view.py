"""The audit log viewer (#16): filters, pages read as the table scrolls, read-only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView

from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security.audit import read_audit_log
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.models.security_models import AuditTableModel, changes_text
from ttk_desktop.gui.views.audit_view import AuditLogDialog


@pytest.fixture
def admin_ctx(protected_db, qapp):  # type: ignore[no-untyped-def]
    context = AppContext(protected_db)
    yield context
    context.tasks.shutdown()


def _people(db: Any, n: int) -> list[Any]:
    return [svc.create_participant(db, ParticipantInput(f"Kişi{i}", "Deneme")) for i in range(n)]


def test_model_on_plain_rows(qtmodeltester, protected_db) -> None:  # type: ignore[no-untyped-def]
    _people(protected_db, 2)
    model = AuditTableModel()
    model.append_rows(read_audit_log(protected_db))
    qtmodeltester.check(model)
    assert model.index(0, model.ACTION).data() == "added"
    assert model.index(0, model.ACCOUNT).data() == "admin"
    assert "first_name: Kişi1" in model.index(0, model.CHANGES).data()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert changes_text({"phone": [None, "0532"]}) == "phone:  \u2192 0532"


def test_pages_arrive_as_the_table_scrolls(admin_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.views import audit_view

    monkeypatch.setattr(audit_view, "PAGE", 5)
    _people(admin_ctx.db, 12)  # 12 inserts + the office's + the setting's + login: > 2 pages
    total = len(read_audit_log(admin_ctx.db, limit=1000))
    dialog = AuditLogDialog(admin_ctx)
    dialog.model.page = 5
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 5)
    for _ in range(20):  # the view itself asks for more while it has room
        qtbot.waitUntil(lambda: not dialog.model.loading)
        if not dialog.model.canFetchMore():
            break
        dialog.table.scrollToBottom()
        dialog.model.fetchMore()
    assert dialog.model.rowCount() == total
    ids = [row.id for row in dialog.model.rows()]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert str(total) in dialog.status.text()


def test_filters_by_person_record_account_and_dates(admin_ctx, qtbot, on_modal, type_text) -> None:  # type: ignore[no-untyped-def]
    ayse, omar = (
        svc.create_participant(admin_ctx.db, ParticipantInput("Ayşe", "Yılmaz")),
        svc.create_participant(admin_ctx.db, ParticipantInput("Omar", "Hassan")),
    )
    svc.update_participant(admin_ctx.db, omar.id, ParticipantInput("Omar", "Hasan"))
    dialog = AuditLogDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() > 3)

    def pick(picker: Any) -> None:
        type_text(picker.search, "ayşe")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=5000)
        picker.table.selectRow(0)
        qtbot.mouseClick(picker.accept_button, Qt.MouseButton.LeftButton)

    on_modal(pick)
    qtbot.mouseClick(dialog.choose_person, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() == 1)
    assert dialog.model.row_at(0).record == ayse.uuid
    assert "Ayşe Yılmaz" in dialog.person_label.text()

    qtbot.mouseClick(dialog.clear_person, Qt.MouseButton.LeftButton)
    type_text(dialog.record, omar.uuid)
    qtbot.keyClick(dialog.record, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() == 2)
    assert [row.action for row in dialog.model.rows()] == ["update", "insert"]
    assert dialog.isVisible()  # Enter searched; it did not close the dialog

    dialog.record.clear()
    qtbot.waitUntil(lambda: dialog.account.count() > 1)
    dialog.account.setCurrentIndex(dialog.account.findData("admin"))
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() > 3)
    assert {row.account for row in dialog.model.rows()} == {"admin"}

    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    dialog.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.use_from.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() == 0)
    dialog.use_from.setChecked(False)
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.model.rowCount() > 3)
