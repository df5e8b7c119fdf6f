"""Comparing a session record with a scenario's [expect] table."""

from __future__ import annotations

from typing import Any


def outcome(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures an [expect] table can name, read from a record."""
    attempts: list[int] = []
    for e in events:
        if e["event"] == "paraphrase_prompted":
            if e["attempt"] == 1:
                attempts.append(1)
            elif attempts:
                attempts[-1] = e["attempt"]
    ended = next((e["reason"] for e in events if e["event"] == "session_ended"), None)
    return {
        "ended": ended,
        "turns": sum(1 for e in events if e["event"] == "turn_ended" and e.get("purpose") == "turn"),
        "swaps": sum(1 for e in events if e["event"] == "roles_swapped"),
        "paraphrase_attempts": attempts,
        "landed": sum(1 for e in events if e["event"] == "paraphrase_landed"),
        "cues": sum(1 for e in events if e["event"] == "cue"),
        "pauses": sum(1 for e in events if e["event"] == "paused" and e.get("reason") != "scheduled"),
        "interrupted": sum(1 for e in events if e["event"] == "prompt_interrupted"),
        "reminders": sum(1 for e in events if e["event"] == "floor_reminder"),
    }


def mismatches(events: list[dict[str, Any]], expect: dict[str, Any]) -> list[str]:
    got = outcome(events)
    return [f"{key}: expected {value!r}, got {got.get(key)!r}" for key, value in expect.items()
            if got.get(key) != value]
