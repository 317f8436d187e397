"""Offices, headquarters and their data files for the exchange tests: real files, real databases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.exchange import export_data_file, merge_data_files
from ttk_desktop.core.exchange.keys import init_keys, load_identity
from ttk_desktop.core.records import GroupInput, ParticipantInput, SessionInput
from ttk_desktop.core.services.groups import create_group
from ttk_desktop.core.services.offices import setup_office
from ttk_desktop.core.services.participants import (
    create_participant,
    get_participant,
    update_participant,
)
from ttk_desktop.core.services.sessions import create_session, set_attendance
from ttk_desktop.core.statistics import StatsFilter, compute_statistics, to_json_dict

PASSPHRASE = "doğru at pili zımba"
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@dataclass
class Keys:
    public: str
    identity: Any
    private: Path

    @classmethod
    def make(cls, folder: Path) -> Keys:
        public, private = init_keys(folder, PASSPHRASE)
        return cls(public.read_text().strip(), load_identity(private, PASSPHRASE), private)


def new_office(path: Path, code: str, people: int = 6, *, seed: int = 0) -> Database:
    """An office with people, a group, two sessions and some attendance."""
    db = open_database(path, actor=f"staff-{code}")
    setup_office(db, code, f"{code} Toplum Merkezi")
    ids = [
        create_participant(
            db,
            ParticipantInput(
                f"Ad{seed + n}",
                f"Soyad{code}{n}",
                gender=("female", "male")[n % 2],
                birth_date=dt.date(1980 + n, 1 + n % 12, 1 + n),
                nationality=("SY", "TR", "AF")[n % 3],
                phone=f"0532 000 {seed + n:04d}",
                external_id=f"{code}-P{n:03d}",
            ),
        ).id
        for n in range(people)
    ]
    group = create_group(
        db, GroupInput("refugee_assembly", f"Meclis {code}", external_id=f"{code}-G1")
    )
    for day in (dt.date(2025, 3, 1), dt.date(2025, 4, 1)):
        session = create_session(db, SessionInput(group.id, day, external_id=f"{code}-{day:%m}"))
        for pid in ids[::2] if day.month == 3 else ids[1::2]:
            set_attendance(db, session.id, pid, True)
    return db


def new_hq(path: Path) -> Database:
    db = open_database(path, actor="hq")
    setup_office(db, "HQ", "Genel Merkez")
    return db


def export(db: Database, keys: Keys, folder: Path, *, full: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_data_file(db, [keys.public], folder=folder, full=full).path


def merge(db: Database, keys: Keys, *paths: Path) -> list[Any]:
    return merge_data_files(db, list(paths), [keys.identity], confirm_pin=lambda _o, _f: True)


def content(db: Database) -> dict[str, Any]:
    """Everything that travels, by global identity: what two converged databases share."""
    con = sqlite3.connect(db.path)
    try:
        out: dict[str, Any] = {}
        out["offices"] = sorted(con.execute("SELECT code, name, deleted FROM offices"))
        out["participants"] = sorted(
            con.execute(
                "SELECT p.uuid, o.code, external_id, first_name, last_name, first_name_ar, "
                "last_name_ar, gender, birth_date, birth_date_estimated, nationality, phone, "
                "consent_given, consent_date, disability, notes, search_text, sort_key, "
                "p.deleted, p.hlc FROM participants p JOIN offices o ON o.id = p.office_id"
            )
        )
        out["groups"] = sorted(
            con.execute(
                "SELECT g.uuid, o.code, external_id, type, g.name, facilitator, start_date, "
                "end_date, description, g.deleted, g.hlc FROM groups g "
                "JOIN offices o ON o.id = g.office_id"
            )
        )
        out["sessions"] = sorted(
            con.execute(
                "SELECT s.uuid, g.uuid, o.code, s.external_id, date, start_time, end_time, topic, "
                "place, s.deleted, s.hlc FROM sessions s JOIN groups g ON g.id = s.group_id "
                "JOIN offices o ON o.id = s.office_id"
            )
        )
        out["attendance"] = sorted(
            con.execute(
                "SELECT s.uuid, p.uuid, a.hlc, a.deleted FROM attendance a "
                "JOIN sessions s ON s.id = a.session_id "
                "JOIN participants p ON p.id = a.participant_id"
            )
        )
        out["members"] = sorted(
            con.execute(
                "SELECT g.uuid, p.uuid, m.joined_on, m.hlc, m.deleted FROM group_members m "
                "JOIN groups g ON g.id = m.group_id JOIN participants p ON p.id = m.participant_id"
            )
        )
        return out
    finally:
        con.close()


def stats(db: Database, office: str | None = None) -> dict[str, Any]:
    return to_json_dict(compute_statistics(db, StatsFilter(*YEAR, office_code=office)))


def edit(db: Database, external_id: str, **changes: object) -> None:
    """Change fields of one person through the service, as the form does."""
    pid = person(db, external_id)
    record = get_participant(db, pid)
    data = ParticipantInput(
        record.first_name,
        record.last_name,
        gender=record.gender,
        birth_date=record.birth_date,
        birth_date_estimated=record.birth_date_estimated,
        nationality=record.nationality,
        phone=record.phone,
        first_name_ar=record.first_name_ar,
        last_name_ar=record.last_name_ar,
        external_id=record.external_id,
        consent_given=record.consent_given,
        consent_date=record.consent_date,
        disability=record.disability,
        notes=record.notes,
    )
    update_participant(db, pid, dataclasses.replace(data, **changes))  # type: ignore[arg-type]


def person(db: Database, external_id: str) -> int:
    from sqlalchemy import select

    from ttk_desktop.core.db.models import Participant

    with db.read() as session:
        found = session.scalar(select(Participant.id).where(Participant.external_id == external_id))
    assert found is not None, external_id
    return found


def field(db: Database, external_id: str, name: str) -> object:
    return getattr(get_participant(db, person(db, external_id)), name)
