"""The runner: the imperative shell around the engine. One loop serves live, simulated and timer sessions;
only the audio source, the sink and the clock differ."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from voice_session import shutdown
from voice_session.audio.frames import FRAME_S
from voice_session.audio.sources import AudioSource, MicrophoneStalled
from voice_session.clock import Clock
from voice_session.record.lines import Line
from voice_session.record.log import EventLog
from voice_session.record.transcript import format_time
from voice_session.session.engine import SessionEngine
from voice_session.session.events import (
    Action,
    Chime,
    End,
    Event,
    Key,
    Listen,
    Mute,
    Prepare,
    ReadAhead,
    Record,
    Say,
    SpeechFinished,
    Start,
    StopSpeaking,
    Tick,
)
from voice_session.speech.hearing import Hearing, Note
from voice_session.speech.mouth import Mouth

TICK_S = 0.25
ENGINE_KEYS = ("space", "p", "n", "r", "m", "q")


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


class Room(Protocol):
    """A simulated couple in a room: lines that start when the program starts or stops talking."""

    finished: bool
    last_end_s: float

    def program_started(self, at_s: float) -> None: ...
    def program_idle(self, at_s: float) -> None: ...


@dataclass
class Outcome:
    reason: str
    duration_s: float


class Runner:
    """Feeds frames to hearing, what it heard to the engine, and carries out the engine's actions."""

    def __init__(
        self,
        engine: SessionEngine,
        source: AudioSource,
        hearing: Hearing,
        mouth: Mouth,
        clock: Clock,
        log: EventLog,
        face: Face | None = None,
        idle_end_s: float = 90.0,
        room: Room | None = None,
    ) -> None:
        self.engine, self.source, self.hearing = engine, source, hearing
        self.room = room
        """A simulated couple (scenario.py's CoupleSource): told when the program talks, it says when it is done."""
        self.mouth, self.clock, self.log = mouth, clock, log
        self.face = face or Face(PlainDisplay())
        self.display = self.face.display
        self.idle_end_s = idle_end_s
        self.ended: str | None = None
        self._last_tick = 0.0
        self._was_idle = False
        self.reopen_attempts = 5
        self.reopen_wait_s = 2.0
        self.sleep: Callable[[float], None] = time.sleep
        self._overflows = 0
        self._underflows = 0

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
            self.hearing.close()
        return Outcome(self.ended or "interrupted", self.clock.now())

    def _step(self) -> None:
        """One frame: read it, let the mouth report, hear it, hand what was heard to the engine, tick, keys."""
        shutdown.stop_if_signalled()
        frame, now = self._read()
        if frame is None:
            return
        self._mouth_news(now)
        # whether the program was talking when the frame was heard, not when it is read: on a busy machine frames
        # are read late and in bunches, and a frame of the program's voice read after it stopped is still its voice
        heard_at = now - getattr(self.source, "behind_s", 0.0)
        talking = self.mouth.gated(heard_at)
        self._take(self.hearing.hear(frame, now, talking, heard_at))
        if self.face.meter:
            self.face.meter(now, self.hearing.frame, self.hearing.speaking, self.hearing.gated)
        self._take(self.hearing.collect(now))
        if now - self._last_tick >= TICK_S:
            self._last_tick = now
            self._dispatch(Tick(now))
        self._keys(now)
        self._end_of_scenario(now)

    def _read(self) -> tuple[Any, float]:
        """The next frame and the time it is heard at (None: the source ended or stalled, handled here)."""
        try:
            frame = self.source.read()
        except MicrophoneStalled as err:
            self._microphone_lost(str(err))
            return None, self.clock.now()
        self.clock.frame_read(FRAME_S)
        now = self.clock.now()
        if frame is None:  # a recording ran out
            self._finish_input(now, "recording_ended")
            return None, now
        self._device_gaps(now)
        return frame, now

    def _device_gaps(self, now: float) -> None:
        """Audio the machine was too busy for, said in the record as it happens: the session carries on."""
        overflows = getattr(self.source, "overflows", 0)
        if overflows > self._overflows:  # microphone audio dropped
            self.log.write(Line.AUDIO_OVERFLOW, now, frames=overflows - self._overflows)
            self._overflows = overflows
        underflows = self.mouth.sink.underflows
        if underflows > self._underflows:  # gaps in the program's voice
            self.log.write(Line.SPEAKER_RAN_DRY, now, times=underflows - self._underflows)
            self._underflows = underflows

    def _mouth_news(self, now: float) -> None:
        for spoken in self.mouth.finished(now):
            self.log.write(Line.SPOKEN, spoken.end_s, say_id=spoken.say_id, start=round(spoken.start_s, 2),
                           end=round(spoken.end_s, 2))
            self._dispatch(SpeechFinished(spoken.end_s, spoken.say_id))
        if self.room is not None:
            if self.mouth.idle and not self._was_idle:
                self.room.program_idle(self.mouth.busy_until)
            self._was_idle = self.mouth.idle

    def _take(self, heard: list[Event | Note]) -> None:
        """What hearing found: notes into the record, events to the engine, in the order they happened."""
        for item in heard:
            if isinstance(item, Note):
                self.log.write(item.event, item.t, **item.data)
            else:
                self._dispatch(item)

    def _keys(self, now: float) -> None:
        for key in self.face.keys() if self.face.keys else []:
            if key in ENGINE_KEYS:
                self._dispatch(Key(now, key))
            else:  # keys for the view only (t: transcript on/off) are still recorded
                self.log.write(Line.KEY, now, key=key)

    def _end_of_scenario(self, now: float) -> None:
        room = self.room
        if room is not None and room.finished and self.mouth.idle and (
                now - max(room.last_end_s, self.mouth.busy_until) > self.idle_end_s):
            self._finish_input(now, "scenario_ended")

    def _finish_input(self, now: float, reason: str) -> None:
        self._take(self.hearing.flush(now))
        if self.ended is None:
            self._apply(self.engine.interrupt(reason))

    def _microphone_lost(self, why: str) -> None:
        """Pause and say so, try to reopen the device a few times, then resume or end the session cleanly."""
        self.log.write(Line.MICROPHONE_LOST, self.clock.now(), detail=why)
        # what was being said when it stopped is kept: closed, transcribed, marked as cut by the device
        self._take(self.hearing.flush(self.clock.now(), cut=True))
        self._apply(self.engine.hold("microphone"))
        reopen = getattr(self.source, "reopen", None)
        for attempt in range(1, self.reopen_attempts + 1):
            self.sleep(self.reopen_wait_s)
            if reopen is None:
                break
            try:
                reopen()
            except Exception as err:  # any device error here means: not back yet
                self.log.write(Line.MICROPHONE_RETRY, self.clock.now(), attempt=attempt, detail=str(err))
                continue
            self.log.write(Line.MICROPHONE_BACK, self.clock.now(), attempt=attempt)
            self._apply(self.engine.release())
            return
        self._apply(self.engine.interrupt("microphone_lost"))

    def _drain(self) -> None:
        """Let the last words be heard before closing."""
        self.clock.wait_until(self.mouth.busy_until)

    # ---- carrying out actions ----

    def _dispatch(self, event: Event) -> None:
        self._apply(self.engine.handle(event))

    def _apply(self, actions: list[Action]) -> None:
        now = self.clock.now()
        # Preparing a later prompt, or reading texts ahead, must never delay the one to be said now.
        later = (Prepare, ReadAhead)
        actions = [a for a in actions if not isinstance(a, later)] + [a for a in actions if isinstance(a, later)]
        for action in actions:
            if isinstance(action, Say):
                spoken = self.mouth.say(action.say_id, action.text, now)
                self.hearing.said(spoken.start_s, spoken.end_s, action.text)
                self.display.show(spoken.start_s, "voice-session", action.text)
                if self.room is not None:
                    self.room.program_started(spoken.start_s)
            elif isinstance(action, Prepare):
                self.mouth.cache.prepare(action.text, background=self.clock.real_time)
            elif isinstance(action, ReadAhead):
                if self.engine.meaning is not None:
                    self.engine.meaning.prepare(list(action.texts))
            elif isinstance(action, Chime):
                self.mouth.chime(action.kind, now)
            elif isinstance(action, Listen):
                self.hearing.listen(action.person is not None, action.partner, action.purpose)
            elif isinstance(action, StopSpeaking):
                self.mouth.stop(now)
                self.hearing.stopped(now)
            elif isinstance(action, Record):
                self.log.write(action.event, now, **action.data)
                if action.event == Line.UTTERANCE:
                    self.display.show(action.data["end"], action.data.get("person") or "(someone)", action.data["text"])

            elif isinstance(action, Mute):
                self.mouth.mute(not self.mouth.muted)
            elif isinstance(action, End):
                self.ended = action.reason


def stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
