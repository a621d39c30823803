"""Thread and process safety: parsing in parallel gives exactly the serial results.

The texts are built from single sentences quoted from real articles
(``tests/property/strategies.py``), so the stages have names, quotes and
figures to find; nothing here reads ../shared.
"""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Final

import pytest

import newsparse
from newsparse import Article
from tests.helpers import load

ROOT = Path(__file__).resolve().parents[1]
THREADS: Final = 8


strategies = load("newsparse_test_strategies", ROOT / "tests" / "property" / "strategies.py")


def _texts() -> list[str]:
    """Forty articles: a headline, then the real sentences in a different order each time."""
    sentences = strategies.SENTENCES
    out = []
    for k in range(40):
        order = sentences[k % len(sentences) :] + sentences[: k % len(sentences)]
        paras = [" ".join(order[i : i + 1 + k % 3]) for i in range(0, len(order), 1 + k % 3)]
        out.append(f"Headline number {k}\n\n" + "\n\n".join(paras[: 4 + k % 6]))
    return out


TEXTS: Final = _texts()


@pytest.fixture(scope="module")
def serial() -> list[Article]:
    return [newsparse.parse(t) for t in TEXTS]


def test_texts_give_something_to_compare(serial: list[Article]) -> None:
    """Parallel runs are compared on results that are not all empty."""
    assert len(set(TEXTS)) == len(TEXTS)
    assert sum(len(a.figures) + len(a.statements) + len(a.actors) for a in serial) > 0


def test_threads_give_serial_results(serial: list[Article]) -> None:
    work = TEXTS * 4  # more tasks than threads, each text parsed by several threads
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(newsparse.parse, work))
    assert results == serial * 4


def test_threads_interleaving_different_texts(serial: list[Article]) -> None:
    """Each thread parses every text in its own order: no state leaks between calls."""

    def run(offset: int) -> list[Article]:
        order = TEXTS[offset:] + TEXTS[:offset]
        return [newsparse.parse(t) for t in order]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outs = list(pool.map(run, range(0, THREADS * 5, 5)))
    for offset, out in zip(range(0, THREADS * 5, 5), outs, strict=True):
        assert out == serial[offset:] + serial[:offset]


def test_process_pool_gives_serial_results(serial: list[Article]) -> None:
    # "spawn" starts each worker from a fresh import, as a service's workers would.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        results = list(pool.map(newsparse.parse, TEXTS, chunksize=5))
    assert results == serial


def test_articles_pickle(serial: list[Article]) -> None:
    assert [pickle.loads(pickle.dumps(a)) for a in serial] == serial


def test_results_do_not_depend_on_earlier_calls(serial: list[Article]) -> None:
    """Parsing in reverse order, after other texts, gives the same results."""
    assert [newsparse.parse(t) for t in reversed(TEXTS)] == serial[::-1]
