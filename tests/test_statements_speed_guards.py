"""The statements stage answers the common cases of some regexes by hand, for speed.

``_np_lead`` stands for ``_NP_LEAD_RE`` ('," she said': only a comma and spaces before
the speaker) and ``_is_title`` for ``_TITLE_RE`` (a quote opening with a lower-case
letter or a digit is no title). Each must answer exactly as its regex does, on the cases it
decides and on those it hands over, so these tests compare the private helpers with
the regexes themselves: the behaviour under test is "the same as the regex".
``_may_open_dateline`` is a quick look before ``_DATELINE_RE``: it may let a non-match
through, never stop a match.
"""

from __future__ import annotations

import itertools

import pytest

from newsparse._model import Span
from newsparse._statements import _NP_LEAD_RE, _TITLE_RE, _is_title, _np_lead

#: What may stand between a closing mark and a speaker.
_LEADS = [
    *("", " ", ",", ", ", " ,", ".", "\n", "\t", "\x1c", "A", "a"),
    *("Smith's ", "Mr ", "'s ", "1", '"', "-"),
]


def test_np_lead_agrees_with_the_regex() -> None:
    for parts in itertools.product(_LEADS, repeat=3):
        text = "".join(parts) + "Mr Smith"
        for start in range(len(text) + 1):
            want = _NP_LEAD_RE.fullmatch(text, 0, start) is not None
            assert _np_lead(text, 0, start) == want, (text, start)


_TITLES = [
    "How We Win",
    "Face the Nation",
    "unfair",
    "2020 Vision",
    "\u00c9lan Vital",
    "\u00e9lan",
    "The Plan",
    "$5 Deal",
    "'Tis Here",
    "A",
    "a",
    "It was unfair and wrong",
]


@pytest.mark.parametrize("quote", _TITLES)
def test_is_title_agrees_with_the_regex(quote: str) -> None:
    text = f'a poster titled "{quote}" hung there'
    span = Span(17, 17 + len(quote))
    assert _is_title(text, span) == (_TITLE_RE.fullmatch(text, span.start, span.end) is not None)


#: Pieces of datelines, long and short, and of sentences that only look like one.
_DATELINE_PARTS = [
    *("WASHINGTON", "RIO DE JANEIRO", "NEW YORK/WASHINGTON", "London", "ST. JOHN'S"),
    *(", March 11", ", September 30", ", April", " (Reuters)", " (Thomson Reuters Foundation)"),
    *(" - ", " -- ", " ", "-", " The", " said", "Smith, Jones"),
]


def test_may_open_dateline_never_rejects_a_dateline() -> None:
    """``_may_open_dateline`` only skips ``_DATELINE_RE`` where it cannot match."""
    from newsparse._statements_np import _DATELINE_RE, _may_open_dateline

    for parts in itertools.product(_DATELINE_PARTS, repeat=3):
        text = "".join(parts) + " The plan was approved, he said."
        if _DATELINE_RE.match(text, 0, len(text)) is not None:
            assert _may_open_dateline(text, 0), text
