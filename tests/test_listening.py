"""Listening support, table-driven: paraphrase coverage, coaching cues, answers, hand-offs, safety words."""

from __future__ import annotations

import pytest

from voice_session.session.listening import Answer, Cue, coverage, cues, ends_turn_at_once, is_handoff, parse_answer
from voice_session.session.safety import Signal, classify

# (speaker said, listener paraphrased, minimum coverage, maximum coverage, a phrase that must be named missed)
COVERAGE = [
    (
        "I felt unheard when you checked your phone at dinner.",
        "You felt ignored because I was on my phone during dinner.",
        0.7,
        1.0,
        None,
    ),
    ("I felt unheard when you checked your phone at dinner.", "You said dinner was not great.", 0.0, 0.5, "your phone"),
    ("I was left with all the dishes after the party.", "You had to clean up after the party.", 0.2, 0.7, "the dishes"),
    ("I miss our Sunday walks with the dog.", "You miss our walks on Sundays with the dog.", 0.99, 1.0, None),
    (
        "I am exhausted from work and I need quiet time when I get home.",
        "You're tired from your job and need quiet when you get home.",
        0.8,
        1.0,
        None,
    ),
    (
        "I felt scared when you drove so fast on the highway.",
        "You were afraid when I drove fast on the highway.",
        0.99,
        1.0,
        None,
    ),
    (
        "My mother's visit was stressful and you left me alone with her.",
        "Her visit was stressful.",
        0.1,
        0.5,
        "their mother",
    ),
    (
        "I worry about money since you lost your job.",
        "You're anxious about money since I lost my job.",
        0.99,
        1.0,
        None,
    ),
    (
        "I felt lonely on my birthday because you forgot to call.",
        "You felt alone on your birthday because I forgot to call.",
        0.99,
        1.0,
        None,
    ),
    ("I want us to plan a holiday together this summer.", "You want a holiday.", 0.2, 0.7, "this summer"),
    (
        "When the kids were fighting, you stayed on the couch.",
        "You were upset that I stayed on the couch when the children fought.",
        0.7,
        1.0,
        None,
    ),
    (
        "I was embarrassed when you corrected me in front of my friends.",
        "You were embarrassed.",
        0.1,
        0.4,
        "their friends",
    ),
]


@pytest.mark.parametrize(("speaker", "paraphrase", "low", "high", "missed"), COVERAGE)
def test_paraphrase_coverage(speaker: str, paraphrase: str, low: float, high: float, missed: str | None) -> None:
    result = coverage(speaker, paraphrase)
    assert low <= result.score <= high, result
    if missed is None:
        assert result.score == 1.0 or not result.missed or result.score >= low
    else:
        assert missed in result.missed, result.missed


CUES = [
    ("But that's not true, I only checked it once.", [Cue.REBUTTAL]),
    ("That's not what happened at all.", [Cue.REBUTTAL]),
    ("I didn't say that.", [Cue.REBUTTAL]),
    ("You should just go to bed earlier.", [Cue.ADVICE]),
    ("Why don't you call your mother then?", [Cue.ADVICE]),
    ("You always do this.", [Cue.ABSOLUTE]),
    ("You never listen to me.", [Cue.ABSOLUTE]),
    ("Whatever, it's fine.", [Cue.DISMISSAL]),
    ("You're overreacting, it was nothing.", [Cue.DISMISSAL]),
    ("You make me feel stupid.", [Cue.BLAME]),
    ("It's your fault we were late.", [Cue.BLAME]),
    # near misses: ordinary reflective language must not raise a cue
    ("You felt hurt but also relieved when it ended.", []),
    ("I always feel better after we talk.", []),
    ("I should have called you.", []),
    ("You said you never got the message from me.", []),
    ("I heard that the dinner was fine until I picked up my phone.", []),
    ("You felt that it was not fair to you.", []),
    ("You wish I had asked you before making plans.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_coaching_cues(text: str, expected: list[Cue]) -> None:
    assert cues(text)[: len(expected) or None] == expected if expected else cues(text) == []


ANSWERS = [
    ("Yes, that's it exactly.", Answer.YES),
    ("Yeah.", Answer.YES),
    ("You got it.", Answer.YES),
    ("Pretty much, yes.", Answer.YES),
    ("That's right.", Answer.YES),
    ("Mm-hmm.", Answer.YES),
    ("Yeah, mostly.", Answer.PARTLY),
    ("Kind of.", Answer.PARTLY),
    ("Partly.", Answer.PARTLY),
    ("Not quite.", Answer.PARTLY),
    ("Yes, but you missed the part about my sister.", Answer.PARTLY),
    ("Some of it.", Answer.PARTLY),
    ("No.", Answer.NO),
    ("Not really.", Answer.NO),
    ("Nope, that's not it.", Answer.NO),
    ("Not at all.", Answer.NO),
    ("I'm not sure what to say.", Answer.UNCLEAR),
    ("", Answer.UNCLEAR),
    ("Hmm.", Answer.UNCLEAR),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_confirmation_parsing(text: str, expected: Answer) -> None:
    assert parse_answer(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That's all, over to you.", True),
        ("I think I'm done.", True),
        ("Your turn.", True),
        ("That's all for now, thanks.", True),
        ("And that is all.", True),
        ("I'm done with feeling ignored at dinner.", False),
        ("That's all I ever wanted from you.", False),
        ("It's your turn to do the dishes tonight.", False),
    ],
)
def test_hand_off_phrases(text: str, expected: bool) -> None:
    assert is_handoff(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can we take a time out?", Signal.PAUSE),
        ("Stop.", Signal.PAUSE),
        ("Pause, please.", Signal.PAUSE),
        ("I need a break.", Signal.PAUSE),
        ("I feel so overwhelmed right now.", Signal.OVERWHELMED),
        ("I'm flooded, I can't do this right now.", Signal.OVERWHELMED),
        ("Okay, let's continue.", Signal.RESUME),
        ("We're ready.", Signal.RESUME),
        ("Sometimes I want to hurt myself.", Signal.CRISIS),
        ("I don't want to be alive anymore.", Signal.CRISIS),
        ("He hit me last night.", Signal.CRISIS),
        ("I'll kill you if you do that again.", Signal.CRISIS),
        # near misses
        ("I wish you'd stop checking your phone at dinner.", None),
        ("This traffic is killing me.", None),
        ("My back hurts after work.", None),
        ("I could kill for a coffee.", None),
        ("Let's continue talking about the holidays, I felt left out when you planned it alone.", None),
    ],
)
def test_safety_signals(text: str, expected: Signal | None) -> None:
    assert classify(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("You got most of it.", Answer.PARTLY), ("Pretty close.", Answer.PARTLY), ("Not everything.", Answer.PARTLY),
])
def test_more_partial_answers(text: str, expected: Answer) -> None:
    assert parse_answer(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I think that's it.", True), ("Okay, go ahead.", True), ("That's it, I wanted to say.", False),
])
def test_more_hand_offs(text: str, expected: bool) -> None:
    assert is_handoff(text) is expected


@pytest.mark.parametrize(("purpose", "text", "expected"), [
    ("turn", "That's all, over to you.", True),
    ("turn", "Your turn.", True),
    ("checkin", "Okay, go ahead.", True),
    ("turn", "That's all.", False),        # often followed by "over to you" after a breath
    ("turn", "I think I'm done.", False),  # closes, does not give the floor away: the usual 0.5 s close
    ("turn", "It's your turn to do the dishes tonight.", False),
    ("confirm", "Yes.", False),            # "Yes… but you missed…" goes on after a breath
    ("paraphrase", "You said it's my turn, over to you.", False),
])
def test_words_that_end_a_turn_at_once(purpose: str, text: str, expected: bool) -> None:
    assert ends_turn_at_once(purpose, text) is expected
