"""Endpointer: a pure state machine from (frame_ms, is_speech) to speech starts, utterances and turn ends."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from voice_session.config import Settings


@dataclass(frozen=True)
class SpeechBegan:
    """Confirmed speech; it began at `start_ms` (pre-roll included)."""

    start_ms: int
    """Milliseconds since the endpointer started."""


@dataclass(frozen=True)
class UtteranceClosed:
    """A stretch of speech ended by a short pause: transcribe it now."""

    start_ms: int
    """Milliseconds, pre-roll included."""
    end_ms: int
    """Milliseconds, a short tail after the last loud voiced frame (the last word) included."""
    voiced_ms: int
    """Milliseconds the VAD called speech inside it."""
    paused: bool = True
    """Closed by a real pause (the hangover); False when closed only because it grew long."""


@dataclass(frozen=True)
class UtteranceDrafted:
    """The speaker has been silent for `draft_ms`: the utterance as it will close if they say nothing more
    (the same start and end), to be transcribed ahead of its close."""

    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class TurnSilence:
    """Nobody has spoken for the turn-end silence since the last utterance."""

    at_ms: int
    silence_ms: int
    """Milliseconds since the last word of confirmed speech (its last loud voiced frame)."""
    how: str = "silence"
    """What set the silence it took: "silence" (the fixed turn-end silence), "finished" or "unfinished" (a
    judgement of the pause, see `Endpointer.judge_pause`)."""


EndpointEvent = SpeechBegan | UtteranceClosed | UtteranceDrafted | TurnSilence


class Phase(Enum):
    QUIET = "quiet"
    """No speech under way."""
    CANDIDATE = "candidate"
    """Voiced frames, not yet enough to call it speech."""
    SPEECH = "speech"
    """Inside a confirmed utterance."""


TAIL_MS = 120
"""Silence kept after the last word (its last loud voiced frame) so a soft final consonant is not clipped. The
transcriber pads every utterance with 0.2 s of silence, so the tail is for the word's own fading sound, not for
Whisper. On the real-speech set (tests/realspeech.py, turn_set.py), against 150 ms: WER the same on both halves
(3.68 % tuning, 15.22 % held out) at 120 and 90 ms; mid-sentence stops judged finished on the tuning half 6 of 129
at 120 ms, 7 at 150, 8 at 90 (tiny.en's last words on a cut sentence change with any 30 ms of audio; held out: 5,
4 and 5 of 93). Every turn ended by its words is answered 30 ms sooner (the draft waits for the tail)."""
_OVER_PROGRAM_VOICED = 0.6
"""Over the program's voice, a start needs this share of `min_speech_ms` voiced within `min_speech_ms` of sound
(and one run of `speech_start_ms`): the canceller's suppressor mutes a partner in part of the frames when double
talk starts. Live, an answer said over a question's words had only 5 of its first 9 frames left voiced, and
reached 250 ms of voiced audio 0.62 s after it began (0.25 s when it began in a pause of the question)."""
QUIET_BELOW_PEAK_DB = 40.0
"""A voiced frame this far below the loudest frame of its utterance, just after its last loud one, is webrtcvad's
own overhang, not a word: after the last word it still calls frames speech that fall to -50..-90 dBFS (the
fixtures' and AMI's close-talk recordings: 60-120 ms of them at every end; 7 % of the voiced frames inside
utterances are as quiet, and there a louder word follows). The utterance's end, its draft and the silence after it
are counted from the last loud frame; where it closes (the hangover) is webrtcvad's call, as before."""
OVERHANG_MS = 120
"""Quiet voiced frames for longer than this after the last loud one are speech said softly, kept whole."""


@dataclass(frozen=True)
class _State:
    phase: Phase = Phase.QUIET
    now_ms: int = 0
    run_ms: int = 0
    """Length of the current run of voiced (or, in SPEECH, unvoiced) frames."""
    start_ms: int = 0
    """Where the candidate or utterance started (first voiced frame)."""
    voiced_ms: int = 0
    longest_run_ms: int = 0
    """The longest run of voiced frames in the candidate."""
    last_voiced_end_ms: int = 0
    last_loud_end_ms: int = 0
    """End of the last voiced frame that is not the VAD's overhang (see `QUIET_BELOW_PEAK_DB`): where the
    utterance's words end."""
    last_strong_end_ms: int = 0
    """End of the last voiced frame within `QUIET_BELOW_PEAK_DB` of the peak: the VAD's overhang is counted from
    it, so words said softly after it are kept whole (not taken a frame at a time for ends of words)."""
    peak_db: float = -200.0
    """The loudest voiced frame of the candidate or utterance under way."""
    turn_open: bool = False
    """Confirmed speech happened and its turn-end silence has not been reported yet."""
    last_speech_end_ms: int = 0
    """End of the last word of confirmed speech."""
    closed_end_ms: int = -1
    """End of the last utterance closed by a pause: the pause a judgement can be about."""
    wait_ms: int | None = None
    """Silence that ends the turn at this pause, when it was judged (None: the fixed turn-end silence)."""
    wait_how: str = "silence"
    drafted: bool = False
    """The utterance under way was drafted at this pause (once per pause: speech going on drafts it again)."""
    floor_ms: int = 0
    """Pre-roll never reaches back before this: the end of the last utterance, or of the last blocked frame
    (the program talking), so one utterance's words or the program's voice never start the next."""


class Endpointer:
    """Turns per-frame speech flags into events; holds no audio and reads no clock."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._s = _State()

    @property
    def phase(self) -> Phase:
        return self._s.phase

    @property
    def now_ms(self) -> int:
        return self._s.now_ms

    def reset(self) -> None:
        """Forgets any speech in progress (a new turn starts); time goes on."""
        self._s = _State(now_ms=self._s.now_ms, floor_ms=self._s.floor_ms)

    def judge_pause(self, end_ms: int, wait_ms: int, how: str) -> bool:
        """The pause after the utterance that ended at `end_ms` ends the turn after `wait_ms` of silence (its
        judgement arrives once the utterance is transcribed). Ignored (False) when the speaker has gone on since."""
        s = self._s
        if s.phase is Phase.SPEECH or not s.turn_open or s.closed_end_ms != end_ms:
            return False
        self._s = _replace(s, wait_ms=wait_ms, wait_how=how)
        return True

    def step(self, frame_ms: int, is_speech: bool, blocked: bool = False,
             over_program: bool = False, level_db: float | None = None) -> list[EndpointEvent]:
        """One frame; a `blocked` frame (the microphone is gated while the program talks) is not speech and
        is never part of an utterance's pre-roll. `over_program`: the program is talking and the microphone
        open (its voice taken out by the canceller): speech starts as `_OVER_PROGRAM_VOICED` says. `level_db`:
        the frame's loudness (dBFS), which tells the VAD's overhang from words (None: every voiced frame is
        a word's)."""
        cfg = self.settings
        s = self._s
        events: list[EndpointEvent] = []
        frame_start = s.now_ms
        now = frame_start + frame_ms
        is_speech = is_speech and not blocked
        if blocked:
            s = _replace(s, floor_ms=now)

        level = 0.0 if level_db is None else level_db
        if s.phase is Phase.QUIET:
            if is_speech:
                s = _replace(s, phase=Phase.CANDIDATE, run_ms=frame_ms, start_ms=frame_start,
                             voiced_ms=frame_ms, longest_run_ms=frame_ms, last_voiced_end_ms=now,
                             last_loud_end_ms=now, last_strong_end_ms=now, peak_db=level)
        elif s.phase is Phase.CANDIDATE:
            if is_speech:
                s = _replace(s, run_ms=s.run_ms + frame_ms, voiced_ms=s.voiced_ms + frame_ms,
                             longest_run_ms=max(s.longest_run_ms, s.run_ms + frame_ms), last_voiced_end_ms=now,
                             last_loud_end_ms=now, last_strong_end_ms=now, peak_db=max(s.peak_db, level))
            else:
                s = _replace(s, run_ms=0)
                if now - s.last_voiced_end_ms >= cfg.hangover_ms:
                    s = _replace(s, phase=Phase.QUIET, voiced_ms=0)  # a click or a burst of noise
            over = over_program and _starts_over_program(s, cfg, now)
            if s.phase is Phase.CANDIDATE and (_starts(s, cfg) or over):
                s = _replace(s, phase=Phase.SPEECH, turn_open=True, wait_ms=None, wait_how="silence")
                events.append(SpeechBegan(self._roll_back(s)))
        else:  # SPEECH
            if is_speech:
                quiet = level < s.peak_db - QUIET_BELOW_PEAK_DB
                overhang = quiet and now - s.last_strong_end_ms <= OVERHANG_MS
                s = _replace(s, voiced_ms=s.voiced_ms + frame_ms, last_voiced_end_ms=now, run_ms=0,
                             peak_db=max(s.peak_db, level))
                if not quiet:
                    s = _replace(s, last_strong_end_ms=now)
                if not overhang:
                    s = _replace(s, last_loud_end_ms=now, drafted=False)
            else:
                s = _replace(s, run_ms=s.run_ms + frame_ms)
            length_s = (now - s.start_ms) / 1000
            closes = (
                s.run_ms >= cfg.hangover_ms
                or (length_s >= cfg.max_utterance_s and s.run_ms >= cfg.split_pause_ms)
                or length_s >= cfg.max_utterance_s + 5.0
            )
            if closes:
                end = min(now, s.last_loud_end_ms + TAIL_MS)
                events.append(UtteranceClosed(self._roll_back(s), end, s.voiced_ms,
                                              paused=s.run_ms >= cfg.hangover_ms))
                s = _closed(s, end, s.run_ms >= cfg.hangover_ms)
            elif not s.drafted and now - s.last_loud_end_ms >= max(cfg.draft_ms, TAIL_MS):
                events.append(UtteranceDrafted(self._roll_back(s), s.last_loud_end_ms + TAIL_MS))
                s = _replace(s, drafted=True)
            if s.phase is Phase.SPEECH or closes:
                s = _replace(s, last_speech_end_ms=s.last_loud_end_ms)

        silence = now - s.last_speech_end_ms
        wait_ms = cfg.turn_silence_s * 1000 if s.wait_ms is None else s.wait_ms
        if s.turn_open and s.phase is Phase.QUIET and silence >= wait_ms:
            events.append(TurnSilence(now, silence, s.wait_how))
            s = _replace(s, turn_open=False, wait_ms=None, wait_how="silence")
        self._s = _replace(s, now_ms=now)
        return events

    def close_now(self, end_ms: int) -> list[EndpointEvent]:
        """Closes the utterance drafted with end `end_ms` at once, as its pause would (its words already end the
        turn: a hand-off); nothing when the speaker has gone on since."""
        s = self._s
        if not self.still_drafted(end_ms):
            return []
        closed = UtteranceClosed(self._roll_back(s), end_ms, s.voiced_ms, paused=True)
        self._s = _replace(_closed(s, end_ms, True), last_speech_end_ms=s.last_loud_end_ms)
        return [closed]

    def still_drafted(self, end_ms: int) -> bool:
        """The utterance drafted with end `end_ms` is still in the pause it was drafted at: nobody went on since."""
        s = self._s
        return s.phase is Phase.SPEECH and s.drafted and s.last_loud_end_ms + TAIL_MS == end_ms

    def flush(self) -> list[EndpointEvent]:
        """Closes an utterance in progress (the source ended or the turn was ended by a key)."""
        s = self._s
        if s.phase is not Phase.SPEECH:
            self._s = _replace(s, phase=Phase.QUIET, run_ms=0, voiced_ms=0)
            return []
        end = min(s.now_ms, s.last_loud_end_ms + TAIL_MS)
        self._s = _replace(s, phase=Phase.QUIET, run_ms=0, voiced_ms=0, last_speech_end_ms=s.last_loud_end_ms,
                           floor_ms=max(s.floor_ms, end))
        return [UtteranceClosed(self._roll_back(s), end, s.voiced_ms)]

    def _roll_back(self, s: _State) -> int:
        """Where an utterance starts: its first voiced frame less the pre-roll, never before the floor."""
        return max(0, s.floor_ms, s.start_ms - self.settings.pre_roll_ms)


def _starts(s: _State, cfg: Settings) -> bool:
    return s.voiced_ms >= cfg.min_speech_ms and (
        s.run_ms >= cfg.speech_start_ms or s.voiced_ms >= 2 * cfg.min_speech_ms)


def _starts_over_program(s: _State, cfg: Settings, now: int) -> bool:
    """As long a sound as `_starts` asks for, with part of its frames muted by the canceller (see
    `_OVER_PROGRAM_VOICED`)."""
    return (now - s.start_ms >= cfg.min_speech_ms and s.voiced_ms >= _OVER_PROGRAM_VOICED * cfg.min_speech_ms
            and s.longest_run_ms >= cfg.speech_start_ms)


def _closed(s: _State, end: int, paused: bool) -> _State:
    """The state once the utterance under way closed at `end` (by a pause when `paused`)."""
    return _replace(s, phase=Phase.QUIET, run_ms=0, voiced_ms=0, floor_ms=max(s.floor_ms, end),
                    closed_end_ms=end if paused else -1, drafted=False)


_FIELDS = frozenset(_State.__dataclass_fields__)


def _replace(state: _State, **changes: object) -> _State:
    """`dataclasses.replace` for the endpointer's state, which has no checks to run: a copy of its fields with
    `changes` made, in under a third of the time (two or three times a frame: 1.4 s of a 22-minute simulation)."""
    assert changes.keys() <= _FIELDS, changes.keys() - _FIELDS
    new = object.__new__(_State)
    new.__dict__.update(state.__dict__)
    new.__dict__.update(changes)
    return new
