"""Whisper's weights kept as int8 on disk, so that loading the model does not quantize it every time.

The bundled tiny.en holds float16 weights (75 MB). CTranslate2, asked for int8, reads all of them and
quantizes each linear layer at load: the process briefly holds the float16 model, its int8 copy and the
conversion's buffers, about 200 MB above what it keeps, at the very moment a live session also loads its voice
and its text model and synthesizes its welcome (the session's peak memory, 420-470 MB measured live). Loading
a model whose linear weights are int8 already takes 105 MB at most and 185 ms instead of 315.

The copy is made once, in the user's cache folder (owner-only), the way CTranslate2 itself quantizes at load:
each row of a linear layer's (or the embeddings') weight scaled so its largest magnitude is 127, rounded to the
nearest even, its scale kept beside it as `<name>_scale`; everything else, the convolutions' weights included,
is copied as it is (CTranslate2 keeps those in float: quantized too, the encoder's output moved). Checked bit
for bit: the transcripts and their confidences of 105 stretches of real and recorded speech were identical with
the copy and with the original, and tests/test_whisper_int8.py holds the encoder's output, the words and their
log-probabilities on 12 of them to that. Anything unexpected (another file format, a read-only disk) leaves the
original model in use, as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voice_session.record.log import DIR_MODE, FILE_MODE

FORMAT = 1
"""Bumped when the copy is made differently, so an old copy is made again."""
BINARY_VERSION = 6
"""The version of CTranslate2's model.bin format read and written here (ctranslate2 4.x)."""
DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
"""CTranslate2's type ids, in order."""


def int8_model(model_dir: str, cache: Path) -> str:
    """The folder to load: a copy of `model_dir` with int8 weights under `cache`, made now if it is not there
    yet, or `model_dir` itself when no copy can be made."""
    source = Path(model_dir) / "model.bin"
    try:
        stat = source.stat()
        which = _digest(str(source.resolve()))
        folder = cache / f"{which}-{_digest(f'{FORMAT} {stat.st_size} {stat.st_mtime_ns}')}"
        if (folder / "model.bin").exists():
            return str(folder)
        made = _convert(Path(model_dir), folder)
    except (OSError, ValueError, struct.error):  # unreadable, another format, a full or read-only disk
        return model_dir
    for old in cache.glob(f"{which}-*"):  # copies of what that file held before (a reinstall): 39 MB each
        if old != made and (not old.name.endswith(".part") or _abandoned(old)):
            shutil.rmtree(old, ignore_errors=True)
    return str(made)


ABANDONED_S = 600.0
"""A partial copy this old was left by a process that stopped while making it (a copy takes about a second)."""


def _abandoned(partial: Path) -> bool:
    try:
        return time.time() - partial.stat().st_mtime > ABANDONED_S
    except OSError:
        return False


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _convert(source: Path, folder: Path) -> Path:
    """Writes the int8 copy into `folder` whole or not at all: each maker (another process, or another thread of
    this one, such as two transcribers loading at once) writes a partial folder of its own, renamed into place."""
    folder.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    partial = Path(tempfile.mkdtemp(prefix=f"{folder.name}.", suffix=".part", dir=folder.parent))  # owner-only
    try:
        for item in source.iterdir():
            if item.is_file() and item.name != "model.bin":
                shutil.copyfile(item, partial / item.name)
                os.chmod(partial / item.name, FILE_MODE)
        data = np.memmap(source / "model.bin", dtype=np.uint8, mode="r")
        fd = os.open(partial / "model.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            _write_quantized(memoryview(data), out)  # type: ignore[arg-type]
        try:
            partial.rename(folder)
        except OSError:  # another process made it meanwhile: theirs is the same
            if not (folder / "model.bin").exists():
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return folder


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple[int, ...]:
        values = struct.unpack_from("=" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("=" + fmt)
        return values

    def string(self) -> str:
        (size,) = self.take("H")  # the length with its closing NUL
        text = bytes(self.data[self.pos : self.pos + size - 1]).decode()
        self.pos += size
        return text

    def array(self) -> np.ndarray:
        (rank,) = self.take("B")
        shape = self.take("I" * rank)
        (type_id,) = self.take("B")
        (size,) = self.take("I")
        if type_id >= len(DTYPES) or DTYPES[type_id] == "bfloat16":
            raise ValueError("a weight of a type not read here")
        dtype = np.dtype(DTYPES[type_id])
        values = np.frombuffer(self.data, dtype=dtype, count=size // dtype.itemsize, offset=self.pos).reshape(shape)
        self.pos += size
        return values


def _variables(reader: _Reader) -> Iterator[tuple[str, np.ndarray]]:
    (count,) = reader.take("I")
    for _ in range(count):
        name = reader.string()
        yield name, reader.array()


def _quantizable(name: str, values: np.ndarray) -> bool:
    """What CTranslate2 quantizes at load for int8: the weights of linear layers and of the embeddings."""
    return name.endswith("/weight") and "conv" not in name and values.ndim == 2 and values.dtype.kind == "f"


def quantized(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row scaled to a largest magnitude of 127 and rounded (half to even); the int8 rows and their scales."""
    rows = values.astype(np.float32)
    amax = np.amax(np.abs(rows), axis=1)
    amax[amax == 0] = 127.0
    amax = np.maximum(amax, np.float32(127.0) / np.finfo(np.float32).max)  # a scale a float32 can hold
    scale = (np.float32(127.0) / amax).astype(np.float32)
    rows *= scale[:, None]
    return np.rint(rows).astype(np.int8), scale


ROWS = 2048
"""Rows quantized at a time: the float32 copy of the embeddings alone would be 80 MB."""


def _write_quantized(data: memoryview, out: BinaryIO) -> None:
    """The model in `data` to `out`, its quantizable weights as int8 and their scales, a block of rows at a time
    (the source is read where it lies: what is held at once is one block and the scales)."""
    reader = _Reader(data)
    (version,) = reader.take("I")
    if version != BINARY_VERSION:
        raise ValueError(f"model.bin version {version}")
    spec = reader.string()
    (revision,) = reader.take("I")
    variables: dict[str, np.ndarray] = {}
    for name, values in _variables(reader):
        variables[name] = values
        if _quantizable(name, values):
            variables[f"{name}_scale"] = values  # made from its weight, written after it (it sorts after it)
    (aliases,) = reader.take("I")
    links = [(reader.string(), reader.string()) for _ in range(aliases)]
    if reader.pos != len(data):
        raise ValueError("model.bin has more than its variables")

    def string(text: str) -> None:
        out.write(struct.pack("=H", len(text) + 1) + text.encode() + b"\0")

    def header(name: str, shape: tuple[int, ...], dtype: np.dtype, size: int) -> None:
        string(name)
        out.write(struct.pack("=B", len(shape)) + struct.pack("=" + "I" * len(shape), *shape))
        out.write(struct.pack("=BI", DTYPES.index(dtype.name), size))

    out.write(struct.pack("=I", version))
    string(spec)
    out.write(struct.pack("=II", revision, len(variables)))
    scales: dict[str, np.ndarray] = {}
    for name in sorted(variables):
        values = variables[name]
        if name in scales:
            scale = scales.pop(name)
            header(name, scale.shape, scale.dtype, scale.nbytes)
            out.write(scale.tobytes())
        elif f"{name}_scale" in variables and _quantizable(name, values):
            header(name, values.shape, np.dtype(np.int8), values.size)
            parts = []
            for first in range(0, len(values), ROWS):
                weight, scale = quantized(values[first : first + ROWS])
                out.write(weight.tobytes())
                parts.append(scale)
            scales[f"{name}_scale"] = np.concatenate(parts)
        else:
            header(name, values.shape, values.dtype, values.nbytes)
            out.write(np.ascontiguousarray(values).tobytes())
    if scales:
        raise ValueError("a scale without its weight")
    out.write(struct.pack("=I", len(links)))
    for alias, name in links:
        string(alias)
        string(name)
