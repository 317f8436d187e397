"""Bulk UUIDs: valid version-7 UUIDs, distinct, ordered, stamped with the time."""

from __future__ import annotations

import time
import uuid

from ttk_desktop.core.ids import uuid7_batch


def test_batch_is_valid_distinct_increasing_uuid7() -> None:
    before = time.time_ns() // 1_000_000
    batch = uuid7_batch(5000)
    after = time.time_ns() // 1_000_000
    assert len(set(batch)) == 5000
    assert batch == sorted(batch)
    for raw in batch[:50] + batch[-50:]:
        assert len(raw) == 16
        parsed = uuid.UUID(bytes=raw)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert before <= int.from_bytes(raw[:6], "big") <= after


def test_two_batches_in_the_same_millisecond_do_not_collide() -> None:
    first = uuid7_batch(1000, now_ms=1_700_000_000_000)
    second = uuid7_batch(1000, now_ms=1_700_000_000_000)
    assert not set(first) & set(second)


def test_counting_across_the_random_bits_keeps_the_format() -> None:
    """The counter may carry from the low 62 bits into rand_a; version and variant stay."""
    for raw in uuid7_batch(3, now_ms=0):
        assert uuid.UUID(bytes=raw).version == 7
        assert uuid.UUID(bytes=raw).variant == uuid.RFC_4122
