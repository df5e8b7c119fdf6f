"""The program's mouth: synthesizes prompts (cached), plays them on the sink's timeline, knows when it is talking."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from voice_session.audio.chimes import chime
from voice_session.audio.frames import SAMPLE_RATE
from voice_session.audio.sinks import AudioSink
from voice_session.speech.prompt_store import PromptStore
from voice_session.speech.voices import Voice

_SENTENCE_GAP = np.zeros(int(0.18 * SAMPLE_RATE), dtype=np.int16)
READING_S_PER_CHAR = 0.035
"""With no voice, a prompt is shown as text and given about this long per character to be read."""
SPEAKING_S_PER_CHAR = 0.07
"""About how long the voice takes to say a character (Piper's joe: 0.06-0.07 s): how long a prompt still being
synthesized is expected to last, until its last sentence exists and the exact end is known."""


LEAD_BELOW_DBFS = -50.0
"""A prompt's first sound starts at its first 10 ms block this loud: Piper begins most sentences with 30-70 ms of
near silence, which is time a partner waits after handing over."""
LEAD_KEPT_S = 0.01
"""Kept before that block, so the first sound's onset is whole."""


def without_lead(samples: np.ndarray) -> np.ndarray:
    """The piece from just before its first sound (the whole piece when nothing in it is that loud)."""
    block = SAMPLE_RATE // 100
    blocks = samples[: len(samples) // block * block].astype(np.float64).reshape(-1, block)
    loud = np.flatnonzero(np.mean(blocks**2, axis=1) > 32768.0**2 * 10 ** (LEAD_BELOW_DBFS / 10))
    start = max(0, int(loud[0]) * block - round(LEAD_KEPT_S * SAMPLE_RATE)) if len(loud) else 0
    return samples[start:]


def _sooner(pieces: Iterator[np.ndarray]) -> Iterator[np.ndarray]:
    """A prompt's pieces, the first from its first sound on (closing it closes the pieces' own stream)."""
    try:
        first = next(pieces, None)
        if first is not None:
            yield without_lead(first)
            yield from pieces
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()


@dataclass(frozen=True)
class Spoken:
    say_id: int
    start_s: float
    end_s: float


class PromptCache:
    """Synthesized prompt audio by (voice, text); `prepare` fills it in the background. With a `store`,
    prompts also outlive the process (simulations, whose voice says a text the same way every time)."""

    def __init__(self, voice: Voice, store: PromptStore | None = None) -> None:
        self.voice = voice
        self.store = store
        self._audio: dict[tuple[str, str], list[np.ndarray]] = {}
        self._busy: dict[tuple[str, str], threading.Event] = {}
        self._lock = threading.Lock()
        self.synthesized = 0
        """How many texts were really synthesized (a cached one is not synthesized twice)."""

    def stream(self, text: str) -> Iterator[np.ndarray]:
        """The prompt's pieces, each as soon as it exists: playback starts after the first."""
        key = (self.voice.name, text)
        while True:
            with self._lock:
                if key in self._audio:
                    cached = self._audio[key]
                    break
                wait = self._busy.get(key)
                if wait is None:
                    done = self._busy[key] = threading.Event()
                    cached = None
                    break
            wait.wait()  # another thread is synthesizing this very prompt: use its result
        if cached is not None:
            yield from cached
            return
        stored = self.store.load(text) if self.store else None
        pieces: list[np.ndarray] = []
        complete = False
        try:
            for piece in stored or self.voice.sentences(text):
                pieces.append(piece)
                yield piece
            complete = True
        finally:
            with self._lock:
                if complete:  # a listener that stopped early (mute, the end) leaves nothing half-cached
                    self._audio[key] = pieces
                    if stored is None:
                        self.synthesized += 1
                self._busy.pop(key, None)
            done.set()
        if complete and stored is None and self.store:
            self.store.save(text, pieces)

    def sentences(self, text: str) -> list[np.ndarray]:
        return list(self.stream(text))

    def ready(self, text: str) -> bool:
        """The whole prompt is synthesized already (in memory)."""
        with self._lock:
            return (self.voice.name, text) in self._audio

    def prepare(self, text: str, background: bool = True) -> None:
        if self.voice.name == "none":
            return
        if background:
            threading.Thread(target=self.sentences, args=(text,), daemon=True, name="prepare").start()
        else:
            self.sentences(text)


class Mouth:
    """Plays prompts and chimes one after another; the microphone is gated while it talks, plus a tail.

    With `background` (live sessions), a prompt not yet synthesized starts playing after its first sentence and
    the rest is synthesized on a thread of its own: the session's thread goes back to the microphone at once.
    On a busy laptop, synthesizing a long welcome took seconds, while the microphone's frames piled up unread.
    Simulations synthesize in place, so that every run places the voice at the same samples."""

    def __init__(self, cache: PromptCache, sink: AudioSink, gate_tail_s: float = 0.25,
                 background: bool = False) -> None:
        self.cache = cache
        self.sink = sink
        self.gate_tail_s = gate_tail_s
        self.background = background
        self.busy_until = 0.0
        self.muted = False
        self.gate = True
        """False with headphones: the program's voice never reaches the microphone, nothing to keep out."""
        self._pending: list[Spoken] = []
        self._lock = threading.RLock()
        self._generation = 0
        """Moves on at each stop: a prompt still being synthesized then plays no further."""
        self._speaking: threading.Thread | None = None
        """The thread synthesizing the rest of the last prompt, while it runs."""

    def mute(self, muted: bool) -> None:
        """Mute stops what is playing now, not only what comes next; prompts stay on screen."""
        self.muted = muted
        if muted:
            with self._lock:
                self._generation += 1
                self.sink.stop()

    @property
    def voiced(self) -> bool:
        return self.cache.voice.name != "none" and not self.muted

    def say(self, say_id: int, text: str, now: float) -> Spoken:
        speaking = self._speaking
        if speaking is not None:  # the prompt before is still being synthesized: this one plays after it
            speaking.join()
        with self._lock:
            start = max(now, self.busy_until)
        if not self.voiced:
            return self._said(Spoken(say_id, start, start + min(8.0, 0.5 + READING_S_PER_CHAR * len(text))))
        pieces = _sooner(self.cache.stream(text))
        if not self.background or self.cache.ready(text):
            at = start
            for sentence in pieces:
                at = self._play(sentence, at)  # the first sentence plays while the rest is synthesized
            return self._said(Spoken(say_id, start, at))
        first = next(pieces, None)
        at = self._play(first, start) if first is not None else start
        spoken = self._said(Spoken(say_id, start, max(at, start + SPEAKING_S_PER_CHAR * len(text))))
        self._speaking = threading.Thread(target=self._go_on, args=(spoken, pieces, at, self._generation),
                                          daemon=True, name="speak")
        self._speaking.start()
        return spoken

    def _play(self, sentence: np.ndarray, at: float) -> float:
        self.sink.play(sentence, at)
        self.sink.play(_SENTENCE_GAP, at + len(sentence) / SAMPLE_RATE)
        return at + (len(sentence) + len(_SENTENCE_GAP)) / SAMPLE_RATE

    def _said(self, spoken: Spoken) -> Spoken:
        with self._lock:
            self.busy_until = spoken.end_s
            self._pending.append(spoken)
        return spoken

    def _go_on(self, spoken: Spoken, pieces: Iterator[np.ndarray], at: float, generation: int) -> None:
        """The rest of a prompt, each sentence played as soon as it exists; its end is exact once all do."""
        try:
            for sentence in pieces:
                with self._lock:
                    if generation != self._generation:
                        return  # stopped (a barge-in, mute): nothing more of it plays
                    at = self._play(sentence, at)
                    self._moved_end(spoken, max(at, spoken.end_s))
            with self._lock:
                if generation == self._generation:
                    self._moved_end(spoken, at)
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
            self._speaking = None

    def _moved_end(self, spoken: Spoken, end_s: float) -> None:
        self._pending = [Spoken(s.say_id, s.start_s, end_s) if s.say_id == spoken.say_id else s
                         for s in self._pending]
        self.busy_until = max(end_s, *(s.end_s for s in self._pending)) if self._pending else end_s

    def stop(self, now: float) -> None:
        """Barge-in: the prompt stops now; what is queued after it is dropped with it."""
        with self._lock:
            self._generation += 1
            self.sink.stop(now)
            self._pending = [s for s in self._pending if s.end_s <= now]
            self.busy_until = now

    def chime(self, kind: str, now: float) -> None:
        if not self.muted:
            self.sink.play(chime(kind), max(now, self.busy_until))

    def finished(self, now: float) -> list[Spoken]:
        """Prompts whose playback has ended by `now`."""
        with self._lock:
            done = [s for s in self._pending if s.end_s <= now]
            self._pending = [s for s in self._pending if s.end_s > now]
        return done

    @property
    def idle(self) -> bool:
        return not self._pending

    def gated(self, now: float) -> bool:
        """True while the program talks and for a short tail after (room echo)."""
        return self.gate and self.voiced and now < self.busy_until + self.gate_tail_s
