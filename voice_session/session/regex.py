"""Regular expressions compiled once and kept for the session.

The engine reads each utterance with several hundred patterns: more than the `re` module's own cache holds (512,
the oldest dropped first). The crisis patterns, compiled at the first sentence, pushed out the ones listening
support uses on every turn, and 102 of them were compiled again while a hand-off was answered, 10 ms before the
next prompt could start. Patterns given here are compiled once and never dropped.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, compiled the first time it is asked for."""
    return re.compile(pattern, flags)
