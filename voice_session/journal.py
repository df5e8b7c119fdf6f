"""The couple's journal: promises, requests, supportive actions and small wins, kept from one session to the next.

One SQLite file (Python's sqlite3), owner-only like the session records, beside the session folders
(`sessions/journal.sqlite3`, or `$VOICE_SESSION_JOURNAL`). Sessions never write to it while they run: the
engine records `journal_item` and `journal_review` events in events.jsonl, and after the session the journal
takes them in (`take_in`), so a session's part of the journal can always be rebuilt from, or removed with,
its record. The schema carries a version and is migrated forward, never recreated.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voice_session.errors import UserError
from voice_session.record.lines import Line
from voice_session.record.log import DIR_MODE, private_file
from voice_session.session.promises import OpenItem

SCHEMA_VERSION = 2
_MIGRATIONS = {
    # version 1: couples and their items
    1: (
        "CREATE TABLE couples (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, names TEXT NOT NULL)",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, couple INTEGER NOT NULL REFERENCES couples(id), "
        "kind TEXT NOT NULL, person TEXT NOT NULL, text TEXT NOT NULL, said_at TEXT NOT NULL, session TEXT NOT NULL, "
        "status TEXT NOT NULL DEFAULT 'open', closed_at TEXT)",
    ),
    # version 2: whom an item was made to, and how each review went, in the words said
    2: (
        "ALTER TABLE items ADD COLUMN to_person TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, item INTEGER NOT NULL REFERENCES items(id), "
        "session TEXT NOT NULL, said_at TEXT NOT NULL, outcome TEXT NOT NULL, words TEXT NOT NULL)",
    ),
}
OPEN = ("open", "partly", "not_yet")
"""Statuses still brought back by a review step."""


def default_path(sessions_dir: Path) -> Path:
    return Path(os.environ.get("VOICE_SESSION_JOURNAL") or sessions_dir / "journal.sqlite3")


def couple_key(names: tuple[str, str], couple: str | None = None) -> str:
    """The couple an entry belongs to: `--couple NAME`, else the two names in any order."""
    if couple:
        return couple.strip().lower()
    return "+".join(sorted(n.strip().lower() for n in names))


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    person: str
    to: str
    text: str
    said_at: str
    session: str
    status: str
    closed_at: str | None


class Journal:
    """The journal file, opened (created 0600 in a 0700 folder, migrated to the current schema)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
            private_file(self.path, "ab").close()  # 0600 before SQLite writes a byte
            self.db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise UserError(f"the journal {self.path} cannot be used ({err}); move it aside, or run "
                            "`voice-session forget --journal` to start a new one") from None
        except OSError as err:
            raise UserError(f"cannot open the journal {self.path} ({err.strerror}); check the folder's "
                            "permissions") from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer voice-session (schema {version}); update voice-session")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            with self.db:
                self.db.execute("BEGIN")
                for statement in _MIGRATIONS[step]:
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {step}")

    def close(self) -> None:
        self.db.close()

    # ---- what sessions bring and take ----

    def _couple(self, key: str, names: tuple[str, str]) -> int:
        row = self.db.execute("SELECT id FROM couples WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        return int(self.db.execute("INSERT INTO couples (key, names) VALUES (?, ?)",
                                   (key, f"{names[0]} & {names[1]}")).lastrowid)

    def open_items(self, key: str) -> tuple[OpenItem, ...]:
        """What a review step goes through, oldest first: promises, then requests and actions."""
        rows = self.db.execute(
            "SELECT items.id, kind, person, to_person, text, said_at FROM items JOIN couples ON couples.id = couple "
            f"WHERE couples.key = ? AND kind != 'win' AND status IN ({','.join('?' * len(OPEN))}) "
            "ORDER BY kind != 'promise', said_at, items.id", (key, *OPEN)).fetchall()
        return tuple(OpenItem(r[0], r[1], r[2], r[3], r[4], r[5][:10]) for r in rows)

    def take_in(self, session: str, key: str, names: tuple[str, str], events: list[dict[str, Any]]) -> int:
        """A finished session's journal events: its items, and how reviewed items went. Taking in the same
        session again replaces what it brought before. Returns how many events were taken in."""
        when = time.strftime("%Y-%m-%dT%H:%M:%S")  # not in the record: a replayed simulation stays byte-identical
        taken = 0
        with self.db:
            self.db.execute("BEGIN")
            self._remove_session(session)
            couple = self._couple(key, names)
            for e in events:
                if e["event"] == Line.JOURNAL_ITEM:
                    status = "celebrated" if e["kind"] == "win" else "open"  # a win is kept, not reviewed
                    self.db.execute(
                        "INSERT INTO items (couple, kind, person, to_person, text, said_at, session, status) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (couple, e["kind"], e["person"], e["to"], e["text"], when,
                                                            session, status))
                    taken += 1
                elif e["event"] == Line.JOURNAL_REVIEW and e.get("outcome") in ("kept", "partly", "not_yet"):
                    self.db.execute("INSERT INTO reviews (item, session, said_at, outcome, words) "
                                    "VALUES (?, ?, ?, ?, ?)", (e["item"], session, when, e["outcome"],
                                                               e.get("words", "")))
                    closed = when if e["outcome"] == "kept" else None
                    self.db.execute("UPDATE items SET status = ?, closed_at = ? WHERE id = ?",
                                    (e["outcome"], closed, e["item"]))
                    taken += 1
        return taken

    def _remove_session(self, session: str) -> None:
        """Takes back what a session brought: its items (and their reviews), and its reviews of older items,
        whose status goes back to what the previous review (or nothing) said."""
        reviewed = [r[0] for r in self.db.execute("SELECT DISTINCT item FROM reviews WHERE session = ?", (session,))]
        self.db.execute("DELETE FROM reviews WHERE session = ? OR item IN (SELECT id FROM items WHERE session = ?)",
                        (session, session))
        self.db.execute("DELETE FROM items WHERE session = ?", (session,))
        for item in reviewed:
            last = self.db.execute("SELECT outcome, said_at FROM reviews WHERE item = ? ORDER BY said_at DESC, id DESC",
                                   (item,)).fetchone()
            status, closed = (last[0], last[1] if last[0] == "kept" else None) if last else ("open", None)
            self.db.execute("UPDATE items SET status = ?, closed_at = ? WHERE id = ?", (status, closed, item))

    def forget_session(self, session: str) -> None:
        with self.db:
            self.db.execute("BEGIN")
            self._remove_session(session)

    # ---- the journal command ----

    def entries(self, key: str | None = None) -> list[tuple[str, Entry]]:
        query = ("SELECT couples.names, items.id, kind, person, to_person, text, said_at, session, status, closed_at "
                 "FROM items JOIN couples ON couples.id = couple")
        rows = self.db.execute(query + (" WHERE couples.key = ?" if key else "") + " ORDER BY said_at, items.id",
                               (key,) if key else ()).fetchall()
        return [(r[0], Entry(*r[1:])) for r in rows]

    def reviews(self, item: int) -> list[tuple[str, str, str]]:
        return self.db.execute("SELECT said_at, outcome, words FROM reviews WHERE item = ? ORDER BY said_at, id",
                               (item,)).fetchall()

    def mark(self, item: int, status: str) -> Entry:
        if status not in ("done", "dropped"):
            raise UserError(f"unknown status {status!r}; use done or dropped")
        with self.db:
            changed = self.db.execute("UPDATE items SET status = ?, closed_at = ? WHERE id = ?",
                                      (status, time.strftime("%Y-%m-%dT%H:%M:%S"), item)).rowcount
        if not changed:
            raise UserError(f"no journal entry {item}; `voice-session journal` lists them with their numbers")
        return next(e for _, e in self.entries() if e.id == item)


def open_journal(path: Path, warn: bool = True) -> Journal | None:
    """The journal, or None with one warning line (locked, damaged, unwritable): the session runs without it."""
    try:
        return Journal(path)
    except UserError as err:
        if warn:
            print(f"voice-session: warning: {err}; this session runs without the journal", file=sys.stderr)
        return None
