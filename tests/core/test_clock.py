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
    assert Stamp.of(int(Stamp(1_796_361_650_734, 4))) == Stamp(1_796_361_650_734, 4)


def test_integer_stamps_order_as_time_then_counter() -> None:
    assert int(Stamp(1000, 65535)) < int(Stamp(1001, 0))
    assert int(Stamp(1000, 1)) < int(Stamp(1000, 2))


def test_a_full_counter_borrows_the_next_millisecond() -> None:
    clock = HybridLogicalClock("nodeA", wall_clock=lambda: 1000)
    stamps = [clock.now() for _ in range(70_000)]
    assert stamps == sorted(set(stamps))
    assert Stamp.of(stamps[-1]).wall_ms == 1001


def test_the_older_text_stamps_convert_in_order() -> None:
    """Databases before the compact schema stored ``wall-counter-node`` text (#12)."""
    from ttk_desktop.core.clock import stamp_value

    older = ["1796361650734-000000-ab12", "1796361650734-000003-ab12", "1796361650735-000000-x"]
    values = [stamp_value(text) for text in older]
    assert values == sorted(values) and len(set(values)) == 3
    assert stamp_value(str(values[0])) == values[0]
