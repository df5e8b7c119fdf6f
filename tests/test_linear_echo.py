"""The linear echo filter: it learns a reverberant room from the program's voice, takes its echo out, and
leaves a real partner's voice, said over it, at full level."""

from __future__ import annotations

import numpy as np
import pytest

from voice_session.audio.decode import load_audio
from voice_session.audio.drift import DriftLock
from voice_session.audio.frames import FRAME_SAMPLES
from voice_session.audio.linear_echo import LinearEcho
from voice_session.audio.played import PlayedHistory, SampleClock

from .conftest import CLIPS
from .realspeech import REALSPEECH


def _room(seed: int = 7) -> np.ndarray:
    """A room's impulse response: the direct path 60 ms after the far end, reflections, and a decaying tail
    (RT60 about 0.3 s), all within 250 ms."""
    rng = np.random.default_rng(seed)
    response = np.zeros(4000)
    response[960] = 0.5
    for delay_s, gain in ((0.075, 0.18), (0.11, 0.1), (0.17, 0.05)):
        response[round(delay_s * 16000)] += gain
    tail = np.arange(1000, 4000)
    response[tail] += rng.normal(0, 0.02, len(tail)) * np.exp(-6.9 * (tail - 1000) / (0.3 * 16000))
    return response


def _frames(signal: np.ndarray) -> list[np.ndarray]:
    return [signal[i : i + FRAME_SAMPLES] for i in range(0, len(signal) - FRAME_SAMPLES + 1, FRAME_SAMPLES)]


def _db(x: np.ndarray) -> float:
    return 10 * float(np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-9))


def _run(far: np.ndarray, near: np.ndarray, echo_only: np.ndarray) -> tuple[LinearEcho, np.ndarray]:
    echo = np.convolve(far.astype(np.float64), _room())[: len(far)]
    mic = np.clip(echo + near, -32768, 32767).astype(np.int16)
    linear = LinearEcho()
    out = [linear.process(m, f, bool(e)) for m, f, e in zip(_frames(mic), _frames(far), echo_only, strict=False)]
    return linear, np.concatenate(out)


def test_it_learns_the_room_and_keeps_a_partner_whole() -> None:
    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 12]
    partner = load_audio(REALSPEECH / "ami_seriously_MEO015_ihm.wav")[: 16000 * 3].astype(np.float64)
    far = np.concatenate([program, np.zeros(16000, dtype=np.int16)])
    near = np.zeros(len(far))
    at = 16000 * 9  # the partner starts 9 s in, over the program's voice
    near[at : at + len(partner)] = partner
    frames = len(far) // FRAME_SAMPLES
    # AEC3's word for each frame: echo alone, but wrongly also for the first 0.3 s of the partner (it turns a
    # partner down at the start of double talk, so its output looks like echo alone there)
    said_echo = np.array([i * FRAME_SAMPLES < at + 4800 for i in range(frames)])
    linear, out = _run(far, near, said_echo)
    assert linear.trusted and linear.removed_db is not None and linear.removed_db >= 25, linear.removed_db
    before = slice(16000 * 6, 16000 * 9)  # the program alone, once learned
    echo_left = _db(out[before]) - _db(np.convolve(far.astype(np.float64), _room())[before])
    assert echo_left <= -25, echo_left
    over = slice(at, at + len(partner))  # the partner over the program: at full level, close to what was said
    residue = out[over].astype(np.float64) - near[over]
    assert abs(_db(out[over]) - _db(near[over])) <= 1.0
    assert _db(residue) - _db(near[over]) <= -15, "the partner's words changed, or the echo came back"


def test_when_the_room_changes_it_learns_the_new_one() -> None:
    """Someone moves the laptop: the same program, a different room from 10 s on. The filter refuses to learn
    while its output is loud (that is how a partner's voice looks), but three seconds of frames AEC3 calls echo
    alone, left loud, are a new room: it stops being trusted at once, learns the room, and is trusted again."""
    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 22].astype(np.float64)
    first, second = np.convolve(program, _room(7)), np.convolve(program, 0.6 * np.roll(_room(11), 400))
    at = 16000 * 10
    mic = np.concatenate([first[:at], second[at : len(program)]]).astype(np.int16)
    linear, trusted, heard, left = LinearEcho(), [], 0.0, 0.0
    for i, (m, f) in enumerate(zip(_frames(mic), _frames(program.astype(np.int16)), strict=False)):
        out = linear.process(m, f, echo_only=True)
        t = i * FRAME_SAMPLES
        if at + 16000 * 3.5 <= t < at + 16000 * 4.5:
            trusted.append(linear.trusted)
        if t >= at + 16000 * 8:  # the last seconds, in the new room
            heard += float(np.sum(m.astype(np.float64) ** 2))
            left += float(np.sum(out.astype(np.float64) ** 2))
    assert not any(trusted), "the old room's filter was still used 3.5 s after the room changed"
    assert linear.trusted and 10 * np.log10(heard / left) >= 20


def test_silence_and_an_untrained_filter_change_nothing() -> None:
    speech = load_audio(CLIPS / "hurt_dinner.wav")
    silent = np.zeros(len(speech), dtype=np.int16)
    linear = LinearEcho()
    for frame in _frames(speech):  # nothing played: the microphone passes as it is
        assert linear.process(frame, silent[:FRAME_SAMPLES], echo_only=False) is frame
    assert linear.removed_db is None and not linear.trusted


def test_the_same_audio_gives_the_same_samples() -> None:
    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 4]
    flags = np.ones(len(program) // FRAME_SAMPLES, dtype=bool)
    first = _run(program, np.zeros(len(program)), flags)[1]
    assert np.array_equal(first, _run(program, np.zeros(len(program)), flags)[1])



@pytest.mark.parametrize("start_s", [2.0, 2.4, 3.03, 4.5, 6.15])
def test_a_filter_started_in_the_middle_of_the_programs_speech_learns_the_room(start_s: float) -> None:
    """The reference found again while the program talks (a sound system restarting its stream on a busy
    machine): the new filter's memory of the far end is empty while the microphone still hears the words before.
    Wherever it starts, it learns the room within seconds, never adding more than it removes. (Seen live: a
    filter that learned from its first frame took the echo of the words before for the echo of a quiet frame,
    and removed less than 15 dB for a whole 17 s welcome.)"""
    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 14]
    mic = np.clip(np.convolve(program.astype(np.float64), _room())[: len(program)], -32768, 32767).astype(np.int16)
    first = round(start_s * 16000 / FRAME_SAMPLES)
    linear, judged = LinearEcho(), []
    for i, (m, f) in enumerate(zip(_frames(mic)[first:], _frames(program)[first:], strict=False)):
        linear.process(m, f, echo_only=bool(f.any()))
        if linear.removed_db is not None:
            judged.append(linear.removed_db)
        if i * FRAME_SAMPLES >= 16000 * 5:
            break
    assert judged and min(judged) > -3.0, min(judged)
    assert linear.trusted and linear.removed_db is not None and linear.removed_db >= 20, linear.removed_db


def test_holding_the_far_end_back_keeps_what_it_learned() -> None:
    """The echo path measures the echo's delay and holds the far end back by most of it: the filter's taps
    move by as much, and it goes on removing the program's voice at once, without learning again."""
    from voice_session.audio.echo import DelayLine

    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 12]
    late = np.convolve(program.astype(np.float64), np.roll(_room(), 600))[: len(program)]  # 100 ms to the echo
    mic = np.clip(late, -32768, 32767).astype(np.int16)
    linear, delay, hold, switched = LinearEcho(), DelayLine(0), 640, 16000 * 6 // FRAME_SAMPLES
    left_after, heard_after = 0.0, 0.0
    for i, (m, f) in enumerate(zip(_frames(mic), _frames(program), strict=False)):
        if i == switched:
            learned = linear.removed_db
            delay = DelayLine(hold, program[: i * FRAME_SAMPLES])
            linear.held_back(hold)
        out = linear.process(m, delay.push(f), echo_only=i < switched)  # not a frame learned after the hold
        if switched <= i < switched + 33:
            heard_after += float(np.sum(m.astype(np.float64) ** 2))
            left_after += float(np.sum(out.astype(np.float64) ** 2))
    assert learned is not None and learned >= 20, learned
    assert 10 * np.log10(heard_after / left_after) >= 20, "the room was lost when the far end was held back"


def _drifting(steered: bool, ratio: float) -> tuple[LinearEcho, DriftLock]:
    """The program's voice through a room to a microphone whose clock runs `ratio` times the speaker's (the
    echo slides along the reference), the far end read from PlayedHistory, steered by the DriftLock or not."""
    played = PlayedHistory(keep_s=40.0)
    program = load_audio(CLIPS / "monologue.wav")[: 16000 * 24]
    for start in range(0, len(program), 160):  # handed over in 10 ms blocks
        played.written(program[start : start + 160], start / 16000)
    played.clock = SampleClock()
    played.clock.note(0.0, 0)  # the wall clocks agree: only the sound itself shows the drift
    room = np.convolve(program.astype(np.float64), _room())[: len(program)]
    track = PlayedHistory(keep_s=40.0)
    track.written(np.clip(room, -32768, 32767).astype(np.int16), 0.0)
    linear, lock = LinearEcho(), DriftLock()
    for i in range(len(program) // FRAME_SAMPLES - 60):
        mic = track._read((np.arange(FRAME_SAMPLES) + i * FRAME_SAMPLES) * ratio)
        far = played.far((i + 1) * FRAME_SAMPLES / 16000)
        linear.process(mic, far, echo_only=True)
        drift = lock.feed(far, mic, True, 0)
        if steered and drift is not None:
            played.steer(drift)
    return linear, lock


@pytest.mark.parametrize("ratio", [1.0, 1.0002, 0.9995])
def test_the_far_end_is_kept_locked_to_its_echo_when_the_clocks_disagree(ratio: float) -> None:
    """In step, 200 ppm and 500 ppm apart (a USB microphone and a Bluetooth speaker drift 50-200 ppm): the
    drift is learned from the echo alone and the linear filter keeps removing the program's voice."""
    linear, lock = _drifting(True, ratio)
    assert abs(lock.drift - (ratio - 1) * FRAME_SAMPLES) < 0.02, lock.drift
    assert linear.trusted and linear.removed_db is not None and linear.removed_db >= 25, linear.removed_db


def test_without_the_lock_a_drifting_echo_defeats_the_linear_filter() -> None:
    unsteered, _ = _drifting(False, 1.0005)
    assert unsteered.removed_db is None or unsteered.removed_db < 10, unsteered.removed_db
