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

import newsparse
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
        # bbc-politics-229: the possessor's whole name, without its title, owns the spokesman
        "Prime Minister Tony Blair's official spokesman said: \"Obviously we will need to study "
        'this detailed judgment."',
        {
            "Tony Blair": ("person", "Prime Minister"),
            "Tony Blair's official spokesman": ("person", "spokesman"),
        },
        id="possessive-name-without-title",
    ),
    pytest.param(
        # bbc-tech-271: an indefinite appositive that lacks its closing comma still titles
        '"T-Mobile has stringent procedures in place where we monitor for suspicious activity '
        'so that limited his activities and we were able to take corrective action immediately," '
        "Peter Dobrow, a T-Mobile spokesperson said.",
        {"Peter Dobrow": ("person", "T-Mobile spokesperson")},
        id="appositive-without-comma",
    ),
    pytest.param(
        # bbc-politics-146: "and" joins a ministry's two fields
        "In a statement, the Department of Trade and Industry said the new policy meant there "
        'would be a "sixfold reduction in the number of waste shipments to overseas '
        'countries".',
        {"Department of Trade and Industry": ("organization", None)},
        id="department-of-two-fields",
    ),
    pytest.param(
        # bbc-entertainment-138: "bassist" is a role, the band's name before it no actor
        "Queen bassist John Deacon has currently retired from the stage.",
        {"John Deacon": ("person", "bassist")},
        id="bassist",
    ),
    pytest.param(
        # isot-reuters-255: "King" before "Jr." is a name, not a title
        "congressman from Georgia John Lewis, who marched with Martin Luther King Jr.",
        {
            "Georgia": ("place", None),
            "John Lewis": ("person", None),
            "Martin Luther King Jr.": ("person", None),
        },
        id="king-jr",
    ),
    pytest.param(
        # reuters21578-11437 (its first sentence, cut): "Undersecretary" is a title
        "    WASHINGTON, March 31 - U.S. Agriculture Undersecretary\nDaniel Amstutz said he "
        "was confident.",
        {
            "WASHINGTON": ("place", None),
            "U.S.": ("country", None),
            "Daniel Amstutz": ("person", "U.S. Agriculture Undersecretary"),
        },
        id="undersecretary",
    ),
    pytest.param(
        # isot-reuters-187: a senator named only by her handle
        "Are you really trying to bully, intimidate and slut-shame @SenGillibrand?",
        {"Gillibrand": ("person", None)},
        id="senator-handle",
    ),
    pytest.param(
        # bbc-business-349: a group named by its possessor, who sets a deadline
        "LG Card's creditors have given LG group until Wednesday to sign up to a $1.1bn rescue "
        "package.",
        {"LG Card": ("organization", None), "LG Card's creditors": ("group", None)},
        id="possessive-group-gives-deadline",
    ),
    pytest.param(
        # reuters21578-04002: a bare surname that only opens sentences, of one tried
        "Benson pleaded guilty to charges of conspiracy, tax\nevasion, filing false corporate "
        "tax returns and defrauding the\ncompany's shareholders.",
        {"Benson": ("person", None)},
        id="bare-surname-pleaded",
    ),
    pytest.param(
        # isot-reuters-471: "was sentenced" is said of a person
        "Blankenship was sentenced to a year in prison in April 2016 for conspiring to violate "
        "federal mine safety standards.",
        {"Blankenship": ("person", None)},
        id="bare-surname-sentenced",
    ),
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
    pytest.param(
        # bbc-business-419: a name with two particles ("van der") is one name
        "Judy Boynton finally left the firm on 31 December, having spent the intervening time "
        "as a special advisor to chief executive Jeroen van der Veer.",
        {
            "Judy Boynton": ("person", None),
            "Jeroen van der Veer": ("person", "chief executive"),
        },
        id="name-particles-van-der",
    ),
    pytest.param(
        # bbc-entertainment-004: a lone name after an inverted speech verb speaks
        'If anything, the choice is even wider than last time," said Madeley.',
        {"Madeley": ("person", None)},
        id="inverted-lone-name",
    ),
    pytest.param(
        # reuters21578-12039: a group opening the sentence is the subject of "and said"
        "U.K. Authorities have lost patience with Japanese trading\npractices and said they are "
        "seeking ways to retaliate without\nunleashing a damaging trade war.",
        {"U.K.": ("country", None), "U.K. Authorities": ("group", None)},
        id="group-subject-of-and-said",
    ),
    pytest.param(
        # bbc-business-209: "Utd" ends a club's name as "United" does
        "The board of Man Utd is expected to meet early this week to consider this deal.",
        {"Man Utd": ("organization", None)},
        id="football-club-abbreviation",
    ),
    pytest.param(
        # bbc-business-435: a name that speaks is a company when it has shares
        "In a separate statement, Southcorp confirmed the brewer had asked for talks. Both firms "
        "asked the Sydney stock market to suspend trading in their shares until Monday. "
        "Southcorp's shares were suspended at A$4.25.",
        {
            "Southcorp": ("organization", None),
            "firms": ("group", None),
            "Sydney": ("place", None),
        },
        id="company-by-its-shares",
    ),
    pytest.param(
        # isot-reuters-222: "producer" before a name is no sign of a company
        "The growing wave of women reporting abuse or misconduct has brought down powerful men, "
        "from movie producer Harvey Weinstein to popular television personality Matt Lauer.",
        {"Harvey Weinstein": ("person", None), "Matt Lauer": ("person", None)},
        id="producer-before-a-person",
    ),
    pytest.param(
        # isot-reuters-102: "on" continues a name after an organisation head, as "of" does
        "The Committee on Foreign Investment in the United States (CFIUS), which reviews the "
        "purchase of U.S. assets by foreign companies, has recently taken a strong stand against "
        "technology transfers to Chinese companies.",
        {
            "Committee on Foreign Investment": ("organization", None),
            "United States": ("country", None),
        },
        id="org-head-on-name",
    ),
    pytest.param(
        # bbc-sport-475: a demonym before a known first name is no part of the name
        "Agassi was serving at 5-6 down in the first set to fellow American Andy Roddick when "
        "he decided to bring a premature end to the match.",
        {"Andy Roddick": ("person", None)},
        id="demonym-before-first-name",
    ),
    pytest.param(
        # reuters21578-07899: a state and a party before a name are no organisation
        "    \"The Transportation Department's antitrust enforcement has\nbeen disastrous, "
        'permitting rampant merger mania," Ohio\nDemocrat Howard Metzenbaum said in a statement.',
        {
            "Transportation Department": ("organization", None),
            "Howard Metzenbaum": ("person", None),
        },
        id="state-party-before-name",
    ),
    pytest.param(
        # bbc-business-247: a company known by one word (lexicon/companies.txt)
        "Strong sales outside western Europe helped Renault boost its profits by more than 40% "
        "in 2004 although the firm warned of lower margins this year.",
        {"Renault": ("organization", None), "Europe": ("place", None)},
        id="company-by-one-word",
    ),
    pytest.param(
        # bbc-business-212: a newspaper (lexicon/media.txt)
        "The Observer reported on Sunday that nearly half the workforce at Longbridge could be "
        "under threat if the deal goes ahead.",
        {"Observer": ("organization", None)},
        id="newspaper-observer",
    ),
    pytest.param(
        # isot-reuters-275: parties before their senators' names
        "The bill is sponsored in the Senate by Democrats Kirsten Gillibrand of New York and "
        "Kamala Harris of California, and Republicans Lindsey Graham of South Carolina and Lisa "
        "Murkowski of Alaska.",
        {
            "Senate": ("organization", None),
            "Democrats": ("organization", None),
            "Kirsten Gillibrand": ("person", None),
            "New York": ("place", None),
            "Kamala Harris": ("person", None),
            "California": ("place", None),
            "Republicans": ("organization", None),
            "Lindsey Graham": ("person", None),
            "South Carolina": ("place", None),
            "Lisa Murkowski": ("person", None),
            "Alaska": ("place", None),
        },
        id="party-before-first-name",
    ),
    pytest.param(
        # reuters21578-07532 (its first paragraph): a name broken by Reuters's hard wrap is
        # one name, and its title is whole
        "    BUENOS AIRES, March 19 - West German President Richard von\nWeizsaecker called on "
        "creditor banks to ease pressure on\nArgentina's foreign debt repayment terms.",
        {
            "BUENOS AIRES": ("place", None),
            "Richard von Weizsaecker": ("person", "West German President"),
            "Argentina": ("country", None),
        },
        id="name-across-a-line-break",
    ),
    pytest.param(
        # reuters21578-11102 (its first paragraph): so is an organisation's
        "    WASHINGTON, March 30 - The U.S. Department of\nTransportation (DOT) said it gave "
        "final clearance to the\nproposed 225 mln dlr acquisition of AirCal Inc by American"
        "\nAirlines Inc.",
        {
            "WASHINGTON": ("place", None),
            "U.S. Department of Transportation": ("organization", None),
            "AirCal Inc": ("organization", None),
            "American Airlines Inc.": ("organization", None),
        },
        id="organisation-across-a-line-break",
    ),
    pytest.param(
        # bbc-politics-307 (its first two sentences): a description with a place, set off
        # by commas after a name, is that name's, no one of its own
        "A Conservative MP and former minister has defected to Labour.\n\nRobert Jackson, "
        "58, MP for Wantage in Oxfordshire, said he was disillusioned with the party's "
        "leadership.",
        {"Labour": ("organization", None), "Robert Jackson": ("person", None)},
        id="description-with-a-place-in-apposition",
    ),
    pytest.param(
        # bbc-entertainment-204 (its first sentences): a bare group and where it is
        "US comedian Bill Cosby will not face charges stemming from an allegation of sexual "
        "misconduct.\n\nAuthorities in Philadelphia said they found insufficient evidence to "
        "support the woman's allegations.",
        {
            "US": ("country", None),
            "Bill Cosby": ("person", "comedian"),
            "Authorities": ("group", None),
            "Philadelphia": ("place", None),
        },
        id="group-and-place",
    ),
]

NEGATIVE = [
    pytest.param(
        # bbc-tech-367: a research firm is an organisation, not a person "Forrester Research"
        "A survey carried out in 2000 by Forrester Research found that the shortness of "
        "battery life was the most complained about feature of laptops.",
        {"Forrester Research": ("organization", None)},
        id="research-firm",
    ),
    pytest.param(
        # reuters21578-09695: "And" in capitals (as Reuters sets "U.S. And") joins no names;
        # Chad is a country (and a first name: "Chad Smith" stays a person)
        "WASHINGTON, March 26 - Libyan forces appear to be\nwithdrawing from their last "
        "stronghold in Chad after suffering\ndefeats at the hands of French-backed government "
        "troops,\naccording to officials in both the U.S. And France.",
        {
            "WASHINGTON": ("place", None),
            "Chad": ("country", None),
            "officials": ("group", None),
            "U.S.": ("country", None),
            "France": ("country", None),
        },
        id="title-case-and",
    ),
    pytest.param(
        # bbc-business-479: a show is no actor
        "However, Ford is working hard to revitalise its product portfolio, unveiling the "
        "Fusion and Zephyr models at the International Motor Show in Detroit.",
        {"Detroit": ("place", None)},
        id="motor-show",
    ),
    pytest.param(
        # bbc-entertainment-006 (cut before its second clause): a theatre is an organisation
        "Paul Rhys was its best Shakespearean performer for Measure for Measure at the "
        "National Theatre.",
        {"Paul Rhys": ("person", None), "National Theatre": ("organization", None)},
        id="theatre",
    ),
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
    pytest.param(
        # a capitalised word that opens a sentence and is tried as a company is no one
        "Shares were sold after the report. Sales fell 5 pct last year.",
        {},
        id="capitalised-sentence-start-no-trial",
    ),
    pytest.param(
        # isot-reuters-187: a handle with no office in it names no one
        "Good luck with that, @realDonaldTrump.",
        {},
        id="handle-without-office",
    ),
    pytest.param(
        # bbc-business-185: the addressee of "told" is no inverted speaker (and "Time
        # magazine" is an outlet, no person)
        '"We, with federal law authorities, have done a very robust, thorough investigation on '
        "this and neither we nor they would make the statement lightly that we believe those "
        'tapes to be lost," Alexandra Tower, a spokeswoman for the North Carolina-based bank, '
        "told Time magazine.",
        {"Alexandra Tower": ("person", "spokeswoman"), "Time": ("organization", None)},
        id="told-a-magazine",
    ),
    pytest.param(
        # bbc-entertainment-220: a title in title case that ends its sentence names no one
        "The BBC's iCan site is up for the technical and social innovation award alongside the "
        "likes of Nottingham University's Uncle Roy All Around You.",
        {"BBC": ("organization", None), "Nottingham University": ("organization", None)},
        id="title-case-phrase-at-sentence-end",
    ),
    pytest.param(
        # bbc-entertainment-209: the country before "on" keeps its mention
        "The programme has been screened in the UK on Sky One.",
        {"UK": ("country", None)},
        id="country-before-on-and-a-title-case-end",
    ),
    pytest.param(
        # bbc-politics-175 (a sentence of it): "shadow" is part of the title, which makes
        # another role of "chancellor"
        "To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts "
        "proposed by shadow chancellor Oliver Letwin were the equivalent of sacking every "
        "teacher, GP and nurse in the country, he told activists.",
        {
            "Gateshead": ("place", None),
            "Sage Centre": ("organization", None),
            "Oliver Letwin": ("person", "shadow chancellor"),
        },
        id="shadow-title",
    ),
    pytest.param(
        # bbc-entertainment-269: an occupation that opens the sentence is a title
        # (lexicon/role_nouns.txt)
        "Singer George Michael has said that a new film about his life is the start of a "
        "retirement from public view.",
        {"George Michael": ("person", "Singer")},
        id="occupation-title",
    ),
    pytest.param(
        # bbc-sport-026
        "Sprinter Michelle Collins has lodged an appeal against her eight-year doping ban with "
        "the North American Court of Arbitration for Sport (CAS).",
        {
            "Michelle Collins": ("person", "Sprinter"),
            "North American Court of Arbitration": ("organization", None),
        },
        id="occupation-title-sport",
    ),
    pytest.param(
        # bbc-entertainment-357: "best actor" before a name is an award's, no person's title
        "DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again at the "
        "Academy Awards in two weeks' time.",
        {},
        id="best-actor-award",
    ),
    pytest.param(
        # bbc-sport-357: a team by its nickname (lexicon/org_heads.txt); a club by its city's
        # name alone is read as the city (places.txt), a limit of the lexicon
        "A similar cross-code deal that took Iestyn Harris from Leeds to Cardiff in 2001 did "
        "go through, before the talented stand-off returned to the 13-man code with Bradford "
        "Bulls.",
        {
            "Iestyn Harris": ("person", None),
            "Cardiff": ("place", None),
            "Bradford Bulls": ("organization", None),
        },
        id="team-nickname",
    ),
    pytest.param(
        # bbc-entertainment-094: "the Times" is a newspaper (lexicon/media.txt); "His
        # agent", who speaks, a person described
        "His agent told the Times newspaper that Pullman was happy with the adaptation so far.",
        {"His agent": ("person", "agent"), "Times": ("organization", None)},
        id="the-times",
    ),
    pytest.param(
        # reuters21578-09623: "X and Y's Corp" is one company
        "    NEW YORK, March 25 - Standard and Poor's Corp said it\ndowngraded Dana Corp's 900 "
        "mln dlrs of debt securities.",
        {
            "NEW YORK": ("place", None),
            "Standard and Poor's Corp": ("organization", None),
            "Dana Corp": ("organization", None),
        },
        id="and-possessive-company",
    ),
    pytest.param(
        # ggt-english-eval 5c3eec791e67d78e27f51065: a plural company head
        # (lexicon/org_heads.txt: "Resorts", like "Hotels", "Casinos", "Restaurants"), even
        # with "he" after it
        "When asked what's more nerve-wracking, being on the mound of inside the ropes at "
        "the Diamond Resorts, Mulder didn't hesitate.\n\n\"It's this for sure,\" he said.",
        {"Diamond Resorts": ("organization", None)},
        id="plural-company-head-resorts",
    ),
    pytest.param(
        # bbc-business-345: names whose head comes first (lexicon/org_leads.txt)
        '"With the enormous displacement of people...there will be a serious relaxation of '
        'fiscal policy," Glenn Maguire, chief economist for the region at Societe Generale, '
        "told Agence France Presse.",
        {
            "Glenn Maguire": ("person", None),
            "Societe Generale": ("organization", None),
            "Agence France Presse": ("organization", None),
        },
        id="org-lead-societe-agence",
    ),
    pytest.param(
        # isot-reuters-716: "Corp." with its period ends a firm's name, though it ends the
        # sentence too; the title after it opens the next name
        "After leaving government, he was the head of the administrative law group at Hunton "
        "& Williams focused on air quality issues for industry clients, such as ExxonMobil "
        "Corp. Democratic Senator Tom Carper of Delaware had urged colleagues to reject "
        "Wehrum\u2019s confirmation ahead of the vote.",
        {
            "Hunton & Williams": ("organization", None),
            "ExxonMobil Corp.": ("organization", None),
            "Tom Carper": ("person", "Democratic Senator"),
            "Delaware": ("place", None),
        },
        id="corp-period-ends-name",
    ),
    pytest.param(
        # bbc-sport-440: a word before a nationality noun before a name is no part of it
        "Veteran Spaniard Conchita Martinez came from a set down to beat Italian Roberta Vinci "
        "at the Qatar Open in Doha.",
        {
            "Conchita Martinez": ("person", None),
            "Roberta Vinci": ("person", None),
            "Doha": ("place", None),
        },
        id="word-before-nationality-noun",
    ),
    pytest.param(
        # bbc-sport-247: a club by its first word (lexicon/org_leads.txt: "Real")
        "Real Madrid director of sport Emilio Butragueno praised the spectators inside the "
        'ground for their conduct. "I\'d like to highlight the behaviour of the fans," he said.',
        {"Real Madrid": ("organization", None), "Emilio Butragueno": ("person", None)},
        id="org-lead-real",
    ),
    pytest.param(
        # reuters21578-19393: an office "of the" something before a name, across a line
        # break (lexicon/titles.txt: "comptroller")
        "    WASHINGTON, June 19 - U.S. Comptroller of the Currency\nRobert Clarke said his "
        "office is expanding a plan giving\ntemporarily ailing but well managed national banks "
        "extra time.",
        {
            "WASHINGTON": ("place", None),
            "U.S.": ("country", None),
            "Robert Clarke": ("person", "U.S. Comptroller of the Currency"),
        },
        id="comptroller-of-the-currency",
    ),
    pytest.param(
        # reuters21578-07662: "Treasurer" is a title (lexicon/titles.txt)
        "    SYDNEY, March 20 - Australian Treasurer Paul Keating said\nhe expects the "
        "country's 1986/87 current account deficit to be\none billion dlrs lower.",
        {
            "SYDNEY": ("place", None),
            "Paul Keating": ("person", "Australian Treasurer"),
        },
        id="treasurer-title",
    ),
    pytest.param(
        # isot-reuters-580: an "Office of" an office is an organisation, not a title
        "Senators Elizabeth Warren and Chris Van Hollen sent a letter to the Office of the "
        "Comptroller of the Currency on Monday.",
        {
            "Elizabeth Warren": ("person", "Senators"),
            "Chris Van Hollen": ("person", None),
            "Office of the Comptroller of the Currency": ("organization", None),
        },
        id="office-of-the-comptroller",
    ),
    pytest.param(
        # bbc-sport-058: a nationality noun before a name is no part of it
        # (lexicon/nationality_nouns.tsv)
        "The Northern Ireland athlete went off at a startling pace but had to hold off the "
        "challenge of Welshman Jimmy Watkins over the final 200m to win in one minute, 47.96 "
        "seconds.",
        {"Northern Ireland": ("place", None), "Jimmy Watkins": ("person", None)},
        id="nationality-noun-before-name",
    ),
    pytest.param(
        # bbc-politics-267 (its first sentence after the title): a city's people, two words
        # ("New Yorker"), before a name is no part of it either
        "By any measure, New Yorker Dick Morris is that thing Americans love over everything "
        "else - a winner.",
        {"Dick Morris": ("person", None)},
        id="new-yorker-before-name",
    ),
    pytest.param(
        # bbc-sport-141 (a sentence of it): the outlet told, then the subject of what it
        # was told, no one name
        "Gerrard told the BBC Liverpool were unlikely to win the trophy this year.",
        {"Gerrard": ("person", None), "BBC": ("organization", None), "Liverpool": ("place", None)},
        id="told-outlet-then-subject",
    ),
    pytest.param(
        # reuters21578-02685 (its first sentence): a firm named after two people, whom the
        # text never names, that says "it"
        "    CHICAGO, March 6 - Duff and Phelps said it has downgraded\nfixed income "
        "securities of USX Corp and its subsidiaries and at\nthe same time took the issues "
        "off its watch list.\n",
        {
            "CHICAGO": ("place", None),
            "Duff and Phelps": ("organization", None),
            "USX Corp": ("organization", None),
        },
        id="pair-named-firm",
    ),
    pytest.param(
        # reuters21578-09166 (a sentence of it): the same after "Reuters"
        "    The officials told Reuters MITI asked them to moderate\ntheir foreign exchange "
        "trading because the excessive rise in\nthe yen will have unfavourable effects.",
        {
            "officials": ("group", None),
            "Reuters": ("organization", None),
            "MITI": ("organization", None),
        },
        id="told-reuters-then-subject",
    ),
    pytest.param(
        # bbc-entertainment-122 (a sentence of it): an outlet's longer name stays whole
        '"Every week when I was making the album, I was reading articles about the demise of '
        "dance music - and obviously that affects you somewhat,\" he told BBC World Service's "
        "The Ticket programme.",
        {"BBC World Service": ("organization", None)},
        id="told-outlet-longer-name",
    ),
    pytest.param(
        # reuters21578-02544 (its first two sentences): "X and Co" is one company; a
        # company's word after its initials names it ("Viner")
        "    TORONTO, March 5 - E.A. Viner Holdings Ltd said the earlier\nreported Chapter 11 "
        "bankruptcy filing of Heck's Inc <HEX>, in\nwhich Viner holds 408,000 shares, would "
        "not materially affect\nViner's capital position or its ability to carry on its\n"
        "profitable brokerage business.\n    Viner said its brokerage subsidiary, Edward A. "
        "Viner and Co\nhad regulatory capital of 24.5 mln U.S. dlrs at year-end 1986.",
        {
            "TORONTO": ("place", None),
            "E.A. Viner Holdings Ltd": ("organization", None),
            "Heck's Inc": ("organization", None),
            "Edward A. Viner and Co": ("organization", None),
        },  # ("U.S." of "U.S. dlrs" names the currency: no actor)
        id="and-co-company",
    ),
    pytest.param(
        # reuters21578-13210: a firm named after a man is not the man
        "    NEW YORK, April 3 - Mario Gabelli, head of New York\ninvestment firm Mario "
        "Gabelli and Co, said he sold some shares\nof GenCorp Inc <GY> as part of a "
        '"portfolio rebalancing"\nprocess to meet the needs of his more than 600 clients.',
        {
            "NEW YORK": ("place", None),
            "Mario Gabelli": ("person", None),
            "Mario Gabelli and Co": ("organization", None),
            "GenCorp Inc": ("organization", None),
        },
        id="firm-named-after-a-man",
    ),
    pytest.param(
        # bbc-tech-397: an unknown word that an appositive calls a watchdog
        "Icstis, the UK's premium rate services watchdog, said it had been looking for "
        'companies to take the lead in initiatives. "The initiatives are very welcome," a '
        "spokesperson from Icstis told the BBC News website.",
        {
            "Icstis": ("organization", None),
            "UK": ("country", None),
            "spokesperson from Icstis": ("person", "spokesperson"),
            "BBC News": ("organization", None),
        },
        id="org-by-appositive",
    ),
    pytest.param(
        # bbc-entertainment-132: a title after "single" names a work, no actor
        "The double album - which saw the pair produce one disc each - topped the charts in "
        "the US at the same time as single Hey Ya!",
        {"US": ("country", None)},
        id="work-title-after-single",
    ),
    pytest.param(
        # reuters21578-12650 (the end of its fourth paragraph and its fifth): "Besides"
        # opens the sentence, no part of the name after it
        "disagreements\nover U.S. Economic and monetary policy between Treasury\nSecretary "
        "James Baker and Federal Reserve Chairman Paul\nVolcker.\n    Besides Baker's public "
        "statements that had dramatically\ninfluenced exchange markets, trade tensions between "
        "the U.S.And\nJapan had also caused the dollar's fall, expecially against the\nyen, he "
        "said.",
        {
            "U.S.": ("country", None),
            "James Baker": ("person", "Treasury Secretary"),
            "Paul Volcker": ("person", "Federal Reserve Chairman"),
            "Japan": ("country", None),
        },
        id="opener-besides",
    ),
    pytest.param(
        # bbc-entertainment-237 (its headline and first sentence): a role noun opening a
        # headline is a title before the surname, one person with the full name after
        "Singer Knight backs anti-gun song\n\nR&B star Beverley Knight said she sang on an "
        'anti-gun single after being "haunted" by the fatal 2003 shooting of two teenage '
        "girls in Birmingham.",
        {"Beverley Knight": ("person", "Singer"), "Birmingham": ("place", None)},
        id="role-noun-before-surname",
    ),
    pytest.param(
        # bbc-business-183: "boss" is a role noun, so a title before a full name
        "Boss Henk Addink blames the low growth rate in Europe for the lack of orders closer "
        "to home.",
        {"Henk Addink": ("person", "Boss"), "Europe": ("place", None)},
        id="boss-title",
    ),
    pytest.param(
        # isot-reuters-572: "al-" joins an Arabic name's parts, as "al" does
        "Kremlin spokesman Dmitry Peskov said earlier on Tuesday that the conversation would "
        "focus on Syrian President Bashar al-Assad\u2019s visit to Russia which he made on "
        "Monday.",
        {
            "Kremlin": ("organization", None),
            "Dmitry Peskov": ("person", "spokesman"),
            "Bashar al-Assad": ("person", "Syrian President"),
            "Russia": ("country", None),
        },
        id="al-particle",
    ),
    pytest.param(
        # bbc-business-001 (a sentence of its fourth paragraph): a company named like a
        # person (lexicon/companies.txt)
        "Time Warner said on Friday that it now owns 8% of search-engine Google.",
        {"Time Warner": ("organization", None), "Google": ("organization", None)},
        id="company-named-like-a-person",
    ),
    pytest.param(
        # bbc-sport-474: a demonym before a known first name is no part of the name
        # (lexicon/first_names.tsv: "Serena")
        "American Serena Williams also won, edging Russian Elena Dementieva 7-6 7-5 for her "
        "second victory of the event.",
        {"Serena Williams": ("person", None), "Elena Dementieva": ("person", None)},
        id="demonym-before-first-name-serena",
    ),
    pytest.param(
        # isot-reuters-402: a state and a party before a known first name ("Blake")
        " Politico reported the harassment award was made on behalf of Texas Republican Blake "
        "Farenthold.",
        {"Politico": ("organization", None), "Blake Farenthold": ("person", None)},
        id="state-party-before-first-name-blake",
    ),
    pytest.param(
        # bbc-politics-260: a past tense ends a described group read backwards
        "A private meeting on Monday saw normally loyal MPs warn that feuding could jeopardise "
        "their election hopes.",
        {"normally loyal MPs": ("group", None)},
        id="past-tense-before-group",
    ),
    pytest.param(
        # isot-reuters-763: "something" ends a described group read backwards
        "North Korea has made clear it has little interest in negotiations at least until it "
        "develops a nuclear-tipped missile capable of hitting the U.S. mainland, something U.S. "
        "intelligence officials say it may be just months away from achieving.",
        {
            "North Korea": ("country", None),
            "U.S.": ("country", None),
            "U.S. intelligence officials": ("group", None),
        },
        id="something-before-group",
    ),
    pytest.param(
        # reuters21578-05696 (cut): "quoting" ends a described group read backwards
        "    Earlier, the Detroit Free Press, quoting local union\nofficials, said Ford would "
        "probably be picked as the auto\ncompany to set the pattern.",
        {
            "Detroit Free Press": ("organization", None),
            "local union officials": ("group", None),
        },
        id="quoting-before-group",
    ),
    pytest.param(
        # bbc-sport-013: a body named for a country ("Health Canada", "T-Mobile USA")
        "Athletics Kenya (AK) had suspended the two-time London Marathon runner-up for "
        "failing to turn up to a cross-country team training camp in Embu.",
        {"Athletics Kenya": ("organization", None)},  # a race is no actor (non_actor_heads)
        id="body-named-for-a-country",
    ),
    pytest.param(
        # bbc-entertainment-104: a country that is a common surname stays a surname
        "It follows a Cardiff gig starring Eric Clapton, Keane and Jools Holland, which raised "
        "more than \u00a31.25m.",
        {
            "Cardiff": ("place", None),
            "Eric Clapton": ("person", None),
            "Jools Holland": ("person", None),
        },
        id="surname-holland",
    ),
    pytest.param(
        # reuters21578-17215 (a list cut short): a region of a country is a place
        "The drought hit Shanxi, Shaanxi, Qinghai, Sichuan and parts of Inner Mongolia.",
        {"Inner Mongolia": ("place", None), "Sichuan": ("place", None)},
        id="region-of-a-country",
    ),
    pytest.param(
        # reuters21578-00325: "Plc" ends a company's name as "plc" and "PLC" do
        "    LONDON, March 2 - Tesco Plc <TSCO.L> is issuing a 100 mln\nstg convertible eurobond "
        "due February 20, 2002 paying an\nindicated coupon of four to 4-1/4 pct and priced at "
        "par, lead\nmanager Credit Suisse First Boston Ltd said.",
        {
            "LONDON": ("place", None),
            "Tesco Plc": ("organization", None),
            "Credit Suisse First Boston Ltd": ("organization", None),
        },
        id="plc-company",
    ),
    pytest.param(
        # bbc-business-499: an airport is a place (lexicon/place_heads.txt), not a person
        "Chen Jiulin, chief executive of China Aviation Oil (CAO), was arrested by at Changi "
        "Airport by Singapore police on 8 December.",
        {
            "Chen Jiulin": ("person", None),
            "China Aviation Oil": ("organization", None),
            "Changi Airport": ("place", None),
            "Singapore": ("country", None),
            "Singapore police": ("organization", None),
        },
        id="airport-place",
    ),
    pytest.param(
        # bbc-business-221: a place head before "of" makes the whole a place, not Mexico
        "The company has made new discoveries in Egypt, the Gulf of Mexico and Angola.",
        {
            "Egypt": ("country", None),
            "Gulf of Mexico": ("place", None),
            "Angola": ("country", None),
        },
        id="gulf-of-place",
    ),
    pytest.param(
        # bbc-business-072: after a title, a place head is a surname
        '"The worst seems to have passed." Mr Park\'s statement came as the bank decided to '
        "keep interest rates at an all-time low of 3.25%.",
        {"Park": ("person", "Mr")},
        id="title-before-place-head",
    ),
    pytest.param(
        # bbc-sport-291: a tournament is no actor
        "But Welsh legend Phil Bennett insisted Wales can cope without Thomas as they chase a "
        "first Grand Slam in 27 years.",
        {"Phil Bennett": ("person", None), "Wales": ("place", None)},
        id="grand-slam",
    ),
    pytest.param(
        # isot-reuters-246: a caucus is an organisation
        "Representative Mark Meadows, who heads the House Freedom Caucus comprised of about "
        "three dozen of some of the most conservative members of Congress, said that $70 "
        "billion to $80 billion in added spending would be more reasonable.",
        {
            "Mark Meadows": ("person", "Representative"),
            "House Freedom Caucus": ("organization", None),
            "conservative members of Congress": ("group", None),
            "Congress": ("organization", None),
        },
        id="caucus",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REAL + NEGATIVE)
def test_actors(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = {a.name: (a.kind, a.title) for a in cast_of(text).actors}
    assert got == expected


#: (text, name, kind): the actor of that name has that kind; None: no actor has that name.
KIND_OF = [
    # bbc-business-036 (a sentence of it): the capital with its district, a place
    (
        "Over the past few months, delegations of European and other business leaders have "
        "been heading to the SEC's Washington DC headquarters to protest.",
        "Washington DC",
        "place",
    ),
    # bbc-business-143, bbc-tech-353, isot-reuters-631 (a sentence of each): a name set
    # off by commas after an organisation's noun is an organisation
    (
        "The world's biggest confectionery firm, Cadbury Schweppes, has reported a modest "
        "rise in profits after the weak dollar took a bite out of its results.",
        "Cadbury Schweppes",
        "organization",
    ),
    (
        "IBM said it would partner up with a small UK-based electronics firm, Montrose "
        "Secam, to produce the devices which will cost about $200.",
        "Montrose Secam",
        "organization",
    ),
    (
        "It quoted testimony to the commission by the U.S. Government-funded rights "
        "organization, Freedom House, as saying it was a \u201cloophole\u201d.",
        "Freedom House",
        "organization",
    ),
    # isot-reuters-086 (a label of its list of market reactions): a given name and a
    # surname in capitals before a comma are a person, not a dateline's place
    (
        "PAUL NOLTE, PORTFOLIO MANAGER AT KINGSVIEW ASSET MANAGEMENT IN CHICAGO: \u201cIt\u2019s "
        "pretty much along party lines.",
        "PAUL NOLTE",
        "person",
    ),
    # reuters21578-09818 (its dateline): not when places.txt knows the place
    (
        "    BEVERLY HILLS, Calif., March 26 - 2nd qtr\n    Shr profit 32 cts vs loss 95 cts",
        "BEVERLY HILLS",
        "place",
    ),
    # reuters21578-06593 (a sentence of it): a city of places.txt is a place, not a person
    # who speaks
    (
        "    In a separate report the HWWA economic research institute\nin Hamburg said West "
        "Germany's real trade surplus would fall\nmarkedly this year.",
        "Hamburg",
        "place",
    ),
    # isot-reuters-142 (a sentence of it): a place's name before other words names a body
    (
        "Trump\u2019s campaign hired Alexander Nix and the company, Cambridge Analytica, in June "
        "2016 and paid it more than $6.2 million through last December, according to Federal "
        "Election Commission records.",
        "Cambridge Analytica",
        "organization",
    ),
    # bbc-politics-213 (the start of a list of seats): a place and a point of the compass is
    # a constituency, a place (not "America West", an airline: a country first)
    (
        "- The seats where the Lib Dems say student votes can swing the election for them are: "
        "Bristol West, Cardiff Central, Leeds North West, Cambridge, Manchester Gorton",
        "Bristol West",
        "place",
    ),
    (  # reuters21578-15279 (its last sentence): "America West" (an airline) is no place
        "    Available seat miles for the month increased to 719.2 mln\n"
        "from 401 mln and for the first three months of the year\n"
        "available miles totaled 2.04 billion, up from 1.16 billion\n"
        "during a same period a year earlier, America West said.",
        "America West",
        None,
    ),
    # bbc-sport-497, reuters21578-02547, bbc-tech-301 (sentences of them): a capitalised
    # word and a single capital letter, with no given name, is a class or a model, no one
    (
        "Slovakia will play Argentina in the final of the Hopman Cup after beating Group B "
        "rivals the Netherlands 3-0.",
        "Group B",
        None,
    ),
    (
        "    Intel Corp <INTC> - Offering of 75 mln dlrs of senior\nsubordinated notes due 1994 "
        "and offering of 1.5 mln shares of\nconvertible cumulative exchangeable Class B "
        "preferred stock,\nSeries C, both through Merrill Lynch Capital Markets.",
        "Series C",
        None,
    ),
    (  # bbc-tech-336 (a sentence of it): the same with the sentence's full stop after it
        "I doubt many PC lovers would seriously argue that Windows XP comes with a better "
        "suite of programs than Mac OS X.",
        "Mac OS X.",
        None,
    ),
    (  # (a given name before the letter keeps the person)
        "In one tweet Friday, Trump said: \u201cDid Crooked Hillary help disgusting (check out"
        " sex tape and past) Alicia M become a U.S.",
        "Alicia M",
        "person",
    ),
    (
        "The machine comes with Mac OS X, the Apple operating system, the software suite "
        "iLife, which includes iTunes, iPhoto, iMovie, iDVD and GarageBand.",
        "Mac OS X",
        None,
    ),
    # isot-reuters-174, bbc-entertainment-287 (sentences of them): "River" and "Loch" open
    # a place's name, as "Lake" and "Mount" do
    (
        "The U.S. Embassy in London moves next month to a new billion-dollar home overlooking "
        "the River Thames \u2014 just as U.S. President Donald Trump\u2019s actions have "
        "placed strains on the \u201cspecial relationship\u201d between Britain and the "
        "United States.",
        "River Thames",
        "place",
    ),
    (
        "The June gig will act as a warm-up for REM's open air concert at Balloch Castle "
        "Country Park, on the banks of Loch Lomond, four days later.",
        "Loch Lomond",
        "place",
    ),
    # reuters21578-14926 (its first sentence): "Spa" (the Italian S.p.A.) is a company's
    # suffix, which outweighs "La" opening a place's name
    (
        "    Milan, April 8 - Italian insurer La Fondiaria Spa <LFDI.MI>\nsaid it expects to "
        "report consolidated group profit in 1986\nsignificantly higher than the 60 billion "
        "lire reported in 1985.",
        "La Fondiaria Spa",
        "organization",
    ),
    # bbc-business-319, bbc-business-380, bbc-business-496 (sentences of them): a word
    # that opens a sentence before a plural noun that is a speech verb too ("reports",
    # "states") or "press", then an auxiliary, a comma or a verb of saying, modifies it
    (
        "Further reports had suggested that Euronext could make an offer in excess of the "
        "LSE's 533p a share closing price on Friday.",
        "Further",
        None,
    ),
    (
        "Local press, meanwhile, have reported that the US and India will start negotiations "
        "about adding more routes in January.",
        "Local",
        None,
    ),
    (
        "European leaders say Asian states must let their currencies rise against the US "
        "dollar to ease pressure on the euro.",
        "Asian",
        None,
    ),
    # bbc-politics-366, bbc-politics-241 (sentences of them): a charity, a watchdog, a
    # regulator or an organisation named before a lone word makes it an organisation
    (
        "But Aid charity Actionaid criticised Mr Brown's preoccupation with finding a vaccine "
        "and called on G8 nations to fund HIV/Aids treatments.",
        "Actionaid",
        "organization",
    ),
    (
        "The councils' umbrella organisation Cosla, which provided BBC Scotland with the "
        "indicative figures for next year, warned that councils would face a continuous "
        "struggle to maintain services.",
        "Cosla",
        "organization",
    ),
    # isot-reuters-063, reuters21578-03561 (two sentences of each): a lone word the text
    # writes in lower case too is a common word, no one, though a speech verb follows it
    (
        "Republican strategist Alex Conant, a veteran of congressional and presidential "
        "campaigns, said the unpopularity of the tax cuts in opinion polls can be directly "
        "attributed to Trump\u2019s low approval levels. Polls say 50 percent of voters think "
        "their taxes will go up, but tax analysts say that 80 percent will pay less tax.",
        "Polls",
        None,
    ),
    (
        "    Cold temperatures and rain mixed with snow caused the\nadvisories for livestock "
        "which were posted over northwest Texas\nthrough the morning.\n    Rain continued over "
        "central Texas into the morning hours.",
        "Rain",
        None,
    ),
    # reuters21578-14462 (sentences of it): not in a text that writes
    # names in lower case ("april 7", "told reuters"): "jorge\nsosa" is Sosa
    (
        "    Lima, april 7 - the chase manhattan bank, N.A. <CMB>, is\nclosing its peruvian "
        "consumer banking operations less than\nthree yeas after they opened, the bank's "
        "manager in peru, jorge\nsosa, said.\n    He told reuters June 30 was the closing "
        "date.\n    Sosa said chase opened its local consumer banking operation\nin september "
        "1984.",
        "Sosa",
        "person",
    ),
    pytest.param(
        # isot-reuters-800 (a sentence of it): a territory is a place (lexicon/places.txt)
        "The United States has THAAD interceptors in Guam that guard against any "
        "intermediate-range ballistic missile attacks from North Korea.",
        "Guam",
        "place",
        id="territory-guam",
    ),
    pytest.param(
        # bbc-politics-073: "Rev" without its period is a title too
        "But opponents of the bill, including Tory Lord Campbell of Alloway and the Bishop of "
        "Winchester, the Rt Rev Michael Scott-Joynt, said it would separate the state from "
        "both the Church of England and the Christian faith.",
        "Michael Scott-Joynt",
        "person",
        id="rev-title",
    ),
    pytest.param(
        # bbc-entertainment-078: a name after "drama" is a film's title, no actor
        "Clint Eastwood's boxing drama Million Dollar Baby has become the new favourite to win "
        "best picture at the Oscars.",
        "Million Dollar Baby",
        None,
        id="drama-title",
    ),
    pytest.param(
        # ggt-english-eval 5c5e50711e67d78e27616b23: a name after "titled" is a title
        '"Harsh winter conditions are an inescapable reality in Canada\'s northern climate," '
        "says a document titled White Paper: Railroading in the Canadian Winter on Canadian "
        "Pacific Railway's website.",
        "White Paper",
        None,
        id="titled-title",
    ),
    pytest.param(
        # bbc-entertainment-118: a capitalised "My" inside a name makes a song's title
        "REM played accoustic versions of their hits Losing My Religion, I've Been High, "
        "Leaving New York and The One I Love to the Sheffield Arena audience on Monday.",
        "Losing My Religion",
        None,
        id="title-case-song",
    ),
    pytest.param(
        # bbc-entertainment-377: a person's name before a film's title in title case
        "Mike Leigh will compete for the British film prize with Shane Meadows for Dead Man's "
        "Shoes, Roger Michell For Enduring Love and My Summer Of Love director Pawel "
        "Pawlikowski.",
        "Roger Michell",
        "person",
        id="title-case-after-name",
    ),
    pytest.param(
        # bbc-sport-025: "El" opens people's names too, not only places'
        '"The return to training was very difficult because I accepted a lot of invitations '
        'these past few months," said El Guerrouj.',
        "El Guerrouj",
        "person",
        id="el-person",
    ),
    pytest.param(
        # reuters21578-21510: newspapers (lexicon/media.txt), no places
        "The El Universal and El Nacional papers said Anzola would\nleave his position soon.",
        "El Nacional",
        "organization",
        id="el-paper",
    ),
    pytest.param(
        # ggt-english-eval 5c5314a91e67d78e273e13be: a weather pattern (non_actor_heads.txt)
        "This interconnectedness of the world's climate system also explains the impacts from "
        "El Nino systems on Canada, Moore said.",
        "El Nino",
        None,
        id="el-nino",
    ),
    pytest.param(
        # reuters21578-10798: a union's branch keeps its number
        "    Members of UAW Local 594 voted 1314 to 25 to accept the\nsettlement.",
        "UAW Local 594",
        "organization",
        id="union-local",
    ),
    pytest.param(
        # bbc-business-501: a firm whose Spanish head comes first (org_leads.txt: "Aguas")
        "The Planning Minister didn't rule out the possibility of cancelling Aguas Argentinas "
        "water concession.",
        "Aguas Argentinas",
        "organization",
        id="org-lead-aguas",
    ),
    pytest.param(
        # reuters21578-08905: a body's common noun alone names no one
        "Note - Company said in a statement 1986 results were\naffected by the sharp fall in "
        "crude oil prices.",
        "Company",
        None,
        id="company-alone",
    ),
    pytest.param(
        # reuters21578-10931: "demand" after a singular role noun is a noun, no verb
        "    Because the Dow Chemical notes carried an interest rate\nfloor of 17 pct, the issue "
        "saw strong investor demand,\nunderwriters said.",
        "strong investor",
        None,
        id="investor-demand-noun",
    ),
    pytest.param(
        # bbc-politics-001: an election is no actor, though "General" is a title elsewhere
        "She said the Conservatives would announce their proposals closer to the General Election.",
        "Election",
        None,
        id="general-election",
    ),
    pytest.param(
        # bbc-business-251: "Press" alone names no one ("Press reports suggest")
        "Press reports suggest that Qwest and MCI may reach an agreement as early as next "
        "week, although rival bids may muddy the waters.",
        "Press",
        None,
        id="press-reports",
    ),
    pytest.param(
        # bbc-politics-164 (a sentence of its third paragraph): a government body
        "The Scottish Executive has seconded 11 staff to the aid agencies.",
        "Scottish Executive",
        "organization",
        id="scottish-executive",
    ),
    pytest.param(
        # bbc-politics-164 (a sentence of its third paragraph): a utility (org_heads.txt)
        "The first minister also praised Scottish Water for immediately flying bottled water "
        "and five large generators to the disaster zone.",
        "Scottish Water",
        "organization",
        id="water-utility",
    ),
    pytest.param(
        # bbc-sport-101 (a line-up, cut): "Not" breaks a run of capitalised words
        "Subs Not Used: Weaver, Onuoha, Flood. Booked: Fowler, Sibierski.",
        "Subs Not Used",
        None,
        id="subs-not-used",
    ),
    pytest.param(
        # isot-reuters-201 (cut): initials and a surname after a role noun are a person,
        # not a firm as "J.P. Morgan" is
        "Corker told reporters he and Democratic Senator Ben Cardin met national security "
        "adviser H.R. McMaster last week.",
        "H.R. McMaster",
        "person",
        id="initials-after-role",
    ),
    pytest.param(
        # bbc-entertainment-110 (its first sentence): a nickname in quotes inside a name
        # is no part of the name
        'Rap mogul Marion "Suge" Knight has been arrested for violating his parole after he '
        "was allegedly found with marijuana.",
        "Marion Knight",
        "person",
        id="nickname",
    ),
    pytest.param(
        # isot-reuters-338 (cut): an outlet named with its "The" ("The Hill", media.txt)
        "On Monday, Clinton\u2019s former campaign manager John Podesta testified before the "
        "committee, The Hill reported.",
        "The Hill",
        "organization",
        id="the-hill",
    ),
    pytest.param(
        # reuters21578-08162 (a sentence of its fourth paragraph): a state (places.txt)
        "    The Big W discount store division and New South Wales\nsupermarkets produced "
        "very disappointing results, it added.",
        "New South Wales",
        "place",
        id="state-in-places",
    ),
    pytest.param(
        # aeb-vox-016: a state's government is a body of its own, as a country's is
        "To combat this, the Punjab government in 2009 enacted the Punjab Preservation of "
        "Subsoil Water Act.",
        "Punjab government",
        "organization",
        id="state-government",
    ),
    pytest.param(
        # isot-reuters-099 (a sentence of its third paragraph)
        "Puerto Rico\u2019s government has said 64 people died because of the hurricane, but "
        "after multiple media estimates of dramatically higher figures, Rossello on Monday "
        "ordered an official review of the death toll.",
        "Puerto Rico government",
        "organization",
        id="territory-government",
    ),
    pytest.param(
        # bbc-business-347: "Government" written with a capital ends a body's name
        "The value of trade in April-July rose to $186.3m (\u00a397m) from $64.4m in the same "
        "period in 2003, the Indian Government said.",
        "Indian Government",
        "organization",
        id="capital-government",
    ),
    pytest.param(
        # bbc-politics-170
        "In a statement before the suspension of the idea, the Welsh Assembly Government "
        'said the situation was "unacceptable".',
        "Welsh Assembly Government",
        "organization",
        id="assembly-government",
    ),
    pytest.param(
        # reuters21578-10004 (cut at the end of its name)
        "    He is chairman of the House Agriculture Subcommittee.",
        "House Agriculture Subcommittee",
        "organization",
        id="subcommittee",
    ),
    pytest.param(
        # bbc-business-174 (place_heads.txt)
        "Its sister project, the Xiluodu Dam, is being built on the Jinshajiang.",
        "Xiluodu Dam",
        "place",
        id="dam",
    ),
    pytest.param(
        # bbc-politics-014: a bill is no actor (non_actor_heads.txt)
        "The Tories wanted a sunset clause inserted in the Anti-Terrorism Bill that would have "
        "forced ministers to revisit it in November.",
        "Anti-Terrorism Bill",
        None,
        id="bill",
    ),
    pytest.param(
        # bbc-sport-397: ... but a first name inside a name stays one
        "St Helens have been strongly linked with a move for brilliant young forward Sonny "
        "Bill Williams.",
        "Sonny Bill Williams",
        "person",
        id="bill-as-first-name",
    ),
    pytest.param(
        # bbc-sport-011: an event is no actor
        "The 31-year-old is concerned the event, which starts on 19 March in France, could "
        "upset her preparations for the London Marathon on 17 April.",
        "London Marathon",
        None,
        id="marathon",
    ),
    pytest.param(
        # bbc-tech-348: a man named by an initial is no firm ("J.P. Morgan") when a role
        # noun stands before him
        "Xbox frontman J. Allard said the console looked set to be capable of one trillion "
        "calculations per second.",
        "J. Allard",
        "person",
        id="initial-after-frontman",
    ),
    pytest.param(
        # bbc-tech-348 (its first and third paragraphs): ... or when "Mr" names him later
        "Some details of the Xbox's performance and what gaming will be like with the device "
        "were given at the annual Game Developers Conference in the US. J. Allard said the "
        "console looked set to be capable of one trillion calculations per second.\n\n"
        "Industry watchers took this to mean that the Xbox 2 will push for HDTV quality "
        "graphics as standard as well as multi-channel audio to give gamers an authentic "
        "experience. Mr Allard said Microsoft had to work hard.",
        "J. Allard",
        "person",
        id="initial-and-honorific",
    ),
    pytest.param(
        # bbc-tech-029: an honorific opens a name; the word before it is no part of it
        "In a panel discussion at a Linux summit in California Mr Torvalds said software "
        "patents were a problem for the open source movement.",
        "California",
        "place",
        id="honorific-opens-a-name",
    ),
    pytest.param(
        # isot-reuters-198: "Lab" ends an organisation's name
        "In a statement on Tuesday, Kaspersky Lab said it continued to have \u201cserious "
        "concerns\u201d about the law.",
        "Kaspersky Lab",
        "organization",
        id="lab",
    ),
    pytest.param(
        # bbc-tech-017: "Research" before a cue is no one
        "Research has found that in some developing nations old mobile phones can help close "
        "the digital divide.",
        "Research",
        None,
        id="research-is-no-one",
    ),
    pytest.param(
        # bbc-sport-034: nor is "Having" in "Having said that"
        "Having said that, I'm always pleased when drugs cheats are caught because it shows "
        "the sport is standing up to it and not turning a blind eye anymore.",
        "Having",
        None,
        id="having-said-that",
    ),
    pytest.param(
        # bbc-business-460: a group that speaks
        "Correspondents say 6,000 job losses had been expected - and some suggest more cuts "
        "may be announced in future.",
        "Correspondents",
        "group",
        id="correspondents",
    ),
    pytest.param(
        # bbc-business-329: a word for a firm before a lone name makes it a firm, though
        # a speech verb follows it
        "The figures were published as another survey by property website Rightmove said the "
        "average asking price of a home fell by more than \u00a3600.",
        "Rightmove",
        "organization",
        id="website-before-a-name",
    ),
    pytest.param(
        # bbc-entertainment-105
        "A statement from the band's record company Universal said frontman Charlie Simpson "
        "planned to spend some time working with his other band, Fightstar.",
        "Universal",
        "organization",
        id="company-before-a-name",
    ),
    pytest.param(
        # bbc-politics-368: "on" continues the name of a treaty, which is no actor
        "The government opted out of part of the European Convention on Human Rights "
        "concerning the right to a fair trial.",
        "Human Rights",
        None,
        id="convention-on",
    ),
    pytest.param(
        # isot-reuters-022: "and" inside a name a lexicon knows joins it
        "Customs and Border Protection said that since May, each month has seen an increase "
        "in children being apprehended either alone or with family members.",
        "Customs and Border Protection",
        "organization",
        id="and-in-a-known-name",
    ),
    pytest.param(
        # bbc-business-098: "Co-operation" stands inside a name
        "Europe's economic difficulties have been highlighted by the Organisation for Economic "
        "Co-operation and Development, which argued in a report published on Tuesday that the "
        "continent could only achieve US living standards by freeing up its labour markets.",
        "Organisation for Economic Co-operation and Development",
        "organization",
        id="co-operation",
    ),
    pytest.param(
        # bbc-business-153 (two sentences of it): a firm's economist shows it a firm
        "Nationwide said that in January house prices went up by 0.4% on the month and by "
        '12.6% on a year earlier. "We are not seeing the market collapsing in the way some '
        'had feared," said Nationwide economist Alex Bannister.',
        "Nationwide",
        "organization",
        id="economist-after-a-name",
    ),
    pytest.param(
        # isot-reuters-017 (a sentence of its fourth paragraph, one of its fifth): nothing
        # follows "Jr." in a name; a capitalised word after it starts a new sentence
        "The meeting at Trump Tower in New York involving Donald Trump Jr. and other campaign "
        "advisers is a focus of probes by Congress. Rob Goldstone, a British publicist, told "
        "Trump Jr. ahead of the New York meeting that Russian lawyer Veselnitskaya would be "
        "bringing damaging information, according to emails later released by Trump Jr. "
        "Trump Jr. initially said the meeting was about Russian adoptions.",
        "Trump Jr. Trump Jr.",
        None,
        id="jr-ends-a-name",
    ),
    pytest.param(
        # bbc-business-451: a name in "'s" before "said" is a firm's, as no owner stands
        # before a verb
        "Foster's said a combination of the two companies would create a global player with an "
        '"unrivalled" collection of premium wine brands.',
        "Foster's",
        "organization",
        id="firm-in-s",
    ),
    pytest.param(
        # reuters21578-01358: ... with "and" in it
        "    NEW YORK, March 3 - Standard and Poor's said it is\nreviewing <MEPC Plc's> two "
        "A-rated eurobond issues totalling\n125 mln stg for a possible downgrade.",
        "Standard and Poor's",
        "organization",
        id="firm-in-s-with-and",
    ),
    pytest.param(
        # bbc-entertainment-314: a title word after given names is a surname
        "The death of Martin Luther King saw it postponed for two days in 1968 as a mark of "
        "respect.",
        "Martin Luther King",
        "person",
        id="surname-king",
    ),
    pytest.param(
        # bbc-entertainment-007: ... not a title of the royal kind
        "Second favourite is a biography of Mary Queen of Scots, by John Guy.",
        "Mary Queen",
        None,
        id="mary-queen-of-scots",
    ),
    pytest.param(
        # bbc-entertainment-225: a title word alone names no body with the noun after it
        "Earlier on Friday 15 protesters from the Fathers 4 Justice campaign group were "
        "arrested after entering the Big Brother compound at 0300 GMT and throwing fireworks.",
        "Justice campaign",
        None,
        id="no-justice-campaign",
    ),
    pytest.param(
        # bbc-politics-156: a person's office that says nothing is no body
        'The Liberal Democrats said it "beggared belief" he and fellow officials could not '
        "remember how Leoncia Casalme's application for indefinite leave to remain went from "
        "Mr Blunkett's office to the head of the Immigration and Nationality Department.",
        "Mr Blunkett's office",
        None,
        id="office-that-says-nothing",
    ),
    pytest.param(
        # bbc-tech-284: the object of a relative clause is no subject of the verb after it
        "Security firm iDefence, which notified users of the problem, recommended that users "
        "upgrade to iTunes version 4.7.1.",
        "notified users of the problem",
        None,
        id="object-of-a-relative-clause",
    ),
    pytest.param(
        # bbc-politics-021: an outlet whose name ends in a number (media.txt)
        "He told BBC Radio 4's Today programme: \"No politician should make the mistake that "
        'John Major and his colleagues made in 1992."',
        "BBC Radio 4",
        "organization",
        id="radio-4",
    ),
    pytest.param(
        # reuters21578-19597: "First" opens a firm's name before a company suffix or head
        "    CHICAGO, June 29 - First Chicago Corp said its First\nNational Bank of Chicago "
        "subsidiary agreed in principle to\nacquire a 35 pct interest in Wood Gundy Corp, an "
        "international\ninvestment banking firm headquartered in Toronto.",
        "First Chicago Corp",
        "organization",
        id="first-chicago-corp",
    ),
    pytest.param(
        # bbc-sport-340 (two sentences of it): "Everyone" names no one
        '"All the chat in France has been about how France will play against Ireland," said '
        'Castaignede ahead of the 12 March tie. "Everyone wants to see the sort of play we saw '
        'against Wales. But everyone also wants a win."',
        "Everyone",
        None,
        id="everyone",
    ),
    pytest.param(
        # bbc-business-028 (its title): an adjective before "demand" is no speaker
        "Strong demand triggers oil rally\n\nCrude oil prices surged back above the $47 a "
        "barrel mark on Thursday.",
        "Strong",
        None,
        id="strong-demand",
    ),
    pytest.param(
        # bbc-politics-358: "the Commission wants": a body by its head
        "The UK, France, Germany, Austria, the Netherlands and Sweden want the EU budget to be "
        "capped at 1% of member states' combined national incomes - the Commission wants it to "
        "be 1.26%.",
        "Commission",
        "organization",
        id="the-commission",
    ),
    pytest.param(
        # bbc-sport-124: "Partnership" ends an organisation's name, not a person's
        "The club have confirmed that the Glazer Family Partnership have submitted proposals "
        "of a third bid.",
        "Glazer Family Partnership",
        "organization",
        id="partnership",
    ),
    pytest.param(
        # bbc-business-130: so do "Aviation", "Animation", "Publications" and the like
        "But the Indian Air Force is also considering proposals from other foreign firms such "
        "as France's Dassault Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich.",
        "Dassault Aviation",
        "organization",
        id="aviation",
    ),
    pytest.param(
        # bbc-entertainment-305
        "Born in 1922 to poor working-class Jewish immigrants from Romania, Stan Lieberman, "
        "got a job in Timely Publications, a company owned by a relative.",
        "Timely Publications",
        "organization",
        id="publications",
    ),
    pytest.param(
        # bbc-sport-297: a league, like "Championship", is no actor
        "But the hooker has proved his worth to the Zurich Premiership side and is likely to "
        "get a new deal next season.",
        "Zurich Premiership",
        None,
        id="premiership",
    ),
    pytest.param(
        # aeb-digg-072: nor is a product's edition
        "Come November 19, those who anted up $129 for the Google Stadia Founder's Edition or "
        "functionally identical Premiere Edition will receive a Stadia controller, a 4K-ready "
        "Chromecast Ultra, and three months of the $10-a-month Stadia Pro subscription.",
        "Premiere Edition",
        None,
        id="edition",
    ),
    pytest.param(
        # bbc-business-296: "Aid" ends a charity's name
        "Christian Aid condemned the move, saying it would see almost a million jobs in "
        "Bangladesh alone being axed.",
        "Christian Aid",
        "organization",
        id="aid",
    ),
    pytest.param(
        # bbc-entertainment-076: "Relations" a firm's
        '"When Christmas falls on a weekend, it\'s bad for business," said Paul '
        "Dergarabedian, president of Exhibitor Relations, which compiles box office "
        "statistics.",
        "Exhibitor Relations",
        "organization",
        id="relations",
    ),
    pytest.param(
        # bbc-entertainment-361: "Hotel" a place's
        "Spurlock was given the award at a special ceremony at the Roosevelt Hotel in "
        "Hollywood on Tuesday.",
        "Roosevelt Hotel",
        "place",
        id="hotel",
    ),
    pytest.param(
        # isot-reuters-062: a storm is no actor
        "Three months ago, Hurricane Maria slammed into the island, tearing up homes and the "
        "power grid and bringing its economy to a halt.",
        "Hurricane Maria",
        None,
        id="hurricane",
    ),
    pytest.param(
        # isot-reuters-175: nor is a people's plural after an adjective
        "Some Native Americans consider the Redskins name highly offensive and evocative of "
        "the genocide of North American tribes by American settlers of European descent.",
        "Native Americans",
        None,
        id="native-americans",
    ),
    pytest.param(
        # isot-reuters-550: a faith's adjective after a people's name is no person's name
        "U.S. officials also worry that the mistreatment of the Rohingya Muslim minority may "
        "fuel radicalism.",
        "Rohingya Muslim",
        None,
        id="rohingya-muslim",
    ),
    pytest.param(
        # g:usa-today_2016-09-22_derelict-obama-and-clinton-trump (PolNeAR dev)
        "Radical Islamic terrorists are engaged in a two-front war.",
        "Radical Islamic",
        None,
        id="radical-islamic",
    ),
    pytest.param(
        # bbc-sport-027: nor is a games' adjective before a role
        "Double Olympic champion Kelly Holmes has been voted European Athlete of the Year.",
        "Double Olympic",
        None,
        id="double-olympic",
    ),
    pytest.param(
        # reuters21578-08076: a name always after a publication's noun is the publication
        "The business daily Gazeta Mercantil reported that in many\nsectors of the economy "
        "there was a real fear that production\nlines would grind to a halt next month.",
        "Gazeta Mercantil",
        "organization",
        id="business-daily",
    ),
    pytest.param(
        # aeb-sciencealert-034 (a sentence of it)
        '"Organic materials can, we think, penetrate down to the liquid water ocean and this '
        'can provide nutrients necessary for life, if it evolved there," added Lopes, who led '
        "the research published in the journal Nature Astronomy.",
        "Nature Astronomy",
        "organization",
        id="journal",
    ),
    pytest.param(
        # ggt-english-eval 5c3474c2795bd22cf5864830: "Jordan" before a surname is a given
        # name, not the country
        "The captain of the team, Jordan Stewart, and his mother approached Gillis and asked "
        "him about next steps for his health and Gillis suggested he might make a "
        "\u201cselfie video\u201d that was \u201cnot too sad.\u201d",
        "Jordan Stewart",
        "person",
        id="jordan-given-name",
    ),
    pytest.param(
        # bbc-sport-482: a country before the adjective stays the country
        "Goldfine, 39, has worked with Todd Martin and Roddick's close friend Mardy Fish, and "
        "was an assistant coach with the US Olympic team.",
        "US",
        "country",
        id="us-olympic",
    ),
    pytest.param(
        # isot-reuters-784
        "Davis claimed same-sex marriage went against her Apostolic Christian beliefs.",
        "Apostolic Christian",
        None,
        id="apostolic-christian",
    ),
    pytest.param(
        # bbc-politics-073: nor its plural after another word
        "It would also have torn up ancient legislation banning heirs to the throne marrying "
        "Roman Catholics.",
        "Roman Catholics",
        None,
        id="roman-catholics",
    ),
    pytest.param(
        # bbc-politics-182: MPs are a group, no person
        "Opposition MPs are also angry they will have only two days - Wednesday and next "
        "Monday - to debate the new plans before they pass to the House of Lords.",
        "Opposition MPs",
        None,
        id="opposition-mps",
    ),
    pytest.param(
        # bbc-sport-339: "S Africa" is South Africa, written short
        "C Latham (Australia); R Caucaunibuca (Fiji), J Fourie (S Africa) T Umaga (New "
        "Zealand), S Bobo (Fiji); A Mehrtens (New Zealand) G Gregan (Australia, capt)",
        "S Africa",
        "country",
        id="s-africa",
    ),
    pytest.param(
        # bbc-entertainment-138: "Will" is a given name
        "Queen went to number one in 2000 with a version of We Will Rock You sung by boy band "
        "5ive and they have also played with Robbie Williams, Will Young and Bob Geldof.",
        "Will Young",
        "person",
        id="will-young",
    ),
    pytest.param(
        # bbc-entertainment-138: not inside a title after "We"
        "Queen went to number one in 2000 with a version of We Will Rock You sung by boy band "
        "5ive and they have also played with Robbie Williams, Will Young and Bob Geldof.",
        "Will Rock",
        None,
        id="we-will-rock-you",
    ),
    pytest.param(
        # wash-post_2016-06-09_game-over-will-sanders-come-down (PolNeAR train; its title
        # and first sentence): nor in a question
        "Game over. Will Sanders come down off the pique?\n\nAfter Tuesday night, Bernie "
        "Sanders's infinitesimal chance of winning the Democratic nomination rests on one "
        "possibility: that Democratic superdelegates will overturn the will of the voters.",
        "Will Sanders",
        None,
        id="will-question",
    ),
    pytest.param(
        # bbc-entertainment-045: a name before "newspaper" is an outlet
        "Jugnot made 5.45m Euros (\u00a33.77m) last year, according to a table drawn up by "
        "France's Le Figaro newspaper.",
        "Le Figaro",
        "organization",
        id="outlet-before-newspaper",
    ),
    pytest.param(
        # bbc-entertainment-327: "Day" after a given name is a surname, no holiday
        '"Nicole would like to make it clear that she acknowledges she is a public figure and '
        'that reporters and photographers have a job to do and she respects that," said '
        "Kidman's publicist Wendy Day.",
        "Wendy Day",
        "person",
        id="wendy-day",
    ),
    pytest.param(
        # bbc-entertainment-035: so is "Law"
        "Other movies tipped for possible success include Closer, starring Jude Law and Julia "
        "Roberts, Finding Neverland, with Johnny Depp as author JM Barry and Kinsey starring "
        "Liam Neeson as the famed sex scientist Alfred Kinsey.",
        "Jude Law",
        "person",
        id="jude-law",
    ),
    pytest.param(
        # bbc-business-136: an acronym after "group" is an organisation, though unknown
        "One of the jilted bidders, Netherlands-based group LNM, said it welcomed the "
        "possibility that the mill might be back on the market.",
        "LNM",
        "organization",
        id="acronym-after-group",
    ),
    pytest.param(
        # isot-reuters-067: a lone name "called" after an organisation word is one
        "A group called PowerPac is organizing a $10 million get-out-the-vote effort with plans "
        "to hire people to contact minority voters and use targeted radio, phone and digital "
        "campaigns.",
        "PowerPac",
        "organization",
        id="group-called",
    ),
    pytest.param(
        # reuters21578-18573: an initial opens a person's name, no firm's
        "DeYoung, who holds 100 Dome common shares, names Dome, chairman\nJ. Howard "
        "Macdonald, president John Beddome as defendents, as\nwell as Amoco and Amoco's "
        "Canadian unit Amoco Canada Petroleum\nCo Ltd.",
        "J. Howard Macdonald",
        "person",
        id="initial-first",
    ),
    pytest.param(
        # bbc-business-308: an acronym, then a given name and a surname: two names
        "The French co-head of European defence and aerospace group EADS Philippe Camus is to "
        "leave his post.",
        "Philippe Camus",
        "person",
        id="acronym-then-person",
    ),
    pytest.param(
        # isot-reuters-741 (a sentence of it): a region's word before a known place makes a
        # place, not a person
        "The list includes 83 state-owned hotels, including famous hotels in Old Havana such "
        "as Ernest Hemingway’s erstwhile favorite haunt the Hotel Ambos Mundos, as well as the "
        "city’s new luxury shopping mall.",
        "Old Havana",
        "place",
        id="region-of-a-place",
    ),
    pytest.param(
        # isot-reuters-550 (a sentence of it)
        "“It is likely to create more distrust between the United States and Myanmar’s "
        "military and government and push them closer to China, Russia, and its more "
        "authoritarian neighbors in Southeast Asia,” he added.",
        "Southeast Asia",
        "place",
        id="southeast-asia",
    ),
    pytest.param(
        # bbc-politics-156 (a sentence of it): a body's head, then a full name: two names
        "The outgoing head of the troubled Child Support Agency Doug Smith also earns an "
        "honour in the New Year's list.",
        "Doug Smith",
        "person",
        id="body-then-person",
    ),
    pytest.param(
        # isot-reuters-741 (a sentence of it)
        "“All these measures hurt the Cuban people,” said Cuba’s Foreign Ministry chief for "
        "U.S. Affairs Josefina Vidal.",
        "Josefina Vidal",
        "person",
        id="affairs-then-person",
    ),
    pytest.param(
        # isot-reuters-571 (its first sentence): "Great" opens no one's name
        "NEW YORK (Reuters) - After deep cuts in spending for Florida schools and other "
        "public programs following the Great Recession, outgoing Republican Governor Rick "
        "Scott this month proposed an $87.4 billion budget he says boosts spending on some "
        "depleted services to record levels.",
        "Great Recession",
        None,
        id="great-recession",
    ),
    pytest.param(
        # isot-reuters-691 (a sentence of it)
        "At a banquet on Thursday night in the Great Hall of the People, Trump and Xi dined "
        "on coconut chicken soup, spicy chicken, stewed beef with tomatoes and grouper "
        "fillets.",
        "Great Hall",
        None,
        id="great-hall",
    ),
    pytest.param(
        # bbc-sport-282 (a sentence of it): a stadium the places lexicon knows
        '"That was our hardest away game of the season and it was a fantastic game of '
        'football, end-to-end with lots of good passing," said the Old Trafford boss.',
        "Old Trafford",
        "place",
        id="old-trafford",
    ),
    pytest.param(
        # isot-reuters-831 (a sentence of it): an epithet before a name is no part of it
        "“Everybody is asking why the Justice Department (and FBI) isn’t looking into all of "
        "the dishonesty going on with Crooked Hillary & the Dems,” he said on Twitter.",
        "Crooked Hillary",
        None,
        id="crooked-hillary",
    ),
    pytest.param(
        # bbc-business-166 (its first sentences): "Sunday" in an outlet's name breaks no
        # name as a day does, and the outlet is the speaker
        "The \u00a310bn Crossrail transport plan, backed by business groups, is to get the "
        "go-ahead this month, according to The Mail on Sunday.\n\nIt says the UK Treasury "
        "has allocated \u00a37.5bn ($13.99bn) for the project.",
        "Mail on Sunday",
        "organization",
        id="mail-on-sunday",
    ),
    pytest.param(
        # bbc-business-179 (a sentence of it)
        "The Sunday Times and The Sunday Telegraph say they will oppose any formal \u00a3800m "
        "takeover bid from US tycoon Malcom Glazer.",
        "Sunday Telegraph",
        "organization",
        id="sunday-telegraph",
    ),
    pytest.param(
        # bbc-politics-402 (a sentence of it): "Business" alone was a person and a speaker
        "A report in the Sunday Business claimed Mr Brown has been asked to take charge of "
        "media strategy, while Mr Milburn would move to a behind-the-scenes role.",
        "Sunday Business",
        "organization",
        id="sunday-business",
    ),
    pytest.param(
        # bbc-politics-112 (a sentence of it)
        "A second poll for the Independent on Sunday found that support for all political "
        "parties remained largely unchanged after the Blunkett controversy.",
        "Independent on Sunday",
        "organization",
        id="independent-on-sunday",
    ),
    pytest.param(
        # bbc-business-423 (a sentence of it): a city the places lexicon knows
        "His nomination by Prime Minister Ariel Sharon came as a surprise, and led to gains "
        "on the Tel Aviv stock market.",
        "Tel Aviv",
        "place",
        id="tel-aviv",
    ),
    pytest.param(
        # bbc-entertainment-294 (a sentence of it): a nationality noun of two words before
        # a name is no part of it
        "New Zealander Peter Jackson took 10 years to bring JRR Tolkien's fantasy trilogy to "
        "the big screen, winning Academy Awards for best film and best director.",
        "Peter Jackson",
        "person",
        id="new-zealander",
    ),
    pytest.param(
        # isot-reuters-913 (its first sentence): a state's party member before a name
        # whose first name the lexicon lacks is no part of it
        "(Reuters) - Virginia Democrat Danica Roem has been called a man by conservative "
        "opponents attacking her views on LGBT rights as she campaigns to become the United "
        "States’ only transgender state legislator.",
        "Danica Roem",
        "person",
        id="state-democrat-then-name",
    ),
    pytest.param(
        # isot-reuters-068 (a sentence of it)
        "By Sharon Bernstein (Reuters) - Virginia Democrat Shelly Simonds won a seat in the "
        "House of Delegates by one vote, changing the power balance in the state legislature.",
        "Shelly Simonds",
        "person",
        id="state-democrat-then-name-2",
    ),
    pytest.param(
        # bbc-business-147 (a sentence of it): a region's adjective is no one's name
        "It has granted licences to three Middle Eastern groups, which - along with local "
        "players - mean there are eight fully-operational Islamic banking groups in the "
        "country.",
        "Middle Eastern",
        None,
        id="middle-eastern",
    ),
    pytest.param(
        # bbc-politics-290 (two sentences of it): a run of words the text also writes in
        # lower case, with no first name, names no person
        "This country signs up to human rights, and then pretends that they only apply to "
        "the people with nothing to fear, the innocent people (defined by whom?). He also "
        "forgets basic Human Rights were suspended then as now.",
        "Human Rights",
        None,
        id="common-words",
    ),
    pytest.param(
        # isot-reuters-290 (three sentences of it): a run that is a source is an actor all
        # the same
        "Some states deny permits to people who have committed domestic violence or other "
        "crimes. Detractors say the bill tramples states’ rights and that gun permits differ "
        "from drivers’ licenses, which are generally uniform across the country. So far this "
        "year, 14,412 people have died and 29,277 have been injured in firearm-related "
        "incidents in the United States, according to the Gun Violence Archive.",
        "Gun Violence Archive",
        "organization",
        id="common-words-source",
    ),
    pytest.param(
        # isot-reuters-853 (a sentence of it): a president's name before "White House"
        # dates the body
        "The Trump White House now wants to scrap it altogether.",
        "White House",
        "organization",
        id="trump-white-house",
    ),
    pytest.param(
        # bbc-politics-368 (a sentence of it): a body org_government.txt knows
        "The Law Lords said the rules were incompatible with the European Convention on Human "
        'Rights as they allowed detentions "in a way that discriminates on the ground of '
        'nationality or immigration status".',
        "Law Lords",
        "organization",
        id="law-lords",
    ),
    pytest.param(
        # bbc-sport-507 (a sentence of it): a people's plural before a name is no part of it
        "Top-seeded Americans Andy Roddick and Andre Agassi survived minor scares to reach "
        "the last eight of the SAP Open.",
        "Andy Roddick",
        "person",
        id="demonym-plural-then-name",
    ),
    pytest.param(
        # bbc-sport-135 (a sentence of it): "club" before a name makes an organisation
        "Four African players, including Zimbabwe goalkeeper Energy Murambadoro, are all "
        "ready to play for Israeli club Hapoel Bnei Sakhnin in the Uefa Cup.",
        "Hapoel Bnei Sakhnin",
        "organization",
        id="club-before-name",
    ),
    pytest.param(
        # bbc-business-405 (a sentence of it): "Economics" heads a consultancy's name
        "Capital Economics, which has in the past predicted a sharp fall in UK house prices, "
        'branded Halifax\'s findings a "temporary surprise," which would be reversed over the '
        "coming months.",
        "Capital Economics",
        "organization",
        id="economics-head",
    ),
    pytest.param(
        # isot-reuters-887 (its first sentence): a name before "TV" is a channel
        "NEW YORK (Reuters) - Goldman Sachs Group Inc (GS.N) CEO Lloyd Blankfein said "
        "Thursday on Bloomberg TV that he would not be “one bit disappointed” if President "
        "Donald Trump nominated Jerome Powell as the new Federal Reserve chair.",
        "Bloomberg TV",
        "organization",
        id="tv-channel",
    ),
    pytest.param(
        # bbc-tech-084: "Digest" heads an organisation, not a person's name
        "The worldwide handheld software market had an estimated worth of $2.6bn at the end "
        "of 2004, according to industry analysts Screen Digest.",
        "Screen Digest",
        "organization",
        id="digest-head",
    ),
    pytest.param(
        # reuters21578-09536 (a sentence of it): "Lines" heads a carrier
        "    Scocozza said even with the recent mergers, such as Texas\nAir Corp's acquisition "
        "of Eastern Air Lines and People Express,\nmore airlines were flying now in the "
        "United States than before\nthe 1978 airline deregulation act.",
        "Eastern Air Lines",
        "organization",
        id="lines-head",
    ),
    pytest.param(
        # bbc-entertainment-288 (a sentence of it): a choir is an organisation
        "The Boys Choir of Harlem got a cheque for $150,000 (\u00a377,800) from 50 Cent, "
        "while The Game handed over $103,500 (\u00a353,400).",
        "Boys Choir of Harlem",
        "organization",
        id="choir-head",
    ),
    pytest.param(
        # isot-reuters-894 (a sentence of it): a mosque is a body, not a person
        "Saipov\u2019s apartment complex abuts the Omar Mosque, though several members said "
        "in the interviews they had never seen him there.",
        "Omar Mosque",
        "organization",
        id="mosque-head",
    ),
    pytest.param(
        # bbc-politics-386 (a sentence of it): a square is a setting, no actor
        "The EU imposed its arms ban on China in 1989 after troops opened fire on protestors "
        "in Tiananmen Square.",
        "Tiananmen Square",
        None,
        id="square-head",
    ),
    pytest.param(
        # isot-reuters-852 (a sentence of it): a mall is a setting, no actor (and no person)
        "Dedication of the monument just off the National Mall and near the National Air "
        "and Space Museum is anticipated for May 8, 2019.",
        "National Mall",
        None,
        id="mall-head",
    ),
    pytest.param(
        # bbc-sport-045 (a sentence of it): a cooperative is an organisation
        "Balco (The Bay Area Laboratory Cooperative) is the company at the centre of the scandal.",
        "Bay Area Laboratory Cooperative",
        "organization",
        id="cooperative-head",
    ),
    pytest.param(
        # bbc-entertainment-198 (a sentence of it): a name before "prize" names the prize
        "She played Nellie in Mike Leigh's latest film Vera Drake, which won the Golden Lion "
        "prize for best film at this year's Venice Film Festival.",
        "Golden Lion",
        None,
        id="prize-name",
    ),
    pytest.param(
        # bbc-entertainment-095 (a sentence of it): an award named after a person is no
        # actor of the story
        "Robin Williams, a five-time Globe winner for such films as The Fisher King and Good "
        "Morning, Vietnam, received the Cecil B DeMille award for career achievement.",
        "Cecil B DeMille",
        None,
        id="award-name",
    ),
    pytest.param(
        # bbc-sport-404 (a sentence of it): a job before a given name and a surname
        "Referee Jonathan Kaplan was not perfect by any means and two decisions in particular "
        "made him the villain of the piece.",
        "Jonathan Kaplan",
        "person",
        id="job-before-name",
    ),
    pytest.param(
        # bbc-sport-404: the job is no part of the name
        "Referee Jonathan Kaplan was not perfect by any means.",
        "Referee Jonathan Kaplan",
        None,
        id="job-not-in-name",
    ),
    pytest.param(
        # polnear breitbart_2016-09-30_the-latest-trump-urges-supporter (its tenth paragraph):
        # an epithet before a name
        "Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a "
        "microphone \u201cis not having a good night.\u201d",
        "Hillary Clinton",
        "person",
        id="epithet-before-name",
    ),
    pytest.param(
        # bbc-sport-299 (a sentence of it): a player's position
        "Lock Ben Kay also justified his recall with an impressive all-round display on his "
        "return to the side, but elsewhere England positives were thin on the ground.",
        "Ben Kay",
        "person",
        id="position-before-name",
    ),
    pytest.param(
        # isot-reuters-930 (a sentence of it): a job by its ending
        "Neuroscientist Hans Keirstead, a stem cell researcher and entrepreneur from Laguna "
        "Beach, is one of seven Democrats aiming to beat him, according to the Federal "
        "Election Commission.",
        "Hans Keirstead",
        "person",
        id="ending-before-name",
    ),
    pytest.param(
        # reuters21578-06334 (a sentence of it): a given name first_names.tsv lacks stays
        "New bank chairman Nik Hussein Abdul Rahman has said he\nasked police to investigate "
        "possible wrongdoing.",
        "Nik Hussein Abdul Rahman",
        "person",
        id="unlisted-given-name",
    ),
    pytest.param(
        # ggt-english-eval 5c2aa6971e67d78e27b9ab24 (a sentence of it): so does this one
        "\u201cThere were just so many gaps,\u201d said Azfar Ali Khan, director at the IFSD.",
        "Azfar Ali Khan",
        "person",
        id="unlisted-given-name-2",
    ),
    pytest.param(
        # bbc-politics-133 (a sentence of it): a point of the compass after a place's name ends a
        # constituency's name
        "The MP for Ealing North claimed the legislation would encourage a mafia-like "
        "culture of vice and corruption, in an interview on BBC Radio 4.",
        "Ealing North",
        "place",
        id="constituency",
    ),
    pytest.param(
        # isot-reuters-493 (a sentence of it): a tribe's nation is an organisation
        "The Navajo Nation and the four other tribes that created and co-manage the Bears "
        "Ears monument plan to file a lawsuit the next day.",
        "Navajo Nation",
        "organization",
        id="nation-head",
    ),
    pytest.param(
        # reuters21578-04769 (its first sentence): "Oy", a Finnish company's suffix
        "    HELSINKI, March 13 - The Finnish metal and mining group\nOutokumpu Oy said it "
        "will close its nickel refinery at\nHarjavalta in central Finland for six weeks in "
        "July and August\nthis year.",
        "Outokumpu Oy",
        "organization",
        id="oy-suffix",
    ),
    pytest.param(
        # isot-reuters-350 (a sentence of it): a role after a platform's name, set off by a
        # comma, is the next clause's subject, no appositive of it
        "In a post on Twitter, the president said Republicans needed the former Alabama "
        "Supreme Court justice to win to secure votes on key issues such as taxes and "
        "immigration.",
        "Twitter",
        None,
        id="platform-then-subject",
    ),
    pytest.param(
        # bbc-politics-128 (a sentence of it): a nickname in quotes is no actor
        "But Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing Mr "
        'Brown "Sir Wastealot".',
        "Wastealot",
        None,
        id="quoted-nickname",
    ),
    pytest.param(
        # isot-reuters-829 (a sentence of it): ... nor is a taunt
        "Trump \u201cpersonalized\u201d the conflict \u2013 deriding Kim as \u201cLittle Rocket "
        "Man\u201d -  against the advice of his national security and intelligence experts, "
        "some of whom warned it could be counterproductive, a senior national security "
        "official said.",
        "Little Rocket Man",
        None,
        id="quoted-taunt",
    ),
    pytest.param(
        # bbc-politics-152 (a sentence of it): a participle that opens the sentence is no
        # person, though a speech noun follows it
        "Addressing claims that the new law was unenforceable, Mr Michael told BBC Radio 4's "
        'Today Programme: "There has been a lot of spin about this."',
        "Addressing",
        None,
        id="opening-participle",
    ),
    pytest.param(
        # bbc-tech-002 (a sentence of it): a name always followed by a body's noun is
        # that body
        "The Reporters Without Borders group said in a report that Chinese government "
        "technologies for e-mail interception and net censorship are among the most highly "
        "developed in the world.",
        "Reporters Without Borders",
        "organization",
        id="name-then-body-noun",
    ),
    pytest.param(
        # isot-reuters-325 (a sentence of it): a platform that speaks is an organisation
        "Twitter revealed the year\u2019s most liked and retweeted tweets on Tuesday, "
        "reflecting how a nation bitterly divided between Republicans and Democrats is "
        "likewise split on social media.",
        "Twitter",
        "organization",
        id="platform-speaks",
    ),
    pytest.param(
        # isot-reuters-970: "He's said" is "he has said"
        "\u201cThe president is not interfering with special counsel Mueller\u2019s position, "
        "he\u2019s not firing the special counsel. He\u2019s said that before,\u201d Sekulow "
        "said in an interview with CNN.",
        "He\u2019s",
        None,
        id="he-has-said",
    ),
    pytest.param(
        # isot-reuters-806: a leak's name is no person
        "The Paradise Papers are the second release of its kind by the ICIJ, which last year "
        "published the \u201cPanama Papers,\u201d leaked documents from Panama law firm Mossack "
        "Fonseca.",
        "Paradise Papers",
        None,
        id="leak-papers",
    ),
    pytest.param(
        # bbc-politics-070: a bill's name, "and" inside it, names no one
        "His party plans to move an amendment to the Serious Organised Crime and Police Bill "
        "next week that would give a judge responsibility for assessing evidence and ensuring "
        "a balanced case is presented to the court.",
        "Serious Organised Crime",
        None,
        id="bill-with-and",
    ),
    pytest.param(
        # isot-reuters-252: and a body's name that ends in "Policy" is the body's, whole
        "The left-leaning Institute on Taxation and Economic Policy said that up to 29 million "
        "U.S. households now writing off donations, home loan interest and state and local "
        "property tax payments would no longer be able to do so under either of the two plans.",
        "Institute on Taxation and Economic Policy",
        "organization",
        id="institute-and-policy",
    ),
    pytest.param(
        # bbc-business-018: a country before a currency word is the currency's name
        "The rupee climbed to 43.305 per US dollar on Thursday, up from a close of 43.41.",
        "US",
        None,
        id="us-dollar",
    ),
    pytest.param(
        # reuters21578-05727 (a sentence of it): Reuters' "dlr", the country abbreviated
        "Brennan said he expected Brazil to be able to reach an\nequitable agreement with "
        "foreign banks on restructuring its 68\nbillion U.S. dlr foreign debt, because the "
        "Brazilian economy is\nessentially healthy.",
        "U.S.",
        None,
        id="us-dlr",
    ),
    pytest.param(
        # reuters21578-09277 (a sentence of it): and capitalised after the abbreviation
        "WELLINGTON, March 25 - <Brierley Investments Ltd>, (BIL),\nsaid its offer of 4.20 N.Z. "
        "Dlrs per share for supermarket\ngroup <Progressive Enterprises Ltd> still stands, "
        "although\n<Rainbow Corp Ltd> said today it has 52 pct of Progressive.",
        "N.Z. Dlrs",
        None,
        id="nz-dlrs",
    ),
    pytest.param(
        # bbc-politics-267 (a sentence of it): after "a", a name that opens with no given
        # name is a kind of person, no one's name
        "A great soundbite, but a surprise coming from a New Yorker post 11 September.",
        "New Yorker",
        None,
        id="a-new-yorker",
    ),
    pytest.param(
        # bbc-tech-277 (a sentence of it): or a thing
        "Another exhibit on the Motorsport Endeavour stand is a Subaru Impreza rally car, "
        "adapted to accommodate a variety of disabilities.",
        "Subaru Impreza",
        None,
        id="a-subaru-impreza",
    ),
    pytest.param(
        # bbc-politics-090 (a sentence of it): a plural of a trade or a view is a group
        'Ecologists are warning MSPs that Scotland may have to accept "significant intrusion" '
        "from wind farms.",
        "Ecologists",
        "group",
        id="ecologists-group",
    ),
    pytest.param(
        # reuters21578-13662 (a sentence of it): or an initial opens it
        "The Wall Street Journal's Heard on the\nStreet said some people feel that when Mesa "
        "Limited Partnership\nprovided badly needed assets to NRM Energy in exchange for a\n"
        "large stake in the company the move may have turned NRM into a\nT. Boone Pickens "
        "investment fund.",
        "T. Boone Pickens",
        "person",
        id="a-initial-name",
    ),
    pytest.param(
        # 5c25054e1e67d78e27aac4ef (GGT; a sentence of it): unless a role noun follows it
        "A Freedom Mobile spokesperson says the company was pleased to help.",
        "Freedom Mobile",
        "organization",
        id="a-body-spokesperson",
    ),
    pytest.param(
        # bbc-politics-197 (a sentence of it): a past form that is also an adjective
        # keeps the "'s" an owner's, not a part of the name
        "Tony Blair spoke to reporters. Mr Blair's reported treaty plans angered critics.",
        "Blair's",
        None,
        id="reported-is-no-verb",
    ),
    pytest.param(
        # reuters21578-10494 (a phrase of it)
        "Officials in Beijing spoke. China's estimated wheat crop fell, officials said.",
        "China's",
        None,
        id="estimated-is-no-verb",
    ),
    pytest.param(
        # bbc-politics-326 (a sentence of it): a possessive after a description's head
        # owns nothing of it, and the description, with no one before it, is nobody
        "The very first question to the prime minister from Derby North's Bob Laxton asked "
        "him, in effect, if he would carry on the excellent policy.",
        "prime minister from Derby North's Bob Laxton",
        None,
        id="possessive-after-head",
    ),
    pytest.param(
        # bbc-business-406 (a phrase of it): a name that ends in "Interactive" is a firm
        "Sales surged 25%, according to a survey by Goldman Sachs & Co, Harris Interactive "
        "and Neilsen/Net Ratings.",
        "Harris Interactive",
        "organization",
        id="interactive",
    ),
    pytest.param(
        # isot-reuters-778 (a sentence of it): "Daily", a newspaper
        "China's People's Daily said in a commentary that the two sides should respect one "
        "another's interests.",
        "People's Daily",
        "organization",
        id="daily",
    ),
    pytest.param(
        # bbc-business-031 (a phrase of it): "Managers", a fund manager
        "Hibernian Investment Managers said the bid undervalued the firm.",
        "Hibernian Investment Managers",
        "organization",
        id="managers",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KIND_OF)
def test_kind_of(text: str, name: str, kind: str | None) -> None:
    names = by_name(cast_of(text))
    if kind is None:
        assert name not in names, names
    else:
        assert names[name].kind == kind, names


#: Names of two or three common words (lexicon/common_words.txt) with no title and no
#: given name: a work's or a thing's name, no person's, though the text writes none of
#: its words in lower case; unless an age follows it, or a verb of saying or an
#: organisation's noun stands near one of its mentions.
COMMON_WORD_NAMES = [
    pytest.param(
        # reuters21578-01269 (a sentence of it)
        "Among other units are Little Folk Shop, a chain\nof discount children's apparel "
        "stores; The Rx Place, a discount\ndrug, health and beauty aid operation; and Face "
        "Fantasies,\nwhich sells cosmetics.",
        "Little Folk Shop",
        False,
        id="shop",
    ),
    pytest.param(
        # bbc-entertainment-363
        "Past years have also seen blockbusters such as Saving Private Ryan, Forrest Gump and "
        "Ghost compete for Oscars.",
        "Saving Private Ryan",
        False,
        id="film",
    ),
    pytest.param(
        # bbc-tech-396
        "Oxford-based Natural Motion launched Endorphin v2.0, which enables artists to direct "
        "a 3D 'virtual actor'.",
        "Natural Motion",
        False,
        id="firm-no-cue",
    ),
    pytest.param(
        # isot-reuters-390: an age after the name
        "In June another NSA contractor, Reality Winner, 25, was charged with leaking "
        "classified material about Russian interference in the 2016 U.S. presidential "
        "election to a news outlet.",
        "Reality Winner",
        True,
        id="age",
    ),
    pytest.param(
        # isot-reuters-582: an organisation's noun before the name
        "\u201cThings have really flipped when it comes to the conservative perspective on "
        "patents,\u201d said Charles Duan, a lawyer with left-leaning consumer group Public "
        "Knowledge.",
        "Public Knowledge",
        True,
        id="org-cue",
    ),
    pytest.param(
        # bbc-tech-125: "the" alone before the name is no organisation's cue
        "The mayhem can be viewed from either a third or first-person perspective, and you "
        "can either fight for the forces of freedom or join Darth Vader on the Dark Side, "
        "depending on the episode and type of campaign as well as the player's personal "
        "propensity for good or evil.",
        "Dark Side",
        False,
        id="the-no-cue",
    ),
    pytest.param(
        # bbc-entertainment-039 (a sentence of it): a plural of a common word counts as one
        "At the Golden Globes, Mr Evans - who was named among the winners when the film won "
        "best drama film - evaded questions.",
        "Golden Globes",
        False,
        id="plural",
    ),
]


@pytest.mark.parametrize(("text", "name", "present"), COMMON_WORD_NAMES)
def test_common_word_names(text: str, name: str, present: bool) -> None:
    assert (name in by_name(cast_of(text))) == present


def test_common_word_name_that_speaks() -> None:
    # bbc-politics-313: an inverted verb of saying before the name
    text = (
        "Political parties cannot afford to take older UK voters for granted in the coming "
        "election, says Age Concern."
    )
    (statement,) = newsparse.parse(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Age Concern"


def test_common_word_name_is_judged_by_all_its_mentions() -> None:
    # bbc-entertainment-368 (two sentences of it): the mention near "said" keeps the name
    # at the others, so that "boxing drama" before one of them shows it a film's title
    text = (
        "All expect The Aviator to win best film, but many think it will be a close race "
        "between Scorsese's Howard Hughes biopic and Eastwood's boxing drama Million Dollar "
        'Baby. "The form going in to the Oscars points to The Aviator, but I liked Million '
        'Dollar Baby more," said Tim Dams, news editor of trade weekly Screen International.'
    )
    assert "Million Dollar Baby" not in by_name(cast_of(text))


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


def test_a_modal_or_a_verb_is_no_modifier_of_a_group() -> None:
    # bbc-politics-118, bbc-tech-046 (a sentence of each): "can make", "let" are verbs
    # before the group noun, no words of its name
    for text in (
        "\"But you can make people believe that the courts understand the problem, it's not "
        'some kind of alien place where they go where they are not thinking about them."',
        "The top music award was given to SSEYO miniMIXA, a mobile music sequencer designed "
        "to let people write, edit and share compositions.",
    ):
        names = {a.name for a in cast_of(text).actors}
        assert not any(" " in n and n.endswith("people") for n in names), names


def test_a_party_is_named_by_its_noun() -> None:
    # isot-reuters-164 (its lead and a sentence of its sixth paragraph): "Democrats", not
    # the adjective "Democratic", names the party
    text = (
        "WASHINGTON (Reuters) - Democrats said on Wednesday their U.S. Senate victory in "
        "Alabama could lead to a sweeping comeback for the party in 2018 elections.\n\n"
        "Jones said he received congratulatory calls from Trump, as well as Senate Majority "
        "Leader Mitch McConnell, a Republican, and Senator Chuck Schumer, the Democratic "
        "leader."
    )
    parties = [a for a in cast_of(text).actors if a.kind == "organization" and "Democrat" in a.name]
    assert [(a.name, "Democratic" in a.aliases) for a in parties] == [("Democrats", True)]


def test_one_actor_per_person_with_aliases() -> None:
    cast = cast_of(SEED_LINES)
    people = [a for a in cast.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Andrés Manuel López Obrador", "Biden", "Sharyn Alfonsi"]
    amlo = people[0]
    assert amlo.title == "President"
    assert set(amlo.aliases) >= {"López Obrador", "Obrador"}
    assert len(amlo.mentions) == 3
    assert [a.id for a in cast.actors] == [f"a{i}" for i in range(1, len(cast.actors) + 1)]


def test_a_name_run_stops_at_its_sentence_end() -> None:
    # bbc-tech-260: "... said Mr Jobs. Mr Jobs told ...": two mentions, not one run
    text = (
        "The smaller iPod will hold about 120 songs, said Mr Jobs. Mr Jobs told the delegates "
        "at MacWorld that iPod already had a 65% market share of all digital music players."
    )
    jobs = by_name(cast_of(text))["Jobs"]
    assert [text[m.start : m.end] for m in jobs.mentions] == ["Mr Jobs", "Mr Jobs"]


def test_a_name_that_ends_a_sentence_keeps_its_title() -> None:
    # bbc-entertainment-260: the run "Ms Prophet. New York-born ..." is cut at the period
    text = (
        "Bratman presented his fiancee with a diamond ring designed by jeweller Stephen Webster "
        "on Friday, said Ms Prophet. New York-born Aguilera reached number one in the UK with "
        "her debut hit Genie in a Bottle in October 1999."
    )
    cast = cast_of(text)
    prophet = by_name(cast)["Prophet"]
    assert (prophet.kind, prophet.title) == ("person", "Ms")
    assert not any(". " in text[m.start : m.end] for a in cast.actors for m in a.mentions)


def test_committees_of_two_houses_stay_apart() -> None:
    # isot-reuters-161: the same committee twice is one actor; the Senate's is another
    text = (
        "Separately, the Associated Press reported that Trump Jr. was due to appear in Congress "
        "again on Wednesday, this time before the Senate Intelligence Committee, citing a source "
        "familiar with the matter. Separately, Sam Clovis, a former Trump campaign official, was "
        "interviewed by the House Intelligence Committee for more than four hours on Tuesday. "
        "Alan Futerfas, an attorney for Donald Trump Jr., asked Representative Michael Conaway, "
        "the Republican leading the House Intelligence Committee's investigation of alleged "
        "Russian meddling in the election, to look into comments he said came from committee "
        "members and staff that were included in media reports."
    )
    names = by_name(cast_of(text))
    assert len(names["House Intelligence Committee"].mentions) == 2
    assert len(names["Senate Intelligence Committee"].mentions) == 1


def test_country_and_its_government_stay_apart() -> None:
    names = by_name(cast_of(SEED_LINES + "Mexico wants the root causes dealt with.\n"))
    assert names["Mexico"].kind == "country"
    assert names["Mexican government"].kind == "organization"


def test_accents_do_not_split_a_person() -> None:
    # seed-000, the second sentence written without accents
    cast = cast_of(SEED_LINES + "Lopez Obrador said the border would stay open.\n")
    assert sum(a.kind == "person" and "Obrador" in a.name for a in cast.actors) == 1


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # isot-reuters-822 (two sentences of it): the month after "in" is no mention of
        # Theresa May
        (
            "Prime Minister Theresa May and the chief of the LSE pitched investments in "
            "Britain to the head of Saudi Arabia\u2019s sovereign wealth fund. Saudi leaders "
            "welcomed him warmly during a visit to the kingdom in May, partly because he has "
            "taken a tough stance against their nation\u2019s diplomatic archrival Iran.",
            "in May",
        ),
        # bbc-politics-067 (two sentences of it): nor at a sentence's end, before its name
        (
            "Mr Parton said he had been told by Children's Minister Margaret Hodge there was "
            "not enough time to pass the bill through parliament before the general election, "
            "which is likely to take place in May.\n\nThe Conservatives have called for an "
            "equal split between parents on access to be made law. Theresa May, shadow "
            "secretary for the family, told BBC Radio 4's Today programme that the "
            'government\'s plans were "inadequate" and were "papering over the cracks of the '
            'current system".',
            "place in May",
        ),
        # isot-reuters-368 (a sentence of it): nor, with no May named, a person of its own
        (
            "At a NATO summit in Brussels in May, the president publicly admonished European "
            "leaders for their low defense spending.",
            "in May",
        ),
        # reuters21578-16163 (a sentence of it): a day after it makes it the month too
        (
            "    Merrill Lynch will be the dealer-manager for the offer,\nwhich expires at "
            "midnight EDT May 8 (0400 GMT, May 9), subject\nto conditions, including the "
            "completion of necessary financing\narrangements.",
            "GMT, May",
        ),
    ],
)
def test_the_month_may_is_no_one(text: str, month: str) -> None:
    at = text.index(month) + len(month) - 3
    cast = cast_of(text)
    assert not [a.name for a in cast.actors for m in a.mentions if m.start <= at < m.end]


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


#: A father and a son of one name, told apart by the suffix: (text, a statement's start,
#: its speaker, the actors expected with their aliases).
FATHER_AND_SON = [
    pytest.param(
        # isot-reuters-319 (its first sentence and one of its sixth paragraph)
        "WASHINGTON (Reuters) - Democrat John Conyers, the longest serving member of the U.S. "
        "House of Representatives, stepped down on Tuesday after multiple accusations of sexual "
        "misconduct.\n\n\u201cI have a great family here and especially in my oldest boy, "
        "John Conyers III, who incidentally I endorse to replace me in my seat in Congress,"
        "\u201d Conyers said.",
        "I have a great family",
        "John Conyers",
        {"John Conyers": ("Conyers",), "John Conyers III": ()},
        id="conyers",
    ),
    pytest.param(
        # isot-reuters-704 (two sentences of it and its last), Reuters's "Trump Jr." and
        # "Donald Jr." are the son; "Donald Trump" the father
        "Veselnitskaya said she went to the Trump Tower meeting with Donald Trump Jr., his "
        "brother-in-law Jared Kushner, and top campaign adviser Paul Manafort to show them "
        "proof of tax evasion by major Democratic donors. She said Donald Jr. asked her for "
        "written evidence that illegal funds went to Clinton\u2019s campaign, Bloomberg "
        "reported.\n\nPerkins Coie has acknowledged that it paid $1.02 million to Fusion for "
        "research related to Donald Trump and his campaign.",
        "Donald Jr. asked her",
        "Veselnitskaya",
        {"Donald Trump Jr.": ("Donald Jr.",), "Donald Trump": ()},
        id="trump",
    ),
    pytest.param(
        # isot-reuters-814 (three sentences of it): "the younger Flynn" is the son
        "Mueller is increasing pressure on Michael Flynn, U.S. President Donald Trump\u2019s "
        "former national security adviser, NBC News said. Barry Coburn, a lawyer for Michael "
        "Flynn Jr., declined to comment, although the younger Flynn appeared to address the "
        "report in a tweet. \u201cThe SJW are out in full this morning,\u201d the younger "
        "Flynn wrote.",
        "The SJW are out",
        "Michael Flynn Jr.",
        {"Michael Flynn": (), "Michael Flynn Jr.": ("Flynn",)},
        id="flynn",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker", "people"), FATHER_AND_SON)
def test_a_father_and_a_son_of_one_name_stay_two(
    text: str, start: str, speaker: str, people: dict[str, tuple[str, ...]]
) -> None:
    article = newsparse.parse(text)
    names = {a.name: a.aliases for a in article.actors if a.kind == "person"}
    for name, aliases in people.items():
        assert names.get(name) == aliases, names
    said = [
        s.speaker.name if s.speaker else None
        for s in article.statements
        if s.text.startswith(start)
    ]
    assert said == [speaker]


AND_NAMES = [
    pytest.param(
        # constructed from bbc-tech-203: the last head after "and" decides, not the first
        "The Entertainment and Leisure Software Publishers Association said sales rose.",
        {"Entertainment and Leisure Software Publishers Association": ("organization", None)},
        id="last-head",
    ),
    pytest.param(
        # isot-reuters-248: the committee's whole name, "and" inside, is the chairman's title
        '"The 20 percent rate ought to be our goal," said House Ways and Means Committee '
        "Chairman Kevin Brady, who is expected to head a bicameral House-Senate negotiating "
        "committee.",
        {
            "Kevin Brady": ("person", "House Ways and Means Committee Chairman"),
            "House-Senate negotiating committee": ("organization", None),
        },
        id="committee-chairman",
    ),
    pytest.param(
        # aeb-albawaba-091: two bodies each known on its own stay two
        "The United Nations and European Union stressed the decision would not change the "
        "reality that the settlements were illegal, while the Arab League condemned the "
        "unilateral move announced on Monday by US Secretary of State Mike Pompeo.",
        {
            "United Nations": ("organization", None),
            "European Union": ("organization", None),
            "Arab League": ("organization", None),
            "US": ("country", None),
            "Mike Pompeo": ("person", "US Secretary of State"),
        },
        id="two-known-bodies",
    ),
    pytest.param(
        # constructed: two banks, each "Head of X", stay two
        "Officials of the Bank of Japan and Bank of England met on Friday.",
        {
            "Bank of Japan": ("organization", None),
            "Bank of England": ("organization", None),
        },
        id="two-banks",
    ),
    pytest.param(
        # constructed: companies joined by "and" stay apart
        "Deutsche Bank and Credit Suisse Group said they would cut prices.",
        {"Deutsche Bank": ("organization", None), "Credit Suisse Group": ("organization", None)},
        id="two-companies",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AND_NAMES)
def test_names_joined_by_and(text: str, expected: dict[str, tuple[str, str | None]]) -> None:
    got = {a.name: (a.kind, a.title) for a in cast_of(text).actors}
    assert got == expected


FIRMS_OF_TWO = [
    pytest.param(
        # reuters21578-16408 (its first sentence): two words on each side of "and" and a
        # suffix after them name one company
        "    AKRON, Ohio, April 13 - Firestone Tire and Rubber Co said\nChairman John Nevin "
        "entered into a new employment agreement\nallowing him to continue as an executive or "
        "consultant with the\ncompany until he becomes 65 years old in February 1992.",
        {"Firestone Tire and Rubber Co"},
        {"Firestone Tire", "Rubber Co"},
        id="firm-of-two-words",
    ),
    pytest.param(
        # reuters21578-18938 (a sentence of it): one word on each side
        "    Under those circumstances, Shore would not be surprised if\nsome company such as "
        "Unilever plc <UN.AS> or Procter and Gamble\nCo <PG> decided to take a look at "
        "Gillette.",
        {"Procter and Gamble Co"},
        {"Gamble Co"},
        id="firm-of-two-names",
    ),
    pytest.param(
        # reuters21578-07290, reuters21578-09980 (sentences of them): a demonym or a first
        # name among the words is still the firm's
        "    The seven regional Bell companies created from the breakup\nof American Telephone "
        "and Telegraph Co <T> in 1984 have been\nprohibited by the terms of the divestiture "
        "decree from\nmanufacturing equipment, offering computerized information\nservices or "
        "providing long-distance service.",
        {"American Telephone and Telegraph Co"},
        {"Telegraph Co"},
        id="firm-of-a-demonym",
    ),
    pytest.param(
        "    RARITAN, N.J., March 26 - Thomas and Betts Corp said it\nfiled a patent "
        "infringement suit against three companies in\nconnection with the manufacture and "
        'sale of its 50 Position\nTransition "D" Subminiature IDC electronic connectors.',
        {"Thomas and Betts Corp"},
        {"Betts Corp"},
        id="firm-of-a-first-name",
    ),
    pytest.param(
        # reuters21578-05952 (its first sentence): not after a company's suffix
        "    WASHINGTON, March 17 - The Federal Trade Commission (FTC)\nsaid Sears, Roebuck and "
        "Co and Kellwood Co, a Sears supplier,\nagreed to pay penalties of 200,000 dlrs each "
        "to settle 1981 \ncharges they misrepresented the amount of down filling in coats\n"
        "they sold.",
        {"Kellwood Co"},
        {"Roebuck and Co and Kellwood Co", "Co and Kellwood Co"},
        id="suffix-and-firm",
    ),
    pytest.param(
        # isot-reuters-982 (a sentence of it): not when one side is a company known alone
        " FCC\u2019s Pai has cited rising competition for advertising from websites like "
        "Alphabet Inc\u2019s Google and Facebook Inc as a reason for easing the media "
        "ownership rules as well as helping struggling newspapers.",
        {"Google", "Facebook Inc"},
        {"Google and Facebook Inc"},
        id="known-company-and-firm",
    ),
    pytest.param(
        # isot-reuters-102 (a sentence of it): the same when only the first is known
        " Facebook, Google and Twitter Inc are facing a backlash after saying Russians used "
        "their services to anonymously spread divisive messages among Americans in the "
        "run-up to the election.",
        {"Google", "Twitter Inc"},
        {"Google and Twitter Inc"},
        id="known-company-first",
    ),
    pytest.param(
        # isot-reuters-954 (a sentence of it): or only the second
        " He made the remarks at a meeting with members of an advisory board to Tsinghua "
        "University\u2019s School of Economics and Management, including Apple Inc (AAPL.O) "
        "chief executive Tim Cook and Facebook Inc\u2019s (FB.O) Mark Zuckerberg.",
        {"Tim Cook", "Facebook Inc"},
        {"Tim Cook and Facebook Inc"},
        id="known-company-second",
    ),
    pytest.param(
        # reuters21578-00496 (a sentence of it): nor when one is an acronym
        "    Viacom said earlier today it received revised takeover bids\nfrom Redstone and MCV "
        "Holdings Inc, a group led by Viacom\nmanagement which is competing with Redstone for "
        "control of the\ncompany and already has a formal merger agreement with Viacom.",
        {"MCV Holdings Inc"},
        {"Redstone and MCV Holdings Inc"},
        id="name-and-acronym-firm",
    ),
    pytest.param(
        # reuters21578-19300 (its first paragraphs): a possessive after "and" is left to the
        # short form, which then joins the full name ("S and P")
        "    NEW YORK, June 19 - Standard and Poor's Corp said it is\nkeeping Crazy Eddie "
        "Inc's 81 mln dlrs of B-rated convertible\nsubordinated debt on creditwatch with "
        "negatives implications.\n    The company's implied senior debt rating is BB-minus.\n"
        "    S and P said it considers a downgrade of Crazy Eddie more\nlikely because of a "
        "rash of senior management resignations.",
        {"Standard and Poor's Corp"},
        {"S and P"},
        id="short-form-of-and-firm",
    ),
]


@pytest.mark.parametrize(("text", "named", "unnamed"), FIRMS_OF_TWO)
def test_a_firm_of_two_names_joined_by_and(text: str, named: set[str], unnamed: set[str]) -> None:
    got = {a.name for a in cast_of(text).actors}
    assert named <= got
    assert not unnamed & got


ACRONYMS = [
    pytest.param(
        # bbc-business-036: "and" inside a public body's name, and its known acronym later
        "The Securities and Exchange Commission has extended the deadline to get in line with "
        "the rules until 15 July 2006. Many foreign firms had protested that the SEC was "
        "imposing an unfair burden.",
        "Securities and Exchange Commission",
        "SEC",
        id="sec",
    ),
    pytest.param(
        # bbc-business-210: a known acronym after the name it shortens is one actor
        "The price of gold has fallen after the International Monetary Fund (IMF) said it will "
        "look at ways of using its gold reserves to provide debt relief.\n\nBy revaluing its "
        "holdings, the IMF may be able to sell billions of dollars of gold.",
        "International Monetary Fund",
        "IMF",
        id="imf",
    ),
    pytest.param(
        # constructed from bbc-business-036: the acronym stands before the spelled-out name
        "Many foreign firms had protested that the SEC was imposing an unfair burden. "
        "The Securities and Exchange Commission has extended the deadline.",
        "Securities and Exchange Commission",
        "SEC",
        id="acronym-first",
    ),
]


def test_a_short_form_joins_the_organisation_it_names() -> None:
    # bbc-business-402 (its first sentence and a later one): "the Fed" is the Federal
    # Reserve (org_short_forms.tsv), not a person "Fed"
    text = (
        "US interest rates are expected to rise for the fifth time since June following the "
        "US Federal Reserve's latest rate-setting meeting later on Tuesday.\n\nThe Fed has "
        'said that it will move in a "measured" way to combat price growth.'
    )
    names = by_name(cast_of(text))
    assert "Fed" not in names, names
    assert names["US Federal Reserve"].kind == "organization"
    assert "Fed" in names["US Federal Reserve"].aliases


#: Bodies named for a list of fields: the commas inside the name join it (a name run
#: stops at a comma), and no field is an actor of its own.
FIELD_LISTS = [
    pytest.param(
        # bbc-business-046 (a sentence of it): the acronym after it is the same body
        "According to figures from the Ministry of Economy, Trade and Industry (METI), the "
        "decline was led by a fall in demand for electronic parts.",
        "Ministry of Economy, Trade and Industry",
        ("METI",),
        id="ministry",
    ),
    pytest.param(
        # isot-reuters-546 (a sentence of it)
        "In a statement, Sessions said he was directing the Federal Bureau of Investigation "
        "and the Bureau of Alcohol, Tobacco, Firearms and Explosives \u201cto do a "
        "comprehensive review of the NICS.\u201d",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        (),
        id="bureau",
    ),
    pytest.param(
        # bbc-politics-365 (a sentence of it): an item of two words ends the list
        "A further 200 jobs at the Department of the Environment, Food and Rural Affairs have "
        "been earmarked to be cut.",
        "Department of the Environment, Food and Rural Affairs",
        (),
        id="two-word-item",
    ),
    pytest.param(
        # bbc-tech-384 (a sentence of it)
        "The State Administration of Radio, Film and Television (SARFT), which regulates "
        "broadcasting, plans to move all programmes to digital by 2015.",
        "State Administration of Radio, Film and Television",
        ("SARFT",),
        id="administration",
    ),
    pytest.param(
        # aeb-pv-magazine-124 (a sentence of it): a possessive country before it stays
        "South Korea\u2019s Ministry of Trade, Industry and Energy said on Monday that new "
        "capacity rose.",
        "South Korea\u2019s Ministry of Trade, Industry and Energy",
        (),
        id="possessive",
    ),
]


@pytest.mark.parametrize(("text", "name", "aliases"), FIELD_LISTS)
def test_a_body_named_for_a_list_of_fields_is_one(
    text: str, name: str, aliases: tuple[str, ...]
) -> None:
    names = by_name(cast_of(text))
    body = names[name]
    assert (body.kind, body.aliases) == ("organization", aliases), names
    words = set(name.replace(",", "").split())
    assert not [n for n in names if n != name and set(n.split()) <= words], names


def test_a_list_after_a_body_that_names_others_stays_apart() -> None:
    # constructed: a country, a given name or another body's head in the list makes the
    # items actors of their own
    names = by_name(
        cast_of(
            "Officials from the Ministry of Finance, France and Germany met. The Department "
            "of Energy, Peter Smith and Jones spoke. The Ministry of Defence, Foreign Office "
            "and Home Office agreed."
        )
    )
    assert {"Ministry of Finance", "France", "Germany", "Department of Energy"} <= set(names)
    assert {"Peter Smith", "Foreign Office", "Home Office"} <= set(names), names


def test_and_inside_an_enforcement_body_joins_its_name() -> None:
    # isot-reuters-056 (a sentence of it): "Enforcement" heads a public body, so "and"
    # joins "Immigration" to it, and the acronym after it is the same body
    text = (
        "The group of ethnic Chinese Christians fled the world\u2019s largest Muslim-majority "
        "country following violence that erupted 20 years ago and have been living openly for "
        "years in New England under an informal deal reached with U.S. Immigration and Customs "
        "Enforcement (ICE)."
    )
    names = by_name(cast_of(text))
    body = names["U.S. Immigration and Customs Enforcement"]
    assert (body.kind, body.aliases) == ("organization", ("ICE",)), names
    assert "Customs Enforcement" not in names


def test_a_given_name_of_two_syllables_stays_in_the_name() -> None:
    # isot-reuters-674 (two sentences of it): "Jong-un" is no modifier ("Trump-era"), and
    # "Kim Jong-un" is "Kim Jong Un"
    text = (
        "President Donald Trump said in a tweet on Sunday that North Korean leader Kim Jong Un "
        "had insulted him by calling him \u201cold\u201d and said he would never call Kim "
        "\u201cshort and fat.\u201d One of Trump\u2019s tweets read: \u201cWhy would Kim "
        "Jong-un insult me by calling me \u2018old,\u2019 when I would NEVER call him "
        "\u2018short and fat?\u2019\u201d"
    )
    names = by_name(cast_of(text))
    assert "Kim Jong-un" in names["Kim Jong Un"].aliases, names
    assert "Kim" in names["Kim Jong Un"].aliases


@pytest.mark.parametrize(("text", "name", "acronym"), ACRONYMS)
def test_known_acronym_joins_the_name_it_shortens(text: str, name: str, acronym: str) -> None:
    (org,) = cast_of(text).actors
    assert (org.name, org.kind, org.aliases) == (name, "organization", (acronym,))


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


# -- speakers, demanders and the noun phrases the later stages hand to resolve() ------


class Phrase(NamedTuple):
    text: str
    phrase: str  #: the noun phrase handed to Cast.resolve (its first occurrence)
    expected: tuple[str, str] | None  #: (name, kind) of the actor, or None


PHRASES = [
    pytest.param(
        # bbc-business-252: an acronym that demands is an organisation
        "BT wants lighter regulation in exchange for the changes, as well as the removal of "
        "the break-up threat.",
        "BT",
        ("BT", "organization"),
        id="acronym-wants",
    ),
    pytest.param(
        # bbc-politics-162: "the" + acronym after an auxiliary
        "The government should change the law to give more protection to employees who raise "
        "health and safety concerns about their workplaces, the TUC has said.",
        "the TUC",
        ("TUC", "organization"),
        id="acronym-has-said",
    ),
    pytest.param(
        # reuters21578-12768: an acronym with a spokesman; "the union" goes back to it
        "Talks between unions and employers yesterday and today\nproduced no result, but FNV "
        "spokesman Bert Duim said the union\nwas prepared to put their key demand, for a 36 "
        "hour working\nweek, at the bottom of the agenda.",
        "the union",
        ("FNV", "organization"),
        id="acronym-spokesman-the-union",
    ),
    pytest.param(
        # bbc-business-193: a group before "are now pushing for"
        "Chief executive Gerd Niebaum stepped down last week and creditors are now pushing "
        "for greater control.",
        "creditors",
        ("creditors", "group"),
        id="group-pushing-for",
    ),
    pytest.param(
        # bbc-business-123: the group opens the sentence, the demand comes later
        "Tube workers walked out last week demanding a 53% pay rise and in protest against "
        "the installation of automatic ticket machines.",
        "Tube workers",
        ("Tube workers", "group"),
        id="group-opens-sentence-demanding",
    ),
    pytest.param(
        # reuters21578-06133: after a dateline, "hundreds of" is no part of the name
        "MADRID, March 17 - Hundreds of farmers brought Madrid's\ntraffic to a standstill "
        "with their tractors in the latest\nprotest to demand a better deal from the "
        "European Community\n(EC).",
        "Hundreds of farmers",
        ("farmers", "group"),
        id="hundreds-of-farmers-to-demand",
    ),
    pytest.param(
        # bbc-politics-394: a title "of" a place is a person, not the place
        "Earlier the Archbishop of Canterbury wrote to all three parties urging them not to "
        "fight the election by exploiting people's fears.",
        "the Archbishop of Canterbury",
        ("Archbishop of Canterbury", "person"),
        id="title-of-place",
    ),
    pytest.param(
        # reuters21578-09975: the head comes before a participle
        "In the current round, the country's most powerful union,\nthe IG Metall "
        "representing metalworkers and engineers, is\ndemanding a shortening of the working "
        "week to 35 hours from the\npresent 38.5 hours.",
        "the IG Metall representing metalworkers and engineers",
        ("IG Metall", "organization"),
        id="head-before-participle",
    ),
    pytest.param(
        # isot-reuters-740: a report speaks for its author
        "A report from the nonpartisan Tax Policy Center think tank said the biggest tax cuts "
        "would go to high-income households under the current bill.",
        "A report from the nonpartisan Tax Policy Center think tank",
        ("Tax Policy Center", "organization"),
        id="report-from-organisation",
    ),
    pytest.param(
        # bbc-politics-128: "He" opening a sentence is the subject of the one before
        "Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough "
        'choices.\n\nHe said: "Last week the prime minister gave us the politics of fear."',
        "He",
        ("Vincent Cable", "person"),
        id="he-subject-of-previous-sentence",
    ),
    pytest.param(
        # isot-reuters-067: "she" inside a sentence is its subject, not the nearest woman
        "At a recent barbecue luncheon in Athens, Evans pointed out that she outperformed "
        "Clinton last year in her district by 12 percentage points, picking up moderate "
        "voters.",
        "she",
        ("Evans", "person"),
        id="she-subject-of-sentence",
    ),
    pytest.param(
        # isot-reuters-916: "A panel" in the lede is the headline's panel
        "Trump panel urges more treatment options to fight opioid crisis\n\n(Reuters) - A "
        "panel convened by U.S. President Donald Trump to tackle the opioid crisis called on "
        "Wednesday for more treatment programs.",
        "A panel",
        ("Trump panel", "organization"),
        id="lede-a-panel",
    ),
    pytest.param(
        # isot-reuters-266: a government with modifiers before its head
        "TRIPOLI (Reuters) - Libya\u2019s internationally recognized government has appealed "
        "to the United States to drop or ease a travel ban imposed on its citizens by U.S. "
        "President Donald Trump, the Foreign Ministry said on Thursday.",
        "Libya\u2019s internationally recognized government",
        ("Libya\u2019s internationally recognized government", "organization"),
        id="modified-government",
    ),
    pytest.param(
        # isot-reuters-740: "the House committee" is "the House tax committee"
        "But Representative Kevin Brady, Republican chairman of the House tax committee, said "
        "he would revise the legislation on Thursday to bring it into compliance. The tax was "
        "amended by the House committee after complaints from multinational companies.",
        "the House committee",
        ("House tax committee", "organization"),
        id="committee-with-and-without-modifier",
    ),
    pytest.param(
        # bbc-politics-128: a description with no titled antecedent: the salient person
        "But Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing "
        'Mr Brown "Sir Wastealot".\n\nThe shadow chancellor said Mr Brown\'s "golden rule" had '
        '"turned to dross in his hands".',
        "The shadow chancellor",
        ("Oliver Letwin", "person"),
        id="epithet-salient-person",
    ),
    pytest.param(
        # bbc-politics-021: "the prime minister" with no one titled so: the subject before
        "Tony Blair has backed Chancellor Gordon Brown's pre-Budget report amid opposition "
        "claims he was too bullish about the state of the UK economy.\n\nIn a speech in "
        "Edinburgh, the prime minister said Thursday's report reinforced stability and "
        "opportunity.",
        "the prime minister",
        ("Tony Blair", "person"),
        id="epithet-prime-minister",
    ),
    pytest.param(
        # bbc-business-462: "It" goes to the organisation, not the place named last
        'GM said it was expecting "reduced financial losses" in Europe in 2005. It is in the '
        "midst of cutting 12,000 jobs - one fifth of the European total - in a bid to cut "
        "costs.",
        "It",
        ("GM", "organization"),
        id="it-organisation-before-place",
    ),
    pytest.param(
        # isot-reuters-600: a time adverbial between a lone name and its verb
        "Trump on Thursday said Moore should step aside if sexual misconduct allegations "
        "against him are true.",
        "Trump",
        ("Trump", "person"),
        id="name-on-thursday-said",
    ),
    pytest.param(
        # isot-reuters-459: an anonymous group "familiar with" something
        "Lawyers for Flynn have halted communications with Trump\u2019s legal team, a "
        "potentially critical step in Mueller\u2019s  probe, sources familiar with the "
        "investigation said on Friday.",
        "sources familiar with the investigation",
        ("sources familiar with the investigation", "group"),
        id="sources-familiar-with",
    ),
    pytest.param(
        # isot-reuters-165: one person "familiar with" something
        "He testified for nine hours, a person familiar with the matter said.",
        "a person familiar with the matter",
        ("person familiar with the matter", "person"),
        id="person-familiar-with",
    ),
    pytest.param(
        # aeb-nbcnews-082: a name in apposition after the comma names the phrase
        "Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that "
        "Carlineo never intended to harm Omar.",
        "Carlineo's attorney, Sonya Zoghlin",
        ("Sonya Zoghlin", "person"),
        id="named-appositive",
    ),
    pytest.param(
        # bbc-business-185: a source after "according to"
        "About 900,000 military and civilian staff at the defence department are among the 1.2 "
        "million affected, according to a Pentagon spokesman.",
        "a Pentagon spokesman",
        ("Pentagon spokesman", "person"),
        id="according-to-description",
    ),
    pytest.param(
        # bbc-business-113: a described speaker after an inverted "said"
        '"We believe the roaming market is competitive and we expect to resist the charges," '
        "said a Vodafone spokesman.",
        "a Vodafone spokesman",
        ("Vodafone spokesman", "person"),
        id="inverted-said-description",
    ),
    pytest.param(
        # isot-reuters-240: "the industry" names the firms of a trade introduced before
        "Refiners oppose the RFS because they say it costs them hundreds of millions of dollars "
        "a year in blending and regulatory expenses, while propping up demand for rival fuels.  "
        "The industry has requested tweaks to the policy in the past that would cut the annual "
        "volume targets for biofuels.",
        "The industry",
        ("Refiners", "group"),
        id="industry-after-trade-group",
    ),
    pytest.param(
        # bbc-business-008: a person named by a possessive description who lashes out
        "In London on Thursday ahead of the meeting, India's finance minister, lashed out at "
        "the restrictive trade policies of the G7 nations.",
        "India's finance minister",
        ("India's finance minister", "person"),
        id="possessive-description-lashes-out",
    ),
    pytest.param(
        # isot-reuters-875: "that" before a plural group is a relative pronoun, not its determiner
        "Powell brings market insights, Fed board experience and Republican ties that analysts "
        "say will likely make for a smooth confirmation and transition.",
        "analysts",
        ("analysts", "group"),
        id="relative-that-before-group",
    ),
    pytest.param(
        # isot-reuters-244: a phrase cut before "on" inside a name names the whole name
        "White House economic adviser Kevin Hassett said at a Thursday event hosted by the "
        "pro-business American Council on Capital Formation group that the White House has been "
        "studying possible changes to the welfare system.",
        "American Council",
        ("American Council on Capital Formation", "organization"),
        id="phrase-cut-inside-a-name",
    ),
]

PHRASES_NEGATIVE = [
    pytest.param(
        # isot-reuters-600: the head is "leaders", not the place after "in"
        "Trump on Thursday said Moore should step aside if sexual misconduct allegations "
        "against him are true, a stance that puts him at odds with other Republican leaders "
        "in Washington who have said they believe the women.",
        "other Republican leaders in Washington",
        None,
        id="group-in-place-is-not-the-place",
    ),
    pytest.param(
        # isot-reuters-600: a prepositional phrase is no noun phrase
        "Trump on Thursday said Moore should step aside if sexual misconduct allegations "
        "against him are true, a stance that puts him at odds with other Republican leaders "
        "in Washington who have said they believe the women.",
        "in Washington",
        None,
        id="prepositional-phrase",
    ),
    pytest.param(
        # bbc-business-252: an unknown acronym that neither speaks nor demands is no actor
        "Central to the proposals are plans by BT to offer operators lower wholesale prices, "
        "faster broadband services and transparent, highly-regulated access.",
        "BT",
        None,
        id="silent-acronym",
    ),
    pytest.param(
        # "the industry" is no group of people who are not firms of a trade
        "Analysts say the plan costs too much. The industry has requested tweaks to the policy.",
        "The industry",
        None,
        id="industry-after-non-trade-group",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), PHRASES + PHRASES_NEGATIVE)
def test_resolve_phrase(text: str, phrase: str, expected: tuple[str, str] | None) -> None:
    cast = cast_of(text)
    actor = cast.resolve(*_span(text, phrase))
    assert (None if actor is None else (actor.name, actor.kind)) == expected


def test_according_to_a_capitalised_name_makes_no_description() -> None:
    # bbc-business-136: "Economist" is part of a name here, not a role noun
    text = (
        "A resale of Krivorizhstal could potentially triple the price, according to the "
        "Economist Intelligence Unit's Mr Hensel."
    )
    assert not any(a.name.lower() == "economist" for a in cast_of(text).actors)


def test_demander_is_no_place_after_a_preposition() -> None:
    # isot-reuters-600: "who" goes back to "other Republican leaders in Washington" (no
    # actor), never to "Washington" alone
    text = (
        "Trump on Thursday said Moore should step aside if sexual misconduct allegations "
        "against him are true, a stance that puts him at odds with other Republican leaders in "
        "Washington who have said they believe the women making the accusations against the "
        "former Alabama Supreme Court chief justice and have demanded that Moore withdraw from "
        "the race ahead of the Dec. 12 vote."
    )
    demanders = {d.items[0]: d.demander for d in newsparse.parse(text).demands}
    assert demanders["withdraw from the race ahead of the Dec. 12 vote"] is None
    assert demanders["step aside"] is not None and demanders["step aside"].name == "Trump"


def test_hon_is_a_title() -> None:
    # aeb-theparadigmng-010: "Hon." (lexicon/abbreviations.tsv, titles.txt) is a title, and
    # its period no sentence end
    cast = cast_of(
        "Senate Leader, Ahmad Lawan raises a motion on the deaths of former Speaker of the House "
        "of Representatives Rt. Hon. B. U. Nzeribe and Hon. Funke Adedoyin and moves that all "
        "legislative activities be suspended until the next legislative day."
    )
    people = by_name(cast)
    assert people["B. U. Nzeribe"].kind == "person"
    assert (people["Funke Adedoyin"].kind, people["Funke Adedoyin"].title) == ("person", "Hon.")


def test_a_paper_by_its_last_word_joins_its_full_name() -> None:
    # bbc-politics-302 (two sentences of it): "The Telegraph" is the Daily Telegraph
    text = (
        "Mr Galloway, who on Thursday won \u00a3150,000 in libel damages from the Daily "
        "Telegraph said he would contest Bethnal Green, in London, for Respect. The Telegraph "
        "was sued for libel by Mr Galloway after the newspaper claimed he received money from "
        "Saddam Hussein's regime."
    )
    papers = [(a.name, a.aliases) for a in cast_of(text).actors if a.kind == "organization"]
    assert papers == [("Daily Telegraph", ("Telegraph",))]


def test_title_that_names_a_paper_stays_a_title() -> None:
    # reuters21578-11498: "Economist" is a title here, though The Economist is a paper
    cast = cast_of(
        "Economist Evelyn Brody, at Morgan Grenfell and Co in\nLondon, said the huge sums of "
        "money going through the world\nfinancial system will keep a floor under share and bond "
        "prices."
    )
    brody = by_name(cast)["Evelyn Brody"]
    assert (brody.kind, brody.title) == ("person", "Economist")
    assert "Economist" not in by_name(cast)


def test_capitalised_role_noun_is_no_part_of_the_name() -> None:
    # bbc-entertainment-322: "Organiser" (a role noun, not a title word) opens the run
    text = "Organiser Mean Fiddler said more acts were still to be confirmed for the summer event."
    assert [(a.name, a.title) for a in cast_of(text).actors] == [("Mean Fiddler", "Organiser")]


def test_a_player_position_is_a_title() -> None:
    # bbc-sport-281 and bbc-sport-126: a player's position before a name is his title
    # (lexicon/role_nouns.txt), no part of his name
    text = "Striker Thierry Henry, along with Robert Pires, scored against Fulham."
    assert by_name(cast_of(text))["Thierry Henry"].title == "Striker"
    text = "Keeper Tony Bullock echoed McIntyre's sentiments."
    assert by_name(cast_of(text))["Tony Bullock"].title == "Keeper"


def test_a_place_head_alone_is_no_person() -> None:
    # bbc-sport-254: "City" is Manchester City by its last word, no one who announces
    text = (
        "City recently announced debts of \u00a362m, but Wardle confirmed they would try and "
        "find funds to bring in players in the January transfer window."
    )
    assert "City" not in by_name(cast_of(text))


def test_a_role_that_opens_a_sentence_is_a_title() -> None:
    # reuters21578-10462 and reuters21578-10622: "Investor" (role_nouns.txt) and
    # "Vice-Premier" (titles.txt) before a name are no part of it
    text = (
        "    WASHINGTON, March 27 - Investor Paul Bilzerian disclosed he\nholds a 7.2 pct stake "
        "in Pay 'N Pak Stores Inc common stock and\nis considering seeking control of the retail "
        "building material\nfirm."
    )
    assert by_name(cast_of(text))["Paul Bilzerian"].title == "Investor"
    text = (
        "    Vice-Premier Yao Yilin announced at a similar press\nconference last year that the "
        "FECs would be abolished, saying\nthe government had decided it was ideologically "
        "unacceptable to\nhave two currencies circulating in China at the same time."
    )
    assert by_name(cast_of(text))["Yao Yilin"].title == "Vice-Premier"


def test_capitalised_group_word_inside_a_name_is_no_group() -> None:
    # aeb-aljazeera-081: "Staff" ends "Joint Chiefs of Staff", it is no group that speaks
    text = (
        "US President Donald Trump has been eager to withdraw, but General Mark Milley, "
        "chairman of the Joint Chiefs of Staff, told US media this month that its forces are "
        'likely to remain "for several more years".'
    )
    kinds = {a.name: a.kind for a in cast_of(text).actors}
    assert "Mark Milley" in kinds
    assert not any(kind == "group" for kind in kinds.values())


TITLES_WITH_OF = [
    pytest.param(
        # bbc-business-195
        "Earlier this month, accountancy firm Ernst & Young said that Chancellor of the "
        "Exchequer Gordon Brown's forecasts for tax revenues were too optimistic.",
        "Gordon Brown",
        "Chancellor of the Exchequer",
        id="chancellor-of-the-exchequer",
    ),
    pytest.param(
        # isot-reuters-415
        "State Department spokeswoman Heather Nauert said on Thursday White House Chief of "
        "Staff John Kelly had told Tillerson\u2019s chief of staff the reports on Tillerson "
        "being replaced were not true.",
        "John Kelly",
        "White House Chief of Staff",
        id="chief-of-staff",
    ),
    pytest.param(
        # isot-reuters-722: an initial before the first name is the name's
        "\u201cThe massive size of this energy undertaking and level of collaboration between "
        "our two countries is unprecedented,\u201d West Virginia Secretary of Commerce H. Wood "
        "Thrasher said in a statement.",
        "H. Wood Thrasher",
        "West Virginia Secretary of Commerce",
        id="initial-after-title",
    ),
    pytest.param(
        # reuters21578-18565: particles after the first name; the title crosses no line here
        "    State Secretary for Foreign Affairs Rene Van Der Linden\nsaid the government was "
        "against the tax although it noted\ndeepening EC financial difficulties.",
        "Rene Van Der Linden",
        "State Secretary for Foreign Affairs",
        id="particles-after-title",
    ),
    pytest.param(
        # reuters21578-21391: a title broken by a line reads as one line
        "    BANGKOK, Oct 19 - Australian Minister for Trade\nNegotiations Michael Duffy said "
        "his country and Third World\ncommodity producers have formed an effective lobby "
        "group\nagainst farm export subsidies and market access restrictions.",
        "Michael Duffy",
        "Australian Minister for Trade Negotiations",
        id="title-across-a-line",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLES_WITH_OF)
def test_title_with_of_before_a_name(text: str, name: str, title: str) -> None:
    # The name starts after the title's "of"/"for" complement, not at its first word
    # ("Exchequer Gordon Brown", "Staff John Kelly" were people before).
    people = {a.name: a.title for a in cast_of(text).actors if a.kind == "person"}
    assert people.get(name) == title
    assert not any(title.split()[-1] in other for other in people if other != name)


#: Title words after an agency's acronym or a chamber's name: the person, titled (the
#: whole run was an organisation before "Administrator" and "Whip" were titles).
TITLE_WORDS = [
    pytest.param(
        # reuters21578-19852
        "EPA Administrator Lee Thomas said in a statement the areas\nhad not shown they could "
        "meet agency ozone or carbon-monoxide\nair-quality standards by the end of 1987 or "
        "soon after.",
        "Lee Thomas",
        "EPA Administrator",
        id="administrator",
    ),
    pytest.param(
        # isot-reuters-765 (a sentence of it)
        "House Majority Whip Steve Scalise of Louisiana and House Financial Services "
        "Committee Chairman Jeb Hensarling of Texas brokered the compromise and said the "
        "deal helps policy holders and taxpayers.",
        "Steve Scalise",
        "House Majority Whip",
        id="whip",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLE_WORDS)
def test_title_words(text: str, name: str, title: str) -> None:
    people = {a.name: a.title for a in cast_of(text).actors if a.kind == "person"}
    assert people.get(name) == title, people


def test_no_name_after_a_joiner_inside_a_title() -> None:
    # aeb-nbcnews-082 (cut): "New York" after "of" is part of the title, no person's name
    text = "The U.S. Attorney for the Western District of New York said in a statement."
    assert [a.name for a in cast_of(text).actors if a.kind == "person"] == []


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


def test_names_remembered_across_articles_change_no_answer() -> None:
    # what follows from a name's text is kept across calls: an article must get the same
    # actors after others that share its names as in a fresh process
    import subprocess
    import sys

    texts = [p.values[0] for p in REAL + NEGATIVE]
    # bbc-tech-094 and bbc-entertainment-332: a title that opens a sentence reads otherwise
    nemo = (
        "He has worked on the Star Wars DVD trilogy, Finding Nemo, The Incredibles and "
        "Indiana Jones."
    )
    text = SEED_LINES + nemo + "\n" + "\n".join(texts[::-1])
    others = [SEED_LINES, SEED_LINES.upper(), SEED_LINES.replace("\n", " ")]
    for other in [*texts, *others, "Finding Nemo won nine Annies last year."]:
        cast_of(other)
    here = [(a.name, a.kind, a.title, a.aliases, len(a.mentions)) for a in cast_of(text).actors]
    code = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from test_actors import cast_of\n"
        "text = sys.stdin.read()\n"
        "print(json.dumps([(a.name, a.kind, a.title, a.aliases, len(a.mentions))\n"
        "                  for a in cast_of(text).actors]))\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code, str(pathlib.Path(__file__).parent)],
        input=text, capture_output=True, text=True, check=True, encoding="utf-8",
    )  # fmt: skip
    assert [(a[0], a[1], a[2], tuple(a[3]), a[4]) for a in json.loads(fresh.stdout)] == here
    assert len(here) > 20


def _demand_of(text: str, item: str) -> tuple[str | None, str | None]:
    """(demander, addressee) names of the demand whose first item starts with ``item``."""
    (demand,) = [d for d in newsparse.parse(text).demands if d.items[0].startswith(item)]
    return (
        demand.demander.name if demand.demander else None,
        demand.addressee.name if demand.addressee else None,
    )


def test_they_after_a_plural_noun_of_people_is_none_of_the_cast() -> None:
    # bbc-business-043: "they" are the women, not the newspaper named before them
    text = (
        "Earlier this week, the local Arab News said Labour Minister Ghazi al-Gosaibi had "
        '"caused uproar" when he said his ministry was having difficulty hiring women '
        "because they demanded segregated offices."
    )
    assert _demand_of(text, "segregated offices") == (None, None)


def test_they_after_the_head_of_a_named_phrase_is_its_name() -> None:
    # reuters21578-04071 (a sentence of it): "officials" is the head of the phrase that
    # "Indonesian embassy" opens, not other people
    text = (
        "    Dharyono said the AICE will send delegations to the U.S.\nAnd Japan to brief "
        "Indonesian embassy officials there and press\nthem to present Indonesia's case "
        "more firmly."
    )
    assert _demand_of(text, "present")[1] == "Indonesian embassy"


def test_they_after_the_antecedents_own_noun_is_the_antecedent() -> None:
    # reuters21578-14757 (its first two sentences): "the officials" are the Japanese
    # officials named before
    text = (
        "    WASHINGTON, April 7 - Japan will seek to strengthen the\nParis accord on "
        "currency stability at the meeting of the group\nof seven leading industrial "
        "nations tomorrow, Japanese\nofficials said.\n    However, the officials travelling "
        "with Japanese Finance\nMinister Kiichi Miyazawa and who asked not to be "
        "identified,\nwould not provide any details of how they wanted the accord,\nwhich "
        "was signed by the six leading industrial democracies in\nFebruary, to be "
        "strengthened."
    )
    assert _demand_of(text, "the accord")[0] == "Japanese officials"


def test_they_after_a_plural_noun_of_bodies_keeps_the_speaker() -> None:
    # reuters21578-01935 (its first sentence and three later ones): "countries" are no
    # people, who "they" may be; the sources speak
    text = (
        "    TOKYO, March 5 - Japanese creditor banks are close to a\ndecision to jointly "
        "establish an offshore firm to which they\nwill transfer part of their title to "
        "possibly unrecoverable\ndebts owed by developing nations, international "
        "financial\nsources told Reuters.\n    The firm will then use the funds to buy "
        "from its\nstock-holding banks title to repayments of specified foreign\nloans "
        "which are potentially bad, the sources said.\n    The stock-holding banks will "
        "draw up a list of such loans.\n    Subject to the scheme would be loans "
        "extended to\ndebt-ridden countries such as Mexico and Argentina, they said."
    )
    (statement,) = [s for s in newsparse.parse(text).statements if s.text.startswith("Subject to")]
    assert statement.speaker is not None
    assert statement.speaker.name == "international financial sources"


# -- "the government", "the administration" ----------------------------------------


def _speaker_of(text: str, start: str) -> str | None:
    (st,) = [s for s in newsparse.parse(text).statements if s.text.startswith(start)]
    return None if st.speaker is None else st.speaker.name


def test_the_government_with_no_body_named_is_an_organisation() -> None:
    # bbc-politics-023 (a sentence of it): the text names no government
    text = (
        'The Commons education select committee called this "morally indefensible" but the '
        'government said the e-University project had "improved understanding".'
    )
    (gov,) = [a for a in newsparse.parse(text).actors if a.name == "government"]
    assert (gov.kind, gov.aliases) == ("organization", ("the government",))
    assert _speaker_of(text, "the e-University") == "government"


def test_the_government_before_the_one_body_named_is_that_body() -> None:
    # bbc-business-029 (sentences of it): the government the text names later
    text = (
        "Last month, the government said it had identified more than 500 idle farms and had "
        "yet to consider the status of a further 40,000. The authorities said landowners "
        'whose titles were in order and whose farms were productive had "nothing to fear". '
        "Under President Chavez, the Venezuelan government has steadily expanded the state's "
        "involvement in the country's economy."
    )
    names = [a.name for a in newsparse.parse(text).actors if a.kind == "organization"]
    assert names == ["Venezuelan government"]
    assert _speaker_of(text, "it had identified") == "Venezuelan government"


def test_the_government_after_a_body_named_is_that_body() -> None:
    # bbc-business-029, changed: the body named first stays the one meant
    text = (
        "Under President Chavez, the Venezuelan government has steadily expanded the state's "
        "involvement in the country's economy. Last month, the government said it had "
        "identified more than 500 idle farms."
    )
    names = [a.name for a in newsparse.parse(text).actors if a.kind == "organization"]
    assert names == ["Venezuelan government"]
    assert _speaker_of(text, "it had identified") == "Venezuelan government"


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        pytest.param(
            # bbc-politics-355 (sentences of it): an object only is no actor of its own
            'He urged the government to scrap the "grossly unfair" tax completely.',
            None,
            id="object-only",
        ),
        pytest.param(
            # bbc-politics-355 (sentences of it): a subject before makes it one
            "He asked what the government had to hide. He urged the government to scrap "
            'the "grossly unfair" tax completely.',
            "government",
            id="subject-before",
        ),
        pytest.param(
            # isot-reuters-654 (sentences of it): "the administration" is no agency named
            # "Administration"; a speaker set off by commas may stand before the verb
            "U.S. coal production is on track to rise more than 8 percent in 2017, according "
            "to the Energy Information Administration. The administration, Murray said, "
            "should end tax breaks for wind and solar power.",
            "administration",
            id="agency-named-administration",
        ),
    ],
)
def test_the_government_asked(text: str, addressee: str | None) -> None:
    (d,) = newsparse.parse(text).demands
    assert (None if d.addressee is None else d.addressee.name) == addressee


def test_they_is_not_the_administration() -> None:
    # bbc-business-024 (sentences of it): "the administration" is "it"; "they" are the
    # Democrats
    text = (
        "Democrats claim the administration has not done enough to clamp down on unfair "
        "foreign trade practices. For example, they believe China's currency policy - which "
        "US manufacturers claim has undervalued the yuan by as much as 40% - has given "
        "China's rapidly expanding economy an unfair advantage against US competitors.\n\n"
        "Meanwhile, the Bush administration argues that the US deficit reflects the fact the "
        "America is growing at faster rate than the rest of the world."
    )
    assert _speaker_of(text, "China's currency policy") == "Democrats"


def test_the_company_is_no_government() -> None:
    # bbc-business-307 (sentences of it): "the government" is the subject of what Cairn
    # said, and "the company" that speaks next is Cairn
    text = (
        "Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing "
        "drilling update and a warning over possible tax demands.\n\nCairn also said that "
        "the government believed the company was liable to pay taxes under its "
        "production-sharing contract. The company said the rate would be about 900 rupees "
        "($20.40; \u00a310.50) per tonne, or seven barrels, of oil."
    )
    assert _speaker_of(text, "the rate would be") == "Cairn Energy"
