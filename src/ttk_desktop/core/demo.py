"""A realistic demo office: Turkish and Arabic names and a year of the unit's activities.

Also builds offices of any size for the benchmarks, so it writes with Core bulk
inserts in one transaction rather than one service call per record.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from ttk_desktop.core import vocab
from ttk_desktop.core.db.engine import Database, Writer
from ttk_desktop.core.db.models import Attendance, Group, GroupMember, Participant, Session
from ttk_desktop.core.errors import DatabaseNotEmptyError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action
from ttk_desktop.core.services.offices import ensure_office, setup_office
from ttk_desktop.core.services.participants import search_keys

# (Latin, Arabic) first names by gender, and family names; common in the unit's offices.
FEMALE_NAMES = [
    ("Fatma", "فاطمة"),
    ("Ayşe", "عائشة"),
    ("Zeynep", "زينب"),
    ("Meryem", "مريم"),
    ("Hatice", "خديجة"),
    ("Esra", "إسراء"),
    ("Rama", "راما"),
    ("Nour", "نور"),
    ("Heba", "هبة"),
    ("Rana", "رنا"),
    ("Leyla", "ليلى"),
    ("Şule", "شولة"),
    ("Gülşen", None),
    ("Elif", None),
    ("İrem", None),
    ("Aya", "آية"),
    ("Yasmin", "ياسمين"),
    ("Hiba", "هبة"),
    ("Duaa", "دعاء"),
    ("Büşra", "بشرى"),
]
MALE_NAMES = [
    ("Mehmet", None),
    ("Muhammed", "محمد"),
    ("Ahmet", "أحمد"),
    ("Ali", "علي"),
    ("Hüseyin", "حسين"),
    ("Mustafa", "مصطفى"),
    ("Omar", "عمر"),
    ("Halil", "خليل"),
    ("Yusuf", "يوسف"),
    ("İbrahim", "إبراهيم"),
    ("Khaled", "خالد"),
    ("Mahmoud", "محمود"),
    ("Emre", None),
    ("Oğuz", None),
    ("Abdullah", "عبد الله"),
    ("Hasan", "حسن"),
    ("Samer", "سامر"),
    ("Rami", "رامي"),
    ("Kerem", None),
    ("Bilal", "بلال"),
]
FAMILY_NAMES = [
    ("Yılmaz", None),
    ("Kaya", None),
    ("Demir", None),
    ("Şahin", None),
    ("Çelik", None),
    ("Öztürk", None),
    ("Aydın", None),
    ("Işık", None),
    ("Al-Hassan", "الحسن"),
    ("Al-Ahmad", "الأحمد"),
    ("Haddad", "حداد"),
    ("Khalil", "خليل"),
    ("Darwish", "درويش"),
    ("Hamdan", "حمدان"),
    ("Najjar", "النجار"),
    ("Sabbagh", "الصباغ"),
    ("Othman", "عثمان"),
    ("Hussein", "حسين"),
    ("Qassem", "قاسم"),
    ("Ibrahim", "إبراهيم"),
]
GROUP_PLAN = [
    ("refugee_assembly", "Mülteciler Meclisi", 24),
    ("children_assembly", "Çocuk Meclisi", 20),
    ("solidarity_group", "Kadın Dayanışma Grubu", 16),
    ("solidarity_group", "Gençlik Dayanışma Grubu", 12),
    ("information_session", "Haklara Erişim Bilgilendirme Oturumları", 18),
    ("awareness_activity", "Dünya Mülteciler Günü Farkındalık Çalışması", 2),
    ("needs_analysis", "Mahalle İhtiyaç Analizi", 4),
    ("focus_group_discussion", "Kadın Sağlığı Odak Grup Görüşmesi", 3),
    ("stakeholder_meeting", "Yerel Paydaş Buluşması", 4),
]
TOPICS = [
    "Geçici koruma ve kayıt işlemleri",
    "Sağlık hizmetlerine erişim",
    "Eğitim hakkı",
    "Çalışma izni",
    "Toplumsal cinsiyet eşitliği",
    "Çocuk hakları",
    "Sosyal uyum",
    "Hukuki danışmanlık",
    "Psikososyal destek",
    "Meclis gündemi ve öneriler",
]
PLACES = ["Toplum Merkezi Salon 1", "Toplum Merkezi Salon 2", "Çocuk Alanı", "Bahçe"]
NATIONALITY_WEIGHTS = [("SY", 62), ("TR", 32), ("AF", 2), ("IQ", 2), ("IR", 1), ("stateless", 1)]


@dataclass(frozen=True)
class DemoSize:
    participants: int = 400
    sessions: int | None = None  # default: GROUP_PLAN's sessions x offices
    attendances: int | None = None  # default: about 12 per session


def _rows_identity(writer: Writer, origin: str) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "origin": origin, "hlc": writer.stamp(), "deleted": False}


def _pair_identity(writer: Writer) -> dict[str, Any]:
    return {"hlc": writer.stamp(), "deleted": False}


def _birth_date(rng: random.Random, year: int, children_share: float) -> tuple[dt.date, bool]:
    roll = rng.random()
    if roll < children_share:
        age = rng.randint(3, 17)
    elif roll < 0.985:
        age = rng.randint(18, 59)
    else:
        age = rng.randint(60, 80)
    born = dt.date(year - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if rng.random() < 0.08:  # some people only know their year of birth
        return dt.date(born.year, 1, 1), True
    return born, False


def _chunks(rows: list[dict[str, Any]], size: int = 20000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def build_demo(
    db: Database,
    size: DemoSize | None = None,
    *,
    year: int | None = None,
    seed: int = 2021,
    office_code: str = "IST",
    office_name: str = "İstanbul Toplum Merkezi",
) -> dict[str, int]:
    """Fill ``db`` with a demo office; returns counts of what was written.

    Raises:
        DatabaseNotEmptyError: ``db`` already holds participants or groups (the
            demo's register ids would collide with them, and demo people must
            never mix with real ones).
    """
    db.require(Action.CHANGE_DATA)
    _refuse_unless_empty(db)
    size = size or DemoSize()
    rng = random.Random(seed)
    year = year or dt.date.today().year
    if db.office_code is None:
        setup_office(db, office_code, office_name)
    office = ensure_office(db, db.office_code or office_code)
    origin = office.code
    today = dt.date.today()
    with db.write() as writer:
        people = _insert_people(writer, rng, size.participants, office.id, origin, year)
        sessions, groups = _insert_groups_and_sessions(writer, rng, size, office.id, origin, year)
        # Planned sessions later than today exist but nobody has attended them yet.
        held = [s for s in sessions if s[1] <= today] or sessions
        attendance = _insert_attendance(writer, rng, size, people, held, groups, origin, year)
    return {
        "participants": len(people),
        "groups": len(groups),
        "sessions": len(sessions),
        "attendances": attendance,
    }


def _refuse_unless_empty(db: Database) -> None:
    with db.read() as session:
        # Deleted rows count too: they keep their register ids.
        held = session.scalar(select(Participant.id).limit(1)) is not None
        held = held or session.scalar(select(Group.id).limit(1)) is not None
    if held:
        raise DatabaseNotEmptyError(
            translate(
                "Demo",
                "{path} already holds participants or groups. The demo fills only an empty "
                "database, so nothing was written. Use a new file name instead; the demo "
                "creates the file.",
                path=db.path,
            ),
            db.path,
        )


def _insert_people(
    writer: Writer, rng: random.Random, count: int, office_id: int, origin: str, year: int
) -> list[tuple[int, dt.date]]:
    names = [n for n, _ in NATIONALITY_WEIGHTS]
    weights = [w for _, w in NATIONALITY_WEIGHTS]
    rows = []
    for n in range(count):
        female = rng.random() < 0.6
        first, first_ar = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        last, last_ar = rng.choice(FAMILY_NAMES)
        nationality = rng.choices(names, weights)[0]
        if nationality == "TR":
            first_ar = last_ar = None
        born, estimated = _birth_date(rng, year, 0.38)
        phone: str | None = (
            f"05{rng.randint(30, 59)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        external_id = f"K{n + 1:06d}"
        registered = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
        if rng.random() >= 0.8:  # one in five has no phone
            phone = None
        rows.append(
            {
                **_rows_identity(writer, origin),
                "office_id": office_id,
                "external_id": external_id,
                "first_name": first,
                "last_name": last,
                "first_name_ar": first_ar,
                "last_name_ar": last_ar,
                "gender": vocab.FEMALE if female else vocab.MALE,
                "birth_date": born,
                "birth_date_estimated": estimated,
                "nationality": nationality,
                "phone": phone,
                "consent_given": True,
                "consent_date": registered,
                "disability": rng.choice([None, None, "no", "no", "yes"]),
                "notes": None,
                **search_keys(first, last, first_ar, last_ar, phone, external_id),
            }
        )
    first_id = _next_id(writer, Participant)
    for chunk in _chunks(rows):
        writer.session.execute(insert(Participant), chunk)
    return [(first_id + i, row["birth_date"]) for i, row in enumerate(rows)]


def _next_id(writer: Writer, model: Any) -> int:
    from sqlalchemy import func, select

    return int(writer.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _insert_groups_and_sessions(
    writer: Writer, rng: random.Random, size: DemoSize, office_id: int, origin: str, year: int
) -> tuple[list[tuple[int, dt.date, int]], list[tuple[int, str]]]:
    base_sessions = sum(n for _, _, n in GROUP_PLAN)
    wanted = size.sessions or base_sessions
    repeat = max(1, -(-wanted // base_sessions))
    group_rows, plan = [], []
    for r in range(repeat):
        for g_index, (kind, name, n_sessions) in enumerate(GROUP_PLAN):
            label = name if repeat == 1 else f"{name} {r + 1}"
            group_rows.append(
                {
                    **_rows_identity(writer, origin),
                    "office_id": office_id,
                    "external_id": f"G{r * len(GROUP_PLAN) + g_index + 1:04d}",
                    "type": kind,
                    "name": label,
                    "facilitator": rng.choice(["Elif Kaya", "Samer Haddad", "Zeynep Demir"]),
                    "start_date": dt.date(year, 1, 10),
                    "end_date": dt.date(year, 12, 20),
                    "description": None,
                }
            )
            plan.append((kind, n_sessions))
    first_group = _next_id(writer, Group)
    writer.session.execute(insert(Group), group_rows)
    groups = [(first_group + i, kind) for i, (kind, _) in enumerate(plan)]
    session_rows, meta = [], []
    counter = 0
    for (group_id, _kind), (_, n_sessions) in zip(groups, plan, strict=True):
        for k in range(n_sessions):
            if counter >= wanted:
                break
            counter += 1
            day = dt.date(year, 1, 15) + dt.timedelta(days=int(k * 340 / max(n_sessions, 1)))
            day += dt.timedelta(days=rng.randint(0, 6))
            session_rows.append(
                {
                    **_rows_identity(writer, origin),
                    "group_id": group_id,
                    "office_id": office_id,
                    "external_id": f"S{counter:06d}",
                    "date": min(day, dt.date(year, 12, 31)),
                    "start_time": rng.choice(["10:00", "13:30", "15:00"]),
                    "end_time": None,
                    "topic": rng.choice(TOPICS),
                    "place": rng.choice(PLACES),
                }
            )
            meta.append((group_id, session_rows[-1]["date"]))
    first_session = _next_id(writer, Session)
    for chunk in _chunks(session_rows):
        writer.session.execute(insert(Session), chunk)
    sessions = [(first_session + i, day, gid) for i, (gid, day) in enumerate(meta)]
    return sessions, groups


def _insert_attendance(
    writer: Writer,
    rng: random.Random,
    size: DemoSize,
    people: list[tuple[int, dt.date]],
    sessions: list[tuple[int, dt.date, int]],
    groups: list[tuple[int, str]],
    origin: str,
    year: int,
) -> int:
    if not people or not sessions:
        return 0
    per_session = max(1, (size.attendances or 12 * len(sessions)) // len(sessions))
    per_session = min(per_session, len(people))
    children = [pid for pid, born in people if year - born.year < 18] or [p for p, _ in people]
    # Each group draws from its own pool of regulars so members repeat across sessions.
    pools: dict[int, list[int]] = {}
    for group_id, kind in groups:
        source = children if kind == vocab.CHILDREN_ASSEMBLY else [p for p, _ in people]
        pool_size = min(len(source), max(per_session * 2, 30))
        pools[group_id] = rng.sample(source, pool_size)
    rows, members = [], set()
    for session_id, _day, group_id in sessions:
        pool = pools[group_id]
        for pid in rng.sample(pool, min(per_session, len(pool))):
            rows.append({**_pair_identity(writer), "session_id": session_id, "participant_id": pid})
            members.add((group_id, pid))
    for chunk in _chunks(rows):
        writer.session.execute(insert(Attendance), chunk)
    member_rows = [
        {**_pair_identity(writer), "group_id": g, "participant_id": p, "joined_on": None}
        for g, p in sorted(members)
    ]
    for chunk in _chunks(member_rows):
        writer.session.execute(insert(GroupMember), chunk)
    return len(rows)
