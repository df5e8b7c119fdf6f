"""Keeping the far end locked to its echo when the speaker's and the microphone's clocks disagree.

Live, the reference is what the speaker was handed, read against the microphone's frames. When the two
devices run at slightly different rates (50-200 ppm between a USB microphone and a Bluetooth speaker; a
laptop's own microphone and speaker share one clock), the echo slides along the reference by a sample every
few seconds. AEC3 copes; a linear echo filter cannot (at 200 ppm it removed 1.5 dB, against 31 dB when
steered), and the wall clocks are too unsteady, by tens of samples, to correct it from: following them
moved the reference a sample nearly every frame on the virtual sound card, where the two streams in fact
keep exactly in step. The echo itself is precise: every second or so of the program talking alone, the lag
between the reference and the microphone is measured to within half a sample; the slope of those lags over
the last seconds is the clocks' drift, and the reference is read faster or slower by that much, with a
gentle pull back to where the echo first sat. Only the rate changes, never a jump: every jump would be a new
room to the filter.

Pure and deterministic: fed frames, it answers with the rate to read the reference at, or None.
"""

from __future__ import annotations

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES

WINDOW_FRAMES = 15
"""The lag is measured on the last 0.45 s (short enough that a fast drift does not smear it)..."""
EVERY_FRAMES = 30
"""...at most this often."""
ECHO_FRAMES = 10
"""Frames of the window in which the program talked and nobody else did, for the lag to be measured."""
SEARCH = 24
"""Samples either side of the last lag searched: more than the echo slips in two measurements' time (one
missed) when the clocks are 500 ppm apart, two or three times what a USB microphone and a Bluetooth speaker
drift; and less than a voice's pitch period, whose repeats would otherwise be taken for the echo."""
LONGEST = 4800
"""The lag is first looked for within 300 ms."""
STRENGTH = 0.5
"""The normalised correlation at the lag needed to believe it."""
OUTLIER = 3.0
"""A lag this many samples off the line through the others is a misreading (a reflection, a repeat)."""
KEPT = 12
"""Measurements the drift is fitted on (about ten seconds of the program talking)."""
FITTED_AFTER = 4
"""Measurements before the first fit: fewer give a slope from noise."""
PULL_FRAMES = 100.0
"""The echo drawn back to where it first sat over about this many frames (3 s), by the rate alone."""
FASTEST = 2.5
"""Samples a frame: the reference is never read more than 0.5 % off the frames' pace."""


class DriftLock:
    """Measures where the echo sits against the far end and says how fast to read the far end to keep it there."""

    def __init__(self, drift: float = 0.0) -> None:
        self._far: list[np.ndarray] = []
        self._heard: list[np.ndarray] = []
        self._echo_only: list[bool] = []
        self.drift = drift
        """Samples a frame the reference is read faster (+) or slower (-) than the frames come (kept when the
        reference moves: the clocks' rates did not change)."""
        self.locked_lag: float | None = None
        """Samples from the reference to its echo when first measured: where it is kept."""
        self._last_lag: float | None = None
        self._frame = 0
        self._wait = EVERY_FRAMES
        self._offsets: list[float] = []
        """Per frame of the last seconds: samples read beyond the frames' pace, in all, by the drift asked."""
        self._lags: list[tuple[int, float]] = []
        """(frame, lag less the reading's own offset): moves only with the clocks' drift."""

    def feed(self, far: np.ndarray, heard: np.ndarray, echo_only: bool, hold_samples: int) -> float | None:
        """One frame: the far end as the canceller got it, the raw microphone, and whether the program talked
        alone in it. `hold_samples`: the delay line between the reference and the canceller. Returns a new
        rate (samples a frame) to read the reference at, when there is one."""
        keep = WINDOW_FRAMES + LONGEST // FRAME_SAMPLES
        self._far = [*self._far[-keep:], far]
        self._heard = [*self._heard[-(WINDOW_FRAMES - 1) :], heard]
        self._echo_only = [*self._echo_only[-(WINDOW_FRAMES - 1) :], echo_only]
        self._offsets = [*self._offsets[-(KEPT * EVERY_FRAMES + keep) :], (self._offsets[-1] if self._offsets else 0.0)
                         + self.drift]
        self._frame += 1
        self._wait -= 1
        if self._wait > 0 or sum(self._echo_only) < ECHO_FRAMES or len(self._heard) < WINDOW_FRAMES:
            return None
        self._wait = EVERY_FRAMES  # measured at most this often, found or not
        lag = self._lag()
        if lag is None:
            return None
        # the reading's offset as it reached the canceller, in the middle of the window measured
        back = min(len(self._offsets), WINDOW_FRAMES // 2 + -(-hold_samples // FRAME_SAMPLES) + 1)
        own = lag - self._offsets[-back]
        if self.locked_lag is None:
            self.locked_lag = lag
        elif not self._fits(own):
            return None
        self._last_lag = lag
        self._lags = [*self._lags[-(KEPT - 1) :], (self._frame, own)]
        if len(self._lags) < FITTED_AFTER:
            return None
        frames, owns = (np.array(x, dtype=np.float64) for x in zip(*self._lags, strict=True))
        slope = float(np.polyfit(frames, owns, 1)[0])  # the echo's own slide, samples a frame
        self.drift = float(np.clip(-slope - (lag - self.locked_lag) / PULL_FRAMES, -FASTEST, FASTEST))
        return self.drift

    def _fits(self, own: float) -> bool:
        """On (or near) the line through the lags kept so far."""
        if len(self._lags) < 2:
            return abs(own - self._lags[-1][1]) <= OUTLIER + SEARCH / 2 if self._lags else True
        frames, owns = (np.array(x, dtype=np.float64) for x in zip(*self._lags, strict=True))
        slope, offset = np.polyfit(frames, owns, 1)
        return abs(own - (slope * self._frame + offset)) <= OUTLIER

    def _lag(self) -> float | None:
        """Where the microphone's window best matches the far end before it, to a fraction of a sample."""
        heard = np.concatenate(self._heard).astype(np.float64)
        far = np.concatenate(self._far).astype(np.float64)
        end = len(far)  # far[end - len(heard) + i] is the far end beside heard[i]
        if self._last_lag is None:
            lo, hi = 0, min(LONGEST, end - len(heard))
        else:
            centre = round(self._last_lag)
            lo, hi = max(0, centre - SEARCH), min(end - len(heard), centre + SEARCH)
        if hi - lo < 3:
            return None
        lags = np.arange(lo, hi + 1)
        start = end - len(heard) - lags
        scores = np.array([np.dot(heard, far[s : s + len(heard)]) for s in start])
        best = int(np.argmax(np.abs(scores)))
        aligned = far[start[best] : start[best] + len(heard)]
        strength = abs(scores[best]) / (np.linalg.norm(heard) * np.linalg.norm(aligned) + 1e-9)
        if strength < STRENGTH or best in (0, len(scores) - 1):
            return None
        a, b, c = np.abs(scores[best - 1 : best + 2])
        bend = a - 2 * b + c
        return float(lags[best] + (0.5 * (a - c) / bend if bend else 0.0))
