"""The ``ttk`` commands for people's rights and retention (#16).

``ttk person export PERSON --out FILE.xlsx|FILE.pdf [--lang tr|en|ar]`` writes
everything held about one person; ``ttk person erase PERSON --yes`` erases
them on request; ``ttk retention [--years N] [--yes]`` anonymises everyone
inactive for N years (without ``--yes`` it only counts). PERSON is a UUID or
OFFICE:REGISTER_NUMBER, as for ``ttk people``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ttk_desktop.core.i18n import translate

EXIT_REFUSED = 1


def _tr(text: str, /, **values: object) -> str:
    return translate("Cli", text, **values)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    who = _tr("a person: UUID or OFFICE:REGISTER_NUMBER")
    p = sub.add_parser("person", help=_tr("export everything held about a person, or erase them"))
    actions = p.add_subparsers(dest="person_command", required=True, metavar="ACTION")
    q = actions.add_parser("export", help=_tr("write everything held about a person"))
    q.add_argument("person", metavar="PERSON", help=who)
    q.add_argument(
        "--out", type=Path, required=True, help=_tr("the file to write: FILE.xlsx or FILE.pdf")
    )
    q.add_argument(
        "--lang",
        choices=("tr", "en", "ar"),
        default="tr",
        help=_tr("the person's language (default: tr)"),
    )
    q = actions.add_parser("erase", help=_tr("erase a person on request (cannot be undone)"))
    q.add_argument("person", metavar="PERSON", help=who)
    q.add_argument("--yes", action="store_true", help=_tr("really erase (without it: explain)"))

    p = sub.add_parser("retention", help=_tr("anonymise people inactive for N years"))
    p.add_argument(
        "--years",
        type=int,
        help=_tr("inactive for this many years (default: the retention setting)"),
    )
    p.add_argument("--yes", action="store_true", help=_tr("anonymise (without it: only count)"))
    p.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        help=_tr("count as of this day, YYYY-MM-DD (default: today)"),
    )


def _participant_id(db: Any, key: str) -> int:
    from ttk_desktop.core import identity
    from ttk_desktop.core.security.privacy import participant_id_of

    return participant_id_of(db, identity.people_by_key(db, key))


def cmd_person(args: argparse.Namespace, db: Any) -> int:
    from ttk_desktop.core.security import privacy

    pid = _participant_id(db, args.person)
    if args.person_command == "export":
        from ttk_desktop.core.security.subject_export import format_of, subject_report
        from ttk_desktop.reports.subject_report import write_subject_report

        fmt = format_of(args.out)
        path = write_subject_report(db, subject_report(db, pid), args.out, fmt, args.lang)
        print(_tr("Wrote everything held about {person} to {path}.", person=args.person, path=path))
        print(_tr("The file holds personal data: keep it safe and give it only to the person."))
        return 0
    if not args.yes:
        print(_erase_explanation())
        print(
            _tr("Nothing was changed. Run again with --yes to erase {person}.", person=args.person)
        )
        return EXIT_REFUSED
    privacy.erase_participant(db, pid)
    print(_tr("{person} was erased.", person=args.person))
    note = privacy.older_backups_note(db)
    if note:
        print(note)
    return 0


def _erase_explanation() -> str:
    return _tr(
        "Erasing removes the names, phone, notes, register number and disability answer, "
        "and shows only the year of birth; gender, nationality, office, groups and "
        "attendance are kept, so past statistics stay the same. The audit log keeps "
        "who changed the record and when, without the values. It cannot be undone; "
        "the erasure reaches headquarters with the next data file."
    )


def cmd_retention(args: argparse.Namespace, db: Any) -> int:
    from ttk_desktop.core.errors import TtkError
    from ttk_desktop.core.security import privacy

    years = args.years if args.years is not None else privacy.retention_years(db)
    if years is None:
        raise TtkError(_tr("Give the number of years with --years N (no retention period is set)."))
    if not args.yes:
        count = len(privacy.inactive_participants(db, years, args.today))
        print(
            _tr(
                "{count} people have had no attendance and no change for {years} years. "
                "Nothing was changed; run again with --yes to anonymise them.",
                count=count,
                years=years,
            )
        )
        return 0
    done = privacy.anonymise_inactive(db, years, args.today)
    print(
        _tr("{count} people inactive for {years} years were anonymised.", count=done, years=years)
    )
    note = privacy.older_backups_note(db) if done else None
    if note:
        print(note)
    return 0


# Commands that work on a database (opened by the caller, never created).
WITH_DATABASE: dict[str, Callable[[argparse.Namespace, Any], int]] = {
    "person": cmd_person,
    "retention": cmd_retention,
}
