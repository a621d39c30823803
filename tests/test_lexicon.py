"""Every lexicon file is clean data: a header comment, entries non-empty, sorted, unique,
stripped and NFC."""

from __future__ import annotations

import pathlib
import unicodedata

import pytest

LEXICON = pathlib.Path(__file__).resolve().parent.parent / "newsparse" / "lexicon"
FILES = sorted(p for p in LEXICON.iterdir() if p.suffix in {".txt", ".tsv"})


def test_there_are_lexicons() -> None:
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lexicon_file_is_clean(path: pathlib.Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), "starts with a comment saying what it is"
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    assert entries, "has entries"
    for e in entries:
        cells = e.split("\t")
        assert cells[0] and all(c == c.strip() for c in cells), f"stripped: {e!r}"
        assert unicodedata.normalize("NFC", e) == e, f"NFC: {e!r}"
    assert len(set(entries)) == len(entries), "unique"
    assert entries == sorted(entries), "sorted"
