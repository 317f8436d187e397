"""Load the live participants of a database as the matcher's plain records.

One query over the participants joined to their office, read through the
database's read session; no ORM objects are built (200,000 of them would cost
seconds and hundreds of megabytes for the dozen columns the matcher needs).
"""

from __future__ import annotations

from sqlalchemy import and_, select

from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.db.models import Office, Participant
from ttk_desktop.core.erased import ERASED_NAME
from ttk_desktop.core.identity.records import PersonRecord


def read_people(db: Database) -> list[PersonRecord]:
    """Every participant that is not deleted, erased nor an alias of another, in id order."""
    p = Participant
    query = (
        select(
            p.uuid,
            Office.code,
            p.external_id,
            p.first_name,
            p.last_name,
            p.first_name_ar,
            p.last_name_ar,
            p.gender,
            p.birth_date,
            p.birth_date_estimated,
            p.nationality,
            p.phone,
        )
        .join(Office, Office.id == p.office_id)
        .where(p.deleted.is_(False), p.alias_of.is_(None))
        # Erased people all bear the same names: they are nobody's duplicate.
        .where(~and_(p.first_name == ERASED_NAME, p.last_name == ERASED_NAME))
        .order_by(p.id)
    )
    with db.read() as session:
        return [
            PersonRecord(
                uuid=row[0],
                office=row[1],
                external_id=row[2],
                first_name=row[3],
                last_name=row[4],
                first_name_ar=row[5],
                last_name_ar=row[6],
                gender=row[7],
                birth_date=row[8],
                birth_date_estimated=bool(row[9]),
                nationality=row[10],
                phone=row[11],
            )
            for row in session.execute(query)
        ]
