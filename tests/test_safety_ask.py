"""Asking before escalating: weaker evidence of danger makes the program ask, kindly and directly, whether
everyone is safe, and act on the answer; a heated but safe conversation is never stopped. Through the real
engine with the real text model, no audio (tests/helpers.converse)."""

from __future__ import annotations

import pytest

from voice_session.session.engine import SessionEngine
from voice_session.session.script import load_exercise

from .helpers import converse
from .listening_set import conflict

WORRYING = "There's a shotgun in the loft, you know, my dad's."


@pytest.fixture(scope="module")
def meaning():  # type: ignore[no-untyped-def]
    from voice_session.text.understanding import load_understanding

    found = load_understanding()
    assert found is not None
    return found


def _engine(meaning, exercise: str = "speaker-listener") -> SessionEngine:  # type: ignore[no-untyped-def]
    return SessionEngine(load_exercise(exercise), ("Sam", "Alex"), meaning=meaning)


def _session(meaning, lines):  # type: ignore[no-untyped-def]
    return converse("speaker-listener", lines, engine=_engine(meaning))


def test_a_worrying_sentence_is_asked_about_in_the_persons_own_words(meaning) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A", WORRYING), ("*", "Yes, we're safe, it's locked away and has been for years.")])
    asked = run.of("safety_ask")
    assert len(asked) == 1 and asked[0]["person"] == "Sam" and asked[0]["found_by"] == "worrying words"
    question = next(text for text in run.said if "safe right now" in text)
    assert question.startswith("Sam,") and "shotgun in the loft" in question
    for word in ("wrong", "crisis", "danger", "disorder"):  # calm, never accusing or diagnosing
        assert word not in question.replace("did anything wrong", "")
    assert run.of("safety_answer") == [{"person": "Sam", "text": "Yes, we're safe, it's locked away and has been for "
                                        "years.", "answer": "safe", "next": "resumed"}]
    assert "safety_stop" not in run.names() and run.ended != "safety"
    assert run.said[run.said.index(question) + 1].startswith("Thank you for telling me")


def test_the_exercise_resumes_where_it_was_and_keeps_what_was_said(meaning) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A+", "I felt alone at the party on Saturday."), ("A", WORRYING),
                             ("*", "Yes, we're fine."), ("A", "That's all, over to you."),
                             ("B", "You felt alone at the party, and you told me about the shotgun in the loft."),
                             ("A", "Yes.")])
    turns = [e for e in run.of("turn_ended") if e["purpose"] == "turn"]
    assert turns and turns[0]["person"] == "Sam"
    assert "paraphrase_landed" in run.names() and "safety_stop" not in run.names()
    assert len(run.of("safety_ask")) == 1  # the listener saying it back is not asked about again


@pytest.mark.parametrize("answer", ["No.", "Not really, no.", "I'm scared of what he'll do.", "I don't know."])
def test_an_answer_that_is_not_yes_stops_with_help(meaning, answer: str) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A", WORRYING), ("*", answer)])
    assert run.of("safety_answer")[0]["next"] == "stopped"
    assert "help_shown" in run.names() and run.ended == "safety"


def test_no_answer_at_all_stops_with_help(meaning) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A", WORRYING), ("wait", 60)])
    assert run.of("safety_answer")[0]["answer"] == "no answer"
    assert "help_shown" in run.names() and run.ended == "safety"


def test_a_second_worrying_sentence_from_the_same_person_stops_with_help(meaning) -> None:  # type: ignore[no-untyped-def]
    """Asked once, they said all was well; a second worrying sentence is not talked away (people who are not
    safe often say they are, the first time)."""
    run = _session(meaning, [("A", WORRYING), ("*", "Yes, it's fine."), ("B", "You told me about your dad."),
                             ("A", "No."), ("A", "I'm warning you, don't push me tonight.")])
    assert len(run.of("safety_ask")) == 2 and len(run.of("safety_answer")) == 2
    assert run.of("safety_answer")[1] == {"person": "Sam", "answer": "asked before", "next": "stopped"}
    assert run.ended == "safety" and "help_shown" in run.names()


@pytest.mark.parametrize(("key", "stopped"), [("space", False), ("q", True)])
def test_the_therapist_decides_with_a_key(meaning, key: str, stopped: bool) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A", WORRYING), ("key", key), ("A", "Over to you."), ("B", "You mentioned the loft."),
                             ("A", "Yes.")])
    assert run.of("safety_answer")[0]["text"] == f"key {key}"
    assert (run.ended == "safety") is stopped
    assert ("paraphrase_landed" in run.names()) is not stopped


def test_explicit_crisis_language_in_the_answer_stops_at_once(meaning) -> None:  # type: ignore[no-untyped-def]
    run = _session(meaning, [("A", WORRYING), ("*", "Honestly, I've thought about using it on myself.")])
    assert run.ended == "safety" and run.of("safety_answer")[0]["next"] == "stopped"


def test_a_heated_but_safe_session_is_never_stopped(meaning, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every held-out heated sentence said in turns, and the listener repeating the speaker's hyperbole back in
    a paraphrase: the session runs to its end with no stop and at most one ask."""
    heated = [text for _, text in conflict("held-out")]
    lines: list[tuple[str, str]] = []
    for index, text in enumerate(heated):  # whoever is listened to says the next heated line, and every third
        lines += [("*", text)] if index % 3 else [("*", text), ("*", "So you're saying " + text), ("*", "Yes.")]
    from .conftest import ROOT

    long = (ROOT / "voice_session/exercises/speaker-listener.toml").read_text().replace("rounds = 2", "rounds = 12")
    (tmp_path / "long.toml").write_text(long.replace('name = "speaker-listener"', 'name = "long"'))
    engine = SessionEngine(load_exercise(str(tmp_path / "long.toml")), ("Sam", "Alex"), meaning=meaning)
    run = converse("speaker-listener", lines, engine=engine, max_s=7200)
    said = sum(1 for e in run.of("utterance"))
    assert said >= 40, said
    assert "safety_stop" not in run.names(), run.of("safety_stop")
    assert len(run.of("safety_ask")) <= 1, run.of("safety_ask")
    assert run.ended in ("completed", None)  # None: the heated lines ran out before the exercise did


@pytest.mark.parametrize(("answer", "safe"), [
    # a clear yes, however it is said: the exercise goes on
    ("Yeah, yeah, we're fine, it was just a figure of speech.", True),
    ("Honestly? Yeah, we're good.", True),
    ("Um, yes, yes, we're safe.", True),
    ("Oh god, no, no, I didn't mean it like that, we're okay.", True),
    ("No, nobody is in danger.", True),
    ("We're not in danger, I promise.", True),
    ("Nobody's going to hurt anybody, I was exaggerating.", True),
    ("Ha, no, I'm not actually going to kill him.", True),
    ("We're fine, he'd never, would you.", True),
    ("Yes, we're both safe right now.", True),
    ("We are.", True),
    # worry anywhere in it wins, as does a no or "I don't know": the stop, with help
    ("I'm fine but I don't feel safe at home.", False),
    ("I'm safe, but I'm not sure about the kids.", False),
    ("Yes. No. I don't know.", False),
    ("Mm, not really.", False),
    ("Honestly, no.", False),
    ("Not right now, no.", False),
    ("I'd rather not say.", False),
    ("I can't answer that with him here.", False),
    ("I'm worried about it.", False),
    # half an answer is no clear answer: the stop, with help
    ("Yeah, kind of.", None),
    ("Safe enough, I suppose.", None),
    ("Physically, yes.", None),
    ("We are now.", None),
    ("Define safe.", None),
    ("Can we just move on?", None),
])
def test_answers_to_the_safety_question_as_people_give_them(answer: str, safe: bool | None) -> None:
    """Only a clear yes lets the exercise go on (session/engine.py: anything else stops with help). Read before this
    table was written, five answers that are not a yes ("I'm fine but I don't feel safe at home", "I'm safe, but I'm
    not sure about the kids", "Yes. No. I don't know.", "Define safe.", "Yeah, kind of") let the session go on, and
    four clear ones stopped it ("Nobody's going to hurt anybody, I was exaggerating", "No, nobody is in danger")."""
    from voice_session.session.safety import safety_answer

    assert safety_answer(answer) is safe
