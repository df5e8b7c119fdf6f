"""Paraphrase feedback by meaning: which of the speaker's points the listener's paraphrase reflects.

The speaker's statement is split into clauses ("I felt ignored" / "when you were on your phone at dinner" /
"and it reminded me of my dad"). The listener's paraphrase is turned back into the speaker's perspective
("you felt ignored when I…" → "I felt ignored when you…") and each clause is scored by its best likeness to
it (the text model). The weakest clause under `MISSED_BELOW` is the missed point, named in the speaker's own
words, one per try. Without the text model, word stems do the same job more roughly (listening.coverage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from voice_session.session.lexicon import HANDOFFS, TRAILING
from voice_session.session.regex import rx

MISSED_BELOW = 0.45
"""A clause whose best likeness to the paraphrase is under this was missed. Chosen on the listening set's tuning
half: the highest value that leaves every faithful paraphrase there alone."""

_CONJUNCTION = (r"\b(?:even though|even if|and then|and|but|because|so that|so|since|when|while|although|though|which|"
                r"until|after|before|as if|that's why)\b")
_FUNCTION = {
    "and", "but", "because", "so", "since", "when", "while", "although", "though", "which", "until", "after",
    "before", "as", "if", "that", "then", "even", "the", "a", "an", "my", "your", "our", "his", "her", "their",
    "i", "you", "we", "he", "she", "it", "me", "us", "them", "to", "of", "in", "on", "at", "for", "with", "is",
    "was", "were", "are", "be", "been", "am", "do", "did", "does", "don't", "didn't", "i'm", "i've", "i'd", "i'll",
    "you're", "it's", "that's", "not", "no", "just", "really", "very", "also",
}
_FLIP = {
    "you": "I", "i": "you", "me": "you", "my": "your", "your": "my", "mine": "yours", "yours": "mine",
    "myself": "yourself", "yourself": "myself", "you're": "I'm", "i'm": "you're", "you've": "I've", "i've": "you've",
    "you'd": "I'd", "i'd": "you'd", "you'll": "I'll", "i'll": "you'll",
}


class Likeness(Protocol):
    """What paraphrase feedback needs of the text model."""

    def likeness(self, texts: list[str], others: list[str]) -> np.ndarray:
        """Cosine similarity of each of `texts` (rows) to each of `others` (columns)."""
        ...

    def prepare(self, texts: list[str]) -> None:
        """Reads `texts` now (the speaker's points, while the listener is asked to reflect them), so judging
        the paraphrase later takes only the paraphrase's own reading."""
        ...


@dataclass(frozen=True)
class Reflection:
    """How a paraphrase reflects a statement, point by point."""

    points: tuple[str, ...]
    """The speaker's clauses, as said."""
    likeness: tuple[float, ...]
    """Each point's best likeness to the paraphrase, 0 to 1."""

    @property
    def reflected(self) -> float:
        """Share of the speaker's points the paraphrase reflects (the record's `coverage`)."""
        if not self.points:
            return 1.0
        return round(sum(s >= MISSED_BELOW for s in self.likeness) / len(self.points), 2)

    @property
    def missed(self) -> str | None:
        """The weakest point when it falls under the threshold: one point per try, in the speaker's words."""
        if not self.points:
            return None
        weakest = int(np.argmin(self.likeness))
        return self.points[weakest] if self.likeness[weakest] < MISSED_BELOW else None


def _content(piece: str) -> int:
    return sum(1 for w in rx(r"[a-z']+").findall(piece.lower()) if w not in _FUNCTION)


def clauses(text: str) -> list[str]:
    """A statement's points: sentences, cut at commas and conjunctions, fragments joined to their neighbour."""
    pieces: list[str] = []
    for sentence in rx(r"(?<=[.!?;])\s+").split(text.strip()):
        for piece in rx(r",\s*|\s+(?=" + _CONJUNCTION + ")").split(sentence):
            piece = piece.strip(" .,!?;:")
            if not piece:
                continue
            if pieces and _content(piece) < 2:
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
    merged: list[str] = []
    for piece in pieces:
        if merged and _content(merged[-1]) < 2:
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [p for p in merged if _content(p) > 0]


_ABOUT_THE_EXERCISE = re.compile(
    r"\b(?:i (?:asked|said|meant)|not what (?:you|i) (?:think|thought|said|meant)|what you heard|you (?:missed|forgot|"
    r"left out)|that(?:'s| is) not what i (?:said|meant)|let me (?:say|put) (?:it|that) again|try again)\b",
    re.IGNORECASE)
"""A speaker's words about the exercise itself ("No. I asked what you heard, not what you think"): a point of
the conversation is what they said about themselves, never these."""


def without_handoff(text: str) -> str:
    """The statement less a spoken hand-off at its end ("… about my interview. That is all"), which is how the
    turn ended, not something the speaker said about themselves."""
    lowered = text.lower().replace("’", "'")
    for phrase in sorted(HANDOFFS, key=len, reverse=True):
        match = rx(r"[\s,.;!?-]*\b" + re.escape(phrase) + r"\b(?:[\s,]*(?:" + "|".join(TRAILING)
                   + r"|thank you))*[\s.,!?]*$").search(lowered)
        if match and match.start() > 0:
            return text[: match.start()].rstrip(" ,;-")
    return text


def points(statement: str) -> list[str]:
    """The points a paraphrase should reflect and a hint may quote: the statement's clauses, without its hand-off,
    its words about the exercise, or fragments too short to stand alone ("doing I hug")."""
    return [p for p in clauses(without_handoff(statement))
            if not _ABOUT_THE_EXERCISE.search(p) and len(rx(r"[A-Za-z']+").findall(p)) >= 3]


def speaker_view(paraphrase: str) -> str:
    """The listener's 'you felt… when I…' as the speaker would say it: 'I felt… when you…'."""
    out = []
    for token in rx(r"[A-Za-z']+|[^A-Za-z']+").findall(paraphrase.replace("’", "'")):
        out.append(_FLIP.get(token.lower(), token))
    text = "".join(out)
    for wrong, right in ((r"\bI are\b", "I am"), (r"\byou am\b", "you are"), (r"\bI were\b", "I was"),
                         (r"\byou was\b", "you were"), (r"\bare I\b", "am I"), (r"\bam you\b", "are you")):
        text = rx(wrong).sub(right, text)
    return text


def readings(paraphrase: str) -> list[str]:
    """What a paraphrase is compared by: the whole, turned to the speaker's view, and each of its clauses."""
    view = speaker_view(paraphrase)
    return [view, *clauses(view)]


def reflect(statement: str, paraphrase: str, model: Likeness) -> Reflection:
    said = points(statement) or clauses(statement)
    if not said or not paraphrase.strip():
        return Reflection(tuple(said), tuple(0.0 for _ in said))
    best = model.likeness(said, readings(paraphrase)).max(axis=1)
    return Reflection(tuple(said), tuple(round(float(s), 3) for s in best))


_META = re.compile(
    r"^\s*(?:you\s+)?(?:missed|forgot|left out|skipped|did not (?:get|mention|say|hear)|"
    r"didn't (?:get|mention|say|hear))"
    r"(?:\s+(?:the part|the bit|the thing))?(?:\s+(?:about|where|that|when|how))?\s*",
    re.IGNORECASE,
)


def clarified(clarification: str) -> str:
    """What a speaker's clarification adds to their statement: "You missed the part about the storm" adds "the
    storm"; "You missed why" adds nothing (it names no point, so it must never be quoted back as one)."""
    rest = _META.sub("", clarification.strip(), count=1).strip(" .,!?")
    if rest.lower() in ("why", "what", "how", "when", "where", "who", "it", "this", "that", "everything", "a lot",
                        "the point", "the main thing", "the important part", "something"):
        return ""
    return rest


def missed_hint(point: str) -> str:
    """The point as the program says it back: without its leading conjunction ('and it reminded me…')."""
    return rx(r"^(?:" + _CONJUNCTION + r")\s+", re.IGNORECASE).sub("", point.strip()).rstrip(".,;")
