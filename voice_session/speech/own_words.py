"""The last guard against the program hearing itself, needing no timing at all: it knows the words it just said.

An utterance that overlapped a prompt and begins with the end of that prompt ("go ahead. I felt really
unheard when…", seen live on a busy laptop) holds the program's own voice, let in by a frame read late or a
canceller that lost its place. Those words are taken off the front; an utterance that is nothing but them is
not a partner's at all. So are whole sentences that are, near enough word for word, a stretch of a prompt it
overlapped (`without_echoed_sentences`): once, beside three CPU-bound processes, a canceller that had lost its
place let a whole prompt through, transcribed as "Sam, whenever you're waiting and are say what are they…". Pure:
text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

MIN_WORDS = 2
"""A shorter match at the front is taken off only when it is the whole utterance: one shared word ("I", "you")
is far more often the partner's own than an echo."""
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class OwnWords:
    text: str
    """What is left, the partner's own words (empty when there were none)."""
    removed: str
    """The prompt's words taken off the front, as transcribed (empty when none)."""


def _plain(token: str) -> str:
    return "".join(_WORD.findall(token.lower().replace("’", "'"))).strip("'")


def without_own_words(text: str, said: str, cut: bool = False) -> OwnWords:
    """`text` less a start that repeats a stretch of `said` (the prompt it overlapped), word for word: its end
    (heard late), or, when a barge-in `cut` the prompt, the words before the cut ("Sam, whenever…"). A stretch
    from the middle of a prompt that played to its end is the partner's own: a prompt that shows how to begin
    ("describe the hurt as: I felt… when…") is answered in its very words."""
    tokens = text.split()
    heard = [_plain(t) for t in tokens]
    # words a prompt gives a partner to say ("Alex, ask Sam: How can I show up for you better?") are theirs
    # when they say them: only what comes before such a colon can be the program's own voice
    said = said.rsplit(":", 1)[0] if ":" in said else said
    prompt = [w for w in (_plain(t) for t in said.split()) if w]
    longest = 0
    for k in range(min(len(prompt), len(heard)), 0, -1):
        front = [w for w in heard[:k] if w]
        if front and (_inside(front, prompt) if cut else front == prompt[len(prompt) - len(front):]):
            longest = k
            break
    whole = longest == len(tokens)
    words = len([w for w in heard[:longest] if w])
    addressed = cut and words == 1 and said.split()[0].endswith(",") and tokens[0].lower() == said.split()[0].lower()
    if longest == 0 or (words < MIN_WORDS and not whole and not addressed):
        return OwnWords(text, "")
    rest = " ".join(tokens[longest:]).lstrip(" ,.;:!?-")
    return OwnWords(rest[:1].upper() + rest[1:], " ".join(tokens[:longest]))


def _inside(run: list[str], words: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


ECHOED_SHARE = 0.5
"""A sentence with at least this share of its words in runs of a prompt's (two words or more, in the prompt's
order) is the prompt heard back: a transcript of the program's voice through a canceller that had lost its place
kept 14 of its 24 words in such runs ("Sam, whenever you're waiting and are say what are they…")."""
ECHOED_MIN_WORDS = 5
"""Fewer words in such runs are left alone: a partner's "that's all, over to you" is their own."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def without_echoed_sentences(text: str, prompts: list[str]) -> OwnWords:
    """`text` less each sentence that repeats, near enough word for word, a stretch of one of `prompts` (those
    that played while it was said). Words a prompt gives a partner to say (after a colon, to the end of that
    sentence) are theirs."""
    spoken = [[w for part in _SENTENCE.split(prompt) for w in (_plain(t) for t in part.split(":")[0].split()) if w]
              for prompt in prompts]
    kept, removed = [], []
    for sentence in _SENTENCE.split(text.strip()):
        words = [w for w in (_plain(t) for t in sentence.split()) if w]
        echoed = any((shared := _in_runs(words, prompt)) >= ECHOED_MIN_WORDS and shared >= ECHOED_SHARE * len(words)
                     for prompt in spoken)
        (removed if echoed else kept).append(sentence)
    return OwnWords(" ".join(kept), " ".join(removed))


def _in_runs(words: list[str], prompt: list[str]) -> int:
    """Words of `words` found in `prompt` in runs of two or more, in the same order."""
    blocks = SequenceMatcher(None, words, prompt, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks if block.size >= 2)
