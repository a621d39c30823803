"""The model: frozen, hashable, picklable, and the newsparse/1 JSON round trip."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import jsonschema
import pytest

import newsparse
from newsparse import Actor, Article, Demand, Figure, Span, Statement


def _article() -> Article:
    text = 'Lopez said: "We want $20 billion." The U.S. refused.'
    lopez = Actor(id="a1", name="Lopez", kind="person", title="President", mentions=(Span(0, 5),))
    us = Actor(
        id="a2", name="United States", kind="country", aliases=("U.S.",), mentions=(Span(39, 43),)
    )
    return Article(
        text=text,
        title=None,
        published=dt.date(2024, 2, 29),
        paragraphs=(Span(0, len(text)),),
        actors=(lopez, us),
        statements=(
            Statement(
                id="s1",
                speaker=lopez,
                text="We want $20 billion.",
                kind="direct",
                cue="said",
                span=Span(13, 33),
                rule="cue-then-quote",
            ),
        ),
        demands=(
            Demand(
                id="d1",
                demander=lopez,
                addressee=us,
                items=("$20 billion",),
                item_spans=(Span(21, 32),),
                cue="want",
                span=Span(13, 33),
                status="rejected",
                rule="verb.want",
            ),
        ),
        figures=(
            Figure(
                text="$20 billion",
                span=Span(21, 32),
                kind="money",
                value=20_000_000_000,
                unit="USD",
                rule="money.sign-number",
            ),
        ),
    )


def test_round_trip_dict_and_json() -> None:
    a = _article()
    assert Article.from_dict(a.to_dict()) == a
    assert Article.from_json(a.to_json()) == a
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_to_dict_uses_actor_ids_and_schema_tag() -> None:
    d = _article().to_dict()
    assert d["schema"] == "newsparse/1"
    assert d["statements"][0]["speaker"] == "a1"
    assert d["demands"][0]["addressee"] == "a2"
    assert d["published"] == "2024-02-29"
    assert d["figures"][0]["span"] == [21, 32]


def test_to_dict_validates_against_shipped_schema() -> None:
    jsonschema.validate(_article().to_dict(), newsparse.json_schema())
    jsonschema.validate(newsparse.parse("").to_dict(), newsparse.json_schema())


def test_spans_slice_to_their_text() -> None:
    a = _article()
    for f in a.figures:
        assert a.text[f.span.start : f.span.end] == f.text


def test_frozen_hashable_picklable() -> None:
    a = _article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "x"  # type: ignore[misc]
    assert hash(a) == hash(Article.from_dict(a.to_dict()))
    assert pickle.loads(pickle.dumps(a)) == a
    assert len({a.actors[0], a.actors[0]}) == 1


def test_keyword_only() -> None:
    with pytest.raises(TypeError):
        Actor("a1", "X", "person")  # type: ignore[misc]


def test_reprs_are_short_and_readable() -> None:
    a = _article()
    assert repr(a).startswith("<Article title=None chars=52 actors=2")
    assert "speaker=<a1 'Lopez'>" in repr(a.statements[0])
    assert "text=" not in repr(a)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(lambda d: d.update(schema="newsparse/0"), "schema", id="wrong-schema"),
        pytest.param(lambda d: d["statements"][0].update(speaker="a9"), "a9", id="dangling-ref"),
        pytest.param(lambda d: d["actors"][0].update(kind="robot"), "robot", id="bad-kind"),
        pytest.param(lambda d: d["figures"][0].pop("rule"), "rule", id="missing-field"),
    ],
)
def test_from_dict_rejects_bad_data(mutate: object, message: str) -> None:
    d = _article().to_dict()
    mutate(d)  # type: ignore[operator]
    with pytest.raises(ValueError, match=message):
        Article.from_dict(d)


def test_span_validation() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 3)
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 3)
    assert Span(1, 4) < Span(2, 3)


def test_actor_lookup() -> None:
    a = _article()
    assert a.actor("a2").name == "United States"
    with pytest.raises(KeyError):
        a.actor("a7")
