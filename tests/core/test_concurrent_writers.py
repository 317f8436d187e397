"""Two programs on one database file: no edit lost, no clock stamp issued twice (#11).

Each writer runs in its own process, as the app and ``ttk`` do on an office PC.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update
from xlsx_builders import write_xlsx

from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.db.models import AuditEntry, Participant
from ttk_desktop.core.errors import DatabaseAccessError, DatabaseProblem
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.services.offices import setup_office

PEOPLE = 5000

EDITOR = r"""
import json, sys, time
from pathlib import Path
from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.db.models import Participant
from ttk_desktop.core.services.common import update_record

db = open_database(Path(sys.argv[1]), actor="editor")
ids, stop, ready = json.loads(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
written, stamps, n = {}, [], 0
ready.write_text("ready")
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    pid = ids[n % len(ids)]
    phone = f"0532{n:07d}"
    with db.write() as writer:
        obj = writer.session.get(Participant, pid)
        update_record(writer, obj, {"phone": phone})
        stamps.append(obj.hlc)
    written[pid] = phone
    n += 1
    if stop.exists() and n >= 50:
        break
db.close()
print(json.dumps({"written": written, "stamps": stamps, "edits": n}))
"""

IMPORTER = r"""
import json, sys
from pathlib import Path
from ttk_desktop.core.clock import Stamp
from ttk_desktop.core.db.engine import open_database
from ttk_desktop.core.importer import import_workbook

db = open_database(Path(sys.argv[1]), actor="importer")
summary = import_workbook(db, Path(sys.argv[2]))
db.close()
print(json.dumps([[s.kind, s.added, s.updated, s.unchanged] for s in summary.sheets]))
"""


def _register(path: Path, last_name: str) -> Path:
    """Every person of the office; the phones are the ones the first import stored."""
    rows: list[list[object]] = [["participant_id", "first_name", "last_name", "phone"]]
    rows += [[f"P{i:05d}", f"Ad{i}", f"{last_name}{i}", f"0500{i:07d}"] for i in range(PEOPLE)]
    return write_xlsx(path, {"Participants": rows})


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(path, actor="setup")
    setup_office(db, "IST", "İstanbul")
    import_workbook(db, _register(tmp_path / "first.xlsx", "Ilk"))
    db.close()
    return path


def _python(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result(process: subprocess.Popen[str]) -> object:
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err
    return json.loads(out)


def test_an_import_beside_an_edit_loop_loses_no_edit_and_shares_no_stamp(
    office_file: Path, tmp_path: Path
) -> None:
    """The import used to read outside its write transaction and revert edits made meanwhile."""
    db = open_database(office_file)
    with db.read() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    db.close()
    stop, ready = tmp_path / "stop", tmp_path / "ready"
    editor = _python(EDITOR, office_file, json.dumps(ids), stop, ready)
    while not ready.exists():
        assert editor.poll() is None, editor.communicate()
        time.sleep(0.01)
    importer = _python(IMPORTER, office_file, _register(tmp_path / "second.xlsx", "Ikinci"))
    imported = _result(importer)
    stop.write_text("stop")
    edited = _result(editor)
    assert isinstance(imported, list) and isinstance(edited, dict)
    assert imported == [["participants", 0, PEOPLE, 0]]
    assert edited["edits"] >= 50

    db = open_database(office_file)
    with db.read() as session:
        phones = dict(session.execute(select(Participant.id, Participant.phone)).all())
        names = set(session.scalars(select(Participant.last_name)))
        uuids = dict(session.execute(select(Participant.id, Participant.uuid)).all())
        audits = session.execute(
            select(
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.hlc,
                AuditEntry.record_uuid,
                AuditEntry.changes,
            ).where(AuditEntry.actor.in_(("editor", "importer")))
        ).all()
    db.close()
    # The file names the phones stored before the edits: where the import ran after
    # an edit it sets the file's phone again, visibly, with an audit entry of its own.
    import_changed_phone = {
        uuid
        for actor, action, _, uuid, changes in audits
        if actor == "importer" and action == "update" and "phone" in json.loads(changes)
    }
    lost = [
        pid
        for pid, phone in edited["written"].items()
        if phones[int(pid)] != phone and uuids[int(pid)] not in import_changed_phone
    ]
    assert lost == [], f"{len(lost)} edits silently reverted"
    assert names == {f"Ikinci{i}" for i in range(PEOPLE)}, "the import's own changes stay"

    editor_stamps = edited["stamps"]
    assert len(set(editor_stamps)) == len(editor_stamps), "an editor stamp issued twice"
    assert editor_stamps == sorted(editor_stamps), "stamps go back in time"
    import_stamps = {hlc for actor, _, hlc, _, _ in audits if actor == "importer"}
    assert import_stamps and not import_stamps & set(editor_stamps)
    # The audit log names every edit the editor made.
    editor_audits = [hlc for actor, _, hlc, _, _ in audits if actor == "editor"]
    assert sorted(editor_audits) == sorted(editor_stamps)
    print(
        f"import of {PEOPLE} beside {edited['edits']} edits: {len(lost)} lost, "
        f"{len(editor_stamps) - len(set(editor_stamps))} duplicate stamps, "
        f"{len(editor_audits)} audit entries"
    )


def test_the_same_file_imported_twice_at_once_waits_and_changes_nothing_the_second_time(
    office_file: Path, tmp_path: Path
) -> None:
    """The second import used to fail with a 65 KB IntegrityError message."""
    register = _register(tmp_path / "again.xlsx", "Yeni")
    first = _python(IMPORTER, office_file, register)
    second = _python(IMPORTER, office_file, register)
    results = sorted([_result(first), _result(second)])  # type: ignore[type-var]
    assert results == [
        [["participants", 0, 0, PEOPLE]],
        [["participants", 0, PEOPLE, 0]],
    ]


def test_stamps_continue_after_another_programs_newer_stamp(office_file: Path) -> None:
    """Two open handles on one file (two processes in real life) never issue the same stamp."""
    first, second = open_database(office_file), open_database(office_file)
    # Put the second handle's clock far ahead, as a program whose PC clock runs fast.
    with second.write():
        ahead = int(Stamp(9_000_000_000_000, 0))
        second.clock.observe(ahead)
    with first.write() as writer:
        stamp = writer.stamp()
    assert stamp > ahead
    first.close()
    second.close()


def test_a_writer_holds_the_file_from_its_first_read(office_file: Path) -> None:
    """What a write transaction reads cannot change under it: the lock is taken at BEGIN.

    Deterministic form of the race above: before, the lock came with the first
    INSERT/UPDATE, so another program could write between the read and the write.
    """
    first = open_database(office_file)
    second = open_database(office_file, busy_timeout=0.2)
    with first.write() as writer:
        writer.session.scalar(select(Participant.phone).limit(1))
        with pytest.raises(DatabaseAccessError) as info, second.write() as other:
            other.session.execute(update(Participant).values(phone="0"))
        assert info.value.problem is DatabaseProblem.BUSY
    first.close()
    second.close()
