"""Giving freed memory back to the system between large, short-lived model runs."""

from __future__ import annotations

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
