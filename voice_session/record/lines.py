"""Every kind of line in a session's record (events.jsonl), named once.

Each line of the record is one JSON object with `t` (session seconds), `event` (one of the names below) and
its own fields. The engine writes what happened in the exercise; hearing writes what it heard and how; the
runner writes what happened to the devices. Readers (the reports, the transcript, the timeline, the checks of
a scenario's `expect`) compare against these names, never against a string typed again.
"""

from __future__ import annotations

from enum import StrEnum


class Line(StrEnum):
    # the session
    SESSION_STARTED = "session_started"
    """exercise, title, names."""
    SESSION_ENDED = "session_ended"
    """reason (completed, ended_by_user, safety, interrupted, error, microphone_lost, scenario_ended,
    recording_ended), turns."""
    JOURNAL_OPENED = "journal_opened"
    """open: the ids of earlier promises and requests this session can look back on."""
    STEP_SKIPPED = "step_skipped"
    """step, line: the n key ended a step at once."""
    ROUND_STARTED = "round_started"
    ROLES_SWAPPED = "roles_swapped"
    SUMMARY = "summary"
    PAUSED = "paused"
    """reason: key, silence, pause or overwhelmed (asked for by a partner), scheduled, or the shell's own."""
    RESUMED = "resumed"
    KEY = "key"
    """key: a key pressed (the screen's own keys too)."""

    # the program's voice
    PROMPT = "prompt"
    """text, kind (prompt, repeat, reprompt, safety, help, cue, summary)."""
    SPOKEN = "spoken"
    """say_id, start, end: when a prompt was actually heard (its last sample played)."""
    PROMPT_INTERRUPTED = "prompt_interrupted"
    """say_id, at: a partner started talking over a question, which stopped there (barge-in)."""
    STOPPED_SPEAKING = "stopped_speaking"
    """say_id: the voice was stopped mid-prompt."""
    CUE = "cue"
    """A coaching cue (an absolute, a rebuttal, a "you" statement…)."""

    # turns and what was heard
    TURN_STARTED = "turn_started"
    """person, partner (A or B), role, purpose (turn, paraphrase, confirm, checkin, clarify, safety)."""
    TURN_ENDED = "turn_ended"
    """…, reason (finished, unfinished, silence, handoff, answered, chunk, max_length, key), duration,
    silence."""
    TURN_END_SUGGESTED = "turn_end_suggested"
    """Timer mode: silence suggests the turn is over; a key decides."""
    TIME_WARNING = "time_warning"
    FLOOR_REMINDER = "floor_reminder"
    """The listener spoke on the speaker's floor, or the speaker answered for the listener (by voice)."""
    UTTERANCE = "utterance"
    """person, partner, text, start, end, confidence, voice_sure, by_voice."""
    SPEECH_REJECTED = "speech_rejected"
    """start, end, reason: heard but not taken as words (noise, too unsure, the program's own voice)."""
    OWN_VOICE_REMOVED = "own_voice_removed"
    """The end of a prompt the program heard back at the start of an utterance, taken out."""
    PAUSE_JUDGED = "pause_judged"
    """end, verdict (finished, unfinished, silence), wait, finished_p, why: how long a pause was waited."""
    NOTHING_MORE = "nothing_more"
    """The speaker said they had nothing (more) to say: the round ends."""
    CONFIRMATION = "confirmation"
    """A yes/no question's answer."""

    # paraphrases and the journal
    PARAPHRASE_PROMPTED = "paraphrase_prompted"
    PARAPHRASE_CHECKED = "paraphrase_checked"
    """coverage, missed, judged_by: how much of the speaker's point the paraphrase reflects."""
    PARAPHRASE_LANDED = "paraphrase_landed"
    PARAPHRASE_GAVE_UP = "paraphrase_gave_up"
    PARAPHRASE_SKIPPED = "paraphrase_skipped"
    JOURNAL_ITEM = "journal_item"
    """kind (promise, request, action, win), person, to, text: kept for the next sessions."""
    JOURNAL_REVIEW = "journal_review"
    """An earlier item looked back on: outcome (kept, partly, not_yet, unclear)."""

    # safety
    SAFETY_CHECK_IN = "safety_check_in"
    """A borderline line: a gentle check-in at the next prompt."""
    SAFETY_ASK = "safety_ask"
    """Weaker evidence of danger: the program asked whether everyone is safe."""
    SAFETY_ANSWER = "safety_answer"
    """The answer to that question, and what happened next (resumed or stopped)."""
    SAFETY_ECHO = "safety_echo"
    """Worrying words that repeat a sentence already answered safe (a paraphrase): not asked again."""
    SAFETY_STOP = "safety_stop"
    """The exercise stopped with help: crisis language, or an ask answered no or not at all."""
    HELP_SHOWN = "help_shown"

    # devices and listening while speaking
    MICROPHONE_CHECKED = "microphone_checked"
    """result (heard, silent, no voice), peak_dbfs, voices_learned: the partners whose hello taught their voice."""
    MICROPHONE_LOST = "microphone_lost"
    MICROPHONE_RETRY = "microphone_retry"
    MICROPHONE_BACK = "microphone_back"
    AUDIO_OVERFLOW = "audio_overflow"
    """frames: microphone audio dropped (the machine was too busy to read it in time)."""
    SPEAKER_RAN_DRY = "speaker_ran_dry"
    """times: the speaker's callback came too late and the program's voice had gaps."""
    LISTENING_WHILE_SPEAKING = "listening_while_speaking"
    """mode (full, half, headphones), removed_db, echo_delay_s, reason: whether the microphone stays open
    while the program talks, settled once from its first seconds of speech."""
    ECHO_FILTER = "echo_filter"
    """in_use, removed_db: words said over the program are transcribed from the linear echo filter."""
    ECHO_REFERENCE_MOVED = "echo_reference_moved"
    """times, mode, open_while_speaking: the sound system's timing jumped; the echo filter learns the room again,
    and in full duplex the microphone is closed while the program talks until `echo_regained`."""
    ECHO_REGAINED = "echo_regained"
    """removed_db, echo_delay_s: after a jump of the timing, the canceller is seen removing the program's voice
    again (on the echo's delay measured again, where it had not found the echo by itself); the microphone is open
    again while the program talks."""
