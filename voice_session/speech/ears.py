"""Ears: frames in, speech starts, closed utterances (with their audio) and turn silences out."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from voice_session.audio.frames import FRAME_MS, FRAME_SAMPLES, SAMPLE_RATE, level_dbfs
from voice_session.config import Settings
from voice_session.speech.endpoint import (
    Endpointer,
    Phase,
    SpeechBegan,
    TurnSilence,
    UtteranceClosed,
    UtteranceDrafted,
)
from voice_session.speech.vad import WebRtcVad


@dataclass(frozen=True)
class HeardSpeechStart:
    at_s: float
    """Session seconds where the speech began (pre-roll included)."""


@dataclass(frozen=True)
class HeardUtterance:
    start_s: float
    end_s: float
    samples: np.ndarray
    """16 kHz int16 audio of the utterance."""
    paused: bool = True
    """Ended by a real pause (a natural place for the program to speak), not cut for length."""
    cut: bool = False
    """Closed because the microphone stopped mid-utterance."""


@dataclass(frozen=True)
class HeardDraft:
    """The utterance under way as it will close if nothing more is said (see Endpointer's UtteranceDrafted)."""

    start_s: float
    end_s: float
    samples: np.ndarray


@dataclass(frozen=True)
class HeardTurnSilence:
    at_s: float
    silence_s: float
    how: str = "silence"
    """"silence" (the fixed turn-end silence), "finished" or "unfinished" (the pause was judged)."""


Heard = HeardSpeechStart | HeardUtterance | HeardDraft | HeardTurnSilence


class Ears:
    """webrtcvad + Endpointer + a rolling buffer; the time origin is the first frame fed."""

    def __init__(self, settings: Settings | None = None, origin_s: float = 0.0) -> None:
        self.settings = settings or Settings()
        self.vad = WebRtcVad(self.settings.vad_aggressiveness)
        self.endpointer = Endpointer(self.settings)
        self.origin_s = origin_s
        keep_s = self.settings.max_utterance_s + 10.0 + self.settings.pre_roll_ms / 1000
        self._frames: deque[np.ndarray] = deque(maxlen=int(keep_s * 1000 / FRAME_MS))
        self._first_frame = 0
        self._count = 0
        self.last_is_speech = False

    def feed(self, frame: np.ndarray, gated: bool = False, floor_dbfs: float | None = None,
             keep: np.ndarray | None = None) -> list[Heard]:
        """One 30 ms frame; a gated frame (the program is speaking) counts as silence, and so does one quieter
        than `floor_dbfs` (the canceller's residue while the program speaks: webrtcvad ignores loudness).
        `keep` is the audio to transcribe when it differs from the audio to detect speech in."""
        if len(self._frames) == self._frames.maxlen:
            self._first_frame += 1
        self._frames.append(frame if keep is None else keep)
        self._count += 1
        level = level_dbfs(frame)
        loud_enough = floor_dbfs is None or level >= floor_dbfs
        self.last_is_speech = (not gated) and loud_enough and self.vad.is_speech(frame)
        over_program = floor_dbfs is not None and not gated  # the program talks, its voice taken out
        return self._convert(self.endpointer.step(FRAME_MS, self.last_is_speech, gated, over_program, level))

    def flush(self) -> list[Heard]:
        """Closes any utterance in progress."""
        return self._convert(self.endpointer.flush())

    def reset(self) -> None:
        """A new turn: forgets a start not yet confirmed, never a partner already speaking (who barged in)."""
        if self.endpointer.phase is not Phase.SPEECH:
            self.endpointer.reset()

    def _convert(self, events: list) -> list[Heard]:
        out: list[Heard] = []
        for event in events:
            if isinstance(event, SpeechBegan):
                out.append(HeardSpeechStart(self.origin_s + event.start_ms / 1000))
            elif isinstance(event, UtteranceClosed):
                out.append(HeardUtterance(self.origin_s + event.start_ms / 1000,
                                          self.origin_s + event.end_ms / 1000,
                                          self._slice(event.start_ms, event.end_ms), event.paused))
            elif isinstance(event, UtteranceDrafted):
                out.append(HeardDraft(self.origin_s + event.start_ms / 1000, self.origin_s + event.end_ms / 1000,
                                      self._slice(event.start_ms, event.end_ms)))
            elif isinstance(event, TurnSilence):
                out.append(HeardTurnSilence(self.origin_s + event.at_ms / 1000, event.silence_ms / 1000, event.how))
        return out

    def close_now(self, end_s: float) -> list[Heard]:
        """Closes the drafted utterance that ends at `end_s` at once (nothing when speech went on since)."""
        return self._convert(self.endpointer.close_now(self._ms(end_s)))

    def still_drafted(self, end_s: float) -> bool:
        """The utterance drafted with end `end_s` is still in its pause (the speaker has not gone on)."""
        return self.endpointer.still_drafted(self._ms(end_s))

    def judge_pause(self, end_s: float, wait_s: float, how: str) -> bool:
        """The turn ends after `wait_s` of silence at the pause after the utterance that ended at `end_s`
        (False: the speaker went on meanwhile, the judgement is moot)."""
        return self.endpointer.judge_pause(self._ms(end_s), round(wait_s * 1000), how)

    def before(self, end_s: float, seconds: float) -> np.ndarray:
        """Up to `seconds` of the audio fed before session time `end_s` (what a pause is judged on)."""
        end_ms = round((end_s - self.origin_s) * 1000)
        return self._slice(max(0, end_ms - round(seconds * 1000)), end_ms)

    def recent(self, seconds: float) -> np.ndarray:
        """The last `seconds` of audio fed (what a barge-in is confirmed on)."""
        frames = list(self._frames)[-max(1, round(seconds * 1000 / FRAME_MS)) :]
        return np.concatenate(frames) if frames else np.zeros(0, dtype=np.int16)

    def _ms(self, at_s: float) -> int:
        """Session seconds as the endpointer's milliseconds."""
        return round((at_s - self.origin_s) * 1000)

    def _slice(self, start_ms: int, end_ms: int) -> np.ndarray:
        first = max(start_ms // FRAME_MS, self._first_frame)
        last = min(-(-end_ms // FRAME_MS), self._count)
        frames = list(self._frames)[first - self._first_frame : last - self._first_frame]
        if not frames:
            return np.zeros(0, dtype=np.int16)
        samples = np.concatenate(frames)
        start_cut = max(0, start_ms * SAMPLE_RATE // 1000 - first * FRAME_SAMPLES)
        end_cut = end_ms * SAMPLE_RATE // 1000 - first * FRAME_SAMPLES
        return samples[start_cut:end_cut]
