"""What a print run shows: page size, languages, walk-in rows and opt-in columns.

Personal details beyond name and register number (phone, birth date,
nationality) are off by default and chosen per print, never remembered:
a sheet lies on a table where every participant can read it (data
minimisation under KVKK). Page size, walk-in rows, languages and the
association's names are office settings kept in the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ttk_desktop.core.errors import ValidationError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security.roles import Action

if TYPE_CHECKING:
    from ttk_desktop.core.db.engine import Database

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
LANGUAGES: tuple[str, ...] = ("tr", "ar", "en")
DEFAULT_LANGUAGES: tuple[str, ...] = ("tr", "ar")
DEFAULT_WALK_IN_ROWS = 10
MAX_WALK_IN_ROWS = 200
# Longer names no longer fit the sheet's heading line, even at its smallest size.
MAX_NAME_LENGTH = 100
NAME_FIELDS: tuple[str, ...] = (
    "association_name",
    "association_name_ar",
    "unit_name",
    "unit_name_ar",
)

DEFAULT_ASSOCIATION = "Mülteciler ve Sığınmacılar Yardımlaşma ve Dayanışma Derneği"
DEFAULT_ASSOCIATION_AR = "جمعية التضامن والتعاون مع اللاجئين وطالبي اللجوء"
DEFAULT_UNIT = "Toplum Temelli Koruma Birimi"
DEFAULT_UNIT_AR = "وحدة الحماية المجتمعية"

# Keys in the database's settings table (kept with the office's data).
SETTING_ASSOCIATION = "print.association_name"
SETTING_ASSOCIATION_AR = "print.association_name_ar"
SETTING_UNIT = "print.unit_name"
SETTING_UNIT_AR = "print.unit_name_ar"
SETTING_WALK_IN_ROWS = "print.walk_in_rows"
SETTING_PAGE_SIZE = "print.page_size"
SETTING_LANGUAGES = "print.languages"


@dataclass(frozen=True)
class PrintOptions:
    """Choices for one print run (frozen: safe to hand to a worker thread)."""

    page_size: str = "A4"
    walk_in_rows: int = DEFAULT_WALK_IN_ROWS
    show_phone: bool = False
    show_birth_date: bool = False
    show_nationality: bool = False
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    association_name: str = DEFAULT_ASSOCIATION
    association_name_ar: str = DEFAULT_ASSOCIATION_AR
    unit_name: str = DEFAULT_UNIT
    unit_name_ar: str = DEFAULT_UNIT_AR

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size {self.page_size!r} is not one of {PAGE_SIZES}")
        langs = tuple(lang for lang in self.languages if lang in LANGUAGES)[:2]
        object.__setattr__(self, "languages", langs or DEFAULT_LANGUAGES)
        rows = max(0, min(MAX_WALK_IN_ROWS, int(self.walk_in_rows)))
        object.__setattr__(self, "walk_in_rows", rows)

    def association(self, lang: str) -> str:
        """The association's name in ``lang`` (proper names stay Turkish outside Arabic)."""
        return self.association_name_ar if lang == "ar" else self.association_name

    def unit(self, lang: str) -> str:
        return self.unit_name_ar if lang == "ar" else self.unit_name


def parse_languages(value: str | None) -> tuple[str, ...]:
    """``"tr,ar"`` -> ``("tr", "ar")``; unknown codes are dropped."""
    langs = tuple(p.strip() for p in (value or "").split(",") if p.strip() in LANGUAGES)
    return langs[:2] or DEFAULT_LANGUAGES


def load_print_settings(db: Database) -> PrintOptions:
    """The office's print settings, with the per-print columns all off."""
    return _options_from(db.settings())


def _options_from(settings: Mapping[str, str]) -> PrintOptions:
    """Print options from the settings table's rows (defaults where missing or unusable)."""
    try:
        rows = int(settings.get(SETTING_WALK_IN_ROWS, DEFAULT_WALK_IN_ROWS))
    except ValueError:
        rows = DEFAULT_WALK_IN_ROWS
    page = settings.get(SETTING_PAGE_SIZE, "A4")
    return PrintOptions(
        page_size=page if page in PAGE_SIZES else "A4",
        walk_in_rows=rows,
        languages=parse_languages(settings.get(SETTING_LANGUAGES)),
        association_name=settings.get(SETTING_ASSOCIATION) or DEFAULT_ASSOCIATION,
        association_name_ar=settings.get(SETTING_ASSOCIATION_AR) or DEFAULT_ASSOCIATION_AR,
        unit_name=settings.get(SETTING_UNIT) or DEFAULT_UNIT,
        unit_name_ar=settings.get(SETTING_UNIT_AR) or DEFAULT_UNIT_AR,
    )


def validate_print_settings(walk_in_rows: int, names: Mapping[str, str]) -> dict[str, str]:
    """Problems with office print settings a person typed, by PrintOptions field name.

    Checked before a :class:`PrintOptions` is built, since that quietly clamps
    the walk-in rows; ``names`` maps fields of :data:`NAME_FIELDS` to their text.
    """
    errors: dict[str, str] = {}
    if not 0 <= walk_in_rows <= MAX_WALK_IN_ROWS:
        errors["walk_in_rows"] = translate(
            "Printing",
            "Empty rows for walk-ins must be a number from 0 to {max}, not {rows}.",
            max=MAX_WALK_IN_ROWS,
            rows=walk_in_rows,
        )
    for key, text in names.items():
        if len(text.strip()) > MAX_NAME_LENGTH:
            errors[key] = translate(
                "Validation", "A name can be at most {n} characters long.", n=MAX_NAME_LENGTH
            )
    return errors


def _stored_values(options: PrintOptions) -> dict[str, str]:
    """The settings rows ``options`` stands for (empty names fall back to the defaults)."""
    return {
        SETTING_PAGE_SIZE: options.page_size,
        SETTING_WALK_IN_ROWS: str(options.walk_in_rows),
        SETTING_LANGUAGES: ",".join(options.languages),
        SETTING_ASSOCIATION: options.association_name.strip() or DEFAULT_ASSOCIATION,
        SETTING_ASSOCIATION_AR: options.association_name_ar.strip() or DEFAULT_ASSOCIATION_AR,
        SETTING_UNIT: options.unit_name.strip() or DEFAULT_UNIT,
        SETTING_UNIT_AR: options.unit_name_ar.strip() or DEFAULT_UNIT_AR,
    }


def save_print_settings(db: Database, options: PrintOptions) -> dict[str, list[str]]:
    """Remember the office-wide choices; the opt-in columns are never stored.

    One transaction, like every write: changed settings get a clock stamp and
    an audit entry each (table ``settings``, the key in place of a record
    uuid, the value in force before and the new one). Returns
    ``{key: [before, new]}`` of what changed; nothing is written when nothing
    changed.

    Raises:
        ValidationError: a name is longer than :data:`MAX_NAME_LENGTH`.
    """
    db.require(Action.CHANGE_DATA)
    from sqlalchemy import select

    from ttk_desktop.core.db.models import Setting

    names = {key: getattr(options, key) for key in NAME_FIELDS}
    errors = validate_print_settings(options.walk_in_rows, names)
    if errors:
        raise ValidationError(errors)
    wanted = _stored_values(options)
    changed: dict[str, list[str]] = {}
    with db.write() as writer:
        rows = writer.session.scalars(select(Setting).where(Setting.key.in_(wanted)))
        # Compared with what is in force: a missing or unusable row means the default.
        before = _stored_values(_options_from({row.key: row.value for row in rows}))
        hlc: int | None = None
        for key, value in wanted.items():
            if before[key] == value:
                continue
            hlc = hlc or writer.stamp()
            writer.session.merge(Setting(key=key, value=value))
            writer.audit("update", Setting.__tablename__, key, hlc, {"value": [before[key], value]})
            changed[key] = [before[key], value]
    return changed


def with_overrides(options: PrintOptions, **changes: object) -> PrintOptions:
    """``options`` with the given fields replaced; ``None`` values are ignored."""
    return replace(options, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]
