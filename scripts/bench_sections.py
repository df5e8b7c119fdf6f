"""Running a benchmark script's sections alone: `python scripts/bench_<topic>.py [section ...]` prints their
rows in scripts/bench.py's table format (bench.py itself runs every section and writes bench.json)."""

from __future__ import annotations

from collections.abc import Callable

Row = Callable[..., None]


def print_row(name: str, value: float, unit: str, target: str = "") -> None:
    print(f"  {name:<72} {value:>10.3f} {unit:<6} {target}", flush=True)


def run_sections(sections: dict[str, Callable[[Row], None]], names: list[str]) -> None:
    """The named sections (all of them when none is named), in order; an unknown name is said, not a traceback."""
    for name in names or list(sections):
        if name not in sections:
            raise SystemExit(f"unknown section {name!r}: choose from {', '.join(sections)}")
        sections[name](print_row)
