"""Frozen dataclasses the services return and accept.

Services never hand out ORM objects: their lazy attributes would run SQL later,
possibly on the GUI thread. These plain values are safe to pass anywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ttk_desktop.core import vocab


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    """Age in completed years on ``day``; someone born on 29 February turns a year
    older on 1 March in common years (the same rule the statistics' SQL uses)."""
    if birth is None:
        return None
    before_birthday = (day.month, day.day) < (birth.month, birth.day)
    return day.year - birth.year - int(before_birthday)


@dataclass(frozen=True)
class OfficeRecord:
    id: int
    uuid: str
    code: str
    name: str


@dataclass(frozen=True)
class ParticipantInput:
    """The editable fields of a participant (form or import)."""

    first_name: str
    last_name: str
    gender: str = "not_stated"
    birth_date: dt.date | None = None
    birth_date_estimated: bool = False
    nationality: str = "unknown"
    phone: str | None = None
    first_name_ar: str | None = None
    last_name_ar: str | None = None
    external_id: str | None = None
    office_code: str | None = None  # default: this database's office
    consent_given: bool = False
    consent_date: dt.date | None = None
    disability: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ParticipantRecord:
    id: int
    uuid: str
    office_code: str
    external_id: str | None
    first_name: str
    last_name: str
    first_name_ar: str | None
    last_name_ar: str | None
    gender: str
    birth_date: dt.date | None
    birth_date_estimated: bool
    nationality: str
    phone: str | None
    consent_given: bool
    consent_date: dt.date | None
    disability: str | None
    notes: str | None
    hlc: int
    sort_key: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def full_name_ar(self) -> str | None:
        parts = [p for p in (self.first_name_ar, self.last_name_ar) if p]
        return " ".join(parts) or None

    def age_on(self, day: dt.date) -> int | None:
        return age_on(self.birth_date, day)

    def to_input(self) -> ParticipantInput:
        return ParticipantInput(
            first_name=self.first_name,
            last_name=self.last_name,
            gender=self.gender,
            birth_date=self.birth_date,
            birth_date_estimated=self.birth_date_estimated,
            nationality=self.nationality,
            phone=self.phone,
            first_name_ar=self.first_name_ar,
            last_name_ar=self.last_name_ar,
            external_id=self.external_id,
            office_code=self.office_code,
            consent_given=self.consent_given,
            consent_date=self.consent_date,
            disability=self.disability,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ParticipantQuery:
    """Search and filters of the participants list."""

    text: str = ""
    gender: str | None = None
    nationality: str | None = None  # alpha-2, "stateless", "unknown" or "other"
    age_group: str | None = None  # "0-17", "18-59", "60+"
    office_code: str | None = None
    featured_nationalities: tuple[str, ...] = vocab.DEFAULT_FEATURED_NATIONALITIES
    today: dt.date | None = None  # age groups are computed for this day (default today)

    def birth_range(self) -> tuple[dt.date | None, dt.date] | None:
        """The age group as birth dates: (born after, born on or before); None without one.

        Age >= lo  <=>  born on or before today minus lo years; the open group
        (60+) has no lower birth date.
        """
        if not self.age_group:
            return None
        today = self.today or dt.date.today()
        bounds = {name: (lo, hi) for name, lo, hi in vocab.AGE_GROUPS}
        lo, hi = bounds[self.age_group]
        return (None if hi is None else _years_before(today, hi + 1)), _years_before(today, lo)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class ParticipantPage:
    rows: list[ParticipantRecord]
    # Keyset cursor for the next page: (sort_key, id) of the last row, None at the end.
    next_after: tuple[str, int] | None


@dataclass(frozen=True)
class GroupInput:
    type: str
    name: str
    office_code: str | None = None
    external_id: str | None = None
    facilitator: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    description: str | None = None


@dataclass(frozen=True)
class GroupRecord:
    id: int
    uuid: str
    office_code: str
    external_id: str | None
    type: str
    name: str
    facilitator: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    description: str | None
    member_count: int = 0
    session_count: int = 0

    def to_input(self) -> GroupInput:
        return GroupInput(
            type=self.type,
            name=self.name,
            office_code=self.office_code,
            external_id=self.external_id,
            facilitator=self.facilitator,
            start_date=self.start_date,
            end_date=self.end_date,
            description=self.description,
        )


@dataclass(frozen=True)
class SessionInput:
    group_id: int
    date: dt.date
    start_time: str | None = None  # "HH:MM"
    end_time: str | None = None
    topic: str | None = None
    place: str | None = None
    external_id: str | None = None
    office_code: str | None = None  # default: the group's office


@dataclass(frozen=True)
class SessionRecord:
    id: int
    uuid: str
    group_id: int
    group_name: str
    group_type: str
    facilitator: str | None
    office_code: str
    external_id: str | None
    date: dt.date
    start_time: str | None
    end_time: str | None
    topic: str | None
    place: str | None
    present_count: int = 0

    def to_input(self) -> SessionInput:
        return SessionInput(
            group_id=self.group_id,
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            topic=self.topic,
            place=self.place,
            external_id=self.external_id,
            office_code=self.office_code,
        )


@dataclass(frozen=True)
class AttendanceRow:
    """One line of a session's attendance screen or printed sheet."""

    participant: ParticipantRecord
    present: bool
    member: bool


@dataclass(frozen=True)
class ParticipantHistory:
    participant: ParticipantRecord
    groups: list[GroupRecord] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
