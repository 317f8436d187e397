"""Export a data file from a database, and merge data files into one.

The face the GUI's Data exchange page and the ``ttk export``/``ttk merge``
commands call. Each file is merged in one write transaction: all of it or
nothing, and a merge killed at any moment leaves the database as it was before
that file or after it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import ExportRecord, PinnedKey, ReceivedFile
from ttk_desktop.core.exchange import keys
from ttk_desktop.core.exchange.apply import MergeCounts, NumberTakenError, PayloadMerger
from ttk_desktop.core.exchange.errors import ExchangeError
from ttk_desktop.core.exchange.fileformat import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    DataFileProblem,
    pack,
    unpack,
)
from ttk_desktop.core.exchange.payload import PAYLOAD_VERSION, PayloadCounts, build, open_payload
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

SUFFIX = ".ttkx"
STATUS_MERGED, STATUS_ALREADY, STATUS_REFUSED = "merged", "already merged", "refused"

# Called with (office code, fingerprint) for a sending database seen for the first
# time; True pins its key. The CLI pins and prints; the app asks.
ConfirmPin = Callable[[str, str], bool]


def _tr(text: str, /, **values: object) -> str:
    return translate("Exchange", text, **values)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- export -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    full: bool
    follows: int | None
    created_at: str
    counts: PayloadCounts
    size: int


@dataclass(frozen=True)
class LastExport:
    seq: int
    created_at: str
    file_name: str
    full: bool


def recipients_fingerprint(recipients: list[str]) -> str:
    """One id for a set of recipients: exports follow each other per set."""
    joined = "\n".join(sorted(r.strip() for r in recipients))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()[:32]


def default_file_name(office: str, day: dt.date, seq: int) -> str:
    """``<OFFICE>-<YYYYMMDD>-<seq>.ttkx``: nothing personal in the name."""
    return f"{office}-{day:%Y%m%d}-{seq}{SUFFIX}"


def last_export(db: Database) -> LastExport | None:
    """The newest export this database wrote, for the app to show."""
    with db.read() as session:
        row = session.scalars(select(ExportRecord).order_by(ExportRecord.seq.desc())).first()
        if row is None:
            return None
        return LastExport(row.seq, row.created_at, row.file_name, row.full)


def export_data_file(
    db: Database,
    recipients: list[str],
    *,
    out: Path | None = None,
    folder: Path | None = None,
    full: bool = False,
) -> ExportResult:
    """Write what changed since the previous export to the same recipients (or everything).

    ``out`` names the file; else it goes to ``folder`` (default: beside the
    database) under :func:`default_file_name`.

    Raises:
        ExchangeError: no recipient, a key that is not one, no office set up,
            or the file cannot be written.
    """
    db.require(Action.EXPORT)
    if not recipients:
        raise ExchangeError(
            _tr(
                "Add the headquarters public key first (Settings, or --to FILE): a data file "
                "is encrypted so that only headquarters can read it."
            )
        )
    parsed = [keys.parse_recipient(r) for r in recipients]
    office = db.office_code
    if not office:
        raise ExchangeError(_tr("This database has no office yet: set it up first."))
    signer = keys.signing_key(db)  # each made at first use, before the write lock is taken
    database_id = keys.database_id(db)
    group = recipients_fingerprint(recipients)
    with db.write() as writer:
        session = writer.session
        previous = session.scalars(
            select(ExportRecord)
            .where(ExportRecord.recipients == group)
            .order_by(ExportRecord.seq.desc())
        ).first()
        seq = (session.scalar(select(func.max(ExportRecord.seq))) or 0) + 1
        incremental = previous is not None and not full
        since = previous.until if incremental and previous else -1
        follows = previous.seq if incremental and previous else None
        until = db.clock.last
        created = _now()
        header: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "payload": PAYLOAD_VERSION,
            "database_id": database_id,
            "office": office,
            "seq": seq,
            "follows": follows,
            "follows_date": previous.created_at[:10] if incremental and previous else None,
            "full": not incremental,
            "created_at": created,
            "since": since,
            "until": until,
            "signer": keys.public_key_text(signer),
        }
        payload, counts = build(db.path, since, {k: str(v) for k, v in header.items()}, db.key)
        data = pack(header, payload, signer, parsed)
        today = dt.date.fromisoformat(created[:10])
        target = out or (folder or db.path.parent) / default_file_name(office, today, seq)
        _write_atomically(target, data)
        session.add(
            ExportRecord(
                seq=seq,
                recipients=group,
                created_at=created,
                since=since,
                until=until,
                full=not incremental,
                follows=follows,
                file_name=target.name,
            )
        )
    return ExportResult(target, seq, not incremental, follows, created, counts, len(data))


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExchangeError(
            _tr("{path} cannot be written: {reason}.", path=target, reason=exc.strerror or exc)
        ) from exc


# -- merge ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeReport:
    """One file's outcome, as ``ttk merge --json`` prints it."""

    file: str
    office: str
    status: str
    reason: str = ""
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "office": self.office,
            "status": self.status,
            "reason": self.reason,
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
        }


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataFileProblem(
                _tr(
                    "The file is larger than any TTK Desktop data file ({size} MB).",
                    size=size // 2**20,
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise DataFileProblem(
            _tr("The file cannot be read: {reason}.", reason=exc.strerror or exc)
        ) from exc


@dataclass(frozen=True)
class FileInfo:
    """What a data file says about itself, read before merging (for the pin question).

    ``pin`` is "pinned" (its office's key is known and matches), "new" (the
    sending database was never seen: its key must be confirmed), "mismatch"
    (signed by another key than the pinned one) or "" when ``problem`` says
    why the file cannot be opened at all.
    """

    path: Path
    office: str
    database_id: str
    seq: int
    created_at: str
    full: bool
    fingerprint: str
    pin: str
    problem: str = ""


def inspect_files(
    db: Database, paths: list[Path], identities: list[pyrage.x25519.Identity]
) -> list[FileInfo]:
    """Open each file (in memory) and say who sent it and whether its key is known."""
    db.require(Action.MERGE)
    out = []
    for path in paths:
        try:
            header = unpack(_read_file(path), identities).header
            database_id, public = str(header["database_id"]), str(header["signer"])
            pinned = _pinned(db, database_id)
            pin = (
                "new" if pinned is None else "pinned" if pinned.public_key == public else "mismatch"
            )
            out.append(
                FileInfo(
                    path,
                    str(header["office"]),
                    database_id,
                    int(header["seq"]),
                    str(header["created_at"]),
                    bool(header["full"]),
                    keys.fingerprint(public),
                    pin,
                )
            )
        except DataFileProblem as exc:
            out.append(FileInfo(path, "", "", 0, "", False, "", "", str(exc)))
        except (KeyError, TypeError, ValueError):
            problem = _tr("The file is damaged inside. Ask for it again.")
            out.append(FileInfo(path, "", "", 0, "", False, "", "", problem))
    return out


def _refused(path: Path, reason: str, office: str = "") -> MergeReport:
    return MergeReport(path.name, office, STATUS_REFUSED, reason)


def merge_data_files(
    db: Database,
    paths: list[Path],
    identities: list[pyrage.x25519.Identity],
    *,
    confirm_pin: ConfirmPin | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[MergeReport]:
    """Merge several files, each all or nothing, in the order their offices wrote them.

    Files are first opened to read their headers, then merged sorted by
    (sending database, sequence), so a batch given in any order merges.
    """
    db.require(Action.MERGE)
    opened: list[tuple[tuple[str, int], Path]] = []
    reports: dict[Path, MergeReport] = {}
    for path in paths:
        try:
            header = unpack(_read_file(path), identities).header
            opened.append(((str(header.get("database_id")), int(header.get("seq", 0))), path))
        except DataFileProblem as exc:
            reports[path] = _refused(path, str(exc))
        except (ValueError, TypeError):
            reports[path] = _refused(path, _tr("The file is damaged inside. Ask for it again."))
    for done, (_key, path) in enumerate(sorted(opened), 1):
        if cancelled is not None and cancelled():
            break
        reports[path] = merge_data_file(db, path, identities, confirm_pin=confirm_pin)
        if progress is not None:
            progress(done, len(opened))
    return [reports[p] for p in paths if p in reports]


def merge_data_file(
    db: Database,
    path: Path,
    identities: list[pyrage.x25519.Identity],
    *,
    confirm_pin: ConfirmPin | None = None,
) -> MergeReport:
    """Merge one file into ``db``; never raises for a bad file (the report says why)."""
    db.require(Action.MERGE)
    try:
        opened = unpack(_read_file(path), identities)
    except DataFileProblem as exc:
        return _refused(path, str(exc))
    header = opened.header
    try:
        database_id = str(header["database_id"])
        office = str(header["office"])
        seq = int(header["seq"])
        follows = header.get("follows")
        full = bool(header["full"])
        str(header["created_at"])  # required: the history shows it
        public = str(header["signer"])
    except (KeyError, TypeError, ValueError):
        return _refused(path, _tr("The file is damaged inside. Ask for it again."))
    if database_id == db.setting("database_id"):
        return _refused(path, _tr("This file was exported by this very database."), office)
    fingerprint = keys.fingerprint(public)
    pinned = _pinned(db, database_id)
    if pinned is not None and pinned.public_key != public:
        return _refused(
            path,
            _tr(
                "The file is signed by another key than the one office {office} was first seen "
                "with (key {fingerprint}). If that office's computer was replaced, an "
                "administrator can accept its new key.",
                office=office,
                fingerprint=fingerprint,
            ),
            office,
        )
    if pinned is None and (confirm_pin is None or not confirm_pin(office, fingerprint)):
        return _refused(
            path,
            _tr(
                "Office {office}'s signing key {fingerprint} was not confirmed; nothing merged.",
                office=office,
                fingerprint=fingerprint,
            ),
            office,
        )
    try:
        payload = open_payload(opened.payload)
        del opened  # the payload now lives in the in-memory database only
    except sqlite3.Error:
        return _refused(path, _tr("The file is damaged inside. Ask for it again."), office)
    try:
        with db.write() as writer:
            session = writer.session
            if session.get(ReceivedFile, (database_id, seq)) is not None:
                return MergeReport(path.name, office, STATUS_ALREADY)
            if not full and follows is not None:
                missing = session.get(ReceivedFile, (database_id, int(follows)))
                if missing is None:
                    return _refused(
                        path,
                        _tr(
                            "This file follows file {seq} of office {office}, exported on "
                            "{date}, which has not been merged here. Merge that file first, "
                            "or ask the office for a full export.",
                            seq=follows,
                            office=office,
                            date=header.get("follows_date") or "-",
                        ),
                        office,
                    )
            if pinned is None:
                session.add(
                    PinnedKey(
                        database_id=database_id,
                        office=office,
                        public_key=public,
                        fingerprint=fingerprint,
                        pinned_at=_now(),
                    )
                )
            merger = PayloadMerger(writer, payload, path.name)
            counts = merger.merge()
            db.clock.observe(merger.newest)
            session.add(_received(database_id, seq, office, header, merger.newest, path, counts))
    except NumberTakenError as exc:
        return _refused(
            path,
            _tr(
                "After this file, two records of office {office} would have the register "
                "number {number}: it was given to one here and to another at the office. Give "
                "the one here another number, then merge this file again; nothing merged.",
                office=exc.office,
                number=exc.number,
            ),
            office,
        )
    except (sqlite3.Error, IntegrityError, KeyError, ValueError, TypeError) as exc:
        # A payload that does not hold what its header promises (a damaged or
        # foreign file signed by a pinned key): the transaction was rolled back.
        return _refused(
            path,
            _tr(
                "The file's contents are not valid ({error}); nothing merged.",
                error=type(exc).__name__,
            ),
            office,
        )
    finally:
        payload.close()
    db.search_index.invalidate()
    if merger.erased:
        from ttk_desktop.core.security.privacy import forget_old_pages

        forget_old_pages(db)  # no copy of an erased name left in the log or free pages
    return MergeReport(
        path.name,
        office,
        STATUS_MERGED,
        "",
        counts.added,
        counts.updated,
        counts.deleted,
        counts.conflicts,
    )


def _received(
    database_id: str,
    seq: int,
    office: str,
    header: dict[str, Any],
    newest: int,
    path: Path,
    counts: MergeCounts,
) -> ReceivedFile:
    follows = header.get("follows")
    return ReceivedFile(
        database_id=database_id,
        seq=seq,
        office=office,
        created_at=str(header["created_at"]),
        follows=int(follows) if follows is not None else None,
        full=bool(header["full"]),
        newest=newest,
        merged_at=_now(),
        file_name=path.name,
        added=counts.added,
        updated=counts.updated,
        deleted=counts.deleted,
        conflicts=counts.conflicts,
    )


def _pinned(db: Database, database_id: str) -> PinnedKey | None:
    with db.read() as session:
        return session.get(PinnedKey, database_id)
