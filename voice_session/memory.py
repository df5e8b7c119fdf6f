"""Giving freed memory back to the system between large, short-lived model runs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cache


@cache
def _libc() -> object | None:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_memory() -> None:
    """Hands freed heap pages back to the system (glibc only): the neural voice's working buffers are large
    and short-lived, and without this a session's memory keeps the high-water mark of its longest prompt."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)  # type: ignore[attr-defined]


M_ARENA_MAX = -8
"""glibc's mallopt parameter: how many malloc arenas the threads may share."""
ARENAS = 2


def share_arenas() -> None:
    """Has the program's threads share two malloc arenas (glibc only; call before any thread starts). Each
    thread that allocates gets an arena of its own by default (up to eight a core), and Whisper's, the voice's,
    the turn and speaker models' and the audio threads' short-lived buffers each left their arena's high-water
    mark resident: a 27-second live session grew from 364 to 481 MB, with the same models loaded. Measured live
    (`scripts/bench_turns.py live`): peak RSS 480-524 MB before, 408-446 MB with two arenas; the latencies the
    same."""
    libc = _libc()
    if libc is not None and hasattr(libc, "mallopt"):
        libc.mallopt(M_ARENA_MAX, ARENAS)  # type: ignore[attr-defined]


M_MMAP_THRESHOLD = -3
"""glibc's mallopt parameter: allocations at least this large get pages of their own, handed back when freed."""
SMALL_MMAP = 4 * 1024 * 1024
LARGE_MMAP = 32 * 1024 * 1024
"""glibc's upper bound for the threshold (it moves up to it by itself until it is set)."""


@contextlib.contextmanager
def own_pages_for_large_buffers() -> Iterator[None]:
    """Within the block, every buffer of 4 MB or more gets pages of its own that go back to the system the moment it
    is freed (glibc only). The neural voice's working buffers are tens of MB (about 35 MB a second of speech), and
    from the heap, where glibc's moving threshold had put them, they stayed resident beside what Whisper and numpy
    had left there: a first simulation of the demo, every prompt synthesized, peaked at 527-555 MB, with this at
    449-478 MB, no slower. From 128 KB on, the voice took 30 % longer (fresh pages for every buffer) for 10 MB
    less. Outside, buffers up to 32 MB come from the heap, as the moving threshold ends up having them: Whisper
    fetching fresh pages for each call was 40 % slower."""
    libc = _libc()
    if libc is None or not hasattr(libc, "mallopt"):
        yield
        return
    libc.mallopt(M_MMAP_THRESHOLD, SMALL_MMAP)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        libc.mallopt(M_MMAP_THRESHOLD, LARGE_MMAP)  # type: ignore[attr-defined]
