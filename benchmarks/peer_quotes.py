"""Score the statements stage on quote sets that no one here wrote.

Usage (from the project root)::

    .venv/bin/python benchmarks/peer_quotes.py

It runs ``../shared/eval/score.py`` on the dev gold set, the Gender Gap
Tracker's 98 hand-annotated Canadian articles and PolNeAR's *dev* split of
direct quotes (the test split is kept for a final check and never read here),
and prints precision, recall, F1 and speaker accuracy for statements next to
the issue's targets and the GGT's published numbers. PolNeAR annotates much
more than ANNOTATION.md asks for, so only its recall and speaker accuracy mean
something. When ``../shared`` is missing the script says so and exits cleanly.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

#: (name, gold folder, what to read, target) for each set
SETS = [
    ("dev gold", SHARED / "gold" / "dev", "P >= 0.90, R >= 0.85, speaker >= 0.90"),
    (
        "GGT (98 articles)",
        SHARED / "peers" / "quotes" / "ggt-english-eval" / "gold",
        "F1 >= 0.80, speaker >= 0.85 (GGT's tool: F1 0.84, speaker 0.87)",
    ),
    (
        "PolNeAR dev, direct",
        SHARED / "peers" / "quotes" / "polnear" / "gold-direct" / "dev",
        "recall and speaker only",
    ),
]


def score(folder: pathlib.Path) -> dict[str, float]:
    """The scorer's statements totals for one gold folder."""
    out = subprocess.run(
        [sys.executable, str(SCORER), "--json", str(folder)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout)["statements"]
    return result


def main() -> int:
    if not SCORER.is_file():
        print(f"{SCORER} is missing: nothing to score", file=sys.stderr)
        return 0
    print(f"{'set':22} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}   target")
    for name, folder, target in SETS:
        if not folder.is_dir():
            print(f"{name:22} (missing: {folder})")
            continue
        s = score(folder)
        print(
            f"{name:22} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['attr_acc']:8.3f}   {target}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
