"""Every bad input gets one line naming the problem and the fix, and a non-zero exit, never a traceback."""

from __future__ import annotations

import io
import sys
import types
import wave
from pathlib import Path

import numpy as np
import pytest

from voice_session.cli import main


def _wav_bytes(n_samples: int = 1600, fmt_code: int = 1, sample_width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(sample_width)
        wav.setframerate(16000)
        wav.writeframes(np.zeros(n_samples * sample_width, dtype=np.uint8).tobytes())
    data = bytearray(buffer.getvalue())
    data[20:22] = fmt_code.to_bytes(2, "little")
    return bytes(data)


CASES = {
    "missing": (None, "file not found"),
    "empty": (b"", "file is empty"),
    "not_a_wav": (b"These are my notes from Tuesday, not a recording.\n" * 20, "not an audio file"),
    "truncated_header": (_wav_bytes()[:30], "header is truncated"),
    "unsupported_encoding": (_wav_bytes(fmt_code=0x1234), "unsupported WAV encoding"),
    "zero_length": (_wav_bytes(n_samples=0), "no audio samples"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_audio_file_gets_one_clear_line(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, expected = CASES[case]
    path = tmp_path / f"{case}.wav"
    if content is not None:
        path.write_bytes(content)
    code = main(["transcribe", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("voice-session: error: ")


def test_missing_portaudio_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from voice_session.audio import device
    from voice_session.errors import UserError

    class NoPortAudio:
        def find_spec(self, name: str, *args: object) -> None:
            if name == "sounddevice":
                raise OSError("PortAudio library not found")

    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPortAudio(), *sys.meta_path])
    with pytest.raises(UserError, match="libportaudio2"):
        device.sounddevice()


def test_no_input_device_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    from voice_session.audio import device
    from voice_session.errors import UserError

    class PortAudioError(Exception):
        pass

    def query_devices(device: object = None, kind: str | None = None) -> dict:
        raise PortAudioError("No input device matching ''")

    fake = types.SimpleNamespace(PortAudioError=PortAudioError, query_devices=query_devices)
    monkeypatch.setattr(device, "sounddevice", lambda: fake)
    with pytest.raises(UserError, match=r"no microphone found.*--device"):
        device.input_device()


def test_unknown_model_and_offline_download_fail_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clip = Path(__file__).parent.parent / "audio_fixtures" / "clips" / "silence.wav"
    assert main(["transcribe", str(clip), "--model", "small.en"]) == 2
    assert "not on this machine and downloads are off" in capsys.readouterr().err
    assert main(["transcribe", str(clip), "--model", "giant.en"]) == 2
    assert "unknown model 'giant.en'" in capsys.readouterr().err
    assert main(["transcribe", str(clip), "--model", str(tmp_path / "nowhere")]) == 2
    assert "model folder not found" in capsys.readouterr().err
    assert main(["transcribe", str(clip), "--model", str(tmp_path)]) == 2
    assert "no model.bin" in capsys.readouterr().err


def test_invalid_setting_names_the_range(capsys: pytest.CaptureFixture[str]) -> None:
    clip = Path(__file__).parent.parent / "audio_fixtures" / "clips" / "silence.wav"
    assert main(["transcribe", str(clip), "--turn-silence", "0.1"]) == 2
    assert "turn silence must be between 0.5 and 30 seconds" in capsys.readouterr().err


def test_a_bug_mid_session_prints_one_line_and_keeps_the_record_and_the_details(tmp_path: Path) -> None:
    """An internal error (here an engine that fails at its 200th event) is not the user's mistake: one line that
    says where the details are, exit 70, the record closed as "error", the traceback in a private file."""
    import json
    import os
    import stat
    import subprocess

    from .conftest import FIXTURES

    code = (
        "import sys\n"
        "from voice_session.session import engine\n"
        "handle, seen = engine.SessionEngine.handle, []\n"
        "def failing(self, event):\n"
        "    seen.append(event)\n"
        "    if len(seen) == 200:\n"
        "        raise RuntimeError('a bug in the engine')\n"
        "    return handle(self, event)\n"
        "engine.SessionEngine.handle = failing\n"
        "from voice_session.cli import run\n"
        "sys.argv = ['voice-session', 'simulate', '--quiet', '--scenario', sys.argv[1], '--out', sys.argv[2]]\n"
        "run()\n"
    )
    out, cache = tmp_path / "session", tmp_path / "cache"
    done = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "dinner/scenario.toml"), str(out)],
                          capture_output=True, text=True, timeout=300, check=False, stdin=subprocess.DEVNULL,
                          env={**os.environ, "VOICE_SESSION_CACHE": str(cache / "voice-session")})
    assert done.returncode == 70, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    report = cache / "voice-session" / "last-error.txt"
    assert lines[0].startswith("voice-session: internal error (RuntimeError: a bug in the engine)")
    assert str(report) in lines[0]
    assert "Traceback" in report.read_text() and "a bug in the engine" in report.read_text()
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    last = json.loads((out / "events.jsonl").read_text().strip().splitlines()[-1])
    assert last["event"] == "session_ended" and last["reason"] == "error"
