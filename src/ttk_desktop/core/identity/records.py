"""Plain records the matcher reads and returns (no ORM objects, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One live participant as the matcher sees them.

    ``birth_date_estimated`` True means only the year is known and
    ``birth_date`` is 1 January of that year.
    """

    uuid: str
    office: str
    external_id: str | None
    first_name: str
    last_name: str
    first_name_ar: str | None = None
    last_name_ar: str | None = None
    gender: str = "not_stated"
    birth_date: dt.date | None = None
    birth_date_estimated: bool = False
    nationality: str = "unknown"
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """Why two records look alike (or not): a stable code and its translated text."""

    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two records that may be the same person, with a score in 0..1 and the reasons."""

    a: PersonRecord
    b: PersonRecord
    score: float
    reasons: tuple[Reason, ...]

    def to_json(self) -> dict[str, object]:
        """The pair as the CLI's ``--json`` prints it."""

        def ref(person: PersonRecord) -> dict[str, str | None]:
            return {"uuid": person.uuid, "office": person.office, "external_id": person.external_id}

        return {
            "a": ref(self.a),
            "b": ref(self.b),
            "score": round(self.score, 3),
            "reasons": [reason.text for reason in self.reasons],
            "reason_codes": [reason.code for reason in self.reasons],
        }
