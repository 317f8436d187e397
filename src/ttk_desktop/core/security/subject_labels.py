"""The subject report's wording in Turkish, English and Arabic, and how values are shown.

The report is written in the person's language, whatever the window's
language is, so (like the printed sheets' ``printing/labels.py`` and the
yearly report's ``reports/labels.py``) its wording is content keyed by
language here, not looked up in the interface's Qt catalogue. Dates are
shown as ISO ``YYYY-MM-DD``: unambiguous in all three languages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

LANGUAGES: tuple[str, ...] = ("tr", "en", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})

LABELS: dict[str, dict[str, str]] = {
    "title": {
        "tr": "Hakkınızda tutulan kişisel veriler",
        "en": "Personal data held about you",
        "ar": "البيانات الشخصية المحفوظة عنك",
    },
    "subtitle": {
        "tr": "{name} · {office} · hazırlanma: {when}",
        "en": "{name} · {office} · prepared {when}",
        "ar": "{name} · {office} · أُعدّ في {when}",
    },
    "intro": {
        "tr": (
            "Bu belge, ofisin veri tabanında sizinle ilgili tutulan her şeyi gösterir: kayıt "
            "bilgileriniz, gruplarınız, katıldığınız oturumlar, kayıtlarınızla ilgili kararlar "
            "ve kaydınızda kimin ne zaman değişiklik yaptığı (6698 sayılı KVKK, madde 11)."
        ),
        "en": (
            "This document shows everything the office's database holds about you: your "
            "registration, your groups, the sessions you attended, decisions about your "
            "records, and who changed your record when (Turkish Personal Data Protection "
            "Law No. 6698, KVKK, article 11)."
        ),
        "ar": (
            "تعرض هذه الوثيقة كل ما تحفظه قاعدة بيانات المركز عنك: بيانات تسجيلك، ومجموعاتك، "
            "والجلسات التي حضرتها، والقرارات المتعلقة بسجلاتك، ومن غيّر سجلك ومتى "
            "(قانون حماية البيانات الشخصية التركي رقم 6698، المادة 11)."
        ),
    },
    "section_person": {"tr": "Kayıt bilgileri", "en": "Registration", "ar": "بيانات التسجيل"},
    "section_other": {
        "tr": "Aynı kişinin diğer kaydı {n}",
        "en": "Other record of the same person {n}",
        "ar": "سجل آخر للشخص نفسه {n}",
    },
    "section_groups": {"tr": "Gruplar", "en": "Groups", "ar": "المجموعات"},
    "section_sessions": {
        "tr": "Katıldığı oturumlar",
        "en": "Sessions attended",
        "ar": "الجلسات التي حضرها",
    },
    "section_decisions": {
        "tr": "Kimlik kararları",
        "en": "Identity decisions",
        "ar": "قرارات الهوية",
    },
    "section_audit": {
        "tr": "Kayıt değişiklikleri",
        "en": "Changes to the record",
        "ar": "التغييرات على السجل",
    },
    # Fields of a participant.
    "first_name": {"tr": "Ad", "en": "First name", "ar": "الاسم"},
    "last_name": {"tr": "Soyad", "en": "Last name", "ar": "الكنية"},
    "first_name_ar": {"tr": "Ad (Arapça)", "en": "First name (Arabic)", "ar": "الاسم (بالعربية)"},
    "last_name_ar": {
        "tr": "Soyad (Arapça)",
        "en": "Last name (Arabic)",
        "ar": "الكنية (بالعربية)",
    },
    "external_id": {"tr": "Kayıt no", "en": "Register no.", "ar": "رقم التسجيل"},
    "office_code": {"tr": "Ofis kodu", "en": "Office code", "ar": "رمز المركز"},
    "office_name": {"tr": "Ofis", "en": "Office", "ar": "المركز"},
    "gender": {"tr": "Cinsiyet", "en": "Gender", "ar": "الجنس"},
    "birth_date": {"tr": "Doğum tarihi", "en": "Birth date", "ar": "تاريخ الميلاد"},
    "nationality": {"tr": "Uyruk", "en": "Nationality", "ar": "الجنسية"},
    "phone": {"tr": "Telefon", "en": "Phone", "ar": "الهاتف"},
    "consent_given": {"tr": "Onay verildi", "en": "Consent given", "ar": "تمت الموافقة"},
    "consent_date": {"tr": "Onay tarihi", "en": "Consent date", "ar": "تاريخ الموافقة"},
    "disability": {"tr": "Engellilik", "en": "Disability", "ar": "الإعاقة"},
    "notes": {"tr": "Notlar", "en": "Notes", "ar": "ملاحظات"},
    "uuid": {"tr": "Kayıt kimliği (UUID)", "en": "Record id (UUID)", "ar": "معرّف السجل (UUID)"},
    "record_status": {"tr": "Kayıt durumu", "en": "Record status", "ar": "حالة السجل"},
    "live_record": {"tr": "Kayıtlı", "en": "Registered", "ar": "مسجّل"},
    "deleted_record": {"tr": "Silindi", "en": "Deleted", "ar": "محذوف"},
    "year_only": {
        "tr": "{year} (yalnızca yıl)",
        "en": "{year} (year only)",
        "ar": "{year} (السنة فقط)",
    },
    # Table headers.
    "group": {"tr": "Grup", "en": "Group", "ar": "المجموعة"},
    "group_type": {"tr": "Faaliyet türü", "en": "Activity type", "ar": "نوع النشاط"},
    "office": {"tr": "Ofis", "en": "Office", "ar": "المركز"},
    "joined_on": {"tr": "Katılma tarihi", "en": "Joined on", "ar": "تاريخ الانضمام"},
    "status": {"tr": "Durum", "en": "Status", "ar": "الحالة"},
    "removed": {"tr": "Kaldırıldı", "en": "Removed", "ar": "أُزيل"},
    "date": {"tr": "Tarih", "en": "Date", "ar": "التاريخ"},
    "session_no": {"tr": "Oturum no", "en": "Session no.", "ar": "رقم الجلسة"},
    "topic": {"tr": "Konu", "en": "Topic", "ar": "الموضوع"},
    "decision": {"tr": "Karar", "en": "Decision", "ar": "القرار"},
    "decision_same": {"tr": "Aynı kişi", "en": "Same person", "ar": "الشخص نفسه"},
    "decision_different": {"tr": "Farklı kişiler", "en": "Different people", "ar": "أشخاص مختلفون"},
    "other_record": {"tr": "Diğer kayıt", "en": "Other record", "ar": "السجل الآخر"},
    "decided_at": {"tr": "Karar zamanı", "en": "Decided at", "ar": "وقت القرار"},
    "withdrawn": {"tr": "Geri alındı", "en": "Withdrawn", "ar": "سُحب"},
    "when": {"tr": "Zaman (UTC)", "en": "When (UTC)", "ar": "الوقت (UTC)"},
    "account": {"tr": "Hesap", "en": "Account", "ar": "الحساب"},
    "action": {"tr": "İşlem", "en": "Action", "ar": "الإجراء"},
    "table": {"tr": "Ne", "en": "What", "ar": "ماذا"},
    "none": {"tr": "(yok)", "en": "(none)", "ar": "(لا يوجد)"},
    "yes": {"tr": "Evet", "en": "Yes", "ar": "نعم"},
    "no": {"tr": "Hayır", "en": "No", "ar": "لا"},
    # Audit actions and tables.
    "action_insert": {"tr": "Eklendi", "en": "Added", "ar": "أُضيف"},
    "action_update": {"tr": "Değiştirildi", "en": "Changed", "ar": "عُدّل"},
    "action_delete": {"tr": "Silindi", "en": "Deleted", "ar": "حُذف"},
    "action_restore": {"tr": "Geri getirildi", "en": "Restored", "ar": "استُعيد"},
    "action_erase": {"tr": "Anonimleştirildi", "en": "Erased", "ar": "مُحي"},
    "action_export": {"tr": "Dışa aktarıldı", "en": "Exported", "ar": "صُدّر"},
    "table_participants": {"tr": "Kayıt", "en": "Record", "ar": "السجل"},
    "table_group_members": {"tr": "Grup üyeliği", "en": "Group membership", "ar": "عضوية المجموعة"},
    "table_attendance": {"tr": "Yoklama", "en": "Attendance", "ar": "الحضور"},
    "table_identity_decisions": {
        "tr": "Kimlik kararı",
        "en": "Identity decision",
        "ar": "قرار الهوية",
    },
    # Stored values.
    "gender_female": {"tr": "Kadın", "en": "Female", "ar": "أنثى"},
    "gender_male": {"tr": "Erkek", "en": "Male", "ar": "ذكر"},
    "gender_other": {"tr": "Diğer", "en": "Other", "ar": "آخر"},
    "gender_not_stated": {"tr": "Belirtilmedi", "en": "Not stated", "ar": "غير مذكور"},
    "nationality_stateless": {"tr": "Vatansız", "en": "Stateless", "ar": "عديم الجنسية"},
    "nationality_unknown": {"tr": "Bilinmiyor", "en": "Unknown", "ar": "غير معروف"},
}


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (English if missing), placeholders filled.

    Raises:
        KeyError: there is no label ``key``.
    """
    entry = LABELS[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**values) if values else template


def nationality_name(code: str, lang: str) -> str:
    """A nationality code as a country name in ``lang`` (Babel's CLDR names)."""
    if f"nationality_{code}" in LABELS:
        return label(f"nationality_{code}", lang)
    from babel import Locale

    try:
        return str(Locale.parse(lang).territories.get(code.upper(), code))
    except (ValueError, LookupError):
        return code


def show_value(field: str, value: Any, lang: str, *, year_only: bool = False) -> str:
    """A stored value as the report shows it in ``lang``; empty for nothing."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return label("yes" if value else "no", lang)
    if isinstance(value, dt.date):
        if year_only:
            return label("year_only", lang, year=value.year)
        return value.isoformat()
    if field == "gender":
        key = f"gender_{value}"
        return label(key, lang) if key in LABELS else str(value)
    if field == "nationality":
        return nationality_name(str(value), lang)
    if field == "disability" and value in ("yes", "no"):
        return label(str(value), lang)
    return str(value)
