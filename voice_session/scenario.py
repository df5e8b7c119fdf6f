"""Scenarios: a virtual couple that speaks recorded or synthesized lines in answer to the program."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from voice_session.audio.decode import load_audio, write_wav
from voice_session.audio.frames import FRAME_S, FRAME_SAMPLES, SAMPLE_RATE
from voice_session.audio.sinks import AudioSink, Timeline
from voice_session.errors import UserError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


@dataclass(frozen=True)
class Line:
    who: str
    text: str
    wav: str
    after: str
    """'prompt': gap seconds after the program next finishes speaking; 'previous': after the previous line;
    'prompt_start': gap seconds after the program next starts speaking (talking over it: barge-in)."""
    gap_s: float


@dataclass
class Scenario:
    path: Path
    exercise: str
    names: tuple[str, str]
    voices: dict[str, dict[str, Any]]
    lines: list[Line]
    expect: dict[str, Any] = field(default_factory=dict)

    def exercise_ref(self) -> str:
        """A built-in name, or an exercise file; a relative file is found next to the scenario first."""
        beside = self.path.parent / self.exercise
        return str(beside) if self.exercise.endswith(".toml") and beside.exists() else self.exercise


def load_scenario(path: str | Path) -> Scenario:
    path = Path(path)
    if not path.exists():
        raise UserError(f"{path}: scenario not found; scenarios live in audio_fixtures/<name>/scenario.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UserError(f"{path}: not a valid scenario TOML ({err})") from None
    names = data.get("names", ["Partner A", "Partner B"])
    lines = []
    for number, raw in enumerate(data.get("line", []), start=1):
        who = raw.get("who")
        if who not in ("A", "B"):
            raise UserError(f"{path}: line {number} has who = {who!r}; use \"A\" or \"B\"")
        if not raw.get("text") and not raw.get("wav"):
            raise UserError(f"{path}: line {number} has neither text nor wav; give one of them")
        after = raw.get("after", "prompt")
        if after not in ("prompt", "previous", "prompt_start"):
            raise UserError(f"{path}: line {number} has after = {after!r}; use \"prompt\", \"prompt_start\" or "
                            "\"previous\"")
        lines.append(Line(who, raw.get("text", ""), raw.get("wav", ""), after, float(raw.get("gap", 0.8))))
    if not lines:
        raise UserError(f"{path}: the scenario has no [[line]] entries")
    return Scenario(path, data.get("exercise", "speaker-listener"), (names[0], names[1]), data.get("voices", {}),
                    lines, data.get("expect", {}))


def line_audio(scenario: Scenario, line: Line, cache_dir: Path | None = None) -> np.ndarray:
    """The recorded clip, or the text synthesized in the partner's voice (cached on disk by voice and text)."""
    if line.wav:
        return load_audio(scenario.path.parent / line.wav)
    spec = dict(scenario.voices.get(line.who, {}))
    key = hashlib.sha256(repr((sorted(spec.items()), line.text)).encode()).hexdigest()[:16]
    cache = (cache_dir or _cache_folder(scenario)) / f"{key}.wav"
    if cache.exists():
        return load_audio(cache)
    from voice_session.speech.voices import EspeakVoice, PiperVoice

    if spec.get("engine") == "piper":
        voice = PiperVoice(float(spec.get("pitch_cents", 0)), float(spec.get("speed", 1.0)), deterministic=True)
    else:
        voice = EspeakVoice(str(spec.get("voice", "en-us")), int(spec.get("pitch", 50)), int(spec.get("speed", 160)))
    gap = np.zeros(int(0.3 * SAMPLE_RATE), dtype=np.int16)
    parts = [gap]
    for sentence in voice.sentences(line.text):
        parts += [sentence, gap]
    audio = np.concatenate(parts)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_wav(cache, audio)
    except OSError:  # a read-only checkout still simulates, just without the cache
        pass
    return audio


def _lines_audio(scenario: Scenario) -> list[np.ndarray]:
    """Every line's audio; a recording that several lines say (a long scenario repeats its clips) read once."""
    recordings: dict[str, np.ndarray] = {}
    out = []
    for line in scenario.lines:
        if line.wav and line.wav not in recordings:
            recordings[line.wav] = line_audio(scenario, line)
        out.append(recordings[line.wav] if line.wav else line_audio(scenario, line))
    return out


def _cache_folder(scenario: Scenario) -> Path:
    """Beside the scenario (audio_fixtures/<name>/.cache), but never inside the installed package: the built-in
    demo's lines go to the user's cache folder, next to the prompt store."""
    from voice_session.speech.prompt_store import cache_folder

    package = Path(__file__).resolve().parent
    if package in scenario.path.resolve().parents:
        return cache_folder() / "scenarios"
    return scenario.path.parent / ".cache"


ROOM = ((0.06, 1.0), (0.075, 0.35), (0.11, 0.2), (0.17, 0.1))
"""How the simulated room brings the program's voice back to the microphone: (delay in seconds, gain) of the
direct path and three reflections, as from a laptop's speakers a little way from its microphone."""
ROOM_REACH = round(max(delay_s for delay_s, _ in ROOM) * SAMPLE_RATE)


class CoupleSource:
    """Mic frames of a virtual couple: each line starts when the scenario says, relative to the program."""

    def __init__(self, scenario: Scenario, timeline: Timeline | None = None, echo: Timeline | None = None,
                 echo_gain: float = 0.5, pace: float | None = None, speaker: AudioSink | None = None) -> None:
        from voice_session.audio.sources import Pacer

        self.scenario = scenario
        self._pacer = Pacer(pace) if pace else None
        """pace: frames come at that many times real time; None: as fast as they are read."""
        self.speaker = speaker
        """Where the room is played aloud as it happens (the couple and the program: the web page's demo)."""
        self.echo = echo
        """The program's own voice, heard back by the microphone as in a room (the gate must keep it out)."""
        self.echo_gain = echo_gain
        self.audio = _lines_audio(scenario)
        self.timeline = timeline
        self.next_line = 0
        self.playing: list[tuple[int, np.ndarray]] = []  # (start sample, audio)
        self.sample = 0
        self.last_end_s = 0.0
        self._program_idle_at: float | None = None
        self._program_started_at: float | None = None
        self._far = np.zeros(FRAME_SAMPLES, dtype=np.int16)

    @property
    def finished(self) -> bool:
        return self.next_line >= len(self.audio) and not self.playing

    def program_idle(self, at_s: float) -> None:
        """The program finished everything it had to say at `at_s`."""
        self._program_idle_at = at_s

    def program_started(self, at_s: float) -> None:
        """The program started a prompt at `at_s` (lines with after = "prompt_start" begin over it)."""
        if self._program_started_at is None or self._program_started_at < self.last_end_s:
            self._program_started_at = at_s

    def far(self) -> np.ndarray:
        """What the program played during the frame just read: the canceller's far end."""
        return self._far

    def _schedule(self) -> None:
        now_s = self.sample / SAMPLE_RATE
        while self.next_line < len(self.audio) and not self.playing:
            line = self.scenario.lines[self.next_line]
            if line.after == "previous":
                start_s = self.last_end_s + line.gap_s
            elif line.after == "prompt_start":
                if self._program_started_at is None or self._program_started_at < self.last_end_s:
                    return
                start_s = self._program_started_at + line.gap_s
            elif self._program_idle_at is not None and self._program_idle_at >= self.last_end_s:
                start_s = self._program_idle_at + line.gap_s
            else:
                return
            if start_s > now_s + FRAME_S:
                return
            audio = self.audio[self.next_line]
            start = max(self.sample, round(start_s * SAMPLE_RATE))
            self.playing.append((start, audio))
            if self.timeline is not None:
                self.timeline.add(audio, start / SAMPLE_RATE)
            self.last_end_s = (start + len(audio)) / SAMPLE_RATE
            self._program_idle_at = None
            self._program_started_at = None
            self.next_line += 1

    def read(self) -> np.ndarray:
        if self._pacer is not None:
            self._pacer.wait()
        self._schedule()
        frame = np.zeros(FRAME_SAMPLES, dtype=np.int32)
        keep = []
        for start, audio in self.playing:
            lo = self.sample - start
            chunk = audio[max(0, lo) : lo + FRAME_SAMPLES]
            offset = max(0, start - self.sample)
            if offset < FRAME_SAMPLES:
                chunk = chunk[: FRAME_SAMPLES - offset]
                frame[offset : offset + len(chunk)] += chunk
            if start + len(audio) > self.sample + FRAME_SAMPLES:
                keep.append((start, audio))
        self.playing = keep
        if self.echo is not None:  # the room: a direct path after a delay, and a few fading reflections
            first = max(0, self.sample - ROOM_REACH)  # one window of the program's voice for this frame and its echoes
            played = self.echo.window(first, self.sample + FRAME_SAMPLES - first)
            self._far = np.clip(played[-FRAME_SAMPLES:], -32768, 32767).astype(np.int16)
            for delay_s, gain in ROOM if played.any() else ():  # nothing played within the room's reach: no echo
                back = round(delay_s * SAMPLE_RATE)
                if self.sample >= back:
                    at = self.sample - back - first
                    heard = played[at : at + FRAME_SAMPLES] * gain * self.echo_gain
                    frame += heard.astype(np.int32)
        if self.speaker is not None and self.timeline is not None:
            self.speaker.play(np.clip(self.timeline.window(self.sample, FRAME_SAMPLES), -32768, 32767).astype(np.int16),
                              self.sample / SAMPLE_RATE)
        self.sample += FRAME_SAMPLES
        return np.clip(frame, -32768, 32767).astype(np.int16)

    def close(self) -> None:
        pass
