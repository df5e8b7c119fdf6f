"""The session engine: a pure, deterministic state machine from events to actions. No clock, no I/O, no threads.

The script is run by a generator (`_flow`, the steps are in flow.py) that reads like the exercise: say this,
listen to the speaker, ask for a paraphrase… Each `yield` waits for the next event. Everything that can
interrupt any step (pause, crisis, keys) is handled in `handle` before the flow sees the event.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from enum import Enum
from typing import Any

from voice_session.record.lines import Line
from voice_session.session import crisis, listening, safety
from voice_session.session.events import (
    Action,
    Chime,
    End,
    Event,
    Key,
    Listen,
    Mute,
    Record,
    Say,
    SpeechFinished,
    SpeechStarted,
    Start,
    StopSpeaking,
    Tick,
    Utterance,
)
from voice_session.session.floor import Floor, FloorKeeping
from voice_session.session.flow import ExerciseFlow, Resumed, Skip, Wait
from voice_session.session.listening import Understanding
from voice_session.session.promises import OpenItem
from voice_session.session.script import Exercise
from voice_session.session.state import Progress, SafetyAsk, SafetyWatch, Talk
from voice_session.session.wording import (
    CHECK_IN,
    CRISIS_STOP,
    PAUSE_LINES,
    RESUME,
    SAFETY_ASK,
    SAFETY_ASK_SOMEONE,
    SAFETY_SECOND,
    SAFETY_THANKS,
)


class Phase(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    ASKING = "asking"
    """The exercise is held while the program asks whether everyone is safe (session/crisis.py, Level.ASK)."""
    ENDED = "ended"


ECHO_OVERLAP = 0.4
"""Share of an earlier sentence's longer words (four letters or more) that a worrying sentence repeats, at which
it is that sentence said back."""
SAFETY_ANSWER_WAIT_S = 25.0
"""After asking whether everyone is safe, this long without a clear answer is taken as not safe."""


class SessionEngine(FloorKeeping, ExerciseFlow):
    """Runs one exercise for two partners, A and B; partner A holds the floor first."""

    def __init__(self, exercise: Exercise, names: tuple[str, str] = ("Partner A", "Partner B"),
                 recognition: bool = True, meaning: Understanding | None = None,
                 journal: tuple[OpenItem, ...] | None = None) -> None:
        self.exercise = exercise
        self._journal = journal
        self.meaning = meaning
        """The text model's reading of meaning (crisis language, paraphrases); None: word rules only. Pure:
        the same text gives the same figures every time."""
        self.watch = SafetyWatch()
        self.recognition = recognition
        """With recognition off (the therapist's timer), silence only suggests a turn's end and keys decide."""
        self.names = {"A": names[0], "B": names[1]}
        self.speaker = "A"
        self.phase = Phase.READY
        self.now = 0.0
        self.floor: Floor | None = None
        """Whose turn it is and what has been heard in it (session/floor.py); None between turns."""
        self.progress = Progress()
        self._ids = itertools.count(1)
        self._out: list[Action] = []
        self._held: list[SpeechFinished] = []
        self.talk = Talk()
        self._flow = self._run()

    @property
    def journal(self) -> tuple[OpenItem, ...]:
        """Open promises, requests and actions from earlier sessions (the runner reads the journal): review
        steps go through them."""
        return self._journal or ()

    @property
    def keeps_journal(self) -> bool:
        return self._journal is not None

    @property
    def settings(self) -> Any:
        return self.exercise.settings

    # ---- the one input ----

    @property
    def listener(self) -> str:
        return "B" if self.speaker == "A" else "A"

    def handle(self, event: Event) -> list[Action]:
        """Takes one event, returns the actions it causes."""
        self._out = []
        if self.phase is Phase.ENDED:
            return []
        self.now = max(self.now, event.at_s)
        if isinstance(event, Start):
            self.phase = Phase.RUNNING
            self._record(Line.SESSION_STARTED, exercise=self.exercise.name, title=self.exercise.title,
                         names=[self.names["A"], self.names["B"]])
            if self.keeps_journal:
                self._record(Line.JOURNAL_OPENED, open=[item.id for item in self.journal])
            next(self._flow)
            self._send(event)
        elif isinstance(event, Key) and event.name in ("q", "p", "r", "m", "n", "space"):
            self._on_key(event)
        elif isinstance(event, Utterance):
            self.talk = replace(self.talk, speech_open=not event.paused)
            self._on_utterance(event)
        elif self.phase is Phase.ASKING:
            self._while_asking(event)
        elif self.phase is Phase.PAUSED:
            if isinstance(event, SpeechFinished):
                self._held.append(event)
        else:
            if isinstance(event, SpeechStarted):
                self.talk = replace(self.talk, speech_open=True)
            self._send(event)
        return self._out

    def interrupt(self, reason: str = "interrupted") -> list[Action]:
        """The runner was stopped (Ctrl-C, SIGTERM, lost microphone): end the record cleanly."""
        self._out = []
        if self.phase is not Phase.ENDED:
            self._end(reason)
        return self._out

    def hold(self, reason: str) -> list[Action]:
        """The shell pauses the session for its own reason (the microphone stopped); `release` resumes it."""
        self._out = []
        if self.phase is Phase.RUNNING:
            self._pause(reason)
        return self._out

    def release(self) -> list[Action]:
        self._out = []
        if self.phase is Phase.PAUSED:
            self._resume()
        return self._out

    # ---- what can interrupt any step ----

    def _on_key(self, key: Key) -> None:
        self._record(Line.KEY, key=key.name)
        if self.phase is Phase.ASKING and key.name in ("q", "p", "space"):
            # the therapist in the room decides: go on (space, p) or stop with help (q)
            self._answered(key.name != "q", f"key {key.name}")
        elif key.name == "q":
            self._end("ended_by_user")
        elif key.name == "p":
            if self.phase is Phase.PAUSED:
                self._resume()
            else:
                self._pause("key")
        elif key.name == "r":
            if self.talk.last_prompt:
                self._say_now(self.talk.last_prompt, "repeat")
        elif key.name == "m":
            self._emit(Mute())
        elif self.phase is Phase.RUNNING and key.name == "n":
            self._throw(Skip())
        elif self.phase is Phase.RUNNING:
            self._send(key)

    def _on_utterance(self, utterance: Utterance) -> None:
        who = utterance.voice or self.listening_to  # the voice when the program is sure of it, else the guess
        voice = {} if utterance.voice_sure is None else {"voice_sure": utterance.voice_sure,
                                                          "by_voice": utterance.voice is not None}
        self._record(Line.UTTERANCE, person=self.names[who] if who else None, partner=who, text=utterance.text,
                     start=round(utterance.start_s, 2), end=round(utterance.end_s, 2),
                     confidence=utterance.confidence, **({"cut_by_device": True} if utterance.cut else {}), **voice)
        found = crisis.assess(utterance.text, self.meaning)
        if self.phase is Phase.ASKING:
            self._on_safety_answer(utterance, found)
            return
        if found is not None and found.level is crisis.Level.CRISIS:
            self._crisis(who, utterance, found)
            return
        if found is not None and found.level is crisis.Level.ASK and not self._echoes_a_safe_answer(found):
            self._ask(who, utterance, found)
            return
        signal = safety.request(utterance.text)
        if found is not None and not self.watch.checked_in:  # said gently at the next prompt, never over anyone
            self.watch = replace(self.watch, check_in=found)
            self._record(Line.SAFETY_CHECK_IN, person=self.names[who] if who else None, sentence=found.sentence,
                         found_by=found.how)
        if self.phase is Phase.PAUSED:
            if signal is safety.Signal.RESUME:
                self._resume()
        elif signal in (safety.Signal.PAUSE, safety.Signal.OVERWHELMED):
            self._pause(signal.value)
        else:
            self._send(utterance)

    def _pause(self, reason: str) -> None:
        self.phase = Phase.PAUSED
        self._record(Line.PAUSED, reason=reason)
        self._emit(Chime("pause"))
        self._say_now(PAUSE_LINES[reason].format(minutes=self.settings.break_min), "safety")

    def _resume(self) -> None:
        self.phase = Phase.RUNNING
        self._record(Line.RESUMED)
        last = self.talk.last_prompt
        self._say_now(RESUME + (" " + last if last else ""), "prompt")
        self._send(Resumed())
        held, self._held = self._held, []
        for finished in held:
            if self.phase is Phase.RUNNING:
                self._send(finished)

    # ---- asking before escalating ----

    def _ask(self, who: str | None, utterance: Utterance, found: crisis.Finding) -> None:
        """Weaker evidence: the exercise is held, the person hears their own words back and is asked, kindly
        and directly, whether they and everyone at home are safe. Asked once per person: a second worrying
        sentence after "we're fine" is not talked away, it stops the exercise with help."""
        person = self.names[who] if who else None
        self._record(Line.SAFETY_ASK, person=person, sentence=found.sentence, found_by=found.how,
                     at=round(utterance.start_s, 2))
        if who in self.watch.asked:
            self._record(Line.SAFETY_ANSWER, person=person, answer="asked before", next="stopped")
            self._crisis(who, utterance, found, SAFETY_SECOND + " " + CRISIS_STOP, "second ask")
            return
        self.watch = replace(self.watch, asked=self.watch.asked | {who})
        self.phase = Phase.ASKING
        self._emit(Chime("pause"))
        sentence = found.sentence.strip().rstrip(".!?")
        text = (SAFETY_ASK.format(name=person, sentence=sentence) if person
                else SAFETY_ASK_SOMEONE.format(sentence=sentence))
        say_id = self._say_now(text, "safety")
        self.watch = replace(self.watch, asking=SafetyAsk(who, utterance, found, say_id))
        self._emit(Listen(person or "", "safety", None, "safety", who))

    def _echoes_a_safe_answer(self, found: crisis.Finding) -> bool:
        """The worrying words repeat what was already asked about and answered safe (the listener saying the
        speaker's words back in a paraphrase, "you said there's a gun in the loft"): asking again would make
        a listener who listens well the one who gets questioned."""
        said = {w for w in listening.words(found.sentence) if len(w) > 3}
        for earlier in self.watch.safe_sentences:
            before = {w for w in listening.words(earlier) if len(w) > 3}
            if before and len(said & before) / len(before) >= ECHO_OVERLAP:
                self._record(Line.SAFETY_ECHO, sentence=found.sentence, echoes=earlier)
                return True
        return False

    def _while_asking(self, event: Event) -> None:
        asking = self.watch.asking
        assert asking is not None
        if isinstance(event, SpeechFinished):
            if event.say_id == asking.say_id:
                self.watch = replace(self.watch, asking=replace(asking, asked_at_s=event.at_s))
            else:
                self._held.append(event)  # the exercise's prompt that was playing: the flow gets it on resuming
        elif (isinstance(event, Tick) and asking.asked_at_s is not None
              and self.now - asking.asked_at_s >= SAFETY_ANSWER_WAIT_S):
            self._answered(False, "")

    def _on_safety_answer(self, utterance: Utterance, found: crisis.Finding | None) -> None:
        if found is not None and found.level is crisis.Level.CRISIS:
            self._answered(False, utterance.text, found)
            return
        if found is not None and found.level is crisis.Level.ASK and safety.safety_answer(utterance.text) is not True:
            self._answered(False, utterance.text, found)
            return
        self._answered(safety.safety_answer(utterance.text) is True, utterance.text)

    def _answered(self, safe: bool, text: str, found: crisis.Finding | None = None) -> None:
        """Yes → thanks, and the exercise goes on where it was (what was said goes to it); no, crisis words or
        no clear answer → the crisis stop, with help."""
        asking = self.watch.asking
        assert asking is not None
        self.watch = replace(self.watch, asking=None)
        person = self.names[asking.partner] if asking.partner else None
        self._record(Line.SAFETY_ANSWER, person=person, text=text, answer="safe" if safe else "not safe" if text else
                     "no answer", next="resumed" if safe else "stopped")
        if not safe:
            self.phase = Phase.RUNNING  # so that the stop below ends a running session
            self._crisis(asking.partner, asking.utterance, found or asking.finding)
            return
        self.phase = Phase.RUNNING
        self.watch = replace(self.watch, safe_sentences=(*self.watch.safe_sentences, asking.finding.sentence))
        self._say_now(SAFETY_THANKS, "safety")
        self._send(asking.utterance)  # it was part of the conversation: the exercise hears it now
        self._send(Resumed())
        held, self._held = self._held, []
        for finished in held:
            if self.phase is Phase.RUNNING:
                self._send(finished)

    def _crisis(self, who: str | None, utterance: Utterance, found: crisis.Finding,
                stop_text: str = CRISIS_STOP, how: str = "") -> None:
        self._record(Line.SAFETY_STOP, signal="crisis", person=self.names[who] if who else None,
                     sentence=found.sentence, found_by=how or found.how, at=round(utterance.start_s, 2))
        self._say_now(stop_text, "safety")
        self._say_now(safety.HELP_TEXT, "help")
        self._record(Line.HELP_SHOWN, text=safety.HELP_TEXT)
        self._end("safety")

    def _end(self, reason: str) -> None:
        self._emit(Listen(None))
        self.floor = None
        self._record(Line.SESSION_ENDED, reason=reason, turns=len(self.progress.turns))
        self._emit(End(reason))
        self.phase = Phase.ENDED

    # ---- plumbing ----

    def _emit(self, action: Action) -> None:
        self._out.append(action)

    def _record(self, name: Line, **data: Any) -> None:
        self._out.append(Record(name, data))

    def _send(self, event: object) -> None:
        try:
            self._flow.send(event)
        except StopIteration:
            if self.phase is not Phase.ENDED:
                self._end("completed")

    def _throw(self, error: Exception) -> None:
        try:
            self._flow.throw(error)
        except StopIteration:
            if self.phase is not Phase.ENDED:
                self._end("completed")

    def fill(self, text: str, person: str | None = None, swapped: bool = False) -> str:
        """A prompt with the names in; `swapped` fills it as it will read after the roles swap."""
        speaker, listener = (self.listener, self.speaker) if swapped else (self.speaker, self.listener)
        return text.format(speaker=self.names[speaker], listener=self.names[listener],
                           A=self.names["A"], B=self.names["B"], name=self.names[person or speaker])

    def _say_now(self, text: str, kind: str) -> int:
        say_id = next(self._ids)
        self._emit(Say(text, say_id, kind))
        self._record(Line.PROMPT, text=text, kind=kind)
        return say_id

    # ---- waiting primitives (generators) ----

    def _say(self, text: str, kind: str = "prompt", interruptible: bool = False) -> Wait:
        """Says `text` and waits until it has been spoken. An `interruptible` prompt hands the floor to someone
        (a question, an invitation to speak): when a partner starts talking over it, it stops there and is not
        said again, since they are already answering (barge-in). Safety and help lines are never cut."""
        if kind == "prompt":
            self.talk = replace(self.talk, last_prompt=text)
            if self.watch.check_in is not None and not self.watch.checked_in:
                self.watch = replace(self.watch, checked_in=True, check_in=None)
                self._say_now(CHECK_IN, "safety")
        say_id = self._say_now(text, kind)
        while True:
            event = yield
            if isinstance(event, SpeechFinished) and event.say_id == say_id:
                return
            if isinstance(event, SpeechStarted) and interruptible:
                self._emit(StopSpeaking(say_id))
                self._record(Line.STOPPED_SPEAKING, say_id=say_id)
                self._record(Line.PROMPT_INTERRUPTED, say_id=say_id, at=round(event.at_s, 2))
                return


