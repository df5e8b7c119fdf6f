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
