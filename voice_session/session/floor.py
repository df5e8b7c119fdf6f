"""The floor: whose turn it is and what has happened in it, as one frozen record the engine replaces as events
arrive (`SessionEngine.floor`), and the listening that keeps it (`FloorKeeping._listen`, one small handler per
kind of event). The screen and the page read the record whole."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from voice_session.record.lines import Line
from voice_session.session import listening
from voice_session.session.events import (
    Chime,
    Key,
    Listen,
    ReadAhead,
    SpeechFinished,
    SpeechStarted,
    Tick,
    TurnEnded,
    Utterance,
)
from voice_session.session.flow import Heard, Resumed, TurnStat, Wait
from voice_session.session.listening import Answer
from voice_session.session.paraphrase import readings
from voice_session.session.wording import FLOOR_REMINDER, LET_LISTENER_TRY, REPROMPT, WRAP_UP

if TYPE_CHECKING:
    from voice_session.session.state import Progress, Talk

ANSWER_GRACE_S = 0.8
"""After a no or partly answer and the pause that closed it, this much more silence before the program speaks:
people go on to say what was missed ("No, not really, … you missed the part about the dishes")."""
BACK_WAIT_S = 4.0
"""After a floor reminder, a floor holder who had already spoken has this long to go on before their turn ends."""
WRAP_UP_WAIT_S = 20.0
"""After "please finish your thought", the turn ends at the next quiet moment this long later at the latest."""


@dataclass(frozen=True)
class Floor:
    """One turn: who holds it, for what, and what has been heard in it so far."""

    partner: str
    name: str
    role: str
    purpose: str
    """"turn", "paraphrase", "confirm", "checkin", …"""
    since: float
    limit_s: float | None
    quiet_since: float
    heard_speech: bool = False
    in_speech: bool = False
    texts: tuple[str, ...] = ()
    spoke_until: float | None = None
    """The end of the last words heard: the turn's closing silence is measured from it."""
    answered_at: float | None = None
    """When a no/partly answer was heard: the turn ends after ANSWER_GRACE_S more of silence."""
    warned: bool = False
    reprompted: bool = False
    wrap_at: float | None = None
    reminded: bool = False
    reminder: int | None = None
    """A floor reminder being said (its say_id)."""
    back_at: float | None = None
    """When the floor was given back after a reminder."""
    end_suggested: bool = False
    """The front end heard a turn-end silence the engine did not act on (shown by the live view)."""


def other(partner: str) -> str:
    return "B" if partner == "A" else "A"


class FloorKeeping:
    """The engine's listening (a mixin of SessionEngine, which provides what is declared below)."""

    if TYPE_CHECKING:
        floor: Floor | None
        names: dict[str, str]
        now: float
        recognition: bool
        meaning: Any
        settings: Any
        progress: Progress
        talk: Talk

        def _emit(self, action: Any) -> None: ...
        def _record(self, event: Line, **data: Any) -> None: ...
        def _say_now(self, text: str, kind: str) -> int: ...
        def _pause(self, reason: str) -> None: ...

    # what the screen reads
    @property
    def listening_to(self) -> str | None:
        return self.floor.partner if self.floor else None

    @property
    def end_suggested(self) -> bool:
        return bool(self.floor and self.floor.end_suggested)

    def _listen(self, partner: str, role: str, purpose: str, max_s: float | None = None) -> Wait:
        """Listens to one partner until their turn ends; returns what they said (Heard)."""
        name = self.names[partner]
        if purpose != "confirm":
            self._emit(Chime("your_turn"))
        self._emit(Listen(name, role, max_s, purpose, partner))
        already = self.talk.speech_open  # a partner who barged in is already speaking
        self.floor = Floor(partner, name, role, purpose, self.now, max_s, self.now, already, already)
        self._record(Line.TURN_STARTED, person=name, partner=partner, role=role, purpose=purpose)
        reason = ""
        while not reason:
            event = yield
            reason = self._on_floor(event)
        floor = self.floor
        self._emit(Listen(None))
        self.floor = None
        text = " ".join(floor.texts)
        duration = round(self.now - floor.since, 2)
        silence = {"silence": round(self.now - floor.spoke_until, 2)} if floor.spoke_until is not None else {}
        self._record(Line.TURN_ENDED, person=name, partner=partner, role=role, purpose=purpose, reason=reason,
                     duration=duration, **silence)
        self.progress.turns.append(TurnStat(partner, role, purpose, floor.since, self.now, reason, text))
        return Heard(text, floor.since, self.now, reason)

    def _on_floor(self, event: object) -> str:
        """One event during a turn; returns why the turn ends ("" while it goes on)."""
        f = self.floor
        assert f is not None
        if isinstance(event, Resumed):
            self._emit(Listen(f.name, f.role, f.limit_s, f.purpose, f.partner))
            self.floor = replace(f, quiet_since=self.now, reprompted=False)
        elif isinstance(event, SpeechStarted):
            self.floor = replace(f, heard_speech=True, in_speech=True, end_suggested=False)
        elif isinstance(event, Utterance) and self._not_theirs(event, f):
            self._other_voice(event, f)
        elif isinstance(event, SpeechFinished) and event.say_id == f.reminder:
            # the floor is theirs again: heard afresh
            self._emit(Listen(f.name, f.role, f.limit_s, f.purpose, f.partner))
            self.floor = replace(f, reminder=None, back_at=self.now, quiet_since=self.now)
        elif isinstance(event, TurnEnded) and f.reminder is not None:
            pass  # the silence around a reminder is not the end of the floor holder's turn
        elif isinstance(event, Utterance):
            return self._heard(event, f)
        elif isinstance(event, TurnEnded):
            return self._silence(event, f)
        elif isinstance(event, Key) and event.name == "space":
            return "key"
        elif isinstance(event, Tick):
            return self._tick(f)
        return ""

    def _heard(self, event: Utterance, f: Floor) -> str:
        """The floor holder's words (or unsure whose: then they are taken as the holder's)."""
        cfg = self.settings
        texts = (*f.texts, event.text) if event.text else f.texts
        f = self.floor = replace(f, in_speech=not event.paused, quiet_since=self.now,
                                 heard_speech=f.heard_speech or bool(event.text), texts=texts,
                                 spoke_until=event.end_s, back_at=None)  # back in their stride: ends as usual
        elapsed = self.now - f.since
        max_s = f.limit_s
        if f.purpose == "paraphrase" and event.paused and event.text and self.meaning is not None:
            # read now, in the silence before the turn ends: the paraphrase is judged the moment it does
            self._emit(ReadAhead(tuple(readings(" ".join(texts)))))
        if f.purpose in ("turn", "checkin") and listening.is_handoff(event.text):
            return "handoff"
        if f.purpose == "confirm" and (answer := listening.parse_answer(" ".join(texts))) is not Answer.UNCLEAR:
            # "Yes." ends at once; "No, not really," or "Mostly, but…" usually goes on to say why: wait
            # for the sentence to end (a short grace after the pause) and never talk over it.
            if answer is Answer.YES and event.paused:
                return "answered"
            self.floor = replace(f, answered_at=self.now)
        elif not event.paused:
            pass  # the speaker is mid-flow: never a place to step in
        elif f.wrap_at is not None:
            return "max_length"
        elif f.purpose == "turn" and elapsed >= cfg.chunk_s and max_s:
            return "chunk"
        elif max_s and elapsed >= max_s:
            self.floor = replace(f, wrap_at=self.now)
            self._say_now(WRAP_UP.format(name=f.name), "prompt")
        return ""

    def _silence(self, event: TurnEnded, f: Floor) -> str:
        self.floor = replace(f, in_speech=False, quiet_since=self.now)
        if f.heard_speech and self.recognition:
            return event.reason
        if f.heard_speech and not f.end_suggested:
            self.floor = replace(self.floor, end_suggested=True)
            self._record(Line.TURN_END_SUGGESTED, person=f.name, partner=f.partner)
        return ""

    def _tick(self, f: Floor) -> str:
        """Time passes: the grace after an answer, the time limit's warning and wrap-up, silence."""
        cfg = self.settings
        reason = ""
        quiet = not f.in_speech
        elapsed = self.now - f.since
        max_s = f.limit_s
        if f.back_at is not None and f.heard_speech and quiet and self.now - f.quiet_since >= BACK_WAIT_S:
            reason = "silence"  # they had said their piece before the interruption, and said no more
        if f.answered_at is not None and quiet and self.now - f.quiet_since >= ANSWER_GRACE_S:
            reason = "answered"
        if max_s and cfg.warn_before_s and not f.warned and elapsed >= max_s - cfg.warn_before_s:
            f = self.floor = replace(f, warned=True)
            self._emit(Chime("warning"))
            self._record(Line.TIME_WARNING, person=f.name, remaining_s=round(max_s - elapsed, 1))
        if max_s and f.wrap_at is None and elapsed >= max_s and quiet:
            f = self.floor = replace(f, wrap_at=self.now)
            self._emit(Chime("wrap_up"))
            self._say_now(WRAP_UP.format(name=f.name), "prompt")
        if f.wrap_at is not None and self.now - f.wrap_at >= WRAP_UP_WAIT_S and quiet:
            reason = "max_length"
        if not f.heard_speech and quiet and self.now - f.quiet_since >= cfg.reprompt_s:
            if not f.reprompted:
                self.floor = replace(f, reprompted=True, quiet_since=self.now)
                self._say_now(REPROMPT.format(name=f.name), "reprompt")
            else:
                self._pause("silence")
        return reason

    # ---- the other partner's voice ----

    def _not_theirs(self, utterance: Utterance, f: Floor) -> bool:
        """Surely the other partner's voice where the floor is not theirs: the listener during the speaker's turn,
        or the speaker answering the paraphrase question. Their words are theirs in the record, not the turn's.
        Unsure voices never get here: then the program does as it always did."""
        return utterance.voice == other(f.partner) and f.purpose in ("turn", "paraphrase")

    def _other_voice(self, utterance: Utterance, f: Floor) -> None:
        """Kept out of the turn; at their first pause, a gentle reminder of whose floor it is (once a turn)."""
        f = self.floor = replace(f, in_speech=not utterance.paused)
        if utterance.paused and not f.reminded:  # never over anyone
            self.floor = replace(f, reminded=True, reminder=self._remind(f))

    def _remind(self, f: Floor) -> int:
        """Says the reminder; returns its say_id."""
        name = self.names[other(f.partner)]
        if f.purpose == "turn":  # the listener broke in
            line = FLOOR_REMINDER.format(listener=name, speaker=f.name)
        else:  # the speaker answered for the listener
            line = LET_LISTENER_TRY.format(speaker=name, listener=f.name)
        self._record(Line.FLOOR_REMINDER, person=name, partner=other(f.partner), holder=f.name, purpose=f.purpose)
        return self._say_now(line, "prompt")
