"""Everything held about one person, for their right of access (#16, KVKK article 11).

:func:`subject_report` reads it (the record, its office, groups and
memberships, every session attended, identity decisions naming them, the
audit log entries about their records); :func:`subject_document` lays it out
as titled tables in the person's language (Turkish, English or Arabic,
whatever the window's language: the document is for them), and
:func:`write_subject_xlsx` writes that as a workbook. The PDF is drawn by
``ttk_desktop.reports.subject_report`` from the same document (Qt lives
there, not here).

Records confirmed to be the same person (#14) are one person here: their
rows, groups, attendance and audit entries are all included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from ttk_desktop.core import vocab
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import (
    Attendance,
    AuditEntry,
    Group,
    GroupMember,
    IdentityDecision,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.errors import NotFoundError, TtkError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.records import ParticipantRecord
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.security.subject_labels import (
    LANGUAGES,
    RIGHT_TO_LEFT,
    label,
    show_value,
)

FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class SubjectMembership:
    group_name: str
    group_type: str
    office_code: str
    joined_on: dt.date | None
    removed: bool


@dataclass(frozen=True)
class SubjectAttendance:
    date: dt.date
    group_name: str
    session_number: str | None
    topic: str | None
    office_code: str
    removed: bool


@dataclass(frozen=True)
class SubjectDecision:
    kind: str  # "same" or "different"
    other_uuid: str
    decided_at: str
    withdrawn: bool


@dataclass(frozen=True)
class SubjectAuditEntry:
    at: str
    account: str
    action: str
    table: str


@dataclass(frozen=True)
class SubjectReport:
    """What the office holds about one person, read at ``made_at`` (UTC)."""

    person: ParticipantRecord
    office_name: str
    deleted: bool
    other_records: tuple[ParticipantRecord, ...]
    memberships: tuple[SubjectMembership, ...]
    attendance: tuple[SubjectAttendance, ...]
    decisions: tuple[SubjectDecision, ...]
    audit: tuple[SubjectAuditEntry, ...]
    made_at: dt.datetime


def subject_report(db: Database, participant_id: int) -> SubjectReport:
    """Read everything held about participant ``participant_id`` (staff, administrators).

    Raises:
        PermissionDeniedError: the account may not export personal data (a viewer).
        NotFoundError: there is no such participant (deleted ones are found).
    """
    db.require(Action.EXPORT)
    from ttk_desktop.core.services.participants import to_record

    with db.read() as session:
        row = session.get(Participant, participant_id)
        if row is None:
            raise NotFoundError(
                translate("Privacy", "Participant #{id} does not exist.", id=participant_id)
            )
        kept = row.alias_of or row.id
        rows = session.scalars(
            select(Participant).where(or_(Participant.id == kept, Participant.alias_of == kept))
        ).all()
        others = [r for r in rows if r.id != row.id]
        ids = [r.id for r in rows]
        uuids = [r.uuid for r in rows]
        codes = {i: c for i, c in session.execute(select(Office.id, Office.code))}
        office_name = session.scalar(select(Office.name).where(Office.id == row.office_id)) or ""
        members = session.execute(
            select(Group.name, Group.type, Group.office_id, GroupMember.joined_on)
            .add_columns(GroupMember.deleted.label("removed"), Group.deleted)
            .join(GroupMember, GroupMember.group_id == Group.id)
            .where(GroupMember.participant_id.in_(ids))
            .order_by(Group.name)
        ).all()
        ticks = session.execute(
            select(
                Session.date,
                Group.name,
                Session.external_id,
                Session.topic,
                Session.office_id,
                Attendance.deleted,
                Session.deleted,
            )
            .join(Attendance, Attendance.session_id == Session.id)
            .join(Group, Group.id == Session.group_id)
            .where(Attendance.participant_id.in_(ids))
            .order_by(Session.date, Session.id)
        ).all()
        d = IdentityDecision
        decisions = session.execute(
            select(d.kind, d.person_a, d.person_b, d.decided_at, d.deleted)
            .where(or_(d.person_a.in_(uuids), d.person_b.in_(uuids)))
            .order_by(d.decided_at)
        ).all()
        audit = session.execute(
            select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.table_name)
            .where(AuditEntry.record_uuid.in_(uuids))
            .order_by(AuditEntry.id)
        ).all()
        person = to_record(row, codes.get(row.office_id, ""))
        other_records = tuple(to_record(r, codes.get(r.office_id, "")) for r in others)
        deleted = row.deleted
    own = set(uuids)
    return SubjectReport(
        person=person,
        office_name=office_name,
        deleted=deleted,
        other_records=other_records,
        memberships=tuple(
            SubjectMembership(name, kind, codes.get(office, ""), joined, removed or gone)
            for name, kind, office, joined, removed, gone in members
        ),
        attendance=tuple(
            SubjectAttendance(day, group, number, topic, codes.get(office, ""), removed or gone)
            for day, group, number, topic, office, removed, gone in ticks
        ),
        decisions=tuple(
            SubjectDecision(kind, b if a in own else a, at, withdrawn)
            for kind, a, b, at, withdrawn in decisions
        ),
        audit=tuple(SubjectAuditEntry(*entry) for entry in audit),
        made_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


# -- the document: titled tables in the person's language ----------------------------


@dataclass(frozen=True)
class Section:
    """One titled table. ``headers`` empty: a two-column list of labels and values."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty_text: str = ""


@dataclass(frozen=True)
class SubjectDocument:
    language: str
    title: str
    subtitle: str
    intro: str
    sections: tuple[Section, ...]

    @property
    def rtl(self) -> bool:
        return self.language in RIGHT_TO_LEFT


PERSON_FIELDS = (
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "external_id",
    "office_code",
    "gender",
    "birth_date",
    "nationality",
    "phone",
    "consent_given",
    "consent_date",
    "disability",
    "notes",
    "uuid",
)


def _person_rows(
    record: ParticipantRecord, lang: str, extra: list[tuple[str, str]]
) -> tuple[tuple[str, ...], ...]:
    rows = []
    for name in PERSON_FIELDS:
        value: Any = getattr(record, name)
        if name == "birth_date":
            value = show_value(name, value, lang, year_only=record.birth_date_estimated)
        else:
            value = show_value(name, value, lang)
        rows.append((label(name, lang), value))
    rows.extend(extra)
    return tuple(rows)


FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end (UAX #9)


def subject_document(
    report: SubjectReport, language: str, *, isolate: bool = False
) -> SubjectDocument:
    """The report as titled tables, every label and value in ``language``.

    ``isolate`` wraps the values quoted in the subtitle in direction isolates,
    so a Latin name or a date keeps its order inside an Arabic line (for the
    PDF; spreadsheet programs show the marks' effect unevenly, so the
    workbook goes without, like the yearly report's).
    """
    lang = check_language(language)

    def quoted(text: str) -> str:
        return f"{FSI}{text}{PDI}" if isolate else text

    p = report.person
    status = label("deleted_record" if report.deleted else "live_record", lang)
    sections = [
        Section(
            "person",
            label("section_person", lang),
            (),
            _person_rows(
                p,
                lang,
                [
                    (label("office_name", lang), f"{p.office_code} – {report.office_name}"),
                    (label("record_status", lang), status),
                ],
            ),
        )
    ]
    for n, other in enumerate(report.other_records, start=1):
        sections.append(
            Section(
                f"other_{n}",
                label("section_other", lang, n=n),
                (),
                _person_rows(other, lang, []),
            )
        )
    yes = label("removed", lang)
    sections += [
        Section(
            "groups",
            label("section_groups", lang),
            tuple(label(k, lang) for k in ("group", "group_type", "office", "joined_on", "status")),
            tuple(
                (
                    m.group_name,
                    vocab.group_type_name(m.group_type, lang),
                    m.office_code,
                    show_value("date", m.joined_on, lang),
                    yes if m.removed else "",
                )
                for m in report.memberships
            ),
            label("none", lang),
        ),
        Section(
            "sessions",
            label("section_sessions", lang),
            tuple(
                label(k, lang) for k in ("date", "group", "session_no", "topic", "office", "status")
            ),
            tuple(
                (
                    show_value("date", a.date, lang),
                    a.group_name,
                    a.session_number or "",
                    a.topic or "",
                    a.office_code,
                    yes if a.removed else "",
                )
                for a in report.attendance
            ),
            label("none", lang),
        ),
        Section(
            "decisions",
            label("section_decisions", lang),
            tuple(label(k, lang) for k in ("decision", "other_record", "decided_at", "status")),
            tuple(
                (
                    label(f"decision_{d.kind}", lang),
                    d.other_uuid,
                    d.decided_at,
                    label("withdrawn", lang) if d.withdrawn else "",
                )
                for d in report.decisions
            ),
            label("none", lang),
        ),
        Section(
            "audit",
            label("section_audit", lang),
            tuple(label(k, lang) for k in ("when", "account", "action", "table")),
            tuple(
                (
                    e.at.replace("T", " ")[:16],
                    e.account,
                    label_or(f"action_{e.action}", e.action, lang),
                    label_or(f"table_{e.table}", e.table, lang),
                )
                for e in report.audit
            ),
            label("none", lang),
        ),
    ]
    return SubjectDocument(
        language=lang,
        title=label("title", lang),
        subtitle=label(
            "subtitle",
            lang,
            name=quoted(p.full_name),
            office=quoted(p.office_code),
            when=quoted(report.made_at.strftime("%Y-%m-%d %H:%M UTC")),
        ),
        intro=label("intro", lang),
        sections=tuple(sections),
    )


def label_or(key: str, fallback: str, lang: str) -> str:
    """The label ``key`` in ``lang``, or ``fallback`` when there is none."""
    try:
        return label(key, lang)
    except KeyError:
        return fallback


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise TtkError(
            translate(
                "Privacy",
                'Unknown language "{language}". Use tr, en or ar.',
                language=language,
            )
        )
    return language


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise TtkError(
            translate(
                "Privacy",
                'Unknown file format "{format}". Write a .xlsx or a .pdf file.',
                format=fmt,
            )
        )
    return fmt


def format_of(path: Path) -> str:
    """``xlsx`` or ``pdf`` from a file name's extension."""
    return check_format(Path(path).suffix.lower().lstrip("."))


def log_subject_export(db: Database, report: SubjectReport, fmt: str) -> None:
    """The audit entry for a written subject report (no values: only the format)."""
    db.log_event("export", "participants", report.person.uuid, {"subject_report": fmt})


# -- Excel -------------------------------------------------------------------------------

_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_subject_xlsx(document: SubjectDocument, path: Path) -> Path:
    """One sheet per section; text cells never become formulas; Arabic right to left."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for section in document.sections:
        title = section.title.translate(_SHEET_FORBIDDEN)[:31].strip() or section.key
        while title in used:
            title = (title[:28] + f" {len(used)}")[:31]
        used.add(title)
        ws = wb.create_sheet(title)
        _text(ws.cell(1, 1), document.title).font = Font(bold=True, size=13)
        _text(ws.cell(2, 1), document.subtitle)
        _text(ws.cell(3, 1), section.title).font = Font(bold=True)
        first = 5
        if section.headers:
            for col, header in enumerate(section.headers, start=1):
                _text(ws.cell(first, col), header).font = Font(bold=True)
            first += 1
        if not section.rows and section.empty_text:
            _text(ws.cell(first, 1), section.empty_text)
        for r, values in enumerate(section.rows, start=first):
            for col, value in enumerate(values, start=1):
                _text(ws.cell(r, col), value)
                if not section.headers and col == 1:
                    ws.cell(r, col).font = Font(bold=True)
        widths = [len(h) for h in section.headers] or [0, 0]
        for values in section.rows:
            for col, value in enumerate(values):
                if col < len(widths):
                    widths[col] = max(widths[col], len(value))
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(1, col).column_letter].width = min(60, max(12, width + 2))
        if document.rtl:
            ws.sheet_view.rightToLeft = True
    wb.properties.title = document.title
    wb.properties.creator = "TTK Desktop"
    path = Path(path)
    try:
        wb.save(path)
    except OSError as exc:
        raise TtkError(
            translate(
                "Privacy",
                "{path} cannot be written. Check that the folder exists, that you may write "
                "there and that the file is not open in another program, then try again.",
                path=path,
            )
        ) from exc
    return path


def _text(cell: Any, value: str) -> Any:
    """A text cell: openpyxl would store text beginning with "=" as a formula."""
    cell.value = value
    cell.data_type = "s"
    return cell
