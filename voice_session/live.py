"""A live session: the microphone and the speaker (or a recording played in real time), the models loading
beside the program's first words, the terminal view or the web page; `run`, `timer` and the page's sessions."""

from __future__ import annotations

import sys
import threading
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
from voice_session.clock import RealClock
from voice_session.config import Settings
from voice_session.memory import share_arenas
from voice_session.mic_check import spoken_check
from voice_session.modes import CoupleJournal, SessionResult, finish_record, parse_names
from voice_session.record.lines import Line
from voice_session.record.log import EventLog, new_session_dir, write_private_wav
from voice_session.runner import Face, PlainDisplay, Runner
from voice_session.scenario import CoupleSource, load_scenario
from voice_session.session.crisis import read_by_meaning
from voice_session.session.engine import SessionEngine
from voice_session.session.script import load_exercise
from voice_session.session.warm_up import warm_up
from voice_session.speech.ears import Ears
from voice_session.speech.hearing import Hearing
from voice_session.speech.mouth import Mouth, PromptCache
from voice_session.speech.pauses import PauseJudge, load_pause_judge
from voice_session.speech.stream import StreamingTranscriber
from voice_session.speech.transcribe import BackgroundTranscriber
from voice_session.speech.voices import make_voice
from voice_session.speech.whose import Voices, load_voices
from voice_session.text.understanding import load_understanding


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
    share_arenas()  # before the first thread: the audio's, the models' loading, the voice's
    exercise = load_exercise(options.exercise or "speaker-listener")
    pair = parse_names(options.names)
    audio = LiveAudio.open(options.device, options.output_device, options.voice, options.input_path)
    voice = make_voice(options.voice)  # before Whisper: loading alongside would slow the voice's load and first word
    models = _Models.load(settings, options.recognition)
    if voice.name == "none":
        audio.voiceless()
    cache = PromptCache(voice)
    tail_s = gate_tail_s(settings, audio.sink)
    checked = None
    if options.mic_check and not options.input_path:
        heard = Metered(audio.mic, face.meter) if face is not None and face.meter else audio.mic  # type: ignore[arg-type]
        checked = spoken_check(heard, Mouth(cache, audio.sink, tail_s), settings,  # type: ignore[arg-type]
                               names=pair, voices=models.voices)
    recorder = _Recorder(audio.mic) if options.keep_audio else None  # type: ignore[arg-type]
    program = Timeline() if options.keep_audio else None
    mouth = Mouth(cache, _Tee(audio.sink, program), tail_s, background=True)
    mouth.gate = not options.headphones  # with headphones nothing of the program reaches the microphone
    echo = None if options.headphones else audio.echo_path()
    book = CoupleJournal.open(options.journal, pair, options.couple)
    engine = SessionEngine(exercise, pair, recognition=options.recognition, meaning=models.meaning(),
                           journal=book.for_engine)
    if options.recognition:  # while the welcome plays, not when the first answer is waited for
        threading.Thread(target=warm_up, args=(engine.meaning,), name="warm-up", daemon=True).start()
    folder = new_session_dir(options.sessions_dir, exercise.name, options.out)
    log = EventLog(folder)
    try:  # from the record's first line on, any stop (a signal included) closes it and writes the reports
        if checked is not None:
            log.write(Line.MICROPHONE_CHECKED, 0.0, result=checked.verdict, peak_dbfs=checked.peak_dbfs,
                      voices_learned=list(checked.enrolled))
        if echo is None:
            log.write(Line.LISTENING_WHILE_SPEAKING, 0.0, mode="headphones" if options.headphones else "half")
        with _terminal_face(engine, options.mode) if face is None else nullcontext(face) as shown:
            if models.pauses is not None:  # a finished answer is heard after the way out too, not only the wait
                models.pauses.way_out_s = getattr(audio.mic, "latency_s", 0.0) + audio.sink.latency_s
            hearing = Hearing(Ears(settings), models.transcription(), echo, pauses=models.pauses,
                              voices=models.voices, gate_tail_s=tail_s)
            room = audio.mic if isinstance(audio.mic, CoupleSource) else None  # --input with a scenario
            runner = Runner(engine, recorder or audio.mic, hearing, mouth, RealClock(), log, shown, room=room)
            outcome = runner.run()
    finally:  # the record first: whatever a sound device does on closing, the couple's session is kept
        log.close()
        finish_record(folder, log.events)
        book.take_in(folder, log.events)
        audio.close()
        if recorder is not None and program is not None:
            write_private_wav(folder / "microphone.wav", recorder.samples())
            write_private_wav(folder / "program.wav", program.render())
    return SessionResult(outcome, folder, folder / "program.wav" if options.keep_audio else None)


@dataclass
class LiveAudio:
    """The sound devices of a live session (and of the page's microphone check): the microphone, or a recording
    standing in for it, and the speaker, or nowhere."""

    mic: AudioSource | CoupleSource
    sink: AudioSink

    @classmethod
    def open(cls, device: str | None, output_device: str | None, voice: str,
             input_path: str | None = None) -> LiveAudio:
        """The speaker first, so that a missing device is said before anything loads (its stream starts with
        the first sound); then the microphone, whose first frames are dropped when the session starts."""
        from voice_session.audio.sources import MicrophoneSource

        sink = NullSink() if input_path else open_speaker(output_device, voice)
        try:
            mic = _input_source(input_path) if input_path else MicrophoneSource(device)
        except BaseException:
            sink.close()
            raise
        return cls(mic, sink)

    def voiceless(self) -> None:
        """No voice after all (none was found): nothing is played, and nothing needs taking out."""
        if not isinstance(self.sink, NullSink):
            self.sink.close()
            self.sink = NullSink()

    def echo_path(self) -> EchoPath | None:
        """What lets the microphone stay open while the program talks: each frame paired with what the speaker
        had been handed by the moment it arrived, and the canceller. None without a speaker or a canceller."""
        from voice_session.audio.sinks import SpeakerSink

        speaker, mic = self.sink, self.mic
        if not isinstance(speaker, SpeakerSink) or (canceller := load_canceller()) is None:
            return None
        return EchoPath(canceller, lambda: speaker.far_at(getattr(mic, "captured_at", None)), speaker.played)

    def close(self) -> None:
        self.mic.close()
        self.sink.close()


@dataclass
class _Models:
    """What listening needs, loading in the background while the program starts to talk (none in timer mode)."""

    transcriber: BackgroundTranscriber | None
    understanding: _Background | None
    pauses: PauseJudge | None
    voices: Voices | None

    @classmethod
    def load(cls, settings: Settings, recognition: bool) -> _Models:
        if not recognition:
            return cls(None, None, None, None)
        transcriber, understanding = BackgroundTranscriber(settings), _Background(load_understanding)
        pauses = load_pause_judge(settings.turn_silence_s) if settings.judge_turn_ends else None
        return cls(transcriber, understanding, pauses, load_voices())

    def meaning(self) -> Any:
        """The text model, once loaded (it is ready long before the first words need it)."""
        return self.understanding.result() if self.understanding else None

    def transcription(self) -> StreamingTranscriber | None:
        if self.transcriber is None:
            return None
        meaning = self.meaning()
        read_ahead = None if meaning is None else lambda text: meaning.prepare(read_by_meaning(text))
        return StreamingTranscriber(self.transcriber, read_ahead)


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

    @property
    def underflows(self) -> int:
        return self.sink.underflows

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
