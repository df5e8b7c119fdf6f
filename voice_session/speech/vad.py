"""Per-frame voice activity (webrtcvad) and a second opinion on whole utterances (Silero)."""

from __future__ import annotations

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES, SAMPLE_RATE, to_float


class WebRtcVad:
    """Cheap per-frame speech flag; fires on some noise, which Silero later filters."""

    def __init__(self, aggressiveness: int = 2) -> None:
        import webrtcvad

        self._vad = webrtcvad.Vad(aggressiveness)

    def is_speech(self, frame: np.ndarray) -> bool:
        if len(frame) != FRAME_SAMPLES:
            raise ValueError(f"frames must be {FRAME_SAMPLES} samples, got {len(frame)}")
        return bool(self._vad.is_speech(frame.tobytes(), SAMPLE_RATE))


def silero_speech_s(samples: np.ndarray, threshold: float = 0.3) -> float:
    """Seconds of speech Silero finds in int16 audio (the model ships inside faster-whisper)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(threshold=threshold, min_speech_duration_ms=120, min_silence_duration_ms=300,
                         speech_pad_ms=0)
    spans = get_speech_timestamps(to_float(samples), options, sampling_rate=SAMPLE_RATE)
    return sum(span["end"] - span["start"] for span in spans) / SAMPLE_RATE
