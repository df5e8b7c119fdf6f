"""The runner with fakes: a microphone that stops and comes back (or not), and dropped audio."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.frames import FRAME_SAMPLES
from voice_session.audio.sinks import NullSink
from voice_session.audio.sources import ArraySource, MicrophoneStalled, WavSource
from voice_session.clock import SimulatedClock
from voice_session.record.log import EventLog
from voice_session.runner import Face, QuietDisplay, Runner
from voice_session.session.engine import SessionEngine
from voice_session.session.script import load_exercise
from voice_session.speech.ears import Ears
from voice_session.speech.hearing import Hearing
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
    runner = Runner(engine, mic, Hearing(Ears(), None, wait=True), Mouth(PromptCache(TextOnlyVoice()), NullSink()),
                    SimulatedClock(), log, Face(QuietDisplay()))
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


def _check(samples: np.ndarray):  # type: ignore[no-untyped-def]
    from voice_session.config import Settings
    from voice_session.mic_check import spoken_check
    from voice_session.speech.mouth import Mouth, PromptCache

    from .helpers import FakeVoice

    mouth = Mouth(PromptCache(FakeVoice()), NullSink(), 0.25)
    result = spoken_check(ArraySource(samples), mouth, Settings())
    return result, mouth


def _after_welcome(samples: np.ndarray, welcome_s: float) -> np.ndarray:
    """The microphone: silence while the welcome plays, then `samples` (someone says hello)."""
    return np.concatenate([np.zeros(int((welcome_s + 0.6) * 16000), dtype=np.int16), samples,
                           np.zeros(16000 * 8, dtype=np.int16)])


def test_microphone_check_speaks_and_hears_hello(capsys) -> None:  # type: ignore[no-untyped-def]
    from voice_session.mic_check import HEARD, WELCOME

    from .conftest import CLIPS
    from .helpers import FakeVoice

    welcome_s = FakeVoice().seconds(WELCOME)
    result, mouth = _check(_after_welcome(WavSource(CLIPS / "confirm_yes.wav").samples, welcome_s))
    assert result.heard and result.verdict == "heard"
    assert [t for _, t in mouth.cache.voice.said] == [WELCOME, HEARD]  # spoken, not only printed
    assert "Microphone OK" in capsys.readouterr().out


def test_microphone_check_says_what_to_fix() -> None:
    from voice_session.mic_check import QUIET, SILENT, WELCOME

    from .conftest import CLIPS
    from .helpers import FakeVoice

    result, mouth = _check(np.zeros(16000 * 12, dtype=np.int16))
    assert result.verdict == "silent" and mouth.cache.voice.said[-1][1] == SILENT
    welcome_s = FakeVoice().seconds(WELCOME)
    result, mouth = _check(_after_welcome(WavSource(CLIPS / "noise_fan.wav").samples, welcome_s))
    assert result.verdict == "no voice" and mouth.cache.voice.said[-1][1] == QUIET


def test_microphone_check_ignores_its_own_voice() -> None:
    """The welcome reaching the microphone (a laptop's speakers) is not taken for a hello."""
    from voice_session.mic_check import WELCOME

    from .conftest import CLIPS
    from .helpers import FakeVoice

    own = WavSource(CLIPS / "confirm_yes.wav").samples  # stands for the program's voice, heard while it speaks
    welcome_s = FakeVoice().seconds(WELCOME)
    mic = np.zeros(int((welcome_s + 6.5) * 16000), dtype=np.int16)
    mic[: len(own)] = own[: int(welcome_s * 16000)][: len(own)]
    result, _ = _check(mic)
    assert not result.heard


class StallingMicrophone(FlakyMicrophone):
    """Someone is talking when the microphone stops: the stall comes in the middle of `speech`."""

    def __init__(self, speech: np.ndarray, at_s: float) -> None:
        self.samples = np.zeros(16000 * 120, dtype=np.int16)
        start = int(at_s * 16000)
        self.samples[start : start + len(speech)] = speech
        middle = start + len(speech) // 2
        super().__init__(stall_after=middle // FRAME_SAMPLES, comes_back=True, total=len(self.samples) // FRAME_SAMPLES)

    def read(self) -> np.ndarray | None:
        frame = super().read()
        if frame is None:
            return None
        at = (self.frames - 1) * FRAME_SAMPLES
        return self.samples[at : at + FRAME_SAMPLES]


@pytest.mark.slow
def test_speech_in_flight_when_the_microphone_stops_is_kept(tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    from voice_session.speech.stream import InlineTranscriber

    from .conftest import CLIPS

    speech = WavSource(CLIPS / "hurt_dinner.wav").samples  # "I felt really unheard when you checked your phone…"
    mic = StallingMicrophone(speech, at_s=30.0)
    engine = SessionEngine(load_exercise("daily-checkin"), ("Maya", "Jon"))
    log = EventLog(tmp_path)
    runner = Runner(engine, mic, Hearing(Ears(), InlineTranscriber(whisper), wait=True),
                    Mouth(PromptCache(TextOnlyVoice()), NullSink()), SimulatedClock(), log, Face(QuietDisplay()))
    runner.sleep = lambda seconds: None
    runner.run()
    log.close()
    names = [e["event"] for e in log.events]
    cut = [e for e in log.events if e["event"] == "utterance" and e.get("cut_by_device")]
    assert len(cut) == 1, names
    assert {"felt", "unheard"} & set(cut[0]["text"].lower().replace(".", "").split()), cut[0]
    assert names.index("utterance") < names.index("paused")  # kept before the session paused


def test_reading_ahead_waits_until_the_prompt_is_on_its_way(tmp_path: Path) -> None:
    """The engine asks for the speaker's points to be read before the prompt that asks for the paraphrase: the
    runner says the prompt first (a reading costs 15-40 ms, heard as that much more wait)."""
    from voice_session.session.events import ReadAhead, Say

    done: list[str] = []

    class Meaning:
        def prepare(self, texts: list[str]) -> None:
            done.append("read " + " ".join(texts))

    engine = SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"), meaning=Meaning())  # type: ignore[arg-type]
    mouth = Mouth(PromptCache(TextOnlyVoice()), NullSink())
    said = mouth.say
    mouth.say = lambda say_id, text, now: (done.append("say " + text), said(say_id, text, now))[1]  # type: ignore[method-assign]
    log = EventLog(tmp_path)
    runner = Runner(engine, FlakyMicrophone(10_000, True), Hearing(Ears(), None, wait=True), mouth, SimulatedClock(),
                    log, Face(QuietDisplay()))
    runner._apply([ReadAhead(("I felt unheard",)), Say("Alex, what did you hear?", 1)])
    log.close()
    assert done == ["say Alex, what did you hear?", "read I felt unheard"]
