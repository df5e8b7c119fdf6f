"""Streaming by utterance: each closed utterance is transcribed in a worker thread while the speaker goes on."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voice_session.speech.transcribe import Transcriber, Transcript


@dataclass(frozen=True)
class TimedTranscript:
    start_s: float
    end_s: float
    transcript: Transcript
    paused: bool = True
    cut: bool = False


class StreamingTranscriber:
    """One worker thread; results come back in the order the utterances were submitted."""

    def __init__(self, transcriber: Transcriber, read_ahead: Callable[[str], None] | None = None) -> None:
        self.transcriber = transcriber
        self.read_ahead = read_ahead
        """Given each transcript's words once they are handed over, on this thread: what the session will make of
        them is started before it asks (the text model's reading of the sentences: about 12 ms an utterance)."""
        self._jobs: queue.Queue[tuple[float, float, np.ndarray, bool, bool] | None] = queue.Queue()
        self._results: queue.Queue[TimedTranscript | BaseException] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._work, name="transcriber", daemon=True)
        self._thread.start()

    def submit(self, start_s: float, end_s: float, samples: np.ndarray, paused: bool = True,
               cut: bool = False) -> None:
        with self._lock:
            self._pending += 1
        self._jobs.put((start_s, end_s, samples, paused, cut))

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def results(self, wait: bool = False) -> list[TimedTranscript]:
        """Finished transcripts; with `wait`, first waits until every submitted one is done."""
        out: list[TimedTranscript] = []
        while True:
            if wait and self.pending:
                item = self._results.get()
            else:
                try:
                    item = self._results.get_nowait()
                except queue.Empty:
                    return out
            with self._lock:
                self._pending -= 1
            if isinstance(item, BaseException):
                raise item
            out.append(item)

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            start_s, end_s, samples, paused, cut = job
            try:
                transcript = self.transcriber.transcribe(samples)
                self._results.put(TimedTranscript(start_s, end_s, transcript, paused, cut))
            except BaseException as err:  # handed to the caller's thread, which decides
                self._results.put(err)
                continue
            if self.read_ahead is not None and transcript.text:
                # only a head start: whatever goes wrong, the session's own thread reads them when it needs them
                with contextlib.suppress(Exception):
                    self.read_ahead(transcript.text)


class InlineTranscriber:
    """The same interface, transcribing at once on the caller's thread: simulations stay deterministic."""

    def __init__(self, transcriber: Transcriber) -> None:
        self.transcriber = transcriber
        self._done: list[TimedTranscript] = []
        self.pending = 0

    def submit(self, start_s: float, end_s: float, samples: np.ndarray, paused: bool = True,
               cut: bool = False) -> None:
        self._done.append(TimedTranscript(start_s, end_s, self.transcriber.transcribe(samples), paused, cut))

    def results(self, wait: bool = False) -> list[TimedTranscript]:
        done, self._done = self._done, []
        return done

    def close(self) -> None:
        pass
