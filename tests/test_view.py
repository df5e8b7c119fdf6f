"""The live view for real: voice-session under tmux, keys sent with send-keys, the screen read back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

SCENARIO = FIXTURES / "dinner" / "scenario.toml"


class Screen:
    """One tmux server of its own per screen: a test never races another test's server shutting down."""

    def __init__(self, name: str, command: str) -> None:
        self.name = name
        self.socket = f"voice-session-test-{name}-{os.getpid()}"
        # a detached window only keeps its size when told to, so the command starts in an idle pane first
        for args in (["new-session", "-d", "-s", name, "-x", "110", "-y", "42", "sleep 600"],
                     ["set-option", "-t", name, "window-size", "manual"],
                     ["resize-window", "-t", name, "-x", "110", "-y", "42"],
                     ["respawn-pane", "-k", "-t", name, command]):
            result = self._tmux(*args)
            assert result.returncode == 0, f"tmux {' '.join(args[:1])} failed: {result.stderr.strip()}"

    def _tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False)

    def text(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.name).stdout

    def wait_for(self, needle: str, timeout_s: float = 40.0, gone: bool = False) -> str:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            screen = self.text()
            if (needle in screen) != gone:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{'still' if gone else 'never'} saw {needle!r} on screen:\n{self.text()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            result = self._tmux("send-keys", "-t", self.name, key)
            assert result.returncode == 0, f"tmux send-keys failed: {result.stderr.strip()}"
            time.sleep(0.4)

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture()
def screen_factory() -> Iterator:  # type: ignore[type-arg]
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (make test installs it)")
    made: list[Screen] = []

    def make(name: str, args: str, out: Path) -> Screen:
        command = (f"cd {ROOT} && env -u COLUMNS -u LINES {ROOT}/.venv/bin/python -m voice_session {args} "
                   "--names Sam,Alex "
                   f"--input {SCENARIO} --voice none --out {out}; sleep 30")
        made.append(Screen(name, command))
        return made[-1]

    yield make
    for screen in made:
        screen.close()


def _events(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines() if line.strip()]


def test_timer_without_recognition_is_driven_by_keys(screen_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "timer"
    screen = screen_factory("vs-timer", "timer --no-speech-recognition", out)
    first = screen.wait_for("SAM")
    assert "speaker · holds the floor" in first and "limit 01:30" in first and "█" in first  # the big timer
    assert "transcript hidden" in first  # private by default in timer mode
    screen.wait_for("sounds finished — press space")  # Sam's clip ended: a suggestion, not a decision
    assert "SAM" in screen.text()
    screen.keys("p")
    screen.wait_for("PAUSED")
    screen.keys("p")
    screen.wait_for("PAUSED", gone=True)
    screen.keys("Space")
    paraphrase = screen.wait_for("ALEX")
    assert "listener · reflects back" in paraphrase
    screen.keys("q")
    screen.wait_for("End the session? Press q again")
    screen.keys("q")
    screen.wait_for("Session ended (ended by user)")
    events = _events(out)
    assert [e["key"] for e in events if e["event"] == "key"] == ["p", "p", "space", "q"]
    assert any(e["event"] == "turn_end_suggested" for e in events)
    assert not any(e["event"] == "utterance" and e.get("text") for e in events)  # nothing transcribed
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "ended_by_user"


def test_run_view_shows_the_words_and_keys_toggle_and_cancel(screen_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "run"
    screen = screen_factory("vs-run", "run", out)
    screen.wait_for("] Sam: ", timeout_s=60)  # Sam's first words appear in the transcript
    screen.keys("t")
    screen.wait_for("transcript hidden (t to show)")
    screen.keys("p")
    screen.wait_for("PAUSED")
    screen.keys("p")
    screen.wait_for("PAUSED", gone=True)
    screen.keys("q")
    screen.wait_for("End the session? Press q again")
    screen.keys("x")  # any other key goes on
    screen.wait_for("End the session? Press q again", gone=True)
    screen.keys("q", "q")
    screen.wait_for("Session ended (ended by user)")
    keys = [e["key"] for e in _events(out) if e["event"] == "key"]
    assert keys == ["t", "p", "p", "x", "q"]  # the first q only asked; x cancelled; the second pair ended it
    assert (out / "report.html").exists()


def test_the_terminal_view_flags_a_question_about_safety() -> None:
    """The therapist sees that the program is asking, and which keys answer for the room."""
    from rich.console import Console

    from voice_session.session.engine import SessionEngine
    from voice_session.session.events import Start, Utterance
    from voice_session.session.script import load_exercise
    from voice_session.ui.view import LiveView

    engine = SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"))
    engine.handle(Start(0.0))
    engine.handle(Utterance("There's a shotgun in the loft, you know.", 1.0, 3.0))
    console = Console(record=True, width=120)
    console.print(LiveView(engine, show_transcript=False, mode="timer", console=console).render())
    assert "ASKING WHETHER EVERYONE IS SAFE" in console.export_text()
