"""Putting a session together for each mode: simulated from a scenario or recording, or live."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voice_session.audio.echo import EchoPath, load_canceller
from voice_session.audio.frames import FRAME_S
from voice_session.audio.sinks import AudioSink, NullSink, Timeline
from voice_session.audio.sources import ArraySource, AudioSource, WavSource
from voice_session.clock import RealClock, SimulatedClock
from voice_session.config import Settings
from voice_session.errors import UserError
from voice_session.journal import Journal, couple_key, open_journal
from voice_session.memory import release_memory
from voice_session.mic_check import spoken_check
from voice_session.record.log import EventLog, new_session_dir, write_private_wav
from voice_session.runner import Display, Face, Outcome, PlainDisplay, Runner
from voice_session.scenario import CoupleSource, load_scenario
from voice_session.session.engine import SessionEngine
from voice_session.session.promises import OpenItem
from voice_session.session.script import load_exercise
from voice_session.speech.ears import Ears
from voice_session.speech.hearing import Hearing
from voice_session.speech.mouth import Mouth, PromptCache
from voice_session.speech.pauses import load_pause_judge
from voice_session.speech.prompt_store import PromptStore
from voice_session.speech.stream import InlineTranscriber, StreamingTranscriber
from voice_session.speech.transcribe import BackgroundTranscriber, Transcriber, WhisperTranscriber
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


def simulate(exercise_name: str | None, scenario_path: str | None = None, recording: str | None = None,
             names: str | None = None, settings: Settings | None = None, voice: Voice | None = None,
             out: str | None = None, sessions_dir: str = "sessions", display: Display | Face | None = None,
             transcriber: Transcriber | None = None, journal: Path | None = None,
             couple: str | None = None, playback: Playback | None = None) -> SessionResult:
    """A whole session on a simulated clock, from a virtual couple (scenario) or one recording; `display` is
    plain lines by default, or a Face that also presses keys (the web page); `playback` paces it for people."""
    settings = settings or Settings()
    face = display if isinstance(display, Face) else Face(display or PlainDisplay())
    if (scenario_path is None) == (recording is None):
        raise UserError("simulate needs exactly one of --scenario FILE or --recording FILE")
    scenario = load_scenario(scenario_path) if scenario_path else None
    exercise = load_exercise(exercise_name or (scenario.exercise_ref() if scenario else "speaker-listener"))
    pair = parse_names(names) if names else (scenario.names if scenario else parse_names(None))
    timeline = Timeline()
    program_track = Timeline()
    source: AudioSource | CoupleSource
    if scenario is not None:
        source = CoupleSource(scenario, timeline, echo=program_track, pace=playback.speed if playback else None,
                              speaker=playback.speaker if playback else None)
    else:
        recorded = WavSource(recording)  # type: ignore[arg-type]
        timeline.add(recorded.samples, 0.0)
        source = ArraySource(recorded.samples, pace=playback.speed if playback else None)
    voice = voice or make_voice("auto")
    if hasattr(voice, "deterministic"):  # a simulation gives the same audio every time it runs
        voice.deterministic = True
    build = getattr(voice, "repeatable_build", None)  # the same text sounds the same: keep prompts for next time
    store = PromptStore(build) if build else None
    mouth = Mouth(PromptCache(voice, store), _TimelineSink(timeline, program_track), settings.gate_tail_ms / 1000)
    transcription = InlineTranscriber(transcriber or WhisperTranscriber(settings))
    book = CoupleJournal.open(journal, pair, couple)
    engine = SessionEngine(exercise, pair, meaning=load_understanding(), journal=book.for_engine)
    # the simulated room feeds the program's voice back: the real canceller takes it out, as it would live
    canceller = load_canceller(warn=False) if isinstance(source, CoupleSource) else None
    echo = EchoPath(canceller, source.far) if canceller is not None else None  # type: ignore[union-attr]
    folder = new_session_dir(sessions_dir, exercise.name, out)
    log = EventLog(folder)
    try:  # from the record's first line on, any stop (a signal included) closes it and writes the reports
        hearing = Hearing(Ears(settings), transcription, echo, wait=True, gate_tail_s=mouth.gate_tail_s,
                          pauses=load_pause_judge(settings.turn_silence_s) if settings.judge_turn_ends else None,
                          voices=load_voices())
        runner = Runner(engine, source, hearing, mouth, SimulatedClock(), log, face)
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


class _TimelineSink:
    """The program's voice goes onto the shared timeline (mixed with the couple, for program.wav) and onto
    its own track, which the virtual room feeds back into the microphone."""

    latency_s = 0.0

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


@dataclass(frozen=True)
class LiveOptions:
    """How a live session runs: what `run` and `timer` take from the command line, and the web page from its
    start screen."""

    exercise: str | None = None
    """A built-in name or an exercise file (default speaker-listener)."""
    names: str | None = None
    """"Sam,Alex": partner A first."""
    voice: str = "auto"
    out: str | None = None
    sessions_dir: str = "sessions"
    device: str | None = None
    output_device: str | None = None
    keep_audio: bool = False
    mic_check: bool = True
    recognition: bool = True
    input_path: str | None = None
    """A scenario or recording played as the microphone, in real time (tests, demonstrations)."""
    mode: str = "run"
    """run or timer: what the terminal view's title says, and whether it shows the words at first."""
    journal: Path | None = None
    couple: str | None = None
    headphones: bool = False


def run_live(options: LiveOptions, settings: Settings, face: Face | None = None) -> SessionResult:
    """A live session: the microphone (or a recording played in real time with --input) and the speakers, shown
    on `face` (the web page), else in the terminal view when stdout is a terminal, else as plain lines."""
    from voice_session.audio.sinks import SpeakerSink
    from voice_session.audio.sources import MicrophoneSource

    exercise = load_exercise(options.exercise or "speaker-listener")
    pair = parse_names(options.names)
    input_path = options.input_path
    sink: AudioSink = NullSink() if input_path else open_speaker(options.output_device, options.voice)
    voice = make_voice(options.voice)  # before Whisper: loading alongside would slow the voice's load and first word
    transcriber = BackgroundTranscriber(settings) if options.recognition else None
    understanding = _Background(load_understanding) if options.recognition else None  # ready long before needed
    pauses = load_pause_judge(settings.turn_silence_s) if options.recognition and settings.judge_turn_ends else None
    voices = load_voices() if options.recognition else None
    if voice.name == "none" and not isinstance(sink, NullSink):
        sink.close()
        sink = NullSink()
    mic: AudioSource | CoupleSource
    mic = _input_source(input_path) if input_path else MicrophoneSource(options.device)
    cache = PromptCache(voice)
    tail_s = gate_tail_s(settings, sink)
    checked = None
    if options.mic_check and not input_path:
        heard = Metered(mic, face.meter) if face is not None and face.meter else mic  # type: ignore[arg-type]
        checked = spoken_check(heard, Mouth(cache, sink, tail_s), settings)  # type: ignore[arg-type]
    recorder = _Recorder(mic) if options.keep_audio else None  # type: ignore[arg-type]
    program = Timeline() if options.keep_audio else None
    mouth = Mouth(cache, _Tee(sink, program), tail_s, background=True)
    echo = None
    if options.headphones:
        mouth.gate = False  # nothing of the program reaches the microphone: listen all the time
    elif isinstance(sink, SpeakerSink) and (canceller := load_canceller()) is not None:
        # the microphone opens while it speaks once the canceller is proven; each frame is paired with what the
        # speaker had been handed by the moment it arrived
        speaker = sink
        echo = EchoPath(canceller, lambda: speaker.far_at(getattr(mic, "captured_at", None)), speaker.played)
    book = CoupleJournal.open(options.journal, pair, options.couple)
    engine = SessionEngine(exercise, pair, recognition=options.recognition,
                           meaning=understanding.result() if understanding else None, journal=book.for_engine)
    transcription = StreamingTranscriber(transcriber) if transcriber is not None else None
    folder = new_session_dir(options.sessions_dir, exercise.name, options.out)
    log = EventLog(folder)
    try:  # from the record's first line on, any stop (a signal included) closes it and writes the reports
        if checked is not None:
            log.write("microphone_checked", 0.0, result=checked.verdict, peak_dbfs=checked.peak_dbfs)
        if echo is None:
            log.write("listening_while_speaking", 0.0, mode="headphones" if options.headphones else "half")
        with _terminal_face(engine, options.mode) if face is None else nullcontext(face) as shown:
            hearing = Hearing(Ears(settings), transcription, echo, pauses=pauses, voices=voices, gate_tail_s=tail_s)
            runner = Runner(engine, recorder or mic, hearing, mouth, RealClock(), log, shown)
            outcome = runner.run()
    finally:  # the record first: whatever a sound device does on closing, the couple's session is kept
        log.close()
        finish_record(folder, log.events)
        book.take_in(folder, log.events)
        mic.close()
        sink.close()
        if recorder is not None and program is not None:
            write_private_wav(folder / "microphone.wav", recorder.samples())
            write_private_wav(folder / "program.wav", program.render())
    return SessionResult(outcome, folder, folder / "program.wav" if options.keep_audio else None)


def open_speaker(device: str | None, voice: str) -> AudioSink:
    """The speaker (the default output device, or the one named), or nowhere when the program has no voice. Opened
    before anything loads, so a missing device is said at once; its stream starts with the first sound."""
    from voice_session.audio.sinks import SpeakerSink

    return SpeakerSink(device) if voice != "none" else NullSink()


def gate_tail_s(settings: Settings, sink: AudioSink) -> float:
    """How long after its last sample the program's voice may still reach the microphone: the room's tail and
    the speaker's own buffer."""
    return settings.gate_tail_ms / 1000 + sink.latency_s


@contextmanager
def _terminal_face(engine: SessionEngine, mode: str) -> Iterator[Face]:
    """The rich view and the terminal's keys when stdout is a terminal; plain lines (and no keys) elsewhere."""
    from voice_session.ui.keys import KeyReader

    keys = KeyReader()
    try:
        if not sys.stdout.isatty():
            yield Face(PlainDisplay(), keys.poll)
            return
        from voice_session.ui.view import LiveView

        view = LiveView(engine, show_transcript=(mode == "run"), mode=mode)
        with view:
            yield Face(view, lambda: view.filter_keys(keys.poll()), view.frame)
    finally:
        keys.close()


class Metered:
    """A microphone whose frames also go to a level meter (the web page's, during the spoken check)."""

    def __init__(self, mic: AudioSource, meter: Callable[[float, Any, bool, bool], None]) -> None:
        self.mic, self.meter, self.frames = mic, meter, 0

    def read(self) -> np.ndarray | None:
        frame = self.mic.read()
        if frame is not None:
            self.frames += 1
            self.meter(self.frames * FRAME_S, frame, False, False)
        return frame

    def close(self) -> None:
        self.mic.close()


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


class _Background:
    """Runs a loader on a thread; `result` waits for it (the text model loads while the voice speaks)."""

    def __init__(self, load: Callable[[], object]) -> None:
        import threading

        self._value: object = None
        self._thread = threading.Thread(target=self._run, args=(load,), name="load", daemon=True)
        self._thread.start()

    def _run(self, load: Callable[[], object]) -> None:
        self._value = load()

    def result(self) -> Any:
        self._thread.join()
        return self._value


def _input_source(path: str) -> AudioSource | CoupleSource:
    """A scenario or a recording standing in for the microphone, in real time (tests, demonstrations)."""
    if path.endswith(".toml"):
        return CoupleSource(load_scenario(path), pace=1.0)
    return ArraySource(WavSource(path).samples, pace=1.0)


def finish_record(folder: Path, events: list) -> None:  # type: ignore[type-arg]
    """The transcript and reports; a failure here never touches events.jsonl, which is already safe."""
    from voice_session.record.report import write_reports

    try:
        write_reports(folder, events)
    except Exception as err:  # the record stands; say how to rebuild the rest
        print(f"voice-session: warning: could not write the reports ({type(err).__name__}: {err}); "
              f"rebuild them with `voice-session report {folder}`", file=sys.stderr)


class _Recorder:
    """Keeps the microphone's audio, only with --keep-audio."""

    def __init__(self, mic: AudioSource) -> None:
        self.mic = mic
        self.frames: list[np.ndarray] = []

    def read(self) -> np.ndarray | None:
        frame = self.mic.read()
        if frame is not None:
            self.frames.append(frame)
        return frame

    def samples(self) -> np.ndarray:
        return np.concatenate(self.frames) if self.frames else np.zeros(0, dtype=np.int16)

    def close(self) -> None:
        self.mic.close()


class _Tee:
    """The speaker, and (with --keep-audio) a timeline of what the program said."""

    def __init__(self, sink: AudioSink, timeline: Timeline | None) -> None:
        self.sink, self.timeline = sink, timeline
        self.latency_s = sink.latency_s

    def stop(self, at_s: float | None = None) -> None:
        self.sink.stop(at_s)
        if self.timeline is not None and at_s is not None:
            self.timeline.cut(at_s)

    def play(self, samples: np.ndarray, at_s: float) -> None:
        self.sink.play(samples, at_s)
        if self.timeline is not None:
            self.timeline.add(samples, at_s)

    def close(self) -> None:
        pass
