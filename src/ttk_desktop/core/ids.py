"""Record identities made in bulk.

Single records get ``uuid.uuid4()``. An import creates up to hundreds of
thousands at once, and random ids are slow to make one by one and scatter the
inserts over the whole uuid index; a batch of version-7 UUIDs (RFC 9562: a
millisecond timestamp, then a random start that counts up within the batch) is
just as unique across offices, cheap to make and appends to the index.
"""

from __future__ import annotations

import os
import time
import uuid

_LOW_62 = (1 << 62) - 1
_LOW_48 = (1 << 48) - 1


def uuid7_batch(count: int, *, now_ms: int | None = None) -> list[bytes]:
    """``count`` distinct, increasing version-7 UUIDs, as the 16 bytes the database stores."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    # 74 bits follow the version: start from 72 random bits so counting up never overflows.
    start = int.from_bytes(os.urandom(9), "big")
    head = (ms & _LOW_48) << 80 | 7 << 76 | 0b10 << 62
    return [
        (head | (n >> 62) << 64 | (n & _LOW_62)).to_bytes(16, "big")
        for n in range(start, start + count)
    ]


def uuid_bytes(value: str | bytes) -> bytes:
    """The 16 stored bytes of a UUID given as text (or already as bytes)."""
    if isinstance(value, bytes):
        return value
    return uuid.UUID(value).bytes


def uuid_text(value: str | bytes) -> str:
    """The usual text form of a UUID read as its 16 stored bytes (or already text)."""
    if isinstance(value, str):
        return value
    return str(uuid.UUID(bytes=value))
