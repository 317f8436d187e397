"""The report's wording in Turkish, English and Arabic, and how values are shown.

The yearly report is a published document whose language is chosen when it is
written (``ttk stats --pdf`` writes Turkish by default whatever the interface
language is), so, like the printed sheets in :mod:`ttk_desktop.printing.labels`,
its wording is content keyed by language here rather than looked up in the
interface's Qt catalogue. The Turkish headings follow the unit's public
statistics page ("2021 YILI İSTATİSTİKLERİ", "Seans Sayısı", ...).

Qt-free: the CSV and Excel writers and the statistics tab share it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache

from ttk_desktop.core import vocab

LANGUAGES: tuple[str, ...] = ("tr", "en", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
OTHER_NATIONALITY = "other"  # the statistics' bucket of every non-featured nationality
UNKNOWN_AGE = "unknown"
# Unicode direction isolates (UAX #9): the text between an opening isolate and PDI is
# laid out on its own, in the given direction, whatever letters surround it.
LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"
# Every invisible direction control: marks, embeddings, overrides and isolates.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

LABELS: dict[str, dict[str, str]] = {
    "unit": {
        "tr": "TOPLUM TEMELLİ KORUMA BİRİMİ",
        "en": "COMMUNITY-BASED PROTECTION UNIT",
        "ar": "وحدة الحماية المجتمعية",
    },
    "title_year": {
        "tr": "{year} YILI İSTATİSTİKLERİ",
        "en": "{year} STATISTICS",
        "ar": "إحصائيات عام {year}",
    },
    "title_period": {
        "tr": "{start} – {end} İSTATİSTİKLERİ",
        "en": "STATISTICS {start} – {end}",
        "ar": "إحصائيات الفترة {start} – {end}",
    },
    "sessions": {"tr": "Seans Sayısı", "en": "Sessions", "ar": "عدد الجلسات"},
    "participations": {
        "tr": "Katılımcı Sayısı",
        "en": "Participations",
        "ar": "عدد المشاركات",
    },
    "distinct": {
        "tr": "Farklı Katılımcı Sayısı",
        "en": "Distinct participants",
        "ar": "عدد المشاركين دون تكرار",
    },
    "gender_chart": {"tr": "Cinsiyet Dağılımı", "en": "Gender", "ar": "التوزيع حسب الجنس"},
    "age_chart": {"tr": "Yaş Dağılımı", "en": "Age group", "ar": "التوزيع حسب العمر"},
    "unhcr_chart": {
        "tr": "Yaş Dağılımı (UNHCR yaş aralıkları)",
        "en": "Age group (UNHCR brackets)",
        "ar": "التوزيع حسب العمر (فئات المفوضية)",
    },
    "nationality_chart": {
        "tr": "Uyruk Dağılımı",
        "en": "Nationality",
        "ar": "التوزيع حسب الجنسية",
    },
    "month_chart": {
        "tr": "Aylara Göre Katılım",
        "en": "Participations per month",
        "ar": "المشاركات حسب الشهر",
    },
    "gender_by_age": {
        "tr": "Cinsiyete ve Yaş Grubuna Göre Farklı Katılımcılar",
        "en": "Distinct participants by gender and age group",
        "ar": "المشاركون دون تكرار حسب الجنس والفئة العمرية",
    },
    "nationality_by_gender": {
        "tr": "Uyruğa ve Cinsiyete Göre Farklı Katılımcılar",
        "en": "Distinct participants by nationality and gender",
        "ar": "المشاركون دون تكرار حسب الجنسية والجنس",
    },
    "cross_note": {
        "tr": "Çapraz tablolarda her kişi bir kez, dönemdeki ilk katılımındaki yaşıyla sayılır.",
        "en": "The cross tables count each person once, at their age at first attendance.",
        "ar": "تَعُدّ الجداول المتقاطعة كل شخص مرة واحدة بعمره عند أول حضور له في الفترة.",
    },
    "summary": {"tr": "Özet", "en": "Summary", "ar": "ملخص"},
    "female": {"tr": "Kadın", "en": "Female", "ar": "أنثى"},
    "male": {"tr": "Erkek", "en": "Male", "ar": "ذكر"},
    "other_gender": {"tr": "Diğer", "en": "Other", "ar": "آخر"},
    "not_stated": {"tr": "Belirtilmedi", "en": "Not stated", "ar": "لم يُذكر"},
    "other_nationality": {"tr": "Diğer", "en": "Other", "ar": "أخرى"},
    "unknown_age": {"tr": "Bilinmiyor", "en": "Unknown", "ar": "غير معروف"},
    "total": {"tr": "Toplam", "en": "Total", "ar": "المجموع"},
    "percent": {"tr": "Yüzde", "en": "Percent", "ar": "النسبة"},
    "pct_base": {
        "tr": "Yüzdelerin tabanı",
        "en": "Base of the percentages",
        "ar": "أساس النسب",
    },
    "period": {"tr": "Dönem", "en": "Period", "ar": "الفترة"},
    "start": {"tr": "Başlangıç", "en": "Start", "ar": "البداية"},
    "end": {"tr": "Bitiş", "en": "End", "ar": "النهاية"},
    "office": {"tr": "Ofis", "en": "Office", "ar": "المكتب"},
    "group_type": {"tr": "Grup türü", "en": "Group type", "ar": "نوع المجموعة"},
    "group": {"tr": "Grup", "en": "Group", "ar": "المجموعة"},
    "all": {"tr": "Tümü", "en": "All", "ar": "الكل"},
    "age_method": {"tr": "Yaş yöntemi", "en": "Age method", "ar": "طريقة حساب العمر"},
    "method_first": {
        "tr": "İlk katılım: her kişi bir kez, dönemdeki ilk katılımındaki yaş grubunda "
        "sayılır; dağılımlar farklı katılımcı sayısına eşit toplanır.",
        "en": "First attendance: each person is counted once, in the age group of their "
        "first attendance in the period; every distribution adds up to the distinct "
        "participants.",
        "ar": "أول حضور: يُعَدّ كل شخص مرة واحدة في الفئة العمرية لأول حضور له في الفترة، "
        "فيساوي مجموع كل توزيع عدد المشاركين دون تكرار.",
    },
    "method_each": {
        "tr": "Her yaş grubu: kişi, dönem içinde katıldığı her yaş grubunda bir kez "
        "sayılır; yüzdeler yaş grubu sayılarının toplamına göredir (yayımlanan raporların "
        "yöntemi).",
        "en": "Each age group: a person is counted once in every age group they attended "
        "in during the period; percentages are of the sum of the age-group counts (the "
        "published reports' method).",
        "ar": "كل فئة عمرية: يُعَدّ الشخص مرة واحدة في كل فئة عمرية حضر فيها خلال الفترة، "
        "والنسب من مجموع أعداد الفئات العمرية (طريقة التقارير المنشورة).",
    },
    "month": {"tr": "Ay", "en": "Month", "ar": "الشهر"},
    "nationality": {"tr": "Uyruk", "en": "Nationality", "ar": "الجنسية"},
    "country_code": {"tr": "Ülke kodu", "en": "Country code", "ar": "رمز البلد"},
    "gender": {"tr": "Cinsiyet", "en": "Gender", "ar": "الجنس"},
    "age_group": {"tr": "Yaş grubu", "en": "Age group", "ar": "الفئة العمرية"},
    "generated": {
        "tr": "TTK Desktop ile {date} tarihinde veriden hesaplanmıştır.",
        "en": "Computed from the data by TTK Desktop on {date}.",
        "ar": "حُسبت من البيانات بواسطة TTK Desktop بتاريخ {date}.",
    },
    "page": {"tr": "Sayfa {x} / {y}", "en": "Page {x} of {y}", "ar": "صفحة {x} من {y}"},
    "sheet_summary": {"tr": "Özet", "en": "Summary", "ar": "ملخص"},
    "sheet_gender": {"tr": "Cinsiyet", "en": "Gender", "ar": "الجنس"},
    "sheet_age_group": {"tr": "Yaş", "en": "Age", "ar": "العمر"},
    "sheet_unhcr_age_group": {"tr": "Yaş (UNHCR)", "en": "Age (UNHCR)", "ar": "العمر (المفوضية)"},
    "sheet_gender_by_age_group": {
        "tr": "Cinsiyet ve yaş",
        "en": "Gender and age",
        "ar": "الجنس والعمر",
    },
    "sheet_nationality": {"tr": "Uyruk", "en": "Nationality", "ar": "الجنسية"},
    "sheet_months": {"tr": "Aylar", "en": "Months", "ar": "الأشهر"},
    "no_data": {
        "tr": "Bu dönemde kayıtlı katılım yok.",
        "en": "No attendance recorded in this period.",
        "ar": "لا يوجد حضور مسجّل في هذه الفترة.",
    },
}

_GENDER_KEYS = {
    vocab.FEMALE: "female",
    vocab.MALE: "male",
    vocab.OTHER: "other_gender",
    vocab.NOT_STATED: "not_stated",
}
_TURKISH_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def language_or_default(language: str | None) -> str:
    """A supported language code ("tr" when unknown or missing)."""
    code = (language or "").split("_")[0].lower()
    return code if code in LANGUAGES else LANGUAGES[0]


class ReportText:
    """Labels and formatted values of a report in one language."""

    def __init__(self, language: str | None = "tr", *, bidi_marks: bool = True) -> None:
        """``bidi_marks=False`` for files read by programs (CSV, Excel): plain labels."""
        self.language = language_or_default(language)
        self.rtl = self.language in RIGHT_TO_LEFT
        self.bidi_marks = bidi_marks and self.rtl

    def __call__(self, key: str, /, **values: object) -> str:
        """The label ``key`` in this language, placeholders filled."""
        entry = LABELS[key]
        template = entry.get(self.language) or entry["en"]
        return template.format(**values) if values else template

    # -- categories ----------------------------------------------------------------
    def gender(self, key: str) -> str:
        return self(_GENDER_KEYS.get(key, "not_stated"))

    def gender_caps(self, key: str) -> str:
        """Upper-case gender as on the public page (KADIN, ERKEK), Turkish-aware."""
        label = self.gender(key)
        if self.language == "tr":
            label = label.translate(_TURKISH_UPPER)
        return label.upper()

    def age(self, key: str) -> str:
        """An age group as a reader sees it: "0-17" in every language.

        Every display of an age group (statistics tab, PDF, PNG charts) comes here.
        In right-to-left text the bidi algorithm reads a range that follows Arabic
        letters ("أنثى 0-17") as two Arabic numbers around a neutral hyphen and shows
        "17-0" (UAX #9 rules W2/W4), so for display the range is isolated left to
        right (LRI ... PDI). An open range is isolated right to left, so "60+" reads
        "+60", as Arabic writes it, also on a chart axis drawn left to right. Labels
        built with ``bidi_marks=False`` (CSV, Excel) stay plain "0-17".
        """
        if key == UNKNOWN_AGE:
            return self("unknown_age")
        if not self.bidi_marks or not key[:1].isdigit():
            return key
        return (LRI if "-" in key else RLI) + key + PDI

    def nationality(self, code: str) -> str:
        if code == OTHER_NATIONALITY:
            return self("other_nationality")
        return _nationality_label(code, self.language)

    def group_type(self, key: str) -> str:
        return vocab.group_type_name(key, self.language)

    def month(self, year_month: str, *, with_year: bool = True) -> str:
        """ "2021-03" as "Mar 2021" / "Mar 2021" / "مارس 2021" (or without the year)."""
        year, month = (int(part) for part in year_month.split("-"))
        return _month_label(year, month, self.language, with_year)

    # -- values --------------------------------------------------------------------
    @staticmethod
    def number(value: int) -> str:
        return str(value)

    @staticmethod
    def percent(value: Decimal | float) -> str:
        """One decimal and a percent sign, as on the public page ("61.2%")."""
        return f"{Decimal(str(value)).quantize(Decimal('0.1'))}%"

    def date(self, day: dt.date) -> str:
        if self.language == "en":
            return day.isoformat()
        return day.strftime("%d.%m.%Y")

    def title(self, date_from: dt.date, date_to: dt.date) -> str:
        """ "2021 YILI İSTATİSTİKLERİ" for a calendar year, else the period's dates."""
        if (date_from.month, date_from.day, date_to.month, date_to.day) == (1, 1, 12, 31) and (
            date_from.year == date_to.year
        ):
            return self("title_year", year=date_from.year)
        return self("title_period", start=self.date(date_from), end=self.date(date_to))

    def method(self, age_method: str) -> str:
        return self("method_each" if age_method == "each" else "method_first")


@cache
def _nationality_label(code: str, language: str) -> str:
    from ttk_desktop.core.normalize import nationality_label

    if code == vocab.STATELESS:
        return {"tr": "Vatansız", "en": "Stateless", "ar": "عديم الجنسية"}[language]
    if code == vocab.UNKNOWN:
        return LABELS["unknown_age"][language]
    return nationality_label(code, language)


@cache
def _month_label(year: int, month: int, language: str, with_year: bool) -> str:
    from babel.dates import format_date

    return format_date(dt.date(year, month, 1), "MMM y" if with_year else "LLL", locale=language)
