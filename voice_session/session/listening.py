"""Listening support: paraphrase coverage, coaching cues and yes/no/partly answers. Pure and explainable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Protocol

from voice_session.session.crisis import Meaning
from voice_session.session.lexicon import HANDING_OVER, HANDOFFS, NO, PARTLY, STOP_WORDS, SYNONYMS, TRAILING, YES
from voice_session.session.paraphrase import Likeness
from voice_session.session.regex import rx


class Understanding(Meaning, Likeness, Protocol):
    """What the engine asks of a text model (voice_session/text/understanding.py); None means word rules only."""


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    return rx(r"[a-z]+(?:'[a-z]+)?").findall(text.lower())


def stem(word: str) -> str:
    return SYNONYMS.get(word) or _stemmer().stemWord(word)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word not in STOP_WORDS and len(word) > 2:
            seen.setdefault(stem(word), None)
    return list(seen)


@dataclass(frozen=True)
class Coverage:
    """How much of what the speaker said the paraphrase reflects."""

    score: float
    """Share of the speaker's key content words the paraphrase reflects, 0 to 1."""
    missed: tuple[str, ...]
    """Short phrases from the speaker's words that seem missed ('the dishes'), most telling first."""


_DETERMINERS = {"the", "my", "your", "our", "his", "her", "their", "a", "an", "this", "that", "those", "these"}


def coverage(speaker_text: str, paraphrase: str, max_missed: int = 2) -> Coverage:
    """Coverage of `speaker_text` by `paraphrase`, naming what seems missed."""
    key = content_stems(speaker_text)
    if not key:
        return Coverage(1.0, ())
    reflected = set(content_stems(paraphrase))
    missing = [s for s in key if s not in reflected]
    score = round(1 - len(missing) / len(key), 2)
    return Coverage(score, tuple(_missed_phrases(speaker_text, set(missing), max_missed)))


def _missed_phrases(text: str, missing: set[str], limit: int) -> list[str]:
    """Missed words as the speaker said them, with their article ('the dishes'); nouns after a determiner first."""
    tokens = words(text)
    ranked: list[tuple[int, int, str]] = []
    used: set[str] = set()
    for i, word in enumerate(tokens):
        if word in STOP_WORDS or len(word) <= 2 or stem(word) not in missing or stem(word) in used:
            continue
        used.add(stem(word))
        after_determiner = i > 0 and tokens[i - 1] in _DETERMINERS
        phrase = f"{tokens[i - 1]} {word}" if after_determiner else word
        phrase = rx(r"'s$").sub("", phrase)
        phrase = rx(r"^my ").sub("their ", phrase)  # told to the listener: the speaker's things are 'theirs'
        phrase = rx(r"^our ").sub("your ", phrase)
        verbish = word.endswith(("ed", "ing", "ly"))
        ranked.append((0 if after_determiner else (2 if verbish else 1), i, phrase))
    return [phrase for _, _, phrase in sorted(ranked)[:limit]]


class Cue(Enum):
    """Coaching cues: each has a short, kind line the program can say."""

    REBUTTAL = "rebuttal"
    ADVICE = "advice"
    ABSOLUTE = "absolute"
    DISMISSAL = "dismissal"
    BLAME = "blame"


CUE_PATTERNS: dict[Cue, tuple[str, ...]] = {
    Cue.REBUTTAL: (
        r"^\s*but\b",
        r"[.,;]\s*but (i|that|you didn't|you don't|it wasn't)\b",
        r"\bthat'?s not true\b",
        r"\bthat is not true\b",
        r"\bthat'?s not what happened\b",
        r"^\s*(?:no,?\s+)?i didn'?t\b",  # "I didn't…" as an answer back, not "…when I didn't call" in a paraphrase
        r"^\s*(?:no,?\s+)?i did not\b",
        r"\bbut i didn'?t\b",
        r"\bbut i did not\b",
        r"\bthat'?s not fair\b",
        r"\bi never said\b",
        r"\byou'?re wrong\b",
        r"\bthat'?s ridiculous\b",
    ),
    Cue.ADVICE: (
        r"\byou should\b",
        r"\bwhy don'?t you\b",
        r"\byou need to\b",
        r"\byou have to\b",
        r"\byou ought to\b",
        r"\bif i were you\b",
        r"\byou could just\b",
        r"\bjust try\b",
    ),
    Cue.ABSOLUTE: (
        r"(?<!said )(?<!that )\byou always\b",
        r"(?<!said )(?<!that )\byou never\b",
        r"\byou'?re always\b",
        r"\byou'?re never\b",
        r"\bevery single time you\b",
        r"\byou constantly\b",
    ),
    Cue.DISMISSAL: (
        r"^\s*whatever\b",
        r"\bit'?s fine\b",
        r"\bnot a big deal\b",
        r"\byou'?re overreacting\b",
        r"\bcalm down\b",
        r"\bget over it\b",
        r"\byou'?re too sensitive\b",
        r"\bit was nothing\b",
    ),
    Cue.BLAME: (
        r"\byou make me\b",
        r"\byou made me\b",
        r"\bit'?s your fault\b",
        r"\bit is your fault\b",
        r"\bbecause of you\b",
        r"\byou ruin\b",
        r"\byou ruined\b",
    ),
}

CUE_LINES = {
    Cue.REBUTTAL: "For now, just reflect what you heard. Your turn to answer will come.",
    Cue.ADVICE: "No need to fix anything yet. Just say back what you heard.",
    Cue.ABSOLUTE: "A gentle reminder: words like always and never are hard to hear. Try this time, or lately.",
    Cue.DISMISSAL: "Try to take it as it matters to your partner, even if it feels small to you.",
    Cue.BLAME: "Try saying it as I felt, when, rather than you made me.",
}

# Which cues apply to whom: a listener's paraphrase versus a speaker's turn.
LISTENER_CUES = (Cue.REBUTTAL, Cue.ADVICE, Cue.DISMISSAL, Cue.ABSOLUTE)
SPEAKER_CUES = (Cue.BLAME, Cue.ABSOLUTE)


def cues(text: str, kinds: tuple[Cue, ...] = tuple(Cue)) -> list[Cue]:
    """The coaching cues a sentence raises, in the order of `kinds`."""
    lowered = text.lower().replace("’", "'")
    return [cue for cue in kinds if any(rx(p).search(lowered) for p in CUE_PATTERNS[cue])]


class Answer(Enum):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"
    UNCLEAR = "unclear"


def parse_answer(text: str) -> Answer:
    """yes / no / partly / unclear from a natural answer ('yeah mostly' → partly, 'not really' → no)."""
    lowered = text.lower().replace("’", "'")
    if not lowered.strip():
        return Answer.UNCLEAR
    # An answer that starts with no is a no, whatever the reason after it says ("No, not really, you missed
    # the part about the dishes"); otherwise 'yes, but…' and 'you missed…' make it partly.
    first = rx(r"[,.!?;]").split(lowered, maxsplit=1)[0]
    if not any(rx(p).search(first) for p in PARTLY) and any(rx(p).search(first) for p in NO):
        return Answer.NO
    if any(rx(p).search(lowered) for p in PARTLY):
        return Answer.PARTLY
    if any(rx(p).search(lowered) for p in NO):
        return Answer.NO
    if any(rx(p).search(lowered) for p in YES):
        return Answer.YES
    return Answer.UNCLEAR


_NOTHING_MORE = (
    r"\bnothing(?: else| more)?(?: to (?:add|say))?\b", r"\bthat'?s (?:all|it|everything|about it)\b",
    r"\bthat is (?:all|it|everything)\b", r"\bi'?m (?:done|good|finished|fine)\b", r"\bi am (?:done|good|finished)\b",
    r"\bnot (?:really|today|right now)\b", r"\bno(?:pe)?\b", r"\bi have nothing\b", r"\bi don'?t have anything\b",
    r"\bi think\b", r"\bfor now\b", r"\breally\b", r"\bokay\b", r"\bok\b", r"\bso\b", r"\bwell\b", r"\bum+\b",
    r"\buh+\b", r"\bthanks?(?: you)?\b", r"\bactually\b", r"\bfrom me\b", r"\bmore\b", r"\belse\b",
)


def says_nothing_more(text: str) -> bool:
    """A turn that only says there is nothing (more) to say: "No, that's all. Over to you.", "Nothing else."

    Everything said is a hand-off or one of these phrases; a turn with anything else in it is a statement."""
    lowered = text.lower().replace("’", "'")
    if not rx(r"\b(?:no|nope|nothing|that'?s all|that is all|i'?m done|i am done|i'?m good|not really)\b").search(
            lowered):
        return False
    for phrase in sorted(HANDOFFS, key=len, reverse=True):
        lowered = rx(rf"\b{re.escape(phrase)}\b").sub(" ", lowered)
    for pattern in _NOTHING_MORE:
        lowered = rx(pattern).sub(" ", lowered)
    return not words(lowered)


def is_handoff(text: str, phrases: tuple[str, ...] = HANDOFFS) -> bool:
    """A spoken hand-off ('over to you') at the end of an utterance, not inside a sentence."""
    said = words(text.replace("’", "'"))
    while said and (said[-1] in TRAILING or said[-2:] == ["thank", "you"]):  # 'that's all for now, thanks'
        said = said[:-2] if said[-2:] == ["thank", "you"] else said[:-1]
    for phrase in phrases:
        target = phrase.split()
        for start in range(len(said) - len(target), -1, -1):
            if said[start : start + len(target)] == target:
                if start + len(target) >= len(said) - 1:  # at most one word ('thanks') after it
                    return True
                break
    return False


ENDED_AT_ONCE = ("turn", "checkin")
"""Where words can end a turn at once: a hand-off that gives the floor away closes a turn or a check-in."""


def ends_turn_at_once(purpose: str, text: str) -> bool:
    """Words that end the turn as soon as their pause is heard: a hand-off that gives the floor away ("over to
    you") closing a turn or a check-in. The shell's ears close such an utterance without waiting out the rest of
    its pause, so the program answers within half a second. Not "that's all", which is often followed by "over
    to you" after a breath (the program would cut in, then hear the rest as a break-in), nor a yes to "did that
    land?" ("Yes… but you missed the part about…")."""
    return purpose in ENDED_AT_ONCE and is_handoff(text, HANDING_OVER)
