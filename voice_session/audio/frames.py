"""The one audio format inside voice-session: 16 kHz mono int16, in 30 ms frames."""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np

SAMPLE_RATE = 16000
"""Hertz."""
FRAME_MS = 30
"""Milliseconds per frame (webrtcvad accepts 10, 20 or 30)."""
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
FRAME_S = FRAME_MS / 1000


def to_int16(audio: np.ndarray) -> np.ndarray:
    """Float samples in [-1, 1] to int16, clipping."""
    return np.clip(np.round(audio * 32768.0), -32768, 32767).astype(np.int16)


def to_float(audio: np.ndarray) -> np.ndarray:
    """int16 samples to float32 in [-1, 1)."""
    return audio.astype(np.float32) / 32768.0


def split_frames(samples: np.ndarray) -> Iterator[np.ndarray]:
    """Yields 30 ms int16 frames; the last partial frame is padded with silence."""
    for start in range(0, len(samples), FRAME_SAMPLES):
        frame = samples[start : start + FRAME_SAMPLES]
        if len(frame) < FRAME_SAMPLES:
            frame = np.concatenate([frame, np.zeros(FRAME_SAMPLES - len(frame), dtype=np.int16)])
        yield frame


def energy_dbfs(energy: float) -> float:
    """A mean square (int16 units) in dB relative to full scale, floored near -120 for silence."""
    return 10 * math.log10(max(energy, 1e-3) / (32768.0**2))


def mean_square(frame: np.ndarray) -> float:
    """The energy of an int16 frame (mean square, int16 units): summed as integers, so exact, in a third of the time
    of numpy's mean of the float squares (3.5 against 9.5 us: the echo path takes three every 30 ms, the ears one)."""
    wide = frame.astype(np.int64)
    return int(np.dot(wide, wide)) / len(wide)


def level_dbfs(frame: np.ndarray) -> float:
    """Loudness of an int16 frame in dB relative to full scale (-100 for digital silence)."""
    if len(frame) == 0:
        return -100.0
    rms = math.sqrt(mean_square(frame))
    return -100.0 if rms < 1.0 else 20.0 * np.log10(rms / 32768.0)
