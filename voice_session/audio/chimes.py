"""Short, soft tones that mark 'your turn' and 'time is nearly up'."""

from __future__ import annotations

from functools import cache

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE, to_int16

_TONES: dict[str, tuple[tuple[float, float], ...]] = {
    # kind: (frequency Hz, seconds) notes, played one after another
    "your_turn": ((660.0, 0.12), (880.0, 0.18)),
    "warning": ((523.25, 0.25),),
    "wrap_up": ((523.25, 0.15), (392.0, 0.25)),
    "pause": ((440.0, 0.3),),
}


@cache
def chime(kind: str) -> np.ndarray:
    """A quiet chime as 16 kHz int16 samples, with soft attack and release."""
    notes = _TONES.get(kind, _TONES["your_turn"])
    parts = []
    for freq, seconds in notes:
        t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
        envelope = np.minimum(1.0, np.minimum(t / 0.01, (seconds - t) / 0.06))
        parts.append(0.25 * np.sin(2 * np.pi * freq * t) * envelope)
    return to_int16(np.concatenate(parts))
