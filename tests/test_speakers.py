"""Who is speaking: the voice encoder read without torch, and `transcribe --speakers 2` on two-person
recordings made from real speech (tests/speaker_set.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests import speaker_set


@pytest.fixture(scope="module")
def encoder():  # type: ignore[no-untyped-def]
    from voice_session.speech.voiceprint import VoiceEncoder, VoiceModelMissing

    try:
        return VoiceEncoder()
    except VoiceModelMissing as err:
        pytest.fail(f"the speaker model must be installed by the project's setup: {err}")


def test_one_voice_is_closer_to_itself_than_to_another(encoder) -> None:  # type: ignore[no-untyped-def]
    from tests.turn_set import audio

    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    voices = {}
    for name in ("ami_seriously_FEE013_ihm", "ami_seriously_MEO015_ihm", "libri_2412-153948-0000"):
        samples = audio(name)
        half = len(samples) // 2
        voices[name] = (encoder.embed(samples[:half]), encoder.embed(samples[half:]))
    for name, (a, b) in voices.items():
        same = float(a @ b)
        others = [float(a @ other[0]) for key, other in voices.items() if key != name]
        assert same > max(others) + 0.15, (name, same, others)
    again = encoder.embed(audio("ami_seriously_FEE013_ihm")[: len(audio("ami_seriously_FEE013_ihm")) // 2])
    assert np.array_equal(again, voices["ami_seriously_FEE013_ihm"][0])  # the same audio, the same vector
    assert abs(float(np.linalg.norm(again)) - 1) < 1e-5
    assert encoder.embed(np.zeros(800, dtype=np.int16)).shape == (256,)  # too short or silent: no error


def test_held_out_conversations_are_attributed_to_the_right_person(encoder, whisper) -> None:  # type: ignore[no-untyped-def]
    """Real voices, never tuned on (one pair of the same sex): >= 95 % of the speech time to the right person
    overall, and >= 90 % in each conversation, splitting utterances where one answers straight after the other."""
    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    right = total = 0.0
    for conversation in speaker_set.conversations("held-out"):
        share, splits = speaker_set.attribution(conversation, whisper, encoder.embed)
        length = sum(end - start for start, end, _ in conversation.turns)
        right, total = right + share * length, total + length
        assert share >= 0.9, (conversation.name, share)
        assert splits > 0  # utterances holding both voices were split
    assert right / total >= 0.95


def test_transcribe_labels_speakers_in_text_and_json(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from voice_session.audio.decode import write_wav
    from voice_session.cli import main

    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    conversation = speaker_set.conversations("held-out")[0]
    path = tmp_path / "two.wav"
    write_wav(path, conversation.samples)
    assert main(["transcribe", str(path), "--speakers", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["speaker"] for row in rows} == {"Speaker 1", "Speaker 2"}
    assert all(0 <= row["speaker_sure"] <= 1 for row in rows)
    assert main(["transcribe", str(path), "--speakers", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("] Speaker 1: " in line or "] Speaker 2: " in line for line in lines)
    assert main(["transcribe", str(path)]) == 0  # without --speakers: no labels, as before
    assert "Speaker" not in capsys.readouterr().out


def test_a_missing_speaker_model_is_said_once_and_the_words_still_come(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from voice_session.audio.decode import write_wav
    from voice_session.cli import main
    from voice_session.speech import voiceprint

    def missing() -> None:
        raise voiceprint.VoiceModelMissing("the resemblyzer wheel (which carries the speaker model) is not installed")

    monkeypatch.setattr(voiceprint, "installed_weights", missing)
    from tests.conftest import CLIPS
    from voice_session.audio.sources import WavSource

    path = tmp_path / "one.wav"
    write_wav(path, WavSource(CLIPS / "hurt_dinner.wav").samples)
    assert main(["transcribe", str(path), "--speakers", "2"]) == 0
    captured = capsys.readouterr()
    assert "dinner" in captured.out and "Speaker" not in captured.out
    assert captured.err.count("speaker model is unavailable") == 1
