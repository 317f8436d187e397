"""The ``ttk`` commands for office data files: keys, export, merge, offices, conflicts.

Passphrases come from ``TTK_PASSPHRASE`` (scripts) or a prompt, never from an
argument (it would show in the process list and the shell history).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ttk_desktop.core.i18n import translate


def _tr(text: str, /, **values: object) -> str:
    return translate("Cli", text, **values)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help=_tr("headquarters' key pair for office data files"))
    keys_sub = p.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    k = keys_sub.add_parser("init", help=_tr("create hq.pub and the passphrase-protected hq.key"))
    k.add_argument("--out", type=Path, required=True, help=_tr("folder for the two files"))

    p = sub.add_parser("export", help=_tr("write an encrypted data file for headquarters"))
    p.add_argument("out", type=Path, help=_tr("the file to write, or a folder for the usual name"))
    p.add_argument(
        "--to",
        type=Path,
        action="append",
        default=[],
        help=_tr("headquarters public key file (default: the keys in Settings)"),
    )
    p.add_argument("--full", action="store_true", help=_tr("everything, not only the changes"))

    p = sub.add_parser("merge", help=_tr("merge office data files into this database"))
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--key", type=Path, required=True, help=_tr("headquarters private key file"))
    p.add_argument("--json", action="store_true", help=_tr("print one JSON object"))

    sub.add_parser("offices", help=_tr("the data files merged here, per office"))
    sub.add_parser("conflicts", help=_tr("fields changed in two places, kept and other value"))


def _passphrase(*, twice: bool = False) -> str:
    value = os.environ.get("TTK_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        from ttk_desktop.core.exchange.errors import ExchangeError

        raise ExchangeError(
            _tr("Set TTK_PASSPHRASE, or run the command in a terminal to be asked.")
        )
    first = getpass.getpass(_tr("Passphrase: "))
    if twice and getpass.getpass(_tr("Passphrase again: ")) != first:
        from ttk_desktop.core.exchange.errors import ExchangeError

        raise ExchangeError(_tr("The two passphrases differ; nothing was written."))
    return first


def cmd_keys(args: argparse.Namespace) -> int:
    from ttk_desktop.core.exchange.keys import fingerprint, init_keys

    public, private = init_keys(args.out, _passphrase(twice=True))
    print(_tr("Public key (give it to the offices): {path}", path=public))
    print(_tr("Private key (keep it safe, with its passphrase): {path}", path=private))
    print(_tr("Fingerprint: {fingerprint}", fingerprint=fingerprint(public.read_text().strip())))
    return 0


def cmd_export(args: argparse.Namespace, db: object) -> int:
    from ttk_desktop.core.exchange import export_data_file
    from ttk_desktop.core.exchange.keys import read_recipient_file, stored_recipients

    recipients = [read_recipient_file(p) for p in args.to] or stored_recipients(db)  # type: ignore[arg-type]
    folder = args.out if args.out.is_dir() else None
    result = export_data_file(
        db,  # type: ignore[arg-type]
        recipients,
        out=None if folder else args.out,
        folder=folder,
        full=args.full,
    )
    kind = (
        _tr("full export") if result.full else _tr("changes since export {seq}", seq=result.follows)
    )
    print(
        _tr(
            "Written {path} ({kind}, number {seq}): {participants} participants, {groups} "
            "groups, {sessions} sessions, {attendance} attendances, {members} memberships; "
            "{size} KB.",
            path=result.path,
            kind=kind,
            seq=result.seq,
            participants=result.counts.participants,
            groups=result.counts.groups,
            sessions=result.counts.sessions,
            attendance=result.counts.attendance,
            members=result.counts.group_members,
            size=max(1, result.size // 1024),
        )
    )
    return 0


def cmd_merge(args: argparse.Namespace, db: object) -> int:
    from ttk_desktop.core.exchange import STATUS_REFUSED, merge_data_files
    from ttk_desktop.core.exchange.keys import load_identity

    identity = load_identity(args.key, _passphrase())
    out = sys.stderr if args.json else sys.stdout

    def pin(office: str, fingerprint: str) -> bool:
        print(
            _tr(
                "First file of office {office}: its signing key {fingerprint} is now pinned.",
                office=office,
                fingerprint=fingerprint,
            ),
            file=out,
        )
        return True

    reports = merge_data_files(db, args.files, [identity], confirm_pin=pin)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps({"files": [r.as_json() for r in reports]}, ensure_ascii=False))
    else:
        for r in reports:
            if r.status == STATUS_REFUSED:
                print(_tr("{file}: refused: {reason}", file=r.file, reason=r.reason))
            else:
                print(
                    _tr(
                        "{file} ({office}): {status}; {added} added, {updated} updated, "
                        "{deleted} deleted, {conflicts} conflicts",
                        file=r.file,
                        office=r.office,
                        status=r.status,
                        added=r.added,
                        updated=r.updated,
                        deleted=r.deleted,
                        conflicts=r.conflicts,
                    )
                )
    return 1 if any(r.status == STATUS_REFUSED for r in reports) else 0


def cmd_offices(args: argparse.Namespace, db: object) -> int:
    from ttk_desktop.core.exchange.history import merge_history

    rows = merge_history(db)  # type: ignore[arg-type]
    if not rows:
        print(_tr("No data file has been merged into this database."))
    for r in rows:
        print(
            _tr(
                "{office} #{seq}  exported {created}  newest change {newest}  merged {merged}  "
                "{kind}  +{added} ~{updated} -{deleted} !{conflicts}  {file}",
                office=r.office,
                seq=r.seq,
                created=r.created_at[:16],
                newest=r.newest[:16],
                merged=r.merged_at[:16],
                kind=_tr("full") if r.full else _tr("changes"),
                added=r.added,
                updated=r.updated,
                deleted=r.deleted,
                conflicts=r.conflicts,
                file=r.file_name,
            )
        )
    return 0


def cmd_conflicts(args: argparse.Namespace, db: object) -> int:
    from ttk_desktop.core.exchange.history import list_conflicts

    rows = list_conflicts(db)  # type: ignore[arg-type]
    if not rows:
        print(_tr("No open conflicts."))
    for c in rows:
        print(
            _tr(
                "#{id} {record}, {field}: kept {kept} ({kept_office}, {kept_at}); "
                "other {other} ({other_office}, {other_at})",
                id=c.id,
                record=c.record_label,
                field=c.field,
                kept=json.dumps(c.kept_value, ensure_ascii=False),
                kept_office=c.kept_office,
                kept_at=c.kept_at[:16],
                other=json.dumps(c.other_value, ensure_ascii=False),
                other_office=c.other_office,
                other_at=c.other_at[:16],
            )
        )
    return 0


# Commands that work on a database (opened by the caller, never created) and one that does not.
WITH_DATABASE: dict[str, Callable[[argparse.Namespace, object], int]] = {
    "export": cmd_export,
    "merge": cmd_merge,
    "offices": cmd_offices,
    "conflicts": cmd_conflicts,
}
WITHOUT_DATABASE: dict[str, Callable[[argparse.Namespace], int]] = {"keys": cmd_keys}
