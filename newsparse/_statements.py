"""Stage 5: statements -- direct, partial and indirect speech with speakers."""

from __future__ import annotations

from newsparse._actors import Cast
from newsparse._model import Statement
from newsparse._text import TextView

__all__ = ["find_statements"]


def find_statements(view: TextView, cast: Cast) -> tuple[Statement, ...]:
    """Every statement in the view's sentences."""
    return ()
