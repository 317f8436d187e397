"""Cell parsers the importer needs beyond :mod:`ttk_desktop.core.normalize`.

Also the per-import memo that makes the normalize parsers cheap on registers
that repeat the same few genders, nationalities, offices and dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from ttk_desktop.core import normalize, textfold
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.textrules import printable

# Same rule as services.offices.ensure_office.
OFFICE_CODE = re.compile(r"^[A-Za-z0-9_-]{2,32}$")

_DISABILITY_WORDS = {
    "yes": "yes|y|evet|e|var|engelli|1|true|نعم",
    "no": "no|n|hayır|h|yok|0|false|لا",
}

# Distinct values remembered per parser; beyond this (unique dates, say) just parse.
_MEMO_LIMIT = 20_000


def memo(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Cache a cell parser's result or its ValueError message, keyed by type and value."""
    cache: dict[Any, tuple[bool, Any]] = {}

    def parse(value: Any) -> Any:
        key = value if value.__class__ is str else (value.__class__, value)
        hit = cache.get(key)
        if hit is None:
            try:
                hit = (True, func(value))
            except ValueError as exc:
                hit = (False, str(exc))
            if len(cache) < _MEMO_LIMIT:
                cache[key] = hit
        if hit[0]:
            return hit[1]
        raise ValueError(hit[1])

    return parse


def parse_disability(value: Any) -> str | None:
    if normalize.is_blank(value):
        return None
    key = textfold.fold(str(value)).replace(" ", "")
    for result, words in _DISABILITY_WORDS.items():
        if key in words.split("|"):
            return result
    raise ValueError(
        translate(
            "Import",
            'Unknown disability status "{value}". Write yes or no (Evet/Hayır, Var/Yok).',
            value=printable(str(value).strip()),
        )
    )


def parse_time(value: Any) -> str | None:
    """A session's start time as HH:MM from a time cell, a day fraction or text."""
    if normalize.is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    text = str(value).strip().replace(".", ":")
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", text)
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    raise ValueError(
        translate("Import", '"{value}" is not a time; write it as HH:MM.', value=printable(value))
    )
