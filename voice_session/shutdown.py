"""Stopping cleanly on Ctrl-C (SIGINT) and SIGTERM, in every command.

Both signals become a `KeyboardInterrupt` on the main thread, so the one shutdown path every command already
has runs: the engine ends the record with `session_ended`, events.jsonl is closed, the reports are written
(atomically). SIGTERM raises `Terminated`, a KeyboardInterrupt that carries exit code 143 (128 + 15); SIGINT
gives 130. A second signal while the record is being closed is ignored: it would only cut that close short.
A signal that lands inside a finalizer (a weak reference's callback, a `__del__`) cannot stop anything there:
Python prints it as "Exception ignored in ..." with a traceback and goes on. That stop is not lost (the command
raises it again, `stop_if_signalled`), so it is not printed either.
"""

from __future__ import annotations

import signal
import sys
from typing import Any

SIGINT_EXIT = 130
SIGTERM_EXIT = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM: stop as on Ctrl-C, exit 143."""

    exit_code = SIGTERM_EXIT


_stopping = False
_signalled: int | None = None


def _on_signal(signum: int, frame: Any) -> None:
    global _stopping, _signalled
    if _stopping:
        return
    _stopping = True
    _signalled = SIGTERM_EXIT if signum == signal.SIGTERM else SIGINT_EXIT
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


def stop_if_signalled() -> None:
    """Raises the stop again if a signal came and the program is still going: its KeyboardInterrupt was
    swallowed on the way (a compiled module cut off mid-import raises ImportError instead, and an optional
    import's fallback takes that for "not installed"). Called where work is done step by step."""
    if _signalled is not None:
        raise Terminated if _signalled == SIGTERM_EXIT else KeyboardInterrupt


def signalled() -> int | None:
    """The exit code of the signal received, if one was: whatever error followed it came of the stop itself.
    (A signal that lands while a compiled module is being imported surfaces as that module's ImportError,
    "initialization failed", not as a KeyboardInterrupt.)"""
    return _signalled


def _unraisable(unraisable: Any) -> None:
    """Python's hook for errors it cannot raise (in finalizers): our own stop, swallowed there, is raised again
    later and says nothing now; anything else is printed as Python would."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and _signalled is not None:
        return
    sys.__unraisablehook__(unraisable)


def install() -> None:
    """Called first by the command; Python code that is not a command keeps its own handlers."""
    global _stopping, _signalled
    _stopping, _signalled = False, None
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    sys.unraisablehook = _unraisable


def exit_code(err: KeyboardInterrupt) -> int:
    return getattr(err, "exit_code", SIGINT_EXIT)
