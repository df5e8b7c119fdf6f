"""The demo's virtual couple, Sam and Alex, shipped inside the package so `voice-session demo` and the web
page's demo work from any folder once installed (their lines are synthesized on first use and cached)."""

from __future__ import annotations

from pathlib import Path

SCENARIO = Path(__file__).resolve().parent / "scenario.toml"
