"""The Participants tab and the participant form, driven like a person would."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services import participants as svc
from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog


def add(db: Any, first: str, last: str, **extra: Any) -> Any:
    return svc.create_participant(db, ParticipantInput(first_name=first, last_name=last, **extra))


def shown_names(view: Any) -> list[str]:
    return [view.proxy.record(row).full_name for row in range(view.proxy.rowCount())]


def search(qtbot: Any, view: Any, type_text: Any, text: str) -> None:
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.query.text == "" and not view.model.loading)
    type_text(view.search, text)
    qtbot.waitUntil(lambda: view.model.query.text == text and not view.model.loading)


def activate(qtbot: Any, window: Any) -> None:
    """Offscreen, the main window is not re-activated when a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def select_person(qtbot: Any, view: Any, name: str) -> None:
    qtbot.waitUntil(lambda: name in shown_names(view))
    view.select_row(shown_names(view).index(name))
    assert view.selected_record().full_name == name


def test_register_through_the_form(main_window, qtbot, type_text, on_modal) -> None:  # type: ignore[no-untyped-def]
    view = main_window.participants_view
    filled: list[ParticipantDialog] = []

    def fill_and_save(dialog: Any) -> None:
        assert isinstance(dialog, ParticipantDialog)
        filled.append(dialog)
        type_text(dialog.first_name, "Şule")
        type_text(dialog.last_name, "Işık")
        type_text(dialog.first_name_ar, "شولة")
        type_text(dialog.birth_date, "1990")
        dialog.year_only.setChecked(True)
        dialog.nationality.setCurrentIndex(dialog.nationality.findData("SY"))
        type_text(dialog.phone, "0532 111 22 33")
        qtbot.mouseClick(dialog.consent_given, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves

    on_modal(fill_and_save)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert filled and filled[0].result() == QDialog.DialogCode.Accepted
    saved = filled[0].saved_record
    assert saved.birth_date == dt.date(1990, 1, 1) and saved.birth_date_estimated
    assert saved.first_name_ar == "شولة" and saved.consent_given
    qtbot.waitUntil(lambda: "Şule Işık" in shown_names(view))
    row = shown_names(view).index("Şule Işık")
    birth = view.proxy.index(row, view.model.BIRTH_DATE).data()
    assert birth == "~1990"
    qtbot.waitUntil(lambda: view.count_label.text().startswith("1 participant"))


def test_each_problem_is_shown_next_to_its_field(ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = ParticipantDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    labels = dialog.errors.labels
    assert labels["first_name"].isVisible() and "First name" in labels["first_name"].text()
    qtbot.waitUntil(dialog.first_name.hasFocus)  # the cursor goes to the first wrong field
    assert labels["last_name"].isVisible() and "Last name" in labels["last_name"].text()
    assert labels["consent"].isVisible() and "consent" in labels["consent"].text()
    assert not labels["phone"].isVisible()
    # Messages update while typing and sit under their own field.
    type_text(dialog.first_name, "Ali")
    assert not labels["first_name"].isVisible()
    type_text(dialog.birth_date, "01.01.2999")
    assert labels["birth_date"].isVisible() and "future" in labels["birth_date"].text()
    type_text(dialog.phone, "12ab")
    assert labels["phone"].isVisible() and "7 to 15 digits" in labels["phone"].text()
    assert labels["phone"].parentWidget() is dialog.phone.parentWidget()
    assert labels["birth_date"].parentWidget() is dialog.birth_date.parentWidget()
    dialog.birth_date.clear()
    type_text(dialog.birth_date, "31.02.2000")
    assert "not a date" in labels["birth_date"].text()
    assert dialog.saved_record is None and dialog.result() != QDialog.DialogCode.Accepted


def test_edit_then_ctrl_z_undoes_it(main_window, ctx, qtbot, type_text, on_modal) -> None:  # type: ignore[no-untyped-def]
    person = add(ctx.db, "Fatma", "Demir")
    view = main_window.participants_view
    view.refresh()
    select_person(qtbot, view, "Fatma Demir")

    def change_phone(dialog: Any) -> None:
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.first_name.text() == "Fatma"
        type_text(dialog.phone, "0555 123 45 67")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    on_modal(change_phone)
    view.edit_selected()
    assert svc.get_participant(ctx.db, person.id).phone == "0555 123 45 67"
    # Ctrl+Z undoes the edit too.
    activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: svc.get_participant(ctx.db, person.id).phone is None)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("isik", {"Ayten IŞIK"}),
        ("IŞIK", {"Ayten IŞIK"}),
        ("ılgaz", {"Deniz ILGAZ"}),
        ("ILGAZ", {"Deniz ILGAZ"}),
        ("şule", {"Şule Kaya", "sule Arslan"}),
        ("sule", {"Şule Kaya", "sule Arslan"}),
        ("احمد", {"Ahmad Haddad"}),
        ("فاطمه", {"Fatima Ali"}),
        ("0532 999", {"Deniz ILGAZ"}),
        ("R-77", {"Ahmad Haddad"}),
    ],
)
def test_search_matches_turkish_and_arabic_variants(
    main_window, ctx, qtbot, type_text, typed, expected
) -> None:  # type: ignore[no-untyped-def]
    add(ctx.db, "Ayten", "IŞIK")
    add(ctx.db, "Deniz", "ILGAZ", phone="0532 999 88 77")
    add(ctx.db, "Şule", "Kaya")
    add(ctx.db, "sule", "Arslan")
    add(ctx.db, "Ahmad", "Haddad", first_name_ar="أحمد", external_id="R-77")
    add(ctx.db, "Fatima", "Ali", first_name_ar="فاطمة")
    view = main_window.participants_view
    view.refresh()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 6)
    search(qtbot, view, type_text, typed)
    assert set(shown_names(view)) == expected
    qtbot.waitUntil(lambda: view.total == len(expected))


def test_a_newer_search_supersedes_an_older_one(main_window, ctx, qtbot, type_text) -> None:  # type: ignore[no-untyped-def]
    add(ctx.db, "Ayşe", "Yılmaz")
    add(ctx.db, "Ali", "Yıldız")
    view = main_window.participants_view
    view.refresh()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 2)
    type_text(view.search, "a")
    view.refresh()  # a search starts for "a" ...
    type_text(view.search, "yse")  # ... and is superseded while the person types on
    qtbot.waitUntil(lambda: view.model.query.text == "ayse" and not view.model.loading)
    ctx.tasks.wait_idle()
    qtbot.wait(1)  # let queued results arrive; stale ones must be dropped
    assert shown_names(view) == ["Ayşe Yılmaz"]


def test_filters(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    add(
        ctx.db,
        "Child",
        "Boy",
        gender="male",
        nationality="SY",
        birth_date=today.replace(year=today.year - 10),
    )
    add(ctx.db, "Adult", "Woman", gender="female", nationality="TR", birth_date=dt.date(1980, 5, 5))
    add(ctx.db, "Elder", "Man", gender="male", nationality="AF", birth_date=dt.date(1940, 5, 5))
    view = main_window.participants_view
    view.refresh()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 3)

    def pick(combo: Any, value: str | None) -> None:
        combo.setCurrentIndex(combo.findData(value))
        qtbot.waitUntil(lambda: not view.model.loading and view.model.query == view.current_query())

    pick(view.gender_filter, "male")
    assert set(shown_names(view)) == {"Child Boy", "Elder Man"}
    pick(view.nationality_filter, "other")  # not Syria, not Türkiye
    assert shown_names(view) == ["Elder Man"]
    pick(view.nationality_filter, None)
    pick(view.gender_filter, None)
    pick(view.age_filter, "0-17")
    assert shown_names(view) == ["Child Boy"]
    pick(view.age_filter, "18-59")
    assert shown_names(view) == ["Adult Woman"]
    pick(view.age_filter, "60+")
    assert shown_names(view) == ["Elder Man"]
    qtbot.waitUntil(lambda: view.total == 1)


def test_a_thousand_people_load_page_by_page(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.demo import DemoSize, build_demo

    build_demo(ctx.db, DemoSize(participants=1000, sessions=5, attendances=20))
    view = main_window.participants_view
    view.refresh()
    qtbot.waitUntil(lambda: view.total == 1000)
    page = view.model.page_size
    qtbot.waitUntil(lambda: view.model.rowCount() == page and not view.model.loading)
    assert view.model.canFetchMore(QModelIndex())
    view.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2 * page)
    assert "1,000 participants" in view.count_label.text()
    keys = [(r.sort_key, r.id) for r in view.model.rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)  # no gaps, no repeats


def test_delete_asks_then_ctrl_z_brings_back(main_window, ctx, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    add(ctx.db, "Hasan", "Öztürk")
    add(ctx.db, "Rama", "Khalil")
    view = main_window.participants_view
    view.refresh()
    select_person(qtbot, view, "Hasan Öztürk")

    message_boxes.answer = message_boxes.answer.No
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert message_boxes.calls[-1][0] == "question" and "Hasan Öztürk" in message_boxes.calls[-1][1]
    assert "Hasan Öztürk" in shown_names(view)

    message_boxes.answer = message_boxes.answer.Yes
    main_window.delete_action.trigger()
    qtbot.waitUntil(lambda: view.total == 1)
    assert shown_names(view) == ["Rama Khalil"]
    assert main_window.undo_action.isEnabled()

    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.total == 2 and "Hasan Öztürk" in shown_names(view))
    qtbot.waitUntil(lambda: view.selected_record() is not None)
    assert view.selected_record().full_name == "Hasan Öztürk"

    # Redo deletes again, without asking a second time.
    asked = len(message_boxes.calls)
    qtbot.waitUntil(main_window.redo_action.isEnabled)
    main_window.redo_action.trigger()
    qtbot.waitUntil(lambda: view.total == 1)
    assert shown_names(view) == ["Rama Khalil"]
    assert len(message_boxes.calls) == asked


def test_detail_panel_shows_groups_and_attendance(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.records import GroupInput, SessionInput
    from ttk_desktop.core.services import groups, sessions

    person = add(ctx.db, "Nour", "Hamdan", consent_given=True, consent_date=dt.date(2024, 1, 5))
    group = groups.create_group(ctx.db, GroupInput(type="refugee_assembly", name="Meclis A"))
    groups.add_member(ctx.db, group.id, person.id)
    session = sessions.create_session(
        ctx.db, SessionInput(group_id=group.id, date=dt.date(2024, 3, 1), topic="Eğitim hakkı")
    )
    sessions.set_attendance(ctx.db, session.id, person.id, True)
    view = main_window.participants_view
    view.refresh()
    assert view.detail.empty.isVisible()
    select_person(qtbot, view, "Nour Hamdan")
    detail = view.detail
    qtbot.waitUntil(lambda: detail.history.rowCount() == 1)
    assert detail.title.text() == "Nour Hamdan"
    assert detail.groups.item(0).text() == "Meclis A (Refugee Assembly)"
    assert detail.history.item(0, 2).text() == "Eğitim hakkı"
    assert "1 session" in detail.history_label.text()
    assert "Consent given on" in detail.facts.text()


def test_ctrl_f_focuses_search(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = main_window.participants_view
    view.table.setFocus()
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)


def test_search_index_is_read_in_the_background_and_again_on_f5(main_window, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list's search index is read once the database is open; F5 reads it whole again."""
    index = ctx.db.search_index
    qtbot.waitUntil(lambda: index.ready)
    add(ctx.db, "Şule", "Kaya")
    ctx.notify("participants")  # what a saved form says: the index catches up off the GUI
    qtbot.waitUntil(lambda: len(index._texts) == 1 and index.ready)
    index._texts = [""]  # what a change the index could not see would leave
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: index._texts != [""] and index.ready)
    assert "sule" in index._texts[0]
