"""The runner with fakes: a microphone that stops and comes back (or not), and dropped audio."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES
from voice_session.audio.sinks import NullSink
from voice_session.audio.sources import MicrophoneStalled
from voice_session.clock import SimulatedClock
from voice_session.record.log import EventLog
from voice_session.runner import QuietDisplay, Runner
from voice_session.session.engine import SessionEngine
from voice_session.session.script import load_exercise
from voice_session.speech.ears import Ears
from voice_session.speech.mouth import Mouth, PromptCache
from voice_session.speech.voices import TextOnlyVoice


class FlakyMicrophone:
    """Implements the AudioSource interface; stalls once after `stall_after` frames."""

    def __init__(self, stall_after: int, comes_back: bool, total: int = 3000) -> None:
        self.frames = 0
        self.stall_after, self.comes_back, self.total = stall_after, comes_back, total
        self.reopened = 0
        self.overflows = 0
        self.stalled = False

    def read(self) -> np.ndarray | None:
        self.frames += 1
        if self.frames == self.stall_after:
            self.stalled = True
            raise MicrophoneStalled("no audio from the microphone for 3 s")
        if self.frames == 50:
            self.overflows = 7
        return None if self.frames > self.total else np.zeros(FRAME_SAMPLES, dtype=np.int16)

    def reopen(self) -> None:
        self.reopened += 1
        if not self.comes_back:
            raise OSError("device unavailable")

    def close(self) -> None:
        pass


def _run(tmp_path: Path, mic: FlakyMicrophone) -> list[dict]:
    engine = SessionEngine(load_exercise("daily-checkin"), ("Maya", "Jon"))
    log = EventLog(tmp_path)
    runner = Runner(engine, mic, Ears(), None, Mouth(PromptCache(TextOnlyVoice()), NullSink()), SimulatedClock(), log,
                    QuietDisplay())
    runner.sleep = lambda seconds: None
    runner.run()
    log.close()
    return log.events


def test_microphone_that_comes_back_pauses_then_resumes(tmp_path: Path) -> None:
    events = _run(tmp_path, FlakyMicrophone(stall_after=400, comes_back=True))
    names = [e["event"] for e in events]
    assert names.index("microphone_lost") < names.index("paused") < names.index("microphone_back")
    assert next(e["reason"] for e in events if e["event"] == "paused") == "microphone"
    assert "resumed" in names
    assert any("microphone has stopped working" in e.get("text", "") for e in events if e["event"] == "prompt")
    assert {"event": "audio_overflow", "frames": 7}.items() <= next(e for e in events if e["event"] ==
                                                                     "audio_overflow").items()


def test_microphone_that_never_comes_back_ends_cleanly(tmp_path: Path) -> None:
    mic = FlakyMicrophone(stall_after=400, comes_back=False)
    events = _run(tmp_path, mic)
    assert mic.reopened == 5
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "microphone_lost"


def test_microphone_check_hears_hello_or_names_the_fix(capsys) -> None:  # type: ignore[no-untyped-def]
    from voice_session.audio.sources import ArraySource, WavSource
    from voice_session.config import Settings
    from voice_session.modes import check_microphone

    from .conftest import CLIPS

    check_microphone(ArraySource(WavSource(CLIPS / "confirm_yes.wav").samples), Settings())
    assert "Microphone OK" in capsys.readouterr().out
    check_microphone(ArraySource(np.zeros(16000 * 7, dtype=np.int16)), Settings())
    assert "gives only silence; check it is not muted" in capsys.readouterr().err
    check_microphone(ArraySource(WavSource(CLIPS / "noise_fan.wav").samples), Settings())
    assert "heard no speech" in capsys.readouterr().err
