"""What a viewer does not see: phone numbers, birth dates and free-text notes.

Applied by the read services to every participant record they return, so a
viewer's lists, searches and member lists never carry these fields, whatever
program shows them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ttk_desktop.core.records import ParticipantRecord
from ttk_desktop.core.security.roles import Action

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database


def visible(db: Database, record: ParticipantRecord) -> ParticipantRecord:
    """``record`` as the logged-in account may see it."""
    if db.may(Action.VIEW_PERSONAL_DATA):
        return record
    return dataclasses.replace(record, phone=None, birth_date=None, notes=None, disability=None)


def visible_all(db: Database, records: Iterable[ParticipantRecord]) -> list[ParticipantRecord]:
    if db.may(Action.VIEW_PERSONAL_DATA):
        return list(records)
    return [visible(db, record) for record in records]
