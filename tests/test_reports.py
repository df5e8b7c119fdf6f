"""Reports rebuilt from recorded sessions: the figures, torn and empty records, listing and forgetting."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from voice_session.cli import main
from voice_session.record.log import read_events
from voice_session.record.report import write_reports
from voice_session.record.stats import session_stats
from voice_session.session.script import builtin_names

from .helpers import converse


def _record(folder: Path, exercise: str, lines: list[tuple[str, str]]) -> list[dict]:
    """A session record as the runner writes it, from the engine driven by a virtual couple."""
    run = converse(exercise, lines, max_s=900)
    folder.mkdir(mode=0o700)
    events = [{"t": i * 0.5, "event": r.event, **r.data} for i, r in enumerate(run.records)]
    with (folder / "events.jsonl").open("w") as out:
        out.writelines(json.dumps(e) + "\n" for e in events)
    return events


@pytest.mark.parametrize("exercise", builtin_names())
def test_reports_for_every_builtin(exercise: str, tmp_path: Path) -> None:
    lines = []
    for _ in range(30):
        lines += [("*", "I felt worried when we argued about money. You never listen."), ("*", "Yes, exactly.")]
    events = _record(tmp_path / "s", exercise, lines)
    assert main(["report", str(tmp_path / "s")]) == 0
    stats = session_stats(events)
    report = (tmp_path / "s" / "report.md").read_text()
    a, b = stats.partners["A"], stats.partners["B"]
    assert f"| Sam | {a.turns} |" in report and f"| Alex | {b.turns} |" in report
    if stats.exchanges:
        assert f"{stats.landed} of {stats.exchanges} paraphrase exchanges landed" in report
    html = (tmp_path / "s" / "report.html").read_text()
    assert 'src="data:image/png;base64,' in html and "http" not in html  # self-contained
    for name in ("report.md", "report.html", "timeline.png", "transcript.md"):
        assert stat.S_IMODE((tmp_path / "s" / name).stat().st_mode) == 0o600


def test_report_html_shows_names_as_typed_never_as_markup(tmp_path: Path) -> None:
    from voice_session.record.report import report_html

    lines = [("A", "I felt unheard at dinner."), ("B", "You felt unheard.")]
    events = _record(tmp_path / "s", "speaker-listener", lines)
    events[0]["names"] = ["<script>alert(1)</script>", "Alex & co"]
    page = report_html(session_stats(events), b"png")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Alex &amp; co" in page and "<table>" in page and "<li>" in page


def test_figures_of_a_known_session(tmp_path: Path) -> None:
    events = _record(tmp_path / "s", "speaker-listener", [
        ("A", "I felt unheard at dinner, and then I was left with all the dishes."),
        ("B", "But that's not true, you felt unheard at dinner."), ("A", "Partly."),
        ("A", "You missed that I did all the dishes alone."),
        ("B", "You felt unheard at dinner and you did all the dishes alone."), ("A", "Yes."),
        ("A", "Can we take a time out?"), ("say", "Okay, let's continue."),
    ])
    stats = session_stats(events)
    assert stats.exchanges == 1 and stats.attempts == 2 and stats.landed == 1
    assert stats.partners["B"].cues["rebuttal"] == 1
    assert [reason for _, reason in stats.pauses][:1] == ["pause"]
    write_reports(tmp_path / "s")
    report = (tmp_path / "s" / "report.md").read_text()
    assert "1 of 1 paraphrase exchanges landed, in 2 attempts" in report
    assert "Alex: rebutting ×1" in report and ": pause" in report


def test_a_torn_last_line_is_skipped_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record(tmp_path / "s", "daily-checkin", [("*", "It was a long day."), ("*", "Yes.")])
    path = tmp_path / "s" / "events.jsonl"
    path.write_text(path.read_text() + '{"t": 99.0, "event": "utter')
    assert main(["report", str(tmp_path / "s")]) == 0
    assert "skipped a torn last line" in capsys.readouterr().err
    events, warnings = read_events(path)
    assert warnings and events[-1]["event"] != "utter"


@pytest.mark.parametrize(("content", "message"), [
    ("", "the record is empty"),
    ('{"t": 0, "event": "session_started"}\nnot json\n{"t": 1, "event": "prompt"}\n', "line 2 is not valid JSON"),
])
def test_bad_records_get_a_clear_message(content: str, message: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "events.jsonl").write_text(content)
    assert main(["report", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_sessions_lists_and_forget_deletes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record(tmp_path / "2026-11-23_101500_daily-checkin", "daily-checkin", [("*", "A long day."), ("*", "Yes.")])
    assert main(["sessions", "--dir", str(tmp_path)]) == 0
    assert "2026-11-23_101500_daily-checkin" in capsys.readouterr().out
    assert main(["forget", str(tmp_path / "2026-11-23_101500_daily-checkin")]) == 2  # no terminal, no --yes
    assert main(["forget", "--yes", str(tmp_path / "2026-11-23_101500_daily-checkin")]) == 0
    assert not (tmp_path / "2026-11-23_101500_daily-checkin").exists()
    assert main(["forget", "--yes", str(tmp_path)]) == 2  # not a session: nothing deleted
    assert tmp_path.exists()


def test_a_crisis_stop_is_in_the_report_with_who_what_and_what_next(tmp_path: Path) -> None:
    folder = tmp_path / "session"
    events = _record(folder, "speaker-listener", [("A", "Work was long. I've been thinking about ending my life.")])
    write_reports(folder, events)
    tmp_path = folder
    report = (tmp_path / "report.md").read_text()
    assert "## Safety" in report
    assert "stopped for safety** after Sam said: \"I've been thinking about ending my life.\"" in report
    assert "What next:" in report and "another day" in report
    assert "ended: safety" in report
    html = (tmp_path / "report.html").read_text()
    assert "stopped for safety" in html


def test_each_question_about_safety_is_in_the_report_with_its_answer(tmp_path: Path) -> None:
    folder = tmp_path / "session"
    events = _record(folder, "speaker-listener", [("A", "There's a shotgun in the loft, you know."),
                                                  ("*", "Yes, we're safe, it's locked away.")])
    write_reports(folder, events)
    report = (folder / "report.md").read_text()
    assert "asked whether everyone was safe** after Sam said: \"There's a shotgun in the loft, you know.\"" in report
    assert "The answer was yes (\"Yes, we're safe, it's locked away.\"); the exercise went on." in report
    assert "stopped for safety" not in report
