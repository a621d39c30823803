"""Stage 3: figures -- values, units, ranges and the numbers that are not figures.

Sentences are quoted from real articles in ../shared/corpus (the id is in the
comment); peer cases come from ``tests/data/figures/`` (origin and license in
the file).
"""

from __future__ import annotations

import json
import pathlib
from typing import Any, NamedTuple

import pytest
import regex

import newsparse
from newsparse import _figures as figures_module
from newsparse._figures import find_figures
from newsparse._model import Span
from newsparse._text import TextView

DATA = pathlib.Path(__file__).parent / "data" / "figures"

Found = tuple[str, int | float, str | None]


class Case(NamedTuple):
    text: str
    expected: list[Found]  #: (text, value, unit) of every figure, in order


def found(text: str) -> list[Found]:
    return [(f.text, f.value, f.unit) for f in find_figures(TextView.of(text))]


REAL = [
    # bbc-business-156, ggt-english-eval 5c158f201e67d78e27721ffd (sentences of them):
    # quarters and thirds with no "of" and a determiner after them are counted things
    Case(
        "The news sent Tokyo shares to an eight-month high, as investors hoped for a recovery "
        "from the three quarters of contraction seen from April 2004 on.",
        [("three", 3, None)],
    ),
    Case(
        "The Georgia Tech product posted a runner-up and two thirds in the 2016-17 and 2017-18 "
        "PGA Tour seasons, earning more than $3 million combined in those campaigns.",
        [("two", 2, None), ("$3 million", 3_000_000, "USD")],
    ),
    # reuters21578-05508 (its first paragraph): "franc" before a noun is money, and a
    # bare franc is the country's the text names first: France's
    Case(
        "    PARIS, March 16 - France posted a seasonally adjusted trade\ndeficit of 400 mln "
        "francs in February after a 2.5 billion franc\ndeficit in January, the Finance "
        "Ministry said.",
        [("400 mln francs", 400_000_000, "FRF"), ("2.5 billion franc", 2_500_000_000, "FRF")],
    ),
    # reuters21578-05508 and bbc-business-201 (a sentence of each, one after the other):
    # a franc the text calls Swiss stays Swiss in a text that names France first
    Case(
        "    PARIS, March 16 - France posted a seasonally adjusted trade\ndeficit of 400 mln "
        "francs in February after a 2.5 billion franc\ndeficit in January, the Finance "
        "Ministry said. Novartis' shares rose 1% to 57.85 Swiss francs in early trading.",
        [
            ("400 mln francs", 400_000_000, "FRF"),
            ("2.5 billion franc", 2_500_000_000, "FRF"),
            ("1%", 1, "%"),
            ("57.85 Swiss francs", 57.85, "CHF"),
        ],
    ),
    # reuters21578-01932 (its first sentence): Belgium's
    Case(
        "    BRUSSELS, March 5 - The Belgo-Luxembourg Economic Union\n(BLEU) moved into a "
        "narrow trade surplus of 4.7 billion francs\nin 1986 after a 140.4 billion franc "
        "deficit in 1985, figures\ngiven by a spokesman for the National Statistics "
        "Institute\nshow.",
        [
            ("4.7 billion francs", 4_700_000_000, "BEF"),
            ("140.4 billion franc", 140_400_000_000, "BEF"),
        ],
    ),
    # reuters21578-16250 (its first paragraph): Switzerland's, the default
    Case(
        "    ZURICH, April 13 - Sight deposits of commercial banks at\nthe Swiss National "
        "Bank fell 4.64 billion Swiss francs to 7.88\nbillion in the first 10 days of April, "
        "the National Bank said.\n    Foreign exchange reserves rose by 9.4 mln francs to "
        "33.12\nbillion.",
        [
            ("4.64 billion Swiss francs", 4_640_000_000, "CHF"),
            ("7.88\nbillion", 7_880_000_000, "CHF"),
            ("9.4 mln francs", 9_400_000, "CHF"),
            ("33.12\nbillion", 33_120_000_000, "CHF"),
        ],
    ),
    # reuters21578-03249 (a sentence of it): "guilder" before a noun is money
    Case(
        "The current account showed a 5.2 billion guilder deficit on\ninvisibles, compared "
        "with a balance in 1985, the Finance\nMinistry said.",
        [("5.2 billion guilder", 5_200_000_000, "NLG")],
    ),
    # reuters21578-15875: a table row, cells apart by runs of spaces
    Case(
        "  Yield (bu)  119.3   119.3    118.0   118.0",
        [
            ("119.3", 119.3, None),
            ("119.3", 119.3, None),
            ("118.0", 118, None),
            ("118.0", 118, None),
        ],
    ),
    # reuters21578-15875: a capitalised label before the first cell is no name ("Boeing 737")
    Case(
        "     Planted   76.7    76.7     83.4    83.4",
        [("76.7", 76.7, None), ("76.7", 76.7, None), ("83.4", 83.4, None), ("83.4", 83.4, None)],
    ),
    Case(
        " Start Stock  4,040   4,040    1,648   1,648",
        [
            ("4,040", 4040, None),
            ("4,040", 4040, None),
            ("1,648", 1648, None),
            ("1,648", 1648, None),
        ],
    ),
    # bbc-business-032
    Case(
        "Sumitomo, Japan's third-largest bank, tabled a higher offer for UFJ than its rival, "
        "valuing the company at $35bn.",
        [("third-largest", 3, None), ("$35bn", 35_000_000_000, "USD")],
    ),
    # bbc-business-004
    Case(
        "BA's shares closed up four pence at 274.5 pence.",
        [("four pence", 0.04, "GBP"), ("274.5 pence", 2.745, "GBP")],
    ),
    # bbc-business-015
    Case(
        "New EU rules set compensation at between 250 euros (£173) and 600 euros, depending on "
        "the length of the flight.",
        [("250 euros", 250, "EUR"), ("£173", 173, "GBP"), ("600 euros", 600, "EUR")],
    ),
    # bbc-business-019
    Case(
        "The government hopes to increase the number of mobile users from 95 million to between "
        "200 and 250 million by 2007.",
        [
            ("95 million", 95_000_000, None),
            ("200", 200_000_000, None),
            ("250 million", 250_000_000, None),
        ],
    ),
    # bbc-business-028
    Case(
        "The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day to "
        "84 million barrels a day.",
        [("80,000 barrels", 80_000, "barrels"), ("84 million barrels", 84_000_000, "barrels")],
    ),
    # bbc-business-139
    Case(
        "Adjusted for seasonal changes, the overall unemployment rate is 4.875 million people or "
        "11.7%, up 0.3 percentage points from the previous month.",
        [
            ("4.875 million", 4_875_000, None),
            ("11.7%", 11.7, "%"),
            ("0.3 percentage points", 0.3, "pp"),
        ],
    ),
    # bbc-business-144
    Case(
        "Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US light "
        "crude fell 32 cents to $51.43 a barrel.",
        [("32 cents", 0.32, "USD"), ("$51.43", 51.43, "USD")],
    ),
    # bbc-business-277
    Case(
        "By 2014, one in four Turks - or about 18 million people - will be aged 14 or less.",
        [("one in four", 25, "%"), ("18 million", 18_000_000, None)],
    ),
    # bbc-business-282
    Case(
        "The China Three Gorges Project Corp could now face a fine up to 200,000 yuan "
        "($24,000; £12,700).",
        [("200,000 yuan", 200_000, "CNY"), ("$24,000", 24_000, "USD"), ("£12,700", 12_700, "GBP")],
    ),
    # bbc-business-105
    Case(
        "With a price tag under £80,000, the V8 Vantage is tens of thousands of pounds cheaper "
        "than existing Aston models.",
        [("£80,000", 80_000, "GBP"), ("tens of thousands", 20_000, "GBP")],
    ),
    # bbc-business-502
    Case(
        "El Watan said that a number of hot spots centred on the villages and towns close to "
        "Bouira, about 100 kilometres (60 miles) south of the capital Algiers.",
        [("100 kilometres", 100, "kilometres"), ("60 miles", 60, "miles")],
    ),
    # isot-reuters-005
    Case(
        "Amazon's No. 2 carrier is UPS, at 21 percent, and FedEx is third, with 8 percent or so, "
        "according to Jindel.",
        [("No. 2", 2, None), ("21 percent", 21, "%"), ("8 percent", 8, "%")],
    ),
    # reuters21578-00001
    Case("1,780 dlrs per tonne to ports to be named.", [("1,780 dlrs", 1780, "USD")]),
    # reuters21578-00016
    Case(
        "dlrs in Brazilian loans, stands to lose 15-20 mln dlrs if the",
        [("15", 15_000_000, "USD"), ("20 mln dlrs", 20_000_000, "USD")],
    ),
    # reuters21578-00010
    Case("additional shares and increase its total holdings up to 40 pct", [("40 pct", 40, "%")]),
    # reuters21578-06722: a percent word before a word that ends the figure
    Case("could make up 50 pct of U.S. demand by 1995", [("50 pct", 50, "%")]),
    # bbc-business-323: a count before a spaced dash and a word, which is no range
    Case("to 85,000 - the lowest total seen since February 2003.", [("85,000", 85_000, None)]),
    # reuters21578-05147
    Case(
        "total assets of 345 billion yuan by end-1986.", [("345 billion yuan", 345 * 10**9, "CNY")]
    ),
    # bbc-politics-355 (dev gold)
    Case(
        "And one-and-a-half million hard working families were paying 60% marginal tax rates.",
        [("one-and-a-half million", 1_500_000, None), ("60%", 60, "%")],
    ),
    # isot-reuters-067 (dev gold)
    Case(
        "A dozen liberal groups have already thrown support behind Abrams.",
        [("A dozen", 12, None)],
    ),
    # aeb-nbcnews-082 (dev gold)
    Case(
        "possessed a loaded .45-caliber handgun, three rifles, two shotguns and hundreds of rounds "
        "of ammunition",
        [(".45", 0.45, None), ("three", 3, None), ("two", 2, None), ("hundreds", 200, None)],
    ),
    # bbc-entertainment-298: a figure before a bracket
    Case(
        "Spider-Man and its sequel made $1.6bn (£857m) at box offices worldwide.",
        [("$1.6bn", 1_600_000_000, "USD"), ("£857m", 857_000_000, "GBP")],
    ),
    # bbc-politics-092: a capitalised number word opening the sentence
    Case(
        "Fifty new areas getting special help to fight anti-social behaviour in England and "
        "Wales will be named on Thursday.",
        [("Fifty", 50, None)],
    ),
    # bbc-business-148: a number word before a hyphen and a word that is no unit
    Case(
        "The unions claim Fiat is to close the Fiat Powertrain plant at Arese near Milan and "
        "instead source six-cylinder engines from General Motors.",
        [("six", 6, None)],
    ),
    # reuters21578-04602: mixed numbers as markets write them, a range of percents
    Case(
        "The annual growth target for both is\n5-1/2 to 8-1/2 pct.",
        [("5-1/2", 5.5, "%"), ("8-1/2 pct", 8.5, "%")],
    ),
    # reuters21578-00325: a spelled number, then a mixed number, one range
    Case(
        "paying an\nindicated coupon of four to 4-1/4 pct and priced at par, lead\nmanager Credit "
        "Suisse First Boston Ltd said.",
        [("four", 4, "%"), ("4-1/4 pct", 4.25, "%")],
    ),
    # reuters21578-04271: a fraction alone before a percent word
    Case(
        "Fees for the issue include a 1-1/4 pct selling concession\nand a 3/4 pct combined "
        "management and underwriting fee.",
        [("1-1/4 pct", 1.25, "%"), ("3/4 pct", 0.75, "%")],
    ),
    # reuters21578-14889: a fraction of a percentage point
    Case(
        "Interest is\nset at 1/8 percentage point over London interbank offered rate\nfor the "
        "first eight years, rising to 1/4 pct for the remaining\ntwo years.",
        [("1/8 percentage point", 0.125, "pp"), ("1/4 pct", 0.25, "%")],
    ),
    # 5c3e038e1e67d78e27f2105a (GGT): a mixed number with a space, before a unit
    Case(
        "For nearly three months, 13-year-old Jayme Closs was forced to hide in a 2 1/2-foot space "
        "beneath her kidnapper's bed.",
        [("2 1/2-foot", 2.5, "foot")],
    ),
    # reuters21578-00422: "cts", Reuters' cents
    Case(
        "NOTES: Operating net excludes losses of 12.1 mln dlrs, or\n87 cts a share, vs 321,000 "
        "dlrs, or two cts a share, in quarter",
        [
            ("12.1 mln dlrs", 12_100_000, "USD"),
            ("87 cts", 0.87, "USD"),
            ("321,000 dlrs", 321_000, "USD"),
            ("two cts", 0.02, "USD"),
        ],
    ),
    # reuters21578-09277, 12026, 10280: Reuters' dollars of other countries, "N.Z. Dlrs"
    # capitalised after the abbreviation, "dlr" before the noun it modifies
    Case(
        "WELLINGTON, March 25 - <Brierley Investments Ltd>, (BIL),\nsaid its offer of 4.20 N.Z. "
        "Dlrs per share for supermarket\ngroup <Progressive Enterprises Ltd> still stands, "
        "although\n<Rainbow Corp Ltd> said today it has 52 pct of Progressive.",
        [("4.20 N.Z. Dlrs", 4.2, "NZD"), ("52 pct", 52, "%")],
    ),
    Case(
        "In the Australian dollar sector, GMAC (Australia) Finance\nLtd issued a 50 mln "
        "Australian dlr bond.",
        [("50 mln Australian dlr", 50_000_000, "AUD")],
    ),
    Case(
        "Shr 126 H.K. Cents vs 42 (adjusted)",
        [("126 H.K. Cents", 1.26, "HKD"), ("42", 42, None)],
    ),
    # reuters21578-05214, 14297: "ha" and "lbs" as Reuters abbreviates them
    Case(
        "Licht put this year's\nSoviet beet area at 3.40 mln ha, against 3.44 mln last year.",
        [("3.40 mln ha", 3_400_000, "ha"), ("3.44 mln", 3_440_000, "ha")],
    ),
    Case(
        "WASHINGTON, April 7 - The U.S. Mint said it is seeking\noffers on 3,701,000 lbs of "
        "electrolytic copper and 629,000 lbs\nof electrolytic cut nickel cathodes or briquettes "
        "that it\nintends to purchase.",
        [("3,701,000 lbs", 3_701_000, "lbs"), ("629,000 lbs", 629_000, "lbs")],
    ),
    # reuters21578-00391: a mixed number of cents
    Case(
        "Occidental's regular quarterly dividend of 62-1/2 cts per share\non common stock",
        [("62-1/2 cts", 0.625, "USD")],
    ),
    # bbc-business-304: cents of another dollar
    Case(
        "Shares in Bombardier lost 65 Canadian cents or 25% on the news",
        [("65 Canadian cents", 0.65, "CAD"), ("25%", 25, "%")],
    ),
    # bbc-business-121: a spelled fraction of a percentage point
    Case(
        "The Federal Reserve has raised its key federal funds rate by a quarter percentage "
        "point to 2%.",
        [("a quarter percentage point", 0.25, "pp"), ("2%", 2, "%")],
    ),
    # bbc-business-134
    Case(
        "the US Federal Reserve would increase interest rates by a quarter of a percentage point "
        "to 2% when it meets next week.",
        [("a quarter of a percentage point", 0.25, "pp"), ("2%", 2, "%")],
    ),
    # reuters21578-06483: a bare "point" in a sentence about a rate
    Case(
        "The U.K. Clearing banks swiftly took this up, cutting their\nbase rates by a "
        "half-point to 10 pct.",
        [("a half-point", 0.5, "pp"), ("10 pct", 10, "%")],
    ),
    # reuters21578-16788: a scaled number after a name is no part of it ("Boeing 737" is)
    Case(
        "The U.S. Last year had major deficits with three of its\nAsian trading partners -- "
        "South Korea 7.1 billion dlrs, Hong\nKong 6.4 billion and China 2.1 billion.",
        [
            ("three", 3, None),
            ("7.1 billion dlrs", 7_100_000_000, "USD"),
            ("6.4 billion", 6_400_000_000, None),
            ("2.1 billion", 2_100_000_000, None),
        ],
    ),
    # bbc-politics-062
    Case(
        "Approximately 1.1m of the UK's 1.6m Muslims are of voting age.",
        [("1.1m", 1_100_000, None), ("1.6m", 1_600_000, None)],
    ),
    # duckling's AmountOfMoney_EN examples (BSD licence; ../shared/peers/figures/duckling):
    # the plural of an Indian scale
    Case("five lakhs rupees", [("five lakhs rupees", 500_000, "INR")]),
    Case("4 crores rupees", [("4 crores rupees", 40_000_000, "INR")]),
    # isot-reuters-552: a count after a name and a comma is no age when it is over 120
    Case(
        "Among the states using HealthCare.gov with the highest number of individuals signing "
        "up were Florida, 498,168; Texas, 271,737; North Carolina, 138,932; Georgia, 119,968; "
        "and Pennsylvania, 101,286, the agency said.",
        [
            ("498,168", 498_168, None),
            ("271,737", 271_737, None),
            ("138,932", 138_932, None),
            ("119,968", 119_968, None),
            ("101,286", 101_286, None),
        ],
    ),
    # bbc-politics-018, reuters21578-17054: "Between" that opens a sentence opens a range
    Case(
        "Between 1.1 and 1.5 million people, mainly Jews, were killed at Auschwitz.",
        [("1.1", 1_100_000, None), ("1.5 million", 1_500_000, None)],
    ),
    Case(
        'Between 20,000 and 50,000 barrels\nper day (bpd) will be pumped along it," Perry said.',
        [("20,000", 20_000, "barrels"), ("50,000 barrels", 50_000, "barrels")],
    ),
    # bbc-business-047: counts before words that begin like a suffix ("new": "newtons")
    Case(
        "At the end of this year, Ryanair will have taken delivery of about 100 new planes, "
        "while the 70 new orders are due for delivery between 2008 and 2012.",
        [("100", 100, None), ("70", 70, None)],
    ),
]

#: sentences with numbers that are not figures: names, dates, times, ages, phones, tickers
NEGATIVE = [
    # bbc-tech-015, reuters21578-17166 (sentences of them): a fraction ("three quarters of
    # all", "Three quarters of that") is no count (fractions are optional as figures)
    "The recall affects almost three quarters of all Xboxes sold around the world since its "
    "launch in 2001.",
    '"Three quarters of\nthat is in the form of wood products,',
    # reuters21578-15875: the dates heading a table's columns
    "           04/09/87 03/09/87  04/09/87 03/09/87",
    # bbc-entertainment-382
    "He told US TV show 60 Minutes that Revenge of the Sith would be the darkest and most "
    "violent of the series.",
    # bbc-business-002
    "On Friday, Federal Reserve chairman Mr Greenspan's speech in London ahead of the meeting "
    "of G7 finance ministers sent the dollar higher.",
    # bbc-business-036
    "Section 404 of the Sox Act, as the legislation is nicknamed, calls for all firms to certify "
    "that their financial reporting is in line with US rules.",
    # bbc-business-308
    "Due to enter service in 2006, the A380 will replace the Boeing 747 jumbo as the world's "
    "biggest passenger aircraft.",
    # bbc-business-114
    "Mr Sullivan, 42, has already pleaded guilty to fraud and will be sentenced following "
    "Mr Ebbers' trial.",
    # bbc-business-200
    "President Bush's government, which has been a strong supporter of the 40-year-old trade "
    "embargo on Cuba, introduced even tighter restrictions on Cuba in May.",
    # bbc-business-001
    "The firm, which is now one of the biggest investors in Google, benefited from sales of "
    "high-speed internet connections.",
    # bbc-politics-042
    "Mark Serwotka said there should be a co-ordinated one day strike unless there was a "
    "government rethink.",
    # isot-reuters-092
    "The House of Representatives is scheduled to vote on the same legislation at 1:30 p.m. EST "
    "(1830 GMT).",
    # isot-reuters-124
    "Killing the credit could have hurt automakers like General Motors Co (GM.N), Tesla Inc "
    "(TSLA.O) and Nissan Motor Co (7201.T).",
    # aeb-wired-150
    "Signal: 347-966-3806.",
    # aeb-cbsnews-083 (dev gold): a list item's number and a name in quotes
    "2. Never urged Ukraine to investigate",
    'Volker said he never used the term "three amigos".',
    # reuters21578-12618
    'He cited a report on CBS "60 Minutes" which',
    # bbc-sport-511: tennis scores
    "Saulnier battled to a 6-7 (3-7) 6-3 6-3 win over seventh seed Jurgen Melzer, who twisted "
    "his ankle early in the second set.",
    # bbc-sport-069: a range of days
    "But she is still undecided about competing in the European Championships in Madrid from "
    "4-6 March.",
    # bbc-business-086: a number word inside an adjective
    '"It appears that the UK is in a two-tier economy again," said Prebon Yamane economist '
    "Lena Komileva.",
    # isot-reuters-901: a name
    "From mortgage interest and 401(k) retirement plans to the federal deficit, numerous "
    "unanswered questions swirled around the tax-cut plan.",
    # never figures named in the issue, in sentences of the corpus' kind
    "The COVID-19 pandemic forced the border closure under Title 42 on March 20, 2020.",
    "Lockheed Martin's F-35 fighters flew along Route 66 from 10 Downing Street.",
    "Five years ago, the company was worth less; six months later it moved.",
    "The report was published on 5 November 2004 and revised in the 1990s.",
    # bbc-entertainment-070: a duration
    "She first appeared on Playschool 25 years ago and was made an OBE in 2001 for services to "
    "broadcasting.",
    # bbc-entertainment-102: an age
    "The 47-year-old, whose credits include his Oscar-winning performance in My Left Foot, will "
    "be presented with the Berlinale Camera award on 15 February.",
    # bbc-business-204, bbc-tech-401: a date and a phrase written with a slash
    "The wars in Iraq and Afghanistan, increased expenditure on national security after 9/11 and "
    "the 2001 recession wiped out the budget surplus.",
    "it is not that they create an absorbing virtual world, but rather that they can be easily "
    "accessed 24/7.",
    # reuters21578-13396: bids and offers ("6-1/2 3/8" is 6-1/2 bid, 6-3/8 offered)
    "Asian dollar deposits were lower with the three months\nsettling at 6-1/2 3/8 pct against "
    "Friday's close of 6-11/16\n9/16 and the six months eased to 6-5/8 1/2 pct from 6-3/4 5/8.",
    # reuters21578-12838: half a point of a price, in a sentence about no rate
    "U.S. T-bond futures gained half a point\nin the few minutes after news that the U.S. "
    "Non-farm payroll\nrose more slowly than earlier believed",
    # bbc-politics-199, 5c286d031e67d78e27b3f17b (GGT): ages after names, before a dash, a
    # semicolon or a full stop
    "His mother, Giselle, said her son's killer, Warren Leblanc, 17 - who was jailed for life "
    "in September - had mimicked behaviour in the game.",
    "They were Zoe Kasten, 8; her brother, Jonathan Kasten, 10; and their grandmother, Jane "
    "Moeckel, 61.",
    # bbc-business-054: an ordinal that is no rank
    "South Korea's Hyundai Motor has announced that it plans to build a second plant in India "
    "to meet the country's growing demand for cars.",
]


def test_pounds_of_is_a_weight() -> None:
    assert found("Police seized 10 pounds of cocaine and £5,000 in cash.") == [
        ("10 pounds", 10, "pounds"),
        ("£5,000", 5000, "GBP"),
    ]


KNOWN_FAILURES = [
    # reuters21578-02383 (dev gold): the unit is read from the list around it
    pytest.param(
        Case(
            "Saudi Arabia 500,000 bpd less than its 4.133 mln allocation",
            [("500,000 bpd", 500_000, "bpd"), ("4.133 mln", 4_133_000, "bpd")],
        ),
        marks=pytest.mark.xfail(strict=True, reason="unit carried over from the list"),
        id="bpd-carried-over",
    ),
]


@pytest.mark.parametrize("case", [*REAL, *KNOWN_FAILURES], ids=lambda c: c.text[:40])
def test_real_sentences(case: Case) -> None:
    assert found(case.text) == case.expected


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda t: t[:40])
def test_never_figures(text: str) -> None:
    assert found(text) == []


def test_no_figure_inside_a_name_among_figures() -> None:
    # bbc-business-047: the order is a count, the aircraft's model number is not
    text = (
        "Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes, in a deal "
        "valued at $4bn (£2.1bn) which should lead to 2,500 new Ryanair jobs."
    )
    assert found(text) == [
        ("70", 70, None), ("$4bn", 4_000_000_000, "USD"), ("£2.1bn", 2_100_000_000, "GBP"),
        ("2,500", 2500, None),
    ]  # fmt: skip


QUALIFIED = [
    # (sentence, figure text, qualifier, per); bbc-politics-355 and bbc-business-135
    ('"very rich" - those earning more than £100,000 a year.', "£100,000", "more than", "year"),
    ("producing about 30,000 tonnes a year - and exports", "30,000 tonnes", "about", "year"),
    ("Roughly 13,000 US troops remain in Afghanistan.", "13,000", "Roughly", None),
    ("Sales rose 12 percent annually.", "12 percent", None, "year"),
    ("that has prevented $1.17 billion a year earlier", "$1.17 billion", None, None),
    ("thousands of jobs were cut", "thousands", "at least", None),
    # bbc-business-444, bbc-business-399: the period after "of oil"
    ("Yuganskneftegaz pumps around 1 million barrels of oil a day.", "1 million barrels",
     "around", "day"),
    ("India produces about 793,000 barrels of oil per day (bpd), little changed since the start"
     " of the 1990s", "793,000 barrels", "about", "day"),
    # reuters21578-09202: a qualifier in capitals
    ("KLOECKNER UND CO'S 1986 PROFIT FALLS ABOUT 20 PCT", "20 PCT", "ABOUT", None),
    # bbc-business-316, aeb-digg-072, reuters21578-19583: the period joined by hyphens
    ("Last week, the LSE rejected a takeover proposal from German rival Deutsche Boerse - the"
     " 530 pence-a-share offer valued the exchange at about £1.35bn.", "530 pence", None,
     "share"),
    ("a Stadia controller, a 4K-ready Chromecast Ultra, and three months of the $10-a-month"
     " Stadia Pro subscription.", "$10", None, "month"),
    ("The situation was aggravated by a 40-mile-per-hour storm\nwhich swept across the area"
     " yesterday", "40-mile", None, "hour"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "per"), QUALIFIED, ids=lambda x: str(x)[:30]
)
def test_qualifier_and_per(text: str, figure: str, qualifier: str | None, per: str | None) -> None:
    (f,) = [f for f in find_figures(TextView.of(text)) if f.text == figure]
    assert (f.qualifier, f.per) == (qualifier, per)


def test_range_ends_share_unit_scale_and_span() -> None:
    text = "Estimates run to $40-50 billion."
    lo, hi = find_figures(TextView.of(text))
    assert (lo.text, lo.value, lo.unit) == ("$40", 40_000_000_000, "USD")
    assert (hi.text, hi.value, hi.unit) == ("50 billion", 50_000_000_000, "USD")
    assert lo.range == hi.range == Span(17, 31)
    assert text[17:31] == "$40-50 billion"


Ruled = tuple[str, int | float, str | None, str]

#: a number compared with a figure just before it takes that figure's unit, left out
ELIDED_UNITS = [
    (  # reuters21578-05274
        "Exports to Organisation for Economic Cooperation and\nDevelopment countries rose to "
        "4.29 billion dlrs from 4.11\nbillion in 1985, while imports were 4.56 billion after "
        "3.55\nbillion.",
        [
            ("4.29 billion dlrs", 4_290_000_000, "USD", "money.number-word"),
            ("4.11\nbillion", 4_110_000_000, "USD", "money.elided-unit"),
            ("4.56 billion", 4_560_000_000, None, "count.digits"),
            ("3.55\nbillion", 3_550_000_000, None, "count.digits"),
        ],
    ),
    (  # reuters21578-09393
        "Production in February was 961,000 tonnes against 888,000\nin February 1986 and took "
        "the Nov/Feb total for the current\ncrop to 2.25 mln tonnes.",
        [
            ("961,000 tonnes", 961_000, "tonnes", "quantity.unit"),
            ("888,000", 888_000, "tonnes", "quantity.elided-unit"),
            ("2.25 mln tonnes", 2_250_000, "tonnes", "quantity.unit"),
        ],
    ),
    (  # reuters21578-18526
        "The average value of\nthe dollar was 155 yen in the period from 190 a year earlier.",
        [("155 yen", 155, "JPY", "money.number-word"), ("190", 190, "JPY", "money.elided-unit")],
    ),
    (  # reuters21578-14837 (its first sentence): a change "by" an amount, then only
        # "to" and the level reached
        "    WASHINGTON, April 8 - The House Armed Services Committee\nlast night proposed "
        "cutting President Reagan's funding request\nfor the Strategic Defence Initiative "
        "program by 1.7 billion\ndlrs to 3.5 billion.",
        [
            ("1.7 billion\ndlrs", 1_700_000_000, "USD", "money.number-word"),
            ("3.5 billion", 3_500_000_000, "USD", "money.elided-unit"),
        ],
    ),
    (  # reuters21578-13588 (a sentence of it): a share price's change, then its level
        "Insurer Allianz dropped 20 marks to 1,845.",
        [
            ("20 marks", 20, "DEM", "money.number-word"),
            ("1,845", 1845, "DEM", "money.elided-unit"),
        ],
    ),
    (  # reuters21578-16434
        "Earnings per share\ndropped to 1.51 dlrs from 1.62.",
        [
            ("1.51 dlrs", 1.51, "USD", "money.number-word"),
            ("1.62", 1.62, "USD", "money.elided-unit"),
        ],
    ),
    (  # reuters21578-07499: "and" after a number that took the unit; the period too
        "Adjusted bank borrowings from the Fed's discount window\naveraged only 228 mln dlrs a "
        "day in the first week of the bank\nstatement period ending next Wednesday, compared "
        "with 233 mln\nand 451 mln in the first weeks of the previous two periods.",
        [
            ("228 mln dlrs", 228_000_000, "USD", "money.number-word"),
            ("233 mln", 233_000_000, "USD", "money.elided-unit"),
            ("451 mln", 451_000_000, "USD", "money.elided-unit"),
            ("two", 2, None, "count.words"),
        ],
    ),
    (  # reuters21578-13262: a rate's level, then the number it is compared with
        "MELBOURNE, April 6 - National Australia Bank Ltd <NABA.S>\nsaid it lowered its "
        "benchmark prime lending rate to 18.25 pct\nfrom 18.5, effective today, but left its "
        "base rate at 18.5.",
        [
            ("18.25 pct", 18.25, "%", "percent.word"),
            ("18.5", 18.5, "%", "percent.elided-unit"),
            ("18.5", 18.5, None, "count.digits"),
        ],
    ),
    (  # 5c1548a31e67d78e2771624f (GGT)
        "For Canadians between the ages of 15 and 24, the rate was 10.8 per cent (down from 11.0).",
        [
            ("15", 15, None, "count.digits-range"),
            ("24", 24, None, "count.digits-range"),
            ("10.8 per cent", 10.8, "%", "percent.word"),
            ("11.0", 11, "%", "percent.elided-unit"),
        ],
    ),
    (  # reuters21578-12381: a change in percent is compared with a level of its own unit
        "CHICAGO, April 1 - The Chicago Mercantile Exchange (CME)\ntraded a record 19,656,498 "
        "contracts in the first quarter of\n1987, up 17 pct from 16,768,145 in the same "
        "quarter last year.",
        [
            ("19,656,498", 19_656_498, None, "count.digits"),
            ("17 pct", 17, "%", "percent.word"),
            ("16,768,145", 16_768_145, None, "count.digits"),
        ],
    ),
    (  # reuters21578-11882 (two sentences of it)
        "The average exchange rate was 16.23 shillings per U.S. Dlr\nlast year, a fall of only "
        "1.2 pct from 16.432 in 1985.",
        [
            ("16.23", 16.23, None, "count.digits"),
            ("1.2 pct", 1.2, "%", "percent.word"),
            ("16.432", 16.432, None, "count.digits"),
        ],
    ),
    (  # reuters21578-09634: a change in percent, then the level it started from, in
        # the unit of the figure before the change
        "Gasoline demand averaged 6.72 mln bpd, off 1.2 pct from\n6.80 mln last year, while "
        "residual fuel demand was 1.38 mln\nbpd, off 2.1 pct from 1.41 mln, the EIA said.",
        [
            ("6.72 mln bpd", 6_720_000, "bpd", "quantity.unit"),
            ("1.2 pct", 1.2, "%", "percent.word"),
            ("6.80 mln", 6_800_000, "bpd", "quantity.elided-unit"),
            ("1.38 mln\nbpd", 1_380_000, "bpd", "quantity.unit"),
            ("2.1 pct", 2.1, "%", "percent.word"),
            ("1.41 mln", 1_410_000, "bpd", "quantity.elided-unit"),
        ],
    ),
    (  # reuters21578-15389 (a sentence of it)
        "Industrial businesses contributed 202 mln stg to net\nprofit, a 40 pct increase from "
        "144 mln in 1985, and 60 pct of\nthe total.",
        [
            ("202 mln stg", 202_000_000, "GBP", "money.number-word"),
            ("40 pct", 40, "%", "percent.word"),
            ("144 mln", 144_000_000, "GBP", "money.elided-unit"),
            ("60 pct", 60, "%", "percent.word"),
        ],
    ),
    (  # reuters21578-06970: not across the end of a sentence ("This was 5.19 pct up from
        # 49.98 billion": the pesos are in the sentence before)
        "Reserve money, the total available to monetary authorities,\nwas a provisional 52.58 "
        "billion pesos at the end of 1986. This\nwas 5.19 pct up from 49.98 billion at the end "
        "of November and\n41.85 pct up from 37.09 billion in December 1985.",
        [
            ("52.58 billion pesos", 52_580_000_000, "MXN", "money.number-word"),
            ("5.19 pct", 5.19, "%", "percent.word"),
            ("49.98 billion", 49_980_000_000, None, "count.digits"),
            ("41.85 pct", 41.85, "%", "percent.word"),
            ("37.09 billion", 37_090_000_000, None, "count.digits"),
        ],
    ),
    (  # bbc-business-323: a number that is no figure stands between ("81 days")
        "The average asking price of a home fell by more than £600 from £190,329 in November to "
        "£189,733 in December, while the length of time it takes to sell a home rose to 81 days "
        "from 53 in the summer.",
        [
            ("£600", 600, "GBP", "money.sign-number"),
            ("£190,329", 190_329, "GBP", "money.sign-number"),
            ("£189,733", 189_733, "GBP", "money.sign-number"),
            ("53", 53, None, "count.digits"),
        ],
    ),
    (  # bbc-business-480: the figure before ends an aside, not the one compared
        "Net income in the last quarter was 4.3bn rupees ($98m; £52m), against 2.7bn a year "
        "earlier.",
        [
            ("4.3bn rupees", 4_300_000_000, "INR", "money.number-word"),
            ("$98m", 98_000_000, "USD", "money.sign-number"),
            ("£52m", 52_000_000, "GBP", "money.sign-number"),
            ("2.7bn", 2_700_000_000, None, "count.digits"),
        ],
    ),
    (  # reuters21578-01932: the scale is left out too, so the value is unknown
        "He said imports fell last year to 3,061.8 billion francs\nfrom 3,304.1 in 1985 while "
        "exports were also lower at 3,066.6\nbillion francs against 3,163.7 billion.",
        [
            ("3,061.8 billion francs", 3_061_800_000_000, "CHF", "money.number-word"),
            ("3,304.1", 3_304.1, None, "count.digits"),
            ("3,066.6\nbillion francs", 3_066_600_000_000, "CHF", "money.number-word"),
            ("3,163.7 billion", 3_163_700_000_000, "CHF", "money.elided-unit"),
        ],
    ),
    (  # reuters21578-10280: a figure in subunits ("30 cents") gives no unit to "10"
        "Final div 30 cents vs 10, making 40 vs 10\n    Net 479 mln dlrs vs 157 mln",
        [
            ("30 cents", 0.3, "USD", "money.subunit"),
            ("10", 10, None, "count.digits"),
            ("40", 40, None, "count.digits"),
            ("10", 10, None, "count.digits"),
            ("479 mln dlrs", 479_000_000, "USD", "money.number-word"),
            ("157 mln", 157_000_000, "USD", "money.elided-unit"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_UNITS, ids=lambda x: str(x)[:40])
def test_a_compared_number_takes_the_unit_left_out(text: str, expected: list[Ruled]) -> None:
    figures = find_figures(TextView.of(text))
    assert [(f.text, f.value, f.unit, f.rule) for f in figures] == expected


def test_change_from_to_is_not_a_range() -> None:
    a, b = find_figures(TextView.of("The rate fell from 70% to 49%."))
    assert (a.value, b.value, a.range, b.range) == (70, 49, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bbc-business-046
        ("while unemployment levels edged up 0.1% to 4.7%, slightly higher than forecast.",
         [("0.1%", 0.1), ("4.7%", 4.7)]),
        # bbc-business-061
        ("Meanwhile, the benefit claimant total fell 11,000 to 813,200 last month.",
         [("11,000", 11_000), ("813,200", 813_200)]),
        # reuters21578-01682
        ("GM shares rose 3-1/2 to 79-1/8 in active trading.", [("3-1/2", 3.5), ("79-1/8", 79.125)]),
        # reuters21578-08553
        ("In Canada, the rig count was up by two to 183, against 324 one\nyear ago.",
         [("two", 2), ("183", 183), ("324", 324)]),
    ],
)  # fmt: skip
def test_change_then_level_is_not_a_range(text: str, expected: list[tuple[str, float]]) -> None:
    figures = find_figures(TextView.of(text))
    assert [(f.text, f.value) for f in figures] == expected
    assert [f.range for f in figures] == [None] * len(expected)


def test_small_range_after_a_change_verb_stays_a_range() -> None:
    # reuters21578-19040: "two to five" cents a day is a range of rises
    text = "this week after rising two to five Taiwanese\ncents a day between June 2 and 13"
    first, second = find_figures(TextView.of(text))[:2]
    assert (first.text, second.text) == ("two", "five")
    assert first.range is not None and first.range == second.range


def test_parse_spans_point_into_the_text(seed_text: str) -> None:
    article = newsparse.parse(seed_text)
    assert article.figures
    for f in article.figures:
        assert article.text[f.span.start : f.span.end] == f.text
        assert f.rule.split(".")[0] == f.kind
    assert ("$20 billion", 20_000_000_000, "USD", "year") in [
        (f.text, f.value, f.unit, f.per) for f in article.figures
    ]


def test_case_blind_words_with_letters_outside_ascii() -> None:
    # the pattern reads "\u017f" (long s) as "s": the words it matched are looked up folded
    found = find_figures(TextView.of("It cost 5 cent\u017f, at number \u017fix."))
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("5 cent\u017f", 0.05, "USD"),
        ("number \u017fix", 6, None),
    ]


def test_dotted_capital_i_in_a_word_read_case_blind() -> None:
    # the pattern reads "\u0130" as "i"; its lower case is "i" and a dot, which no lexicon
    # has: the word is looked up without the dot (a KeyError before)
    texts = [
        "It cost 5 b\u0130llion dollars.",
        "The bill came to 20 l\u0130ra.",
        "It was ranked number e\u0130ght.",
    ]
    found = [
        [(f.text, f.value, f.unit, f.per) for f in find_figures(TextView.of(t))] for t in texts
    ]
    assert found == [
        [("5 b\u0130llion dollars", 5_000_000_000, "USD", None)],
        [("20 l\u0130ra", 20, "TRY", None)],
        [("number e\u0130ght", 8, None, None)],
    ]


def test_digits_past_ascii_are_read() -> None:
    # a text that is not ASCII has its digit runs found in bytes unless it may hold such digits
    for text, expected in [
        ("Sales at the caf\u00e9 rose \u0662\u0665 percent.", ("\u0662\u0665 percent", 25)),
        ("It cost \u00a3\uff13\uff10 million.", ("\u00a3\uff13\uff10 million", 30_000_000)),
        ("Sales at the caf\u00e9 rose 25 percent.", ("25 percent", 25)),
    ]:
        assert [(f.text, f.value) for f in find_figures(TextView.of(text))] == [expected]


def test_other_digit_leads_cover_every_digit_past_ascii() -> None:
    every = "".join(map(chr, range(0x80, 0x110000)))
    digits = {m.group() for m in regex.finditer(r"\d", every)}
    leads = {d.encode("utf-8")[:1] for d in digits}
    assert leads <= set(figures_module._OTHER_DIGIT_LEADS)


def _pattern_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave every candidate to ``_FIGURE_RE`` (the stage's plain-Python fast path is off)."""
    monkeypatch.setattr(figures_module, "_fast", lambda *args: figures_module._TO_PATTERN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They paid a fine of USD 2004 last week.", [("USD 2004", 2004, "USD")]),
        ("The fee is GBP 1500 this year.", [("GBP 1500", 1500, "GBP")]),
        ("It costs Rs 2000 a month.", [("Rs 2000", 2000, "INR")]),
        ("They paid a fine of USD 2004.", [("USD 2004", 2004, "USD")]),
        ("They spoke before the US 2004 election.", []),
        ("In 2004, sales rose.", []),
    ],
)
def test_a_currency_code_makes_a_year_like_number_money(text: str, expected: list[Found]) -> None:
    # constructed: no corpus sentence has a code before an amount from 1000 to 2100, and
    # these were once read as years ("USD 2004 last week") unless a full stop followed
    assert found(text) == expected


#: rows of a figure table (reuters21578-15875), and the same cells apart by other white space
#: and followed by what a figure's pattern may read after one space ("%", "-", digits)
TABLE_ROWS = [
    " Start Stock  4,040   4,040    1,648   1,648\n  Production  8,253   8,253    8,877   8,877",
    "  AvgPrice  1.35-1.65  1.35-1.65  2.23     2.23",
    "                 1986/87           1985/86\n           04/09/87 03/09/87  04/09/87 03/09/87",
    "cells 76.7\t76.7 \n 83.4  %  83.4 % 5  -10 5 -10 5 \u00a0 6 5\x1c 6 12/3 $5/3 5m/2 5/year",
    "call 202 555 0123 or 202  555 0123; 10  Downing Street, 25\n July, 3  per year, 4 \n/ day",
]


def test_fast_path_reads_as_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [c.text for c in REAL] + NEGATIVE + ADVERSARIAL + TABLE_ROWS
    fast = [find_figures(TextView.of(t)) for t in texts]
    _pattern_only(monkeypatch)
    assert [find_figures(TextView.of(t)) for t in texts] == fast


def test_fast_path_reads_the_corpus_as_the_pattern(
    shared: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (shared / "corpus" / "bench.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(300), lines, strict=False)]
    fast = [find_figures(TextView.of(t)) for t in texts]
    _pattern_only(monkeypatch)
    for text, expected in zip(texts, fast, strict=True):
        assert find_figures(TextView.of(text)) == expected, text[:60]


def test_corpus_figures_are_well_formed(shared: pathlib.Path) -> None:
    for path in sorted((shared / "corpus" / "articles").glob("*.txt"))[:40]:
        article = newsparse.parse(path.read_text(encoding="utf-8"))
        for f in article.figures:
            assert article.text[f.span.start : f.span.end] == f.text, path.name
            assert isinstance(f.value, int) or not float(f.value).is_integer(), (path.name, f)


# -- Recognizers-Text (MIT), converted by benchmarks/peer_figures.py ------------------

_RT: dict[str, Any] = json.loads((DATA / "recognizers_text.json").read_text(encoding="utf-8"))
_RT_IN_SCOPE = [c for c in _RT["cases"] if not c["out_of_scope"]]


def _rt_param(case: dict[str, Any]) -> Any:
    marks: tuple[pytest.MarkDecorator, ...] = ()
    if case.get("known_failure"):
        marks = (pytest.mark.xfail(strict=True, reason=case["known_failure"]),)
    return pytest.param(case, marks=marks, id=f"{case['model']}:{case['input'][:40]}")


def _rt_ok(case: dict[str, Any]) -> bool:
    figures = find_figures(TextView.of(case["input"]))
    kind = {"PercentModel": "percent", "CurrencyModel": "money"}.get(case["model"], "count")
    if not case["expected"]:
        return not [f for f in figures if f.kind == kind]
    return all(
        e["value"] is None
        or any(
            f.span.start < e["end"] and e["start"] < f.span.end
            and abs(f.value - e["value"]) <= 1e-3 * max(1.0, abs(e["value"]))
            and (e["unit"] is None or f.unit == e["unit"])
            for f in figures
        )
        for e in case["expected"]
    )  # fmt: skip


@pytest.mark.parametrize("case", [_rt_param(c) for c in _RT_IN_SCOPE])
def test_recognizers_text(case: dict[str, Any]) -> None:
    assert _rt_ok(case)


def test_recognizers_text_scope_is_explained() -> None:
    models = {c["model"] for c in _RT["cases"]}
    assert models == {"NumberModel", "PercentModel", "CurrencyModel"}
    out = [c for c in _RT["cases"] if c["out_of_scope"]]
    assert all(len(c["out_of_scope"]) > 10 for c in out)
    failing = [c for c in _RT_IN_SCOPE if c.get("known_failure")]
    assert len(failing) <= 0.1 * len(_RT_IN_SCOPE)  # the issue asks for >= 90 % in scope


ADVERSARIAL = [
    "1 " * 3000,
    "1-" * 3000,
    "between 1 and " * 500,
    "one two three hundred and " * 300,
    "$" * 3000 + "1",
    "Debt hit " + "999," * 1500 + "999 dollars.",
    "9" * 20_000,
    "15 % to $ 4 " * 500,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: t[:12])
def test_long_repetitive_input_is_safe(text: str) -> None:
    article = newsparse.parse(text)
    for f in article.figures:
        assert text[f.span.start : f.span.end] == f.text
        assert abs(f.value) < 10**40
    json.dumps(article.to_dict())
