"""The hybrid logical clock orders changes across offices, even when wall clocks lie."""

from __future__ import annotations

from ttk_desktop.core.clock import HybridLogicalClock, Stamp


def test_stamps_strictly_increase_when_wall_clock_stands_still() -> None:
    clock = HybridLogicalClock("nodeA", wall_clock=lambda: 1000)
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_clock_never_goes_back_when_pc_clock_does() -> None:
    times = iter([5000, 4000, 3000])
    clock = HybridLogicalClock("nodeA", wall_clock=lambda: next(times))
    first, second, third = clock.now(), clock.now(), clock.now()
    assert first < second < third


def test_observing_a_remote_stamp_orders_later_local_edits_after_it() -> None:
    remote = HybridLogicalClock("nodeB", wall_clock=lambda: 9_000_000).now()
    local = HybridLogicalClock("nodeA", wall_clock=lambda: 1000)
    local.observe(remote)
    assert local.now() > remote


def test_restarted_clock_continues_after_persisted_last() -> None:
    clock = HybridLogicalClock("nodeA", wall_clock=lambda: 2000)
    last = clock.now()
    restarted = HybridLogicalClock("nodeA", last=last, wall_clock=lambda: 1500)
    assert restarted.now() > last


def test_stamp_round_trips() -> None:
    text = str(Stamp(123, 4, "abc-def"))
    assert Stamp.parse(text) == Stamp(123, 4, "abc-def")
