"""Parse the messy cell values found in offices' Excel registers.

Registers were kept by hand in three languages for years: "K"/"Kadın"/"أنثى",
"Suriye"/"SYR"/"Suriyeli", dates as Excel serials, text or bare years, phone
numbers turned into floats. Each parser turns one raw cell into the stored
canonical value or raises ``ValueError`` with a translated sentence naming the
bad value and the fix; the importer adds file, sheet, row and column.

Lookups go through :func:`ttk_desktop.core.textfold.fold` with spaces removed,
so case, Turkish i/ı, accents, hamza, punctuation and spacing never matter.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache, lru_cache

from ttk_desktop.core import vocab
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.textfold import fold
from ttk_desktop.core.textrules import printable

Cell = str | int | float | dt.date | dt.datetime | None

_CTX = "Normalize"


def _key(value: object) -> str:
    """Lookup key: folded, punctuation and spaces removed ("Kadın " -> "kadin")."""
    return fold(str(value)).replace(" ", "")


def is_blank(value: object) -> bool:
    """Whether a cell is empty: None, NaN (pandas) or only whitespace."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _shown(value: object) -> str:
    """A cell as people saw it in Excel (17.0 -> "17"), for a message.

    What cannot be printed is escaped (:func:`~ttk_desktop.core.textrules.printable`).
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return printable(str(value).strip())


# --- gender -----------------------------------------------------------------

_GENDER_WORDS: dict[str, str] = {
    vocab.FEMALE: "female|f|woman|women|girl|kadın|k|kız|kız çocuk|bayan|أنثى|امرأة|بنت|فتاة",
    vocab.MALE: "male|m|man|men|boy|erkek|e|erkek çocuk|bay|ذكر|رجل|ولد|صبي",
    vocab.OTHER: "other|o|diğer|d|آخر|أخرى|غير ذلك",
    vocab.NOT_STATED: "not stated|prefer not to say|belirtilmemiş|belirtilmedi|"
    "belirtmek istemiyor|غير محدد|غير مذكور|لم يذكر",
}


@lru_cache(maxsize=1)
def _gender_table() -> dict[str, str]:
    return {_key(w): gender for gender, words in _GENDER_WORDS.items() for w in words.split("|")}


def parse_gender(value: Cell) -> str:
    """One of ``vocab.GENDERS``; an empty cell is ``not_stated``."""
    if is_blank(value):
        return vocab.NOT_STATED
    key = _key(value)
    if not key:  # "-", "?"
        return vocab.NOT_STATED
    try:
        return _gender_table()[key]
    except KeyError:
        raise ValueError(
            translate(
                _CTX,
                'Unknown gender "{value}". Use female, male, other or not stated '
                "(Kadın/Erkek, K/E, F/M).",
                value=_shown(value),
            )
        ) from None


# --- nationality --------------------------------------------------------------

# CLDR territory keys that are not countries: exceptional reservations, the EU,
# the eurozone, the UN, outlying Oceania, pseudo-locales, "unknown region".
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
NAME_LOCALES: tuple[str, ...] = ("tr", "en", "ar")

_SENTINEL_WORDS: dict[str, str] = {
    vocab.STATELESS: "stateless|no nationality|vatansız|haymatlos|uyruksuz|عديم الجنسية|"
    "بدون جنسية|بدون|XXA",
    vocab.UNKNOWN: "unknown|not known|bilinmiyor|bilinmeyen|belirtilmemiş|غير معروف|"
    "غير معروفة|مجهول|غير محدد|XXX",
}

# Names registers still use that current CLDR spells differently, and demonyms
# typed for the main countries of origin. Country names otherwise come from Babel.
_EXTRA_NAMES: dict[str, str] = {
    "SY": "Syrian Arab Republic|Suriye Arap Cumhuriyeti|الجمهورية العربية السورية|سورية|"
    "Suriyeli|Syrian|سوري",
    # "T.C." (Türkiye Cumhuriyeti) marks Turkish citizens; it wins over TC (Turks
    # and Caicos Islands), see _nationality_table().
    "TR": "Turkey|Türkiye Cumhuriyeti|Republic of Turkey|Türk|Turkish|تركي|تركية",
    "AF": "Afganistan|Afgan|Afganlı|Afghan|Afghani|أفغاني",
    "IQ": "Irak|Republic of Iraq|Irak Cumhuriyeti|Iraklı|Iraqi|عراقي",
    "IR": "Iran (Islamic Republic of)|Islamic Republic of Iran|İran İslam Cumhuriyeti|İranlı|"
    "Iranian|إيراني",
    "PS": "Palestine|State of Palestine|Filistin|Filistin Devleti|فلسطين|دولة فلسطين|"
    "Filistinli|Palestinian|فلسطيني",
    "SO": "Somalili|Somalian|صومالي",
    "PK": "Pakistanlı|Pakistani|باكستاني",
    "EG": "Mısırlı|Egyptian|مصري",
    "LB": "Lübnanlı|Lebanese|لبناني",
    "JO": "Ürdünlü|Jordanian|أردني",
    "YE": "Yemenli|Yemeni|يمني",
    "SD": "Sudanlı|Sudanese|سوداني",
    "UA": "Ukraynalı|Ukrainian|أوكراني",
    "RU": "Russian Federation|Rusya Federasyonu|Rus|Russian|روسي",
    "CD": "Democratic Republic of the Congo|DR Congo|Kongo Demokratik Cumhuriyeti",
    "CG": "Republic of the Congo|Kongo Cumhuriyeti",
    "CI": "Ivory Coast|Fildişi Sahili",
    "CZ": "Czech Republic|Çek Cumhuriyeti",
    "GB": "İngiltere|Great Britain|Britain|England",
    "US": "ABD|USA|Amerika",
    "MM": "Burma",
    "MK": "Macedonia|Makedonya",
    "SZ": "Swaziland|Svaziland",
    "CV": "Cape Verde",
}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of real countries (plus XK, Kosovo) known to CLDR."""
    from babel import Locale

    territories = Locale.parse("en").territories
    return frozenset(
        code
        for code in map(str, territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


@lru_cache(maxsize=1)
def _alpha3_table() -> dict[str, str]:
    # CLDR lists every ISO alpha-3 code (and some withdrawn ones) as an alias of
    # its alpha-2 code, so no hand-typed table is needed.
    from babel.core import get_global

    countries = country_codes()
    return {
        alias: targets[0]
        for alias, targets in get_global("territory_aliases").items()
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in countries
    }


def alpha3_to_alpha2(code: str) -> str | None:
    """Alpha-2 code for an ISO alpha-3 code ("SYR" -> "SY"), None if unknown."""
    return _alpha3_table().get(code.strip().upper())


@cache
def _territory_names(language: str) -> dict[str, str]:
    from babel import Locale

    territories = Locale.parse(language).territories
    return {code: territories[code] for code in country_codes() if code in territories}


@lru_cache(maxsize=1)
def _nationality_table() -> dict[str, str]:
    """Lookup key -> code; built once because loading Babel locales is slow."""
    table: dict[str, str] = {}
    for sentinel, words in _SENTINEL_WORDS.items():
        for word in words.split("|"):
            table[_key(word)] = sentinel
    table[_key("T.C.")] = "TR"
    for code in country_codes():
        table.setdefault(_key(code), code)
    for alpha3, code in _alpha3_table().items():
        table.setdefault(_key(alpha3), code)
    for language in NAME_LOCALES:
        for code, name in _territory_names(language).items():
            table.setdefault(_key(name), code)
    for language in NAME_LOCALES:  # variants only after every real name is in
        for code, name in _territory_names(language).items():
            for variant in _name_variants(name):
                table.setdefault(_key(variant), code)
    for code, names in _EXTRA_NAMES.items():
        for name in names.split("|"):
            table.setdefault(_key(name), code)
    table.pop("", None)
    return table


def _name_variants(name: str) -> list[str]:
    """Shorter names: "Myanmar (Burma)" -> "Myanmar", "Burma"; "العراق" -> "عراق"."""
    variants: list[str] = []
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match:
        variants += [match.group(1), match.group(2)]
    folded = fold(name)
    if folded.startswith("ال") and len(folded) > 4:
        variants.append(folded[2:])
    return variants


def parse_nationality(value: Cell) -> str:
    """ISO alpha-2 code (upper case), ``"stateless"`` or ``"unknown"``.

    Accepts alpha-2/alpha-3 codes, Turkish/English/Arabic country names from
    Babel, older official names and common demonyms. An empty cell is unknown.
    """
    if is_blank(value):
        return vocab.UNKNOWN
    key = _key(value)
    if not key:
        return vocab.UNKNOWN
    code = _nationality_table().get(key)
    if code is None:
        raise ValueError(
            translate(
                _CTX,
                'Unknown nationality "{value}". Use a country name in Turkish, English or '
                'Arabic, a country code such as SY or SYR, "stateless" or "unknown".',
                value=_shown(value),
            )
        )
    return code


def nationality_label(code: str, language: str) -> str:
    """Name of a stored nationality in ``language`` ("tr", "en", "ar")."""
    if code in vocab.NATIONALITY_SENTINEL_LABELS:
        return translate("Vocab", vocab.NATIONALITY_SENTINEL_LABELS[code])
    return _territory_names(language).get(code, code)


_TURKISH_ORDER = {char: index for index, char in enumerate("abcçdefgğhıijklmnoöpqrsştuüvwxyz")}
_TURKISH_LOWER = str.maketrans("Iİ", "ıi")


def _collation_key(label: str, language: str) -> tuple[object, ...]:
    """Alphabetical key: Turkish alphabet order for "tr", folded text otherwise."""
    if language.split("_")[0] != "tr":
        return (fold(label), label)
    key: list[int] = []
    for char in label.translate(_TURKISH_LOWER).lower():
        if char in _TURKISH_ORDER:
            key.append(_TURKISH_ORDER[char] + 1)
        elif char.isspace():
            key.append(0)  # "Güney Kore" before "Güneydoğu"
        else:  # "â", "é": sort as the base letter; punctuation is ignored
            key.extend(_TURKISH_ORDER.get(c, 99) + 1 for c in fold(char))
    return (tuple(key), label)


@cache
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    names = _territory_names(language)
    return tuple(sorted(names.items(), key=lambda item: _collation_key(item[1], language)))


def country_choices(language: str, *, include_sentinels: bool = True) -> list[tuple[str, str]]:
    """(code, label) of every country sorted by label, then stateless and unknown."""
    choices = list(_country_choices(language))
    if include_sentinels:
        choices += [
            (code, nationality_label(code, language)) for code in vocab.NATIONALITY_SENTINELS
        ]
    return choices


# --- dates --------------------------------------------------------------------

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DAY_FIRST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d+)\.?" + _TIME)
_YEAR_FIRST = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})" + _TIME)
_YEARS = range(1900, 2101)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31


def parse_date(value: Cell, *, allow_year_only: bool = False) -> tuple[dt.date, bool]:
    """(date, estimated) from an Excel date, serial number or text.

    Text is day first (31.12.1985, 1/2/2020) or ISO (1985-12-31, with or without
    a time). With ``allow_year_only`` a bare year (1985) means 1 January and is
    flagged as estimated. Two-digit years are refused rather than guessed.
    """
    if isinstance(value, dt.datetime):
        return value.date(), False
    if isinstance(value, dt.date):
        return value, False
    if is_blank(value):
        raise ValueError(translate(_CTX, "The date is empty."))
    if isinstance(value, bool):
        raise _not_a_date(value)
    if isinstance(value, int | float):
        return _parse_number_date(value, allow_year_only)
    text = str(value).strip()
    if text.isdigit():
        if int(text) in _YEARS:
            return _year_only(int(text), allow_year_only)
        raise _not_a_date(text)
    match = _DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = match.group(1, 3, 4)
        if len(year) == 2:
            raise ValueError(
                translate(
                    _CTX,
                    '"{value}" has a two-digit year. Write the year with all four digits '
                    "(e.g. 1985, not 85).",
                    value=printable(text),
                )
            )
        if len(year) != 4:
            raise _not_a_date(text)
        return _make_date(int(year), int(month), int(day), text), False
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        year, month, day = match.group(1, 3, 4)
        return _make_date(int(year), int(month), int(day), text), False
    raise _not_a_date(text)


def _parse_number_date(value: int | float, allow_year_only: bool) -> tuple[dt.date, bool]:
    """A numeric cell: a bare year, or an Excel serial whose text format was lost."""
    if not math.isfinite(value):
        raise _not_a_date(value)
    if float(value).is_integer() and int(value) in _YEARS:
        # A 1905 date from serial 1985 is never meant; it is a year typed alone.
        return _year_only(int(value), allow_year_only)
    serial = math.floor(value)  # the fraction is the time of day
    if not 1 <= serial <= _EXCEL_MAX_SERIAL or serial == 60:
        # 60 is 29.02.1900, which Excel counts though it never existed.
        raise _not_a_date(value)
    epoch = dt.date(1899, 12, 30) if serial > 60 else dt.date(1899, 12, 31)
    return epoch + dt.timedelta(days=serial), False


def _year_only(year: int, allow_year_only: bool) -> tuple[dt.date, bool]:
    if not allow_year_only:
        raise ValueError(
            translate(
                _CTX,
                "{value} is only a year. Write the full date as day.month.year, "
                "e.g. 31.12.{value}.",
                value=year,
            )
        )
    return dt.date(year, 1, 1), True


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            translate(
                _CTX,
                "{value} is not a date (day, month or year out of range).",
                value=printable(text),
            )
        ) from None


def _not_a_date(value: object) -> ValueError:
    return ValueError(
        translate(
            _CTX,
            '"{value}" is not a date. Write it as day.month.year, e.g. 31.12.1985.',
            value=_shown(value),
        )
    )


# --- group types --------------------------------------------------------------

_GROUP_TYPE_WORDS: dict[str, str] = {
    "refugee_assembly": "Mülteciler Meclisi|Mülteci Meclisi|مجلس اللاجئين",
    "children_assembly": "Children Assembly|Çocuk Meclisi|Çocuklar Meclisi|مجلس الأطفال",
    "solidarity_group": "Dayanışma Grubu|مجموعة تضامن|مجموعة التضامن",
    "information_session": "Info Session|Bilgilendirme Oturumu|Bilgilendirme Toplantısı|"
    "جلسة معلومات|جلسة إعلامية",
    "awareness_activity": "Awareness Event|Farkındalık Çalışması|Farkındalık Etkinliği|"
    "نشاط توعوي|نشاط توعية",
    "needs_analysis": "Needs Assessment|İhtiyaç Analizi|تحليل الاحتياجات",
    "focus_group_discussion": "FGD|Focus Group|Odak Grup Görüşmesi|Odak Grup|OGG|"
    "مجموعة نقاش مركزة|نقاش مجموعة مركزة",
    "stakeholder_meeting": "Paydaş Buluşması|Paydaş Toplantısı|"
    "لقاء أصحاب المصلحة|اجتماع أصحاب المصلحة",
}


@lru_cache(maxsize=1)
def _group_type_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group_type in vocab.GROUP_TYPES:
        table[_key(group_type)] = group_type
        table[_key(vocab.GROUP_TYPE_LABELS[group_type])] = group_type
        for word in _GROUP_TYPE_WORDS[group_type].split("|"):
            table[_key(word)] = group_type
    return table


def parse_group_type(value: Cell) -> str:
    """One of ``vocab.GROUP_TYPES`` from its key, English label or Turkish/Arabic name."""
    group_type = None if is_blank(value) else _group_type_table().get(_key(value))
    if group_type is None:
        choices = ", ".join(vocab.group_type_label(key) for key in vocab.GROUP_TYPES)
        raise ValueError(
            translate(
                _CTX,
                'Unknown group type "{value}". Use one of: {choices}.',
                value="" if is_blank(value) else _shown(value),
                choices=choices,
            )
        )
    return group_type


# --- phone and text -----------------------------------------------------------

_PHONE_CHARS = re.compile(r"\+?[\d\s()\-]+")
_FLOAT_TEXT = re.compile(r"(\d+)\.0+")


def parse_phone(value: Cell) -> str | None:
    """The phone as written, trimmed (Excel's 5321234567.0 -> "5321234567"); None if empty."""
    if is_blank(value):
        return None
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        text = str(value)
    elif isinstance(value, float):
        text = str(int(value))
    else:
        text = str(value).strip()
        text = _FLOAT_TEXT.sub(r"\1", text) if _FLOAT_TEXT.fullmatch(text) else text
    if isinstance(value, bool | dt.date) or not _PHONE_CHARS.fullmatch(text):
        raise ValueError(
            translate(
                _CTX,
                'Phone number "{value}" may only contain digits, spaces, +, - and parentheses.',
                value=printable(text),
            )
        )
    digits = sum(char.isdigit() for char in text)
    if not 7 <= digits <= 15:
        raise ValueError(
            translate(
                _CTX,
                'Phone number "{value}" has {count} digits; a phone number has 7 to 15 digits.',
                value=printable(text),
                count=digits,
            )
        )
    return text


def parse_text(value: Cell) -> str | None:
    """Trimmed text, with Excel's int-looking floats made integers (17.0 -> "17")."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() or None


# --- sheets and columns -------------------------------------------------------

_SEPARATORS = re.compile(r"[\s_./\-]+")
_BRACKETED = re.compile(r"\(.*?\)|\[.*?\]")


def canonical_header(text: object) -> str:
    """Header folded for alias lookup ("Katılımcı_No." -> "katilimci no")."""
    if is_blank(text):
        return ""
    return fold(_SEPARATORS.sub(" ", _shown(text)))


def _split(**fields: str) -> dict[str, list[str]]:
    return {field: aliases.split("|") for field, aliases in fields.items()}


# Header spellings by kind and field, matched through canonical_header() with
# spaces removed ("Date of birth", "date_of_birth" and "DateOfBirth" are one).
SHEET_ALIASES: dict[str, list[str]] = _split(
    participants="Participants|Participant|Beneficiaries|Katılımcılar|Katılımcı|"
    "Katılımcı Listesi|Yararlanıcılar|المشاركون|المشاركين",
    groups="Groups|Group|Gruplar|Grup|المجموعات",
    sessions="Sessions|Session|Oturumlar|Oturum|Seanslar|Seans|الجلسات",
    attendance="Attendance|Katılım|Katılımlar|Yoklama|Devam|الحضور",
)
_PARTICIPANT_ID = "participant_id|participant no|participant number|beneficiary id|Katılımcı No|"
_PARTICIPANT_ID += "Katılımcı Numarası|Katılımcı ID|Kayıt No|رقم المشارك"
_GROUP_ID = "group_id|group no|group number|group code|Grup No|Grup Numarası|Grup Kodu|"
_GROUP_ID += "Grup ID|رقم المجموعة"
_SESSION_ID = "session_id|session no|session number|Oturum No|Oturum Numarası|Oturum ID|"
_SESSION_ID += "Seans No|رقم الجلسة"
_OFFICE = "office|Ofis|Birim|Şube|المكتب"

COLUMN_ALIASES: dict[str, dict[str, list[str]]] = {
    "participants": _split(
        participant_id=_PARTICIPANT_ID + "|id",
        first_name="first_name|given name|name|forename|Ad|Adı|İsim|İsmi|الاسم|الاسم الأول",
        last_name="last_name|surname|family name|Soyad|Soyadı|Soyisim|Soyismi|الكنية|"
        "اسم العائلة|الشهرة",
        gender="gender|sex|Cinsiyet|Cinsiyeti|الجنس",
        birth_date="birth_date|date of birth|dob|birthdate|year of birth|birth year|"
        "Doğum Tarihi|D. Tarihi|Doğum Yılı|تاريخ الميلاد|تاريخ الولادة|سنة الميلاد",
        nationality="nationality|citizenship|Uyruk|Uyruğu|Vatandaşlık|الجنسية",
        phone="phone|phone number|telephone|tel|mobile|gsm|Telefon|Telefon No|Cep Telefonu|"
        "Cep|رقم الهاتف|الهاتف|الجوال|الموبايل",
        office=_OFFICE,
        first_name_ar="first_name_ar|first name arabic|first name (arabic)|arabic first name|"
        "Ad (Arapça)|Adı (Arapça)|Arapça Ad|الاسم بالعربية|الاسم بالعربي",
        last_name_ar="last_name_ar|last name arabic|last name (arabic)|surname (arabic)|"
        "arabic last name|Soyad (Arapça)|Soyadı (Arapça)|Arapça Soyad|الكنية بالعربية|"
        "الكنية بالعربي",
        disability="disability|disabled|person with disability|pwd|Engel|Engelli|Engellilik|"
        "Engel Durumu|الإعاقة|إعاقة",
    ),
    "groups": _split(
        group_id=_GROUP_ID + "|id",
        type="type|group type|activity type|Tür|Türü|Tip|Grup Türü|Faaliyet Türü|"
        "نوع المجموعة|النوع",
        name="name|group name|Ad|Adı|İsim|Grup Adı|اسم المجموعة|الاسم",
        office=_OFFICE,
        facilitator="facilitator|Kolaylaştırıcı|Moderatör|Sorumlu|الميسر|الميسرة",
        start_date="start_date|start|Başlangıç Tarihi|Başlangıç|تاريخ البدء|تاريخ البداية",
        end_date="end_date|end|Bitiş Tarihi|Bitiş|تاريخ الانتهاء|تاريخ النهاية",
        description="description|notes|Açıklama|Notlar|الوصف|ملاحظات",
    ),
    "sessions": _split(
        session_id=_SESSION_ID + "|id",
        group_id=_GROUP_ID,
        date="date|session date|Tarih|Oturum Tarihi|Seans Tarihi|التاريخ",
        topic="topic|subject|Konu|Oturum Konusu|الموضوع",
        place="place|location|venue|Yer|Mekan|Konum|المكان",
        start_time="start_time|time|Saat|Başlangıç Saati|وقت البدء|الوقت|الساعة",
        office=_OFFICE,
    ),
    "attendance": _split(session_id=_SESSION_ID, participant_id=_PARTICIPANT_ID),
}

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "participants": ("participant_id", "first_name", "last_name"),
    "groups": ("group_id", "type", "name"),
    "sessions": ("session_id", "group_id", "date"),
    "attendance": ("session_id", "participant_id"),
}


def _header_key(text: object) -> str:
    return canonical_header(text).replace(" ", "")


@lru_cache(maxsize=1)
def _sheet_table() -> dict[str, str]:
    return {
        _header_key(alias): kind for kind, aliases in SHEET_ALIASES.items() for alias in aliases
    }


@cache
def _column_table(kind: str) -> dict[str, str]:
    return {
        _header_key(alias): field
        for field, aliases in COLUMN_ALIASES[kind].items()
        for alias in aliases
    }


def match_sheet(name: object) -> str | None:
    """Kind of sheet ("participants", ...) a sheet name stands for, or None."""
    return _sheet_table().get(_header_key(name))


def match_column(kind: str, header: object) -> str | None:
    """Field a header names in a sheet of ``kind``, or None.

    A bracketed hint is ignored when the full header is unknown:
    "Doğum Tarihi (gg.aa.yyyy)" is the birth date, "Ad (Arapça)" stays itself.
    """
    table = _column_table(kind)
    field = table.get(_header_key(header))
    if field is None and not is_blank(header):
        field = table.get(_header_key(_BRACKETED.sub(" ", str(header))))
    return field


def match_columns(kind: str, headers: list[object]) -> dict[str, int]:
    """Field -> 0-based column index for a header row; unknown headers are ignored.

    Raises:
        ValueError: two or more columns mean the same field.
    """
    found: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        field = match_column(kind, header)
        if field is not None:
            found.setdefault(field, []).append(index)
    duplicates = [
        translate(
            _CTX,
            "Only one column may hold {field}, but {columns} do. "
            "Keep one of them and import again.",
            columns=", ".join(f'"{_shown(headers[index])}"' for index in indexes),
            field=field,
        )
        for field, indexes in found.items()
        if len(indexes) > 1
    ]
    if duplicates:
        raise ValueError(" ".join(duplicates))
    return {field: indexes[0] for field, indexes in found.items()}
