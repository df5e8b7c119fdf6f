"""Live mode for real: `voice-session run` as a subprocess on a private PulseAudio daemon with null sinks.

The test plays each partner's clip into the virtual microphone when the session starts listening to them,
records what the program says from the speaker sink, and checks the session record.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.decode import load_audio, write_wav
from voice_session.audio.frames import level_dbfs
from voice_session.session.listening import words

from .conftest import CLIPS, ROOT
from .helpers import events_so_far
from .pulse import Pulse, PulseUnavailable

pytestmark = [pytest.mark.live, pytest.mark.slow]

EXERCISE = """
name = "live-test"
title = "Live test"
description = "Two short turns, one swap."
duration_min = 3

[[step]]
kind = "say"
text = "Welcome, {A} and {B}."

[[step]]
kind = "turn"
text = "{speaker}, go ahead."

[[step]]
kind = "paraphrase"
text = "{listener}, what did you hear?"
confirm = "{speaker}, did {listener} get it?"

[[step]]
kind = "swap"
text = "Now swap."

[[step]]
kind = "turn"
text = "{speaker}, go ahead."

[[step]]
kind = "end"
text = "Thank you both."
"""


@pytest.fixture()
def pulse(tmp_path: Path) -> Iterator[Pulse]:
    try:
        daemon = Pulse(tmp_path / "pulse")
    except PulseUnavailable as err:
        pytest.skip(f"no PulseAudio here: {err}")
    try:
        yield daemon
    finally:
        daemon.stop()


BUSY_PROCESSES = 3
"""CPU-bound processes beside the program in the loaded runs: a browser, a video call and a build, on 2 cores."""


@pytest.fixture(params=["idle", "busy"])
def machine(request: pytest.FixtureRequest) -> Iterator[str]:
    """The live tests run on an idle machine and on a busy one, as a laptop mostly is."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in
            range(BUSY_PROCESSES if request.param == "busy" else 0)]
    try:
        yield request.param
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def _events(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _run(pulse: Pulse, exercise: Path, out: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    """`voice-session run` as a couple would start it. Its output goes to files, never to pipes this test does not
    read while it waits: a full pipe blocks the writer, and a program blocked on stderr cannot exit."""
    logs = out.parent / f"{out.name}-output"
    logs.mkdir(exist_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voice_session", "run", str(exercise), "--names", "Sam,Alex", "--out", str(out),
         "--no-mic-check", "--voice", "piper"],
        env=pulse.env, stdin=subprocess.DEVNULL, stdout=(logs / "stdout").open("w"), stderr=(logs / "stderr").open("w"),
        cwd=ROOT,
    )
    proc.stderr_path = logs / "stderr"  # type: ignore[attr-defined]
    return proc


def _stderr(proc: subprocess.Popen) -> str:  # type: ignore[type-arg]
    return proc.stderr_path.read_text()[-800:]  # type: ignore[attr-defined]


def _start(pulse: Pulse, tmp_path: Path, out: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    exercise = tmp_path / "live-test.toml"
    exercise.write_text(EXERCISE)
    return _run(pulse, exercise, out)


def _wait_for(path: Path, count: int, event: str, proc: subprocess.Popen, timeout_s: float = 90) -> None:  # type: ignore[type-arg]
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if sum(1 for e in events_so_far(path) if e["event"] == event) >= count:
            return
        if proc.poll() is not None:
            raise AssertionError(f"voice-session exited early ({proc.returncode}): {_stderr(proc)}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {event} #{count}; record so far: {events_so_far(path)[-5:]}")


def test_live_session_on_a_virtual_sound_card(pulse: Pulse, tmp_path: Path, machine: str) -> None:
    from voice_session.speech.voices import PiperVoice

    pulse.loop_speaker_into_microphone()
    couple = tmp_path / "couple"
    couple.mkdir()
    sam_reflects = couple / "sam_reflects.wav"
    write_wav(sam_reflects, np.concatenate(list(PiperVoice(deterministic=True).sentences(
        "You have been tired from work, and you miss our weekends together."))))
    lines = [  # (wait for the n-th turn_started, clip)
        (1, CLIPS / "hurt_dinner.wav"),        # Sam's turn
        (2, CLIPS / "paraphrase_good.wav"),    # Alex reflects
        (3, CLIPS / "confirm_yes.wav"),        # Sam: yes
        (4, CLIPS / "hand_off.wav"),           # after the swap, Alex's turn ends with "over to you"
    ]
    out = tmp_path / "session"
    recording = pulse.record_speaker(tmp_path / "speaker.wav")
    proc = _start(pulse, tmp_path, out)
    try:
        record = out / "events.jsonl"
        for number, clip in lines:
            _wait_for(record, number, "turn_started", proc)
            time.sleep(0.6)
            pulse.play_into_microphone(clip)
        assert proc.wait(timeout=90) == 0, _stderr(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
        recording.terminate()
        recording.wait(timeout=10)
    events = _events(out / "events.jsonl")
    names = [e["event"] for e in events]
    assert names[0] == "session_started" and events[-1] == {**events[-1], "event": "session_ended",
                                                            "reason": "completed"}
    turns = [e for e in events if e["event"] == "turn_ended" and e["purpose"] == "turn"]
    assert [t["person"] for t in turns] == ["Sam", "Alex"]
    assert turns[1]["reason"] in ("handoff", "silence")  # "over to you" usually ends it at once
    assert "paraphrase_prompted" in names and "roles_swapped" in names
    assert [e["answer"] for e in events if e["event"] == "confirmation"] == ["yes"]
    heard = [e for e in events if e["event"] == "utterance"]
    said = set(words("I felt really unheard when you checked your phone at dinner."))
    assert heard[0]["person"] == "Sam"
    assert len(said & set(words(heard[0]["text"]))) >= 0.7 * len(said), heard[0]  # tiny.en may miss a word
    # the program's voice reached the microphone through the loopback, but never the record
    prompts = [e["text"].lower() for e in events if e["event"] == "prompt"]
    for utterance in heard:
        text = utterance["text"].lower().strip(" .?!")
        assert not any(text and text in prompt for prompt in prompts), utterance
        assert "go ahead" not in text and "what did you hear" not in text and "welcome" not in text
    spoken = load_audio(tmp_path / "speaker.wav")
    assert level_dbfs(spoken) > -45  # the program really spoke through the speaker
    for path in out.iterdir():  # no audio kept without --keep-audio
        assert path.suffix != ".wav"


def test_sigterm_ends_cleanly_with_exit_code_143(pulse: Pulse, tmp_path: Path) -> None:
    out = tmp_path / "session"
    proc = _start(pulse, tmp_path, out)
    try:
        _wait_for(out / "events.jsonl", 1, "turn_started", proc)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 143
    finally:
        if proc.poll() is None:
            proc.kill()
    events = _events(out / "events.jsonl")  # every line still parses
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "interrupted"
    assert (out / "transcript.md").exists()
    assert "Traceback" not in _stderr(proc)



WELCOME = ("Welcome, {A} and {B}. This welcome is long on purpose: while it plays, voice-session learns how its own "
           "voice comes back through this room, measures the delay, and decides whether it can keep listening while "
           "it talks. It goes on a little more, and then a little more again, to be sure.")
QUESTION = ("{speaker}, whenever you are ready, say what is on your mind, starting with I, and take all the time you "
            "need; when you are done, say over to you.")
BARGE_IN = f"""
name = "live-barge-in"
title = "Live barge-in"
description = "A long welcome while the canceller learns the room, then a question answered before it ends."
duration_min = 3

[[step]]
kind = "say"
text = "{WELCOME}"

[[step]]
kind = "turn"
text = "{QUESTION}"

[[step]]
kind = "paraphrase"
text = "{{listener}}, what did you hear?"
confirm = "{{speaker}}, did {{listener}} get it?"
"""


def _show_the_echo_record(events: list[dict]) -> None:
    """The echo path's part of the record, printed: pytest shows it when an assertion after it fails."""
    kinds = ("echo_", "listening_while", "prompt", "utterance", "speech", "speaker")
    print("the echo path's record:", *[e for e in events if e["event"].startswith(kinds)], sep="\n")


def _asking_a_question(pulse: Pulse, tmp_path: Path) -> tuple[subprocess.Popen, Path]:  # type: ignore[type-arg]
    """The barge-in exercise started with the speaker looped into the microphone, once its question has begun (a
    long welcome before it, while the canceller learns the room); the session's folder."""
    pulse.loop_speaker_into_microphone()
    exercise = tmp_path / "barge.toml"
    exercise.write_text(BARGE_IN)
    out = tmp_path / "session"
    proc = _run(pulse, exercise, out)
    try:
        _wait_for(out / "events.jsonl", 2, "prompt", proc)
    except BaseException:
        proc.kill()
        raise
    return proc, out


def test_an_answer_over_the_question_stops_it_and_is_heard(pulse: Pulse, tmp_path: Path, machine: str) -> None:
    """The speaker looped into the microphone (40 ms): the program listens while it talks, stops its question
    when Sam answers over it, hears the answer from its first words, never transcribes itself, and Ctrl+C
    still closes the record with exit 130."""
    proc, out = _asking_a_question(pulse, tmp_path)
    try:
        time.sleep(0.8)
        pulse.play_into_microphone(CLIPS / "hurt_dinner.wav")
        try:
            _wait_for(out / "events.jsonl", 1, "turn_ended", proc)
        except AssertionError as err:
            wanted = ("listening_while_speaking", "prompt", "prompt_interrupted", "utterance", "speech_rejected")
            found = [e for e in events_so_far(out / "events.jsonl") if e["event"] in wanted]
            raise AssertionError(f"{err}; {found}") from None
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
    events = _events(out / "events.jsonl")
    _show_the_echo_record(events)
    mode = next(e for e in events if e["event"] == "listening_while_speaking")
    assert mode["mode"] == "full" and mode["removed_db"] >= 20, mode
    question = [e for e in events if e["event"] == "prompt"][1]
    in_use = [e for e in events if e["event"] == "echo_filter" and e["in_use"]]
    assert in_use and in_use[0]["t"] < question["t"], in_use  # ready before the answer came over the question
    stopped = [e for e in events if e["event"] == "prompt_interrupted"]
    assert len(stopped) == 1 and stopped[0]["t"] - question["t"] < 3.0, stopped  # long before it would end
    heard = [e for e in events if e["event"] == "utterance"]
    said = set(words("I felt really unheard when you checked your phone at dinner."))
    assert heard and heard[0]["person"] == "Sam", heard
    assert len(said & set(words(heard[0]["text"]))) >= 0.6 * len(said), heard[0]
    # "felt" is said while the question still plays: the canceller's double-talk suppression used to lose it
    assert "felt" in words(heard[0]["text"]), heard[0]
    prompts = " ".join(e["text"].lower() for e in events if e["event"] == "prompt")
    for utterance in heard + [e for e in events if e["event"] == "speech_rejected" and e.get("text")]:
        text = (utterance.get("text") or "").lower().strip(" .?!,")
        assert not (text and text in prompts), utterance  # its own voice never reaches the record
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "interrupted"


def test_a_stall_of_the_machine_mid_question_is_not_taken_for_an_answer(pulse: Pulse, tmp_path: Path) -> None:
    """The program stops for 0.3 s in the middle of its question (a laptop stalled: the speaker runs dry, and its
    voice comes back later than the clocks say), the speaker looped into the microphone, nobody answering. The
    program must not take its own voice for an answer: before, it did every time (4 of 4), cut its question and
    once wrote its own words down as Sam's. The microphone opens again while it talks once its voice is seen
    removed again."""
    proc, out = _asking_a_question(pulse, tmp_path)
    try:
        time.sleep(0.2)
        proc.send_signal(signal.SIGSTOP)
        time.sleep(0.3)
        proc.send_signal(signal.SIGCONT)
        _wait_for(out / "events.jsonl", 2, "spoken", proc)  # the question played to its end
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)
            proc.kill()
    events = _events(out / "events.jsonl")
    _show_the_echo_record(events)
    assert next(e for e in events if e["event"] == "listening_while_speaking")["mode"] == "full"
    assert not [e for e in events if e["event"] in ("prompt_interrupted", "utterance", "speech_rejected")]
    question = [e for e in events if e["event"] == "prompt"][1]
    moved = [e for e in events if e["event"] == "echo_reference_moved" and e["t"] > question["t"]]
    assert any(e.get("because") == "speaker_ran_dry" for e in moved), moved
    assert [e for e in events if e["event"] == "echo_regained" and e["t"] > moved[-1]["t"]]
