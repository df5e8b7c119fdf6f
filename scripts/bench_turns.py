"""Benchmark sections for turn ends, run by scripts/bench.py (or alone: `python scripts/bench_turns.py [real]
[cost] [sessions]`).

- real: on real speech (tests/turn_set.py, tuning and held-out halves), how the pauses at word ends inside a
  sentence and at the ends of sentences are judged: finished (the turn ends after 0.8 s), unfinished (3.5 s),
  or unsure (the fixed 2.0 s); beside the fixed silence alone (what the program did before).
- cost: one judgement's CPU time on one thread, and the memory the turn model takes.
- live: `voice-session run` on a private PulseAudio daemon, its speaker looped into its microphone; a turn that
  ends "…That's all, over to you." and a paraphrase are played in; on one recording of the microphone (the
  partner's clip and the program's voice, as a person in the room hears them), the silence from the last word
  to the program's next sound; and the session's peak RSS, sampled from outside. Idle and beside three
  CPU-bound processes.
- sessions: audio_fixtures/pauses simulated with the real model and before it (the fixed silence): the silence
  after finished paraphrases and answers before the next prompt, and unfinished thoughts cut.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the program sets it (voice_session/__init__.py): before numpy

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
    from voice_session.speech.endpoint import TAIL_MS

    scenario = ROOT / "audio_fixtures" / "pauses" / "scenario.toml"
    with tempfile.TemporaryDirectory() as folder:
        for label, with_model in (("fixed 2 s silence", False), ("judged", True)):
            events = _judged_session(scenario, Path(folder) / label.replace(" ", "_"), with_model)
            answers = [e for e in events if e["event"] == "turn_ended" and e["purpose"] in ("paraphrase", "checkin")
                       and "silence" in e]
            # from the last voiced sound (an utterance's recorded end has a short tail after it)
            silences = [e["silence"] + TAIL_MS / 1000 for e in answers]
            turns = sum(1 for e in events if e["event"] == "turn_ended" and e["purpose"] == "turn")
            row(f"pauses scenario, {label}: silence before the next prompt after a paraphrase, median",
                float(np.median(silences)) if silences else float("nan"), "s", "<= 1.0 s")
            row(f"pauses scenario, {label}: paraphrases followed within 1.0 s",
                100 * sum(s <= 1.0 for s in silences) / max(1, len(silences)), "%", ">= 80 %")
            row(f"pauses scenario, {label}: speaker turns (3 thoughts, 2 with a pause inside)", turns, "turns", "3")


LIVE_EXERCISE = """
name = "live-turn-ends"
title = "Live turn ends"
description = "A turn handed over, a paraphrase, a confirmation."
duration_min = 3

[[step]]
kind = "say"
text = "Welcome, {A} and {B}. Let's begin with a short turn."

[[step]]
kind = "turn"
text = "{speaker}, go ahead."

[[step]]
kind = "paraphrase"
text = "{listener}, what did you hear?"
confirm = "{speaker}, did {listener} get it?"

[[step]]
kind = "end"
text = "Thank you both."
"""


def _loud_blocks(samples: np.ndarray) -> np.ndarray:
    """Indices of the 10 ms blocks louder than -40 dBFS."""
    blocks = samples[: len(samples) // 160 * 160].astype(np.float64).reshape(-1, 160)
    return np.flatnonzero(10 * np.log10(np.mean(blocks**2, axis=1) / 32768**2 + 1e-12) > -40)


def _last_word_s(clip: np.ndarray) -> float:
    """Seconds into a clip where its last 10 ms block louder than -40 dBFS ends."""
    loud = _loud_blocks(clip)
    return (int(loud[-1]) + 1) * 0.01 if len(loud) else 0.0


def _answered_after(heard: np.ndarray, clip: np.ndarray) -> float | None:
    """In a recording of the microphone, the silence from the clip's last word to the next sound (the program's
    next prompt, looped in): the clip is found by cross-correlation, the next sound is the first 10 ms block
    louder than -40 dBFS after its last word (the clip's own last block that loud)."""
    n = 1 << int(np.ceil(np.log2(len(heard) + len(clip))))
    corr = np.fft.irfft(np.fft.rfft(heard.astype(np.float64), n) * np.conj(np.fft.rfft(clip.astype(np.float64), n)), n)
    at = int(np.argmax(corr[: len(heard)]))
    last = at + round(_last_word_s(clip) * 16000)
    loud = _loud_blocks(heard[last + 320: last + 16000 * 5])  # from 20 ms on: the last word's fading tail is no answer
    return 0.02 + float(loud[0]) * 0.01 if len(loud) else None


def live(row: Row, runs: int = 5) -> None:
    """Hand-off and finished-answer latency from outside (see the module's note)."""
    import subprocess

    from bench import PeakRss, private_pulse

    from voice_session.audio.decode import load_audio
    from voice_session.speech.voices import PiperVoice

    def said(voice: PiperVoice, text: str) -> np.ndarray:
        return np.concatenate([*voice.sentences(text), np.zeros(16000, dtype=np.int16)])

    # Sam's turn is the recorded hand-off (the voice three semitones up); Alex answers in the other voice, and
    # Sam confirms in Sam's, so the speaker model credits each to the right person
    clips = {"handoff": load_audio(ROOT / "audio_fixtures/clips/hand_off.wav"),
             "paraphrase": said(PiperVoice(deterministic=True),
                                "You have been tired from work, and you miss our weekends together."),
             "yes": said(PiperVoice(300, deterministic=True), "Yes, that's it.")}
    for label, busy in (("idle", 0), ("beside 3 CPU-bound processes", 3)):
        found: dict[str, list[float]] = {"handoff": [], "paraphrase": []}
        peaks: list[float] = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder, private_pulse(folder) as daemon:
                if daemon is None:
                    return
                daemon.loop_speaker_into_microphone()
                base = Path(folder)
                (base / "turns.toml").write_text(LIVE_EXERCISE)
                recording = daemon.record_microphone(base / "mic.wav")
                hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
                run = subprocess.Popen([sys.executable, "-m", "voice_session", "run", str(base / "turns.toml"),
                                        "--names", "Sam,Alex", "--out", str(base / "s"), "--no-mic-check",
                                        "--voice", "piper"], env=daemon.env, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
                try:
                    with PeakRss(run.pid) as peak:
                        record = base / "s" / "events.jsonl"
                        for count, clip in ((1, "handoff"), (2, "paraphrase"), (3, "yes")):
                            if not _wait_for(record, count):
                                break
                            time.sleep(0.6)
                            daemon.play_into_microphone(_clip_file(base, clip, clips))
                        try:
                            run.wait(timeout=30)
                        except subprocess.TimeoutExpired:
                            print("  (a live session did not end in time: its figures are still read)")
                    peaks.append(peak.mb)
                finally:
                    for proc in (run, *hogs):
                        if proc.poll() is None:
                            proc.kill()
                    recording.terminate()
                    recording.wait(timeout=10)
                heard = load_audio(base / "mic.wav")
                for name in found:
                    clip = clips[name]
                    answered = _answered_after(heard, clip)
                    if answered is not None:
                        found[name].append(answered)
        for name, target in (("handoff", "<= 0.5 s"), ("paraphrase", "<= 1.0 s")):
            times = sorted(found[name])
            what = "after a hand-off" if name == "handoff" else "after a finished paraphrase"
            if times:
                row(f"live, {label}: next prompt {what}, median", times[len(times) // 2], "s", target)
                row(f"live, {label}: next prompt {what}, slowest of {len(times)}", times[-1], "s")
        if peaks:
            row(f"live, {label}: the session's peak RSS, highest of {len(peaks)}", max(peaks), "MB", "<= 450 MB")


def _clip_file(base: Path, name: str, clips: dict[str, np.ndarray]) -> Path:
    """The clip as a file paplay can play."""
    from voice_session.audio.decode import write_wav

    path = base / f"{name}.wav"
    write_wav(path, clips[name])
    return path


def _wait_for(record: Path, turns: int, timeout_s: float = 90) -> bool:
    """Waits until the record holds `turns` turn_started lines."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if record.exists() and sum('"turn_started"' in line for line in record.read_text().splitlines()) >= turns:
            return True
        time.sleep(0.01)
    return False


SECTIONS = {"real": real_speech, "cost": cost, "sessions": sessions, "live": live}


if __name__ == "__main__":
    from bench_sections import run_sections

    run_sections(SECTIONS, sys.argv[1:])
