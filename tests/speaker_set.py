"""A development set of two-person recordings made from real single-speaker speech.

From ../shared/devsets/realspeech: each recording of one person is cut into pieces of about 4 s (at fixed
places), and two people's pieces alternate, with a short gap between turns (0.6 s) and, once per recording,
none at all (someone answering straight after the other, which the program must split). Each conversation
knows who speaks when. Two halves, no speaker in both: `tuning` (what the defaults were checked on) and
`held-out` (never tuned on; one pair of the same sex).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.turn_set import REALSPEECH

PAIRS = {
    "tuning": [("ami_seriously_FEE013_ihm", "ami_seriously_MEO015_ihm")],  # a woman and a man
    "held-out": [("ami_seriously_FEE016_ihm", "libri_2412-153948-0000"),  # a woman and a man
                 ("lj_LJ050-0131", "ami_es2011a_40s")],                    # two women
}
PIECE_S = 4.0
GAP_S = 0.6


@dataclass(frozen=True)
class Conversation:
    name: str
    samples: np.ndarray
    turns: tuple[tuple[float, float, int], ...]
    """(start, end, who: 0 or 1) of each piece, in seconds."""


def available() -> bool:
    return all((REALSPEECH / f"{name}.wav").is_file() for pairs in PAIRS.values() for pair in pairs for name in pair)


def conversations(half: str) -> list[Conversation]:
    from voice_session.audio.decode import load_audio

    out = []
    for first, second in PAIRS[half]:
        pieces = [_pieces(load_audio(REALSPEECH / f"{name}.wav")) for name in (first, second)]
        parts: list[np.ndarray] = []
        turns: list[tuple[float, float, int]] = []
        at = 0.0
        for k in range(max(len(p) for p in pieces)):
            for who in (0, 1):
                if k >= len(pieces[who]):
                    continue
                gap = 0.0 if (k, who) == (1, 1) else GAP_S  # once: an answer straight after the other
                parts.append(np.zeros(int(gap * 16000), dtype=np.int16))
                at += gap
                piece = pieces[who][k]
                parts.append(piece)
                turns.append((round(at, 3), round(at + len(piece) / 16000, 3), who))
                at += len(piece) / 16000
        parts.append(np.zeros(16000, dtype=np.int16))
        out.append(Conversation(f"{first}+{second}", np.concatenate(parts), tuple(turns)))
    return out


SIMULATED = ("bargein", "daily", "dinner", "floor", "imago", "needs", "pauses", "pauses_checkin", "weekly")
"""The fixture scenarios whose couple is simulated (Piper voices a few semitones apart, or recorded clips): none
of the speaker model's settings was chosen on them."""


def simulated_conversations(names: tuple[str, ...] = SIMULATED) -> list[Conversation]:
    """Each fixture scenario's lines, said one after the other by its simulated couple (a gap of 0.6 s, none
    once), as a recording for `transcribe --speakers 2`."""
    from voice_session.scenario import line_audio, load_scenario

    out = []
    for name in names:
        scenario = load_scenario(Path(__file__).resolve().parent.parent / "audio_fixtures" / name / "scenario.toml")
        parts: list[np.ndarray] = []
        turns: list[tuple[float, float, int]] = []
        at = 0.0
        for k, line in enumerate(scenario.lines):
            gap = 0.0 if k == 1 else GAP_S
            audio = line_audio(scenario, line)
            parts += [np.zeros(int(gap * 16000), dtype=np.int16), audio]
            at += gap
            turns.append((round(at, 3), round(at + len(audio) / 16000, 3), 0 if line.who == "A" else 1))
            at += len(audio) / 16000
        parts.append(np.zeros(16000, dtype=np.int16))
        out.append(Conversation(f"simulated {name}", np.concatenate(parts), tuple(turns)))
    return out


def _pieces(samples: np.ndarray) -> list[np.ndarray]:
    size = int(PIECE_S * 16000)
    pieces = [samples[i: i + size] for i in range(0, len(samples), size)]
    return [p for p in pieces if len(p) >= 16000]


def attribution(conversation: Conversation, transcriber: object, embed: object) -> tuple[float, int]:
    """`transcribe --speakers 2`'s pipeline on one conversation: its share of speech time attributed right, and
    how many utterances were split where the voice changed."""
    from voice_session.audio.sources import ArraySource
    from voice_session.config import Settings
    from voice_session.speech.files import transcribe_source, who_said_what

    results = transcribe_source(ArraySource(conversation.samples), transcriber, Settings())  # type: ignore[arg-type]
    labelled = who_said_what(conversation.samples, results, transcriber, embed, 2)  # type: ignore[arg-type]
    share = attributed(conversation, [(v.result.start_s, v.result.end_s, v.speaker) for v in labelled])
    return share, len(labelled) - len(results)


def attributed(conversation: Conversation, labelled: list[tuple[float, float, int]]) -> float:
    """The share of the conversation's speech time (within the found stretches) given to the right person,
    under the best mapping of found speakers to people."""
    step = 0.01
    truth = np.full(int(len(conversation.samples) / 16000 / step) + 1, -1)
    for start, end, who in conversation.turns:
        truth[int(start / step): int(end / step)] = who
    found = np.full_like(truth, -1)
    for start, end, speaker in labelled:
        found[int(start / step): int(end / step)] = speaker
    both = (truth >= 0) & (found >= 0)
    if not both.any():
        return 0.0
    same = float(np.mean(truth[both] == found[both]))
    return max(same, 1.0 - same) if set(found[both].tolist()) <= {0, 1} else same
