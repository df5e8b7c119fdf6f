"""Benchmark sections for a real couple's hard conversation on a busy laptop, run by scripts/bench.py (or alone:
`python scripts/bench_heated.py [safety] [echo] [simulate]`).

- safety: per-sentence stop and ask rates on the listening set's held-out halves, and the chance that a
  100-sentence heated but safe session is stopped, or asked, at least once; on the sentences written for the
  project (tests/everyday_set.py), how often the everyday senses of violent words stop a session and how many
  dangers said in everyday words are caught; beside the same figures from the code before this change (5a45e99,
  from git, in the same run).
- echo: the echo path's CPU per 10 ms of microphone audio (program talking, then quiet), idle and beside three
  CPU-bound processes.
- simulate: the demo and a 20-minute scenario through `voice-session simulate`, wall time and peak RSS, beside
  8c4edac (before echo cancellation) run from git in the same run.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the program sets it (voice_session/__init__.py): before numpy

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

BEFORE_SAFETY = "5a45e99"
"""The code before two-level safety."""
BEFORE_ECHO = "8c4edac"
"""The code before echo cancellation (the issue's reference for simulation speed and memory)."""

Row = Callable[..., None]

_SAFETY_RATES = """
import json, sys
sys.path.insert(0, {tests!r})
from listening_set import conflict, conflict_crisis, crisis, ordinary
from everyday_set import (DANGER_15, DANGER_16, DANGER_17, DANGER_18, DANGER_19, EVERYDAY_DANGER, EVERYDAY_WORDS,
                          FRESH_DANGER, FRESH_HEATED, HEATED_15, HEATED_16, HEATED_17, HEATED_18, HEATED_19,
                          ORDINARY_READINGS)
from voice_session.session.crisis import assess
from voice_session.text.understanding import load_understanding
model = load_understanding(warn=False)
def level(text):
    found = assess(text, model)
    return "none" if found is None else found.level.value
out = {{}}
for name, rows in (("conflict", conflict("held-out")), ("ordinary", ordinary("held-out")),
                   ("conflict_crisis", conflict_crisis("held-out")), ("crisis", crisis("held-out"))):
    out[name] = [level(text) for _, text in rows]
out["everyday_danger"] = [level(text) for text in EVERYDAY_DANGER]
out["everyday_words"] = [level(text) for text in [*EVERYDAY_WORDS, *ORDINARY_READINGS]]
out["fresh_danger"] = [level(text) for text in FRESH_DANGER]
out["fresh_heated"] = [level(text) for text in FRESH_HEATED]
out["heated_15"] = [level(text) for text in HEATED_15]
out["danger_15"] = [level(text) for text in DANGER_15]
out["heated_16"] = [level(text) for text in HEATED_16]
out["danger_16"] = [level(text) for text in DANGER_16]
out["heated_17"] = [level(text) for text in HEATED_17]
out["danger_17"] = [level(text) for text in DANGER_17]
out["heated_18"] = [level(text) for text in HEATED_18]
out["danger_18"] = [level(text) for text in DANGER_18]
out["heated_19"] = [level(text) for text in HEATED_19]
out["danger_19"] = [level(text) for text in DANGER_19]
print(json.dumps(out))
"""


def _checkout(commit: str, folder: Path) -> Path | None:
    """The project's files at `commit`, from git, into `folder` (None outside a git checkout)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=False)
    if archive.returncode != 0:
        return None
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def _rates(levels: dict[str, list[str]], row: Row, label: str) -> None:
    heated = levels["conflict"]
    stop = sum(lv == "crisis" for lv in heated) / len(heated)
    ask = sum(lv == "ask" for lv in heated) / len(heated)
    check = sum(lv == "check_in" for lv in heated) / len(heated)
    row(f"heated talk, held-out: stopped per sentence, {label}", 100 * stop, "%", "0 %")
    row(f"heated talk, held-out: asked per sentence, {label}", 100 * ask, "%", "<= 2 %")
    row(f"heated talk, held-out: checked in per sentence, {label}", 100 * check, "%")
    row(f"100-sentence heated session stopped at least once, {label}", 100 * (1 - (1 - stop) ** 100), "%", "0 %")
    row(f"100-sentence heated session stopped or asked, {label}", 100 * (1 - (1 - stop - ask) ** 100), "%")
    ordinary = levels["ordinary"]
    row(f"ordinary talk, held-out: stopped per sentence, {label}",
        _percent(ordinary, "crisis"), "%", "0 %")
    row(f"ordinary talk, held-out: asked per sentence, {label}",
        _percent(ordinary, "ask"), "%")
    danger = levels["crisis"] + levels["conflict_crisis"]
    row(f"crisis statements, held-out (all files): stopped, {label}",
        _percent(danger, "crisis"), "%")
    row(f"crisis statements, held-out (all files): stopped or asked, {label}",
        _percent(danger, "crisis", "ask"), "%", ">= 95 %")
    said_in_conflict = levels["conflict_crisis"]
    row(f"crisis said in a conflict, held-out: stopped or asked, {label}",
        _percent(said_in_conflict, "crisis", "ask"), "%")


def _percent(levels: list[str], *kinds: str) -> float:
    """The share of sentences read at any of `kinds` ("crisis", "ask"), in percent."""
    return 100 * sum(lv in kinds for lv in levels) / len(levels)


def _written(levels: dict[str, list[str]], row: Row, label: str) -> None:
    """The sentences written for the project (tests/everyday_set.py): the everyday senses of violent words, and
    dangers said in everyday words."""
    words, danger = levels["everyday_words"], levels["everyday_danger"]
    row(f"everyday senses of violent words ({len(words)}, written for the project): stopped, {label}",
        _percent(words, "crisis"), "%", "0 %")
    row(f"everyday senses of violent words: asked, {label}", _percent(words, "ask"), "%")
    row(f"dangers said in everyday words ({len(danger)}, written for the project): stopped or asked, {label}",
        _percent(danger, "crisis", "ask"), "%")
    fresh = levels["fresh_danger"]  # the eighth set: never tuned on
    row(f"dangers nobody wrote patterns for ({len(fresh)}, eighth set): stopped or asked, {label}",
        _percent(fresh, "crisis", "ask"), "%")
    # the eighth set's heated talk; the fifteenth's to nineteenth's, a couple's quarrel written, then tuned on
    for heated_key, danger_key, which in (("fresh_heated", None, "eighth"), ("heated_15", "danger_15", "fifteenth"),
                                          ("heated_16", "danger_16", "sixteenth"),
                                          ("heated_17", "danger_17", "seventeenth"),
                                          ("heated_18", "danger_18", "eighteenth"),
                                          ("heated_19", "danger_19", "nineteenth")):
        heated = levels[heated_key]
        row(f"heated talk of the {which} set ({len(heated)}): stopped, {label}", _percent(heated, "crisis"), "%", "0 %")
        row(f"heated talk of the {which} set: asked, {label}", _percent(heated, "ask"), "%")
        if danger_key is not None:
            danger = levels[danger_key]
            row(f"dangers of the {which} set ({len(danger)}): stopped or asked, {label}",
                _percent(danger, "crisis", "ask"), "%")


def safety(row: Row) -> None:
    """Text, held-out halves (the spoken and transcribed figures are tests/test_crisis.py's slow test)."""
    with tempfile.TemporaryDirectory() as folder:
        before = _checkout(BEFORE_SAFETY, Path(folder) / "before")
        for label, root in (("before", before), ("now", ROOT)):
            if root is None:
                print(f"  (no git history here: the {label} figures are left out)")
                continue
            # the old code with today's data sets (its listening_set.py had no conflict files)
            code = _SAFETY_RATES.format(tests=str(ROOT / "tests"))
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                                  env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1"},
                                  check=False)
            if done.returncode != 0:
                print(f"  ({label}: {done.stderr.strip()[-200:]})")
                continue
            levels = json.loads(done.stdout.strip().splitlines()[-1])
            _rates(levels, row, label)
            _written(levels, row, label)


def _echo_workload() -> list[tuple[np.ndarray, np.ndarray]]:
    """A minute of a simulated room: 20 s of the program talking with its echo, 40 s of it quiet."""
    from voice_session.audio.decode import load_audio
    from voice_session.audio.frames import FRAME_SAMPLES

    talk = load_audio(ROOT / "audio_fixtures/clips/monologue.wav")[: 16000 * 20]
    far = np.concatenate([talk, np.zeros(16000 * 40, dtype=np.int16)])
    echo = np.concatenate([np.zeros(960), 0.5 * far[:-960].astype(np.float64)])
    rng = np.random.default_rng(1)
    mic = np.clip(echo + rng.normal(0, 30, len(far)), -32768, 32767).astype(np.int16)
    return [(mic[i : i + FRAME_SAMPLES], far[i : i + FRAME_SAMPLES])
            for i in range(0, len(far) - FRAME_SAMPLES + 1, FRAME_SAMPLES)]


def echo_cpu(row: Row) -> None:
    """CPU seconds the echo path (AEC3, the linear filter, the drift lock) spends per 10 ms of microphone audio,
    as a live session runs it frame by frame; idle and with three CPU-bound processes beside it."""
    from voice_session.audio.echo import EchoPath, load_canceller

    frames = _echo_workload()
    for label, busy in (("idle", 0), ("beside 3 CPU-bound processes", 3)):
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
        try:
            canceller = load_canceller(warn=False)
            if canceller is None:
                print("  (no echo canceller installed)")
                return
            path = EchoPath(canceller, iter([far for _, far in frames]).__next__)
            talking, quiet = [], []
            for mic, far in frames:
                t = time.process_time()
                path.clean(mic, talking=bool(far.any()))
                (talking if far.any() or not path.echo_free else quiet).append(time.process_time() - t)
        finally:
            for hog in hogs:
                hog.kill()
        row(f"echo path CPU per 10 ms, program talking, {label}", 1000 * float(np.mean(talking)) / 3, "ms")
        row(f"echo path CPU per 10 ms, program quiet, {label}", 1000 * float(np.mean(quiet)) / 3, "ms")


def _simulate(root: Path, scenario: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and session minutes of one `voice-session simulate` run from `root`."""
    from bench import simulate_process

    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1", "HOME": str(out.parent),
           "VOICE_SESSION_CACHE": str(out.parent / "cache")}
    wall, peak = simulate_process(["--scenario", str(scenario), "--out", str(out)], root, env)
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines() if line.strip()]
    return wall, peak, events[-1]["t"] / 60


def simulations(row: Row) -> None:
    """Each scenario twice per code (the second run has its prompts stored), the second run reported."""
    from bench import write_long_scenario

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        long = base / "long"
        long.mkdir()
        scenarios = {"demo": ROOT / "voice_session/demo/scenario.toml", "20-min": write_long_scenario(long)}
        before = _checkout(BEFORE_ECHO, base / "before")
        for label, root in (("before echo cancellation", before), ("now", ROOT)):
            if root is None:
                continue
            for name, scenario in scenarios.items():
                for run in ("first", "stored"):
                    wall, peak, minutes = _simulate(root, scenario, base / f"{label}-{name}-{run}".replace(" ", "_"))
                row(f"{name} scenario ({minutes:.1f} min) simulated, {label}", minutes * 60 / wall, "x RT",
                    ">= 40x RT" if label == "now" else "")
                row(f"{name} scenario peak RSS, {label}", peak, "MB", "<= 450 MB" if label == "now" else "")


SECTIONS = {"safety": safety, "echo": echo_cpu, "simulate": simulations}


if __name__ == "__main__":
    from bench_sections import run_sections

    run_sections(SECTIONS, sys.argv[1:])
