"""What each step of an exercise does: the script half of the engine, written as generators.

Each method reads like the exercise (say this, listen to the speaker, ask for a paraphrase…); every `yield`
waits for the next event. The waiting primitives (`_say`, `_listen`) and everything that can interrupt a
step live in engine.py; SessionEngine combines the two.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, replace
from typing import Any

from voice_session.record.lines import Line
from voice_session.session import listening
from voice_session.session.events import Key, Listen, Prepare, ReadAhead
from voice_session.session.listening import Answer
from voice_session.session.paraphrase import clarified, missed_hint, points, reflect
from voice_session.session.promises import OUTCOMES, REVIEW_INTRO, promised_words, review_question, review_reply
from voice_session.session.script import Step
from voice_session.session.wording import (
    CHUNK_PAUSE,
    GAVE_UP,
    LANDED,
    REASK,
    RETRY,
    RETRY_HINT,
    RETRY_POINT,
    summary_text,
)


@dataclass(frozen=True)
class TurnStat:
    """One finished turn, for summaries and the live view."""

    partner: str
    role: str
    purpose: str
    start_s: float
    end_s: float
    reason: str
    text: str


@dataclass(frozen=True)
class Heard:
    text: str
    start_s: float
    end_s: float
    reason: str


class Skip(Exception):
    """Thrown into the flow by the 'n' key: the current step ends at once."""


class Resumed:
    """Sent into the flow after a pause, so a step waiting for speech listens again."""


Wait = Generator[None, Any, Any]


class ExerciseFlow:
    """The steps of a script; mixed into SessionEngine, which provides the primitives and the state."""

    def _confirm(self, partner: str, question: str) -> Wait:
        """Asks a yes/no question; returns (Answer, what was said)."""
        yield from self._say(question, interruptible=True)
        heard = yield from self._listen(partner, "speaker", "confirm", max_s=None)
        if not self.recognition:  # the therapist heard the answer and passed the floor on with the key
            self._record(Line.CONFIRMATION, person=self.names[partner], partner=partner, answer="yes", by="key")
            self.talk = replace(self.talk, last_answer=Answer.YES)
            return Answer.YES, ""
        answer = listening.parse_answer(heard.text)
        if answer is Answer.UNCLEAR:
            yield from self._say(REASK.format(name=self.names[partner]), interruptible=True)
            again = yield from self._listen(partner, "speaker", "confirm", max_s=None)
            answer = listening.parse_answer(again.text)
            heard = Heard(f"{heard.text} {again.text}".strip(), heard.start_s, again.end_s, again.reason)
        self._record(Line.CONFIRMATION, person=self.names[partner], partner=partner, answer=answer.value,
                     text=heard.text)
        self.talk = replace(self.talk, last_answer=answer)
        return answer, heard.text

    def _cue(self, text: str, kinds: tuple[listening.Cue, ...], partner: str) -> Wait:
        found = listening.cues(text, kinds)
        if found:
            self._record(Line.CUE, kind=found[0].value, person=self.names[partner], partner=partner)
            yield from self._say(listening.CUE_LINES[found[0]], "cue")

    # ---- the script ----

    def _run(self) -> Wait:
        yield  # primed by Start
        yield from self._steps(self.exercise.steps)

    def _steps(self, steps: tuple[Step, ...]) -> Wait:
        for index, step in enumerate(steps):
            self.progress.step = step.kind
            self.progress.next_step = steps[index + 1].kind if index + 1 < len(steps) else ""
            if index + 1 < len(steps) and steps[index + 1].text:
                self._emit(Prepare(self.fill(steps[index + 1].text, swapped=step.kind == "swap")))
            try:
                yield from self._step(step)
            except Skip:
                self._emit(Listen(None))
                self.floor = None
                self._record(Line.STEP_SKIPPED, step=step.kind, line=step.line)
            if step.kind == "end":
                return

    def _step(self, step: Step) -> Wait:
        run = {"say": self._said_step, "end": self._said_step, "turn": self._turn, "paraphrase": self._paraphrase_step,
               "confirm": self._confirm_step, "swap": self._swap, "checkin": self._check_in_step,
               "pause": self._scheduled_break, "repeat": self._rounds, "review": self._review,
               "summary": self._summary}[step.kind]
        yield from run(step)

    def _said_step(self, step: Step) -> Wait:
        if step.text:
            yield from self._say(self.fill(step.text))

    def _turn(self, step: Step) -> Wait:
        partner = self.speaker if step.role == "speaker" else self.listener
        yield from self._say(self.fill(step.text), interruptible=True)
        heard = yield from self._listen(partner, step.role, "turn", step.max_s or self.settings.max_turn_s)
        if heard.text and listening.says_nothing_more(heard.text):
            # "No, that's all. Over to you.": nothing to reflect; the round (or the rounds) end here
            self.talk = replace(self.talk, nothing_more=True)
            self._record(Line.NOTHING_MORE, person=self.names[partner], partner=partner, text=heard.text)
            return
        self.talk = replace(self.talk, floor_text=f"{self.talk.floor_text} {heard.text}".strip())
        if heard.reason == "chunk":
            yield from self._say(self.fill(CHUNK_PAUSE))
        yield from self._cue(heard.text, listening.SPEAKER_CUES, partner)

    def _paraphrase_step(self, step: Step) -> Wait:
        if self.talk.nothing_more and not self.talk.floor_text:
            self._record(Line.PARAPHRASE_SKIPPED, reason="nothing_more")
            return
        yield from self._paraphrase(step)

    def _confirm_step(self, step: Step) -> Wait:
        partner = self.speaker if step.role == "speaker" else self.listener
        yield from self._confirm(partner, self.fill(step.text))

    def _swap(self, step: Step) -> Wait:
        self.speaker = self.listener
        self.talk = replace(self.talk, floor_text="")
        self._record(Line.ROLES_SWAPPED, speaker=self.names[self.speaker], listener=self.names[self.listener])
        if step.text:
            yield from self._say(self.fill(step.text))

    def _check_in_step(self, step: Step) -> Wait:
        if step.role == "both":
            people = [self.speaker, self.listener]
        else:
            people = [self.speaker if step.role == "speaker" else self.listener]
        for partner in people:
            yield from self._say(self.fill(step.text, partner), interruptible=True)
            heard = yield from self._listen(partner, "speaker", "checkin", step.max_s or self.settings.max_turn_s)
            if step.record and heard.text and not listening.says_nothing_more(heard.text):
                other = "B" if partner == "A" else "A"
                self._record(Line.JOURNAL_ITEM, kind=step.record, person=self.names[partner],
                             to=self.names[other], text=heard.text)
            yield from self._cue(heard.text, listening.SPEAKER_CUES, partner)

    def _rounds(self, step: Step) -> Wait:
        rounds = step.rounds or self.settings.rounds
        for round_number in range(1, rounds + 1):
            self._record(Line.ROUND_STARTED, round=round_number, of=rounds)
            self.talk = replace(self.talk, nothing_more=False)
            yield from self._steps(step.steps)
            if step.until == "no_more" and self.talk.last_answer is Answer.NO:
                break
            if self.talk.nothing_more:
                self.talk = replace(self.talk, nothing_more=False)
                break

    def _summary(self, step: Step) -> Wait:
        text = summary_text(self.names, self.progress.turns, self.progress.paraphrases)
        self._record(Line.SUMMARY, text=text)
        yield from self._say(f"{text} {self.fill(step.text)}".strip(), "summary")

    def _keep(self, record: str, speaker: str, listener: str, paraphrase: str, statement: str) -> None:
        """A landed paraphrase step with `record`: the listener's promise, or the speaker's request, as said."""
        if record == "promise" and paraphrase:
            self._record(Line.JOURNAL_ITEM, kind="promise", person=self.names[listener], to=self.names[speaker],
                         text=promised_words(paraphrase))
        elif record == "request" and statement:
            self._record(Line.JOURNAL_ITEM, kind="request", person=self.names[speaker], to=self.names[listener],
                         text=statement)

    def _review(self, step: Step) -> Wait:
        """Goes through the journal's open items one by one: how did it go? Kept ones are celebrated. With
        nothing open, the step is silent."""
        if not self.journal or not self.recognition:
            return
        yield from self._say(self.fill(step.text) if step.text else REVIEW_INTRO)
        for item in self.journal:
            judge = "A" if self.names["A"] == item.judge else "B"
            answer, said = yield from self._confirm(judge, review_question(item))
            outcome = OUTCOMES.get(answer, "unclear")
            self._record(Line.JOURNAL_REVIEW, item=item.id, kind=item.kind, person=item.person, to=item.to,
                         text=item.text, said_on=item.said_on, outcome=outcome, words=said)
            if outcome != "unclear":
                yield from self._say(review_reply(item, outcome))

    def _scheduled_break(self, step: Step) -> Wait:
        """A quiet moment written into the exercise; space or n ends it early."""
        if step.text:
            yield from self._say(self.fill(step.text))
        self._record(Line.PAUSED, reason="scheduled", seconds=step.seconds)
        start = self.now
        while self.now - start < step.seconds:
            event = yield
            if isinstance(event, Key) and event.name == "space":
                break
        self._record(Line.RESUMED)

    def _reflection(self, paraphrase: str) -> dict[str, object]:
        """The record's view of a paraphrase: by meaning (share of the speaker's points it reflects, the point it
        missed) or, without the text model, by words (share of the speaker's key words)."""
        if self.meaning is not None:
            found = reflect(self.talk.floor_text, paraphrase, self.meaning)
            return {"coverage": found.reflected, "missed": [found.missed] if found.missed else [],
                    "judged_by": "meaning", "points": len(found.points)}
        result = listening.coverage(self.talk.floor_text, paraphrase)
        return {"coverage": result.score, "missed": list(result.missed)}

    def _missed_hint(self, paraphrase: str) -> str:
        if self.meaning is not None:
            missed = reflect(self.talk.floor_text, paraphrase, self.meaning).missed
            return RETRY_POINT.format(speaker=self.names[self.speaker], missed=missed_hint(missed)) if missed else ""
        words = listening.coverage(self.talk.floor_text, paraphrase).missed
        return RETRY_HINT.format(missed=" and ".join(words)) if words else ""

    def _paraphrase(self, step: Step) -> Wait:
        attempts = step.attempts or self.settings.paraphrase_attempts
        speaker, listener = self.speaker, self.listener
        confirm = step.confirm or "{speaker}, did {listener} get it?"
        tried = ""
        """The listener's last paraphrase: the next attempt's hint says what it missed."""
        for attempt in range(1, attempts + 1):
            self._record(Line.PARAPHRASE_PROMPTED, attempt=attempt, listener=self.names[listener])
            if self.meaning is not None and self.recognition:
                self._emit(ReadAhead(tuple(points(self.talk.floor_text))))
            if attempt == 1:
                prompt = self.fill(step.text)
            else:
                prompt = self.fill(step.retry or RETRY)
                hint = self._missed_hint(tried)
                if hint:
                    prompt += " " + hint
            self._emit(Prepare(self.fill(confirm)))
            self._emit(Prepare(self.fill(step.landed or LANDED)))  # the likely reply once it lands
            yield from self._say(prompt, interruptible=True)
            heard = yield from self._listen(listener, "listener", "paraphrase", self.settings.listener_max_s)
            tried = heard.text
            if self.recognition:
                self._record(Line.PARAPHRASE_CHECKED, attempt=attempt, **self._reflection(heard.text))
            yield from self._cue(heard.text, listening.LISTENER_CUES, listener)
            answer, said = yield from self._confirm(speaker, self.fill(confirm))
            if answer is Answer.YES:
                self.progress.paraphrases.append((attempt, True))
                self._record(Line.PARAPHRASE_LANDED, attempt=attempt)
                self._keep(step.record, speaker, listener, heard.text, self.talk.floor_text)
                self.talk = replace(self.talk, floor_text="")
                yield from self._say(self.fill(step.landed or LANDED))
                return
            if attempt == attempts:
                break
            clarification = _after_answer(said)
            if len(listening.words(clarification)) < 4:
                yield from self._say(self.fill("{speaker}, what did {listener} miss? Please say it again briefly."),
                                     interruptible=True)
                more = yield from self._listen(speaker, "speaker", "clarify", self.settings.listener_max_s)
                clarification = more.text
            self.talk = replace(self.talk, floor_text=f"{self.talk.floor_text} {clarified(clarification)}".strip())
        self.progress.paraphrases.append((attempts, False))
        self.talk = replace(self.talk, floor_text="")
        self._record(Line.PARAPHRASE_GAVE_UP, attempts=attempts)
        yield from self._say(self.fill(GAVE_UP))


def _after_answer(said: str) -> str:
    """'Mostly, but you missed the part about the dishes' → what follows the yes/no/partly words."""
    return _ANSWER_WORDS.sub("", said, count=1).strip()


_ANSWER_WORDS = re.compile(
    r"^(?:\s|[,.!?;:-])*(?:(?:yes|yeah|yep|no|nope|partly|partially|mostly|not really|not quite|not exactly|"
    r"kind of|sort of|almost|well|so|um|uh|but|and|i mean)(?:\s|[,.!?;:-])+)+",
    re.IGNORECASE,
)
