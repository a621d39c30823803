"""Check that hard-wrapping an article's paragraphs changes none of its statements.

Usage (from the project root)::

    .venv/bin/python benchmarks/wrapping.py [--widths 50 72 100 120] [--check]

It reads the dev gold articles and the Gender Gap Tracker's 98 articles from
``../shared`` (each one paragraph a line, blank lines between), wraps every
paragraph at each width two ways, joins the paragraphs with a blank line between
them or with none, and parses the wrapped text:

* ``greedy``: as Python's :func:`textwrap.fill` (each line takes words while they fit);
* ``even``: as ``fmt`` does, lines whose lengths (the last's aside) stray least
  from 93% of the width.

For each layout, way and width it prints how many of the statements parsed from
the unwrapped articles come back with the same start and speaker. With
``--check`` it exits 1 when fewer than 99% do with blank lines, or fewer than 90%
without them (where a paragraph that ends on a full line cannot be told from the
next). When ``../shared`` is missing it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

import newsparse

SHARED: Final = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD: Final = (
    SHARED / "gold" / "dev",
    SHARED / "peers" / "quotes" / "ggt-english-eval" / "gold",
)
#: The share of statements that must come back whole (``--check``), by what stands
#: between paragraphs.
MIN_KEPT: Final = {"\n\n": 0.99, "\n": 0.90}


def greedy(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width)


def even(paragraph: str, width: int) -> str:
    """Wrap as fmt does: lines no longer than ``width`` whose lengths, but the last's,
    stray least from a goal of 93% of it (the sum of the squared differences)."""
    words = paragraph.split()
    goal = width * 93 // 100
    n = len(words)
    cost = [0.0] + [float("inf")] * n  # cost[i]: the best wrap of words[:i]
    cut = [0] * (n + 1)
    for i in range(1, n + 1):
        length = -1
        for j in range(i - 1, -1, -1):  # words[j:i] on one line
            length += len(words[j]) + 1
            if length > width and j < i - 1:
                break
            badness = 0 if i == n else (goal - length) ** 2
            if cost[j] + badness < cost[i]:
                cost[i], cut[i] = cost[j] + badness, j
    lines: list[str] = []
    i = n
    while i > 0:
        lines.append(" ".join(words[cut[i] : i]))
        i = cut[i]
    return "\n".join(reversed(lines))


WRAPS: Final[dict[str, Callable[[str, int], str]]] = {"greedy": greedy, "even": even}


def articles() -> Iterator[str]:
    for folder in GOLD:
        for path in sorted(folder.glob("*.json")):
            yield json.loads(path.read_text(encoding="utf-8"))["text"]


def wrapped(text: str, wrap: Callable[[str, int], str], width: int, between: str) -> str:
    """``text`` with each one-line paragraph wrapped (blocks of several lines kept),
    ``between`` its paragraphs."""
    return between.join(p if "\n" in p else wrap(p, width) for p in text.strip().split("\n\n"))


def keys(article: newsparse.Article) -> set[tuple[str, str | None]]:
    """A statement's first words (its offsets move) and its speaker's name."""
    return {
        (" ".join(s.text.split()[:4]), s.speaker.name if s.speaker else None)
        for s in article.statements
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--widths", type=int, nargs="+", default=[50, 72, 100, 120])
    ap.add_argument("--check", action="store_true", help="exit 1 below 99%% kept")
    args = ap.parse_args(argv)
    if not all(folder.is_dir() for folder in GOLD):
        print(f"wrapping: {SHARED} is missing; nothing to check")
        return 0
    texts = list(articles())
    plain = [keys(newsparse.parse(t)) for t in texts]
    total = sum(map(len, plain))
    print(f"{len(texts)} articles, {total} statements unwrapped")
    failed = False
    for between, least in MIN_KEPT.items():
        print("a blank line between paragraphs" if between == "\n\n" else "no blank line")
        for name, wrap in WRAPS.items():
            for width in args.widths:
                kept = sum(
                    len(want & keys(newsparse.parse(wrapped(t, wrap, width, between))))
                    for t, want in zip(texts, plain, strict=True)
                )
                share = kept / total if total else 1.0
                failed |= share < least
                print(f"  {name:>6} {width:>4} columns: {kept:>5} kept ({share:.1%})")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
