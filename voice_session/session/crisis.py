"""Crisis language: found by words (a broad lexicon with a negation guard) OR by meaning (the text model), one
sentence at a time, so a neutral first sentence never hides a crisis second one.

By meaning, a sentence gets a score from its embedding, learned from example sentences of both kinds
(voice_session/text): +1 reads like crisis language, -1 like ordinary talk. Over `CRISIS_MARGIN` it is a
crisis; a little under it,
or a borderline phrase (grief after a suicide, past abuse, "I'm not suicidal, just tired"), it is worth a
gentle check-in. Without the model the words alone decide. Pure: text in, a finding out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

import numpy as np

from voice_session.session.crisis_words import borderline, crisis_group, normalize

CRISIS_MARGIN = 0.25
"""The meaning score over which a sentence is crisis language. Chosen on the listening set's tuning half alone
(5-fold cross-validation): the most recall with words-or-meaning false alarms at most 3 % there."""
CHECK_IN_MARGIN = 0.15
"""Between this and CRISIS_MARGIN a sentence is close enough to crisis language for a gentle check-in."""


MIN_WORDS = 5
"""Shorter sentences are judged by words alone."""


class Level(Enum):
    CRISIS = "crisis"
    CHECK_IN = "check_in"


@dataclass(frozen=True)
class Finding:
    level: Level
    sentence: str
    """The sentence that raised it, as said."""
    how: str
    """The lexicon group ('plans or means'), 'meaning', or 'borderline'."""
    margin: float | None = None


class Meaning(Protocol):
    """What crisis detection needs of the text model (tests pass fakes with the same shape)."""

    def crisis_margins(self, sentences: list[str]) -> list[float]: ...


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+|\s+(?:but|and then|so)\s+(?=i\b|he\b|she\b|they\b|you\b)", text.strip())
    return [p.strip() for p in parts if p and len(p.strip()) > 1]


def assess(text: str, meaning: Meaning | None = None) -> Finding | None:
    """The strongest finding in an utterance: a crisis anywhere wins over a check-in anywhere."""
    said = sentences(text)
    if not said:
        return None
    check_in: Finding | None = None
    words_only: set[str] = set()
    """Sentences meaning may not make a crisis of: a negated crisis phrase ("I'm not going to kill myself":
    meaning reads past the "not", words do not), or a borderline one (someone else's suicide, abuse long ago)."""
    for sentence in said:
        plain = normalize(sentence)
        found = crisis_group(plain)
        if found and not found[1]:
            return Finding(Level.CRISIS, sentence, found[0])
        if found or borderline(plain):
            words_only.add(sentence)
            check_in = check_in or Finding(Level.CHECK_IN, sentence, "borderline")
    # By meaning, only sentences long enough to mean something: "Yeah, mostly," reads as anything at all.
    long_enough = [s for s in said if len(s.split()) >= MIN_WORDS] or (
        [text.strip()] if len(text.split()) >= MIN_WORDS else [])
    if meaning is not None and long_enough:
        margins = meaning.crisis_margins(long_enough)
        best = int(np.argmax(margins))
        judged = long_enough[best]
        by_words = judged in words_only if judged in said else borderline(normalize(judged))  # the whole text
        if margins[best] >= CRISIS_MARGIN and not by_words:
            return Finding(Level.CRISIS, judged, "meaning", round(margins[best], 3))
        if check_in is None and margins[best] >= CHECK_IN_MARGIN:
            check_in = Finding(Level.CHECK_IN, long_enough[best], "meaning", round(margins[best], 3))
    return check_in

