"""The timeline picture: who spoke when, the program's prompts, and each paraphrase attempt."""

from __future__ import annotations

import io
from typing import Any

from voice_session.record.lines import Line

COLOURS = {"program": "#9aa5b1", "A": "#3b7dd8", "B": "#d9822b", "landed": "#2e9e5b", "missed": "#c4473a"}


def timeline_png(events: list[dict[str, Any]], names: tuple[str, str]) -> bytes:
    """A PNG (about 1400×420 px) of the session's timeline."""
    # the figure drawn straight onto Agg's canvas: pyplot, its backends and its figure manager are never imported
    # (0.1 s of a simulation's end, the same PNG bytes)
    import matplotlib.ticker
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    rows = {"program": 2, "A": 1, "B": 0}
    by_name = {names[0]: "A", names[1]: "B"}
    end = max((e["t"] for e in events), default=1.0) or 1.0
    fig = Figure(figsize=(14, 4.2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    turn_open: dict[str, float] = {}
    for e in events:
        kind = e["event"]
        partner = e.get("partner") or by_name.get(e.get("person") or "")
        if kind == Line.SPOKEN:
            ax.broken_barh(
                [(e["start"], e["end"] - e["start"])], (rows["program"] - 0.3, 0.6), color=COLOURS["program"]
            )
        elif kind == Line.TURN_STARTED and partner in ("A", "B"):
            turn_open[partner] = e["t"]
        elif kind == Line.TURN_ENDED and partner in turn_open:
            began = turn_open.pop(partner)
            ax.broken_barh([(began, e["t"] - began)], (rows[partner] - 0.42, 0.84), color=COLOURS[partner], alpha=0.13)
        elif kind == Line.UTTERANCE and partner in ("A", "B"):
            ax.broken_barh([(e["start"], e["end"] - e["start"])], (rows[partner] - 0.3, 0.6), color=COLOURS[partner])
    _mark_paraphrases(ax, events, rows, by_name)
    for t, reason in [(e["t"], e.get("reason", "")) for e in events if e["event"] == Line.PAUSED]:
        ax.axvline(t, color="#555555", linestyle=":", linewidth=1)
        ax.text(t, 2.55, f"pause ({reason})", fontsize=8, color="#555555", ha="left", va="bottom")
    ax.set_yticks([0, 1, 2], [names[1], names[0], "voice-session"], fontsize=11)
    ax.set_ylim(-0.6, 2.9)
    ax.set_xlim(0, end * 1.01)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{int(x // 60)}:{int(x % 60):02d}"))
    ax.set_xlabel("session time (min:s)")
    ax.grid(axis="x", color="#dddddd")
    ax.spines[["top", "right"]].set_visible(False)
    legend = [
        Patch(color=COLOURS["program"], label="program speaking"),
        Patch(color=COLOURS["A"], label=f"{names[0]} speaking"),
        Patch(color=COLOURS["B"], label=f"{names[1]} speaking"),
        Patch(color="#777777", alpha=0.2, label="turn (floor, paraphrase or answer)"),
        Line2D(
            [], [], marker="o", color="w", markerfacecolor=COLOURS["landed"], markersize=9, label="paraphrase landed"
        ),
        Line2D(
            [], [], marker="X", color="w", markerfacecolor=COLOURS["missed"], markersize=9, label="paraphrase missed"
        ),
    ]
    ax.legend(handles=legend, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=6, frameon=False, fontsize=9)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def _mark_paraphrases(ax: Any, events: list[dict[str, Any]], rows: dict[str, int], by_name: dict[str, str]) -> None:
    """A marker where each paraphrase ended: green when the speaker said it landed, red otherwise."""
    pending: tuple[float, str, int] | None = None
    for e in events:
        if e["event"] == Line.TURN_ENDED and e.get("purpose") == "paraphrase":
            pending = (e["t"], e.get("partner") or by_name.get(e.get("person", ""), "B"), 0)
        elif e["event"] == Line.PARAPHRASE_CHECKED and pending is not None:
            pending = (pending[0], pending[1], e.get("attempt", 1))
        elif e["event"] == Line.CONFIRMATION and pending is not None:
            t, partner, attempt = pending
            landed = e.get("answer") == "yes"
            ax.plot(
                [t],
                [rows.get(partner, 0) + 0.45],
                marker="o" if landed else "X",
                markersize=10,
                color=COLOURS["landed" if landed else "missed"],
                zorder=5,
            )
            ax.text(t, rows.get(partner, 0) + 0.62, f"#{attempt}", fontsize=8, ha="center")
            pending = None
