"""Putting a session together for each mode: simulated from a scenario or recording, or live."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voice_session.audio.echo import EchoPath, load_canceller
from voice_session.audio.sinks import AudioSink, Timeline
from voice_session.audio.sources import ArraySource, AudioSource, WavSource
from voice_session.clock import SimulatedClock
from voice_session.config import Settings
from voice_session.errors import UserError
from voice_session.journal import Journal, couple_key, open_journal
from voice_session.memory import release_memory
from voice_session.record.log import EventLog, new_session_dir, write_private_wav
from voice_session.runner import Display, Face, Outcome, PlainDisplay, Runner
from voice_session.scenario import CoupleSource, Scenario, load_scenario
from voice_session.session.engine import SessionEngine
from voice_session.session.promises import OpenItem
from voice_session.session.script import load_exercise
from voice_session.speech.ears import Ears
from voice_session.speech.hearing import Hearing
from voice_session.speech.mouth import Mouth, PromptCache
from voice_session.speech.pauses import load_pause_judge
from voice_session.speech.prompt_store import PromptStore
from voice_session.speech.stream import InlineTranscriber
from voice_session.speech.transcribe import Transcriber, WhisperTranscriber
from voice_session.speech.voices import Voice, make_voice, unload_piper
from voice_session.speech.whose import load_voices
from voice_session.text.model import unload_text_model
from voice_session.text.understanding import load_understanding


@dataclass
class SessionResult:
    outcome: Outcome
    folder: Path
    program_wav: Path | None


def parse_names(names: str | None) -> tuple[str, str]:
    if not names:
        return ("Partner A", "Partner B")
    parts = [p.strip() for p in names.split(",") if p.strip()]
    if len(parts) != 2 or parts[0] == parts[1]:
        raise UserError(f"--names needs two different names separated by a comma, like \"Sam,Alex\" (got {names!r})")
    return (parts[0], parts[1])


@dataclass(frozen=True)
class Playback:
    """A simulation shown as it happens (the web page's demo): paced against the wall clock, played aloud."""

    speed: float = 1.0
    """Times real time."""
    speaker: AudioSink | None = None
    """Plays the room (the couple and the program) as it happens; only sensible at speed 1."""


@dataclass(frozen=True)
class SimulationOptions:
    """What a simulated session runs: `simulate` and `demo` on the command line, the page's demo, the tests."""

    exercise: str | None = None
    """A built-in exercise or a file; None: the scenario's own, else speaker-listener."""
    scenario: str | None = None
    """A virtual couple (scenario.toml)…"""
    recording: str | None = None
    """…or one recording of a real session (exactly one of the two)."""
    names: str | None = None
    out: str | None = None
    sessions_dir: str = "sessions"
    journal: Path | None = None
    """The couple's journal; simulations keep none unless asked."""
    couple: str | None = None
    playback: Playback | None = None
    """Paced against the wall clock and played aloud (the page's demo); None: as fast as it goes."""


def simulate(options: SimulationOptions, settings: Settings | None = None, voice: Voice | None = None,
             display: Display | Face | None = None, transcriber: Transcriber | None = None) -> SessionResult:
    """A whole session on a simulated clock, from a virtual couple (scenario) or one recording; `display` is
    plain lines by default, or a Face that also presses keys (the web page); `voice` and `transcriber` are
    the program's own unless given (tests share one Whisper)."""
    settings = settings or Settings()
    face = display if isinstance(display, Face) else Face(display or PlainDisplay())
    if (options.scenario is None) == (options.recording is None):
        raise UserError("simulate needs exactly one of --scenario FILE or --recording FILE")
    scenario = load_scenario(options.scenario) if options.scenario else None
    exercise = load_exercise(options.exercise or (scenario.exercise_ref() if scenario else "speaker-listener"))
    pair = parse_names(options.names) if options.names else (scenario.names if scenario else parse_names(None))
    timeline, program_track = Timeline(), Timeline()
    source = _simulated_room(options, scenario, timeline, program_track)
    voice = voice or make_voice("auto", ready=False)
    if hasattr(voice, "deterministic"):  # a simulation gives the same audio every time it runs
        voice.deterministic = True
    build = getattr(voice, "repeatable_build", None)  # the same text sounds the same: keep prompts for next time
    store = PromptStore(build) if build else None
    mouth = Mouth(PromptCache(voice, store), _TimelineSink(timeline, program_track), settings.gate_tail_ms / 1000)
    transcription = InlineTranscriber(transcriber or WhisperTranscriber(settings))
    book = CoupleJournal.open(options.journal, pair, options.couple)
    engine = SessionEngine(exercise, pair, meaning=load_understanding(), journal=book.for_engine)
    # the simulated room feeds the program's voice back: the real canceller takes it out, as it would live
    canceller = load_canceller(warn=False) if isinstance(source, CoupleSource) else None
    echo = EchoPath(canceller, source.far) if canceller is not None else None  # type: ignore[union-attr]
    folder = new_session_dir(options.sessions_dir, exercise.name, options.out)
    log = EventLog(folder)
    try:  # from the record's first line on, any stop (a signal included) closes it and writes the reports
        hearing = Hearing(Ears(settings), transcription, echo, wait=True, gate_tail_s=mouth.gate_tail_s,
                          pauses=load_pause_judge(settings.turn_silence_s) if settings.judge_turn_ends else None,
                          voices=load_voices())
        room = source if isinstance(source, CoupleSource) else None
        runner = Runner(engine, source, hearing, mouth, SimulatedClock(), log, face, room=room)
        outcome = runner.run()
    finally:
        log.close()
        runner = hearing = mouth = transcription = voice = transcriber = engine = None  # the models go before the
        unload_piper()  # reports are drawn: a long session's peak stays lower
        unload_text_model()
        release_memory()
        finish_record(folder, log.events)
        book.take_in(folder, log.events)
    path = folder / "program.wav"
    write_private_wav(path, timeline.render())
    return SessionResult(outcome, folder, path)


def _simulated_room(options: SimulationOptions, scenario: Scenario | None, timeline: Timeline,
                    program_track: Timeline) -> AudioSource | CoupleSource:
    """The microphone of a simulation: the virtual couple in a room that also carries the program's voice back,
    or the recording; either is placed on `timeline`, which becomes program.wav."""
    playback = options.playback
    if scenario is not None:
        return CoupleSource(scenario, timeline, echo=program_track, pace=playback.speed if playback else None,
                            speaker=playback.speaker if playback else None)
    recorded = WavSource(options.recording)  # type: ignore[arg-type]
    timeline.add(recorded.samples, 0.0)
    return ArraySource(recorded.samples, pace=playback.speed if playback else None)


class _TimelineSink:
    """The program's voice goes onto the shared timeline (mixed with the couple, for program.wav) and onto
    its own track, which the virtual room feeds back into the microphone."""

    latency_s = 0.0
    underflows = 0

    def __init__(self, mix: Timeline, own: Timeline) -> None:
        self.mix, self.own = mix, own
        self._mine: set[int] = set()
        """The program's chunks on the shared mix (the couple's are there too)."""

    def play(self, samples: np.ndarray, at_s: float) -> None:
        self._mine.add(self.mix.add(samples, at_s))
        self.own.add(samples, at_s)

    def stop(self, at_s: float | None = None) -> None:
        if at_s is not None:  # barge-in: the rest of the prompt is never played, nor heard back
            self.mix.cut(at_s, self._mine)
            self.own.cut(at_s)

    def close(self) -> None:
        pass


@dataclass
class CoupleJournal:
    """The couple's part of the journal for one session: the open items it starts with, what it adds after."""

    journal: Journal | None
    key: str
    names: tuple[str, str]
    items: tuple[OpenItem, ...] = ()

    @classmethod
    def open(cls, path: Path | None, names: tuple[str, str], couple: str | None) -> CoupleJournal:
        key = couple_key(names, couple)
        found = open_journal(path) if path is not None else None
        return cls(found, key, names, found.open_items(key) if found else ())

    @property
    def for_engine(self) -> tuple[OpenItem, ...] | None:
        """The open items, or None when no journal is kept (the record then says nothing of one)."""
        return self.items if self.journal is not None else None

    def take_in(self, folder: Path, events: list[dict[str, Any]]) -> None:
        if self.journal is None:
            return
        try:
            self.journal.take_in(folder.name, self.key, self.names, events)
        except Exception as err:  # sqlite3 errors, a full disk: the record stands, the journal can be rebuilt
            print(f"voice-session: warning: could not update the journal ({err}); the session's record is "
                  f"complete, and `voice-session journal --add {folder}` takes it in later", file=sys.stderr)
        finally:
            self.journal.close()


def finish_record(folder: Path, events: list) -> None:  # type: ignore[type-arg]
    """The transcript and reports; a failure here never touches events.jsonl, which is already safe."""
    from voice_session.record.report import write_reports

    try:
        write_reports(folder, events)
    except Exception as err:  # the record stands; say how to rebuild the rest
        print(f"voice-session: warning: could not write the reports ({type(err).__name__}: {err}); "
              f"rebuild them with `voice-session report {folder}`", file=sys.stderr)


