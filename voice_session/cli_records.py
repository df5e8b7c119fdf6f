"""The commands about what sessions leave behind: `report`, `sessions`, `forget`, `journal`."""

from __future__ import annotations

import argparse
import sys

from voice_session.errors import UserError
from voice_session.record.lines import Line


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from voice_session.record.report import write_reports

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: not a session folder; list them with `voice-session sessions`")
    for warning in write_reports(folder):
        print(f"voice-session: warning: {warning}", file=sys.stderr)
    print(f"wrote {folder}/report.md, report.html, transcript.md and timeline.png")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from pathlib import Path

    from voice_session.record.log import read_events, session_folders
    from voice_session.record.stats import clock, session_stats

    base = Path(args.dir)
    folders = session_folders(base)
    if not folders:
        print(f"no sessions in {base}/")
        return 0
    for folder in folders:
        try:
            events, _ = read_events(folder / "events.jsonl")
        except UserError as err:
            print(f"{folder.name:<40} (unreadable: {err})")
            continue
        stats = session_stats(events)
        print(f"{folder.name:<40} {stats.names[0]} & {stats.names[1]:<12} {clock(stats.duration_s):>12}  "
              f"{stats.ended.replace('_', ' ')}")
    return 0


def journal_path(args: argparse.Namespace, folder: object = None):  # type: ignore[no-untyped-def]
    """--journal, else $VOICE_SESSION_JOURNAL, else journal.sqlite3 beside the session folders."""
    from pathlib import Path

    from voice_session.journal import default_path

    if getattr(args, "journal", None):
        return Path(args.journal)
    if folder is not None:
        return default_path(Path(str(folder)).resolve().parent)
    out = getattr(args, "out", None)
    return default_path(Path(out).resolve().parent if out else Path(getattr(args, "dir", None) or "sessions"))


def _confirmed(question: str, yes: bool, what: str) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(f"{what}; confirm with --yes when not at a terminal")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def cmd_forget(args: argparse.Namespace) -> int:
    import shutil
    from pathlib import Path

    from voice_session.journal import Journal

    if args.journal_all:
        path = journal_path(args)
        if not path.exists():
            print(f"no journal at {path}")
            return 0
        if not _confirmed(f"Delete the journal {path} (every promise, request and win) for good?", args.yes,
                          "forget --journal deletes the whole journal for good"):
            print("kept")
            return 1
        path.unlink()
        print(f"deleted {path}")
        return 0
    if not args.folder:
        raise UserError("forget needs a session folder, or --journal to delete the journal")
    folder = Path(args.folder)
    if not (folder / "events.jsonl").exists():
        raise UserError(f"{folder}: not a session folder (no events.jsonl); nothing deleted")
    if not _confirmed(f"Delete {folder} and everything in it, and what it added to the journal, for good?",
                      args.yes, "forget deletes a session for good"):
        print("kept")
        return 1
    book = journal_path(args, folder)
    if book.exists():
        journal = Journal(book)
        journal.forget_session(folder.name)
        journal.close()
    shutil.rmtree(folder)
    print(f"deleted {folder}" + (" and its part of the journal" if book.exists() else ""))
    return 0


def cmd_journal(args: argparse.Namespace) -> int:
    from pathlib import Path

    from voice_session.journal import OPEN, Journal, couple_key
    from voice_session.modes import parse_names
    from voice_session.record.log import read_events

    path = journal_path(args)
    if not path.exists() and not args.add:
        print(f"no journal yet ({path}): it starts with the first session that records a promise or a request")
        return 0
    journal = Journal(path)
    try:
        if args.add:
            folder = Path(args.add)
            events, _ = read_events(folder / "events.jsonl")
            start = next((e for e in events if e["event"] == Line.SESSION_STARTED), {})
            names = tuple(start.get("names") or parse_names(None))
            key = couple_key(names, args.couple)  # type: ignore[arg-type]
            taken = journal.take_in(folder.name, key, names, events)  # type: ignore[arg-type]
            print(f"took in {taken} journal entr{'y' if taken == 1 else 'ies'} from {folder}")
            return 0
        for number, status in ((args.done, "done"), (args.drop, "dropped")):
            if number is not None:
                entry = journal.mark(number, status)
                print(f"{entry.id}: {entry.kind} marked {status}: {entry.text}")
                return 0
        key = couple_key(parse_names(args.names), args.couple) if (args.couple or args.names) else None
        entries = journal.entries(key)
        if not entries:
            print("the journal is empty" + (f" for {key}" if key else ""))
            return 0
        for title, is_open in (("Open", True), ("Past", False)):
            shown = [(c, e) for c, e in entries if (e.status in OPEN) == is_open]
            if not shown:
                continue
            print(f"{title}:")
            for couple, e in shown:
                to = f" (to {e.to})" if e.to and e.kind != "win" else ""
                state = {"open": "", "partly": "  [partly]", "not_yet": "  [not yet]"}.get(e.status, f"  [{e.status}]")
                print(f"  {e.id:>3}  {e.said_at[:10]}  {couple:<16} {e.kind:<8} {e.person}{to}: {e.text}{state}")
                for said_at, outcome, words in journal.reviews(e.id):
                    print(f"         {said_at[:10]}  reviewed: {outcome.replace('_', ' ')}" +
                          (f": {words}" if words else ""))
        return 0
    finally:
        journal.close()
