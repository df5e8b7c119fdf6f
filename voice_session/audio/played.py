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
import time
from collections import deque

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES, SAMPLE_RATE

RELOCK_SAMPLES = 1600
"""A reference this far (100 ms) from where the clocks put it, for `RELOCK_FRAMES` frames on end and always to
the same place, is moved there: a stream restarted. Short of that it follows on, read at the rate its echo asks
for (see audio/drift.py): the clocks' own estimates wobble by tens of samples, far too much to line an echo up
by."""
RELOCK_FRAMES = 17
"""Half a second. On a busy laptop the clocks' estimates jumped back and forth by more than 100 ms for a second
at a time, while nothing had restarted: moving the reference at each jump (eleven times in 0.8 s, seen live)
made the echo filters learn the room again and again."""
RELOCK_AGREE = RELOCK_SAMPLES // 2
"""How close to each other the frames' targets must be for their jump to count as one."""
AWAIT_S = 0.06
"""The longest a reference waits for its last samples to be handed over."""
TAPS = 8
"""Samples each side of a fractional position that the interpolation reads (a Hann-windowed sinc)."""


class SampleClock:
    """Where a stream's sample count stood at a moment: callbacks come a few milliseconds early or late and
    in bursts, but the count moves at the sample rate, so the median offset of the recent callbacks is steady.
    (The mean was not: an output stream's first callbacks fill its buffer at once, a second ahead of the
    clock, and pulled the mean off for the next hundred callbacks.)"""

    def __init__(self, rate: int = SAMPLE_RATE, window: int = 100) -> None:
        self.rate = rate
        self._offsets: deque[float] = deque(maxlen=window)
        self._offset: float | None = None

    def restart(self) -> None:
        """The stream played a gap it was never handed: the count now stands apart from where it stood against the
        clock, by as long as the gap; the callbacks before it are forgotten."""
        self._offsets.clear()
        self._offset = None

    def note(self, t: float, count: int) -> None:
        """At monotonic time `t`, `count` samples had passed through the stream."""
        self._offsets.append(count - self.rate * t)
        self._offset = None

    @property
    def ready(self) -> bool:
        return bool(self._offsets)

    @property
    def offset(self) -> float:
        if self._offset is None:
            self._offset = float(np.median(self._offsets))
        return self._offset

    def count_at(self, t: float) -> float:
        return self.rate * t + self.offset

    def time_of(self, count: int) -> float:
        return (count - self.offset) / self.rate


class PlayedHistory:
    """Every sample handed to the speaker in the last seconds, by number, and the clock of that numbering."""

    def __init__(self, keep_s: float = 8.0) -> None:
        self._ring = np.zeros(int(keep_s * SAMPLE_RATE), dtype=np.int16)
        self.end = 0
        """How many samples have been handed over since the stream started."""
        self.clock = SampleClock()
        self._position: float | None = None
        """Where the next reference starts, in samples handed over: references follow on without gaps."""
        self.drift = 0.0
        """Samples a frame by which the reference is read faster than the microphone's frames come (+) or
        slower (-), as the echo path asks: a laptop's own speaker and microphone share one clock, but a USB
        microphone and a Bluetooth speaker drift 50-200 ppm apart."""
        self.relocks = 0
        """Times the reference was moved at once (a stream restarted): a linear echo filter learns again."""
        self.gaps = 0
        """Times the output's callback came too late and the sound system played silence it was never handed (a
        busy or stalled machine): what follows reaches the room later than the clocks say until they catch up,
        and the echo filters' timing is not to be trusted (see audio/echo.py)."""
        self._block = 0
        """The most samples one callback has handed over: the count moves in steps this large."""
        self._away: list[float] = []
        """The targets of the frames on end that were over `RELOCK_SAMPLES` from the reference."""
        self._after_gap = False
        """A gap was played: the next reference is read where the clock, learned again since, puts it."""
        self._lock = threading.Condition()

    def written(self, block: np.ndarray, t: float, late: bool = False) -> None:
        """The output callback, at monotonic time `t`, handed these samples (zeros included) over; `late`: it came
        too late, after the sound system had played a gap."""
        with self._lock:
            self.gaps += late
            if late:
                # what the speaker plays from now on reaches the room later than the clock said, by the gap: the clock
                # learns its offset again from this callback on, and the reference moves with it at the next frame,
                # once (left to the clock's median, it caught up 1.6 s later and moved the reference a second time,
                # after the echo filters had found the echo at its delay in between)
                self.clock.restart()
                self._after_gap = True
            size = len(self._ring)
            for start in range(0, len(block), size):
                part = block[start : start + size]
                at = self.end % size
                first = min(len(part), size - at)
                self._ring[at : at + first] = part[:first]
                self._ring[: len(part) - first] = part[first:]
                self.end += len(part)
            self.clock.note(t, self.end)
            self._block = max(self._block, len(block))
            self._lock.notify_all()

    def far(self, heard_at: float | None) -> np.ndarray:
        """The 480 samples handed over up to the moment a microphone frame arrived (`heard_at`, monotonic),
        following on from the last ones given (at the `drift` rate, between samples where need be, so the echo
        they stand for stays a fixed filter of them); zeros before the speaker started."""
        with self._lock:
            if heard_at is None or not self.clock.ready:
                return np.zeros(FRAME_SAMPLES, dtype=np.int16)
            # a frame's worth back from where the smoothed count stood, and a callback's block and 10 ms more:
            # the count itself moves in steps and comes a little late, and what is not handed over yet reads as
            # silence, lost to the canceller for good (the measured echo delay takes the margin back out)
            target = self.clock.count_at(heard_at) - FRAME_SAMPLES - self._block - SAMPLE_RATE // 100
            step = FRAME_SAMPLES + self.drift
            if self._position is None or self._after_gap or self._moved(target):
                self.relocks += self._position is not None and not self._after_gap  # a gap is counted as a gap
                self._after_gap = False
                # at a whole sample: read where the clocks agree (no drift), the reference is the very samples played,
                # not an interpolation of them (a 16-tap sinc loses the top of the band, which caps any echo filter)
                self._position, step, self._away = float(round(target)), float(FRAME_SAMPLES), []
            at = self._position + np.arange(FRAME_SAMPLES) * (step / FRAME_SAMPLES)
            self._position += step
            self._await(int(np.ceil(at[-1])) + TAPS)
            return self._read(at)

    def _await(self, needed: int) -> None:
        """Waits (briefly) for the samples a reference needs to be handed over. The output's callbacks come in
        uneven steps: read on time, the end of a frame was often not handed over yet (seen live, idle, about one
        frame in five while the program talked) and read as a hole of silence the echo filters can never learn
        across. A shortfall of more than a few blocks is a stalled output: no waiting for that."""
        if needed - self.end > 3 * max(self._block, FRAME_SAMPLES):
            return
        deadline = time.monotonic() + AWAIT_S
        while self.end < needed and (left := deadline - time.monotonic()) > 0:
            self._lock.wait(left)

    def _moved(self, target: float) -> bool:
        """The reference is far from where the clocks put it, and has been for long enough, to one place."""
        assert self._position is not None
        if not self.end - len(self._ring) <= self._position <= self.end + RELOCK_SAMPLES:
            return True  # it would read what was never handed over, or is gone: no waiting for that (seen live:
            # a reference locked during the output's first burst read silence for a whole session)
        if abs(target - self._position) <= RELOCK_SAMPLES:
            self._away = []
            return False
        # each earlier target, carried on by the frames since, must agree with this one
        agree = all(abs(target - (earlier + FRAME_SAMPLES * (len(self._away) - i))) <= RELOCK_AGREE
                    for i, earlier in enumerate(self._away))
        self._away = [*self._away, target] if agree else [target]
        return len(self._away) >= RELOCK_FRAMES

    def steer(self, drift: float) -> None:
        """Reads the reference `drift` samples a frame faster (+) or slower (-) than the frames come, from now
        on: the echo path has measured its echo sliding along it."""
        with self._lock:
            self.drift = drift

    def _read(self, at: np.ndarray) -> np.ndarray:
        """The output at fractional sample positions: a windowed-sinc interpolation, zeros outside what is held."""
        whole = np.floor(at).astype(np.int64)
        offsets = np.arange(-TAPS + 1, TAPS + 1)
        index = whole[:, None] + offsets[None, :]
        distance = (at - whole)[:, None] - offsets[None, :]
        weights = np.sinc(distance) * (0.5 + 0.5 * np.cos(np.pi * distance / TAPS))
        weights /= weights.sum(axis=1, keepdims=True)  # unity gain: a windowed sinc's sum is not quite 1
        size = len(self._ring)
        held = (index >= max(0, self.end - size)) & (index < self.end)
        samples = np.where(held, self._ring[index % size], 0).astype(np.float64)
        return np.clip(np.round((samples * weights).sum(axis=1)), -32768, 32767).astype(np.int16)
