"""Paraphrase feedback by meaning, on the listening set's held-out triples: a faithful paraphrase in other words
is left alone, one that drops a point gets that point named, in the speaker's words."""

from __future__ import annotations

import pytest

from voice_session.session.paraphrase import MISSED_BELOW, clauses, missed_hint, reflect, speaker_view

from .listening_set import triples


@pytest.fixture(scope="module")
def understanding():  # type: ignore[no-untyped-def]
    from voice_session.text.understanding import load_understanding

    found = load_understanding()
    assert found is not None
    return found


def _weakest(statement: str, paraphrase: str, understanding) -> float:  # type: ignore[no-untyped-def]
    return min(reflect(statement, paraphrase, understanding).likeness)


def figures(half: str, understanding) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Ranking (faithful above point-dropping, per item), AUC over all pairs, missed point named, faithful left
    alone: the four figures scripts/bench.py prints."""
    items = triples(half)
    good = [_weakest(t.statement, t.good, understanding) for t in items]
    poor = [_weakest(t.statement, t.poor, understanding) for t in items]
    named = 0
    for t in items:
        missed = reflect(t.statement, t.poor, understanding).missed
        named += bool(missed) and any(word.lower() in missed.lower() for word in t.missed)
    return {
        "ranked": sum(g > p for g, p in zip(good, poor, strict=True)) / len(items),
        "auc": sum(g > p for g in good for p in poor) / (len(good) * len(poor)),
        "named": named / len(items),
        "left_alone": sum(g >= MISSED_BELOW for g in good) / len(items),
    }


def test_held_out_triples(understanding) -> None:  # type: ignore[no-untyped-def]
    found = figures("held-out", understanding)
    assert found["ranked"] >= 0.9, found
    assert found["auc"] >= 0.9, found
    assert found["named"] >= 0.85, found
    assert found["left_alone"] >= 0.85, found


def test_tuning_triples_leave_every_faithful_paraphrase_alone(understanding) -> None:  # type: ignore[no-untyped-def]
    assert figures("tuning", understanding)["left_alone"] == 1.0


def test_the_missed_point_is_named_in_the_speakers_words(understanding) -> None:  # type: ignore[no-untyped-def]
    statement = ("When you were on your phone all through dinner, I felt ignored, and it reminded me of how my dad "
                 "never listened.")
    found = reflect(statement, "You felt ignored when I was on my phone during dinner.", understanding)
    assert found.missed == "and it reminded me of how my dad never listened"
    assert missed_hint(found.missed) == "it reminded me of how my dad never listened"
    assert found.reflected == pytest.approx(2 / 3, abs=0.01)
    whole = reflect(statement, "You felt ignored when I was on my phone through dinner, and it brought back how "
                               "your father never listened to you.", understanding)
    assert whole.missed is None and whole.reflected == 1.0


def test_the_engine_says_the_missed_point_on_a_second_try(understanding) -> None:  # type: ignore[no-untyped-def]
    from voice_session.session.engine import SessionEngine
    from voice_session.session.script import load_exercise

    from .helpers import converse

    statement = "I got scared when you didn't call on Friday night, because I thought you were hurt in the storm."
    run = converse("speaker-listener", [("A", statement), ("B", "You were scared when I didn't call on Friday."),
                                        ("A", "No, not really."), ("A", "You missed why."),
                                        ("B", "You were frightened I'd been hurt in the storm when I didn't call."),
                                        ("A", "Yes.")],
                   engine=SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"), meaning=understanding))
    checked = run.of("paraphrase_checked")
    assert checked[0]["judged_by"] == "meaning"
    assert checked[0]["missed"] == ["because I thought you were hurt in the storm"]
    assert any("You may have missed this part, when Sam said: I thought you were hurt in the storm." in s
               for s in run.said)
    assert checked[-1]["missed"] == []


@pytest.mark.parametrize(
    ("statement", "points"),
    [
        ("I felt ignored when you were on your phone.", ["I felt ignored when you were on your phone"]),  # one point
        ("I felt ignored at dinner, and it reminded me of my dad.", ["I felt ignored at dinner",
                                                                     "and it reminded me of my dad"]),
        ("I'm afraid that if we move, I'll lose my job and my friends.",
         ["I'm afraid that if we move", "I'll lose my job and my friends"]),
        ("", []),
    ],
)
def test_clauses(statement: str, points: list[str]) -> None:
    assert clauses(statement) == points


def test_speaker_view_turns_the_listeners_you_and_i_around() -> None:
    assert speaker_view("You felt ignored when I was on my phone.") == "I felt ignored when you were on your phone."
    assert speaker_view("you're tired and you'd like me to help") == "I'm tired and I'd like you to help"


@pytest.mark.parametrize(
    ("said", "adds"),
    [
        ("You missed the part about the storm.", "the storm"),
        ("You missed why.", ""),  # names no point: never quoted back as one
        ("you forgot that I was worried about you all night", "I was worried about you all night"),
        ("It was about the dishes piling up.", "It was about the dishes piling up"),
    ],
)
def test_what_a_clarification_adds(said: str, adds: str) -> None:
    from voice_session.session.paraphrase import clarified

    assert clarified(said) == adds


def test_a_faithful_paraphrase_in_the_listeners_own_words_is_not_a_rebuttal() -> None:
    from voice_session.session.listening import LISTENER_CUES, Cue, cues

    assert cues("You were scared when I didn't call on Friday.", LISTENER_CUES) == []
    assert cues("I didn't say that.", LISTENER_CUES) == [Cue.REBUTTAL]
    assert cues("You were upset, but I didn't mean it.", LISTENER_CUES) == [Cue.REBUTTAL]


@pytest.mark.parametrize(("statement", "quoted"), [
    ("I had been waiting all day to tell you about my interview That is all",
     ["I had been waiting all day to tell you about my interview"]),
    ("I miss our weekends together and I feel alone. Over to you.",
     ["I miss our weekends together", "and I feel alone"]),
    ("I felt invisible at the party. I asked what you heard, not what you think.", ["I felt invisible at the party"]),
])
def test_a_hint_quotes_what_the_speaker_said_of_themselves_never_the_hand_off(statement: str,
                                                                               quoted: list[str]) -> None:
    from voice_session.session.paraphrase import points

    assert points(statement) == quoted


def test_the_engine_leaves_reading_ahead_to_the_shell_after_the_prompt(understanding) -> None:  # type: ignore[no-untyped-def]
    """The speaker's points and the paraphrase are read ahead of their judgement by the shell (ReadAhead, carried
    out after the prompt is on its way), never inside the engine, where each reading held up the next prompt."""
    from voice_session.session.engine import SessionEngine
    from voice_session.session.events import ReadAhead, Record, Say
    from voice_session.session.paraphrase import points, readings
    from voice_session.session.script import load_exercise

    from .helpers import converse

    class Watched:
        def __init__(self) -> None:
            self.prepared: list[list[str]] = []

        def prepare(self, texts: list[str]) -> None:
            self.prepared.append(texts)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(understanding, name)

    meaning = Watched()
    statement = "I felt unheard at dinner, and then I was left with all the dishes."
    paraphrase = "You felt unheard at dinner and you did the dishes alone."
    run = converse("speaker-listener", [("A", statement), ("B", paraphrase), ("A", "Yes.")],
                   engine=SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"), meaning=meaning))
    assert meaning.prepared == []
    read = [(i, a.texts) for i, a in enumerate(run.actions) if isinstance(a, ReadAhead)]
    assert [texts for _, texts in read] == [tuple(points(statement)), tuple(readings(paraphrase))]
    asked = next(i for i, a in enumerate(run.actions) if isinstance(a, Say) and "what did you hear" in a.text)
    ended = [i for i, a in enumerate(run.actions) if isinstance(a, Record) and a.event.value == "turn_ended"]
    assert asked - 5 < read[0][0] < asked + 5  # with the prompt that asks for the paraphrase
    assert ended[0] < read[1][0] < ended[1]  # the paraphrase, before its turn ends
