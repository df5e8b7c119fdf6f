"""The spoken microphone check: the first thing a couple hears, before the exercise starts.

A couple sitting back from the laptop does not read the screen, so the check speaks: a short welcome that
asks for a hello at once, then "I can hear you", or what to fix when it heard nothing, and the session
carries on either way. While the program talks the microphone is ignored (its own voice would count as a
hello); the hello is waited for after that, and the program never answers while someone is still talking.

When it knows the partners' names, it greets each by name ("Sam, please say hello, and tell me in a few words
how your day was… And Alex?"): each hello is also the first sample of that partner's voice (speech/whose.py),
so the program can tell the two apart from the first turn, without a separate enrolment.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np

from voice_session.audio.frames import FRAME_S, level_dbfs
from voice_session.audio.sources import AudioSource
from voice_session.config import Settings
from voice_session.speech.mouth import Mouth
from voice_session.speech.vad import WebRtcVad, silero_speech_s
from voice_session.speech.whose import Voices

WELCOME = "Hello. I'm voice-session. Please say hello, so I know I can hear you."
HEARD = "I can hear you. Let's begin."
GREET_FIRST = ("Hello. I'm voice-session. {A}, please say hello, and tell me in a few words how your day was, so I "
               "know I can hear you.")
GREET_SECOND = "Thank you. And {B}?"
HEARD_BOTH = "I can hear you both. Let's begin."
SILENT = ("I can't hear anything from the microphone. Please check that it is not muted in your sound "
          "settings. Let's begin anyway; I'll listen as we go.")
QUIET = ("I hear sound, but not clearly a voice. Please sit a little closer to the laptop, or raise the "
         "microphone level. Let's begin.")


@dataclass(frozen=True)
class CheckResult:
    heard: bool
    """A voice was heard (webrtcvad, confirmed by Silero)."""
    peak_dbfs: float
    """The loudest frame while listening."""
    enrolled: tuple[str, ...] = ()
    """The partners ("A", "B") whose voice the hellos taught the program."""

    @property
    def verdict(self) -> str:
        if self.heard:
            return "heard"
        return "silent" if self.peak_dbfs <= -90 else "no voice"


def spoken_check(mic: AudioSource, mouth: Mouth, settings: Settings, listen_s: float = 6.0,
                 names: tuple[str, str] | None = None, voices: Voices | None = None) -> CheckResult:
    """Says the welcome, listens for a hello, says what it found; returns once the last word is played. With
    `names` and `voices`, greets each partner in turn and learns their voice from their hello."""
    clock = _FrameClock(mic)
    if names is None or voices is None:
        result = _greet(mouth, settings, clock, listen_s, WELCOME, HEARD)[0]
        reply = HEARD if result.heard else SILENT if result.verdict == "silent" else QUIET
    else:
        result = _greet_each(mouth, settings, clock, listen_s, names, voices)
        reply = (HEARD_BOTH if len(result.enrolled) == 2 else HEARD if result.heard
                 else SILENT if result.verdict == "silent" else QUIET)
    print(_screen_line(result), file=sys.stdout if result.heard else sys.stderr, flush=True)
    mouth.say(2, reply, clock.now())
    if not mouth.voiced and not result.heard:
        print(reply, flush=True)
    while clock.now() < mouth.busy_until + mouth.gate_tail_s:  # the session's own clock starts after this
        if clock.read() is None:
            break
    return result


class _FrameClock:
    """Time counted in microphone frames: a live microphone delivers them in real time, a test's array
    as fast as it is read, so the check runs the same either way."""

    def __init__(self, mic: AudioSource) -> None:
        self.mic, self.frames = mic, 0

    def read(self) -> np.ndarray | None:
        frame = self.mic.read()
        self.frames += frame is not None
        return frame

    def now(self) -> float:
        return self.frames * FRAME_S


def _greet(mouth: Mouth, settings: Settings, clock: _FrameClock, listen_s: float, line: str, likely: str,
           say_id: int = 0) -> tuple[CheckResult, np.ndarray]:
    """Says `line`, and listens for a hello (`likely` is the likely next line, made ready meanwhile)."""
    mouth.say(say_id, line, clock.now())
    mouth.cache.prepare(likely)  # ready by the time it is needed
    if not mouth.voiced:
        print(line, flush=True)
    return _listen(mouth, settings, clock, listen_s)


def _greet_each(mouth: Mouth, settings: Settings, clock: _FrameClock, listen_s: float, names: tuple[str, str],
                voices: Voices) -> CheckResult:
    """Each partner by name; each hello heard becomes that partner's voice."""
    second_line = GREET_SECOND.format(B=names[1])
    first, hello = _greet(mouth, settings, clock, listen_s, GREET_FIRST.format(A=names[0]), second_line)
    if not first.heard:  # nothing from the microphone: what to fix is said, the second partner is not asked
        return first
    enrolled = ["A"] if voices.enrol("A", hello) else []
    second, hello = _greet(mouth, settings, clock, listen_s, second_line, HEARD_BOTH, say_id=1)
    # the second voice only against a first one: otherwise the same person answering twice would become both
    if enrolled and second.heard and voices.enrol("B", hello):
        enrolled.append("B")
    return CheckResult(True, max(first.peak_dbfs, second.peak_dbfs), tuple(enrolled))


def _listen(mouth: Mouth, settings: Settings, clock: _FrameClock, listen_s: float) -> tuple[CheckResult, np.ndarray]:
    """Waits for a hello (after the program's own words); the result, and the hello's voiced frames (what a voice
    is learned from: the pauses in it say nothing of the voice)."""
    vad = WebRtcVad(settings.vad_aggressiveness)
    loudest, voiced, quiet_run = -100.0, 0, 0
    heard: list[np.ndarray] = []
    hello: list[np.ndarray] = []
    confirmed = False
    deadline: float | None = None
    while True:
        frame = clock.read()
        if frame is None:
            break
        now = clock.now()
        if mouth.gated(now):  # the program's own voice is not a hello
            continue
        if deadline is None:
            deadline = now + listen_s
        heard.append(frame)
        loudest = max(loudest, level_dbfs(frame))
        is_speech = vad.is_speech(frame)
        voiced += is_speech
        quiet_run = 0 if is_speech else quiet_run + 1
        if is_speech:
            hello.append(frame)
        # webrtcvad also fires on a fan or traffic: Silero confirms it was a voice
        if not confirmed and voiced >= 10 and voiced % 5 == 0:
            confirmed = silero_speech_s(np.concatenate(heard[-100:]), settings.silero_threshold) >= 0.25
        if confirmed and quiet_run * FRAME_S >= 0.4:  # answer once the hello is over, not over it
            break
        if now >= deadline + (2.0 if confirmed else 0.0):
            break
    return CheckResult(confirmed, round(loudest, 1)), (np.concatenate(hello) if confirmed and hello
                                                       else np.zeros(0, np.int16))


def _screen_line(result: CheckResult) -> str:
    if result.heard:
        return f"Microphone OK (peak level {result.peak_dbfs:.0f} dBFS)."
    if result.verdict == "silent":
        return ("voice-session: warning: the microphone gives only silence; check it is not muted "
                "(pavucontrol, or your system's sound settings)")
    return (f"voice-session: warning: heard no speech (peak {result.peak_dbfs:.0f} dBFS); speak closer to the "
            "microphone, or raise its input level")
