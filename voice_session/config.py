"""Settings: one frozen dataclass, one source of defaults, checked on creation."""

from __future__ import annotations

from dataclasses import dataclass

from voice_session.errors import UserError


@dataclass(frozen=True)
class Settings:
    """Every tunable of the speech front end, with its unit in its name."""

    vad_aggressiveness: int = 2
    """webrtcvad mode, 0 (keeps most audio) to 3 (most aggressive at dropping non-speech)."""
    pre_roll_ms: int = 300
    """Audio kept from before speech was detected, so first syllables are not clipped."""
    speech_start_ms: int = 90
    """Voiced audio needed in a row before a speech start is considered."""
    min_speech_ms: int = 250
    """Utterances with less voiced audio than this (clicks, coughs) are dropped."""
    hangover_ms: int = 500
    """Silence that closes an utterance (it is then transcribed while the turn goes on)."""
    draft_ms: int = 120
    """Silence after which the utterance under way is transcribed ahead of its close (speech/hearing.py), so
    that words which end a turn at once ("over to you") are answered within half a second: as soon as the
    silence kept after the last word (120 ms, speech/endpoint.py `TAIL_MS`) is complete, since the draft's audio
    is then the same."""
    turn_silence_s: float = 2.0
    """Silence that ends a turn when how it was said does not settle it: patient, because people pause to think."""
    judge_turn_ends: bool = True
    """Judge each pause from how the turn sounded and its last words (speech/turn_end.py): a finished answer ends
    after a short silence, an unfinished thought waits longer. False: every turn ends on `turn_silence_s`."""
    max_utterance_s: float = 12.0
    """An utterance this long is closed at the next short pause (`split_pause_ms`), so each one is
    transcribed while the speaker goes on and a long turn's transcript is ready as soon as the turn ends.
    Whisper reads whole sentences best: at 6 s, cut on one silent frame, words were split ("Tex|as")."""
    split_pause_ms: int = 90
    """The pause that closes an utterance past `max_utterance_s`: a breath between words, not a gap inside one."""
    model: str = "tiny.en"
    """Whisper model: a name (tiny.en is bundled) or a CTranslate2 model directory."""
    beam_size: int = 1
    """Whisper beam size; 1 (greedy) is fastest, 5 is slightly more accurate."""
    cpu_threads: int = 1
    """Threads for Whisper on the CPU. One is faster than two for utterance-sized windows (decoding a
    token is too small a job to share), and leaves a core for the voice and the audio."""
    compute_type: str = "int8"
    """CTranslate2 compute type."""
    whisper_window_s: float = 10.0
    """Shortest audio window Whisper encodes, speech plus at least 7 s of silence. faster-whisper always
    pads to 30 s; an utterance of a few seconds reads as well in a fitted window at about half the cost."""
    silero_threshold: float = 0.3
    """Silero speech probability that confirms an utterance holds speech (low: keep quiet speech)."""
    gate_tail_ms: int = 250
    """The microphone stays ignored this long after the program stops speaking (room echo)."""

    def __post_init__(self) -> None:
        checks = [
            (0 <= self.vad_aggressiveness <= 3, "vad_aggressiveness must be 0, 1, 2 or 3"),
            (0 <= self.pre_roll_ms <= 2000, "pre_roll_ms must be between 0 and 2000"),
            (30 <= self.speech_start_ms <= 1000, "speech_start_ms must be between 30 and 1000"),
            (0 <= self.min_speech_ms <= 5000, "min_speech_ms must be between 0 and 5000"),
            (90 <= self.hangover_ms <= 5000, "hangover_ms must be between 90 and 5000"),
            (self.draft_ms >= 120, "draft_ms must be at least 120 (the silence kept after the last word)"),
            (0.5 <= self.turn_silence_s <= 30, "turn silence must be between 0.5 and 30 seconds"),
            (
                self.turn_silence_s * 1000 > self.hangover_ms,
                "turn silence must be longer than hangover_ms",
            ),
            (2 <= self.max_utterance_s <= 23, "max_utterance_s must be between 2 and 23"),
            (30 <= self.split_pause_ms <= self.hangover_ms, "split_pause_ms must be between 30 and hangover_ms"),
            (self.beam_size >= 1, "beam_size must be at least 1"),
            (self.cpu_threads >= 1, "cpu_threads must be at least 1"),
            (10 <= self.whisper_window_s <= 30, "whisper_window_s must be between 10 and 30"),
            (0.0 <= self.silero_threshold < 1.0, "silero_threshold must be in [0, 1)"),
            (0 <= self.gate_tail_ms <= 3000, "gate_tail_ms must be between 0 and 3000"),
        ]
        for ok, message in checks:
            if not ok:
                raise UserError(f"invalid setting: {message}")
