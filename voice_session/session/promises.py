"""What the couple's journal brings into a session, and how a review step speaks of it. Pure data and wording:
the runner reads the journal (voice_session/journal) and hands the open items to the engine."""

from __future__ import annotations

import re
from dataclasses import dataclass

from voice_session.session.listening import Answer
from voice_session.session.regex import rx


@dataclass(frozen=True)
class OpenItem:
    """A promise, request or supportive action from an earlier session that has not been marked kept."""

    id: int
    kind: str
    """promise, request or action."""
    person: str
    """Who made it: the one who promised, or the one who asked."""
    to: str
    """The partner it was made to."""
    text: str
    """The words as said."""
    said_on: str
    """The date it was made, YYYY-MM-DD."""

    @property
    def judge(self) -> str:
        """Who says how it went: the one it was promised to, or the one who asked."""
        return self.to if self.kind == "promise" else self.person


_PROMISE = re.compile(r"\b(?:i promise|i will|i'll|i am going to|i'm going to|i commit|from now on|next time)\b",
                      re.IGNORECASE)


def promised_words(paraphrase: str) -> str:
    """The promise in a listener's answer that first says the request back ("You want me to stop… I promise
    that next time I will stop and talk with you before bed."): from its first sentence with a promise in it."""
    sentences = rx(r"(?<=[.!?])\s+").split(paraphrase.strip())
    for index, sentence in enumerate(sentences):
        if _PROMISE.search(sentence):
            return " ".join(sentences[index:])
    return paraphrase.strip()


OUTCOMES = {Answer.YES: "kept", Answer.PARTLY: "partly", Answer.NO: "not_yet"}

REVIEW_INTRO = "First, let's look back at what you agreed last time."


def review_question(item: OpenItem) -> str:
    words = item.text.strip().rstrip(".")
    if item.kind == "promise":
        said = f"Last time, {item.person} promised this: {words}."
    elif item.kind == "request":
        said = f"Last time, {item.person} asked for this: {words}."
    else:
        said = f"Last time, {item.person} said this would help: {words}."
    return f"{said} {item.judge}, how has that gone? Yes, partly, or not yet?"


def review_reply(item: OpenItem, outcome: str) -> str:
    doer = item.person if item.kind == "promise" else item.to
    if outcome == "kept":
        return f"That's worth celebrating. Thank you, {doer}."
    if outcome == "partly":
        return "Partly is a real start. It stays on the list for now."
    return "Thank you for being honest. It stays open, and you can try again."
