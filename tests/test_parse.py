"""parse(): input checking, published dates, the pipeline's shape."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import newsparse
from newsparse._pipeline import STAGES, parse_timed


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(b"bytes", r"got bytes \(decode bytes first", id="bytes"),
        pytest.param(None, "got NoneType", id="none"),
        pytest.param(42, "got int", id="int"),
        pytest.param(["a"], "got list", id="list"),
    ],
)
def test_non_str_raises_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        newsparse.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \u00a0\r\n"])
def test_empty_text_gives_empty_article(text: str) -> None:
    a = newsparse.parse(text)
    assert a.text == text
    assert (a.actors, a.statements, a.demands, a.figures, a.paragraphs) == ((),) * 5


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param("2024-02-29", dt.date(2024, 2, 29), id="iso-date"),
        pytest.param("2024-02-29T10:30:00Z", dt.date(2024, 2, 29), id="iso-datetime"),
        pytest.param(dt.date(2019, 11, 5), dt.date(2019, 11, 5), id="date"),
        pytest.param(dt.datetime(2019, 11, 5, 8, 0), dt.date(2019, 11, 5), id="datetime"),
        pytest.param(None, None, id="none"),
    ],
)
def test_published(published: object, expected: dt.date | None) -> None:
    assert newsparse.parse("Text.", published=published).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "29/02/2024", ""])
def test_bad_published_string_names_the_value(bad: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        newsparse.parse("Text.", published=bad)


def test_bad_published_type() -> None:
    with pytest.raises(TypeError, match="published must be"):
        newsparse.parse("Text.", published=20240229)  # type: ignore[arg-type]


def test_text_is_kept_exactly(seed_text: str) -> None:
    assert newsparse.parse(seed_text).text is seed_text


def test_timed_parse_reports_every_stage(seed_text: str) -> None:
    article, timings = parse_timed(seed_text)
    assert article == newsparse.parse(seed_text)
    assert list(timings) == list(STAGES)
    assert all(t >= 0 for t in timings.values())


def test_ids_are_in_text_order(seed_text: str) -> None:
    a = newsparse.parse(seed_text)
    for prefix, items in (("s", a.statements), ("d", a.demands)):
        assert [x.id for x in items] == [f"{prefix}{i}" for i in range(1, len(items) + 1)]
        assert [x.span.start for x in items] == sorted(x.span.start for x in items)
    assert [x.id for x in a.actors] == [f"a{i}" for i in range(1, len(a.actors) + 1)]


#: Inputs that once made parse() raise; each must now give an Article.
RAISED_ONCE = [
    # hypothesis: a description whose last word strips to nothing ("s") crashed Cast.resolve
    '"Smith," The CBO s said.',
    # a plural demonym before a government word ("Kenyans government"): the body's country
    # was looked up by the plural, KeyError (constructed)
    "He said Kenyans government would act.",
    "Many Americans government officials said it.",
]


@pytest.mark.parametrize("text", RAISED_ONCE)
def test_inputs_that_once_raised(text: str) -> None:
    assert newsparse.parse(text).text == text
