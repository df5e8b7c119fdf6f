"""Audio in: any common WAV layout becomes the same 16 kHz mono frames."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.decode import load_audio
from voice_session.audio.frames import FRAME_SAMPLES, SAMPLE_RATE, level_dbfs, mean_square
from voice_session.audio.sinks import WavSink
from voice_session.audio.sources import WavSource

from .conftest import CLIPS


def _write(path: Path, samples: np.ndarray, rate: int, width: int, channels: int) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
@pytest.mark.parametrize("layout", ["mono16", "stereo16", "mono24", "mono32", "stereo8"])
def test_wav_layouts_decode_to_16k_mono(tmp_path: Path, rate: int, layout: str) -> None:
    seconds = 0.5
    t = np.arange(int(rate * seconds)) / rate
    tone = 0.5 * np.sin(2 * np.pi * 440 * t)
    channels = 2 if layout.startswith("stereo") else 1
    width = {"16": 2, "24": 3, "32": 4, "8": 1}[layout[-2:].lstrip("o")]
    if width == 1:
        data = ((tone + 1) * 127.5).astype(np.uint8)
    elif width == 3:
        ints = (tone * (2**23 - 1)).astype("<i4")
        data = np.frombuffer(ints.tobytes(), dtype=np.uint8).reshape(-1, 4)[:, :3].copy()
    else:
        data = (tone * (2 ** (8 * width - 1) - 1)).astype(f"<i{width}")
    if channels == 2:
        data = np.repeat(data, 2, axis=0)  # the same signal on both channels, interleaved
    path = tmp_path / "tone.wav"
    _write(path, data, rate, width, channels)
    samples = load_audio(path)
    assert abs(len(samples) - seconds * SAMPLE_RATE) < 200
    assert -10 < level_dbfs(samples) < -8  # a 0.5 amplitude sine is about -9 dBFS RMS


def test_a_frames_energy_is_exact_at_full_scale() -> None:
    """Energies decide when the program hears itself: the sum of squares must not wrap around in int16 or lose
    anything in float at the loudest frames a microphone can give."""
    loudest = np.full(FRAME_SAMPLES, -32768, dtype=np.int16)
    assert mean_square(loudest) == 32768.0**2
    noise = np.random.default_rng(7).integers(-32768, 32768, FRAME_SAMPLES).astype(np.int16)
    assert mean_square(noise) == float(np.mean(noise.astype(np.float64) ** 2))
    assert mean_square(np.zeros(FRAME_SAMPLES, dtype=np.int16)) == 0.0 and level_dbfs(loudest) == 0.0


def test_float_wav_decodes(tmp_path: Path) -> None:
    import io

    rate = 44100
    tone = (0.5 * np.sin(2 * np.pi * 300 * np.arange(rate) / rate)).astype("<f4")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(4)
        wav.setframerate(rate)
        wav.writeframes(tone.tobytes())
    data = bytearray(buffer.getvalue())
    data[20:22] = (3).to_bytes(2, "little")  # WAVE_FORMAT_IEEE_FLOAT
    (tmp_path / "f.wav").write_bytes(bytes(data))
    samples = load_audio(tmp_path / "f.wav")
    assert abs(len(samples) - SAMPLE_RATE) < 200 and level_dbfs(samples) > -10


def test_wav_source_yields_30ms_frames() -> None:
    source = WavSource(CLIPS / "hurt_dinner.wav")
    frames = []
    while (frame := source.read()) is not None:
        frames.append(frame)
    assert all(len(f) == FRAME_SAMPLES and f.dtype == np.int16 for f in frames)
    assert abs(len(frames) * 0.03 - source.duration_s) < 0.03


def test_wav_sink_mixes_on_a_timeline(tmp_path: Path) -> None:
    sink = WavSink(tmp_path / "out.wav")
    one = np.full(1600, 1000, dtype=np.int16)
    sink.play(one, at_s=0.0)
    sink.play(one, at_s=0.05)  # overlaps the first by half
    sink.close()
    out = load_audio(tmp_path / "out.wav")
    assert len(out) == 2400
    assert out[900] == 2000 and out[100] == 1000


def test_timeline_window_mixes_only_what_overlaps() -> None:
    from voice_session.audio.sinks import Timeline

    track = Timeline()
    track.add(np.full(100, 10, dtype=np.int16), at_s=0.0)
    track.add(np.full(100, 5, dtype=np.int16), at_s=150 / 16000)
    assert list(track.window(90, 20)) == [10] * 10 + [0] * 10
    assert list(track.window(140, 20)) == [0] * 10 + [5] * 10  # the first chunk has ended and is skipped
    assert track.window(400, 10).sum() == 0


def test_private_wav_is_owner_only_and_readable(tmp_path: Path) -> None:
    import os
    import stat

    from voice_session.record.log import write_private_wav

    old = os.umask(0o022)
    try:
        write_private_wav(tmp_path / "kept.wav", np.full(1600, 300, dtype=np.int16))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "kept.wav").stat().st_mode) == 0o600
    assert len(load_audio(tmp_path / "kept.wav")) == 1600
