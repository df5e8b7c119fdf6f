"""Copies the listening set's tuning half into the package's examples and stores all their embeddings.

Run after changing voice_session/text/examples.toml (a test fails while examples.npz is stale):
    .venv/bin/python scripts/make_text_examples.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from listening_set import conflict, conflict_crisis, crisis, ordinary  # noqa: E402

from voice_session.text import examples  # noqa: E402
from voice_session.text.model import TextModel  # noqa: E402


def main() -> None:
    lines = ["# The tuning half of tests/devsets/listening (see its README), copied by make_text_examples.py.",
             "# Do not edit: change the data set or examples.toml, then run the script again.", ""]
    # heated but safe talk is ordinary talk: without it, blame and hyperbole read as danger by meaning
    for name, rows in (("crisis", crisis("tuning") + conflict_crisis("tuning")),
                       ("ordinary", ordinary("tuning") + conflict("tuning"))):
        lines.append(f"{name} = [")
        lines += [f"  {json.dumps(text)}," for _, text in rows]
        lines += ["]", ""]
    examples.TUNING.write_text("\n".join(lines), encoding="utf-8")
    examples.examples.cache_clear()
    path = examples.store(TextModel())
    ex = examples.examples()
    print(f"wrote {examples.TUNING.name}, {path.name}: {len(ex.crisis)} crisis, {len(ex.ordinary)} ordinary examples")


if __name__ == "__main__":
    main()
