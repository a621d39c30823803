"""The typed object model: what :func:`newsparse.parse` returns.

Every class is an ``attrs`` frozen, slotted class with keyword-only fields
(except :class:`Span`, which is a plain ``(start, end)`` pair). Instances are
hashable, picklable and compare by value. :meth:`Article.to_dict` writes the
``newsparse/1`` JSON schema (see ``docs/reference/schema.rst``) and
:meth:`Article.from_dict` reads it back into an equal :class:`Article`.

This module never parses text; it only holds and converts results.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any, Final, Literal, TypeAlias, cast, get_args

import attrs

__all__ = [
    "SCHEMA",
    "Actor",
    "ActorKind",
    "Article",
    "Demand",
    "DemandStatus",
    "Figure",
    "FigureKind",
    "Span",
    "Statement",
    "StatementKind",
    "json_schema",
]

#: The schema tag written into and required from every serialised Article.
SCHEMA: Final = "newsparse/1"

ActorKind: TypeAlias = Literal["person", "organization", "country", "place", "group"]
StatementKind: TypeAlias = Literal["direct", "partial", "indirect"]
DemandStatus: TypeAlias = Literal["made", "rejected", "accepted"]
FigureKind: TypeAlias = Literal["money", "percent", "count", "rank", "quantity"]

_ACTOR_KINDS: Final = frozenset(get_args(ActorKind))
_STATEMENT_KINDS: Final = frozenset(get_args(StatementKind))
_DEMAND_STATUSES: Final = frozenset(get_args(DemandStatus))
_FIGURE_KINDS: Final = frozenset(get_args(FigureKind))


@attrs.frozen(init=False)
class Span:
    """A half-open range ``[start, end)`` of code points in ``Article.text``.

    ``article.text[span.start:span.end]`` is always the surface form of what
    the span marks; normalisation never shifts offsets.

    >>> s = Span(4, 9)
    >>> "The White House"[s.start:s.end]
    'White'
    >>> len(s), s.to_list()
    (5, [4, 9])
    """

    start: int  #: first code point
    end: int  #: one past the last code point

    # Written by hand rather than generated: every stage makes spans by the
    # thousand, and one combined range check is twice as fast as two validators.
    # The fields are set through their slots' descriptors (bound below the
    # class), which skips the frozen class's __setattr__ and a name lookup.
    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            if start < 0:
                raise ValueError(f"Span start must be >= 0, got {start}")
            raise ValueError(f"Span end {end} is before its start {start}")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    # Ordered as the pair (start, end). Written by hand: the generated methods
    # build a tuple through a generator per comparison, and stages sort and
    # bisect spans by the thousand.
    def __lt__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return (self.start, self.end) < (other.start, other.end)

    def __le__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return (self.start, self.end) <= (other.start, other.end)

    def __gt__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return (self.start, self.end) > (other.start, other.end)

    def __ge__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return (self.start, self.end) >= (other.start, other.end)

    def to_list(self) -> list[int]:
        """The JSON form ``[start, end]``."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, pair: Iterable[int]) -> Span:
        """Read the JSON form ``[start, end]``.

        >>> Span.from_list([3, 7])
        Span(start=3, end=7)
        """
        start, end = pair
        return cls(int(start), int(end))


#: The setters of :class:`Span`'s two slots (``__slots__`` member descriptors).
_set_start: Final[Callable[[Span, int], None]] = Span.__dict__["start"].__set__
_set_end: Final[Callable[[Span, int], None]] = Span.__dict__["end"].__set__


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _demands(value: Iterable[Demand]) -> tuple[Demand, ...]:
    return tuple(value)


def _figures(value: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(value)


def _actor_ref(actor: Actor | None) -> str:
    return "None" if actor is None else f"<{actor.id} {actor.name!r}>"


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


@attrs.frozen(kw_only=True)
class Actor:
    """Someone or something that acts or is acted upon in the story.

    >>> a = Actor(id="a1", name="Sharyn Alfonsi", kind="person", title="correspondent",
    ...           aliases=("Alfonsi",), mentions=(Span(0, 14),))
    >>> a  # doctest: +NORMALIZE_WHITESPACE
    Actor(id='a1', name='Sharyn Alfonsi', kind='person', title='correspondent',
          aliases=('Alfonsi',), mentions=(Span(start=0, end=14),))
    """

    id: str  #: "a1", "a2", ... in order of first mention, unique within one Article
    name: str  #: the fullest proper form in the text ("Andrés Manuel López Obrador")
    kind: ActorKind  #: person, organization, country, place or group
    title: str | None = None  #: role word(s) before or beside the name ("President")
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)  #: other forms used
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)  #: every mention


@attrs.frozen(kw_only=True)
class Statement:
    """What someone said, wrote or asked.

    >>> Statement(id="s1", speaker=None, text="We will win", kind="direct", cue=None,
    ...           span=Span(1, 12), rule="quote-unattributed")
    ... # doctest: +NORMALIZE_WHITESPACE
    Statement(id='s1', speaker=None, text='We will win', kind='direct', cue=None,
              span=Span(start=1, end=12), rule='quote-unattributed')
    """

    id: str  #: "s1", "s2", ... in text order
    speaker: Actor | None = attrs.field(repr=_actor_ref)  #: who said it; None when unknown
    text: str = attrs.field(repr=_short)  #: the words, without the quote marks
    kind: StatementKind  #: direct, partial or indirect
    cue: str | None  #: the speech verb or phrase as written ("said", "according to")
    span: Span  #: where ``text`` stands in the article
    rule: str  #: the rule that found it, e.g. "quote-then-cue"


@attrs.frozen(kw_only=True)
class Demand:
    """One actor requiring, asking or urging something of another.

    >>> Demand(id="d1", demander=None, addressee=None, items=("a ceasefire",),
    ...        cue="called for", span=Span(0, 30), rule="verb.call-for")
    ... # doctest: +NORMALIZE_WHITESPACE
    Demand(id='d1', demander=None, addressee=None, items=('a ceasefire',), cue='called for',
           item_spans=(), in_exchange_for=None, condition=None, status='made',
           span=Span(start=0, end=30), rule='verb.call-for')
    """

    id: str  #: "d1", "d2", ... in text order
    demander: Actor | None = attrs.field(repr=_actor_ref)  #: who demands
    addressee: Actor | None = attrs.field(repr=_actor_ref)  #: of whom; None if unsaid
    items: tuple[str, ...] = attrs.field(converter=_strs)  #: one per thing demanded, as written
    cue: str | None  #: the demand word as written ("demands", "called on")
    #: where each item stands in the article, parallel to ``items``
    item_spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    in_exchange_for: str | None = None  #: what the demander offers in return
    condition: str | None = None  #: a condition, threat or deadline attached
    status: DemandStatus = "made"  #: "rejected" or "accepted" where the text says so
    span: Span  #: the whole demand expression
    rule: str  #: the rule that found it, e.g. "noun.demands-of"


@attrs.frozen(kw_only=True)
class Figure:
    """A number that measures something, normalised to a value and a unit.

    >>> Figure(text="$20 billion", span=Span(0, 11), kind="money", value=20_000_000_000,
    ...        unit="USD", per="year", rule="money.sign-number").value
    20000000000
    """

    text: str  #: surface form, == ``article.text[span.start:span.end]``
    span: Span  #: where it stands
    kind: FigureKind  #: money, percent, count, rank or quantity
    value: int | float  #: in whole units ("£3.5m" -> 3500000)
    unit: str | None = None  #: ISO 4217 code, "%", "pp", a unit word, or None
    qualifier: str | None = None  #: "about", "more than", "up to", "record", ...
    per: str | None = None  #: the period of a rate ("year", "month", "day", ...)
    #: for one end of a range ("$40-50 billion"), the span of the whole range
    range: Span | None = None
    rule: str  #: the rule that found it, e.g. "money.sign-number"


def _date(value: _dt.date | None) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    return value


@attrs.frozen(kw_only=True, repr=False)
class Article:
    """Everything newsparse found in one article.

    ``text`` is the input exactly as given; every span indexes it.
    """

    text: str  #: the article exactly as given
    title: str | None = None  #: the headline, when the text opens with one
    published: _dt.date | None = attrs.field(default=None, converter=_date)  #: as passed
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_spans)  #: body paragraphs
    boilerplate: tuple[Span, ...] = attrs.field(default=(), converter=_spans)  #: not the story
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    demands: tuple[Demand, ...] = attrs.field(default=(), converter=_demands)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)

    def __repr__(self) -> str:
        return (
            f"<Article title={self.title!r} chars={len(self.text)}"
            f" actors={len(self.actors)} statements={len(self.statements)}"
            f" demands={len(self.demands)} figures={len(self.figures)}>"
        )

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id.

        Raises:
            KeyError: no actor has that id.
        """
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    # -- serialisation ---------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The ``newsparse/1`` JSON form: plain dicts, lists, strings and numbers.

        Actors are referred to by id.

        >>> Article(text="Hi.").to_dict()["schema"]
        'newsparse/1'
        """
        return {
            "schema": SCHEMA,
            "title": self.title,
            "published": None if self.published is None else self.published.isoformat(),
            "paragraphs": [s.to_list() for s in self.paragraphs],
            "boilerplate": [s.to_list() for s in self.boilerplate],
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "title": a.title,
                    "aliases": list(a.aliases),
                    "mentions": [s.to_list() for s in a.mentions],
                }
                for a in self.actors
            ],
            "statements": [
                {
                    "id": s.id,
                    "speaker": _ref(s.speaker),
                    "text": s.text,
                    "kind": s.kind,
                    "cue": s.cue,
                    "span": s.span.to_list(),
                    "rule": s.rule,
                }
                for s in self.statements
            ],
            "demands": [
                {
                    "id": d.id,
                    "demander": _ref(d.demander),
                    "addressee": _ref(d.addressee),
                    "cue": d.cue,
                    "items": list(d.items),
                    "item_spans": [s.to_list() for s in d.item_spans],
                    "in_exchange_for": d.in_exchange_for,
                    "condition": d.condition,
                    "status": d.status,
                    "span": d.span.to_list(),
                    "rule": d.rule,
                }
                for d in self.demands
            ],
            "figures": [
                {
                    "text": f.text,
                    "span": f.span.to_list(),
                    "kind": f.kind,
                    "value": f.value,
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "per": f.per,
                    "range": None if f.range is None else f.range.to_list(),
                    "rule": f.rule,
                }
                for f in self.figures
            ],
            "text": self.text,
        }

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as a JSON string; keyword arguments go to :func:`json.dumps`.

        >>> Article(text="").to_json()[:24]
        '{"schema": "newsparse/1"'
        """
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output.

        Raises:
            ValueError: ``data`` is not in the ``newsparse/1`` schema, or an
                actor reference names no actor.

        >>> a = Article(text="Hi.")
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        if data.get("schema") != SCHEMA:
            raise ValueError(f"expected schema {SCHEMA!r}, got {data.get('schema')!r}")
        try:
            actors = tuple(
                Actor(
                    id=a["id"],
                    name=a["name"],
                    kind=_member(a["kind"], _ACTOR_KINDS, "actor kind"),
                    title=a.get("title"),
                    aliases=a.get("aliases", ()),
                    mentions=(Span.from_list(s) for s in a.get("mentions", ())),
                )
                for a in data.get("actors", ())
            )
            by_id = {a.id: a for a in actors}

            def actor(ref: str | None) -> Actor | None:
                if ref is None:
                    return None
                if ref not in by_id:
                    raise ValueError(f"actor reference {ref!r} names no actor")
                return by_id[ref]

            published = data.get("published")
            return cls(
                text=data["text"],
                title=data.get("title"),
                published=None if published is None else _dt.date.fromisoformat(published),
                paragraphs=(Span.from_list(s) for s in data.get("paragraphs", ())),
                boilerplate=(Span.from_list(s) for s in data.get("boilerplate", ())),
                actors=actors,
                statements=(
                    Statement(
                        id=s["id"],
                        speaker=actor(s.get("speaker")),
                        text=s["text"],
                        kind=_member(s["kind"], _STATEMENT_KINDS, "statement kind"),
                        cue=s.get("cue"),
                        span=Span.from_list(s["span"]),
                        rule=s["rule"],
                    )
                    for s in data.get("statements", ())
                ),
                demands=(
                    Demand(
                        id=d["id"],
                        demander=actor(d.get("demander")),
                        addressee=actor(d.get("addressee")),
                        items=d["items"],
                        item_spans=(Span.from_list(s) for s in d.get("item_spans", ())),
                        cue=d.get("cue"),
                        in_exchange_for=d.get("in_exchange_for"),
                        condition=d.get("condition"),
                        status=_member(d.get("status", "made"), _DEMAND_STATUSES, "status"),
                        span=Span.from_list(d["span"]),
                        rule=d["rule"],
                    )
                    for d in data.get("demands", ())
                ),
                figures=(
                    Figure(
                        text=f["text"],
                        span=Span.from_list(f["span"]),
                        kind=_member(f["kind"], _FIGURE_KINDS, "figure kind"),
                        value=f["value"],
                        unit=f.get("unit"),
                        qualifier=f.get("qualifier"),
                        per=f.get("per"),
                        range=None if f.get("range") is None else Span.from_list(f["range"]),
                        rule=f["rule"],
                    )
                    for f in data.get("figures", ())
                ),
            )
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r} in newsparse/1 data") from None

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an Article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))


def _ref(actor: Actor | None) -> str | None:
    return None if actor is None else actor.id


def _member(value: Any, allowed: frozenset[str], what: str) -> Any:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {sorted(allowed)}")
    return cast(Any, value)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Article.to_dict` output, as a dict.

    The file ships in the package as ``newsparse/schema.json``.

    >>> json_schema()["properties"]["schema"]
    {'const': 'newsparse/1'}
    """
    text = resources.files("newsparse").joinpath("schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
