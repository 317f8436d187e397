"""identity decisions: the same person or different people; participants' alias

Revision ID: 20261204_0004
Revises: 20261204_0003
Create Date: 2026-12-04

Issue #14. ``identity_decisions`` is a synced table (it travels in data files);
``participants.alias_of`` is local and derived from it (never exchanged), so
an added nullable column is enough: no table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261204_0004"
down_revision = "20261204_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_decisions",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("person_a", sa.LargeBinary(length=16), nullable=False),
        sa.Column("person_b", sa.LargeBinary(length=16), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.LargeBinary(length=16), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_decisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_identity_decisions_uuid")),
    )
    op.add_column("participants", sa.Column("alias_of", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_participants_alias_of"), "participants", ["alias_of"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_participants_alias_of"), table_name="participants")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("alias_of")
    op.drop_table("identity_decisions")
