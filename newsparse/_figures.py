"""Stage 3: figures -- money, percentages, counts, ranks and quantities."""

from __future__ import annotations

from newsparse._model import Figure
from newsparse._text import TextView

__all__ = ["find_figures"]


def find_figures(view: TextView) -> tuple[Figure, ...]:
    """Every figure in the view's sentences, left to right."""
    return ()
