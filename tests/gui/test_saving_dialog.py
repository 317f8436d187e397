"""The saving machinery every record form shares (gui/dialogs/saving.py).

Driven through the participant and group forms, the forms people use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui.dialogs.group_dialog import GroupDialog
from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog


def shown(dialog: Any) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.errors.labels.items() if label.isVisible()}


def test_consent_date_problem_shows_in_the_consent_row(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks say "consent_date"; the form shows it under the consent row."""
    dialog = ParticipantDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consent_given.setChecked(True)
    assert shown(dialog) == {}  # ticking the box is no problem
    dialog.consent_date.setDate(QDate.currentDate().addDays(3))
    assert list(shown(dialog)) == ["consent"]
    assert "future" in shown(dialog)["consent"]


def test_problems_found_by_the_service_show_under_their_fields(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the form let through but the service refused lands under the fields."""
    dialog = ParticipantDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consent_given.setChecked(True)
    dialog.consent_date.setDate(QDate.currentDate().addDays(3))
    dialog.validate = lambda: (dialog.participant_input(), {})  # skip the form's own checks
    dialog.notes.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "consent" in shown(dialog))
    assert {"first_name", "last_name", "consent"} <= set(shown(dialog))
    assert "future" in shown(dialog)["consent"]
    qtbot.waitUntil(dialog.first_name.hasFocus)
    assert dialog.save_button.isEnabled() and dialog.result() != QDialog.DialogCode.Accepted


def test_a_record_gone_meanwhile_is_said_at_the_top(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    person = svc.create_participant(
        ctx.db,
        ParticipantInput(
            first_name="Leyla",
            last_name="Kurt",
            consent_given=True,
            consent_date=dt.date(2024, 1, 1),
        ),
    )
    dialog = ParticipantDialog(ctx, None, person)
    qtbot.addWidget(dialog)
    dialog.show()
    svc.delete_participant(ctx.db, person.id)  # someone else deleted her
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "form" in shown(dialog))
    assert dialog.saved_record is None and dialog.save_button.isEnabled()


def test_ctrl_s_saves_every_form(ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = GroupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "name" in shown(dialog)  # checked first: the name is missing
    qtbot.waitUntil(dialog.name.hasFocus)
    type_text(dialog.name, "Kadın dayanışma grubu")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.saved_record.name == "Kadın dayanışma grubu"


def test_a_bidi_override_in_the_register_number_is_refused_under_its_field(
    ctx, qtbot, type_text
) -> None:  # type: ignore[no-untyped-def]
    """``C007`` + U+202E looks like ``C007``: the form refuses it and says where (issue #11)."""
    dialog = ParticipantDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.first_name, "Ali")
    type_text(dialog.last_name, "Veli")
    dialog.consent_given.setChecked(True)
    type_text(dialog.external_id, "C007\u202e")
    assert dialog.external_id.text() == "C007\u202e"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    errors = shown(dialog)
    assert list(errors) == ["external_id"]
    assert "U+202E" in errors["external_id"] and "C007\\u202e" in errors["external_id"]
    assert "\u202e" not in errors["external_id"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert svc.count_participants(ctx.db, svc.ParticipantQuery()) == 0
    # A Persian name keeps its zero-width non-joiner.
    dialog.external_id.clear()
    type_text(dialog.first_name, "\u200cنا")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_record is not None
    assert dialog.saved_record.first_name == "Ali\u200cنا"
