"""The office database's tables. Every model is imported here so Alembic sees them all."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ttk_desktop.core.db.base import Base, PairMixin, SyncedMixin


class Office(SyncedMixin, Base):
    """A field office (community centre) that registers people and runs groups."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Participant(SyncedMixin, Base):
    """A registered person (refugee or host-community member)."""

    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("office_id", "external_id"),
        Index("ix_participants_sort_key", "sort_key"),
        # The search index catches up with "what changed since" on every search.
        Index("ix_participants_hlc", "hlc"),
    )

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), nullable=False, index=True)
    # The office's own register number ("Katılımcı No"), unique within the office.
    external_id: Mapped[str | None] = mapped_column(String(64))
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    first_name_ar: Mapped[str | None] = mapped_column(String(100))
    last_name_ar: Mapped[str | None] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(16), nullable=False, default="not_stated")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # True when only the year is known: birth_date is then 1 January of that year.
    birth_date_estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # ISO 3166-1 alpha-2, or "stateless" / "unknown".
    nationality: Mapped[str] = mapped_column(String(16), nullable=False, default="unknown")
    phone: Mapped[str | None] = mapped_column(String(32))
    consent_given: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # AGD diversity: "yes", "no" or None when not asked.
    disability: Mapped[str | None] = mapped_column(String(8))
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded names, phone and ids for accent-, case- and script-variant-insensitive search.
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Folded "last first" for a stable alphabetical order without SQLite LOWER().
    sort_key: Mapped[str] = mapped_column(String(220), nullable=False, default="")


class Group(SyncedMixin, Base):
    """An activity: an assembly, a solidarity group, an information session, ..."""

    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("office_id", "external_id"),)

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), nullable=False, index=True)
    external_id: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    facilitator: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)


class GroupMember(PairMixin, Base):
    """Membership of a participant in a group; a removal is a tombstone."""

    __tablename__ = "group_members"
    __table_args__ = (
        Index("ix_group_members_participant_id", "participant_id"),
        {"sqlite_with_rowid": False},
    )

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)


class Session(SyncedMixin, Base):
    """One meeting of a group on a date."""

    __tablename__ = "sessions"
    __table_args__ = (
        UniqueConstraint("office_id", "external_id"),
        Index("ix_sessions_date", "date"),
    )

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), nullable=False, index=True)
    # The office that ran the session (the statistics' office filter).
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), nullable=False, index=True)
    external_id: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    end_time: Mapped[str | None] = mapped_column(String(5))
    topic: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(200))


class Attendance(PairMixin, Base):
    """A participant present at a session; unticking leaves a tombstone.

    Keyed by (session, participant) WITHOUT ROWID: the statistics read a
    session's ticks, tombstone flag included, straight from the table's b-tree.
    """

    __tablename__ = "attendance"
    __table_args__ = (
        Index("ix_attendance_participant_session", "participant_id", "session_id"),
        {"sqlite_with_rowid": False},
    )

    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)


class AuditEntry(Base):
    """Who changed which record when, and which fields (old and new values as JSON).

    ``record_uuid`` names the record: its global id, for a membership or a tick
    the participant's (the group or session is named in ``changes``), for a
    setting its key, for an import the file's entry has none of its own.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # UTC ISO 8601
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # insert/update/delete
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    hlc: Mapped[int] = mapped_column(BigInteger, nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class Setting(Base):
    """Settings kept with the data: office identity, clock state, featured nationalities."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
