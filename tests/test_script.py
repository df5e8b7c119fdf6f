"""Exercise files: every built-in passes `check`; each class of mistake gets its own line-numbered error."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice_session.cli import main
from voice_session.session.script import ScriptError, builtin_names, parse_exercise

HEAD = 'name = "mine"\ntitle = "Mine"\ndescription = "A test exercise."\nduration_min = 5\n'


def problems(text: str) -> list[str]:
    with pytest.raises(ScriptError) as caught:
        parse_exercise(text, "mine.toml")
    return [str(p) for p in caught.value.problems]


def test_every_builtin_passes_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *builtin_names()]) == 0
    assert capsys.readouterr().out.count(": ok (") == len(builtin_names()) == 6


@pytest.mark.parametrize(("body", "expected"), [
    ('[[step]]\nkind = "sing"\ntext = "la"\n', "line 6: unknown step kind 'sing'"),
    ('[[step]]\nkind = "turn"\n', "line 5: turn step is missing 'text'"),
    ('[[step]]\nkind = "say"\ntext = 42\n', "line 7: 'text' must be str, not int"),
    ('[[step]]\nkind = "say"\ntext = "Hello {partner}"\n', "line 7: unknown placeholder {partner}"),
    ('[[step]]\nkind = "turn"\ntext = "Go"\nmax_s = 2\n', "line 8: 'max_s' = 2 is out of range"),
    ('[settings]\nmax_turn_s = 9000\n[[step]]\nkind = "say"\ntext = "hi"\n', "line 6: setting 'max_turn_s' = 9000"),
    ('[settings]\nturn_limit = 9\n[[step]]\nkind = "say"\ntext = "hi"\n', "line 6: unknown setting 'turn_limit'"),
    ('[[step]]\nkind = "end"\n[[step]]\nkind = "say"\ntext = "bye"\n', "line 7: say step after 'end' is unreachable"),
    ('[[step]]\nkind = "repeat"\nrounds = 0\n[[step.steps]]\nkind = "say"\ntext = "x"\n',
     "line 7: rounds = 0: the steps inside never run (unreachable)"),
    ('[[step]]\nkind = "paraphrase"\ntext = "What did you hear?"\n', "line 5: paraphrase with no turn before it"),
    ('[[step]]\nkind = "say"\ntext = "hi"\nrole = "listener"\n', "line 8: 'role' does not belong in a say step"),
    ('[[step]]\nkind = "checkin"\ntext = "hi"\nrole = "everyone"\n', "line 8: role 'everyone' is not allowed"),
    ('[[step]]\nkind = "say"\ntext = "unclosed\n', "line 7: not valid TOML"),
])
def test_each_mistake_gets_a_line_numbered_error(body: str, expected: str) -> None:
    found = problems(HEAD + body)
    assert any(p.startswith(expected) for p in found), found


def test_missing_metadata_and_steps_are_all_reported_at_once() -> None:
    found = problems('name = "x"\n')
    assert any("missing 'title'" in p for p in found) and any("no steps" in p for p in found)
    assert all(" (" in p and p.endswith(")") for p in found)  # every problem carries a fix hint


def test_check_command_exit_code_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD + '[[step]]\nkind = "sing"\n')
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "1 problem" in out and "line 6: unknown step kind 'sing'" in out
    assert main(["check", str(tmp_path / "nope.toml")]) == 2
    assert "exercise file not found" in capsys.readouterr().err
