"""The import's fast paths give the same results as the general rules they shortcut."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from xlsx_builders import write_xlsx

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Participant
from ttk_desktop.core.errors import ImportFailedError
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.importer.bulk import BulkInsert
from ttk_desktop.core.importer.parse import column_letters
from ttk_desktop.core.textfold import search_text

HEAD = ["participant_id", "first_name", "last_name", "gender", "birth_date", "nationality"]


def issues_of(db: Database, path: Path) -> list[Any]:
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    return info.value.issues


def test_a_bad_value_is_reported_on_every_row_even_after_clean_ones(
    db: Database, tmp_path: Path
) -> None:
    """Clean cell values are remembered; a bad one must still be reported on each of its rows."""
    rows: list[list[Any]] = [HEAD]
    rows += [[f"P{i}", "Ali", "Veli", "K", "01.01.1990", "SY"] for i in range(5)]
    rows += [["X1", "Ali", "Veli", "Q", "01.01.1990", "SY"]]  # row 7
    rows += [["X2", "Ali", "Veli", "K", "31.02.1990", "SY"]]  # row 8
    rows += [["X3", "Ali", "Veli", "Q", "31.02.1990", "SY"]]  # row 9
    issues = issues_of(db, write_xlsx(tmp_path / "bad.xlsx", {"Participants": rows}))
    assert {(i.row, i.column) for i in issues} == {
        (7, "gender"),
        (8, "birth_date"),
        (9, "gender"),
        (9, "birth_date"),
    }


def test_equal_values_of_another_cell_type_do_not_share_a_result(
    db: Database, tmp_path: Path
) -> None:
    """Python holds 1 == 1.0 == True: the number 1 and the boolean TRUE are different cells."""
    rows = [HEAD, ["P1", 1, "B", "K", None, "SY"], ["P2", True, "B", "K", None, "SY"]]
    import_workbook(db, write_xlsx(tmp_path / "types.xlsx", {"Participants": rows}))
    with db.read() as s:
        names = {p.external_id: p.first_name for p in s.scalars(select(Participant))}
    assert names == {"P1": "1", "P2": "True"}


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letters(index) == letters


def test_doubled_columns_are_named_by_their_excel_letters(db: Database, tmp_path: Path) -> None:
    """A sheet whose table starts in column C names the doubled columns D and E, not B and C."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Participants"
    sheet["C1"], sheet["D1"], sheet["E1"], sheet["F1"] = (
        "participant_id",
        "Ad",
        "first_name",
        "Soyad",
    )
    sheet["C2"], sheet["D2"], sheet["E2"], sheet["F2"] = "P1", "A", "B", "C"
    path = tmp_path / "offset.xlsx"
    book.save(path)
    issues = issues_of(db, path)
    assert len(issues) == 1
    assert 'D "Ad"' in issues[0].message and 'E "first_name"' in issues[0].message


@pytest.mark.parametrize("good", [True, False])
def test_import_leaves_the_garbage_collector_as_it_found_it(
    db: Database, tmp_path: Path, good: bool
) -> None:
    rows = [HEAD, ["P1", "A", "B", "K" if good else "Q", None, "SY"]]
    path = write_xlsx(tmp_path / "one.xlsx", {"Participants": rows})
    assert gc.isenabled()
    if good:
        import_workbook(db, path)
    else:
        issues_of(db, path)
    assert gc.isenabled()
    gc.disable()
    try:
        if good:
            import_workbook(db, path)  # the second time: nothing to change
        else:
            issues_of(db, path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def settings_rows(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text('SELECT "key", value FROM settings ORDER BY 1'))]


def test_bulk_insert_writes_every_row(db: Database) -> None:
    before = settings_rows(db)
    with db.write() as w, BulkInsert(w.session.connection(), "settings", ("key", "value")) as bulk:
        per = bulk.rows_per_statement
        rows = [(f"bench.{n:05d}", f"v{n}") for n in range(per * 2 + 7)]
        for start in range(0, len(rows), per):
            bulk.insert([v for row in rows[start : start + per] for v in row])
    assert sorted(settings_rows(db)) == sorted([*before, *rows])


def test_bulk_insert_error_of_the_helper_thread_reaches_the_caller(db: Database) -> None:
    """A statement that fails on the helper thread raises in the caller; the write is undone."""
    before = settings_rows(db)
    with (
        pytest.raises(IntegrityError, match="UNIQUE"),
        db.write() as w,
        BulkInsert(w.session.connection(), "settings", ("key", "value")) as bulk,
    ):
        bulk.insert(["t.1", "x", "t.2", "y"])
        bulk.insert(["t.2", "again"])  # a key clash, raised at the latest on leaving
    assert settings_rows(db) == before


# The rule for phones and register ids before their fast paths (kept here as the reference).
_NUMBER_LIKE = re.compile(r"^[0-9 +()\-./]*$")


def _reference_terms(part: str) -> list[str] | None:
    if _NUMBER_LIKE.match(part):
        digits = "".join(re.findall(r"\d", part))
        words = re.split(r"\s+", re.sub(r"[^\w\s]|_", " ", part).strip())
        return list(dict.fromkeys([*words, digits] if len(digits) >= 7 else words))
    if part.isascii() and part.isalnum() and not part.isalpha():
        word = part.lower()
        digits = "".join(re.findall(r"\d", word))
        return [word, digits] if len(digits) >= 7 else [word]
    return None


@pytest.mark.parametrize(
    "part",
    [
        "0532 123 45 67",
        "05321234567",
        "+90 (532) 123-45-67",
        "0532.123.45.67",
        "123",
        "12 34",
        "  0532 1234567 ",
        "0532  123",
        "K000123",
        "k1234567",
        "AB12CD3456789",
        "2024",
        "+",
        "1/2",
    ],
)
def test_phone_and_id_terms_match_the_general_rule(part: str) -> None:
    expected = _reference_terms(part)
    assert expected is not None
    assert search_text(part) == " ".join(t for t in dict.fromkeys(expected) if t)
