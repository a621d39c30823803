"""Every article of ../shared/corpus/articles parses, and every span slices to its text.

Skipped when ../shared is absent. The same check over the 5,000 articles of
``bench.jsonl`` is slower and lives in ``benchmarks/check_corpus.py``.
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsparse

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "articles"

pytestmark = pytest.mark.shared


def _load(name: str, path: Path) -> ModuleType:
    """Import a helper module by path (benchmarks/ is not on sys.path)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check = _load("newsparse_bench_check_corpus", ROOT / "benchmarks" / "check_corpus.py")


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
