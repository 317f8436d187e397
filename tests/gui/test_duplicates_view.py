"""The Duplicates tab (issue 14), driven by the keyboard on a real database.

People are registered through the core services at two offices (IST, ANK) with
the spellings the matcher must pair; the decisions go through to
:mod:`ttk_desktop.core.identity` and are checked in the database afterwards.
The message boxes are patched (``message_boxes``) so nothing blocks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ttk_desktop.core import identity
from ttk_desktop.core.identity import Candidate, PersonRecord, Reason
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services.offices import ensure_office
from ttk_desktop.core.services.participants import create_participant
from ttk_desktop.gui.models.duplicates_models import (
    DIFF_MARKER,
    CandidateTableModel,
    ComparisonTableModel,
    Side,
)
from ttk_desktop.gui.views.duplicates_view import DuplicatesView

needs_decisions = pytest.mark.skipif(
    not hasattr(identity, "confirm_same"),
    reason="the decision services (ttk_desktop.core.identity.confirm_same, mark_different, "
    "split, decided_pairs, person_detail) are not in the core yet",
)
CTRL = Qt.KeyboardModifier.ControlModifier


def person(first: str, last: str, office: str, **more: Any) -> ParticipantInput:
    return ParticipantInput(first, last, office_code=office, **more)


@pytest.fixture
def seeded(db: Any) -> dict[str, str]:
    """Two seeded pairs across offices, and one unrelated person; returns name -> uuid."""
    ensure_office(db, "ANK", "Ankara")
    born = dt.date(1990, 1, 1)
    people = {
        "mohammed": person("Mohammed", "Al-Hassan", "IST", gender="male", birth_date=born,
                           birth_date_estimated=True, nationality="SY", phone="05321112233"),
        "muhammad": person("Muhammad", "Alhasan", "ANK", gender="male", birth_date=born,
                           birth_date_estimated=True, nationality="SY", phone="05329998877"),
        "fatima": person("Fatima", "Khalil", "IST", gender="female",
                         birth_date=dt.date(1985, 3, 4), nationality="SY"),
        "fatma": person("Fatma", "Halil", "ANK", gender="female",
                        birth_date=dt.date(1985, 3, 4), nationality="SY"),
        "ayse": person("Ayşe", "Demir", "IST", gender="female",
                       birth_date=dt.date(1972, 7, 9), nationality="TR"),
    }  # fmt: skip
    return {key: create_participant(db, data).uuid for key, data in people.items()}


def make_view(ctx: Any, qtbot: Any) -> DuplicatesView:
    view = DuplicatesView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: view.loaded and not view.loading, timeout=20000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 or view.sides is not None)
    view.table.setFocus()
    return view


def pair_keys(view: DuplicatesView) -> list[frozenset[str]]:
    return [frozenset((c.a.uuid, c.b.uuid)) for c in view.model.rows]


def settle(view: DuplicatesView, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 or view.sides is not None)


# -- plain models -------------------------------------------------------------------------
def record(uuid: str, first: str, last: str, office: str, phone: str) -> PersonRecord:
    return PersonRecord(uuid, office, None, first, last, phone=phone,
                        birth_date=dt.date(1990, 1, 1), birth_date_estimated=True)  # fmt: skip


def test_candidate_model_sorts_by_score_and_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    a = record("a", "Mohammed", "Al-Hassan", "IST", "1")
    b = record("b", "Muhammad", "Alhasan", "ANK", "2")
    c = record("c", "Omar", "Haddad", "IST", "3")
    model = CandidateTableModel()
    model.set_rows([
        Candidate(a, c, 0.61, (Reason("year", "Same birth year"),)),
        Candidate(a, b, 0.93, (Reason("name", "Names alike"), Reason("year", "Same birth year"))),
    ])  # fmt: skip
    assert [row.score for row in model.rows] == [0.93, 0.61]
    assert model.index(0, model.PERSON_B).data() == "Muhammad Alhasan"
    assert model.index(0, model.OFFICES).data() == "IST \u00b7 ANK"
    assert "Names alike" in model.index(0, model.REASONS).data()
    qtmodeltester.check(model)
    model.remove_where(lambda pair: pair.b.uuid != "b")
    assert model.rowCount() == 1 and model.rows[0].b.uuid == "c"


def test_comparison_marks_differences_and_returns_the_chosen_values(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    def side(uuid: str, first: str, phone: str) -> Side:
        values = {"first_name": first, "last_name": "Alhasan", "phone": phone,
                  "birth_date": dt.date(1990, 1, 1), "birth_date_estimated": True}  # fmt: skip
        return Side(uuid, "IST", first, values)

    model = ComparisonTableModel()
    model.set_sides((side("a", "Mohammed", "1"), side("b", "Muhammad", "2")), default=1)
    qtmodeltester.check(model)
    rows = model.differing_rows()
    assert [model.keys[r] for r in rows] == ["first_name", "phone"]
    first = rows[0]
    assert model.index(first, model.FIELD).data().startswith(DIFF_MARKER)  # not colour alone
    assert model.index(first, model.RIGHT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert model.index(first, model.LEFT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    same = model.keys.index("last_name")
    assert not model.index(same, model.FIELD).data().startswith(DIFF_MARKER)
    assert model.chosen_values(keep=0) == {"first_name": "Muhammad", "phone": "2"}
    model.choose(rows[1], 0)
    assert model.chosen_values(keep=0) == {"first_name": "Muhammad"}
    assert model.chosen_values(keep=1) == {"phone": "1"}


# -- the page -----------------------------------------------------------------------------
def test_list_fills_with_the_seeded_pairs_best_first(ctx, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(ctx, qtbot)
    keys = pair_keys(view)
    assert frozenset((seeded["mohammed"], seeded["muhammad"])) in keys
    scores = [c.score for c in view.model.rows]
    assert scores == sorted(scores, reverse=True)
    assert all(seeded["ayse"] not in k for k in keys)
    assert view.sides is not None and view.table.currentIndex().row() == 0
    assert "to review" in view.status.text()


def test_later_and_arrows_move_through_the_list(ctx, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(ctx, qtbot)
    count = view.model.rowCount()
    assert count >= 2
    first = view.current_pair()
    qtbot.keyClick(view.table, Qt.Key.Key_L, CTRL)
    settle(view, qtbot)
    assert view.table.currentIndex().row() == 1
    assert view.current_pair() is not first and view.model.rowCount() == count
    assert {s.uuid for s in view.sides} == {view.current_pair().a.uuid, view.current_pair().b.uuid}
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    settle(view, qtbot)
    assert view.current_pair() is first


def pick(view: DuplicatesView, qtbot: Any, a: str, b: str) -> None:
    """Go down the list with the arrow key until the pair (a, b) is selected."""
    wanted = frozenset((a, b))
    assert wanted in pair_keys(view)
    while frozenset((view.current_pair().a.uuid, view.current_pair().b.uuid)) != wanted:
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
        settle(view, qtbot)


@needs_decisions
def test_reject_by_keyboard_removes_the_pair_for_good(ctx, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    view = make_view(ctx, qtbot)
    a, b = seeded["fatima"], seeded["fatma"]
    pick(view, qtbot, a, b)
    count = view.model.rowCount()
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    settle(view, qtbot)
    assert frozenset((a, b)) not in pair_keys(view)
    assert view.model.rowCount() == count - 1
    assert frozenset((a, b)) in identity.decided_pairs(ctx.db)
    view.refresh()  # found again from the database: not proposed again
    settle(view, qtbot)
    assert frozenset((a, b)) not in pair_keys(view)


@needs_decisions
def test_confirm_by_keyboard_keeps_the_chosen_person_and_values(  # type: ignore[no-untyped-def]
    ctx, qtbot, seeded, message_boxes
) -> None:
    view = make_view(ctx, qtbot)
    keep, other = seeded["mohammed"], seeded["muhammad"]
    pick(view, qtbot, keep, other)
    notices: list[str] = []
    ctx.data_changed.connect(notices.append)
    # Keep Mohammed (IST) but take the other record's phone, all by keyboard.
    left = 0 if view.sides[0].uuid == keep else 1
    (view.keep_left if left == 0 else view.keep_right).setChecked(True)
    view.fields.setFocus()
    for row, key in enumerate(view.comparison.keys):
        if key in ("first_name", "last_name"):
            view.fields.setCurrentIndex(view.comparison.index(row, 0))
            qtbot.keyClick(
                view.fields, Qt.Key(Qt.Key.Key_1 + left), Qt.KeyboardModifier.AltModifier
            )
    phone_row = view.comparison.keys.index("phone")
    view.fields.setCurrentIndex(view.comparison.index(phone_row, 0))
    qtbot.keyClick(view.fields, Qt.Key(Qt.Key.Key_1 + 1 - left), Qt.KeyboardModifier.AltModifier)
    assert view.comparison.chosen_values(left) == {"phone": "05329998877"}

    qtbot.keyClick(view.fields, Qt.Key.Key_Return, CTRL)
    settle(view, qtbot)
    kind, text = message_boxes.calls[-1]
    assert kind == "question"
    assert "Mohammed Al-Hassan (IST)" in text and "Muhammad Alhasan (ANK)" in text
    assert "counted once" in text and "split" in text
    assert all(other not in k for k in pair_keys(view))
    assert "import" in notices
    assert frozenset((keep, other)) in identity.decided_pairs(ctx.db)
    kept = identity.person_detail(ctx.db, keep)
    fields = getattr(kept, "participant", kept)
    assert fields.first_name == "Mohammed" and fields.phone == "05329998877"


@needs_decisions
def test_confirm_answered_no_changes_nothing(ctx, qtbot, seeded, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.No
    view = make_view(ctx, qtbot)
    before = pair_keys(view)
    qtbot.keyClick(view.table, Qt.Key.Key_Return, CTRL)
    settle(view, qtbot)
    assert message_boxes.calls and pair_keys(view) == before
    assert not identity.decided_pairs(ctx.db)


def test_view_menu_opens_the_tab_with_ctrl_5(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.tabs
    action = main_window.findChild(type(main_window.new_action), "action_tab_5")
    assert action is not None and action.shortcut().toString() == "Ctrl+5"
    qtbot.keyClick(main_window, Qt.Key.Key_5, CTRL)
    assert tabs.currentIndex() == main_window.duplicates_index
    assert isinstance(tabs.currentWidget(), DuplicatesView)
    assert tabs.tabText(main_window.duplicates_index) == "Duplicates"
    view = tabs.currentWidget()
    qtbot.waitUntil(lambda: view.loaded and not view.loading, timeout=20000)


def test_arabic_keeps_latin_names_in_their_reading_order(ctx, qtbot, seeded, use_language) -> None:  # type: ignore[no-untyped-def]
    use_language("ar")
    view = make_view(ctx, qtbot)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    first, second = view.sides
    assert f"\u2068{first.name}\u2069" in view.pair_title.text()
    assert f"\u2068{second.office}\u2069" in view.keep_right.text()
