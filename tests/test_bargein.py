"""Listening while speaking: the duplex judge, barge-in in the engine, and a simulated room where partners
answer before the program has finished asking."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.echo import Duplex, DuplexJudge
from voice_session.session.events import Say, SpeechFinished, SpeechStarted, Start, StopSpeaking

from .conftest import FIXTURES
from .helpers import run_events

LOUD = 3000.0**2  # mean square of a frame at about -21 dBFS


@pytest.mark.parametrize(
    ("cleaned_ratio", "mic_energy", "cancelled_db", "settles_as"),
    [
        (1 / 1000, LOUD, 25.0, Duplex.FULL),  # 30 dB removed, 25 of it subtracted: the microphone stays open
        (1 / 1000, LOUD, 2.0, Duplex.HALF),  # 30 dB turned down, nothing subtracted: a reference that does not
        # match, whose suppressor would turn a partner down as well
        (1 / 1000, LOUD, None, Duplex.HALF),  # the linear filter never had the echo to learn on
        (1 / 10, LOUD, 25.0, Duplex.HALF),  # 10 dB: back to the gate for the session
        (1.0, 20.0**2, None, Duplex.HEADPHONES),  # almost nothing of the program reaches the microphone
    ],
)
def test_the_duplex_judge_settles_once_from_the_first_seconds(cleaned_ratio: float, mic_energy: float,
                                                              cancelled_db: float | None, settles_as: Duplex) -> None:
    judge = DuplexJudge()
    settled = [judge.feed(LOUD, mic_energy, mic_energy * cleaned_ratio, cancelled_db=cancelled_db)
               for _ in range(400)]
    decided = [s for s in settled if s is not None]
    assert decided == [settles_as]  # said once
    assert settled.index(settles_as) >= judge.settle_frames - 1  # never before AEC3 had time to learn the room
    assert judge.feed(LOUD, mic_energy, mic_energy) is None and judge.mode is settles_as  # and it stays


def test_frames_where_the_program_is_quiet_do_not_count() -> None:
    judge = DuplexJudge()
    for _ in range(1000):
        judge.feed(0.0, LOUD, LOUD)  # a partner talking while the program is silent
    assert judge.mode is Duplex.MEASURING


def _prompts(run) -> list[Say]:  # type: ignore[no-untyped-def]
    return [a for a in run.actions if isinstance(a, Say)]


def test_a_partner_talking_over_a_question_stops_it_and_is_listened_to() -> None:
    run = run_events("speaker-listener", [Start(0.0)])
    welcome = _prompts(run)[0]
    engine = run.engine
    actions = engine.handle(SpeechStarted(2.0))  # over the welcome: it is not a question, it goes on
    assert not [a for a in actions if isinstance(a, StopSpeaking)]
    actions = engine.handle(SpeechFinished(12.0, welcome.say_id))
    question = next(a for a in actions if isinstance(a, Say))
    actions = engine.handle(SpeechStarted(13.0))  # Sam starts while being invited to speak
    assert StopSpeaking(question.say_id) in actions
    assert engine.listening_to == "A"  # already listening to Sam, from the first word
    records = [a for a in actions if a.__class__.__name__ == "Record"]
    assert [r.data for r in records if r.event == "prompt_interrupted"] == [{"say_id": question.say_id, "at": 13.0}]


def test_safety_lines_are_never_cut() -> None:
    from .helpers import converse

    run = converse("speaker-listener", [("A", "I want to kill myself.")], max_s=60)
    engine = run.engine
    help_say = [a for a in run.actions if isinstance(a, Say) and a.kind == "help"]
    assert help_say and engine.handle(SpeechStarted(engine.now + 0.1)) == []


@pytest.mark.slow
def test_answers_that_start_over_a_question_are_heard_from_their_first_word(tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay
    from voice_session.session.listening import words

    result = simulate(SimulationOptions(scenario=str(FIXTURES / "bargein/scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events = read_events(result.folder / "events.jsonl")[0]
    stops = [e for e in events if e["event"] == "prompt_interrupted"]
    stopped = {e["say_id"]: e["t"] for e in events if e["event"] == "stopped_speaking"}
    assert len(stops) == 2
    for stop in stops:
        assert stopped[stop["say_id"]] - stop["t"] <= 0.1  # stopped as soon as it was heard
        assert stopped[stop["say_id"]] - stop["at"] <= 0.8  # and within 0.8 s of the partner's first word
    jon = next(e for e in events if e["event"] == "utterance" and e["person"] == "Jon")
    said = words("The hardest part of your day was your boss criticizing your report in front of everyone.")
    assert len(set(said) & set(words(jon["text"]))) >= 0.9 * len(set(said)), jon["text"]
    assert jon["start"] <= stops[0]["at"] + 0.1  # kept from its onset, not from where the prompt stopped


@pytest.mark.slow
def test_without_a_canceller_the_program_listens_only_while_quiet(tmp_path: Path, whisper,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay

    monkeypatch.setitem(sys.modules, "pywebrtc_audio", None)
    result = simulate(SimulationOptions(scenario=str(FIXTURES / "daily/scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events = read_events(result.folder / "events.jsonl")[0]
    assert result.outcome.reason == "completed"
    assert not [e for e in events if e["event"] in ("listening_while_speaking", "prompt_interrupted")]
    prompts = [e["text"].lower() for e in events if e["event"] == "prompt"]
    for said in (e["text"].lower().strip(" .?!") for e in events if e["event"] == "utterance"):
        assert not any(said and said in p for p in prompts)  # the gate kept the program's voice out


@pytest.mark.slow
def test_when_the_echo_cannot_be_taken_out_the_session_falls_back_to_the_gate(  # type: ignore[no-untyped-def]
        tmp_path: Path, whisper, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference does not match what the microphone hears (as when the sound goes out through another
    device than the one the program plays to): the canceller removes too little, the session says it listens
    only while quiet, and the program's voice never reaches the record."""
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay
    from voice_session.scenario import CoupleSource

    monkeypatch.setattr(CoupleSource, "far", lambda self: self._far[::-1].copy())  # each frame backwards
    result = simulate(SimulationOptions(scenario=str(FIXTURES / "daily/scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events = read_events(result.folder / "events.jsonl")[0]
    assert result.outcome.reason == "completed"
    modes = [e for e in events if e["event"] == "listening_while_speaking"]
    assert [e["mode"] for e in modes] == ["half"] and modes[0]["removed_db"] < 20, modes
    assert not [e for e in events if e["event"] == "prompt_interrupted"]
    prompts = [e["text"].lower() for e in events if e["event"] == "prompt"]
    for said in (e["text"].lower().strip(" .?!") for e in events if e["event"] == "utterance"):
        assert not any(said and said in p for p in prompts)


def test_the_echo_delay_is_measured_from_the_programs_voice() -> None:
    import numpy as np

    from voice_session.audio.echo import echo_delay_s

    rng = np.random.default_rng(3)
    far = (rng.standard_normal(16000 * 4) * 3000).astype(np.int16)
    for delay_s in (0.06, 0.3, 0.9):
        back = int(delay_s * 16000)
        mic = np.zeros_like(far)
        mic[back:] = far[:-back] // 2
        measured = echo_delay_s(far, mic)
        assert measured is not None and abs(measured - delay_s) < 0.002
    assert echo_delay_s(far, (rng.standard_normal(16000 * 4) * 50).astype(np.int16)) is None  # not heard


def test_with_headphones_the_microphone_is_never_gated() -> None:
    from voice_session.audio.sinks import NullSink
    from voice_session.speech.mouth import Mouth, PromptCache

    from .helpers import FakeVoice

    mouth = Mouth(PromptCache(FakeVoice()), NullSink(), 0.25)
    mouth.say(1, "Alex, what did you hear?", 0.0)
    assert mouth.gated(0.5)  # a laptop's speakers: the program's own voice is kept out
    mouth.gate = False  # --headphones
    assert not mouth.gated(0.5)


def test_the_far_end_follows_the_speakers_clock_not_the_readers_pace() -> None:
    """The speaker fills its buffer at once, then hands 100 ms blocks over, a few ms early or late; the
    microphone's frames arrive
    every 30 ms, jittered, and the session reads them late and in bunches. Each frame's reference must still
    be the same stretch of the output relative to the frame, every frame, with no gaps, repeats or slips."""
    from voice_session.audio.played import PlayedHistory, SampleClock

    rng = np.random.default_rng(7)
    played, heard = PlayedHistory(), SampleClock()
    ramp = (np.arange(16000 * 20) % 30000).astype(np.int16)  # each sample says where it is in the output
    # the output fills its buffer with five blocks at once, then waits a second before its steady callbacks
    events = [(0.5, "out", k) for k in range(5)]
    events += [(1.5 + 0.1 * (k - 5) + rng.uniform(-0.005, 0.005), "out", k) for k in range(5, 150)]
    events += [(0.03 * (n + 1) + rng.uniform(-0.004, 0.004), "mic", n) for n in range(480)]
    arrived: list[tuple[int, float]] = []
    starts = []
    for t, kind, n in sorted(events):
        if kind == "out":
            played.written(ramp[n * 1600 : (n + 1) * 1600], t)
        else:
            heard.note(t, 480 * (n + 1))
            arrived.append((n, heard.time_of(480 * (n + 1))))
        if len(arrived) >= 7 or (kind == "mic" and n == 479):  # the reader catches up, seven frames at a time
            for m, at in arrived:
                far = played.far(at)
                if m > 60 and far.any() and far.min() > 50 and far.max() < 29950:  # not across the ramp's wrap
                    starts.append((m, int(far[0])))
                    assert far.all(), "read ahead of what the speaker had been handed"
                    steps = np.diff(far.astype(np.int32))  # read between samples: each rounds to its nearest
                    assert steps.min() >= 0 and steps.max() <= 2 and abs(steps.mean() - 1) < 0.01, steps
            arrived = []
    offsets = [(first - 480 * m) % 30000 for m, first in starts]
    assert len(offsets) > 250
    assert max(offsets) - min(offsets) <= 2, str(offsets)  # read on without a slip
