"""The Data exchange tab (issue 13): export, merge with progress, refusals, conflicts, keys.

Real databases in temp folders and a real headquarters key pair; the file
dialogs, the passphrase prompt and the message boxes are patched to answer at
once, so nothing blocks.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ttk_desktop.core.exchange import export_data_file, keys, merge_data_files
from ttk_desktop.core.exchange.history import list_conflicts
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
from ttk_desktop.core.services.offices import setup_office
from ttk_desktop.core.services.participants import (
    count_participants,
    create_participant,
    get_participant,
    update_participant,
)
from ttk_desktop.gui.context import AppContext
from ttk_desktop.gui.views.exchange_view import ExchangeView

PASSPHRASE = "correct horse battery"
PEOPLE = [("Ayşe", "Yılmaz", "05321111111"), ("Omar", "Haddad", "05322222222")]


@pytest.fixture
def hq(tmp_path: Path) -> tuple[Path, Path]:
    """Headquarters' key pair: (hq.pub, hq.key)."""
    return keys.init_keys(tmp_path / "hq-keys", PASSPHRASE)


def open_db(template_db: Path, path: Path, office: str) -> Any:
    from ttk_desktop.core.db.engine import open_database

    shutil.copyfile(template_db, path)
    database = open_database(path, actor="tester")
    setup_office(database, office, f"{office} office")
    return database


@pytest.fixture
def other_db(template_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_db(template_db, tmp_path / "gaz.sqlite3", "GAZ")
    yield database
    database.close()


def add_people(db: Any, people: list[tuple[str, str, str]] = PEOPLE) -> list[Any]:
    return [create_participant(db, ParticipantInput(f, s, phone=p)) for f, s, p in people]


def patch_dialogs(monkeypatch: pytest.MonkeyPatch, **answers: Any) -> dict[str, list[Any]]:
    """QFileDialog/QInputDialog statics answer from ``answers``; calls are recorded."""
    calls: dict[str, list[Any]] = {}

    def answer(name: str, value: Any) -> Any:
        def call(*args: Any, **_kwargs: Any) -> Any:
            calls.setdefault(name, []).append(args)
            return value

        return staticmethod(call)

    for name, value in answers.items():
        owner = QInputDialog if name == "getText" else QFileDialog
        monkeypatch.setattr(owner, name, answer(name, value))
    return calls


def make_view(ctx: AppContext, settings: Any, qtbot: Any) -> ExchangeView:
    view = ExchangeView(ctx, settings=settings)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None and not view.loading, timeout=10000)
    return view


def merge_through_page(view: ExchangeView, qtbot: Any) -> None:
    qtbot.mouseClick(view.merge_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.merge_run is None and not view.loading, timeout=20000)


# -- export -------------------------------------------------------------------------------
def test_export_from_the_page_writes_the_file_and_says_what_it_holds(  # type: ignore[no-untyped-def]
    ctx, settings, qtbot, monkeypatch, tmp_path, hq
) -> None:
    add_people(ctx.db)
    fingerprint = keys.add_recipient(ctx.db, keys.read_recipient_file(hq[0]))
    view = make_view(ctx, settings, qtbot)
    assert fingerprint in view.recipients_label.text()
    assert "No data file was exported" in view.last_export_label.text()

    out = tmp_path / "out" / "chosen name"
    out.parent.mkdir()
    calls = patch_dialogs(monkeypatch, getSaveFileName=(str(out), ""))
    qtbot.mouseClick(view.export_changes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_export_result is not None and not view.loading, timeout=10000)

    proposed = Path(calls["getSaveFileName"][0][2]).name
    assert proposed.startswith("IST-") and proposed.endswith("-1.ttkx")  # default file name
    written = out.with_name("chosen name.ttkx")
    assert written.is_file() and view.last_export_result.path == written
    text = view.export_result.text()
    assert "chosen name.ttkx was written" in text
    assert "Participants: 2" in text and str(written.parent) in text
    qtbot.waitUntil(lambda: "chosen name.ttkx" in view.last_export_label.text())
    assert settings.exchange_folder == str(written.parent)


def test_export_without_a_key_offers_to_add_one(ctx, settings, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    view = make_view(ctx, settings, qtbot)
    assert "No headquarters public key" in view.recipients_label.text()
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.full_export_button, Qt.MouseButton.LeftButton)
    kind, text = message_boxes.calls[-1]
    assert kind == "question" and "Add the key now?" in text


# -- merge --------------------------------------------------------------------------------
def test_merge_with_progress_into_another_database(  # type: ignore[no-untyped-def]
    ctx, other_db, settings, qtbot, monkeypatch, tmp_path, hq, message_boxes
) -> None:
    """GAZ's two files merged at IST: the new key asked about, progress shown, lists told."""
    recipient = keys.read_recipient_file(hq[0])
    add_people(other_db)
    first = export_data_file(other_db, [recipient], folder=tmp_path)
    add_people(other_db, [("Zeynep", "Kaya", "05323333333")])
    second = export_data_file(other_db, [recipient], folder=tmp_path)
    view = make_view(ctx, settings, qtbot)
    calls = patch_dialogs(
        monkeypatch,
        getOpenFileNames=([str(second.path), str(first.path)], ""),
        getOpenFileName=(str(hq[1]), ""),
        getText=(PASSPHRASE, True),
    )
    progress: list[tuple[int, int]] = []
    view.progress.valueChanged.connect(lambda v: progress.append((v, view.progress.maximum())))
    notices: list[str] = []
    ctx.data_changed.connect(notices.append)

    merge_through_page(view, qtbot)

    assert "getText" in calls and "getOpenFileName" in calls  # key file asked, then passphrase
    questions = [text for kind, text in message_boxes.calls if kind == "question"]
    assert len(questions) == 1 and "GAZ" in questions[0]
    assert keys.fingerprint(keys.public_key_text(keys.signing_key(other_db))) in questions[0]
    reports = view.results_model.rows()
    assert [(r.file, r.status) for r in reports] == [
        (second.path.name, "merged"),
        (first.path.name, "merged"),
    ]
    assert sum(r.added for r in reports) >= 3
    assert progress[-1] == (2, 2)
    assert not view.progress.isVisible() and view.pending == []
    assert "import" in notices  # lists, search and statistics reload
    assert count_participants(ctx.db, ParticipantQuery(text="Zeynep")) == 1
    assert settings.exchange_key_path == str(hq[1])
    settings.sync()
    assert PASSPHRASE not in Path(settings.file_name()).read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: view.history.files_model.rowCount() == 2)
    assert [k.office for k in view.history.keys_model.rows()] == ["GAZ"]


def test_a_damaged_file_is_refused_with_its_reason(  # type: ignore[no-untyped-def]
    ctx, other_db, settings, qtbot, monkeypatch, tmp_path, hq, message_boxes
) -> None:
    add_people(other_db)
    result = export_data_file(other_db, [keys.read_recipient_file(hq[0])], folder=tmp_path)
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one byte flipped
    result.path.write_bytes(bytes(data))
    settings.exchange_key_path = str(hq[1])  # remembered: not asked again
    view = make_view(ctx, settings, qtbot)
    before = count_participants(ctx.db, ParticipantQuery())
    calls = patch_dialogs(
        monkeypatch, getOpenFileNames=([str(result.path)], ""), getText=(PASSPHRASE, True)
    )

    merge_through_page(view, qtbot)

    assert "getOpenFileName" not in calls
    (report,) = view.results_model.rows()
    assert report.status == "refused" and report.reason
    warnings = [text for kind, text in message_boxes.calls if kind == "warning"]
    assert len(warnings) == 1
    assert result.path.name in warnings[0] and report.reason in warnings[0]
    assert count_participants(ctx.db, ParticipantQuery()) == before


def test_a_wrong_passphrase_keeps_the_files_ready(  # type: ignore[no-untyped-def]
    ctx, settings, qtbot, monkeypatch, tmp_path, hq
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "ttk_desktop.gui.views.exchange_merge.show_error", lambda _w, e: shown.append(str(e))
    )
    data_file = tmp_path / "GAZ-20240101-1.ttkx"
    data_file.write_bytes(b"x")
    settings.exchange_key_path = str(hq[1])
    view = make_view(ctx, settings, qtbot)
    view.add_files([data_file])
    patch_dialogs(monkeypatch, getText=("wrong passphrase", True))
    qtbot.mouseClick(view.merge_pending_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.merge_run is None, timeout=20000)
    assert shown and "passphrase is wrong" in shown[0]
    assert view.pending == [data_file] and view.merge_pending_button.isEnabled()


# -- conflicts ----------------------------------------------------------------------------
def make_conflict(ist: Any, gaz: Any, tmp_path: Path, hq: tuple[Path, Path]) -> str:
    """IST registers a person, GAZ merges them; both change the phone; IST merges GAZ's file."""
    recipient = keys.read_recipient_file(hq[0])
    identity = keys.load_identity(hq[1], PASSPHRASE)
    (person,) = add_people(ist, PEOPLE[:1])
    first = export_data_file(ist, [recipient], folder=tmp_path)
    merge_data_files(gaz, [first.path], [identity], confirm_pin=lambda _o, _f: True)
    update_participant(ist, person.id, ParticipantInput("Ayşe", "Yılmaz", phone="05324444444"))
    (at_gaz,) = [r for r in _all_people(gaz)]
    update_participant(gaz, at_gaz.id, ParticipantInput("Ayşe", "Yılmaz", phone="05325555555"))
    back = export_data_file(gaz, [recipient], folder=tmp_path)
    (report,) = merge_data_files(ist, [back.path], [identity], confirm_pin=lambda _o, _f: True)
    assert report.conflicts == 1
    return str(person.id)


def _all_people(db: Any) -> list[Any]:
    from ttk_desktop.core.services.participants import search_participants

    return list(search_participants(db, ParticipantQuery()).rows)


def test_conflicts_screen_resolves_one_conflict(  # type: ignore[no-untyped-def]
    ctx, other_db, settings, qtbot, tmp_path, hq
) -> None:
    person_id = int(make_conflict(ctx.db, other_db, tmp_path, hq))
    view = make_view(ctx, settings, qtbot)
    panel = view.conflicts
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert view.sections.tabText(view.CONFLICTS_TAB) == "Conflicts (1)"
    view.show_conflicts()
    (conflict,) = panel.model.rows()
    assert conflict.field == "phone" and "Ayşe" in conflict.record_label
    assert panel.model.index(0, panel.model.FIELD).data() == "Phone"
    assert not panel.use_other_button.isEnabled()

    panel.select_row(0)
    assert panel.use_other_button.isEnabled()
    with qtbot.waitSignal(ctx.data_changed, timeout=10000) as notice:
        qtbot.mouseClick(panel.use_other_button, Qt.MouseButton.LeftButton)
    assert notice.args == ["participants"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0 and not view.loading)
    assert panel.empty.isVisible()
    assert view.sections.tabText(view.CONFLICTS_TAB) == "Conflicts"
    assert get_participant(ctx.db, person_id).phone == conflict.other_value
    assert list_conflicts(ctx.db) == []


# -- settings -----------------------------------------------------------------------------
def test_settings_key_entry_refuses_a_wrong_key_and_lists_a_good_one(  # type: ignore[no-untyped-def]
    ctx, settings, qtbot, hq
) -> None:
    from ttk_desktop.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, ctx.path, None, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.hq_keys
    assert box is not None
    qtbot.waitUntil(lambda: box.isEnabled() and box.busy == 0)
    assert box.empty.isVisible()

    box.key_text.setText("age1thisisnotakey")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.error.isVisible())
    assert "not a headquarters public key" in box.error.text()
    assert keys.stored_recipients(ctx.db) == []

    good = keys.read_recipient_file(hq[0])
    box.key_text.setText(good)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 1 and box.busy == 0)
    assert box.list.item(0).text() == keys.fingerprint(good)
    assert not box.error.isVisible() and box.key_text.text() == ""
    assert keys.stored_recipients(ctx.db) == [good]

    box.list.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.list.count() == 0 and box.busy == 0)
    assert keys.stored_recipients(ctx.db) == []


# -- the main window ------------------------------------------------------------------------
def test_a_data_file_opened_with_the_program_is_ready_to_merge(  # type: ignore[no-untyped-def]
    main_window, qtbot, message_boxes, tmp_path
) -> None:
    from ttk_desktop.gui import app as gui_app

    data_file = tmp_path / "GAZ-20240101-1.ttkx"
    data_file.write_bytes(b"x")
    gui_app.open_file(main_window, data_file)
    assert main_window.tabs.currentIndex() == main_window.exchange_index
    view = main_window.tabs.currentWidget()
    assert isinstance(view, ExchangeView)
    assert view.pending == [data_file] and view.merge_pending_button.isVisible()
    assert message_boxes.calls == []  # nothing merges before the key and passphrase


def test_data_exchange_has_a_shortcut_and_a_menu_entry(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    tab_action = main_window.findChild(QAction, "action_tab_4")
    assert tab_action.shortcut().toString() == "Ctrl+4"
    main_window.findChild(QAction, "action_exchange").trigger()
    assert main_window.tabs.currentIndex() == main_window.exchange_index
    assert main_window.tabs.tabText(main_window.exchange_index) == "Data exchange"


def test_exchange_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.exchange import MergeReport
    from ttk_desktop.core.exchange.history import (
        ConflictRecord,
        PinnedKeyRecord,
        ReceivedFileRecord,
    )
    from ttk_desktop.gui.models import exchange_models as m

    when = "2024-03-01T09:30:00+00:00"
    cases = [
        (m.MergeReportTableModel(), [MergeReport("a.ttkx", "GAZ", "refused", "damaged")]),
        (
            m.MergeHistoryTableModel(),
            [ReceivedFileRecord("GAZ", 1, when, when, when, "a.ttkx", True, 3, 0, 0, 1)],
        ),
        (m.PinnedKeyTableModel(), [PinnedKeyRecord("id", "GAZ", "ABCD 1234", when)]),
        (
            m.ConflictTableModel(),
            [
                ConflictRecord(
                    1,
                    "participants",
                    "u",
                    "Ayşe",
                    "phone",
                    "1",
                    None,
                    "IST",
                    "GAZ",
                    when,
                    when,
                    "a.ttkx",
                    False,
                )
            ],
        ),
    ]
    for model, rows in cases:
        model.set_rows(rows)
        qtmodeltester.check(model)
    conflict_model = cases[3][0]
    assert conflict_model.index(0, conflict_model.OTHER).data() == "–"
    assert cases[0][0].index(0, 2).data() == "Refused"
