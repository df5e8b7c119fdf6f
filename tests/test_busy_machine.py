"""Listening while speaking when the machine is busy: frames read late and in bunches, clocks that wobble, a
reference that misses its frames, prompts still being synthesized, and the program's own words as a last guard.
Each part on its own, without a sound card; the live tests run the whole under load (tests/test_live.py)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from voice_session.audio.echo import (
    REGAINED_FRAMES,
    REMOVED_DB_NEEDED,
    RESYNC_FRAMES,
    Duplex,
    DuplexJudge,
    EchoPath,
)
from voice_session.audio.frames import FRAME_SAMPLES
from voice_session.audio.linear_echo import LinearEcho
from voice_session.audio.played import RELOCK_FRAMES, PlayedHistory
from voice_session.speech.mouth import Mouth, PromptCache
from voice_session.speech.own_words import without_echoed_sentences, without_own_words


@pytest.mark.parametrize(("heard", "prompt", "cut", "kept", "removed"), [
    # the end of the prompt, heard late, before the partner's words
    ("go ahead. I felt really unheard when", "Sam, go ahead.", False, "I felt really unheard when", "go ahead."),
    ("What did you hear? I heard that you were hurt.", "Alex, what did you hear?", False,
     "I heard that you were hurt.", "What did you hear?"),
    # where a barge-in cut the prompt: the words before the cut, or its first word, a name said to the partner
    ("Sam, I felt really unheard", "Sam, whenever you are ready, say what is on your mind", True,
     "I felt really unheard", "Sam,"),
    ("whenever you are ready I felt", "Sam, whenever you are ready, say what is on your mind", True, "I felt",
     "whenever you are ready"),
    # nothing but the program's voice
    ("Go ahead.", "Sam, go ahead.", False, "", "Go ahead."),
    ("ahead", "Sam, go ahead.", False, "", "ahead"),
    # the partner's own words, even where a word is shared with the prompt
    ("I felt really unheard.", "Sam, go ahead.", False, "I felt really unheard.", ""),
    ("You. Yes, that's it.", "Did Alex hear you?", False, "You. Yes, that's it.", ""),
    ("I think what I heard was that you were tired", "Alex, what did you hear?", False,
     "I think what I heard was that you were tired", ""),
    # a prompt that shows how to begin, played to its end, is answered in its very words
    ("I felt humiliated when you joked", "Sam, describe the hurt as: I felt… when… Keep it to the moment.", False,
     "I felt humiliated when you joked", ""),
    ("Sam, I felt hurt", "Sam, describe the hurt as: I felt… when…", False, "Sam, I felt hurt", ""),
    # words a prompt gives a partner to say are theirs when they say them
    ("How can I show up for you better next time?", "Alex, ask Sam: How can I show up for you better next time?",
     False, "How can I show up for you better next time?", ""),
])
def test_the_programs_own_words_are_taken_off_the_front(heard: str, prompt: str, cut: bool, kept: str,
                                                        removed: str) -> None:
    found = without_own_words(heard, prompt, cut)
    assert (found.text, found.removed) == (kept, removed)


_WELCOME = ("Welcome, Sam and Alex. This welcome is long on purpose: while it plays, voice-session learns how its "
            "own voice comes back through this room. It goes on a little more, and then a little more again, to be "
            "sure.")
_GO_AHEAD = ("Sam, whenever you are ready, say what is on your mind, starting with I, and take all the time you "
             "need; when you are done, say over to you.")


@pytest.mark.parametrize(("heard", "prompts", "kept"), [
    # seen live beside three CPU-bound processes: a canceller that had lost its place let two prompts through
    ("Take birth on the world more and then I will move more again to be sure. Sam, whenever you're waiting and "
     "are say what are they when you're mine at dinner, starting with I and take all the time you need. When "
     "you're done, say over to you.", [_WELCOME, _GO_AHEAD], ""),
    ("When you're done, say over to you. I felt unheard at dinner.", [_GO_AHEAD], "I felt unheard at dinner."),
    # a partner's own words, even those the prompt spoke of
    ("I felt really unheard when you checked your phone. That's all, over to you.", [_GO_AHEAD],
     "I felt really unheard when you checked your phone. That's all, over to you."),
    ("I'm ready. What's on my mind is the money, when you are done with work.", [_GO_AHEAD],
     "I'm ready. What's on my mind is the money, when you are done with work."),
    # words a prompt gives a partner to say are theirs
    ("You make sense to me, because you were exhausted.", ["Say: you make sense to me, because… and finish it."],
     "You make sense to me, because you were exhausted."),
])
def test_whole_sentences_of_a_prompt_heard_back_are_not_a_partners(heard: str, prompts: list[str],
                                                                   kept: str) -> None:
    assert without_echoed_sentences(heard, prompts).text == kept


def test_the_mode_is_settled_even_when_the_reference_never_carries_the_programs_voice() -> None:
    """On a busy machine the reference can miss its frames: the program talks, the reference is silent. The
    session must not stay measuring (gated, but never said) for ever: it settles on the gate, with its reason."""
    judge = DuplexJudge()
    settled = [judge.feed(0.0, 1e4, 1e4, talking=True) for _ in range(judge.give_up_frames)]
    assert settled[-1] is Duplex.HALF and settled.count(Duplex.HALF) == 1
    assert judge.reason == "no_reference"
    quiet = DuplexJudge()  # frames where the program is quiet never count
    assert all(quiet.feed(0.0, 1e4, 1e4, talking=False) is None for _ in range(1000))
    assert quiet.mode is Duplex.MEASURING


def test_a_clock_that_wobbles_does_not_move_the_reference_but_a_restart_does() -> None:
    history = PlayedHistory()
    for k in range(400):  # the speaker hands 10 ms over every 10 ms
        history.written(np.full(160, 1000, dtype=np.int16), 0.01 * k)
    first = history.far(2.0)  # locks here
    assert first.any() and history.relocks == 0
    # a busy second: the clocks' estimates jump 150 ms one way and back, frame to frame
    for n in range(30):
        history.clock._offsets.append(history.clock._offsets[-1] + (2400 if n % 2 else -2400))
        history.clock._offset = None
        history.far(2.0 + 0.03 * (n + 1))
    assert history.relocks == 0
    # a stream that restarted: the reference is 200 ms off, and stays there
    base = history.clock.offset
    history.clock._offsets.extend([base + 3200] * 200)
    history.clock._offset = None
    for n in range(RELOCK_FRAMES):
        history.far(3.0 + 0.03 * n)
    assert history.relocks == 1


def test_after_a_gap_the_reference_moves_once_to_where_the_speaker_plays() -> None:
    """The machine stalls for 0.3 s: the speaker's callbacks stop, the sound system plays a gap, and the first callback
    after it says it came too late. Everything handed over from then on is heard 0.3 s later than the clock had it.
    The reference moves there at the next frame, once (left to the clock's median it followed 1.6 s later, a second
    move that made the echo filters look for the echo again), and stays there: no relock in the next 3 s."""
    history, count = PlayedHistory(), 0

    def hand_over(t: float, late: bool = False) -> None:
        nonlocal count
        history.written((np.arange(count, count + 160) % 30000).astype(np.int16), t, late)
        count += 160

    heard, before_at, after_at = 1.0, 0.0, 0.0  # microphone frames: one heard every 30 ms, whatever the machine does
    before = after = np.zeros(1)
    for k in range(400):  # 4 s, 10 ms every 10 ms; the sample's value is its number
        hand_over(0.01 * k)
        while heard <= 0.01 * k:
            before, before_at, heard = history.far(heard), heard, heard + 0.03
    for j in range(300):  # from 4.3 s, 0.3 s later than the clock knew; the frames heard meanwhile are read now
        hand_over(4.3 + 0.01 * j, late=j == 0)
        while heard <= 4.3 + 0.01 * j:
            after, after_at, heard = history.far(heard), heard, heard + 0.03
    assert history.gaps == 1 and history.relocks == 0
    # the sample read for the last frame was handed over 0.3 s later than the clock before the gap would have put it
    played_since = round((after_at - 0.3 - before_at) * 16000) % 30000
    assert abs((int(after[0]) - int(before[0])) % 30000 - played_since) <= 480, (before[0], after[0])


class _Canceller:
    """Takes out everything (a perfect canceller): what matters here is when the path trusts its timing."""

    def process(self, mic: np.ndarray, far: np.ndarray) -> np.ndarray:
        return np.zeros_like(mic)


class _Reference:
    """A far end whose reading jumps (the `relocks` of audio/played.py), or whose speaker runs dry (its `gaps`), when
    the test says so."""

    def __init__(self) -> None:
        self.relocks = 0
        self.gaps = 0
        self.tone = (3000 * np.sin(np.arange(FRAME_SAMPLES) * 0.3)).astype(np.int16)

    def read(self) -> np.ndarray:
        return self.tone

    def steer(self, drift: float) -> None:
        pass


def test_a_reference_that_keeps_jumping_closes_the_microphone_while_the_program_talks() -> None:
    reference = _Reference()
    path = EchoPath(_Canceller(), reference.read, reference)  # type: ignore[arg-type]
    path.judge.mode = Duplex.FULL
    mic = (reference.tone // 2).astype(np.int16)
    modes = []
    for frame in range(900):
        if frame in (100, 400, 700):
            reference.relocks += 1
        path.clean(mic, talking=True)
        modes.append(path.settled)
    assert modes.count(Duplex.HALF) == 1 and modes.index(Duplex.HALF) == 700
    assert path.judge.reason == "timing" and not path.open_while_speaking


class _Leaky(_Canceller):
    """Takes out only half the echo's amplitude (6 dB) while `leaking`: a canceller finding the room again."""

    leaking = False

    def process(self, mic: np.ndarray, far: np.ndarray) -> np.ndarray:
        return (mic // 2).astype(np.int16) if self.leaking else np.zeros_like(mic)


@pytest.mark.parametrize("moved_by", ["relocks", "gaps"])
def test_after_one_jump_of_the_reference_the_microphone_waits_for_the_echo_to_be_removed_again(moved_by: str) -> None:
    """Once, beside three CPU-bound processes, the seconds after a single jump of the reference let the program's
    own welcome through as a partner's words. Until the canceller is seen taking the program's voice out again
    (a second of it talking), the microphone is closed while it talks; then it is open again, for barge-in. The
    same after the speaker ran dry (a stall of the machine) once the microphone is open while the program talks.
    Here the linear filter cannot learn the room, so only AEC3 can open it again."""
    reference, canceller = _Reference(), _Leaky()
    path = EchoPath(canceller, reference.read, reference)  # type: ignore[arg-type]
    path.linear = LinearEcho(step=0.0, learning_step=0.0)
    path.judge.mode = Duplex.FULL
    path.delay_s = 0.0
    mic = (reference.tone // 2).astype(np.int16)
    opened, regained, moved = [], [], []
    for frame in range(300):
        if frame == 100:
            setattr(reference, moved_by, getattr(reference, moved_by) + 1)
        canceller.leaking = 100 <= frame < 160
        path.clean(mic, talking=True)
        opened.append(path.open_while_speaking)
        moved.append((path.reference_moved, path.ran_dry))
        if path.regained is not None:
            regained.append((frame, path.regained, path.bridged))
    assert len(regained) == 1
    at, removed_db, bridged = regained[0]
    assert 160 < at <= 160 + REGAINED_FRAMES and removed_db >= REMOVED_DB_NEEDED and not bridged
    assert all(opened[:100]) and not any(opened[100:at]) and all(opened[at:])
    assert path.judge.mode is Duplex.FULL  # one jump is not a machine whose timing cannot be trusted
    assert moved[100] == (True, moved_by == "gaps") and moved.count((False, False)) == 299


def test_a_gap_before_the_mode_is_settled_is_part_of_learning_the_room() -> None:
    """An output starting in a burst runs dry once, at once (seen in every live run beside three CPU-bound
    processes): the microphone is closed while the program talks anyway, and nothing is measured again for it."""
    reference = _Reference()
    path = EchoPath(_Canceller(), reference.read, reference)  # type: ignore[arg-type]
    for frame in range(60):
        reference.gaps += frame == 20
        path.clean((reference.tone // 2).astype(np.int16), talking=True)
        assert not path.reference_moved and not path.realigning


def test_after_a_stall_the_linear_filter_goes_on_with_the_room_and_opens_the_microphone() -> None:
    """Real speech through a room whose echo comes 90 ms after the far end; the speaker runs dry for 300 ms (a stall
    of the machine: from then on the echo comes 300 ms later). AEC3 takes seconds to find the room again. The echo's
    new delay is measured on the next 0.6 s of the program talking, and the linear filter goes on with the room it
    knew: it removes as much as before, and the microphone is open while the program talks again at once, with the
    partner listened for in the linear filter's output (the record says so)."""
    from voice_session.audio.frames import energy_dbfs, mean_square

    speech, frames, reference, at, path, noise = _real_speech_path()
    stall, opened, removed, regained = 400, [], {}, []
    for k in range(len(frames)):
        at[0] = k
        start = k * FRAME_SAMPLES - (1440 if k < stall else 1440 + 4800)
        echo = speech[start : start + FRAME_SAMPLES] * 0.5 if start >= 0 else np.zeros(FRAME_SAMPLES)
        reference.gaps += k == stall
        mic = (echo + noise[k * FRAME_SAMPLES : (k + 1) * FRAME_SAMPLES]).astype(np.int16)
        cleaned = path.clean(mic, talking=True)
        opened.append(path.open_while_speaking)
        if path.regained is not None:
            regained.append((k, path.bridged))
        if path.filter_in_use and mean_square(mic) > 1e4:  # frames with the program's echo in them
            removed[k] = energy_dbfs(mean_square(mic)) - energy_dbfs(mean_square(path.for_words))
            if path.bridged:
                assert np.array_equal(cleaned, path.for_words)  # the partner is listened for in it
    before = np.median([d for k, d in removed.items() if 300 <= k < stall])
    after = np.median([d for k, d in removed.items() if stall < k < stall + 200])
    assert before >= 25 and after >= before - 3, (before, after)
    assert path.judge.mode is Duplex.FULL and abs(path.delay_s - 0.39) < 0.002
    first = regained[0]
    assert first[1] and stall + RESYNC_FRAMES <= first[0] <= stall + 2 * RESYNC_FRAMES, regained  # by the linear filter
    assert all(opened[300:stall]) and not any(opened[stall : first[0]]) and all(opened[first[0] :])


def _stalled(speech: np.ndarray, k: int, stall: int, gap: int = 10) -> np.ndarray:
    """The program's echo at frame `k` through a room 90 ms long, the speaker run dry for `gap` frames from `stall`
    (a stall of the machine): silent meanwhile, then going on where it stopped, that much later."""
    if k < stall:
        start = k * FRAME_SAMPLES - 1440
    elif k < stall + gap:
        return np.zeros(FRAME_SAMPLES)
    else:
        start = (k - gap) * FRAME_SAMPLES - 1440
    return speech[start : start + FRAME_SAMPLES] * 0.5 if start >= 0 else np.zeros(FRAME_SAMPLES)


@pytest.mark.parametrize("stall", [400, 500, 600])
def test_a_stall_the_stream_never_reported_is_heard_in_the_microphone(stall: int) -> None:
    """Live beside three CPU-bound processes, the machine stalled mid-question and the output stream reported no
    late callback: the microphone heard nothing for 0.4 s while the reference carried the program's voice, then
    its voice 0.3 s later than the reference said, through an open microphone (the program cut its own question
    for an answer). The microphone's silence is the sign: the speaker ran dry, the delay is measured again, and
    the microphone waits for the program's voice to be seen removed. Never before: no move in the seconds of full
    duplex before it."""
    speech, frames, reference, at, path, noise = _real_speech_path()
    moved, opened = [], []
    for k in range(len(frames)):
        at[0] = k
        mic = (_stalled(speech, k, stall) + noise[k * FRAME_SAMPLES : (k + 1) * FRAME_SAMPLES]).astype(np.int16)
        path.clean(mic, talking=True)
        opened.append(path.open_while_speaking)
        if path.reference_moved:
            moved.append((k, path.ran_dry))
    assert reference.gaps == 0 and path.judge.mode is Duplex.FULL
    assert len(moved) == 1 and stall < moved[0][0] <= stall + 20 and moved[0][1], moved
    assert all(opened[300:stall]) and not any(opened[moved[0][0] : moved[0][0] + RESYNC_FRAMES])
    assert abs(path.delay_s - 0.39) < 0.002 and all(opened[moved[0][0] + 200 :])


def test_after_a_stall_and_the_clocks_catching_up_only_aec3_opens_the_microphone() -> None:
    """The reference moves twice (live, after each stall of the machine): the speaker runs dry, the linear filter
    goes on with the room at the echo's new delay, then the clocks catch up with the gap and the reference jumps
    back beside its echo. Proven on the frames since, the filter once removed 15.7 dB and then 2 dB of the next
    ones, and the program took its own voice for an answer: after a second move it no longer stands in for AEC3,
    and the microphone opens while the program talks once AEC3 itself removes its voice again."""
    speech, frames, reference, at, path, noise = _real_speech_path()
    stall, caught_up = 400, 440
    regained, opened = [], []
    for k in range(len(frames)):
        at[0] = k if k < caught_up else k - 10  # the reference follows its echo again
        reference.gaps += k == stall
        reference.relocks += k == caught_up
        mic = (_stalled(speech, k, stall) + noise[k * FRAME_SAMPLES : (k + 1) * FRAME_SAMPLES]).astype(np.int16)
        path.clean(mic, talking=True)
        opened.append(path.open_while_speaking)
        if path.regained is not None:
            regained.append((k, path.bridged))
    bridged_first = [k for k, bridged in regained if bridged and k < caught_up]
    after = [(k, bridged) for k, bridged in regained if k > caught_up]
    assert bridged_first, regained  # the linear filter stood in between the two moves
    assert len(after) == 1 and not after[0][1], regained  # then only AEC3, found again
    assert not any(opened[caught_up : after[0][0]]) and all(opened[after[0][0] :])
    assert abs(path.delay_s - 0.09) < 0.002


def test_the_echo_delay_is_measured_after_a_jump_of_the_reference_not_across_it() -> None:
    """A sound system restarting its stream while the program's first words play (seen live beside three
    CPU-bound processes): the echo sat 90 ms behind the reference, then 250 ms. The delay is measured on what
    came after the jump, the mode is not settled before it is, and the far end is held back by it."""
    from voice_session.audio.decode import load_audio

    from .conftest import CLIPS

    speech = load_audio(CLIPS / "monologue.wav")[: 16000 * 12]
    reference = _Reference()
    frames = [speech[i : i + FRAME_SAMPLES] for i in range(0, len(speech) - FRAME_SAMPLES, FRAME_SAMPLES)]
    at = [0]
    path = EchoPath(_Canceller(), lambda: frames[at[0]], reference)  # type: ignore[arg-type]
    jump = 110  # frames: 3.3 s in, just before the delay would have been measured
    for k in range(len(frames)):
        at[0] = k
        delay = 1440 if k < jump else 4000
        start = k * FRAME_SAMPLES - delay
        mic = np.zeros(FRAME_SAMPLES, dtype=np.int16) if start < 0 else (speech[start : start + FRAME_SAMPLES] // 2)
        if k == jump:
            reference.relocks += 1
        path.clean(mic.astype(np.int16), talking=True)
        if path.settled is not None:
            assert path.delay_s is not None, "settled before the echo's delay was measured"
    assert path.delay_s is not None and abs(path.delay_s - 0.25) < 0.002, path.delay_s
    assert len(path.delay.buffer) == round((0.25 - 0.06) * 16000)


def _real_speech_path():  # type: ignore[no-untyped-def]
    """24 s of real speech as the program's voice, frame by frame (the far end reads `frames[at[0]]`), a far end
    that moves when the test says so, the echo path on the real canceller, and the room's noise."""
    from voice_session.audio.decode import load_audio
    from voice_session.audio.echo import Canceller

    from .conftest import CLIPS

    speech = load_audio(CLIPS / "monologue.wav")
    speech = np.concatenate([speech, speech])[: 16000 * 24]
    frames = [speech[i : i + FRAME_SAMPLES] for i in range(0, len(speech) - FRAME_SAMPLES, FRAME_SAMPLES)]
    reference, at = _Reference(), [0]
    path = EchoPath(Canceller(), lambda: frames[at[0]], reference)  # type: ignore[arg-type]
    noise = np.random.default_rng(5).normal(0, 30, len(speech) + 16000)
    return speech, frames, reference, at, path, noise


@pytest.mark.parametrize(("jump_at", "echo_after", "delay_s"), [
    (400, 300, 0.019),  # in full duplex, the echo now ahead of the held-back far end: AEC3 never found it alone
    (400, 12000, 0.75),  # in full duplex, further behind than AEC3 searches
    (200, 300, 0.019),  # while the mode was being judged: it was settled half, 1.4 dB removed
])
def test_after_a_jump_of_the_reference_the_echo_is_found_again(jump_at: int, echo_after: int,
                                                                delay_s: float) -> None:
    """Real speech played through a room whose echo comes back 90 ms after the far end, then, from a jump of the
    reference (a stream restarted on a busy machine), `echo_after` samples after it; the real canceller. The echo's
    delay is measured again, and the microphone is open while the program talks within nine seconds of it."""
    speech, frames, reference, at, path, noise = _real_speech_path()
    opened = []
    for k in range(len(frames)):
        at[0] = k
        start = k * FRAME_SAMPLES - (1440 if k < jump_at else echo_after)
        echo = speech[start : start + FRAME_SAMPLES] * 0.5 if start >= 0 else np.zeros(FRAME_SAMPLES)
        if k == jump_at:
            reference.relocks += 1
        path.clean((echo + noise[k * FRAME_SAMPLES : (k + 1) * FRAME_SAMPLES]).astype(np.int16), talking=True)
        opened.append(path.open_while_speaking)
    assert path.judge.mode is Duplex.FULL and path.delay_s is not None and abs(path.delay_s - delay_s) < 0.002
    assert all(opened[jump_at + 300 :]) and not any(opened[jump_at : jump_at + RESYNC_FRAMES])


class _SlowVoice:
    """Three sentences, each taking 50 ms to synthesize, each 0.5 s of sound."""

    name = "slow"

    def sentences(self, text: str):  # type: ignore[no-untyped-def]
        for _ in range(3):
            time.sleep(0.05)
            yield np.full(8000, 100, dtype=np.int16)


class _Sink:
    latency_s = 0.0
    underflows = 0

    def __init__(self) -> None:
        self.played: list[int] = []
        self.lock = threading.Lock()

    def play(self, samples: np.ndarray, at_s: float) -> None:
        with self.lock:
            self.played.append(len(samples))

    def stop(self, at_s: float | None = None) -> None:
        pass

    def close(self) -> None:
        pass


def test_live_prompts_start_after_their_first_sentence_and_the_rest_follows_in_order() -> None:
    sink = _Sink()
    mouth = Mouth(PromptCache(_SlowVoice()), sink, background=True)  # type: ignore[arg-type]
    t = time.perf_counter()
    spoken = mouth.say(1, "One. Two. Three.", 0.0)
    assert time.perf_counter() - t < 0.12  # back to the microphone after the first sentence, not all three
    assert spoken.end_s > 0.5  # the end is an estimate until the rest exists, never before the first sentence
    later = mouth.say(2, "Four. Five. Six.", 0.0)  # waits for the first prompt's rest: the order is kept
    assert later.start_s >= 3 * (0.5 + 0.18) - 1e-9
    mouth._speaking and mouth._speaking.join()
    assert sink.played.count(8000) == 6
    assert mouth.busy_until == pytest.approx(6 * (0.5 + 0.18))


def test_a_barge_in_stops_a_prompt_still_being_synthesized() -> None:
    sink = _Sink()
    mouth = Mouth(PromptCache(_SlowVoice()), sink, background=True)  # type: ignore[arg-type]
    mouth.say(1, "One. Two. Three.", 0.0)
    mouth.stop(0.2)
    if mouth._speaking is not None:
        mouth._speaking.join()
    assert sink.played.count(8000) == 1  # only the sentence already playing
    assert mouth.busy_until == 0.2 and mouth.idle  # the stopped prompt is dropped, as before
