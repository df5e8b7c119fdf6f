"""Listening support: paraphrase coverage, coaching cues and yes/no/partly answers. Pure and explainable."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he'll",
        "he's",
        "her",
        "here",
        "here's",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "how's",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let's",
        "me",
        "more",
        "most",
        "mustn't",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "shan't",
        "she",
        "she'd",
        "she'll",
        "she's",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "when's",
        "where",
        "where's",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "why",
        "why's",
        "with",
        "won't",
        "would",
        "wouldn't",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "really",
        "feel",
        "felt",
        "feeling",
        "feels",
        "like",
        "said",
        "say",
        "says",
        "heard",
        "hear",
        "hearing",
        "think",
        "thought",
        "know",
        "get",
        "got",
        "go",
        "going",
        "went",
        "want",
        "wanted",
        "thing",
        "things",
        "something",
        "anything",
        "everything",
        "lot",
        "kind",
        "sort",
        "maybe",
        "even",
        "still",
        "yeah",
        "yes",
        "okay",
        "oh",
        "well",
        "right",
        "now",
        "always",
        "never",
        "much",
        "many",
        "time",
        "times",
        "way",
        "made",
        "make",
        "makes",
        "one",
        "two",
        "also",
        "back",
        "told",
        "tell",
        "telling",
        "saying",
        "part",
        "parts",
        "bit",
    ]
)

# Words people use for the same thing in a paraphrase; each maps to one shared stem.
SYNONYMS = {
    "unheard": "ignor",
    "ignored": "ignor",
    "dismissed": "ignor",
    "invisible": "ignor",
    "unseen": "ignor",
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "texting": "phone",
    "scrolling": "phone",
    "sad": "sad",
    "down": "sad",
    "unhappy": "sad",
    "upset": "upset",
    "hurt": "hurt",
    "hurts": "hurt",
    "angry": "angri",
    "mad": "angri",
    "furious": "angri",
    "annoyed": "angri",
    "frustrated": "angri",
    "scared": "afraid",
    "afraid": "afraid",
    "frightened": "afraid",
    "worried": "worri",
    "anxious": "worri",
    "nervous": "worri",
    "tired": "tire",
    "exhausted": "tire",
    "worn": "tire",
    "dinner": "meal",
    "lunch": "meal",
    "breakfast": "meal",
    "supper": "meal",
    "meal": "meal",
    "lonely": "alon",
    "alone": "alon",
    "isolated": "alon",
    "job": "work",
    "work": "work",
    "office": "work",
    "kids": "child",
    "children": "child",
    "partner": "partner",
    "spouse": "partner",
}


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())


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
        phrase = re.sub(r"'s$", "", phrase)
        phrase = re.sub(r"^my ", "their ", phrase)  # told to the listener: the speaker's things are 'theirs'
        phrase = re.sub(r"^our ", "your ", phrase)
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
        r"\bi didn'?t\b",
        r"\bi did not\b",
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
    return [cue for cue in kinds if any(re.search(p, lowered) for p in CUE_PATTERNS[cue])]


class Answer(Enum):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"
    UNCLEAR = "unclear"


_PARTLY = (
    r"\bmostly\b",
    r"\bpartly\b",
    r"\bpartially\b",
    r"\bkind of\b",
    r"\bsort of\b",
    r"\bsome of it\b",
    r"\bhalf\b",
    r"\balmost\b",
    r"\bnot quite\b",
    r"\bnot exactly\b",
    r"\bnot completely\b",
    r"\bnot entirely\b",
    r"\b(yes|yeah|yep) but\b",
    r"\bclose\b",
    r"\ba bit\b",
    r"\bsomewhat\b",
    r"\bmissed\b",
    r"\bpart of it\b",
    r"\bmore or less\b",
    r"\bmost of it\b",
    r"\bnot everything\b",
    r"\bpretty close\b",
    r"\bsome of that\b",
)
_NO = (
    r"^\s*no\b",
    r"\bnope\b",
    r"\bnot really\b",
    r"\bnot at all\b",
    r"\bthat'?s not it\b",
    r"\bwrong\b",
    r"\bthat'?s not what i\b",
    r"\bnot what i (said|meant)\b",
    r"\bno[,.]",
    r"\bdidn'?t get it\b",
)
_YES = (
    r"^\s*(yes|yeah|yep|yup|ya|sure)\b",
    r"\bexactly\b",
    r"\bthat'?s right\b",
    r"\bthat'?s it\b",
    r"\bcorrect\b",
    r"\byou got it\b",
    r"\bspot on\b",
    r"\babsolutely\b",
    r"\bpretty much\b",
    r"\bdefinitely\b",
    r"\bperfect\b",
    r"\bthat'?s true\b",
    r"\byes\b",
    r"\bright\b",
    r"\bi think so\b",
    r"\bthey did\b",
    r"\bhe did\b",
    r"\bshe did\b",
    r"\buh-?huh\b",
    r"\bmm-?hmm\b",
)


def parse_answer(text: str) -> Answer:
    """yes / no / partly / unclear from a natural answer ('yeah mostly' → partly, 'not really' → no)."""
    lowered = text.lower().replace("’", "'")
    if not lowered.strip():
        return Answer.UNCLEAR
    if any(re.search(p, lowered) for p in _PARTLY):
        return Answer.PARTLY
    if any(re.search(p, lowered) for p in _NO):
        return Answer.NO
    if any(re.search(p, lowered) for p in _YES):
        return Answer.YES
    return Answer.UNCLEAR


_HANDOFFS = (
    "that's it",
    "that is it",
    "that's about it",
    "go ahead",
    "i'm done",
    "i am done",
    "over to you",
    "that's all",
    "that is all",
    "your turn",
    "i'm finished",
    "i am finished",
    "that's it for me",
    "back to you",
    "that's everything",
    "you can go",
)


_TRAILING = {"thanks", "now", "for", "okay", "ok", "please", "then", "so"}


def is_handoff(text: str) -> bool:
    """A spoken hand-off ('over to you') at the end of an utterance, not inside a sentence."""
    said = words(text.replace("’", "'"))
    while said and (said[-1] in _TRAILING or said[-2:] == ["thank", "you"]):  # 'that's all for now, thanks'
        said = said[:-2] if said[-2:] == ["thank", "you"] else said[:-1]
    for phrase in _HANDOFFS:
        target = phrase.split()
        for start in range(len(said) - len(target), -1, -1):
            if said[start : start + len(target)] == target:
                if start + len(target) >= len(said) - 1:  # at most one word ('thanks') after it
                    return True
                break
    return False
