"""Fixed vocabularies: genders, group types, nationality sentinels, age groups.

Values are stored in the database as these English keys; labels are marked for
translation here and translated when shown.
"""

from __future__ import annotations

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

FEMALE, MALE, OTHER, NOT_STATED = "female", "male", "other", "not_stated"
GENDERS: tuple[str, ...] = (FEMALE, MALE, OTHER, NOT_STATED)
GENDER_LABELS: dict[str, str] = {
    FEMALE: QT_TRANSLATE_NOOP("Vocab", "Female"),
    MALE: QT_TRANSLATE_NOOP("Vocab", "Male"),
    OTHER: QT_TRANSLATE_NOOP("Vocab", "Other"),
    NOT_STATED: QT_TRANSLATE_NOOP("Vocab", "Not stated"),
}

REFUGEE_ASSEMBLY = "refugee_assembly"
CHILDREN_ASSEMBLY = "children_assembly"
GROUP_TYPES: tuple[str, ...] = (
    REFUGEE_ASSEMBLY,
    CHILDREN_ASSEMBLY,
    "solidarity_group",
    "information_session",
    "awareness_activity",
    "needs_analysis",
    "focus_group_discussion",
    "stakeholder_meeting",
)
GROUP_TYPE_LABELS: dict[str, str] = {
    REFUGEE_ASSEMBLY: QT_TRANSLATE_NOOP("Vocab", "Refugee Assembly"),
    CHILDREN_ASSEMBLY: QT_TRANSLATE_NOOP("Vocab", "Children's Assembly"),
    "solidarity_group": QT_TRANSLATE_NOOP("Vocab", "Solidarity Group"),
    "information_session": QT_TRANSLATE_NOOP("Vocab", "Information Session"),
    "awareness_activity": QT_TRANSLATE_NOOP("Vocab", "Awareness Activity"),
    "needs_analysis": QT_TRANSLATE_NOOP("Vocab", "Needs Analysis"),
    "focus_group_discussion": QT_TRANSLATE_NOOP("Vocab", "Focus Group Discussion"),
    "stakeholder_meeting": QT_TRANSLATE_NOOP("Vocab", "Stakeholder Meeting"),
}
# The group types as the unit itself names them, for printed sheets and reports
# (which are drawn in the document's language, not the window's). The app's
# catalogues translate GROUP_TYPE_LABELS to the same names; a test keeps them equal.
GROUP_TYPE_NAMES: dict[str, dict[str, str]] = {
    REFUGEE_ASSEMBLY: {"tr": "Mülteciler Meclisi", "en": "Refugee Assembly", "ar": "مجلس اللاجئين"},
    CHILDREN_ASSEMBLY: {"tr": "Çocuk Meclisi", "en": "Children's Assembly", "ar": "مجلس الأطفال"},
    "solidarity_group": {"tr": "Dayanışma Grubu", "en": "Solidarity Group", "ar": "مجموعة التضامن"},
    "information_session": {
        "tr": "Bilgilendirme Oturumu",
        "en": "Information Session",
        "ar": "جلسة إعلامية",
    },
    "awareness_activity": {
        "tr": "Farkındalık Çalışması",
        "en": "Awareness Activity",
        "ar": "نشاط توعوي",
    },
    "needs_analysis": {"tr": "İhtiyaç Analizi", "en": "Needs Analysis", "ar": "تحليل الاحتياجات"},
    "focus_group_discussion": {
        "tr": "Odak Grup Görüşmesi",
        "en": "Focus Group Discussion",
        "ar": "نقاش مجموعة مركّزة",
    },
    "stakeholder_meeting": {
        "tr": "Paydaş Buluşması",
        "en": "Stakeholder Meeting",
        "ar": "لقاء أصحاب المصلحة",
    },
}


def group_type_name(key: str, language: str) -> str:
    """A group type in ``language`` (tr, en, ar) as the unit names it; the key if unknown."""
    entry = GROUP_TYPE_NAMES.get(key)
    return (entry.get(language) or entry["en"]) if entry else key


# Ages the children's assembly is meant for (inclusive).
CHILDREN_ASSEMBLY_AGES = (12, 16)

STATELESS, UNKNOWN = "stateless", "unknown"
NATIONALITY_SENTINELS: tuple[str, ...] = (STATELESS, UNKNOWN)
NATIONALITY_SENTINEL_LABELS: dict[str, str] = {
    STATELESS: QT_TRANSLATE_NOOP("Vocab", "Stateless"),
    UNKNOWN: QT_TRANSLATE_NOOP("Vocab", "Unknown"),
}
# Nationalities reported on their own; everything else is "other". A setting.
DEFAULT_FEATURED_NATIONALITIES: tuple[str, ...] = ("SY", "TR")

AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0-17", 0, 17),
    ("18-59", 18, 59),
    ("60+", 60, None),
)
UNHCR_AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0-4", 0, 4),
    ("5-11", 5, 11),
    ("12-17", 12, 17),
    ("18-59", 18, 59),
    ("60+", 60, None),
)

DISABILITY_VALUES: tuple[str, ...] = ("yes", "no")


def gender_label(value: str) -> str:
    """Translated label of a stored gender key."""
    return translate("Vocab", GENDER_LABELS.get(value, value))


def group_type_label(value: str) -> str:
    """Translated label of a stored group type key."""
    return translate("Vocab", GROUP_TYPE_LABELS.get(value, value))
