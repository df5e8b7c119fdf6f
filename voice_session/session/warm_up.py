"""The engine's readings run once, on made-up sentences, before the session needs them.

Reading an utterance compiles patterns the first time each is used: some 480 crisis patterns (about 160 ms) at the
first sentence, and the listening support's (hand-offs, answers, cues, requests) at the first of each kind. Live,
that first time was often the answer to a hand-off: 77 patterns compiled between the words coming back and the next
prompt. `warm_up` runs on a thread of its own while the program speaks its welcome (see live.py); it only fills
caches, so the session's record is the same with it or without it.
"""

from __future__ import annotations

from voice_session.session import listening, paraphrase, safety
from voice_session.session.crisis import Meaning

SAMPLES = (
    "We walked to the market on Sunday morning and bought bread for the week.",
    "We went home.",
    "No, that's all. Over to you.",
)
"""Sentences that match little: most readings try every pattern of theirs on them, and so compile them all."""


def warm_up(meaning: Meaning | None) -> None:
    for text in SAMPLES:
        safety.classify(text, meaning)
        safety.safety_answer(text)
        listening.cues(text)
        listening.parse_answer(text)
        listening.says_nothing_more(text)
        listening.is_handoff(text)
        paraphrase.points(text)
        paraphrase.readings(text)
