"""Allows `python -m voice_session`."""

from voice_session.cli import run

run()
