"""Whisper's int8 copy (voice_session/speech/whisper_int8.py): the same words as the original, less memory to
load, made once, owner-only, and never in the way when it cannot be made."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest

from voice_session.audio.decode import load_audio
from voice_session.speech.transcribe import resolve_model
from voice_session.speech.whisper_int8 import int8_model, quantized

from .realspeech import REALSPEECH, TUNING

BUNDLED = resolve_model("tiny.en")


def _utterances(count: int = 12, seconds: int = 4) -> list[np.ndarray]:
    """Stretches of real speech (the tuning half of the real-speech set)."""
    pieces: list[np.ndarray] = []
    for name in TUNING:
        audio = load_audio(REALSPEECH / f"{name}.wav")
        pieces += [audio[i : i + seconds * 16000] for i in range(0, len(audio) - seconds * 16000, 9 * 16000)][:2]
    return pieces[:count]


def test_the_copy_writes_the_same_words_with_the_same_confidence_as_the_original(tmp_path: Path) -> None:
    from faster_whisper import WhisperModel

    copy = int8_model(BUNDLED, tmp_path)
    assert copy != BUNDLED
    original = WhisperModel(BUNDLED, device="cpu", compute_type="int8", cpu_threads=1)
    stored = WhisperModel(copy, device="cpu", compute_type="int8", cpu_threads=1)
    heard = 0
    for samples in _utterances():
        audio = samples.astype(np.float32) / 32768
        features = original.feature_extractor(audio)[None, :, :3000]
        features = np.pad(features, ((0, 0), (0, 0), (0, 3000 - features.shape[-1])))
        # the encoder's output to the bit: every weight it multiplies is the same
        assert np.array_equal(np.array(original.encode(features)), np.array(stored.encode(features)))
        ours = [(s.text, s.avg_logprob, s.no_speech_prob) for s in stored.transcribe(audio, beam_size=1)[0]]
        theirs = [(s.text, s.avg_logprob, s.no_speech_prob) for s in original.transcribe(audio, beam_size=1)[0]]
        assert ours == theirs
        heard += bool(ours)
    assert heard >= 8  # real words were compared, not silence (9 of the 12 stretches hold words)


def test_the_copy_is_made_once_owner_only_and_is_smaller(tmp_path: Path) -> None:
    copy = Path(int8_model(BUNDLED, tmp_path))
    made = (copy / "model.bin").stat().st_mtime_ns
    assert Path(int8_model(BUNDLED, tmp_path)) == copy
    assert (copy / "model.bin").stat().st_mtime_ns == made
    assert (copy / "model.bin").stat().st_size < 0.6 * (Path(BUNDLED) / "model.bin").stat().st_size
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700
    for item in copy.iterdir():
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item
    assert [p.name for p in tmp_path.iterdir()] == [copy.name]  # nothing half-made left beside it


def test_copies_made_at_once_by_two_threads_are_both_whole(tmp_path: Path) -> None:
    """Two transcribers loading at once into an empty cache (the real-speech test's two cores did) each make the
    copy: neither may load the other's half-written file."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=3) as threads:
        made = list(threads.map(lambda _: Path(int8_model(BUNDLED, tmp_path)), range(3)))
    assert len(set(made)) == 1 and made[0].parent == tmp_path
    size = (made[0] / "model.bin").stat().st_size
    assert 0.3 * (Path(BUNDLED) / "model.bin").stat().st_size < size
    from ctranslate2.models import Whisper

    Whisper(str(made[0]), device="cpu", compute_type="int8")  # loads: the file is whole
    assert [p.name for p in tmp_path.iterdir()] == [made[0].name]  # nothing half-made left beside it


def test_a_changed_model_file_is_copied_again_and_its_old_copy_removed(tmp_path: Path) -> None:
    import shutil

    model = tmp_path / "model"
    shutil.copytree(BUNDLED, model)
    cache = tmp_path / "cache"
    first = Path(int8_model(str(model), cache))
    os.utime(model / "model.bin", ns=(1, 1))  # the package reinstalled: the same file, written again
    second = Path(int8_model(str(model), cache))
    assert second != first and (second / "model.bin").exists()
    assert sorted(p.name for p in cache.iterdir()) == [second.name]
    other = Path(int8_model(BUNDLED, cache))  # another model's copy is left alone
    assert sorted(p.name for p in cache.iterdir()) == sorted([second.name, other.name])


def test_a_partial_copy_left_by_a_stopped_process_is_removed_another_makers_is_not(tmp_path: Path) -> None:
    import shutil

    model = tmp_path / "model"
    shutil.copytree(BUNDLED, model)
    cache = tmp_path / "cache"
    first = Path(int8_model(str(model), cache))
    stale, making = cache / f"{first.name}.x1.part", cache / f"{first.name}.x2.part"
    for partial in (stale, making):
        partial.mkdir()
        (partial / "model.bin").write_bytes(b"half")
    os.utime(stale, (1, 1))  # left an hour ago and more
    os.utime(model / "model.bin", ns=(1, 1))  # a reinstall: a copy is made, and the old ones are cleared
    second = Path(int8_model(str(model), cache))
    assert sorted(p.name for p in cache.iterdir()) == sorted([second.name, making.name])


@pytest.mark.parametrize("content", [b"", b"\x05\x00\x00\x00rubbish", os.urandom(4096)])
def test_a_model_it_cannot_read_is_loaded_as_it_is(tmp_path: Path, content: bytes) -> None:
    model = tmp_path / "model"
    model.mkdir()
    (model / "model.bin").write_bytes(content)
    cache = tmp_path / "cache"
    assert int8_model(str(model), cache) == str(model)
    assert not cache.exists() or not any(cache.iterdir())


def test_a_cache_it_cannot_write_leaves_the_original_in_use(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert int8_model(BUNDLED, blocked / "models") == BUNDLED


def test_rows_are_scaled_to_127_and_rounded_half_to_even() -> None:
    rows = np.array([[1.0, -2.0, 0.5], [0.0, 0.0, 0.0], [63.5, 127.0, -127.0]], dtype=np.float16)
    weight, scale = quantized(rows)
    assert weight.dtype == np.int8 and scale.dtype == np.float32
    assert weight.tolist() == [[64, -127, 32], [0, 0, 0], [64, 127, -127]]  # 31.75 -> 32, 63.5 -> 64 (even)
    assert scale.tolist() == pytest.approx([63.5, 1.0, 1.0])
