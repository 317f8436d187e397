"""ParticipantTableModel: plain rows without a window, paging, stale pages, sorting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ttk_desktop.core.records import (
    ParticipantInput,
    ParticipantPage,
    ParticipantQuery,
    ParticipantRecord,
)
from ttk_desktop.gui.models.participant_table_model import (
    ParticipantSortProxy,
    ParticipantTableModel,
)

TODAY = dt.date(2025, 6, 1)
M = ParticipantTableModel


def person(pid: int, first: str, last: str, **extra: Any) -> ParticipantRecord:
    from ttk_desktop.core import textfold

    values: dict[str, Any] = {
        "id": pid,
        "uuid": f"u{pid}",
        "office_code": "IST",
        "external_id": None,
        "first_name": first,
        "last_name": last,
        "first_name_ar": None,
        "last_name_ar": None,
        "gender": "female",
        "birth_date": None,
        "birth_date_estimated": False,
        "nationality": "SY",
        "phone": None,
        "consent_given": True,
        "consent_date": None,
        "disability": None,
        "notes": None,
        "hlc": "0",
        "sort_key": textfold.sort_key(last, first),
    }
    values.update(extra)
    return ParticipantRecord(**values)


ROWS = [
    person(1, "Ayşe", "Yılmaz", birth_date=dt.date(1985, 1, 1), birth_date_estimated=True),
    person(
        2,
        "Ahmad",
        "Haddad",
        first_name_ar="أحمد",
        last_name_ar="حداد",
        gender="male",
        birth_date=dt.date(2015, 3, 9),
        phone="0532 123 45 67",
        external_id="R-17",
    ),
    person(3, "Zeynep", "Kaya", nationality="stateless"),
]


def text(model: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def test_plain_rows_without_window(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(today=TODAY)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.columnCount() == 9
    assert not model.canFetchMore(QModelIndex())
    assert text(model, 0, M.NAME) == "Yılmaz, Ayşe"
    assert text(model, 0, M.BIRTH_DATE) == "~1985"  # year only: shown as estimated
    assert "year" in text(model, 0, M.BIRTH_DATE, Qt.ItemDataRole.ToolTipRole)
    assert text(model, 0, M.AGE) == "40"
    assert text(model, 1, M.NAME_AR) == "أحمد حداد"
    assert text(model, 1, M.GENDER) == "Male"
    assert text(model, 1, M.AGE) == "10"
    assert text(model, 1, M.PHONE) == "0532 123 45 67"
    assert text(model, 1, M.REGISTER_NO) == "R-17"
    assert text(model, 1, M.NATIONALITY) == "Syria"
    assert text(model, 2, M.NATIONALITY) == "Stateless"
    assert text(model, 2, M.BIRTH_DATE) == ""
    assert text(model, 2, M.OFFICE) == "IST"
    assert model.data(model.index(1, 0), M.RecordRole) is ROWS[1]
    assert model.headerData(M.AGE, Qt.Orientation.Horizontal) == "Age"
    # Sort values are plain natives (compared in C++), never None.
    assert text(model, 2, M.AGE, M.SortRole) == -1
    assert text(model, 1, M.BIRTH_DATE, M.SortRole) == "2015-03-09"


def test_an_erased_person_is_shown_as_erased_in_the_users_language(
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    from ttk_desktop.core.erased import ERASED_NAME

    model = ParticipantTableModel(today=TODAY)
    model.set_rows([*ROWS, person(4, ERASED_NAME, ERASED_NAME)])
    qtmodeltester.check(model)
    assert text(model, 3, M.NAME) == "(erased on request)"
    assert text(model, 0, M.NAME) == "Yılmaz, Ayşe"


def test_proxy_sorts_loaded_rows_by_any_column(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(today=TODAY)
    model.set_rows(ROWS)
    proxy = ParticipantSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(M.AGE, Qt.SortOrder.DescendingOrder)
    assert [proxy.record(r).id for r in range(3)] == [1, 2, 3]
    proxy.sort(M.NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.record(r).last_name for r in range(3)] == ["Haddad", "Kaya", "Yılmaz"]


def test_replace_and_remove_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel(today=TODAY)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    edited = person(3, "Zeynep", "Kaya", phone="0555 000 00 00")
    assert model.replace_record(edited)
    assert text(model, 2, M.PHONE) == "0555 000 00 00"
    assert model.remove_id(1)
    assert [r.id for r in model.rows] == [2, 3]
    assert not model.remove_id(99)


class DeferredFetcher:
    """Holds page requests until the test answers them (like a slow worker)."""

    def __init__(self) -> None:
        self.calls: list[tuple[ParticipantQuery, Any, int, Callable[..., None]]] = []

    def __call__(self, query, after, limit, on_page, on_error) -> None:  # type: ignore[no-untyped-def]
        self.calls.append((query, after, limit, on_page))


def test_pages_arrive_through_fetch_more() -> None:
    fetcher = DeferredFetcher()
    model = ParticipantTableModel(fetcher=fetcher, page_size=2, today=TODAY)
    model.set_query(ParticipantQuery())
    assert model.loading and len(fetcher.calls) == 1
    assert not model.canFetchMore(QModelIndex())  # one request at a time
    fetcher.calls[0][3](ParticipantPage(ROWS[:2], ("kaya zeynep", 2)))
    assert model.rowCount() == 2 and not model.loading
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert fetcher.calls[1][1] == ("kaya zeynep", 2)  # keyset cursor of the last row
    fetcher.calls[1][3](ParticipantPage(ROWS[2:], None))
    assert model.rowCount() == 3
    assert not model.canFetchMore(QModelIndex())


def test_stale_page_of_an_older_search_is_ignored() -> None:
    fetcher = DeferredFetcher()
    model = ParticipantTableModel(fetcher=fetcher, today=TODAY)
    model.set_query(ParticipantQuery(text="a"))
    model.set_query(ParticipantQuery(text="ay"))
    old, new = fetcher.calls[0][3], fetcher.calls[1][3]
    new(ParticipantPage([ROWS[0]], None))
    old(ParticipantPage(ROWS, None))  # the slower, older answer arrives last
    assert [r.id for r in model.rows] == [1]
    assert model.query.text == "ay"


def test_model_pages_a_real_database(db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ttk_desktop.core.services.participants import create_participant, search_participants

    for index in range(7):
        create_participant(db, ParticipantInput(first_name=f"Kişi{index}", last_name="Demir"))

    def fetch(query, after, limit, on_page, on_error) -> None:  # type: ignore[no-untyped-def]
        on_page(search_participants(db, query, after=after, limit=limit))

    model = ParticipantTableModel(fetcher=fetch, page_size=3, today=TODAY)
    model.set_query(ParticipantQuery())
    assert model.rowCount() == 3
    qtmodeltester.check(model)  # may fetch further pages itself
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [r.first_name for r in model.rows] == [f"Kişi{i}" for i in range(7)]
