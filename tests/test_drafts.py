"""Utterances transcribed ahead of their close (speech/hearing.py): a hand-off is answered about 0.35 s after the
last word instead of 0.5 s (live, 0.2 s plus Whisper's own time), and drafting never changes what is heard. Real
audio through the real ears and Whisper."""

from __future__ import annotations

import numpy as np
import pytest

from tests.turn_set import REALSPEECH
from voice_session.audio.decode import load_audio
from voice_session.audio.frames import FRAME_S, split_frames
from voice_session.config import Settings
from voice_session.session.events import Utterance
from voice_session.speech.ears import Ears
from voice_session.speech.endpoint import TAIL_MS
from voice_session.speech.hearing import DRAFT_BACK_S, Hearing
from voice_session.speech.stream import InlineTranscriber

from .conftest import CLIPS

NEVER = 600
"""A draft_ms longer than the hangover: every utterance closes before it could be drafted."""
TAIL_S = TAIL_MS / 1000
"""An utterance ends this long after its last loud voiced frame (speech/endpoint.py)."""
DRAFTED_AT = 0.18 + DRAFT_BACK_S + FRAME_S
"""A hand-off drafted 180 ms into its pause is delivered by then in a simulation: when a live draft would be back."""


class Counting(InlineTranscriber):
    submitted = 0
    now = 0.0
    at: list[float]
    """When each utterance went to Whisper."""

    def submit(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.submitted += 1
        self.at = [*getattr(self, "at", []), self.now]
        super().submit(*args, **kwargs)


def heard(samples: np.ndarray, whisper: object, purpose: str, draft_ms: int = 180,
          live: bool = False) -> tuple[list, int]:
    """(utterances as (text, start, end, paused, delivered at), Whisper runs) of `samples` heard in a `purpose`,
    in a simulation (or `live`)."""
    transcription = Counting(whisper)  # type: ignore[arg-type]
    return _heard(samples, transcription, purpose, draft_ms, live), transcription.submitted


def _heard(samples: np.ndarray, transcription: Counting, purpose: str, draft_ms: int, live: bool) -> list:
    hearing = Hearing(Ears(Settings(draft_ms=draft_ms)), transcription, wait=not live, ahead=False)
    hearing.listen(True, "A", purpose)
    out = []
    frames = list(split_frames(np.concatenate([samples, np.zeros(16000 * 3, dtype=np.int16)])))
    for i, frame in enumerate(frames):
        now = (i + 1) * FRAME_S
        transcription.now = now
        events = hearing.hear(frame, now, talking=False) + hearing.collect(now)
        out += [(e.text, e.start_s, e.end_s, e.paused, now) for e in events if isinstance(e, Utterance)]
    return out


def test_a_hand_off_is_delivered_once_its_draft_is_back(whisper) -> None:  # type: ignore[no-untyped-def]
    """"…That's all, over to you." in a turn: delivered about 0.35 s after its last word (the turn ends on it),
    where without drafts it waits for the 0.5 s close; the same words either way."""
    clip = load_audio(CLIPS / "hand_off.wav")
    fast, _ = heard(clip, whisper, "turn")
    slow, _ = heard(clip, whisper, "turn", draft_ms=NEVER)
    assert [u[:4] for u in fast] == [u[:4] for u in slow]
    text, _, end, paused, at = fast[-1]
    assert "over to you" in text.lower() and paused
    last_word = end - TAIL_S
    assert at - last_word <= DRAFTED_AT
    assert slow[-1][4] - last_word >= 0.5 - FRAME_S


def test_words_that_do_not_end_a_turn_wait_for_the_close(whisper) -> None:  # type: ignore[no-untyped-def]
    """The same hand-off as a paraphrase (where it ends nothing), and a plain sentence in a turn: delivered at
    the close, as before."""
    clip = load_audio(CLIPS / "hand_off.wav")
    paraphrase, _ = heard(clip, whisper, "paraphrase")
    assert paraphrase[-1][4] - (paraphrase[-1][2] - TAIL_S) >= 0.5 - FRAME_S
    plain, _ = heard(load_audio(CLIPS / "hurt_dinner.wav"), whisper, "turn")
    assert plain and all(at - (end - TAIL_S) >= 0.5 - FRAME_S for *_, end, _, at in plain)


def test_live_an_answers_words_are_worked_out_at_its_first_pause(whisper) -> None:  # type: ignore[no-untyped-def]
    """Live, a paraphrase is sent to Whisper 180 ms into its pause, so its pause can be judged when it closes
    (0.5 s) and a finished one answered 0.8 s after its last word; before, its words came back only after a run
    of Whisper that began at the close (a finished paraphrase was judged 0.73 s after its last word, live). Once,
    not again at the close. A simulation, which has every transcript in the frame its utterance closes, does not
    draft there (it would only cost time)."""
    clip = load_audio(CLIPS / "hurt_dinner.wav")
    live = Counting(whisper)  # type: ignore[arg-type]
    said = _heard(clip, live, "paraphrase", 180, live=True)
    assert len(said) == 1 and live.submitted == 1
    _, _, end, paused, _ = said[0]
    assert paused and live.at[0] - (end - TAIL_S) <= 0.18 + FRAME_S
    simulated = Counting(whisper)  # type: ignore[arg-type]
    assert [u[:4] for u in _heard(clip, simulated, "paraphrase", 180, live=False)] == [u[:4] for u in said]
    assert simulated.at[0] - (end - TAIL_S) >= 0.5 - FRAME_S


def test_drafting_real_speech_changes_no_words_and_no_utterance(whisper) -> None:  # type: ignore[no-untyped-def]
    """Real conversational and read speech, full of pauses the speaker goes on after: drafted or not, live or
    simulated, the same utterances with the same words, delivered at the same moments (nothing in them ends a
    turn)."""
    names = ("ami_seriously_FEE016_ihm", "libri_2412-153948-0000")
    if not all((REALSPEECH / f"{name}.wav").is_file() for name in names):
        pytest.skip("the real-speech development set is not on this machine")
    drafts = 0
    for name in names:
        samples = load_audio(REALSPEECH / f"{name}.wav")[: 16000 * 40]
        plain, plain_runs = heard(samples, whisper, "turn", draft_ms=NEVER)
        for live in (False, True):
            drafted, runs = heard(samples, whisper, "turn", live=live)
            assert drafted == plain
            drafts += runs - plain_runs
    assert drafts > 0  # pauses were drafted and the speaker went on


def test_that_is_all_then_a_breath_then_over_to_you_stays_one_utterance(whisper) -> None:  # type: ignore[no-untyped-def]
    """"That's all, [0.3 s] over to you." (the floor scenario's line, in the simulated couple's voice): "that's
    all" closes what was said but does not give the floor away, so the breath after it is not cut; the whole
    hand-off is one utterance, answered as soon as the draft of "over to you" is back."""
    from voice_session.scenario import line_audio, load_scenario

    scenario = load_scenario(CLIPS.parent / "floor" / "scenario.toml")
    line = next(line for line in scenario.lines if "over to you" in line.text)
    utterances, _ = heard(line_audio(scenario, line), whisper, "turn")
    assert len(utterances) == 1, utterances
    text, _, end, _, at = utterances[0]
    assert "all" in text.lower() and "over to you" in text.lower()
    assert at - (end - TAIL_S) <= DRAFTED_AT


def test_a_simulation_sends_a_draft_only_when_a_live_one_would_be_back(whisper) -> None:  # type: ignore[no-untyped-def]
    """Real conversational speech, full of short pauses the speaker goes on after. Live, each is drafted at once and
    the words of those the speaker went on after come back to be dropped; a simulation sends a draft only when a live
    one would be back (`DRAFT_BACK_S` into its pause), so the pauses gone on after before then cost it no run of
    Whisper. The same utterances either way."""
    name = "ami_seriously_FEE016_ihm"
    if not (REALSPEECH / f"{name}.wav").is_file():
        pytest.skip("the real-speech development set is not on this machine")
    samples = load_audio(REALSPEECH / f"{name}.wav")[: 16000 * 40]
    live, simulated = Counting(whisper), Counting(whisper)  # type: ignore[arg-type]
    heard_live = _heard(samples, live, "turn", 120, live=True)
    heard_simulated = _heard(samples, simulated, "turn", 120, live=False)
    _, closed = heard(samples, whisper, "turn", draft_ms=NEVER)
    assert [u[:4] for u in heard_simulated] == [u[:4] for u in heard_live]
    print(f"Whisper runs: {closed} without drafts, {simulated.submitted} simulated, {live.submitted} live")
    assert closed <= simulated.submitted < live.submitted


class Slow(Counting):
    """Whisper taking `DELAY_S` a run, as on a busy machine: one run at a time, in order, each transcript pending
    until it is back."""

    DELAY_S = 0.5

    def __init__(self, whisper: object) -> None:
        super().__init__(whisper)  # type: ignore[arg-type]
        self.due: list[float] = []

    def submit(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.due.append(max([self.now, *self.due]) + self.DELAY_S)
        super().submit(*args, **kwargs)

    @property
    def pending(self) -> int:  # type: ignore[override]
        return len(self._done)

    @pending.setter
    def pending(self, value: int) -> None:
        pass

    def results(self, wait: bool = False) -> list:  # type: ignore[override]
        back = len(self.due) if wait else next((i for i, due in enumerate(self.due) if due > self.now + 1e-9),
                                               len(self.due))
        out, self._done, self.due = self._done[:back], self._done[back:], self.due[back:]
        return out


def _spoken(clip: np.ndarray) -> np.ndarray:
    """The clip from its first to its last loud sample."""
    loud = np.flatnonzero(np.abs(clip.astype(np.int32)) > 500)
    return clip[loud[0] : loud[-1] + 1]


def test_live_a_pause_gone_on_after_does_not_hold_back_the_next_ones_draft(whisper) -> None:  # type: ignore[no-untyped-def]
    """A paraphrase that ends "…during dinner. [0.15 s] Yes.", on a busy machine (Whisper 0.5 s a run): the breath
    is drafted, and the real end is drafted too while the breath's words are still being worked out, waiting
    behind them; its words are back about 0.7 s after the last word. Before, the transcriber being busy with the
    first draft kept the second from being sent: the words went to Whisper only at the close, 0.5 s into the pause,
    and were back a second after the last word, too late to answer a finished paraphrase within a second."""
    words = _spoken(load_audio(CLIPS / "paraphrase_good.wav"))
    yes = _spoken(load_audio(CLIPS / "confirm_yes.wav"))[: int(0.3 * 16000)]
    breath = np.zeros(int(0.15 * 16000), dtype=np.int16)
    slow = Slow(whisper)
    said = _heard(np.concatenate([words, breath, yes]), slow, "paraphrase", 120, live=True)
    assert len(said) == 1, said
    _, _, end, paused, delivered = said[0]
    last_word = end - TAIL_S
    assert paused and slow.at[-1] - last_word <= 0.12 + FRAME_S
    assert delivered - last_word <= 0.8
