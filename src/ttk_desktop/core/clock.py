"""Hybrid logical clock: orders changes made at different offices.

A stamp is ``"<wall ms, 13 digits>-<counter, 6 digits>-<node>"``; comparing two
stamps as strings orders them as (physical time, counter, node). Each database
is a node with its own id, and the last stamp issued is persisted so that the
clock never goes backwards even if the PC's clock does. Merging data from
another office calls :meth:`HybridLogicalClock.observe` with the remote stamps,
so later local edits order after everything already seen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    """A parsed clock value."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HybridLogicalClock:
    """Thread-safe HLC for one node; ``now()`` returns strictly increasing stamps."""

    def __init__(
        self,
        node: str,
        last: str | None = None,
        wall_clock: Callable[[], int] | None = None,
    ) -> None:
        self.node = node
        self._wall = wall_clock or (lambda: int(time.time() * 1000))
        self._lock = threading.Lock()
        if last:
            stamp = Stamp.parse(last)
            self._ms, self._counter = stamp.wall_ms, stamp.counter
        else:
            self._ms, self._counter = 0, 0

    def now(self) -> str:
        """A new stamp, later than every stamp issued or observed before."""
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
            return str(Stamp(self._ms, self._counter, self.node))

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another node."""
        stamp = Stamp.parse(remote)
        with self._lock:
            if (stamp.wall_ms, stamp.counter) > (self._ms, self._counter):
                self._ms, self._counter = stamp.wall_ms, stamp.counter

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._ms, self._counter, self.node))
