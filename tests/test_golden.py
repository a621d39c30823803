"""Golden files: whole articles whose full output is pinned.

Each ``tests/golden/NAME.json`` names its ``source`` (a path in this repository)
and holds the expected ``Article.to_dict()``. A change in output fails here;
when the change is an improvement, re-pin with ``pytest --update-golden`` and
review the diff of the JSON in the commit.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import newsparse

from .conftest import ROOT

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def test_there_are_golden_files() -> None:
    assert GOLDEN


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden(path: pathlib.Path, request: pytest.FixtureRequest) -> None:
    pinned = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / pinned["source"]).read_text(encoding="utf-8")
    got = newsparse.parse(text).to_dict()
    del got["text"]  # the source file holds it
    if request.config.getoption("--update-golden"):
        pinned["article"] = got
        path.write_text(json.dumps(pinned, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip("re-pinned")
    assert got == pinned["article"]
