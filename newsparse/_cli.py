"""The ``newsparse`` command line.

Exit codes: 0 when every input was read and parsed, 1 when an input could not
be read (the others are still processed), 2 for a usage error. Errors are one
line on stderr, never a traceback.

With ``--jobs``, articles are parsed in worker processes a window at a time and
written in input order, so the output is the same as with one process.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Final, TextIO, TypeVar

from newsparse._model import Article
from newsparse._pipeline import parse
from newsparse._version import __version__

__all__ = ["main", "summary"]

#: Show a progress line on stderr once a run reaches this many articles.
PROGRESS_AFTER: Final = 50
#: With ``--jobs``, how many articles per process are handed out at a time: a window is
#: written before the next is sent, so the work in flight stays bounded.
WINDOW_PER_JOB: Final = 64

_In = TypeVar("_In")
_Out = TypeVar("_Out")


class _Unreadable(Exception):
    """An input that cannot be read or decoded; its message is the one line shown."""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract actors, statements, demands and figures from English news articles.",
    )
    ap.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text files to parse; - reads stdin"
    )
    fmt = ap.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the newsparse/1 JSON of each file")
    fmt.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines ({"id", "text"} per line) and write one JSON result per line',
    )
    ap.add_argument(
        "--published", metavar="DATE", help="publication date (ISO 8601) for all inputs"
    )
    ap.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU); the output keeps the input order",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


def _jobs(value: str) -> int:
    """The ``--jobs`` value: a whole number, 0 meaning one process per CPU."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (one per CPU) or more, got {n}")
    return n or os.cpu_count() or 1


def _in_order(fn: Callable[[_In], _Out], items: Iterable[_In], jobs: int) -> Iterator[_Out]:
    """``map(fn, items)``, run in ``jobs`` worker processes when ``jobs`` > 1.

    Items go out a window of ``jobs * WINDOW_PER_JOB`` at a time and results come
    back in input order.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(jobs) as pool:
        pending = iter(items)
        while window := list(itertools.islice(pending, jobs * WINDOW_PER_JOB)):
            yield from pool.map(fn, window, chunksize=max(1, WINDOW_PER_JOB // 8))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    ap = _parser()
    args = ap.parse_args(argv)
    if args.published is not None:
        try:
            parse("", published=args.published)
        except ValueError as exc:
            ap.error(str(exc))
    out = sys.stdout
    status = 0
    try:
        if args.jsonl:
            status = _run_jsonl(args.files, args.published, out, args.jobs)
        else:
            status = _run_files(args.files, args.published, args.json, out, args.jobs)
    except KeyboardInterrupt:
        print("newsparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
        return 0
    return status


def _read(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise _Unreadable(f"{path}: {exc.strerror or exc}") from None


#: One input file for a worker: (path, its text or None, the error reading it, the
#: publication date, whether to write JSON).
_File = tuple[str, str | None, str | None, str | None, bool]


def _files(files: Sequence[str], published: str | None, as_json: bool) -> Iterator[_File]:
    for path in files:
        try:
            yield path, _read(path), None, published, as_json
        except _Unreadable as exc:
            yield path, None, str(exc), published, as_json


def _render_file(item: _File) -> tuple[str, str | None, str | None]:
    """(path, the output for one input file, None), or (path, None, the error reading it)."""
    path, text, error, published, as_json = item
    if text is None:
        return path, None, error
    article = parse(text, published=published)
    return path, article.to_json(indent=1) if as_json else summary(article), None


def _run_files(
    files: Sequence[str], published: str | None, as_json: bool, out: TextIO, jobs: int
) -> int:
    status = 0
    progress = _Progress(len(files))
    items = _files(files, published, as_json)
    for i, (path, rendered, error) in enumerate(_in_order(_render_file, items, jobs)):
        if rendered is None:
            print(f"newsparse: {error}", file=sys.stderr)
            status = 1
            continue
        if not as_json and len(files) > 1:
            out.write(f"==> {path} <==\n")
        out.write(rendered + "\n")
        progress.tick(i + 1)
    progress.done()
    return status


def _records(path: str) -> Iterator[tuple[int, dict[str, object] | None, str | None]]:
    """(line number, record or None, error or None) for each non-blank line."""
    text = _read(path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"{path}:{n}: not JSON ({exc.msg})"
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield n, None, f'{path}:{n}: expected an object with a "text" string'
            continue
        yield n, rec, None


#: One JSON Lines record for a worker: (the file's path, the record or None, the error
#: reading it, the publication date for all records).
_Record = tuple[str, dict[str, object] | None, str | None, str | None]


def _render_record(item: _Record) -> tuple[str | None, str | None]:
    """(the output line, None) for one record, or (None, the error line)."""
    path, rec, error, published = item
    if rec is None:
        return None, error
    date = rec.get("published") if isinstance(rec.get("published"), str) else published
    try:
        article = parse(str(rec["text"]), published=date)  # type: ignore[arg-type]
    except ValueError as exc:
        return None, f"{path}: {exc}"
    result = article.to_dict()
    if "id" in rec:
        result = {"id": rec["id"], **result}
    return json.dumps(result, ensure_ascii=False), None


def _run_jsonl(files: Sequence[str], published: str | None, out: TextIO, jobs: int) -> int:
    status = 0
    for path in files:
        try:
            records = list(_records(path))
        except _Unreadable as exc:
            print(f"newsparse: {exc}", file=sys.stderr)
            status = 1
            continue
        progress = _Progress(len(records))
        items = ((path, rec, error, published) for _, rec, error in records)
        for i, (line, error) in enumerate(_in_order(_render_record, items, jobs)):
            if line is None:
                print(f"newsparse: {error}", file=sys.stderr)
                status = 1
                continue
            out.write(line + "\n")
            progress.tick(i + 1)
        progress.done()
    return status


class _Progress:
    """A one-line counter on stderr, shown only on a terminal and for long runs."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.shown = total >= PROGRESS_AFTER and sys.stderr.isatty()

    def tick(self, n: int) -> None:
        if self.shown and (n % 10 == 0 or n == self.total):
            sys.stderr.write(f"\rnewsparse: {n}/{self.total} articles")
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def summary(article: Article) -> str:
    """A readable, plain-text summary of an article's extractions.

    >>> print(summary(Article(text="")))
    title: -
    actors: none
    statements: none
    demands: none
    figures: none
    """
    lines = [f"title: {article.title or '-'}"]
    lines.append(f"actors: {len(article.actors) or 'none'}")
    for a in article.actors:
        title = f" [{a.title}]" if a.title else ""
        aliases = f" (also: {', '.join(a.aliases)})" if a.aliases else ""
        lines.append(f"  {a.id} {a.kind:<12} {a.name}{title}{aliases}")
    lines.append(f"statements: {len(article.statements) or 'none'}")
    for s in article.statements:
        who = s.speaker.name if s.speaker else "(unknown)"
        lines.append(f"  {s.id} {who} {s.cue or '-'} [{s.kind}]: {_clip(s.text)}")
    lines.append(f"demands: {len(article.demands) or 'none'}")
    for d in article.demands:
        by = d.demander.name if d.demander else "(unknown)"
        of = f" of {d.addressee.name}" if d.addressee else ""
        lines.append(f"  {d.id} {by}{of} ({d.cue or '-'}, {d.status})")
        lines.extend(f"     - {_clip(item)}" for item in d.items)
        if d.in_exchange_for:
            lines.append(f"     in exchange for: {_clip(d.in_exchange_for)}")
        if d.condition:
            lines.append(f"     condition: {_clip(d.condition)}")
    lines.append(f"figures: {len(article.figures) or 'none'}")
    for f in article.figures:
        extra = "".join(
            f" {k}={v}" for k, v in (("qualifier", f.qualifier), ("per", f.per)) if v is not None
        )
        lines.append(f"  {f.text!r} {f.kind} {f.value} {f.unit or ''}{extra}".rstrip())
    return "\n".join(lines)
