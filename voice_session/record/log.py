"""events.jsonl: one JSON object per line, flushed as written, in a folder only its owner can read."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from voice_session.audio.decode import write_wav
from voice_session.errors import UserError

DIR_MODE = 0o700
FILE_MODE = 0o600


def new_session_dir(base: str | Path, exercise: str, out: str | Path | None = None) -> Path:
    """`sessions/<YYYY-mm-dd_HHMMSS>_<exercise>/` (or `out`), created 0700."""
    folder = Path(out) if out else Path(base) / f"{time.strftime('%Y-%m-%d_%H%M%S')}_{exercise}"
    try:
        folder.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        folder.mkdir(exist_ok=True, mode=DIR_MODE)
    except OSError as err:
        raise UserError(
            f"cannot create the session folder {folder} ({err.strerror}); choose another with --out"
        ) from None
    os.chmod(folder, DIR_MODE)
    if (folder / "events.jsonl").exists():
        raise UserError(f"{folder} already holds a session; choose an empty folder with --out")
    return folder


def session_folders(base: str | Path) -> list[Path]:
    """The session folders (those holding an events.jsonl) in `base`, oldest first by name; none if absent."""
    base = Path(base)
    return sorted(p for p in base.glob("*/") if (p / "events.jsonl").exists()) if base.is_dir() else []


def private_file(path: Path, mode: str = "w") -> Any:
    """Opens a file created 0600, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC), FILE_MODE)
    os.chmod(path, FILE_MODE)
    return os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8")


def replace_private(path: Path, data: str | bytes) -> None:
    """Writes a whole file atomically: a private temporary file beside it, then a rename. A crash or a signal
    midway leaves the old file or none, never half of one (reports are rebuilt from events.jsonl anyway)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with private_file(partial, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_private_wav(path: Path, samples: np.ndarray) -> None:
    """Session audio (only with --keep-audio, or a simulation's program.wav): 0600 before any sample is in it."""
    with private_file(path, "wb") as out:
        write_wav(out, samples)


class EventLog:
    """Appends events with their session time; every line is flushed and synced, so nothing is lost."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "events.jsonl"
        self._file = private_file(self.path, "a")
        self.events: list[dict[str, Any]] = []

    def write(self, event: str, t: float, **data: Any) -> dict[str, Any]:
        entry = {"t": round(t, 3), "event": event, **data}
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        self.events.append(entry)
        return entry

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()


def read_events(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Events of a record and warnings: a torn last line (a crash mid-write) is skipped with a warning."""
    if not path.exists():
        raise UserError(f"{path}: no session record here; give a session folder (see `voice-session sessions`)")
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    events, warnings = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            if number == len(lines):
                warnings.append(f"skipped a torn last line ({number}): the session was cut off mid-write")
            else:
                raise UserError(f"{path}: line {number} is not valid JSON; the record was edited or damaged") from None
    if not events:
        raise UserError(f"{path}: the record is empty; the session ended before anything happened")
    return events, warnings
