"""A development set of pauses in real speech: where a thought is finished, and where it is not.

Built from the single-speaker recordings of ../shared/devsets/realspeech (read speech and AMI meeting speech
from headset microphones; real people, nothing synthesized). Whisper transcribes each whole recording with
word times; every word end is a place someone could stop:
- after a word that closes a sentence (".", "?" or "!" in the whole recording's transcript): `finished`;
- after a word inside a sentence: `unfinished` (what a speaker sounds like when they stop mid-thought to look
  for a word: the audio is cut 0.2 s after that word, so nothing of what follows is heard).
At each such place the point carries what the program would have at that moment: the audio up to it, and the
transcript of the last utterance (from the last pause of 0.5 s or more, as the endpointer closes them).

Two halves by recording, so no speaker is in both: `tuning` (the thresholds were chosen on it) and
`held-out` (never tuned on; its figures are the ones reported).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from voice_session.speech.endpoint import TAIL_MS

REALSPEECH = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "realspeech"
HALVES = {
    "tuning": ("lj_LJ050-0131", "ami_seriously_FEE013_ihm", "ami_seriously_MEO015_ihm"),
    "held-out": ("libri_2412-153948-0000", "ami_seriously_FEE016_ihm", "ami_es2011a_40s"),
}
CUT_AFTER_S = 0.2
UTTERANCE_PAUSE_S = 0.5


@dataclass(frozen=True)
class Pause:
    recording: str
    at_s: float
    """Where the speech stops (the end of the word)."""
    finished: bool
    utterance_start_s: float
    """Where the last utterance began (its transcript is what the program reads at this pause)."""
    word: str


def available() -> bool:
    return all((REALSPEECH / f"{name}.wav").is_file() for names in HALVES.values() for name in names)


def audio(recording: str) -> np.ndarray:
    from voice_session.audio.decode import load_audio

    return load_audio(REALSPEECH / f"{recording}.wav")


@cache
def pauses(half: str) -> tuple[Pause, ...]:
    """Every word end of the half's recordings, labelled finished or unfinished."""
    model = _whisper()
    found: list[Pause] = []
    for recording in HALVES[half]:
        samples = audio(recording).astype(np.float32) / 32768.0
        segments, _ = model.transcribe(samples, beam_size=1, word_timestamps=True, language="en",
                                       condition_on_previous_text=False)
        words = [w for segment in segments for w in segment.words]
        start = words[0].start if words else 0.0
        for i, word in enumerate(words):
            if i and word.start - words[i - 1].end >= UTTERANCE_PAUSE_S:
                start = word.start
            finished = word.word.strip().endswith((".", "?", "!"))
            found.append(Pause(recording, round(word.end, 2), finished, round(start, 2), word.word.strip()))
    return tuple(found)


@cache
def _whisper():  # type: ignore[no-untyped-def]
    from faster_whisper import WhisperModel

    from voice_session.speech.transcribe import resolve_model

    return WhisperModel(resolve_model("tiny.en"), device="cpu", compute_type="int8", cpu_threads=1)


def heard_at(samples: np.ndarray, at_s: float) -> np.ndarray:
    """The audio as the program has it at a pause: everything up to 0.2 s after the last word (silence added
    past the recording's end)."""
    end = int((at_s + CUT_AFTER_S) * 16000)
    cut = samples[:end]
    return np.concatenate([cut, np.zeros(end - len(cut), dtype=cut.dtype)]) if len(cut) < end else cut


def utterance(samples: np.ndarray, pause: Pause) -> np.ndarray:
    """The last utterance before the pause, as the endpointer cuts it (0.3 s of pre-roll, its short tail)."""
    return samples[max(0, int((pause.utterance_start_s - 0.3) * 16000)): int((pause.at_s + TAIL_MS / 1000) * 16000)]
