"""Exercise scripts: the TOML schema, loading, and validation with line-numbered errors and fix hints."""

from __future__ import annotations

import re
import string
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


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "kind": (str,),
    "text": (str,),
    "role": (str,),
    "max_s": (int, float),
    "attempts": (int,),
    "rounds": (int,),
    "until": (str,),
    "seconds": (int, float),
    "confirm": (str,),
    "landed": (str,),
    "retry": (str,),
    "record": (str,),
    "steps": (list,),
}
_REQUIRED = {
    "say": ("text",),
    "turn": ("text",),
    "paraphrase": ("text",),
    "confirm": ("text",),
    "checkin": ("text",),
    "repeat": ("steps",),
    "pause": ("seconds",),
}
_ALLOWED = {
    "say": {"text"},
    "turn": {"text", "role", "max_s"},
    "paraphrase": {"text", "attempts", "confirm", "landed", "retry", "record"},
    "confirm": {"text", "role"},
    "swap": {"text"},
    "checkin": {"text", "role", "max_s", "record"},
    "pause": {"text", "seconds"},
    "repeat": {"rounds", "until", "steps"},
    "review": {"text"},
    "summary": {"text"},
    "end": {"text"},
}
_SETTING_RANGES = {
    "max_turn_s": (10, 600),
    "chunk_s": (5, 600),
    "warn_before_s": (0, 120),
    "listener_max_s": (5, 600),
    "paraphrase_attempts": (1, 5),
    "reprompt_s": (3, 120),
    "rounds": (1, 20),
    "break_min": (1, 120),
}


class _Lines:
    """Finds the line of a step or a key in the TOML text (tomllib does not keep positions)."""

    def __init__(self, text: str) -> None:
        self.headers: dict[tuple[int, ...], int] = {}
        self.keys: dict[tuple[tuple[int, ...], str], int] = {}
        path: tuple[int, ...] = ()
        counters: dict[tuple[int, ...], int] = {}
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            header = re.match(r"^\[\[\s*(step(?:\.steps)*)\s*\]\]", line)
            if header:
                depth = header.group(1).count(".steps")
                parent = path[:depth]
                index = counters.get(parent, 0)
                counters[parent] = index + 1
                path = (*parent, index)
                self.headers[path] = number
                continue
            if line.startswith("["):
                path = ("settings",) if line.startswith("[settings") else ()  # type: ignore[assignment]
                self.headers.setdefault(path, number)
                continue
            key = re.match(r"^([A-Za-z_][\w-]*)\s*=", line)
            if key:
                self.keys.setdefault((path, key.group(1)), number)

    def of(self, path: tuple[Any, ...], key: str | None = None) -> int:
        if key is not None and (path, key) in self.keys:
            return self.keys[(path, key)]
        return self.headers.get(path, 1)


def parse_exercise(text: str, source: str = "<exercise>") -> Exercise:
    """Parses and validates an exercise; raises ScriptError listing every problem."""
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
    lines = _Lines(text)
    problems: list[Problem] = []
    meta = {}
    for key, kind in (("name", str), ("title", str), ("description", str), ("duration_min", int)):
        value = data.get(key)
        if value is None:
            problems.append(Problem(1, f"missing '{key}'", f"add `{key} = ...` at the top of the file"))
        elif not isinstance(value, kind):
            problems.append(Problem(lines.of((), key), f"'{key}' must be {kind.__name__}", "fix its value"))
        else:
            meta[key] = value
    settings = _settings(data.get("settings", {}), lines, problems)
    raw_steps = data.get("step")
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(Problem(1, "no steps", "add at least one [[step]] table with a kind"))
        raw_steps = []
    steps = _steps(raw_steps, (), lines, problems)
    _check_flow(steps, settings, problems)
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


def _settings(raw: Any, lines: _Lines, problems: list[Problem]) -> ExerciseSettings:
    if not isinstance(raw, dict):
        problems.append(Problem(lines.of(("settings",)), "[settings] must be a table", "use a [settings] header"))
        return ExerciseSettings()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        where = lines.of(("settings",), key)
        if key not in _SETTING_RANGES:
            problems.append(Problem(where, f"unknown setting '{key}'", "allowed: " + ", ".join(_SETTING_RANGES)))
            continue
        low, high = _SETTING_RANGES[key]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(Problem(where, f"setting '{key}' must be a number", f"use a number from {low} to {high}"))
        elif not low <= value <= high:
            problems.append(Problem(where, f"setting '{key}' = {value} is out of range", f"use {low} to {high}"))
        else:
            values[key] = value
    settings = ExerciseSettings(**values)
    if settings.chunk_s > settings.max_turn_s:
        problems.append(
            Problem(
                lines.of(("settings",), "chunk_s"),
                "chunk_s is longer than max_turn_s",
                "make chunk_s shorter than max_turn_s",
            )
        )
    if settings.warn_before_s >= settings.max_turn_s:
        problems.append(
            Problem(
                lines.of(("settings",), "warn_before_s"),
                "warn_before_s is not shorter than max_turn_s",
                "warn a few seconds before the limit",
            )
        )
    return settings


def _steps(raw_steps: list[Any], parent: tuple[int, ...], lines: _Lines, problems: list[Problem]) -> list[Step]:
    steps: list[Step] = []
    for index, raw in enumerate(raw_steps):
        path = (*parent, index)
        line = lines.of(path)
        if not isinstance(raw, dict):
            problems.append(Problem(line, "a step must be a table", "write it as [[step]] with key = value lines"))
            continue
        kind = raw.get("kind")
        if kind is None:
            problems.append(Problem(line, "step has no 'kind'", "add kind = one of " + ", ".join(STEP_KINDS)))
            continue
        if kind not in STEP_KINDS:
            problems.append(
                Problem(lines.of(path, "kind"), f"unknown step kind '{kind}'", "use one of " + ", ".join(STEP_KINDS))
            )
            continue
        ok = True
        for key in _REQUIRED.get(kind, ()):
            if key not in raw:
                problems.append(Problem(line, f"{kind} step is missing '{key}'", f"add {key} = ... to this step"))
                ok = False
        for key, value in raw.items():
            where = lines.of(path, key)
            if key == "kind":
                continue
            if key not in _ALLOWED[kind]:
                problems.append(
                    Problem(
                        where,
                        f"'{key}' does not belong in a {kind} step",
                        "allowed here: " + ", ".join(sorted(_ALLOWED[kind])),
                    )
                )
                ok = False
            elif not isinstance(value, _FIELD_TYPES[key]) or isinstance(value, bool):
                names = " or ".join(t.__name__ for t in _FIELD_TYPES[key])
                problems.append(
                    Problem(where, f"'{key}' must be {names}, not {type(value).__name__}", "fix the value's type")
                )
                ok = False
            elif isinstance(value, str):
                bad = _bad_placeholders(value)
                if bad:
                    problems.append(
                        Problem(
                            where, f"unknown placeholder {{{bad}}}", "use {speaker}, {listener}, {A}, {B} or {name}"
                        )
                    )
                    ok = False
        ok = _check_ranges(kind, raw, path, lines, problems) and ok
        children: list[Step] = []
        if kind == "repeat" and isinstance(raw.get("steps"), list):
            children = _steps(raw["steps"], path, lines, problems)
            if not raw["steps"]:
                problems.append(Problem(line, "repeat has no steps", "add [[step.steps]] tables under it"))
        if ok:
            fields = {k: v for k, v in raw.items() if k not in {"kind", "steps"}}
            if "max_s" in fields:
                fields["max_s"] = float(fields["max_s"])
            if "seconds" in fields:
                fields["seconds"] = float(fields["seconds"])
            steps.append(Step(kind=kind, line=line, steps=tuple(children), **fields))
    return steps


def _check_ranges(
    kind: str, raw: dict[str, Any], path: tuple[int, ...], lines: _Lines, problems: list[Problem]
) -> bool:
    limits = {"max_s": (5, 600), "attempts": (1, 5), "rounds": (0, 20), "seconds": (1, 3600)}
    ok = True
    for key, (low, high) in limits.items():
        value = raw.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not low <= value <= high:
            problems.append(Problem(lines.of(path, key), f"'{key}' = {value} is out of range", f"use {low} to {high}"))
            ok = False
    roles = {
        "turn": ("speaker", "listener"),
        "confirm": ("speaker", "listener"),
        "checkin": ("speaker", "listener", "both"),
    }
    if kind in roles and raw.get("role", "speaker") not in roles[kind]:
        problems.append(
            Problem(
                lines.of(path, "role"),
                f"role '{raw.get('role')}' is not allowed here",
                "use " + " or ".join(roles[kind]),
            )
        )
        ok = False
    allowed_records = {"paraphrase": ("promise", "request"), "checkin": ("action", "win")}.get(kind, ())
    if raw.get("record", "") and raw.get("record") not in allowed_records:
        problems.append(
            Problem(
                lines.of(path, "record"),
                f"record = '{raw.get('record')}' is not known in a {kind} step",
                "use " + " or ".join(f'record = "{r}"' for r in allowed_records),
            )
        )
        ok = False
    if kind == "repeat" and raw.get("until", "") not in ("", "no_more"):
        problems.append(
            Problem(
                lines.of(path, "until"),
                f"until = '{raw.get('until')}' is not known",
                'use until = "no_more" (stop when the last confirm is answered no)',
            )
        )
        ok = False
    if kind == "repeat" and raw.get("rounds") == 0:
        problems.append(
            Problem(
                lines.of(path, "rounds"),
                "rounds = 0: the steps inside never run (unreachable)",
                "use rounds = 1 or more, or remove the repeat",
            )
        )
        ok = False
    return ok


def _bad_placeholders(text: str) -> str | None:
    try:
        for _, name, _, _ in string.Formatter().parse(text):
            if name is not None and name not in PLACEHOLDERS:
                return name or "(empty)"
    except ValueError:
        return "(unbalanced brace)"
    return None


def _check_flow(steps: list[Step], settings: ExerciseSettings, problems: list[Problem]) -> None:
    """Steps after an `end` can never run; a paraphrase needs a turn before it."""

    def walk(items: list[Step] | tuple[Step, ...], had_turn: bool) -> bool:
        ended = False
        for step in items:
            if ended:
                problems.append(
                    Problem(
                        step.line,
                        f"{step.kind} step after 'end' is unreachable",
                        "move it before the end step or remove it",
                    )
                )
                continue
            if step.kind == "end":
                ended = True
            elif step.kind in ("turn", "checkin"):
                had_turn = True
            elif step.kind == "paraphrase" and not had_turn:
                problems.append(
                    Problem(
                        step.line,
                        "paraphrase with no turn before it: there is nothing to reflect",
                        "put a turn step before the paraphrase",
                    )
                )
            elif step.kind == "repeat":
                had_turn = walk(step.steps, had_turn) or had_turn
        return had_turn

    walk(steps, False)


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
