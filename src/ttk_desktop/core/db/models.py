"""The office database's tables. Every model is imported here so Alembic sees them all."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
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

from ttk_desktop.core.db.base import Base, SyncedMixin


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


class GroupMember(SyncedMixin, Base):
    """Membership of a participant in a group; a removal is a tombstone."""

    __tablename__ = "group_members"
    __table_args__ = (UniqueConstraint("group_id", "participant_id"),)

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), nullable=False)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id"), nullable=False, index=True
    )
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


class Attendance(SyncedMixin, Base):
    """A participant present at a session; unticking leaves a tombstone."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        Index("ix_attendance_participant_session", "participant_id", "session_id"),
        # Covering index for the statistics: reads a session's live ticks without
        # touching the table rows.
        Index("ix_attendance_session_live", "session_id", "deleted", "participant_id"),
    )

    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), nullable=False)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), nullable=False)


class AuditEntry(Base):
    """Who changed which record when, and which fields (old and new values as JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # UTC ISO 8601
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # insert/update/delete
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class Setting(Base):
    """Settings kept with the data: office identity, clock state, featured nationalities."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
