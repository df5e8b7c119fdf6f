"""Ctrl-C and SIGTERM at any moment, in every command: exit 130 or 143, the record closed by session_ended,
reports whole or absent, never a traceback."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import CLIPS, FIXTURES
from .helpers import events_so_far

pytestmark = pytest.mark.slow

EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}


def _start(args: list[str], cwd: Path) -> subprocess.Popen:  # type: ignore[type-arg]
    return subprocess.Popen([sys.executable, "-m", "voice_session", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _when(proc: subprocess.Popen, ready: Callable[[], bool], timeout_s: float = 120) -> None:  # type: ignore[type-arg]
    end = time.monotonic() + timeout_s
    while not ready():
        assert proc.poll() is None, f"ended before the signal: {proc.stderr.read()[-600:]}"  # type: ignore[union-attr]
        assert time.monotonic() < end, "timed out waiting for the moment to signal"
        time.sleep(0.005)


def _check_stopped(proc: subprocess.Popen, signum: int, out: Path) -> None:  # type: ignore[type-arg]
    code = proc.wait(timeout=120)
    stderr = proc.stderr.read()  # type: ignore[union-attr]
    assert code == EXIT[signum], stderr[-800:]
    assert "Traceback" not in stderr, stderr[-1500:]
    record = out / "events.jsonl"
    text = record.read_text() if record.exists() else ""
    assert not text or text.endswith("\n"), "the record's last line is torn"
    events = events_so_far(record)  # and every line parses
    if events:
        assert events[-1]["event"] == "session_ended", events[-3:]
    leftovers = [p.name for p in out.glob(".*partial")] if out.exists() else []
    assert not leftovers, leftovers
    html = out / "report.html"
    if html.exists():
        assert html.read_text().rstrip().endswith("</html>")


MOMENTS: dict[str, Callable[[Path], bool]] = {
    "while the models load": lambda out: True,
    "at the first line of the record": lambda out: bool(events_so_far(out / "events.jsonl")),
    "mid-session": lambda out: sum(e["event"] == "utterance" for e in events_so_far(out / "events.jsonl")) >= 3,
    "while the reports are written": lambda out: any(e["event"] == "session_ended"
                                                     for e in events_so_far(out / "events.jsonl")),
}


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("moment", list(MOMENTS))
def test_simulate_stops_cleanly_at_any_moment(tmp_path: Path, moment: str, signum: int) -> None:
    out = tmp_path / "session"
    proc = _start(["simulate", "--scenario", str(FIXTURES / "daily/scenario.toml"), "--out", str(out), "--quiet"],
                  tmp_path)
    _when(proc, lambda: MOMENTS[moment](out))
    if moment == "while the models load":
        time.sleep(0.4)
    proc.send_signal(signum)
    _check_stopped(proc, signum, out)
    if moment != "while the models load" and proc.returncode != 0:
        assert (out / "events.jsonl").exists()


def test_a_stopped_session_can_have_its_reports_rebuilt(tmp_path: Path) -> None:
    out = tmp_path / "session"
    proc = _start(["simulate", "--scenario", str(FIXTURES / "daily/scenario.toml"), "--out", str(out), "--quiet"],
                  tmp_path)
    _when(proc, lambda: MOMENTS["mid-session"](out))
    proc.send_signal(signal.SIGTERM)
    _check_stopped(proc, signal.SIGTERM, out)
    for name in ("report.md", "report.html", "transcript.md"):
        (out / name).unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-m", "voice_session", "report", str(out)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "ended: interrupted" in (out / "report.md").read_text()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_transcribe_stops_cleanly(tmp_path: Path, signum: int) -> None:
    proc = _start(["transcribe", str(CLIPS / "monologue.wav")], tmp_path)
    time.sleep(2.5)  # loading or transcribing: either way it must stop cleanly
    proc.send_signal(signum)
    code = proc.wait(timeout=60)
    stderr = proc.stderr.read()  # type: ignore[union-attr]
    assert code in (EXIT[signum], 0), stderr  # 0 only if it had already finished
    assert "Traceback" not in stderr


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_timer_stops_cleanly(tmp_path: Path, signum: int) -> None:
    """The therapist's timer (recognition off), fed a scenario in real time instead of a microphone, stopped
    while its welcome is on screen: the session's loop checks for a stop at every frame, so where it stands does
    not matter (waiting for the first turn, 13 s in after the welcome's reading time, cost the suite 20 s).
    Signals mid-session and while the reports are written are tested on simulations above."""
    out = tmp_path / "session"
    proc = _start(["timer", "speaker-listener", "--no-speech-recognition", "--voice", "none", "--names", "Sam,Alex",
                   "--input", str(FIXTURES / "dinner/scenario.toml"), "--out", str(out)], tmp_path)
    _when(proc, lambda: any(e["event"] == "prompt" for e in events_so_far(out / "events.jsonl")))
    proc.send_signal(signum)
    _check_stopped(proc, signum, out)
    assert events_so_far(out / "events.jsonl")[-1]["reason"] == "interrupted"
    assert (out / "report.html").exists()


def test_reports_are_replaced_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal in the middle of writing a report leaves the old one, and no temporary file."""
    from voice_session.record import log

    target = tmp_path / "report.md"
    target.write_text("the old report\n")
    real_open = log.private_file

    def interrupted(path: Path, mode: str = "w"):  # type: ignore[no-untyped-def]
        handle = real_open(path, mode)
        handle.write(b"half a rep")
        raise KeyboardInterrupt

    monkeypatch.setattr(log, "private_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        log.replace_private(target, "the new report\n")
    assert target.read_text() == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]



def _command(monkeypatch: pytest.MonkeyPatch, func: Callable[..., int]) -> None:
    """main() with `func` as the whole command; the stop state is put back afterwards (the caller puts back the
    signal handlers main installs)."""
    import argparse

    from voice_session import cli, shutdown

    parser = argparse.ArgumentParser()
    parser.set_defaults(func=func)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.setattr(shutdown, "_signalled", None)
    monkeypatch.setattr(shutdown, "_stopping", False)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("then", ["an ImportError", "swallowed"])
def test_a_signal_that_lands_inside_a_compiled_import_still_stops_cleanly(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], signum: int, code: int,
        then: str) -> None:
    """Ctrl-C while ctranslate2 is being imported surfaces as its ImportError ("initialization failed"), not as
    a KeyboardInterrupt; an optional import's fallback may even swallow that and go on. Either way it is a
    stop, with its exit code and one line, never a traceback or a session that carries on."""
    import os

    def importing(args: object) -> int:
        try:
            os.kill(os.getpid(), signum)
            time.sleep(1)
        except KeyboardInterrupt:
            if then == "an ImportError":
                raise ImportError("initialization failed") from None
        return 0

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    _command(monkeypatch, importing)
    from voice_session import cli

    try:
        assert cli.main([]) == code
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)
    assert capsys.readouterr().err.strip() in ("voice-session: interrupted", "voice-session: stopped (SIGTERM)")


_FINALIZED = """
import argparse, signal, sys, weakref
from voice_session import cli

class Thing:
    pass

def finalizing(args):
    thing = Thing()
    ref = weakref.ref(thing, lambda _: signal.raise_signal(int(sys.argv[1])))
    del thing  # the callback runs here, and the signal's handler inside it
    assert ref() is None
    return 0

parser = argparse.ArgumentParser()
parser.set_defaults(func=finalizing)
cli.build_parser = lambda: parser
sys.exit(cli.main([]))
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_that_lands_inside_a_finalizer_stops_with_one_line(signum: int) -> None:
    """Ctrl-C while a weak reference's callback runs (as the reports are written, once in a suite's run): Python
    cannot raise it there and printed "Exception ignored in ..." with a traceback. The stop still happens, with
    its exit code and one line. (In a process of its own: pytest catches such errors itself.)"""
    done = subprocess.run([sys.executable, "-c", _FINALIZED, str(int(signum))], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == EXIT[signum], done.stderr
    assert done.stderr.strip() in ("voice-session: interrupted", "voice-session: stopped (SIGTERM)"), done.stderr


def test_an_error_with_no_signal_behind_it_is_not_taken_for_a_stop(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The same ImportError without a Ctrl-C behind it is a bug, said as one (exit 70), not a stop (130)."""
    def failing(args: object) -> int:
        raise ImportError("initialization failed")

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    _command(monkeypatch, failing)
    from voice_session import cli

    try:
        assert cli.main([]) == cli.INTERNAL_ERROR
        said = capsys.readouterr().err
        assert said.startswith("voice-session: internal error (ImportError: initialization failed)"), said
        assert "interrupted" not in said and "stopped" not in said
    finally:
        for s, handler in handlers.items():
            signal.signal(s, handler)


def test_a_session_still_going_after_a_swallowed_signal_stops_at_its_next_frame(  # type: ignore[no-untyped-def]
        tmp_path: Path, whisper, monkeypatch: pytest.MonkeyPatch) -> None:
    from voice_session import shutdown
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.runner import QuietDisplay

    monkeypatch.setattr(shutdown, "_signalled", shutdown.SIGINT_EXIT)  # it came while the models loaded
    with pytest.raises(KeyboardInterrupt):
        simulate(SimulationOptions(scenario=str(FIXTURES / "daily/scenario.toml"), out=str(tmp_path / "s")),
                 display=QuietDisplay(), transcriber=whisper)
    events = events_so_far(tmp_path / "s" / "events.jsonl")
    assert events[-1]["event"] == "session_ended" and events[-1]["reason"] == "interrupted", events[-2:]
    assert not [e for e in events if e["event"] == "utterance"]  # stopped at once, not after the session
