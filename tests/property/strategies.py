"""Hypothesis strategies for newsparse: text that looks like news, and Article objects.

:func:`news_texts` builds articles from fragments -- names, titles, speech
verbs, quotes in every quote style, numbers, money, percentages, capitals,
abbreviations -- and from :data:`SENTENCES`, single sentences quoted from real
articles, so the stages find something to extract. :func:`articles` builds
whole :class:`~newsparse.Article` objects directly (not through ``parse``) for
model round trips.
"""

from __future__ import annotations

import string
from typing import Final

from hypothesis import strategies as st

from newsparse import Actor, Article, Demand, Figure, Span, Statement

__all__ = ["SENTENCES", "any_texts", "articles", "news_texts", "paragraphs"]

#: Single sentences quoted from real articles (origin in the comment).
SENTENCES: Final = (
    # aeb-aljazeera-081
    "More than 2,500 Afghan civilians have been killed in the fighting so far this year, "
    "according to the United Nations.",
    # aeb-ap-090
    "\u201cAmbassador Sondland replied that \u2018He\u2019s going to do it,\u2019 adding that "
    "President Zelensky will, quote, \u2018do anything you ask him to.\u2019\u201d",
    # aeb-bbc-142
    '"The reason for this decision is that the evidence has weakened considerably due to the '
    'long period of time that has elapsed since the events in question," it added.',
    # aeb-cbsnews-083
    'He added that he viewed the delay "as a U.S. policy problem that we needed to fix '
    'internally."',
    # aeb-latimes-095
    "\u201cFinancial players like Fortress and Alden are making significant money on the way "
    "down,\u201d says Doctor.",
    # aeb-msn-118
    "\u201cWe implore you to allow our volunteer physicians to hold our requested influenza "
    "vaccine clinic,\u201d the physicians stated in the letter.",
    # aeb-rt-050
    "Public Ombudsman Nadia Cruz\u2019s office said the deaths were caused by gunshot wounds "
    "and called on the \u201cinterim\u201d government to withdraw military units from all "
    "policing operations in order to reduce the violence.",
    # aeb-thehill-015
    "In 2016, the South Dakota's Department of Social Services reported that the number of "
    "young people in the state who have reported using meth was 3.8 percent, compared to the "
    "national average of 3 percent.",
    # aeb-usatoday-140
    "Many of the prisons, she said, are aging and need to be repaired.",
    # bbc-business-224
    "At present, Mr Glazer and his family hold a 28.1% stake, making them Manchester United's "
    "second biggest shareholders.",
    # bbc-business-227
    'He also called for "practical measures" to help pensioners, especially women who he said '
    '"are most likely to retire in poverty".',
    # bbc-business-241
    'He added: "It is the richest countries hearing the voices of the poor."',
    # bbc-business-291
    '"All we\'re saying today is that we have received the ruling and are reviewing it," a '
    "spokeswoman said on Friday.",
    # bbc-business-323
    "Data from the CML showed lending fell to just over \u00a325bn in November, from "
    "\u00a325.5bn a year earlier.",
    # bbc-business-451
    "Southcorp's shares rose 12% to A$4.76 on news of the offer but Foster's shares fell 3.7% "
    "to A$5.44.",
    # bbc-politics-085
    "Essential Guide to British Quangos 2005 author Dan Lewis said at least 111 of the "
    "appointed bodies had been set up since Labour won power in 1997.",
    # bbc-politics-093
    'He wants to see a phased withdrawal of UK troops "as soon as the situation allows", he '
    "said in London.",
    # bbc-politics-116
    'Chairman Sir Archy Kirkwood said: "If the agency cannot be rescued, then it must be '
    'replaced."',
    # bbc-politics-203
    "Ministers had hoped to get \u00a3900m from the European Union Vet Fund to help with "
    "animal slaughter and other costs but in the end was granted \u00a3349m.",
    # bbc-politics-307
    '"He believes students should pay tuition fees, that Tony Blair should not be criticised '
    'over his handling of the Iraq war and that more powers should be given to Europe," the '
    "spokesman said.",
    # isot-reuters-561
    "The Department of Justice\u2019s move to block it was \u201cfoolish\u201d because the "
    "deal posed no threat to consumers, the wireless carrier\u2019s trial lawyer, Dan "
    "Petrocelli, told CNBC on Tuesday.",
    # isot-reuters-585
    "Trump had urged lawmakers to add repeal of the mandate to the tax bill, writing on "
    "Twitter last week that the provision was \u201cunfair\u201d and \u201chighly "
    "unpopular.\u201d",
    # isot-reuters-592
    "U.S. agricultural exports to Canada and Mexico quintupled to about $41 billion in 2016 "
    "from about $9 billion in 1993, the year before NAFTA went into effect, according to U.S. "
    "data.",
    # isot-reuters-632
    "Repealing the mandate would also lower the federal deficit by $338 billion over the same "
    "time period, the CBO said, a finding that several Republican senators said influenced "
    "the move.",
    # isot-reuters-740
    "In addition, a proposed 20 percent excise tax meant to discourage foreign companies from "
    "shifting U.S. profits offshore \u201cappears dead,\u201d said Chris Krueger, an analyst "
    "at financial firm Cowen\u2019s Washington Research Group.",
    # reuters21578-02383
    '"At this time, we have to get our priorities right," he said.',
)

_NAMES: Final = (
    "Smith", "Jones", "Nadia Cruz", "Dan Lewis", "Tony Blair", "Andr\u00e9s Manuel L\u00f3pez "
    "Obrador", "Mr Glazer", "Dr. Ruth", "the spokesman", "she", "He", "they", "The CBO",
    "Labour", "the United Nations", "President Zelensky", "O'Neill", "Jean-Luc", "Americans",
    "the Mexican", "Sri Lankans", "Briton",
)  # fmt: skip
_CUES: Final = ("said", "says", "told reporters", "added", "demanded", "called for", "urged",
                "according to", "warned", "asked")  # fmt: skip
_FIGURES: Final = ("$5", "$1.13bn", "\u00a3600m", "US$20 billion", "76%", "3.8 percent",
                   "2,500", "1,000,000", "No. 1", "10-year", "A$4.76", "\u20ac4.5 million",
                   "$40-50 billion", "12 tonnes", "1997", "third")  # fmt: skip
_QUOTES: Final = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"),
                  ("\u00ab", "\u00bb"), ('"', ""), ("", '"'))  # fmt: skip
_FILLER: Final = (
    "prices would rise", "we will win", "the talks had failed", "on Tuesday", "in London",
    "the government", "government", "administration", "officials", "U.S.", "Inc.",
    "CLICK HERE TO READ MORE", "Advertisement", "(Reuters)",
    "-", "\u2014", ",", ";", ":", "...", "?", "!", "(", ")", "\n", "\n\n", "\u00a0", "\t", "\r\n",
)  # fmt: skip

_word = st.text(alphabet=string.ascii_letters, min_size=1, max_size=10)
_fragment = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_CUES),
    st.sampled_from(_FIGURES),
    st.sampled_from(_FILLER),
    _word,
    _word.map(str.capitalize),
    _word.map(str.upper),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.1f}%"),
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """A sentence of fragments, sometimes with a quote in it, ending in a mark."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from(SENTENCES))
    words = draw(st.lists(_fragment, min_size=1, max_size=14))
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from(_QUOTES))
        quoted = " ".join(draw(st.lists(_fragment, min_size=1, max_size=8)))
        cut = draw(st.integers(0, len(words)))
        words.insert(cut, f"{opening}{quoted},{closing}")
    end = draw(st.sampled_from([".", ".", ".", "?", "!", '."', ".\u201d", ""]))
    return " ".join(words) + end


def paragraphs() -> st.SearchStrategy[str]:
    """One paragraph of one to five sentences."""
    return st.lists(_sentence(), min_size=1, max_size=5).map(" ".join)


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """A whole article: an optional headline, then paragraphs separated by blank lines."""
    paras = draw(st.lists(paragraphs(), min_size=1, max_size=6))
    if draw(st.booleans()):
        headlines = ["Headline here", "Mexico demands $20bn", "TALKS FAIL", "\u201cWe win\u201d"]
        paras.insert(0, draw(st.sampled_from(headlines)))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n"]))
    return sep.join(paras)


def any_texts() -> st.SearchStrategy[str]:
    """Any ``str`` at all (surrogates and NUL included), mixed with news-like text."""
    return st.one_of(
        st.text(),
        st.text(alphabet=st.characters(exclude_categories=()), max_size=200),
        st.lists(st.one_of(_fragment, st.text(max_size=5))).map(" ".join),
        news_texts(),
    )


# -- Article objects for round trips ---------------------------------------------------------


@st.composite
def _span(draw: st.DrawFn, n: int, nonempty: bool = False) -> Span:
    start = draw(st.integers(0, n - 1 if nonempty else n))
    return Span(start, draw(st.integers(start + 1 if nonempty else start, n)))


_opt_text = st.none() | st.text(max_size=20)
_rule = st.from_regex(r"[a-z][a-z.-]{0,20}", fullmatch=True)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An :class:`Article` with every field filled in, spans inside its text."""
    text = draw(st.text(max_size=80))
    n = len(text)
    span = _span(n)
    actors = tuple(
        Actor(
            id=f"a{i}",
            name=draw(st.text(min_size=1, max_size=20)),
            kind=draw(st.sampled_from(["person", "organization", "country", "place", "group"])),
            title=draw(_opt_text),
            aliases=draw(st.lists(st.text(max_size=10), max_size=3)),
            mentions=draw(st.lists(span, max_size=3)),
        )
        for i in range(1, draw(st.integers(0, 3)) + 1)
    )
    who = st.sampled_from((None, *actors))

    def sliced(s: Span) -> str:
        return text[s.start : s.end]

    statements = []
    for i in range(1, draw(st.integers(0, 3)) + 1):
        s = draw(span)
        statements.append(
            Statement(
                id=f"s{i}", speaker=draw(who), text=sliced(s),
                kind=draw(st.sampled_from(["direct", "partial", "indirect"])),
                cue=draw(_opt_text), span=s, rule=draw(_rule),
            )
        )  # fmt: skip
    demands = []
    for i in range(1, draw(st.integers(0, 2)) + 1):
        items = draw(st.lists(span, min_size=1, max_size=3))
        demands.append(
            Demand(
                id=f"d{i}", demander=draw(who), addressee=draw(who),
                items=[sliced(s) for s in items], item_spans=items, cue=draw(_opt_text),
                in_exchange_for=draw(_opt_text), condition=draw(_opt_text),
                status=draw(st.sampled_from(["made", "rejected", "accepted"])),
                span=draw(span), rule=draw(_rule),
            )
        )  # fmt: skip
    figures = []  # the schema wants a figure's text non-empty
    for _ in range(draw(st.integers(0, 3)) if n else 0):
        s = draw(_span(n, nonempty=True))
        value = draw(
            st.integers(-(10**15), 10**15)
            | st.floats(allow_nan=False, allow_infinity=False, width=64)
        )
        figures.append(
            Figure(
                text=sliced(s), span=s,
                kind=draw(st.sampled_from(["money", "percent", "count", "rank", "quantity"])),
                value=value, unit=draw(_opt_text), qualifier=draw(_opt_text),
                per=draw(_opt_text), range=draw(st.none() | span), rule=draw(_rule),
            )
        )  # fmt: skip
    return Article(
        text=text,
        title=draw(_opt_text),
        published=draw(st.none() | st.dates()),
        paragraphs=draw(st.lists(span, max_size=3)),
        boilerplate=draw(st.lists(span, max_size=2)),
        actors=actors,
        statements=statements,
        demands=demands,
        figures=figures,
    )
