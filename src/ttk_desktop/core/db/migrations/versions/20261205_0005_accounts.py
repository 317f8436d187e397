"""accounts of the PC's database; the audit log can only grow

Revision ID: 20261205_0005
Revises: 20261204_0004
Create Date: 2026-12-05

Issue #16. ``accounts`` is local (never exchanged). Two triggers keep the
audit log append-only for every program that writes through SQLite, the app's
own services included: rows cannot be deleted, and an update may only blank a
row's recorded values (``changes``) when a person's data is erased on request.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261205_0005"
down_revision = "20261204_0004"
branch_labels = None
depends_on = None

ERASED_CHANGES = '{"erased": true}'


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_accounts_name")),
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor "
        "OR NEW.action IS NOT OLD.action OR NEW.table_name IS NOT OLD.table_name "
        "OR NEW.record_uuid IS NOT OLD.record_uuid OR NEW.hlc IS NOT OLD.hlc "
        f"OR NEW.changes IS NOT '{ERASED_CHANGES}' "
        "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_log_no_update")
    op.execute("DROP TRIGGER audit_log_no_delete")
    op.drop_table("accounts")
