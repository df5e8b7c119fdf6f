"""The engine driven by events alone: every built-in from start to end, and each way a session can go."""

from __future__ import annotations

import pytest

from voice_session.session.events import Chime, Key, Record, Say, SpeechFinished, SpeechStarted, Start, Tick, Utterance
from voice_session.session.script import builtin_names

from .helpers import converse, run_events

LANDS = [("A", "I felt unheard when you checked your phone at dinner."),
         ("B", "You felt unheard when I checked my phone at dinner."),
         ("A", "Yes, exactly.")]


@pytest.mark.parametrize("exercise", builtin_names())
def test_every_builtin_runs_to_the_end_when_everyone_answers(exercise: str) -> None:
    lines = []
    for _ in range(40):  # more than any exercise needs: each says something, then confirms
        lines += [("*", "I felt worried when we argued about money last week."), ("*", "Yes, that's right.")]
    run = converse(exercise, lines)
    assert run.ended == "completed"
    names = run.names()
    assert names[0] == "session_started" and names[-1] == "session_ended"
    assert run.of("session_ended")[0]["reason"] == "completed"
    assert names.count("turn_started") == names.count("turn_ended") > 0
    if "paraphrase_prompted" in names:
        assert run.of("paraphrase_checked") and run.of("confirmation")


def test_speaker_listener_happy_path_swaps_roles_and_summarises() -> None:
    lines = [*LANDS, ("A", "And I miss our walks. That's all."), ("B", "You miss our walks."), ("A", "Yes.")]
    lines += [("B", "I have been so tired from work."), ("A", "You are tired from work."), ("B", "Yes."),
              ("B", "I miss our weekends."), ("A", "You miss our weekends."), ("B", "Yeah.")]
    lines += [("B", "I appreciated your patience."), ("A", "I appreciated that you listened.")]
    run = converse("speaker-listener", lines)
    assert run.ended == "completed"
    assert run.of("roles_swapped") == [{"speaker": "Alex", "listener": "Sam"}]
    assert [c["answer"] for c in run.of("confirmation")] == ["yes"] * 4
    summary = run.of("summary")[0]["text"]
    assert "Sam held the floor" in summary and "4 of 4 paraphrases landed" in summary
    reasons = [t["reason"] for t in run.of("turn_ended") if t["purpose"] == "turn"]
    assert reasons[1] == "handoff"  # "That's all." ended Sam's second turn at once


def test_missed_paraphrase_is_retried_with_the_missed_part_named() -> None:
    run = converse("speaker-listener", [
        ("A", "I felt unheard at dinner, and then I was left with all the dishes."),
        ("B", "You felt unheard at dinner."),
        ("A", "Partly."),
        ("A", "You missed that I did all the dishes alone."),
        ("B", "You felt unheard at dinner and you did all the dishes alone."),
        ("A", "Yes, that's it."),
    ])
    checks = run.of("paraphrase_checked")
    assert checks[0]["attempt"] == 1 and "the dishes" in checks[0]["missed"]
    assert checks[1]["coverage"] > checks[0]["coverage"]
    assert any("You may have missed the part about the dishes" in s for s in run.said)
    assert run.of("paraphrase_landed") == [{"attempt": 2}]


def test_answer_with_the_missing_part_is_used_as_the_clarification() -> None:
    run = converse("speaker-listener", [
        ("A", "I felt unheard at dinner."), ("B", "You were upset."),
        ("A", "Yeah mostly, but you missed that it was at dinner with my parents."),
        ("B", "You felt unheard at dinner with your parents."), ("A", "Yes."),
    ])
    purposes = [t["purpose"] for t in run.of("turn_started")]
    assert "clarify" not in purposes[:6]  # no need to ask again what was missed
    assert run.of("paraphrase_landed") == [{"attempt": 2}]


def test_max_attempts_then_moves_on_kindly() -> None:
    lines = [("A", "I felt alone on my birthday.")]
    for _ in range(3):
        lines += [("B", "You like birthdays."), ("A", "No."), ("A", "I said I felt alone on my birthday.")]
    run = converse("speaker-listener", lines, max_s=400)
    assert [p["attempt"] for p in run.of("paraphrase_prompted")][:4] == [1, 2, 3, 1]  # then the next round
    assert run.of("paraphrase_gave_up") == [{"attempts": 3}]
    assert any("Thank you both for trying" in s for s in run.said)


def test_silence_gets_one_reprompt_then_a_pause_offer() -> None:
    run = converse("speaker-listener", [("wait", 40)], max_s=60)
    kinds = [a.kind for a in run.actions if isinstance(a, Say)]
    assert kinds.count("reprompt") == 1
    assert run.of("paused") == [{"reason": "silence"}]
    assert run.ended is None  # nobody is thrown out: the session waits, paused


def test_pause_and_resume_by_voice_repeats_where_we_were() -> None:
    run = converse("speaker-listener", [("A", "Can we take a time out?"), ("say", "Okay, continue."), *LANDS])
    assert run.of("paused")[0] == {"reason": "pause"}
    assert "resumed" in run.names()
    resume_line = next(s for s in run.said if s.startswith("Okay, let's continue."))
    assert "Sam, whenever you're ready" in resume_line
    assert run.of("paraphrase_landed")


def test_overwhelmed_suggests_a_20_minute_break() -> None:
    run = converse("daily-checkin", [("A", "I'm overwhelmed, I can't do this right now.")], max_s=30)
    assert run.of("paused") == [{"reason": "overwhelmed"}]
    assert any("20 minutes" in s for s in run.said)


def test_crisis_language_stops_and_shows_help() -> None:
    run = converse("speaker-listener", [("A", "Sometimes I feel like I want to hurt myself."), *LANDS])
    assert run.ended == "safety"
    stop = run.of("safety_stop")
    assert len(stop) == 1 and stop[0]["signal"] == "crisis" and stop[0]["person"] == "Sam"
    assert stop[0]["sentence"] == "Sometimes I feel like I want to hurt myself." and stop[0]["found_by"] == "self-harm"
    assert any("988" in s for s in run.said)
    assert any("come back to this another day" in s for s in run.said)  # what the couple can do next
    assert "paraphrase_prompted" not in run.names()  # the exercise never goes on by itself


def test_a_crisis_in_a_second_sentence_is_not_hidden_by_the_first() -> None:
    run = converse("speaker-listener", [("A", "Work was long today. I keep thinking everyone would be better off "
                                              "without me."), *LANDS])
    assert run.ended == "safety"
    assert run.of("safety_stop")[0]["sentence"].startswith("I keep thinking")


def test_a_borderline_line_gets_one_gentle_check_in_at_the_next_prompt_and_the_exercise_goes_on() -> None:
    from voice_session.session.wording import CHECK_IN

    grief = "My friend's brother died by suicide last year and I think about it a lot."
    run = converse("speaker-listener", [("A+", grief), ("A", "That's all, over to you."),
                                        ("B", "You think about your friend's brother a lot."), ("A", "Yes.")])
    assert run.ended != "safety"
    assert run.of("safety_check_in") == [{"person": "Sam", "sentence": grief, "found_by": "borderline"}]
    assert run.said.count(CHECK_IN) == 1
    checked = run.said.index(CHECK_IN)
    assert "in your own words" in run.said[checked + 1].lower() or "what did you hear" in run.said[checked + 1].lower()
    assert "paraphrase_prompted" in run.names()


def test_keys_pause_resume_skip_and_quit() -> None:
    events = [Start(0.0), SpeechFinished(5.0, 1), Key(6.0, "p"), Tick(7.0), Key(8.0, "p"), Key(9.0, "q")]
    run = run_events("speaker-listener", events)
    assert run.names().count("paused") == 1 and "resumed" in run.names()
    assert run.ended == "ended_by_user"
    assert [k["key"] for k in run.of("key")] == ["p", "p", "q"]


def test_m_asks_the_runner_to_mute_and_a_turn_names_whom_hearing_should_expect() -> None:
    """Commands are actions the runner carries out, never records it reads: m is a Mute action (recorded as a
    key, nothing more), and listening to someone says which partner that is."""
    from voice_session.session.events import Listen, Mute

    run = run_events("speaker-listener", [Start(0.0), Key(1.0, "m"), SpeechFinished(5.0, 1), SpeechFinished(9.0, 2)])
    assert sum(isinstance(a, Mute) for a in run.actions) == 1 and [k["key"] for k in run.of("key")] == ["m"]
    listens = [a for a in run.actions if isinstance(a, Listen) and a.person]
    assert listens and (listens[0].person, listens[0].partner) == ("Sam", "A")


def test_a_prompt_stopped_by_barge_in_is_recorded_by_the_engine() -> None:
    from voice_session.session.events import StopSpeaking

    run = run_events("speaker-listener", [Start(0.0), SpeechFinished(5.0, 1), SpeechStarted(5.5)])
    stops = [a for a in run.actions if isinstance(a, StopSpeaking)]
    assert len(stops) == 1 and run.of("stopped_speaking") == [{"say_id": stops[0].say_id}]
    assert run.names().index("stopped_speaking") < run.names().index("prompt_interrupted")


def test_space_passes_the_floor_and_n_skips_a_step() -> None:
    run = converse("speaker-listener", [("A", "I felt tired today."), ("key", "space")], max_s=60)
    assert run.of("turn_ended")[0]["reason"] in ("silence", "key")
    run = converse("speaker-listener", [("key", "n"), ("wait", 1)], max_s=30)
    assert run.of("step_skipped")[0]["step"] == "turn"  # the key came as Sam's turn was announced


def test_max_turn_length_warns_then_asks_to_wrap_up_without_cutting_off() -> None:
    lines = [("A+", " ".join(["I kept thinking about it"] * 3)) for _ in range(40)]
    run = converse("speaker-listener", lines, max_s=400)
    first = run.of("turn_ended")[0]
    assert first["reason"] in ("chunk", "max_length")
    # a chunk invitation comes at a natural pause after 40 s, so the hard limit is never reached here
    assert first["duration"] >= 40
    assert any("reflect what you've said so far" in s for s in run.said)


def test_hard_limit_with_chunking_off() -> None:
    import dataclasses

    from voice_session.session.engine import SessionEngine
    from voice_session.session.events import SpeechStarted, Utterance
    from voice_session.session.script import load_exercise

    ex = load_exercise("speaker-listener")
    ex = dataclasses.replace(ex, settings=dataclasses.replace(ex.settings, chunk_s=90, max_turn_s=60))
    engine = SessionEngine(ex, ("Sam", "Alex"))
    actions = engine.handle(Start(0.0)) + engine.handle(SpeechFinished(10.0, 1))
    actions += engine.handle(SpeechFinished(15.0, 2))  # the turn prompt: Sam's turn starts at 15 s
    t = 15.0
    actions += engine.handle(SpeechStarted(t + 1))
    for i in range(1, 80):  # Sam speaks on and on, utterance after utterance
        t = 15.0 + i
        actions += engine.handle(Tick(t))
        if i % 10 == 0:
            actions += engine.handle(Utterance("and another thing I wanted to say", t - 9, t))
            actions += engine.handle(SpeechStarted(t + 0.5))
    chimes = [a.kind for a in actions if isinstance(a, Chime)]
    assert "warning" in chimes  # 15 s before the limit
    says = [a.text for a in actions if isinstance(a, Say)]
    assert "Sam, please finish your thought." in says
    ended = [a.data for a in actions if getattr(a, "event", "") == "turn_ended"]
    assert ended and ended[0]["reason"] == "max_length" and ended[0]["duration"] >= 60


def test_next_prompt_is_prepared_ahead() -> None:
    run = converse("speaker-listener", LANDS)
    from voice_session.session.events import Prepare

    prepared = [a.text for a in run.actions if isinstance(a, Prepare)]
    assert "Alex, in your own words, what did you hear Sam say?" in prepared
    assert "Sam, did Alex get it? Yes, no, or partly?" in prepared


def test_same_events_give_the_same_actions() -> None:
    lines = [*LANDS, ("A", "That's all."), ("B", "You are done."), ("A", "Yes.")]
    assert converse("speaker-listener", lines).actions == converse("speaker-listener", lines).actions


def test_chunk_invitation_waits_for_a_real_pause() -> None:
    from voice_session.session.events import SpeechStarted, Utterance

    run = run_events("speaker-listener", [Start(0.0), SpeechFinished(10.0, 1), SpeechFinished(15.0, 2),
                                          SpeechStarted(16.0)])
    engine = run.engine
    actions = []
    for i in range(1, 9):  # 48 s of unbroken speech, cut every 6 s only for length
        actions += engine.handle(Utterance("and then I kept going", 10 + 6 * i, 16 + 6 * i, paused=False))
    assert not any(getattr(a, "event", "") == "turn_ended" for a in actions)
    actions += engine.handle(Utterance("and that is where I am.", 64.0, 66.0, paused=True))
    ended = [a.data for a in actions if getattr(a, "event", "") == "turn_ended"]
    assert ended and ended[0]["reason"] == "chunk"


def test_without_recognition_silence_only_suggests_and_keys_decide() -> None:
    from voice_session.session.engine import SessionEngine
    from voice_session.session.events import SpeechStarted, TurnEnded, Utterance
    from voice_session.session.script import load_exercise

    engine = SessionEngine(load_exercise("speaker-listener"), ("Sam", "Alex"), recognition=False)
    actions = engine.handle(Start(0.0)) + engine.handle(SpeechFinished(9.0, 1)) + engine.handle(SpeechFinished(14.0, 2))
    actions += engine.handle(SpeechStarted(15.0)) + engine.handle(Utterance("", 15.0, 20.0))
    actions += engine.handle(TurnEnded(22.0))
    records = [a.event for a in actions if hasattr(a, "event")]
    assert "turn_end_suggested" in records and "turn_ended" not in records
    assert engine.end_suggested
    actions = engine.handle(Key(25.0, "space"))
    ended = [a.data for a in actions if getattr(a, "event", "") == "turn_ended"]
    assert ended[0]["reason"] == "key" and ended[0]["person"] == "Sam"
    say = next(a for a in actions if isinstance(a, Say))
    assert "Alex, in your own words" in say.text
    actions = engine.handle(SpeechFinished(30.0, say.say_id)) + engine.handle(Key(40.0, "space"))
    confirm = next(a for a in actions if isinstance(a, Say))
    actions = engine.handle(SpeechFinished(43.0, confirm.say_id)) + engine.handle(Key(46.0, "space"))
    answers = [a.data for a in actions if getattr(a, "event", "") == "confirmation"]
    assert answers == [{"person": "Sam", "partner": "A", "answer": "yes", "by": "key"}]


def test_the_prompt_after_a_swap_is_prepared_with_the_new_roles() -> None:
    from voice_session.session.events import Prepare

    run = converse("repair-conversation", [("*", "I felt hurt when you laughed."), ("*", "Yes.")] * 8, max_s=600)
    prepared = [a.text for a in run.actions if isinstance(a, Prepare)]
    said = run.said
    after_swap = next(s for s in said if s.startswith("Alex, share your side"))
    assert after_swap in prepared


def test_an_answer_followed_by_its_reason_is_heard_whole_before_the_program_speaks() -> None:
    """Asked whether Alex got it, Sam says "No, not really," pauses briefly, then says what was missed: the
    program waits and takes both as one answer, and the reason as the clarification."""
    run = converse("speaker-listener", [
        ("A", "I felt unheard when you checked your phone at dinner, and the dishes were left for me."),
        ("B", "You felt unheard when I was on my phone."),
        ("A+", "No, not really,"),
        ("A", "you missed the part about the dishes being left for me."),
    ], max_s=200)
    answer = run.of("confirmation")[0]
    assert answer["answer"] == "no"
    assert answer["text"] == "No, not really, you missed the part about the dishes being left for me."
    spoken_between = [r for r in run.records if r.event == "prompt"]
    asked = next(i for i, r in enumerate(run.records) if r.event == "turn_started" and r.data["purpose"] == "confirm")
    ended = next(i for i, r in enumerate(run.records) if r.event == "turn_ended" and r.data["purpose"] == "confirm")
    assert not [r for r in run.records[asked:ended] if r.event == "prompt"], spoken_between
    # the reason was enough: no "what did Alex miss?" question, straight to a second try with it
    assert not any("what did Alex miss" in s for s in run.said)
    assert run.of("paraphrase_prompted")[-1]["attempt"] == 2


@pytest.mark.parametrize(
    ("answer", "grace_ticks", "ends_after_s"),
    [
        ("Yes, exactly.", [0.1], 0.1),  # a plain yes ends the question at once
        ("No.", [0.3, 0.6, 0.9], 0.9),  # a no waits out a short grace after its pause, then the program speaks
        ("Mostly.", [0.3, 0.6, 0.9], 0.9),
    ],
)
def test_when_an_answer_ends(answer: str, grace_ticks: list[float], ends_after_s: float) -> None:
    from voice_session.session.floor import ANSWER_GRACE_S

    run = converse("speaker-listener", [("A", "I felt unheard at dinner."), ("B", "You felt unheard at dinner.")],
                   max_s=60)
    engine = run.engine
    assert engine.floor is not None and engine.floor.purpose == "confirm" and engine.listening_to == "A"
    t = engine.now + 1.0
    actions = engine.handle(SpeechStarted(t)) + engine.handle(Utterance(answer, t, t + 0.5))
    ended_at = None
    for dt in grace_ticks:
        actions = engine.handle(Tick(t + 0.5 + dt))
        if any(isinstance(a, Record) and a.event == "turn_ended" for a in actions):
            ended_at = dt
            break
    if answer.startswith("Yes"):
        assert engine.listening_to is None  # ended with the utterance itself
    else:
        assert ended_at == pytest.approx(ends_after_s) and ended_at >= ANSWER_GRACE_S


def test_a_turn_that_only_says_nothing_more_ends_the_round_without_a_paraphrase() -> None:
    run = converse("speaker-listener", [
        ("A", "I felt unheard when you checked your phone at dinner."),
        ("B", "You felt unheard when I checked my phone at dinner."),
        ("A", "Yes."),
        ("A", "No, that is all. Over to you."),  # round 2: nothing more
        ("B", "I have been tired from work and I miss our weekends."),
    ], max_s=300)
    assert run.of("nothing_more") == [{"person": "Sam", "partner": "A", "text": "No, that is all. Over to you."}]
    assert run.of("paraphrase_skipped") == [{"reason": "nothing_more"}]
    names = run.names()
    assert names.index("nothing_more") < names.index("roles_swapped")  # straight on to the swap
    assert [p["listener"] for p in run.of("paraphrase_prompted")] == ["Alex", "Sam"]  # round 2 was not reflected


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("No, that is all. Over to you.", True),
        ("Nothing else, thanks.", True),
        ("Um, no, I think that's it for now.", True),
        ("Not really.", True),
        ("No, I felt alone all week.", False),
        ("That's all I wanted, to feel heard.", False),
        ("I'm done with cleaning up after everyone.", False),
    ],
)
def test_says_nothing_more(text: str, nothing: bool) -> None:
    from voice_session.session.listening import says_nothing_more

    assert says_nothing_more(text) is nothing
