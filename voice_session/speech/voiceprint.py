"""Whose voice: a speaker embedding of a stretch of speech, offline, on one core, in numpy.

The encoder is Resemblyzer's GE2E model (Apache-2.0): a 3-layer LSTM of 256 units over 40-band mel power
spectra (25 ms windows every 10 ms), whose last state goes through a 256-wide linear layer and a ReLU to a
unit vector; a stretch of speech is cut into 1.6 s windows that overlap (1.3 a second) and their vectors are
averaged. Two stretches of one voice give a high cosine (0.75-0.9 on read speech), two voices a lower one
(0.45-0.65).

The weights arrive in the `resemblyzer` wheel, which the project's setup installs without its dependencies
(torch and librosa must not be installed; see the Makefile). Nothing of resemblyzer is imported: its
`pretrained.pt` is found through the package metadata and read by `read_torch_weights`, a small reader of
torch's legacy file format (a pickle whose tensors point into raw storages written after it). The mel
spectrogram is computed as librosa computes it (centred frames, a periodic Hann window, Slaney mel bands),
with the mel bands of faster-whisper's feature extractor, which are librosa's.
"""

from __future__ import annotations

import hashlib
import pickle
import struct
from collections import OrderedDict
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from voice_session.audio.frames import SAMPLE_RATE
from voice_session.installed import file_in
from voice_session.memory import release_memory

WEIGHTS_FILE = "resemblyzer/pretrained.pt"
WEIGHTS_SHA256 = "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e"
N_FFT, HOP, BANDS = 400, 160, 40
WINDOW_FRAMES = 160
"""Frames in one partial window (1.6 s)."""
WINDOWS_PER_S = 1.3
TARGET_DBFS = -30.0


class VoiceModelMissing(Exception):
    """The speaker model is not installed (or not intact): utterances carry no voice."""


class VoiceEncoder:
    """`embed(samples)`: a unit vector (256 floats) for 16 kHz int16 speech; the same audio, the same vector."""

    name = "resemblyzer-ge2e"

    def __init__(self, path: Path | None = None, check: bool = True) -> None:
        path = path or installed_weights()
        if check and hashlib.sha256(path.read_bytes()).hexdigest() != WEIGHTS_SHA256:
            raise VoiceModelMissing(f"{path.name} is not the expected file (checksum differs)")
        try:
            state = read_torch_weights(path)["model_state"]
            # gates reordered from torch's (input, forget, cell, output) to (input, forget, output, cell): one
            # sigmoid over the first three quarters, one tanh over the last
            order = np.concatenate([np.arange(0, 512), np.arange(768, 1024), np.arange(512, 768)])
            self._layers = [(np.ascontiguousarray(state[f"lstm.weight_ih_l{k}"][order].T),
                             np.ascontiguousarray(state[f"lstm.weight_hh_l{k}"][order].T),
                             (state[f"lstm.bias_ih_l{k}"] + state[f"lstm.bias_hh_l{k}"])[order]) for k in range(3)]
            self._linear = (state["linear.weight"].T.copy(), state["linear.bias"])
        except (KeyError, ValueError, pickle.UnpicklingError, struct.error, EOFError) as err:
            raise VoiceModelMissing(f"cannot read {path.name} ({type(err).__name__})") from None
        from faster_whisper.feature_extractor import FeatureExtractor

        self._bands = FeatureExtractor.get_mel_filters(SAMPLE_RATE, N_FFT, n_mels=BANDS).astype(np.float32)
        self._window = np.hanning(N_FFT + 1)[:-1].astype(np.float32)
        release_memory()  # the 17 MB file was read whole for 5 MB of weights: the rest goes back (25 MB measured)

    def embed(self, samples: np.ndarray) -> np.ndarray:
        """The voice of a stretch of speech (at least a few tenths of a second is needed to mean anything)."""
        wav = _louder(np.asarray(samples, dtype=np.float32) / 32768.0)
        step = round(SAMPLE_RATE / WINDOWS_PER_S / HOP)
        frames = int(np.ceil((len(wav) + 1) / HOP))
        starts = list(range(0, max(1, frames - WINDOW_FRAMES + step + 1), step))
        if len(starts) > 1 and (len(wav) - starts[-1] * HOP) / (WINDOW_FRAMES * HOP) < 0.75:
            starts = starts[:-1]  # a last window mostly padding says little
        needed = (starts[-1] + WINDOW_FRAMES) * HOP
        wav = np.pad(wav, (0, max(0, needed - len(wav))))
        mel = self.mel(wav)
        windows = np.stack([mel[s: s + WINDOW_FRAMES] for s in starts])
        partial = self._forward(windows)
        mean = partial.mean(axis=0)
        return (mean / max(1e-9, float(np.linalg.norm(mean)))).astype(np.float32)

    def mel(self, wav: np.ndarray) -> np.ndarray:
        """Mel power spectrogram, frames × 40, as librosa.feature.melspectrogram computes it."""
        padded = np.pad(wav, (N_FFT // 2, N_FFT // 2), mode="reflect")
        frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP] * self._window
        power = np.abs(np.fft.rfft(frames, axis=-1)) ** 2
        return (power.astype(np.float32) @ self._bands.T).astype(np.float32)

    def _forward(self, windows: np.ndarray) -> np.ndarray:
        x = windows.astype(np.float32)
        batch = len(x)
        x = np.ascontiguousarray(x.transpose(1, 0, 2))  # time × batch × features
        units = 256
        for w_in, w_hidden, bias in self._layers:
            hidden = np.zeros((batch, units), dtype=np.float32)
            cell = np.zeros_like(hidden)
            inputs = x @ w_in + bias  # every time step at once: time × batch × 4·256
            out = np.empty((len(x), batch, units), dtype=np.float32)
            for t in range(len(x)):
                gates = inputs[t] + hidden @ w_hidden
                ifo = _sigmoid(gates[:, : 3 * units])
                cell = ifo[:, units: 2 * units] * cell + ifo[:, :units] * np.tanh(gates[:, 3 * units:])
                hidden = ifo[:, 2 * units:] * np.tanh(cell)
                out[t] = hidden
            x = out
        w, b = self._linear
        raw = np.maximum(0.0, hidden @ w + b)
        return raw / np.maximum(1e-9, np.linalg.norm(raw, axis=1, keepdims=True))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return np.float32(0.5) * (np.float32(1.0) + np.tanh(np.float32(0.5) * x))  # no overflow for large |x|


def _louder(wav: np.ndarray) -> np.ndarray:
    """Quiet speech raised to -30 dBFS (never lowered), as the encoder was trained."""
    rms = float(np.sqrt(np.mean(wav.astype(np.float64) ** 2))) if len(wav) else 0.0
    if rms <= 0:
        return wav
    change_db = TARGET_DBFS - 20 * np.log10(rms)
    return (wav * 10 ** (change_db / 20)).astype(np.float32) if change_db > 0 else wav


def installed_weights() -> Path:
    """resemblyzer's pretrained.pt inside its installed distribution, found without importing it."""
    return file_in("resemblyzer", WEIGHTS_FILE, VoiceModelMissing, "the speaker model")


# ---- torch's legacy file format, read without torch ----

_STORAGES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "LongStorage": np.int64,
             "IntStorage": np.int32, "HalfStorage": np.float16}


class _Storage:
    def __init__(self, key: str, dtype: type) -> None:
        self.key, self.dtype = key, dtype
        self.data: np.ndarray | None = None


class _Tensor:
    def __init__(self, storage: _Storage, offset: int, size: tuple[int, ...], stride: tuple[int, ...]) -> None:
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def array(self) -> np.ndarray:
        data = self.storage.data
        assert data is not None
        if not self.size:
            return data[self.offset: self.offset + 1].reshape(()).copy()
        view = np.lib.stride_tricks.as_strided(data[self.offset:], shape=self.size,
                                               strides=[s * data.itemsize for s in self.stride])
        return np.array(view)


class _Reader(pickle.Unpickler):
    """Unpickles a legacy torch file's object with tensors as placeholders; only plain containers are allowed."""

    def __init__(self, file: BinaryIO) -> None:
        super().__init__(file)
        self.storages: dict[str, _Storage] = {}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("collections", "OrderedDict"):
            return OrderedDict
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return lambda storage, offset, size, stride, *_: _Tensor(storage, offset, tuple(size), tuple(stride))
        if module == "torch" and name in _STORAGES:
            return _STORAGES[name]
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in a weights file")

    def persistent_load(self, pid: Any) -> _Storage:
        kind, dtype, key = pid[0], pid[1], pid[2]
        if kind != "storage":
            raise pickle.UnpicklingError(f"unexpected persistent id {kind!r}")
        return self.storages.setdefault(key, _Storage(key, dtype))


def read_torch_weights(path: Path) -> dict[str, Any]:
    """The object saved in a legacy-format torch file, its tensors as numpy arrays (no code from it is run:
    only dictionaries, lists, numbers, strings and tensors are accepted)."""
    with path.open("rb") as file:
        # a new unpickler for each pickle in the file: each stops exactly at its pickle's end
        if _Plain(file).load() != 0x1950A86A20F9469CFC6C:
            raise ValueError("not a legacy torch file")
        _Plain(file).load()  # protocol version
        _Plain(file).load()  # the saving machine's sizes
        reader = _Reader(file)
        obj = reader.load()
        keys = _Plain(file).load()
        for key in keys:
            count = struct.unpack("<q", file.read(8))[0]
            storage = reader.storages.get(key)
            dtype = storage.dtype if storage is not None else np.float32
            data = np.frombuffer(file.read(count * np.dtype(dtype).itemsize), dtype=dtype)
            if storage is not None:
                storage.data = data
    return _resolve(obj)


class _Plain(pickle.Unpickler):
    """The header's and the storage list's pickles: plain values only."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in a weights file's header")


def _resolve(obj: Any) -> Any:
    if isinstance(obj, _Tensor):
        return obj.array()
    if isinstance(obj, dict):
        return {key: _resolve(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_resolve(value) for value in obj)
    return obj
