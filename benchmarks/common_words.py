"""Write ``newsparse/lexicon/common_words.txt`` anew from the benchmark corpus.

Usage::

    python benchmarks/common_words.py [--corpus PATH] [--min-docs N] [--check]

The list holds the lower-case words of three or more ASCII letters that stand in
lower case in at least ``N`` (default 20) of the articles of ``bench.jsonl``, less
the given names of ``first_names.tsv`` and less every word the corpus writes,
capitalised, right after a given name ("Gordon Brown", "Tiger Woods": a surname).
A run of two or three such words with no title and no given name is a work's or a
thing's name, no person's ("Million Dollar Baby", "Service Pack"; see
``_common_words`` in ``newsparse/_actors.py``).

``--check`` compares the list with the file instead of writing it and exits 1 when
they differ. Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Final

import regex

from newsparse._actors_lex import FIRST_NAMES, fold

#: Where the 5,000-article benchmark corpus lives, relative to this repository.
DEFAULT_CORPUS: Final = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bench.jsonl"
#: The lexicon file this script writes.
LEXICON: Final = Path(__file__).resolve().parents[1] / "newsparse" / "lexicon" / "common_words.txt"
#: The file's header: what it lists and where the entries come from.
HEADER: Final = """\
# Common lower-case English words: a run of two or three of them with no title and no
# given name is a work's or a thing's name, no person's ("Million Dollar Baby", "Service
# Pack"). Made by benchmarks/common_words.py: words of three or more letters that stand
# in lower case in at least {n} of the 5,000 articles of ../shared/corpus/bench.jsonl,
# less the given names of first_names.tsv and every word the corpus writes after a given
# name ("Brown" of "Gordon Brown", "Woods" of "Tiger Woods": a surname).
"""

_LOWER_RE: Final = regex.compile(r"(?<![\p{L}'-])[a-z]{3,}+(?![\p{L}'-])")
_AFTER_GIVEN_RE: Final = regex.compile(r"\b(\p{Lu}\p{Ll}++)\ ++(\p{Lu}\p{Ll}{2,}+)\b")


def common_words(texts: list[str], min_docs: int) -> list[str]:
    """The sorted entries of the list for ``texts``."""
    docs: Counter[str] = Counter()
    surnames: set[str] = set()
    for text in texts:
        docs.update(set(_LOWER_RE.findall(text)))
        for given, last in _AFTER_GIVEN_RE.findall(text):
            if fold(given) in FIRST_NAMES:
                surnames.add(last.lower())
    return sorted(
        w for w, n in docs.items() if n >= min_docs and w not in FIRST_NAMES and w not in surnames
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--min-docs", type=int, default=20)
    ap.add_argument("--check", action="store_true", help="compare with the file, write nothing")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to do")
        return 0
    with args.corpus.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    body = "\n".join(common_words(texts, args.min_docs)) + "\n"
    content = HEADER.format(n=args.min_docs) + body
    if args.check:
        same = LEXICON.read_text(encoding="utf-8") == content
        print(f"{LEXICON.name}: {'up to date' if same else 'differs from the corpus'}")
        return 0 if same else 1
    LEXICON.write_text(content, encoding="utf-8")
    print(f"{LEXICON.name}: {body.count(chr(10))} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
