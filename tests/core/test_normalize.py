"""Parsing the values found in offices' Excel registers (core, no Qt)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ttk_desktop.core import i18n, normalize, vocab
from ttk_desktop.core.normalize import (
    COLUMN_ALIASES,
    REQUIRED_COLUMNS,
    SHEET_ALIASES,
    alpha3_to_alpha2,
    canonical_header,
    country_choices,
    match_columns,
    match_sheet,
    nationality_label,
    parse_date,
    parse_gender,
    parse_group_type,
    parse_nationality,
    parse_phone,
    parse_text,
)

# --- gender ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[(v, "female") for v in ["KADIN", "Kadın", "kadin", "kadın", "K", "k", "Kız"]],
        *[(v, "female") for v in ["Female", "F", "female", "Woman", "girl"]],
        *[(v, "female") for v in ["أنثى", "انثى", "انثي", " أنثى "]],
        *[(v, "male") for v in ["Erkek", "ERKEK", "erkek", "E", "e", "Male", "M", "Man", "boy"]],
        *[(v, "male") for v in ["ذكر"]],
        *[(v, "other") for v in ["Diğer", "DİĞER", "diger", "Other", "O", "D", "أخرى", "آخر"]],
        *[(v, "not_stated") for v in ["Belirtilmemiş", "belirtilmemis", "not stated"]],
        *[(v, "not_stated") for v in ["not_stated", "غير محدد", "", "   ", None, "-"]],
        (float("nan"), "not_stated"),
    ],
)
def test_parse_gender(raw: object, expected: str) -> None:
    assert parse_gender(raw) == expected  # type: ignore[arg-type]


def test_parse_gender_returns_vocab_values() -> None:
    for raw in ["K", "E", "Diğer", None]:
        assert parse_gender(raw) in vocab.GENDERS


@pytest.mark.parametrize("raw", ["X", "Kadınlar", "FM", "7"])
def test_parse_gender_rejects_unknown(raw: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_gender(raw)
    assert str(info.value) == (
        f'Unknown gender "{raw}". Use female, male, other or not stated (Kadın/Erkek, K/E, F/M).'
    )


def test_messages_go_through_translator() -> None:
    i18n.set_translator(lambda context, text: "[" + context + "] " + text)
    try:
        with pytest.raises(ValueError, match=r'^\[Normalize\] Unknown gender "X"'):
            parse_gender("X")
    finally:
        i18n.set_translator(None)


# --- nationality ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # codes, any case
        ("SY", "SY"), ("sy", "SY"), ("syr", "SY"), ("SYR", "SY"), ("TUR", "TR"), ("tr", "TR"),
        ("AFG", "AF"), ("irq", "IQ"), ("IRN", "IR"), ("PSE", "PS"), (" DEU ", "DE"),
        # Babel names in Turkish, English and Arabic, any case / accents / İ
        ("Suriye", "SY"), ("SURİYE", "SY"), ("Syria", "SY"), ("سوريا", "SY"),
        ("Türkiye", "TR"), ("TÜRKİYE", "TR"), ("turkiye", "TR"), ("تركيا", "TR"),
        ("Afganistan", "AF"), ("Afghanistan", "AF"), ("أفغانستان", "AF"), ("افغانستان", "AF"),
        ("Irak", "IQ"), ("Iraq", "IQ"), ("IRAK", "IQ"), ("العراق", "IQ"), ("عراق", "IQ"),
        ("İran", "IR"), ("iran", "IR"), ("إيران", "IR"), ("ايران", "IR"),
        ("Almanya", "DE"), ("Germany", "DE"), ("ألمانيا", "DE"),
        ("Côte d’Ivoire", "CI"), ("cote divoire", "CI"), ("Bosna Hersek", "BA"),
        ("Bosna-Hersek", "BA"), ("Myanmar", "MM"), ("Kosova", "XK"),
        ("Filistin Bölgeleri", "PS"), ("الأراضي الفلسطينية", "PS"),
        # names registers still use
        ("Turkey", "TR"), ("TURKEY", "TR"), ("Türkiye Cumhuriyeti", "TR"), ("T.C.", "TR"),
        ("Syrian Arab Republic", "SY"), ("Suriye Arap Cumhuriyeti", "SY"), ("سورية", "SY"),
        ("Iran (Islamic Republic of)", "IR"), ("Palestine", "PS"), ("Filistin", "PS"),
        ("فلسطين", "PS"), ("Russian Federation", "RU"), ("İngiltere", "GB"), ("ABD", "US"),
        # demonyms
        ("Suriyeli", "SY"), ("SURİYELİ", "SY"), ("suriyeli", "SY"), ("Syrian", "SY"),
        ("سوري", "SY"), ("Türk", "TR"), ("TÜRK", "TR"), ("Turkish", "TR"), ("Afgan", "AF"),
        ("Afghan", "AF"), ("Iraklı", "IQ"), ("IRAKLI", "IQ"), ("Iraqi", "IQ"),
        ("İranlı", "IR"), ("Iranian", "IR"), ("Filistinli", "PS"), ("عراقي", "IQ"),
        # sentinels
        ("vatansız", "stateless"), ("VATANSIZ", "stateless"), ("stateless", "stateless"),
        ("عديم الجنسية", "stateless"), ("XXA", "stateless"),
        ("", "unknown"), (None, "unknown"), ("bilinmiyor", "unknown"), ("Unknown", "unknown"),
        ("غير معروف", "unknown"), ("XXX", "unknown"), ("?", "unknown"),
    ],
)  # fmt: skip
def test_parse_nationality(raw: str | None, expected: str) -> None:
    assert parse_nationality(raw) == expected


@pytest.mark.parametrize("raw", ["Narnia", "Suriyelilik", "ZZ", "EU", "001", "QQQ"])
def test_parse_nationality_rejects_unknown(raw: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_nationality(raw)
    message = str(info.value)
    assert message.startswith(f'Unknown nationality "{raw}".')
    assert "SY or SYR" in message


def test_country_codes_are_real_countries() -> None:
    codes = normalize.country_codes()
    assert {"SY", "TR", "AF", "IQ", "IR", "PS", "XK"} <= codes
    assert not {"EU", "UN", "ZZ", "001", "419", "QO", "XA"} & codes
    assert all(len(code) == 2 and code.isupper() for code in codes)
    assert len(codes) == 250  # ISO 3166-1's 249 plus Kosovo


@pytest.mark.parametrize(
    ("alpha3", "alpha2"), [("SYR", "SY"), ("tur", "TR"), ("AFG", "AF"), ("XYZ", None)]
)
def test_alpha3_to_alpha2(alpha3: str, alpha2: str | None) -> None:
    assert alpha3_to_alpha2(alpha3) == alpha2


ISO_CODES_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")


@pytest.mark.skipif(not ISO_CODES_JSON.exists(), reason="Debian iso-codes not installed")
def test_alpha3_table_matches_iso_codes_package() -> None:
    entries = json.loads(ISO_CODES_JSON.read_text(encoding="utf-8"))["3166-1"]
    for entry in entries:
        assert alpha3_to_alpha2(entry["alpha_3"]) == entry["alpha_2"]
        assert parse_nationality(entry["alpha_3"]) == entry["alpha_2"]
        if entry["alpha_2"] != "TC":  # see test_tc_means_turkish_citizen
            assert parse_nationality(entry["alpha_2"]) == entry["alpha_2"]


@pytest.mark.parametrize("raw", ["T.C.", "TC", "t.c"])
def test_tc_means_turkish_citizen(raw: str) -> None:
    """Registers mark Turkish citizens "T.C."; Turks and Caicos stays reachable as TCA."""
    assert parse_nationality(raw) == "TR"
    assert parse_nationality("TCA") == "TC"


def test_every_babel_name_parses_back_to_its_code() -> None:
    for language in normalize.NAME_LOCALES:
        for code, label in country_choices(language, include_sentinels=False):
            assert parse_nationality(label) == code, (language, label)


@pytest.mark.parametrize(
    ("code", "language", "label"),
    [
        ("SY", "tr", "Suriye"), ("SY", "en", "Syria"), ("SY", "ar", "سوريا"),
        ("TR", "tr", "Türkiye"), ("AF", "ar", "أفغانستان"),
        ("stateless", "en", "Stateless"), ("unknown", "tr", "Unknown"),
    ],
)  # fmt: skip
def test_nationality_label(code: str, language: str, label: str) -> None:
    assert nationality_label(code, language) == label


def test_country_choices_sorted_by_label() -> None:
    english = country_choices("en", include_sentinels=False)
    labels = [label for _, label in english]
    assert labels.index("Afghanistan") < labels.index("Syria") < labels.index("Zimbabwe")
    assert len(english) == len(normalize.country_codes())
    turkish = [label for _, label in country_choices("tr", include_sentinels=False)]
    # Turkish alphabet: C < Ç < D, I (dotless) < İ, S < Ş < T.
    assert turkish.index("Cezayir") < turkish.index("Çin") < turkish.index("Danimarka")
    assert turkish.index("Irak") < turkish.index("İran")
    assert turkish.index("Suriye") < turkish.index("Şili") < turkish.index("Tayland")
    arabic = [label for _, label in country_choices("ar", include_sentinels=False)]
    assert arabic.index("أفغانستان") < arabic.index("سوريا") < arabic.index("مصر")


def test_country_choices_end_with_sentinels_and_are_copies() -> None:
    choices = country_choices("en")
    assert choices[-2:] == [("stateless", "Stateless"), ("unknown", "Unknown")]
    choices.clear()
    assert country_choices("en")


# --- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("31.12.1985", dt.date(1985, 12, 31)), ("1.2.2020", dt.date(2020, 2, 1)),
        ("01.02.2020", dt.date(2020, 2, 1)), ("01/02/2020", dt.date(2020, 2, 1)),
        ("1/2/2020", dt.date(2020, 2, 1)), (" 29.02.2020 ", dt.date(2020, 2, 29)),
        ("2021-03-04", dt.date(2021, 3, 4)), ("2021-03-04 00:00:00", dt.date(2021, 3, 4)),
        ("2021-03-04T10:11:12", dt.date(2021, 3, 4)), ("04.03.2021 00:00", dt.date(2021, 3, 4)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        (dt.datetime(2020, 1, 2, 13, 45), dt.date(2020, 1, 2)),
        (44197, dt.date(2021, 1, 1)), (44197.0, dt.date(2021, 1, 1)),
        (44197.75, dt.date(2021, 1, 1)), (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)),
        (2958465, dt.date(9999, 12, 31)),
    ],
)  # fmt: skip
def test_parse_date_exact(raw: object, expected: dt.date) -> None:
    assert parse_date(raw) == (expected, False)  # type: ignore[arg-type]
    assert parse_date(raw, allow_year_only=True) == (expected, False)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["1985", 1985, 1985.0, " 1985 "])
def test_parse_date_year_only(raw: object) -> None:
    assert parse_date(raw, allow_year_only=True) == (dt.date(1985, 1, 1), True)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["1985", 1985, 1985.0])
def test_parse_date_year_only_refused_when_not_allowed(raw: object) -> None:
    with pytest.raises(ValueError, match=r"^1985 is only a year\. Write the full date"):
        parse_date(raw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("31.02.2021", "31.02.2021 is not a date (day, month or year out of range)."),
        ("32.01.2021", "32.01.2021 is not a date (day, month or year out of range)."),
        ("01.13.2021", "01.13.2021 is not a date (day, month or year out of range)."),
        ("2021-02-30", "2021-02-30 is not a date (day, month or year out of range)."),
        (
            "04.03.85",
            '"04.03.85" has a two-digit year. Write the year with all four digits '
            "(e.g. 1985, not 85).",
        ),
        (
            "4/3/85",
            '"4/3/85" has a two-digit year. Write the year with all four digits '
            "(e.g. 1985, not 85).",
        ),
        ("abc", '"abc" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        ("4.3.985", '"4.3.985" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        ("12345", '"12345" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (60, '"60" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (0, '"0" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (3000000, '"3000000" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (True, '"True" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (float("inf"), '"inf" is not a date. Write it as day.month.year, e.g. 31.12.1985.'),
        (None, "The date is empty."),
        ("", "The date is empty."),
    ],
)
def test_parse_date_errors(raw: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_date(raw, allow_year_only=True)  # type: ignore[arg-type]
    assert str(info.value) == message


# --- group types ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[(key, key) for key in vocab.GROUP_TYPES],
        *[(label, key) for key, label in vocab.GROUP_TYPE_LABELS.items()],
        *[(label.upper(), key) for key, label in vocab.GROUP_TYPE_LABELS.items()],
        ("Children Assembly", "children_assembly"), ("Awareness Event", "awareness_activity"),
        ("FGD", "focus_group_discussion"), ("fgd", "focus_group_discussion"),
        ("Mülteciler Meclisi", "refugee_assembly"), ("MÜLTECİLER MECLİSİ", "refugee_assembly"),
        ("multeciler meclisi", "refugee_assembly"), ("Çocuk Meclisi", "children_assembly"),
        ("cocuk meclisi", "children_assembly"), ("Dayanışma Grubu", "solidarity_group"),
        ("DAYANISMA GRUBU", "solidarity_group"), ("Bilgilendirme Oturumu", "information_session"),
        ("Farkındalık Çalışması", "awareness_activity"),
        ("Farkindalik Etkinligi", "awareness_activity"), ("İhtiyaç Analizi", "needs_analysis"),
        ("ihtiyac analizi", "needs_analysis"), ("IHTIYAC ANALIZI", "needs_analysis"),
        ("Odak Grup Görüşmesi", "focus_group_discussion"),
        ("Paydaş Buluşması", "stakeholder_meeting"), ("Paydas Toplantisi", "stakeholder_meeting"),
        ("مجلس اللاجئين", "refugee_assembly"),
    ],
)  # fmt: skip
def test_parse_group_type(raw: str, expected: str) -> None:
    assert parse_group_type(raw) == expected


@pytest.mark.parametrize("raw", ["Party", "", None])
def test_parse_group_type_rejects_unknown(raw: str | None) -> None:
    with pytest.raises(ValueError) as info:
        parse_group_type(raw)
    message = str(info.value)
    assert message.startswith(f'Unknown group type "{raw or ""}". Use one of: Refugee Assembly,')
    assert message.endswith("Stakeholder Meeting.")


# --- phone and text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (5321234567.0, "5321234567"), (5321234567, "5321234567"), ("5321234567.0", "5321234567"),
        (905321234567.0, "905321234567"), ("0532 123 45 67", "0532 123 45 67"),
        ("  +90 (532) 123-45-67 ", "+90 (532) 123-45-67"), ("1234567", "1234567"),
        ("123456789012345", "123456789012345"), (None, None), ("", None), ("  ", None),
        (float("nan"), None),
    ],
)  # fmt: skip
def test_parse_phone(raw: object, expected: str | None) -> None:
    assert parse_phone(raw) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("abc", 'Phone number "abc" may only contain digits, spaces, +, - and parentheses.'),
        ("0532/1234567", 'Phone number "0532/1234567" may only contain digits, spaces, +, - '
         "and parentheses."),
        ("90+532", 'Phone number "90+532" may only contain digits, spaces, +, - and parentheses.'),
        (5.5, 'Phone number "5.5" may only contain digits, spaces, +, - and parentheses.'),
        ("123", 'Phone number "123" has 3 digits; a phone number has 7 to 15 digits.'),
        ("1234567890123456", 'Phone number "1234567890123456" has 16 digits; a phone number has '
         "7 to 15 digits."),
    ],
)  # fmt: skip
def test_parse_phone_errors(raw: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_phone(raw)  # type: ignore[arg-type]
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (17.0, "17"), (17, "17"), (17.5, "17.5"), ("  Ali  ", "Ali"), ("P-0017", "P-0017"),
        ("", None), ("   ", None), (None, None), (float("nan"), None),
        (1e15, "1000000000000000"),
    ],
)  # fmt: skip
def test_parse_text(raw: object, expected: str | None) -> None:
    assert parse_text(raw) == expected  # type: ignore[arg-type]


# --- headers and sheets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Katılımcı No", "katilimci no"), ("participant_id", "participant id"),
        ("KATILIMCI  NO.", "katilimci no"), ("Doğum_Tarihi", "dogum tarihi"),
        ("D.Tarihi", "d tarihi"), ("First-Name", "first name"), ("İSİM", "isim"),
        ("تاريخ الميلاد", "تاريخ الميلاد"), (None, ""), (17.0, "17"),
    ],
)  # fmt: skip
def test_canonical_header(raw: object, expected: str) -> None:
    assert canonical_header(raw) == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Participants", "participants"), ("Katılımcılar", "participants"),
        ("KATILIMCILAR", "participants"), ("Katilimcilar", "participants"),
        ("المشاركون", "participants"), ("Groups", "groups"), ("Gruplar", "groups"),
        ("Sessions", "sessions"), ("Oturumlar", "sessions"), ("Seanslar", "sessions"),
        ("Attendance", "attendance"), ("Katılım", "attendance"), ("Katılımlar", "attendance"),
        ("Yoklama", "attendance"), (" yoklama ", "attendance"), ("Sayfa1", None), ("", None),
    ],
)  # fmt: skip
def test_match_sheet(name: str, kind: str | None) -> None:
    assert match_sheet(name) == kind


def test_match_columns_turkish_participants() -> None:
    headers: list[object] = [
        "Katılımcı No", "Ad", "Soyadı", "Cinsiyet", "Doğum Tarihi (gg.aa.yyyy)", "Uyruğu",
        "Telefon", "Ofis", "Ad (Arapça)", "Soyad (Arapça)", "Engel Durumu", "Not", None, 3.0,
    ]  # fmt: skip
    assert match_columns("participants", headers) == {
        "participant_id": 0, "first_name": 1, "last_name": 2, "gender": 3, "birth_date": 4,
        "nationality": 5, "phone": 6, "office": 7, "first_name_ar": 8, "last_name_ar": 9,
        "disability": 10,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        ("participants", ["participant_id", "First Name", "Last Name", "Gender", "DOB",
                          "Nationality", "Phone"],
         ["participant_id", "first_name", "last_name", "gender", "birth_date", "nationality",
          "phone"]),
        ("participants", ["Adı", "Soyad", "Date of Birth", "Uyruk", "tel"],
         ["first_name", "last_name", "birth_date", "nationality", "phone"]),
        ("participants", ["رقم المشارك", "الاسم", "الكنية", "الجنس", "تاريخ الميلاد",
                          "الجنسية", "رقم الهاتف"],
         ["participant_id", "first_name", "last_name", "gender", "birth_date", "nationality",
          "phone"]),
        ("groups", ["Grup No", "Türü", "Grup Adı", "Ofis", "Kolaylaştırıcı",
                    "Başlangıç Tarihi", "Bitiş Tarihi", "Açıklama"],
         ["group_id", "type", "name", "office", "facilitator", "start_date", "end_date",
          "description"]),
        ("groups", ["group_id", "Tür", "Ad"], ["group_id", "type", "name"]),
        ("groups", ["Group ID", "Type", "Name", "Start Date", "End_Date"],
         ["group_id", "type", "name", "start_date", "end_date"]),
        ("sessions", ["Oturum No", "Grup No", "Tarih", "Konu", "Yer", "Saat", "Ofis"],
         ["session_id", "group_id", "date", "topic", "place", "start_time", "office"]),
        ("sessions", ["session_id", "group_id", "date", "start_time"],
         ["session_id", "group_id", "date", "start_time"]),
        ("attendance", ["Oturum No", "Katılımcı No"], ["session_id", "participant_id"]),
        ("attendance", ["session_id", "participant_id"], ["session_id", "participant_id"]),
    ],
)  # fmt: skip
def test_match_columns(kind: str, headers: list[object], expected: list[str]) -> None:
    assert match_columns(kind, headers) == {field: i for i, field in enumerate(expected)}


def test_match_columns_reports_duplicates() -> None:
    with pytest.raises(ValueError) as info:
        match_columns("participants", ["Ad", "Adı", "First name", "Soyad", "Soyadı", "Uyruk"])
    assert str(info.value) == (
        'Only one column may hold first_name, but "Ad", "Adı", "First name" do. '
        "Keep one of them and import again. "
        'Only one column may hold last_name, but "Soyad", "Soyadı" do. '
        "Keep one of them and import again."
    )


@pytest.fixture(params=sorted(COLUMN_ALIASES))
def kind(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


def test_aliases_are_unambiguous(kind: str) -> None:
    seen: dict[str, str] = {}
    for field, aliases in COLUMN_ALIASES[kind].items():
        for alias in aliases:
            key = canonical_header(alias).replace(" ", "")
            assert seen.setdefault(key, field) == field, (kind, alias)
            assert normalize.match_column(kind, alias) == field


def test_required_columns_and_kinds_agree(kind: str) -> None:
    assert set(REQUIRED_COLUMNS[kind]) <= set(COLUMN_ALIASES[kind])
    assert kind in SHEET_ALIASES
    for field in COLUMN_ALIASES[kind]:
        assert match_columns(kind, [field]) == {field: 0}  # the key itself is a header
