"""How a turn sounds at a pause: finished or not, from the audio alone (the shell side of turn ends).

Smart Turn v3.2 (Daily, BSD-2-Clause): a Whisper-tiny encoder with a classifier, int8 ONNX, 8.7 MB, trained on
end-of-turn audio in 23 languages. It reads the last 8 s of a speaker's audio and gives the chance that they
have finished their turn. It arrives inside the `pipecat-ai` wheel, which the project's setup installs without
its dependencies (see the Makefile): nothing of pipecat is imported; the file is found through the package
metadata and checked against its checksum. Its input is Whisper's log-mel spectrogram of 8 s (80 bands,
100 frames a second) of waveform normalised to zero mean and unit variance, the audio placed at the end of
the window with silence before it, as the model was trained.

When the file is missing or damaged, turns end after the fixed silence (`--turn-silence`), said once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE
from voice_session.installed import file_in

WINDOW_S = 8
MODEL_FILE = "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"
MODEL_SHA256 = "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"


class TurnModelMissing(Exception):
    """The turn model is not installed (or not intact): turns end on silence alone."""


class TurnModel:
    """`finished(samples)`: the chance (0..1) that the speaker of these 16 kHz samples has finished their turn,
    judged on the last 8 s. One CPU thread; about 90 ms a call here; deterministic."""

    name = "smart-turn-v3.2"

    def __init__(self, path: Path | None = None, check: bool = True) -> None:
        path = path or installed_model()
        if check:
            _check(path)
        try:
            import onnxruntime as ort
        except ImportError:
            raise TurnModelMissing("onnxruntime is not installed") from None
        from faster_whisper.feature_extractor import FeatureExtractor

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one core: the other is the voice's and Whisper's
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # no arena and no memory patterns: measured over ten calls, 148 MB resident against 189 MB with
        # onnxruntime's defaults, 8 ms more a call. Its freed working memory (about 26 MB) is not handed back to
        # the system after each call: the next call faulted all of it in again, 19 ms of a 106 ms judgement
        # (86 ms without), while a live session's peak stayed where it was (428 MB against 435-442 MB, 4 runs)
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        try:
            self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as err:  # a damaged file: turns end on silence, the session goes on
            raise TurnModelMissing(f"cannot load {path.name} ({type(err).__name__})") from None
        self.features = FeatureExtractor(feature_size=80, chunk_length=WINDOW_S)

    def finished(self, samples: np.ndarray) -> float:
        window = WINDOW_S * SAMPLE_RATE
        audio = np.asarray(samples, dtype=np.float32)[-window:] / 32768.0
        audio = np.concatenate([np.zeros(window - len(audio), dtype=np.float32), audio])
        audio = (audio - audio.mean()) / np.sqrt(audio.var() + 1e-7)
        mels = self.features(audio, padding=0)[:, : window // 160].astype(np.float32)
        out = self.session.run(None, {"input_features": mels[None]})[0]
        return float(np.clip(out.reshape(-1)[0], 0.0, 1.0))


def installed_model() -> Path:
    """The model file inside the installed `pipecat-ai` distribution, found without importing pipecat."""
    return file_in("pipecat-ai", MODEL_FILE, TurnModelMissing, "the turn model")


def _check(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise TurnModelMissing(f"{path.name} is not the expected file (checksum differs)")
