"""When a pause ends a turn: a pure judgement from how the turn sounded and what its last words were.

At a pause the hearing side knows two things: the audio model's chance that the speaker has finished (see
turn_model.py) and the transcript of what they just said. A sentence that stops on "and", "because", "my" or
"I…" is not finished whatever it sounds like; a sentence that ends, said the way finished sentences sound, is.
From those, how long a silence ends the turn:

- finished: a short silence (`FINISHED_WAIT_S`), so nobody waits two seconds after "…and that's why it hurt";
- unfinished: a long one (`UNFINISHED_WAIT_S`), so someone searching for a word, or crying, is not cut off;
- unsure (or no audio model): the fixed silence of `--turn-silence`, as before.

The thresholds were measured on real speech (tests/turn_set.py; `scripts/bench.py` prints the figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

FINISHED_WAIT_S = 0.8
"""Silence a person hears after a finished answer before the program speaks: the turn ends on this much, less
the way the sound takes (`way_out_s`)."""
SHORTEST_WAIT_S = 0.5
"""However long the way out, the program itself waits at least this long after a finished answer."""
UNFINISHED_WAIT_S = 3.5
"""Silence that ends a turn stopped mid-thought: a pause of up to 3 s inside a thought (a word searched for,
a swallow) is never cut."""
FINISHED_P = 0.5
"""The audio model's chance of a finished turn at or above which a turn that reads finished is finished."""
UNFINISHED_P = 0.1
"""Below this the turn sounds unfinished, whatever its words (a voice that stays up, a breath before more)."""


class Verdict(Enum):
    FINISHED = "finished"
    UNFINISHED = "unfinished"
    UNSURE = "silence"
    """Neither is clear: the fixed silence decides, as without a model (the record calls it 'silence')."""


@dataclass(frozen=True)
class TurnJudgement:
    verdict: Verdict
    wait_s: float
    """Silence after the last word that ends the turn."""
    finished_p: float | None
    """The audio model's chance that the turn is finished (None without the model)."""
    why: str
    """In words, for the record: "ends on 'because'", "sounds finished", …"""


CANNOT_END = frozenset((
    "a", "an", "the", "my", "your", "our", "their", "his", "its",
    "and", "but", "or", "nor", "because", "cause", "'cause", "if", "when", "whenever", "while", "although",
    "though", "unless", "until", "than", "whether", "since",
    "i", "we", "they", "he", "she", "i'm", "we're", "they're", "it's", "there's", "that's",
    "um", "uh", "er", "erm", "uhm", "hmm",
))
"""Words an English sentence does not end on (articles, conjunctions, possessives, subject pronouns, fillers).
Left out on purpose: words that often do end one ("on", "up", "it", "you", "so", "that", "like", "too")."""
ONLY_A_QUESTION_ENDS = frozenset(("of", "to", "for", "with", "from", "into", "onto", "at", "by", "about", "as"))
"""Prepositions: a question may end on one ("What are you talking about?"), a statement hardly ever."""

_TRAILS_OFF = re.compile(r"(\.\.\.|…|-|—|,)\s*$")
_ENDS = re.compile(r"[.!?]['\"”’)]*\s*$")
_WORD = re.compile(r"[a-z']+")


def words_say(text: str) -> Verdict:
    """What the last words alone say: UNFINISHED (trails off, or stops on a word no sentence ends on),
    FINISHED (a sentence that ends), or UNSURE."""
    text = text.strip()
    if not text:
        return Verdict.UNSURE
    words = _WORD.findall(text.lower().replace("’", "'"))
    last = words[-1] if words else ""
    if _TRAILS_OFF.search(text) or last in CANNOT_END or (last in ONLY_A_QUESTION_ENDS and not text.endswith("?")):
        return Verdict.UNFINISHED
    return Verdict.FINISHED if _ENDS.search(text) else Verdict.UNSURE


def by_words(text: str, fixed_s: float) -> TurnJudgement | None:
    """The judgement when the last words alone settle it (a thought that trails off or stops on "and", "my",
    "I"…: unfinished, however it sounds), else None: then how it sounded is needed too (`judge`)."""
    if words_say(text) is not Verdict.UNFINISHED:
        return None
    last = (_WORD.findall(text.lower()) or [""])[-1]
    why = "trails off" if _TRAILS_OFF.search(text.strip()) else f"ends on '{last}'"
    return TurnJudgement(Verdict.UNFINISHED, max(fixed_s, UNFINISHED_WAIT_S), None, why)


def judge(text: str, finished_p: float | None, fixed_s: float, holds_floor: bool = False,
          way_out_s: float = 0.0) -> TurnJudgement:
    """How long a silence after these last words ends the turn. Without the audio model (`finished_p` None)
    it is always the fixed silence: the words alone are not trusted to hurry anyone. Someone who `holds_floor`
    (the speaker's turn: several sentences, by design) is never hurried: a finished sentence of theirs may be
    the first of a longer thought, so it gets the fixed silence; only waiting longer applies to them.

    `way_out_s`: how long the sound takes on its way (the microphone's buffer in, the speaker's out; 0 in a
    simulation). After a finished answer the silence people hear is the program's wait plus that, so the wait is
    that much shorter (never under `SHORTEST_WAIT_S`): on a laptop the answer is heard 0.8 s after the last word,
    not 0.8 s plus the sound system's delays."""
    if finished_p is None:
        return TurnJudgement(Verdict.UNSURE, fixed_s, None, "no turn model")
    p = round(finished_p, 3)
    settled = by_words(text, fixed_s)
    if settled is not None:
        return TurnJudgement(settled.verdict, settled.wait_s, p, settled.why)
    words = words_say(text)
    if p < UNFINISHED_P:
        return TurnJudgement(Verdict.UNFINISHED, max(fixed_s, UNFINISHED_WAIT_S), p, "sounds unfinished")
    if words is Verdict.FINISHED and p >= FINISHED_P and holds_floor:
        return TurnJudgement(Verdict.UNSURE, fixed_s, p, "finished sentence, but the speaker holds the floor")
    if words is Verdict.FINISHED and p >= FINISHED_P:
        wait_s = max(min(fixed_s, SHORTEST_WAIT_S), min(fixed_s, FINISHED_WAIT_S) - way_out_s)
        return TurnJudgement(Verdict.FINISHED, round(wait_s, 3), p, "sounds and reads finished")
    return TurnJudgement(Verdict.UNSURE, fixed_s, p, "unsure")
