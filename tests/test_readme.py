"""The README's example runs as written."""

from __future__ import annotations

import doctest
import os

from .conftest import ROOT


def test_readme_example() -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the example opens seeds/ relative to the checkout
    try:
        result = doctest.testfile(
            str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
        )
    finally:
        os.chdir(cwd)
    assert result.attempted > 0
    assert result.failed == 0
