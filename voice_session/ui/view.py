"""The live view for run and timer modes: whose turn, a big turn timer, the step, a level meter, the words."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from voice_session.session.engine import Phase, SessionEngine
from voice_session.ui.screen import KEYS, LevelMeter, mmss, screen

# A 5-row block font for the turn timer, readable from across a room.
_DIGITS = {
    "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
    "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
    "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
    "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
    "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
    ":": ["   ", " █ ", "   ", " █ ", "   "],
}
PARTNER_STYLE = {"A": "bold white on dodger_blue3", "B": "bold white on dark_orange3"}
KEYS_HELP = " · ".join(f"{key} {what}" for key, what in KEYS.items())


def big(text: str, style: str) -> Text:
    rows = ["  ".join(_DIGITS[c][row] for c in text if c in _DIGITS) for row in range(5)]
    return Text("\n".join(rows), style=style, justify="center")


class LiveView:
    """A full-terminal rich view; it is also the runner's Display and filters the keys."""

    def __init__(self, engine: SessionEngine, show_transcript: bool, mode: str, console: Console | None = None) -> None:
        self.engine = engine
        self.show_transcript = show_transcript
        self.mode = mode
        self.lines: deque[str] = deque(maxlen=8)
        self.prompt = ""
        self.meter = LevelMeter()
        self.speaking = False
        self.program_talking = False
        self.confirm_quit_until = 0.0
        self.now = 0.0
        self._last_draw = 0.0
        self.console = console or Console()
        self._live = Live(self.render(), console=self.console, screen=True, auto_refresh=False, transient=True)

    def __enter__(self) -> LiveView:
        self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._live.__exit__(*exc)  # type: ignore[arg-type]

    # ---- the runner's display ----

    def show(self, t: float, who: str, text: str) -> None:
        if who == "voice-session":
            self.prompt = text
        self.lines.append(f"[{mmss(t)}] {who}: {text}")
        self.draw(force=True)

    def frame(self, now: float, frame: Any, is_speech: bool, gated: bool) -> None:
        self.now = now
        self.meter.feed(frame)
        self.speaking, self.program_talking = is_speech, gated
        self.draw()

    # ---- keys: q asks before ending; t only changes the view ----

    def filter_keys(self, keys: list[str]) -> list[str]:
        out: list[str] = []
        for key in keys:
            if key == "q":
                if time.monotonic() < self.confirm_quit_until:
                    out.append("q")
                else:
                    self.confirm_quit_until = time.monotonic() + 5.0
            else:
                self.confirm_quit_until = 0.0
                if key == "t":
                    self.show_transcript = not self.show_transcript
                out.append(key)
        if keys:
            self.draw(force=True)
        return out

    # ---- drawing ----

    def draw(self, force: bool = False) -> None:
        wall = time.monotonic()
        if force or wall - self._last_draw >= 0.2:
            self._last_draw = wall
            self._live.update(self.render(), refresh=True)

    def render(self) -> Panel:
        engine = self.engine
        state = screen(engine, self.now)
        parts: list[Any] = []
        if engine.phase is Phase.PAUSED:
            parts.append(Text("PAUSED — press p or say “continue” when you're ready", style="bold black on yellow",
                              justify="center"))
        elif engine.phase is Phase.ASKING:  # the therapist may answer for the room
            parts.append(Text("ASKING WHETHER EVERYONE IS SAFE — space: go on · q: stop with help",
                              style="bold white on red", justify="center"))
        if state.partner:
            parts.append(Text(f"  {state.name.upper()}  ", style=PARTNER_STYLE[state.partner], justify="center"))
            parts.append(Text(f"{state.role} · {state.purpose}", style="bold", justify="center"))
            elapsed = mmss(state.elapsed_s)
            if self.console.height >= 28:  # room for the big digits
                parts.append(Text(""))
                parts.append(big(elapsed, f"bold {state.colour}"))
            else:
                parts.append(Text(elapsed, style=f"bold reverse {state.colour}", justify="center"))
            parts.append(Text(f"limit {mmss(state.limit_s)}" if state.limit_s else "no time limit", style="dim",
                              justify="center"))
        else:
            parts.append(Text("voice-session is guiding" if engine.phase is not Phase.ENDED else "session ended",
                              style="bold", justify="center"))
        parts.append(Text(""))
        if self.prompt:
            parts.append(Text(f"“{self.prompt}”", style="italic", justify="center"))
            parts.append(Text(""))
        steps = Table.grid(padding=(0, 2))
        steps.add_row(Text("now", style="dim"), Text(state.step), Text("next", style="dim"), Text(state.next_step))
        parts.append(steps)
        parts.append(self._meter())
        if state.end_suggested:
            parts.append(Text("sounds finished — press space to pass the floor", style="bold cyan"))
        if self.show_transcript:
            room = max(2, self.console.height - 28 if self.console.height >= 28 else self.console.height - 18)
            parts.append(Text(""))
            for line in list(self.lines)[-room:]:
                parts.append(Text(line, overflow="ellipsis", no_wrap=True))
        else:
            parts.append(Text("transcript hidden (t to show)", style="dim"))
        if time.monotonic() < self.confirm_quit_until:
            parts.append(Text("End the session? Press q again to end, any other key to go on.",
                              style="bold white on red"))
        parts.append(Text(KEYS_HELP, style="dim"))
        title = f"voice-session {self.mode} · {engine.exercise.title}"
        return Panel(Group(*parts), title=title, border_style="grey50")

    def _meter(self) -> Text:
        filled = int(self.meter.share * 30)
        state = "speech" if self.speaking else ("program" if self.program_talking else "quiet")
        bar = Text("mic ", style="dim")
        bar.append("▮" * filled, style="green" if self.speaking else "grey50")
        bar.append("▯" * (30 - filled), style="grey23")
        bar.append(f"  {state}", style="bold" if self.speaking else "dim")
        return bar
