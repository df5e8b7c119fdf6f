"""Copies the listening set's tuning half and the sentences written for the project's checks into the package's
examples, stores their reading, and prints how well it reads (5-fold cross-validation on the examples).

Run after changing voice_session/text/examples.toml, tests/everyday_set.py or the tuning half (a test fails while
examples.npz is stale):
    .venv/bin/python scripts/make_text_examples.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from everyday_set import EVERYDAY_DANGER, EVERYDAY_WORDS, NARROWED_READINGS, ORDINARY_READINGS  # noqa: E402
from listening_set import conflict, conflict_crisis, crisis, ordinary  # noqa: E402

from voice_session.session.crisis import CHECK_IN_MARGIN, CRISIS_MARGIN  # noqa: E402
from voice_session.text import examples  # noqa: E402
from voice_session.text.model import TextModel  # noqa: E402

LINE_MARGINS = (0.4, 0.15)
"""Where the line alone (before the neighbours were read too) asked and checked in: the combined reading's margins
are set at the same rate of false alarms."""


def _write(path: Path, source: str, kinds: dict[str, list[str]]) -> None:
    lines = [f"# {source}, copied by make_text_examples.py.",
             "# Do not edit: change the source or examples.toml, then run the script again.", ""]
    for name, texts in kinds.items():
        lines.append(f"{name} = [")
        lines += [f"  {json.dumps(text)}," for text in texts]
        lines += ["]", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def cross_validated(model: TextModel, folds: int = 5) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(line, combined) readings of every example by a reading that never saw it: crisis ones, then ordinary."""
    ex = examples.examples()
    crisis_v, ordinary_v = (examples.as_stored(model.embed(list(texts))) for texts in (ex.crisis, ex.ordinary))
    rng = np.random.default_rng(0)
    fold_c, fold_o = rng.integers(0, folds, len(crisis_v)), rng.integers(0, folds, len(ordinary_v))
    line_c, line_o = np.zeros(len(crisis_v)), np.zeros(len(ordinary_v))
    both_c, both_o = np.zeros(len(crisis_v)), np.zeros(len(ordinary_v))
    for fold in range(folds):
        train_c, train_o = crisis_v[fold_c != fold], ordinary_v[fold_o != fold]
        found = examples.Reading(examples.fit(train_c, train_o), train_c, train_o)
        for vectors, mask, line, both in ((crisis_v, fold_c == fold, line_c, both_c),
                                          (ordinary_v, fold_o == fold, line_o, both_o)):
            line[mask] = found.line(vectors[mask])
            both[mask] = found.margins(vectors[mask])
    return line_c, line_o, both_c, both_o


def main() -> None:
    _write(examples.TUNING, "The tuning half of tests/devsets/listening (see its README)", {
        # heated but safe talk is ordinary talk: without it, blame and hyperbole read as danger by meaning
        "crisis": [text for _, text in crisis("tuning") + conflict_crisis("tuning")],
        "ordinary": [text for _, text in ordinary("tuning") + conflict("tuning")]})
    _write(examples.WRITTEN, "The sentences written for the project's checks (tests/everyday_set.py; never its eighth "
           "set)", {"crisis": list(EVERYDAY_DANGER),
                    "ordinary": [*EVERYDAY_WORDS, *NARROWED_READINGS, *ORDINARY_READINGS]})
    examples.examples.cache_clear()
    model = TextModel()
    path = examples.store(model)
    ex = examples.examples()
    print(f"wrote {examples.TUNING.name}, {examples.WRITTEN.name}, {path.name}: {len(ex.crisis)} crisis, "
          f"{len(ex.ordinary)} ordinary examples")
    line_c, line_o, both_c, both_o = cross_validated(model)
    print("5-fold cross-validation on the examples:")
    for line_margin, margin in zip(LINE_MARGINS, (CRISIS_MARGIN, CHECK_IN_MARGIN), strict=True):
        rate = float(np.mean(line_o >= line_margin))
        same = float(np.quantile(both_o, 1 - rate))
        print(f"  the line alone at {line_margin}: {100 * rate:.1f} % of ordinary examples over it, "
              f"{100 * np.mean(line_c >= line_margin):.1f} % of crisis ones; the reading over {same:.3f} at that rate, "
              f"{100 * np.mean(both_c >= same):.1f} %; at its margin {margin}: {100 * np.mean(both_o >= margin):.1f} % "
              f"and {100 * np.mean(both_c >= margin):.1f} %")


if __name__ == "__main__":
    main()
