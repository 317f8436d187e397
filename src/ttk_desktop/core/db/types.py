"""Column types that store a value in fewer bytes than its text.

A global id is a UUID: 36 characters as text, 16 bytes as a blob. Code keeps
handling it as the usual text form; only the column stores the bytes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

from ttk_desktop.core.ids import uuid_bytes, uuid_text


class GlobalId(TypeDecorator[str]):
    """A UUID stored as 16 bytes, read and written as its text form."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None:
            return None
        try:
            return uuid_bytes(value)
        except ValueError:
            # Not a UUID (a lookup "by register number or UUID" got a number):
            # its text's bytes are never 16 bytes of a stored id, so nothing matches.
            return str(value).encode("utf-8")

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else uuid_text(value)
