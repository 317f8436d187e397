"""Office data files: export and merge beside their raw limits, measured in one run (#13).

    python bench/sync.py [--offices N]

At 50,000 participants / 1,000,000 attendances in one office (bench/core.py's
office, built once and cached under bench/.cache):

* full export vs the raw limit: plain sqlite3 copying the same rows into a new
  in-memory database through ATTACH, then compressing and encrypting it the
  same way (limit 3x); the file's size (target under 15 MB);
* merging that file into a headquarters database already holding N other
  offices of that size (default 10) vs the raw limit: the same rows copied
  into a copy of that database through ATTACH with INSERT ... ON CONFLICT
  (limit 3x);
* an incremental export and its merge after 1,000 participants changed at the
  office (limit 1 s);
* peak memory of the export and of the merge, each in a fresh process (limit
  500 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE))
PASSPHRASE = "bench passphrase"
PEOPLE, SESSIONS, ATTENDANCES = 50_000, 50_000, 1_000_000
OFFSET = 10_000_000  # local ids of the n-th copied office start at n * OFFSET


def office() -> Path:
    import core

    return core.build_office(PEOPLE, SESSIONS, ATTENDANCES)


def keys() -> tuple[Path, Path]:
    folder = CACHE / "sync-keys"
    if not (folder / "hq.key").exists():
        from ttk_desktop.core.exchange.keys import init_keys

        shutil.rmtree(folder, ignore_errors=True)
        init_keys(folder, PASSPHRASE)
    return folder / "hq.pub", folder / "hq.key"


def headquarters(offices: int) -> Path:
    """Headquarters holding ``offices`` copies of the office (own ids, codes and uuids)."""
    path = CACHE / f"hq-{offices}x{PEOPLE}.sqlite3"
    if path.exists():
        return path
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.services.offices import setup_office

    tmp = path.with_suffix(".tmp")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    db = open_database(tmp, actor="bench")
    setup_office(db, "HQ", "Genel Merkez")
    db.close()
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("ATTACH DATABASE ? AS src", (str(office()),))
    con.execute("BEGIN")
    for n in range(1, offices + 1):
        off = n * OFFSET
        code = f"O{n:02d}"
        con.execute(
            "INSERT INTO offices (id, code, name, uuid, origin, hlc, deleted) "
            "SELECT id + ?, ?, ?, randomblob(16), ?, hlc, deleted FROM src.offices",
            (off, code, code, code),
        )
        for table, refs in (
            ("participants", ("office_id",)),
            ("groups", ("office_id",)),
            ("sessions", ("office_id", "group_id")),
        ):
            cols = [r[1] for r in con.execute(f"PRAGMA src.table_info({table})")]
            values = [
                f"{c} + {off}" if c in ("id", *refs) else "randomblob(16)" if c == "uuid" else c
                for c in cols
            ]
            con.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} "
                f"FROM src.{table}"
            )
        con.execute(
            "INSERT INTO attendance SELECT session_id + ?, participant_id + ?, hlc, deleted "
            "FROM src.attendance",
            (off, off),
        )
        con.execute(
            "INSERT INTO group_members SELECT group_id + ?, participant_id + ?, joined_on, "
            "hlc, deleted FROM src.group_members",
            (off, off),
        )
    con.execute("COMMIT")
    con.execute("DETACH src")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(path)
    return path


# -- the raw limits ----------------------------------------------------------------------------
def raw_export(source: Path, public: Path) -> tuple[float, int]:
    """Plain sqlite3: the same rows into an attached in-memory database, compressed, encrypted."""
    import pyrage

    start = time.perf_counter()
    con = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    con.execute("ATTACH DATABASE ':memory:' AS out")
    for table in ("offices", "participants", "groups", "sessions", "attendance", "group_members"):
        con.execute(f"CREATE TABLE out.{table} AS SELECT * FROM {table}")
    data = con.serialize(name="out")
    con.close()
    recipient = pyrage.x25519.Recipient.from_str(public.read_text().strip())
    sealed = pyrage.encrypt(zlib.compress(data, 6), [recipient])
    return time.perf_counter() - start, len(sealed)


def raw_merge(hq: Path, source: Path) -> float:
    """The same rows into a copy of headquarters through ATTACH with INSERT ... ON CONFLICT."""
    target = CACHE / "raw-merge.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(hq, target)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("ATTACH DATABASE ? AS src", (str(source),))
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "INSERT INTO offices (code, name, uuid, origin, hlc, deleted) SELECT code, name, uuid, "
        "origin, hlc, deleted FROM src.offices WHERE true ON CONFLICT DO NOTHING"
    )
    for table in ("groups", "sessions", "participants"):
        cols = [r[1] for r in con.execute(f"PRAGMA src.table_info({table})") if r[1] != "id"]
        picked = ", ".join(
            "(SELECT o.id FROM offices o JOIN src.offices so ON so.code = o.code "
            "WHERE so.id = x.office_id)"
            if c == "office_id"
            else "(SELECT g.id FROM groups g JOIN src.groups sg ON sg.uuid = g.uuid "
            "WHERE sg.id = x.group_id)"
            if c == "group_id"
            else f"x.{c}"
            for c in cols
        )
        con.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM src.{table} x "
            "WHERE true ON CONFLICT (uuid) DO UPDATE SET hlc = excluded.hlc "
            f"WHERE excluded.hlc > {table}.hlc"
        )
    con.execute(
        "INSERT INTO attendance (session_id, participant_id, hlc, deleted) "
        "SELECT s.id, p.id, a.hlc, a.deleted FROM src.attendance a "
        "JOIN src.sessions ss ON ss.id = a.session_id JOIN sessions s ON s.uuid = ss.uuid "
        "JOIN src.participants sp ON sp.id = a.participant_id "
        "JOIN participants p ON p.uuid = sp.uuid WHERE true "
        "ON CONFLICT (session_id, participant_id) DO UPDATE SET hlc = excluded.hlc, "
        "deleted = excluded.deleted WHERE excluded.hlc > attendance.hlc"
    )
    con.execute("COMMIT")
    took = time.perf_counter() - start
    con.close()
    return took


# -- the project's export and merge, each in a fresh process -------------------------------------
PHASE = r"""
import json, os, sys, time
from pathlib import Path
phase, db_path, arg = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])


def _peak():
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
    return int(hwm[0].split()[1]) / 1024 if hwm else 0


from ttk_desktop.core.db.engine import open_database
db = open_database(db_path, actor="bench")
start = time.perf_counter()
if phase == "export":
    from ttk_desktop.core.exchange import export_data_file
    result = export_data_file(db, [Path(sys.argv[4]).read_text()], out=arg,
                              full=sys.argv[5] == "full")
    extra = {"size": result.size}
else:
    from ttk_desktop.core.exchange import merge_data_files
    from ttk_desktop.core.exchange.keys import load_identity
    identity = load_identity(Path(sys.argv[4]), os.environ["TTK_PASSPHRASE"])
    # Opening the key runs age's scrypt (256 MiB by design, once per merge session):
    # note its peak, then reset the peak so the merge's own is measured.
    key_peak = _peak()
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    start = time.perf_counter()
    (report,) = merge_data_files(db, [arg], [identity], confirm_pin=lambda o, f: True)
    assert report.status == "merged", report
    extra = {"added": report.added, "updated": report.updated, "key_peak_mib": key_peak}
took = time.perf_counter() - start
db.close()
print(json.dumps({"seconds": took, "peak_mib": _peak(), **extra}))
"""


def phase(*args: str) -> dict[str, float]:
    env = dict(os.environ, TTK_PASSPHRASE=PASSPHRASE)
    out = subprocess.run(
        [sys.executable, "-c", PHASE, *args], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def change_people(path: Path, count: int) -> None:
    """``count`` participants edited through the services, as staff would."""
    from sqlalchemy import select

    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.db.models import Participant
    from ttk_desktop.core.services.common import update_record

    db = open_database(path, actor="bench")
    with db.read() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id).limit(count)))
    stamp = int(time.time())
    with db.write() as writer:
        for n, pid in enumerate(ids):
            person = writer.session.get(Participant, pid)
            update_record(writer, person, {"phone": f"0555 {stamp % 1000:03d} {n:04d}"})
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offices", type=int, default=10)
    args = parser.parse_args()
    source = office()
    public, private = keys()
    hq = headquarters(args.offices)
    work = CACHE / "sync-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    exporting = work / "office.sqlite3"
    shutil.copyfile(source, exporting)

    raw_export_s, raw_size = raw_export(exporting, public)
    full = phase("export", str(exporting), str(work / "full.ttkx"), str(public), "full")
    raw_merge_s = raw_merge(hq, exporting)
    merging = work / "hq.sqlite3"
    shutil.copyfile(hq, merging)
    merged = phase("merge", str(merging), str(work / "full.ttkx"), str(private))

    change_people(exporting, 1000)
    inc_export = phase("export", str(exporting), str(work / "changes.ttkx"), str(public), "changes")
    inc_merge = phase("merge", str(merging), str(work / "changes.ttkx"), str(private))
    incremental = inc_export["seconds"] + inc_merge["seconds"]

    ok = lambda value, limit: "OK" if value <= limit else "OVER"  # noqa: E731
    ratio_export = full["seconds"] / raw_export_s
    ratio_merge = merged["seconds"] / raw_merge_s
    size_mb = full["size"] / 1e6
    print(f"office: {PEOPLE:,} participants, {ATTENDANCES:,} attendances")
    print(
        f"full export: {full['seconds']:.2f} s | raw (ATTACH copy + zlib + age) "
        f"{raw_export_s:.2f} s | ratio {ratio_export:.2f} (limit 3.0) {ok(ratio_export, 3.0)}"
    )
    print(
        f"file size: {size_mb:.1f} MB (target under 15 MB) {ok(size_mb, 15)}; "
        f"raw file {raw_size / 1e6:.1f} MB"
    )
    print(
        f"merge into headquarters holding {args.offices} offices: {merged['seconds']:.2f} s "
        f"({int(merged['added']):,} added) | raw (ATTACH + INSERT ... ON CONFLICT) "
        f"{raw_merge_s:.2f} s | ratio {ratio_merge:.2f} (limit 3.0) {ok(ratio_merge, 3.0)}"
    )
    print(
        f"1,000 changed people: export {inc_export['seconds']:.2f} s + merge "
        f"{inc_merge['seconds']:.2f} s = {incremental:.2f} s (limit 1.0) {ok(incremental, 1.0)}; "
        f"{int(inc_merge['updated'])} updated, file {inc_export['size'] / 1e3:.0f} kB"
    )
    print(
        f"peak memory: export {full['peak_mib']:.0f} MiB, merge {merged['peak_mib']:.0f} MiB "
        f"(limit 500) {ok(max(full['peak_mib'], merged['peak_mib']), 500)}; opening the "
        f"passphrase-protected key before it: {merged['key_peak_mib']:.0f} MiB (age's scrypt)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
