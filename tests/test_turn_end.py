"""Turn ends from how a turn was said: the pure judgement (table), the endpointer's judged pauses, and the real
turn model on real speech and on the fixture clips."""

from __future__ import annotations

import numpy as np
import pytest

from voice_session.speech.endpoint import Endpointer, TurnSilence, UtteranceClosed
from voice_session.speech.turn_end import (
    FINISHED_WAIT_S,
    SHORTEST_WAIT_S,
    UNFINISHED_WAIT_S,
    Verdict,
    by_words,
    judge,
    words_say,
)

F = 30


@pytest.mark.parametrize(("text", "said"), [
    ("And that's why it hurt so much.", Verdict.FINISHED),
    ("Did you hear me?", Verdict.FINISHED),
    ("When you didn't come to the hospital I", Verdict.UNFINISHED),
    ("When you didn't come to the hospital, I...", Verdict.UNFINISHED),
    ("I felt hurt because", Verdict.UNFINISHED),
    ("and then you laughed at my", Verdict.UNFINISHED),
    ("I was thinking about the, um", Verdict.UNFINISHED),
    ("so I went to the", Verdict.UNFINISHED),
    ("It was, ", Verdict.UNFINISHED),
    ("I told you so", Verdict.UNSURE),  # no full stop: the words alone cannot tell
    ("I love you.", Verdict.FINISHED),  # "you" can end a sentence
    ("What are you talking about?", Verdict.FINISHED),
    ("", Verdict.UNSURE),
])
def test_what_the_last_words_say(text: str, said: Verdict) -> None:
    assert words_say(text) is said


@pytest.mark.parametrize(("text", "p", "floor", "verdict", "wait"), [
    ("Yes, that's it.", 0.95, False, Verdict.FINISHED, FINISHED_WAIT_S),
    ("Yes, that's it.", 0.3, False, Verdict.UNSURE, 2.0),       # reads finished, sounds unsure
    ("Yes, that's it.", 0.95, True, Verdict.UNSURE, 2.0),       # the speaker holds the floor: never hurried
    ("and then I", 0.99, False, Verdict.UNFINISHED, UNFINISHED_WAIT_S),  # the words win over the sound
    ("and then I", 0.99, True, Verdict.UNFINISHED, UNFINISHED_WAIT_S),
    ("I went to see her.", 0.02, False, Verdict.UNFINISHED, UNFINISHED_WAIT_S),  # a voice that stays up
    ("I went to see her", 0.6, False, Verdict.UNSURE, 2.0),     # no full stop: unsure
    ("Yes, that's it.", None, False, Verdict.UNSURE, 2.0),      # no model: today's fixed silence
    ("and then I", None, False, Verdict.UNSURE, 2.0),
])
def test_the_judgement_table(text: str, p: float | None, floor: bool, verdict: Verdict, wait: float) -> None:
    judged = judge(text, p, 2.0, holds_floor=floor)
    assert (judged.verdict, judged.wait_s) == (verdict, wait)
    assert judged.why


def test_a_longer_fixed_silence_is_never_shortened_for_an_unfinished_thought() -> None:
    assert judge("and I", 0.5, 5.0).wait_s == 5.0
    assert judge("Yes.", 0.9, 1.0).wait_s == FINISHED_WAIT_S  # and a finished one never waits longer than fixed
    assert judge("Yes.", 0.9, 0.6).wait_s == 0.6


@pytest.mark.parametrize(("way_out_s", "fixed_s", "wait"), [
    (0.0, 2.0, FINISHED_WAIT_S),  # a simulation: nothing on the way
    (0.15, 2.0, 0.65),  # a laptop's buffers in and out: heard 0.8 s after the last word all the same
    (0.6, 2.0, SHORTEST_WAIT_S),  # a slow sound system never hurries the program under half a second
    (0.15, 0.6, 0.5),  # a short --turn-silence is shortened too, never under the shortest wait
    (0.15, 0.4, 0.4),  # nor ever past the fixed silence itself
])
def test_the_way_out_shortens_only_the_wait_after_a_finished_answer(way_out_s: float, fixed_s: float,
                                                                     wait: float) -> None:
    assert judge("That's what I heard.", 0.9, fixed_s, way_out_s=way_out_s).wait_s == pytest.approx(wait)
    # an unfinished thought, an unsure pause and the speaker's turn keep their own silence
    assert judge("and then I", 0.9, fixed_s, way_out_s=way_out_s).wait_s == max(fixed_s, 3.5)
    assert judge("That's what I heard.", 0.3, fixed_s, way_out_s=way_out_s).wait_s == fixed_s
    assert judge("That's what I heard.", 0.9, fixed_s, holds_floor=True, way_out_s=way_out_s).wait_s == fixed_s


def _speak_then_judge(wait_ms: int | None, silence_s: float = 5.0) -> list[tuple[int, object]]:
    ep = Endpointer()
    out: list[tuple[int, object]] = []
    for seconds, speech in ((0.3, False), (1.5, True), (silence_s, False)):
        for _ in range(round(seconds * 1000 / F)):
            for event in ep.step(F, speech):
                out.append((ep.now_ms, event))
                if isinstance(event, UtteranceClosed) and wait_ms is not None:
                    assert ep.judge_pause(event.end_ms, wait_ms, "finished")
    return out


def test_a_judged_pause_ends_the_turn_after_its_own_silence() -> None:
    last_voiced_ms = 1800
    for wait_ms in (800, 3500):
        events = _speak_then_judge(wait_ms)
        at, end = next((at, e) for at, e in events if isinstance(e, TurnSilence))
        assert isinstance(end, TurnSilence) and end.how == "finished"
        assert wait_ms <= at - last_voiced_ms < wait_ms + F
    at, end = next((at, e) for at, e in _speak_then_judge(None) if isinstance(e, TurnSilence))
    assert isinstance(end, TurnSilence) and end.how == "silence" and 2000 <= at - last_voiced_ms < 2000 + F


def test_a_judgement_that_arrives_after_the_speaker_went_on_is_ignored() -> None:
    ep = Endpointer()
    closed: list[UtteranceClosed] = []
    for seconds, speech in ((1.5, True), (0.6, False), (0.5, True)):
        for _ in range(round(seconds * 1000 / F)):
            closed += [e for e in ep.step(F, speech) if isinstance(e, UtteranceClosed)]
    assert len(closed) == 1
    assert not ep.judge_pause(closed[0].end_ms, 800, "finished")  # speaking again: moot
    events = []
    for _ in range(round(2.5 * 1000 / F)):
        events += ep.step(F, False)
    ends = [e for e in events if isinstance(e, TurnSilence)]
    assert len(ends) == 1 and ends[0].how == "silence"


def test_the_next_stretch_of_speech_forgets_the_last_judgement() -> None:
    ep = Endpointer()
    ends: list[TurnSilence] = []
    for seconds, speech in ((1.5, True), (0.6, False)):
        for _ in range(round(seconds * 1000 / F)):
            for event in ep.step(F, speech):
                if isinstance(event, UtteranceClosed):
                    ep.judge_pause(event.end_ms, 3500, "unfinished")
    for seconds, speech in ((0.6, False), (1.0, True), (2.2, False)):  # a thinking pause, then more, then quiet
        for _ in range(round(seconds * 1000 / F)):
            ends += [e for e in ep.step(F, speech) if isinstance(e, TurnSilence)]
    assert [e.how for e in ends] == ["silence"]


# ---- the real model ----

@pytest.fixture(scope="module")
def turn_model():  # type: ignore[no-untyped-def]
    from voice_session.speech.turn_model import TurnModel, TurnModelMissing

    try:
        return TurnModel()
    except TurnModelMissing as err:
        pytest.fail(f"the turn model must be installed by the project's setup: {err}")


def test_the_model_is_deterministic_and_reads_any_length(turn_model) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import CLIPS
    from voice_session.audio.sources import WavSource

    samples = WavSource(CLIPS / "hurt_dinner.wav").samples
    first = turn_model.finished(samples)
    assert turn_model.finished(samples) == first
    assert 0.0 <= turn_model.finished(samples[:1600]) <= 1.0  # a tenth of a second: padded, never an error
    assert 0.0 <= turn_model.finished(np.zeros(0, dtype=np.int16)) <= 1.0
    long = np.concatenate([samples] * 4)  # longer than its 8 s window: the last 8 s are read
    assert abs(turn_model.finished(long) - turn_model.finished(long[-8 * 16000:])) < 1e-6


def test_real_speech_stopped_mid_sentence_is_not_taken_for_a_finished_thought(turn_model) -> None:  # type: ignore[no-untyped-def]
    """Held-out real speech (tests/turn_set.py): at word ends inside a sentence, with the words the program
    would have then, at most a few pauses in a hundred are judged finished (ended after a short silence), and
    most are given the long wait. The pauses are read on both cores (a Whisper of its own on each; every
    pause's verdict depends on its audio alone)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from tests import turn_set
    from voice_session.config import Settings
    from voice_session.speech.transcribe import WhisperTranscriber

    if not turn_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    recordings = {name: turn_set.audio(name) for name in turn_set.HALVES["held-out"]}
    own = threading.local()

    def verdict(pause: turn_set.Pause) -> Verdict:
        if not hasattr(own, "whisper"):
            own.whisper = WhisperTranscriber(Settings())
        audio = recordings[pause.recording]
        text = own.whisper.transcribe(turn_set.utterance(audio, pause)).text
        settled = by_words(text, 2.0)  # as the program judges: the sound is asked only when the words do not settle it
        return settled.verdict if settled else judge(text, turn_model.finished(turn_set.heard_at(audio, pause.at_s)),
                                                    2.0).verdict

    with ThreadPoolExecutor(max_workers=2) as cores:
        verdicts = list(cores.map(verdict, [p for p in turn_set.pauses("held-out") if not p.finished]))
    assert len(verdicts) >= 60
    finished = verdicts.count(Verdict.FINISHED) / len(verdicts)
    waited = verdicts.count(Verdict.UNFINISHED) / len(verdicts)
    assert finished <= 0.06, f"{finished:.1%} of mid-sentence stops judged finished"
    assert waited >= 0.8, f"only {waited:.1%} of mid-sentence stops given the long wait"


# ---- whole sessions ----

@pytest.mark.slow
def test_unfinished_thoughts_are_never_cut_and_finished_answers_are_followed_quickly(tmp_path, whisper) -> None:  # type: ignore[no-untyped-def]
    """audio_fixtures/pauses: a speaker stops mid-thought ("…the hospital, I" and "…my dad, and") for about
    2.5 and 3 s; each thought stays one turn. The listener's finished paraphrases are followed within 1 s."""
    from tests.conftest import FIXTURES
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay

    result = simulate(SimulationOptions(scenario=str(FIXTURES / "pauses" / "scenario.toml"), out=str(tmp_path / "s")),
                      display=QuietDisplay(), transcriber=whisper)
    events, _ = read_events(result.folder / "events.jsonl")
    turns = [e for e in events if e["event"] == "turn_ended" and e["purpose"] == "turn"]
    texts = [e for e in events if e["event"] == "utterance"]
    hospital = [t for t in texts if "hospital" in t["text"] and t["person"] == "Sam"]
    froze = [t for t in texts if "froze" in t["text"].lower() and t["person"] == "Alex"]
    assert hospital and froze
    # the second half of each unfinished thought was heard inside the same turn as its first half
    assert turns[0]["t"] > next(t["end"] for t in texts if "didn't matter to you" in t["text"])
    assert turns[2]["t"] > froze[0]["end"]
    assert next(e["verdict"] for e in events if e["event"] == "pause_judged") == "unfinished"
    paraphrases = [e for e in events if e["event"] == "turn_ended" and e["purpose"] == "paraphrase"]
    assert len(paraphrases) == 3
    quick = [e for e in paraphrases if e["reason"] == "finished" and e["silence"] <= 1.0]
    assert len(quick) >= 2, paraphrases
    # every turn end says how it was decided and after how much silence
    assert all("silence" in e and e["reason"] for e in events if e["event"] == "turn_ended")
