"""Example sentences of crisis language and of ordinary talk, and what the text model learns from them.

`examples.toml` holds sentences written for voice-session; the tuning half of the listening development set
is added to them (`examples_tuning.toml`). A linear reading of their embeddings (ridge regression, 385
numbers) is stored in `examples.npz` by `scripts/make_text_examples.py`, so a session never embeds them; if
the file does not match the texts or the model, it is computed once in memory instead (about 3 s).
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
STORED = HERE / "examples.npz"


@dataclass(frozen=True)
class Examples:
    crisis: tuple[str, ...]
    ordinary: tuple[str, ...]

    @property
    def key(self) -> str:
        """Changes whenever a text or the model changes: the stored embeddings are then stale."""
        text = "\n".join(("crisis", *self.crisis, "ordinary", *self.ordinary, MODEL_SHA256, str(RIDGE_LAMBDA)))
        return hashlib.sha256(text.encode()).hexdigest()


@cache
def examples() -> Examples:
    crisis: list[str] = []
    ordinary: list[str] = []
    for path in (EXAMPLES, TUNING):
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


def compute(model: TextModel, ex: Examples) -> np.ndarray:
    return fit(model.embed(list(ex.crisis)), model.embed(list(ex.ordinary)))


def weights(model: TextModel) -> np.ndarray:
    """The stored weights, or (stale or missing file) weights computed now from the examples."""
    ex = examples()
    try:
        stored = np.load(STORED)
        if str(stored["key"]) == ex.key:
            return stored["weights"].astype(np.float32)
    except (OSError, KeyError, ValueError):
        pass
    return compute(model, ex)


def store(model: TextModel) -> Path:
    ex = examples()
    np.savez_compressed(STORED, key=np.array(ex.key), weights=compute(model, ex))
    return STORED
