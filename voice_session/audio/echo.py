"""Listening while speaking: the program's own voice taken out of the microphone (WebRTC's AEC3, through the
PyPI package pywebrtc-audio), and a judge that decides, from the first seconds of the program's speech,
whether the microphone can stay open while it talks (full duplex), must be closed (half duplex: the gate),
or hears nothing of the speaker at all (headphones).

The canceller is fed exactly the samples the output plays (the far end) beside each microphone frame, held
back by the echo delay measured from the program's first seconds of speech, so it leads its echo as AEC3
wants. webrtcvad ignores loudness, so the residue of an imperfect cancellation would read as speech: the
judge only opens the microphone once the canceller removes enough.
"""

from __future__ import annotations

import copy
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

import numpy as np

from voice_session.audio.drift import DriftLock
from voice_session.audio.frames import FRAME_SAMPLES, energy_dbfs, mean_square
from voice_session.audio.linear_echo import PARTITIONS, TRUSTED_DB, LinearEcho


class Duplex(Enum):
    MEASURING = "measuring"
    """The first seconds of the program's voice: the microphone is gated while it talks, as before."""
    FULL = "full"
    """The canceller removes enough: the microphone stays open, a partner can answer or interrupt."""
    HALF = "half"
    """Too much of the program's voice is left: the microphone is gated while it talks, for the session."""
    HEADPHONES = "headphones"
    """Almost nothing of the program's voice reaches the microphone: no gate needed."""


FAR_TALKING_DBFS = -45.0
"""The far end at least this loud: the program is talking in that frame."""
REMOVED_DB_NEEDED = 20.0
"""The canceller must take out at least this much of the program's voice for the microphone to stay open."""
CANCELLED_DB_NEEDED = 6.0
"""...and the linear filter at least this much, subtracting the program's voice as the room returns it: AEC3's
figure counts what its suppressor turns down too, and with a reference that does not match the microphone at all
(a shuffled one) it still "removed" about 50 dB, a partner's voice turned down with it. The linear filter removes
nothing it cannot predict from the reference: a frame played backwards left it under 6 dB, where the room it
is fed removes 15-40 dB."""
HEARD_BELOW_DBFS = -55.0
"""The program's voice this quiet in the microphone: headphones, or a speaker far away."""


LEVEL_FLOOR_DBFS = -50.0
"""While the program talks with the microphone open, quieter cleaned frames are not speech (the canceller's
residue: webrtcvad ignores loudness)."""
ABOVE_RESIDUE_DB = 10.0
"""Nor, once the canceller is proven, frames less than this far above what it leaves of the program's voice
in them: the residue of a loud echo would otherwise hold the endpointer open when a partner starts."""

ONLY_ECHO_REMOVED_DB = 10.0
"""A frame where AEC3 takes out at least this much holds nothing but the program's voice: the linear filter
may learn from it (a partner's voice would be left in AEC3's output, which then drops less). So may a frame
where the microphone is almost silent while the program talks (its echo not arrived yet): nobody else is
talking, and a filter never taught that the far end's newest sound is not in the microphone yet predicted it
there, and added it."""

UNSTEADY_RELOCKS = 3
UNSTEADY_S = 60.0
"""The reference jumping this often within this long: the timing is not to be trusted (see `_reference_unsteady`)."""

KEPT_ROOM_DB = 6.0
"""The linear filter keeps what it learned when the far end is held back only once it removes this much: a
filter that learned across a jump of the reference (seen live on a busy machine) added more than it removed
and took longer to unlearn than to learn afresh."""

ECHO_TAIL_FRAMES = 17
"""Half a second of the output silent: the room's echo of the program has died away."""

BRIDGE_FRAMES = 5
"""After the far end moved, frames of the program talking, not necessarily on end, in each of which the linear
filter, gone on with the room it knew, removes `TRUSTED_DB` or more of its voice, before it stands in for AEC3
(see `EchoPath.bridged`). Live after a stall it removed about 20 dB, not the 40 dB it had: its new place is
right to a sample, not to the fraction of one the room's echo moved by, so the floor for a partner's voice is
set by what every one of those frames had removed, not by what it used to."""

UNHEARD_DB = 20.0
UNHEARD_FRAMES = 6
"""In full duplex, the program talking and the microphone this far under its echo (as the room has returned it
lately) for this many frames on end (180 ms): the speaker ran dry, whether or not its stream said so. Beside
three CPU-bound processes, a stall of the machine mid-question left the microphone silent for 0.4 s while the
reference carried the program's voice, with no late callback reported: the voice came back 0.3 s later than its
reference said, the microphone was open, and the program cut its own question for an answer. Outside a stall
it does not happen: in 20 live sessions beside three CPU-bound processes, at most 4 such frames on end."""

REGAINED_FRAMES = 33
"""After the reference jumped, a second of the program talking over which the canceller is seen to remove
`REMOVED_DB_NEEDED` again before the microphone is open while it talks (see `EchoPath.regaining`)."""



@dataclass
class DuplexJudge:
    """Pure: fed each frame's far-end, microphone and cleaned energies, it settles the session's mode once."""

    settle_frames: int = 100
    """Frames of the program talking (30 ms each) before judging: AEC3 needs a few seconds to converge."""
    give_up_frames: int = 300
    mode: Duplex = Duplex.MEASURING
    _heard: list[tuple[float, float]] = field(default_factory=list)
    """(microphone, cleaned) energies of the recent frames where the program was talking."""
    talking_frames: int = 0
    """Frames fed so far while the program was talking."""
    removed_db: float | None = None
    cancelled_db: float | None = None
    """What the linear filter removes (see `CANCELLED_DB_NEEDED`), as last fed."""
    unreferenced_frames: int = 0
    """Frames on end where the program talked (as the mouth knows it) but its reference held no sound: on a busy
    machine the reference can miss its frames, and the mode must still be settled, not left measuring."""
    reason: str = ""
    """Why the mode was settled as it was, for the record (empty: by what the canceller removes)."""

    def feed(self, far: float, mic: float, cleaned: float, talking: bool = False,
             aligned: bool = True, cancelled_db: float | None = None) -> Duplex | None:
        """Energies (mean square, int16 units) of one frame, and whether the program was talking in it;
        returns the mode when it is settled by this frame. Not before the echo's delay is measured (`aligned`):
        the canceller is started afresh on the far end held back by it, and judged on that. `cancelled_db`: what
        the linear filter removes of the program's voice (None until it has learned enough to be judged).

        It settles once. Watching on afterwards was tried: a partner talking over the program (the very
        moment the open microphone is for) reads exactly like a canceller that lost track, and closed it."""
        if self.mode is not Duplex.MEASURING:
            return None
        self.cancelled_db = cancelled_db
        if energy_dbfs(far) < FAR_TALKING_DBFS:
            self.unreferenced_frames += talking
            if self.unreferenced_frames >= self.give_up_frames:
                self.mode, self.reason = Duplex.HALF, "no_reference"
                return self.mode
            return None
        self.unreferenced_frames = 0  # counted on end: gaps between sentences and a reference still locking
        # on at the start are not a missing reference
        self.talking_frames += 1
        self._heard = [*self._heard[-66:], (mic, cleaned)]  # the last 2 s of the program talking
        if self.talking_frames < self.settle_frames:
            return None
        heard_db = energy_dbfs(sum(m for m, _ in self._heard) / len(self._heard))
        self.removed_db = round(_removed_db(self._heard), 1)
        if not aligned and self.talking_frames < self.give_up_frames:
            return None
        if heard_db < HEARD_BELOW_DBFS:
            self.mode = Duplex.HEADPHONES
        elif (self.removed_db >= REMOVED_DB_NEEDED and self.cancelled_db is not None
              and self.cancelled_db >= CANCELLED_DB_NEEDED):
            self.mode = Duplex.FULL
        elif self.talking_frames >= self.give_up_frames:
            self.mode = Duplex.HALF
        return None if self.mode is Duplex.MEASURING else self.mode


def _removes_the_echo(far: float, mic: float, out: float) -> bool:
    """A frame (energies) where the program talks, the microphone hears it, and the linear filter's output `out` is
    `TRUSTED_DB` under it, as a filter that knows the room leaves it: a partner talking over the program leaves
    frames loud, and so does a filter that does not fit, but only the first has frames between words like this."""
    return (energy_dbfs(far) >= FAR_TALKING_DBFS and energy_dbfs(mic) >= LEVEL_FLOOR_DBFS
            and energy_dbfs(mic) - energy_dbfs(out) >= TRUSTED_DB)


def _removed_db(frames: list[tuple[float, float]]) -> float:
    """How much of the sound the canceller took out over these frames' (microphone, cleaned) energies."""
    heard = sum(m for m, _ in frames) / len(frames)
    return energy_dbfs(heard) - energy_dbfs(sum(c for _, c in frames) / len(frames))


BLOCK = 160
"""AEC3 works on 10 ms blocks."""
_DITHER = np.random.default_rng(20261205).integers(-1, 2, size=(50, BLOCK)).astype(np.int16)
"""Half a second of ±1 LSB (-90 dBFS), fed in place of exact digital silence: deterministic, far below anything
AEC3 calls sound, and it keeps AEC3 off a slow path. Measured here: a block of exact zeros after the far end had
carried sound cost 1.8-2.0 ms (its filters decay into subnormal floats), 0.26 ms with this, 0.63 ms with speech."""


class Canceller:
    """AEC3 on 10 ms blocks; one instance for the whole session (it learns the room and keeps it).

    pywebrtc-audio's EchoCanceller: AEC3 and its high-pass filter alone. The package's AudioProcessor with only
    echo cancellation on gives the same samples (checked on 20 s of echo and double talk) but also estimates a
    speech probability for every block, which nothing here reads: 9 % more time per block."""

    def __init__(self) -> None:
        from pywebrtc_audio import EchoCanceller

        self._ap = EchoCanceller(sample_rate=16000)
        self._blocks = 0

    def process(self, mic: np.ndarray, far: np.ndarray) -> np.ndarray:
        out = np.empty(FRAME_SAMPLES, dtype=np.int16)
        for i in range(0, FRAME_SAMPLES, BLOCK):
            block = np.ascontiguousarray(far[i : i + BLOCK], dtype=np.int16)
            if not block.any():
                block = _DITHER[self._blocks % len(_DITHER)]
            self._blocks += 1
            out[i : i + BLOCK] = self._ap.process(np.ascontiguousarray(mic[i : i + BLOCK], dtype=np.int16), block)
        return out


LEAD_S = 0.06
"""The far end is fed this far ahead of its echo in the microphone: AEC3 wants its reference first."""
ALIGN_AFTER_FRAMES = 80
"""Frames of the program talking after which the output-to-microphone delay is measured (about 2.4 s)."""
ALIGN_ATTEMPTS = 3
"""Measured again, 40 frames later each time, while the microphone has not clearly heard the program."""
RESYNC_FRAMES = 20
"""In full duplex, frames of the program talking after its far end moved (0.6 s) before the echo's delay is measured
again: the microphone is closed while the program talks at least until then. Measured after 80, as at the start, a
partner who answered over the question in those seconds was never heard."""
OVERLAP_S = 0.4
"""The far end and the microphone overlap at least this long at the lag an echo's delay is measured at."""
MOVED_S = 0.004
"""Measured again after a jump of the reference, the echo's delay this far from where it was has moved: the far end
is held back by the new delay and AEC3 started afresh on it."""


def echo_delay_s(far: np.ndarray, mic: np.ndarray, longest_s: float = 2.5) -> float | None:
    """How long the program's voice takes to come back in the microphone: the lag of the strongest
    cross-correlation of the two, or None when the microphone does not hear it."""
    step = 1  # at the full rate: decimating without a filter folds the upper band over and blurs the peak
    a = far[::step].astype(np.float64)
    b = mic[::step].astype(np.float64)
    if not a.any() or not b.any():
        return None
    # a lag is only believed over at least `OVERLAP_S` of both: measured again soon after a jump, a short history
    # found a chance likeness of two stretches of speech far beyond it (1.4 s, for an echo 0.75 s behind)
    longest = min(int(longest_s * 16000 / step), len(b) - int(OVERLAP_S * 16000 / step))
    if longest <= 0:
        return None
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    corr = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)
    lags = corr[:longest]
    best = int(np.argmax(np.abs(lags)))
    strength = abs(lags[best]) / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9)
    return best * step / 16000 if strength >= 0.1 else None


class DelayLine:
    """Holds the far end back by a fixed number of samples."""

    def __init__(self, samples: int, before: np.ndarray | None = None) -> None:
        """`before`: the last samples given before it (the first it hands out); silence when not given."""
        self.buffer = np.zeros(samples, dtype=np.int16)
        if before is not None:
            self.buffer[samples - len(before) :] = before[-samples:]

    def push(self, block: np.ndarray) -> np.ndarray:
        if not len(self.buffer):
            return block
        joined = np.concatenate([self.buffer, block])
        self.buffer = joined[len(block) :]
        return joined[: len(block)]


class Steerable(Protocol):
    """The live far end (audio/played.py's PlayedHistory): read faster or slower to keep its echo in place,
    counting the times it had to jump (a stream restarted) and the times the speaker ran dry (a gap played that
    the clocks do not know of)."""

    relocks: int
    gaps: int

    def steer(self, drift: float) -> None: ...


class EchoPath:
    """Between the microphone and the ears: cleans each frame and says whether the gate is needed.

    The far end is the output's own samples; how long they take to come back through the room, the sound
    system's buffers and the microphone is measured from the first seconds of the program's voice, and the
    far end is then held back so that it leads its echo by `LEAD_S`, as AEC3 wants."""

    def __init__(self, canceller: Canceller, far: Callable[[], np.ndarray],
                 steering: Steerable | None = None) -> None:
        self.canceller = canceller
        self.far = far
        """The next 480 samples the output played (zeros when silent), one call per microphone frame."""
        self.steering = steering
        """Live: the far end, kept locked to its echo when the two devices' clocks disagree."""
        self._relocks = 0
        self._gaps = 0
        self.lock = DriftLock()
        self.delay = DelayLine(0)
        self.delay_s: float | None = None
        """The measured echo delay in seconds: None until measured, -1 when the microphone never heard it."""
        self._align_at = ALIGN_AFTER_FRAMES
        self._align_tries = 0
        self._talked = 0
        """Frames so far where the (held back) far end carried the program's voice."""
        self.realigning = False
        """In full duplex, since the reference jumped: the echo's delay is being measured again (see `_align`)."""
        self._linear_waits = False
        """Meanwhile the linear filter is kept, unused, to go on with what it learned once the delay is known."""
        self._resume: tuple[np.ndarray, int, float | None] | None = None
        """The far end's recent past, how far the echo moved, and what the filter would have removed since (when it
        is proven on it): the linear filter goes on from the next frame."""
        self._history: list[tuple[np.ndarray, np.ndarray]] = []
        self.judge = DuplexJudge()
        self.settled: Duplex | None = None
        """Set once, the frame the mode is decided (the runner records it)."""
        self.quiet_frames = 0
        """Frames since the output last played anything."""
        self.heard_db = -120.0
        """The last raw microphone frame's level (dBFS)."""
        self.linear = LinearEcho()
        """The program's echo subtracted and nothing else suppressed: the words said over it read better."""
        self.for_words: np.ndarray | None = None
        """The last frame as it is best transcribed (see `clean`)."""
        self.filter_changed = False
        """Set for the frame where the linear filter comes into use, or goes out of it (the runner records it)."""
        self.reference_moved = False
        """Set for the frame where the live far end jumped against its echo (a stream restarted, callbacks
        late on a busy machine), or, in full duplex, the speaker ran dry (`ran_dry`): the echo's delay is measured
        again, the linear filter goes on with the room it knew once it is, and while the program talks the microphone
        waits for the canceller, or that filter, to be seen removing its voice (the record keeps it)."""
        self.ran_dry = False
        """Set with `reference_moved` when what moved it was a gap the speaker played: the machine stalled (seen
        live: a third of a second, and the program's own "Sam," came back as a partner's "Sir, Sir"). The stream
        says so (a late callback), or the microphone does (`UNHEARD_FRAMES`)."""
        self._echo_gain: deque[float] = deque(maxlen=200)
        """In full duplex, how loud the microphone hears the program against its reference (dB), on the recent
        frames where the canceller found nothing but its echo."""
        self._unheard = 0
        """Frames on end where the program talks and the microphone is `UNHEARD_DB` under that."""
        self._moved_again = False
        """The reference moved again before the canceller was seen removing the program's voice since it last
        moved: the linear filter does not stand in for it (see `bridged`)."""
        self._filter_in_use = False
        self._frames = 0
        self._relock_frames: list[int] = []
        """The frames where the reference last jumped."""
        self._bypassed: np.ndarray | None = None
        """The last microphone frame the canceller did not see (the program silent long enough), if any."""
        self.regaining: list[tuple[float, float]] | None = None
        """Since the reference last jumped in full duplex: the (microphone, cleaned) energies of the frames where
        the program talked. Until the canceller is seen removing its voice again, the microphone is closed while
        the program talks: once, beside three CPU-bound processes, the seconds after a jump let the program's own
        welcome and prompt through, transcribed as a partner's words. None when nothing is being regained."""
        self.bridged = False
        """Since the far end moved, the linear filter went on with the room it knew (its delay measured again) and is
        seen removing the program's voice: until AEC3 is seen doing so too, the partner is listened for in the
        linear filter's output, and the microphone is open while the program talks. Closed until AEC3 found the
        room again (seconds, live), a partner who answered over the question after a stall of the machine was
        never heard, and the session paused for silence. Not after a second move before AEC3 found the room (a
        stall, then the clocks catching up with it): proven on the frames since, the filter removed 15.7 dB,
        then 2 dB of the next ones, and the program took its own voice for an answer."""
        self._bridging: list[tuple[float, float]] | None = None
        """Meanwhile, the (microphone, linear output) energies of the frames where the program talked."""
        self.regained: float | None = None
        """Set for the frame where the canceller, or the linear filter standing in for it (`bridged`), is seen
        removing the program's voice again: how much (dB) it takes out (the record keeps it)."""

    def speech_floor_dbfs(self) -> float:
        """How loud the last cleaned frame had to be to count as speech while the program talks: above the
        residue in general, and, in full duplex, well above what the canceller leaves of that frame's echo
        (its raw level less what the canceller removes)."""
        removed = TRUSTED_DB if self.bridged else self.judge.removed_db
        if self.judge.mode is not Duplex.FULL or removed is None:
            return LEVEL_FLOOR_DBFS
        return max(LEVEL_FLOOR_DBFS, self.heard_db - removed + ABOVE_RESIDUE_DB)

    @property
    def open_while_speaking(self) -> bool:
        return self.judge.mode is Duplex.HEADPHONES or (self.judge.mode is Duplex.FULL and
                                                         (self.regaining is None or self.bridged))

    @property
    def echo_free(self) -> bool:
        """Nothing played for longer than a room's echo lasts: the raw microphone is the better audio to
        transcribe (the canceller's filtering costs words: "you felt embarrassed" came out "you thought in
        Paris" in a simulated room)."""
        return self.quiet_frames >= ECHO_TAIL_FRAMES

    def clean(self, frame: np.ndarray, talking: bool = False) -> np.ndarray:
        """The frame with the program's voice taken out, to detect a partner's speech in. What to transcribe
        is left in `for_words`: the raw frame once the program's echo has died away, the linear filter's
        output while it may still be in the microphone (once that filter is proven), else this."""
        played = np.asarray(self.far(), dtype=np.int16)
        self._frames += 1
        timing_lost = False
        self.reference_moved, self.ran_dry = self._moved()
        if self.reference_moved:
            self._moved_again, self._unheard = self.regaining is not None, 0
            # the echo's lag is learned again (the clocks' drift is kept: their rates did not change); in full
            # duplex the linear filter waits to go on with the room it knew, else it learns the room again
            self.lock = DriftLock(self.lock.drift)
            if self.judge.mode is Duplex.FULL and self.delay_s is not None:
                self._linear_waits, self._resume, self._bridging = True, None, None
            else:
                self.linear = LinearEcho()
            self._measure_again()
            timing_lost = self._reference_unsteady()
        far = self.delay.push(played)
        if (self.delay_s is None and self.judge.mode is Duplex.MEASURING) or self.realigning:
            self._align(played, frame)
        if self.echo_free and not far.any():
            # nothing played for longer than the room's echo lasts: nothing to take out, and no work. The canceller
            # is not fed either (its two streams pause together, so what it learned of the room still fits);
            # the frame before is kept to prime it when the program talks again, so its output follows on
            cleaned, self._bypassed = frame, frame
        else:
            if self._bypassed is not None:
                self.canceller.process(self._bypassed, np.zeros(FRAME_SAMPLES, dtype=np.int16))
                self._bypassed = None
            cleaned = self.canceller.process(frame, far)
        far_energy, heard_energy, cleaned_energy = mean_square(far), mean_square(frame), mean_square(cleaned)
        self.quiet_frames = self.quiet_frames + 1 if far_energy < 1.0 else 0
        far_db = energy_dbfs(far_energy)
        self._talked += far_db >= FAR_TALKING_DBFS
        self.heard_db = energy_dbfs(heard_energy)
        self.settled = self.judge.feed(far_energy, heard_energy, cleaned_energy, talking, self.delay_s is not None,
                                       self.linear.removed_db)
        if timing_lost and self.judge.mode is not Duplex.HALF:
            self.judge.mode, self.judge.reason = Duplex.HALF, "timing"
            self.settled = Duplex.HALF
        self._regain(far_energy, heard_energy, cleaned_energy)
        # the linear filter learns where the program talks and AEC3 finds nothing but its echo in the frame, or the
        # microphone hears almost nothing
        # (not while AEC3 is finding the room again: its suppressor, unproven, took a partner talking over the program
        # for echo, and a second of that made the linear filter unlearn the room it had gone on with)
        removed_by_aec3 = self.heard_db - energy_dbfs(cleaned_energy)
        aec3_says_echo = removed_by_aec3 > ONLY_ECHO_REMOVED_DB and self.regaining is None
        only_echo = far_db >= FAR_TALKING_DBFS and (aec3_says_echo or self.heard_db < LEVEL_FLOOR_DBFS)
        if self.steering is not None:  # live only: a simulation's speaker never runs dry
            self._listen_for_the_echo(far_db, aec3_says_echo)
        linear = cleaned if self._linear_waits else self.linear.process(frame, far, echo_only=only_echo)
        self._bridge(far_energy, heard_energy, linear)
        if self._resume is not None:
            self._linear_waits, (past, moved, proven_db) = False, self._resume
            self.linear.resume(past, moved)
            stands_in = self.regaining is not None and self.linear.trusted and not self._moved_again
            self._resume, self._bridging = None, ([] if stands_in else None)
            if self._bridging is not None and proven_db is not None:
                self.bridged, self.regained = True, proven_db
        if self.steering is not None and self.delay_s is not None and not self._linear_waits:
            drift = self.lock.feed(far, frame, only_echo, len(self.delay.buffer))
            if drift is not None:
                self.steering.steer(drift)
        in_use = self.linear.trusted and not self._linear_waits
        if self.echo_free:
            self.for_words = frame
        else:
            self.for_words = linear if in_use else cleaned
        self.filter_changed = in_use != self._filter_in_use
        self._filter_in_use = in_use
        return linear if self.bridged else cleaned

    def _bridge(self, far_energy: float, heard_energy: float, linear: np.ndarray) -> None:
        """Since the linear filter went on after the far end moved (`_bridging`), watches it on the frames where the
        program talks: once it removes `TRUSTED_DB` in `BRIDGE_FRAMES` of them, it stands in for AEC3 (`bridged`)."""
        if self.regaining is None or self._bridging is None:
            self.bridged, self._bridging = False, None
            return
        if self.bridged:
            return
        linear_energy = mean_square(linear)
        if _removes_the_echo(far_energy, heard_energy, linear_energy):
            self._bridging.append((heard_energy, linear_energy))
        if len(self._bridging) >= BRIDGE_FRAMES:
            self.bridged, self.regained = True, round(_removed_db(self._bridging), 1)

    @property
    def filter_in_use(self) -> bool:
        """Words said over the program are transcribed from the linear filter's output."""
        return self._filter_in_use

    def _moved(self) -> tuple[bool, bool]:
        """Whether the live far end moved against its echo since the frame before: it jumped (a stream restarted),
        or the speaker ran dry. A gap matters only once the microphone is open while the program talks: before,
        the room is being learned and the gate is closed (an output starting in a burst runs dry once, at once)."""
        if self.steering is None:
            return False, False
        jumped = self.steering.relocks != self._relocks
        gap = self.steering.gaps != self._gaps or self._unheard >= UNHEARD_FRAMES
        ran_dry = gap and self.judge.mode is Duplex.FULL
        self._relocks, self._gaps = self.steering.relocks, self.steering.gaps
        return jumped or ran_dry, ran_dry and not jumped

    def _listen_for_the_echo(self, far_db: float, echo_only: bool) -> None:
        """In full duplex, with the echo where it is expected: learns how loud the room returns the program's voice,
        and counts the frames on end where the program talks and the microphone hears far less than that."""
        if self.judge.mode is not Duplex.FULL or self.regaining is not None or self.realigning:
            self._unheard = 0
            return
        if echo_only and self.heard_db >= LEVEL_FLOOR_DBFS:
            self._echo_gain.append(self.heard_db - far_db)
        talking = far_db >= FAR_TALKING_DBFS + 10.0
        if not talking or len(self._echo_gain) < 20:
            self._unheard = 0
            return
        expected_db = far_db + float(np.median(self._echo_gain))
        self._unheard = self._unheard + 1 if self.heard_db < expected_db - UNHEARD_DB else 0

    def _regain(self, far_energy: float, heard_energy: float, cleaned_energy: float) -> None:
        """After a jump of the reference in full duplex, watches the canceller on the frames where the program
        talks; the microphone opens again while it talks once the last second of them has `REMOVED_DB_NEEDED`
        taken out."""
        self.regained = None
        if self.reference_moved and self.judge.mode is Duplex.FULL:
            self.regaining = []
        if self.regaining is None or energy_dbfs(far_energy) < FAR_TALKING_DBFS:
            return
        self.regaining = [*self.regaining[-(REGAINED_FRAMES - 1):], (heard_energy, cleaned_energy)]
        if len(self.regaining) < REGAINED_FRAMES:
            return
        removed = _removed_db(self.regaining)
        if removed >= REMOVED_DB_NEEDED:
            self.regaining, self.regained = None, round(removed, 1)
            if self.realigning:  # the canceller found the echo again by itself, before its delay was measured
                self.realigning = False
                if self._linear_waits:  # by how much it moved is not known: the linear filter learns afresh
                    self._linear_waits, self.linear = False, LinearEcho()

    def _reference_unsteady(self) -> bool:
        """The reference has moved (jumped, or the speaker ran dry) `UNSTEADY_RELOCKS` times within `UNSTEADY_S`:
        the sound system's timing cannot be trusted (a machine too busy to keep its audio callbacks in time), and an
        open microphone could hear the program's voice. With headphones nothing needs taking out."""
        if self.judge.mode is not Duplex.FULL:
            return False  # before the mode is settled the room is being learned anyway (an output starting up
            # in a burst moves its reference more than once)
        self._relock_frames = [*self._relock_frames, self._frames][-UNSTEADY_RELOCKS:]
        recent = self._frames - self._relock_frames[0] <= UNSTEADY_S * 1000 / 30
        return (len(self._relock_frames) >= UNSTEADY_RELOCKS and recent
                and self.judge.mode is not Duplex.HEADPHONES)

    def _measure_again(self) -> None:
        """The far end jumped against its echo: the echo's delay is measured on what comes after the jump, not
        across it. Before the mode is settled, the measuring starts over (and the judge with it: it was judging
        a canceller fed the far end at the old delay). In full duplex, it is measured again while the
        microphone waits for the canceller (`regaining`): a jump that brought the echo ahead of the held-back
        far end, or more than AEC3's own search behind it, was never found again by AEC3 alone (live, beside
        three CPU-bound processes, 13 s of the program talking with the microphone closed)."""
        if self.judge.mode is Duplex.MEASURING:
            if self.delay_s is not None:
                self.delay_s, self.judge = None, DuplexJudge()
        elif self.judge.mode is Duplex.FULL and self.delay_s is not None:
            self.realigning = True
        else:
            return
        self._history, self._align_tries = [], 0
        self._align_at = self._talked + (RESYNC_FRAMES if self.realigning else ALIGN_AFTER_FRAMES)

    def _align(self, played: np.ndarray, frame: np.ndarray) -> None:
        self._history = [*self._history[-200:], (played, frame)]  # the last 6 s
        if self._talked < self._align_at:
            return
        far = np.concatenate([p for p, _ in self._history])
        mic = np.concatenate([m for _, m in self._history])
        delay_s = echo_delay_s(far, mic)
        self._align_tries += 1
        if delay_s is None and (self._align_tries < ALIGN_ATTEMPTS or self.realigning):
            self._align_at += 40  # not clearly heard yet (a quiet start, a noise): listen a little longer
            return
        self._history = []
        if self.realigning:  # in full duplex, and AEC3 has not found the echo by itself since the jump
            self.realigning = False
            assert delay_s is not None and self.delay_s is not None
            before, held = max(self.delay_s, 0.0), len(self.delay.buffer)
            if abs(delay_s - before) > MOVED_S:  # where it was: AEC3 is left to find it
                self.delay_s, self.regaining = delay_s, []
                self._hold_back(far, round((delay_s - LEAD_S) * 16000), kept_room=None)
            hold = len(self.delay.buffer)  # the linear filter goes on with the room it learned, moved by as much as
            # the echo moved against the far end it is fed
            needed = (PARTITIONS + 1) * FRAME_SAMPLES
            if self._linear_waits and len(far) - hold >= needed:
                moved = round((delay_s - before) * 16000) - (hold - held)
                self._resume = (far[len(far) - hold - needed : len(far) - hold], moved,
                                self._fits_what_was_heard(far, mic, hold, moved))
            elif self._linear_waits:
                self._linear_waits, self.linear = False, LinearEcho()
            return
        self.delay_s = -1.0 if delay_s is None else delay_s  # -1: not heard (headphones, or a muted microphone);
        # the judge decides
        hold = round((max(self.delay_s, 0.0) - LEAD_S) * 16000)
        if hold > 160 or len(self.delay.buffer):  # more than the room's own delay, or held back before a jump
            self._hold_back(far, hold, kept_room=True)
            self.judge = DuplexJudge()

    def _fits_what_was_heard(self, played: np.ndarray, heard: np.ndarray, hold: int, moved: int) -> float | None:
        """How much (dB) the linear filter, gone on with the room it knew, would have removed from what the
        microphone heard since the far end moved, or None when it would not have removed `TRUSTED_DB` in
        `BRIDGE_FRAMES` of those frames. Mostly they come before a partner answers: proven on them, it stands in for
        AEC3 at once, and a partner who starts right then is heard from their first words (measured only on the
        frames after, a partner talking over the program left too few frames to prove it on, and the first
        seconds of an answer were lost)."""
        n, needed = FRAME_SAMPLES, (PARTITIONS + 1) * FRAME_SAMPLES
        first = -(-(hold + needed) // n)  # the first frame whose far end, and the filter's memory of it, were played
        trial = copy.deepcopy(self.linear)
        trial.resume(played[first * n - hold - needed : first * n - hold], moved)
        proven: list[tuple[float, float]] = []
        for j in range(first, len(heard) // n):
            far, mic = played[j * n - hold : (j + 1) * n - hold], heard[j * n : (j + 1) * n]
            out = trial.process(mic, far, echo_only=False)
            mic_energy, out_energy = mean_square(mic), mean_square(out)
            if _removes_the_echo(mean_square(far), mic_energy, out_energy):
                proven.append((mic_energy, out_energy))
        return round(_removed_db(proven), 1) if len(proven) >= BRIDGE_FRAMES else None

    def _hold_back(self, played: np.ndarray, hold: int, kept_room: bool | None) -> None:
        """Holds the far end back by `hold` samples (going on from what was `played`, with no gap), starts AEC3
        afresh on it, and moves what the linear filter learned by as much where it is proven (`kept_room`; None:
        the caller sees to the linear filter)."""
        hold = max(hold, 0)
        self.delay = DelayLine(hold, played[-hold:]) if hold else DelayLine(0)
        self.canceller = type(self.canceller)()
        self.lock = DriftLock(self.lock.drift)
        if kept_room is None:
            return
        if kept_room and self.linear.removed_db is not None and self.linear.removed_db >= KEPT_ROOM_DB:
            self.linear.held_back(hold)
        else:  # what it learned is not yet seen to work (a start in a burst of late callbacks): afresh
            self.linear = LinearEcho()


def load_canceller(warn: bool = True) -> Canceller | None:
    """The canceller, or None with one line: the session then listens only while the program is quiet."""
    try:
        return Canceller()
    except ImportError:
        if warn:
            print("voice-session: note: no echo canceller (pip install pywebrtc-audio); the microphone is "
                  "ignored while the program speaks", file=sys.stderr)
        return None
