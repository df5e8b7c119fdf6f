"""The endpointer stepped by hand: (frame_ms, is_speech) in, events out, no audio."""

from __future__ import annotations

from voice_session.config import Settings
from voice_session.speech.endpoint import (
    TAIL_MS,
    Endpointer,
    Phase,
    SpeechBegan,
    TurnSilence,
    UtteranceClosed,
    UtteranceDrafted,
)

F = 30  # ms per frame


def run(pattern: list[tuple[float, bool]], settings: Settings | None = None,
        drafts: bool = False) -> list[tuple[int, object]]:
    """Steps (seconds, is_speech) spans; returns (ms at which each event was emitted, event); drafts only when
    asked for."""
    ep = Endpointer(settings or Settings())
    out = []
    for seconds, speech in pattern:
        for _ in range(round(seconds * 1000 / F)):
            for event in ep.step(F, speech):
                if drafts or not isinstance(event, UtteranceDrafted):
                    out.append((ep.now_ms, event))
    return out


def kinds(events: list[tuple[int, object]]) -> list[str]:
    return [type(e).__name__ for _, e in events]


def test_speech_then_long_silence_gives_start_utterance_and_turn_end() -> None:
    events = run([(0.6, False), (2.1, True), (2.5, False)])
    assert kinds(events) == ["SpeechBegan", "UtteranceClosed", "TurnSilence"]
    _, began = events[0]
    assert isinstance(began, SpeechBegan)
    assert began.start_ms == 600 - 300  # speech at 600 ms, minus 300 ms of pre-roll
    _, closed = events[1]
    assert isinstance(closed, UtteranceClosed) and closed.end_ms == 2700 + TAIL_MS  # last voiced + tail


def test_thinking_pause_of_1_5_s_never_ends_the_turn() -> None:
    # speak 3 s, think 1.5 s, speak 2 s, then fall silent
    events = run([(3.0, True), (1.5, False), (2.0, True), (3.0, False)])
    turn_ends = [(at, e) for at, e in events if isinstance(e, TurnSilence)]
    assert len(turn_ends) == 1
    at, _ = turn_ends[0]
    assert at > 6500  # only after the second stretch of speech
    # the pause still splits the turn into two utterances, so the first is transcribed during the pause
    assert kinds(events).count("UtteranceClosed") == 2


def test_turn_end_reported_within_turn_silence_plus_100_ms() -> None:
    for turn_silence_s in (1.0, 2.0, 3.5):
        events = run([(1.0, True), (turn_silence_s + 1.0, False)], Settings(turn_silence_s=turn_silence_s))
        at, event = next((at, e) for at, e in events if isinstance(e, TurnSilence))
        assert isinstance(event, TurnSilence)
        assert turn_silence_s * 1000 <= at - 1000 <= turn_silence_s * 1000 + 100


def test_clicks_shorter_than_min_speech_are_ignored() -> None:
    # three 60 ms bursts a second apart: noise, never speech
    events = run([(0.06, True), (1.0, False)] * 3 + [(3.0, False)])
    assert events == []


def _frames(flags: str, over_program: bool) -> list[tuple[int, object]]:
    """One 30 ms frame per character ("1" voiced, "0" not), all over the program's voice or none."""
    ep = Endpointer(Settings())
    return [(ep.now_ms, e) for flag in flags for e in ep.step(F, flag == "1", over_program=over_program)]


# an answer said over a question's words, as the canceller left it live (frame by frame, 30 ms): its suppressor
# muted the partner in part of the frames for the first half second
MUTED_AT_FIRST = "11111" + "0000" + "111" + "00" + "1" + "0" + "1111" + "1111111111"


def test_an_answer_half_muted_by_the_canceller_starts_as_soon_as_it_has_lasted_250_ms() -> None:
    over = _frames(MUTED_AT_FIRST, over_program=True)
    alone = _frames(MUTED_AT_FIRST, over_program=False)
    (at_over, began), *_ = over
    (at_alone, _), *_ = alone
    assert isinstance(began, SpeechBegan)
    assert at_over == 270  # 250 ms after the first voiced frame began (150 ms of it voiced)
    assert at_alone == 570  # where 250 ms of voiced frames are reached: 0.3 s later
    assert began.start_ms == 0


def test_over_the_program_a_start_still_needs_a_run_of_voice_and_enough_of_it() -> None:
    # the canceller's residue: single voiced frames, never three in a row
    assert _frames("1010101010101010101010", over_program=True) == []
    # a short burst and nothing much after it: 120 ms voiced within 300 ms
    assert _frames("1111" + "000000" + "0" * 30, over_program=True) == []
    # and never sooner than 250 ms of sound, however voiced
    (at, _), *_ = _frames("1" * 20, over_program=True)
    assert at == 270


def test_no_turn_end_without_speech() -> None:
    assert run([(10.0, False)]) == []


def test_long_speech_is_split_at_a_short_pause_after_max_utterance() -> None:
    settings = Settings(max_utterance_s=5.0)
    # 6 s of speech, a 90 ms breath (shorter than the hangover), 3 s more speech
    events = run([(6.0, True), (0.09, False), (3.0, True), (3.0, False)], settings)
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert len(closed) == 2
    assert 5900 <= closed[0].end_ms <= 6300  # cut at the breath, not mid-word


def test_unbroken_speech_is_cut_at_the_hard_limit() -> None:
    events = run([(30.0, True), (3.0, False)], Settings(max_utterance_s=10.0))
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert closed[0].end_ms - closed[0].start_ms <= 15_500


def test_speech_starting_as_turn_silence_runs_out_keeps_the_turn() -> None:
    ep = Endpointer(Settings(turn_silence_s=2.0))
    for _ in range(50):
        ep.step(F, True)  # 1.5 s speech
    for _ in range(60):
        assert not any(isinstance(e, TurnSilence) for e in ep.step(F, False))  # 1.8 s of silence
    # voiced frames begin (a candidate) just before the 2 s mark: the turn stays open while it grows
    events = []
    for _ in range(10):
        events += ep.step(F, True)
    assert not any(isinstance(e, TurnSilence) for e in events)
    assert ep.phase is Phase.SPEECH


def test_flush_closes_open_speech_and_reset_forgets_it() -> None:
    ep = Endpointer()
    for _ in range(20):
        ep.step(F, True)
    assert [type(e).__name__ for e in ep.flush()] == ["UtteranceClosed"]
    for _ in range(20):
        ep.step(F, True)
    ep.reset()
    assert ep.phase is Phase.QUIET
    assert all(not ep.step(F, False) for _ in range(100))  # nothing left to report


def test_a_length_cut_is_not_a_pause() -> None:
    settings = Settings(max_utterance_s=5.0)
    events = run([(6.0, True), (0.09, False), (3.0, True), (3.0, False)], settings)
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert [c.paused for c in closed] == [False, True]  # the first was cut at a breath, the second at a pause


def test_a_single_silent_frame_inside_a_word_never_splits_a_long_utterance() -> None:
    # 14 s of speech with one 30 ms dip (a stop consonant: "Tex|as") at 12.3 s, then a 90 ms breath at 15 s
    events = run([(12.3, True), (0.03, False), (2.67, True), (0.09, False), (1.0, True), (3.0, False)])
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert len(closed) == 2
    assert 14_900 <= closed[0].end_ms <= 15_200  # at the breath, not at the dip


def test_default_utterances_run_to_twelve_seconds_before_a_breath_closes_them() -> None:
    events = run([(11.0, True), (0.12, False), (3.0, True), (3.0, False)])
    assert len([e for _, e in events if isinstance(e, UtteranceClosed)]) == 1  # a breath at 11 s: one utterance
    events = run([(20.0, True), (3.0, False)])
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert 16_900 <= closed[0].end_ms - closed[0].start_ms <= 17_400  # unbroken: the hard cap, 17 s


def test_pre_roll_never_reaches_into_the_previous_utterance() -> None:
    # 12.3 s of speech, a 90 ms breath (closes it: past max_utterance_s), speech again at once
    events = run([(12.3, True), (0.09, False), (2.0, True), (3.0, False)])
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert len(closed) == 2
    assert closed[1].start_ms >= closed[0].end_ms  # no word heard twice ("down down")
    assert closed[1].start_ms == closed[0].end_ms  # the first one's tail, not 300 ms before the second's speech


def test_pre_roll_never_reaches_into_the_program_talking() -> None:
    ep = Endpointer()
    out = []
    for _ in range(40):  # 1.2 s of the program talking: blocked, even where the VAD hears its voice
        out += ep.step(F, True, blocked=True)
    for _ in range(3):
        out += ep.step(F, False)  # 90 ms quiet
    for _ in range(30):
        out += ep.step(F, True)  # a partner speaks
    began = [e for e in out if isinstance(e, SpeechBegan)]
    assert len(began) == 1 and began[0].start_ms == 1200  # not 300 ms back, into the program's voice


def test_a_pause_drafts_the_utterance_as_it_will_close_once_per_pause() -> None:
    """Once the tail kept after the last word is silent, the utterance is drafted as it closes at 500 ms; speech
    going on drafts it again at the next pause, and the close matches the last draft."""
    events = run([(0.6, False), (1.5, True), (0.3, False), (1.2, True), (1.0, False)], drafts=True)
    drafted = [(at, e) for at, e in events if isinstance(e, UtteranceDrafted)]
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert [at for at, _ in drafted] == [2100 + TAIL_MS, 3600 + TAIL_MS]
    assert len(closed) == 1
    last = drafted[-1][1]
    assert (last.start_ms, last.end_ms) == (closed[0].start_ms, closed[0].end_ms) == (300, 3600 + TAIL_MS)


def test_a_drafted_utterance_closes_at_once_as_a_pause_and_the_turn_goes_on_counting() -> None:
    ep = Endpointer(Settings())
    drafted = None
    for i in range(52):
        for event in ep.step(F, 10 <= i < 40):
            if isinstance(event, UtteranceDrafted):
                drafted = event
    assert drafted is not None and ep.phase is Phase.SPEECH  # 360 ms of silence so far: 500 closes it
    assert ep.close_now(drafted.end_ms + 30) == []  # not the utterance drafted
    (closed,) = ep.close_now(drafted.end_ms)
    assert isinstance(closed, UtteranceClosed) and closed.paused
    assert (closed.start_ms, closed.end_ms) == (drafted.start_ms, drafted.end_ms)
    assert ep.close_now(drafted.end_ms) == []  # once
    assert ep.judge_pause(closed.end_ms, 800, "finished")  # its pause can be judged like any other
    ends = [e for _ in range(40) for e in ep.step(F, False) if isinstance(e, TurnSilence)]
    assert len(ends) == 1 and ends[0].how == "finished"


def test_speech_after_a_draft_means_it_never_closes_early() -> None:
    ep = Endpointer(Settings())
    drafted = [e for i in range(42) for e in ep.step(F, i < 30) if isinstance(e, UtteranceDrafted)]
    assert drafted and ep.phase is Phase.SPEECH
    for _ in range(5):
        ep.step(F, True)  # the speaker goes on
    assert ep.close_now(drafted[0].end_ms) == []


def levelled(pattern: list[tuple[float, bool, float]]) -> list[tuple[int, object]]:
    """Steps (seconds, is_speech, level dBFS) spans; returns (ms, event) with drafts."""
    ep = Endpointer(Settings())
    out = []
    for seconds, speech, level in pattern:
        for _ in range(round(seconds * 1000 / F)):
            out += [(ep.now_ms, event) for event in ep.step(F, speech, level_db=level)]
    return out


def test_the_vads_overhang_after_the_last_word_is_not_counted_as_speech() -> None:
    """webrtcvad calls a few frames after the last word speech though they fall to -60..-90 dBFS: the utterance
    ends, is drafted and its silence counted from the last loud frame (120 ms sooner here)."""
    events = levelled([(0.6, False, -90), (1.5, True, -20), (0.12, True, -75), (3.0, False, -90)])
    drafted = [(at, e) for at, e in events if isinstance(e, UtteranceDrafted)]
    closed = [e for _, e in events if isinstance(e, UtteranceClosed)]
    turn = [e for _, e in events if isinstance(e, TurnSilence)]
    assert [at for at, _ in drafted] == [2100 + TAIL_MS]
    assert closed[0].end_ms == drafted[0][1].end_ms == 2100 + TAIL_MS
    assert turn[0].silence_ms == 2010 and turn[0].at_ms == 2100 + 2010


def test_soft_speech_after_a_loud_word_is_kept_whole() -> None:
    """Quiet voiced frames that go on past the VAD's overhang are words said softly: the utterance runs to their
    end, and a soft word that rises again is no pause."""
    events = levelled([(0.6, False, -90), (1.5, True, -15), (0.6, True, -65), (3.0, False, -90)])
    (closed,) = [e for _, e in events if isinstance(e, UtteranceClosed)]
    assert closed.end_ms == 2700 + TAIL_MS
    drafted = [at for at, e in events if isinstance(e, UtteranceDrafted)]
    # drafted once in what could have been the VAD's overhang, then once more when the soft words end: never a
    # frame at a time while they go on
    assert drafted == [2100 + TAIL_MS, 2700 + TAIL_MS]
    # without levels, as before: every voiced frame is a word's
    (plain,) = [e for _, e in run([(0.6, False), (1.5, True), (0.12, True), (3.0, False)])
                if isinstance(e, UtteranceClosed)]
    assert plain.end_ms == 2220 + TAIL_MS
