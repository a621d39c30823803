"""Every article of ../shared/corpus/articles parses, and every span slices to its text.

Skipped when ../shared is absent. The same check over the 5,000 articles of
``bench.jsonl`` is slower and lives in ``benchmarks/check_corpus.py``.
"""

from __future__ import annotations

import pathlib
from pathlib import Path

import pytest

import newsparse
from tests.helpers import load

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"

pytestmark = pytest.mark.shared


check = load("newsparse_bench_check_corpus", ROOT / "benchmarks" / "check_corpus.py")


def _paths() -> list[object]:
    paths = sorted(ARTICLES.glob("*.txt")) if ARTICLES.is_dir() else []
    return [pytest.param(p, id=p.stem) for p in paths] or [
        pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason="../shared is absent"))
    ]


@pytest.mark.parametrize("path", _paths())
def test_article_parses_and_every_span_slices(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    assert article.text == text
    assert check.problems(article) == []


def test_corpus_is_not_empty(shared: pathlib.Path) -> None:
    """The 80 articles are there when ../shared is: the parametrised test cannot be empty."""
    assert len(list((shared / "corpus" / "articles").glob("*.txt"))) >= 80
