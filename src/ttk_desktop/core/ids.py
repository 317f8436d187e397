"""Record identities made in bulk.

Single records get ``uuid.uuid4()``. An import creates up to hundreds of
thousands at once, and random ids are slow to make one by one and scatter the
inserts over the whole uuid index; a batch of version-7 UUIDs (RFC 9562: a
millisecond timestamp, then a random start that counts up within the batch) is
just as unique across offices, cheap to format and appends to the index.
"""

from __future__ import annotations

import os
import time

_LOW_62 = (1 << 62) - 1
_LOW_48 = (1 << 48) - 1
_VARIANT = 0x8000  # RFC 9562 variant bits "10" in the fourth group


def uuid7_batch(count: int, *, now_ms: int | None = None) -> list[str]:
    """``count`` distinct, increasing version-7 UUID strings."""
    ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    head = f"{ms & _LOW_48:012x}"
    prefix = f"{head[:8]}-{head[8:]}-7"
    # 74 bits follow the version: start from 72 random bits so counting up never overflows.
    start = int.from_bytes(os.urandom(9), "big")
    out: list[str] = []
    n, end = start, start + count
    while n < end:
        # Everything above the low 48 bits stays the same until they wrap
        # around (practically never within a batch): format it once.
        high = n >> 48
        stop = min(end, (high + 1) << 48)
        head = f"{prefix}{n >> 62:03x}-{_VARIANT | ((n & _LOW_62) >> 48):04x}-"
        low = n & _LOW_48
        out += [f"{head}{m:012x}" for m in range(low, low + stop - n)]
        n = stop
    return out
