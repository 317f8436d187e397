"""The ``ttk`` commands for backups and the integrity check (#16).

``ttk backup now [--to FOLDER]``, ``ttk backup list``, ``ttk backup restore
FILE --yes``, ``ttk backup delete FILE --yes`` work on an open database
(``WITH_DATABASE``); a restore also works when the database is too damaged to
open (``WHEN_DAMAGED``). ``ttk check`` must also work on a file too damaged
to open, so it takes the path and the key (``WITH_KEY``: the caller unlocks the
key of a protected database, or passes None, and does not open the database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database
    from ttk_desktop.core.errors import DatabaseAccessError
    from ttk_desktop.core.security.backups import BackupInfo
    from ttk_desktop.core.security.roles import Account


def _tr(text: str, /, **values: object) -> str:
    return translate("Cli", text, **values)


KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Cli", "daily"),
    "weekly": QT_TRANSLATE_NOOP("Cli", "weekly"),
    "manual": QT_TRANSLATE_NOOP("Cli", "manual"),
    "before-restore": QT_TRANSLATE_NOOP("Cli", "before a restore"),
}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=_tr("make, list or restore backups of the database"))
    actions = p.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    q = actions.add_parser("now", help=_tr("back the database up now"))
    q.add_argument(
        "--to",
        dest="folder",
        type=Path,
        help=_tr("an existing folder (default: the backups folder and the second folder)"),
    )
    actions.add_parser("list", help=_tr("the backups of this database, newest first"))
    q = actions.add_parser("restore", help=_tr("replace the database with a backup"))
    q.add_argument("file", type=Path, help=_tr("the backup file"))
    q.add_argument(
        "--yes", action="store_true", help=_tr("really replace it (the current one is kept)")
    )
    q = actions.add_parser("delete", help=_tr("delete a backup (and its key file)"))
    q.add_argument("file", type=Path, help=_tr("the backup file"))
    q.add_argument("--yes", action="store_true", help=_tr("really delete it"))
    sub.add_parser("check", help=_tr("check the database for damage; name the newest good backup"))


def _when(info: BackupInfo) -> str:
    return info.when.strftime("%Y-%m-%d %H:%M")


def _kb(size: int) -> int:
    return max(1, size // 1024)


def cmd_backup(args: argparse.Namespace, db: Database) -> int:
    if args.backup_command == "now":
        return _now(args, db)
    if args.backup_command == "list":
        return _list(db)
    if args.backup_command == "delete":
        return _delete(args, db)
    return _restore(args, db)


def _delete(args: argparse.Namespace, db: Database) -> int:
    from ttk_desktop.core.security.backups import delete_backup
    from ttk_desktop.core.security.roles import Action

    db.require(Action.RESTORE)
    if not args.yes:
        print(
            _tr(
                "This would delete the backup {backup} made on {when}; it cannot be brought "
                "back. Run again with --yes to delete it.",
                backup=args.file,
                when=_made(args.file),
            ),
            file=sys.stderr,
        )
        return 1
    delete_backup(db, args.file)
    print(_tr("Deleted {backup}.", backup=args.file))
    return 0


def _now(args: argparse.Namespace, db: Database) -> int:
    from ttk_desktop.core.security.backups import back_up_now

    info = back_up_now(db, folder=args.folder)
    print(_tr("Backup written: {path} ({size} KB)", path=info.path, size=_kb(info.size)))
    for copy in info.copies:
        print(_tr("Copied to: {path}", path=copy))
    for warning in info.warnings:
        print(warning, file=sys.stderr)
    return 0


def _list(db: Database) -> int:
    from ttk_desktop.core.security.backups import backup_folders, list_backups

    folders = backup_folders(db)
    found = list_backups(db.path, folders)
    if not found:
        print(_tr("No backups in {folder}.", folder=folders[0]))
    for info in found:
        print(
            _tr(
                "{when}  {kind}  {size} KB  {path}",
                when=_when(info),
                kind=translate("Cli", KIND_LABELS[info.kind]),
                size=_kb(info.size),
                path=info.path,
            )
        )
    return 0


def _restore(args: argparse.Namespace, db: Database) -> int:
    from ttk_desktop.core.security.roles import Action

    db.require(Action.RESTORE)
    path, key, account = db.path, db.key, db.account
    if not _check_backup(args.file, key) or not _confirmed(args, path):
        return 1
    db.close()  # every connection to the file must be closed before it is replaced
    return _replace(path, args.file, key, account)


def restore_over_damaged(args: argparse.Namespace, path: Path, error: DatabaseAccessError) -> int:
    """``ttk backup restore`` when the database is too damaged to log in to.

    The key comes from the key file beside it (which the damage did not
    touch) and the account's role from the backup being restored, whose
    accounts the restored database will have: only an administrator there
    may restore.
    """
    if args.backup_command != "restore":
        raise error
    from ttk_desktop.core.db.connect import is_protected
    from ttk_desktop.core.security.accounts import account_in_file
    from ttk_desktop.core.security.roles import Account, Role

    print(error.message, file=sys.stderr)
    key: bytes | None = None
    account = Account("", Role.ADMINISTRATOR, protected=False)
    if is_protected(path):
        from ttk_desktop.cli_security import unlock_as_user

        name, key = unlock_as_user(path)
        if not _check_backup(args.file, key):
            return 1
        account = account_in_file(args.file, key, name)
    elif not _check_backup(args.file, key):
        return 1
    if not _confirmed(args, path):
        return 1
    return _replace(path, args.file, key, account)


def _check_backup(backup: Path, key: bytes | None) -> bool:
    from ttk_desktop.core.security.backups import BackupError, check_database

    if not check_database(backup, key):
        raise BackupError(
            _tr(
                "{backup} cannot be restored: it is missing, damaged, or a backup of another "
                "database. Nothing was changed.",
                backup=backup,
            )
        )
    return True


def _made(backup: Path) -> str:
    return dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def _confirmed(args: argparse.Namespace, path: Path) -> bool:
    if args.yes:
        return True
    print(
        _tr(
            "This would replace the database {path} with the backup {backup} made on "
            "{when}: every change since then would be lost from it. The current database "
            "would be kept as a backup first. Run again with --yes to restore.",
            path=path,
            backup=args.file,
            when=_made(args.file),
        ),
        file=sys.stderr,
    )
    return False


def _replace(path: Path, backup: Path, key: bytes | None, account: Account) -> int:
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.security.backups import restore_backup

    made = _made(backup)
    report = restore_backup(path, backup, key, account=account)
    reopened = open_database(path, key=key, account=account, create=False)
    try:
        reopened.log_event("restore", "database", backup.name)
    finally:
        reopened.close()
    print(
        _tr("Restored {path} from {backup} (made on {when}).", path=path, backup=backup, when=made)
    )
    if report.kept is not None:
        print(_tr("The database as it was is kept at {kept}.", kept=report.kept))
    return 0


def cmd_check(args: argparse.Namespace, path: Path, key: bytes | None) -> int:
    """Exit 0 when ``path`` passes the integrity check, else 1 naming the newest good backup."""
    from ttk_desktop.core.security.backups import backup_folder, check_database, newest_good_backup

    if check_database(path, key):
        print(_tr("{path}: the integrity check found no damage.", path=path))
        return 0
    print(
        _tr(
            "{path} is damaged or does not open with this key: SQLite's integrity check failed.",
            path=path,
        ),
        file=sys.stderr,
    )
    good = newest_good_backup(path, key)
    if good is None:
        print(
            _tr("There is no good backup in {folder}.", folder=backup_folder(path)),
            file=sys.stderr,
        )
    else:
        print(
            _tr(
                "The newest good backup is {backup} (made on {when}). Restore it with: "
                "ttk backup restore {backup} --yes",
                backup=good.path,
                when=_when(good),
            ),
            file=sys.stderr,
        )
    return 1


# Commands on an open database, and one that takes the path and key (works on a damaged file).
WITH_DATABASE: dict[str, Callable[[argparse.Namespace, Database], int]] = {"backup": cmd_backup}
WITH_KEY: dict[str, Callable[[argparse.Namespace, Path, bytes | None], int]] = {"check": cmd_check}
# What a WITH_DATABASE command does instead when the file is too damaged to open.
WHEN_DAMAGED: dict[str, Callable[[argparse.Namespace, Path, DatabaseAccessError], int]] = {
    "backup": restore_over_damaged
}
