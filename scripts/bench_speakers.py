"""Benchmark sections for knowing who is speaking, run by scripts/bench.py (or alone:
`python scripts/bench_speakers.py [attribution] [cost]`).

- attribution: `transcribe --speakers 2`'s pipeline on two-person recordings made from real speech
  (tests/speaker_set.py), the share of speech time given to the right person, tuning and held-out.
- simulated: the same on the fixture scenarios' simulated couples (never tuned on).
- cost: the speaker encoder's CPU time per second of speech on one core, and its memory.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the program sets it (voice_session/__init__.py): before numpy

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Row = Callable[..., None]


def attribution(row: Row) -> None:
    from tests import speaker_set
    from voice_session.config import Settings
    from voice_session.speech.transcribe import WhisperTranscriber
    from voice_session.speech.voiceprint import VoiceEncoder

    if not speaker_set.available():
        print("  (the real-speech development set is not on this machine)")
        return
    encoder, whisper = VoiceEncoder(), WhisperTranscriber(Settings())
    for half in ("tuning", "held-out"):
        right = total = 0.0
        for conversation in speaker_set.conversations(half):
            share, _ = speaker_set.attribution(conversation, whisper, encoder.embed)
            length = sum(end - start for start, end, _ in conversation.turns)
            right, total = right + share * length, total + length
            row(f"speakers, {half}: {conversation.name}", 100 * share, "%")
        row(f"speakers, {half}: speech time attributed to the right person", 100 * right / total, "%", ">= 95 %")


def simulated(row: Row) -> None:
    """The same on the fixture scenarios' simulated couples, their lines said one after the other."""
    from tests import speaker_set
    from voice_session.config import Settings
    from voice_session.speech.transcribe import WhisperTranscriber
    from voice_session.speech.voiceprint import VoiceEncoder

    encoder, whisper = VoiceEncoder(), WhisperTranscriber(Settings())
    right = total = 0.0
    for conversation in speaker_set.simulated_conversations():
        share, _ = speaker_set.attribution(conversation, whisper, encoder.embed)  # type: ignore[attr-defined]
        length = sum(end - start for start, end, _ in conversation.turns)
        right, total = right + share * length, total + length
        row(f"speakers, {conversation.name}", 100 * share, "%")
    row("speakers, simulated couples: speech time attributed to the right person", 100 * right / total, "%", ">= 99 %")


def cost(row: Row) -> None:
    from tests.turn_set import audio
    from voice_session.speech.voiceprint import VoiceEncoder

    encoder = VoiceEncoder()
    samples = audio("libri_2412-153948-0000")
    encoder.embed(samples)
    t = time.process_time()
    for _ in range(3):
        encoder.embed(samples)
    per_s = (time.process_time() - t) / 3 / (len(samples) / 16000)
    row("speaker encoder CPU per second of speech", 1000 * per_s, "ms", "<= 30 ms")
    row("speaker encoder per 3 s utterance", 1000 * _timed(encoder, samples[: 3 * 16000]), "ms")
    row("speaker model memory (loaded and run once, in a process of its own)", _memory_mb(), "MB")


_MEMORY = """
import numpy as np, psutil
import faster_whisper.feature_extractor  # loaded in a session anyway (Whisper): not the speaker model's
from voice_session.memory import release_memory
release_memory()
before = psutil.Process().memory_info().rss
from voice_session.speech.voiceprint import VoiceEncoder
VoiceEncoder().embed(np.random.default_rng(0).integers(-3000, 3000, 3 * 16000).astype(np.int16))
print((psutil.Process().memory_info().rss - before) / 2**20)
"""


def _memory_mb() -> float:
    """What the speaker model adds to a process that has numpy and faster-whisper loaded, as a session has:
    measured where nothing else was loaded or freed before it (in this benchmark's process, Whisper's memory
    given back made it read negative)."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", _MEMORY], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.split()[-1])


def _timed(encoder: object, samples: np.ndarray) -> float:
    t = time.process_time()
    encoder.embed(samples)  # type: ignore[attr-defined]
    return time.process_time() - t


SECTIONS = {"attribution": attribution, "simulated": simulated, "cost": cost}


if __name__ == "__main__":
    from bench_sections import run_sections

    run_sections(SECTIONS, sys.argv[1:])
