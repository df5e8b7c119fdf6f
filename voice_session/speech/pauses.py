"""The shell side of turn ends: at each pause, the turn model hears the audio, the transcript gives the words,
and turn_end.judge (pure) says how long a silence ends the turn; the ears are told."""

from __future__ import annotations

import sys
from typing import Protocol

import numpy as np

from voice_session.speech.turn_end import TurnJudgement, judge
from voice_session.speech.turn_model import TurnModel, TurnModelMissing


class FinishedModel(Protocol):
    name: str

    def finished(self, samples: np.ndarray) -> float: ...


class PauseJudge:
    """Remembers how each utterance closed by a pause sounded (`heard`), and judges the pause once its words
    are known (`judged`). Whom the program listens to sets how far it may hurry: the speaker holds the floor,
    so a finished sentence of theirs is not the end of their turn; an answer's finished sentence is."""

    def __init__(self, model: FinishedModel | None, fixed_s: float) -> None:
        self.model = model
        self.fixed_s = fixed_s
        self.holds_floor = False
        self._sounded: dict[float, float] = {}

    def listening(self, purpose: str) -> None:
        self.holds_floor = purpose == "turn"
        self._sounded.clear()

    def heard(self, end_s: float, audio: np.ndarray) -> None:
        """An utterance ended by a pause at `end_s`; `audio` is the speech before it (up to 8 s)."""
        if self.model is not None:
            self._sounded[end_s] = self.model.finished(audio)
            while len(self._sounded) > 8:
                self._sounded.pop(next(iter(self._sounded)))

    def judged(self, end_s: float, text: str) -> TurnJudgement | None:
        """The judgement of the pause after the utterance that ended at `end_s`, now that its words are known
        (None: that utterance was never heard as closed by a pause, or there is no model)."""
        if end_s not in self._sounded:
            return None
        return judge(text, self._sounded.pop(end_s), self.fixed_s, self.holds_floor)


def load_pause_judge(fixed_s: float, warn: bool = True) -> PauseJudge:
    """A judge with the turn model, or without it (turns end on the fixed silence, said once)."""
    try:
        model: FinishedModel | None = TurnModel()
    except TurnModelMissing as err:
        if warn:
            print(f"voice-session: warning: the turn model is unavailable ({err}); a turn ends after "
                  f"{fixed_s:g} s of silence (reinstall voice-session to restore it)", file=sys.stderr)
        model = None
    return PauseJudge(model, fixed_s)
