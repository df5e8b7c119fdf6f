"""Prompt audio kept on disk between simulations, where the voice says a text the same way every time.

Only simulations use it (a live session keeps nothing but its record). It holds the program's own prompts,
never anything the couple said: files in the user's cache folder, owner-only, named by a hash.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import numpy as np

from voice_session.record.log import DIR_MODE, private_file

FORMAT = 2
"""Bumped when the way prompts are cut or rendered changes, so old audio is not played for new text."""


def cache_folder() -> Path:
    """voice-session's own cache: $VOICE_SESSION_CACHE, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)
    /voice-session. It holds the prompts (below), the demo couple's lines, Whisper's int8 copy, the last error."""
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("VOICE_SESSION_CACHE") or user_cache / "voice-session")


def cache_root() -> Path:
    """Where the prompts are kept."""
    return cache_folder() / "prompts"


class PromptStore:
    """Pieces of synthesized prompts by (voice build, text); a file that cannot be read is made again."""

    def __init__(self, voice_build: str, folder: Path | None = None) -> None:
        self.voice_build = voice_build
        self.folder = folder or cache_root()

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(f"{FORMAT}\n{self.voice_build}\n{text}".encode()).hexdigest()[:32]
        return self.folder / f"{key}.npz"

    def load(self, text: str) -> list[np.ndarray] | None:
        try:
            with np.load(self._path(text)) as stored:
                return [stored[f"arr_{i}"] for i in range(len(stored.files))]
        except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile):  # absent, or torn: make it anew
            return None

    def save(self, text: str, pieces: list[np.ndarray]) -> None:
        path = self._path(text)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
            partial = path.with_suffix(f".{os.getpid()}.part")
            with private_file(partial, "wb") as out:
                np.savez(out, *pieces)
            partial.replace(path)  # whole or not at all, even with two simulations running
        except OSError:  # a read-only or full disk: the simulation goes on without the store
            pass
