"""The text model as the session engine uses it: crisis scores and likeness of sentences, nothing else."""

from __future__ import annotations

import sys

import numpy as np

from voice_session.text.model import TextModel, load_text_model


class TextUnderstanding:
    """Implements the engine's `Understanding`: `crisis_margins` (session/crisis.py) and `likeness`
    (session/paraphrase.py), from one sentence-embedding model. Deterministic: the same text, the same figures."""

    def __init__(self, model: TextModel) -> None:
        from voice_session.text.examples import reading

        self.model = model
        self.reading = reading(model)

    def crisis_margins(self, sentences: list[str]) -> list[float]:
        return [float(v) for v in self.reading.margins(self.model.embed(sentences))]

    def likeness(self, texts: list[str], others: list[str]) -> np.ndarray:
        return self.model.embed(texts) @ self.model.embed(others).T

    def prepare(self, texts: list[str]) -> None:
        self.model.embed(texts)  # remembered by the model for the judgement that follows


def load_understanding(warn: bool = True) -> TextUnderstanding | None:
    """The engine's reading of meaning, or None (one warning line) when the model cannot load."""
    model = load_text_model(warn=warn)
    if model is None:
        return None
    try:
        return TextUnderstanding(model)
    except (OSError, ValueError) as err:
        if warn:
            print(f"voice-session: warning: the text model's examples are unreadable ({err}); using word rules only",
                  file=sys.stderr)
        return None
