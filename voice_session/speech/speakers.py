"""Who said what in a recording of two (or more) people: each utterance's voice, grouped into speakers.

Each utterance is cut into windows of about 1.5 s (one window when shorter) and each window gets a voice
vector (voiceprint.py). The windows of the whole recording are grouped into `count` voices by k-means on the
unit sphere, started from the two (or more) windows least alike, longer windows weighing more. An utterance
whose windows fall clearly into two voices, each for at least `MIN_TURN_S`, is split where the voice changes
(people talk over and straight after each other). Everything here is deterministic: the same recording gives
the same speakers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE

WINDOW_S = 1.5
HOP_S = 0.75
MIN_TURN_S = 1.0
"""The shortest stretch of one voice an utterance is split off for."""


@dataclass(frozen=True)
class Voiced:
    """A stretch of one voice: where it is and whose it is (0-based, in order of first appearance)."""

    start_s: float
    end_s: float
    speaker: int
    sure: float
    """0..1: how much closer the voice is to its speaker than to the nearest other (0: a coin toss)."""


def windows(start_s: float, samples: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) session seconds of the windows an utterance is heard in."""
    length = len(samples) / SAMPLE_RATE
    if length <= WINDOW_S + HOP_S / 2:
        return [(start_s, start_s + length)]
    out, at = [], 0.0
    while at + WINDOW_S < length + HOP_S / 2:
        out.append((start_s + at, start_s + min(length, at + WINDOW_S)))
        at += HOP_S
    return out


def who_spoke(utterances: list[tuple[float, np.ndarray]], embed: Callable[[np.ndarray], np.ndarray],
              count: int = 2) -> list[list[Voiced]]:
    """For each utterance (start seconds, 16 kHz samples), its stretches of one voice, in order."""
    spans: list[tuple[int, float, float]] = []
    vectors: list[np.ndarray] = []
    for index, (start_s, samples) in enumerate(utterances):
        for lo, hi in windows(start_s, samples):
            piece = samples[round((lo - start_s) * SAMPLE_RATE): round((hi - start_s) * SAMPLE_RATE)]
            spans.append((index, lo, hi))
            vectors.append(embed(piece))
    if not vectors:
        return [[] for _ in utterances]
    points = np.stack(vectors)
    weights = np.array([hi - lo for _, lo, hi in spans])
    centres = _grouped(points, weights, count)
    similarity = points @ centres.T
    labels = similarity.argmax(axis=1)
    order = list(dict.fromkeys(labels.tolist()))  # speakers numbered by first appearance
    labels = np.array([order.index(label) if label in order else label for label in labels])
    similarity = similarity[:, order + [k for k in range(count) if k not in order]]
    return [_stretches([i for i, span in enumerate(spans) if span[0] == index], spans, labels, similarity)
            for index in range(len(utterances))]


def _stretches(members: list[int], spans: list[tuple[int, float, float]], labels: np.ndarray,
               similarity: np.ndarray) -> list[Voiced]:
    """An utterance's windows as runs of one voice; a run shorter than MIN_TURN_S joins its neighbours."""
    if not members:
        return []
    runs: list[list[int]] = []
    for i in members:
        if runs and labels[runs[-1][-1]] == labels[i]:
            runs[-1].append(i)
        else:
            runs.append([i])
    merged = True
    while merged and len(runs) > 1:
        merged = False
        for k, run in enumerate(runs):
            length = spans[run[-1]][2] - spans[run[0]][1]
            if length < MIN_TURN_S + WINDOW_S - HOP_S:
                neighbour = k - 1 if k > 0 else k + 1
                runs[neighbour] = sorted(runs[neighbour] + run)
                del runs[k]
                merged = True
                break
        runs = _joined(runs, labels)
    out = []
    for k, run in enumerate(runs):
        speaker = int(np.bincount(labels[run], weights=[spans[i][2] - spans[i][1] for i in run]).argmax())
        start = spans[run[0]][1] if k == 0 else (spans[runs[k - 1][-1]][2] + spans[run[0]][1]) / 2
        end = spans[run[-1]][2] if k == len(runs) - 1 else (spans[run[-1]][2] + spans[runs[k + 1][0]][1]) / 2
        own = similarity[run, speaker].mean()
        other = np.delete(similarity[run], speaker, axis=1).max(axis=1).mean() if similarity.shape[1] > 1 else 0.0
        out.append(Voiced(round(start, 2), round(end, 2), speaker, round(float(np.clip((own - other) / 0.2, 0, 1)), 2)))
    return out


def _joined(runs: list[list[int]], labels: np.ndarray) -> list[list[int]]:
    """Neighbouring runs whose majority voice is the same become one."""
    out: list[list[int]] = []
    for run in runs:
        if out and np.bincount(labels[out[-1]]).argmax() == np.bincount(labels[run]).argmax():
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


def _grouped(points: np.ndarray, weights: np.ndarray, count: int, rounds: int = 20) -> np.ndarray:
    """`count` unit centres of the points (weighted spherical k-means, started from the points least alike)."""
    count = max(1, min(count, len(points)))
    chosen = [int(np.argmax(weights))]
    while len(chosen) < count:
        nearest = (points @ points[chosen].T).max(axis=1)
        chosen.append(int(np.argmin(nearest - 1e-3 * weights)))  # the least alike; longer windows break ties
    centres = points[chosen].copy()
    for _ in range(rounds):
        labels = (points @ centres.T).argmax(axis=1)
        updated = centres.copy()
        for k in range(count):
            members = labels == k
            if members.any():
                mean = (points[members] * weights[members, None]).sum(axis=0)
                updated[k] = mean / max(1e-9, float(np.linalg.norm(mean)))
        if np.allclose(updated, centres):
            break
        centres = updated
    return centres
