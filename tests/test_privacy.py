"""Nothing leaves the machine, and nothing lands on the disk unasked: a whole simulated session, as a new user
runs it, in an empty home folder, watched by strace and cut off from the network where the system allows.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

ALLOWED_IN_HOME = (
    ".cache/voice-session/prompts",  # the program's own prompt audio (README, "What is stored")
    ".cache/voice-session/models",  # the Whisper model's weights, quantized once (README)
    ".cache/matplotlib",  # matplotlib's font list, made once (README)
    ".config/matplotlib",
)


def _can(command: list[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=20, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _fresh_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("VOICE_SESSION_CACHE", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "MPLCONFIGDIR",
                        "ORT_DISABLE_TELEMETRY", "HF_HUB_OFFLINE", "VOICE_SESSION_OFFLINE")}
    env["HOME"] = str(home)
    return env


def _internet_contacts(trace: str) -> list[str]:
    """connect/sendto lines of an strace log that reach beyond this machine, or ask a DNS server."""
    bad = []
    for line in trace.splitlines():
        if not re.search(r"\b(connect|sendto|sendmsg|sendmmsg)\(", line) or "AF_UNIX" in line:
            continue
        if 'htons(53)' in line:
            bad.append(line)
            continue
        if "AF_INET" not in line:
            continue
        address = re.search(r'inet_(?:addr|pton)\((?:AF_INET6, )?"([^"]+)"', line)
        if address and (address.group(1).startswith("127.") or address.group(1) in ("::1", "::")):
            continue
        bad.append(line)
    return bad


def test_a_simulated_session_sends_nothing_and_stores_only_what_the_readme_lists(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = tmp_path / "session"
    command = [sys.executable, "-m", "voice_session", "simulate", "--scenario",
               str(FIXTURES / "daily/scenario.toml"), "--out", str(out), "--quiet"]
    traced = shutil.which("strace") is not None and _can(["strace", "-f", "-o", "/dev/null", "true"])
    isolated = shutil.which("unshare") is not None and _can(["unshare", "-n", "true"])
    if traced:
        command = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o",
                   str(tmp_path / "trace"), *command]
    if isolated:
        command = ["unshare", "-n", *command]
    done = subprocess.run(command, env=_fresh_env(home), cwd=tmp_path, capture_output=True, text=True,
                          timeout=600, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr[-1500:]
    assert "Traceback" not in done.stderr
    assert (out / "events.jsonl").exists()

    # the home folder holds only what the README lists; onnxruntime's telemetry queue above all is absent
    found = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    stray = [f for f in found if not f.startswith(ALLOWED_IN_HOME)]
    assert not stray, f"files in HOME the README does not list: {stray}"
    assert not (home / ".cache/Microsoft").exists()
    assert any(f.startswith(".cache/voice-session/prompts") for f in found)  # the check really ran in this HOME
    # nothing else was written beside the record either (the working folder was empty)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["home", "session", *(["trace"] if traced else [])])

    if traced:
        contacts = _internet_contacts((tmp_path / "trace").read_text())
        assert not contacts, "network contact:\n" + "\n".join(contacts[:10])
    if not (traced or isolated):
        pytest.skip("neither strace nor `unshare -n` works here: only the HOME check ran")


def test_the_telemetry_switch_is_set_before_onnxruntime_loads() -> None:
    """Every entry point imports the package first; the package sets the switch, whatever the caller had."""
    code = ("import os; os.environ['ORT_DISABLE_TELEMETRY'] = '0'; import voice_session, onnxruntime; "
            "print(os.environ['ORT_DISABLE_TELEMETRY'])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "1"


def test_the_strace_reader_finds_what_it_must() -> None:
    trace = "\n".join([
        '12 connect(5, {sa_family=AF_UNIX, sun_path="/run/pulse/native"}, 110) = 0',
        '12 connect(6, {sa_family=AF_INET, sin_port=htons(8000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
        '12 sendto(7, "\\x12", 40, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.2")}, 16)',
        '12 connect(8, {sa_family=AF_INET6, sin6_port=htons(443), inet_pton(AF_INET6, "2603:1030::1", &sin6_addr)}',
        '12 connect(9, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("13.69.1.1")}, 16) = -1',
    ])
    assert [line.split()[1][:9] for line in _internet_contacts(trace)] == ["sendto(7,", "connect(8", "connect(9"]
