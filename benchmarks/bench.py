"""Benchmark newsparse on the 5,000 real articles of ``bench.jsonl``.

Usage::

    python benchmarks/bench.py [--corpus PATH] [--limit N] [--repeat R] [--mem-limit M]
                               [--top K] [--profile N] [--check]

Prints throughput (articles/s, words/s, MB/s), per-article latency percentiles,
peak memory, the import time of ``newsparse``, the ratio of newsparse's time to
one ``regex.finditer(r"\\w+")`` pass over the same texts (a figure that does not
depend on the machine), the time spent in each stage and the slowest articles.
Exits 0 without measuring when the corpus is absent; with ``--check`` exits 1
when a target of issue 5 is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Final

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import DEFAULT_CORPUS, load

import newsparse
from newsparse._pipeline import STAGES, parse_timed

#: The reference pass: touching every word of the text once from Python.
_WORD_RE: Final = regex.compile(r"\w+")

# Targets of issue 5.
MAX_SCAN_RATIO: Final = 10.0  #: newsparse time / one \w+ scan
MAX_P99_MS: Final = 5.0  #: 99th percentile latency per article
MIN_ARTICLES_PER_S: Final = 1000.0


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by nearest rank.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.0
    >>> percentile([1.0, 2.0, 3.0, 4.0], 99)
    4.0
    """
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


def import_time(runs: int = 3) -> float:
    """Seconds to ``import newsparse`` in a fresh interpreter (the best of ``runs``).

    The children may write bytecode caches even where ``PYTHONDONTWRITEBYTECODE`` is
    set, as an installed package has them: one more run first writes them (where the
    package's folder is writable), so the best run is the import users see, not the
    compilation of every module from source.
    """
    code = "import time; t = time.perf_counter(); import newsparse; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best = float("inf")
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        best = min(best, float(out.stdout.strip()))
    return best


def scan_time(texts: list[str]) -> tuple[float, int]:
    """Seconds for one ``\\w+`` pass over every text, and the number of words found."""
    words = 0
    t0 = time.perf_counter()
    for text in texts:
        for _ in _WORD_RE.finditer(text):
            words += 1
    return time.perf_counter() - t0, words


def timed_pass(
    texts: list[str], parse: Callable[[str], object]
) -> tuple[list[float], list[tuple[int, str]]]:
    """Per-text seconds of ``parse`` and the ``(index, error)`` of every exception."""
    latencies: list[float] = []
    errors: list[tuple[int, str]] = []
    clock = time.perf_counter
    for i, text in enumerate(texts):
        t0 = clock()
        try:
            parse(text)
        except Exception as e:
            errors.append((i, f"{type(e).__name__}: {e}"[:200]))
        latencies.append(clock() - t0)
    return latencies, errors


def stage_split(texts: list[str]) -> tuple[dict[str, float], dict[str, tuple[float, int]]]:
    """Total seconds per stage, and per stage its slowest ``(seconds, text index)``."""
    totals = dict.fromkeys(STAGES, 0.0)
    worst = dict.fromkeys(STAGES, (0.0, -1))
    for i, text in enumerate(texts):
        try:
            _, timings = parse_timed(text)
        except Exception:
            continue
        for name, sec in timings.items():
            totals[name] = totals.get(name, 0.0) + sec
            if sec > worst.get(name, (0.0, -1))[0]:
                worst[name] = (sec, i)
    return totals, worst


def peak_memory(texts: list[str]) -> tuple[int, int]:
    """The largest traced peak of one parse (bytes) and the index of that text."""
    tracemalloc.start()
    top, at = 0, -1
    try:
        for i, text in enumerate(texts):
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            try:
                newsparse.parse(text)
            except Exception:
                continue
            peak = tracemalloc.get_traced_memory()[1] - base
            if peak > top:
                top, at = peak, i
    finally:
        tracemalloc.stop()
    return top, at


def profile(texts: list[str], top: int) -> str:
    """The ``top`` functions by own time while parsing ``texts``, as pstats prints them."""
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        with contextlib.suppress(Exception):  # counted by timed_pass
            newsparse.parse(text)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(line for line in lines[start:] if line.strip())


def _verdict(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes; the best is kept")
    ap.add_argument("--mem-limit", type=int, default=1000, help="articles traced for memory")
    ap.add_argument("--top", type=int, default=5, help="how many slowest articles to list")
    ap.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also print the N functions with the most own time (cProfile)",
    )
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} not found: nothing to benchmark")
        return 0

    corpus = load(args.corpus, args.limit)
    ids = [i for i, _ in corpus]
    texts = [t for _, t in corpus]
    chars = sum(map(len, texts))
    mbytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6

    print(f"machine: {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"python {platform.python_version()}, newsparse {newsparse.__version__}")
    print(f"corpus: {args.corpus} -- {len(texts)} articles, {chars:,} chars, {mbytes:.2f} MB")
    print(f"import newsparse: {import_time() * 1e3:.0f} ms (fresh interpreter, best of 3)")

    for text in texts[:50]:  # warm up caches and lazy paths
        try:
            newsparse.parse(text)
        except Exception:
            continue
    gc.collect()
    best_total = float("inf")
    latencies: list[float] = []
    errors: list[tuple[int, str]] = []
    scan = float("inf")
    words = 0
    for _ in range(max(1, args.repeat)):
        lat, errs = timed_pass(texts, newsparse.parse)
        if sum(lat) < best_total:
            best_total, latencies, errors = sum(lat), lat, errs
        s, words = scan_time(texts)
        scan = min(scan, s)

    n = len(texts)
    p50, p95, p99 = (percentile(latencies, q) * 1e3 for q in (50, 95, 99))
    worst = max(range(n), key=latencies.__getitem__)
    ratio = best_total / scan
    print()
    print(f"total        {best_total:8.2f} s   ({statistics.mean(latencies) * 1e3:.3f} ms mean)")
    print(f"articles/s   {n / best_total:10,.0f}")
    print(f"words/s      {words / best_total:10,.0f}   ({words:,} \\w+ words)")
    print(f"MB/s         {mbytes / best_total:10.2f}")
    top = latencies[worst] * 1e3
    print(f"latency ms   p50 {p50:.3f}  p95 {p95:.3f}  p99 {p99:.3f}  max {top:.3f}"
          f" ({ids[worst]}, {len(texts[worst]):,} chars)")  # fmt: skip
    print(f"\\w+ scan     {scan:8.3f} s   -> newsparse / scan = {ratio:.1f}x")
    print(f"exceptions   {len(errors)}")
    for i, err in errors[:10]:
        print(f"  {ids[i]}: {err}")

    totals, slowest = stage_split(texts)
    staged = sum(totals.values()) or 1.0
    print()
    print("stage          total s   share   us/article   slowest article")
    for name in STAGES:
        sec, at = slowest[name]
        where = f"{sec * 1e3:.2f} ms {ids[at]}" if at >= 0 else "-"
        print(f"{name:12} {totals[name]:9.3f} {totals[name] / staged:7.1%} "
              f"{totals[name] / n * 1e6:11.1f}   {where}")  # fmt: skip

    print()
    print(f"slowest {args.top} articles (ms per KB shows non-linear cost):")
    for i in sorted(range(n), key=latencies.__getitem__, reverse=True)[: args.top]:
        kb = max(len(texts[i]), 1) / 1024
        print(f"  {ids[i]:28} {latencies[i] * 1e3:8.2f} ms  {len(texts[i]):8,} chars"
              f"  {latencies[i] * 1e3 / kb:6.3f} ms/KB")  # fmt: skip

    traced = texts[: args.mem_limit]
    peak, at = peak_memory(traced)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print()
    if at >= 0:
        print(f"peak traced memory of one parse: {peak / 1e6:.2f} MB ({ids[at]}, "
              f"{len(texts[at]):,} chars, {peak / max(len(texts[at]), 1):.0f} B/char;"
              f" first {len(traced)} articles)")  # fmt: skip
    print(f"max RSS of this process: {rss_kb / 1024:.0f} MB")

    if args.profile:
        print()
        print(f"top {args.profile} functions by own time (cProfile, all articles):")
        print(profile(texts, args.profile))

    print()
    checks = [
        (f"newsparse / \\w+ scan <= {MAX_SCAN_RATIO:g}x", ratio <= MAX_SCAN_RATIO),
        ("zero exceptions", not errors),
        (f"p99 < {MAX_P99_MS:g} ms", p99 < MAX_P99_MS),
        (f">= {MIN_ARTICLES_PER_S:,.0f} articles/s", n / best_total >= MIN_ARTICLES_PER_S),
    ]
    for label, ok in checks:
        print(f"{_verdict(ok)} {label}")
    return 1 if args.check and not all(ok for _, ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
