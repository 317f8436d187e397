"""compact schema: 16-byte ids, integer clock stamps, pairs WITHOUT ROWID

Revision ID: 20261204_0002
Revises: 20261125_0001
Create Date: 2026-12-04

Issue #12. Global ids become 16-byte blobs (36 characters of text before),
clock stamps integers (``wall_ms << 16 | counter``; 33 characters of text
before), attendance and memberships lose their own uuid, origin and id and are
keyed WITHOUT ROWID by the pair they link; the clock indexes go, but the
participants' one (the search index asks "what changed since"). Import audit
entries keep the file and how many records it added instead of every new id.

Every table is rebuilt once: new tables beside the old, rows copied with their
values converted, old tables dropped, new ones renamed, indexes made last (their
names are global in SQLite). It runs in the one transaction of the upgrade.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "20261204_0002"
down_revision = "20261125_0001"
branch_labels = None
depends_on = None

NEW = "_new_"
# The text stamp "<13-digit ms>-<6-digit counter>-<node>" as the integer stamp.
HLC = (
    "((CAST(substr({c}, 1, 13) AS INTEGER) << 16)"
    " | min(CAST(substr({c}, 15, 6) AS INTEGER), 65535))"
)
UUID = "ttk_uuid_blob({c})"

# Columns of each table, and how the old value becomes the new one.
COPY = {
    "offices": ["code", "name"],
    "participants": [
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
        "search_text",
        "sort_key",
    ],
    "groups": [
        "office_id",
        "external_id",
        "type",
        "name",
        "facilitator",
        "start_date",
        "end_date",
        "description",
    ],
    "sessions": [
        "group_id",
        "office_id",
        "external_id",
        "date",
        "start_time",
        "end_time",
        "topic",
        "place",
    ],
}
PAIRS = {
    "group_members": ["group_id", "participant_id", "joined_on"],
    "attendance": ["session_id", "participant_id"],
}
IMPORT_CHANGES = (
    "CASE WHEN action = 'import' AND json_valid(changes) "
    "AND json_type(changes, '$.inserted') = 'array' "
    "THEN json_object('file', json_extract(changes, '$.file'), "
    "'added', json_array_length(changes, '$.inserted')) ELSE changes END"
)


def _uuid_blob(text: str | bytes | None) -> bytes | None:
    if text is None or isinstance(text, bytes):
        return text
    return uuid.UUID(text).bytes


def upgrade() -> None:
    driver = op.get_bind().connection.driver_connection
    assert driver is not None
    driver.create_function("ttk_uuid_blob", 1, _uuid_blob, deterministic=True)
    _create_tables(NEW)
    for table, columns in COPY.items():
        names = ", ".join([*columns, "id", "uuid", "origin", "hlc", "deleted"])
        values = ", ".join(
            [*columns, "id", UUID.format(c="uuid"), "origin", HLC.format(c="hlc"), "deleted"]
        )
        op.execute(f"INSERT INTO {NEW}{table} ({names}) SELECT {values} FROM {table}")
    for table, columns in PAIRS.items():
        names = ", ".join([*columns, "hlc", "deleted"])
        values = ", ".join([*columns, HLC.format(c="hlc"), "deleted"])
        op.execute(f"INSERT INTO {NEW}{table} ({names}) SELECT {values} FROM {table}")
    op.execute(
        f"INSERT INTO {NEW}audit_log "
        "(id, at, actor, action, table_name, record_uuid, hlc, changes) "
        f"SELECT id, at, actor, action, table_name, record_uuid, {HLC.format(c='hlc')}, "
        f"{IMPORT_CHANGES} FROM audit_log"
    )
    tables = [*PAIRS, "sessions", "participants", "groups", "offices", "audit_log"]
    for table in tables:
        op.drop_table(table)
    for table in tables:
        op.rename_table(NEW + table, table)
    _create_indexes()
    op.execute(
        f"UPDATE settings SET value = CAST({HLC.format(c='value')} AS TEXT) "
        "WHERE key = 'hlc_last' AND value LIKE '%-%'"
    )


def downgrade() -> None:
    raise NotImplementedError("the compact schema cannot be taken back; restore the backup copy")


def _create_tables(prefix: str) -> None:
    op.create_table(
        prefix + "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        prefix + "offices",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
        sa.UniqueConstraint("code", name=op.f("uq_offices_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_offices_uuid")),
    )
    op.create_table(
        prefix + "groups",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_groups_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint(
            "office_id", "external_id", name=op.f("uq_groups_office_id_external_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_groups_uuid")),
    )
    op.create_table(
        prefix + "participants",
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name_ar", sa.String(length=100), nullable=True),
        sa.Column("last_name_ar", sa.String(length=100), nullable=True),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_date_estimated", sa.Boolean(), nullable=False),
        sa.Column("nationality", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("disability", sa.String(length=8), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=220), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_participants_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint(
            "office_id", "external_id", name=op.f("uq_participants_office_id_external_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_participants_uuid")),
    )
    op.create_table(
        prefix + "group_members",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_group_members_group_id_groups")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_group_members_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("group_id", "participant_id", name=op.f("pk_group_members")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        prefix + "sessions",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=True),
        sa.Column("end_time", sa.String(length=5), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_sessions_group_id_groups")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_sessions_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint(
            "office_id", "external_id", name=op.f("uq_sessions_office_id_external_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_sessions_uuid")),
    )
    op.create_table(
        prefix + "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_attendance_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_attendance_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_attendance")),
        sqlite_with_rowid=False,
    )


def _create_indexes() -> None:
    op.create_index(op.f("ix_audit_log_record_uuid"), "audit_log", ["record_uuid"], unique=False)
    op.create_index(op.f("ix_groups_office_id"), "groups", ["office_id"], unique=False)
    op.create_index(op.f("ix_groups_type"), "groups", ["type"], unique=False)
    op.create_index("ix_participants_hlc", "participants", ["hlc"], unique=False)
    op.create_index(op.f("ix_participants_office_id"), "participants", ["office_id"], unique=False)
    op.create_index("ix_participants_sort_key", "participants", ["sort_key"], unique=False)
    op.create_index(
        "ix_group_members_participant_id", "group_members", ["participant_id"], unique=False
    )
    op.create_index("ix_sessions_date", "sessions", ["date"], unique=False)
    op.create_index(op.f("ix_sessions_group_id"), "sessions", ["group_id"], unique=False)
    op.create_index(op.f("ix_sessions_office_id"), "sessions", ["office_id"], unique=False)
    op.create_index(
        "ix_attendance_participant_session",
        "attendance",
        ["participant_id", "session_id"],
        unique=False,
    )
