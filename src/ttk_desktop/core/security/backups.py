"""Backups of the office database: made online, encrypted like it, rotated, checked, restored.

A backup is a whole database file written by SQLite's online backup API
through :func:`~ttk_desktop.core.db.connect.connect` with the database's own
key, so it is encrypted exactly like the database and consistent even while
the app writes. It is written under a hidden temporary name, checked
(``PRAGMA quick_check``), flushed to the disk and only then renamed to its
final name: a backup killed half-way is never listed, so it can never be
taken for a good one, and a damaged database never pushes good backups out of
the rotation. The key file (``<db>.keys``) is copied beside each backup
(``<backup>.keys``): a backup together with its key file opens on another PC
with any account that existed when it was made.

Names say the kind and the date: ``office.daily-2026-12-04.sqlite3``,
``office.weekly-2026-W49.sqlite3``, ``office.manual-2026-12-04T101502.sqlite3``,
``office.before-restore-2026-12-04T101502.sqlite3``. Only daily and weekly
backups are rotated; manual ones and the copies kept before a restore stay
until someone deletes them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ttk_desktop.core.db.connect import connect, key_file_path
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.backup_files import (
    BackupError,
    backup_api_copy,
    check_database,
    content_digest,
    copy_file,
    copy_keys,
    errors,
    fsync_file,
    fsync_folder,
    partial_name,
    remove_stale_partials,
    stop_when_busy,
    unique,
    write_backup,
    write_error,
)
from ttk_desktop.core.security.roles import Account, Action, PermissionDeniedError

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database

DAILY = "daily"
WEEKLY = "weekly"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KINDS = (DAILY, WEEKLY, MANUAL, BEFORE_RESTORE)

FOLDER_NAME = "backups"
SETTING_KEEP_DAILY = "backup_keep_daily"
SETTING_KEEP_WEEKLY = "backup_keep_weekly"
SETTING_SECOND_FOLDER = "backup_second_folder"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
MAX_KEEP = 366
BUSY_SECONDS = 5.0
"""How long a restore waits for another program's lock on the database before giving up."""

_PERIOD = {
    DAILY: r"\d{4}-\d{2}-\d{2}",
    WEEKLY: r"\d{4}-W\d{2}",
    MANUAL: r"\d{4}-\d{2}-\d{2}T\d{6}(?:-\d+)?",
    BEFORE_RESTORE: r"\d{4}-\d{2}-\d{2}T\d{6}(?:-\d+)?",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    ``when`` is the time its copy was completed (the file's modification time,
    local); ``period`` is the date part of its name (the day, the ISO week or
    the second), which the rotation goes by. ``copies`` and ``warnings`` are
    filled only by :func:`back_up_now`: the other folders written, and what
    went wrong with them (a missing USB stick) without failing the backup.
    """

    path: Path
    kind: str
    when: dt.datetime
    size: int
    period: str
    copies: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def keys_path(self) -> Path:
        return key_file_path(self.path)


@dataclass(frozen=True)
class AutomaticBackups:
    """What :func:`back_up_if_due` did."""

    made: tuple[BackupInfo, ...] = ()
    removed: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreReport:
    """What :func:`restore_backup` did: which file replaced which, and where the old one is."""

    database: Path
    restored_from: Path
    kept: Path | None
    replaced_damaged: bool
    notes: tuple[str, ...] = field(default_factory=tuple)


# -- names and folders -------------------------------------------------------------
def backup_folder(db_path: Path) -> Path:
    """The usual place of backups: a ``backups`` folder beside the database."""
    return db_path.parent / FOLDER_NAME


def backup_name(db_path: Path, kind: str, now: dt.datetime) -> str:
    """The file name of a ``kind`` backup of ``db_path`` made at ``now`` (local time)."""
    if kind == DAILY:
        period = now.date().isoformat()
    elif kind == WEEKLY:
        year, week, _day = now.isocalendar()
        period = f"{year}-W{week:02d}"
    elif kind in (MANUAL, BEFORE_RESTORE):
        period = now.strftime("%Y-%m-%dT%H%M%S")
    else:
        raise ValueError(f"unknown backup kind {kind!r}")
    return f"{db_path.stem}.{kind}-{period}{db_path.suffix}"


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    kinds = "|".join(
        f"(?P<{kind.replace('-', '_')}>{re.escape(kind)}-{_PERIOD[kind]})" for kind in KINDS
    )
    return re.compile(
        f"^{re.escape(db_path.stem)}\\.(?:{kinds}){re.escape(db_path.suffix)}$", re.ASCII
    )


def _parse(pattern: re.Pattern[str], entry: Path) -> BackupInfo | None:
    match = pattern.match(entry.name)
    if match is None:
        return None
    kind = next(k for k in KINDS if match.group(k.replace("-", "_")))
    try:
        stat = entry.stat()
    except OSError:
        return None
    period = match.group(kind.replace("-", "_"))[len(kind) + 1 :]
    when = dt.datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(entry, kind, when, stat.st_size, period)


def list_backups(db_path: Path, folders: Iterable[Path] | None = None) -> list[BackupInfo]:
    """The complete backups of ``db_path`` in ``folders`` (default: its backups folder).

    Newest first.

    Temporary files of a backup in progress or killed are not listed.
    """
    pattern = _name_pattern(db_path)
    found: list[BackupInfo] = []
    for folder in folders if folders is not None else [backup_folder(db_path)]:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            info = _parse(pattern, entry)
            if info is not None and entry.is_file():
                found.append(info)
    found.sort(key=lambda info: (info.when, info.period), reverse=True)
    return found


# -- settings ----------------------------------------------------------------------
def _count_setting(db: Database, key: str, default: int) -> int:
    try:
        value = int(db.setting(key) or default)
    except ValueError:
        return default
    return min(max(value, 1), MAX_KEEP)


def keep_counts(db: Database) -> tuple[int, int]:
    """How many daily and weekly backups are kept (settings; default 7 and 4)."""
    return (
        _count_setting(db, SETTING_KEEP_DAILY, DEFAULT_KEEP_DAILY),
        _count_setting(db, SETTING_KEEP_WEEKLY, DEFAULT_KEEP_WEEKLY),
    )


def second_folder(db: Database) -> Path | None:
    """The optional second folder (a USB stick) every backup is also copied to."""
    value = (db.setting(SETTING_SECOND_FOLDER) or "").strip()
    return Path(value) if value else None


def second_copies(db: Database, root: Path) -> Path:
    """This database's own folder inside the second folder ``root``.

    Every office's database is called ``ttk.sqlite3`` by default: offices
    sharing one USB stick must not count, rotate away or skip each other's
    backups, so each database writes into a folder named after its file and
    its node id (which a restored backup keeps).
    """
    return root / f"{db.path.stem}-{db.setting('node_id') or 'database'}"


def second_backup_folder(db: Database) -> Path | None:
    """Where this database's copies in the second folder are (None without a second folder)."""
    root = second_folder(db)
    return second_copies(db, root) if root is not None else None


@dataclass(frozen=True)
class OlderBackups:
    """The backups an erasure cannot reach (#16), by how long they stay.

    ``rotating`` daily and weekly backups leave within ``weeks`` weeks (the
    weekly ones kept); ``kept`` (made by hand, or before a restore) stay
    until someone deletes them.
    """

    rotating: int
    kept: int
    weeks: int


def backup_folders(db: Database) -> list[Path]:
    """Where ``db``'s backups are: the backups folder, and its folder in the second one."""
    second = second_backup_folder(db)
    return [backup_folder(db.path)] + ([second] if second is not None else [])


def older_backups(db: Database) -> OlderBackups:
    """The backups of ``db`` (both folders) that still hold what was there when made."""
    found = list_backups(db.path, backup_folders(db))
    rotating = sum(1 for info in found if info.kind in (DAILY, WEEKLY))
    return OlderBackups(rotating, len(found) - rotating, keep_counts(db)[1])


def delete_backup(db: Database, backup: Path) -> None:
    """Delete one backup of ``db`` and the key file beside it (administrators).

    For the backups no rotation deletes (made by hand, kept before a restore),
    which keep values an erasure has removed from the database. Only a file
    listed among ``db``'s backups is deleted.

    Raises:
        PermissionDeniedError: the account is not an administrator.
        BackupError: ``backup`` is not one of this database's backups.
    """
    db.require(Action.RESTORE)
    backup = Path(backup)
    listed = {info.path.resolve() for info in list_backups(db.path, backup_folders(db))}
    if backup.resolve() not in listed:
        raise BackupError(
            translate(
                "Backups",
                "{backup} is not a backup of this database; nothing was deleted.",
                backup=backup,
            )
        )
    backup.unlink()
    key_file_path(backup).unlink(missing_ok=True)
    fsync_folder(backup.parent)
    db.log_event("delete", "backups", backup.name)


def set_backup_settings(
    db: Database, *, keep_daily: int, keep_weekly: int, second: Path | None
) -> None:
    """Change how many backups are kept and the second folder (administrators)."""
    db.require(Action.CHANGE_SETTINGS)
    for count in (keep_daily, keep_weekly):
        if not 1 <= count <= MAX_KEEP:
            raise BackupError(
                translate(
                    "Backups",
                    "Keep between 1 and {max} backups of each kind (asked: {count}).",
                    max=MAX_KEEP,
                    count=count,
                )
            )
    db.set_setting(SETTING_KEEP_DAILY, str(keep_daily))
    db.set_setting(SETTING_KEEP_WEEKLY, str(keep_weekly))
    db.set_setting(SETTING_SECOND_FOLDER, str(second) if second is not None else "")


def newest_good_backup(
    db_path: Path, key: bytes | None, folders: Iterable[Path] | None = None
) -> BackupInfo | None:
    """The newest backup of ``db_path`` that opens with ``key`` and passes the check."""
    for info in list_backups(db_path, folders):
        if check_database(info.path, key):
            return info
    return None


def _info(db_path: Path, target: Path) -> BackupInfo:
    info = _parse(_name_pattern(db_path), target)
    assert info is not None, target
    return info


def _prepare_folder(folder: Path, *, create: bool) -> None:
    if create:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(
                translate(
                    "Backups",
                    "The backup folder {folder} cannot be created: {error}",
                    folder=folder,
                    error=exc.strerror or exc,
                )
            ) from exc
    elif not folder.is_dir():
        raise BackupError(
            translate(
                "Backups",
                "The backup folder {folder} does not exist. Create it or choose another one.",
                folder=folder,
            )
        )
    remove_stale_partials(folder)


def _missing_second_folder(folder: Path, first: Path) -> str:
    return translate(
        "Backups",
        "The second backup folder {folder} is not there (is the USB stick plugged in?). "
        "The backup was written only to {first}.",
        folder=folder,
        first=first,
    )


def _copy_to_second(
    made: Path, db_path: Path, root: Path, folder: Path
) -> tuple[Path | None, str | None]:
    """Copy the finished backup ``made`` into ``folder`` inside the second folder ``root``.

    A missing ``root`` (the USB stick is not plugged in) or a failed copy is a
    warning, not an error: the first copy is made.
    """
    if not root.is_dir():
        return None, _missing_second_folder(root, made.parent)
    target = folder / made.name
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        remove_stale_partials(folder)
        copy_keys(db_path, target)
        copy_file(made, target)
        fsync_folder(folder)
    except OSError as exc:
        return None, translate(
            "Backups",
            "The backup could not be copied to the second folder {folder}: {error}. "
            "It was written to {first}.",
            folder=root,
            error=exc.strerror or exc,
            first=made.parent,
        )
    return target, None


# -- making backups ------------------------------------------------------------------
def back_up_now(
    db: Database,
    *,
    folder: Path | None = None,
    kind: str = MANUAL,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Back the database up now, into ``folder`` or the backups folder and the second folder.

    Runs for as long as the copy and its check take (half a second for
    100,000 people, 33 MB): call it off the GUI thread. The app may go on writing
    meanwhile; the backup holds the database as it was when the copy began.

    Args:
        folder: an existing folder to write to instead of the usual ones (the
            second folder is then not used).
        kind: ``manual`` (default), ``daily``, ``weekly`` or ``before-restore``.

    Raises:
        PermissionDeniedError: the account may not make backups (viewers).
        BackupError: the folder cannot be written, or the database is damaged.
    """
    db.require(Action.BACK_UP)
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    now = now or dt.datetime.now()
    first = folder if folder is not None else backup_folder(db.path)
    _prepare_folder(first, create=folder is None)
    target = first / backup_name(db.path, kind, now)
    if kind in (MANUAL, BEFORE_RESTORE):  # a daily or weekly one is replaced, whole
        target = unique(target)
    write_backup(db.path, db.key, target)
    copies: list[Path] = []
    warnings: list[str] = []
    second = second_folder(db) if folder is None else None
    if second is not None:
        copied, warning = _copy_to_second(target, db.path, second, second_copies(db, second))
        if copied is not None:
            copies.append(copied)
        if warning is not None:
            warnings.append(warning)
    if kind == MANUAL:
        db.log_event("backup", "database", target.name)
    info = _info(db.path, target)
    return BackupInfo(
        info.path, info.kind, info.when, info.size, info.period, tuple(copies), tuple(warnings)
    )


def back_up_if_due(db: Database, now: dt.datetime | None = None) -> AutomaticBackups:
    """Make today's daily and this ISO week's weekly backup if missing, then rotate.

    Called after the database opens and when the app quits. Each folder (the
    backups folder, and the second folder when it is there) gets what it
    lacks; the newest ``backup_keep_daily`` daily and ``backup_keep_weekly``
    weekly backups are kept, older ones deleted with their key files. An
    account that may not make backups (a viewer, who changes nothing) makes none.

    Raises:
        BackupError: the backups folder cannot be written, or the database is
            damaged (then nothing is rotated away).
    """
    if not db.may(Action.BACK_UP):
        return AutomaticBackups()
    now = now or dt.datetime.now()
    first = backup_folder(db.path)
    _prepare_folder(first, create=True)
    made: list[BackupInfo] = []
    warnings: list[str] = []
    fresh: Path | None = None
    for kind in (DAILY, WEEKLY):
        target = first / backup_name(db.path, kind, now)
        if target.exists():
            continue
        if fresh is None:
            write_backup(db.path, db.key, target)
        else:  # the same content: copy the file rather than read the database again
            try:
                copy_keys(db.path, target)
                copy_file(fresh, target)
            except OSError as exc:
                raise write_error(db.path, target, exc) from exc
        fresh = target
        made.append(_info(db.path, target))
    folders = [first]
    second = second_folder(db)
    if second is not None:
        if second.is_dir():
            own = second_copies(db, second)
            folders.append(own)
            for kind in (DAILY, WEEKLY):
                source = first / backup_name(db.path, kind, now)
                if not (own / source.name).exists():
                    _copied, warning = _copy_to_second(source, db.path, second, own)
                    if warning is not None:
                        warnings.append(warning)
        else:
            warnings.append(_missing_second_folder(second, first))
    removed = rotate(db.path, *keep_counts(db), folders=folders)
    return AutomaticBackups(tuple(made), tuple(removed), tuple(warnings))


def rotate(
    db_path: Path, keep_daily: int, keep_weekly: int, *, folders: Iterable[Path]
) -> list[Path]:
    """Delete all but the newest ``keep_daily`` daily and ``keep_weekly`` weekly backups.

    Goes by the date in the names, per folder; manual backups and the copies
    kept before a restore are never deleted here.
    """
    removed: list[Path] = []
    for folder in folders:
        backups = list_backups(db_path, [folder])
        for kind, keep in ((DAILY, keep_daily), (WEEKLY, keep_weekly)):
            of_kind = sorted(
                (b for b in backups if b.kind == kind), key=lambda b: b.period, reverse=True
            )
            for old in of_kind[keep:]:
                try:
                    old.path.unlink()
                    old.keys_path.unlink(missing_ok=True)
                except OSError:
                    continue
                removed.append(old.path)
    return removed


# -- restoring -------------------------------------------------------------------------
def restore_backup(
    db_path: Path,
    backup: Path,
    key: bytes | None,
    *,
    account: Account,
    now: dt.datetime | None = None,
) -> RestoreReport:
    """Replace the database at ``db_path`` with ``backup`` (administrators).

    Every connection to ``db_path`` must be closed first (``Database.close()``,
    in every program using it): the file is replaced underneath them.

    The backup must open with the database's ``key`` and pass the quick
    check, or nothing is changed. The current database is kept first as a
    ``before-restore`` backup (a damaged one byte for byte, with its
    write-ahead log). A good current database is then overwritten page by
    page with SQLite's backup API, in one transaction; a damaged one (which
    SQLite cannot write into) is replaced by a checked copy renamed over it.
    Finally the restored file is compared with the backup, table by table.

    Raises:
        PermissionDeniedError: ``account`` is not an administrator.
        BackupError: the backup is damaged or of another database, or the
            restored file differs from the backup.
    """
    if not account.may(Action.RESTORE):
        raise PermissionDeniedError(account, Action.RESTORE)
    backup = Path(backup)
    if not check_database(backup, key):
        raise BackupError(
            translate(
                "Backups",
                "{backup} cannot be restored: it is damaged, or it is a backup of another "
                "database (it does not open with this database's key). Nothing was changed.",
                backup=backup,
            )
        )
    now = now or dt.datetime.now()
    exists = db_path.is_file() and db_path.stat().st_size > 0
    good = exists and check_database(db_path, key)
    kept: Path | None = None
    if exists:
        folder = backup_folder(db_path)
        _prepare_folder(folder, create=True)
        kept = unique(folder / backup_name(db_path, BEFORE_RESTORE, now))
        if good:
            write_backup(db_path, key, kept)
        else:
            _keep_damaged(db_path, kept)
    try:
        if good:
            _overwrite_in_place(backup, db_path, key)
        else:
            _replace_file(backup, db_path, key)
        if not key_file_path(db_path).is_file() and key_file_path(backup).is_file():
            copy_file(key_file_path(backup), key_file_path(db_path))
    except errors(key) as exc:
        raise BackupError(
            translate(
                "Backups",
                "{path} could not be replaced by {backup}: {error}. Close every other program "
                "using it (another TTK Desktop window, a ttk command), then restore again. "
                "The database as it was is kept at {kept}.",
                path=db_path,
                backup=backup,
                error=exc.strerror if isinstance(exc, OSError) and exc.strerror else exc,
                kept=kept or "-",
            )
        ) from exc
    if content_digest(db_path, key) != content_digest(backup, key):
        raise BackupError(
            translate(
                "Backups",
                "{path} differs from {backup} after the restore. Restore again; the database "
                "as it was before is kept at {kept}.",
                path=db_path,
                backup=backup,
                kept=kept or "-",
            )
        )
    return RestoreReport(db_path, backup, kept, exists and not good)


def _keep_damaged(db_path: Path, kept: Path) -> None:
    """Copy a damaged database byte for byte, its write-ahead log under the matching name."""
    copy_file(db_path, kept)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.is_file():
        copy_file(wal, kept.with_name(kept.name + "-wal"))
    copy_keys(db_path, kept)


def _overwrite_in_place(backup: Path, db_path: Path, key: bytes | None) -> None:
    """Write every page of ``backup`` into the database, in one SQLite transaction."""
    src = connect(backup, key, readonly=True)
    try:
        dst = connect(db_path, key, isolation_level=None, timeout=BUSY_SECONDS)
        try:
            src.backup(dst, progress=stop_when_busy)
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(backup: Path, db_path: Path, key: bytes | None) -> None:
    """Put a checked copy of ``backup`` at ``db_path`` by renaming it over the file.

    The old write-ahead log is removed first: left beside the new file, SQLite
    would replay the old database's pages into it.
    """
    temporary = partial_name(db_path)
    temporary.unlink(missing_ok=True)
    try:
        backup_api_copy(backup, key, temporary)
        os.chmod(temporary, 0o600)
        fsync_file(temporary)
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, db_path)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(db_path.parent)
