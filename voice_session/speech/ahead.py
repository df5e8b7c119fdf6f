"""Work on a closed utterance started the moment it closes, beside Whisper, and taken when its words arrive.

Each utterance meets three models: Whisper writes its words, the speaker model says whose voice it is, and the
turn model says whether the pause after it sounds like the end of a turn. The last two need only the audio, so
they run on one thread of their own while Whisper runs on its own (live: the transcriber's thread; simulated:
the session's), and their results wait for the words. On a 20-minute simulated session the three one after
the other cost about 0.3 s an utterance; side by side, Whisper's 0.16 s. Live, they no longer hold up the
microphone's frames. Each result depends on its audio alone, so the record is the same however the threads
are scheduled.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

T = TypeVar("T")

Start = Callable[[Callable[[], T]], Callable[[], T]]
"""Starts a piece of work and returns how to take its result (waiting for it when it is not done yet)."""


def when_taken(work: Callable[[], T]) -> Callable[[], T]:
    """No thread: the work is done when its result is first taken (and only then)."""
    return cache(work)


class Ahead:
    """One worker thread for the work that waits for an utterance's words (see the module's note)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearing-ahead")

    def start(self, work: Callable[[], T]) -> Callable[[], T]:
        return self._pool.submit(work).result

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
