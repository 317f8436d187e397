"""Offices and this database's own office identity."""

from __future__ import annotations

import re

from sqlalchemy import select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Office
from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.records import OfficeRecord
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.common import insert_record, update_record

_CODE = re.compile(r"^[A-Za-z0-9_-]{2,32}$")


def _record(office: Office) -> OfficeRecord:
    return OfficeRecord(office.id, office.uuid, office.code, office.name)


def ensure_office(db: Database, code: str, name: str | None = None) -> OfficeRecord:
    """Return office ``code``, creating it (or updating its name) as needed."""
    db.require(Action.REGISTER)
    code = (code or "").strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            {
                "code": translate(
                    "Services",
                    'The office code "{code}" should be 2-32 letters, digits, - or _.',
                    code=code,
                )
            }
        )
    with db.write() as writer:
        office = writer.session.scalar(select(Office).where(Office.code == code))
        if office is None:
            office = insert_record(writer, Office, {"code": code, "name": (name or code).strip()})
        elif name and name.strip() != office.name:
            update_record(writer, office, {"name": name.strip()})
        return _record(office)


def setup_office(db: Database, code: str, name: str) -> OfficeRecord:
    """First start: create the office and make it this database's own."""
    db.require(Action.CHANGE_SETTINGS)
    if not (name or "").strip():
        raise ValidationError({"name": translate("Services", "The office name is required.")})
    office = ensure_office(db, code, name)
    db.set_setting("office_code", office.code)
    return office


def list_offices(db: Database) -> list[OfficeRecord]:
    with db.read() as session:
        rows = session.scalars(
            select(Office).where(Office.deleted.is_(False)).order_by(Office.code)
        )
        return [_record(o) for o in rows]


def current_office(db: Database) -> OfficeRecord | None:
    code = db.office_code
    if code is None:
        return None
    with db.read() as session:
        office = session.scalar(select(Office).where(Office.code == code))
        return _record(office) if office else None
