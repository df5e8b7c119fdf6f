"""The floor: who is speaking decides what the engine does (table-tested on the pure engine), how the two
voices are learned and told apart (speech/whose.py), and whole simulated sessions with break-ins."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers import converse
from voice_session.speech.whose import SURE_MARGIN, Voices, decide

TURN = "I felt hurt when you forgot my birthday last week."
PARAPHRASE = "You felt hurt when I forgot your birthday last week."


def test_a_listener_breaking_in_is_reminded_once_and_their_words_are_theirs() -> None:
    run = converse("speaker-listener", [
        ("A+", TURN),
        ("B!", "That's not fair, I was working late."),
        ("A+", "And I waited for you all evening."),
        ("B!", "I said I was sorry."),  # a second break-in in the same turn: no second reminder
        ("A", "That's all."),
        ("B", PARAPHRASE), ("A", "Yes."),
    ])
    reminders = run.of("floor_reminder")
    assert [(r["person"], r["holder"], r["purpose"]) for r in reminders] == [("Alex", "Sam", "turn")]
    assert any("Alex, Sam still has the floor" in line for line in run.said)
    heard = {r["text"]: r["person"] for r in run.of("utterance")}
    assert heard["That's not fair, I was working late."] == "Alex"
    assert heard[TURN] == "Sam"
    turn = next(t for t in run.of("turn_ended") if t["purpose"] == "turn")
    assert turn["person"] == "Sam"
    floor = next(t for t in run.engine.progress.turns if t.purpose == "turn")
    assert "working late" not in floor.text and "sorry" not in floor.text  # the listener's words are not the turn's
    assert "waited for you" in floor.text


def test_the_speaker_answering_the_paraphrase_question_is_asked_to_let_the_listener_try() -> None:
    run = converse("speaker-listener", [
        ("A", TURN),
        ("A!", "What I mean is that it hurt."),  # the speaker answers for the listener
        ("B", PARAPHRASE), ("A", "Yes."),
    ])
    assert [(r["person"], r["purpose"]) for r in run.of("floor_reminder")] == [("Sam", "paraphrase")]
    assert any("Sam, let Alex try to say it back" in line for line in run.said)
    assert run.of("paraphrase_landed")  # the listener's own paraphrase is the one judged


def test_without_sure_voices_nothing_changes() -> None:
    lines = [("A", TURN), ("B", PARAPHRASE), ("A", "Yes.")]
    plain = converse("speaker-listener", lines)
    voiced = converse("speaker-listener", lines, voices=True)
    assert not plain.of("floor_reminder") and not voiced.of("floor_reminder")
    assert plain.said == voiced.said
    assert [r["person"] for r in plain.of("utterance")] == [r["person"] for r in voiced.of("utterance")]


def _unit(seed: int, near: np.ndarray | None = None, spread: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=256) if near is None else near + spread * rng.normal(size=256)
    return v / np.linalg.norm(v)


def test_voices_are_learned_from_the_session_and_told_apart() -> None:
    sam, alex = _unit(1), _unit(2)
    takes = {1.0: _unit(3, sam, 0.02), 2.0: _unit(4, alex, 0.02), 3.0: _unit(5, sam, 0.02), 4.0: _unit(6, alex, 0.02)}
    voices = Voices(lambda samples: takes[float(samples[0])])

    def said(end: float, expected: str | None) -> tuple[str | None, float | None]:
        voices.heard(end, np.full(16000 * 2, end, dtype=np.int16))
        return voices.whose(end, expected)

    assert said(1.0, "A") == (None, 0.0)  # the first voice of the session: learned as the one expected
    takes[1.5] = _unit(10, sam, 0.02)
    assert said(1.5, "B")[0] == "A"  # while only A is known, A's voice is still A's, whoever is expected
    who, sure = said(2.0, "A")  # a clearly different voice in A's turn: the other partner breaking in
    assert who == "B" and sure is not None and sure > 0.5
    assert said(3.0, "B")[0] == "A"  # A answering in B's turn is still A
    assert said(4.0, None)[0] == "B"
    voices.heard(5.0, np.zeros(4000, dtype=np.int16))
    assert voices.whose(5.0, "A") == (None, 0.0)  # a quarter second says nothing about a voice


def test_decide_is_unsure_between_two_close_voices() -> None:
    a = _unit(7)
    b = _unit(8, a, 0.02)
    middle = (a + b) / np.linalg.norm(a + b)
    assert decide(middle, {"A": a, "B": b})[0] is None
    assert decide(a, {"A": a})[0] is None  # one voice known: decide never guesses
    far = _unit(9)
    who, sure = decide(a, {"A": a, "B": far})
    assert who == "A" and sure == 1.0 and float(a @ far) < 1 - 2 * SURE_MARGIN


@pytest.mark.slow
def test_two_women_breaking_in_on_each_other_in_a_simulated_session(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Real voices of the same sex (two women from the AMI meetings) as the couple: the listener's break-in
    is hers in the record and is reminded; nobody else is."""
    from tests import speaker_set
    from tests.turn_set import REALSPEECH, audio
    from voice_session.audio.decode import write_wav
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay

    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    first, second = audio("ami_seriously_FEE013_ihm"), audio("ami_seriously_FEE016_ihm")
    clips = {"a1": first[:16000 * 7], "b1": second[:16000 * 5], "a2": first[16000 * 8: 16000 * 13],
             "b2": second[16000 * 6: 16000 * 11]}
    for name, samples in clips.items():
        write_wav(tmp_path / f"{name}.wav", samples)
    assert REALSPEECH.is_dir()
    (tmp_path / "scenario.toml").write_text("\n".join([
        'exercise = "speaker-listener"', 'names = ["Maya", "Rose"]',
        '[[line]]', 'who = "A"', 'wav = "a1.wav"', 'gap = 1.0',
        '[[line]]', 'who = "B"', 'wav = "b1.wav"', 'after = "previous"', 'gap = 0.8',  # Rose breaks in
        '[[line]]', 'who = "A"', 'wav = "a2.wav"', 'gap = 0.8',  # Maya goes on after the reminder
        '[[line]]', 'who = "B"', 'wav = "b2.wav"', 'gap = 1.0',  # Rose's paraphrase (of a kind)
    ]) + "\n")
    result = simulate(SimulationOptions(scenario=str(tmp_path / "scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay())
    events, _ = read_events(result.folder / "events.jsonl")
    heard = [e for e in events if e["event"] == "utterance"]
    assert [e["person"] for e in heard][:2] == ["Maya", "Rose"], heard
    assert [(e["person"], e["purpose"]) for e in events if e["event"] == "floor_reminder"] == [("Rose", "turn")]
