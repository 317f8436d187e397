"""Declarative base and the columns every synchronised record shares."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ttk_desktop.core.db.types import GlobalId

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


class ChangeMixin:
    """The change clock and tombstone every synchronised row carries.

    ``hlc`` is the hybrid-logical-clock stamp of the last change, an integer
    (see :mod:`ttk_desktop.core.clock`); ``deleted`` marks a tombstone, kept so
    a delete travels to headquarters like an edit.
    """

    hlc: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SyncedMixin(ChangeMixin):
    """A record with an identity of its own that survives merging offices.

    ``id`` is a local integer key (fast joins); ``uuid`` is the global identity
    (16 bytes stored, text in code); ``origin`` is the code of the office whose
    database created the record.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(GlobalId, unique=True, nullable=False)
    origin: Mapped[str] = mapped_column(String(32), nullable=False)


class PairMixin(ChangeMixin):
    """A link between two records (a membership, an attendance tick).

    It is identified by the pair it links, through those records' global ids,
    and needs no id of its own; the table is stored WITHOUT ROWID, keyed by
    the pair, as SQLite advises for such tables.
    """
