"""Which fields of each synchronised table travel, and their clocks (field versions).

Every local change of a field after the record was made writes the field's
version (see :class:`~ttk_desktop.core.db.models.FieldVersion`); the merge
compares them. Derived columns (a participant's search and sort keys) do not
travel: the receiving database derives them again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ttk_desktop.core.db.models import FieldVersion

# Columns that travel, per table, in the order the data file stores them. A
# reference to another record is named by the referenced record (office code,
# group), not by this database's local id.
FIELDS: dict[str, tuple[str, ...]] = {
    "offices": ("name", "deleted"),
    "participants": (
        "office_id",
        "external_id",
        "first_name",
        "last_name",
        "first_name_ar",
        "last_name_ar",
        "gender",
        "birth_date",
        "birth_date_estimated",
        "nationality",
        "phone",
        "consent_given",
        "consent_date",
        "disability",
        "notes",
        "deleted",
    ),
    "groups": (
        "office_id",
        "external_id",
        "type",
        "name",
        "facilitator",
        "start_date",
        "end_date",
        "description",
        "deleted",
    ),
    "sessions": (
        "group_id",
        "office_id",
        "external_id",
        "date",
        "start_time",
        "end_time",
        "topic",
        "place",
        "deleted",
    ),
    # Decisions name people by global id (see core/identity/decisions.py).
    "identity_decisions": ("kind", "person_a", "person_b", "decided_at", "deleted"),
}
DERIVED = {"participants": ("search_text", "sort_key")}
# Fields holding dates: stored as ISO text in data files and conflict logs.
DATE_FIELDS = {"birth_date", "consent_date", "start_date", "end_date", "date", "joined_on"}


def derived_keys(values: dict[str, Any]) -> dict[str, str]:
    """A participant's search and sort keys from its (merged) field values."""
    from ttk_desktop.core.services.participants import search_keys

    return search_keys(
        values["first_name"],
        values["last_name"],
        values.get("first_name_ar"),
        values.get("last_name_ar"),
        values.get("phone"),
        values.get("external_id"),
    )


def dialect_insert(session: Session, table: Table) -> Any:
    """An INSERT with ``ON CONFLICT`` clauses in the dialect of the session's database.

    SQLite and PostgreSQL both spell them ``ON CONFLICT``, so the merge's SQL
    stays portable to a PostgreSQL headquarters (no ``INSERT OR ...``).
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    return insert(table)


def upsert(session: Session, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """INSERT ... ON CONFLICT (keys) DO UPDATE, in the dialect of the session's database."""
    if not rows:
        return
    stmt = dialect_insert(session, table)
    others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    session.execute(stmt.on_conflict_do_update(index_elements=keys, set_=others), rows)


def record_versions(
    session: Session,
    table_name: str,
    record_id: int,
    fields: list[str],
    stamp: int,
    base: int,
    office: str,
) -> None:
    """Note that ``fields`` of a record changed here at ``stamp``, having seen ``base``."""
    travelling = FIELDS.get(table_name)
    if travelling is None:
        return
    rows = [
        {
            "table_name": table_name,
            "record_id": record_id,
            "field": field,
            "stamp": stamp,
            "base": base,
            "office": office,
        }
        for field in fields
        if field in travelling
    ]
    upsert(session, FieldVersion.__table__, rows, ["table_name", "record_id", "field"])  # type: ignore[arg-type]
