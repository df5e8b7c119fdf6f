"""Transcribing a whole recording: the same ears and transcriber a live session uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voice_session.audio.frames import FRAME_S, SAMPLE_RATE
from voice_session.audio.sources import WavSource
from voice_session.config import Settings
from voice_session.speech.ears import Ears, HeardUtterance
from voice_session.speech.speakers import who_spoke
from voice_session.speech.stream import TimedTranscript
from voice_session.speech.transcribe import Transcriber


def transcribe_source(
    source: WavSource,
    transcriber: Transcriber,
    settings: Settings,
    on_progress: Callable[[float], None] | None = None,
) -> list[TimedTranscript]:
    """Timed utterances of a recording, in order; `on_progress` gets seconds of audio processed."""
    ears = Ears(settings)
    results: list[TimedTranscript] = []
    seconds = 0.0
    while (frame := source.read()) is not None:
        seconds += FRAME_S
        for heard in ears.feed(frame):
            if isinstance(heard, HeardUtterance):
                results.append(TimedTranscript(heard.start_s, heard.end_s, transcriber.transcribe(heard.samples)))
        if on_progress and int(seconds * 10) % 10 == 0:
            on_progress(seconds)
    for heard in ears.flush():
        if isinstance(heard, HeardUtterance):
            results.append(TimedTranscript(heard.start_s, heard.end_s, transcriber.transcribe(heard.samples)))
    if on_progress:
        on_progress(seconds)
    return results



@dataclass(frozen=True)
class SpokenBy:
    """A timed utterance and whose voice it is (0-based, in order of first appearance) and how sure."""

    result: TimedTranscript
    speaker: int
    sure: float


def who_said_what(samples: np.ndarray, results: list[TimedTranscript], transcriber: Transcriber,
                  embed: Callable[[np.ndarray], np.ndarray], count: int) -> list[SpokenBy]:
    """Each utterance labelled with its speaker; one in which the voice changes is split there and each part
    transcribed on its own (see speakers.py)."""
    def audio(start_s: float, end_s: float) -> np.ndarray:
        return samples[max(0, round(start_s * SAMPLE_RATE)): round(end_s * SAMPLE_RATE)]

    voices = who_spoke([(r.start_s, audio(r.start_s, r.end_s)) for r in results], embed, count)
    out: list[SpokenBy] = []
    for result, stretches in zip(results, voices, strict=True):
        if len(stretches) <= 1:
            first = stretches[0] if stretches else None
            out.append(SpokenBy(result, first.speaker if first else 0, first.sure if first else 0.0))
            continue
        for part in stretches:
            text = transcriber.transcribe(audio(part.start_s, part.end_s))
            out.append(SpokenBy(TimedTranscript(part.start_s, part.end_s, text), part.speaker, part.sure))
    return out
