"""parse(): the only place that knows the order of the stages.

1. text        -- :class:`~newsparse._text.TextView` (normalised view, title,
                  paragraphs, sentences)
2. boilerplate -- spans that are not the story; later stages skip them
3. figures     -- money, percentages, counts, ranks, quantities
4. actors      -- mentions, clustering, coreference (a :class:`Cast`)
5. statements  -- quotes and reported speech, speakers resolved via the cast
6. demands     -- who demands what of whom
7. assemble    -- ids in text order, the frozen :class:`Article`
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable
from typing import Final, TypeVar

import attrs
from dateutil import parser as _dateparser

from newsparse._actors import find_actors
from newsparse._boilerplate import find_boilerplate
from newsparse._demands import find_demands
from newsparse._figures import find_figures
from newsparse._model import Article, Demand, Figure, Statement
from newsparse._statements import find_statements
from newsparse._text import TextView

__all__ = ["STAGES", "parse", "parse_timed"]

#: Stage names in the order they run, as :func:`parse_timed` reports them.
STAGES = ("text", "boilerplate", "figures", "actors", "statements", "demands", "assemble")

_T = TypeVar("_T")


def parse(text: str, *, published: _dt.date | str | None = None) -> Article:
    """Parse the plain text of one English news article.

    Args:
        text: the article, exactly as it should be indexed; every span in the
            result points into it.
        published: the publication date, as a :class:`datetime.date`,
            :class:`datetime.datetime` or ISO 8601 string; optional.

    Returns:
        The frozen :class:`~newsparse.Article`.

    Raises:
        TypeError: ``text`` is not a ``str`` (bytes are not decoded for you),
            or ``published`` is of an unsupported type.
        ValueError: ``published`` is a string that is not an ISO 8601 date.

    >>> import newsparse
    >>> newsparse.parse("")
    <Article title=None chars=0 actors=0 statements=0 demands=0 figures=0>
    >>> newsparse.parse("", published="2024-02-29").published
    datetime.date(2024, 2, 29)
    """
    return _run(text, published, None)


def parse_timed(
    text: str, *, published: _dt.date | str | None = None
) -> tuple[Article, dict[str, float]]:
    """:func:`parse`, also returning the seconds spent in each stage of :data:`STAGES`."""
    timings: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    return _run(text, published, timings), timings


def _run(text: str, published: _dt.date | str | None, timings: dict[str, float] | None) -> Article:
    if not isinstance(text, str):
        raise TypeError(_type_error(text))
    date = _published(published)

    def stage(name: str, fn: Callable[[], _T]) -> _T:
        if timings is None:
            return fn()
        t0 = time.perf_counter()
        out = fn()
        timings[name] += time.perf_counter() - t0
        return out

    view = stage("text", lambda: TextView.of(text))
    view = stage("boilerplate", lambda: view.with_boilerplate(find_boilerplate(view)))
    figures = stage("figures", lambda: find_figures(view))
    cast = stage("actors", lambda: find_actors(view, figures))
    statements = stage("statements", lambda: find_statements(view, cast))
    demands = stage("demands", lambda: find_demands(view, cast, statements))

    def assemble() -> Article:
        title = view.title
        return Article(
            text=text,
            title=None if title is None else view.text(title),
            published=date,
            paragraphs=view.body_paragraphs(),
            boilerplate=view.boilerplate,
            actors=cast.actors,
            statements=_numbered(statements, "s"),
            demands=_numbered(demands, "d"),
            figures=sorted(figures, key=_span_key),
        )

    return stage("assemble", assemble)


_S = TypeVar("_S", Statement, Demand)


def _span_key(x: Figure | Statement | Demand) -> tuple[int, int]:
    return (x.span.start, x.span.end)


#: The fields other than ``id`` of the classes :func:`_numbered` renumbers.
_NON_ID_FIELDS: Final = {
    cls: tuple(a.name for a in attrs.fields(cls) if a.name != "id") for cls in (Statement, Demand)
}


def _numbered(items: tuple[_S, ...], prefix: str) -> tuple[_S, ...]:
    """``items`` in text order with ids ``{prefix}1``, ``{prefix}2``, ...

    Built directly rather than with :func:`attrs.evolve`, which costs twice as much.
    """
    ordered = sorted(items, key=_span_key)
    return tuple(
        type(x)(id=f"{prefix}{i}", **{n: getattr(x, n) for n in _NON_ID_FIELDS[type(x)]})
        for i, x in enumerate(ordered, 1)
    )


def _type_error(value: object) -> str:
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))"
    return f"parse() expects the article text as str, got {type(value).__name__}{hint}"


def _published(value: object) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dateparser.isoparse(value.strip()).date()
        except (ValueError, OverflowError):
            raise ValueError(f"published={value!r} is not an ISO 8601 date") from None
    raise TypeError(
        f"published must be a date, datetime or ISO 8601 string, got {type(value).__name__}"
    )
