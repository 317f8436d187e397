"""The ``ttk`` command line: the same core services the desktop app calls.

Errors are printed as clear lines on stderr with a non-zero exit status; a
traceback only with ``--debug``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from ttk_desktop import __version__
from ttk_desktop.core.errors import (
    DatabaseAccessError,
    DatabaseProblem,
    ImportFailedError,
    TtkError,
)
from ttk_desktop.core.i18n import translate

EXIT_ERROR = 1
EXIT_USAGE = 2


def _tr(text: str, /, **values: object) -> str:
    return translate("Cli", text, **values)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _tr("{text} is not a date; write it as YYYY-MM-DD.", text=text)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ttk",
        description=_tr("TTK Desktop command line: import registers, statistics, printing."),
    )
    parser.add_argument("--version", action="version", version=f"ttk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help=_tr("database file (default: $TTK_DB or the user data folder)"),
    )
    parser.add_argument("--debug", action="store_true", help=_tr("show tracebacks"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("setup", help=_tr("set this database's office (first start)"))
    p.add_argument("--office", required=True, help=_tr("office code, e.g. IST"))
    p.add_argument("--name", required=True, help=_tr("office name"))
    p.add_argument(
        "--admin",
        metavar="USER",
        help=_tr(
            "create the administrator account and encrypt the database "
            "(password: TTK_PASSWORD or asked)"
        ),
    )

    p = sub.add_parser("import", help=_tr("import an Excel register (all or nothing)"))
    p.add_argument("file", type=Path)

    p = sub.add_parser("stats", help=_tr("statistics of a period (the yearly report)"))
    p.add_argument("--from", dest="date_from", type=_date, required=True)
    p.add_argument("--to", dest="date_to", type=_date, required=True)
    p.add_argument("--office", help=_tr("office that ran the sessions"))
    p.add_argument("--group-type", help=_tr("group type, e.g. refugee_assembly"))
    p.add_argument("--group", help=_tr("group register id or UUID"))
    p.add_argument("--age-method", choices=("first", "each"), default="first")
    p.add_argument("--json", action="store_true", help=_tr("print one JSON object"))
    p.add_argument("--xlsx", type=Path, help=_tr("also write the report as Excel"))
    p.add_argument("--pdf", type=Path, help=_tr("also write the report as PDF"))
    p.add_argument("--png-dir", type=Path, help=_tr("also write the charts as PNG images"))
    p.add_argument("--csv", type=Path, help=_tr("also write the tables as CSV"))

    p = sub.add_parser("demo", help=_tr("fill the database with a demo office"))
    p.add_argument("--participants", type=int, default=400)
    p.add_argument("--year", type=int, default=None)

    p = sub.add_parser("template", help=_tr("write the Excel import template"))
    p.add_argument("out", type=Path)

    p = sub.add_parser("sheet", help=_tr("print a session's attendance sheet to PDF"))
    p.add_argument("session", help=_tr("session register id (e.g. S001) or UUID"))
    p.add_argument("--pdf", type=Path, required=True)
    p.add_argument("--letter", action="store_true", help=_tr("US Letter instead of A4"))
    p.add_argument("--walk-in-rows", type=int, default=None)
    p.add_argument("--show-phone", action="store_true")
    p.add_argument("--show-birth-date", action="store_true")
    p.add_argument("--show-nationality", action="store_true")

    p = sub.add_parser("duplicates", help=_tr("list people who may be registered twice"))
    p.add_argument("--min-score", type=float, default=None, help=_tr("lowest score shown, 0 to 1"))
    p.add_argument("--json", action="store_true", help=_tr("print one JSON object"))
    p = sub.add_parser("people", help=_tr("decide whether two records are one person"))
    decide = p.add_subparsers(dest="decision", required=True, metavar="DECISION")
    who = _tr("a person: UUID or OFFICE:REGISTER_NUMBER")
    for name, text, first in (
        ("same", _tr("the same person: keep KEEP, OTHER becomes its alias"), "KEEP"),
        ("different", _tr("different people: not proposed as duplicates again"), "A"),
        ("split", _tr("take back a decision: two people again"), "A"),
    ):
        q = decide.add_parser(name, help=text)
        q.add_argument("first", metavar=first, help=who)
        q.add_argument("second", metavar="OTHER" if name == "same" else "B", help=who)
    for module in _command_modules():
        module.add_parsers(sub)
    return parser


def _command_modules() -> list[ModuleType]:
    """The sub-command groups kept in modules of their own."""
    from ttk_desktop import cli_backup, cli_exchange, cli_privacy, cli_security

    return [cli_exchange, cli_security, cli_backup, cli_privacy]


def _path(args: argparse.Namespace) -> Path:
    from ttk_desktop.core.db.paths import default_database_path

    return Path(args.db) if args.db is not None else default_database_path()


def _key(path: Path) -> bytes | None:
    """The key of a protected database, unlocked as the environment or terminal says."""
    from ttk_desktop.core.security.login import needs_login

    if not needs_login(path):
        return None
    from ttk_desktop.cli_security import unlock_from_environment

    return unlock_from_environment(path)


def _open(args: argparse.Namespace, *, create: bool = False):
    """The database to work on; only ``setup`` and ``demo`` may create it."""
    from ttk_desktop.core.db.engine import open_database
    from ttk_desktop.core.security.login import needs_login

    path = _path(args)
    if needs_login(path):
        from ttk_desktop.cli_security import login_from_environment

        return login_from_environment(path)
    return open_database(path, create=create)


def cmd_setup(args: argparse.Namespace) -> int:
    from ttk_desktop.core.services.offices import setup_office

    if args.admin:
        from ttk_desktop.cli_security import setup_protected

        db = setup_protected(_path(args), args.admin)
    else:
        db = _open(args, create=True)
    office = setup_office(db, args.office, args.name)
    print(_tr("Office {code} ({name}) set up.", code=office.code, name=office.name))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ttk_desktop.core.importer import import_workbook

    db = _open(args)
    summary = import_workbook(db, args.file)
    for line in summary.lines():
        print(line)
    return 0


def _resolve_group(db, key: str | None) -> int | None:
    if key is None:
        return None
    from ttk_desktop.core.services.groups import find_group

    return find_group(db, key).id


def cmd_stats(args: argparse.Namespace) -> int:
    from ttk_desktop.core.statistics import StatsFilter, compute_statistics, to_json_dict
    from ttk_desktop.core.stats_format import format_table

    db = _open(args)
    flt = StatsFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        office_code=args.office.upper() if args.office else None,
        group_type=args.group_type,
        group_id=_resolve_group(db, args.group),
        age_method=args.age_method,
        featured_nationalities=db.featured_nationalities(),
    )
    stats = compute_statistics(db, flt)
    if args.json:
        print(json.dumps(to_json_dict(stats), ensure_ascii=False))
    else:
        print(format_table(stats))
    _write_reports(args, db, stats)
    return 0


def _write_reports(args: argparse.Namespace, db, stats) -> None:
    wanted = [args.xlsx, args.pdf, args.png_dir, args.csv]
    if not any(wanted):
        return
    import ttk_desktop.reports as reports

    written = reports.write_reports(
        db, stats, xlsx=args.xlsx, pdf=args.pdf, png_dir=args.png_dir, csv=args.csv
    )
    out = sys.stderr if args.json else sys.stdout
    for path in written:
        print(_tr("Written: {path}", path=path), file=out)


def cmd_demo(args: argparse.Namespace) -> int:
    from ttk_desktop.core.demo import DemoSize, build_demo
    from ttk_desktop.core.errors import DatabaseNotEmptyError

    try:
        counts = build_demo(
            _open(args, create=True), DemoSize(participants=args.participants), year=args.year
        )
    except DatabaseNotEmptyError as exc:
        print(exc.message, file=sys.stderr)
        print(_tr("For example: ttk --db demo.sqlite3 demo"), file=sys.stderr)
        return EXIT_ERROR
    print(
        _tr(
            "Demo office written: {participants} participants, {groups} groups, "
            "{sessions} sessions, {attendances} attendances.",
            **counts,
        )
    )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from ttk_desktop.core.template import write_template

    write_template(args.out)
    print(_tr("Template written: {path}", path=args.out))
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from ttk_desktop.core.security.roles import Action
    from ttk_desktop.printing import cli_sheet

    db = _open(args)
    db.require(Action.PRINT)  # refused before the warning, not after it
    print(personal_data_warning(), file=sys.stderr)
    pages = cli_sheet(
        db,
        args.session,
        args.pdf,
        walk_in_rows=args.walk_in_rows,
        page_size="Letter" if args.letter else "A4",
        show_phone=args.show_phone,
        show_birth_date=args.show_birth_date,
        show_nationality=args.show_nationality,
    )
    print(_tr("Attendance sheet written: {path} ({pages} pages)", path=args.pdf, pages=pages))
    return 0


def personal_data_warning() -> str:
    """Said whenever a command writes a file holding participants' personal data (#16)."""
    return _tr(
        "Warning: this file holds personal data of participants (names, and any phone numbers "
        "or birth dates shown). Keep it where only staff can read it, and delete it when it is "
        "no longer needed."
    )


def cmd_duplicates(args: argparse.Namespace) -> int:
    from ttk_desktop.core.identity import DEFAULT_MIN_SCORE, database_candidates

    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    pairs = database_candidates(_open(args), min_score=min_score)
    if args.json:
        print(json.dumps({"pairs": [pair.to_json() for pair in pairs]}, ensure_ascii=False))
        return 0
    for pair in pairs:
        a, b = pair.a, pair.b
        print(
            _tr(
                "{score:.2f}  {a_office}:{a_id} {a_name}  |  {b_office}:{b_id} {b_name}",
                score=pair.score,
                a_office=a.office,
                a_id=a.external_id or a.uuid,
                a_name=f"{a.first_name} {a.last_name}",
                b_office=b.office,
                b_id=b.external_id or b.uuid,
                b_name=f"{b.first_name} {b.last_name}",
            )
        )
        print("      " + "; ".join(reason.text for reason in pair.reasons))
    print(_tr("{count} possible duplicate pairs.", count=len(pairs)))
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    from ttk_desktop.core import identity

    db = _open(args)
    first = identity.people_by_key(db, args.first)
    second = identity.people_by_key(db, args.second)
    if args.decision == "same":
        identity.confirm_same(db, first, second)
        print(_tr("{b} is now the same person as {a} (kept).", a=args.first, b=args.second))
    elif args.decision == "different":
        identity.mark_different(db, first, second)
        print(_tr("{a} and {b} are different people.", a=args.first, b=args.second))
    else:
        identity.split(db, first, second)
        print(_tr("{a} and {b} are two people again.", a=args.first, b=args.second))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "setup": cmd_setup,
    "import": cmd_import,
    "stats": cmd_stats,
    "demo": cmd_demo,
    "template": cmd_template,
    "sheet": cmd_sheet,
    "duplicates": cmd_duplicates,
    "people": cmd_people,
}


def _run(args: argparse.Namespace) -> int:
    for module in _command_modules():
        if args.command in module.WITH_DATABASE:
            damaged = getattr(module, "WHEN_DAMAGED", {}).get(args.command)
            try:
                db = _open(args)
            except DatabaseAccessError as exc:
                # Restoring a backup is the way out of a damaged file: it must not need it.
                if damaged is None or exc.problem is not DatabaseProblem.DAMAGED:
                    raise
                return damaged(args, _path(args), exc)
            return module.WITH_DATABASE[args.command](args, db)
        if args.command in getattr(module, "WITHOUT_DATABASE", {}):
            return module.WITHOUT_DATABASE[args.command](args)
        if args.command in getattr(module, "WITH_KEY", {}):
            # Works on a file too damaged to open: only its key is unlocked.
            path = _path(args)
            return module.WITH_KEY[args.command](args, path, _key(path))
    return COMMANDS[args.command](args)


def main(argv: Sequence[str] | None = None) -> int:
    from ttk_desktop.core.private_files import restrict_new_files

    restrict_new_files()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except ImportFailedError as exc:
        for issue in exc.issues:
            print(issue.describe(), file=sys.stderr)
        for count in exc.more:  # beyond the first 200, counted by sheet and column
            print(count.describe(), file=sys.stderr)
        print(
            _tr("Nothing was imported: correct the errors above and import again."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except TtkError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(
            _tr("{file}: {error}", file=exc.filename or "", error=exc.strerror or exc),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(_tr("Interrupted."), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a user never sees a traceback unless asking for it
        if args.debug:
            traceback.print_exc()
        else:
            print(
                _tr(
                    "Unexpected error: {error}. Run again with --debug for details.",
                    error=f"{type(exc).__name__}: {exc}",
                ),
                file=sys.stderr,
            )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
