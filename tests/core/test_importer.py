"""Excel import of the offices' registers: messy input accepted, all or nothing, idempotent."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from xlsx_builders import write_xlsx

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import (
    Attendance,
    AuditEntry,
    Group,
    GroupMember,
    Office,
    Participant,
    Session,
)
from ttk_desktop.core.errors import ImportCancelledError, ImportFailedError, ImportIssue
from ttk_desktop.core.importer import import_workbook
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services import participants as participant_service
from ttk_desktop.core.services.participants import participant_values

P_HEAD = ["participant_id", "first_name", "last_name", "gender", "birth_date", "nationality"]
G_HEAD = ["group_id", "type", "name"]
S_HEAD = ["session_id", "group_id", "date", "topic"]
A_HEAD = ["session_id", "participant_id"]
TABLES = (Office, Participant, Group, Session, Attendance, GroupMember, AuditEntry)


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[attr-defined]
            for m in TABLES
        }


def people(db: Database) -> dict[str, Participant]:
    with db.read() as s:
        return {p.external_id: p for p in s.scalars(select(Participant))}  # type: ignore[misc]


def failed(db: Database, path: Path) -> list[ImportIssue]:
    before = counts(db)
    with pytest.raises(ImportFailedError) as info:
        import_workbook(db, path)
    assert counts(db) == before, "a refused file must write nothing"
    assert str(info.value)  # a readable message for the CLI and the GUI
    return info.value.issues


def where(issues: list[ImportIssue]) -> set[tuple[str | None, int | None, str | None]]:
    return {(i.sheet, i.row, i.column) for i in issues}


def basic_sheets() -> dict[str, list[list[Any]]]:
    return {
        "Participants": [
            P_HEAD,
            ["P1", "Ayşe", "Yılmaz", "K", dt.date(1990, 5, 1), "Suriye"],
            ["P2", "Omar", "Haddad", "E", "1985", "SY"],
            ["P3", "Zeynep", "Kaya", "", None, ""],
        ],
        "Groups": [G_HEAD, ["G1", "Mülteciler Meclisi", "Meclis 2024"]],
        "Sessions": [
            S_HEAD,
            ["S1", "G1", "05.03.2024", "Tanışma"],
            ["S2", "G1", dt.date(2024, 3, 12), None],
        ],
        "Attendance": [A_HEAD, ["S1", "P1"], ["S1", "P2"], ["S2", "P1"]],
    }


# -- happy paths ------------------------------------------------------------------


def test_imports_all_sheets_with_identity_audit_and_derived_keys(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", basic_sheets())
    summary = import_workbook(db, path)

    assert summary.lines() == [
        "Participants: 3 added, 0 updated, 0 unchanged",
        "Groups: 1 added, 0 updated, 0 unchanged",
        "Sessions: 2 added, 0 updated, 0 unchanged",
        "Attendance: 3 added, 0 updated, 0 unchanged",
        "Group memberships added from attendance: 2",
    ]
    found = people(db)
    ayse, omar, zeynep = found["P1"], found["P2"], found["P3"]
    assert (ayse.gender, ayse.birth_date, ayse.birth_date_estimated, ayse.nationality) == (
        "female",
        dt.date(1990, 5, 1),
        False,
        "SY",
    )
    assert (omar.gender, omar.birth_date, omar.birth_date_estimated) == (
        "male",
        dt.date(1985, 1, 1),
        True,
    )
    assert (zeynep.gender, zeynep.birth_date, zeynep.nationality) == ("not_stated", None, "unknown")
    # search_text/sort_key exactly as the services compute them
    expected = participant_values(
        ParticipantInput(
            "Ayşe",
            "Yılmaz",
            gender="female",
            birth_date=dt.date(1990, 5, 1),
            nationality="SY",
            external_id="P1",
        )
    )
    assert (ayse.search_text, ayse.sort_key) == (expected["search_text"], expected["sort_key"])
    assert len(ayse.uuid) == 36 and ayse.origin == "IST" and ayse.hlc and not ayse.deleted
    c = counts(db)
    inserted = (
        c["participants"] + c["groups"] + c["sessions"] + c["attendance"] + c["group_members"]
    )
    with db.read() as s:
        audits = list(
            s.scalars(
                select(AuditEntry).where(
                    AuditEntry.actor == "tester",
                    AuditEntry.action == "import",
                    AuditEntry.table_name != "offices",
                )
            )
        )
        records = {
            model.__tablename__: [r.hlc for r in s.scalars(select(model))]
            for model in (Participant, Group, Session, Attendance, GroupMember)
        }
        office_ids = {p.office_id for p in s.scalars(select(Participant))}
        ist = s.scalar(select(Office.id).where(Office.code == "IST"))
    # One audit entry per table names the file and how many records the import created
    # (#12: not every new id, which made the log of a large import megabytes).
    assert sorted(a.table_name for a in audits) == sorted(records)
    assert sum(len(rows) for rows in records.values()) == inserted
    for entry in audits:
        changes = json.loads(entry.changes)
        assert changes == {"file": "register.xlsx", "added": len(records[entry.table_name])}
        # The records carry the stamp of the change the entry records.
        assert set(records[entry.table_name]) == {entry.hlc}
    assert office_ids == {ist}


def test_turkish_headers_in_any_order_and_case(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "kayit.xlsx",
        {
            "KATILIMCILAR": [
                ["uyruk", "SOYAD", "telefon", "Ad", "KATILIMCI NO", "CİNSİYET", "doğum tarihi"],
                ["Türkiye", "Öztürk", "0532 123 45 67", "İbrahim", "K-17", "erkek", "07.11.1979"],
            ],
            "gruplar": [
                ["Grup Adı", "tür", "GRUP NO", "Ofis"],
                ["Kadınlar", "Dayanışma Grubu", "G7", ""],
            ],
            "Oturumlar": [
                ["tarih", "Konu", "grup no", "oturum no"],
                ["1.2.2024", "Haklar", "G7", "O1"],
            ],
            "Yoklama": [["Katılımcı No", "Oturum No"], ["K-17", "O1"]],
            "Notlar": [["anything", "ignored"], ["x", "y"]],
        },
    )
    summary = import_workbook(db, path)
    assert [(s.kind, s.sheet, s.added) for s in summary.sheets] == [
        ("participants", "KATILIMCILAR", 1),
        ("groups", "gruplar", 1),
        ("sessions", "Oturumlar", 1),
        ("attendance", "Yoklama", 1),
    ]
    ibrahim = people(db)["K-17"]
    assert (ibrahim.first_name, ibrahim.last_name, ibrahim.gender, ibrahim.nationality) == (
        "İbrahim",
        "Öztürk",
        "male",
        "TR",
    )
    assert (ibrahim.birth_date, ibrahim.phone) == (dt.date(1979, 11, 7), "0532 123 45 67")
    with db.read() as s:
        group = s.scalars(select(Group)).one()
        session = s.scalars(select(Session)).one()
    assert (group.type, group.name, group.external_id) == ("solidarity_group", "Kadınlar", "G7")
    assert (session.date, session.topic, session.group_id) == (
        dt.date(2024, 2, 1),
        "Haklar",
        group.id,
    )


GENDERS = [
    ("K", "female"),
    ("kadın", "female"),
    ("KADIN", "female"),
    ("Female", "female"),
    ("f", "female"),
    ("E", "male"),
    ("Erkek", "male"),
    ("male", "male"),
    ("M", "male"),
    ("Diğer", "other"),
    ("other", "other"),
    ("", "not_stated"),
    ("Belirtilmemiş", "not_stated"),
]
DATES = [
    (dt.date(1990, 3, 5), dt.date(1990, 3, 5), False),
    (dt.datetime(1990, 3, 5, 0, 0), dt.date(1990, 3, 5), False),
    ("05.03.1990", dt.date(1990, 3, 5), False),
    ("5.3.1990", dt.date(1990, 3, 5), False),
    ("1990-03-05", dt.date(1990, 3, 5), False),
    ("5/3/1990", dt.date(1990, 3, 5), False),
    (1990, dt.date(1990, 1, 1), True),
    ("1990", dt.date(1990, 1, 1), True),
    (None, None, False),
]
NATIONALITIES = [
    ("Suriye", "SY"),
    ("SY", "SY"),
    ("syr", "SY"),
    ("Syria", "SY"),
    ("Suriyeli", "SY"),
    ("Türkiye", "TR"),
    ("T.C.", "TR"),
    ("Irak", "IQ"),
    ("Afganistan", "AF"),
    ("İran", "IR"),
    ("vatansız", "stateless"),
    ("Stateless", "stateless"),
    ("bilinmiyor", "unknown"),
    ("", "unknown"),
    ("سوريا", "SY"),
]
GROUP_TYPES = [
    ("Mülteciler Meclisi", "refugee_assembly"),
    ("Refugee Assembly", "refugee_assembly"),
    ("Çocuk Meclisi", "children_assembly"),
    ("dayanışma grubu", "solidarity_group"),
    ("Bilgilendirme Oturumu", "information_session"),
    ("Farkındalık Etkinliği", "awareness_activity"),
    ("İhtiyaç Analizi", "needs_analysis"),
    ("FGD", "focus_group_discussion"),
    ("Odak Grup Görüşmesi", "focus_group_discussion"),
    ("Paydaş Toplantısı", "stakeholder_meeting"),
    ("stakeholder_meeting", "stakeholder_meeting"),
]


def test_every_accepted_form_end_to_end(db: Database, tmp_path: Path) -> None:
    rows: list[list[Any]] = [P_HEAD]
    expected: dict[str, tuple[str, dt.date | None, bool, str]] = {}
    n = max(len(GENDERS), len(DATES), len(NATIONALITIES))
    for i in range(n):
        g_in, g_out = GENDERS[i % len(GENDERS)]
        d_in, d_out, estimated = DATES[i % len(DATES)]
        n_in, n_out = NATIONALITIES[i % len(NATIONALITIES)]
        rows.append([f"P{i}", "Ad", "Soyad", g_in, d_in, n_in])
        expected[f"P{i}"] = (g_out, d_out, estimated, n_out)
    groups: list[list[Any]] = [G_HEAD]
    for i, (text, _) in enumerate(GROUP_TYPES):
        groups.append([f"G{i}", text, f"Grup {i}"])
    path = write_xlsx(tmp_path / "forms.xlsx", {"Participants": rows, "Groups": groups})

    import_workbook(db, path)

    found = people(db)
    for pid, (gender, birth, estimated, nationality) in expected.items():
        p = found[pid]
        assert (p.gender, p.birth_date, p.birth_date_estimated, p.nationality) == (
            gender,
            birth,
            estimated,
            nationality,
        ), pid
    with db.read() as s:
        types = dict(s.execute(select(Group.external_id, Group.type)).all())
    assert types == {f"G{i}": key for i, (_, key) in enumerate(GROUP_TYPES)}


def test_title_rows_blank_rows_and_unknown_columns(db: Database, tmp_path: Path) -> None:
    """A title above the header, blank rows and extra columns do not disturb row numbers."""
    path = write_xlsx(
        tmp_path / "titled.xlsx",
        {
            "Katılımcılar": [
                ["Katılımcı listesi 2024"],
                [],
                ["Sıra", "Katılımcı No", "Ad", "Soyad", "Cinsiyet"],
                [1, "P1", "Ali", "Veli", "E"],
                [],
                [None, None, None, None, None],
                [3, "P2", "Fatma", "Demir", "X"],
            ]
        },
    )
    issues = failed(db, path)
    assert [(i.sheet, i.row, i.column) for i in issues] == [("Katılımcılar", 7, "Cinsiyet")]
    assert 'Unknown gender "X"' in issues[0].message
    assert issues[0].file == "titled.xlsx"


# -- refusals: every error, located, nothing written ------------------------------


def test_every_error_listed_with_sheet_row_and_column(db: Database, tmp_path: Path) -> None:
    future = dt.date.today() + dt.timedelta(days=30)
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        {
            "Katılımcılar": [
                ["Katılımcı No", "Ad", "Soyad", "Cinsiyet", "Doğum Tarihi", "Uyruk"],
                ["P1", "Ali", "Veli", "X", "01.01.1990", "Suriye"],  # 2: gender
                ["P2", "Ayşe", "Kaya", "K", "31.02.2021", "Suriye"],  # 3: impossible date
                ["P3", "Can", "Öz", "E", future, "TR"],  # 4: future birth date
                ["P1", "Ali", "Başka", "E", None, "TR"],  # 5: duplicate id
                ["P5", None, "Boş", "E", None, "TR"],  # 6: missing first name
                ["P6", "Omar", "Nasser", "E", None, "Atlantis"],  # 7: nationality
                ["P7", "Ok", "Fine", "E", None, "TR"],  # fine
            ],
            "Oturumlar": [
                ["Oturum No", "Grup No", "Tarih"],
                ["S1", "G404", "01.02.2024"],  # 2: unknown group
                ["S2", "G404", None],  # 3: unknown group + missing date
            ],
            "Yoklama": [
                ["Oturum No", "Katılımcı No"],
                ["S404", "P7"],  # 2: unknown session
                ["S404", "P404"],  # 3: unknown session and participant
                ["S1", "P2"],  # 4: refers to rows refused above: not reported twice
            ],
        },
    )
    issues = failed(db, path)
    assert where(issues) == {
        ("Katılımcılar", 2, "Cinsiyet"),
        ("Katılımcılar", 3, "Doğum Tarihi"),
        ("Katılımcılar", 4, "Doğum Tarihi"),
        ("Katılımcılar", 5, "Katılımcı No"),
        ("Katılımcılar", 6, "Ad"),
        ("Katılımcılar", 7, "Uyruk"),
        ("Oturumlar", 3, "Tarih"),
        ("Oturumlar", 2, "Grup No"),
        ("Oturumlar", 3, "Grup No"),
        ("Yoklama", 2, "Oturum No"),
        ("Yoklama", 3, "Oturum No"),
        ("Yoklama", 3, "Katılımcı No"),
    }
    text = {(i.sheet, i.row, i.column): i.message for i in issues}
    assert 'Unknown gender "X"' in text[("Katılımcılar", 2, "Cinsiyet")]
    assert "31.02.2021" in text[("Katılımcılar", 3, "Doğum Tarihi")]
    assert "future" in text[("Katılımcılar", 4, "Doğum Tarihi")]
    assert "twice" in text[("Katılımcılar", 5, "Katılımcı No")]
    assert "G404" in text[("Oturumlar", 2, "Grup No")]
    assert "P404" in text[("Yoklama", 3, "Katılımcı No")]
    described = issues[0].describe()
    assert described.startswith("bad.xlsx, sheet '")


def test_missing_required_column(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "cols.xlsx",
        {
            "Participants": [["participant_id", "first_name", "gender"], ["P1", "Ali", "E"]],
            "Groups": [["Grup No", "Grup Adı"], ["G1", "X"]],
        },
    )
    issues = failed(db, path)
    assert where(issues) == {("Participants", 1, "last_name"), ("Groups", 1, "type")}
    assert all("required column" in i.message for i in issues)


def test_two_columns_meaning_the_same_field(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "twice.xlsx",
        {"Participants": [["participant_id", "Ad", "first_name", "Soyad"], ["P1", "A", "B", "C"]]},
    )
    issues = failed(db, path)
    assert where(issues) == {("Participants", 1, None)}


def test_unknown_office_code_is_refused_when_malformed(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "office.xlsx",
        {"Participants": [[*P_HEAD, "office"], ["P1", "A", "B", "K", None, "SY", "İ S T!"]]},
    )
    assert where(failed(db, path)) == {("Participants", 2, "office")}


def test_truncated_workbook_gives_one_clear_issue(db: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", basic_sheets())
    data = good.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    issues = failed(db, cut)
    assert len(issues) == 1
    assert (issues[0].file, issues[0].sheet, issues[0].row) == ("cut.xlsx", None, None)
    assert "damaged or incomplete" in issues[0].message


def test_text_file_renamed_xlsx_gives_one_clear_issue(db: Database, tmp_path: Path) -> None:
    fake = tmp_path / "liste.xlsx"
    fake.write_text("Katılımcı No;Ad;Soyad\nP1;Ali;Veli\n", encoding="utf-8")
    issues = failed(db, fake)
    assert len(issues) == 1 and "not an Excel workbook" in issues[0].message


def test_missing_file_and_workbook_without_register_sheets(db: Database, tmp_path: Path) -> None:
    issues = failed(db, tmp_path / "nowhere.xlsx")
    assert len(issues) == 1 and "does not exist" in issues[0].message
    other = write_xlsx(tmp_path / "other.xlsx", {"Bütçe": [["a", "b"], [1, 2]]})
    issues = failed(db, other)
    assert len(issues) == 1 and "Bütçe" in issues[0].message


def test_corrupt_sheet_inside_a_valid_zip(db: Database, tmp_path: Path) -> None:
    import zipfile

    good = write_xlsx(tmp_path / "good.xlsx", basic_sheets())
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    issues = failed(db, broken)
    assert len(issues) == 1 and "damaged" in issues[0].message


# -- re-imports ---------------------------------------------------------------------


def test_second_import_of_the_same_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", basic_sheets())
    import_workbook(db, path)
    before = counts(db)
    with db.read() as s:
        stamps = {p.uuid: p.hlc for p in s.scalars(select(Participant))}
    summary = import_workbook(db, path)
    assert [(s.added, s.updated) for s in summary.sheets] == [(0, 0)] * 4
    assert [s.unchanged for s in summary.sheets] == [3, 1, 2, 3]
    assert summary.members_added == 0 and not summary.changed
    assert counts(db) == before
    with db.read() as s:
        assert {p.uuid: p.hlc for p in s.scalars(select(Participant))} == stamps


def test_corrected_reimport_updates_only_what_changed(db: Database, tmp_path: Path) -> None:
    import_workbook(db, write_xlsx(tmp_path / "v1.xlsx", basic_sheets()))
    before = people(db)
    audit_before = counts(db)["audit_log"]
    corrected = {
        "Participants": [
            ["participant_id", "first_name", "last_name", "gender"],  # no birth date column
            ["P1", "Ayşe", "Yıldız", "K"],  # last name corrected
            ["P2", "Omar", "Haddad", "E"],  # unchanged
        ],
        "Groups": [G_HEAD, ["G1", "Çocuk Meclisi", "Meclis 2024"]],
    }
    summary = import_workbook(db, write_xlsx(tmp_path / "v2.xlsx", corrected))
    p, g = summary.sheet("participants"), summary.sheet("groups")
    assert p is not None and (p.added, p.updated, p.unchanged) == (0, 1, 1)
    assert g is not None and (g.added, g.updated, g.unchanged) == (0, 1, 0)
    after = people(db)
    assert set(after) == {"P1", "P2", "P3"}  # nothing removed
    assert after["P1"].last_name == "Yıldız" and after["P1"].hlc > before["P1"].hlc
    assert (
        after["P1"].sort_key == participant_values(ParticipantInput("Ayşe", "Yıldız"))["sort_key"]
    )
    # a column the file lacks keeps the stored value
    assert after["P1"].birth_date == dt.date(1990, 5, 1)
    assert after["P2"].hlc == before["P2"].hlc
    assert counts(db)["audit_log"] == audit_before + 2
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        update_entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.record_uuid == after["P1"].uuid, AuditEntry.action == "update"
            )
        ).one()
    assert entry is not None
    changes = json.loads(update_entry.changes)
    assert changes["last_name"] == ["Yılmaz", "Yıldız"] and "first_name" not in changes


def test_tombstoned_record_named_again_is_revived(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", basic_sheets())
    import_workbook(db, path)
    ayse = people(db)["P1"]
    participant_service.delete_participant(db, ayse.id)
    summary = import_workbook(db, path)
    sheet = summary.sheet("participants")
    assert sheet is not None and (sheet.updated, sheet.unchanged) == (1, 2)
    revived = people(db)["P1"]
    assert not revived.deleted and revived.id == ayse.id
    with db.read() as s:
        last = s.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.record_uuid == ayse.uuid)
            .order_by(AuditEntry.id)
        ).all()
    assert last[-1] == "restore"


def test_attendance_refers_to_records_of_an_earlier_import(db: Database, tmp_path: Path) -> None:
    sheets = basic_sheets()
    del sheets["Attendance"]
    import_workbook(db, write_xlsx(tmp_path / "month1.xlsx", sheets))
    later = write_xlsx(
        tmp_path / "month2.xlsx",
        {
            "Sessions": [S_HEAD, ["S3", "G1", "02.04.2024", "Nisan"]],  # group from the DB
            "Attendance": [A_HEAD, ["S1", "P3"], ["S3", "P1"], ["S3", "P1"]],  # S1, P* from DB
        },
    )
    summary = import_workbook(db, later)
    att = summary.sheet("attendance")
    assert att is not None and (att.added, att.unchanged) == (2, 1)
    with db.read() as s:
        pairs = set(
            s.execute(
                select(Session.external_id, Participant.external_id)
                .join(Attendance, Attendance.session_id == Session.id)
                .join(Participant, Participant.id == Attendance.participant_id)
            )
        )
    assert pairs == {("S1", "P3"), ("S3", "P1")}


def test_attendance_of_a_non_member_makes_them_a_member(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", basic_sheets())
    import_workbook(db, path)
    with db.read() as s:
        members = set(
            s.execute(
                select(Participant.external_id, GroupMember.joined_on, GroupMember.deleted).join(
                    GroupMember, GroupMember.participant_id == Participant.id
                )
            )
        )
    # joined on the date of the first session attended
    assert members == {("P1", dt.date(2024, 3, 5), False), ("P2", dt.date(2024, 3, 5), False)}

    # a removed membership is revived by attendance named again
    from ttk_desktop.core.services import groups as group_service

    with db.read() as s:
        group_id = s.scalar(select(Group.id))
    group_service.remove_member(db, group_id, people(db)["P2"].id)  # type: ignore[arg-type]
    more = write_xlsx(tmp_path / "more.xlsx", {"Attendance": [A_HEAD, ["S2", "P2"], ["S2", "P3"]]})
    summary = import_workbook(db, more)
    assert summary.members_added == 2
    ids = {m.id for m in group_service.list_members(db, group_id)}  # type: ignore[arg-type]
    assert ids == {p.id for p in people(db).values()}


def test_unknown_office_code_creates_the_office(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hq.xlsx",
        {
            "Participants": [
                [*P_HEAD, "office"],
                ["P1", "Ali", "Veli", "E", None, "SY", "gaz"],
                ["P1", "Ali", "Veli", "E", None, "SY", ""],  # same id, other office: fine
            ],
            "Groups": [[*G_HEAD, "office"], ["G1", "FGD", "Odak", "GAZ"]],
            "Sessions": [S_HEAD, ["S1", "G1", "01.03.2024", None]],
            "Attendance": [A_HEAD, ["S1", "P1"]],
        },
    )
    summary = import_workbook(db, path)
    assert summary.offices_added == ["GAZ"]
    with db.read() as s:
        rows = s.execute(
            select(Office.code, Participant.external_id).join(
                Participant, Participant.office_id == Office.id
            )
        ).all()
        assert sorted(tuple(r) for r in rows) == [("GAZ", "P1"), ("IST", "P1")]
        office = s.scalars(select(Office).where(Office.code == "GAZ")).one()
        session_office = s.scalar(select(Office.code).join(Session, Session.office_id == Office.id))
        attendee_office = s.scalar(
            select(Office.code)
            .join(Participant, Participant.office_id == Office.id)
            .join(Attendance, Attendance.participant_id == Participant.id)
        )
    assert (office.name, len(office.uuid)) == ("GAZ", 36)
    # the session takes its group's office, and its attendance the person of that office
    assert (session_office, attendee_office) == ("GAZ", "GAZ")
    assert import_workbook(db, path).offices_added == []


def test_ambiguous_reference_between_offices_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "amb.xlsx",
        {
            "Groups": [[*G_HEAD, "office"], ["G1", "FGD", "A", "ANK"], ["G1", "FGD", "B", "GAZ"]],
            "Sessions": [S_HEAD, ["S1", "G1", "01.03.2024", None]],
        },
    )
    issues = failed(db, path)
    assert where(issues) == {("Sessions", 2, "group_id")}
    assert "ANK, GAZ" in issues[0].message


# -- progress and cancel ----------------------------------------------------------------


def _many(n: int) -> dict[str, list[list[Any]]]:
    rows: list[list[Any]] = [P_HEAD]
    rows += [[f"P{i}", "Ad", f"Soyad{i}", "K", "01.01.1990", "SY"] for i in range(n)]
    return {"Participants": rows}


def test_progress_reaches_total(db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    import_workbook(
        db,
        write_xlsx(tmp_path / "many.xlsx", _many(2500)),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(0 <= d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("when", ["start", "reading", "writing"])
def test_cancel_writes_nothing(db: Database, tmp_path: Path, when: str) -> None:
    path = write_xlsx(tmp_path / "many.xlsx", _many(4500))
    before = counts(db)
    state = {"written": False, "polls": 0}

    def progress(done: int, total: int) -> None:
        # In the writing phase, after the first batch went to the database.
        if done > total // 2 and done < total:
            state["written"] = True

    def cancelled() -> bool:
        state["polls"] += 1
        return {
            "start": True,
            "reading": state["polls"] > 2,
            "writing": bool(state["written"]),
        }[when]

    with pytest.raises(ImportCancelledError):
        import_workbook(db, path, progress=progress, cancelled=cancelled)
    assert counts(db) == before
    if when == "writing":
        assert state["written"]  # the first batch was inserted, then rolled back


def test_database_without_office_needs_the_office_column(db_path: Path, tmp_path: Path) -> None:
    from ttk_desktop.core.db.engine import open_database

    bare = open_database(db_path, actor="tester")
    try:
        rows = [
            [*P_HEAD, "office"],
            ["P1", "A", "B", "K", None, "SY", None],
            ["P2", "C", "D", "E", None, "SY", None],
        ]
        issues = failed(bare, write_xlsx(tmp_path / "a.xlsx", {"Participants": rows}))
        assert where(issues) == {("Participants", 2, "office")}  # reported once, not per row
        rows = [[*P_HEAD, "office"], ["P1", "A", "B", "K", None, "SY", "van"]]
        summary = import_workbook(bare, write_xlsx(tmp_path / "b.xlsx", {"Participants": rows}))
        assert summary.offices_added == ["VAN"]
    finally:
        bare.close()


def test_optional_columns_normalize_maps(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "extra.xlsx",
        {
            "Participants": [[*P_HEAD, "Engelli"], ["P1", "A", "B", "K", None, "SY", "Evet"]],
            "Groups": [
                [*G_HEAD, "Kolaylaştırıcı", "Başlangıç Tarihi", "Bitiş Tarihi", "Açıklama"],
                ["G1", "FGD", "Odak", "Leyla", "01.03.2024", "30.03.2024", "Kadınlar"],
            ],
            "Sessions": [
                [*S_HEAD, "Yer", "Saat"],
                ["S1", "G1", "02.03.2024", None, "Salon", dt.time(9, 30)],
                ["S2", "G1", "03.03.2024", None, None, "14.00"],
            ],
        },
    )
    import_workbook(db, path)
    with db.read() as s:
        person = s.scalars(select(Participant)).one()
        group = s.scalars(select(Group)).one()
        times = dict(s.execute(select(Session.external_id, Session.start_time)).all())
        place = s.scalar(select(Session.place).where(Session.external_id == "S1"))
    assert person.disability == "yes"
    assert (group.facilitator, group.start_date, group.end_date, group.description) == (
        "Leyla",
        dt.date(2024, 3, 1),
        dt.date(2024, 3, 30),
        "Kadınlar",
    )
    assert times == {"S1": "09:30", "S2": "14:00"} and place == "Salon"

    bad = write_xlsx(
        tmp_path / "bad_extra.xlsx",
        {
            "Groups": [
                [*G_HEAD, "start_date", "end_date"],
                ["G2", "FGD", "X", "1990", "01.01.2024"],  # a bare year is no start date
                ["G3", "FGD", "Y", "05.01.2024", "01.01.2024"],  # ends before it starts
            ],
            "Sessions": [[*S_HEAD, "start_time"], ["S9", "G1", "01.01.2024", None, "25:00"]],
        },
    )
    assert where(failed(db, bad)) == {
        ("Groups", 2, "start_date"),
        ("Groups", 3, "end_date"),
        ("Sessions", 2, "start_time"),
    }
