"""Transcribing a whole recording: the same ears and transcriber a live session uses."""

from __future__ import annotations

from collections.abc import Callable

from voice_session.audio.frames import FRAME_S
from voice_session.audio.sources import WavSource
from voice_session.config import Settings
from voice_session.speech.ears import Ears, HeardUtterance
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


def format_time(seconds: float) -> str:
    """mm:ss.t, or h:mm:ss.t past an hour."""
    minutes, secs = divmod(max(0.0, seconds), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{int(hours)}:{int(minutes):02d}:{secs:04.1f}"
    return f"{int(minutes):02d}:{secs:04.1f}"
