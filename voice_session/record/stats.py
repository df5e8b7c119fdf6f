"""The figures of a session, computed from its events: pure, shared by the reports and the live view."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from voice_session.record.lines import Line

FLOOR = ("turn", "checkin", "clarify")


@dataclass
class PartnerStats:
    name: str
    turns: int = 0
    floor_s: float = 0.0
    """Seconds holding the floor (turns, check-ins, clarifications)."""
    longest_turn_s: float = 0.0
    talk_s: float = 0.0
    """Seconds of their own transcribed speech."""
    listening_turns: int = 0
    """Paraphrases given."""
    cues: Counter[str] = field(default_factory=Counter)


@dataclass
class SessionStats:
    exercise: str
    title: str
    names: tuple[str, str]
    duration_s: float
    ended: str
    partners: dict[str, PartnerStats]
    exchanges: int
    """Paraphrase exchanges (one per thing the speaker said)."""
    attempts: int
    landed: int
    mean_coverage: float | None
    """Mean `coverage` of the paraphrases: with the text model, the share of the speaker's points (clauses) each
    reflected by meaning; without it (older records too), the share of the speaker's key words."""
    pauses: list[tuple[float, str]]
    coverage_by_meaning: bool = False
    safety: list[dict[str, Any]] = field(default_factory=list)
    turn_ends: list[tuple[str, float | None]] = field(default_factory=list)
    """How each turn ended (the record's reason) and after how many seconds of silence."""
    journal: list[dict[str, Any]] = field(default_factory=list)
    """Promises, requests, actions and wins made in the session, and earlier ones reviewed in it."""
    """Crisis stops, questions about safety and their answers, and check-ins, as recorded (time, who, the
    sentence, how it was found, the answer and what happened next)."""

    def talk_share(self, partner: str) -> float:
        total = sum(p.talk_s for p in self.partners.values())
        return self.partners[partner].talk_s / total if total else 0.0


def session_stats(events: list[dict[str, Any]]) -> SessionStats:
    start = next((e for e in events if e["event"] == Line.SESSION_STARTED), {})
    names = tuple(start.get("names") or ["Partner A", "Partner B"])
    partners = {"A": PartnerStats(names[0]), "B": PartnerStats(names[1])}
    by_name = {names[0]: "A", names[1]: "B"}
    coverages = []
    for e in events:
        kind = e["event"]
        partner = e.get("partner") or by_name.get(e.get("person") or "")
        if kind == Line.TURN_ENDED and partner in partners:
            stats = partners[partner]
            if e.get("purpose") in FLOOR:
                stats.turns += 1
                stats.floor_s += e["duration"]
                stats.longest_turn_s = max(stats.longest_turn_s, e["duration"])
            elif e.get("purpose") == "paraphrase":
                stats.listening_turns += 1
        elif kind == Line.UTTERANCE and partner in partners:
            partners[partner].talk_s += max(0.0, e["end"] - e["start"])
        elif kind == Line.CUE and partner in partners:
            partners[partner].cues[e["kind"]] += 1
        elif kind == Line.PARAPHRASE_CHECKED and e.get("coverage") is not None:
            coverages.append(e["coverage"])
    ended = next((e["reason"] for e in events if e["event"] == Line.SESSION_ENDED), "not ended (record cut off)")
    return SessionStats(
        exercise=start.get("exercise", "?"),
        title=start.get("title") or start.get("exercise", "Session"),
        names=(names[0], names[1]),
        duration_s=max((e["t"] for e in events), default=0.0),
        ended=ended,
        partners=partners,
        exchanges=sum(1 for e in events if e["event"] == Line.PARAPHRASE_PROMPTED and e.get("attempt") == 1),
        attempts=sum(1 for e in events if e["event"] == Line.PARAPHRASE_PROMPTED),
        landed=sum(1 for e in events if e["event"] == Line.PARAPHRASE_LANDED),
        mean_coverage=sum(coverages) / len(coverages) if coverages else None,
        pauses=[(e["t"], e.get("reason", "?")) for e in events if e["event"] == Line.PAUSED],
        coverage_by_meaning=any(e.get("judged_by") == "meaning" for e in events
                                if e["event"] == Line.PARAPHRASE_CHECKED),
        safety=[e for e in events
                if e["event"] in (Line.SAFETY_STOP, Line.SAFETY_CHECK_IN, Line.SAFETY_ASK, Line.SAFETY_ANSWER)],
        journal=[e for e in events if e["event"] in (Line.JOURNAL_ITEM, Line.JOURNAL_REVIEW)],
        turn_ends=[(e.get("reason", "?"), e.get("silence")) for e in events if e["event"] == Line.TURN_ENDED],
    )


def clock(seconds: float) -> str:
    """'3 min 05 s' style durations for people."""
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"
