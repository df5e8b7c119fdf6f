"""Whose voice an utterance is, in a session: the two partners' voices learned as they speak.

Nobody is asked to do anything extra. In a live session the microphone check greets each partner by name and
their hello becomes their voice (`enrol`), so the program knows both before the first turn. Otherwise (a
simulation, a check skipped or not heard) the first utterance the program hears, from the person it is
listening to as the session starts, becomes that person's voice; the first one clearly unlike it becomes the
other partner's (whether it came in their turn or broke into the other's). Every utterance that is surely
someone's refines their voice (a running mean of voice vectors, longer speech weighing more). Once both voices
are known, each utterance is compared with both: the nearer one, and how sure, is the margin between the two.
Unsure (or either voice not yet known) means None: the program then credits whoever it expects, as it did
before it could tell voices apart. `decide` is pure; `Voices` keeps the state and runs the encoder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial

import numpy as np

from voice_session.speech.ahead import Start, when_taken

SURE_MARGIN = 0.12
"""A voice nearer one partner than the other by this much cosine is surely theirs (same voice: 0.75-0.95,
two voices: 0.45-0.65 on real speech; short utterances are noisier)."""
SAME_VOICE = 0.85
"""While only one voice is known, an utterance this close to it is that voice (and refines it)."""
NEW_VOICE = 0.78
"""While only one voice is known, an utterance further from it than this is the other partner's voice. On the
tuning voices of tests/speaker_set.py and tests/turn_set.py, one person's two halves gave 0.91-0.96 and two
people 0.49-0.64 (a woman and a man 0.64): halfway between."""
APART_TO_ENROL = 0.70
"""A second partner's hello is learned as their voice only when it is this far from the first partner's: on the
tuning voices, 2 s of one person's speech against another 2 s of theirs gave 0.73-0.95, two people 0.45-0.65.
Nearer than this (the same person answering twice, or two close voices), the second voice is learned as the
couple speaks instead."""
ENROL_S = 1.5
"""A hello with less speech than this (one word) says too little to be someone's voice from the start: on the
tuning voices, 0.9 s of speech was nearer the other person than its own."""
MIN_SPEECH_S = 0.8
"""Shorter utterances ("yes", a laugh) say too little about a voice to be judged or learned from."""


def decide(vector: np.ndarray, voices: dict[str, np.ndarray]) -> tuple[str | None, float]:
    """(whose voice, how sure 0..1) among the known voices; None when unsure or a voice is not known yet."""
    if len(voices) < 2:
        return None, 0.0
    ranked = sorted(((float(vector @ print_), who) for who, print_ in voices.items()), reverse=True)
    (best, who), (second, _) = ranked[0], ranked[1]
    sure = float(np.clip((best - second) / (2 * SURE_MARGIN), 0.0, 1.0))
    return (who if best - second >= SURE_MARGIN else None), round(sure, 2)


def _one_known(vector: np.ndarray, voices: dict[str, np.ndarray]) -> tuple[str | None, float]:
    """While one voice is known: that voice (at or above SAME_VOICE), the other partner's (below NEW_VOICE),
    or unsure in between; how sure is 0.5 at either threshold and grows away from it, as in `decide`."""
    known, print_ = next(iter(voices.items()))
    likeness = float(vector @ print_)
    span = 2 * (SAME_VOICE - NEW_VOICE)
    if likeness < NEW_VOICE:
        return ("B" if known == "A" else "A"), round(float(np.clip(0.5 + (NEW_VOICE - likeness) / span, 0, 1)), 2)
    if likeness >= SAME_VOICE:
        return known, round(float(np.clip(0.5 + (likeness - SAME_VOICE) / span, 0, 1)), 2)
    return None, 0.0


class Voices:
    """The shell's side: keeps each closed utterance's audio until its words arrive, then says whose it is."""

    def __init__(self, embed: Callable[[np.ndarray], np.ndarray]) -> None:
        self.embed = embed
        self.prints: dict[str, np.ndarray] = {}
        self._weights: dict[str, float] = {}
        self._heard: dict[float, tuple[float, Callable[[], np.ndarray] | None]] = {}
        """Each closed utterance by its end: (seconds of it, its voice vector when taken; None when too short)."""

    def heard(self, end_s: float, samples: np.ndarray, start: Start = when_taken) -> None:
        """An utterance closed at `end_s`: its voice vector is worked out (`start`, beside Whisper) while its words
        are being written."""
        seconds = len(samples) / 16000
        vector = start(partial(self.embed, samples)) if seconds >= MIN_SPEECH_S else None
        self._heard[end_s] = (seconds, vector)
        while len(self._heard) > 8:
            self._heard.pop(next(iter(self._heard)))

    def whose(self, end_s: float, expected: str | None) -> tuple[str | None, float | None]:
        """Whose voice the utterance that ended at `end_s` is, and how sure; learns from it when it can."""
        heard = self._heard.pop(end_s, None)
        if heard is None:
            return None, None
        seconds, taken = heard
        if taken is None:
            return None, 0.0
        vector = taken()
        if len(self.prints) >= 2:
            who, sure = decide(vector, self.prints)
        elif self.prints:  # one voice known: clearly it, clearly not it (the other partner's), or unsure
            who, sure = _one_known(vector, self.prints)
        else:  # nobody known yet: the person expected speaks first, as a session starts
            who, sure = None, 0.0
            if expected is not None:
                self._learn(expected, vector, seconds)
        if who is not None:
            self._learn(who, vector, seconds)
        return who, sure

    def enrol(self, who: str, samples: np.ndarray) -> bool:
        """`who`'s voice from what they said when greeted by name (the microphone check). Not learned when too
        short to say much about a voice, or when it is the voice already known for the other partner (the same
        person answering twice, or the program's own voice)."""
        if len(samples) < ENROL_S * 16000:
            return False
        vector = self.embed(samples)
        if any(other != who and float(vector @ known) >= APART_TO_ENROL for other, known in self.prints.items()):
            return False
        self._learn(who, vector, len(samples) / 16000)
        return True

    def _learn(self, who: str, vector: np.ndarray, seconds: float) -> None:
        weight = self._weights.get(who, 0.0)
        mean = self.prints.get(who, np.zeros_like(vector)) * weight + vector * seconds
        self.prints[who] = mean / max(1e-9, float(np.linalg.norm(mean)))
        self._weights[who] = weight + seconds


def load_voices(warn: bool = True) -> Voices | None:
    """The speaker model, or None (one warning line): utterances are then credited to whoever is expected."""
    from voice_session.speech.voiceprint import VoiceEncoder, VoiceModelMissing

    try:
        encoder = VoiceEncoder()
    except VoiceModelMissing as err:
        if warn:
            print(f"voice-session: warning: the speaker model is unavailable ({err}); the program cannot tell your "
                  "voices apart and credits what it hears to whoever has the floor", file=sys.stderr)
        return None
    return Voices(encoder.embed)
