"""The Participants tab's Personal data menu (#16): export, erase on request, retention."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.security.privacy import ERASED_NAME
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui.dialogs.privacy_dialogs import RetentionDialog, SubjectExportDialog

ERASED = f"{ERASED_NAME} {ERASED_NAME}"


def add(db: Any, first: str, last: str, **extra: Any) -> Any:
    return svc.create_participant(db, ParticipantInput(first, last, phone="0532 765 4321", **extra))


def shown_names(view: Any) -> list[str]:
    return [view.proxy.record(row).full_name for row in range(view.proxy.rowCount())]


def select_person(qtbot: Any, view: Any, name: str) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: name in shown_names(view))
    view.select_row(shown_names(view).index(name))
    assert view.selected_record().full_name == name


class Warnings:
    """QMessageBox.warning patched: records the texts, answers ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(self._warning))

    def _warning(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.texts.append(text)
        return self.answer


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    return Warnings(monkeypatch)


def test_export_asks_format_language_file_and_warns_before_writing(  # type: ignore[no-untyped-def]
    main_window, ctx, qtbot, on_modal, warnings, message_boxes, monkeypatch, tmp_path
) -> None:
    add(ctx.db, "Rama", "Khalil", external_id="P9")
    view = main_window.participants_view
    select_person(qtbot, view, "Rama Khalil")
    actions = view.privacy
    assert actions.export_action.isVisible() and actions.export_action.isEnabled()
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "rama"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))

    def choose(dialog: SubjectExportDialog) -> None:
        assert isinstance(dialog, SubjectExportDialog)
        dialog.xlsx.click()
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.accept()

    # Refused at the personal data warning: nothing is written.
    warnings.answer = QMessageBox.StandardButton.No
    on_modal(choose)
    actions.export_action.trigger()
    assert asked == ["kisisel-veri-IST-P9.xlsx"]  # no name in the file name
    assert "personal data" in warnings.texts[-1] and "rama.xlsx" in warnings.texts[-1]
    assert not (tmp_path / "rama.xlsx").exists()

    warnings.answer = QMessageBox.StandardButton.Yes
    on_modal(choose)
    actions.export_action.trigger()
    qtbot.waitUntil(lambda: any("Saved to" in text for _kind, text in message_boxes.calls))
    from openpyxl import load_workbook

    cells = [
        c.value
        for ws in load_workbook(tmp_path / "rama.xlsx").worksheets
        for row in ws.iter_rows()
        for c in row
    ]
    assert "Rama" in cells and "بيانات التسجيل" in cells  # in the person's language


def test_erase_confirms_what_goes_and_what_stays_then_clears_undo(  # type: ignore[no-untyped-def]
    main_window, ctx, qtbot, warnings, message_boxes
) -> None:
    add(ctx.db, "Hasan", "Öztürk", gender="male", nationality="SY")
    add(ctx.db, "Rama", "Khalil")
    view = main_window.participants_view
    select_person(qtbot, view, "Hasan Öztürk")
    assert view.privacy.erase_action.isVisible()  # the database's administrator
    view.undo_stack.push(_Noop())  # an earlier edit that could bring values back

    warnings.answer = QMessageBox.StandardButton.No
    view.privacy.erase_action.trigger()
    text = warnings.texts[-1]
    for words in ("Hasan Öztürk", "Removed:", "phone", "Kept:", "gender", "cannot be undone"):
        assert words in text
    assert "Hasan Öztürk" in shown_names(view)

    from ttk_desktop.core.security.backups import back_up_now

    back_up_now(ctx.db)  # made by hand: the erasure cannot reach into it, and says so
    warnings.answer = QMessageBox.StandardButton.Yes
    view.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: ERASED in shown_names(view))
    assert "Hasan Öztürk" not in shown_names(view) and "Rama Khalil" in shown_names(view)
    assert view.undo_stack.count() == 0
    [said] = [text for _kind, text in message_boxes.calls if "was erased" in text]
    assert "Backups made before the erasure" in said and "1 made by hand" in said


class _Noop:
    def __new__(cls) -> Any:
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("edit")


def _age_everyone(db: Any, years: int) -> None:
    """Every record last changed ``years`` ago (as if the office had kept it that long)."""
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=365 * years + 5)
    stamp = int(Stamp(int(then.timestamp() * 1000), 0))
    con = sqlite3.connect(db.path)
    with con:
        con.execute("UPDATE participants SET hlc = ?", (stamp,))
    con.close()


def test_retention_counts_then_confirms_how_many(  # type: ignore[no-untyped-def]
    main_window, ctx, qtbot, on_modal, warnings, message_boxes
) -> None:
    for n in range(3):
        add(ctx.db, f"Ad{n}", "Eski", external_id=f"E{n}")
    _age_everyone(ctx.db, 7)
    add(ctx.db, "Yeni", "Kişi")
    view = main_window.participants_view
    view.refresh()
    qtbot.waitUntil(lambda: view.total == 4)
    from ttk_desktop.core.security.backups import back_up_now

    back_up_now(ctx.db)  # it keeps the old values: the result says so
    seen: dict[str, Any] = {}

    def decide(dialog: RetentionDialog) -> None:
        assert isinstance(dialog, RetentionDialog)
        qtbot.waitUntil(lambda: dialog.count is not None)
        seen["default"] = (dialog.years.value(), dialog.count)
        dialog.years.setValue(10)
        qtbot.waitUntil(lambda: dialog.count == 0)
        seen["ten"] = dialog.anonymise_button.isEnabled()
        dialog.years.setValue(6)
        qtbot.waitUntil(lambda: dialog.count == 3)
        seen["label"] = dialog.count_label.text()
        dialog.anonymise_button.click()

    on_modal(decide)
    view.privacy.retention_action.trigger()
    assert seen["default"] == (5, 3) and seen["ten"] is False
    assert "3 people" in seen["label"] and "6 years" in seen["label"]
    assert "Anonymise 3 people inactive for 6 years?" in warnings.texts[-1]
    qtbot.waitUntil(lambda: shown_names(view).count(ERASED) == 3)
    assert "Yeni Kişi" in shown_names(view)
    [said] = [text for _kind, text in message_boxes.calls if "3 people anonymised" in text]
    assert "1 made by hand" in said
    from ttk_desktop.core.security.privacy import retention_years

    assert retention_years(ctx.db) == 6  # remembered for next time


# -- roles ----------------------------------------------------------------------------


@pytest.fixture
def accounts(protected_db: Any) -> Any:
    from ttk_desktop.core.security.accounts import add_account
    from ttk_desktop.core.security.roles import Role

    add_account(protected_db, "ayse", Role.STAFF, "staff-password-1")
    add_account(protected_db, "veli", Role.VIEWER, "viewer-password-1")
    add(protected_db, "Rama", "Khalil")
    return protected_db


@pytest.mark.parametrize(
    ("name", "password", "export", "erase"),
    [
        ("admin", "admin-password", True, True),
        ("ayse", "staff-password-1", True, False),
        ("veli", "viewer-password-1", False, False),
    ],
)
def test_each_role_sees_only_what_it_may_do(  # type: ignore[no-untyped-def]
    accounts, qtbot, qapp, name, password, export, erase
) -> None:
    from ttk_desktop.core.security.login import login
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.gui.views.participants_view import ParticipantsView

    db = login(accounts.path, name, password)
    context = AppContext(db)
    try:
        view = ParticipantsView(context)
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        qtbot.waitUntil(lambda: view.total == 1)
        view.select_row(0)
        actions = view.privacy
        assert actions.export_action.isVisible() is export
        assert actions.export_action.isEnabled() is export
        assert actions.erase_action.isVisible() is erase
        assert actions.retention_action.isVisible() is erase
        assert actions.button.isVisibleTo(view) is (export or erase)
    finally:
        context.tasks.wait_idle()
        context.shutdown()


def test_screenshots_in_turkish_and_arabic(ctx, qtbot, use_language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Not a pixel check: the dialogs build and lay out in both directions."""
    for language in ("tr", "ar"):
        use_language(language)
        dialog = SubjectExportDialog("Rama Khalil")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.grab().save(str(tmp_path / f"export-{language}.png"))
        retention = RetentionDialog(ctx)
        qtbot.addWidget(retention)
        retention.show()
        qtbot.waitUntil(lambda r=retention: r.count is not None)
        retention.grab().save(str(tmp_path / f"retention-{language}.png"))
        expected = language == "ar"
        assert (QApplication.layoutDirection().name == "RightToLeft") is expected
    ctx.tasks.wait_idle()


def test_an_erased_person_cannot_be_edited(main_window, ctx, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    """The form would store the year-only birth date as 1 January (#16)."""
    from ttk_desktop.core.security.privacy import erase_participant

    person = add(ctx.db, "Hasan", "Öztürk", birth_date=dt.date(2006, 6, 20))
    erase_participant(ctx.db, person.id)
    view = main_window.participants_view
    select_person(qtbot, view, ERASED)
    view.edit_button.click()
    assert message_boxes.calls[-1][0] == "information"
    assert "erased on request" in message_boxes.calls[-1][1]
    assert QApplication.activeModalWidget() is None  # no form opened
