"""Read the data files in ``newsparse/lexicon/`` once.

File formats (``tests/test_lexicon.py`` checks every file):

* ``NAME.txt`` -- one entry per line; lines starting with ``#`` are comments
  (the first says what the list is and where it comes from); entries are
  stripped, NFC, unique and sorted.
* ``NAME.tsv`` -- the same, with tab-separated columns; rows sorted.

Stages call :func:`words` or :func:`rows` at import time and keep the result
in a ``Final`` module constant. Several stages share a file (``cue_verbs.txt``,
``titles.txt``, ...): both functions are cached, so each file is read and parsed
once per process, and what they return is immutable.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["rows", "words"]


def _lines(name: str) -> list[str]:
    text = resources.files("newsparse").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of ``lexicon/NAME`` (a ``.txt`` file) as a frozenset.

    >>> "said" in words("cue_verbs.txt")
    True
    """
    return frozenset(line.strip() for line in _lines(name))


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``lexicon/NAME`` (a ``.tsv`` file), each a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))
