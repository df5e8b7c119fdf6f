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


def test_simulated_couples_are_attributed_to_the_right_person(encoder, whisper) -> None:  # type: ignore[no-untyped-def]
    """Two of the fixture scenarios' simulated couples (recorded clips; Piper voices three semitones apart), their
    lines said one after the other, one answering straight after the other once: >= 99 % of the speech time to the
    right person (the bench measures all nine)."""
    for conversation in speaker_set.simulated_conversations(("dinner", "floor")):
        share, _ = speaker_set.attribution(conversation, whisper, encoder.embed)
        assert share >= 0.99, (conversation.name, share)


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


def _hellos(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The microphone during the spoken check: quiet while the program greets Sam, Sam's hello, quiet while it
    asks for Alex, Alex's hello, then quiet."""
    from voice_session.mic_check import GREET_FIRST, GREET_SECOND

    from .helpers import FakeVoice

    quiet = lambda s: np.zeros(int(s * 16000), dtype=np.int16)  # noqa: E731
    greet_first = FakeVoice.seconds(GREET_FIRST.format(A="Sam"))
    greet_second = FakeVoice.seconds(GREET_SECOND.format(B="Alex"))
    return np.concatenate([quiet(greet_first + 0.6), first, quiet(0.4 + greet_second + 1.0), second, quiet(8.0)])


def _spoken(audio: np.ndarray, count: int = 3) -> list[np.ndarray]:
    """The first `count` 3 s stretches of a recording holding at least 2 s of speech: hellos with a few words."""
    from voice_session.speech.vad import WebRtcVad

    vad, out, at = WebRtcVad(3), [], 0
    while len(out) < count and at + 48000 <= len(audio):
        piece = audio[at : at + 48000]
        if sum(vad.is_speech(piece[i : i + 480]) for i in range(0, 48000, 480)) * 0.03 >= 2.0:
            out.append(piece)
            at += 48000
        else:
            at += 16000
    return out


def _checked(mic_audio: np.ndarray):  # type: ignore[no-untyped-def]
    from voice_session.audio.sinks import NullSink
    from voice_session.audio.sources import ArraySource
    from voice_session.config import Settings
    from voice_session.mic_check import spoken_check
    from voice_session.speech.mouth import Mouth, PromptCache
    from voice_session.speech.whose import load_voices

    from .helpers import FakeVoice

    voices = load_voices()
    assert voices is not None
    mouth = Mouth(PromptCache(FakeVoice()), NullSink(), 0.25)
    result = spoken_check(ArraySource(mic_audio), mouth, Settings(), names=("Sam", "Alex"), voices=voices)
    return result, voices, [text for _, text in mouth.cache.voice.said]


def test_the_microphone_check_greets_each_partner_and_learns_both_voices() -> None:
    """Each hello is the first sample of that partner's voice: the program tells the two apart from the first
    utterance of the session, even one said out of turn (which, learning only as the couple spoke, it credited
    to whoever had the floor)."""
    from voice_session.audio.decode import load_audio
    from voice_session.mic_check import GREET_FIRST, GREET_SECOND, HEARD_BOTH

    from .turn_set import REALSPEECH

    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    sam, alex = (load_audio(REALSPEECH / f"{name}.wav") for name in speaker_set.PAIRS["tuning"][0])
    for hello_sam, hello_alex in zip(_spoken(sam), _spoken(alex), strict=True):  # three hellos each
        result, voices, said = _checked(_hellos(hello_sam, hello_alex))
        assert result.heard and result.enrolled == ("A", "B")
        assert said == [GREET_FIRST.format(A="Sam"), GREET_SECOND.format(B="Alex"), HEARD_BOTH]
        later = [(sam[16000 * 6 : 16000 * 9], "A"), (alex[16000 * 6 : 16000 * 9], "B")]
        for end, (piece, who) in enumerate(later, start=1):
            voices.heard(float(end), piece)
            found, sure = voices.whose(float(end), expected="B" if who == "A" else "A")  # each out of turn
            assert found == who and sure is not None and sure >= 0.12, (who, found, sure)


def test_the_same_voice_twice_or_a_one_word_hello_is_not_learned() -> None:
    """Sam answers both greetings: only Sam's voice is learned; Alex's is learned later, when Alex speaks. A hello
    of one word is too little to be anyone's voice: nothing is learned, as before the check greeted anyone."""
    from voice_session.audio.decode import load_audio
    from voice_session.mic_check import HEARD

    from .turn_set import REALSPEECH

    if not speaker_set.available():
        pytest.skip("the real-speech development set is not on this machine")
    sam = load_audio(REALSPEECH / f"{speaker_set.PAIRS['tuning'][0][0]}.wav")
    first, again = _spoken(sam, 2)
    result, voices, _ = _checked(_hellos(first, again))
    assert result.heard and result.enrolled == ("A",) and set(voices.prints) == {"A"}
    alex = load_audio(REALSPEECH / f"{speaker_set.PAIRS['tuning'][0][1]}.wav")
    result, voices, said = _checked(_hellos(sam[: 16000], alex[: 16000]))
    assert result.heard and result.enrolled == () and not voices.prints
    assert said[-1] == HEARD
