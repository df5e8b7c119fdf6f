"""Hearing: one owner for everything between the microphone and the engine.

Two calls per frame. `hear(frame, now, talking)` runs the frame through the echo path (when there is one), the
ears (webrtcvad and the endpointer) and Silero's confirmation of a start heard over the program, and hands
closed utterances to the transcriber; `collect(now)`, once the engine has taken those events in, gives what the
transcriber has finished. Both return what happened as the engine's own events (`SpeechStarted`, `Utterance`,
`TurnEnded`) and the notes the record keeps about hearing (`listening_while_speaking`, `echo_filter`, `speech_rejected`,
`own_voice_removed`, `pause_judged`). On the way, each utterance loses the end of a prompt it overlapped (the
program's own words), each pause is judged (finished or not, see turn_end.py), and each utterance gets whose
voice it is (whose.py). The runner only carries events to the engine and notes to the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from voice_session.audio.echo import EchoPath
from voice_session.audio.frames import FRAME_S
from voice_session.record.lines import Line
from voice_session.session.events import Event, SpeechStarted, TurnEnded, Utterance
from voice_session.session.listening import ENDED_AT_ONCE, ends_turn_at_once
from voice_session.speech.ahead import Ahead, when_taken
from voice_session.speech.ears import Ears, HeardDraft, HeardSpeechStart, HeardTurnSilence, HeardUtterance
from voice_session.speech.own_words import without_echoed_sentences, without_own_words
from voice_session.speech.pauses import PauseJudge
from voice_session.speech.stream import TimedTranscript
from voice_session.speech.turn_model import WINDOW_S
from voice_session.speech.whose import Voices

DRAFTED_PURPOSES = (*ENDED_AT_ONCE, "paraphrase", "confirm")
"""Where an utterance is transcribed at its first pause (a draft): where words end a turn at once, and where a
judged pause ends it after a short silence (speech/turn_end.py)."""
OVERLAP_S = 0.5
"""An utterance that starts this close to a prompt (or inside it) may hold the prompt's words: a prompt's end is
an estimate while its last sentences are synthesized. Not more: a partner who answers after the prompt says
their own words, even the prompt's ("Alex, ask Sam: How can I show up for you better next time?")."""
DOUBT_EVERY = 3
"""A start doubted while the program talks is asked about again every third frame (90 ms)."""
DRAFT_BACK_S = 0.15
"""How long after it is sent a draft's words are back, live (Whisper tiny.en on one core, idle: 0.14 s). A
simulation, which transcribes in the frame it asks, sends each draft this far into its pause: a live draft the
speaker went on after within that time comes back to be dropped, and a simulated one is then never transcribed
(in a 22-minute simulated session, 54 of 113 drafts were such, a quarter of Whisper's time)."""


class Transcription(Protocol):
    pending: int

    def submit(self, start_s: float, end_s: float, samples: object, paused: bool = True,
               cut: bool = False) -> None: ...
    def results(self, wait: bool = False) -> list[TimedTranscript]: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Note:
    """A line for the record about what was heard (not an event for the engine)."""

    event: Line
    t: float
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Draft:
    """An utterance transcribed ahead of its close (see Endpointer's UtteranceDrafted)."""

    start_s: float
    end_s: float
    result: TimedTranscript | None = None
    """Its transcript, once back."""
    closed: HeardUtterance | None = None
    """The utterance as it closed with the same start and end (its transcript is the draft's)."""

    def same(self, start_s: float, end_s: float) -> bool:
        return (start_s, end_s) == (self.start_s, self.end_s)


@dataclass
class _Prompt:
    start_s: float
    end_s: float
    text: str
    cut: bool = False


class Hearing:
    """Frames in; the engine's events and the record's notes out. `wait` (simulations) makes every transcript
    arrive in the frame its utterance closed, so the same audio gives the same record."""

    def __init__(self, ears: Ears, transcription: Transcription | None, echo: EchoPath | None = None,
                 pauses: PauseJudge | None = None, voices: Voices | None = None, wait: bool = False,
                 gate_tail_s: float = 0.25, ahead: bool = True) -> None:
        self.ears, self.transcription, self.echo = ears, transcription, echo
        self._ahead = Ahead() if ahead and (pauses is not None or voices is not None) else None
        """The speaker and turn models' thread, beside Whisper's (see ahead.py); without it they run when asked."""
        self._start = self._ahead.start if self._ahead is not None else when_taken
        self.pauses, self.voices, self.wait, self.gate_tail_s = pauses, voices, wait, gate_tail_s
        self.gated = False
        """The frame last heard was ignored (the program talking, half duplex)."""
        self.frame: np.ndarray | None = None
        """The frame last heard, as the ears had it (after the echo path): what a level meter shows."""
        self._talking = False
        self._doubted: HeardSpeechStart | None = None
        """A start heard over the program that Silero could not yet call a voice: asked again as more arrives."""
        self._doubted_frames = 0
        self._turn_end: TurnEnded | None = None
        """A turn's end, held until every utterance in it is transcribed."""
        self._expected: str | None = None
        self._said: list[_Prompt] = []
        """The last prompts, to know the program's own words when it hears them."""
        self._out: list[Event | Note] = []
        self._purpose = ""
        """What the person listened to is asked for (the engine's `Listen` purpose)."""
        self._draft: _Draft | None = None
        self._stale: set[tuple[float, float]] = set()
        """Drafts the speaker went on after: their transcripts, when back, are dropped."""
        self._ready: list[TimedTranscript] = []
        """Drafts whose utterance closed as drafted after their transcript was back: delivered at the next collect."""
        self._held: tuple[HeardDraft, float] | None = None
        """A simulation's draft and when a live one would be back (see `DRAFT_BACK_S`)."""
        self._now = 0.0

    @property
    def speaking(self) -> bool:
        """The ears heard speech in the last frame."""
        return self.ears.last_is_speech

    # ---- one frame ----

    def hear(self, frame: np.ndarray, now: float, talking: bool, heard_at: float | None = None) -> list[Event | Note]:
        """One 30 ms frame, read at `now` and captured by `heard_at` (session seconds; `now` when not given),
        while the program was (`talking`) or was not talking."""
        if self.frame is None:
            # the ears count time in frames from the first one: it is placed on the session's clock where it was
            # captured (live, the microphone starts a moment after the session's clock, and the record said every
            # partner started speaking 0.8 s before they did, against the prompts' times)
            self.ears.origin_s = (now if heard_at is None else heard_at) - FRAME_S
        self._out, self._talking, self._now = [], talking, now
        keep, floor, self.gated = None, None, talking
        if self.echo is not None:
            cleaned = self.echo.clean(frame, talking)
            self._echo_notes(now)
            open_mic = self.echo.open_while_speaking
            self.gated = talking and not open_mic
            keep = self.echo.for_words  # whichever reads better
            floor = self.echo.speech_floor_dbfs() if talking and open_mic else None
            frame = cleaned
        self.frame = frame
        for heard in self.ears.feed(frame, self.gated, floor, keep):
            self._on_heard(heard)
        if self._held is not None and now >= self._held[1] - 1e-6:
            draft, self._held = self._held[0], None
            if self.ears.still_drafted(draft.end_s) and self._purpose in ENDED_AT_ONCE:
                self._send(draft)
        if self._doubted is not None:
            self._ask_again()
        return self._out

    def collect(self, now: float) -> list[Event | Note]:
        """The transcripts ready now (all of them in a simulation), and a turn's end once its words are in."""
        self._out = []
        if self.transcription is not None:
            self._deliver(now, self._back(self.transcription.results(wait=self.wait)))
        # a turn ends only once every utterance in it has been transcribed
        if self._turn_end is not None and (self.transcription is None or self.transcription.pending == 0):
            turn_end, self._turn_end = self._turn_end, None
            self._out.append(turn_end)
        return self._out

    def flush(self, now: float, cut: bool = False) -> list[Event | Note]:
        """The source ended (or the microphone stopped: `cut`): what was being said is closed and transcribed."""
        self._out, self._held = [], None
        for heard in self.ears.flush():
            self._on_heard(replace(heard, cut=True) if cut and isinstance(heard, HeardUtterance) else heard)
        if self.transcription is not None:
            self._deliver(now, self._back(self.transcription.results(wait=True)))
        return self._out

    # ---- what the program says and whom it listens to ----

    def listen(self, someone: bool, partner: str | None, purpose: str) -> None:
        """A new turn (`someone` is listened to: `partner`, "A" or "B", when the engine names one) for `purpose`;
        or nobody is listened to."""
        self._expected, self._purpose = partner, purpose
        if someone:
            self.ears.reset()
            self._turn_end = None
            if self.pauses is not None:
                self.pauses.listening(purpose)

    def said(self, start_s: float, end_s: float, text: str) -> None:
        self._said = [*self._said[-3:], _Prompt(start_s, end_s, text)]

    def stopped(self, now: float) -> None:
        """The program stopped talking mid-prompt (barge-in): what it had not said yet was never said."""
        for prompt in self._said:
            if prompt.start_s <= now < prompt.end_s:
                prompt.end_s, prompt.cut = min(prompt.end_s, now), True

    def close(self) -> None:
        if self.transcription is not None:
            self.transcription.close()
        if self._ahead is not None:
            self._ahead.close()

    # ---- inside ----

    def _echo_notes(self, now: float) -> None:
        echo = self.echo
        assert echo is not None
        if echo.settled is not None:
            reason = {"reason": echo.judge.reason} if echo.judge.reason else {}
            self._out.append(Note(Line.LISTENING_WHILE_SPEAKING, now, {
                "mode": echo.settled.value, "removed_db": echo.judge.removed_db,
                "cancelled_db": echo.judge.cancelled_db, "echo_delay_s": echo.delay_s,
                **reason}))
        if echo.reference_moved:
            times = echo.steering.relocks if echo.steering else 0
            ran_dry = {"because": "speaker_ran_dry"} if echo.ran_dry else {}
            self._out.append(Note(Line.ECHO_REFERENCE_MOVED, now, {"times": times, "mode": echo.judge.mode.value,
                                                                "open_while_speaking": echo.open_while_speaking,
                                                                **ran_dry}))
        if echo.regained is not None:
            self._out.append(Note(Line.ECHO_REGAINED, now, {"removed_db": echo.regained, "echo_delay_s": echo.delay_s,
                                                            "by": "linear_filter" if echo.bridged else "canceller"}))
        if echo.filter_changed:  # what words said over the program are transcribed from, from now on
            self._out.append(Note(Line.ECHO_FILTER, now, {"in_use": echo.filter_in_use,
                                                       "removed_db": echo.linear.removed_db}))

    def _on_heard(self, heard: object) -> None:
        if isinstance(heard, HeardSpeechStart):
            self._doubted = None
            if self._talking and not self._a_voice_over_the_program():
                # the canceller's residue or a noise, or the first syllables of a partner that the canceller
                # still muffles (it holds back the near end for a moment when double talk starts): asked again
                self._doubted, self._doubted_frames = heard, 0
                return
            self._out.append(SpeechStarted(heard.at_s))
        elif isinstance(heard, HeardUtterance):
            if self._doubted is not None and heard.start_s == self._doubted.at_s:
                self._doubted = None  # it ended without ever sounding like a voice: never a barge-in
            if self.transcription is None:  # timer mode without recognition: speech is timed, not transcribed
                self._out.append(Utterance("", heard.start_s, heard.end_s, 0.0, heard.paused, heard.cut))
                return
            if self._draft is None or not self._draft.same(heard.start_s, heard.end_s):
                self._models_hear(heard, heard.paused)  # (a drafted utterance's models heard it at the draft)
            self._transcribe(heard)
        elif isinstance(heard, HeardDraft):
            self._drafted(heard)
        elif isinstance(heard, HeardTurnSilence):
            self._turn_end = TurnEnded(heard.at_s, heard.how)

    def _drafted(self, draft: HeardDraft) -> None:
        """The speaker paused: where their words could end the turn at once, or how the pause is judged could end it
        soon after, the utterance is transcribed now, in case it closes as it stands (a finished paraphrase was
        judged only once its words came back after the close, 0.7 s after its last word, where 0.64 s was due).
        Only while the transcriber has nothing else to do but, at most, one draft the speaker went on after: on a
        busy machine the words already waiting come first, and the pause is answered when it closes, as before. (A
        finished paraphrase whose last words came 150 ms after a first pause waited, beside three CPU-bound
        processes, for that pause's draft, then for its close, then for a run of Whisper begun there.)"""
        # a simulation has each transcript in the frame its utterance closes: a draft only saves it time where
        # words end the turn at once, and is sent when a live one would be back
        purposes = ENDED_AT_ONCE if self.wait else DRAFTED_PURPOSES
        if self.transcription is None or self._purpose not in purposes:
            return
        pending = self.transcription.pending
        if pending and not (pending == 1 and self._only_stale_pending(draft)):
            return
        if self.wait:
            self._held = (draft, self._now + DRAFT_BACK_S)
        else:
            self._send(draft)

    def _only_stale_pending(self, draft: HeardDraft) -> bool:
        """What the transcriber is working on is this utterance's draft at an earlier pause, which the speaker went
        on after (its words will be dropped): the new draft may wait behind it."""
        earlier = self._draft
        return earlier is not None and earlier.result is None and earlier.start_s == draft.start_s

    def _send(self, draft: HeardDraft) -> None:
        assert self.transcription is not None
        self._forget_draft()
        self._draft = _Draft(draft.start_s, draft.end_s)
        self._models_hear(draft, True)  # its voice and its pause too: all three are ready when the words are
        self.transcription.submit(draft.start_s, draft.end_s, draft.samples, True, False)

    def _models_hear(self, heard: HeardUtterance | HeardDraft, paused: bool) -> None:
        """The speaker and turn models start on an utterance (on their own thread, see ahead.py)."""
        if self.pauses is not None and paused:
            self.pauses.heard(heard.end_s, self.ears.before(heard.end_s, WINDOW_S), self._start)
        if self.voices is not None:
            self.voices.heard(heard.end_s, heard.samples, self._start)

    def _transcribe(self, heard: HeardUtterance) -> None:
        """A closed utterance to Whisper, unless it closed as drafted: then the draft's transcript is its own."""
        assert self.transcription is not None
        draft = self._draft
        if draft is not None and draft.same(heard.start_s, heard.end_s):
            draft.closed = heard
            if draft.result is not None:  # back already: delivered with the next transcripts
                self._draft, self._ready = None, [*self._ready, self._as_closed(draft)]
            return
        self._forget_draft()
        self.transcription.submit(heard.start_s, heard.end_s, heard.samples, heard.paused, heard.cut)

    def _forget_draft(self) -> None:
        if self._draft is not None and self._draft.result is None:
            self._stale.add((self._draft.start_s, self._draft.end_s))
        self._draft = None

    @staticmethod
    def _as_closed(draft: _Draft) -> TimedTranscript:
        assert draft.result is not None and draft.closed is not None
        return replace(draft.result, paused=draft.closed.paused, cut=draft.closed.cut)

    def _back(self, results: list[TimedTranscript]) -> list[TimedTranscript]:
        """The transcripts to deliver: a draft's only once its utterance has closed, and one whose words end the
        turn at once closes its utterance now (see session/listening.py `ends_turn_at_once`)."""
        out: list[TimedTranscript] = []
        for result in results:
            key = (result.start_s, result.end_s)
            draft = self._draft
            if key in self._stale:
                self._stale.discard(key)
            elif draft is None or not draft.same(*key):
                out.append(result)
            elif draft.closed is not None:
                self._draft = None
                out.append(self._as_closed(replace(draft, result=result)))
            else:
                draft.result = result
                if ends_turn_at_once(self._purpose, result.transcript.text):
                    for heard in self.ears.close_now(result.end_s):
                        self._on_heard(heard)
        ready, self._ready = self._ready, []
        return out + ready

    def _ask_again(self) -> None:
        """A doubted start, while its speech goes on: a voice as soon as Silero hears one (asked every 90 ms,
        and once more when the program stops talking). The doubt lasts as long as that stretch of sound: a
        partner who starts while the canceller's residue already holds the endpointer open is heard too."""
        doubted = self._doubted
        assert doubted is not None
        self._doubted_frames += 1
        if self._talking and self._doubted_frames % DOUBT_EVERY:
            return
        if self._a_voice_over_the_program():
            self._doubted = None
            self._out.append(SpeechStarted(doubted.at_s))
        elif not self._talking:
            self._doubted = None  # the program is quiet now: the ears' own rules take it from here

    def _a_voice_over_the_program(self) -> bool:
        """Silero confirms a voice in the (cleaned) audio that started while the program talks: stopping a
        prompt for the program's own echo would be worse than finishing it."""
        from voice_session.speech.vad import silero_speech_s

        return silero_speech_s(self.ears.recent(0.6), 0.3) >= 0.12

    def _deliver(self, now: float, results: list[TimedTranscript]) -> None:
        """Each transcript as an utterance, or into the record as rejected speech when the guard kept no text."""
        for result in results:
            t = result.transcript
            text = self._less_own_words(now, t.text, result.start_s, result.end_s) if t.text else ""
            if text and result.paused:
                self._judge_pause(now, result.end_s, text)
            # only words teach or tell a voice: a cough or a hum the guard rejected never becomes someone's voice
            voice, sure = self.voices.whose(result.end_s, self._expected) if self.voices and text else (None, None)
            if text:
                self._out.append(Utterance(text, result.start_s, result.end_s, t.confidence, result.paused,
                                           result.cut, voice, sure))
            elif t.text:
                self._out.append(Note(Line.SPEECH_REJECTED, now, {"start": round(result.start_s, 2),
                                                               "end": round(result.end_s, 2), "reason": "own_voice",
                                                               "text": t.text}))
            else:
                doubtful = {"text": t.doubtful, "low_confidence": True} if t.doubtful else {}
                self._out.append(Note(Line.SPEECH_REJECTED, now, {"start": round(result.start_s, 2),
                                                               "end": round(result.end_s, 2), "reason": t.rejected,
                                                               **doubtful}))

    def _judge_pause(self, now: float, end_s: float, text: str) -> None:
        """How long a silence after these words ends the turn (see turn_end.py), told to the ears."""
        judged = self.pauses.judged(end_s, text) if self.pauses is not None else None
        if judged is not None and self.ears.judge_pause(end_s, judged.wait_s, judged.verdict.value):
            self._out.append(Note(Line.PAUSE_JUDGED, now, {"end": round(end_s, 2), "verdict": judged.verdict.value,
                                                        "wait": judged.wait_s, "finished_p": judged.finished_p,
                                                        "why": judged.why}))

    def _less_own_words(self, now: float, text: str, start_s: float, end_s: float) -> str:
        """The transcript without the end of a prompt it overlapped, or whole sentences of the prompts that played
        while it was said (see own_words.py), said in the record."""
        removed = []
        for prompt in self._said:
            if prompt.start_s - OVERLAP_S <= start_s <= prompt.end_s + self.gate_tail_s + OVERLAP_S:
                found = without_own_words(text, prompt.text, prompt.cut)
                removed.append(found.removed)
                text = found.text
        # begun before the prompt ended: an answer after a question is the partner's, whatever words it shares
        playing = [p.text for p in self._said if start_s < p.end_s and p.start_s - OVERLAP_S < end_s]
        if text and playing:
            found = without_echoed_sentences(text, playing)
            removed.append(found.removed)
            text = found.text
        if any(removed):
            self._out.append(Note(Line.OWN_VOICE_REMOVED, now, {"start": round(start_s, 2),
                                                             "removed": " ".join(r for r in removed if r)}))
        return text
