"""all-MiniLM-L6-v2 in numpy, read straight from its int8 ONNX file: the same numbers in a third of the memory.

onnxruntime folds the file's int8 weights into float32 copies when it loads it, and packs them again for its
matrix kernels: 150 MB resident for a 23 MB file, the largest single part of a session's memory. The model is
a plain BERT encoder (6 layers, 12 heads of 32, 384 wide, 1536 in the middle, GELU) that needs nothing numpy
does not have, so it is run here. The word-embedding table (30,522 rows) stays int8 and only the rows of a
sentence's tokens are scaled; so do the layers' weights, each scaled to float32 only while it is used (kept
as float32 they held 42 MB, a tenth of a session's memory; scaling one costs well under a millisecond). The
file is read with a small protobuf reader (the `onnx` package is not a dependency): initializers by name, and
the order in which the graph's matrix products use the weights, which gives each its place (query, key, value,
attention output, intermediate, output, per layer). tests/test_text_model.py holds it to onnxruntime's output
on the file.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np

LAYERS, HEADS, WIDTH = 6, 12, 384
HEAD = WIDTH // HEADS
EPSILON = 1e-12
_ROLES = ("query", "key", "value", "attention", "intermediate", "output")


class MiniLM:
    """`hidden(ids)`: the last hidden state (tokens × 384, float32) of one sentence's token ids (no padding)."""

    def __init__(self, path: Path) -> None:
        tensors, products = read_onnx(path.read_bytes())
        self._words = tensors["inner.embeddings.word_embeddings.weight_q"]
        self._word_scale = tensors["inner.embeddings.word_embeddings.weight_scale"]
        self._positions = _dequantized(tensors, "inner.embeddings.position_embeddings.weight")
        self._token_type = tensors["inner.embeddings.token_type_embeddings.weight"][0]
        self._norm = (tensors["inner.embeddings.LayerNorm.weight"], tensors["inner.embeddings.LayerNorm.bias"])
        weights = [name[: -len("_q")] for name in products if name.endswith("_q")]
        if len(weights) != LAYERS * len(_ROLES):
            raise ValueError(f"expected {LAYERS * len(_ROLES)} weight matrices, found {len(weights)}")
        self._layers = []
        for layer in range(LAYERS):
            prefix = f"inner.encoder.layer.{layer}."
            names = weights[layer * len(_ROLES): (layer + 1) * len(_ROLES)]
            w = {role: _Int8Weight(tensors[name + "_q"], tensors[name + "_scale"])
                 for role, name in zip(_ROLES, names, strict=True)}
            b = {
                "query": tensors[prefix + "attention.self.query.bias"],
                "key": tensors[prefix + "attention.self.key.bias"],
                "value": tensors[prefix + "attention.self.value.bias"],
                "attention": tensors[prefix + "attention.output.dense.bias"],
                "intermediate": tensors[prefix + "intermediate.dense.bias"],
                "output": tensors[prefix + "output.dense.bias"],
            }
            norms = ((tensors[prefix + "attention.output.LayerNorm.weight"],
                      tensors[prefix + "attention.output.LayerNorm.bias"]),
                     (tensors[prefix + "output.LayerNorm.weight"], tensors[prefix + "output.LayerNorm.bias"]))
            self._layers.append((w, b, norms))
        self._scale = np.float32(HEAD ** -0.25)  # applied to queries and keys both, as the exported graph does

    def hidden(self, ids: np.ndarray) -> np.ndarray:
        return self.hidden_many([ids])[0]

    def hidden_many(self, sentences: list[np.ndarray]) -> list[np.ndarray]:
        """The last hidden state of each sentence, all run in one pass: their tokens share every matrix product
        (each layer's weights scaled to float32 once, not once a sentence), attention stays within a sentence."""
        ids = [np.asarray(s, dtype=np.int64).reshape(-1) for s in sentences]
        if not ids:
            return []
        every = np.concatenate(ids)
        spans = [slice(int(a), int(b)) for a, b in pairwise(np.cumsum([0, *(len(s) for s in ids)]))]
        words = self._words[every].astype(np.float32) * self._word_scale[every]
        positions = np.concatenate([self._positions[: len(s)] for s in ids])
        x = _layer_norm(words + self._token_type + positions, *self._norm)
        for w, b, (first, second) in self._layers:
            q = (x @ w["query"].float() + b["query"]) * self._scale
            k = (x @ w["key"].float() + b["key"]) * self._scale
            v = x @ w["value"].float() + b["value"]
            joined = np.concatenate([_attended(q[span], k[span], v[span]) for span in spans])
            x = _layer_norm(joined @ w["attention"].float() + b["attention"] + x, *first)
            middle = x @ w["intermediate"].float() + b["intermediate"]
            middle = middle * (0.5 * (1.0 + _erf(middle / np.float32(np.sqrt(2.0)))))
            x = _layer_norm(middle @ w["output"].float() + b["output"] + x, *second)
        x = x.astype(np.float32)
        return [x[span] for span in spans]


def _attended(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """One sentence's self-attention, head by head (tokens x 384 in and out)."""
    q, k, v = _heads(q), _heads(k), _heads(v)
    scores = q @ k.transpose(0, 2, 1)
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    attended = (scores / scores.sum(axis=-1, keepdims=True)) @ v
    return attended.transpose(1, 0, 2).reshape(len(q[0]), WIDTH)


class _Int8Weight:
    """A weight matrix as the file holds it (int8, one scale per column); `float()` is the float32 matrix, the
    same numbers as scaling it once at load."""

    def __init__(self, quantized: np.ndarray, scale: np.ndarray) -> None:
        self.quantized, self.scale = quantized, scale

    def float(self) -> np.ndarray:
        return np.multiply(self.quantized, self.scale, dtype=np.float32)  # one pass: no int8-to-float copy first


def _heads(x: np.ndarray) -> np.ndarray:
    return x.reshape(len(x), HEADS, HEAD).transpose(1, 0, 2)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return (centred / np.sqrt(variance + np.float32(EPSILON)) * weight + bias).astype(np.float32)


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function to float32 precision (Abramowitz and Stegun 7.1.26: error under 1.5e-7)."""
    z = np.abs(x)
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * z)
    poly = t * (np.float32(0.254829592) + t * (np.float32(-0.284496736) + t * (
        np.float32(1.421413741) + t * (np.float32(-1.453152027) + t * np.float32(1.061405429)))))
    return np.sign(x) * (np.float32(1.0) - poly * np.exp(-z * z))


def _dequantized(tensors: dict[str, np.ndarray], name: str) -> np.ndarray:
    return (tensors[name + "_q"].astype(np.float32) * tensors[name + "_scale"]).astype(np.float32)


# ---- a small reader of the ONNX protobuf: initializers, and the weights the matrix products use, in order ----

_DTYPES = {1: np.float32, 3: np.int8, 7: np.int64, 9: np.bool_}


def read_onnx(data: bytes) -> tuple[dict[str, np.ndarray], list[str]]:
    """(initializers by name, the quantized weights multiplied by MatMul nodes in graph order) of an ONNX model."""
    graph = next(value for field, value in _fields(memoryview(data)) if field == 7)
    tensors: dict[str, np.ndarray] = {}
    nodes: list[tuple[str, list[str], list[str]]] = []
    for field, value in _fields(graph):
        if field == 5:
            name, array = _tensor(value)
            tensors[name] = array
        elif field == 1:
            nodes.append(_node(value))
    made_by: dict[str, str] = {}  # a dequantized weight's name -> the int8 initializer it came from
    for op, inputs, outputs in nodes:
        if op == "Cast" and inputs[0] in tensors and inputs[0].endswith("_q"):
            made_by[outputs[0]] = inputs[0]
        elif op == "Mul" and inputs[0] in made_by:
            made_by[outputs[0]] = made_by[inputs[0]]
    products = [made_by[inputs[1]] for op, inputs, _ in nodes if op == "MatMul" and inputs[1] in made_by]
    return tensors, products


def _fields(buffer: memoryview):  # type: ignore[no-untyped-def]
    """(field number, value) of a protobuf message: ints for varints, memoryviews for length-delimited fields."""
    i, end = 0, len(buffer)
    while i < end:
        key, i = _varint(buffer, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buffer, i)
            yield field, value
        elif wire == 2:
            length, i = _varint(buffer, i)
            yield field, buffer[i: i + length]
            i += length
        elif wire == 5:
            yield field, buffer[i: i + 4]
            i += 4
        elif wire == 1:
            yield field, buffer[i: i + 8]
            i += 8
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")


def _varint(buffer: memoryview, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buffer[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, i
        shift += 7


def _tensor(message: memoryview) -> tuple[str, np.ndarray]:
    dims: list[int] = []
    dtype, name, raw = 0, "", b""
    for field, value in _fields(message):
        if field == 1:
            if isinstance(value, int):
                dims.append(value)
            else:  # packed
                j = 0
                while j < len(value):
                    dim, j = _varint(value, j)
                    dims.append(dim)
        elif field == 2:
            dtype = value
        elif field == 8:
            name = bytes(value).decode()
        elif field == 9:
            raw = value
    if dtype not in _DTYPES:
        raise ValueError(f"{name}: unsupported tensor type {dtype}")
    return name, np.frombuffer(raw, dtype=_DTYPES[dtype]).reshape(dims).copy()


def _node(message: memoryview) -> tuple[str, list[str], list[str]]:
    inputs: list[str] = []
    outputs: list[str] = []
    op = ""
    for field, value in _fields(message):
        if field == 1:
            inputs.append(bytes(value).decode())
        elif field == 2:
            outputs.append(bytes(value).decode())
        elif field == 4:
            op = bytes(value).decode()
    return op, inputs, outputs
