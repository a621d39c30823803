"""The actors stage reads names with a quicker engine where it finds the same runs.

Text that is ASCII but for symbols ("£", "—", curly quotes) is scanned for names by
the standard library's engine; everywhere it must give what the full Unicode pattern
gives. Sentences are quoted from real articles in ../shared/corpus (origin in a comment).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse._actors as actors
from newsparse._actors import Cast, find_actors
from newsparse._boilerplate import find_boilerplate
from newsparse._text import TextView


def cast_of(text: str, *, quick: bool = True) -> Cast:
    """The cast of ``text``; without ``quick``, names are read by the Unicode pattern only."""
    view = TextView.of(text)
    view = view.with_boilerplate(find_boilerplate(view))
    with pytest.MonkeyPatch.context() as patch:
        if not quick:
            patch.setattr(actors, "_ascii_names", lambda norm: False)
        return find_actors(view, ())


def summary(cast: Cast) -> list[tuple[str, str, str | None, tuple[str, ...], int]]:
    return [(a.name, a.kind, a.title, a.aliases, len(a.mentions)) for a in cast.actors]


REAL = [
    pytest.param(
        # bbc-business-004: a pound sign beside an organisation and a person with a title
        'Rod Eddington, BA\'s chief executive, said the results were "respectable" in a '
        "third quarter when fuel costs rose by £106m or 47.3%.",
        id="pound-sign",
    ),
    pytest.param(
        # bbc-business-132: pounds in brackets, a brand inside a relative clause
        "Inbev, which makes Stella Artois, said pre-tax profits for 2004 rose 56% to 1.16bn "
        "euros ($1.5bn; £800m), and said it expected solid growth in 2005.",
        id="pounds-in-brackets",
    ),
    pytest.param(
        # aeb-ap-090: an em dash and curly quotes
        "Yet Sondland has already amended his testimony once \u2014 \u201cI now do recall,\u201d "
        "he said, talking to Ukraine about investigations.",
        id="em-dash-and-curly-quotes",
    ),
    pytest.param(
        # bbc-business-096: an apostrophe inside a surname
        "said chief executive Finian O'Sullivan.",
        id="apostrophe-in-surname",
    ),
    pytest.param(
        # bbc-sport-200: a particle inside a name, a possessive after it
        "The United boss said it was worse than Ruud van Nistelrooy's foul on Ashley Cole "
        "for which he got a three-game ban.",
        id="particle-in-name",
    ),
    pytest.param(
        # reuters21578-00016: a name and a title broken across lines
        "said Arthur Miller, BankAmerica's Vice President for Financial\nCommunications, when "
        "asked if BankAmerica would proceed with\nthe offer immediately after it receives SEC "
        "approval.",
        id="line-breaks-in-a-title",
    ),
]


@pytest.mark.parametrize("text", REAL)
def test_quick_scan_finds_what_the_unicode_pattern_finds(text: str) -> None:
    assert actors._ascii_names(TextView.of(text).norm)  # the quick engine reads this text
    quick = summary(cast_of(text))
    assert quick  # names are found, so a difference would show
    assert quick == summary(cast_of(text, quick=False))


def test_letters_beyond_ascii_take_the_unicode_pattern() -> None:
    # seed-000: an accented name is read whole, not cut at its accent
    text = "L\u00f3pez Obrador was asked about those demands by correspondent Sharyn Alfonsi."
    assert not actors._ascii_names(TextView.of(text).norm)
    assert [a.name for a in cast_of(text).actors] == ["L\u00f3pez Obrador", "Sharyn Alfonsi"]


#: Words and marks that make and break runs of names: particles, joiners, initials,
#: possessives and owned heads, symbols beyond ASCII, line breaks.
_PIECES = [
    "Smith", "Jones", "O'Brien", "van", "der", "de", "la", "of", "for", "the", "on", "&",
    "U.S.", "Jr.", "A.B.C.D.", "Attorney's", "Office", "Mc-Donald", "said", "says", "he",
    "Bank", "England", "Ministry", "Xi's2", "it's", "\u00a3", "\u2014", "5", "_", "Mr",
    "President", "Theresa", "May", "spokesman", "BBC", "Reuters", "Washington", "iPhone",
    "5G", "l'Oreal", "x",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", "", "\n", ". ", ", ", "  ", '"', "'", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), min_size=1, max_size=40
    )
)
def test_quick_scan_matches_on_made_up_text(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in pieces)
    assert summary(cast_of(text)) == summary(cast_of(text, quick=False))
