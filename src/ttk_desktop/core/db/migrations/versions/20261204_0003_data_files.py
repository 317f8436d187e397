"""office data files: field clocks, conflicts, exports, received files, pinned keys

Revision ID: 20261204_0003
Revises: 20261204_0002
Create Date: 2026-12-04

Issue #13: what the export and the field-by-field merge keep.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261204_0003"
down_revision = "20261204_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("kept_stamp", sa.BigInteger(), nullable=False),
        sa.Column("other_stamp", sa.BigInteger(), nullable=False),
        sa.Column("kept_office", sa.String(length=32), nullable=False),
        sa.Column("other_office", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("logged_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint(
            "record_uuid",
            "field",
            "kept_stamp",
            "other_stamp",
            name=op.f("uq_conflicts_record_uuid_field_kept_stamp_other_stamp"),
        ),
    )
    op.create_table(
        "exports",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("recipients", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("since", sa.BigInteger(), nullable=False),
        sa.Column("until", sa.BigInteger(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("follows", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_exports")),
    )
    op.create_table(
        "field_versions",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("stamp", sa.BigInteger(), nullable=False),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.Column("office", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", "field", name=op.f("pk_field_versions")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "pinned_keys",
        sa.Column("database_id", sa.String(length=64), nullable=False),
        sa.Column("office", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("pinned_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("database_id", name=op.f("pk_pinned_keys")),
    )
    op.create_table(
        "received_files",
        sa.Column("database_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("office", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("follows", sa.Integer(), nullable=True),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("newest", sa.BigInteger(), nullable=False),
        sa.Column("merged_at", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("database_id", "seq", name=op.f("pk_received_files")),
    )
    op.create_index(op.f("ix_received_files_office"), "received_files", ["office"], unique=False)


def downgrade() -> None:
    for table in ("received_files", "pinned_keys", "field_versions", "exports", "conflicts"):
        op.drop_table(table)
