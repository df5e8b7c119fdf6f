"""Reading audio files of any common format into 16 kHz mono, with one-line errors."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE, to_int16
from voice_session.errors import UserError


def load_audio(path: str | Path) -> np.ndarray:
    """Decodes and resamples a file (WAV, FLAC, MP3, M4A, OGG…) to 16 kHz mono int16."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: file not found; check the path")
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not an audio file; give a file such as a .wav")
    if path.stat().st_size == 0:
        raise UserError(f"{path}: file is empty; record or export the audio again")
    return decode_bytes(path.read_bytes(), str(path))


def decode_bytes(data: bytes, name: str = "audio") -> np.ndarray:
    """Decodes in-memory file bytes to 16 kHz mono int16."""
    wav_format = _check_wav_header(data, name)
    plain = _plain_wav(data) if wav_format is None else None
    if plain is not None:
        return plain
    import av
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(io.BytesIO(data), sampling_rate=SAMPLE_RATE)
    except (av.error.FFmpegError, ValueError, IndexError, StopIteration) as err:
        if wav_format is not None:
            raise UserError(
                f"{name}: unsupported WAV encoding (format code {wav_format}); "
                "convert it to 16-bit PCM, e.g. `sox in.wav -b 16 out.wav`"
            ) from None
        raise UserError(
            f"{name}: not an audio file voice-session can read ({_reason(err)}); "
            "give a WAV, FLAC, MP3, M4A or OGG file"
        ) from None
    if samples.size == 0:
        raise UserError(f"{name}: holds no audio samples; record or export it again")
    return to_int16(samples)


def _check_wav_header(data: bytes, name: str) -> int | None:
    """Precise messages for a truncated or empty WAV; returns a format code Python's wave cannot read."""
    if not data.startswith(b"RIFF") or data[8:12] != b"WAVE":
        return None
    if len(data) < 44:
        raise UserError(f"{name}: WAV header is truncated; the file was cut off, export it again")
    try:
        with wave.open(io.BytesIO(data)) as wav:
            frames = wav.getnframes()
    except wave.Error as err:
        text = str(err)
        if "unknown format" in text:  # float, A-law, extensible…: PyAV decides whether it can decode it
            return int(text.rsplit(":", 1)[-1].strip())
        raise UserError(f"{name}: WAV header is damaged ({text}); export the file again") from None
    except EOFError:
        raise UserError(f"{name}: WAV header is truncated; the file was cut off, export it again") from None
    if frames == 0:
        raise UserError(f"{name}: holds no audio samples (zero-length WAV); record or export it again")
    return None


def _plain_wav(data: bytes) -> np.ndarray | None:
    """A WAV already as the program hears (16 kHz, mono, 16-bit PCM: every recording it writes, every scenario's
    lines) read as it is, with the same samples PyAV gives, without PyAV, which also has faster-whisper collect
    Python's garbage after every file (40 ms a line of a simulated scenario); None for anything else."""
    if not data.startswith(b"RIFF") or data[8:12] != b"WAVE":
        return None
    with wave.open(io.BytesIO(data)) as wav:
        if (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) != (SAMPLE_RATE, 1, 2):
            return None
        raw = wav.readframes(wav.getnframes())
    return np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.int16)


def _reason(err: BaseException) -> str:
    text = str(err).strip()
    if not text or "<none>" in text:
        return type(err).__name__
    return text.split(":")[-1].strip().strip("'") if "Errno" in text else text


def write_wav(path: str | Path | BinaryIO, samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> None:
    """Writes mono int16 samples as a PCM WAV, to a path or to a file already open for writing."""
    with wave.open(str(path) if isinstance(path, (str, Path)) else path, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(np.ascontiguousarray(samples, dtype=np.int16).data)  # no second copy of a long session


def resample(samples: np.ndarray, from_rate: int, to_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Resamples mono int16 audio with PyAV's (libswresample's) resampler."""
    samples = np.ascontiguousarray(samples, dtype=np.int16)
    if from_rate == to_rate or len(samples) == 0:
        return samples
    import av

    resampler = av.AudioResampler(format="s16", layout="mono", rate=int(to_rate))
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
    frame.sample_rate = int(from_rate)
    chunks = [f.to_ndarray() for f in resampler.resample(frame)] + [f.to_ndarray() for f in resampler.resample(None)]
    return np.concatenate(chunks, axis=1).ravel().astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)
