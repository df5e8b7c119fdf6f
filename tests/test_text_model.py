"""The sentence-embedding model run in numpy (voice_session/text/minilm.py) gives what onnxruntime gives on the
same file, in far less memory, and the same vectors every time."""

from __future__ import annotations

import numpy as np
import pytest

from tests.listening_set import conflict, crisis, ordinary
from voice_session.text.model import TextModel


@pytest.fixture(scope="module")
def model() -> TextModel:
    return TextModel()


def test_numpy_encoder_matches_onnxruntime_on_the_same_file(model: TextModel) -> None:
    import onnxruntime as ort

    from voice_session.text.model import _installed_model

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(str(_installed_model()), options, providers=["CPUExecutionProvider"])
    sentences = [text for _, text in crisis("tuning")[:15] + ordinary("tuning")[:15] + conflict("tuning")[:15]]
    sentences += ["a", "Yes.", " ".join(["and then you laughed when I left the table"] * 12)]  # 1 to 128 tokens
    for text in sentences:
        ids = np.array([model.tokenizer.encode(text).ids], dtype=np.int64)
        reference = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                       "token_type_ids": np.zeros_like(ids)})[0][0]
        ours = model.encoder.hidden(ids[0])
        assert ours.shape == reference.shape
        assert np.abs(ours - reference).max() < 1e-4, text


def test_the_same_sentence_gives_the_same_vector_every_time(model: TextModel) -> None:
    text = "I felt humiliated when you joked about my cooking in front of your friends."
    first = model.encoder.hidden(np.array(model.tokenizer.encode(text).ids))
    again = TextModel().encoder.hidden(np.array(model.tokenizer.encode(text).ids))
    assert np.array_equal(first, again)
    vector = model.embed([text])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_a_damaged_model_file_is_said_and_the_session_goes_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from voice_session.text.model import TextModelMissing

    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"\x0a\x05hello" * 10)
    with pytest.raises(TextModelMissing):
        TextModel(broken, check=False)
