"""Shared fixtures: paths to the generated audio, a loaded Whisper transcriber (once per run)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "audio_fixtures"
CLIPS = FIXTURES / "clips"

# Tests never reach the network: any model that is not bundled must fail instead of downloading.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["VOICE_SESSION_OFFLINE"] = "1"
# Simulations keep prompt audio between runs; the tests share one store of their own, not the user's, removed
# when the run ends (about 20 MB of prompts and partners' lines each run: they piled up in the temporary folder).
os.environ["VOICE_SESSION_CACHE"] = tempfile.mkdtemp(prefix="voice-session-test-cache-")
atexit.register(shutil.rmtree, os.environ["VOICE_SESSION_CACHE"], ignore_errors=True)


def clip_manifest() -> dict[str, dict]:
    data = tomllib.loads((CLIPS / "manifest.toml").read_text())
    return {c["name"]: c for c in data["clip"]}


@pytest.fixture(scope="session")
def manifest() -> dict[str, dict]:
    return clip_manifest()


@pytest.fixture(scope="session")
def whisper():  # type: ignore[no-untyped-def]
    from voice_session.speech.transcribe import WhisperTranscriber

    return WhisperTranscriber()
