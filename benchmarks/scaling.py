"""Check that newsparse's cost grows linearly with the length of the text.

Usage::

    python benchmarks/scaling.py [--corpus PATH] [--max-size BYTES] [--only NAME ...]
                                 [--no-real] [--no-adversarial] [--no-memory]
                                 [--patterns] [--timeout SECONDS] [--check]
                                 [--growth-limit X]

Part 1 builds texts of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB by joining real
articles of ``bench.jsonl`` (whole paragraphs, blank line between articles, cut
at a paragraph break), parses each and prints the time per KB, the peak traced
memory per KB and the max/min ratio of the time per KB (target: within 2x).

Part 2 parses every input of ``benchmarks/adversarial.py`` at 125 KB and at 1 MB
and prints the growth ratio (target: at most 10x for 8x the text) and the cost
relative to the same size of real text (target: at most 50x; inputs made only
of figures or quote marks are exempt from that one but not from the growth).
Part 3 (``--patterns``) times every compiled pattern of newsparse alone, one
``finditer`` over each adversarial input at 16 KB and 128 KB, and lists those
that grow faster than linearly: it names the pattern behind a slow stage.

Exits 0 without measuring when the corpus is absent; with ``--check`` exits 1
when a target is missed. ``--growth-limit`` sets the growth that passes (CI runs
part 2 with 14x, twice at most: a quadratic pattern grows 16x or more from 125 KB
to 1 MB, a linear one on a busy host up to about 11x).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Final

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import INPUTS, OUTPUT_HEAVY
from check_corpus import DEFAULT_CORPUS, load

import newsparse
import newsparse._actors
from newsparse._pipeline import STAGES, parse_timed

KB: Final = 1024
SIZES: Final = (KB, 10 * KB, 100 * KB, 1024 * KB, 10 * 1024 * KB)
SMALL, LARGE = 125 * KB, 1024 * KB  #: the two sizes adversarial inputs are timed at

# Targets of issue 5.
MAX_FLATNESS: Final = 2.0  #: max/min time per KB of real text
MAX_GROWTH: Final = 10.0  #: adversarial time at 1 MB / time at 125 KB (8x the text)
MAX_VS_REAL: Final = 50.0  #: adversarial time / time of the same size of real text


def real_text(articles: list[str], size: int) -> str:
    """Whole paragraphs of real articles, joined, cut at a paragraph break near ``size``.

    Articles are cycled when the corpus is shorter than ``size``.

    >>> len(real_text(["One.\\n\\nTwo.", "Three."], 12)) <= 12
    True
    """
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        for para in articles[i % len(articles)].split("\n\n"):
            if total + len(para) + 2 > size and parts:
                return "\n\n".join(parts)
            parts.append(para)
            total += len(para) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def measure(text: str, repeat: int = 1) -> tuple[float, dict[str, float], str | None]:
    """Best CPU seconds of ``repeat`` parses, the stage split of that run, and any error.

    CPU time of this process (``time.process_time``), not wall time: a growth
    ratio taken from one run at each size is otherwise at the mercy of whatever
    else the machine runs.
    """
    best = float("inf")
    split: dict[str, float] = {}
    for _ in range(repeat):
        _forget_names()
        t0 = time.process_time()
        try:
            _, timings = parse_timed(text)
        except Exception:
            return time.process_time() - t0, {}, traceback.format_exc(limit=-2).strip()
        sec = time.process_time() - t0
        if sec < best:
            best, split = sec, timings
    return best, split, None


def _forget_names() -> None:
    """Empty the actors stage's tables of what follows from a name's text.

    They are kept across parses (see ``docs/explanation/decisions.rst``), so a
    repeated parse of the same text finds every name known. A text of 125 KB
    fits in them and a megabyte does not, so best-of-several runs would compare
    a warm small text with a cold large one; emptied before each run, every run
    starts cold.
    """
    for table in getattr(newsparse._actors, "_TABLES", ()):
        table.clear()


def traced_peak(text: str) -> int:
    """Peak bytes traced by tracemalloc while parsing ``text``."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        with contextlib.suppress(Exception):  # measure() reports it
            newsparse.parse(text)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def _top_stage(split: dict[str, float]) -> str:
    if not split:
        return "-"
    name = max(STAGES, key=lambda s: split.get(s, 0.0))
    total = sum(split.values()) or 1.0
    return f"{name} {split[name] / total:.0%}"


def _repeat_for(size: int) -> int:
    return 5 if size <= 100 * KB else 2 if size <= LARGE else 1


def run_real(articles: list[str], sizes: list[int], memory: bool) -> tuple[bool, dict[int, float]]:
    """Part 1; returns whether time per KB stayed flat, and the seconds per size."""
    print("real text        time s     ms/KB   peak MB   B/char   slowest stage"
          "   grows most since the size before")  # fmt: skip
    per_kb: list[float] = []
    seconds: dict[int, float] = {}
    before: dict[str, float] = {}
    for size in sizes:
        text = real_text(articles, size)
        sec, split, err = measure(text, _repeat_for(size))
        seconds[size] = sec
        kb = len(text) / KB
        per_kb.append(sec * 1e3 / kb)
        peak = traced_peak(text) if memory else 0
        mem = f"{peak / 1e6:9.2f} {peak / len(text):8.0f}" if memory else f"{'-':>9} {'-':>8}"
        grown = _growth_by_stage(before, split) if before else "-"
        print(f"{_size(size):>9} {sec:12.4f} {per_kb[-1]:9.3f} {mem}   {_top_stage(split):15}"
              f"   {grown}")  # fmt: skip
        before = split
        if err:
            print(f"    raised: {err.splitlines()[-1]}")
    flat = max(per_kb) / min(per_kb)
    ok = flat <= MAX_FLATNESS
    print(f"max/min ms per KB: {flat:.2f}  ({'ok' if ok else 'MISS'}: target <= {MAX_FLATNESS:g})")
    return ok, seconds


def probe(name: str, size: int, timeout: float) -> tuple[float | None, dict[str, float], str]:
    """Parse adversarial input ``name`` at ``size`` in a child process.

    Returns the best seconds (None on timeout), the stage split, and an error
    line ("" when none). A child keeps a hanging input from hanging the script.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, str(size)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, {}, f"timed out after {timeout:g} s"
    if out.returncode != 0 or not out.stdout.strip():
        return None, {}, (out.stderr.strip().splitlines() or ["child failed"])[-1]
    row = json.loads(out.stdout.strip().splitlines()[-1])
    return row["seconds"], row["split"], row["error"] or ""


def _child(name: str, size: int) -> int:
    sec, split, err = measure(INPUTS[name](size), 3 if size <= SMALL else 2)
    last = err.splitlines()[-1] if err else ""
    print(json.dumps({"seconds": sec, "split": split, "error": last}))
    return 0


def _growth_by_stage(small: dict[str, float], large: dict[str, float]) -> str:
    """The stage whose time grew most, among stages holding >= 10% of the large run."""
    total = sum(large.values()) or 1.0
    grown = [
        (large[s] / max(small.get(s, 0.0), 1e-6), s)
        for s in STAGES
        if large.get(s, 0.0) >= 0.1 * total
    ]
    if not grown:
        return "-"
    ratio, stage = max(grown)
    return f"{stage} {large[stage] / total:.0%} (x{ratio:.0f})"


def ladder(name: str, timeout: float, start: int = KB, stop: int = SMALL) -> str:
    """For an input that timed out: time doubling sizes from ``start``, say how it grows."""
    points: list[tuple[int, float, dict[str, float]]] = []
    size = start
    while size <= stop:
        sec, split, _ = probe(name, size, timeout)
        if sec is None:
            break
        points.append((size, sec, split))
        if sec > timeout / 4:  # the next doubling would likely time out
            break
        size *= 2
    if not points:
        return f"timed out even at {_size(start)}"
    if len(points) == 1:
        return f"{_size(points[0][0])} took {points[0][1]:.2f} s; {_size(size)} timed out"
    (_, t1, s1), (n2, t2, s2) = points[-2], points[-1]
    per_doubling = t2 / max(t1, 1e-9)
    return (
        f"{_size(n2)} took {t2:.2f} s, x{per_doubling:.1f} per doubling"
        f" (linear 2, quadratic 4); grows most: {_growth_by_stage(s1, s2)}"
    )


def run_adversarial(
    names: list[str],
    real_seconds: Callable[[int], float],
    small: int,
    large: int,
    timeout: float,
    max_growth: float = MAX_GROWTH,
) -> bool:
    """Part 2; returns whether every input met its targets (``max_growth``: the largest
    time at ``large`` over the time at ``small`` that passes)."""
    print()
    print(f"adversarial          {_size(small):>8} s  {_size(large):>8} s   growth   vs real"
          "   verdict        grows most (share at 1 MB, growth)")  # fmt: skip
    all_ok = True
    for name in names:
        flag = "*" if name in OUTPUT_HEAVY else " "
        t_small, s_small, err_small = probe(name, small, timeout)
        if t_small is None:
            print(f"{name:20}{flag} {'-':>8}  {'-':>9} {'-':>8}  {'-':>8}    MISS {err_small}")
            print(f"    {ladder(name, timeout)}")
            all_ok = False
            continue
        t_large, s_large, err_large = probe(name, large, timeout)
        if t_large is None:
            print(f"{name:20}{flag}{t_small:9.4f}  {'-':>9} {'-':>8}  {'-':>8}    "
                  f"MISS {err_large}")  # fmt: skip
            print(f"    {ladder(name, timeout, small // 4, large // 2)}")
            all_ok = False
            continue
        growth = t_large / max(t_small, 1e-9)
        vs_real = t_large / real_seconds(large)
        misses = []
        if growth > max_growth:
            misses.append("growth")
        if vs_real > MAX_VS_REAL and name not in OUTPUT_HEAVY:
            misses.append("cost")
        if err_small or err_large:
            misses.append("raised")
        verdict = "ok" if not misses else "MISS " + ",".join(misses)
        print(f"{name:20}{flag}{t_small:9.4f}  {t_large:9.4f} {growth:8.1f}x {vs_real:8.1f}x"
              f"   {verdict:14} {_growth_by_stage(s_small, s_large)}")  # fmt: skip
        for err in (err_small, err_large):
            if err:
                print(f"    raised: {err}")
        all_ok = all_ok and not misses
    print("* made only of figures or quote marks: exempt from the 'vs real' target")
    return all_ok


#: A compiled pattern of either engine (one actors pattern uses the standard library's).
_AnyPattern = regex.Pattern[str] | re.Pattern[str]
_PATTERN_TYPES: Final = (regex.Pattern, re.Pattern)


def compiled_patterns() -> list[tuple[str, _AnyPattern]]:
    """Every compiled pattern held at module level by newsparse, as ``(module.NAME, pattern)``.

    Both engines count: ``regex`` patterns and the standard library's ``re`` ones.
    """
    out: list[tuple[str, _AnyPattern]] = []
    for mod_name, module in sorted(sys.modules.items()):
        if mod_name != "newsparse" and not mod_name.startswith("newsparse."):
            continue
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, _PATTERN_TYPES):
                out.append((f"{mod_name.removeprefix('newsparse.')}.{attr}", value))
            elif isinstance(value, tuple):  # ordered (name, pattern) rule tables
                for i, item in enumerate(value):
                    pattern = item[-1] if isinstance(item, tuple) and item else item
                    if isinstance(pattern, _PATTERN_TYPES):
                        out.append((f"{mod_name.removeprefix('newsparse.')}.{attr}[{i}]", pattern))
    return out


def _scan(pattern: _AnyPattern, text: str, timeout: float) -> float | None:
    """Seconds for one ``finditer`` over ``text`` (None when it ran past ``timeout``).

    The standard library's ``re`` has no timeout: its patterns run to the end.
    """
    t0 = time.perf_counter()
    if isinstance(pattern, re.Pattern):
        for _ in pattern.finditer(text):
            pass
        return time.perf_counter() - t0
    try:
        for _ in pattern.finditer(text, timeout=timeout):
            pass
    except TimeoutError:
        return None
    return time.perf_counter() - t0


def run_patterns(names: list[str], small: int, large: int, timeout: float) -> bool:
    """Part 3: each newsparse pattern alone over each input, at two sizes.

    A pattern that backtracks catastrophically shows here, whatever stage uses it.
    Prints only the patterns that grow faster than linearly or time out (2 s).
    """
    patterns = compiled_patterns()
    print()
    print(f"patterns: {len(patterns)} compiled patterns x {len(names)} inputs, one finditer"
          f" over {_size(small)} and {_size(large)} (x{large // small} the text)")  # fmt: skip
    flagged = 0
    texts = {name: (INPUTS[name](small), INPUTS[name](large)) for name in names}
    for label, pattern in patterns:
        for name, (short, long) in texts.items():
            t_small = _scan(pattern, short, timeout)
            t_large = _scan(pattern, long, timeout) if t_small is not None else None
            if t_small is None or t_large is None:
                print(f"  MISS {label:40} {name:22} timed out after {timeout:g} s")
                flagged += 1
                continue
            growth = t_large / max(t_small, 1e-6)
            if growth > 2 * large / small and t_large > 0.05:
                print(f"  MISS {label:40} {name:22} {t_small:8.4f} s {t_large:8.4f} s"
                      f"  x{growth:.0f}")  # fmt: skip
                flagged += 1
    print(f"{flagged} pattern/input pairs flagged (growth over {2 * large // small}x or timed out)")
    print("note: a pattern is run over the whole text here; stages may run it on short spans only")
    return flagged == 0


def _size(n: int) -> str:
    return f"{n // (KB * KB)} MB" if n >= KB * KB else f"{n // KB} KB"


def main(argv: list[str] | None = None) -> int:
    """Run both parts and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON-lines corpus")
    ap.add_argument("--max-size", type=int, default=SIZES[-1], help="largest real text, bytes")
    ap.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="adversarial inputs to run")
    ap.add_argument("--no-real", action="store_true", help="skip part 1 (real text)")
    ap.add_argument("--no-adversarial", action="store_true", help="skip part 2")
    ap.add_argument("--no-memory", action="store_true", help="skip tracemalloc (faster)")
    ap.add_argument(
        "--patterns",
        action="store_true",
        help="part 3: time every compiled pattern alone on every input",
    )
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per adversarial parse")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--growth-limit",
        type=float,
        default=MAX_GROWTH,
        help=f"largest growth of an adversarial input that passes (default {MAX_GROWTH:g}x)",
    )
    ap.add_argument("--child", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child[0], int(args.child[1]))
    if not args.corpus.exists():
        print(f"{args.corpus} not found: nothing to measure")
        return 0
    articles = [t for _, t in load(args.corpus)]
    newsparse.parse(articles[0])  # warm up

    ok = True
    real: dict[int, float] = {}
    if not args.no_real:
        sizes = [s for s in SIZES if s <= args.max_size]
        ok, real = run_real(articles, sizes, memory=not args.no_memory)

    def real_seconds(size: int) -> float:
        if size not in real:
            real[size] = measure(real_text(articles, size), 2)[0]
        return real[size]

    if not args.no_adversarial:
        names = args.only or list(INPUTS)
        ok = (
            run_adversarial(names, real_seconds, SMALL, LARGE, args.timeout, args.growth_limit)
            and ok
        )
    if args.patterns:
        ok = run_patterns(args.only or list(INPUTS), 16 * KB, 128 * KB, 2.0) and ok
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
