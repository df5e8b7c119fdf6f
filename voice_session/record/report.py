"""report.md and report.html (self-contained, the timeline picture embedded), rebuilt from events.jsonl."""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from voice_session.record.lines import Line
from voice_session.record.log import read_events, replace_private
from voice_session.record.stats import SessionStats, clock, session_stats
from voice_session.record.timeline import timeline_png
from voice_session.record.transcript import write_transcript

CUE_NAMES = {
    "rebuttal": "rebutting",
    "advice": "advice or fixing",
    "absolute": "always/never",
    "dismissal": "dismissing",
    "blame": "blame instead of I-statement",
}


def report_markdown(stats: SessionStats, picture: str | None = "timeline.png") -> str:
    a, b = stats.partners["A"], stats.partners["B"]
    lines = [
        f"# {stats.title}: {stats.names[0]} and {stats.names[1]}",
        "",
        f"Length {clock(stats.duration_s)}; ended: {stats.ended.replace('_', ' ')}.",
        "",
        "## Turns",
        "",
        "| | turns holding the floor | time on the floor | longest turn | own speech | share of speech "
        "| paraphrases given |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, p in (("A", a), ("B", b)):
        lines.append(
            f"| {p.name} | {p.turns} | {clock(p.floor_s)} | {clock(p.longest_turn_s)} | {clock(p.talk_s)} | "
            f"{100 * stats.talk_share(key):.0f} % | {p.listening_turns} |"
        )
    lines += _turn_end_lines(stats)
    lines += ["", "## Listening", ""]
    if stats.exchanges:
        lines.append(
            f"- {stats.landed} of {stats.exchanges} paraphrase exchanges landed, in {stats.attempts} attempts."
        )
        if stats.mean_coverage is not None:
            what = "points, judged by meaning" if stats.coverage_by_meaning else "key words"
            lines.append(
                f"- On average a paraphrase reflected {100 * stats.mean_coverage:.0f} % of the speaker's "
                f"{what} (a guide only: the speaker's answer decides)."
            )
    else:
        lines.append("- No paraphrases in this session.")
    cues = [(p.name, kind, n) for p in (a, b) for kind, n in sorted(p.cues.items())]
    lines += ["", "## Coaching cues", ""]
    lines += [f"- {name}: {CUE_NAMES.get(kind, kind)} ×{n}" for name, kind, n in cues] or ["- None."]
    lines += _safety_lines(stats)
    lines += _journal_lines(stats)
    lines += ["", "## Pauses", ""]
    lines += [f"- at {clock(t)}: {reason}" for t, reason in stats.pauses] or ["- None."]
    if picture:
        lines += ["", "## Timeline", "", f"![Timeline of the session]({picture})"]
    return "\n".join(lines) + "\n"


TURN_ENDS = {
    "finished": "after a finished sentence",
    "unfinished": "waited out an unfinished thought",
    "silence": "after the usual silence",
    "handoff": "handed over in words",
    "answered": "on a clear answer",
    "key": "by a key",
    "chunk": "at the suggested length",
    "max_length": "at the time limit",
}


def _safety_lines(stats: SessionStats) -> list[str]:
    """Each check-in, question and stop for safety, who and what, and what happened next."""
    if not stats.safety:
        return []
    lines = ["", "## Safety", ""]
    for e in stats.safety:
        who = e.get("person") or "someone"
        said = e.get("sentence", "")
        if e["event"] == Line.SAFETY_STOP:
            lines.append(f"- At {clock(e['t'])} the exercise **stopped for safety** after {who} said: "
                         f"\"{said}\". The help numbers were spoken and shown.")
        elif e["event"] == Line.SAFETY_ASK:
            lines.append(f"- At {clock(e['t'])} the program **asked whether everyone was safe** after {who} "
                         f"said: \"{said}\".")
        elif e["event"] == Line.SAFETY_ANSWER:
            answer = {"safe": f"the answer was yes (\"{e.get('text', '')}\")",
                      "not safe": f"the answer was not a yes (\"{e.get('text', '')}\")",
                      "no answer": "there was no clear answer",
                      "asked before": f"{who} had been asked once already"}.get(e.get("answer", ""), "")
            then = "the exercise went on" if e.get("next") == "resumed" else "the exercise stopped, with help"
            lines.append(f"  - {answer[:1].upper() + answer[1:]}; {then}.")
        else:
            lines.append(f"- At {clock(e['t'])} the program checked in gently after {who} said: \"{said}\".")
    if any(e["event"] == Line.SAFETY_STOP for e in stats.safety):
        lines += ["", "What next: safety comes first. When you are both safe, you can start a new session "
                  "another day (it begins from the start), ideally with a counsellor or therapist. If anyone is "
                  "in danger now, call your local emergency number."]
    return lines


def _turn_end_lines(stats: SessionStats) -> list[str]:
    """How turns ended, and the silence before the program spoke (median), one line per way."""
    if not stats.turn_ends:
        return []
    lines = ["", "How turns ended (silence after the last words, median):", ""]
    for reason in dict.fromkeys(reason for reason, _ in stats.turn_ends):
        silences = sorted(s for r, s in stats.turn_ends if r == reason and s is not None)
        count = sum(1 for r, _ in stats.turn_ends if r == reason)
        median = f" ({silences[len(silences) // 2]:.1f} s)" if silences else ""
        lines.append(f"- {TURN_ENDS.get(reason, reason.replace('_', ' '))}: {count}{median}")
    return lines


_MADE = {"promise": "promised", "request": "asked for", "action": "said this would help", "win": "celebrated"}
_WENT = {"kept": "kept", "partly": "partly kept", "not_yet": "not yet", "unclear": "no clear answer"}


def _journal_lines(stats: SessionStats) -> list[str]:
    """What this session added to the couple's journal, and how the earlier promises it went through went."""
    reviewed = [e for e in stats.journal if e["event"] == Line.JOURNAL_REVIEW]
    made = [e for e in stats.journal if e["event"] == Line.JOURNAL_ITEM]
    lines: list[str] = []
    if reviewed:
        lines += ["", "## Looking back", "", "| made | by | to | what | how it went | in their words |",
                  "|---|---|---|---|---|---|"]
        for e in reviewed:
            lines.append(f"| {e.get('said_on', '')} | {e['person']} | {e['to']} | {_cell(e['text'])} | "
                         f"{_WENT.get(e['outcome'], e['outcome'])} | {_cell(e.get('words', ''))} |")
    if made:
        lines += ["", "## Promises, requests and wins", ""]
        for e in made:
            to = f" (to {e['to']})" if e["kind"] != "win" else ""
            lines.append(f"- {e['person']}{to} {_MADE.get(e['kind'], e['kind'])}: \"{e['text']}\"")
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def report_body(stats: SessionStats, png: bytes) -> str:
    """The report as HTML without a page around it (the web page shows it inline), the timeline embedded."""
    from markdown_it import MarkdownIt

    # Raw HTML off: a name typed as "<b>Sam</b>" is shown as typed, never run as markup.
    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(report_markdown(stats, picture=None))
    image = base64.b64encode(png).decode()
    return f'{body}<h2>Timeline</h2>\n<img alt="Timeline of the session" src="data:image/png;base64,{image}">'


def report_html(stats: SessionStats, png: bytes) -> str:
    style = (
        "body{font-family:system-ui,sans-serif;max-width:1450px;margin:2em auto;padding:0 1em;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.35em .7em;text-align:right}"
        "td:first-child,th:first-child{text-align:left}img{max-width:100%}h1{font-weight:600}"
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(stats.title)}'
        f"</title><style>{style}</style></head><body>\n{report_body(stats, png)}\n</body></html>\n"
    )


def write_reports(folder: Path, events: list[dict[str, Any]] | None = None) -> list[str]:
    """Writes transcript.md, report.md, timeline.png and report.html; returns warnings (a torn last line)."""
    warnings: list[str] = []
    if events is None:
        events, warnings = read_events(folder / "events.jsonl")
    stats = session_stats(events)
    png = timeline_png(events, stats.names)
    write_transcript(folder, events)
    replace_private(folder / "timeline.png", png)
    replace_private(folder / "report.md", report_markdown(stats))
    replace_private(folder / "report.html", report_html(stats, png))
    return warnings
