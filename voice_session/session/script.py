"""Exercise scripts: the TOML schema, loading, and validation with line-numbered errors and fix hints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from voice_session.errors import UserError

STEP_KINDS = ("say", "turn", "paraphrase", "confirm", "swap", "checkin", "pause", "repeat", "review", "summary", "end")
RECORDS = ("promise", "request", "action", "win")
"""What a step can keep in the couple's journal: a paraphrase step that lands keeps the listener's promise or the
speaker's request; a check-in step keeps each answer as a supportive action asked for, or a small win."""
PLACEHOLDERS = {"speaker", "listener", "A", "B", "name"}


@dataclass(frozen=True)
class ExerciseSettings:
    max_turn_s: float = 90.0
    """Hard maximum of a speaker's turn, seconds."""
    chunk_s: float = 40.0
    """After this long, the speaker is invited to pause for a paraphrase at the next natural pause."""
    warn_before_s: float = 15.0
    """A soft chime this long before max_turn_s."""
    listener_max_s: float = 60.0
    """Limit of a paraphrase or a check-in answer, seconds."""
    paraphrase_attempts: int = 3
    reprompt_s: float = 15.0
    """Silence before a gentle re-prompt when someone is expected to speak."""
    rounds: int = 2
    """Default number of rounds for a repeat step."""
    break_min: int = 20
    """Suggested break when someone is overwhelmed, minutes."""


@dataclass(frozen=True)
class Step:
    kind: str
    line: int
    text: str = ""
    """What the program says (say, turn, paraphrase, confirm, checkin, pause, swap)."""
    role: str = "speaker"
    """Who acts: speaker, listener, both (checkin)."""
    max_s: float | None = None
    attempts: int | None = None
    rounds: int | None = None
    until: str = ""
    seconds: float = 0.0
    confirm: str = ""
    landed: str = ""
    retry: str = ""
    record: str = ""
    """Keep what was agreed in the couple's journal: promise, request (paraphrase steps), action, win (check-ins)."""
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Exercise:
    name: str
    title: str
    description: str
    duration_min: int
    settings: ExerciseSettings
    steps: tuple[Step, ...]
    vocabulary: str = ""
    """Words to prime the transcriber with (initial prompt)."""
    source: str = ""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    hint: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message} ({self.hint})"


class ScriptError(UserError):
    """An exercise file with problems; every one is listed with its line."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(str(p) for p in problems))


def parse_exercise(text: str, source: str = "<exercise>") -> Exercise:
    """Parses and validates an exercise; raises ScriptError listing every problem."""
    from voice_session.session.script_rules import (  # (they use the types above)
        Lines,
        check_flow,
        read_settings,
        read_steps,
    )

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"line (\d+)", str(err))
        raise ScriptError(
            source,
            [
                Problem(
                    int(match.group(1)) if match else 1,
                    f"not valid TOML: {err}",
                    "check quotes, brackets and commas on that line",
                )
            ],
        ) from None
    lines = Lines(text)
    problems: list[Problem] = []
    meta = _about(data, lines, problems)
    settings = read_settings(data.get("settings", {}), lines, problems)
    raw_steps = data.get("step")
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(Problem(1, "no steps", "add at least one [[step]] table with a kind"))
        raw_steps = []
    steps = read_steps(raw_steps, (), lines, problems)
    check_flow(steps, settings, problems)
    for key in data:
        if key not in {"name", "title", "description", "duration_min", "settings", "step", "vocabulary"}:
            problems.append(
                Problem(
                    lines.of((), key),
                    f"unknown top-level key '{key}'",
                    "allowed: name, title, description, duration_min, vocabulary, [settings], [[step]]",
                )
            )
    if problems:
        raise ScriptError(source, sorted(problems, key=lambda p: p.line))
    return Exercise(
        meta["name"],
        meta["title"],
        meta["description"],
        meta["duration_min"],
        settings,
        tuple(steps),
        str(data.get("vocabulary", "")),
        source,
    )


def _about(data: dict[str, Any], lines: Any, problems: list[Problem]) -> dict[str, Any]:
    """The exercise's name, title, description and length, each checked."""
    meta = {}
    for key, kind in (("name", str), ("title", str), ("description", str), ("duration_min", int)):
        value = data.get(key)
        if value is None:
            problems.append(Problem(1, f"missing '{key}'", f"add `{key} = ...` at the top of the file"))
        elif not isinstance(value, kind):
            problems.append(Problem(lines.of((), key), f"'{key}' must be {kind.__name__}", "fix its value"))
        else:
            meta[key] = value
    return meta


def builtin_names() -> list[str]:
    folder = resources.files("voice_session") / "exercises"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def load_exercise(name_or_path: str) -> Exercise:
    """A built-in exercise by name, or a TOML file by path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        if not path.exists():
            raise UserError(f"{path}: exercise file not found; check the path or run `voice-session exercises`")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UserError(f"{path}: not a text file; an exercise is a UTF-8 TOML file") from None
        return parse_exercise(text, str(path))
    names = builtin_names()
    if name_or_path not in names:
        raise UserError(f"unknown exercise {name_or_path!r}; choose one of: {', '.join(names)} (or give a .toml path)")
    text = (resources.files("voice_session") / "exercises" / f"{name_or_path}.toml").read_text(encoding="utf-8")
    return parse_exercise(text, f"{name_or_path} (built-in)")
