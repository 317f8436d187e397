"""Install the user's language before any window is built.

Loads our catalogue (``ttk_desktop_<lang>.qm`` built from ``translations/*.ts``
into ``src/ttk_desktop/i18n/``) and Qt's own ``qtbase_<lang>`` so stock buttons
are translated, routes the Qt-free core's :func:`ttk_desktop.core.i18n.translate`
through Qt, sets the default QLocale (dates and numbers) and the layout
direction (Arabic is right-to-left). A language change applies after a restart.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import ttk_desktop
from ttk_desktop.core import i18n as core_i18n

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(ttk_desktop.__file__).resolve().parent
QM_DIR = PACKAGE_DIR / "i18n"
# translations/*.ts live at the top of a development checkout (absent when installed).
TS_DIR = PACKAGE_DIR.parent.parent / "translations"
LANGUAGES: tuple[str, ...] = ("tr", "en", "ar")
LOCALE_NAMES = {"tr": "tr_TR", "en": "en_GB", "ar": "ar_SY"}
RIGHT_TO_LEFT = frozenset({"ar"})

# Keeps the installed translators alive and lets a second call replace them.
_INSTALLED_PROPERTY = "_ttk_translators"


def language_name(code: str) -> str:
    """Each language is named in itself, so anyone can find their own."""
    return {"tr": "Türkçe", "en": "English", "ar": "العربية"}.get(code, code)


def qm_path(language: str) -> Path:
    return QM_DIR / f"ttk_desktop_{language}.qm"


def find_tool(name: str) -> str | None:
    """``pyside6-lrelease`` / ``pyside6-lupdate`` beside this Python, or on PATH."""
    exe = name + (".exe" if os.name == "nt" else "")
    beside = Path(sys.executable).with_name(exe)
    if beside.exists():
        return str(beside)
    import shutil

    return shutil.which(name)


def ensure_catalogs_built() -> bool:
    """Build missing ``.qm`` files from the ``.ts`` sources (development checkout).

    Cheap when nothing is missing: a few ``stat`` calls. Returns True when all
    catalogues exist afterwards.
    """
    missing = [lang for lang in LANGUAGES if not qm_path(lang).exists()]
    if not missing:
        return True
    tool = find_tool("pyside6-lrelease")
    if tool is None:
        log.warning("Translations missing and pyside6-lrelease not found: %s", missing)
        return False
    import subprocess  # only in a development checkout, when catalogues are missing

    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in missing:
        ts = TS_DIR / f"ttk_desktop_{lang}.ts"
        if not ts.exists():
            continue
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm_path(lang))],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
    return all(qm_path(lang).exists() for lang in LANGUAGES)


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the UI language of ``app``; call before building windows."""
    if language not in LANGUAGES:
        language = LANGUAGES[0]
    for old in getattr(app, _INSTALLED_PROPERTY, []):
        app.removeTranslator(old)
    ensure_catalogs_built()
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        translators.append(ours)
    elif language != "en":
        log.warning("No catalogue for %s at %s", language, qm_path(language))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    setattr(app, _INSTALLED_PROPERTY, translators)
    core_i18n.set_translator(_qt_translate)
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    # Only when the direction changes (left to right is Qt's default): the first
    # use of any enum of the Qt namespace builds all of them, 26 ms with PySide6
    # 6.11, which a Turkish or English start can leave until after the login
    # window is painted (#16: painted within 1.5x a bare window). Modules on
    # that path import ``Qt`` where they use it for the same reason.
    right_to_left = language in RIGHT_TO_LEFT
    if right_to_left or app.property("ttk_language") in RIGHT_TO_LEFT:
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
    app.setProperty("ttk_language", language)
    return translators


def current_language() -> str:
    """The language installed by :func:`install_language` (default Turkish)."""
    app = QCoreApplication.instance()
    value = app.property("ttk_language") if app is not None else None
    return value if value in LANGUAGES else LANGUAGES[0]


def left_to_right(text: str) -> str:
    """Keep phone numbers, ids and paths in reading order inside right-to-left text.

    Wrapped in Unicode's left-to-right isolate only when the interface is right
    to left (Arabic), where "0532 123 45 67" would otherwise show as "67 45 123 0532".
    """
    from PySide6.QtCore import Qt

    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text
