"""The couple's journal: the store, the script steps that write and review it, the commands, and two sessions
in a row (a repair that records a promise, a weekly review that brings it back)."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from voice_session.cli import main
from voice_session.demo import SCENARIO as DEMO
from voice_session.journal import SCHEMA_VERSION, Journal, couple_key, open_journal
from voice_session.session.engine import SessionEngine
from voice_session.session.promises import OpenItem, promised_words
from voice_session.session.script import load_exercise

from .conftest import FIXTURES
from .helpers import converse

PROMISE = OpenItem(7, "promise", "Alex", "Sam", "I will check in with you before bed when a joke hurts.", "2026-11-16")


def _session(events: list[dict]) -> list[dict]:
    return [{"t": float(i), **e} for i, e in enumerate(events)]


# ---- the store ----

def test_a_new_journal_is_private_and_current(tmp_path: Path) -> None:
    path = tmp_path / "sessions" / "journal.sqlite3"
    journal = Journal(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    journal.close()


def test_an_older_journal_is_migrated_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE couples (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, names TEXT NOT NULL);
        CREATE TABLE items (id INTEGER PRIMARY KEY, couple INTEGER NOT NULL REFERENCES couples(id),
            kind TEXT NOT NULL, person TEXT NOT NULL, text TEXT NOT NULL, said_at TEXT NOT NULL,
            session TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', closed_at TEXT);
        INSERT INTO couples VALUES (1, 'alex+sam', 'Sam & Alex');
        INSERT INTO items (couple, kind, person, text, said_at, session)
            VALUES (1, 'promise', 'Alex', 'I will cook on Sundays.', '2026-10-01T20:00:00', 'old-session');
        PRAGMA user_version = 1;
    """)
    old.close()
    journal = Journal(path)
    assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [item] = journal.open_items("alex+sam")
    assert (item.person, item.text, item.to, item.said_on) == ("Alex", "I will cook on Sundays.", "", "2026-10-01")
    assert journal.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0  # the new table exists
    journal.close()


def test_a_damaged_or_locked_journal_gives_one_line_and_the_session_goes_on(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database, " * 100)
    assert open_journal(damaged) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be used" in err and "runs without the journal" in err
    assert damaged.read_bytes().startswith(b"this is not a database")  # never overwritten: nothing is lost

    locked = tmp_path / "locked.sqlite3"
    Journal(locked).close()
    holder = sqlite3.connect(locked, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        found = open_journal(locked)
        if found is not None:  # opening may succeed; writing cannot
            with pytest.raises(sqlite3.OperationalError):
                found.take_in("s", "alex+sam", ("Sam", "Alex"), _session([
                    {"event": "journal_item", "kind": "win", "person": "Sam", "to": "Alex", "text": "a walk"}]))
            found.close()
        else:
            assert "locked" in capsys.readouterr().err
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_journal_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    assert open_journal(path, warn=False) is None


def test_taking_in_a_session_twice_replaces_it_and_forgetting_it_undoes_its_reviews(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    key = couple_key(("Sam", "Alex"))
    first = _session([{"event": "journal_item", "kind": "promise", "person": "Alex", "to": "Sam",
                       "text": "I will check in before bed."}])
    assert journal.take_in("monday", key, ("Sam", "Alex"), first) == 1
    assert journal.take_in("monday", key, ("Sam", "Alex"), first) == 1  # again: replaced, not doubled
    [item] = journal.open_items(key)
    review = _session([{"event": "journal_review", "item": item.id, "outcome": "kept", "words": "Yes, every time."}])
    journal.take_in("sunday", key, ("Sam", "Alex"), review)
    assert journal.open_items(key) == ()  # kept: no longer brought back
    assert [r[1:] for r in journal.reviews(item.id)] == [("kept", "Yes, every time.")]
    journal.forget_session("sunday")  # the review goes, the promise is open again
    assert [i.id for i in journal.open_items(key)] == [item.id]
    journal.forget_session("monday")
    assert journal.entries() == []
    journal.close()


def test_couples_are_kept_apart(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    item = _session([{"event": "journal_item", "kind": "request", "person": "Maya", "to": "Jon", "text": "Walks."}])
    journal.take_in("a", couple_key(("Maya", "Jon")), ("Maya", "Jon"), item)
    assert journal.open_items(couple_key(("Jon", "Maya"))) != ()  # the same two people, either order
    assert journal.open_items(couple_key(("Sam", "Alex"))) == ()
    assert journal.open_items(couple_key(("Maya", "Jon"), "the smiths")) == ()  # --couple names another
    journal.close()


# ---- the script steps, as engine event tables ----

def test_a_review_goes_through_open_promises_and_hears_how_they_went() -> None:
    engine = SessionEngine(load_exercise("weekly-review"), ("Sam", "Alex"), journal=(PROMISE,))
    run = converse("weekly-review", [("A", "Partly, we did it twice.")], max_s=60, engine=engine)
    question = ("Last time, Alex promised this: I will check in with you before bed when a joke hurts. Sam, how has "
                "that gone? Yes, partly, or not yet?")
    assert question in run.said
    [review] = run.of("journal_review")
    assert review["item"] == 7 and review["outcome"] == "partly" and review["words"] == "Partly, we did it twice."
    assert "Partly is a real start. It stays on the list for now." in run.said


def test_a_kept_promise_is_celebrated() -> None:
    engine = SessionEngine(load_exercise("daily-checkin"), ("Sam", "Alex"), journal=(PROMISE,))
    run = converse("daily-checkin", [("A", "Yes, he did, every time.")], max_s=60, engine=engine)
    assert run.of("journal_review")[0]["outcome"] == "kept"
    assert "That's worth celebrating. Thank you, Alex." in run.said


def test_with_nothing_open_the_review_is_silent() -> None:
    run = converse("weekly-review", [], max_s=20)
    assert "journal_review" not in run.names()
    assert not any("look back at what you" in s or "promised and asked" in s for s in run.said)


def test_a_landed_promise_and_a_request_and_wins_are_recorded() -> None:
    from voice_session.session.promises import promised_words as words

    lines = [("A", "I felt hurt when you joked about my cooking."), ("B", "You felt hurt when I joked."), ("A", "Yes."),
             ("B", "How can I show up for you better next time?"), ("A", "Check in with me that evening."),
             ("B", "You want me to check in that evening. I promise to check in with you before bed."),
             ("A", "Yes, that feels right.")]
    run = converse("repair-conversation", lines, max_s=200)
    assert run.of("journal_item") == [{"kind": "promise", "person": "Alex", "to": "Sam",
                                       "text": words("You want me to check in that evening. I promise to check in "
                                                     "with you before bed.")}]
    assert run.of("journal_item")[0]["text"] == "I promise to check in with you before bed."


def test_promised_words() -> None:
    said = "You want more help. I'll do the dishes on weeknights."
    assert promised_words(said) == "I'll do the dishes on weeknights."
    assert promised_words("Cooking together on Sundays.") == "Cooking together on Sundays."


# ---- two sessions, simulated ----

@pytest.mark.slow
def test_a_promise_made_in_a_repair_comes_back_in_the_weekly_review(tmp_path: Path, whisper) -> None:  # type: ignore[no-untyped-def]
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.record.log import read_events
    from voice_session.runner import QuietDisplay

    journal = tmp_path / "journal.sqlite3"
    first = simulate(SimulationOptions(scenario=str(DEMO), out=str(tmp_path / "monday"), journal=journal),
                     display=QuietDisplay(), transcriber=whisper)
    made = [e for e in read_events(first.folder / "events.jsonl")[0] if e["event"] == "journal_item"]
    assert [(e["kind"], e["person"], e["to"]) for e in made] == [("promise", "Alex", "Sam")]
    assert "I will stop and talk with you before bed" in made[0]["text"]
    assert "Alex (to Sam) promised" in (first.folder / "report.md").read_text()

    sunday = SimulationOptions(scenario=str(FIXTURES / "journal/weekly_after_demo.toml"), out=str(tmp_path / "sunday"),
                               journal=journal)
    second = simulate(sunday, display=QuietDisplay(), transcriber=whisper)
    assert second.outcome.reason == "completed"
    events = read_events(second.folder / "events.jsonl")[0]
    [review] = [e for e in events if e["event"] == "journal_review"]
    assert review["outcome"] == "partly" and "twice" in review["words"].lower()
    report = (second.folder / "report.md").read_text()
    assert "## Looking back" in report and "partly kept" in report

    book = Journal(journal)
    entries = {e.kind: e for _, e in book.entries()}
    assert entries["promise"].status == "partly"
    assert [r[1] for r in book.reviews(entries["promise"].id)] == ["partly"]
    wins = [e for _, e in book.entries() if e.kind == "win" and e.person == "Sam"]
    assert len(wins) == 1 and "money" in wins[0].text and wins[0].status == "celebrated"
    book.close()


# ---- the commands ----

def test_journal_command_lists_marks_and_forget_removes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    folder = tmp_path / "2026-11-16_200000_repair-conversation"
    folder.mkdir()
    events = _session([{"event": "session_started", "names": ["Sam", "Alex"]},
                       {"event": "journal_item", "kind": "promise", "person": "Alex", "to": "Sam",
                        "text": "I will check in before bed."},
                       {"event": "journal_item", "kind": "win", "person": "Sam", "to": "Alex", "text": "Our walk."}])
    (folder / "events.jsonl").write_text("".join(__import__("json").dumps(e) + "\n" for e in events))
    journal.close()

    assert main(["journal", "--journal", str(path)]) == 0
    assert "the journal is empty" in capsys.readouterr().out
    assert main(["journal", "--journal", str(path), "--add", str(folder)]) == 0
    assert "took in 2 journal entries" in capsys.readouterr().out
    assert main(["journal", "--journal", str(path), "--names", "Alex,Sam"]) == 0
    listing = capsys.readouterr().out
    assert listing.index("Open:") < listing.index("I will check in before bed.") < listing.index("Past:")
    assert listing.index("Past:") < listing.index("Our walk.")
    assert main(["journal", "--journal", str(path), "--done", "1"]) == 0
    assert "promise marked done" in capsys.readouterr().out
    assert main(["journal", "--journal", str(path), "--drop", "99"]) == 2
    assert "no journal entry 99" in capsys.readouterr().err

    assert main(["forget", str(folder), "--journal-file", str(path), "--yes"]) == 0
    assert not folder.exists()
    assert Journal(path).entries() == []
    assert main(["forget", "--journal", "--journal-file", str(path)]) == 2  # not at a terminal: asks for --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["forget", "--journal", "--journal-file", str(path), "--yes"]) == 0
    assert not path.exists()


@pytest.mark.slow
def test_a_session_with_a_damaged_journal_still_runs(tmp_path: Path, whisper, capsys) -> None:  # type: ignore[no-untyped-def]
    from voice_session.modes import SimulationOptions, simulate
    from voice_session.runner import QuietDisplay

    damaged = tmp_path / "journal.sqlite3"
    damaged.write_bytes(b"garbage " * 200)
    options = SimulationOptions(scenario=str(FIXTURES / "daily/scenario.toml"), out=str(tmp_path / "s"),
                                journal=damaged)
    result = simulate(options, display=QuietDisplay(), transcriber=whisper)
    assert result.outcome.reason == "completed"
    assert "runs without the journal" in capsys.readouterr().err
    assert damaged.read_bytes().startswith(b"garbage")
