"""Benchmark sections for turn ends, run by scripts/bench.py (or alone: `python scripts/bench_turns.py [real]
[cost] [sessions]`).

- real: on real speech (tests/turn_set.py, tuning and held-out halves), how the pauses at word ends inside a
  sentence and at the ends of sentences are judged: finished (the turn ends after 0.8 s), unfinished (3.5 s),
  or unsure (the fixed 2.0 s); beside the fixed silence alone (what the program did before).
- cost: one judgement's CPU time on one thread, and the memory the turn model takes.
- sessions: audio_fixtures/pauses simulated with the real model and before it (the fixed silence): the silence
  after finished paraphrases and answers before the next prompt, and unfinished thoughts cut.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

Row = Callable[..., None]


def real_speech(row: Row) -> None:
    import turn_set

    from voice_session.config import Settings
    from voice_session.speech.transcribe import WhisperTranscriber
    from voice_session.speech.turn_end import Verdict, judge
    from voice_session.speech.turn_model import TurnModel

    if not turn_set.available():
        print("  (the real-speech development set is not on this machine)")
        return
    model, whisper = TurnModel(), WhisperTranscriber(Settings())
    for half in ("tuning", "held-out"):
        counts: dict[bool, Counter[Verdict]] = {True: Counter(), False: Counter()}
        for pause in turn_set.pauses(half):
            audio = turn_set.audio(pause.recording)
            text = whisper.transcribe(turn_set.utterance(audio, pause)).text
            counts[pause.finished][judge(text, model.finished(turn_set.heard_at(audio, pause.at_s)), 2.0).verdict] += 1
        inside, ends = counts[False], counts[True]
        n_in, n_end = max(1, sum(inside.values())), max(1, sum(ends.values()))
        row(f"real speech, {half}: stops inside a sentence ({n_in}), judged finished",
            100 * inside[Verdict.FINISHED] / n_in, "%", "fixed 2 s: 0 %")
        row(f"real speech, {half}: stops inside a sentence, given the long wait",
            100 * inside[Verdict.UNFINISHED] / n_in, "%", "fixed 2 s: 0 %")
        row(f"real speech, {half}: sentence ends ({n_end}), judged finished", 100 * ends[Verdict.FINISHED] / n_end, "%")
        row(f"real speech, {half}: sentence ends, given the long wait", 100 * ends[Verdict.UNFINISHED] / n_end, "%")


def cost(row: Row) -> None:
    import psutil

    from voice_session.speech.turn_model import TurnModel

    before = psutil.Process().memory_info().rss
    model = TurnModel()
    grown = (psutil.Process().memory_info().rss - before) / 2**20
    samples = (np.sin(np.arange(6 * 16000) / 9.0) * 3000).astype(np.int16)
    model.finished(samples)
    times = []
    for _ in range(20):
        t = time.process_time()
        model.finished(samples)
        times.append(time.process_time() - t)
    row("turn judgement per pause, CPU on one thread, median", 1000 * float(np.median(times)), "ms", "<= 100 ms")
    row("turn model memory (loaded and run once)", grown, "MB")


def _judged_session(scenario: Path, out: Path, with_model: bool) -> list[dict]:
    from voice_session.config import Settings
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.runner import QuietDisplay

    result = simulate(SimulationOptions(scenario=str(scenario), out=str(out)),
                      display=QuietDisplay(), settings=Settings(judge_turn_ends=with_model))
    return [json.loads(line) for line in (result.folder / "events.jsonl").read_text().splitlines() if line.strip()]


def sessions(row: Row) -> None:
    scenario = ROOT / "audio_fixtures" / "pauses" / "scenario.toml"
    with tempfile.TemporaryDirectory() as folder:
        for label, with_model in (("fixed 2 s silence", False), ("judged", True)):
            events = _judged_session(scenario, Path(folder) / label.replace(" ", "_"), with_model)
            answers = [e for e in events if e["event"] == "turn_ended" and e["purpose"] in ("paraphrase", "checkin")
                       and "silence" in e]
            # from the last voiced sound (an utterance's recorded end has a 0.15 s tail after it)
            silences = [e["silence"] + 0.15 for e in answers]
            turns = sum(1 for e in events if e["event"] == "turn_ended" and e["purpose"] == "turn")
            row(f"pauses scenario, {label}: silence before the next prompt after a paraphrase, median",
                float(np.median(silences)) if silences else float("nan"), "s", "<= 1.0 s")
            row(f"pauses scenario, {label}: paraphrases followed within 1.0 s",
                100 * sum(s <= 1.0 for s in silences) / max(1, len(silences)), "%", ">= 80 %")
            row(f"pauses scenario, {label}: speaker turns (3 thoughts, 2 with a pause inside)", turns, "turns", "3")


SECTIONS = {"real": real_speech, "cost": cost, "sessions": sessions}


if __name__ == "__main__":
    from bench_sections import run_sections

    run_sections(SECTIONS, sys.argv[1:])
