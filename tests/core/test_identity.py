"""Duplicate people (#14): transliteration tables, blocking, scores, incremental runs, CLI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ttk_desktop.cli import main
from ttk_desktop.core.db.engine import Database
from ttk_desktop.core.identity import PersonRecord, find_candidates, read_people
from ttk_desktop.core.identity import reasons as r
from ttk_desktop.core.identity.features import block_keys, name_forms
from ttk_desktop.core.identity.translit import name_words
from ttk_desktop.core.records import ParticipantInput
from ttk_desktop.core.services.participants import create_participant, delete_participant


def skeletons(text: str) -> list[str]:
    return [word.skeleton for word in name_words(text)]


@pytest.mark.parametrize(
    ("spellings", "skeleton"),
    [
        (["Mohammed", "Muhammad", "Muhammed", "Mehmet", "Mohamad", "محمد", "مُحَمَّد"], "mhmd"),
        (["Al-Hassan", "Alhasan", "El Hasan", "Hasan", "الحسن", "al hassan"], "hsn"),
        (["Abdulrahman", "Abd al-Rahman", "Abdurrahman", "Abderrahmane", "عبد الرحمن"], "abdrhmn"),
        (["Abdullah", "Abdallah", "عبدالله"], "abdl"),
        (["Nureddin", "Nurettin", "Nur al-Din", "نور الدين"], "nrdn"),
        (["Ömer", "Omar", "Umar", "عمر"], "amr"),
        (["Yusuf", "Youssef", "يوسف"], "ysf"),
        (["Ayşe", "Aisha", "Ayse", "عائشة"], "as"),
        (["İbrahim", "Ibrahim", "إبراهيم"], "abrhm"),
        (["Khaled", "Halit", "خالد"], "hld"),
        (["Osman", "Othman", "عثمان"], "asmn"),
        (["Reşit", "Rashid", "Rachid", "رشيد"], "rsd"),
        (["Şükrü", "Sukru"], "skr"),
        (["Çelik", "Celik"], "clk"),
        (["Tawfiq", "Tevfik", "توفيق"], "tfk"),
    ],
)
def test_transliteration_tables_bring_spellings_to_one_skeleton(
    spellings: list[str], skeleton: str
) -> None:
    for spelling in spellings:
        assert skeletons(spelling) == [skeleton], spelling


def test_article_is_dropped_only_where_it_is_an_article() -> None:
    assert skeletons("Alper") == ["albr"]  # a Turkish name, not al + per
    assert skeletons("Ali") == ["al"]
    assert skeletons("Al") == ["al"]  # alone it is the name itself


def person(uuid: str, first: str, last: str, **values: object) -> PersonRecord:
    base: dict[str, object] = {
        "office": "IST",
        "external_id": f"P{uuid}",
        "gender": "male",
        "birth_date": dt.date(1990, 5, 17),
        "nationality": "SY",
        "phone": None,
    }
    base.update(values)
    return PersonRecord(uuid, first_name=first, last_name=last, **base)  # type: ignore[arg-type]


def crowd(size: int = 40) -> list[PersonRecord]:
    """Unrelated men: many Mohammads born in 1990, with different birth days and family names."""
    families = ["Haddad", "Khatib", "Halabi", "Najjar", "Masri", "Shami", "Homsi", "Saleh"]
    return [
        person(
            f"c{n}",
            ["Mohammed", "Muhammad", "Mehmet"][n % 3],
            families[n % len(families)],
            birth_date=dt.date(1990, 1 + n % 12, 1 + n % 27),
            phone=f"0532{n:07d}",
            office=["GAZ", "HAT"][n % 2],
        )
        for n in range(size)
    ]


ORIGINAL = person("o", "Mohammed", "Al-Hassan", phone="0532 111 22 33", gender="male")
VARIANTS = {
    "transliteration": replace(ORIGINAL, uuid="v", first_name="Muhammad", office="GAZ"),
    "mehmet": replace(ORIGINAL, uuid="v", first_name="Mehmet", office="GAZ"),
    "article": replace(ORIGINAL, uuid="v", last_name="El Hasan", phone=None),
    "no_article": replace(ORIGINAL, uuid="v", last_name="Hasan"),
    "arabic_script": replace(
        ORIGINAL,
        uuid="v",
        first_name="محمد",
        last_name="الحسن",
        first_name_ar="محمد",
        last_name_ar="الحسن",
        phone=None,
    ),
    "swapped": replace(ORIGINAL, uuid="v", first_name="Al-Hassan", last_name="Mohammed"),
    "year_only": replace(
        ORIGINAL, uuid="v", birth_date=dt.date(1990, 1, 1), birth_date_estimated=True
    ),
    "phone_changed": replace(ORIGINAL, uuid="v", phone="0555 999 88 77"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_each_variant_is_found_among_unrelated_namesakes(variant: str) -> None:
    people = [ORIGINAL, VARIANTS[variant], *crowd()]
    pairs = {(c.a.uuid, c.b.uuid): c for c in find_candidates(people)}
    assert ("o", "v") in pairs, variant
    assert pairs[("o", "v")].score >= 0.9


def test_compound_names_are_found() -> None:
    a = person("a", "Abdulrahman", "Haddad", birth_date=dt.date(1985, 3, 2))
    b = person("b", "Abd al-Rahman", "Al-Haddad", birth_date=dt.date(1985, 3, 2), office="GAZ")
    c = person("c", "عبد الرحمن", "حداد", birth_date=dt.date(1985, 1, 1), birth_date_estimated=True)
    found = {(x.a.uuid, x.b.uuid) for x in find_candidates([a, b, c, *crowd()])}
    assert {("a", "b"), ("a", "c"), ("b", "c")} <= found


def test_turkish_letters_typed_without_marks_are_found() -> None:
    a = person("a", "Şükrü", "Çelik", nationality="TR")
    b = person("b", "Sukru", "Celik", nationality="TR")
    (pair,) = find_candidates([a, b, *crowd()])
    assert (pair.a.uuid, pair.b.uuid) == ("a", "b")
    assert r.NAME_SAME in [x.code for x in pair.reasons]  # fold() unifies ş/s, ç/c


def test_common_name_same_year_unrelated_people_are_not_proposed() -> None:
    assert find_candidates(crowd(60)) == []


def test_namesakes_with_different_full_birth_dates_score_low() -> None:
    a = person("a", "Mohammed", "Haddad", birth_date=dt.date(1990, 2, 3))
    b = person("b", "Muhammad", "Haddad", birth_date=dt.date(1990, 9, 21))
    pairs = find_candidates([a, b, *crowd()], min_score=0.0)
    (pair,) = [p for p in pairs if {p.a.uuid, p.b.uuid} == {"a", "b"}]
    assert pair.score < 0.5
    assert r.BIRTH_DATE_DIFFERENT in [x.code for x in pair.reasons]


def test_blocking_keeps_a_transliterated_name_and_birth_year_together() -> None:
    """Nothing shared but the name (in another script) and the year: same block."""
    latin = person("a", "Youssef", "Al-Khatib", birth_date=dt.date(2001, 7, 9), phone="05321234567")
    arabic = PersonRecord(
        "b", "URF", None, "يوسف", "الخطيب", gender="not_stated",
        birth_date=dt.date(2001, 1, 1), birth_date_estimated=True, nationality="unknown",
    )  # fmt: skip
    keys_a = set(block_keys(latin, name_forms(latin.first_name, latin.last_name, None, None)))
    keys_b = set(block_keys(arabic, name_forms(arabic.first_name, arabic.last_name, None, None)))
    assert keys_a & keys_b
    found = find_candidates([latin, arabic, *crowd()])
    assert [(c.a.uuid, c.b.uuid) for c in found] == [("a", "b")]
    codes = [x.code for x in found[0].reasons]
    assert r.NAME_SCRIPT in codes and r.BIRTH_YEAR_SAME in codes and r.OFFICE_OTHER in codes


def test_reasons_carry_codes_and_texts() -> None:
    (pair,) = find_candidates([ORIGINAL, VARIANTS["swapped"]])
    assert [x.code for x in pair.reasons][:1] == [r.NAME_SWAPPED]
    assert all(x.text == r.TEXTS[x.code] for x in pair.reasons)  # no translator installed


def test_only_gives_the_full_runs_pairs_that_involve_the_changed_people() -> None:
    people = [ORIGINAL, *(replace(v, uuid=f"v{k}") for k, v in VARIANTS.items()), *crowd()]
    changed = {"vswapped", "vyear_only", "c3"}
    full = [c for c in find_candidates(people) if {c.a.uuid, c.b.uuid} & changed]
    assert full
    assert find_candidates(people, only=changed) == full


def test_read_people_loads_live_participants(db: Database) -> None:
    kept = create_participant(
        db,
        ParticipantInput("Mohammed", "Al-Hassan", gender="male", birth_date=dt.date(1990, 5, 17)),
    )
    gone = create_participant(db, ParticipantInput("Ayşe", "Yılmaz", external_id="K9"))
    delete_participant(db, gone.id)
    (loaded,) = read_people(db)
    assert (loaded.uuid, loaded.office, loaded.first_name) == (kept.uuid, "IST", "Mohammed")
    assert loaded.birth_date == dt.date(1990, 5, 17) and loaded.birth_date_estimated is False


def test_read_people_leaves_out_erased_people(db: Database) -> None:
    """#14/#16: erased people all bear the names "[erased]"; they are nobody's duplicate."""
    from ttk_desktop.core.security.privacy import erase_participant

    for n in range(3):
        erased = create_participant(
            db, ParticipantInput("Fatma", "Kaya", external_id=f"E{n}", gender="female")
        )
        erase_participant(db, erased.id)
    kept = create_participant(db, ParticipantInput("Fatma", "Kaya", gender="female"))
    assert [p.uuid for p in read_people(db)] == [kept.uuid]


def test_cli_duplicates_json(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = create_participant(
        db,
        ParticipantInput(
            "Mohammed", "Al-Hassan", external_id="P0012", gender="male",
            birth_date=dt.date(1990, 5, 17), nationality="SY",
        ),
    )  # fmt: skip
    b = create_participant(
        db,
        ParticipantInput(
            "محمد", "الحسن", external_id="P0450", gender="male", birth_date=dt.date(1990, 1, 1),
            birth_date_estimated=True, nationality="SY",
        ),
    )  # fmt: skip
    create_participant(db, ParticipantInput("Ayşe", "Yılmaz", gender="female"))
    assert main(["--db", str(db_path), "duplicates", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (pair,) = out["pairs"]
    assert {pair["a"]["uuid"], pair["b"]["uuid"]} == {a.uuid, b.uuid}
    assert {pair["a"]["external_id"], pair["b"]["external_id"]} == {"P0012", "P0450"}
    assert pair["a"]["office"] == pair["b"]["office"] == "IST"
    assert 0 < pair["score"] <= 1 and all(isinstance(x, str) for x in pair["reasons"])
    assert main(["--db", str(db_path), "duplicates", "--min-score", "0.99999"]) == 0
    assert "0 possible duplicate pairs." in capsys.readouterr().out
