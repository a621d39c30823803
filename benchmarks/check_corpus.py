"""Parse every article of the benchmark corpus and check that each result is sound.

Usage::

    python benchmarks/check_corpus.py [--corpus PATH] [--limit N]

For every article of ``bench.jsonl`` (default ``../shared/corpus/bench.jsonl``)
it checks that :func:`newsparse.parse` does not raise and that the result passes
:func:`problems`: every span lies inside the text, figure and statement spans
slice to their ``text``, actor mentions are non-empty, and statements and demands
refer only to actors of the article, and the JSON round trip gives the same
Article back. It prints one line per failing article and
exits 1 when any failed, 0 otherwise (also when the corpus is absent).

:func:`problems` is also used by the tests (``tests/test_corpus.py``,
``tests/test_adversarial.py``, ``tests/property/test_properties.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import newsparse
from newsparse import Article, Span

__all__ = ["DEFAULT_CORPUS", "load", "problems"]

#: Where the 5,000-article benchmark corpus lives, relative to this repository.
DEFAULT_CORPUS: Final = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bench.jsonl"


def load(path: Path, limit: int | None = None) -> list[tuple[str, str]]:
    """``(id, text)`` of the first ``limit`` articles of a JSON-lines corpus."""
    out: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and len(out) >= limit:
                break
            if line.strip():
                row = json.loads(line)
                out.append((str(row.get("id", i)), row["text"]))
    return out


def _spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span of the article, with a label saying where it comes from."""
    for s in article.paragraphs:
        yield "paragraph", s
    for s in article.boilerplate:
        yield "boilerplate", s
    for a in article.actors:
        for s in a.mentions:
            yield f"actor {a.id} mention", s
    for st in article.statements:
        yield f"statement {st.id}", st.span
    for d in article.demands:
        yield f"demand {d.id}", d.span
        for s in d.item_spans:
            yield f"demand {d.id} item", s
    for f in article.figures:
        yield f"figure {f.text!r}", f.span
        if f.range is not None:
            yield f"figure {f.text!r} range", f.range


def problems(article: Article) -> list[str]:
    """What is wrong with a parse result; an empty list when it is sound.

    >>> problems(newsparse.parse("Smith said prices rose 5% to $3bn."))
    []
    >>> problems(Article(text="abc", paragraphs=(Span(0, 9),)))
    ['paragraph span [0, 9] is outside the text (3 chars)']
    """
    text = article.text
    n = len(text)
    out: list[str] = []
    for label, s in _spans(article):
        if not 0 <= s.start <= s.end <= n:
            out.append(f"{label} span {s.to_list()} is outside the text ({n} chars)")
    for f in article.figures:
        if text[f.span.start : f.span.end] != f.text:
            got = text[f.span.start : f.span.end]
            out.append(f"figure {f.text!r} span {f.span.to_list()} slices to {got!r}")
    for st in article.statements:
        if text[st.span.start : st.span.end] != st.text:
            got = text[st.span.start : st.span.end]
            out.append(f"statement {st.id} {st.text!r:.60} slices to {got!r:.60}")
    ids = [a.id for a in article.actors]
    if len(set(ids)) != len(ids):
        out.append(f"actor ids are not unique: {ids}")
    actors = set(article.actors)
    for a in article.actors:
        out.extend(
            f"actor {a.id} mention {s.to_list()} is empty"
            for s in a.mentions
            if not text[s.start : s.end].strip()
        )
    for st in article.statements:
        if st.speaker is not None and st.speaker not in actors:
            out.append(f"statement {st.id} speaker {st.speaker.id} is not an actor")
    for d in article.demands:
        for role, who in (("demander", d.demander), ("addressee", d.addressee)):
            if who is not None and who not in actors:
                out.append(f"demand {d.id} {role} {who.id} is not an actor")
    try:
        back = Article.from_dict(json.loads(article.to_json()))
    except Exception as e:  # a finding, e.g. an int too long for str()
        out.append(f"JSON round trip raised {type(e).__name__}: {e}"[:200])
    else:
        if back != article:
            out.append("Article.from_dict(json.loads(to_json())) differs from the article")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the check; the exit status is 1 when any article failed."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    ap.add_argument("--limit", type=int, default=None, help="check only the first N articles")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} not found: nothing to check")
        return 0
    corpus = load(args.corpus, args.limit)
    failed = 0
    t0 = time.perf_counter()
    for art_id, text in corpus:
        try:
            found = problems(newsparse.parse(text))
        except Exception:
            found = ["raised " + traceback.format_exc(limit=-3).strip().replace("\n", " | ")]
        if found:
            failed += 1
            print(f"{art_id}: {len(found)} problem(s); first: {found[0]}")
    seconds = time.perf_counter() - t0
    print(f"{len(corpus)} articles checked in {seconds:.1f} s: {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
