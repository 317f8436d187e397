"""The in-memory search index gives exactly the pages and counts SQL gives, and stays current."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from xlsx_builders import write_xlsx

from ttk_desktop.core import search_index
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.records import ParticipantInput, ParticipantQuery
from ttk_desktop.core.services import participants as svc
from ttk_desktop.core.services.offices import ensure_office

TODAY = dt.date(2026, 6, 15)
TEXTS = ("ayşe", "AYSE", "aise", "yılmaz", "ali", "a", "k-7", "0532", "احمد", "أحمد حمدان",
         "mehmet kaya", "zzzq", "ş", "ı")  # fmt: skip
FILTERS = (
    {},
    {"gender": "female"},
    {"nationality": "SY"},
    {"nationality": "other"},
    {"age_group": "0-17"},
    {"age_group": "18-59"},
    {"age_group": "60+"},
    {"office_code": "GAZ"},
    {"gender": "male", "age_group": "18-59"},
)
PEOPLE = (
    ("Ayşe", "Yılmaz", None, None, "female", dt.date(1990, 2, 28), "TR", "0532 111 2233"),
    ("Aise", "Yilmaz", None, None, "female", dt.date(2012, 1, 1), "SY", None),
    ("Ahmad", "Hamdan", "أحمد", "حمدان", "male", dt.date(1950, 5, 5), "SY", "0544 000 0001"),
    ("Ahmet", "Kaya", "احمد", None, "male", None, "stateless", None),
    ("Mehmet", "Kaya", None, None, "male", dt.date(2000, 6, 15), "TR", "05320000000"),
    ("Ali", "Demir", None, None, "not_stated", dt.date(2008, 6, 16), "AF", None),
    ("Ali", "Demir", None, None, "female", dt.date(1966, 6, 15), "unknown", "0532 999 1234"),
    ("Işıl", "Şahin", None, None, "female", dt.date(1999, 12, 31), "IQ", None),
    ("Can", "Acar", None, None, "male", dt.date(2008, 6, 15), "TR", None),  # 18 on TODAY
)


def _fill(db: Database, copies: int = 3) -> None:
    ensure_office(db, "GAZ", "Gaziantep")
    n = 0
    for copy in range(copies):
        for first, last, first_ar, last_ar, gender, born, nat, phone in PEOPLE:
            n += 1
            svc.create_participant(
                db,
                ParticipantInput(
                    first,
                    last,
                    first_name_ar=first_ar,
                    last_name_ar=last_ar,
                    gender=gender,
                    birth_date=born,
                    nationality=nat,
                    phone=phone,
                    external_id=f"K-{n}",
                    office_code="GAZ" if copy == 1 else None,
                ),
            )


def _queries() -> list[ParticipantQuery]:
    return [
        ParticipantQuery(text=text, today=TODAY, **filters)  # type: ignore[arg-type]
        for text, filters in itertools.product(TEXTS, FILTERS)
    ]


def _all_pages(search, db: Database, query: ParticipantQuery, limit: int) -> list:  # type: ignore[no-untyped-def]
    pages, after = [], None
    while True:
        page = search(db, query, after=after, limit=limit)
        pages.append(page)
        if page.next_after is None:
            return pages
        after = page.next_after


def _assert_same_as_sql(db: Database, limits: tuple[int, ...] = (1, 3, 500)) -> None:
    for query in _queries():
        for limit in limits:
            expected = _all_pages(svc.search_participants_in_sql, db, query, limit)
            assert _all_pages(svc.search_participants, db, query, limit) == expected, (query, limit)
        total = sum(len(p.rows) for p in _all_pages(svc.search_participants_in_sql, db, query, 500))
        assert svc.count_participants(db, query) == total, query


def test_pages_and_counts_equal_sql(db: Database) -> None:
    _fill(db)
    svc.delete_participant(db, 1)
    _assert_same_as_sql(db)
    # A typed search really goes through the index (the SQL path would not need it).
    assert db.search_index.ready


@pytest.mark.parametrize("patch_limit", [0, 2000], ids=["rebuild", "patch"])
def test_follows_every_kind_of_change(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, patch_limit: int
) -> None:
    """Either way of catching up (re-reading changed rows, or everything) gives SQL's answer."""
    monkeypatch.setattr(search_index, "_PATCH_LIMIT", patch_limit)
    _fill(db, copies=1)
    _assert_same_as_sql(db, limits=(2,))
    created = svc.create_participant(db, ParticipantInput("Zehra", "Acar", gender="female"))
    ali = svc.get_participant(db, 6)
    svc.update_participant(
        db, ali.id, ParticipantInput("Ali", "Zorlu", gender="male", nationality="SY")
    )  # moves to the end of the list, changes filters
    svc.delete_participant(db, 2)
    _assert_same_as_sql(db, limits=(2,))
    assert svc.search_participants(db, ParticipantQuery(text="zehra")).rows == [created]
    svc.restore_participant(db, 2)
    svc.delete_participant(db, created.id)
    ensure_office(db, "HTY", "Hatay")  # an office the index has not seen yet
    svc.create_participant(db, ParticipantInput("Ali", "Hatay", office_code="HTY"))
    _assert_same_as_sql(db, limits=(2,))
    hty = ParticipantQuery(text="ali", office_code="HTY")
    assert [r.full_name for r in svc.search_participants(db, hty).rows] == ["Ali Hatay"]
    workbook = write_xlsx(
        tmp_path / "register.xlsx",
        {
            "Katılımcılar": [
                ["Katılımcı No", "Ad", "Soyad", "Cinsiyet", "Doğum Tarihi", "Uyruk"],
                ["K-1", "Ayşe", "Aksoy", "Kadın", "1991", "Suriye"],  # renamed
                ["Y-1", "Yeni", "Kişi", "E", "01.02.2003", "Türkiye"],
            ]
        },
    )
    import_workbook(db, workbook)
    _assert_same_as_sql(db, limits=(2,))


def test_sees_what_another_connection_wrote(db: Database) -> None:
    """Another program (the ttk command line) writing the same file is seen at the next search."""
    _fill(db, copies=1)
    before = svc.search_participants(db, ParticipantQuery(text="ayşe")).rows
    other = open_database(db.path, actor="other")
    try:
        svc.create_participant(other, ParticipantInput("Ayşe", "Öztürk"))
    finally:
        other.close()
    after = svc.search_participants(db, ParticipantQuery(text="ayşe")).rows
    assert [r.full_name for r in after] == ["Ayşe Öztürk"] + [r.full_name for r in before]
    assert svc.count_participants(db, ParticipantQuery(text="öztürk")) == 1


def test_invalidate_reads_everything_again(db: Database) -> None:
    _fill(db, copies=1)
    assert svc.count_participants(db, ParticipantQuery(text="kaya")) == 2
    index = db.search_index
    index._texts = ["" for _ in index._texts]  # what a missed change would leave
    assert svc.count_participants(db, ParticipantQuery(text="kaya")) == 0
    index.invalidate()
    assert svc.count_participants(db, ParticipantQuery(text="kaya")) == 2


def test_closing_the_database_closes_the_index(db: Database) -> None:
    _fill(db, copies=1)
    svc.count_participants(db, ParticipantQuery(text="ali"))
    assert db.search_index._con is not None
    db.close()
    assert db.search_index._con is None


def test_sql_answers_while_the_index_is_busy(db: Database) -> None:
    """A search typed while the index is being read (first time, after an import) does not wait."""
    _fill(db, copies=1)
    query = ParticipantQuery(text="kaya")
    expected = svc.search_participants_in_sql(db, query)
    index = db.search_index
    assert index._lock.acquire()  # what the warm-up thread holds while reading
    try:
        assert index.search(query, after=None, limit=200) is None
        assert svc.search_participants(db, query) == expected
        assert svc.count_participants(db, query) == len(expected.rows) == 2
    finally:
        index._lock.release()
    svc.prepare_search(db)
    assert index.ready


def test_an_unreadable_file_leaves_the_answer_to_sql(db: Database) -> None:
    """If the index cannot read the file, SQL answers (and would report the real problem)."""
    _fill(db, copies=1)
    query = ParticipantQuery(text="kaya")
    expected = svc.search_participants_in_sql(db, query)
    index = db.search_index
    index.path = db.path.with_name("missing.sqlite3")  # what a vanished file looks like to it
    assert index.search(query, after=None, limit=200) is None and not index.ready
    assert svc.search_participants(db, query) == expected
    index.path = db.path
    assert svc.search_participants(db, query) == expected and index.ready
