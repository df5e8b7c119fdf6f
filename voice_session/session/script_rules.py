"""What an exercise file may say, and a one-line problem, with its line and a fix, for everything else: the
fields each kind of step takes and their types, the settings' ranges, the placeholders, and the flow as a
whole (a paraphrase needs a turn before it…). script.py's `parse_exercise` calls these."""

from __future__ import annotations

import re
import string
from typing import Any

from voice_session.session.script import (
    PLACEHOLDERS,
    STEP_KINDS,
    ExerciseSettings,
    Problem,
    Step,
)

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


class Lines:
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


def read_settings(raw: Any, lines: Lines, problems: list[Problem]) -> ExerciseSettings:
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


def read_steps(raw_steps: list[Any], parent: tuple[int, ...], lines: Lines, problems: list[Problem]) -> list[Step]:
    steps: list[Step] = []
    for index, raw in enumerate(raw_steps):
        path = (*parent, index)
        line = lines.of(path)
        kind = _kind_of(raw, path, lines, problems)
        if kind is None:
            continue
        ok = _fields_fit(kind, raw, path, lines, problems)
        ok = _check_ranges(kind, raw, path, lines, problems) and ok
        children: list[Step] = []
        if kind == "repeat" and isinstance(raw.get("steps"), list):
            children = read_steps(raw["steps"], path, lines, problems)
            if not raw["steps"]:
                problems.append(Problem(line, "repeat has no steps", "add [[step.steps]] tables under it"))
        if ok:
            fields = {k: v for k, v in raw.items() if k not in {"kind", "steps"}}
            for seconds in ("max_s", "seconds"):
                if seconds in fields:
                    fields[seconds] = float(fields[seconds])
            steps.append(Step(kind=kind, line=line, steps=tuple(children), **fields))
    return steps


def _kind_of(raw: Any, path: tuple[int, ...], lines: Lines, problems: list[Problem]) -> str | None:
    """The step's kind, or None (with the problem said) when it is not a table or has no known kind."""
    line = lines.of(path)
    if not isinstance(raw, dict):
        problems.append(Problem(line, "a step must be a table", "write it as [[step]] with key = value lines"))
        return None
    kind = raw.get("kind")
    if kind is None:
        problems.append(Problem(line, "step has no 'kind'", "add kind = one of " + ", ".join(STEP_KINDS)))
        return None
    if kind not in STEP_KINDS:
        problems.append(Problem(lines.of(path, "kind"), f"unknown step kind '{kind}'",
                                "use one of " + ", ".join(STEP_KINDS)))
        return None
    return str(kind)


def _fields_fit(kind: str, raw: dict[str, Any], path: tuple[int, ...], lines: Lines, problems: list[Problem]) -> bool:
    """Every field the kind needs is there, and every field there belongs to it, with the right type and only
    known placeholders."""
    ok = True
    for key in _REQUIRED.get(kind, ()):
        if key not in raw:
            problems.append(Problem(lines.of(path), f"{kind} step is missing '{key}'", f"add {key} = ... to this step"))
            ok = False
    for key, value in raw.items():
        where = lines.of(path, key)
        if key == "kind":
            continue
        if key not in _ALLOWED[kind]:
            problems.append(Problem(where, f"'{key}' does not belong in a {kind} step",
                                    "allowed here: " + ", ".join(sorted(_ALLOWED[kind]))))
            ok = False
        elif not isinstance(value, _FIELD_TYPES[key]) or isinstance(value, bool):
            names = " or ".join(t.__name__ for t in _FIELD_TYPES[key])
            problems.append(Problem(where, f"'{key}' must be {names}, not {type(value).__name__}",
                                    "fix the value's type"))
            ok = False
        elif isinstance(value, str) and (bad := _bad_placeholders(value)):
            problems.append(Problem(where, f"unknown placeholder {{{bad}}}",
                                    "use {speaker}, {listener}, {A}, {B} or {name}"))
            ok = False
    return ok


def _check_ranges(
    kind: str, raw: dict[str, Any], path: tuple[int, ...], lines: Lines, problems: list[Problem]
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


def check_flow(steps: list[Step], settings: ExerciseSettings, problems: list[Problem]) -> None:
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
