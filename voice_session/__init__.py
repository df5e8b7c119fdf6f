"""voice-session: local, offline, spoken guided sessions for couples."""

__version__ = "0.1.0"
