"""Speed and memory of voice-session on this machine: prints a table and writes bench.json.

Targets (from the issues): 90 s turn transcript ready <= 0.5 s after the turn ends (streaming);
cached prompt to first sample <= 50 ms, uncached <= 250 ms; peak RSS with Whisper and Piper <= 450 MB.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voice_session.audio.frames import FRAME_MS, SAMPLE_RATE, split_frames  # noqa: E402
from voice_session.audio.sources import WavSource  # noqa: E402
from voice_session.config import Settings  # noqa: E402
from voice_session.speech.ears import Ears, HeardUtterance  # noqa: E402
from voice_session.speech.endpoint import Endpointer  # noqa: E402

CLIPS = ROOT / "audio_fixtures" / "clips"
rows: list[tuple[str, float, str, str]] = []


def row(name: str, value: float, unit: str, target: str = "") -> None:
    rows.append((name, round(value, 4), unit, target))
    print(f"  {name:<52} {value:>10.3f} {unit:<6} {target}", flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from voice_session.speech.transcribe import WhisperTranscriber

    print("voice-session benchmark")
    t = time.perf_counter()
    whisper = WhisperTranscriber(Settings())
    row("Whisper tiny.en load", time.perf_counter() - t, "s")

    # front end cost per 30 ms frame
    ep = Endpointer()
    flags = [bool((i // 40) % 2) for i in range(20000)]
    t = time.perf_counter()
    for flag in flags:
        ep.step(FRAME_MS, flag)
    row("endpointer per frame", (time.perf_counter() - t) / len(flags) * 1e6, "us")
    mono = WavSource(CLIPS / "monologue.wav").samples
    ears = Ears()
    frames = list(split_frames(mono))
    t = time.perf_counter()
    utterances = [h for f in frames for h in ears.feed(f) if isinstance(h, HeardUtterance)]
    utterances += [h for h in ears.flush() if isinstance(h, HeardUtterance)]
    row("webrtcvad + endpointer per frame", (time.perf_counter() - t) / len(frames) * 1e6, "us")

    # real-time factor of the whole monologue, per utterance, beam 1 and 5
    for beam in (1, 5):
        whisper.settings = Settings(beam_size=beam)
        t = time.perf_counter()
        for u in utterances:
            whisper.transcribe(u.samples)
        row(
            f"transcription real-time factor, int8, beam {beam}",
            (time.perf_counter() - t) / (len(mono) / SAMPLE_RATE),
            "x RT",
        )
    whisper.settings = Settings()

    # post-turn latency. Streaming: each utterance goes to the worker when it closes (hangover after its
    # speech), the worker takes them in order with the measured durations; the turn ends turn_silence_s after
    # the last speech. Batch: the whole turn is transcribed after it ends.
    cfg = Settings()
    durations = []
    for u in utterances:
        t = time.perf_counter()
        whisper.transcribe(u.samples)
        durations.append(time.perf_counter() - t)
    for turn_s in (30, 60, 90):
        count = max(1, sum(1 for u in utterances if u.end_s <= turn_s + 4))
        free_at = 0.0
        for u, took in zip(utterances[:count], durations[:count], strict=False):
            free_at = max(free_at, u.end_s + cfg.hangover_ms / 1000 - 0.15) + took
        speech_end = utterances[count - 1].end_s - 0.15
        turn_end = speech_end + cfg.turn_silence_s
        row(
            f"turn of {speech_end:.0f} s: transcript ready after turn end, streaming",
            max(0.0, free_at - turn_end),
            "s",
            "<= 0.5 s" if turn_s == 90 else "",
        )
        row(f"turn of {speech_end:.0f} s: transcript ready after turn end, batch", sum(durations[:count]), "s")

    # word error rate on the speech fixtures
    import jiwer
    import tomllib

    from voice_session.speech.files import transcribe_source

    manifest = tomllib.loads((CLIPS / "manifest.toml").read_text())["clip"]
    refs, hyps = [], []
    for clip in manifest:
        if clip["text"]:
            res = transcribe_source(WavSource(CLIPS / clip["file"]), whisper, Settings())
            refs.append(_norm(clip["text"]))
            hyps.append(_norm(" ".join(r.transcript.text for r in res)))
    row("word error rate on fixtures", 100 * jiwer.wer(refs, hyps), "%", "<= 10 %")

    # voices
    from voice_session.speech.mouth import PromptCache
    from voice_session.speech.voices import EspeakVoice, PiperVoice, _piper_model

    t = time.perf_counter()
    _piper_model()
    row("Piper voice load", time.perf_counter() - t, "s")
    prompt = "Alex, in your own words, what did you hear Sam say?"
    for label, voice in (("piper", PiperVoice()), ("espeak-ng", EspeakVoice())):
        list(voice.sentences("Warm up."))
        t = time.perf_counter()
        audio = np.concatenate(list(voice.sentences(MONOLOGUE_SAMPLE)))
        row(f"synthesis speed, {label}", (len(audio) / SAMPLE_RATE) / (time.perf_counter() - t), "x RT")
    cache = PromptCache(PiperVoice())
    t = time.perf_counter()
    next(iter(cache.voice.sentences(prompt)))
    row("Say -> first audio sample, uncached one-sentence prompt", 1000 * (time.perf_counter() - t), "ms", "<= 250 ms")
    cache.prepare(prompt, background=False)
    t = time.perf_counter()
    cache.sentences(prompt)[0]
    row("Say -> first audio sample, prepared/cached", 1000 * (time.perf_counter() - t), "ms", "<= 50 ms")

    # a whole simulated session (the demo couple)
    from voice_session.modes import simulate
    from voice_session.runner import QuietDisplay

    with tempfile.TemporaryDirectory() as folder:
        simulate(
            None,
            str(ROOT / "audio_fixtures/demo/scenario.toml"),
            out=f"{folder}/warm",
            display=QuietDisplay(),
            transcriber=whisper,
        )
        t = time.perf_counter()
        result = simulate(
            None,
            str(ROOT / "audio_fixtures/demo/scenario.toml"),
            out=f"{folder}/s",
            display=QuietDisplay(),
            transcriber=whisper,
        )
        wall = time.perf_counter() - t
    row("simulated session speed (demo, cached voices)", result.outcome.duration_s / wall, "x RT")
    row("peak RSS, this benchmark process (all models, beam 5)", peak_rss_mb(), "MB")
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "voice_session",
                "simulate",
                "--quiet",
                "--out",
                f"{folder}/s",
                "--scenario",
                str(ROOT / "audio_fixtures/demo/scenario.toml"),
            ],
            check=True,
            capture_output=True,
        )
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    row("peak RSS of a simulated session (Whisper + Piper)", child_mb, "MB", "<= 450 MB")
    out = ROOT / "bench.json"
    out.write_text(json.dumps([{"name": n, "value": v, "unit": u, "target": g} for n, v, u, g in rows], indent=2))
    print(f"wrote {out}")


MONOLOGUE_SAMPLE = (
    "I felt humiliated when you joked about my cooking in front of your friends. "
    "And then you laughed when I left the table. I need you to check in with me."
)


def _norm(text: str) -> str:
    text = text.lower().replace("that's", "that is").replace("you're", "you are").replace("'", "")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


if __name__ == "__main__":
    main()
