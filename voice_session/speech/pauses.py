"""The shell side of turn ends: at each pause, the turn model hears the audio, the transcript gives the words,
and turn_end.judge (pure) says how long a silence ends the turn; the ears are told."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import Protocol

import numpy as np

from voice_session.speech.ahead import Start, when_taken
from voice_session.speech.turn_end import TurnJudgement, by_words, judge
from voice_session.speech.turn_model import TurnModel, TurnModelMissing


class FinishedModel(Protocol):
    name: str

    def finished(self, samples: np.ndarray) -> float: ...


class PauseJudge:
    """Keeps the audio before each pause that closed an utterance (`heard`), and judges the pause once its words
    are known (`judged`): the turn model runs only when the words alone do not settle it. Whom the program
    listens to sets how far it may hurry: the speaker holds the floor, so a finished sentence of theirs is not
    the end of their turn; an answer's finished sentence is."""

    def __init__(self, model: FinishedModel | None, fixed_s: float) -> None:
        self.model = model
        self.fixed_s = fixed_s
        self.holds_floor = False
        self.way_out_s = 0.0
        """How long the sound takes on its way in and out (live: the devices' latencies; see turn_end.judge)."""
        self._before: dict[float, Callable[[], float]] = {}
        """Each pause that closed an utterance, by its end: the turn model's chance that the turn was finished."""

    def listening(self, purpose: str) -> None:
        self.holds_floor = purpose == "turn"
        self._before.clear()

    def heard(self, end_s: float, audio: np.ndarray, start: Start = when_taken) -> None:
        """An utterance ended by a pause at `end_s`; `audio` is the speech before it (up to 8 s). The model hears
        it at once (`start`: beside Whisper), though its answer is used only when the words do not settle it."""
        if self.model is not None:
            self._before[end_s] = start(partial(self.model.finished, audio))
            while len(self._before) > 8:
                self._before.pop(next(iter(self._before)))

    def judged(self, end_s: float, text: str) -> TurnJudgement | None:
        """The judgement of the pause after the utterance that ended at `end_s`, now that its words are known
        (None: that utterance was never heard as closed by a pause, or there is no model)."""
        finished_p = self._before.pop(end_s, None)
        if finished_p is None or self.model is None:
            return None
        settled = by_words(text, self.fixed_s)
        if settled is not None:
            return settled
        return judge(text, finished_p(), self.fixed_s, self.holds_floor, self.way_out_s)


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
