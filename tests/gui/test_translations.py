"""Every visible string of the main screens is translated; Arabic is right to left."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# Texts that are the same in every language: names, codes, formats, shortcuts.
SAME_EVERYWHERE = {
    "TTK Desktop", "0532 123 45 67", "yyyy", "Ctrl+S", "Türkiye", "Rama Khalil", "Rama", "Khalil",
    "Meclis", "IST", "K-1", "Türkçe", "English",  # names of people, offices, languages
}  # fmt: skip
# Contexts of the screens built here and of the core: each must be fully translated.
OWN_CONTEXTS = {
    "AboutDialog", "DetailPanel", "MainWindow", "ParticipantDialog", "ParticipantTableModel",
    "ParticipantsView", "SettingsDialog", "SetupDialog", "Errors", "Database", "ImportIssue",
    "Normalize", "Services", "Validation", "Vocab", "Statistics", "Import",
    "AttendanceModel", "AttendanceView", "GroupDialog", "GroupTableModel", "GroupsView",
    "MemberTableModel", "SessionDialog", "SessionTableModel", "StatisticsView",
    "ParticipantPickModel", "ParticipantPicker", "ParticipantPickerDialog",
}  # fmt: skip


def _menu_texts(menu: QMenu, key: str, out: dict[str, str]) -> None:
    for index, action in enumerate(menu.actions()):
        if action.isSeparator():
            continue
        out[f"{key}/{index}"] = action.text()
        if action.menu() is not None:
            _menu_texts(action.menu(), f"{key}/{index}", out)


def _widget_texts(root: Any, prefix: str, out: dict[str, str]) -> None:
    # Both languages build the same widget tree, so the n-th label is the same label.
    for index, widget in enumerate(root.findChildren(QLabel)):
        if widget.text() and widget.objectName() not in ("status_label", "count_label"):
            out[f"{prefix}/label/{index}"] = widget.text()
    for index, widget in enumerate(root.findChildren(QAbstractButton)):
        if widget.text():
            out[f"{prefix}/button/{index}"] = widget.text()
    for widget in root.findChildren(QLineEdit):
        if widget.placeholderText() and widget.objectName():
            out[f"{prefix}/placeholder/{widget.objectName()}"] = widget.placeholderText()
    for widget in root.findChildren(QComboBox):
        if widget.objectName() in ("gender", "disability", "gender_filter", "nationality_filter",
                                   "age_filter"):  # fmt: skip
            for index in range(min(widget.count(), 6)):
                out[f"{prefix}/combo/{widget.objectName()}/{index}"] = widget.itemText(index)


def visible_texts(window: Any, qtbot: Any) -> dict[str, str]:
    """The texts a person sees on the main screens, keyed by where they are."""
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

    out: dict[str, str] = {}
    for index, action in enumerate(window.menuBar().actions()):
        out[f"menu/{index}"] = action.text()
        _menu_texts(action.menu(), f"menu/{index}", out)
    for index in range(window.tabs.count()):
        out[f"tab/{index}"] = window.tabs.tabText(index)
    view = window.participants_view
    model = view.model
    for column in range(model.columnCount()):
        out[f"header/{column}"] = model.headerData(column, Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.total is not None)
    out["count"] = view.count_label.text()
    qtbot.waitUntil(lambda: window.office is not None)
    out["status"] = window.status_label.text().split("|")[0]
    # The detail panel of a selected person.
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.select_row(0)
    qtbot.waitUntil(lambda: view.detail.history.rowCount() == 1)
    for line, text in enumerate(view.detail.facts.text().splitlines()):
        out[f"detail/fact/{line}"] = text.split(":")[0]
    for column in range(view.detail.history.columnCount()):
        out[f"detail/history/{column}"] = view.detail.history.horizontalHeaderItem(column).text()
    out["detail/history_label"] = view.detail.history_label.text()
    _widget_texts(view, "view", out)
    dialog = ParticipantDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    out["form/title"] = dialog.windowTitle()
    _widget_texts(dialog, "form", out)
    dialog.close()
    return out


def _model_texts(model: Any, prefix: str, out: dict[str, str]) -> None:
    """Column headers and the first row's cells of an item model."""
    for column in range(model.columnCount()):
        out[f"{prefix}/header/{column}"] = str(model.headerData(column, Qt.Orientation.Horizontal))
        if model.rowCount():
            value = model.index(0, column).data()
            if isinstance(value, str) and value:
                out[f"{prefix}/cell/{column}"] = value


def _combo_texts(combo: QComboBox, prefix: str, out: dict[str, str]) -> None:
    for index in range(combo.count()):
        out[f"{prefix}/{index}"] = combo.itemText(index)


def groups_tab_texts(window: Any, qtbot: Any) -> dict[str, str]:
    """The Groups tab: groups list, members, sessions, then the attendance screen."""
    window.tabs.setCurrentIndex(1)
    view = window.tabs.widget(1)
    qtbot.waitUntil(lambda: getattr(view, "details", None) is not None and not view.loading)
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 1 and not view.loading)
    out: dict[str, str] = {"groups/title": view.group_title.text()}
    _model_texts(view.group_model, "groups/list", out)
    _model_texts(view.member_model, "groups/members", out)
    _model_texts(view.session_model, "groups/sessions", out)
    _combo_texts(view.type_filter, "groups/type_filter", out)
    for button in view.findChildren(QAbstractButton):
        if button.toolTip() and button.objectName():
            out[f"groups/tooltip/{button.objectName()}"] = button.toolTip()
    _widget_texts(view.splitter, "groups", out)
    view.open_attendance(view.session_model.row_at(0).id)
    attendance = view.attendance
    qtbot.waitUntil(lambda: attendance.model.rowCount() == 1 and not view.loading)
    _model_texts(attendance.model, "attendance", out)
    out["attendance/counts"] = attendance.counts.text()
    for button in attendance.findChildren(QAbstractButton):
        if button.toolTip() and button.objectName():
            out[f"attendance/tooltip/{button.objectName()}"] = button.toolTip()
    _widget_texts(attendance, "attendance", out)
    view.show_groups()
    return out


def statistics_tab_texts(window: Any, qtbot: Any) -> dict[str, str]:
    """The Statistics tab: filters, figures, tables and the export menu."""
    window.tabs.setCurrentIndex(2)
    view = window.tabs.widget(2)
    qtbot.waitUntil(lambda: getattr(view, "stats", None) is not None and not view.busy)
    out: dict[str, str] = {}
    _widget_texts(view, "stats", out)
    for name in ("type_combo", "method_combo"):
        _combo_texts(getattr(view, name), f"stats/{name}", out)
    for name in ("office_combo", "group_combo"):  # the rest are office and group names
        out[f"stats/{name}/0"] = getattr(view, name).itemText(0)
    _menu_texts(view.export_button.menu(), "stats/export", out)
    for table in (view.gender_age_table, view.nationality_table):
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            out[f"stats/{table.objectName()}/{column}"] = item.text() if item else ""
    for widget in view.findChildren(QWidget):
        if widget.toolTip() and widget.objectName():
            out[f"stats/tooltip/{widget.objectName()}"] = widget.toolTip()
    return out


@pytest.fixture
def person(ctx: Any) -> Any:
    """One participant with a group and an attended session, for the detail panel."""
    from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
    from ttk_desktop.core.services import groups, participants, sessions

    record = participants.create_participant(
        ctx.db,
        ParticipantInput(
            first_name="Rama",
            last_name="Khalil",
            gender="female",
            birth_date=dt.date(1990, 1, 1),
            birth_date_estimated=True,
            nationality="SY",
            phone="0532 111 22 33",
            external_id="K-1",
            disability="no",
            consent_given=True,
            consent_date=dt.date(2024, 1, 1),
        ),
    )
    group = groups.create_group(ctx.db, GroupInput(type="refugee_assembly", name="Meclis"))
    session = sessions.create_session(ctx.db, SessionInput(group.id, dt.date(2024, 2, 1)))
    sessions.set_attendance(ctx.db, session.id, record.id, True)
    return record


def _build(language: str, use_language: Any, ctx: Any, settings: Any, qtbot: Any) -> Any:
    from ttk_desktop.gui.main_window import MainWindow

    use_language(language)
    window = MainWindow(settings, ctx=ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_main_screens_are_fully_translated(
    language, use_language, ctx, settings, qtbot, person
) -> None:  # type: ignore[no-untyped-def]
    english = visible_texts(_build("en", use_language, ctx, settings, qtbot), qtbot)
    translated = visible_texts(_build(language, use_language, ctx, settings, qtbot), qtbot)
    assert english.keys() == translated.keys()
    assert len(english) > 80
    untranslated = {
        key: text
        for key, text in translated.items()
        if text == english[key] and text not in SAME_EVERYWHERE and re.search(r"[A-Za-z]", text)
    }
    assert untranslated == {}
    if language == "ar":
        # Arabic text, not Latin, on the menus and headers.
        assert re.search(r"[\u0600-\u06FF]", translated["menu/0"])
        assert re.search(r"[\u0600-\u06FF]", translated["header/0"])


def _untranslated(english: dict[str, str], translated: dict[str, str]) -> dict[str, str]:
    return {
        key: text
        for key, text in translated.items()
        if text == english[key] and text not in SAME_EVERYWHERE and re.search(r"[A-Za-z]", text)
    }


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_groups_and_statistics_tabs_are_fully_translated(
    language, use_language, ctx, settings, qtbot, person
) -> None:  # type: ignore[no-untyped-def]
    texts = {}
    for lang in ("en", language):
        window = _build(lang, use_language, ctx, settings, qtbot)
        qtbot.waitUntil(lambda w=window: w.office is not None)
        texts[lang] = {**groups_tab_texts(window, qtbot), **statistics_tab_texts(window, qtbot)}
        ctx.tasks.wait_idle()
    english, translated = texts["en"], texts[language]
    assert english.keys() == translated.keys()
    assert len(english) > 80
    assert any(key.startswith("attendance/header/") for key in english)
    assert any(key.startswith("stats/export/") for key in english)
    assert _untranslated(english, translated) == {}
    if language == "ar":
        assert re.search(r"[\u0600-\u06FF]", translated["groups/list/header/0"])
        assert re.search(r"[\u0600-\u06FF]", translated["attendance/header/1"])


def test_arabic_is_right_to_left(use_language, ctx, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _build("ar", use_language, ctx, settings, qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.participants_view.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.phone.layoutDirection() == Qt.LayoutDirection.LeftToRight  # digits stay LTR
    first = dialog.nationality.itemText(0)
    assert first == "سوريا" and dialog.nationality.itemData(1) == "TR"


def test_turkish_window_is_left_to_right_and_arabic_names_stay_rtl(
    use_language, ctx, settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = _build("tr", use_language, ctx, settings, qtbot)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    from ttk_desktop.gui.dialogs.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.first_name_ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (
        dialog.nationality.itemText(0) == "Suriye" and dialog.nationality.itemText(1) == "Türkiye"
    )


def test_core_messages_follow_the_language(use_language) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core import vocab
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.validation import validate_participant

    use_language("tr")
    errors = validate_participant(
        ParticipantInput(first_name="", last_name="", birth_date=dt.date(2999, 1, 1)),
        today=dt.date(2025, 1, 1),
    )
    assert errors["first_name"] == "Ad zorunludur."
    assert errors["birth_date"] == "2999-01-01 doğum tarihi ileri bir tarih."
    assert vocab.group_type_label("refugee_assembly") == "Mülteciler Meclisi"
    use_language("ar")
    assert vocab.group_type_label("children_assembly") == "مجلس الأطفال"
    assert vocab.gender_label("female") == "أنثى"


def _load_builder() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extraction_finds_calls_lupdate_cannot_read(tmp_path: Path) -> None:
    """pyside6-lupdate skips translate() calls with keyword arguments; the builder adds them."""
    source = tmp_path / "sample.py"
    source.write_text(
        '_CTX = "Normalize"\n'
        "def _tr(text):\n"
        '    return QCoreApplication.translate("Errors", text)\n'
        'a = translate("Validation", "At most {n} characters.", n=5)\n'
        'b = translate(_CTX, "The date is empty.")\n'
        'c = _tr("Copy details")\n'
        'd = translate("Vocab", "Female")\n'  # plain: lupdate reads it itself
        "def _say(text, /, **values):\n"
        '    return translate("Exchange", text, **values)\n'
        'e = _say("File {name} merged.", name="x")\n',
        encoding="utf-8",
    )
    found = _load_builder().hidden_messages(source)
    # A wrapper whose one parameter is positional-only (the core's and the CLI's ``_tr``).
    assert ("Exchange", "File {name} merged.", None) in found
    assert ("Validation", "At most {n} characters.", None) in found
    assert ("Normalize", "The date is empty.", None) in found
    assert ("Errors", "Copy details", None) in found
    assert all(text != "Female" for _ctx, text, _c in found)


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_catalogues_of_these_screens_and_the_core_are_complete(language: str) -> None:
    builder = _load_builder()
    missing = [
        (context, source)
        for context, source in builder.unfinished(
            ROOT / "translations" / f"ttk_desktop_{language}.ts"
        )
        if context in OWN_CONTEXTS
    ]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    for language in ("tr", "ar"):
        root = ET.parse(ROOT / "translations" / f"ttk_desktop_{language}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            texts = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                if not text:
                    continue
                assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), (
                    source
                )
                for marker in re.findall(r"%\d", source):
                    assert marker in text, (language, source)


def test_missing_catalogues_are_built(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ttk_desktop.gui import i18n

    monkeypatch.setattr(i18n, "QM_DIR", tmp_path / "i18n")
    assert i18n.ensure_catalogs_built()
    assert sorted(p.name for p in (tmp_path / "i18n").iterdir()) == [
        "ttk_desktop_ar.qm", "ttk_desktop_en.qm", "ttk_desktop_tr.qm",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["tr", "en", "ar"])
def test_group_types_have_one_name_on_screen_on_paper_and_in_reports(
    language: str, use_language: Any
) -> None:
    """The unit's own names (Mülteciler Meclisi, Paydaş Buluşması, ...) everywhere."""
    from ttk_desktop.core import vocab
    from ttk_desktop.printing import labels as printed
    from ttk_desktop.reports.labels import ReportText

    use_language(language)
    for key in vocab.GROUP_TYPES:
        unit_name = vocab.GROUP_TYPE_NAMES[key][language]
        assert vocab.group_type_label(key) == unit_name, key
        assert printed.group_type(key, language) == unit_name
        assert ReportText(language).group_type(key) == unit_name
