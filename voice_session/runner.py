"""The runner: the imperative shell around the engine. One loop serves live, simulated and timer sessions;
only the audio source, the sink and the clock differ."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from voice_session import shutdown
from voice_session.audio.echo import EchoPath
from voice_session.audio.frames import FRAME_S
from voice_session.audio.sources import AudioSource, MicrophoneStalled
from voice_session.clock import Clock, SimulatedClock
from voice_session.record.log import EventLog
from voice_session.scenario import CoupleSource
from voice_session.session.engine import SessionEngine
from voice_session.session.events import (
    Action,
    Chime,
    End,
    Event,
    Key,
    Listen,
    Prepare,
    Record,
    Say,
    SpeechFinished,
    SpeechStarted,
    Start,
    StopSpeaking,
    Tick,
    TurnEnded,
    Utterance,
)
from voice_session.speech.ears import Ears, HeardSpeechStart, HeardTurnSilence, HeardUtterance
from voice_session.speech.files import format_time
from voice_session.speech.mouth import Mouth
from voice_session.speech.own_words import without_own_words
from voice_session.speech.pauses import PauseJudge
from voice_session.speech.stream import TimedTranscript
from voice_session.speech.turn_model import WINDOW_S
from voice_session.speech.whose import Voices

TICK_S = 0.25
OVERLAP_S = 0.5
"""An utterance that starts this close to a prompt (or inside it) may hold the prompt's words: a prompt's end is
an estimate while its last sentences are synthesized. Not more: a partner who answers after the prompt says
their own words, even the prompt's ("Alex, ask Sam: How can I show up for you better next time?")."""
ENGINE_KEYS = ("space", "p", "n", "r", "m", "q")


class Transcription(Protocol):
    pending: int

    def submit(self, start_s: float, end_s: float, samples: object, paused: bool = True,
               cut: bool = False) -> None: ...
    def results(self, wait: bool = False) -> list[TimedTranscript]: ...
    def close(self) -> None: ...


class Display(Protocol):
    def show(self, t: float, who: str, text: str) -> None: ...


class PlainDisplay:
    """Plain log lines, for pipes, CI and simulations."""

    def __init__(self, out: Callable[[str], None] | None = None) -> None:
        self.out = out or (lambda line: print(line, flush=True))
        self.closed = False

    def show(self, t: float, who: str, text: str) -> None:
        if self.closed:
            return
        try:
            self.out(f"[{format_time(t)}] {who}: {text}")
        except BrokenPipeError:  # `voice-session simulate | head`: the session goes on, quietly
            self.closed = True
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail either


class QuietDisplay:
    def show(self, t: float, who: str, text: str) -> None:
        pass


@dataclass
class Face:
    """What the people in the room see and press: the terminal view, the web page, or plain log lines."""

    display: Display
    keys: Callable[[], list[str]] | None = None
    """New key presses since the last call (the terminal's keys, the page's buttons): the same names either way."""
    meter: Callable[[float, Any, bool, bool], None] | None = None
    """Called per frame with (now, frame, is_speech, gated): a level meter."""
    watch: Callable[[SessionEngine], None] | None = None
    """Called once with the engine before the session starts, by views that draw its state."""


@dataclass
class Outcome:
    reason: str
    duration_s: float


class Runner:
    """Feeds frames to the ears, the ears' findings to the engine, and carries out the engine's actions."""

    def __init__(
        self,
        engine: SessionEngine,
        source: AudioSource | CoupleSource,
        ears: Ears,
        transcription: Transcription | None,
        mouth: Mouth,
        clock: Clock,
        log: EventLog,
        face: Face | None = None,
        idle_end_s: float = 90.0,
        echo: EchoPath | None = None,
        pauses: PauseJudge | None = None,
        voices: Voices | None = None,
    ) -> None:
        self.engine, self.source, self.ears, self.transcription = engine, source, ears, transcription
        self.mouth, self.clock, self.log = mouth, clock, log
        self.face = face or Face(PlainDisplay())
        self.display = self.face.display
        self.pauses = pauses
        """Judges each pause (finished or not); None: a turn ends after the fixed silence."""
        self.voices = voices
        """Tells the partners' voices apart; None: what is heard is credited to whoever is expected."""
        self._expected: str | None = None
        """The partner ("A" or "B") the engine is listening to."""
        self.echo = echo
        """The echo canceller between the microphone and the ears; None: half duplex (the gate)."""
        self._talking = False
        """The program is talking (or its echo is dying away) during the current frame."""
        self._doubted: HeardSpeechStart | None = None
        """A start heard over the program that Silero could not yet call a voice: asked again as more arrives."""
        self._doubted_frames = 0
        self.simulated = isinstance(clock, SimulatedClock)
        self.idle_end_s = idle_end_s
        self.ended: str | None = None
        self._turn_end: TurnEnded | None = None
        self._last_tick = 0.0
        self._was_idle = False
        self.reopen_attempts = 5
        self.reopen_wait_s = 2.0
        self.sleep: Callable[[float], None] = time.sleep
        self._overflows = 0
        self._said: list[tuple[float, float, str, bool]] = []
        """The last prompts: (start, end, text, cut by a barge-in), to know the program's own words when it hears
        them."""

    # ---- the loop ----

    def run(self) -> Outcome:
        if self.face.watch is not None:
            self.face.watch(self.engine)
        discard = getattr(self.source, "discard_backlog", None)
        if discard is not None:  # what the microphone heard while the models loaded is not the session
            discard()
        try:
            self._dispatch(Start(self.clock.now()))
            while self.ended is None:
                self._step()
            self._drain()
        except KeyboardInterrupt:
            self._apply(self.engine.interrupt("interrupted"))
            raise
        except Exception:  # whatever went wrong, the record still ends with session_ended
            self._apply(self.engine.interrupt("error"))
            raise
        finally:
            if self.transcription is not None:
                self.transcription.close()
        return Outcome(self.ended or "interrupted", self.clock.now())

    def _step(self) -> None:
        shutdown.stop_if_signalled()
        try:
            frame = self.source.read()
        except MicrophoneStalled as err:
            self._microphone_lost(str(err))
            return
        if isinstance(self.clock, SimulatedClock):
            self.clock.advance(FRAME_S)
        now = self.clock.now()
        if frame is None:  # a recording ran out
            self._finish_input(now, "recording_ended")
            return
        overflows = getattr(self.source, "overflows", 0)
        if overflows > self._overflows:  # audio was dropped: say so in the record, carry on
            self.log.write("audio_overflow", now, frames=overflows - self._overflows)
            self._overflows = overflows
        for spoken in self.mouth.finished(now):
            self.log.write("spoken", spoken.end_s, say_id=spoken.say_id, start=round(spoken.start_s, 2),
                           end=round(spoken.end_s, 2))
            self._dispatch(SpeechFinished(spoken.end_s, spoken.say_id))
        if isinstance(self.source, CoupleSource):
            if self.mouth.idle and not self._was_idle:
                self.source.program_idle(self.mouth.busy_until)
            self._was_idle = self.mouth.idle
        # whether the program was talking when the frame was heard, not when it is read: on a busy machine frames
        # are read late and in bunches, and a frame of the program's voice read after it stopped is still its voice
        heard_at = now - getattr(self.source, "behind_s", 0.0)
        talking = self._talking = self.mouth.gated(heard_at)
        if self.echo is not None:
            frame = self.echo.clean(frame, talking)
            if self.echo.settled is not None:
                reason = {"reason": self.echo.judge.reason} if self.echo.judge.reason else {}
                self.log.write("listening_while_speaking", now, mode=self.echo.settled.value,
                               removed_db=self.echo.judge.removed_db, echo_delay_s=self.echo.delay_s, **reason)
            if self.echo.filter_changed:  # what words said over the program are transcribed from, from now on
                self.log.write("echo_filter", now, in_use=self.echo.linear.trusted,
                               removed_db=self.echo.linear.removed_db)
        open_mic = self.echo is not None and self.echo.open_while_speaking
        gated = talking and not open_mic
        keep = self.echo.for_words if self.echo is not None else None  # whichever reads better
        floor = self.echo.speech_floor_dbfs() if talking and open_mic else None  # type: ignore[union-attr]
        for heard in self.ears.feed(frame, gated, floor, keep):
            self._on_heard(heard)
        if self._doubted is not None:
            self._ask_again()
        if self.face.meter:
            self.face.meter(now, frame, self.ears.last_is_speech, gated)
        self._collect_transcripts()
        if now - self._last_tick >= TICK_S:
            self._last_tick = now
            self._dispatch(Tick(now))
        for key in self.face.keys() if self.face.keys else []:
            if key in ENGINE_KEYS:
                self._dispatch(Key(now, key))
            else:  # keys for the view only (t: transcript on/off) are still recorded
                self.log.write("key", now, key=key)
        couple_done = isinstance(self.source, CoupleSource) and self.source.finished and self.mouth.idle
        if couple_done and now - max(self.source.last_end_s, self.mouth.busy_until) > self.idle_end_s:  # type: ignore[union-attr]
            self._finish_input(now, "scenario_ended")

    def _on_heard(self, heard: object) -> None:
        if isinstance(heard, HeardSpeechStart):
            self._doubted = None
            if self._talking and not self._a_voice_over_the_program():
                # the canceller's residue or a noise, or the first syllables of a partner that the canceller
                # still muffles (it holds back the near end for a moment when double talk starts): asked again
                self._doubted, self._doubted_frames = heard, 0
                return
            self._dispatch(SpeechStarted(heard.at_s))
        elif isinstance(heard, HeardUtterance):
            if self._doubted is not None and heard.start_s == self._doubted.at_s:
                self._doubted = None  # it ended without ever sounding like a voice: never a barge-in
            if self.pauses is not None and heard.paused and self.transcription is not None:
                self.pauses.heard(heard.end_s, self.ears.before(heard.end_s, WINDOW_S))
            if self.voices is not None and self.transcription is not None:
                self.voices.heard(heard.end_s, heard.samples)
            if self.transcription is not None:
                self.transcription.submit(heard.start_s, heard.end_s, heard.samples, heard.paused, heard.cut)
            else:  # timer mode without recognition: speech is timed, not transcribed
                self._dispatch(Utterance("", heard.start_s, heard.end_s, 0.0, heard.paused, heard.cut))
        elif isinstance(heard, HeardTurnSilence):
            self._turn_end = TurnEnded(heard.at_s, heard.how)

    def _ask_again(self) -> None:
        """A doubted start, while its speech goes on: a voice as soon as Silero hears one (asked every 90 ms,
        and once more when the program stops talking). The doubt lasts as long as that stretch of sound: a
        partner who starts while the canceller's residue already holds the endpointer open is heard too."""
        doubted = self._doubted
        assert doubted is not None
        self._doubted_frames += 1
        if self._talking and self._doubted_frames % 3:
            return
        if self._a_voice_over_the_program():
            self._doubted = None
            self._dispatch(SpeechStarted(doubted.at_s))
        elif not self._talking:
            self._doubted = None  # the program is quiet now: the ears' own rules take it from here

    def _a_voice_over_the_program(self) -> bool:
        """Silero confirms a voice in the (cleaned) audio that started while the program talks: stopping a
        prompt for the program's own echo would be worse than finishing it."""
        from voice_session.speech.vad import silero_speech_s

        return silero_speech_s(self.ears.recent(0.6), 0.3) >= 0.12

    def _collect_transcripts(self) -> None:
        if self.transcription is not None:
            self._deliver(self.transcription.results(wait=self.simulated))
        # a turn ends only once every utterance in it has been transcribed
        if self._turn_end is not None and (self.transcription is None or self.transcription.pending == 0):
            turn_end, self._turn_end = self._turn_end, None
            self._dispatch(turn_end)

    def _deliver(self, results: list[TimedTranscript]) -> None:
        """Each transcript to the engine, or into the record as rejected speech when the guard kept no text."""
        for result in results:
            t = result.transcript
            text = self._less_own_words(t.text, result.start_s) if t.text else ""
            if text and result.paused:
                self._judge_pause(result.end_s, text)
            voice, sure = self.voices.whose(result.end_s, self._expected) if self.voices is not None else (None, None)
            if text:
                self._dispatch(Utterance(text, result.start_s, result.end_s, t.confidence, result.paused, result.cut,
                                         voice, sure))
            elif t.text:
                self.log.write("speech_rejected", self.clock.now(), start=round(result.start_s, 2),
                               end=round(result.end_s, 2), reason="own_voice", text=t.text)
            else:
                doubtful = {"text": t.doubtful, "low_confidence": True} if t.doubtful else {}
                self.log.write("speech_rejected", self.clock.now(), start=round(result.start_s, 2),
                               end=round(result.end_s, 2), reason=t.rejected, **doubtful)

    def _judge_pause(self, end_s: float, text: str) -> None:
        """How long a silence after these words ends the turn (see speech/turn_end.py), told to the ears."""
        judged = self.pauses.judged(end_s, text) if self.pauses is not None else None
        if judged is not None and self.ears.judge_pause(end_s, judged.wait_s, judged.verdict.value):
            self.log.write("pause_judged", self.clock.now(), end=round(end_s, 2), verdict=judged.verdict.value,
                           wait=judged.wait_s, finished_p=judged.finished_p, why=judged.why)

    def _less_own_words(self, text: str, start_s: float) -> str:
        """The transcript without the end of a prompt it overlapped (see speech/own_words.py), said in the record."""
        for prompt_start, prompt_end, said, cut in self._said:
            if prompt_start - OVERLAP_S <= start_s <= prompt_end + self.mouth.gate_tail_s + OVERLAP_S:
                found = without_own_words(text, said, cut)
                if found.removed:
                    self.log.write("own_voice_removed", self.clock.now(), start=round(start_s, 2),
                                   removed=found.removed)
                    text = found.text
        return text

    def _finish_input(self, now: float, reason: str) -> None:
        for heard in self.ears.flush():
            self._on_heard(heard)
        if self.transcription is not None:
            self._deliver(self.transcription.results(wait=True))
        if self.ended is None:
            self._apply(self.engine.interrupt(reason))

    def _microphone_lost(self, why: str) -> None:
        """Pause and say so, try to reopen the device a few times, then resume or end the session cleanly."""
        self.log.write("microphone_lost", self.clock.now(), detail=why)
        # what was being said when it stopped is kept: closed, transcribed, marked as cut by the device
        for heard in self.ears.flush():
            self._on_heard(replace(heard, cut=True) if isinstance(heard, HeardUtterance) else heard)
        if self.transcription is not None:
            self._deliver(self.transcription.results(wait=True))
        self._apply(self.engine.hold("microphone"))
        reopen = getattr(self.source, "reopen", None)
        for attempt in range(1, self.reopen_attempts + 1):
            self.sleep(self.reopen_wait_s)
            if reopen is None:
                break
            try:
                reopen()
            except Exception as err:  # any device error here means: not back yet
                self.log.write("microphone_retry", self.clock.now(), attempt=attempt, detail=str(err))
                continue
            self.log.write("microphone_back", self.clock.now(), attempt=attempt)
            self._apply(self.engine.release())
            return
        self._apply(self.engine.interrupt("microphone_lost"))

    def _drain(self) -> None:
        """Let the last words be heard before closing."""
        if isinstance(self.clock, SimulatedClock):
            if self.mouth.busy_until > self.clock.now():
                self.clock.advance(self.mouth.busy_until - self.clock.now())
        else:
            time.sleep(max(0.0, min(30.0, self.mouth.busy_until - self.clock.now())))

    # ---- carrying out actions ----

    def _dispatch(self, event: Event) -> None:
        self._apply(self.engine.handle(event))

    def _apply(self, actions: list[Action]) -> None:
        now = self.clock.now()
        # Preparing a later prompt must never delay the one to be said now.
        actions = [a for a in actions if not isinstance(a, Prepare)] + [a for a in actions if isinstance(a, Prepare)]
        for action in actions:
            if isinstance(action, Say):
                spoken = self.mouth.say(action.say_id, action.text, now)
                self._said = [*self._said[-3:], (spoken.start_s, spoken.end_s, action.text, False)]
                self.display.show(spoken.start_s, "voice-session", action.text)
                if isinstance(self.source, CoupleSource):
                    self.source.program_started(spoken.start_s)
            elif isinstance(action, Prepare):
                self.mouth.cache.prepare(action.text, background=not self.simulated)
            elif isinstance(action, Chime):
                self.mouth.chime(action.kind, now)
            elif isinstance(action, Listen):
                self._expected = next((key for key, name in self.engine.names.items() if name == action.person), None)
                if action.person is not None:
                    self.ears.reset()
                    self._turn_end = None
                    if self.pauses is not None:
                        self.pauses.listening(action.purpose)
            elif isinstance(action, StopSpeaking):
                self.mouth.stop(now)
                self._said = [(start, min(end, now), text, True) if start <= now < end else (start, end, text, cut)
                              for start, end, text, cut in self._said]
                self.log.write("stopped_speaking", now, say_id=action.say_id)
            elif isinstance(action, Record):
                self.log.write(action.event, now, **action.data)
                if action.event == "utterance":
                    self.display.show(action.data["end"], action.data.get("person") or "(someone)", action.data["text"])
                elif action.event == "key" and action.data.get("key") == "m":
                    self.mouth.mute(not self.mouth.muted)
            elif isinstance(action, End):
                self.ended = action.reason


def stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
