"""transcript.md: who said what and when, the program's prompts in italics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voice_session.record.lines import Line
from voice_session.record.log import replace_private


def format_time(seconds: float) -> str:
    """mm:ss.t, or h:mm:ss.t past an hour."""
    minutes, secs = divmod(max(0.0, seconds), 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{int(hours)}:{int(minutes):02d}:{secs:04.1f}"
    return f"{int(minutes):02d}:{secs:04.1f}"


def transcript_lines(events: list[dict[str, Any]]) -> list[str]:
    start = next((e for e in events if e["event"] == Line.SESSION_STARTED), {})
    title = start.get("title") or start.get("exercise", "session")
    lines = [f"# {title}", ""]
    names = start.get("names")
    if names:
        lines += [f"Partners: {names[0]} and {names[1]}", ""]
    for e in events:
        kind = e["event"]
        stamp = f"`{format_time(e['t'])}`"
        if kind == Line.PROMPT:
            lines.append(f"{stamp} *{e['text']}*  ")
        elif kind == Line.UTTERANCE and e.get("text"):
            who = e.get("person") or "(someone)"
            lines.append(f"{stamp} **{who}:** {e['text']}  ")
        elif kind == Line.SPEECH_REJECTED and e.get("text"):  # heard, but too unsure to act on
            lines.append(f"{stamp} (unclear, {e['reason']}): {e['text']}  ")
        elif kind == Line.TURN_ENDED and e.get("purpose") == "turn":
            lines.append(f"{stamp} — {e['person']}'s turn ended ({e['reason']}, {e['duration']:.0f} s)  ")
        elif kind == Line.ROLES_SWAPPED:
            lines.append(f"{stamp} — roles swapped: {e['speaker']} now holds the floor  ")
        elif kind == Line.PAUSED:
            lines.append(f"{stamp} — paused ({e['reason']})  ")
        elif kind == Line.RESUMED:
            lines.append(f"{stamp} — resumed  ")
        elif kind == Line.SESSION_ENDED:
            lines.append(f"{stamp} — session ended ({e['reason']})  ")
    return lines


def write_transcript(folder: Path, events: list[dict[str, Any]]) -> Path:
    path = folder / "transcript.md"
    replace_private(path, "\n".join(transcript_lines(events)) + "\n")
    return path
