"""ImportIssue.describe: one whole translatable sentence per shape of location."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ttk_desktop.core.errors import ImportFailedError, ImportIssue
from ttk_desktop.core.i18n import set_translator

MESSAGE = "31.02.2008 is not a date."


@pytest.mark.parametrize(
    ("sheet", "row", "column", "expected"),
    [
        (None, None, None, "k.xlsx: 31.02.2008 is not a date."),
        ("Kişiler", None, None, "k.xlsx, sheet 'Kişiler': 31.02.2008 is not a date."),
        (None, 17, None, "k.xlsx, row 17: 31.02.2008 is not a date."),
        (None, None, "Doğum", "k.xlsx, column 'Doğum': 31.02.2008 is not a date."),
        ("Kişiler", 17, None, "k.xlsx, sheet 'Kişiler', row 17: 31.02.2008 is not a date."),
        (
            "Kişiler",
            None,
            "Doğum",
            "k.xlsx, sheet 'Kişiler', column 'Doğum': 31.02.2008 is not a date.",
        ),
        (None, 17, "Doğum", "k.xlsx, row 17, column 'Doğum': 31.02.2008 is not a date."),
        (
            "Kişiler",
            17,
            "Doğum",
            "k.xlsx, sheet 'Kişiler', row 17, column 'Doğum': 31.02.2008 is not a date.",
        ),
        # Row 0 is still a row; an empty sheet or column name is no location.
        ("", 0, "", "k.xlsx, row 0: 31.02.2008 is not a date."),
    ],
)
def test_each_shape_reads_as_before(
    sheet: str | None, row: int | None, column: str | None, expected: str
) -> None:
    assert ImportIssue("k.xlsx", sheet, row, column, MESSAGE).describe() == expected


@pytest.fixture
def reversed_order() -> Iterator[list[tuple[str, str]]]:
    """A translator that puts the message first, as a right-to-left language might."""
    asked: list[tuple[str, str]] = []

    def translator(context: str, source: str) -> str:
        asked.append((context, source))
        if source == "{file}, sheet '{sheet}', row {row}, column '{column}': {message}":
            return "{message} ← {column} / {row} / {sheet} / {file}"
        return source

    set_translator(translator)
    yield asked
    set_translator(None)


def test_translators_get_the_whole_sentence_and_may_reorder_it(
    reversed_order: list[tuple[str, str]],
) -> None:
    issue = ImportIssue("k.xlsx", "Kişiler", 17, "Doğum", MESSAGE)
    assert issue.describe() == "31.02.2008 is not a date. ← Doğum / 17 / Kişiler / k.xlsx"
    assert reversed_order == [
        ("ImportIssue", "{file}, sheet '{sheet}', row {row}, column '{column}': {message}")
    ]
    assert ImportIssue("k.xlsx", None, 3, None, MESSAGE).describe() == "k.xlsx, row 3: " + MESSAGE
    assert reversed_order[-1] == ("ImportIssue", "{file}, row {row}: {message}")


def test_a_refused_file_lists_every_issue_on_its_own_line() -> None:
    error = ImportFailedError(
        [
            ImportIssue("k.xlsx", "Kişiler", 2, "Cinsiyet", '"X" is not a gender.'),
            ImportIssue("k.xlsx", None, None, None, "The file cannot be opened."),
        ]
    )
    assert error.message.splitlines() == [
        "k.xlsx, sheet 'Kişiler', row 2, column 'Cinsiyet': \"X\" is not a gender.",
        "k.xlsx: The file cannot be opened.",
    ]
