"""Clocks: real time for live sessions, a simulated one advanced by audio frames."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    real_time: bool
    """Time moves by itself (live): work the session can wait for is done on threads, not in place."""

    def now(self) -> float:
        """Seconds since the session started."""
        ...

    def frame_read(self, seconds: float) -> None:
        """A frame `seconds` long was read: simulated time moves on by it."""
        ...

    def wait_until(self, t: float) -> None:
        """Until session time `t` (at most 30 s of real time: the last words of a session)."""
        ...


class RealClock:
    """Monotonic wall time since creation."""

    real_time = True

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._start

    def frame_read(self, seconds: float) -> None:
        pass

    def wait_until(self, t: float) -> None:
        time.sleep(max(0.0, min(30.0, t - self.now())))


class SimulatedClock:
    """Time that moves only when the simulation says so."""

    real_time = False

    def __init__(self) -> None:
        self._now = 0.0

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds

    def frame_read(self, seconds: float) -> None:
        self.advance(seconds)

    def wait_until(self, t: float) -> None:
        if t > self._now:
            self.advance(t - self._now)
