"""Single keys from the terminal (space, p, n, r, m, q) without waiting for Enter."""

from __future__ import annotations

import os
import queue
import sys
import threading

KEYS = {" ": "space"}
"""Named keys; any other printable key arrives as itself (the view uses t, and any key cancels a pending quit)."""


class KeyReader:
    """Reads keys in a thread while stdin is a terminal; elsewhere it reads nothing."""

    def __init__(self) -> None:
        self._keys: queue.Queue[str] = queue.Queue()
        self._saved = None
        self._stop = threading.Event()
        if not sys.stdin.isatty():
            return
        import termios
        import tty

        self._fd = sys.stdin.fileno()
        self._saved = termios.tcgetattr(self._fd)
        tty.setcbreak(self._fd)
        threading.Thread(target=self._read, daemon=True, name="keys").start()

    def _read(self) -> None:
        import select

        while not self._stop.is_set():
            ready, _, _ = select.select([self._fd], [], [], 0.2)
            if ready:
                char = os.read(self._fd, 1).decode(errors="ignore").lower()
                if char in KEYS:
                    self._keys.put(KEYS[char])
                elif char.isprintable() and char:
                    self._keys.put(char)

    def poll(self) -> list[str]:
        keys = []
        while not self._keys.empty():
            keys.append(self._keys.get_nowait())
        return keys

    def close(self) -> None:
        self._stop.set()
        if self._saved is not None:
            import termios

            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)
