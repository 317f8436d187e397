"""The reasons a pair is proposed: stable codes (for tools and tests) and their texts.

Texts are marked here and translated when a reason is made, so the CLI prints
them in the user's language and the Duplicates screen can show them as they are.
"""

from __future__ import annotations

from ttk_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from ttk_desktop.core.identity.records import Reason

CONTEXT = "Duplicates"

NAME_SAME = "name_same"
NAME_TRANSLITERATED = "name_transliterated"
NAME_SCRIPT = "name_other_script"
NAME_SWAPPED = "name_swapped"
NAME_SIMILAR = "name_similar"
NAME_DIFFERENT = "name_different"
BIRTH_DATE_SAME = "birth_date_same"
BIRTH_YEAR_SAME = "birth_year_same"
BIRTH_DATE_DIFFERENT = "birth_date_different"
BIRTH_YEAR_DIFFERENT = "birth_year_different"
GENDER_SAME = "gender_same"
GENDER_DIFFERENT = "gender_different"
PHONE_SAME = "phone_same"
PHONE_DIFFERENT = "phone_different"
NATIONALITY_SAME = "nationality_same"
NATIONALITY_DIFFERENT = "nationality_different"
OFFICE_SAME = "office_same"
OFFICE_OTHER = "office_other"

TEXTS: dict[str, str] = {
    NAME_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same name"),
    NAME_TRANSLITERATED: QT_TRANSLATE_NOOP("Duplicates", "Same name in another transliteration"),
    NAME_SCRIPT: QT_TRANSLATE_NOOP("Duplicates", "Same name in Arabic and Latin script"),
    NAME_SWAPPED: QT_TRANSLATE_NOOP("Duplicates", "First and last name swapped"),
    NAME_SIMILAR: QT_TRANSLATE_NOOP("Duplicates", "Similar name"),
    NAME_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different names"),
    BIRTH_DATE_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same birth date"),
    BIRTH_YEAR_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same birth year (only the year is known)"),
    BIRTH_DATE_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different birth dates"),
    BIRTH_YEAR_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different birth years"),
    GENDER_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same gender"),
    GENDER_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different genders"),
    PHONE_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same phone"),
    PHONE_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different phones"),
    NATIONALITY_SAME: QT_TRANSLATE_NOOP("Duplicates", "Same nationality"),
    NATIONALITY_DIFFERENT: QT_TRANSLATE_NOOP("Duplicates", "Different nationalities"),
    OFFICE_SAME: QT_TRANSLATE_NOOP("Duplicates", "Registered at the same office"),
    OFFICE_OTHER: QT_TRANSLATE_NOOP("Duplicates", "Registered at different offices"),
}


def reason(code: str) -> Reason:
    """The reason of ``code`` with its text in the user's language."""
    return Reason(code, translate(CONTEXT, TEXTS[code]))
