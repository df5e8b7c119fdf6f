"""A linear echo filter: the program's voice subtracted from the microphone as the room delays and colours it,
and nothing else taken out. It is what a partner's words are transcribed from while the program's voice may
still be in the microphone.

AEC3 (audio/echo.py) removes more of the program's voice, but its suppressor also turns the partner down for
the first moments of double talk, so the first words of an answer said over a question came out wrong
("I think it will be the same lines" for "I was thinking on the same lines"). The raw microphone keeps the
partner whole but keeps the question too, and Whisper writes both down ("What did you hear? I was
thinking…"). Subtracting an estimate of the echo, with no suppression, keeps the partner at full level and
leaves the question 20 dB or more down, where Whisper ignores it.

A partitioned-block frequency-domain NLMS filter, one 30 ms frame per block, 270 ms long after the far end's
lead; it learns only while the program talks and nobody else does, and it is trusted only once it is seen to
remove enough. Pure numpy, deterministic: the same audio gives the same samples.
"""

from __future__ import annotations

import numpy as np

from voice_session.audio.frames import FRAME_SAMPLES, energy_dbfs

PARTITIONS = 9
"""Blocks of 30 ms in the filter: 270 ms, the far end's 60 ms lead and a small room's reverberation."""
LEARNING_STEP = 1.0
"""The NLMS step size until the filter is trusted: a room learned within the first prompt. Measured on twelve
prompts through a simulated room with -61 dBFS of noise: 15 dB removed after 2.6 s of the program talking, where
a step of 0.5 took 4.6 s (live, beside three CPU-bound processes, a reference that had to be found again once or
twice left the filter short of 15 dB by the end of a 17 s welcome)."""
STEP = 0.5
"""Once trusted: slower, so that the few frames of a partner's voice that pass for echo move it less."""
TRUSTED_DB = 15.0
"""Its output is used once it takes out at least this much of the program's voice."""
MEASURED_FRAMES = 66
"""The last 2 s of frames where it learned: what it removes is judged on these."""
LEARNED_FRAMES = 50
"""Frames of learning (1.5 s of the program talking) before it is judged at all."""
ABOVE_RESIDUE_DB = 10.0
"""Once trusted, a frame whose output is this far above what the filter usually leaves holds someone else's
voice (AEC3 turns a partner down at the start of double talk, so its word alone is not enough): no learning."""
RELEARN_FRAMES = 100
"""Three seconds of frames that AEC3 calls echo alone but this filter leaves loud: the room changed (someone moved
the laptop), not a partner talking; it learns again. A second was too short: AEC3's suppressor turns a partner down
at the start of double talk, which makes their frames look like echo to it, and an answer over a question that
took a second to stop (beside CPU-bound processes: 1.08 s) unlearned the room mid-answer, leaving the rest of its
words to AEC3's output ("I hope that you heard" for "I felt really unheard")."""



class LinearEcho:
    """Fed each microphone frame with the far end that AEC3 gets (already aligned to lead its echo)."""

    def __init__(self, partitions: int = PARTITIONS, step: float = STEP, learning_step: float = LEARNING_STEP) -> None:
        n = FRAME_SAMPLES
        self._k = partitions
        self._step, self._learning_step = step, learning_step
        self._weights = np.zeros((partitions, n + 1), dtype=np.complex128)
        self._ring = np.zeros((2 * partitions, n + 1), dtype=np.complex128)
        """The far end's last `partitions` blocks (spectra), newest first from row `_at`: each block is written twice,
        `partitions` rows apart, so they are always one slice and a new block moves nothing (see `_far`)."""
        self._at = 0
        self._previous = np.zeros(n)
        self._power = np.full(n + 1, 1e3)
        self._silent = partitions
        """Frames since the far end last carried sound: none left in the filter's memory → nothing to take out."""
        self._seen = 0
        """Frames of the far end it has been given. It learns only once its memory holds every frame the
        microphone can still be hearing: a filter started in the middle of the program's speech (the reference
        found again) that learned at once took the echo of the words before it for the echo of the quiet frame
        in hand, and took seconds to unlearn it (live, it never removed 15 dB in a 17 s welcome)."""
        self._heard: list[tuple[float, float]] = []
        """(microphone, output) energies of the last frames it learned on."""
        self.learned_frames = 0
        self._loud_left = 0
        """Consecutive frames AEC3 called echo alone that this filter left loud."""
        self.removed_db: float | None = None
        """How much of the program's voice it takes out, judged on the frames it learned on; None at first."""

    @property
    def _far(self) -> np.ndarray:
        """The far end's blocks in the filter's memory, newest first (a view)."""
        return self._ring[self._at : self._at + self._k]

    def _push(self, block: np.ndarray) -> None:
        self._at = (self._at - 1) % self._k
        self._ring[self._at] = self._ring[self._at + self._k] = block

    @property
    def trusted(self) -> bool:
        return self.removed_db is not None and self.removed_db >= TRUSTED_DB

    def process(self, mic: np.ndarray, far: np.ndarray, echo_only: bool) -> np.ndarray:
        """The microphone frame less the filter's estimate of the program's echo in it. `echo_only`: the
        program talks and AEC3 finds nothing else in the frame; the filter learns only then, and only when
        its own output agrees (learning over a partner's voice would teach the filter that voice)."""
        n = FRAME_SAMPLES
        far_f = np.asarray(far, dtype=np.float64)
        self._silent = self._silent + 1 if not far_f.any() else 0
        if self._silent >= self._k:  # nothing the program played is still within the filter's reach
            self._previous = far_f
            self._ring[:] = 0
            return mic
        self._push(np.fft.rfft(np.concatenate([self._previous, far_f])))
        self._previous = far_f
        estimate = np.fft.irfft((self._weights * self._far).sum(axis=0), 2 * n)[n:]
        heard = np.asarray(mic, dtype=np.float64)
        error = heard - estimate
        mic_energy, out_energy = float(np.mean(heard**2)), float(np.mean(error**2))
        self._power = 0.9 * self._power + 0.1 * np.abs(self._far[0]) ** 2
        self._seen += 1
        if echo_only and self._seen > self._k and self._agrees(mic_energy, out_energy):
            self._learn(error)
            self._judge(mic_energy, out_energy)
        if out_energy > mic_energy:  # not learned yet, or lost: never add sound to what was heard
            return mic
        return np.clip(np.round(error), -32768, 32767).astype(np.int16)

    def held_back(self, samples: int) -> None:
        """From now on the far end comes `samples` later (the echo path holds it back to lead its echo as AEC3
        wants, once it has measured the echo's delay): the room it learned is kept, its taps moved that much
        earlier, and the far end it remembers moved that much later. Learning the room afresh cost the first
        seconds of the program talking (live: 15 dB removed about 4 s later)."""
        n, k = FRAME_SAMPLES, self._k
        self._move_taps(-samples)
        blocks = np.fft.irfft(self._far, 2 * n, axis=1)  # row i: the far end of i + 1 and i frames ago
        past = np.concatenate([blocks[k - 1, :n], *blocks[::-1, n:]])  # the last k + 1 frames, oldest first
        self._remember(np.concatenate([np.zeros(samples), past])[: len(past)])

    def resume(self, past: np.ndarray, moved: int) -> None:
        """Goes on after the far end moved against its echo (a stream restarted, a stall of the machine), with
        what it learned of the room: `past` is the far end as it now comes, its last `PARTITIONS + 1` frames up to
        the next one (oldest first), and the echo now comes `moved` samples later against it (earlier if
        negative). The room did not change, only the timing: learning it afresh left a partner's first words to
        AEC3, whose suppressor muffles them, for the seconds the filter took."""
        self._move_taps(moved)
        self._remember(np.asarray(past, dtype=np.float64)[-(self._k + 1) * FRAME_SAMPLES :])
        for block in self._far[::-1]:  # its power as if it had been fed them: left from before a quiet moment, a
            # power near zero made the first steps after it huge, and they undid the room (31 dB removed, then 13)
            self._power = 0.9 * self._power + 0.1 * np.abs(block) ** 2
        self._seen = max(self._seen, self._k + 1)
        self._silent = 0 if self._previous.any() else self._silent
        self._loud_left = 0

    def _move_taps(self, samples: int) -> None:
        """The filter's response moved `samples` later (earlier if negative); what falls off either end is lost."""
        n, k = FRAME_SAMPLES, self._k
        taps = np.fft.irfft(self._weights, 2 * n, axis=1)[:, :n].ravel()
        moved = np.zeros_like(taps)
        if abs(samples) >= len(taps):
            pass  # moved out of its reach: nothing of it is left
        elif samples >= 0:
            moved[samples:] = taps[: len(taps) - samples]
        else:
            moved[: len(taps) + samples] = taps[-samples:]
        self._weights = np.fft.rfft(np.pad(moved.reshape(k, n), ((0, 0), (0, n))), axis=1)

    def _remember(self, past: np.ndarray) -> None:
        """The far end's last k + 1 frames (oldest first) as the filter's memory of it."""
        n, k = FRAME_SAMPLES, self._k
        frames = past.reshape(k + 1, n)
        self._at = 0
        for i in range(k):
            self._ring[i] = self._ring[i + k] = np.fft.rfft(np.concatenate([frames[k - 1 - i], frames[k - i]]))
        self._previous = frames[k].copy()

    def _agrees(self, mic_energy: float, out_energy: float) -> bool:
        """Its output is no louder than the echo it usually leaves (or it is not trusted yet). Left loud for so
        long that the room, not a voice, must have changed, it is no longer trusted and learns afresh."""
        if not self.trusted:
            return True
        assert self.removed_db is not None
        if energy_dbfs(out_energy) <= energy_dbfs(mic_energy) - self.removed_db + ABOVE_RESIDUE_DB:
            self._loud_left = 0
            return True
        self._loud_left += 1
        if self._loud_left <= RELEARN_FRAMES:
            return False
        self._loud_left, self._heard, self.learned_frames, self.removed_db = 0, [], 0, None
        return True

    def _learn(self, error: np.ndarray) -> None:
        n = FRAME_SAMPLES
        spectrum = np.fft.rfft(np.concatenate([np.zeros(n), error]))
        gradient = np.conj(self._far) * spectrum / (self._power * self._k + 1e2)
        taps = np.fft.irfft(gradient, 2 * n, axis=1)
        taps[:, n:] = 0  # each partition stays one block long (the constrained filter: no circular wrap)
        step = self._step if self.trusted else self._learning_step
        self._weights += step * np.fft.rfft(taps, axis=1)

    def _judge(self, mic_energy: float, out_energy: float) -> None:
        self.learned_frames += 1
        self._heard = [*self._heard[-(MEASURED_FRAMES - 1) :], (mic_energy, out_energy)]
        if self.learned_frames >= LEARNED_FRAMES:
            heard = sum(m for m, _ in self._heard) / len(self._heard)
            left = sum(o for _, o in self._heard) / len(self._heard)
            self.removed_db = round(energy_dbfs(heard) - energy_dbfs(left), 1)
