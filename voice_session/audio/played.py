"""What the speaker played, lined up with what the microphone heard, by time rather than by turns taken.

The echo canceller needs, beside each microphone frame, the samples the speaker was playing around then.
Pairing "the next 480 samples played" with "the next frame read" drifts: the sound system hands output
blocks over in bursts, the session reads frames late after a busy moment, and every time the played queue ran
dry the pairing slipped for good (live on PulseAudio, five runs in six ended with 6-10 dB removed). Here each
side keeps a clock of its own samples (where its count stood at each callback, smoothed), so a microphone
frame is paired with what had been handed to the speaker by the moment the frame arrived: the same offset
every frame, whatever the session's thread was doing. The offset itself (the speaker's buffer, the room, the
microphone's buffer) is then measured and taken out by the echo path.
"""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES, SAMPLE_RATE

RELOCK_SAMPLES = 480
"""A reference this far off its clock is moved at once (a stream restarted); smaller drifts are eased away."""
DEADBAND_SAMPLES = 16
"""Closer than this (1 ms) the reference is left where it is: the clocks' estimates wobble by a few samples."""


class SampleClock:
    """Where a stream's sample count stood at a moment: callbacks come a few milliseconds early or late and
    in bursts, but the count moves at the sample rate, so the mean offset of the recent callbacks is steady."""

    def __init__(self, rate: int = SAMPLE_RATE, window: int = 100) -> None:
        self.rate = rate
        self._offsets: deque[float] = deque(maxlen=window)

    def note(self, t: float, count: int) -> None:
        """At monotonic time `t`, `count` samples had passed through the stream."""
        self._offsets.append(count - self.rate * t)

    @property
    def ready(self) -> bool:
        return bool(self._offsets)

    def count_at(self, t: float) -> float:
        return self.rate * t + sum(self._offsets) / len(self._offsets)

    def time_of(self, count: int) -> float:
        return (count - sum(self._offsets) / len(self._offsets)) / self.rate


class PlayedHistory:
    """Every sample handed to the speaker in the last seconds, by number, and the clock of that numbering."""

    def __init__(self, keep_s: float = 4.0) -> None:
        self._ring = np.zeros(int(keep_s * SAMPLE_RATE), dtype=np.int16)
        self.end = 0
        """How many samples have been handed over since the stream started."""
        self.clock = SampleClock()
        self._next: int | None = None
        """The first sample of the next reference handed out: references follow on without gaps."""
        self._lock = threading.Lock()

    def written(self, block: np.ndarray, t: float) -> None:
        """The output callback, at monotonic time `t`, handed these samples (zeros included) over."""
        with self._lock:
            size = len(self._ring)
            for start in range(0, len(block), size):
                part = block[start : start + size]
                at = self.end % size
                first = min(len(part), size - at)
                self._ring[at : at + first] = part[:first]
                self._ring[: len(part) - first] = part[first:]
                self.end += len(part)
            self.clock.note(t, self.end)

    def far(self, heard_at: float | None) -> np.ndarray:
        """The 480 samples handed over up to the moment a microphone frame arrived (`heard_at`, monotonic),
        following on from the last ones given; zeros before the speaker started."""
        out = np.zeros(FRAME_SAMPLES, dtype=np.int16)
        with self._lock:
            if heard_at is None or not self.clock.ready:
                return out
            target = round(self.clock.count_at(heard_at)) - FRAME_SAMPLES
            if self._next is None or abs(target - self._next) > RELOCK_SAMPLES:
                self._next = target
            elif abs(target - self._next) > DEADBAND_SAMPLES:  # the clocks drift apart: follow, a sample a frame
                self._next += 1 if target > self._next else -1
            start, self._next = self._next, self._next + FRAME_SAMPLES
            size = len(self._ring)
            lo, hi = max(start, self.end - size, 0), min(start + FRAME_SAMPLES, self.end)
            if lo < hi:
                out[lo - start : hi - start] = self._ring[np.arange(lo, hi) % size]
        return out
