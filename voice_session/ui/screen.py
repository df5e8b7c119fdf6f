"""What every view shows of a session, worked out once from the engine: whose turn, their role, the turn timer
and its colour, the step now and next. Pure: the terminal view draws it with rich, the web page as HTML."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from voice_session.audio.frames import level_dbfs
from voice_session.session.engine import Phase, SessionEngine

STEP_NAMES = {"say": "guidance", "turn": "speaker's turn", "paraphrase": "paraphrase", "confirm": "check-in question",
              "swap": "swap roles", "checkin": "check-in", "pause": "quiet moment", "repeat": "next round",
              "summary": "summary", "end": "closing", "review": "looking back", "": "—"}
PURPOSE_NAMES = {"turn": "holds the floor", "paraphrase": "reflects back", "confirm": "answers",
                 "clarify": "clarifies", "checkin": "shares", "review": "answers"}
KEYS = {"space": "pass the floor", "p": "pause", "n": "next step", "r": "repeat", "m": "mute",
        "t": "transcript", "q": "end"}
"""The keys every view answers to, and what each does."""


class LevelMeter:
    """The microphone's level for a meter: smoothed for the eye, shown from -60 dBFS (empty) to 0 (full)."""

    def __init__(self, keep: float = 0.8) -> None:
        self.keep = keep
        """How much of the last level each frame keeps: higher is calmer, lower follows the voice faster."""
        self.level_db = -100.0

    def feed(self, frame: Any) -> None:
        if frame is None:
            self.level_db = -100.0
        else:
            self.level_db = self.keep * self.level_db + (1 - self.keep) * float(level_dbfs(frame))

    @property
    def share(self) -> float:
        return max(0.0, min(1.0, (self.level_db + 60) / 60))


def mmss(seconds: float) -> str:
    minutes, secs = divmod(int(max(0.0, seconds)), 60)
    return f"{minutes:02d}:{secs:02d}"


def timer_colour(elapsed_s: float, limit_s: float | None, warn_before_s: float) -> str:
    """green, then yellow from the soft chime on, red past the limit; a turn with no limit stays green."""
    if limit_s and elapsed_s >= limit_s:
        return "red"
    if limit_s and elapsed_s >= limit_s - warn_before_s:
        return "yellow"
    return "green"


@dataclass(frozen=True)
class Screen:
    title: str
    names: tuple[str, str]
    phase: str
    """ready, running, paused or ended."""
    partner: str | None
    """"A" or "B" while someone has the floor, else None (the program is guiding)."""
    name: str
    role: str
    """speaker, listener, or the step's own role word."""
    purpose: str
    """What they are doing now, in words: holds the floor, reflects back, answers…"""
    elapsed_s: float
    limit_s: float | None
    colour: str
    step: str
    next_step: str
    end_suggested: bool

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["elapsed"], data["limit"] = mmss(self.elapsed_s), mmss(self.limit_s) if self.limit_s else ""
        return data


def screen(engine: SessionEngine, now: float) -> Screen:
    floor = engine.floor if engine.phase is not Phase.ENDED else None  # the turn, read whole
    partner = floor.partner if floor else None
    elapsed = max(0.0, now - floor.since) if floor else 0.0
    limit = floor.limit_s if floor else None
    progress = engine.progress
    return Screen(
        title=engine.exercise.title,
        names=(engine.names["A"], engine.names["B"]),
        phase=engine.phase.value,
        partner=partner,
        name=floor.name if floor else "",
        role=(floor.role or "speaker") if floor else "",
        purpose=PURPOSE_NAMES.get(floor.purpose, floor.purpose) if floor else "",
        elapsed_s=round(elapsed, 1),
        limit_s=limit,
        colour=timer_colour(elapsed, limit, engine.settings.warn_before_s),
        step=STEP_NAMES.get(progress.step, progress.step),
        next_step=STEP_NAMES.get(progress.next_step, progress.next_step) if progress.next_step else "end of this round",
        end_suggested=bool(floor and floor.end_suggested),
    )
