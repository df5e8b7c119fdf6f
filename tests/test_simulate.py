"""Whole sessions simulated from scenarios through the real pipeline: VAD, Whisper, engine, voices, records."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from voice_session.cli import main
from voice_session.demo import SCENARIO as DEMO
from voice_session.modes import SimulationOptions, simulate
from voice_session.record.expect import mismatches
from voice_session.record.log import read_events
from voice_session.runner import QuietDisplay
from voice_session.scenario import load_scenario
from voice_session.speech.voices import TextOnlyVoice

from .conftest import FIXTURES

pytestmark = pytest.mark.slow

SCENARIOS = sorted(p.parent.name for p in FIXTURES.glob("*/scenario.toml"))


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_matches_its_expectations(name: str, tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    scenario = FIXTURES / name / "scenario.toml"
    result = simulate(SimulationOptions(scenario=str(scenario), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events, warnings = read_events(result.folder / "events.jsonl")
    assert warnings == []
    expect = load_scenario(scenario).expect
    assert mismatches(events, expect) == []
    # the simulated room feeds the program's voice back (delayed, with reflections); the canceller takes it out
    [duplex] = [e for e in events if e["event"] == "listening_while_speaking"]
    assert duplex["mode"] == "full" and duplex["removed_db"] >= 30 and duplex["t"] <= 6.0
    # and the linear filter, which words said over the program are transcribed from, is in use and stays so
    assert [(e["in_use"], e["removed_db"] >= 15) for e in events if e["event"] == "echo_filter"] == [(True, True)]
    if "reminders" not in expect:  # nobody breaks in: the voices are told apart, and nobody is wrongly reminded
        assert not [e for e in events if e["event"] == "floor_reminder"]
    heard = [e for e in events if e["event"] == "utterance"]
    assert all("voice_sure" in e for e in heard)  # each utterance says how sure the program is of the voice
    if "interrupted" not in expect:  # no false barge-in: nobody talks over these prompts
        assert not [e for e in events if e["event"] == "prompt_interrupted"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """`voice-session demo` run once for the tests that read its record: (its folder, what it printed)."""
    import contextlib
    import io

    out = tmp_path_factory.mktemp("demo") / "demo"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["demo", "--out", str(out)]) == 0
    return out, printed.getvalue()


def test_demo_record_is_private_and_complete(demo: tuple[Path, str]) -> None:
    out, printed = demo
    assert "Sam: I felt humiliated when you joked about my cooking" in printed
    assert "roles swapped: Alex holds the floor" in printed
    assert f"Listen:  {out}/program.wav" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for name in ("events.jsonl", "transcript.md", "program.wav"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600, name
    transcript = (out / "transcript.md").read_text()
    assert "*Alex, without explaining or defending, what did you hear Sam say?*" in transcript
    assert "**Alex:** You were embarrassed" in transcript


def test_the_program_never_transcribes_itself(demo: tuple[Path, str]) -> None:
    """The room feeds the program's voice back into the microphone; the canceller (or the gate) keeps it out of
    the record."""
    from voice_session.session.listening import words

    scenario = load_scenario(DEMO)
    events, _ = read_events(demo[0] / "events.jsonl")
    lines = [set(words(line.text)) for line in scenario.lines]
    heard = [e["text"] for e in events if e["event"] == "utterance"]
    assert len(heard) == len(scenario.lines)
    for text in heard:  # every utterance is one of the couple's lines, never a prompt
        stems = set(words(text))
        assert max(len(stems & line) / max(1, len(stems)) for line in lines) >= 0.7, text


def test_text_only_voice_still_runs_the_session(tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    result = simulate(SimulationOptions(scenario=str(FIXTURES / "dinner" / "scenario.toml"), out=str(tmp_path / "s")),
                      voice=TextOnlyVoice(), display=QuietDisplay(), transcriber=whisper)
    events, _ = read_events(result.folder / "events.jsonl")
    assert any(e["event"] == "paraphrase_landed" for e in events)


def test_simulate_from_one_recording(tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    from voice_session.clock import SimulatedClock  # noqa: F401  (the recording plays on the simulated clock)

    clip = FIXTURES / "clips" / "thinking_pause.wav"
    result = simulate(SimulationOptions(exercise="daily-checkin", recording=str(clip), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events, _ = read_events(result.folder / "events.jsonl")
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "recording_ended"


def test_existing_session_folder_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s"
    out.mkdir()
    (out / "events.jsonl").write_text('{"t": 0, "event": "session_started"}\n')
    code = main(["simulate", "--scenario", str(FIXTURES / "dinner" / "scenario.toml"), "--out", str(out)])
    assert code == 2 and "already holds a session" in capsys.readouterr().err
    assert (out / "events.jsonl").read_text().count("\n") == 1


def test_a_simulation_replayed_from_stored_prompts_is_identical(tmp_path: Path, whisper,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The second run takes every prompt from the store, without synthesizing, and keeps the same record."""
    from voice_session.speech.voices import PiperVoice

    monkeypatch.setenv("VOICE_SESSION_CACHE", str(tmp_path / "cache"))
    scenario = str(FIXTURES / "dinner" / "scenario.toml")
    first = simulate(SimulationOptions(scenario=scenario, out=str(tmp_path / "a")),
                     voice=PiperVoice(), display=QuietDisplay(), transcriber=whisper)
    stored = list((tmp_path / "cache" / "prompts").glob("*.npz"))
    assert stored and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in stored)

    def no_synthesis(self: PiperVoice, text: str) -> None:
        raise AssertionError(f"synthesized again: {text}")

    monkeypatch.setattr(PiperVoice, "sentences", no_synthesis)
    second = simulate(SimulationOptions(scenario=scenario, out=str(tmp_path / "b")),
                      voice=PiperVoice(), display=QuietDisplay(), transcriber=whisper)
    assert (first.folder / "events.jsonl").read_text() == (second.folder / "events.jsonl").read_text()
    assert first.program_wav and second.program_wav
    assert first.program_wav.read_bytes() == second.program_wav.read_bytes()
