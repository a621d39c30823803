"""Stage 2: boilerplate lines, on the seed and on real layouts."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._boilerplate import is_boilerplate_line

BOILERPLATE = [
    # seed article (Fox News)
    (
        "MEXICAN PRESIDENT SAYS THE \u2018FLOW OF MIGRANTS WILL CONTINUE\u2019 UNLESS THE US MEETS "
        "HIS DEMANDS",
        "promo-headline",
    ),
    (
        "FORMER TOP ICE OFFICIAL SIDES WITH TEXAS GOV. ABBOTT OVER BIDEN IN ONGOING BORDER BATTLE",
        "promo-headline",
    ),
    ("CLICK HERE TO GET THE FOX NEWS APP", "call-to-action"),
    # Reuters-21578 sign-offs
    (" Reuter", "sign-off"),
    ("REUTER", "sign-off"),
    # web pages
    ("Advertisement", "advertisement"),
    ("Sign up for our newsletter", "call-to-action"),
    ("Read more: Why the border matters", "call-to-action"),
    ("Follow Jane Doe on Twitter", "call-to-action"),
    ("___", "rule-line"),
    ("Contributing: John Fritze, USA TODAY", "contributing"),
    ("Photo: Getty Images", "photo-credit"),
    ("Image copyright Reuters", "photo-credit"),
    # 5c2ae5f1 (GGT, HuffPost Canada; the photographer's name changed): a photographer, an
    # agency and the caption
    (
        "Jane Doe / The Canadian Press Kevin Vickers, right, tosses a boy into the air.",
        "photo-credit",
    ),
    (
        "Jane Doe / PA Images via Getty Images Kevin Vickers at a state ceremony in Dublin.",
        "photo-credit",
    ),
    ("\u00a9 2019 Cable News Network. All Rights Reserved.", "copyright"),
]

NOT_BOILERPLATE = [
    "Republicans have called on the administration to reinstate Trump-era policies.",
    "Reuters reported the deal on Monday.",  # a sentence that names Reuters
    "WHAT SAY YOU, IMPEACHMENT JURY?",  # aeb-ap: an AP subhead, part of the story
    "NISSAN SENTRA",  # aeb: a short section heading
    "GRADE...........MAR 27.....MAR 20.....FEB 27",  # reuters21578: a table row
    "IMPORTS     ALLOCATIONS",  # reuters21578: a table header
    "Read the statement here, she said, and decide.",
    "Kevin Vickers / Brian Gallant said no.",  # a slash between names, no agency
]


@pytest.mark.parametrize(("line", "rule"), BOILERPLATE, ids=lambda x: str(x)[:30])
def test_boilerplate_lines(line: str, rule: str) -> None:
    assert is_boilerplate_line(line) == rule


@pytest.mark.parametrize("line", NOT_BOILERPLATE, ids=lambda x: x[:30])
def test_story_lines(line: str) -> None:
    assert is_boilerplate_line(line) is None


def test_seed_boilerplate(seed_text: str) -> None:
    a = newsparse.parse(seed_text)
    got = [a.text[s.start : s.end] for s in a.boilerplate]
    assert got == [
        "MEXICAN PRESIDENT SAYS THE \u2018FLOW OF MIGRANTS WILL CONTINUE\u2019 UNLESS THE US "
        "MEETS HIS DEMANDS",
        "FORMER TOP ICE OFFICIAL SIDES WITH TEXAS GOV. ABBOTT OVER BIDEN IN ONGOING BORDER BATTLE",
        "HOW EAGLE PASS BECAME THE CENTERPIECE OF ABBOTT'S EFFORTS TO SECURE THE BORDER",
        "CLICK HERE TO GET THE FOX NEWS APP",
    ]
    # boilerplate lines are not body paragraphs
    assert not set(a.boilerplate) & set(a.paragraphs)


def test_title_in_capitals_is_not_boilerplate() -> None:
    text = "OPEC PRESIDENT SAYS OUTPUT WELL BELOW CEILING\n\n    LONDON - Output fell.\n Reuter\n"
    a = newsparse.parse(text)
    assert a.title == "OPEC PRESIDENT SAYS OUTPUT WELL BELOW CEILING"
    assert [a.text[s.start : s.end] for s in a.boilerplate] == ["Reuter"]


def test_inline_graphic_pointer() -> None:
    # isot-reuters-654
    text = (
        "Coal plants now make up 47 percent of capacity. (For a graphic on coal production, "
        "demand and employment, see: tmsnrt.rs/2zKY1tQ) The situation highlights the limits."
    )
    a = newsparse.parse(text)
    assert [a.text[s.start : s.end] for s in a.boilerplate] == [
        "(For a graphic on coal production, demand and employment, see: tmsnrt.rs/2zKY1tQ)"
    ]
