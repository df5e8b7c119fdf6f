"""A tiny virtual couple for engine tests: answers the engine's actions with events, no audio at all."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from voice_session.session.engine import SessionEngine
from voice_session.session.events import (
    Action,
    End,
    Event,
    Key,
    Listen,
    Record,
    Say,
    SpeechFinished,
    SpeechStarted,
    Start,
    Tick,
    TurnEnded,
    Utterance,
)
from voice_session.session.script import load_exercise


@dataclass
class Run:
    engine: SessionEngine
    actions: list[Action] = field(default_factory=list)

    @property
    def records(self) -> list[Record]:
        return [a for a in self.actions if isinstance(a, Record)]

    def names(self) -> list[str]:
        return [r.event for r in self.records]

    def of(self, name: str) -> list[dict]:
        return [r.data for r in self.records if r.event == name]

    @property
    def said(self) -> list[str]:
        return [a.text for a in self.actions if isinstance(a, Say)]

    @property
    def ended(self) -> str | None:
        return next((a.reason for a in self.actions if isinstance(a, End)), None)


def run_events(exercise: str, events: list[Event], names: tuple[str, str] = ("Sam", "Alex")) -> Run:
    """Feeds hand-written events straight in: one table per test."""
    run = Run(SessionEngine(load_exercise(exercise), names))
    for event in events:
        run.actions += run.engine.handle(event)
    return run


def converse(exercise: str, lines: list[tuple[str, str]], names: tuple[str, str] = ("Sam", "Alex"),
             max_s: float = 3600.0, engine: SessionEngine | None = None, voices: bool = False) -> Run:
    """Plays a conversation: each line is said when the engine listens and the program is quiet.

    A line is (who, text) where who is "A", "B" or "*" (whoever is listened to); or ("wait", seconds) to stay
    silent; ("key", name) to press a key; ("say", text) for words nobody was asked for. A who ending in "+"
    ("A+") goes on speaking after a short breath: no turn-end silence follows that line. A who ending in "!"
    ("B!") speaks whoever is listened to, in their own voice, recognized as theirs. With `voices` every line
    carries its speaker's voice (the program tells the two apart); without, only "!" lines do.
    Every program prompt takes 0.05 s per character to say.
    """
    engine = engine or SessionEngine(load_exercise(exercise), names)
    run = Run(engine)
    now = 0.0
    speaking: list[tuple[float, int]] = []  # (finishes at, say id)
    listening: str | None = None
    queue = list(lines)

    def feed(event: Event) -> None:
        nonlocal listening
        actions = engine.handle(event)
        run.actions.extend(actions)
        for action in actions:
            if isinstance(action, Say):
                start = max([now, *[t for t, _ in speaking]])
                speaking.append((start + 0.05 * len(action.text), action.say_id))
            elif isinstance(action, Listen):
                listening = action.person

    feed(Start(0.0))
    while run.ended is None and now < max_s:
        if speaking:
            speaking.sort()
            now, say_id = speaking.pop(0)
            feed(SpeechFinished(now, say_id))
            continue
        if not queue:
            now += 0.5
            feed(Tick(now))
            continue
        who, what = queue[0]
        if who == "wait":
            queue.pop(0)
            end = now + float(what)
            while now < end and run.ended is None and not speaking:
                now += 0.5
                feed(Tick(now))
            continue
        if who == "key":
            queue.pop(0)
            feed(Key(now, str(what)))
            continue
        person = who.rstrip("+!")
        barges = who.endswith("!") and listening is not None
        theirs = who != "say" and listening is not None and (person == "*" or names["AB".index(person)] == listening)
        if who == "say" or barges or theirs:
            queue.pop(0)
            now += 0.8
            feed(SpeechStarted(now))
            duration = 0.3 * len(str(what).split())
            for t in range(1, int(duration)):  # time passes while they speak
                feed(Tick(now + t))
            voice = person if person in ("A", "B") and (voices or barges) else None
            feed(Utterance(str(what), now, now + duration, voice=voice, voice_sure=1.0 if voice else None))
            if who.endswith("+"):
                now += duration - 0.1
                continue
            now += duration + 2.0
            if run.ended is None and not speaking:
                feed(TurnEnded(now))
            continue
        now += 0.5
        feed(Tick(now))
    return run


class FakeVoice:
    """Implements the Voice interface: a quiet tone, 60 ms a character, and a list of what it was asked to say."""

    name = "fake"

    def __init__(self) -> None:
        self.said: list[tuple[int, str]] = []

    @staticmethod
    def seconds(text: str) -> float:
        return round(0.06 * len(text), 2)

    def sentences(self, text: str):  # type: ignore[no-untyped-def]
        import numpy as np

        self.said.append((len(self.said), text))
        samples = int(self.seconds(text) * 16000)
        yield (300 * np.sin(np.arange(samples) * 0.05)).astype(np.int16)


def events_so_far(path: Path) -> list[dict]:
    """A running session's record, its whole lines only: read while the session writes, the last line may be half
    written (a torn line left after the session ends is a missing event, which the checks then see)."""
    if not path.exists():
        return []
    text = path.read_text()
    return [json.loads(line) for line in text[: text.rfind("\n") + 1].splitlines() if line.strip()]
