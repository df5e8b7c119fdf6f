"""The whole vocabulary of a session: events the engine is told (facts) and actions it asks for (commands)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from voice_session.record.lines import Line

# ---- events: what happened; every one carries the session time it happened at ----


@dataclass(frozen=True)
class Start:
    """The session begins."""

    at_s: float = 0.0


@dataclass(frozen=True)
class SpeechStarted:
    """Someone began speaking (voice activity confirmed)."""

    at_s: float


@dataclass(frozen=True)
class Utterance:
    """A stretch of speech was transcribed."""

    text: str
    start_s: float
    end_s: float
    confidence: float = 1.0
    paused: bool = True
    """The speaker paused after it (False: still talking, the front end only cut a long stretch)."""
    cut: bool = False
    """The microphone stopped while it was being said: what was heard up to then."""
    voice: str | None = None
    """Whose voice it is ("A" or "B") when the program is sure; None when unsure or without the speaker model."""
    voice_sure: float | None = None
    """0..1, how sure (None without the speaker model)."""

    @property
    def at_s(self) -> float:
        return self.end_s


@dataclass(frozen=True)
class TurnEnded:
    """The front end says the turn is over, after a silence: 'silence' (the fixed turn-end silence), 'finished'
    (a pause judged the end of a finished thought) or 'unfinished' (the longer wait for an unfinished one)."""

    at_s: float
    reason: str = "silence"


@dataclass(frozen=True)
class Tick:
    """Time passes (several times a second)."""

    at_s: float


@dataclass(frozen=True)
class Key:
    """A key was pressed: 'space', 'p', 'n', 'r', 'm', 'q'."""

    at_s: float
    name: str


@dataclass(frozen=True)
class SpeechFinished:
    """The program finished saying the `Say` with this id."""

    at_s: float
    say_id: int


Event = Start | SpeechStarted | Utterance | TurnEnded | Tick | Key | SpeechFinished

# ---- actions: what the runner should do ----


@dataclass(frozen=True)
class Say:
    """Speak this text (and show it); answer with SpeechFinished(say_id) when done."""

    text: str
    say_id: int
    kind: str = "prompt"
    """'prompt', 'cue', 'reprompt', 'safety', 'help', 'summary'."""


@dataclass(frozen=True)
class Prepare:
    """Synthesize this text ahead of time: it is likely to be said next."""

    text: str


@dataclass(frozen=True)
class ReadAhead:
    """Read these texts with the text model now, after what is said now is on its way, for a judgement to come:
    the speaker's points while the listener is asked to reflect them, the paraphrase in the silence before its
    turn ends. A reading costs about 15 ms a sentence; done inside the engine, the speaker's points held up the
    prompt asking for the paraphrase by 40 ms, and the paraphrase's own reading the prompt after it."""

    texts: tuple[str, ...]


@dataclass(frozen=True)
class Chime:
    """A soft tone: 'your_turn', 'warning', 'wrap_up', 'pause'."""

    kind: str


@dataclass(frozen=True)
class StopSpeaking:
    """Stop the prompt `say_id` now: a partner started talking over it (barge-in)."""

    say_id: int


@dataclass(frozen=True)
class Listen:
    """Start listening to `person` (a name) in `role`; None stops listening."""

    person: str | None
    role: str = ""
    max_s: float | None = None
    """Seconds, the turn's limit when it has one."""
    purpose: str = ""
    """"turn" (the speaker holds the floor), "paraphrase", "confirm", "checkin", "safety"."""
    partner: str | None = None
    """Who that is, "A" or "B", when the engine knows (hearing expects their voice)."""


@dataclass(frozen=True)
class Record:
    """Write this to the session record."""

    event: Line
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Mute:
    """The m key: the program's voice goes quiet (what is playing stops), or speaks again if it was quiet.
    Prompts still show on the screen."""


@dataclass(frozen=True)
class End:
    """The session is over."""

    reason: str


Action = Say | Prepare | ReadAhead | Chime | Listen | Record | End | StopSpeaking | Mute
