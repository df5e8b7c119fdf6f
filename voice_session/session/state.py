"""What the engine remembers between events, as a few small records it replaces whole rather than loose flags:
what it knows about safety, where the conversation is, and what the exercise has done so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from voice_session.session import crisis
from voice_session.session.events import Utterance
from voice_session.session.flow import TurnStat
from voice_session.session.listening import Answer


@dataclass(frozen=True)
class SafetyAsk:
    """A question about safety, waiting for its answer."""

    partner: str | None
    """Who said what raised it (None: the program was not listening to anyone in particular)."""
    utterance: Utterance
    """What they said: handed on to the exercise once they say all is well."""
    finding: crisis.Finding
    say_id: int
    asked_at_s: float | None = None
    """When the question finished playing: the wait for an answer starts there."""


@dataclass(frozen=True)
class SafetyWatch:
    """What the session knows about safety so far."""

    check_in: crisis.Finding | None = None
    """A borderline line was heard: a gentle check-in is said at the next prompt, never over anyone."""
    checked_in: bool = False
    """The check-in has been said (once a session)."""
    asking: SafetyAsk | None = None
    """The question being asked now, if any."""
    safe_sentences: tuple[str, ...] = ()
    """Sentences asked about and answered safe: the same words said back are not asked about again."""
    asked: frozenset[str | None] = frozenset()
    """Who has been asked once this session: a second worrying sentence from them stops the exercise."""


@dataclass(frozen=True)
class Talk:
    """Where the conversation is, as far as the steps need it."""

    last_prompt: str = ""
    """What the program last asked: the r key says it again, and a session resumed after a pause repeats it."""
    floor_text: str = ""
    """What the speaker has said on the floor this round: what the listener's paraphrase is held to."""
    last_answer: Answer = Answer.UNCLEAR
    """The last yes/no question's answer."""
    nothing_more: bool = False
    """The speaker said there was nothing (more) to say: the paraphrase is skipped and the round ends."""
    speech_open: bool = False
    """Someone started speaking and has not paused yet (a barge-in carries on into the listening turn)."""


@dataclass
class Progress:
    """Where the exercise is and what it has done: the step names the screen shows, and the turns and
    paraphrases the spoken summary and the report count."""

    step: str = ""
    next_step: str = ""
    turns: list[TurnStat] = field(default_factory=list)
    paraphrases: list[tuple[int, bool]] = field(default_factory=list)
    """(attempts, landed) of each paraphrase exchange."""
