"""Where the program's voice and chimes go: speakers, a WAV timeline, or nowhere."""

from __future__ import annotations

import threading
from pathlib import Path
from time import monotonic
from typing import Any, Protocol

import numpy as np

from voice_session.audio.decode import write_wav
from voice_session.audio.device import close_stream, output_device, sounddevice
from voice_session.audio.frames import SAMPLE_RATE
from voice_session.audio.played import PlayedHistory
from voice_session.errors import UserError


class AudioSink(Protocol):
    """Where the program's voice goes: the speaker, a WAV file, a simulated room, nowhere."""

    latency_s: float
    """Seconds between handing audio over and hearing it (0 off line): the microphone gate waits this long more."""
    underflows: int
    """Times the program's voice had a gap because the machine was too busy to hand it over (0 off line)."""

    def play(self, samples: np.ndarray, at_s: float) -> None:
        """Queues 16 kHz int16 samples to be heard from `at_s` (session seconds) on."""
        ...

    def stop(self, at_s: float | None = None) -> None:
        """Nothing queued is heard from `at_s` on (from now, when None): a barge-in, mute."""
        ...

    def close(self) -> None: ...


class NullSink:
    """Discards audio (text-only sessions, tests)."""

    latency_s = 0.0
    underflows = 0

    def play(self, samples: np.ndarray, at_s: float) -> None:
        pass

    def stop(self, at_s: float | None = None) -> None:
        pass

    def close(self) -> None:
        pass


class Timeline:
    """Audio placed at times on one track, mixed where it overlaps."""

    def __init__(self) -> None:
        self._chunks: list[tuple[int, np.ndarray]] = []
        self._done = 0
        """Chunks before this index ended before the last window asked for (windows only move forward)."""

    def add(self, samples: np.ndarray, at_s: float) -> int:
        """Places audio; returns its number on the track (for `cut`)."""
        self._chunks.append((round(at_s * SAMPLE_RATE), np.asarray(samples, dtype=np.int16)))
        return len(self._chunks) - 1

    def window(self, start: int, length: int) -> np.ndarray:
        """The mix of samples [start, start + length) as int32 (for feeding echo back to a microphone)."""
        out = np.zeros(length, dtype=np.int32)
        # windows move forward, give or take a room's echo (a second): chunks that ended before that are done
        while self._done < len(self._chunks) and _end(self._chunks[self._done]) <= start - SAMPLE_RATE:
            self._done += 1
        for begin, chunk in self._chunks[self._done :]:
            lo, hi = max(start, begin), min(start + length, begin + len(chunk))
            if lo < hi:
                out[lo - start : hi - start] += chunk[lo - begin : hi - begin]
        return out

    def cut(self, at_s: float, chunks: set[int] | None = None) -> None:
        """Nothing of `chunks` (all of them by default) plays from `at_s` on (a prompt stopped by barge-in)."""
        at = round(at_s * SAMPLE_RATE)
        for index, (start, chunk) in enumerate(self._chunks):
            if (chunks is None or index in chunks) and start + len(chunk) > at:
                self._chunks[index] = (start, chunk[: max(0, at - start)])

    def render(self, block_s: float = 30.0) -> np.ndarray:
        """The whole track, mixed a block at a time: a 20-minute session's mix never needs more than its int16
        copy and one block of int32 (the whole track in int32, clipped, was 160 MB more at the session's end)."""
        if not self._chunks:
            return np.zeros(0, dtype=np.int16)
        length = max(start + len(chunk) for start, chunk in self._chunks)
        out = np.empty(length, dtype=np.int16)
        block = round(block_s * SAMPLE_RATE)
        for start in range(0, length, block):
            size = min(block, length - start)
            mix = np.zeros(size, dtype=np.int32)
            for begin, chunk in self._chunks:
                lo, hi = max(start, begin), min(start + size, begin + len(chunk))
                if lo < hi:
                    mix[lo - start : hi - start] += chunk[lo - begin : hi - begin]
            out[start : start + size] = np.clip(mix, -32768, 32767)
        return out


def _end(chunk: tuple[int, np.ndarray]) -> int:
    return chunk[0] + len(chunk[1])


class WavSink(Timeline):
    """Collects what is played on a timeline and writes it as one WAV when closed."""

    latency_s = 0.0
    underflows = 0

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)

    def play(self, samples: np.ndarray, at_s: float) -> None:
        self.add(samples, at_s)

    def stop(self, at_s: float | None = None) -> None:
        if at_s is not None:
            self.cut(at_s)

    def close(self) -> None:
        write_wav(self.path, self.render())


OUTPUT_LATENCY_S = 0.1
"""Sound handed to the speaker ahead of being heard. PortAudio's "high" latency was 35 ms here, and beside three
CPU-bound processes, while the models loaded, the callback came too late 200-400 times in a 25 s session: the
program's own voice stuttered, and the echo canceller could not learn a room from it. With 0.1 s: one gap, at
the start. It costs 65 ms on stopping a prompt a partner talks over."""
STARTING_CALLBACKS = 10
"""The stream's first callbacks (a quarter of a second) may find it not yet primed: not counted as gaps."""


class SpeakerSink:
    """Plays through the default (or chosen) output device, without blocking the caller."""

    def __init__(self, device: str | int | None = None) -> None:
        output_device(device)
        sd = sounddevice()
        self._pending = np.zeros(0, dtype=np.int16)
        self._lock = threading.Lock()
        self.played = PlayedHistory()
        """Exactly what the callback wrote, zeros included, and when: the echo canceller's far end."""
        self._callbacks = 0
        try:
            self._stream = sd.OutputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16", device=device,
                                           callback=self._fill, latency=OUTPUT_LATENCY_S)
            self.latency_s = float(self._stream.latency)
            """Seconds between handing audio over and hearing it: the microphone gate waits this much longer."""
        except sd.PortAudioError as err:
            raise UserError(f"cannot open the speaker ({err}); choose another with --output-device") from None

    def _fill(self, out: np.ndarray, frames: int, time: object, status: Any) -> None:
        self._callbacks += 1
        late = bool(status.output_underflow) and self._callbacks > STARTING_CALLBACKS
        with self._lock:
            take = self._pending[:frames]
            self._pending = self._pending[frames:]
        out[: len(take), 0] = take
        out[len(take) :, 0] = 0
        self.played.written(out[:, 0], monotonic(), late)

    @property
    def underflows(self) -> int:
        """Callbacks that came too late, so the sound system played a gap (the record says how many): the gaps the
        far end counts (audio/played.py)."""
        return self.played.gaps

    def far_at(self, heard_at: float | None) -> np.ndarray:
        """The 480 samples handed to the speaker by the moment a microphone frame arrived (monotonic time)."""
        return self.played.far(heard_at)

    def play(self, samples: np.ndarray, at_s: float) -> None:
        with self._lock:
            self._pending = np.concatenate([self._pending, np.asarray(samples, dtype=np.int16)])
        if not self._stream.active:
            # Started with its first sound, not before: a stream that starts empty while the program is busy
            # loading (the voice, Whisper) runs dry, and the sound system then waits over a second to restart.
            self._stream.start()

    def stop(self, at_s: float | None = None) -> None:
        """Drops what has not been played yet (mute, barge-in)."""
        with self._lock:
            self._pending = np.zeros(0, dtype=np.int16)

    def close(self) -> None:
        close_stream(self._stream)
