"""The unit's 2021 as test data: its figures are exactly the published report's.

Published for 2021 (age method ``each``): 673 distinct participants; women 412
(61.2 %), men 261 (38.8 %); Syria 429 (63.7 %), Türkiye 216 (32.1 %), other 28
(4.2 %); ages 0-17: 259 (38.2 %), 18-59: 409 (60.3 %), 60+: 10 (1.5 %), a sum
of 678 because 5 people crossed an age boundary between two sessions they
attended in 2021.

Around them the data holds what must NOT count: sessions on 31 December 2020
and 1 January 2022 attended by people who only came then, registered people
who never attended, a deleted participant with attendance, an unticked
(tombstoned) attendance, a deleted session and a live session of a deleted
group. A session on 1 January 2021 and one on 31 December 2021 sit on the
period's edges, and one 2021 session had nobody.

Written with Core bulk inserts into the real tables (each synced row with the
uuid/origin/hlc/deleted identity ``Writer.identity()`` gives, each link its
stamp and tombstone flag), in one write.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert

from ttk_desktop.core import textfold
from ttk_desktop.core.db.engine import Database, Writer
from ttk_desktop.core.db.models import Attendance, Group, GroupMember, Participant, Session

D = dt.date
PERIOD = (D(2021, 1, 1), D(2021, 12, 31))

# (Latin, Arabic) names. Syrians carry their Arabic spelling too.
AR_FEMALE = [
    ("Fatima", "فاطمة"), ("Amal", "أمل"), ("Rania", "رانيا"), ("Huda", "هدى"),
    ("Nour", "نور"), ("Layla", "ليلى"), ("Reem", "ريم"), ("Salma", "سلمى"),
    ("Hiba", "هبة"), ("Yasmin", "ياسمين"), ("Zeinab", "زينب"), ("Asmaa", "أسماء"),
    ("Ghada", "غادة"), ("Maryam", "مريم"), ("Rasha", "رشا"), ("Lama", "لمى"),
    ("Dima", "ديما"), ("Aya", "آية"), ("Sara", "سارة"), ("Hala", "هالة"),
]  # fmt: skip
AR_MALE = [
    ("Ahmad", "أحمد"), ("Mohammad", "محمد"), ("Omar", "عمر"), ("Khaled", "خالد"),
    ("Ali", "علي"), ("Hassan", "حسن"), ("Yousef", "يوسف"), ("Mahmoud", "محمود"),
    ("Ibrahim", "إبراهيم"), ("Abdullah", "عبدالله"), ("Bilal", "بلال"), ("Hamza", "حمزة"),
    ("Tarek", "طارق"), ("Samer", "سامر"), ("Fadi", "فادي"), ("Rami", "رامي"),
    ("Walid", "وليد"), ("Anas", "أنس"), ("Mustafa", "مصطفى"), ("Ziad", "زياد"),
]  # fmt: skip
AR_LAST = [
    ("Al-Hassan", "الحسن"), ("Al-Ahmad", "الأحمد"), ("Al-Khatib", "الخطيب"),
    ("Haddad", "حداد"), ("Al-Masri", "المصري"), ("Al-Halabi", "الحلبي"),
    ("Darwish", "درويش"), ("Al-Shami", "الشامي"), ("Kanaan", "كنعان"),
    ("Al-Omar", "العمر"), ("Hamdan", "حمدان"), ("Al-Najjar", "النجار"),
    ("Al-Sabbagh", "الصباغ"), ("Al-Rifai", "الرفاعي"), ("Qassem", "قاسم"),
    ("Al-Jasem", "الجاسم"),
]  # fmt: skip
TR_FEMALE = [
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Büşra", "Esra",
    "Özlem", "Gülşen", "Şeyma", "İrem", "Derya", "Sevgi", "Nurcan", "Hülya", "Yasemin",
]  # fmt: skip
TR_MALE = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail",
    "Osman", "Yusuf", "Murat", "Emre", "Burak", "Serkan", "Oğuz", "Çağrı", "Kemal",
]  # fmt: skip
TR_LAST = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
    "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
]  # fmt: skip
# Other nationalities: Afghan, Iraqi, Iranian, Palestinian, Somali; stateless Kurds
# from Syria (maktoumeen) and people whose nationality was not recorded.
OTHER_FEMALE = ["Zahra", "Fereshta", "Shirin", "Noor", "Hawa", "Rojda", "Berivan", "Maryam"]
OTHER_MALE = ["Gul Ahmad", "Abbas", "Reza", "Jamal", "Abdirahman", "Ciwan", "Nabi", "Hussein"]
OTHER_LAST = {
    "AF": ["Ahmadi", "Karimi", "Rezaei", "Hakimi"],
    "IQ": ["Al-Jubouri", "Al-Obaidi", "Al-Dulaimi"],
    "IR": ["Hosseini", "Rahimi"],
    "PS": ["Abu Salem", "Al-Qudsi"],
    "SO": ["Warsame", "Abdi"],
    "stateless": ["Sheikho", "Osman", "Bakr"],
    "unknown": ["Ali", "Hamid"],
}
OTHER_NATIONALITIES = (
    ["IQ"] * 7 + ["AF"] * 6 + ["IR"] * 3 + ["PS"] * 2 + ["SO"] * 2 + ["stateless"] * 5
) + ["unknown"] * 3  # 28

PUBLISHED = {
    "distinct_participants": 673,
    "gender": {"female": (412, "61.2"), "male": (261, "38.8")},
    "nationality": {"SY": (429, "63.7"), "TR": (216, "32.1"), "other": (28, "4.2")},
    "age_group_each": {"0-17": (259, "38.2"), "18-59": (409, "60.3"), "60+": (10, "1.5")},
}


@dataclass
class Dataset2021:
    """What the builder created, to compare the statistics against."""

    office_id: int
    sessions: int = 0  # live sessions of live groups dated in 2021
    participations: int = 0  # counted attendance in 2021
    distinct: int = 0
    # age groups of the `first` rule, known from how the people were made
    first_age_groups: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)  # key -> group id
    people: dict[str, int] = field(default_factory=dict)  # role -> participant id
    empty_session_id: int = 0


@dataclass
class _Person:
    role: str
    born: dt.date | None
    category: str  # "child", "adult", "elder", "cross18", "cross60" or "outside" ...
    sessions: list[tuple[str, dt.date]] = field(default_factory=list)
    gender: str = "female"
    nationality: str = "SY"
    deleted: bool = False
    unticked: list[tuple[str, dt.date]] = field(default_factory=list)


# (key, type, name, facilitator, deleted)
GROUPS = [
    ("assembly", "refugee_assembly", "Mülteci Meclisi 2021", "Ayşe Yılmaz", False),
    ("children", "children_assembly", "Çocuk Meclisi", "Rania Haddad", False),
    ("women", "solidarity_group", "Kadın Dayanışma Grubu", "Derya Kaya", False),
    ("youth", "solidarity_group", "Gençlik Dayanışma Grubu", "Omar Al-Khatib", False),
    ("legal", "information_session", "Hukuki Bilgilendirme Oturumları", "Av. Kemal Demir", False),
    ("awareness", "awareness_activity", "Erken Yaşta Evlilik Farkındalık", "Huda Darwish", False),
    ("needs", "needs_analysis", "Yıllık İhtiyaç Analizi", "Ayşe Yılmaz", False),
    ("fgd", "focus_group_discussion", "Geçim Kaynakları Odak Grubu", "Murat Şahin", False),
    ("stakeholders", "stakeholder_meeting", "Paydaş Toplantısı", "Ayşe Yılmaz", False),
    ("cancelled", "awareness_activity", "Yaz Okulu (iptal edildi)", "Elif Aydın", True),
]  # fmt: skip


def _session_dates() -> dict[str, list[dt.date]]:
    """The live sessions of each group (the deleted session is added apart)."""
    months = range(1, 13)
    return {
        "assembly": [D(2021, m, 10) for m in months],
        "children": [D(2021, m, d) for m in months for d in (5, 20)],
        "women": [D(2021, 1, 7) + dt.timedelta(days=14 * i) for i in range(26)],
        "youth": [D(2021, m, 15) for m in months],
        "legal": [D(2020, 12, 31), D(2021, 1, 1)]
        + [D(2021, m, 25) for m in months]
        + [D(2021, 12, 31), D(2022, 1, 1)],
        "awareness": [
            D(2021, 2, 28),
            D(2021, 3, 1),
            D(2021, 6, 1),
            D(2021, 6, 15),
            D(2021, 9, 8),
            D(2021, 11, 29),
            D(2021, 11, 30),
        ],
        "needs": [D(2021, 4, 14), D(2021, 10, 13)],
        "fgd": [D(2021, 7, 21), D(2021, 7, 28)],  # nobody came on 21 July
        "stakeholders": [D(2021, 5, 19)],
        "cancelled": [D(2021, 8, 10)],  # live session, but its group is deleted
    }


EMPTY_SESSION = ("fgd", D(2021, 7, 21))
DELETED_SESSION = ("assembly", D(2021, 8, 25))
OUTSIDE = {D(2020, 12, 31), D(2022, 1, 1)}


def _in_period(day: dt.date) -> bool:
    return PERIOD[0] <= day <= PERIOD[1]


def _people(rnd: random.Random, dates: dict[str, list[dt.date]]) -> list[_Person]:
    """The 673 who count, with their sessions, then everyone who must not count."""

    def pool(*keys: str) -> list[tuple[str, dt.date]]:
        return [
            (k, d)
            for k in keys
            for d in dates[k]
            if _in_period(d) and (k, d) != EMPTY_SESSION and k != "cancelled"
        ]

    def born(first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=rnd.randrange((last - first).days + 1))

    child_pool = pool("children", "awareness", "youth")
    adult_pool = pool("assembly", "women", "youth", "legal", "awareness", "needs", "fgd")
    adult_pool += pool("stakeholders")
    elder_pool = pool("assembly", "legal", "needs")

    def pick(from_pool: list[tuple[str, dt.date]]) -> list[tuple[str, dt.date]]:
        return rnd.sample(from_pool, rnd.randint(1, 6))

    people: list[_Person] = [
        # Five people cross an age boundary between two sessions they attend: four
        # turn 18 and one turns 60 (so 'each' counts 259 + 409 + 10 = 678).
        _Person("turns_18_on_session_day", D(2003, 6, 15), "cross18",
                [("awareness", D(2021, 6, 1)), ("awareness", D(2021, 6, 15))]),
        _Person("turns_18_between_edges", D(2003, 3, 10), "cross18",
                [("legal", D(2021, 1, 1)), ("legal", D(2021, 12, 31))]),
        _Person("turns_18_in_autumn", D(2003, 9, 20), "cross18",
                [("youth", D(2021, 9, 15)), ("youth", D(2021, 10, 15))]),
        _Person("turns_18_in_april", D(2003, 4, 5), "cross18",
                [("youth", D(2021, 3, 15)), ("youth", D(2021, 4, 15))]),
        _Person("turns_60_on_session_day", D(1961, 11, 30), "cross60",
                [("awareness", D(2021, 11, 29)), ("awareness", D(2021, 11, 30))]),
        # Edge cases that must NOT cross a boundary in 2021.
        _Person("leap_child", D(2016, 2, 29), "child",  # 4 on 28 Feb, 5 on 1 Mar
                [("awareness", D(2021, 2, 28)), ("awareness", D(2021, 3, 1))]),
        _Person("turns_17_on_new_year", D(2004, 1, 1), "child",
                [("legal", D(2021, 1, 1)), ("legal", D(2021, 12, 31))]),
        _Person("turns_18_only_in_2022", D(2003, 7, 1), "child",
                [("youth", D(2021, 6, 15)), ("legal", D(2022, 1, 1))]),
        _Person("turns_18_on_new_year", D(2003, 1, 1), "adult", [("legal", D(2021, 1, 1))]),
        _Person("turned_60_on_new_year", D(1961, 1, 1), "elder",
                [("legal", D(2020, 12, 31)), ("legal", D(2021, 1, 1))]),
    ]  # fmt: skip
    counts = {"child": 255, "adult": 404, "elder": 9}
    for category in counts:
        counts[category] -= sum(1 for p in people if p.category == category)
    for _ in range(counts["child"]):
        people.append(_Person("", born(D(2005, 1, 1), D(2016, 12, 31)), "child", pick(child_pool)))
    for _ in range(counts["adult"]):
        people.append(_Person("", born(D(1963, 1, 1), D(2002, 12, 31)), "adult", pick(adult_pool)))
    for _ in range(counts["elder"]):
        people.append(_Person("", born(D(1936, 1, 1), D(1960, 12, 31)), "elder", pick(elder_pool)))
    # Someone comes to each session on the period's edges.
    people[20].sessions.append(("legal", D(2021, 1, 1)))
    people[300].sessions.append(("legal", D(2021, 12, 31)))
    # One counted person also has an unticked attendance, which must not count.
    unticked = next(k for k in child_pool if k not in people[30].sessions)
    people[30].unticked.append(unticked)
    assert len(people) == 673

    genders = ["female"] * 412 + ["male"] * 261
    nationalities = ["SY"] * 429 + ["TR"] * 216 + OTHER_NATIONALITIES
    rnd.shuffle(genders)
    rnd.shuffle(nationalities)
    for person, gender, nationality in zip(people, genders, nationalities, strict=True):
        person.gender, person.nationality = gender, nationality

    # ... and those who must not count in 2021.
    extra = [
        _Person("outside_only_2020", D(1985, 5, 5), "outside", [("legal", D(2020, 12, 31))],
                "male", "SY"),
        _Person("outside_only_2022", D(2004, 8, 8), "outside", [("legal", D(2022, 1, 1))],
                "female", "TR"),
        _Person("outside_only_both", None, "outside",
                [("legal", D(2020, 12, 31)), ("legal", D(2022, 1, 1))], "other", "unknown"),
        _Person("outside_elder", D(1940, 2, 2), "outside", [("legal", D(2022, 1, 1))],
                "female", "SY"),
        _Person("deleted_with_attendance", D(1990, 1, 20), "deleted",
                [("assembly", D(2021, 2, 10)), ("women", D(2021, 2, 4)), ("legal", D(2021, 3, 25))],
                "female", "SY", deleted=True),
        _Person("only_unticked", D(1995, 10, 10), "unticked", [], "male", "TR",
                unticked=[("assembly", D(2021, 5, 10))]),
        _Person("only_deleted_session", D(1979, 3, 3), "void", [DELETED_SESSION], "female", "IQ"),
        _Person("only_deleted_group", D(2010, 7, 7), "void", [("cancelled", D(2021, 8, 10))],
                "male", "SY"),
        _Person("only_deleted_group_2", D(2011, 4, 4), "void", [("cancelled", D(2021, 8, 10))],
                "female", "SY"),
    ]  # fmt: skip
    never = [
        ("female", "SY", D(1988, 3, 3)), ("male", "SY", None), ("female", "TR", D(1972, 9, 9)),
        ("not_stated", "unknown", None), ("male", "AF", D(2001, 1, 31)),
        ("female", "SY", D(2012, 12, 12)), ("male", "TR", D(1958, 6, 6)),
        ("female", "stateless", D(1999, 2, 28)), ("female", "SY", D(2000, 2, 29)),
        ("male", "SY", D(1966, 11, 11)), ("female", "TR", D(1983, 4, 1)),
        ("male", "IQ", D(1977, 7, 17)),
    ]  # fmt: skip
    extra += [_Person(f"never_{i}", b, "never", [], g, n) for i, (g, n, b) in enumerate(never)]
    return people + extra


def _name(rnd: random.Random, gender: str, nationality: str) -> dict[str, Any]:
    female = gender == "female" or (gender != "male" and rnd.random() < 0.5)
    if nationality == "SY":
        first, first_ar = rnd.choice(AR_FEMALE if female else AR_MALE)
        last, last_ar = rnd.choice(AR_LAST)
        return {"first_name": first, "last_name": last,
                "first_name_ar": first_ar, "last_name_ar": last_ar}  # fmt: skip
    if nationality == "TR":
        return {"first_name": rnd.choice(TR_FEMALE if female else TR_MALE),
                "last_name": rnd.choice(TR_LAST)}  # fmt: skip
    return {"first_name": rnd.choice(OTHER_FEMALE if female else OTHER_MALE),
            "last_name": rnd.choice(OTHER_LAST[nationality])}  # fmt: skip


def _participant_row(w: Writer, office_id: int, i: int, p: _Person, names: dict[str, Any]):  # type: ignore[no-untyped-def]
    ident = w.identity()
    ident["deleted"] = p.deleted
    first, last = names["first_name"], names["last_name"]
    return {
        **ident,
        "office_id": office_id,
        "external_id": f"K2021-{i:04d}",
        "first_name_ar": None,
        "last_name_ar": None,
        **names,
        "gender": p.gender,
        "birth_date": p.born,
        "birth_date_estimated": False,
        "nationality": p.nationality,
        "consent_given": True,
        "consent_date": D(2021, 1, 1),
        "search_text": textfold.search_text(
            first, last, names.get("first_name_ar"), names.get("last_name_ar")
        ),
        "sort_key": textfold.sort_key(last, first),
    }


def build_2021(db: Database, seed: int = 2021) -> Dataset2021:
    """Write the 2021 data set into ``db`` (its own office) and say what it holds."""
    rnd = random.Random(seed)
    office_id = db.office_id()
    assert office_id is not None, "set the office up first"
    dates = _session_dates()
    people = _people(rnd, dates)
    info = Dataset2021(office_id=office_id)
    with db.write() as w:
        s = w.session
        group_rows = [
            {**w.identity(), "office_id": office_id, "external_id": f"G21-{n:02d}",
             "type": gtype, "name": name, "facilitator": fac,
             "start_date": D(2021, 1, 1), "end_date": D(2021, 12, 31)}
            for n, (_key, gtype, name, fac, _deleted) in enumerate(GROUPS, 1)
        ]  # fmt: skip
        for row, spec in zip(group_rows, GROUPS, strict=True):
            row["deleted"] = spec[4]
        ids = s.scalars(
            insert(Group).returning(Group.id, sort_by_parameter_order=True), group_rows
        ).all()
        info.groups = {spec[0]: gid for spec, gid in zip(GROUPS, ids, strict=True)}

        session_keys = [(k, d) for k, days in dates.items() for d in days] + [DELETED_SESSION]
        session_rows = []
        for n, (key, day) in enumerate(session_keys, 1):
            row = {**w.identity(), "group_id": info.groups[key], "office_id": office_id,
                   "external_id": f"S21-{n:03d}", "date": day, "start_time": "10:00",
                   "end_time": "12:00", "topic": None, "place": "Toplum Merkezi"}  # fmt: skip
            row["deleted"] = (key, day) == DELETED_SESSION
            session_rows.append(row)
        ids = s.scalars(
            insert(Session).returning(Session.id, sort_by_parameter_order=True), session_rows
        ).all()
        session_ids = dict(zip(session_keys, ids, strict=True))
        info.empty_session_id = session_ids[EMPTY_SESSION]
        deleted_groups = {spec[0] for spec in GROUPS if spec[4]}
        info.sessions = sum(
            1
            for key, day in session_keys
            if _in_period(day) and (key, day) != DELETED_SESSION and key not in deleted_groups
        )

        part_rows = [
            _participant_row(w, office_id, i, p, _name(rnd, p.gender, p.nationality))
            for i, p in enumerate(people, 1)
        ]
        pids = s.scalars(
            insert(Participant).returning(Participant.id, sort_by_parameter_order=True),
            part_rows,
        ).all()
        attendance, members = [], {}
        for p, pid in zip(people, pids, strict=True):
            if p.role:
                info.people[p.role] = pid
            for key, day, deleted in [(k, d, False) for k, d in dict.fromkeys(p.sessions)] + [
                (k, d, True) for k, d in p.unticked
            ]:
                attendance.append(
                    {"hlc": w.stamp(), "session_id": session_ids[(key, day)], "participant_id": pid}
                )
                attendance[-1]["deleted"] = deleted
                members[(info.groups[key], pid)] = day
                counted = (
                    not deleted
                    and not p.deleted
                    and _in_period(day)
                    and (key, day) != DELETED_SESSION
                    and key not in deleted_groups
                )
                info.participations += counted
        s.execute(insert(Attendance), attendance)
        s.execute(
            insert(GroupMember),
            [
                {"hlc": w.stamp(), "deleted": False, "group_id": gid, "participant_id": pid}
                | {"joined_on": day}
                for (gid, pid), day in members.items()
            ],
        )
    counted_categories = ("child", "adult", "elder", "cross18", "cross60")
    info.distinct = sum(1 for p in people if p.category in counted_categories)
    info.first_age_groups = {
        "0-17": sum(1 for p in people if p.category in ("child", "cross18")),
        "18-59": sum(1 for p in people if p.category in ("adult", "cross60")),
        "60+": sum(1 for p in people if p.category == "elder"),
    }
    return info
