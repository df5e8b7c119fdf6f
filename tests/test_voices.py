"""Voices: fallback order piper → system → text only, the prompt cache, and Piper's pitch-shifted partner."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.frames import SAMPLE_RATE
from voice_session.audio.sinks import NullSink
from voice_session.demo import SCENARIO as DEMO
from voice_session.errors import UserError
from voice_session.speech import voices
from voice_session.speech.mouth import Mouth, PromptCache


class CountingVoice:
    name = "counting"

    def __init__(self) -> None:
        self.calls = 0

    def sentences(self, text: str):  # type: ignore[no-untyped-def]
        self.calls += 1
        yield np.full(SAMPLE_RATE // 2, 100, dtype=np.int16)


def test_a_cached_prompt_is_not_synthesized_twice() -> None:
    voice = CountingVoice()
    cache = PromptCache(voice)
    cache.prepare("Alex, what did you hear?", background=False)
    mouth = Mouth(cache, NullSink())
    first = mouth.say(1, "Alex, what did you hear?", now=0.0)
    second = mouth.say(2, "Alex, what did you hear?", now=5.0)
    assert voice.calls == 1 and cache.synthesized == 1
    assert first.end_s - first.start_s == pytest.approx(second.end_s - second.start_s)
    assert mouth.gated(5.2) and not mouth.gated(10.0)


def test_stored_prompts_outlive_the_cache_and_a_torn_file_is_made_again(tmp_path: Path) -> None:
    from voice_session.speech.prompt_store import PromptStore

    store = PromptStore("counting voice", tmp_path)
    voice = CountingVoice()
    first = PromptCache(voice, store).sentences("Sam, did Alex get it?")
    again = PromptCache(voice, store).sentences("Sam, did Alex get it?")  # a new process, as it were
    assert voice.calls == 1 and [a.tolist() for a in again] == [a.tolist() for a in first]
    assert PromptStore("another voice", tmp_path).load("Sam, did Alex get it?") is None
    (stored,) = tmp_path.glob("*.npz")
    stored.write_bytes(stored.read_bytes()[:40])  # a crash mid-write, or a damaged disk
    assert PromptCache(voice, store).sentences("Sam, did Alex get it?")[0].tolist() == first[0].tolist()
    assert voice.calls == 2


def test_fallback_order_piper_then_system_then_text(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert voices.make_voice("auto").name.startswith("piper")

    def no_piper(*args: object, **kwargs: object) -> None:
        raise UserError("the Piper voice is not installed")

    monkeypatch.setattr(voices, "PiperVoice", no_piper)
    system = voices.make_voice("auto")
    assert system.name.startswith("system")
    assert "using the system voice" in capsys.readouterr().err
    monkeypatch.setattr(voices, "SystemVoice", no_piper)
    text = voices.make_voice("auto")
    assert text.name == "none"
    assert capsys.readouterr().err.count("\n") == 1  # one clear warning line
    assert list(text.sentences("Hello.")) == []


@pytest.mark.slow
def test_pitched_partner_is_higher_and_keeps_its_pace() -> None:
    plain = np.concatenate(list(voices.PiperVoice(deterministic=True).sentences("I missed our walks together.")))
    high = np.concatenate(list(voices.PiperVoice(300, deterministic=True).sentences("I missed our walks together.")))
    assert 0.8 < len(high) / len(plain) < 1.2

    def centroid(x: np.ndarray) -> float:
        spectrum = np.abs(np.fft.rfft(x.astype(float)))
        freqs = np.fft.rfftfreq(len(x), 1 / SAMPLE_RATE)
        return float((spectrum * freqs).sum() / spectrum.sum())

    assert centroid(high) > centroid(plain) * 1.05


@pytest.mark.slow
def test_demo_couple_round_trip_word_error_rate_at_most_5_percent(whisper) -> None:  # type: ignore[no-untyped-def]
    """The demo couple's lines, synthesized with their Piper voices, come back through Whisper nearly intact."""
    import jiwer

    from voice_session.scenario import line_audio, load_scenario

    from .test_transcription import normalize

    scenario = load_scenario(DEMO)
    refs, hyps = [], []
    for line in scenario.lines:
        refs.append(normalize(line.text))
        hyps.append(normalize(whisper.transcribe(line_audio(scenario, line)).text))
    assert jiwer.wer(refs, hyps) <= 0.05, list(zip(refs, hyps, strict=True))


def test_voices_command_lists_and_writes_a_16k_mono_sample(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import wave

    from voice_session.cli import main

    assert main(["voices"]) == 0
    listing = capsys.readouterr().out
    assert "piper" in listing and "en_US-joe-medium" in listing and "none" in listing
    out = tmp_path / "sample.wav"
    assert main(["voices", "--say", "Welcome, Sam and Alex.", "--voice", "piper", "--out", str(out)]) == 0
    with wave.open(str(out)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2)
        assert wav.getnframes() > 16000 * 0.8
    assert main(["voices", "--say", "Text only.", "--voice", "none"]) == 0
    assert "Text only." in capsys.readouterr().out


@pytest.mark.parametrize(("text", "pieces"), [
    # a long sentence is cut at its last pause within 60 characters, else at its first pause after them: Piper's
    # working memory grows with the piece (+250 MB for this one whole, about +160 MB cut)
    ("While it plays, voice-session learns how its own voice comes back through this room, measures the delay, and "
     "decides whether it can keep listening while it talks.",
     ["While it plays,", "voice-session learns how its own voice comes back through this room,",
      "measures the delay, and decides whether it can keep listening while it talks."]),
    # a leading name plays alone while the rest is synthesized; short sentences stay whole
    ("Alex, what did you hear? Take your time.", ["Alex,", "what did you hear?", "Take your time."]),
    # a pause that would leave a scrap of a few words is not a place to cut
    ("When you are both safe, you can come back to this another day, and it may help to have a counsellor with you.",
     ["When you are both safe,", "you can come back to this another day,",
      "and it may help to have a counsellor with you."]),
])
def test_prompts_are_synthesized_in_pieces_cut_at_their_pauses(text: str, pieces: list[str]) -> None:
    assert voices.speakable_pieces(text) == pieces


class _Collecting(NullSink):
    def __init__(self) -> None:
        self.pieces: list[np.ndarray] = []

    def play(self, samples: np.ndarray, at_s: float) -> None:
        self.pieces.append(np.asarray(samples))


def _first_sound_ms(samples: np.ndarray, dbfs: float = -50) -> float:
    """Where the first 10 ms block louder than `dbfs` starts."""
    blocks = samples[: len(samples) // 160 * 160].astype(np.float64).reshape(-1, 160)
    return 10.0 * int(np.flatnonzero(10 * np.log10(np.mean(blocks**2, axis=1) / 32768**2 + 1e-12) > dbfs)[0])


@pytest.mark.parametrize("text", ["Alex, what did you hear?", "Thank you both.", "What did you hear?"])
def test_a_prompt_starts_with_its_first_sound_not_the_voices_lead(text: str) -> None:
    """Piper begins these with 30-70 ms of near silence; after a hand-off that is time a partner waits. The
    prompt's first sound (even a soft "th") comes within 20 ms of its start, its loud part 30-50 ms sooner than
    the voice has it, and nothing of the sound itself is cut (the rest of the first piece is the voice's own
    audio, sample for sample)."""
    voice = voices.PiperVoice(deterministic=True)
    own = next(iter(voice.sentences(voices.speakable_pieces(text)[0])))
    assert _first_sound_ms(own) >= 30
    sink = _Collecting()
    Mouth(PromptCache(voice), sink).say(1, text, now=0.0)
    first = sink.pieces[0]
    assert _first_sound_ms(first) <= 20
    assert 30 <= _first_sound_ms(own, -40) - _first_sound_ms(first, -40) <= 50
    assert np.array_equal(first, own[len(own) - len(first):])
