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
from ttk_desktop.core.db.types import GlobalId


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
        Index("ix_participants_alias_of", "alias_of"),
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
    # Local and derived, never exchanged: the kept person this row is an alias of
    # (a confirmed duplicate), from the live "same" identity decisions; see
    # ``core/identity/aliases.py``. Lists hide aliases; statistics count the kept person.
    alias_of: Mapped[int | None] = mapped_column(Integer)


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


class IdentityDecision(SyncedMixin, Base):
    """Two people judged the same person ("same") or different people ("different").

    For "same", ``person_a`` is the kept person and ``person_b`` the alias. The
    record's uuid is derived from the unordered pair (see
    ``core/identity/decisions.py``), so two databases deciding the same pair make
    one record and the merge's per-field rules settle it. A split or an undone
    reject is a tombstone. People are named by global id: a decision may arrive
    before the people it names.
    """

    __tablename__ = "identity_decisions"

    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    person_a: Mapped[str] = mapped_column(GlobalId, nullable=False)
    person_b: Mapped[str] = mapped_column(GlobalId, nullable=False)
    decided_at: Mapped[str] = mapped_column(String(32), nullable=False)  # UTC ISO 8601


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


class UserAccount(Base):
    """An account of this PC's database (#16): who may log in, and with which role.

    Local: accounts never travel in data files (headquarters has its own). The
    password is not here: the database key, wrapped by a key stretched from it
    with Argon2id, lives in the key file beside the database
    (``core/security/keyfile.py``); a disabled account's copy is removed.
    """

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    disabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)


class Setting(Base):
    """Settings kept with the data: office identity, clock state, featured nationalities."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class FieldVersion(Base):
    """The clock of one field of a record, once it changed after the record was made.

    A field with no row here is "as created" (version 0). ``stamp`` is the
    change's clock stamp, ``base`` the record's stamp before it (what the
    writer had seen of the record), ``office`` the office whose database made
    it. The merge compares these field by field: see ``core/exchange/merge.py``.
    """

    __tablename__ = "field_versions"
    __table_args__ = ({"sqlite_with_rowid": False},)

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    stamp: Mapped[int] = mapped_column(BigInteger, nullable=False)
    base: Mapped[int] = mapped_column(BigInteger, nullable=False)
    office: Mapped[str] = mapped_column(String(32), nullable=False)


class Conflict(Base):
    """A field changed in two places without either having seen the other's change.

    The later change (by the clock) was kept; the other value is logged here
    for staff to review, and can be chosen instead (a new change).
    """

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("record_uuid", "field", "kept_stamp", "other_stamp"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32), nullable=False)
    record_uuid: Mapped[str] = mapped_column(GlobalId, nullable=False)
    field: Mapped[str] = mapped_column(String(32), nullable=False)
    kept_value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    other_value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    kept_stamp: Mapped[int] = mapped_column(BigInteger, nullable=False)
    other_stamp: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kept_office: Mapped[str] = mapped_column(String(32), nullable=False)
    other_office: Mapped[str] = mapped_column(String(32), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    logged_at: Mapped[str] = mapped_column(String(32), nullable=False)  # UTC ISO 8601
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[str | None] = mapped_column(String(16))  # "kept" or "other"


class ExportRecord(Base):
    """A data file this database wrote: what it held and for whom."""

    __tablename__ = "exports"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipients: Mapped[str] = mapped_column(String(64), nullable=False)  # fingerprint of the set
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    since: Mapped[int] = mapped_column(BigInteger, nullable=False)
    until: Mapped[int] = mapped_column(BigInteger, nullable=False)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False)
    follows: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)


class ReceivedFile(Base):
    """A data file merged into this database (the merge history per office)."""

    __tablename__ = "received_files"

    database_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    follows: Mapped[int | None] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, nullable=False)
    newest: Mapped[int] = mapped_column(BigInteger, nullable=False)
    merged_at: Mapped[str] = mapped_column(String(32), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    added: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    deleted: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PinnedKey(Base):
    """The signing key a sending database was first seen with; later files must match."""

    __tablename__ = "pinned_keys"

    database_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office: Mapped[str] = mapped_column(String(32), nullable=False)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)  # base64 of 32 bytes
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    pinned_at: Mapped[str] = mapped_column(String(32), nullable=False)
