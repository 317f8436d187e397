"""Characters that lie: one rule for forms, services and the import (issue #11).

Control characters, bidi overrides/isolates, zero-width spaces and BOMs are
refused with the place named; U+200C stays (Persian and Kurdish names need it);
names are stored NFC; every message quoting a value escapes what cannot be
printed.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from xlsx_builders import write_xlsx

from ttk_desktop.cli import main
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Group, Participant
from ttk_desktop.core.errors import ImportFailedError, ValidationError
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services import groups as groups_service
from ttk_desktop.core.services import participants as participants_service
from ttk_desktop.core.services import sessions as sessions_service
from ttk_desktop.core.textrules import (
    IDENT,
    MULTI_LINE,
    ONE_LINE,
    printable,
    refused_char,
    store_form,
    text_problem,
)
from ttk_desktop.core.validation import validate_group, validate_participant, validate_session

ESC_CLEAR = "\x1b[2J"
RLO = "\u202e"
ZWNJ = "\u200c"
PERSIAN = "می" + ZWNJ + "نا"  # a Persian name written with its non-joiner
P_HEAD = ["participant_id", "first_name", "last_name"]


# -- the rule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    [
        "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b",  # C0, DEL, C1 (NEL, CSI)
        "\t", "\n", "\r", "\u2028", "\u2029",  # breaks in a one-line field
        "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings, overrides
        "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
        "\u200b", "\ufeff", "\u2060", "\u180e",  # zero-width spaces, BOM, word joiner
    ],
)  # fmt: skip
def test_one_line_fields_refuse_each_lying_character(char: str) -> None:
    text = f"Ali{char}Veli"
    assert refused_char(text, ONE_LINE) == 3
    assert refused_char(text, IDENT) == 3
    message = text_problem(text, "First name")
    assert message is not None
    assert f"U+{ord(char):04X}" in message and "position 4" in message
    assert char not in message  # the value is quoted escaped


def test_multi_line_fields_keep_line_breaks_and_tabs_only() -> None:
    assert refused_char("line one\nline two\tend", MULTI_LINE) is None
    assert refused_char("line one\r\nline two", MULTI_LINE) is None
    assert refused_char("over\rwrite", MULTI_LINE) == 4  # a lone CR rewrites a terminal line
    assert refused_char("bell\x07", MULTI_LINE) == 4
    assert refused_char("a" + RLO + "b", MULTI_LINE) == 1
    assert store_form("a\r\nb", MULTI_LINE) == "a\nb"


def test_joiners_and_every_script_are_kept_in_names() -> None:
    for name in (PERSIAN, "کوردستان" + ZWNJ, "क्\u200dष", "İbrahim Işık", "محمد", "Zoë"):
        assert refused_char(name, ONE_LINE) is None, name
    assert refused_char("Ali\u00a0Veli") is None  # a no-break space is a space


def test_register_ids_refuse_every_invisible_character_even_the_non_joiner() -> None:
    assert refused_char("C0" + ZWNJ + "07", IDENT) == 2
    assert refused_char("C0\u200d07", IDENT) == 2
    assert refused_char("C007", IDENT) is None
    assert refused_char("KTL-2021 001", IDENT) is None


def test_text_is_stored_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Şükrü Gönül")
    assert nfd != "Şükrü Gönül"
    assert store_form(nfd) == "Şükrü Gönül"
    assert store_form("plain") == "plain"


def test_printable_escapes_what_cannot_be_printed_and_nothing_else() -> None:
    assert printable("C007" + RLO) == "C007\\u202e"
    assert printable("Ali" + ESC_CLEAR) == "Ali\\x1b[2J"
    assert printable("a\nb\tc\x00") == "a\\nb\\tc\\x00"
    assert printable("\U000e0041") == "\\U000e0041"  # a tag character
    for kept in ("İbrahim Işık", "محمد", PERSIAN, "C:\\Users\\ofis\\kayıt.xlsx"):
        assert printable(kept) == kept
    assert printable(17) == "17"


# -- forms and services -----------------------------------------------------------------------


def person(**changes: Any) -> ParticipantInput:
    values: dict[str, Any] = {"first_name": "Ayşe", "last_name": "Demir"}
    values.update(changes)
    return ParticipantInput(**values)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "Ali" + RLO),
        ("last_name", "De\nmir"),
        ("last_name", "De\tmir"),
        ("last_name", "Demir\x07"),
        ("first_name_ar", "محمد\u200b"),
        ("last_name_ar", "\u2067حداد"),
        ("external_id", "C007" + RLO),
        ("external_id", "C0" + ZWNJ + "07"),
        ("notes", "note" + ESC_CLEAR),
    ],
)
def test_the_participant_form_names_the_field_with_the_character(field: str, value: str) -> None:
    errors = validate_participant(person(**{field: value}))
    assert list(errors) == [field]
    assert "U+" in errors[field]


def test_group_and_session_checks_name_their_fields() -> None:
    errors = validate_group(
        GroupInput(
            type="refugee_assembly",
            name="Meclis" + RLO,
            external_id="G1\ufeff",
            facilitator="Ayşe\x1b",
            description="line\nline" + "\u2066",
        )
    )
    assert set(errors) == {"name", "external_id", "facilitator", "description"}
    assert not validate_group(GroupInput(type="refugee_assembly", name="M", description="a\nb"))
    errors = validate_session(
        SessionInput(
            group_id=1, date=None, topic="Haklar\x00", place="Ofis\u200b", external_id="S\n"
        )
    )
    assert {"topic", "place", "external_id"} <= set(errors)


def test_the_services_refuse_a_register_id_with_an_override(db: Database) -> None:
    """``C007`` + U+202E must not be stored beside a real ``C007`` (issue #11)."""
    participants_service.create_participant(db, person(external_id="C007"))
    with pytest.raises(ValidationError) as info:
        participants_service.create_participant(db, person(external_id="C007" + RLO))
    assert set(info.value.errors) == {"external_id"}
    assert "\\u202e" in info.value.errors["external_id"]
    with db.read() as s:
        assert s.scalars(select(Participant.external_id)).all() == ["C007"]
    group = groups_service.create_group(db, GroupInput(type="refugee_assembly", name="Meclis"))
    with pytest.raises(ValidationError):
        groups_service.update_group(
            db, group.id, GroupInput(type="refugee_assembly", name="Meclis" + ESC_CLEAR)
        )
    with pytest.raises(ValidationError):
        sessions_service.create_session(
            db, SessionInput(group_id=group.id, date=None, topic="T" + RLO)
        )


def test_the_services_store_names_nfc_and_keep_the_non_joiner(db: Database) -> None:
    nfd_first = unicodedata.normalize("NFD", "Gülşen")
    record = participants_service.create_participant(
        db, person(first_name=nfd_first, last_name=PERSIAN, notes="line 1\nline 2")
    )
    assert record.first_name == "Gülşen"
    assert record.last_name == PERSIAN
    assert record.notes == "line 1\nline 2"
    found = participants_service.search_participants(
        db, participants_service.ParticipantQuery(text="gulsen")
    )
    assert [p.id for p in found.rows] == [record.id]
    group = groups_service.create_group(
        db, GroupInput(type="refugee_assembly", name=unicodedata.normalize("NFD", "Çocuk Öğün"))
    )
    assert group.name == "Çocuk Öğün"


# -- the import -------------------------------------------------------------------------------


def hostile_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook whose text may hold C0 controls (written as Excel's ``_x001B_`` escapes)."""
    placeholders = {chr(c): f"@C{c:02X}@" for c in range(32) if chr(c) not in "\t\n\r"}

    def hide(value: Any) -> Any:
        if isinstance(value, str):
            for char, mark in placeholders.items():
                value = value.replace(char, mark)
        return value

    plain = path.with_suffix(".plain.xlsx")
    write_xlsx(
        plain, {name: [[hide(v) for v in row] for row in rows] for name, rows in sheets.items()}
    )
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            for char, mark in placeholders.items():
                data = data.replace(mark.encode(), f"_x{ord(char):04X}_".encode())
            out.writestr(item, data)
    return path


def test_the_import_refuses_lying_characters_with_sheet_row_and_column(
    db: Database, tmp_path: Path
) -> None:
    path = hostile_xlsx(
        tmp_path / "register.xlsx",
        {
            "Katılımcılar": [
                ["Katılımcı No", "Ad", "Soyad"],
                ["C007", "Ayşe", "Demir"],
                ["C007" + RLO, "Ali", "Veli"],
                ["C008", "Ali" + ESC_CLEAR, "Veli"],
                ["C009", "Omar", "Had\u200bdad"],
                ["C0" + ZWNJ + "10", "Omar", "Haddad"],
            ],
            "Groups": [["group_id", "type", "name", "description"],
                       ["G1", "Mülteciler Meclisi", "Meclis\u2066", "ok"]],
        },
    )  # fmt: skip
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    places = {(i.sheet, i.row, i.column) for i in info.value.issues}
    assert places == {
        ("Katılımcılar", 3, "Katılımcı No"),
        ("Katılımcılar", 4, "Ad"),
        ("Katılımcılar", 5, "Soyad"),
        ("Katılımcılar", 6, "Katılımcı No"),
        ("Groups", 2, "name"),
    }
    text = str(info.value)
    assert "\x1b" not in text and RLO not in text and "\u200b" not in text
    assert "Ali\\x1b[2J" in text and "C007\\u202e" in text
    with db.read() as s:
        assert s.scalars(select(Participant.external_id)).all() == []


def test_the_import_stores_nfc_keeps_the_non_joiner_and_multi_line_descriptions(
    db: Database, tmp_path: Path
) -> None:
    nfd = unicodedata.normalize("NFD", "Gülşen")
    path = write_xlsx(
        tmp_path / "ok.xlsx",
        {
            "Participants": [P_HEAD, ["P1", nfd, PERSIAN], ["P2", "Ali", "Veli"]],
            "Groups": [
                ["group_id", "type", "name", "description"],
                ["G1", "Mülteciler Meclisi", unicodedata.normalize("NFD", "Öğün"), "a\nb\tc"],
            ],
        },
    )
    import_workbook(db, path)
    with db.read() as s:
        p1 = s.scalars(select(Participant).where(Participant.external_id == "P1")).one()
        group = s.scalars(select(Group)).one()
    assert p1.first_name == "Gülşen" and p1.last_name == PERSIAN
    assert group.name == "Öğün" and group.description == "a\nb\tc"


def test_headers_and_sheet_names_are_escaped_in_issues(db: Database, tmp_path: Path) -> None:
    path = hostile_xlsx(
        tmp_path / "h.xlsx",
        {"Participants": [[*P_HEAD, "Ad\x1b[31m"], ["P1", "Ali\x07", "Veli", "x"]]},
    )
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    assert "\x07" not in str(info.value) and "Ali\\x07" in str(info.value)


def test_the_command_line_never_prints_a_control_character(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An error quoting a cell holding ESC[2J must not clear the terminal (issue #11)."""
    path = hostile_xlsx(
        tmp_path / "esc.xlsx",
        {"Participants": [P_HEAD, ["P1" + ESC_CLEAR, "Ali" + ESC_CLEAR, "Veli" + RLO]]},
    )
    code = main(["--db", str(db_path), "import", str(path)])
    captured = capsys.readouterr()
    assert code != 0
    output = captured.out + captured.err
    assert "\\x1b[2J" in output
    assert "\x1b" not in output and RLO not in output


def test_an_unknown_office_is_named_with_its_controls_escaped(db) -> None:  # type: ignore[no-untyped-def]
    """Issue #11: a message quoting a value never carries a terminal's control sequence."""
    from ttk_desktop.core.errors import ValidationError
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.services.participants import create_participant

    with pytest.raises(ValidationError) as info:
        create_participant(db, ParticipantInput("Ayşe", "Yılmaz", office_code="ZZ\x1b[2J"))
    text = str(info.value.errors)
    assert "\x1b" not in text and "\\x1b" in text
