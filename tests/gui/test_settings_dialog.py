"""Settings → Printing: the office's print defaults, read and saved off the GUI thread."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from ttk_desktop.core.db.models import AuditEntry
from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog
from ttk_desktop.gui.printing.preview import LANGUAGE_CHOICES
from ttk_desktop.printing.options import (
    DEFAULT_ASSOCIATION,
    MAX_NAME_LENGTH,
    MAX_WALK_IN_ROWS,
    PrintOptions,
    load_print_settings,
)


def settings_audit(db) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        query = select(AuditEntry).where(AuditEntry.table_name == "settings")
        return list(session.scalars(query.order_by(AuditEntry.id)))


def open_dialog(ctx, settings, qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, ctx.path, None, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    # Read by a worker: the section waits for the answer rather than showing blanks.
    assert dialog.printing_box.isVisible() and not dialog.printing_box.isEnabled()
    qtbot.waitUntil(dialog.printing_box.isEnabled, timeout=5000)
    return dialog


def test_changed_print_defaults_are_saved_stamped_and_audited(
    ctx, settings, qtbot, type_text
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, settings, qtbot)
    assert dialog.association_name.text() == DEFAULT_ASSOCIATION
    assert dialog.walk_in_rows.value() == 10
    assert dialog.print_languages.currentData() == ("tr", "ar")
    assert dialog.print_languages.count() == len(LANGUAGE_CHOICES)  # found, not added
    clock_before = ctx.db.setting("hlc_last")

    dialog.association_name.clear()
    type_text(dialog.association_name, "Deneme Dayanışma Derneği")
    dialog.walk_in_rows.selectAll()
    type_text(dialog.walk_in_rows, "4")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)

    saved = load_print_settings(ctx.db)
    assert saved.association_name == "Deneme Dayanışma Derneği"
    assert saved.walk_in_rows == 4
    assert (saved.page_size, saved.languages) == ("A4", ("tr", "ar"))  # untouched
    assert dialog.saved_record == saved
    assert settings.language == "en"

    entries = settings_audit(ctx.db)
    changes = {entry.record_uuid: json.loads(entry.changes)["value"] for entry in entries}
    assert changes == {
        "print.association_name": [DEFAULT_ASSOCIATION, "Deneme Dayanışma Derneği"],
        "print.walk_in_rows": ["10", "4"],
    }
    assert {(entry.action, entry.actor) for entry in entries} == {("update", "tester")}
    assert len({entry.hlc for entry in entries}) == 1  # one stamp for one save
    assert entries[0].hlc > int(clock_before or 0)
    assert ctx.db.setting("hlc_last") == str(entries[0].hlc)


def test_invalid_walk_in_rows_show_a_message_and_save_nothing(
    ctx, settings, qtbot, type_text
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, settings, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.walk_in_rows.selectAll()
    type_text(dialog.walk_in_rows, "500")
    label = dialog.errors.labels["walk_in_rows"]
    assert label.isVisible()  # at once, under the field
    assert str(MAX_WALK_IN_ROWS) in label.text() and "500" in label.text()
    type_text(dialog.unit_name, "x" * MAX_NAME_LENGTH)
    assert dialog.errors.labels["unit_name"].isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ctx.tasks.wait_idle()
    qtbot.wait(50)  # room for an answer that must not come
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert label.isVisible() and dialog.errors.labels["unit_name"].isVisible()
    assert load_print_settings(ctx.db) == PrintOptions()
    assert settings_audit(ctx.db) == []
    assert settings.language == "tr"  # nothing saved, the language neither

    # Corrected, it saves.
    dialog.walk_in_rows.selectAll()
    type_text(dialog.walk_in_rows, "20")
    dialog.unit_name.clear()
    type_text(dialog.unit_name, "TTK Birimi")
    assert not label.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    saved = load_print_settings(ctx.db)
    assert (saved.walk_in_rows, saved.unit_name) == (20, "TTK Birimi")


def test_print_options_dialog_starts_from_the_saved_defaults(
    ctx, settings, qtbot, type_text, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.gui.printing import PrintOptionsDialog, show_week_batch

    dialog = open_dialog(ctx, settings, qtbot)
    dialog.association_name.clear()
    type_text(dialog.association_name, "Deneme Derneği")
    dialog.walk_in_rows.selectAll()
    type_text(dialog.walk_in_rows, "3")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    languages = dialog.print_languages
    languages.setCurrentIndex(
        next(n for n in range(languages.count()) if languages.itemData(n) == ("tr", "en"))
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)

    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    job = show_week_batch(ctx, None)
    qtbot.waitUntil(lambda: job.cancelled, timeout=5000)
    options_dialog = job.dialog
    assert options_dialog.walk_in_spin.value() == 3
    assert options_dialog.page_combo.currentData() == "Letter"
    assert options_dialog.language_combo.currentData() == ("tr", "en")
    chosen = options_dialog.options()
    assert chosen.association_name == "Deneme Derneği"
    assert not (chosen.show_phone or chosen.show_birth_date or chosen.show_nationality)


def test_unchanged_print_defaults_write_nothing(ctx, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, settings, qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted  # at once: nothing to write
    ctx.tasks.wait_idle()
    assert settings_audit(ctx.db) == []


def test_without_a_database_only_the_language_is_shown(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.printing_box.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.language == "en"
