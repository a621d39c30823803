"""Stage 4: actors -- mentions, kinds, titles, aliases and coreference."""

from __future__ import annotations

import attrs

from newsparse._model import Actor, Figure
from newsparse._text import TextView

__all__ = ["Cast", "find_actors"]


@attrs.frozen(kw_only=True)
class Cast:
    """The actors of one article and the means to resolve references to them.

    Later stages (statements, demands) hold a Cast and ask it who a noun
    phrase refers to; they never build actors themselves.
    """

    actors: tuple[Actor, ...] = ()  #: one per referent, ids in order of first mention

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention inside ``[start, end)`` (leftmost, then longest), if any."""
        return None

    def resolve(self, start: int, end: int) -> Actor | None:
        """Who the noun phrase at ``[start, end)`` refers to, or None.

        A name or description mention inside the span wins; otherwise a
        pronoun ("he", "she", "they", "it") or a description ("the
        spokesperson", "the Mexican leader") is resolved to the nearest
        compatible antecedent before ``start`` (gender, number, role words).
        """
        return None


def find_actors(view: TextView, figures: tuple[Figure, ...]) -> Cast:
    """Find, cluster and name the actors of the article."""
    return Cast()
