"""Allows `python -m voice_session`."""

from voice_session.cli import main

raise SystemExit(main())
