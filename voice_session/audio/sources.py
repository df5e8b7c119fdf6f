"""Where frames come from: a file, the microphone (a simulated couple lives in scenario.py)."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from time import monotonic
from typing import Protocol

import numpy as np

from voice_session.audio.decode import load_audio
from voice_session.audio.device import close_stream, input_device, sounddevice
from voice_session.audio.frames import FRAME_SAMPLES, SAMPLE_RATE, split_frames
from voice_session.audio.played import SampleClock
from voice_session.errors import UserError


class AudioSource(Protocol):
    def read(self) -> np.ndarray | None:
        """The next 30 ms int16 frame, or None when the source has ended."""
        ...

    def close(self) -> None: ...


class Pacer:
    """Hands out frames no faster than real time (a recording standing in for a microphone), or than `speed`
    times real time (the web page's demo, quicker for a look or a test)."""

    def __init__(self, speed: float = 1.0) -> None:
        self._start: float | None = None
        self._count = 0
        self.frame_s = FRAME_SAMPLES / SAMPLE_RATE / speed

    def wait(self) -> None:
        if self._start is None:
            self._start = time.monotonic()
        self._count += 1
        delay = self._start + self._count * self.frame_s - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class ArraySource:
    """Frames from samples already in memory (tests, recordings); `pace` hands them out like a microphone, at
    that many times real time (None: as fast as they are read)."""

    def __init__(self, samples: np.ndarray, pace: float | None = None) -> None:
        self._frames = split_frames(np.asarray(samples, dtype=np.int16))
        self._pacer = Pacer(pace) if pace else None

    def read(self) -> np.ndarray | None:
        if self._pacer is not None:
            self._pacer.wait()
        return next(self._frames, None)

    def close(self) -> None:
        pass


class WavSource(ArraySource):
    """Frames from an audio file, decoded and resampled to 16 kHz mono."""

    def __init__(self, path: str | Path) -> None:
        self.samples = load_audio(path)
        super().__init__(self.samples)

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE


class MicrophoneStalled(Exception):
    """The microphone stopped delivering audio."""


class MicrophoneSource:
    """Frames from the microphone; a bounded queue so a slow consumer drops audio instead of dying."""

    def __init__(self, device: str | int | None = None, queue_frames: int = 200, stall_s: float = 3.0) -> None:
        self.device = device
        self._queue: queue.Queue[tuple[np.ndarray, int]] = queue.Queue(maxsize=queue_frames)
        self._stall_s = stall_s
        self._lock = threading.Lock()
        self.overflows = 0
        """Frames dropped because the consumer fell behind or the device overflowed."""
        self.clock = SampleClock()
        self._captured = 0
        self.captured_at: float | None = None
        """When the frame last read arrived from the device (monotonic, smoothed): the echo canceller pairs
        it with what the speaker had been handed by then."""
        self._open()

    def reopen(self) -> None:
        """After a stall: close the old stream and open the device again (raises UserError if it is gone)."""
        self.close()
        self._open()

    def _open(self) -> None:
        device = self.device
        self.info = input_device(device)
        sd = sounddevice()
        try:
            self._stream = sd.InputStream(
                samplerate=SAMPLE_RATE,
                blocksize=FRAME_SAMPLES,
                channels=1,
                dtype="int16",
                device=device,
                callback=self._on_audio,
            )
            self._stream.start()
        except sd.PortAudioError as err:
            raise UserError(
                f"cannot open the microphone ({err}); check it is connected and not used by another program"
            ) from None

    def _on_audio(self, data: np.ndarray, frames: int, time: object, status: object) -> None:
        if status and getattr(status, "input_overflow", False):
            with self._lock:
                self.overflows += 1
        self._captured += frames
        self.clock.note(monotonic(), self._captured)
        try:
            self._queue.put_nowait((data[:, 0].copy(), self._captured))
        except queue.Full:
            with self._lock:
                self.overflows += 1

    def read(self) -> np.ndarray | None:
        try:
            frame, count = self._queue.get(timeout=self._stall_s)
        except queue.Empty:
            raise MicrophoneStalled(f"no audio from the microphone for {self._stall_s:.0f} s") from None
        self.captured_at = self.clock.time_of(count)
        return frame

    @property
    def latency_s(self) -> float:
        """Seconds between sound reaching the microphone and its frame being handed over (the input buffer)."""
        return float(self._stream.latency)

    @property
    def behind_s(self) -> float:
        """How long ago the frame last read was captured: on a busy machine the session reads frames late, and
        what it decides about a frame (was the program talking then?) must be about when it was heard."""
        if self.captured_at is None:
            return 0.0
        return max(0.0, monotonic() - self.captured_at)

    def discard_backlog(self) -> int:
        """Drops the frames captured before now (models loading while the microphone was already open), so the
        session starts on what is heard from now on; returns how many were dropped."""
        dropped = 0
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return dropped
            dropped += 1

    def close(self) -> None:
        close_stream(self._stream)
