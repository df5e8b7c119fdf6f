"""Example sentences of crisis language and of ordinary talk, and what the text model learns from them.

`examples.toml` holds sentences written for voice-session; the tuning half of the listening development set
(`examples_tuning.toml`) and the sentences written for the project's checks (`examples_written.toml`: dangers
said in everyday words, and the everyday senses of violent words) are added to them by
`scripts/make_text_examples.py`. The eighth written set is never among them: it measures what nobody wrote
anything for.

The reading of a sentence has two parts, both from its embedding: a linear reading (ridge regression, 385
numbers), and how close it sits to its nearest examples of each kind (the mean likeness of its
`NEIGHBOURS` closest crisis examples less that of its closest ordinary ones). The line alone draws one border
through all of crisis language; the neighbours know its families (a kettle thrown, goodbye letters, a phone
taken), so a danger said in words like one example's is read as that example is. On the examples, 5-fold
cross-validated, at the rate of false alarms the line alone had at its margin (5.3 % of ordinary examples), the two
together read 64 % of crisis examples as such, the line alone 59.5 % (at the reading's own margin, 6.4 % and 67 %;
the script prints the figures). Both are stored in
`examples.npz` (the weights, and the examples' embeddings in half precision), so a session never embeds them;
if the file does not match the texts or the model, they are computed once in memory instead (about 30 s here:
keep the file current).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import tomllib

from voice_session.text.model import MODEL_SHA256, TextModel

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples.toml"
TUNING = HERE / "examples_tuning.toml"
"""The listening development set's tuning half, copied by scripts/make_text_examples.py."""
WRITTEN = HERE / "examples_written.toml"
"""The sentences written for the project's checks (tests/everyday_set.py), copied by scripts/make_text_examples.py."""
STORED = HERE / "examples.npz"


@dataclass(frozen=True)
class Examples:
    crisis: tuple[str, ...]
    ordinary: tuple[str, ...]

    @property
    def key(self) -> str:
        """Changes whenever a text or the model changes: the stored embeddings are then stale."""
        text = "\n".join(("crisis", *self.crisis, "ordinary", *self.ordinary, MODEL_SHA256, str(RIDGE_LAMBDA),
                          f"neighbours {NEIGHBOURS} x{NEIGHBOUR_WEIGHT}"))
        return hashlib.sha256(text.encode()).hexdigest()


@cache
def examples() -> Examples:
    crisis: list[str] = []
    ordinary: list[str] = []
    for path in (EXAMPLES, TUNING, WRITTEN):
        if path.exists():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            crisis += data["crisis"]
            ordinary += data["ordinary"]
    return Examples(tuple(crisis), tuple(ordinary))


RIDGE_LAMBDA = 0.3
"""Chosen on the listening set's tuning half by 5-fold cross-validation (scripts/bench.py prints the figures)."""


def fit(crisis: np.ndarray, ordinary: np.ndarray, lam: float = RIDGE_LAMBDA) -> np.ndarray:
    """A linear reading of 'sounds like crisis language' (ridge regression to +1 / -1): 384 weights and a bias."""
    x = np.vstack([crisis, ordinary]).astype(np.float64)
    x = np.hstack([x, np.ones((len(x), 1))])
    y = np.r_[np.ones(len(crisis)), -np.ones(len(ordinary))]
    return np.linalg.solve(x.T @ x + lam * np.eye(x.shape[1]), x.T @ y).astype(np.float32)


NEIGHBOURS = 3
"""How many of its closest examples of each kind a sentence is compared with."""
NEIGHBOUR_WEIGHT = 4.0
"""The neighbours' part of the reading against the line's (likeness differences are about a quarter of the line's
spread). Both chosen by the cross-validation above: 3 neighbours at weights 2 to 8, or 1 to 8 neighbours at weight
4, read within two points of each other."""


@dataclass(frozen=True)
class Reading:
    """What a sentence's embedding is read against: the line, and the examples' own embeddings."""

    weights: np.ndarray
    crisis: np.ndarray
    ordinary: np.ndarray

    def line(self, vectors: np.ndarray) -> np.ndarray:
        """The linear reading alone (ridge regression)."""
        return vectors @ self.weights[:-1] + self.weights[-1]

    def margins(self, vectors: np.ndarray) -> np.ndarray:
        """How much each sentence reads like crisis language (0.55 and more: it does, see session/crisis.py)."""
        nearest = _closest(vectors @ self.crisis.T) - _closest(vectors @ self.ordinary.T)
        return self.line(vectors) + NEIGHBOUR_WEIGHT * nearest


def _closest(likeness: np.ndarray) -> np.ndarray:
    """The mean of each row's `NEIGHBOURS` largest likenesses."""
    k = min(NEIGHBOURS, likeness.shape[1])
    return np.sort(likeness, axis=1)[:, -k:].mean(axis=1)


def as_stored(vectors: np.ndarray) -> np.ndarray:
    """Embeddings as stored (half precision), so a reading computed in memory is the stored one."""
    return vectors.astype(np.float16).astype(np.float32)


def compute(model: TextModel, ex: Examples) -> Reading:
    crisis, ordinary = as_stored(model.embed(list(ex.crisis))), as_stored(model.embed(list(ex.ordinary)))
    return Reading(fit(crisis, ordinary), crisis, ordinary)


def reading(model: TextModel) -> Reading:
    """The stored reading, or (stale or missing file) one computed now from the examples."""
    ex = examples()
    try:
        stored = np.load(STORED)
        if str(stored["key"]) == ex.key:
            return Reading(stored["weights"].astype(np.float32), stored["crisis"].astype(np.float32),
                           stored["ordinary"].astype(np.float32))
    except (OSError, KeyError, ValueError):
        pass
    return compute(model, ex)


def store(model: TextModel) -> Path:
    ex = examples()
    found = compute(model, ex)
    np.savez_compressed(STORED, key=np.array(ex.key), weights=found.weights, crisis=found.crisis.astype(np.float16),
                        ordinary=found.ordinary.astype(np.float16))
    return STORED
