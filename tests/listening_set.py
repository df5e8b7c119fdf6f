"""The listening development set (tests/devsets/listening, see its README), split once into a tuning half and
a held-out half: within each category, lines alternate (first, third, … tune; second, fourth, … are held out).
The held-out half is only ever reported, never looked at while writing patterns or choosing thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import tomllib

LISTENING = Path(__file__).resolve().parent / "devsets" / "listening"


def _lines(name: str) -> list[tuple[str, str]]:
    rows = [line.split("\t", 1) for line in (LISTENING / name).read_text().splitlines() if "\t" in line]
    return [(kind.strip(), text.strip()) for kind, text in rows]


def _halves(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    seen: dict[str, int] = {}
    tuning, held = [], []
    for kind, text in rows:
        index = seen.get(kind, 0)
        seen[kind] = index + 1
        (tuning if index % 2 == 0 else held).append((kind, text))
    return tuning, held


@dataclass(frozen=True)
class Triple:
    statement: str
    good: str
    poor: str
    missed: tuple[str, ...]


def crisis(half: str) -> list[tuple[str, str]]:
    return _halves(_lines("crisis.tsv"))[half == "held-out"]


def ordinary(half: str) -> list[tuple[str, str]]:
    return _halves(_lines("ordinary.tsv"))[half == "held-out"]


def borderline() -> list[tuple[str, str]]:
    return _lines("borderline.tsv")


def triples(half: str) -> list[Triple]:
    items = tomllib.loads((LISTENING / "triples.toml").read_text())["item"]
    chosen = items[0::2] if half == "tuning" else items[1::2]
    return [Triple(i["statement"], i["good"], i["poor"], tuple(i["missed"])) for i in chosen]


def conflict(half: str) -> list[tuple[str, str]]:
    """Heated but safe: blame, rebuttals, anger, hyperbole ("you're killing me"). None may stop a session."""
    return _halves(_lines("conflict.tsv"))[half == "held-out"]


def conflict_crisis(half: str) -> list[tuple[str, str]]:
    """Crisis statements said in the middle of a conflict, often in everyday words. Each must be caught."""
    return _halves(_lines("conflict_crisis.tsv"))[half == "held-out"]
