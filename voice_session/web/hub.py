"""What the page shows, kept between the session's thread and the server's.

The runner's thread writes (it is the page's Face: the display, the key source, the level meter); the
server's thread reads a finished snapshot and hands keys over. Everything read from the engine is read on
the runner's thread, so the page never sees the engine half-way through an event.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from typing import Any

from voice_session.runner import Face
from voice_session.session.engine import SessionEngine
from voice_session.ui.screen import LevelMeter, screen

PAGE_KEYS = ("space", "p", "n", "r", "m", "q")
"""Keys the page may press: the terminal view's, with q already confirmed on the page (t is the page's own)."""
REFRESH_S = 0.1
"""How often the live state is taken while a session runs: ten updates a second at most."""


class Hub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: queue.Queue[str] = queue.Queue()
        self._engine: SessionEngine | None = None
        self._now = 0.0
        self._taken = 0.0
        self.version = 0
        """Goes up with every change the page should see."""
        self._state: dict[str, Any] = {"view": "start", "notice": "", "check": None, "session": None,
                                       "busy": ""}
        self._lines: deque[dict[str, Any]] = deque(maxlen=200)
        self._prompt = ""
        self._level = LevelMeter(keep=0.7)  # the page's meter follows the voice a little faster than the terminal's
        self._speaking = self._program = self._muted = False

    # ---- read by the server ----

    def snapshot(self) -> tuple[int, dict[str, Any]]:
        with self._lock:
            return self.version, dict(self._state)

    def press(self, key: str) -> bool:
        """A button or key on the page; False for keys the session does not take."""
        if key not in PAGE_KEYS:
            return False
        self._keys.put(key)
        return True

    # ---- written by the app ----

    def update(self, **changes: Any) -> None:
        with self._lock:
            self._state.update(changes)
            self.version += 1

    def begin(self, kind: str) -> None:
        """A session (or a microphone check) starts: the page turns to it."""
        while not self._keys.empty():  # a press meant for the last session is not this one's
            self._keys.get_nowait()
        self._engine, self._prompt, self._muted = None, "", False
        self._lines.clear()
        self.update(view="session" if kind != "check" else "start", session=None, notice="", busy=kind)

    # ---- the runner's Face ----

    def face(self) -> Face:
        return Face(self, self.poll, self.meter, self.watch)

    def watch(self, engine: SessionEngine) -> None:
        self._engine = engine
        self._take(force=True)

    def show(self, t: float, who: str, text: str) -> None:
        if who == "voice-session":
            self._prompt = text
        self._lines.append({"t": round(float(t), 1), "who": who, "text": text})
        self._take(force=True)

    def meter(self, now: float, frame: Any, is_speech: bool, gated: bool) -> None:
        self._now = float(now)
        self._level.feed(frame)
        self._speaking, self._program = bool(is_speech), bool(gated)  # numpy's bools are not JSON
        self._take()

    def poll(self) -> list[str]:
        keys = []
        while not self._keys.empty():
            key = self._keys.get_nowait()
            if key == "m":
                self._muted = not self._muted
            keys.append(key)
        if keys:
            self._take(force=True)
        return keys

    def _take(self, force: bool = False) -> None:
        wall = time.monotonic()
        if not force and wall - self._taken < REFRESH_S:
            return
        self._taken = wall
        live: dict[str, Any] = {"level": round(self._level.share, 2), "speaking": self._speaking,
                                "program": self._program}
        if self._engine is None:  # the microphone check: only the meter
            self.update(meter=live)
            return
        state = screen(self._engine, self._now).as_dict()
        state.update(prompt=self._prompt, muted=self._muted, lines=list(self._lines))
        self.update(session=state, meter=live)
