"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import newsparse
from newsparse import *  # noqa: F403 (names for doctests in docstrings)

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
nitpick_ignore = [
    ("py:class", "attrs.Attribute"),
    ("py:class", "regex.Match"),
    ("py:class", "Span"),
    ("py:class", "Actor"),
    ("py:class", "Statement"),
    ("py:class", "Demand"),
    ("py:class", "Figure"),
    ("py:class", "Article"),
    ("py:class", "ActorKind"),
    ("py:class", "StatementKind"),
    ("py:class", "DemandStatus"),
    ("py:class", "FigureKind"),
    ("py:class", "_dt.date"),
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "optional"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Iterable"),
    ("py:func", "json.dumps"),
]
doctest_global_setup = """
import pathlib
import newsparse  # noqa: F401
from newsparse import *  # noqa: F403 (names for doctests in docstrings)
SEED = next(p for p in (pathlib.Path('seeds'), pathlib.Path('../seeds')) if p.is_dir())
SEED_TEXT = (SEED / '000_b93e45dfa90aabed.txt').read_text(encoding='utf-8')
"""

html_theme = "furo"
html_title = "newsparse"
exclude_patterns = ["_build"]
