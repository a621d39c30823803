"""The actors stage: mentions, kinds, titles, clustering and the Cast resolution API.

Sentences are quoted from real articles in ../shared/corpus (origin in a comment);
clustering cases join two or three sentences of the same article.
"""

from __future__ import annotations

import json
import pathlib
from typing import NamedTuple

import pytest
import regex

from newsparse._actors import Cast, find_actors
from newsparse._boilerplate import find_boilerplate
from newsparse._model import Actor
from newsparse._text import TextView

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"


def cast_of(text: str) -> Cast:
    view = TextView.of(text)
    return find_actors(view.with_boilerplate(find_boilerplate(view)), ())


def by_name(cast: Cast) -> dict[str, Actor]:
    return {a.name: a for a in cast.actors}


class Case(NamedTuple):
    text: str
    expected: dict[str, tuple[str, str | None]]  #: name -> (kind, title)


# -- mentions, kinds and titles ----------------------------------------------------

REAL = [
    pytest.param(
        # seed-000
        'López Obrador was asked about those demands by "60 Minutes" correspondent '
        "Sharyn Alfonsi this week.",
        {"López Obrador": ("person", None), "Sharyn Alfonsi": ("person", "correspondent")},
        id="role-noun-before-name",
    ),
    pytest.param(
        # seed-000: "Immigration" opens the sentence and is no one
        "Immigration is looking to be a top issue in the November election, with both "
        "President Biden and former President Trump having visited the southern border "
        "with Mexico last month.",
        {
            "Biden": ("person", "President"),
            "Trump": ("person", "former President"),
            "Mexico": ("country", None),
        },
        id="titles-and-capitalised-start",
    ),
    pytest.param(
        # reuters21578-04382
        "U.S. Agriculture Secretary Richard Lyng said he was not sure a long-term U.S.-Soviet "
        "grain agreement would be worth extending when it expires next year.",
        {"Richard Lyng": ("person", "U.S. Agriculture Secretary"), "U.S.": ("country", None)},
        id="title-chain",
    ),
    pytest.param(
        # isot-reuters-654
        "\u201cWe\u2019re not planning to build any additional coal facilities,\u201d said "
        "Melissa McHenry, a spokeswoman for American Electric Power, one of the largest U.S. "
        "utilities.",
        {
            "Melissa McHenry": ("person", "spokeswoman"),
            "American Electric Power": ("organization", None),
            "U.S.": ("country", None),
        },
        id="appositive-role-and-company",
    ),
    pytest.param(
        # seed-000: an unnamed speaker, named by the description
        "In response, a White House National Security Council spokesperson told Fox News "
        'Digital that Mexico is "an important partner on multiple areas".',
        {
            "White House National Security Council spokesperson": ("person", "spokesperson"),
            "White House National Security Council": ("organization", None),
            "Fox News Digital": ("organization", None),
            "Mexico": ("country", None),
        },
        id="unnamed-speaker",
    ),
    pytest.param(
        # seed-000: a party, and "Trump-era" is a modifier, not Trump
        "Republicans have called on the administration to reinstate Trump-era policies, "
        "including the Remain in Mexico policy, which would keep migrants in Mexico until "
        "their asylum claims are completed.",
        {"Republicans": ("organization", None), "Mexico": ("country", None)},
        id="party-and-era-modifier",
    ),
    pytest.param(
        # bbc-politics-021
        "Vincent Cable, for the Liberal Democrats, called on Mr Brown to open up the "
        "government's books to the National Audit Office, to see if he had met his "
        '"golden rule".',
        {
            "Vincent Cable": ("person", None),
            "Liberal Democrats": ("organization", None),
            "Brown": ("person", "Mr"),
            "National Audit Office": ("organization", None),
        },
        id="honorific-and-bodies",
    ),
    pytest.param(
        # reuters21578-06722 (hard-wrapped): a Reuters ticker tag joins its company
        "Conrac Corp 7-7/8 to 29, higher than a 25-dlr-per-share cash\ntender offer "
        "announced by Mark IV Industries Inc <IV>.",
        {"Conrac Corp": ("organization", None), "Mark IV Industries Inc": ("organization", None)},
        id="ticker-tag",
    ),
    pytest.param(
        # bbc-politics-128: a group that speaks
        "Some economists say his forecasts on public finances are wishful thinking.",
        {"economists": ("group", None)},
        id="group-speaker",
    ),
]

NEGATIVE = [
    pytest.param(
        # seed-000: a place inside the name of a thing is no actor
        "The spokesperson also mentioned the Los Angeles Declaration for Migration and "
        "Protection, signed in 2022, in which countries committed to measures to reduce "
        "migration in the Western Hemisphere.",
        {"Western Hemisphere": ("place", None)},
        id="los-angeles-declaration",
    ),
    pytest.param(
        # seed-000: a sentence-initial gerund is no one
        "Lifting sanctions on Cuba and Venezuela was among the demands.",
        {"Cuba": ("country", None), "Venezuela": ("country", None)},
        id="capitalised-sentence-start",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL + NEGATIVE)
def test_actors(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = {a.name: (a.kind, a.title) for a in cast_of(text).actors}
    assert got == expected


def test_all_caps_headline_adds_no_new_actor() -> None:
    # reuters21578-04382, hard-wrapped: the capitals title names no new actor, and its "LYNG"
    # joins the person named across a line break in the body
    text = (
        "U.S.-SOVIET GRAIN ACCORD QUESTIONED BY LYNG\n\n"
        "    WASHINGTON, March 12 - U.S. Agriculture Secretary Richard\n"
        "Lyng said he was not sure a long-term U.S.-Soviet grain\n"
        "agreement would be worth extending when it expires next year.\n"
    )
    cast = cast_of(text)
    assert [(a.name, a.kind) for a in cast.actors] == [
        ("U.S.", "country"),
        ("Richard Lyng", "person"),
        ("WASHINGTON", "place"),
    ]
    lyng = by_name(cast)["Richard Lyng"]
    assert "LYNG" in lyng.aliases
    assert lyng.mentions[0].end <= text.index("\n")


# -- clustering ------------------------------------------------------------------------

SEED_LINES = (
    # seed-000, three sentences
    "Lifting sanctions on Cuba and Venezuela were among President Andrés Manuel López "
    "Obrador's demands of President Biden in exchange for the Mexican government doing more.\n"
    "López Obrador was asked about those demands by correspondent Sharyn Alfonsi.\n"
    '"The flow of migrants will continue," Obrador responded.\n'
)


def test_one_actor_per_person_with_aliases() -> None:
    cast = cast_of(SEED_LINES)
    people = [a for a in cast.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Andrés Manuel López Obrador", "Biden", "Sharyn Alfonsi"]
    amlo = people[0]
    assert amlo.title == "President"
    assert set(amlo.aliases) >= {"López Obrador", "Obrador"}
    assert len(amlo.mentions) == 3
    assert [a.id for a in cast.actors] == [f"a{i}" for i in range(1, len(cast.actors) + 1)]


def test_country_and_its_government_stay_apart() -> None:
    names = by_name(cast_of(SEED_LINES + "Mexico wants the root causes dealt with.\n"))
    assert names["Mexico"].kind == "country"
    assert names["Mexican government"].kind == "organization"


def test_accents_do_not_split_a_person() -> None:
    # seed-000, the second sentence written without accents
    cast = cast_of(SEED_LINES + "Lopez Obrador said the border would stay open.\n")
    assert sum(a.kind == "person" and "Obrador" in a.name for a in cast.actors) == 1


def test_two_people_sharing_a_surname_stay_two() -> None:
    text = (
        # aeb-ap-090
        "Sondland is more directly entangled than any witness yet in the Republican "
        "president's efforts to get Ukraine to investigate political rival Joe Biden.\n"
        # aeb-cbsnews-083
        "Vindman testified, referring to the gas company on whose board Hunter Biden had a "
        "seat.\n"
    )
    names = by_name(cast_of(text))
    assert {"Joe Biden", "Hunter Biden"} <= set(names)


def test_acronym_joins_its_organisation() -> None:
    # bbc-politics-355, with the acronym the article uses later
    text = (
        "Mr Brown rejected the call to open up the government's books to the National Audit "
        "Office, saying decisions on tax and spending should be made by ministers. "
        "The NAO has not said whether it would look.\n"
    )
    nao = by_name(cast_of(text))["National Audit Office"]
    assert "NAO" in nao.aliases


# -- resolution ------------------------------------------------------------------------


def _span(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    m = list(regex.finditer(rf"\b{regex.escape(phrase)}\b", text))[occurrence]
    return m.start(), m.end()


SEED_RESOLVE = (
    # seed-000
    "Lifting sanctions on Cuba and Venezuela were among President Andrés Manuel López "
    "Obrador's demands of President Biden.\n"
    'López Obrador was asked about those demands by "60 Minutes" correspondent Sharyn '
    "Alfonsi this week.\n"
    "\"If they don't do the things that you've said need to be done, then what?\" she asked.\n"
    '"The flow of migrants will continue," Obrador responded.\n'
    "Elsewhere in the interview, he emphasized the positive relationship between Mexico and "
    "the U.S.\n"
    "In response, a White House National Security Council spokesperson told Fox News Digital "
    'that Mexico is "an important partner", while pointing toward the comments the Mexican '
    "leader made elsewhere in the interview.\n"
    '"We mutually need each other," the spokesperson said.\n'
)

RESOLVE = [
    pytest.param("she", 0, "Sharyn Alfonsi", id="she-nearest-person"),
    pytest.param("he", 0, "Andrés Manuel López Obrador", id="he-nearest-male"),
    pytest.param("the Mexican leader", 0, "Andrés Manuel López Obrador", id="demonym-leader"),
    pytest.param(
        "the spokesperson",
        0,
        "White House National Security Council spokesperson",
        id="the-spokesperson",
    ),
    pytest.param("Obrador", 2, "Andrés Manuel López Obrador", id="surname-mention"),
]


KNOWN_FAILURES = [
    # cataphora: the president is named only in the next sentence
    pytest.param(
        "that country's president",
        0,
        "Andrés Manuel López Obrador",
        id="cataphora",
        marks=pytest.mark.xfail(strict=True, reason="no look-ahead for descriptions"),
    ),
]

SEED_CATAPHORA = (
    # seed-000
    'The White House on Thursday stressed that it has a "constructive" relationship with '
    "Mexico after that country's president made a number of demands related to migration "
    "policy.\n"
    "Lifting sanctions on Cuba and Venezuela were among President Andrés Manuel López "
    "Obrador's demands of President Biden.\n"
)


@pytest.mark.parametrize(("phrase", "occurrence", "expected"), KNOWN_FAILURES)
def test_resolve_known_failures(phrase: str, occurrence: int, expected: str) -> None:
    cast = cast_of(SEED_CATAPHORA)
    actor = cast.resolve(*_span(SEED_CATAPHORA, phrase, occurrence))
    assert actor is not None
    assert actor.name == expected


@pytest.mark.parametrize(("phrase", "occurrence", "expected"), RESOLVE)
def test_resolve(phrase: str, occurrence: int, expected: str) -> None:
    cast = cast_of(SEED_RESOLVE)
    actor = cast.resolve(*_span(SEED_RESOLVE, phrase, occurrence))
    assert actor is not None
    assert actor.name == expected


def test_resolve_negative() -> None:
    cast = cast_of(SEED_RESOLVE)
    # "they" in the quote: no group or organisation before it
    assert cast.resolve(*_span(SEED_RESOLVE, "they")) is None
    # a description with no compatible antecedent
    assert cast.resolve(*_span(SEED_RESOLVE, "the interview")) is None


def test_actor_at_prefers_the_leftmost_longest() -> None:
    cast = cast_of(SEED_RESOLVE)
    start, end = _span(SEED_RESOLVE, "a White House National Security Council spokesperson told")
    actor = cast.actor_at(start, end)
    assert actor is not None
    assert actor.kind == "person"
    assert cast.actor_at(0, 0) is None


# -- the seed article and the dev gold -------------------------------------------------


@pytest.mark.shared
def test_seed_article_people() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt")) or sorted(
        (pathlib.Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")
    )
    if not seeds:
        pytest.skip("no seed article")
    cast = cast_of(seeds[0].read_text(encoding="utf-8"))
    expected = {
        "Andrés Manuel López Obrador": "President",
        "Biden": "President",
        "Sharyn Alfonsi": "correspondent",
        "Kamala Harris": "Vice President",
        "Trump": "former President",
        "White House National Security Council spokesperson": "spokesperson",
    }
    for name, title in expected.items():
        found = [a for a in cast.actors if a.name == name or name in a.aliases]
        assert len(found) == 1, name
        assert found[0].kind == "person"
        assert found[0].title == title


@pytest.mark.shared
def test_dev_gold_actor_scores() -> None:
    gold_dir = SHARED / "gold" / "dev"
    if not gold_dir.is_dir():
        pytest.skip("../shared is not present")
    import sys

    sys.path.insert(0, str(SHARED / "eval"))
    import score  # type: ignore[import-not-found]

    from newsparse._model import Article

    total = score.Tally()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = Article(text=gold["text"], actors=cast_of(gold["text"]).actors).to_dict()
        total.add(score.Doc(gold, pred).actors())
    s = total.scores()
    assert s["p"] >= 0.85
    assert s["r"] >= 0.85
    assert s["attr_acc"] >= 0.90
