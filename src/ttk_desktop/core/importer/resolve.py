"""Between the passes: what the file's rows refer to, checked against the database.

Records are known by (office code, register id). A reference without an office
(a session's group, an attendance row's session and participant) is looked up
by id among the file's records and the database's; when several offices use
the id, the record of the natural office wins (the session's office for its
participants, this database's office otherwise), and without one the row is
refused as ambiguous. A reference to a tombstoned record is refused with a
hint, unless the file names that record again (which restores it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ttk_desktop.core.db.models import Group, Office, Participant, Session
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.importer.parse import WorkbookParser
from ttk_desktop.core.importer.rows import KINDS, ParsedSheet
from ttk_desktop.core.textrules import printable
from ttk_desktop.core.validation import born_after, day_text

Key = tuple[str, str]  # (office code, register id)


class Known:
    """Records of one kind by (office, id): those the file brings and those in the DB."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.db: dict[Key, tuple[Any, ...]] = {}  # key -> (id, deleted, *extra)
        self.file: dict[Key, Any] = {}

    def live(self, key: Key) -> bool:
        if key in self.file:
            return True
        row = self.db.get(key)
        return row is not None and not row[1]


class Resolver:
    """Loads the database's keys and resolves every reference of the parsed file."""

    def __init__(self, session: OrmSession, parser: WorkbookParser) -> None:
        self.session = session
        self.parser = parser
        self.issues = parser.issues
        self.sheets: dict[str, list[ParsedSheet]] = {k: [] for k in KINDS}
        for sheet in parser.sheets:
            self.sheets[sheet.kind].append(sheet)
        self.offices: dict[str, int] = {}
        self.office_codes: dict[int, str] = {}
        self.new_offices: list[str] = []
        self.participants = Known("participants")
        self.groups = Known("groups")
        self.sessions = Known("sessions")
        self.session_groups: dict[Key, Key] = {}  # file session -> its group
        self.pairs: dict[tuple[Key, Key], None] = {}  # (session, participant), file order
        self.pair_count = 0

    # -- checks ------------------------------------------------------------------
    def check(self) -> None:
        """Load what the file refers to and report unknown, deleted or ambiguous ids."""
        self._load_offices()
        has = {kind: bool(sheets) for kind, sheets in self.sheets.items()}
        if has["attendance"]:  # birth dates: no attendance before a birth (issue #11)
            self._load(
                Participant,
                self.participants,
                Participant.birth_date,
                Participant.birth_date_estimated,
            )
        elif has["participants"]:
            self._load(Participant, self.participants)
        if has["groups"] or has["sessions"]:
            self._load(Group, self.groups)
        if has["sessions"] or has["attendance"]:
            self._load(Session, self.sessions, Session.group_id, Session.date)
        for sheet in self.sheets["participants"]:
            for p in sheet.rows:
                self.participants.file[(p.office, p.external_id)] = (sheet, p)
        for sheet in self.sheets["groups"]:
            for g in sheet.rows:
                self.groups.file[(g.office, g.external_id)] = (sheet, g)
        self._check_sessions()
        self._check_attendance()

    def _load_offices(self) -> None:
        for office_id, code in self.session.execute(select(Office.id, Office.code)):
            self.offices[code] = office_id
            self.office_codes[office_id] = code
        wanted: set[str] = set()
        for kind in ("participants", "groups", "sessions"):
            for sheet in self.sheets[kind]:
                wanted.update(r.office for r in sheet.rows if r.office)
        self.new_offices = sorted(wanted - self.offices.keys())

    def _load(self, model: Any, known: Known, *extra: Any) -> None:
        stmt = select(model.id, model.deleted, model.office_id, model.external_id, *extra).where(
            model.external_id.is_not(None)
        )
        codes = self.office_codes
        for row in self.session.execute(stmt):
            known.db[(codes[row[2]], row[3])] = (row[0], row[1], *row[4:])

    @property
    def all_codes(self) -> list[str]:
        return [*self.offices, *self.new_offices]

    def _resolve(self, known: Known, ref: str, context: str) -> tuple[Key | None, str | None]:
        """(key, None), or (None, "missing" / "deleted" / "ambiguous:<codes>")."""
        key = (context, ref)
        if known.live(key):
            return key, None
        live = [(c, ref) for c in self.all_codes if c != context and known.live((c, ref))]
        if len(live) == 1:
            return live[0], None
        if live:
            return None, "ambiguous:" + ", ".join(sorted(c for c, _ in live))
        if known.kind in self.parser.broken or ref in self.parser.rejected[known.kind]:
            return None, "reported"  # its own row or sheet already has an issue
        if any((c, ref) in known.db for c in self.all_codes):
            return None, "deleted"
        return None, "missing"

    def _reference_issue(
        self, sheet: ParsedSheet, row: int, column: str, what: str, ref: str, problem: str
    ) -> None:
        if problem == "reported":
            return
        where = {
            "group": translate("Import", "the Groups sheet"),
            "session": translate("Import", "the Sessions sheet"),
            "participant": translate("Import", "the Participants sheet"),
        }[what]
        label = {
            "group": translate("Import", "group"),
            "session": translate("Import", "session"),
            "participant": translate("Import", "participant"),
        }[what]
        if problem == "deleted":
            message = translate(
                "Import",
                'The {what} "{id}" was deleted. Restore it, or add it to {where} to import it '
                "again.",
                what=label,
                id=printable(ref),
                where=where,
            )
        elif problem.startswith("ambiguous:"):
            message = translate(
                "Import",
                'Several offices ({offices}) have a {what} with the id "{id}"; it is not clear '
                "which one is meant.",
                offices=problem.split(":", 1)[1],
                what=label,
                id=printable(ref),
            )
        else:
            message = translate(
                "Import",
                'There is no {what} with the id "{id}", neither on {where} nor in the database.',
                what=label,
                id=printable(ref),
                where=where,
            )
        self.issues.add(sheet.name, row, sheet.column(column), message)

    def _check_sessions(self) -> None:
        home = self.parser.default_office
        seen: dict[Key, int] = {}
        for sheet in self.sheets["sessions"]:
            for s in sheet.rows:
                group_key, problem = self._resolve(self.groups, s.group_ref, s.office or home)
                if group_key is None:
                    self._reference_issue(
                        sheet, s.row, "group_id", "group", s.group_ref, problem or "missing"
                    )
                    self.parser.rejected["sessions"].add(s.external_id)
                    continue
                key = (s.office or group_key[0], s.external_id)
                if key in seen:
                    self.issues.add(
                        sheet.name,
                        s.row,
                        sheet.column("session_id"),
                        translate(
                            "Import",
                            'The id "{id}" appears twice in the file (first on row {row}). '
                            "Each record needs its own id.",
                            id=s.external_id,
                            row=seen[key],
                        ),
                    )
                    continue
                seen[key] = s.row
                self.sessions.file[key] = (sheet, s)
                self.session_groups[key] = group_key
            for s in sheet.partial:  # refused rows: still say if their group is unknown
                group_key, problem = self._resolve(self.groups, s.group_ref, s.office or home)
                if group_key is None:
                    self._reference_issue(
                        sheet, s.row, "group_id", "group", s.group_ref, problem or "missing"
                    )

    def _check_attendance(self) -> None:
        home = self.parser.default_office
        for sheet in self.sheets["attendance"]:
            for a in sheet.rows:
                self.pair_count += 1
                session_key, problem = self._resolve(self.sessions, a.session_ref, home)
                if session_key is None:
                    self._reference_issue(
                        sheet, a.row, "session_id", "session", a.session_ref, problem or ""
                    )
                person_key, problem = self._resolve(
                    self.participants, a.participant_ref, session_key[0] if session_key else home
                )
                if person_key is None:
                    self._reference_issue(
                        sheet,
                        a.row,
                        "participant_id",
                        "participant",
                        a.participant_ref,
                        problem or "",
                    )
                if session_key and person_key:
                    if self._born_after(sheet, a.row, session_key, person_key):
                        continue
                    self.pairs[(session_key, person_key)] = None
            for a in sheet.partial:  # refused rows: still check the id that is there
                if a.session_ref is not None:
                    key, problem = self._resolve(self.sessions, a.session_ref, home)
                    if key is None:
                        self._reference_issue(
                            sheet, a.row, "session_id", "session", a.session_ref, problem or ""
                        )
                if a.participant_ref is not None:
                    key, problem = self._resolve(self.participants, a.participant_ref, home)
                    if key is None:
                        self._reference_issue(
                            sheet,
                            a.row,
                            "participant_id",
                            "participant",
                            a.participant_ref,
                            problem or "",
                        )

    def _born_after(self, sheet: ParsedSheet, row: int, session_key: Key, person_key: Key) -> bool:
        """Report an attendance dated before the person's birth; True if it was.

        The birth date is the file's when its participants sheet has the
        column, else the database's; the session's date likewise.
        """
        found = self.participants.file.get(person_key)
        if found is not None and "birth_date" in found[0].present:
            birth, estimated = found[1].birth_date, found[1].birth_date_estimated
        else:
            stored = self.participants.db.get(person_key)
            if stored is None or len(stored) < 4:
                return False
            birth, estimated = stored[2], stored[3]
        if birth is None:
            return False
        session = self.sessions.file.get(session_key)
        day = session[1].date if session is not None else self.sessions.db[session_key][3]
        if not born_after(day, birth, estimated):
            return False
        values = {
            "participant": printable(person_key[1]),
            "session": printable(session_key[1]),
            "day": day_text(day),
        }
        if estimated:
            message = translate(
                "Import",
                'The participant "{participant}" was born in {year}, after the session '
                '"{session}" of {day}, so cannot have attended it. Correct the birth year or the '
                "session date, or delete this row.",
                year=birth.year,
                **values,
            )
        else:
            message = translate(
                "Import",
                'The participant "{participant}" was born on {birth}, after the session '
                '"{session}" of {day}, so cannot have attended it. Correct the birth date or the '
                "session date, or delete this row.",
                birth=day_text(birth),
                **values,
            )
        self.issues.add(sheet.name, row, sheet.column("participant_id"), message)
        return True

    # -- writing -----------------------------------------------------------------
