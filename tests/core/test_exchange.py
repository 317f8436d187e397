"""Office data files and the headquarters merge (#13): real files, real databases."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from exchange_helpers import (
    Keys,
    content,
    export,
    merge,
    new_hq,
    new_office,
    stats,
)
from exchange_helpers import edit as _edit
from exchange_helpers import field as _field
from exchange_helpers import person as _person

from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.exchange import STATUS_ALREADY, STATUS_MERGED, STATUS_REFUSED, last_export
from ttk_desktop.core.exchange.errors import ExchangeError
from ttk_desktop.core.exchange.history import list_conflicts, merge_history, resolve_conflict
from ttk_desktop.core.exchange.keys import init_keys, load_identity
from ttk_desktop.core.services.participants import (
    delete_participant,
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    """One key pair for the module: the passphrase's scrypt takes a second each time."""
    return Keys.make(tmp_path_factory.mktemp("keys") / "hq-keys")


# -- three offices, headquarters, every order ---------------------------------------------------
def test_three_offices_merged_in_every_order_give_the_same_database(
    tmp_path: Path, keys: Keys
) -> None:
    files, per_office = [], {}
    for code in ("IST", "ANK", "IZM"):
        office = new_office(tmp_path / f"{code}.sqlite3", code, seed=len(files) * 10)
        files.append(export(office, keys, tmp_path / "out"))
        per_office[code] = stats(office, code)
        office.close()
    results = []
    for n, order in enumerate(itertools.permutations(files)):
        hq = new_hq(tmp_path / f"hq{n}.sqlite3")
        reports = merge(hq, keys, *order)
        assert [r.status for r in reports] == [STATUS_MERGED] * 3
        results.append((content(hq), stats(hq), {c: stats(hq, c) for c in per_office}))
        hq.close()
    first = results[0]
    assert all(r == first for r in results[1:])
    # Headquarters' figures are each office's own figures, and their sum.
    assert first[2] == per_office
    total = first[1]
    assert total["sessions"] == sum(s["sessions"] for s in per_office.values())
    assert total["participations"] == sum(s["participations"] for s in per_office.values())
    assert total["distinct_participants"] == sum(
        s["distinct_participants"] for s in per_office.values()
    )


def test_a_file_merged_again_changes_nothing(tmp_path: Path, keys: Keys) -> None:
    office = new_office(tmp_path / "ist.sqlite3", "IST")
    path = export(office, keys, tmp_path / "out")
    hq = new_hq(tmp_path / "hq.sqlite3")
    assert merge(hq, keys, path)[0].added > 0
    before = content(hq)
    again = merge(hq, keys, path)[0]
    assert again.status == STATUS_ALREADY and content(hq) == before


# -- incremental exports -----------------------------------------------------------------------
def test_changes_travel_in_order_and_a_gap_is_refused_by_name(tmp_path: Path, keys: Keys) -> None:
    office = new_office(tmp_path / "ist.sqlite3", "IST")
    first = export(office, keys, tmp_path / "out")
    _edit(office, "IST-P001", phone="0555 111 2233")
    second = export(office, keys, tmp_path / "out")
    _edit(office, "IST-P002", notes="taşındı")
    third = export(office, keys, tmp_path / "out")
    assert last_export(office).seq == 3  # type: ignore[union-attr]
    hq = new_hq(tmp_path / "hq.sqlite3")
    assert merge(hq, keys, first)[0].status == STATUS_MERGED
    refused = merge(hq, keys, third)[0]
    assert refused.status == STATUS_REFUSED
    today = dt.date.today().isoformat()
    assert "file 2 of office IST" in refused.reason and today in refused.reason
    # Given together in any order, they merge in the order they were written.
    reports = merge(hq, keys, third, second)
    assert [r.status for r in reports] == [STATUS_MERGED, STATUS_MERGED]
    assert reports[1].updated == 1  # the second file holds the one phone change
    assert _field(hq, "IST-P001", "phone") == "0555 111 2233"
    assert _field(hq, "IST-P002", "notes") == "taşındı"
    assert [h.seq for h in merge_history(hq, "IST")] == [1, 2, 3]


def test_a_full_export_is_always_accepted(tmp_path: Path, keys: Keys) -> None:
    office = new_office(tmp_path / "ist.sqlite3", "IST")
    export(office, keys, tmp_path / "out")
    _edit(office, "IST-P001", phone="0555 000 0001")
    export(office, keys, tmp_path / "out")
    full = export(office, keys, tmp_path / "full", full=True)
    hq = new_hq(tmp_path / "hq.sqlite3")
    assert merge(hq, keys, full)[0].status == STATUS_MERGED
    assert content(hq)["participants"] == content(office)["participants"]


def test_an_incremental_export_holds_only_what_changed(tmp_path: Path, keys: Keys) -> None:
    from ttk_desktop.core.exchange import export_data_file

    office = new_office(tmp_path / "ist.sqlite3", "IST", people=20)
    export(office, keys, tmp_path / "out")
    _edit(office, "IST-P003", phone="0555 123 4567")
    result = export_data_file(office, [keys.public], folder=tmp_path / "out")
    assert not result.full and result.follows == 1
    assert result.counts.participants == 1 and result.counts.attendance == 0


# -- field by field --------------------------------------------------------------------------
def _two_offices_sharing_a_record(tmp_path: Path, keys: Keys) -> tuple[Database, Database, Path]:
    """IST registers people; ANK merges IST's file (both now hold IST-P001)."""
    ist = new_office(tmp_path / "ist.sqlite3", "IST")
    start = export(ist, keys, tmp_path / "out")
    ank = new_office(tmp_path / "ank.sqlite3", "ANK", seed=50)
    merge(ank, keys, start)
    return ist, ank, start


def test_different_fields_changed_in_two_places_both_survive(tmp_path: Path, keys: Keys) -> None:
    ist, ank, start = _two_offices_sharing_a_record(tmp_path, keys)
    _edit(ist, "IST-P001", phone="0555 999 0000")
    _edit(ank, "IST-P001", birth_date=dt.date(1979, 5, 5))
    from_ist = export(ist, keys, tmp_path / "ist-out")
    from_ank = export(ank, keys, tmp_path / "ank-out", full=True)
    for order in ((from_ist, from_ank), (from_ank, from_ist)):
        hq = new_hq(tmp_path / f"hq-{order[0].name}.sqlite3")
        merge(hq, keys, start)
        reports = merge(hq, keys, *order)
        assert {r.status for r in reports} == {STATUS_MERGED}
        assert _field(hq, "IST-P001", "phone") == "0555 999 0000"
        assert _field(hq, "IST-P001", "birth_date") == dt.date(1979, 5, 5)
        assert list_conflicts(hq) == []
        hq.close()


def test_the_same_field_changed_in_two_places_is_one_conflict_later_wins(
    tmp_path: Path, keys: Keys
) -> None:
    ist, ank, start = _two_offices_sharing_a_record(tmp_path, keys)
    _edit(ist, "IST-P001", phone="0555 111 1111")
    _edit(ank, "IST-P001", phone="0555 222 2222")  # later by the clock
    from_ist = export(ist, keys, tmp_path / "ist-out")
    from_ank = export(ank, keys, tmp_path / "ank-out", full=True)
    outcomes = []
    for order in ((from_ist, from_ank), (from_ank, from_ist)):
        hq = new_hq(tmp_path / f"hq-{order[0].name}.sqlite3")
        merge(hq, keys, start)
        merge(hq, keys, *order)
        conflicts = list_conflicts(hq)
        assert len(conflicts) == 1
        c = conflicts[0]
        assert (c.field, c.kept_value, c.other_value) == ("phone", "0555 222 2222", "0555 111 1111")
        assert (c.kept_office, c.other_office) == ("ANK", "IST")
        assert _field(hq, "IST-P001", "phone") == "0555 222 2222"
        outcomes.append(content(hq))
        # Choosing the other value is a new change.
        resolve_conflict(hq, c.id, choose_other=True)
        assert _field(hq, "IST-P001", "phone") == "0555 111 1111"
        assert list_conflicts(hq) == []
        hq.close()
    assert outcomes[0] == outcomes[1]


def test_a_change_made_after_seeing_the_other_is_no_conflict(tmp_path: Path, keys: Keys) -> None:
    ist, ank, start = _two_offices_sharing_a_record(tmp_path, keys)
    _edit(ist, "IST-P001", phone="0555 111 1111")
    from_ist = export(ist, keys, tmp_path / "ist-out")
    merge(ank, keys, from_ist)
    _edit(ank, "IST-P001", phone="0555 333 3333")  # ANK saw IST's change first
    from_ank = export(ank, keys, tmp_path / "ank-out", full=True)
    for order in ((from_ist, from_ank), (from_ank, from_ist)):
        hq = new_hq(tmp_path / f"hq-{order[0].name}.sqlite3")
        merge(hq, keys, start, *order)
        assert _field(hq, "IST-P001", "phone") == "0555 333 3333"
        assert list_conflicts(hq) == []
        hq.close()


def test_a_delete_wins_over_a_concurrent_edit_which_is_logged(tmp_path: Path, keys: Keys) -> None:
    ist, ank, start = _two_offices_sharing_a_record(tmp_path, keys)
    _edit(ank, "IST-P001", phone="0555 444 4444")
    delete_participant(ist, _person(ist, "IST-P001"))  # later than the edit
    from_ist = export(ist, keys, tmp_path / "ist-out")
    from_ank = export(ank, keys, tmp_path / "ank-out", full=True)
    results = []
    for order in ((from_ist, from_ank), (from_ank, from_ist)):
        hq = new_hq(tmp_path / f"hq-{order[0].name}.sqlite3")
        merge(hq, keys, start, *order)
        data = content(hq)
        deleted = [row for row in data["participants"] if row[2] == "IST-P001"]
        assert deleted and deleted[0][-2] == 1  # the record is deleted
        conflicts = list_conflicts(hq)
        assert [(c.field, c.kept_value, c.other_value) for c in conflicts] == [
            ("phone", "deleted", "0555 444 4444")
        ]
        results.append(data)
        hq.close()
    assert results[0] == results[1]


def test_an_office_edits_a_record_it_merged_and_sends_it_on(tmp_path: Path, keys: Keys) -> None:
    """HQ gets ANK's file before IST's: the record ANK edited arrives whole."""
    _ist, ank, start = _two_offices_sharing_a_record(tmp_path, keys)
    _edit(ank, "IST-P002", notes="Ankara'ya taşındı")
    from_ank = export(ank, keys, tmp_path / "ank-out")  # ANK's changes since its first export
    hq = new_hq(tmp_path / "hq.sqlite3")
    assert merge(hq, keys, from_ank)[0].status == STATUS_MERGED
    assert _field(hq, "IST-P002", "notes") == "Ankara'ya taşındı"
    merge(hq, keys, start)
    assert _field(hq, "IST-P002", "notes") == "Ankara'ya taşındı"
    assert list_conflicts(hq) == []


# -- keys ---------------------------------------------------------------------------------------
def test_keys_init_writes_a_public_line_and_a_protected_private_key(tmp_path: Path) -> None:
    public, private = init_keys(tmp_path / "k", "uzun bir parola")
    assert public.read_text().startswith("age1") and len(public.read_text().splitlines()) == 1
    assert b"AGE-SECRET-KEY" not in private.read_bytes()
    assert private.stat().st_mode & 0o077 == 0
    with pytest.raises(ExchangeError, match="passphrase is wrong"):
        load_identity(private, "yanlış parola")
    with pytest.raises(ExchangeError, match="already holds"):
        init_keys(tmp_path / "k", "uzun bir parola")


def test_nothing_personal_is_in_clear(tmp_path: Path, keys: Keys) -> None:
    office = new_office(tmp_path / "ist.sqlite3", "IST")
    path = export(office, keys, tmp_path / "out")
    data = path.read_bytes()
    assert path.name.startswith("IST-") and path.suffix == ".ttkx"
    for secret in (b"AdIST", b"Soyad", b"0532", b"IST-P0", b"Meclis"):
        assert secret not in data
    assert data[:5] == b"TTKX\x01"


def test_merge_json_of_the_command_line(tmp_path: Path, keys: Keys, capsys) -> None:  # type: ignore[no-untyped-def]
    """``ttk merge --json`` prints one object with one entry per file."""
    import os

    from ttk_desktop.cli import main

    office = new_office(tmp_path / "ist.sqlite3", "IST")
    path = export(office, keys, tmp_path / "out")
    new_hq(tmp_path / "hq.sqlite3").close()
    private = keys.private
    os.environ["TTK_PASSPHRASE"] = "doğru at pili zımba"
    try:
        code = main(
            [
                "--db",
                str(tmp_path / "hq.sqlite3"),
                "merge",
                str(path),
                "--key",
                str(private),
                "--json",
            ]
        )
    finally:
        del os.environ["TTK_PASSPHRASE"]
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    (entry,) = out["files"]
    assert set(entry) == {
        "file",
        "office",
        "status",
        "reason",
        "added",
        "updated",
        "deleted",
        "conflicts",
    }
    assert entry["office"] == "IST" and entry["status"] == "merged" and entry["added"] > 0
    db = open_database(tmp_path / "hq.sqlite3")
    assert db.search_index is not None
    db.close()


def test_writing_a_record_does_not_load_the_cryptography() -> None:
    """Every write notes field clocks (core.exchange.fields); pyrage stays off start-up."""
    import subprocess
    import sys

    code = (
        "import sys, ttk_desktop.core.services.participants, ttk_desktop.core.importer.apply\n"
        "print(sorted(m for m in ('pyrage', 'cryptography') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- register numbers that move between records ---------------------------------------------
def _renumber(db: Database, number: str, new: str) -> None:
    import dataclasses

    from ttk_desktop.core.services.participants import get_participant, update_participant

    pid = _person(db, number)
    record = get_participant(db, pid)
    update_participant(db, pid, dataclasses.replace(record.to_input(), external_id=new))


def _numbers(db: Database) -> dict[str, str | None]:
    """uuid -> register number of every participant."""
    from sqlalchemy import select

    from ttk_desktop.core.db.models import Participant

    with db.read() as session:
        return dict(session.execute(select(Participant.uuid, Participant.external_id)).all())


def test_register_numbers_moved_between_people_at_an_office_merge(
    tmp_path: Path, keys: Keys
) -> None:
    """Two numbers swapped, and a number freed then given to a new person, in one file:
    each record meets a number another still holds when it is merged."""
    from ttk_desktop.core.records import ParticipantInput
    from ttk_desktop.core.services.participants import create_participant

    ist = new_office(tmp_path / "ist.sqlite3", "IST", people=4)
    hq = new_hq(tmp_path / "hq.sqlite3")
    merge(hq, keys, export(ist, keys, tmp_path / "out"))
    _renumber(ist, "IST-P001", "IST-TMP")
    _renumber(ist, "IST-P000", "IST-P001")
    _renumber(ist, "IST-TMP", "IST-P000")
    _renumber(ist, "IST-P002", "IST-P102")
    create_participant(ist, ParticipantInput("Yeni", "Kişi", external_id="IST-P002"))
    late = export(ist, keys, tmp_path / "out")
    full = export(ist, keys, tmp_path / "full", full=True)

    [report] = merge(hq, keys, late)
    assert report.status == STATUS_MERGED, report.reason
    assert _numbers(hq) == _numbers(ist)
    fresh = new_hq(tmp_path / "hq2.sqlite3")
    assert merge(fresh, keys, full)[0].status == STATUS_MERGED
    assert _numbers(fresh) == _numbers(ist)
    for db in (ist, hq, fresh):
        db.close()


def test_a_number_given_at_two_places_is_refused_and_merges_once_one_is_changed(
    tmp_path: Path, keys: Keys
) -> None:
    ist = new_office(tmp_path / "ist.sqlite3", "IST", people=4)
    hq = new_hq(tmp_path / "hq.sqlite3")
    merge(hq, keys, export(ist, keys, tmp_path / "out"))
    _renumber(hq, "IST-P000", "IST-P777")  # headquarters corrects a number
    _renumber(ist, "IST-P003", "IST-P777")  # the office gives it to someone else
    data_file = export(ist, keys, tmp_path / "out")
    before = content(hq)

    [report] = merge(hq, keys, data_file)
    assert report.status == STATUS_REFUSED
    assert "IST-P777" in report.reason and "IST" in report.reason
    assert content(hq) == before
    _renumber(hq, "IST-P777", "IST-P700")
    [report] = merge(hq, keys, data_file)
    assert report.status == STATUS_MERGED, report.reason
    assert _field(hq, "IST-P777", "first_name") == _field(ist, "IST-P777", "first_name")
    ist.close()
    hq.close()
