"""Property tests (hypothesis): random changes at several offices, files exchanged and merged in
random orders with repeats, always converge; the same field changed in two places is one
conflict (#13). Real databases in a temporary folder, real files."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from exchange_helpers import Keys, content, edit, merge, new_hq, new_office
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Participant, Session
from ttk_desktop.core.exchange import STATUS_REFUSED, export_data_file, merge_data_file
from ttk_desktop.core.exchange.history import list_conflicts
from ttk_desktop.core.services.participants import delete_participant, restore_participant
from ttk_desktop.core.services.sessions import set_attendance

CODES = ("IST", "ANK", "IZM")
FIELDS = {
    "phone": st.sampled_from(["0532 111 0000", "0533 222 0000", None]),
    "notes": st.sampled_from(["taşındı", "yeni adres", "ملاحظة", None]),
    "last_name": st.sampled_from(["Yılmaz", "Al-Hassan", "Kaya"]),
    "birth_date": st.sampled_from([dt.date(1990, 1, 1), dt.date(1985, 6, 15), None]),
}
SLOW = settings(
    max_examples=int(os.environ.get("TTK_HYPOTHESIS_EXAMPLES", "20")),
    derandomize=not os.environ.get("TTK_HYPOTHESIS_EXAMPLES"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    return Keys.make(tmp_path_factory.mktemp("keys") / "hq")


def _people(db: Database) -> list[tuple[int, str, bool]]:
    with db.read() as session:
        rows = session.execute(
            select(Participant.id, Participant.external_id, Participant.deleted).order_by(
                Participant.id
            )
        )
        return [(pid, ext, deleted) for pid, ext, deleted in rows]


def _sessions(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(Session.id).where(Session.deleted.is_(False))))


operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 99), st.data()),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 99), st.booleans()),
    st.tuples(st.just("tick"), st.integers(0, 2), st.integers(0, 99), st.booleans()),
    st.tuples(st.just("export"), st.integers(0, 2), st.booleans(), st.just(None)),
    st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 99), st.just(None)),
    st.tuples(st.just("swap"), st.integers(0, 2), st.integers(0, 99), st.integers(0, 99)),
)


def _swap_numbers(db: Database, code: str, pick: int, other: int) -> None:
    """Two of the office's own people exchange register numbers (three edits)."""
    import dataclasses

    from ttk_desktop.core.services.participants import get_participant, update_participant

    own = [(pid, ext) for pid, ext, deleted in _people(db) if ext.startswith(code) and not deleted]
    if len(own) < 2 or pick % len(own) == other % len(own):
        return
    (a, a_number), (b, b_number) = own[pick % len(own)], own[other % len(own)]
    for pid, number in ((a, f"{code}-TMP"), (b, a_number), (a, b_number)):
        record = get_participant(db, pid)
        update_participant(db, pid, dataclasses.replace(record.to_input(), external_id=number))


def _apply(op: tuple, offices: list[Database], files: list[Path], keys: Keys, out: Path) -> None:  # type: ignore[type-arg]
    kind, who, pick, extra = op
    db = offices[who]
    if kind == "export":
        files.append(export_data_file(db, [keys.public], folder=out / CODES[who], full=extra).path)
        return
    if kind == "merge":
        if files:
            merge_data_file(
                db, files[pick % len(files)], [keys.identity], confirm_pin=lambda *_: True
            )
        return
    if kind == "swap":
        _swap_numbers(db, CODES[who], pick, extra)
        return
    people = _people(db)
    pid, external_id, deleted = people[pick % len(people)]
    if kind == "delete":
        (delete_participant if not deleted else restore_participant)(db, pid)
    elif kind == "edit" and not deleted:
        name = extra.draw(st.sampled_from(sorted(FIELDS)))
        edit(db, external_id, **{name: extra.draw(FIELDS[name])})
    elif kind == "tick" and not deleted:
        sessions = _sessions(db)
        if sessions:
            set_attendance(db, sessions[pick % len(sessions)], pid, extra)


def _merge_until_done(hq: Database, files: list[Path], keys: Keys) -> None:
    """Merge one file at a time in the given order; refused ones (a gap) are retried later."""
    waiting = list(files)
    while waiting:
        still = [
            f
            for f in waiting
            if merge_data_file(hq, f, [keys.identity], confirm_pin=lambda *_: True).status
            == STATUS_REFUSED
        ]
        assert len(still) < len(waiting), "no file could be merged"
        waiting = still


@SLOW
@given(
    ops=st.lists(operation, min_size=4, max_size=14),
    orders=st.lists(st.randoms(use_true_random=False), min_size=2, max_size=2),
)
def test_random_changes_exchanged_in_any_order_converge(ops, orders, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        offices = [
            new_office(root / f"{code}.sqlite3", code, people=4, seed=10 * n)
            for n, code in enumerate(CODES)
        ]
        files: list[Path] = []
        for op in ops:
            _apply(op, offices, files, keys, root / "out")
        for n, db in enumerate(offices):  # every office ends with a file of what it has
            files.append(export_data_file(db, [keys.public], folder=root / "out" / CODES[n]).path)
        results = []
        for n, rng in enumerate(orders):
            batch = files + rng.sample(files, k=min(3, len(files)))  # some files twice
            rng.shuffle(batch)
            hq = new_hq(root / f"hq{n}.sqlite3")
            _merge_until_done(hq, batch, keys)
            results.append(content(hq))
            hq.close()
        for db in offices:
            db.close()
        assert results[0] == results[1]


@SLOW
@given(
    name=st.sampled_from(sorted(FIELDS)),
    values=st.lists(st.data(), min_size=1, max_size=1),
    ist_first=st.booleans(),
    merge_ist_first=st.booleans(),
)
def test_one_field_changed_in_two_places_is_exactly_one_conflict(  # type: ignore[no-untyped-def]
    name, values, ist_first, merge_ist_first, keys: Keys
) -> None:
    draw = values[0].draw
    # Both edits change the value (a value equal to the stored one is no change at all).
    one = draw(FIELDS[name].filter(lambda v: v is not None))
    two = draw(FIELDS[name].filter(lambda v: v not in (one, None)))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ist = new_office(root / "ist.sqlite3", "IST", people=3)
        start = export_data_file(ist, [keys.public], folder=root / "a").path
        ank = new_office(root / "ank.sqlite3", "ANK", people=2, seed=40)
        merge(ank, keys, start)
        first, second = (ist, ank) if ist_first else (ank, ist)
        edit(first, "IST-P001", **{name: one})
        edit(second, "IST-P001", **{name: two})  # later: it wins
        files = {
            "IST": export_data_file(ist, [keys.public], folder=root / "b").path,
            "ANK": export_data_file(ank, [keys.public], folder=root / "c", full=True).path,
        }
        hq = new_hq(root / "hq.sqlite3")
        merge(hq, keys, start)
        for code in ("IST", "ANK") if merge_ist_first else ("ANK", "IST"):
            merge(hq, keys, files[code])
        conflicts = list_conflicts(hq)
        assert len(conflicts) == 1
        assert conflicts[0].field == name
        stored = content(hq)
        for db in (ist, ank, hq):
            db.close()
    row = next(r for r in stored["participants"] if r[2] == "IST-P001")
    kept = {"phone": row[11], "notes": row[15], "last_name": row[4], "birth_date": row[8]}[name]
    expected = two.isoformat() if isinstance(two, dt.date) else two
    assert kept == expected
