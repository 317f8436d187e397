"""Translation hook for the Qt-free core.

The core may not import Qt, yet the messages it raises are shown to people in
Turkish, English or Arabic. Core code marks them with :func:`translate` using
the same ``translate("Context", "text")`` form that ``pyside6-lupdate`` extracts;
the GUI installs Qt's translator with :func:`set_translator` at start-up. The
command line uses the identity (English source strings) unless told otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Install the function that turns (context, source text) into the user's language."""
    global _translator
    _translator = func


def translate(context: str, text: str, /, **values: object) -> str:
    """Translate ``text`` and fill its ``{name}`` placeholders from ``values``."""
    template = _translator(context, text) if _translator is not None else text
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the message: fall back to the source.
        return text.format(**values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for extraction without translating it yet (translated when shown)."""
    return text
