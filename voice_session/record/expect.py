"""Comparing a session record with a scenario's [expect] table."""

from __future__ import annotations

from typing import Any

from voice_session.record.lines import Line


def outcome(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures an [expect] table can name, read from a record."""
    attempts: list[int] = []
    for e in events:
        if e["event"] == Line.PARAPHRASE_PROMPTED:
            if e["attempt"] == 1:
                attempts.append(1)
            elif attempts:
                attempts[-1] = e["attempt"]
    ended = next((e["reason"] for e in events if e["event"] == Line.SESSION_ENDED), None)
    return {
        "ended": ended,
        "turns": sum(1 for e in events if e["event"] == Line.TURN_ENDED and e.get("purpose") == "turn"),
        "swaps": sum(1 for e in events if e["event"] == Line.ROLES_SWAPPED),
        "paraphrase_attempts": attempts,
        "landed": sum(1 for e in events if e["event"] == Line.PARAPHRASE_LANDED),
        "cues": sum(1 for e in events if e["event"] == Line.CUE),
        "pauses": sum(1 for e in events if e["event"] == Line.PAUSED and e.get("reason") != "scheduled"),
        "interrupted": sum(1 for e in events if e["event"] == Line.PROMPT_INTERRUPTED),
        "reminders": sum(1 for e in events if e["event"] == Line.FLOOR_REMINDER),
    }


def mismatches(events: list[dict[str, Any]], expect: dict[str, Any]) -> list[str]:
    got = outcome(events)
    return [f"{key}: expected {value!r}, got {got.get(key)!r}" for key, value in expect.items()
            if got.get(key) != value]
