"""Declarative base and the columns every synchronised record shares."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Shared base; the naming convention keeps Alembic batch migrations deterministic."""

    metadata = MetaData(naming_convention=NAMING)


class SyncedMixin:
    """Identity that survives merging offices, plus the change clock and tombstone.

    ``id`` is a local integer key (fast joins); ``uuid`` is the global identity;
    ``origin`` is the code of the office whose database created the record;
    ``hlc`` is the hybrid-logical-clock stamp of the last change; ``deleted``
    marks a tombstone, kept so a delete travels to headquarters like an edit.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    origin: Mapped[str] = mapped_column(String(32), nullable=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
