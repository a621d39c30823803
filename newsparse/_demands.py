"""Stage 6: demands -- who demands what of whom, item by item."""

from __future__ import annotations

from newsparse._actors import Cast
from newsparse._model import Demand, Statement
from newsparse._text import TextView

__all__ = ["find_demands"]


def find_demands(
    view: TextView, cast: Cast, statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Every demand in the view's sentences."""
    return ()
