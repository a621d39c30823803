"""Stage 5: statements -- quote pairing, kinds, cues, rule names and speaker noun phrases.

The speaker of a statement is whoever the actors stage says its noun phrase
refers to. To test this stage on its own, ``EchoCast`` answers every
``resolve(start, end)`` with an actor named by the text of the span it was
given, so ``speaker.name`` shows which noun phrase the stage picked.
"""

from __future__ import annotations

import json
import pathlib
from typing import NamedTuple

import pytest

import newsparse
from newsparse._actors import Cast
from newsparse._model import Actor, Span
from newsparse._statements import _gender, find_statements
from newsparse._statements_np import sentence_subject
from newsparse._text import TextView


class EchoCast(Cast):
    """A cast whose actors are the noun phrases it is asked about."""

    def __init__(self, text: str) -> None:
        super().__init__()
        object.__setattr__(self, "_text", text)  # Cast is frozen

    def resolve(self, start: int, end: int) -> Actor | None:
        return Actor(
            id="a", name=self._text[start:end], kind="person", mentions=(Span(start, end),)
        )

    def actor_at(self, start: int, end: int) -> Actor | None:
        return self.resolve(start, end)


def statements(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(text, kind, cue, speaker noun phrase, rule) for each statement of ``text``."""
    view = TextView.of(text)
    cast = EchoCast(text)
    found = sorted(find_statements(view, cast), key=lambda s: s.span.start)
    for s in found:
        assert text[s.span.start : s.span.end] == s.text
    return [
        (s.text, s.kind, s.cue, None if s.speaker is None else s.speaker.name, s.rule)
        for s in found
    ]


class Case(NamedTuple):
    text: str
    expected: list[tuple[str, str, str | None, str | None, str]]


REAL = [
    Case(  # bbc-politics-021
        "He told BBC Radio 4's Today programme: \"No politician should make the mistake that "
        'John Major and his colleagues made in 1992."',
        [("No politician should make the mistake that John Major and his colleagues made in "
          "1992.", "direct", "told", "He", "cue-then-quote")],
    ),
    Case(  # isot-reuters-015 (how the words were sent, after "by", is no passive)
        "Robert Strong, 45, a psychologist for the Los Angeles County Mental Health "
        "Department, said by telephone he left the poop-filled parcel addressed to Mnuchin and "
        "Trump in the driveway outside Mnuchin\u2019s home in the posh Bel Air community.",
        [("he left the poop-filled parcel addressed to Mnuchin and Trump in the driveway "
          "outside Mnuchin\u2019s home in the posh Bel Air community", "indirect", "said",
          "Robert Strong", "indirect.said")],
    ),
    Case(  # isot-reuters-859 (and the ministry's tag that ends the sentence is no part
        # of Lavrov's clause)
        "Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Rex Tillerson by "
        "phone on Thursday it was unacceptable to politicize the work of chemical weapons "
        "inspectors in Syria, Russia\u2019s foreign ministry said.",
        [("Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Rex Tillerson by "
          "phone on Thursday it was unacceptable to politicize the work of chemical weapons "
          "inspectors in Syria", "indirect", "said", "Russia\u2019s foreign ministry",
          "indirect.clause-then-cue"),
         ("it was unacceptable to politicize the work of chemical weapons inspectors in Syria",
          "indirect", "told", "Russian Foreign Minister Sergei Lavrov", "indirect.told-that")],
    ),
    Case(  # bbc-entertainment-363 (a name, then "of" and a lower-case description of
        # the firm: the name speaks, not the firm)
        '"Eyeballs starring at the movie screen translates to eyeballs staring at the TV '
        'screen," said Paul Dergarabedian of box office tracker Exhibitor Relations.',
        [("Eyeballs starring at the movie screen translates to eyeballs staring at the TV "
          "screen", "direct", "said", "Paul Dergarabedian", "quote-then-cue")],
    ),
    Case(  # isot-reuters-039 (but a body's name with "of" before a role is no person)
        "U.S. Department of Justice spokeswoman Lauren Ehrsam said the Trump administration "
        "\u201cappreciates the court\u2019s ruling.\u201d",
        [("the Trump administration \u201cappreciates the court\u2019s ruling.\u201d",
          "indirect", "said", "Lauren Ehrsam", "indirect.said")],
    ),
    Case(  # isot-reuters-577 (a body's name before the role and the name after a quote)
        "\u201cThe district court exceeded its authority today when it barred the president "
        "from instructing his cabinet members to enforce existing law,\u201d Department of "
        "Justice spokesman Devin O\u2019Malley said in a statement.",
        [("The district court exceeded its authority today when it barred the president from "
          "instructing his cabinet members to enforce existing law", "direct", "said",
          "Devin O\u2019Malley", "quote-then-cue")],
    ),
    Case(  # isot-reuters-434 (and then no clause "when asked about reports")
        "\u201cWhen the president loses confidence in someone, they will no longer serve here,"
        "\u201d White House spokeswoman Sarah Sanders said when asked about reports of a staff "
        "shake up.",
        [("When the president loses confidence in someone, they will no longer serve here",
          "direct", "said", "Sarah Sanders", "quote-then-cue")],
    ),
    Case(  # 5c1efb3d1e67d78e279bd39a (GGT): ", and added" opens a cue of its own
        "He said unionization is overdue in the restaurant industry, and added he doesn't think "
        "customers will mind paying more for a meal if it means restaurant workers are getting "
        "paid more and receiving benefits.",
        [("unionization is overdue in the restaurant industry", "indirect", "said", "He",
          "indirect.said"),
         ("he doesn't think customers will mind paying more for a meal if it means restaurant "
          "workers are getting paid more and receiving benefits", "indirect", "added", "He",
          "indirect.said")],
    ),
    Case(  # 5c146e42795bd2fcce2ea8e5 (GGT): a clause said in a sentence that opens with
        # "Though" ends where the main clause starts
        "Though Justice Dunphy said he was loath to penalize a not-for-profit, he believed the "
        "station had acted improperly by \u201ctossing roadblocks in the way of democracy,\u201d "
        "and \u201cit would be sending the wrong message\u201d to not charge it some share of Mr. "
        "Hemming\u2019s costs.",
        [("he was loath to penalize a not-for-profit", "indirect", "said", "Justice Dunphy",
          "indirect.said"),
         ("the station had acted improperly by \u201ctossing roadblocks in the way of "
          "democracy,\u201d and \u201cit would be sending the wrong message\u201d to not charge it "
          "some share of Mr. Hemming\u2019s costs", "indirect", "believed", "Justice Dunphy",
          "indirect.said")],
    ),
    Case(  # 5c146e42795bd2fcce2ea8e5 (GGT): "noting" reports a bare clause too
        "Mr. Hemming argued that the move disadvantaged his group in its dispute, noting the "
        "station\u2019s board frequently lobbies its members through e-mails.",
        [("the move disadvantaged his group in its dispute", "indirect", "argued", "Mr. Hemming",
          "indirect.said-that"),
         ("the station\u2019s board frequently lobbies its members through e-mails", "indirect",
          "noting", "Mr. Hemming", "indirect.said")],
    ),
    Case(  # bbc-politics-021
        '"All of it fits together around common themes of opportunity, security and stability '
        'for all," Mr Blair said.',
        [("All of it fits together around common themes of opportunity, security and stability "
          "for all", "direct", "said", "Mr Blair", "quote-then-cue")],
    ),
    Case(  # isot-reuters-067 (curly quotes, a participle cue after the quote)
        "\u201cWe have left too many voters untouched,\u201d she said in an interview, noting "
        "that she refuses to tone down her support for abortion.",
        [("We have left too many voters untouched", "direct", "said", "she", "quote-then-cue"),
         ("she refuses to tone down her support for abortion", "indirect", "noting", "she",
          "indirect.said-that")],
    ),
    Case(  # reuters21578-06722 (a participle cue after a quote that closes the clause)
        "     Roger Hemminghaus, President of Diamond Shamrock Refining\nand Marketing Co, said "
        'he was "enthusiastic about the future,"\nadding that he expected "an increase in '
        'profitability by\nmidyear."',
        [('he was "enthusiastic about the future,"', "indirect", "said", "Roger Hemminghaus",
          "indirect.said"),
         ('he expected "an increase in profitability by\nmidyear."', "indirect", "adding",
          "Roger Hemminghaus", "indirect.said-that")],
    ),
    Case(  # isot-reuters-654 (inverted order, an appositive after the name)
        "Trump has likely done all he can do to help the industry, said Luke Popovich, a "
        "spokesman for the National Mining Association.",
        [("Trump has likely done all he can do to help the industry", "indirect", "said",
          "Luke Popovich", "indirect.clause-then-cue")],
    ),
    Case(  # isot-reuters-067
        "Minorities supported the Democratic ticket by wide margins in 2016, according to the "
        "Pew Research Center.",
        [("Minorities supported the Democratic ticket by wide margins in 2016", "indirect",
          "according to", "the Pew Research Center", "indirect.according-to")],
    ),
    Case(  # aeb-smithsonianmag-165 ("said, according to X": the speaker's words, which
        # X only carried; no second statement of the same clause for Reuters)
        "As yet, there is no epidemiological evidence linking the third plague case to the "
        "earlier two, the Inner Mongolia health commission said, according to Reuters.",
        [("As yet, there is no epidemiological evidence linking the third plague case to the "
          "earlier two", "indirect", "said", "the Inner Mongolia health commission",
          "indirect.clause-then-cue")],
    ),
    Case(  # isot-reuters-728
        "China and the United States should face economic issues in a forward-looking and "
        "constructive way and resolve problems by expanding economic cooperation, Xi said, "
        "according to a statement issued by China\u2019s Ministry of Foreign Affairs on "
        "Thursday.",
        [("China and the United States should face economic issues in a forward-looking and "
          "constructive way and resolve problems by expanding economic cooperation",
          "indirect", "said", "Xi", "indirect.clause-then-cue")],
    ),
    Case(  # isot-reuters-023 (a sentence of it): "several West Coast states" is the noun,
        # no cue of a second statement "said its ruling ..."
        "The 9th U.S. Circuit Court of Appeals, which covers several West Coast states, also "
        "said its ruling would be put on hold pending a decision on the latest version of the "
        "travel ban from the Trump administration by the U.S. Supreme Court.",
        [("its ruling would be put on hold pending a decision on the latest version of the "
          "travel ban from the Trump administration by the U.S. Supreme Court", "indirect",
          "said", "U.S. Circuit Court", "indirect.said")],
    ),
    Case(  # bbc-business-481: an acronym in brackets between a body's name and its cue
        "Retail sales dropped by 1% on the month in December, after a 0.6% rise in November, "
        "the Office for National Statistics (ONS) said.",
        [("Retail sales dropped by 1% on the month in December, after a 0.6% rise in November",
          "indirect", "said", "the Office for National Statistics", "indirect.clause-then-cue")],
    ),
    Case(  # bbc-business-255
        "The Pensions Policy Institute (PPI) said replacing the state pension with a "
        "\"citizen's pension\" would help tackle inequality and complexity.",
        [("replacing the state pension with a \"citizen's pension\" would help tackle "
          "inequality and complexity", "indirect", "said", "The Pensions Policy Institute",
          "indirect.said")],
    ),
    Case(  # bbc-business-114: "something X denies" at the end is an aside on the clause,
        # which is the first speaker's alone
        "Mr Weingarten has suggested that Mr Sullivan is implicating Mr Ebbers only to win a "
        "lighter sentence, something Mr Sullivan denies.",
        [("Mr Sullivan is implicating Mr Ebbers only to win a lighter sentence", "indirect",
          "suggested", "Mr Weingarten", "indirect.said-that")],
    ),
    Case(  # bbc-business-434 (its first sentence): "has" between the acronym and the cue
        "Nearly two million people across Asia could be thrown into poverty because of the "
        "Indian Ocean tsunami, the Asian Development Bank (ADB) has said.",
        [("Nearly two million people across Asia could be thrown into poverty because of the "
          "Indian Ocean tsunami", "indirect", "said", "the Asian Development Bank",
          "indirect.clause-then-cue")],
    ),
    Case(  # bbc-politics-355 (speech in a relative clause, then "said" + clause)
        "In a move ministers say should keep council tax rises below 5% next year, the "
        "chancellor said he was providing an extra \u00a31bn for local councils.",
        [("should keep council tax rises below 5% next year", "indirect", "say", "ministers",
          "indirect.relative"),
         ("he was providing an extra \u00a31bn for local councils", "indirect", "said",
          "the chancellor", "indirect.said")],
    ),
    Case(  # aeb-aljazeera-081 (appositive between the speaker and "told ... that")
        "General Mark Milley, chairman of the Joint Chiefs of Staff, told US media this month "
        'that its forces are likely to remain "for several more years".',
        [('its forces are likely to remain "for several more years"', "indirect", "told",
          "General Mark Milley", "indirect.told-that")],
    ),
    Case(  # bbc-politics-355 (a reported question)
        "He asked what the government had to hide.",
        [("what the government had to hide", "indirect", "asked", "He",
          "indirect.asked-whether")],
    ),
    Case(  # seed-000 (partial quotes inside the writer's sentence)
        "Elsewhere in the interview, he emphasized the positive relationship between Mexico "
        'and the U.S., describing it as "very important" and "fundamental."',
        [("very important", "partial", "emphasized", "he", "partial.in-sentence"),
         ("fundamental.", "partial", "emphasized", "he", "partial.in-sentence")],
    ),
    Case(  # bbc-politics-021 (a quote over two paragraphs: one statement per paragraph)
        "He told BBC Radio 4's Today programme: \"No politician should make the mistake of "
        'saying no matter what the circumstances are.\n\n"That is not what politicians should '
        'do, it would not be responsible to do."',
        [("No politician should make the mistake of saying no matter what the circumstances "
          "are.", "direct", "told", "He", "cue-then-quote"),
         ("That is not what politicians should do, it would not be responsible to do.",
          "direct", None, "He", "quote-continued")],
    ),
    Case(  # seed-000 (a quote with "said" after it, the speaker a description)
        '"The flow of migrants will continue," the spokesperson said.',
        [("The flow of migrants will continue", "direct", "said", "the spokesperson",
          "quote-then-cue")],
    ),
    Case(  # bbc-politics-021 (two quotes in one paragraph, the closing mark of the first lost)
        'David Page, of Investec Securities, said: "His forecast is way too optimistic. '
        '"It\'s going to take a significant turnaround in the economy to meet these targets."',
        [("His forecast is way too optimistic.", "direct", "said", "David Page",
          "cue-then-quote"),
         ("It's going to take a significant turnaround in the economy to meet these targets.",
          "direct", None, "David Page", "quote-inherited")],
    ),
    Case(  # isot-reuters-654 (an inverted speaker after a role noun)
        "Over the next decade, Duke plans to invest $11 billion in new natural gas and renewable "
        "power - and nothing in new coal-fired generation, said spokesman Rick Rhodes.",
        [("Over the next decade, Duke plans to invest $11 billion in new natural gas and "
          "renewable power - and nothing in new coal-fired generation", "indirect", "said",
          "Rick Rhodes", "indirect.clause-then-cue")],
    ),
    Case(  # isot-reuters-747 (the speaker is the antecedent of "who")
        "The tax overhaul is a priority for Trump, who says it will boost economic growth and "
        "create jobs.",
        [("it will boost economic growth and create jobs", "indirect", "says", "Trump",
          "indirect.said")],
    ),
    Case(  # isot-reuters-067 ("according to" in the middle: the whole sentence; the
        # tally's author)
        "A dozen liberal groups have already thrown support behind Abrams, according to a "
        "Reuters tally.",
        [("A dozen liberal groups have already thrown support behind Abrams", "indirect",
          "according to", "Reuters", "indirect.according-to")],
    ),
    Case(  # isot-reuters-067 (an appositive with a role noun before the name)
        "Elsewhere, University of Georgia political science professor Charles Bullock agreed "
        "the numbers are there if Democrats do not lose more white voters.",
        [("the numbers are there if Democrats do not lose more white voters", "indirect",
          "agreed", "Charles Bullock", "indirect.said")],
    ),
    Case(  # bbc-politics-128 (a verb that also takes an object: a clause needs an auxiliary)
        "Mr Brown earlier denied his economic forecasts were too optimistic.",
        [("his economic forecasts were too optimistic", "indirect", "denied", "Mr Brown",
          "indirect.said")],
    ),
    Case(  # a quote signed with a dash, as in reader-reaction lists
        "\u201cWe will keep the border open.\u201d\u2015 Maria Lopez",
        [("We will keep the border open.", "direct", None, "Maria Lopez", "quote-then-byline")],
    ),
    Case(  # a speech verb the lexicon does not list, after a quote closed by a comma
        '"It didn\'t take me long to get a job," quipped Green.',
        [("It didn't take me long to get a job", "direct", "quipped", "Green",
          "quote-then-cue")],
    ),
    Case(  # two single marks typed for a closing double mark
        "\u201cWe dedicate ourselves solely to independent comic books,\u2019\u2019 says "
        "the founder of Studiocomix Press.",
        [("We dedicate ourselves solely to independent comic books", "direct", "says",
          "the founder", "quote-then-cue")],
    ),
    Case(  # a quote paragraph with nobody named: a statement with no speaker
        'The board met on Monday.\n\n"We need the money in order for the school to go forward."',
        [("We need the money in order for the school to go forward.", "direct", None, None,
          "quote-unattributed")],
    ),
    # the speaker before an aside set off by commas: read back over "Netanyahu," and the
    # aside's words, word by word and mark by mark
    Case(  # aeb-albawaba-091
        'Israeli Prime Minister Benjamin Netanyahu, however, said he was "very moved" by the '
        "announcement.",
        [('he was "very moved" by the announcement', "indirect", "said",
          "Israeli Prime Minister Benjamin Netanyahu", "indirect.said")],
    ),
    Case(  # bbc-business-291
        "Judge David Sentelle, in his ruling, said such laws were aimed at putting an end to "
        "illegal conduct going forward.",
        [("such laws were aimed at putting an end to illegal conduct going forward", "indirect",
          "said", "Judge David Sentelle", "indirect.said")],
    ),
    Case(  # bbc-politics-142
        "Liberal Democrat leader Charles Kennedy, who backs the constitution, said he expected "
        "the referendum would come in the first half of next year.",
        [("he expected the referendum would come in the first half of next year", "indirect",
          "said", "Charles Kennedy", "indirect.said")],
    ),
    Case(  # reuters21578-12818 (an irregular past makes the clause: "fell")
        "WASHINGTON, April 3 - The U.S. civilian unemployment rate\nfell to 6.6 pct in March "
        "from 6.7 pct in February, the Labor\nDepartment said.",
        [("The U.S. civilian unemployment rate\nfell to 6.6 pct in March "
          "from 6.7 pct in February", "indirect", "said", "the Labor\nDepartment",
          "indirect.clause-then-cue")],
    ),
    Case(  # reuters21578-11769 (a bare cue, the clause's verb irregular: "fell")
        "Yang said investment in agriculture fell in 1985 to 9.9 pct\nof the province's total "
        "investment, from 26 pct in 1978.",
        [("investment in agriculture fell in 1985 to 9.9 pct\nof the province's total "
          "investment, from 26 pct in 1978", "indirect", "said", "Yang", "indirect.said")],
    ),
    Case(  # reuters21578-06110 (what the words were said in is no part of the clause)
        "Bayer said in a statement it was insured against claims and\nhad received two.",
        [("it was insured against claims and\nhad received two", "indirect", "said", "Bayer",
          "indirect.said")],
    ),
    Case(  # isot-reuters-489 (a colon and a quote before any verb: a direct quote only)
        "But Trump said in a tweet late on Tuesday: \u201cI ran on stopping illegal "
        "immigration and won big.\u201d",
        [("I ran on stopping illegal immigration and won big.", "direct", "said", "Trump",
          "quote.in-sentence")],
    ),
    Case(  # constructed: a relative aside between the subject and its cue
        "A senior official, who asked not to be named, said the plan would fail.",
        [("the plan would fail", "indirect", "said", "A senior official", "indirect.said")],
    ),
    Case(  # isot-reuters-012 (the cue's subject is the name after the clause, not "and ...")
        "The new U.S. tax code targets high-tax states and may be unconstitutional, New York "
        "Governor Andrew Cuomo said on Thursday, saying that the bill may violate New York "
        "residents\u2019 rights to due process and equal protection.",
        [("The new U.S. tax code targets high-tax states and may be unconstitutional",
          "indirect", "said", "New York Governor Andrew Cuomo", "indirect.clause-then-cue"),
         ("the bill may violate New York residents\u2019 rights to due process and equal "
          "protection", "indirect", "saying", "New York Governor Andrew Cuomo",
          "indirect.said-that")],
    ),
    Case(  # constructed: periods inside the name and a party tag between quote and cue
        '"We will win," Rep. John Mica (R-Fla.) said.',
        [("We will win", "direct", "said", "Rep. John Mica", "quote-then-cue")],
    ),
    Case(  # constructed: a title from lexicon/abbreviations.tsv ("Cpl.") is no sentence end
        '"We heard nothing," Cpl. Douglas Green said.',
        [("We heard nothing", "direct", "said", "Cpl. Douglas Green", "quote-then-cue")],
    ),
    Case(  # constructed: a title's period
        '"We will win," Mr. Smith said.',
        [("We will win", "direct", "said", "Mr. Smith", "quote-then-cue")],
    ),
    Case(  # isot-reuters-163 (a question, then its attribution)
        "\u201cWho would\u2019ve thought they could have made the bill even less favorable to "
        "the middle class and more slanted towards the wealthy?\u201d Schumer told a news "
        "conference.",
        [("Who would\u2019ve thought they could have made the bill even less favorable to the "
          "middle class and more slanted towards the wealthy?", "direct", "told", "Schumer",
          "quote-then-cue")],
    ),
    Case(  # reuters21578-00971 (a dateline is no part of the clause; nor is what it was said in)
        "    LONDON, March 3 - The Unilever Plc and NV <UN.A> group saw\nimproved performance "
        "in almost all sectors during 1986, the\nAnglo-Dutch group said in its results "
        "statement.",
        [("The Unilever Plc and NV <UN.A> group saw\nimproved performance in almost all "
          "sectors during 1986", "indirect", "said", None, "indirect.clause-then-cue")],
    ),
    Case(  # bbc-business-437 ("a week later" is no part of the clause)
        "The State Tobacco Monopoly Administration said a week later that it had not approved "
        "the deal, leading to an embarrassing public row.",
        [("it had not approved the deal", "indirect", "said",
          "The State Tobacco Monopoly Administration", "indirect.said-that")],
    ),
    Case(  # reuters21578-08188 (nor is "two days ago")
        "    The U.S. State Department said two days ago Tehran had been\ntold of U.S. Concern "
        "that Iranian anti-ship missiles posed a\nthreat to the free flow of oil from the Gulf.",
        [("Tehran had been\ntold of U.S. Concern that Iranian anti-ship missiles posed a\n"
          "threat to the free flow of oil from the Gulf", "indirect", "said",
          "The U.S. State Department", "indirect.said")],
    ),
    Case(  # bbc-business-048 (nor is "on Wednesday night")
        "Lawmakers said on Wednesday night Enrico Bondi, the turnaround specialist appointed by "
        "the Italian government as Parmalat's chief executive, spoke positively about the "
        "company during a closed-door hearing of the Chamber of Deputies industry commission.",
        [("Enrico Bondi, the turnaround specialist appointed by the Italian government as "
          "Parmalat's chief executive, spoke positively about the company during a closed-door "
          "hearing of the Chamber of Deputies industry commission", "indirect", "said",
          "Lawmakers", "indirect.said")],
    ),
    Case(  # bbc-business-138 ("that," before an aside opens the clause after it)
        "Opec members said on Tuesday that, given such high prices, the cartel saw no reason to "
        "cut its output.",
        [("given such high prices, the cartel saw no reason to cut its output", "indirect",
          "said", "Opec members", "indirect.said-that")],
    ),
    Case(  # bbc-entertainment-137 (a coordinated subject is no next clause)
        "No details of this year's line-up have been confirmed but rumours have suggested U2 "
        "and Coldplay may be among the headliners.",
        [("U2 and Coldplay may be among the headliners", "indirect", "suggested", "rumours",
          "indirect.said")],
    ),
    Case(  # isot-reuters-538 (a dateline with a state and a second city)
        "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - A battle between the White House and "
        "Democrats over warring appointments to head up the top U.S. regulator for consumer "
        "finance is likely headed for the courts, opening any interim actions by the agency to "
        "legal challenges, lawyers said on Saturday.",
        [("A battle between the White House and Democrats over warring appointments to head up "
          "the top U.S. regulator for consumer finance is likely headed for the courts, opening "
          "any interim actions by the agency to legal challenges", "indirect", "said", "lawyers",
          "indirect.clause-then-cue")],
    ),
    Case(  # aeb-nbcnews-058 (a dateline set off by an em dash)
        "VIENNA \u2014 The house where Adolf Hitler was born will be turned into a police "
        "station, Austria's interior minister said on Tuesday, after years of debate over how "
        "best to prevent it becoming a pilgrimage site for neo-Nazis.",
        [("The house where Adolf Hitler was born will be turned into a police station",
          "indirect", "said", "Austria's interior minister", "indirect.clause-then-cue")],
    ),
    Case(  # ggt-english-eval 5c53eea41e67d78e27407cc3 (how often, between cue and "that")
        "She also noted several times that she looked forward to trial in order to clear her "
        "name.",
        [("she looked forward to trial in order to clear her name", "indirect", "noted",
          "She", "indirect.said-that")],
    ),
    Case(  # bbc-tech-086 (an opening adverb, then the speaker inverted between commas)
        "Often, said Mr Pearson, this sensitive information was invisible because it got "
        "deleted and changed as different drafts were prepared.",
        [("this sensitive information was invisible because it got deleted and changed as "
          "different drafts were prepared", "indirect", "said", "Mr Pearson",
          "indirect.parenthetical")],
    ),
    Case(  # bbc-tech-137 (the same, with an appositive after the name)
        "But, says Nick Donofrio, senior vice-president of technology and manufacturing at "
        'IBM, it was not "the thing" itself that actually improved people\'s lives.',
        [('it was not "the thing" itself that actually improved people\'s lives', "indirect",
          "says", "Nick Donofrio", "indirect.parenthetical")],
    ),
    Case(  # bbc-sport-141 (two sentences of it): a cue after a quote that ends in "?" and
        # before a colon opens the next quote; the quote is the cue's before it
        "Benitez responded: \"I spoke to Steven and said to him that in future it's better to "
        'think we can win the Champions League. Why not?" He said: "We need winners here and '
        'everyone thinking only of winning. I always want to win."',
        [("I spoke to Steven and said to him that in future it's better to think we can win "
          "the Champions League. Why not?", "direct", "responded", "Benitez", "cue-then-quote"),
         ("We need winners here and everyone thinking only of winning. I always want to win.",
          "direct", "said", "Benitez", "cue-then-quote")],
    ),
    Case(  # reuters21578-00354 (a sentence of it): "told Reuters" and a clause with no
        # "that", whose subject is a name
        "    Wang Chao-Ming, vice-chairman of the council for economic\nplanning and "
        "development, told Reuters Taiwan would further\nreduce import tariffs on 1,700 "
        "products sometime in the second\nhalf of this year.\n",
        [("Taiwan would further\nreduce import tariffs on 1,700 products sometime in the "
          "second\nhalf of this year", "indirect", "told", "Wang Chao-Ming",
          "indirect.told-that")],
    ),
    Case(  # bbc-sport-141 (a sentence of it): the same after "the BBC"
        "Gerrard told the BBC Liverpool were unlikely to win the trophy this year.",
        [("Liverpool were unlikely to win the trophy this year", "indirect", "told",
          "Gerrard", "indirect.told-that")],
    ),
    Case(  # bbc-politics-305 (the speaker inverted between the subject and its verb)
        "The tone of the campaign, said Mr Milburn, would be more conversational than "
        "rhetorical; more spontaneous less scripted.",
        [("would be more conversational than rhetorical; more spontaneous less scripted",
          "indirect", "said", "Mr Milburn", "indirect.parenthetical")],
    ),
    Case(  # bbc-tech-234 (the same, with an appositive after the name)
        "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating "
        "people in how to send the multimedia messages using their funky handsets.",
        [("is educating people in how to send the multimedia messages using their funky "
          "handsets", "indirect", "said", "Shailendra Jain", "indirect.parenthetical")],
    ),
    Case(  # isot-reuters-888 (a dateline that is the agency alone)
        "(Reuters) - Goldman Sachs Group Inc (GS.N) Chief Executive Lloyd Blankfein will visit "
        "China as part of a business delegation in November at the same time as U.S. President "
        "Donald Trump, a Goldman spokesman confirmed.",
        [("Goldman Sachs Group Inc (GS.N) Chief Executive Lloyd Blankfein will visit China as "
          "part of a business delegation in November at the same time as U.S. President Donald "
          "Trump", "indirect", "confirmed", "a Goldman spokesman", "indirect.clause-then-cue")],
    ),
    Case(  # isot-reuters-536 ("in an emailed statement on Sunday" is no clause)
        "Representative John Conyers is stepping down as senior Democrat on the House of "
        "Representatives Judiciary Committee, while lawmakers investigate allegations of sexual "
        "harassment against him, Conyers said in an emailed statement on Sunday.",
        [("Representative John Conyers is stepping down as senior Democrat on the House of "
          "Representatives Judiciary Committee, while lawmakers investigate allegations of "
          "sexual harassment against him", "indirect", "said", "Conyers",
          "indirect.clause-then-cue")],
    ),
    Case(  # reuters21578-02822 ("about" and a number opens a clause)
        "    It said about 300 employees will be relocated to Dallas,\nadding these will be "
        "primarily in management, administrative\nand staff functions.",
        [("about 300 employees will be relocated to Dallas", "indirect", "said", None,
          "indirect.said"),
         ("these will be primarily in management, administrative\nand staff functions",
          "indirect", "adding", None, "indirect.said")],
    ),
    Case(  # aeb-usatoday-140: a clause ends where another speaker's statement begins
        "Although representatives of Epstein's family suggested the disgraced financier may "
        "have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other "
        "than suicide.",
        [("the disgraced financier may have been murdered", "indirect", "suggested",
          "representatives of Epstein's family", "indirect.said"),
         ("no evidence supports anything other than suicide", "indirect", "told",
          "Hawk Sawyer", "indirect.told-that")],
    ),
    Case(  # aeb-thespacereview-134 (a sentence of it): an adjunct that opens with a
        # preposition, then the tag: the clause said is after it ("rates" is no verb)
        "At current rates, Bridenstine said, there will be three SLS rockets produced by 2024.",
        [("there will be three SLS rockets produced by 2024", "indirect", "said",
          "Bridenstine", "indirect.parenthetical")],
    ),
    Case(  # bbc-tech-023 (a sentence of it)
        "In some locations, he said, permission to dig up roads and lay cables was impossible "
        "to get.",
        [("permission to dig up roads and lay cables was impossible to get", "indirect", "said",
          "he", "indirect.parenthetical")],
    ),
    Case(  # constructed: whom it warns, then a clause with its verb ("to cut jobs" is part
        # of its subject)
        "Mr Smith warned the move to cut jobs would hurt the economy.",
        [("the move to cut jobs would hurt the economy", "indirect", "warned", "Mr Smith",
          "indirect.said")],
    ),
]  # fmt: skip

NEGATIVE = [
    # bbc-tech-355: a term after "so-called" is no one's words
    'California has so-called "shield" laws which protect journalists from prosecution if what '
    "they are writing about can be shown to be in the public interest.",
    # aeb-dealbreaker-054: "It's worth noting" is the writer's own aside
    "It's worth noting that it's not uncommon for artists to give up the rights to their "
    "original recordings.",
    # bbc-sport-034: "Having said that" reports nothing
    "Having said that, I'm always pleased when drugs cheats are caught because it shows the "
    "sport is standing up to it and not turning a blind eye anymore.",
    # bbc-entertainment-110 (its first sentence): a nickname in quotes is no partial quote
    'Rap mogul Marion "Suge" Knight has been arrested for violating his parole after he was '
    "allegedly found with marijuana.",
    # bbc-politics-315 (its first sentence): "reported to have" reports no speech
    'The head of the "failing" Child Support Agency widely reported to have resigned three '
    "months ago is still at the helm of the troubled organisation.",
    # seed-000: a title of a work in quotes, no speaker
    'L\u00f3pez Obrador was asked about those demands by "60 Minutes" correspondent Sharyn '
    "Alfonsi this week.",
    # isot-reuters-067: a title in quotes, then a cue with a clause of its own
    "At the Abrams campaign headquarters, a poster titled \u201cHow We Win\u201d points out "
    "that Democrats in Georgia have lost recent elections by some 200,000 votes.",
    # a passive and a refusal are not statements
    "The deal is said to be worth $2 billion.",
    "A spokesman declined to comment on the report.",
    # apostrophes are not quote marks
    "The voters' mood in the '90s didn't change Abbott's plans.",
    # cue words used as nouns or with a plain object
    "The mayor's claims, in some cases, don't stand up to inspection.",
    "This fall, Nova Scotia added the drug group to its prescription monitoring program.",
    "Brent crude, used to price international oils, added 30 cents to settle at $64.",
    # bbc-politics-010 (cut before "insist"'s clause): "the final say" is a noun
    "Ministers will still have the final say on whether a super-casino will be built in Scotland.",
    # isot-reuters-139 (cut before "telling"): one word is no clause
    "Representative Pramila Jayapal, a Democrat from Washington state, echoed that sentiment.",
    # bbc-business-047 (cut): "reported" with an object, then a clause of the sentence
    "However, when it reported the results, the airline was upbeat about prospects for 2005.",
    # bbc-entertainment-131: "warned against" opens no clause
    "But Kapranos warned against musicians being too closely linked with MPs, at the "
    "University of Edinburgh event.",
    # isot-reuters-307: "has" belongs to the next clause, not to "denied meddling"
    "Russia has denied meddling in the election and Trump has denied any collusion.",
    # isot-reuters-552: "states" after a number is the noun, no cue
    "Total sign-ups for Obamacare individual insurance in the 39 states that use "
    "HealthCare.gov reached 2.28 million during the first three weeks of enrollment.",
    # isot-reuters-945: "something Moscow denies" is an aside on the clause, no attribution
    "Federal investigators probing alleged Russian interference in the election, something "
    "Moscow denies, charged Manafort and Rick Gates with money laundering on Monday.",
    # isot-reuters-102 (a sentence of it): nor "something that X denies"
    "A U.S. Justice Department investigation is looking into whether Trump campaign aides "
    "colluded with Russia, something that Moscow and Trump both deny.",
    # isot-reuters-623, isot-reuters-793: "reiterated" with a plain object ("concerns",
    # "programs" end in -s, as verbs do)
    "The panel\u2019s top Democrat, Senator Ben Cardin, reiterated his concerns on Wednesday.",
    "Trump has reiterated his tough rhetoric against North Korea over its nuclear and missile "
    "programs since starting a 12-day trip to Asia on Sunday.",
    # bbc-business-294, bbc-entertainment-144: a cue's plain object, then a participle
    # whose words hold the verbs ("hopes", "fell"): no clause said
    "Mr Kerry conceded defeat on Wednesday, abandoning last-ditch hopes of carrying the vote "
    "in the swing state of Ohio.",
    "In the album charts, Athlete's latest offering Tourist claimed the top spot, toppling "
    "the Chemical Brother's Push The Button Down, which fell to number six.",
    # bbc-business-234, bbc-politics-216: "it" as an object, then its complement
    "While it has more than 15 million customers in Japan, Vodafone has found it difficult "
    "to satisfy Japan's technologically demanding mobile users.",
    "But Mr Clarke has been forced to change the regime of detention without trial after "
    "Law Lords ruled it illegal.",
    # isot-reuters-828, bbc-sport-180: "claimed" and "conceded" with what is won or lost
    "NEW YORK (Reuters) - Islamic State has claimed responsibility for a truck attack this "
    "week that killed eight people in the deadliest assault on New York City since Sept. 11.",
    "The Londoners have conceded six goals in their two subsequent League outings - three "
    "each in losing away to Hartlepool and drawing at home to Sheffield Wednesday.",
    # isot-reuters-624, bbc-tech-345: an object with a relative clause of its own
    # ("language | that would enable"), no clause said
    "In the new version of the Senate bill, the finance committee also added language that "
    "would enable startup employees to defer for five years their stock options tax bill.",
    "Film studio Lions Gate entertainment has announced an initial list of 12 movies that "
    "will be on the UMD format used by the handheld.",
    # bbc-politics-099, bbc-tech-007, isot-reuters-409, reuters21578-20981,
    # isot-reuters-866 (a sentence of each): whom a cue warns and of what, no clause
    "With the election widely predicted for May, angry Labour MPs this week warned Mr Blair "
    "and Mr Brown about the dangers of disunity.",
    "Microsoft has warned PC users to update their systems with the latest security fixes "
    "for flaws in Windows programs.",
    "Outgoing President Barack Obama had warned Trump not to hire Flynn, who had been fired "
    "by the Democratic president in 2014.",
    "    President Reagan and Defense Secretary Caspar Weinberger\nwarned Iran of even "
    "stronger countermeasures if the military\nescalation between the two countries "
    "continued in the volatile\nwaterway.\n",
    "She sharply warned lawyers for the duo about speaking about their case outside of court.",
    # bbc-politics-284: "claims about" opens no clause
    "Charles Kennedy is far too canny to make any grand claims about how his party may fare "
    "at the general election.",
]


@pytest.mark.parametrize("case", REAL, ids=lambda c: c.text[:40])
def test_real_sentences(case: Case) -> None:
    assert statements(case.text) == case.expected


#: Sentences and the texts of their statements of one kind, in order.
TEXTS_OF_KIND = [
    pytest.param(
        # bbc-business-142 (a sentence of it): an aside after a comma is the subject's;
        # its verb comes after it
        "The dollar's latest slide began after a South Korean parliamentary report "
        "suggested the country, which has about $200bn in foreign reserves, had plans to "
        "boost holdings of currencies such as the Australian and Canadian dollar.",
        "indirect",
        [
            "the country, which has about $200bn in foreign reserves, had plans to boost "
            "holdings of currencies such as the Australian and Canadian dollar"
        ],
        id="relative-aside-of-subject",
    ),
    pytest.param(
        # isot-reuters-615 (a sentence of it): a plural noun before an aside in -ing is
        # the subject, no verb; the aside's verb ("are") is the subject's
        "While Washington has said that all options, including military, are on the table "
        "in dealing with North Korea, it has stressed its preference is for a diplomatic "
        "solution.",
        "indirect",
        [
            "all options, including military, are on the table in dealing with North Korea",
            "its preference is for a diplomatic solution",
        ],
        id="plural-subject-then-aside",
    ),
    pytest.param(
        # bbc-business-189 (a sentence of it): a tag after the clause said, an adjunct,
        # then a comma: the clause is before the tag, not after it
        "Sales are expected to fall in 2005, Fiat said this week, as it exits unprofitable "
        "areas such as the rental car market.",
        "indirect",
        ["Sales are expected to fall in 2005"],
        id="tag-then-adjunct",
    ),
    pytest.param(
        # isot-reuters-297 (a sentence of it)
        "President Donald Trump\u2019s administration has so far brought on 50 new "
        "immigration judges, Sessions said, in an effort to pare back a backlog of more than "
        "600,000 cases.",
        "indirect",
        [
            "President Donald Trump\u2019s administration has so far brought on 50 new "
            "immigration judges"
        ],
        id="tag-then-comma-adjunct",
    ),
    pytest.param(
        # isot-reuters-440 (its first sentence): the dateline's commas are no aside of
        # the clause's subject
        "AUSTIN, Texas (Reuters) - U.S. Republican Representative Joe Barton of Texas will "
        "not seek re-election, his office said in a statement on Thursday, in a decision he "
        "made after a nude picture of him appeared on the internet earlier this month.",
        "indirect",
        ["U.S. Republican Representative Joe Barton of Texas will not seek re-election"],
        id="tag-after-dateline",
    ),
    pytest.param(
        # isot-reuters-182 (a sentence of it): a cue in -s after a number is a noun
        "The congressional office that handles employment disputes  also said it had paid "
        "settlements on two claims involving sex discrimination allegations and one sexual "
        "harassment accusation since 2013.",
        "indirect",
        [
            "it had paid settlements on two claims involving sex discrimination allegations "
            "and one sexual harassment accusation since 2013"
        ],
        id="number-then-claims",
    ),
    pytest.param(
        # reuters21578-10622 (a sentence of it, its line breaks as spaces): an aside in
        # -ing after the clause's subject, then the subject's verb: no tag that ends it
        "He said many people, including foreign businessmen, had raised objections to the "
        'plan to abolish the certificates, and added: "It is rather complicated."',
        "indirect",
        [
            "many people, including foreign businessmen, had raised objections to the plan to "
            "abolish the certificates"
        ],
        id="aside-in-ing-after-subject",
    ),
    pytest.param(
        # isot-reuters-216 (a sentence of it): "managing director" ends in -ing too
        "Citing a confidential informant, the top Democrat on the House of "
        "Representatives\u2019 Oversight and Government Reform Committee last week said Flynn "
        "and Alex Copson, managing director of ACU Strategic Partners, communicated during "
        "President Donald Trump\u2019s inaugural address about the project.",
        "indirect",
        [
            "Flynn and Alex Copson, managing director of ACU Strategic Partners, communicated "
            "during President Donald Trump\u2019s inaugural address about the project"
        ],
        id="aside-managing-director",
    ),
    pytest.param(
        # bbc-entertainment-149 (a sentence of it): an -ing tag after a plain object
        # still ends the object; no clause is said before it
        "The 64-year-old has denied the killing, saying her death was accidental.",
        "indirect",
        ["her death was accidental"],
        id="ing-tag-after-object",
    ),
    pytest.param(
        # bbc-tech-193 (a sentence of it): told, by someone the subject finder misses (a
        # comma before "told"), is still a quote
        '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics '
        "Association, told the BBC News website.",
        "direct",
        ["Everything is going digital"],
        id="told-after-comma",
    ),
    pytest.param(
        # huff-post_2016-09-27_latinos-share-their-most-honest- (PolNeAR dev, one reader's
        # words): an opener, then two closers, is a quote nested in the same marks
        "\u201cAs a young, Hispanic woman....I\u2019d rather live in what he calls "
        "\u201chell\u201d than live in a world where he is president.\u201d \u2015 "
        "Adriana Rodarte",
        "direct",
        [
            "As a young, Hispanic woman....I\u2019d rather live in what he calls \u201chell"
            "\u201d than live in a world where he is president."
        ],
        id="nested-same-marks",
    ),
    pytest.param(
        # isot-reuters-828 (a tweet it quotes)
        "\u201cBased on that, the Military has hit ISIS \u201cmuch harder\u201d over the "
        "last two days. They will pay a big price for every attack on us!\u201d Trump "
        "tweeted.",
        "direct",
        [
            "Based on that, the Military has hit ISIS \u201cmuch harder\u201d over the last "
            "two days. They will pay a big price for every attack on us!"
        ],
        id="nested-same-marks-tweet",
    ),
    pytest.param(
        # an opener and one closer after it: the first quote lost its closing mark (and,
        # unattributed and unclosed mid-paragraph, is no statement)
        '"We will win. "We have the votes," she said.',
        "direct",
        ["We have the votes"],
        id="lost-closing-mark",
    ),
    pytest.param(
        # isot-reuters-976 (a sentence of it): 'said on NBC's "Meet the Press"' names a show
        "But Republican Senator Rob Portman said on NBC\u2019s \u201cMeet the Press\u201d "
        "that Trump had been \u201ctoo defensive\u201d about the Russia probe.",
        "partial",
        ["too defensive"],
        id="show-no-partial",
    ),
    pytest.param(
        # bbc-politics-100: a clause in an aside ends at the main verb, not "he does not
        # feel bitter, said: "I've lost ...""
        "Mr Mubanga, who insists he does not feel bitter, said: \"I've lost three years of my "
        'life, because I was a Muslim."',
        "indirect",
        ["he does not feel bitter"],
        id="aside-clause-ends",
    ),
    pytest.param(
        # ggt-english-eval 5c201b371e67d78e279e248a (a sentence of it): "said inside his
        # factory" is where he said it, no clause
        "\u201cI\u2019ve needed Tesla as a role model,\u201d Guenther Schuh, e.GO\u2019s founder "
        "and the mastermind behind Europe\u2019s best-selling electric van, said inside his "
        "factory built on the site a former television-tube plant in Aachen, near the French "
        "border.",
        "indirect",
        [],
        id="said-inside",
    ),
    pytest.param(
        # bbc-politics-353 (a sentence of its eighth paragraph, and of the two before):
        # 'it added "fizz" to his campaign' adds a thing; "added" is no cue of the quote
        "Former Downing Street media chief Alastair Campbell has described the episode as a "
        '"bit of a disaster" as it meant the launch of Labour\'s election manifesto received '
        "little coverage.\n\nFormer prime ministers too have come to grief at the hands of a "
        "persistent member of the public. John Major reaped the benefits of street "
        "campaigning during the 1992 election campaign with his famous soapbox.\n\nIt may "
        'have left him splattered with eggs and engine oil at times but he felt it added "fizz" '
        "to his campaign.",
        "partial",
        ["bit of a disaster"],
        id="added-to",
    ),
    pytest.param(
        # bbc-politics-388 (a sentence of it, cut after "care"): a speech verb inside a
        # relative clause on the quoted thing attributes nothing to its subject
        'They also want to set up a new "half-way house" where social workers tell people '
        "how much money is available for their care.",
        "partial",
        [],
        id="where-after-quote",
    ),
    pytest.param(
        # isot-reuters-600 (a sentence of it): "insisted upon" takes an object, no clause
        "Tweeden said Franken wrote a skit that included a kiss between the two and said he "
        "insisted upon rehearsing it, which she at first resisted.",
        "indirect",
        [
            "Franken wrote a skit that included a kiss between the two and said he insisted "
            "upon rehearsing it, which she at first resisted",
            "he insisted upon rehearsing it, which she at first resisted",
        ],
        id="insisted-upon",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), TEXTS_OF_KIND)
def test_texts_of_kind(text: str, kind: str, expected: list[str]) -> None:
    assert [t for t, k, *_ in statements(text) if k == kind] == expected


def test_according_to_reports_the_whole_clause() -> None:
    # isot-reuters-373 (a sentence of it): another speaker's statement inside the clause
    # of "according to X" is part of what X reports
    text = (
        "According to a person familiar with the matter, during a conversation between White "
        "House counsel Don McGahn and then-acting attorney general Sally Yates in January, "
        "Yates told McGahn that Flynn had told FBI agents the same thing he had told Pence."
    )
    found = [t for t, *_, rule in statements(text) if rule == "indirect.according-to"]
    assert found == [text[text.index("during") : -1]]


def test_a_title_after_the_work_it_names_is_no_quote() -> None:
    # isot-reuters-817 (five sentences of it): after her quotes, the title of her book
    text = (
        "\u201cI wanted her to win, but we were under pressure,\u201d Brazile said. \u201cFor "
        "those who are telling me to shut up ... you know what I tell them? Go to hell. "
        "I\u2019m going to tell my story.\u201d Her book, \u201cHacks: The Inside Story of the "
        "Break-ins and Breakdowns that put Donald Trump in the White House,\u201d is set for "
        "release on Tuesday by Hachette Books."
    )
    texts = [s.text for s in newsparse.parse(text).statements]
    assert texts and not any(t.startswith("Hacks") for t in texts), texts


@pytest.mark.parametrize("text", NEGATIVE, ids=lambda t: t[:40])
def test_not_statements(text: str) -> None:
    assert statements(text) == []


def test_a_later_clause_makes_no_object_a_clause() -> None:
    # bbc-tech-133 (a sentence of it): "was" belongs to the clause after "confirming",
    # not to "reiterated this position"
    text = (
        "A spokesperson reiterated this position on Wednesday, confirming only that Ms "
        "Simonetti was no longer with the company."
    )
    texts = [s.text for s in newsparse.parse(text).statements]
    assert not any(t.startswith("this position") for t in texts), texts


#: (text, the start of each reported clause, in order): where a clause after its cue
#: begins, past adjuncts and no further.
CLAUSE_STARTS = [
    pytest.param(
        # isot-reuters-440 (a sentence of it): "media" is who was told, then the clause
        "Barton, 68, has told media the nude photograph came when he was separated from his "
        "second wife, prior to a divorce, and was part of a consensual sexual relationship.",
        ["the nude photograph came"],
        id="told-media",
    ),
    pytest.param(
        # isot-reuters-373 (a sentence of it): a second object after "told" ("FBI agents
        # | the same thing") takes a relative clause, no reported one
        "According to a person familiar with the matter, during a conversation between White "
        "House counsel Don McGahn and then-acting attorney general Sally Yates in January, "
        "Yates told McGahn that Flynn had told FBI agents the same thing he had told Pence.",
        ["during a conversation", "Flynn had told FBI agents"],
        id="told-two-objects",
    ),
    pytest.param(
        # reuters21578-01443: the noun of an adjunct ("at a news conference") is no part
        # of the clause
        "    Treasury Minister Giovanni Goria said at a news conference\nthe new certificates "
        "will be heavily discounted and aimed at\nsmall investors rather than at institutions.",
        ["the new certificates"],
        id="adjunct-noun",
    ),
    pytest.param(
        # isot-reuters-928: ... a capitalised one neither
        "Trump said at the White House he wanted Congress to pass tax reform bills by the "
        "U.S. Thanksgiving holiday on Nov. 23.",
        ["he wanted Congress"],
        id="adjunct-name",
    ),
    pytest.param(
        # reuters21578-18554: an adjunct with a post-modifier, closed by a comma
        "    Senator Jake Garn, John Heinz and Richard Selby said at a\nhearing of the senate "
        "banking committee on export control, they\nwill offer the proposal as part of a "
        "major trade bill.",
        ["they\nwill offer"],
        id="adjunct-to-comma",
    ),
    pytest.param(
        # isot-reuters-557 (a sentence of it): a "that" further on opens the clause (here
        # a partial quote), not a subject inside a reduced relative ("a column | he
        # wrote"): a guard on the rule above
        "Senator Marco Rubio, a Republican from Florida, the state with the most Haitians, "
        "urged Trump to extend TPS, warning in a column he wrote for the Miami Herald that "
        "\u201cHaitians sent home will face dire conditions, including lack of housing.\u201d",
        [],
        id="adjunct-then-that",
    ),
    pytest.param(
        # bbc-business-136: "only" before a number opens the clause (and the speaker
        # stands before an aside set off by dashes)
        "A day earlier, Mr Yushchenko - keen to reassure potential investors - had said only "
        "30 to 40 top firms would be targeted.",
        ["only 30 to 40 top firms"],
        id="only-a-number",
    ),
    pytest.param(
        # bbc-tech-014: ... and before "when"
        "Hugo Lueders, European director for public policy at CompTIA, an umbrella "
        "organization for technology companies, said only when intellectual property was "
        "adequately protected would European inventors prosper.",
        ["only when intellectual property"],
        id="only-when",
    ),
    pytest.param(
        # bbc-politics-241: "this" opens the clause; it is no adjunct as in "this week"
        "Education will be protected from any cuts but Linda Knox says this will mean other "
        "services will suffer.",
        ["this will mean other services"],
        id="this-opens-the-clause",
    ),
    pytest.param(
        # bbc-business-344
        "Thursday's new low for the dollar came after data was released showing year-on-year "
        "sales of new homes in the US had fallen 12% in November - with some analysts saying "
        "this could indicate problems ahead for consumer activity.",
        ["this could indicate problems"],
        id="saying-this",
    ),
    pytest.param(
        # bbc-tech-193
        "A Sony representative told the BBC News website this was because Sony did not "
        'consider it to be part of their "consumer technology" offering.',
        ["this was because Sony"],
        id="told-x-this-was",
    ),
    pytest.param(
        # reuters21578-12603: an adjunct closed by a comma, then the clause
        "    He said in addition to beef, the U.S. will press for\neliminiation of import "
        "barriers on Japan's citrus and rice as\nwell.",
        ["the U.S. will press"],
        id="adjunct-and-comma",
    ),
    pytest.param(
        # reuters21578-13396
        "    Dealers said, however, the Japanese central bank bought\ndollar persistently "
        "throughout today and limited the dollar's\nfalls.",
        ["the Japanese central bank bought"],
        id="said-however",
    ),
    pytest.param(
        # isot-reuters-885: a date after "on" is one adjunct ("on Oct. 12")
        "WASHINGTON (Reuters) - When President Donald Trump announced on Oct. 12 he would stop "
        "subsidies to health insurers critical to the Obamacare law, the response from "
        "Democratic state officials was swift and predictable.",
        ["he would stop subsidies"],
        id="on-a-date",
    ),
    pytest.param(
        # reuters21578-03459: "in response to queries" is no clause; the one before speaks
        "    COLOGNE, March 11 - West German retail group Kaufhof AG\n<KFHG.F> is considering "
        "taking a stake in shipping and\ntransport group Hapag-Lloyd AG <HPLG.F> but has yet "
        "to reach a\nfinal decision, a spokesman said in response to queries.",
        ["West German retail group"],
        id="in-response-to-queries",
    ),
    pytest.param(
        # ggt 5c29e8a8795bd2ac48ec6e58: the same after a quote
        "“We do not comment on mergers and acquisitions,” Rogers spokesperson Andrea "
        "Goldstein said in an e-mailed statement on Sunday, in response to questions about the "
        "matter.",
        [],
        id="in-response-to-questions",
    ),
    pytest.param(
        # ggt 5c3533311e67d78e27d653f4: "adding" an object with a relative clause of its own
        "Along with adding two tournaments he had not played in the last four years — "
        "one of them, happily, was the winners-only field at Kapalua — Poulter hosted "
        "eight tournament guests for a round of golf at his home club in Florida.",
        [],
        id="adding-an-object",
    ),
    pytest.param(
        # bbc-politics-218: "said the pair had" names no speaker after the cue, so the
        # words before it are no clause of theirs (the quoted words are a partial quote)
        "The book, by Sunday Telegraph journalist Robert Peston and serialised in the "
        'newspaper, said the pair had "mutual animosity and contempt" for each other.',
        [],
        id="no-speaker-ends-in-had",
    ),
    pytest.param(
        # ggt 5c1452701e67d78e276ee126: a comparative leaves its verb out; "it is could"
        # is no clause
        "A claim the city's debt is higher than city reports say it is could support a total "
        "of $135 million in proposed cuts to the previous administration's projects.",
        [],
        id="comparative",
    ),
    pytest.param(
        # reuters21578-11460: an answer that leaves its verb out is still a clause
        "    WASHINGTON, March 31 - Treasury Secretary James Baker,\nasked whether he was "
        "concerned about yesterdays precipitous\ndecline in bond prices, said he was not.\n",
        ["whether he was concerned", "he was not"],
        id="elliptical-answer",
    ),
    pytest.param(
        # isot-reuters-798 (its first sentence): ", said" after the subject's own aside
        # ends nothing
        "According to the documents, George Papadopoulos, a Trump campaign adviser, said at a "
        "March 31, 2016, meeting of Trump foreign policy advisers \u201cthat he had "
        "connections that could help arrange a meeting between then-candidate Trump and "
        "President Putin.\u201d",
        ["George Papadopoulos, a Trump campaign adviser, said at a March 31, 2016, meeting"],
        id="said-after-the-subject-aside",
    ),
    pytest.param(
        # isot-reuters-339: "denied" an object, "and said" a clause of its own
        "Moore has denied the accusations and said he is the victim of a witch hunt.",
        ["he is the victim"],
        id="denied-and-said",
    ),
]


@pytest.mark.parametrize(("text", "starts"), CLAUSE_STARTS)
def test_clause_starts(text: str, starts: list[str]) -> None:
    clauses = [t for t, kind, *_ in statements(text) if kind == "indirect"]
    assert len(clauses) == len(starts), clauses
    for clause, start in zip(clauses, starts, strict=True):
        assert clause.startswith(start), clauses


# -- unbalanced quote marks -----------------------------------------------------------

BAD_MARKS = [
    'The "plan was announced on Monday.',  # an opening mark never closed
    'The plan" was announced on Monday.',  # a stray closing mark
    'He called it "a plan.',  # unclosed inside a sentence
]


@pytest.mark.parametrize("bad", BAD_MARKS)
@pytest.mark.parametrize("case", REAL, ids=lambda c: c.text[:30])
def test_one_bad_mark_costs_nothing_later(bad: str, case: Case) -> None:
    # the statements found stay the same; a "he" may look back at the paragraph before
    text = bad + "\n\n" + case.text
    shift = len(bad) + 2
    later = [s[:3] + s[4:] for s in statements(text) if text.find(s[0], shift) >= shift]
    assert later == [s[:3] + s[4:] for s in case.expected]


def test_bench_articles_keep_their_statements(shared: pathlib.Path) -> None:
    """A stray mark opening the first paragraph changes nothing after that paragraph."""
    lines = (shared / "corpus" / "bench.jsonl").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines[:400]:
        text = json.loads(line)["text"]
        view = TextView.of(text)
        body = view.body_paragraphs()
        if len(body) < 3:
            continue
        cut = body[0].start
        bad = text[:cut] + '"' + text[cut:]
        after = body[1].start
        want = {(s.text, s.span.start + 1) for s in newsparse.parse(text).statements
                if s.span.start >= after}  # fmt: skip
        got = {(s.text, s.span.start) for s in newsparse.parse(bad).statements
               if s.span.start >= after + 1}  # fmt: skip
        assert got == want, text[:80]
        checked += 1
    assert checked > 100


# -- the whole pipeline -----------------------------------------------------------------


class Spoken(NamedTuple):
    text: str
    expected: list[tuple[str, str | None]]  #: (the start of a statement, its speaker's name)


#: Speakers resolved through the real cast: pronouns read back from where a quote opens,
#: the speaker of the statement just before, descriptions and documents.
SPEAKERS = [
    Spoken(  # bbc-sport-201 (two sentences of it, the first cut after "stance"): the
        # subject of the main clause before ", adding:", not the words before the comma
        # ("Mutu agreed")
        'Chelsea have been criticised for their stance. And Mutu agreed, adding: "It is '
        'unfair. If they were going to sack me they should have done it afterwards."',
        [("It is unfair", "Mutu")],
    ),
    Spoken(  # bbc-entertainment-383 (its first paragraphs): nor the object ("French films")
        "British film director Sir Alan Parker has been made an officer in the Order of Arts "
        "and Letters, one of France's highest cultural honours.\n\nSir Alan received his "
        "decoration in Paris on Wednesday from French Culture Minister Renaud Donnedieu de "
        'Vabres. "You have explored the possibilities of film with an immense talent," Mr '
        "de Vabres said as he presented the award. Parker praised French films, saying: "
        '"Hollywood, which created modern cinema, uses it only as a commodity."',
        [("Hollywood, which created", "Alan Parker")],
    ),
    Spoken(  # isot-reuters-918 (three paragraphs of it): "the letter to Wild" is the
        # letter its writers just spoke in, and "It" after it is the letter again
        "\u201cWith United States\u2019 taxpayer dollars funding (part of the monograph "
        "program), it is this (Science) Committee\u2019s duty to ensure sound science and "
        "transparency within the agency,\u201d Lamar Smith and Andy Biggs wrote.\n\n"
        "Citing data from the U.S. National Institutes of Health (NIH), the letter to Wild "
        "said that since 1985, IARC has received more than $48 million from NIH. It added "
        "that Smith\u2019s Committee on Science, Space and Technology may soon hold a "
        "hearing to receive testimony from IARC on how it conducts its reviews.",
        [("since 1985", "Lamar Smith"), ("Smith\u2019s Committee", "Lamar Smith")],
    ),
    Spoken(  # bbc-sport-352 (a paragraph of it): the subject after a fronted clause and
        # its comma, not the name inside that clause
        "Keith Wood has backed Ireland.\n\n"
        "After claiming their first Triple Crown for 19 years last season, Wood tips his "
        'former team-mates to go one better. "Things have been building up over the past '
        'few years and I think this is the year for Ireland," he told BBC Sport.',
        [("Things have been", "Keith Wood")],
    ),
    Spoken(  # ggt-english-eval 5c3e038e1e67d78e27f2105a (three paragraphs of it): sentences
        # that open with the same "he" and name no other man carry the subject on, past
        # the man he shot
        "Jake Thomas Patterson was charged.\n\n"
        "Hearing a shotgun blast, Jayme said she knew her father was dead. Patterson told "
        "investigators he shot James Closs through the front door, then blew the lock "
        "apart with a second blast.\n\n"
        "He battered down the door to the bathroom, then pulled out a roll of black duct "
        "tape and demanded Denise Closs tape her daughter's mouth shut. When Denise "
        "struggled to do it, he took the tape from her and did it himself. He taped the "
        "girl's hands behind her back and taped her ankles together, pulled her out of the "
        "bathroom and then shot her mother in the head, the complaint said.\n\n"
        "The entire attack took four minutes, he said, according to the complaint.",
        [("The entire attack", "Jake Thomas Patterson")],
    ),
    Spoken(  # isot-reuters-148 (three paragraphs of it): sentences that open with the same
        # pronoun cost no reach ("At the same time, he is ...", "He expects ...")
        "Barry James, portfolio manager of the $3 billion James Balanced Golden Rainbow fund, "
        "is also moving into financial stocks such as Allstate and Capital One Financial "
        "Corp (COF.N) because he expects the Trump administration to continue to reduce "
        "regulations in the industry, a policy that it can continue if Republicans lose one "
        "or both houses of Congress.  At the same time, he is increasing his position in "
        "retail companies such as Best Buy Co Inc (BBY.N) and Target Corp (TGT.N) that get "
        "the majority of their revenues in the U.S. and are well-positioned to benefit from "
        "the Republican-led corporate tax cut likely to be passed soon.  He expects that "
        "Democrats will win at least at least one house of Congress in 2018, limiting the "
        "impact of Washington on the stock market until the presidential election in 2020.  "
        "\u201cIt\u2019s looking more and more like the tax plan will be the one legislative "
        "victory that Republicans will have,\u201d he said.",
        [("It\u2019s looking more and more", "Barry James")],
    ),
    Spoken(  # isot-reuters-146 (a sentence of it): unless a relative clause speaks for them
        "Reuters has been unable to verify the allegations against Blake Farenthold, who said "
        "on Thursday that the charges were false.",
        [("the charges were false", "Blake Farenthold")],
    ),
    Spoken(  # bbc-politics-288 (a sentence of it): an adverb between subject and cue
        'UK Independence Party chairman Damian Hockney meanwhile told the BBC: "I believe '
        "that Robert Kilroy-Silk can deliver better as a leader of a eurosceptic party than "
        'the current leadership of the UK Independence Party."',
        [("I believe that", "Damian Hockney")],
    ),
    Spoken(  # bbc-politics-175 (four sentences of it): "the chancellor" is not the shadow
        # chancellor named last
        "Gordon Brown has issued a rallying cry.\n\nTo a packed audience at Gateshead's "
        "Sage Centre, the chancellor said the cuts proposed by shadow chancellor Oliver "
        "Letwin were the equivalent of sacking every teacher, GP and nurse in the country, "
        "he told activists. Turning to the economy, the chancellor pledged to continue "
        "economic stability and growth in a third term in power.\n\nHe said after seven "
        'years Labour had transformed from a party not trusted with the economy to "the '
        'only party trusted with the economy".',
        [("Labour had transformed", "Gordon Brown")],
    ),
    Spoken(  # reuters21578-01611 (a sentence of it): the body whose report it is, not the
        # country the report is on
        "His comment echoed last October's Organisation for Economic Cooperation and "
        "Development report on Turkey, which said Ankara's case for more medium-term "
        "financing on better terms would look better if inflation were lower.",
        [("Ankara's case", "Organisation for Economic Cooperation and Development")],
    ),
    # A quote with no attribution after a sentence about a person, though no one is known
    # to have spoken before it: the person's
    Spoken(  # bbc-sport-474 (its first sentence and a paragraph)
        "Amelie Mauresmo and Maria Sharapova won their opening matches at the Tour "
        "Championships in Los Angeles.\n\n"
        "Mauresmo's win was her ninth in a row as she tries to overtake Lindsay Davenport for "
        "the number one spot. Mauresmo spent five weeks at number one after the US Open "
        'before injury ushered Davenport back in front. "Since then, I feel very confident '
        'on court and my game is there."',
        [("Since then", "Amelie Mauresmo")],
    ),
    Spoken(  # bbc-politics-270 (two paragraphs of it, a sentence before them)
        'Critics said the plan was unfair.\n\nMr Howard, however, was dismissive. "These '
        "things happen from time to time. There are disagreements between Robert Jackson and "
        'me.\n\n"The election is not going to be decided on what Robert Jackson did," he '
        "added.",
        [("These things", "Howard"), ("The election", "Howard")],
    ),
    # A phrase that opens the sentence, its comma missing, before the speaker's name
    Spoken(  # bbc-tech-100 (a sentence of it)
        "Speaking to the BBC News website Mr Molyneux said receiving the honour was "
        "something of a surprise.",
        [("receiving the honour", "Molyneux")],
    ),
    # "The report said": whoever the text said issued the report, in a statement's
    # speaker ("says a report from analysts Gartner", "according to research carried
    # out by security firm ...") or its sentence ("In a new report, the Electoral
    # Commission says", "the railway said in the report that")
    Spoken(  # bbc-tech-103 (its first two paragraphs)
        "Four times more mobiles with cameras in them will be sold in Europe by the end of "
        "2004 than last year, says a report from analysts Gartner.\n\nGlobally, the number "
        "sold will reach 159 million, an increase of 104%. The report predicts that nearly "
        "70% of all mobile phones sold will have a built-in camera by 2008.",
        [("nearly 70%", "Gartner")],
    ),
    Spoken(  # bbc-tech-235 (three sentences of it)
        "Much of this online shopping is likely to be done during work time, according to "
        "research carried out by security firm Saint Bernard Software. The research reveals "
        "that up to two working days will be lost by staff who do their shopping via their "
        "work computer. Worst offenders will be those in the 18-35 age bracket, suggests the "
        "research, who will spend up to five hours per week in December browsing and buying "
        "at online shops.",
        [("up to two working days", "Saint Bernard Software"), ("Worst", "Saint Bernard Software")],
    ),
    Spoken(  # bbc-politics-059 (three sentences of it)
        "Fears that big donors can buy political favours have sparked calls for a limit. In "
        "a new report, the Electoral Commission says it is worth debating a £10,000 cap for "
        "the future but now is not the right time to introduce it.\n\nThe rules have "
        "already been changed so the public can see who gives how much to the parties but "
        "the report says there are still public suspicions.",
        [("there are still public suspicions", "Electoral Commission")],
    ),
    Spoken(  # ggt-5c5e50711e67d78e27616b23 (six sentences of it): "A report by the railway
        # company" names no author the cast knows for sure (it would guess the board)
        "Three employees with Canadian Pacific Railway were killed.\n\nThe Transportation "
        "Safety Board has said handbrakes were not applied.\n\nA report by the railway "
        "company details how challenging it is to run trains in frigid temperatures.\n\n"
        "Trains are shortened when temperatures dip below -25 C to ensure pressure remains "
        "consistent throughout their entire length, the report said.\n\nThe Calgary-based "
        "railway said in the report that it also places locomotives at different points "
        "along a train in the winter.\n\nIn extreme cold, dryers are used to prevent "
        "moisture from getting into the brakes, said the winter railroading report.",
        [("Trains are shortened", None), ("In extreme cold", "Canadian Pacific Railway")],
    ),
    Spoken(  # reuters21578-06965 (its first paragraph): "the bureau" is the one body named
        # with that head
        "SWEDEN REVISES DOWN JANUARY'S INFLATION FIGURE\n\n    STOCKHOLM, March 19 - "
        "Sweden's rate of inflation during\nJanuary has been revised downwards after a fault "
        "was made in\ncalculating the figures, the Central Bureau of Statistics said.\n    The "
        "January rise in consumer prices was 1.0 pct instead of\nthe previously announced 1.3 "
        "pct, the bureau said, without\nexplaining how the error arose.",
        [("The January rise", "Central Bureau of Statistics")],
    ),
    Spoken(  # reuters21578-06593 (its first two sentences): the cast knows "the institute"
        "GERMAN RESEARCH INSTITUTE LOWERS GROWTH FORECAST\n\n    WEST BERLIN, March 18 - The "
        "DIW economic research institute\nsaid West German economic growth in 1987 is "
        "unlikely to reach\nthe 1.5 pct rate it had forecast earlier this year.\n    The "
        "institute, whose forecasts are more pessimistic than\nthose of the other four "
        "leading German institutes, said the\neconomy had passed its peak in the summer of "
        "1986.",
        [("the\neconomy had passed", "DIW")],
    ),
    Spoken(  # isot-reuters-223 (two sentences of it): a committee is a body of its own, not
        # the organisation that spoke last
        "The New York Fed declined to comment. In a video posted on its website last month, "
        "the search committee said they sought a range of attributes from team-building and "
        "sensitivity to local economic trends, to intellectual leadership and crisis "
        "management.",
        [("they sought", None)],
    ),
    Spoken(  # reuters21578-06202 (its first two sentences): the traders only read the report
        "Shares of Reynolds Metals Co rose\nsharply after Wall Street firm Furman Selz Mager "
        "Dietz and\nBirney issued a report focusing on the strong earnings\npotential from "
        "the company's Australian gold holding, traders\nfamiliar with the report said.\n"
        "    Traders said the report notes that earnings from Australian\ngold holdings "
        "could be worth about 35 cts to 55 cts a share\nthis year.",
        [("earnings from Australian", None)],
    ),
    Spoken(  # bbc-politics-363 (its first two paragraphs): the subject of a sentence that
        # a statement's text holds is what was said, not who ("Gordon Brown has failed")
        "Kennedy criticises 'unfair' taxes\n\nGordon Brown has failed to tackle the "
        '"fundamental unfairness" in the tax system in his ninth Budget, Charles Kennedy has '
        "said.\n\nHow was it right that the poorest 20% of society were still paying more "
        "as a proportion of their income than the richest 20%, the Lib Dem leader asked.",
        [("How was it right", "Charles Kennedy")],
    ),
    Spoken(  # isot-reuters-623 (two sentences of it): "the panel's top Democrat" is a
        # person's description, not the party, and the name after it is that person
        "The panel\u2019s top Democrat, Senator Ben Cardin, reiterated his concerns on "
        "Wednesday. \u201cOur national security is being jeopardized by the employment and "
        "career decisions being made at the State Department,\u201d he told reporters.",
        [("Our national security", "Ben Cardin")],  # ("reiterated his concerns": no clause)
    ),
    Spoken(  # isot-reuters-921 (its first sentence): unnamed, no one
        "WASHINGTON (Reuters) - The U.S. House Intelligence Committee will disclose on "
        "Wednesday a sample of Russian-linked content that ran on social media during the "
        "2016 presidential election, the panel\u2019s top Democrat said.",
        [("The U.S. House Intelligence", None)],
    ),
    Spoken(  # isot-reuters-186 (its first sentence): one member of the body, not the body
        "WASHINGTON (Reuters) - The top Democrat in the U.S. Senate said bipartisan "
        "negotiations to protect undocumented people who immigrated to the United States as "
        "children were making very good progress, and that he hoped a bill could clear "
        "Congress by year-end.",
        [("bipartisan negotiations", None)],
    ),
    Spoken(  # bbc-entertainment-196 (its first paragraphs): a surname in "-ing" that opens
        # a sentence before an adverb and a verb is its subject, no participle
        "The Office's Ricky Gervais is writing an episode of hit US cartoon The Simpsons, "
        "following an invitation from its creator Matt Groening.\n\nGervais has already "
        "begun writing the script but is keeping its subject matter a closely guarded "
        'secret. Groening recently heaped praise on The Office, saying: "Everybody on The '
        "Simpsons is a fan of The Office - it's one of the best shows on TV in the last "
        'decade."',
        [("Everybody on The Simpsons", "Matt Groening")],
    ),
    Spoken(  # bbc-business-432 (two sentences of its fourth paragraph): an inverted
        # description with "of" before a comma and a name is that person
        '"The decision to suspend flights between the UK and Saudi Arabia is a difficult one '
        'to make as we have enjoyed a long history of flying between the two countries," said '
        "BA director of commercial planning, Robert Boyle. \"However, the routes don't "
        "currently make a profitable contribution to our business and we are unable to "
        'sustain them while this remains the case."',
        [("The decision to suspend", "Robert Boyle"), ("However, the routes", "Robert Boyle")],
    ),
    Spoken(  # bbc-politics-020 (a sentence of it): the same after "the chairman of"
        '"It will be a tragedy if the government comes through with a half-hearted '
        'response," said the chairman of the Commons education select committee, Labour MP '
        "Barry Sheerman.",
        [("It will be a tragedy", "Barry Sheerman")],
    ),
    Spoken(  # bbc-business-014 (two sentences of it): a title after the comma is no name
        "The National Union of Journalists said it stood strongly behind the journalists and "
        'did not rule out a strike. "Managers have torn up agreed procedures and kicked staff '
        'in the teeth by sacking people to pay for printing facilities," said Jeremy Dear, '
        "NUJ General Secretary. NUJ official Barry Fitzpatrick said the company had ignored "
        "the 90-day consultation period required for companies planning more than 10 "
        "redundancies.",
        [("Managers have torn up", "Jeremy Dear")],
    ),
    Spoken(  # ggt-english-eval 5c529d681e67d78e273c4cb9 (two paragraphs of it): nor a state
        "Senators had approved a border security package and saw no reason to spend more. "
        "Plus, Democrats had just won the House, strengthening their hand. By the time the "
        "White House thought about flipping Democrats, it was too late.\n\n"
        "\u201cIt\u2019s old the minds and hearts thing,\u201d said Sen. Richard Blumenthal, "
        "D-Conn. Schumer, he said, \u201cknows the minds and hearts of his colleagues.\u201d",
        [("It\u2019s old the minds", "Richard Blumenthal")],
    ),
    Spoken(  # bbc-sport-306 (an inverted speaker ends with its sentence)
        '"Serge has a good case so we are confident he will play," said France coach Bernard '
        "Laporte. The inexperienced Nicolas Mas, Jimmy Marlu and Jean-Philippe Grandclaude are "
        "also included in a 22-man squad.",
        [("Serge has a good case", "Bernard Laporte")],
    ),
    Spoken(  # bbc-business-163 ("he" is who spoke in the sentence before)
        "But Ian Shepherdson, chief US economist at High Frequency Economics, said the PPI "
        'report was "much less alarming" than at first glance. One-time increases in alcohol '
        'and tobacco prices, which "are no indication of broad PPI pressure", were responsible '
        "for the increase, he said.",
        [("the PPI report", "Ian Shepherdson"), ("One-time increases", "Ian Shepherdson")],
    ),
    Spoken(  # ggt-english-eval 5c4962f31e67d78e271f9498 (a sentence of its fourteenth
        # paragraph and one of its twenty-first): "the school's defenders" are no one person
        # but a group (group_nouns.txt), as the gold has it
        "Sarah Buckley, who attended an all-girls Catholic school across the street, played "
        "in the band at athletic events and graduated in 2013, said Covington Catholic has "
        "\u201ca culture of entitlement, of machismo, of masculinity.\u201d\n\nBut the "
        "school\u2019s defenders said there was nothing racial going on.",
        [("there was nothing racial", "defenders")],
    ),
    Spoken(  # ggt-english-eval 5c2059ec1e67d78e279ea86c (its 24th to 27th paragraphs):
        # "Unlike Al Mnajer, he" is someone else, and so is the "he" two sentences on
        "They came to Canada on Jan. 27, 2016, from Jordan, where Al Turkmani was with his "
        "sister when war broke out and his hometown of Homs became a devastated war zone.\n\n"
        "Unlike Al Mnajer, he's been unable to find work, and income assistance is sustaining "
        "the family. He's still trying to reach his Level 4 in English, though expects it is "
        'achievable next year.\n\n"When you have a family and children to look after, my '
        'study comes afterwards," he said, speaking through a translator.',
        [("When you have a family", "Al Turkmani")],
    ),
    Spoken(  # ggt-english-eval 5c2a3d191e67d78e27b8ac72 (its second to fourth paragraphs):
        # a statement a concessive clause grants is not who "he" is
        "University spokesman John Shibley said the school received about 3,000 votes "
        "through its website and Facebook pages. Although Trump has repeatedly tweeted that "
        'there was "no collusion" and "collusion" was among the top-three vote-getters -- '
        'along with "wheelhouse and "in the books" -- its inclusion should not be '
        "interpreted as a political statement by the list-makers. Rather, voters apparently "
        "were just irritated by hearing and reading the word so often in the past year, he "
        'said.\n\n"I can usually read a political nomination when I see it," he said.',
        [
            ("there was", "Trump"),
            ("Rather, voters", "John Shibley"),
            ("I can usually", "John Shibley"),
        ],
    ),
    Spoken(  # isot-reuters-551 (a sentence of it): "who" after a description in
        # apposition to a name is that person
        "It also contrasted with comments from his daughter Ivanka Trump, a White House "
        "adviser who told the Associated Press there was a \u201cspecial place in hell for "
        "people who prey on children.\u201d",
        [("there was a", "Ivanka Trump")],
    ),
    Spoken(  # ggt-english-eval 5c28eba91e67d78e27b54bca (its first two paragraphs and a
        # sentence of its fourteenth)
        "INGLEWOOD, Calif. -- Amanda Nunes pulled off one of the most surprising wins in "
        "mixed martial arts history when she left the world's most feared female fighter "
        "face-down on the canvas.\n\nJon Jones merely did exactly what everyone expects him "
        "to do whenever he manages to get out of his own way.\n\nA capacity crowd of 15,862 "
        "in Southern California watched another groundbreaking achievement by Nunes, the "
        'ferocious brawler who calls herself "The Lioness."',
        [("The Lioness", "Amanda Nunes")],
    ),
    Spoken(  # bbc-tech-148 (two sentences of it): "Prof", a title without its period
        "The key to such a lawsuit would be convincing a court that a single brand like "
        "iTunes is a market in itself separate from the rest of the online music market, "
        "according to Ernest Gellhorn, an anti-trust law professor at George Mason "
        'University. "As a practical matter, the lower courts have been highly sceptical of '
        'such claims," Prof Gellhorn said.',
        [("As a practical matter", "Ernest Gellhorn")],
    ),
    Spoken(  # bbc-entertainment-012 (its first three paragraphs): a work's title with a
        # colon inside a relative aside, and a modifier that joins a name to a participle
        "Neeson in bid to revive theatre\n\nHollywood film star Liam Neeson has held a dinner "
        "party in New York to promote Belfast's Lyric Theatre.\n\nThe Ballymena-born actor "
        'said that the theatre on Ridgeway Street was in a "very dilapidated condition". '
        "Lyric chairman David Johnston has said that rebuilding the theatre, at a cost of "
        "\u00a38m is the only answer. Mr Neeson said that the idea was to get a bunch of "
        '"healthy, wealthy Irish Americans" in one room and ask them to help with '
        "fundraising.\n\nThe Oscar-nominated actor, whose films include Schindler's List, "
        'Michael Collins and Star Wars: The Phantom Menace, said: "The Lyric is too important '
        "to the cultural and social life of Northern Ireland for this building to crumble "
        'and fall apart."',
        [("the theatre on Ridgeway", "Liam Neeson"), ("The Lyric is", "Liam Neeson")],
    ),
    Spoken(  # isot-reuters-233 (sentences of it): a lone name with an age or a role set
        # off by commas is a person, whom "he" stands for, not Trump named in between
        "Each twist in U.S. refugee policy has left Alireza, a gay Iranian refugee living in "
        "Turkey, confused, desperate for information, and less hopeful he will ever make it "
        "to the United States. Alireza, 34, had already been interviewed by U.S. officials and "
        "was on track for resettlement when Trump issued his first refugee ban in January. "
        "Alireza questions the national security logic of the new review. He and his "
        "boyfriend of 13 years fled to Turkey in 2014 after facing harassment, beatings and "
        "extortion in Iran. In Turkey, he said, they scrape by with unstable part-time work. "
        "\u201cWe ourselves have been hurt by the Islamist system in Iran,\u201d he said in a "
        "recent telephone interview from Eskisehir, in northwestern Turkey.",
        [("We ourselves", "Alireza")],
    ),
    Spoken(  # reuters21578-18554 (a sentence of it): joint speakers, three named
        "    Senator Jake Garn, John Heinz and Richard Selby said at a\nhearing of the senate "
        "banking committee on export control, they\nwill offer the proposal as part of a "
        "major trade bill.",
        [("they\nwill offer", "Jake Garn")],
    ),
    Spoken(  # isot-reuters-686 (a sentence of it)
        "Robert Kelner, Stephen Anthony and Brian Smith said that out of respect for the "
        "various investigations into alleged Russian meddling in the 2016 U.S. election and "
        "possible collusion with the Trump campaign, they had avoided responding to \u201cevery "
        "rumor or allegation raised in the media.\u201d",
        [("out of respect", "Robert Kelner")],
    ),
    Spoken(  # bbc-entertainment-262 (two paragraphs of it): a quote paragraph after
        # another speaker's reported words is theirs, not the quote's before them
        "Drummer Larry Mullen Jr echoed those sentiments: \"We're very competitive - we want "
        "to be on the radio, have big singles. We don't want to be thought of as a veteran "
        'band." The band have done "everything in their considerable powers" to ensure they '
        "remain the biggest band in the world, according to Q magazine editor Paul Rees.\n\n"
        '"This makes them hugely determined and formidable."',
        [("This makes them", "Paul Rees")],
    ),
    Spoken(  # isot-reuters-982 (a sentence of it): a body "under" a person is the body
        "But last year, the FCC under Democratic President Barack Obama said those rules were "
        "outdated after the 2009 conversion to digital broadcasting, which eliminated the "
        "differences in station signal strength.",
        [("those rules were outdated", "FCC")],
    ),
    Spoken(  # constructed from isot-reuters-102 (whose "..., something that Moscow and
        # Trump both deny." is an aside, no statement): joint speakers with "both" after
        # them are the first named, a country too
        "Moscow and Trump both deny that Trump campaign aides colluded with Russia.",
        [("Trump campaign aides colluded", "Moscow")],
    ),
    Spoken(  # reuters21578-04726 ("he" after a quote of many lines: read from its opening)
        "Wallison told the newspaper that Poindexter, who resigned\nfrom his NSC post last "
        "November 25, refused to give him\ninformation about the deal, despite pleas by former "
        'White House\nChief of Staff Donald Regan.\n    "Regan told me on several occasions '
        "that he had been unable\nto move Poindexter to include me in any of the discussions or"
        '\nto provide me with ... The facts," he said.',
        [("Regan told me", "Wallison")],
    ),
    Spoken(  # reuters21578-13662 ("she" right after her quote, though "Chris" says "he")
        '"I don\'t see any problems with the Blue Chips easing higher\ntoday," Chris Callies of '
        "Dean Witter said. But she said the\nmarket may have some short term trouble in this "
        "2400 area.",
        [("I don't see", "Chris Callies"), ("the\nmarket may have", "Chris Callies")],
    ),
    Spoken(  # isot-reuters-284 (an appositive after "that": the name before it speaks)
        "Quoting a confidential informant, Representative Elijah Cummings, the top Democrat on "
        "the House Oversight and Government Reform Committee, wrote that Alex Copson, the "
        "managing partner of ACU Strategic Partners, told the informant that Flynn would see "
        "that the sanctions on Moscow were \u201cripped up.\u201d",
        [("Flynn would see", "Alex Copson")],
    ),
    Spoken(  # bbc-business-292 (a document speaks for whoever issued it)
        "According to Labor Department figures, 157,000 new jobs were added last month.",
        [("157,000 new jobs", "Labor Department")],
    ),
    Spoken(  # reuters21578-15787 (a public body's name holds "and"; its acronym is an alias)
        "NEW YORK, April 9 - The Securities and Exchange Commission\nsaid it will hold a "
        "public hearing against Martin Saposnick,\nwho was a co-underwriter of a 1983 public "
        "offering of North\nAtlantic Airlines Inc.\n    The SEC claims that Saposnick, "
        "chairman of Marsan\nSecurities Co Inc, sold shares.",
        [
            ("it will hold", "Securities and Exchange Commission"),
            ("Saposnick, chairman", "Securities and Exchange Commission"),
        ],
    ),
    Spoken(  # reuters21578-17426 (a relative aside: the official speaks)
        "Egypt is also asking the company to expedite shipment of the\ncargo, a senior Food "
        "Ministry official said.\n    The official, who declined to be named, said the "
        "company\nunder a deal agreed to ship 100,000 tonnes of wheat by April 7.",
        [("the company\nunder a deal", "senior Food Ministry official")],
    ),
    Spoken(  # reuters21578-13045 (a bare group after a name is no appositive: it speaks)
        "LONDON, April 3 - The U.K. government hopes for a\nbreakthrough on the deadlock with "
        "Japan over trade policies\nduring next week's visit to Tokyo by Corporate Affairs "
        "Minister\nMichael Howard, political sources said.",
        [("The U.K. government hopes", "political sources")],
    ),
    Spoken(  # reuters21578-08550 ("it" after its clause: not the company named in it)
        "CHICAGO, March 23 - Inland Steel Industries said it has\nformed a joint venture with "
        "Japan's Nippon Steel Corp to build\nand operate a cold-rolled steel products plant "
        "costing more\nthan 400 mln dlrs.\n    The joint venture, I/N Tek, will be 60 pct "
        "owned by Inland\nand 40 pct owned by Nippon, it said.",
        [("The joint venture, I/N Tek", "Inland Steel Industries")],
    ),
    Spoken(  # isot-reuters-106 (the dateline's city is no subject of the sentence)
        "WASHINGTON (Reuters) - President Donald Trump unveiled a new national security "
        "strategy on Monday, calling for Pakistan to take decisive action against terrorism "
        "and saying Washington had to deal with the challenge posed by North Korea\u2019s "
        "weapons programs.",
        [("Washington had to deal", "Donald Trump")],
    ),
    Spoken(  # reuters21578-03534 (a dated dateline before a coordinated cue)
        "WASHINGTON, March 11 - The U.S. is urging reluctant\ncommercial banks to consider "
        "the proposal and believes the innovation is fully consistent with its debt strategy.",
        [("the innovation is fully consistent", "U.S.")],
    ),
    Spoken(  # reuters21578-11714 (a name with an appositive after the dateline speaks)
        "NEW YORK, March 31 - Avon Products Inc, the diversifed\nconglomerate that had a "
        "strong turn around in 1986, said it\nexpects sales and earnings to climb higher this "
        "year.",
        [("it\nexpects sales", "Avon Products Inc")],
    ),
    Spoken(  # reuters21578-04271 (a dateline in title case is no speaker either)
        "London, March 12 - Norsk Hydro is issuing a 100 mln dlr\nbond due April 9, 1997 "
        "carrying a coupon of 8-1/4 pct and\npriced at 101-5/8, said Swiss Bank Corp "
        "International as lead\nmanager.",
        [("Norsk Hydro is issuing", "Swiss Bank Corp International")],
    ),
    Spoken(  # isot-reuters-691 (after "!", a cue with a clause of its own opens a sentence)
        "\u201cHow can you blame China for taking advantage of people that had no clue? I "
        "would\u2019ve done same!\u201d A U.S. industry source said the implication of Trump "
        "blaming his predecessors for the trade deficit is that Trump won\u2019t take action.",
        [("How can you blame China", None), ("the implication of Trump", "U.S. industry source")],
    ),
    Spoken(  # constructed: an indefinite description, then the name in apposition speaks
        "One red-state Democrat, Montana Sen. Jon Tester, said Sunday that the wall would "
        "not be paid for by Mexico.",
        [("the wall would not be paid", "Jon Tester")],
    ),
    Spoken(  # constructed: "Del." (a delegate to the House) is a title
        '"This is a waste of time," said Del. Eleanor Holmes Norton.',
        [("This is a waste of time", "Eleanor Holmes Norton")],
    ),
    Spoken(  # constructed: nine words after "said", a place at their end
        '"This is a waste of time," said Rep. Eleanor Holmes Norton of the District of Columbia.',
        [("This is a waste of time", "Eleanor Holmes Norton")],
    ),
    Spoken(  # bbc-politics-054 ("the Labour party" names its party, not the one before)
        "The Liberal Democrats are promising to raise the stamp duty threshold if they win the "
        "general election, in a bid to court first-time house buyers.\n\nVince Cable, the "
        "party's Treasury spokesman, said raising the threshold to \u00a3150,000 would prevent "
        "over 400,000 home-buyers from paying the tax. He said first-time buyers were being "
        '"squeezed out" of the housing market. The Labour party said the Liberal Democrats '
        "needed to explain how they would pay for the plan.",
        [("the Liberal Democrats needed", "Labour")],
    ),
    Spoken(  # bbc-business-312 ("the Reuters news agency" is Reuters)
        "Parmalat has not identified which banks it has gone after this time. The firm also "
        "said it is preparing further law suits.\n\nAccording to the Reuters news agency, 35 "
        "of the companies sued on Thursday are Italian while the remaining 10 are "
        "international.",
        [("35 of the companies", "Reuters")],
    ),
    Spoken(  # bbc-entertainment-222 (a clause opened by "When" holds no subject)
        'When Carson died, President Bush led the public tributes, saying the presenter "had a '
        'profound influence on American life and entertainment".',
        [("the presenter", "Bush")],
    ),
    Spoken(  # isot-reuters-030 (nor one opened by "When asked")
        "On Thursday, Senate Democratic Leader Chuck Schumer complained that throughout 2017 "
        "Republicans \u201chave been hell-bent on pursuing a partisan agenda.\u201d When asked "
        "by a reporter of possible bipartisan successes in 2018, Schumer pointed to the need "
        "for infrastructure improvements but said that Trump has been \u201call over the "
        "lot\u201d on how to accomplish road, airport and other construction projects.",
        [("Trump has been", "Chuck Schumer")],
    ),
    Spoken(  # isot-reuters-519 ("touching her buttocks": her is the accuser's, not his)
        "WASHINGTON (Reuters) - U.S. Democratic Senator Al Franken returned to Congress on "
        "Monday to begin what he called a process of rebuilding trust shattered by allegations "
        "he had groped or inappropriately touched women, vowing \u201cthis will not happen "
        "again.\u201d \u201cI know that I am going to have to be much more conscious when in "
        "these circumstances, much more careful, much more sensitive and that this will not "
        "happen again going forward,\u201d he told reporters outside his office on Capitol "
        "Hill. Franken has been accused of sexual misconduct by Leann Tweeden, a radio "
        "broadcaster who in 2006 appeared with Franken in an entertainment tour for U.S. "
        "troops serving in war zones. Prior to winning his Senate seat, Franken was a "
        "well-known comedian, television writer and author. Another woman, Lindsay Menz, "
        "accused Franken of touching her buttocks when they were being photographed at the "
        "Minnesota State Fair in 2010.",
        [("this will not happen again", "Al Franken"), ("I know that I am going", "Al Franken")],
    ),
    Spoken(  # reuters21578-07899 (a state and a party before the name are no organisation)
        "    \"The Transportation Department's antitrust enforcement has\nbeen disastrous, "
        'permitting rampant merger mania," Ohio\nDemocrat Howard Metzenbaum said in a statement.',
        [("The Transportation Department's", "Howard Metzenbaum")],
    ),
    Spoken(  # constructed ("he" is no woman, though she was named in the sentence before)
        "Dane Carter took Kenna Stone to his cabin. Kenna told officers she could hear the "
        "sirens. He told investigators he had planned it for weeks.",
        [("she could hear", "Kenna Stone"), ("he had planned", "Dane Carter")],
    ),
    Spoken(  # bbc-business-293 (an inverted speaker of more than eight words)
        '"We will fight tooth and nail to stop him whatever his offer says. We do not want him '
        'or anybody else taking over United," said Mark Longden of the Independent Manchester '
        "United Supporters' Association.",
        [("We will fight tooth and nail", "Mark Longden")],
    ),
    Spoken(  # bbc-entertainment-257 (the same)
        '"The mayor is going to go down as the mayor who destroyed Jimi Hendrix\'s house," said '
        "Ray Rae Marshall of the James Marshall Hendrix Foundation.",
        [("The mayor is going", "Ray Rae Marshall")],
    ),
    Spoken(  # bbc-business-382 ("and" inside a title before a name joins no speakers)
        "Trade and Industry Secretary Patricia Hewitt said people would not be forced to work "
        "longer than they wanted, saying the default age was not a statutory, compulsory "
        "retirement age.\n\nUnder age discrimination proposals from the Department of Trade "
        "and Industry last year workers were to be allowed to work on till 70 if they wished.",
        [("people would not be forced", "Patricia Hewitt")],
    ),
    Spoken(  # bbc-entertainment-206, shortened ("she" is the wife: "Sharon" is a woman's name)
        "Rock star Ozzy Osbourne has said his family will not make any more episodes of "
        "reality TV show The Osbournes. His wife Sharon Osbourne, who also appears in the "
        "popular MTV show, agreed. \"Now everybody's doing reality shows. He's done it, "
        "he's been there, he's got to do something else,\" she said.",
        [("Now everybody's doing", "Sharon Osbourne")],
    ),
    Spoken(  # bbc-entertainment-323 ("she" is no Clive, however near he was named)
        "Imelda Staunton was nominated for best actress for her role in the abortion drama, "
        "while Leigh received nods for best director and original screenplay. And Clive Owen "
        "and Sophie Okonedo both got nominated for supporting roles in Closer and Hotel Rwanda "
        "respectively. It is also a debut nomination for Staunton, 49, who told BBC News 24 "
        'she had not thought the film would appeal to Academy voters. "It was an extraordinary '
        "time making the film and I can't believe what has happened this morning,\" she said.",
        [("It was an extraordinary time", "Imelda Staunton")],
    ),
    Spoken(  # isot-reuters-102 (who saw the cable did not write it)
        "An unclassified State Department cable, seen by Reuters, said: \u201cRussia tries to "
        "weaken the credibility of America\u2019s commitment to Europe.\u201d",
        [("Russia tries", None)],
    ),
    Spoken(  # bbc-business-247 (a company known by one word: "the firm" is Renault)
        "Strong sales outside western Europe helped Renault boost its profits by more than 40% "
        "in 2004 although the firm warned of lower margins this year.\n\nFrance's second "
        "largest carmaker enjoyed a healthy 43% rise in net profits to 2.4bn euros ($3.1bn; "
        "\u00a32.9bn) as sales rose 8% to 40.7bn euros. The firm said strong demand outside "
        "western Europe and the good performance of its Megane range lifted its results.",
        [("strong demand outside western Europe", "Renault")],
    ),
    Spoken(  # isot-reuters-126 (a possessive inside a company's name: "Moody's ... Service")
        "Moody\u2019s Investors Service said in a note Friday the FCC vote was \u201ccredit "
        "positive\u201d for internet service providers that could have faced rate regulation "
        "under the 2015 rules that would have treated them like public utilities.",
        [("the FCC vote", "Moody\u2019s Investors Service")],
    ),
    Spoken(  # bbc-business-260 (a leading phrase's place is no name the group stands beside)
        "In Sri Lanka, some economists have said that as much as 1% of annual growth may be lost.",
        [("as much as 1% of annual growth", "economists")],
    ),
    Spoken(  # reuters21578-06977 (the same, before a described speaker)
        "    In Tokyo, a Canon spokesman said that under the agreement\nCanon would sell "
        "facilities, components and technology worth\n1.5 billion yen to Goldstar in calendar "
        "1987 and 3.5 billion in\n1988, he said.",
        [("under the agreement", "Canon spokesman")],
    ),
    Spoken(  # reuters21578-04354 ("although" is no part of the group that speaks)
        "    A 100 mln dlr deal for Norsk Hydro was launched later in\nthe day and the issue was "
        "trading around its total two pct fees\nat close of grey market trade although dealers "
        "said the\nborrower's frequent appearance in the euromarkets could deter\ninvestors.",
        [("the\nborrower's frequent appearance", "dealers")],
    ),
    Spoken(  # bbc-sport-468 (an epithet by nationality: the person the story is about)
        "The world number one beat Gaston Gaudio 5-7 6-1 6-4, before Andre Agassi saw off "
        "Chilean Olympic gold medalist Nicolas Massu 6-1 7-6 (7-4).\n\nAgassi was delighted "
        'with victory over Massu in his first match for over two months. "I felt pretty good," '
        "said the American.",
        [("I felt pretty good", "Andre Agassi")],
    ),
    Spoken(  # breitbart_2016-09-30_the-latest-trump-urges-supporter (PolNeAR dev; four
        # paragraphs): "the businessman" is no woman, so not Clinton, who spoke last
        "Donald Trump says Hillary Clinton is lying about her support for an international "
        "trade deal.\n\nTrump said during a Friday evening rally in Michigan that Clinton once "
        "described the so-called Trans-Pacific Partnership as \u201cthe gold standard\u201d of "
        "trade deals when she was secretary of state. Clinton now says she opposes the deal."
        "\n\nTrump charges that countries that stand to benefit from the deal donated "
        "millions of dollars to the Clinton Foundation.\n\nThe New York businessman says of "
        "Clinton, \u201cIf she gets the chance, she will put the Oval Office up for sale."
        "\u201d",
        [("she opposes", "Hillary Clinton"), ("If she gets", None)],
    ),
    Spoken(  # reuters21578-07396 (its first paragraph and a later sentence): "the union"
        # is the United Auto Workers, a union by its last word
        "    DETROIT, March 19 - The United Auto Workers has set a March\n26 strike deadline "
        "at General Motors Corp's Pontiac, Mich.,\ntruck and bus plant, a UAW spokesman said."
        "\n    The union earlier said it today notified GM of its intent\nto authorize a strike "
        "at the Pontiac facility.",
        [("it today notified GM", "United Auto Workers")],
    ),
    Spoken(  # 5c20ae45795bd2d89328853e (GGT; two paragraphs): one word that opens its
        # sentence, introduced by an appositive, is a person, who is "she"
        "Yuni, a resident of Lampung in Sumatra, was watching television at home when she "
        "heard the water coming.\n\n\u201cI heard a rumbling sound and I thought it was the "
        "wind. After I opened the door, water came in quickly and dragged me out. When I saw "
        "outside, the sea was receding. I decided to run and go as the water came again for "
        "the second time,\u201d she said.",
        [("I heard a rumbling sound", "Yuni")],
    ),
    Spoken(  # bbc-business-277 (its lede and one sentence): a time after an inverted
        # speaker is no part of the name
        "Turkey's EU bid\n\nTurkey would bring masses of economic benefits.\n\n\"The cake will "
        'be bigger for everybody," said Deputy Prime Minister Abdullatif Sener earlier this '
        'month. "Turkey will not be a burden for the EU budget."',
        [("The cake will be bigger", "Abdullatif Sener"), ("Turkey will not", "Abdullatif Sener")],
    ),
    Spoken(  # bbc-politics-054 (one sentence of a paragraph after a lede): a title written
        # after the name, "MP"
        "Lib Dems unveil stamp duty plan\n\nThe Liberal Democrats set out their plans.\n\n"
        "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said: \"The Lib Dems' sums "
        "don't add up.\"",
        [("The Lib Dems' sums", "Paul Boateng")],
    ),
    Spoken(  # isot-reuters-203 (its first and two later sentences): the object of "on"
        # before "writing" says nothing; the subject does
        "WASHINGTON (Reuters) - U.S. Senate Democratic Leader Chuck Schumer said on Tuesday "
        "that President Donald Trump\u2019s tweeted attack on Senator Kirsten Gillibrand was "
        "\u201cnasty,\u201d but Schumer did not join Gillibrand\u2019s call for Trump to resign "
        "the presidency over sexual misconduct accusations. More than a dozen women have "
        "accused Trump of unwanted sexual advances, which he has denied. Trump lambasted "
        "Gillibrand on Twitter on Tuesday writing, \u201cLightweight "
        "Senator Kirsten Gillibrand, a total flunky for Chuck Schumer and someone who would come "
        "to my office \u2018begging\u2019 for campaign contributions not so long ago (and would "
        "do anything for them), is now in the ring fighting against Trump.\u201d",
        [("Lightweight Senator", "Donald Trump")],
    ),
    Spoken(  # isot-reuters-957 (two sentences)
        "The indictment did not name Podesta Group. Podesta Group filed lobbying disclosures "
        "with the Department of Justice in April and August saying it did work in 2012 for the "
        "same pro-Russian Ukrainian group for which Manafort had worked.",
        [("it did work in 2012", "Podesta Group")],
    ),
    Spoken(  # 5c5e50711e67d78e27616b23 (GGT): "Will" opening a sentence is a given name
        "Will Young, a locomotive mechanic based in Kansas City, Mo., and an organizer at "
        "Railroad Workers United, said cold weather takes a toll on many train components.",
        [("cold weather takes a toll", "Will Young")],
    ),
    Spoken(  # isot-reuters-350 (its title and first three sentences): "Twitter, the
        # president said" is no appositive: the role, with a verb after it, is the subject
        "Trump backs Alabama Republican Senate candidate Moore\n\nWASHINGTON (Reuters) - "
        "President Donald Trump endorsed U.S. Senate candidate Roy Moore on Monday, throwing "
        "his weight behind the embattled Alabama Republican before a special election next "
        "week that has been rocked by allegations of sexual misconduct against Moore. The "
        "White House said Trump endorsed the campaign in a call to Moore. In a post on "
        "Twitter, the president said Republicans needed the former Alabama Supreme Court "
        "justice to win to secure votes on key issues such as taxes and immigration.",
        [("Republicans needed", "Donald Trump")],
    ),
    Spoken(  # isot-reuters-626 (its title and first sentence): a described speaker keeps
        # the whole name before its head, "of" and all
        "U.S. attorney general to meet with House intelligence panel\n\nWASHINGTON (Reuters) "
        "- U.S. Attorney General Jeff Sessions is scheduled to appear behind closed doors for "
        "an interview with the U.S. House of Representatives\u2019 intelligence committee on "
        "Nov. 30, a Department of Justice spokesman said on Wednesday.",
        [("U.S. Attorney General Jeff Sessions is scheduled", "Department of Justice spokesman")],
    ),
    Spoken(  # reuters21578-09636 (its title and first paragraphs): "S and P" is Standard
        # and Poor's (org_short_forms.tsv)
        "S/P DOWNGRADES SIX U.S. MONEY CENTER BANKS\n\n    NEW YORK, March 25 - Standard and "
        "Poor's Corp said it\ndowngraded six U.S. money center bank holding companies,\n"
        "affecting about 13.3 billion dlrs of debt securities.\n    They are Chase Manhattan "
        "Corp <CMB>, Chemical New York Corp\n<CHL>, Irving Bank Corp <V>, Manufacturers "
        "Hanover Corp <MHC>,\nMellon Financial Corp <MEL> and Security Pacific Corp <SPC>.\n"
        "    S and P said the action on Chase, Chemical, Irving and\nManufacturers primarily "
        "reflected continued vulnerability to\nlesser developed countries and median financial "
        "performance.",
        [("the action on Chase", "Standard and Poor's Corp")],
    ),
    Spoken(  # bbc-business-456 (its title and first two paragraphs): a name before a media
        # noun is an outlet, and "the paper" is that outlet
        "Gazprom 'in $36m back-tax claim'\n\nThe nuclear unit of Russian energy giant "
        "Gazprom is reportedly facing a 1bn rouble ($35.7m; \u00a319.1m) back-tax claim for "
        "the 2001-2003 period.\n\nVedomosti newspaper reported that Russian authorities made "
        "the demand at the end of last year. The paper added that most of the taxes claimed "
        "are linked to the company's export activity.",
        [("Russian authorities made", "Vedomosti"), ("most of the taxes", "Vedomosti")],
    ),
    Spoken(  # bbc-politics-125 (its title, first paragraphs and a later one): the outlet a
        # quote appeared in is no speaker of "saying"
        "UKIP candidate suspended\n\nEurosceptic party UKIP have suspended a candidate for "
        "allegedly suggesting the criminally insane should be killed.\n\nJohn Houston, 54, "
        "was due to stand in the East Kilbride seat in Lanarkshire at the next election.\n\n"
        'Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted '
        'and overshot the runway."',
        [("I feel UKIP", "John Houston")],
    ),
    Spoken(  # bbc-politics-365 (its title and one sentence): an appositive that lacks its
        # closing comma; the name before it speaks
        "Whitehall cuts 'ahead of target'\n\nMark Serwotka, the leader of the Public and "
        "Commercial Services Union said: \"In last year's budget we had the day of the long "
        "knifes as the chancellor kicked off the crude game of who could cut the most civil "
        'service jobs between the government and the Tories."',
        [("In last year's budget", "Mark Serwotka")],
    ),
    Spoken(  # bbc-tech-108 (a sentence and the next paragraph)
        "John Connors, Microsoft's chief financial officer said a test version of its desktop "
        "search software should be available for download by the end of the year.\n\n\"We're "
        'going to have a heck of a great race in search between Google, Microsoft and Yahoo," '
        "he said.",
        [("a test version", "John Connors"), ("We're going to have", "John Connors")],
    ),
    Spoken(  # isot-reuters-885 (its title, first words and a later sentence): the framing
        # verb before a partial quote, not a cue after it ("one jurist who ruled")
        "Trump's opponents race to the courthouse to thwart him\n\nWASHINGTON (Reuters) - "
        "When President Donald Trump announced on Oct. 12 he would stop subsidies to health "
        "insurers critical to the Obamacare law, the response from Democratic state officials "
        "was swift and predictable: a lawsuit by 18 state attorneys general was filed within 24 "
        "hours. Trump called U.S. courts "
        "\u201cso political,\u201d labeled various rulings and proceedings \u201cridiculous\u201d "
        "and \u201cdisgraceful,\u201d and disparaged one jurist who ruled against him as a "
        "\u201cso-called judge.\u201d",
        [("so political", "Donald Trump"), ("ridiculous", "Donald Trump")],
    ),
    Spoken(  # isot-reuters-840 (its title and first sentence): "it" is no agency of the
        # dateline
        "North Korea calls for a halt to 'brutal' sanctions\n\nGENEVA (Reuters) - North Korea "
        "called on Friday for a halt to what it called \u201cbrutal sanctions\u201d, saying the "
        "measures - imposed after its latest nuclear test - constituted genocide.",
        [("brutal sanctions", "North Korea")],
    ),
    Spoken(  # bbc-sport-096 (its title and first paragraphs): a place after "in" ends the
        # clause before "and"; the name after it speaks
        "Van Nistelrooy set to return\n\nManchester United striker Ruud van Nistelrooy may "
        "make his comeback after an Achilles tendon injury in the FA Cup fifth round tie at "
        "Everton on Saturday.\n\nHe has been out of action for nearly three months and had "
        "targeted a return in the Champions League tie with AC Milan on 23 February. But "
        "Manchester United manager Sir Alex Ferguson hinted he may be back early. He said: "
        "\"There is a chance he could be involved at Everton but we'll just have to see how he "
        'comes through training." The 28-year-old has been training in Holland and Ferguson '
        'said: "Ruud comes back on Tuesday and we need to assess how far on he is."',
        [("Ruud comes back", "Alex Ferguson")],
    ),
    Spoken(  # bbc-sport-411 (its title and a later sentence): a club's role "of" a field
        "Vickery upbeat about arm injury\n\nGloucester director of rugby Nigel Melville said: "
        '"Phil has broken his radius, which is the large bone in his forearm."',
        [("Phil has broken", "Nigel Melville")],
    ),
    Spoken(  # bbc-sport-154 (its title and first paragraphs): "The Spaniard", a nationality
        # noun, is the person the story is about, and so is "the 21-year-old" after him
        "Reyes tricked into Real admission\n\nJose Antonio Reyes has added to speculation "
        "linking him with a move from Arsenal to Real Madrid after falling victim to a radio "
        "prank.\n\nThe Spaniard believed he was talking to Real Madrid sporting director Emilio "
        'Butragueno when he allegedly berated his team-mates as "bad people". "I wish I was '
        'playing for Real Madrid," the 21-year-old told Cadena Cope.',
        [("he was talking", "Jose Antonio Reyes"), ("I wish I was", "Jose Antonio Reyes")],
    ),
    Spoken(  # bbc-sport-154 (its title and first two paragraphs): "The striker" is the man
        # the story is about, not the radio station he spoke to ("Cadena",
        # lexicon/org_leads.txt)
        "Reyes tricked into Real admission\n\nJose Antonio Reyes has added to speculation "
        "linking him with a move from Arsenal to Real Madrid after falling victim to a radio "
        "prank.\n\nThe Spaniard believed he was talking to Real Madrid sporting director Emilio "
        'Butragueno when he allegedly berated his team-mates as "bad people". "I wish I was '
        'playing for Real Madrid," the 21-year-old told Cadena Cope. "Hopefully it could '
        "happen. I love the way Madrid play. I'm not happy with the way things are.\" The "
        "striker joined the Gunners from Seville for \u00a317m at the start of 2004, but it has "
        "frequently been reported that he is homesick. He began the season in superb form but "
        "has struggled to maintain his high standards as Arsenal have gradually lost the "
        "Premiership initiative to Manchester United and Chelsea. \"If I'm not (playing for "
        "Real) I'm going to have to carry on playing with some bad people,\" he added.",
        [("If I'm not", "Jose Antonio Reyes")],
    ),
    Spoken(  # bbc-sport-195 (two sentences of its second paragraph, then two later
        # paragraphs): "The attacking midfielder" may be Juninho, named by one word and
        # nearer, or the last fully named person (O'Neill); no one, so "he" is the
        # speaker before
        "Juninho wants assurances that he will return to O'Neill's first-team plans. He "
        "has become frustrated with his lack of first-team action since his move from "
        "Middlesbrough in the summer.\n\n"
        'Juninho had earlier told the Daily Record: "The manager has had a lot of chances to '
        "put me in his team but it hasn't happened. \"If that is the case then this is the "
        'opportunity for me to go. That would be good for the club and good for me. "If I '
        "have no part in his plans, there is no point in remaining here waiting for a chance "
        'that never comes." The attacking midfielder also claims he has not had the backing '
        "of boss Martin O'Neill since his move to Celtic Park. \"I can't understand why I am "
        'in this situation," he continued.',
        [("I can't understand", "Juninho")],
    ),
    Spoken(  # bbc-entertainment-262: an adverb between a lone name and its verb
        '"The challenge is to be bigger and bolder and better - to make records the whole '
        'world will listen to," Bono recently said.',
        [("The challenge is", "Bono")],
    ),
    Spoken(  # bbc-tech-254 (its title and first two sentences): an acronym that is the
        # whole source after "according to" is an organisation, and "the telecoms giant"
        # names it
        "Broadband in the UK gathers pace\n\nOne person in the UK is joining the internet's "
        "fast lane every 10 seconds, according to BT.\n\nThe telecoms giant said the number "
        "of people on broadband via the telephone line had now surpassed four million.",
        [("One person in the UK", "BT"), ("the number of people", "BT")],
    ),
    Spoken(  # bbc-tech-276: "Jan" before a surname is a given name, no month
        "Jan Bolz, EA's vice president of sales and marketing in Europe, said the firm was "
        "working to give video games a more central role in popular culture.",
        [("the firm was working", "Jan Bolz")],
    ),
    Spoken(  # reuters21578-08185 (two paragraphs): "the institute" is the acronym named
        # before it, whose name says nothing of what it is
        "    Overall, the business climate in February could be\ndescribed as just short of "
        "satisfactory, IFO said.\n    In a breakdown of responses by industrial sector, the\n"
        "institute said manufacturers of basic products judged the\nbusiness climate to be "
        "slightly less favourable in February\nthan in January.",
        [("manufacturers of basic", "IFO")],
    ),
    Spoken(  # bbc-tech-391 (two sentences): "Court" before "of" is the head of the name,
        # so "the court" names it
        "In August 2004, the San Francisco-based US Court of Appeals ruled in favour of "
        "Grokster and StreamCast, two file-sharing networks. The court said they were "
        "essentially in the same position that Sony was in the 1980s VCR battle, and said "
        "that the networks themselves could not be deemed as illegal.",
        [("they were essentially", "US Court of Appeals")],
    ),
    Spoken(  # isot-reuters-252 (its first paragraph and a later sentence; the paragraph
        # break stands for those left out): "the institute"
        # is the Institute on Taxation ..., not the Republicans (a party) nor the House
        # of Representatives, nearer and with names that say what they are
        "WASHINGTON (Reuters) - Millions of households would no longer benefit from federal "
        "tax deductions for charity donations, mortgage interest payments and property tax "
        "under Republican tax plans being debated in the U.S. Congress, a think tank said on "
        "Thursday. The left-leaning Institute on Taxation and Economic Policy said that up to "
        "29 million U.S. households now writing off donations, home loan interest and state "
        "and local property tax payments would no longer be able to do so under either of the "
        "two plans. While all three deductions are maintained in some form in one or both of "
        "the rival Senate and House of Representatives bills, far fewer taxpayers could take "
        "advantage of them because of other proposed changes, said the Washington-based group."
        "\n\n\u201cThere are good reasons to consider reforming itemized deductions to "
        "improve their effectiveness or fairness. But the House and Senate\u2019s approach to "
        "that task leave much to be desired,\u201d the institute said.",
        [("There are good reasons", "Institute on Taxation and Economic Policy")],
    ),
    Spoken(  # aeb-twincities-024: a dateline with a state's abbreviation and an em dash,
        # then a phrase of time ("Hours before ..."), then the subject who speaks in
        # ", saying"
        "BUFFALO, N.Y. \u2014 Hours before Zach Parise\u2019s two-goal performance Tuesday, "
        "Wild coach Bruce Boudreau expressed confidence in the veteran winger, saying he always "
        "finds a way to start scoring.",
        [("he always finds", "Bruce Boudreau")],
    ),
    Spoken(  # bbc-business-334: a place after "in" says where the office is; the name
        # before its acronym in brackets speaks
        "The Pentagon's Project and Contract Office (PCO) in Baghdad said it had taken over "
        "Contrack's management of the subcontractors working on the transportation projects.",
        [("it had taken over", "Project and Contract Office")],
    ),
    Spoken(  # reuters21578-15121 (its title and first sentence): a listed firm in angle
        # brackets "of" a country speaks, not the country
        "MONTEDISON'S AGRIMONT UNIT 1986 EARNINGS\n\n    NEW YORK, April 8 - <Montedison SPA> "
        "of Italy said net\nconsolidated profit for its Agrimont Group, formed in June\n1986, "
        "totalled 1.5 billion lire in 1986.",
        [("net\nconsolidated profit", "Montedison SPA")],
    ),
    Spoken(  # reuters21578-05293 (its title and first sentence): a firm Reuters marks in
        # angle brackets, with a comma inside, speaks
        "WARBURG PINCUS STARTS SYMBION <SYMB> BID\n\n    NEW YORK, March 16 - <Warburg, Pincus "
        "Capital Corp> said it\nhas started a tender offer for up to 2,500,000 common shares "
        "of\nSymbion Inc at 3.50 dlrs each.",
        [("it\nhas started", "Pincus Capital Corp")],
    ),
    Spoken(  # reuters21578-10572 (its title and first sentence)
        "ALLEGHENY LUDLUM FILES INITIAL PUBLIC OFFERING\n\n    PITTSBURGH, March 27 - "
        "<Allegheny Ludlum Corp> said it\nfiled with the Securities and Exchange Commission "
        "for an\ninitial public offering of 6,265,000 common shares.",
        [("it\nfiled", "Allegheny Ludlum Corp")],
    ),
    Spoken(  # bbc-politics-275 (two sentences of it): joint speakers, "X and the Y", are
        # the first named's (ANNOTATION.md)
        'The Tories on Monday highlighted £35bn in "wasteful" spending they would stop to '
        "allow tax cuts, reduced borrowing and more spending on key services. Labour and the "
        "Liberal Democrats say the party's sums do not add up and claim it would cut "
        "frontline services.",
        [("the party's sums", "Labour")],
    ),
    Spoken(  # PolNeAR dev politico_2016-09-23_partisan-fireworks-over-clinton- (a sentence of
        # its fourth paragraph and its ninth): a country's name that is his surname and
        # speaks is the person the text names, not Jordan
        "\u201cIf the FBI wanted any other American\u2019s laptops, they\u2019d just go get "
        "them \u2014 they wouldn\u2019t get an immunity deal,\u201d Rep. Jim Jordan (R-Ohio), an "
        'oversight panel member, said in a phone interview.\n\nMills "got an immunity '
        'agreement," Jordan said, and still "got to sit in on (Clinton\'s) interview when she '
        'was being interviewed by the FBI\u2026 It just raises a lot of questions."',
        [("got to sit in", "Jim Jordan")],
    ),
    Spoken(  # reuters21578-01927 (its first sentence): the same when a line breaks after
        # "and"
        "CANBERRA, March 5 - Australian Prime Minister Bob Hawke and\nTreasurer Paul Keating "
        "said the government's 1986/87 Budget\ndeficit could hit four billion dlrs against the "
        "official\nforecast of 3.5 billion.",
        [("the government's 1986/87 Budget", "Bob Hawke")],
    ),
    Spoken(  # reuters21578-03027 (a paragraph of it): and inside a listed firm's name
        "     Additional breakthroughs are expected as the next\ngeneration of computer memory "
        "chips are introduced. Last month\nIBM said it has made a four-megabyte chip, capable "
        "of storing\nmore data than eight CD-ROM's. Meantime, <Nippon Telegraph and\n"
        "Telephone> of Japan said it has built a 16-megabyte chip.\n",
        [("it has built", "Nippon Telegraph")],
    ),
    Spoken(  # reuters21578-05773 (two paragraphs of it): "Earlier, " before a subject and
        # its aside ("who asked to remain anonymous"): the subject opens its clause all the
        # same; "They" is who spoke before, not Reuters
        "    Earlier, Yugoslav journalists, who asked to remain\nanonymous, told Reuters they "
        "had been barred from strike-hit\nfactories.\n    They said they had been told they "
        "could not enter without\npermits, whereas before the strikes no permits had been\n"
        "necessary to visit factories.\n",
        [
            ("they had been barred", "Yugoslav journalists"),
            ("they had been told", "Yugoslav journalists"),
        ],
    ),
    Spoken(  # bbc-entertainment-010 (four sentences of it): a quote that opens its sentence
        # after another speaker's, with its own cue after a role and a name set off by
        # commas, is the name's (and so is the quote that follows it), not inherited
        '"There is obviously some fear of the vagina and saying the word vagina," Ms Ensler '
        "told the BBC. \"It's not a slang word or dirty word it's a biological, anatomical "
        'word." The four Ugandan NGOs organising the play intended to raise money to campaign '
        "to stop violence against women and to raise funds for the war-torn north of the "
        "country. \"I'm extremely outraged at the hypocrisy,\" the play's organiser in "
        "Uganda, Sarah Mukasa, told the BBC's Focus on Africa programme.",
        [("It's not a slang word", "Ensler"), ("I'm extremely outraged", "Sarah Mukasa")],
    ),
    Spoken(  # isot-reuters-168 (three sentences of it): a quote whose full stop is followed
        # by a capital is no sentence that goes on to the cue after it: Smith's, not
        # Franken's
        "\u201cSexual harassment is disrespectful to people and can\u2019t be tolerated,"
        "\u201d Smith said. \u201cI can promise you that I\u2019ll be working on these issues "
        "when I get to Washington, D.C.\u201d Smith will be an excellent senator, Franken "
        "said.",
        [("I can promise you", "Smith")],
    ),
    Spoken(  # isot-reuters-672 (two sentences of it): "this source said" is the source just
        # named ("this" opens the description as "the" does)
        "\u201cThe investigators now know what Papadopoulos was doing on the Russian front, "
        "which he initially tried to conceal, and who he told that to,\u201d said the other "
        "source. \u201cNow [they] want to know whether Clovis and others reported these "
        "activities and others related to Russia, and if so, to whom,\u201d this source said.",
        [("The investigators now know", "source"), ("Now [they] want to know", "source")],
    ),
    Spoken(  # reuters21578-01357 (two paragraphs of it): an inverted cue whose speaker ends
        # before "following" is the quote's own (one the cast does not name), not the
        # speaker of the quote before
        "    \"I don't see any desire here to scurry around and help\nBrazil until we get a "
        'better sense of what they are trying to\ndo," a senior administration official '
        'stated.\n    "Brazil has to do business through the banks at this point,"\nsaid '
        "another official following an assessment of that country's\nlatest debt crisis.\n",
        [("I don't see", "senior administration official"), ("Brazil has to do", None)],
    ),
    Spoken(  # isot-reuters-437 (a sentence of it): "operatives" are a group that speaks
        "Self-vetting is all the more important, operatives said, because the national parties "
        "have little capacity to weed out problematic candidates.",
        [("Self-vetting is all the more important", "operatives")],
    ),
    Spoken(  # isot-reuters-621 (two sentences of it): "X and other Ys say" is the first
        # named's, not the plural's after "other"
        "In Twitter posts, Trump has called for an investigation of the sale, and Attorney "
        "General Jeff Sessions said on Tuesday he is evaluating whether to appoint a special "
        "counsel.  Democrats and other critics say the allegations are baseless, and that "
        "Trump and his supporters are fanning them to distract attention.",
        [("the allegations are baseless", "Democrats")],
    ),
    Spoken(  # reuters21578-12143 (a sentence of it): "and other" after a titled name too
        "    The tariffs are to be imposed after a period of public\ncomment, but Commerce "
        "Secretary Malcolm Baldrige and other\nofficials have said neither the comment period "
        "or the U.S. and\nJapanese trade talks will serve to delay the tariffs.",
        [("neither the comment period", "Malcolm Baldrige")],
    ),
    Spoken(  # reuters21578-01299 (two sentences of it): "and other" after a surname
        '"From a weather standpoint, you can say with certainty that\nthe Soviets are not '
        'getting off to a good start and will have a\nlower crop (than last year)," Gail '
        "Martell, chief meteorologist\nfor E.F. Hutton said.\n    The next six weeks in the "
        "USSR's grain growing areas will\nbe the crucial period that will determine the final "
        "outcome of\nthe winter crops, Martell and other analysts said.",
        [("The next six weeks", "Gail Martell")],
    ),
    Spoken(  # isot-reuters-974 (its title and first sentence)
        "Manafort, ex-associate face charges in U.S. Russia probe: reports\n\nWASHINGTON "
        "(Reuters) - U.S. President Donald Trump’s former campaign manager Paul Manafort will "
        "surrender to federal authorities later on Monday amid an ongoing probe into alleged "
        "Russian meddling in the 2016 presidential campaign, CNN and the New York Times "
        "reported, citing unnamed sources.",
        [("U.S. President Donald Trump’s", "CNN")],
    ),
    Spoken(  # isot-reuters-741 (three sentences of it): the name after a body's head speaks;
        # "she" is her, not a place ("Old Havana") taken for a person
        "The list includes 83 state-owned hotels, including famous hotels in Old Havana such "
        "as Ernest Hemingway’s erstwhile favorite haunt the Hotel Ambos Mundos, as well as the "
        "city’s new luxury shopping mall. “All these measures hurt the Cuban people,” said "
        "Cuba’s Foreign Ministry chief for U.S. Affairs Josefina Vidal. She said that "
        "government revenue funds Cuba’s free education and healthcare systems.",
        [("All these measures", "Josefina Vidal"), ("government revenue", "Josefina Vidal")],
    ),
    Spoken(  # bbc-business-044 (a sentence of it): a word that names no actor ("Policy")
        # inside a title does not drop the name after it
        '"The economy has some soft patches but if you look at the bigger picture, it is in a '
        'recovery stage," said Economic and Fiscal Policy Minister Heizo Takenaka.',
        [("The economy has", "Heizo Takenaka")],
    ),
    Spoken(  # reuters21578-11591 (its first two sentences): "news agency" after a name
        # makes an outlet, as "newspaper" does
        "    BELGRADE, March 31 - Yugoslavia has reached an agreement\nwith Western creditors "
        "on refinancing a portion of its 19.7\nbillion dollar hard currency debt.\n    The "
        "official Tanjug news agency said the agreement was\nreached in Paris today in talks "
        "between Yugoslav delegation\nheaded by Finance Minister Svetozar Rikanovic and 16 "
        "Western\ncreditor countries.",
        [("the agreement was", "Tanjug")],
    ),
    Spoken(  # bbc-business-260 (two sentences of it): an inverted description with a
        # post-modifier ("in a briefing") is the speaker, not a name and a verb
        "In part, this is because of its scale, and because delivering aid and recovering the "
        'dead remain priorities. "Calculators will have to wait," said an IMF official in a '
        "briefing on Wednesday.",
        [("Calculators will have to wait", "IMF official")],
    ),
    Spoken(  # politico_2016-09-23 (PolNeAR dev; a sentence of it)
        "“Republicans are in a frenzy that is disorganized, frenetic, and lurching from point "
        "to disjointed point with no actual substantive goal or plan,” said one Democratic "
        "source on the panel.",
        [("Republicans are in a frenzy", "Democratic source")],
    ),
    Spoken(  # reuters21578-16986 (two sentences of it): "Great Western" is the firm it
        # shortens ("Great" opens no person's name, but a short form of an organisation)
        "    BEVERLY HILLS, Calif., April 21 - Great Western Financial\nCorp said it should "
        "experience anouther outstanding year in\n1987 based on the performance of the first "
        "three months.\n    Great Western said its real estate loan originations\ntotaled 1.7 "
        "billion dlrs in the latest quarter, up from 1.5\nbillion dlrs a year earlier.",
        [("its real estate loan", "Great Western Financial Corp")],
    ),
    Spoken(  # reuters21578-02992 (two sentences of it): "They" after a sentence that opens
        # with a plural group noun naming no actor is that group, no one the text names,
        # not the body named further back
        "    But the Finance Ministry was interested enough to ask for,\nand receive, the "
        "figures supporting the new U.S. Position, a\nsenior U.S. Official said.\n    Other "
        "western officials are not so sure. They said it would\ntake time to boost public "
        "investment much further, as there are\nnot that many projects in the pipeline.",
        [("it would\ntake time", None)],
    ),
    Spoken(  # isot-reuters-215 (four sentences of it): nor the speaker of the statement
        # just before ("It said" is the Pentagon's; "They said" is the service members')
        "The Pentagon said on Monday there were a number of guidelines that would have to be "
        "met by the applicants.  It said that sex reassignment or genital reconstruction "
        "would be disqualifying factors unless a medical provider certified that a period of "
        "18 months had passed since the most recent surgery, no complications persisted and "
        "additional surgeries are not required.  The service members who sued Trump, Mattis "
        "and military leaders in August had been serving openly as transgender people in the "
        "U.S. Army, Air Force and Coast Guard. They said Trump’s ban discriminated against "
        "them based on their sex and transgender status.",
        [("sex reassignment", "Pentagon"), ("Trump’s ban", None)],
    ),
    Spoken(  # bbc-business-029 (three sentences of it): "the government" is no firm, not
        # the company that spoke just before, but a government of its own
        "The Vestey Group said it had owned the land since 1920 and would co-operate fully "
        'with the authorities. But a spokesman added: "Agroflora is absolutely confident '
        "that what it has submitted will demonstrate the legality of its title to the "
        'land." The company pointed out that the farm, which employs 300 workers, provides '
        "meat solely for the Venezuelan market.\n\nLast month, the government said it had "
        "identified more than 500 idle farms and had yet to consider the status of a "
        "further 40,000.",
        [("the farm, which", "Vestey Group"), ("it had identified", "government")],
    ),
    Spoken(  # bbc-business-131 (four sentences of it): lower-case words before a role
        # between the quote and the name ("energy analyst", "investment chief")
        '"This is positive news for the international investment community," Global Asset '
        'Management investment chief David Smith said. "The majority of investors are going '
        'to be happy," he added.\n\nHowever, analysts were disappointed that Yugansk would '
        'not be included in the deal. "Yugansk is a heavy cashflow generator and would have '
        'been a much better asset for Gazprom," Renaissance Capital energy analyst Adam '
        "Landes told Reuters news agency.",
        [("This is positive news", "David Smith"), ("Yugansk is a heavy", "Adam Landes")],
    ),
    Spoken(  # isot-reuters-693 (a sentence of it): a framing verb nearer the quote, with
        # its own named subject, frames the partial quote, not the cue before it
        "At least two Republican senators, John McCain of Arizona and John Thune of South "
        "Dakota, said Moore should step aside immediately, with McCain calling the "
        "accusations “deeply disturbing and disqualifying.”",
        [("deeply disturbing", "John McCain")],
    ),
    Spoken(  # bbc-sport-273 (its title and first sentence): "has" between the subject and
        # the framing verb
        "Blues slam Blackburn over Savage\n\nBirmingham have confirmed Blackburn made a bid "
        'for Robbie Savage - but managing director Karen Brady has called it "derisory".',
        [("derisory", "Karen Brady")],
    ),
    Spoken(  # bbc-politics-386 (two sentences of it): a phrase of time with no comma
        # before the subject pronoun ("Earlier this week he said")
        '"The result of any decision [to lift the arms embargo] should not be an increase in '
        "arms exports from European Union member states to China, either in quantitative or "
        'qualitative terms," Mr Straw said. Earlier this week he said he expected the '
        "embargo to be lifted within six months.",
        [("he expected the embargo", "Straw")],
    ),
    Spoken(  # reuters21578-16935 (a sentence of it): a past participle after a determiner
        # or a common noun's possessive is an adjective, no cue; the verb before frames
        # the partial quote
        "    In a press conference after talks with South Korean\nleaders, Baldrige called "
        "the government's announced intention\nto regulate exports and boost imports \"a "
        "very, very important\nstep, the right direction for the Korean government to "
        'take."',
        [("a very, very important", "Baldrige")],
    ),
    Spoken(  # reuters21578-11349 (its title and first five paragraphs): "It" that opens
        # the sentence right after a statement is its speaker's, not a body its words name
        "KEYCORP <KEY> AGREES TO ACQUIRE UTAH BANK\n\n    ALBANY, N.Y., March 31 - "
        "Keycorp said it has signed a\ndefinitive agreement to acquire Commercial "
        "Security Bancorp\n<CSEC> by exchanging Keycorp common valued at 63 dlrs for "
        "each\nCommercial Securities share.\n    Keycorp said this gives the "
        "transaction an indicated value\nof 102 mln dlrs.\n    Keycorp said the amount "
        "of its stock to be exchanged will\nbe based on the daily average closing price "
        "of the shares for\nan unspecified period prior to the closing of the "
        "acquisition.\n    Based on a maximum of about 2.75 Keycorp shares and "
        "a\nminimum of about 1.8 Keycorp to be exchanged, the agreement\nprovides that "
        "if the average price of Keycorp common is less\nthan 21.50 dlrs a share during "
        "the pricing period, the\nagreement will terminate unless a new conversion "
        "ratio can be\nnegotiated.\n    Keycorp said the transaction is designed to be "
        "tax free to\nCommercial Security shareholders. The company said it will\ntreat "
        "the merger as a pooling of interests.\n    It said the proposal is subject to "
        "approval by Commercial\nSecurity shareholders and various regulators.",
        [("the proposal is subject", "Keycorp")],
    ),
    Spoken(  # reuters21578-07391 (two sentences of it): the group that opens the sentence
        # before
        '    "Normally, investors do not make a major capital commitment\ninto an illiquid '
        'situation," he said of Nippon.\n    Some analysts previously speculated a 20 pct '
        "stake in\nShearson might be sold to the public. They said the firm, like\nother "
        "investment banks, needs capital to expand globally.",
        [("the firm, like", "analysts")],
    ),
    Spoken(  # reuters21578-21568 (its title and first sentence): an unknown acronym set
        # off by commas before the cue speaks
        "IRAN, SOVIET UNION TO SWAP CRUDE, REFINED PRODUCTS\n\n    NICOSIA, Oct 19 - The "
        "Soviet Union has agreed to supply\nIran with refined oil products in exchange for "
        "100,000 barrels\nper day of crude, Iran's national news agency, IRNA, said.",
        [("The Soviet Union", "IRNA")],
    ),
    Spoken(  # reuters21578-12552 (its last paragraphs): "they" after two people named as
        # a pair is the pair, whom the first named stands for (joint speakers); not the
        # "participants" before them
        "    Several participants today argued that Gorbachev was\nunlikely to extend his "
        "internal economic policies to the energy\nsector, at least for now.\n    "
        "Bethkenhagen said high energy growth targets set by the\nSoviet Union up to the end "
        "of the decade showed Moscow intended\nto stick to a rigid supply-, rather than "
        "demand-oriented\npolicy.\n    Norwegian academics Arild Moe and Helge Ole Bergesen "
        "said\nthat the Soviet fuel industries represented such a pillar of\nthe economy that "
        "immediate reform was tricky. \"Any 'experiment'\non a large scale cannot be allowed, "
        'because the negative\nconsequences if a reform backfires will be too great," they\n'
        "said.",
        [("Any 'experiment'", "Arild Moe")],
    ),
    Spoken(  # isot-reuters-244 (three sentences of it): '"...," they said' after a pair
        # of people is the pair's (the first named), not the body named before them nor
        # the speaker of the quote before
        "President Donald Trump, House of Representatives Speaker Paul Ryan and other "
        "Republican officials in recent remarks have made clear that welfare or “entitlement "
        "reform,” as they often call it, will be a top priority for them in 2018. "
        "“When they finish their work, members of both chambers will have the opportunity to "
        "pass this tax reform legislation and send it to President Trump,” Senate Majority "
        "Leader Mitch McConnell said on Thursday. To secure the Republican votes needed to "
        "pass the Senate’s version of tax legislation on Dec. 2, Ryan and McConnell pledged "
        "not to allow automatic cuts to Medicare. “This will not happen,” they said in a "
        "joint statement.",
        [("When they finish", "Mitch McConnell"), ("This will not happen", "Paul Ryan")],
    ),
    Spoken(  # reuters21578-06481 (its first sentence): a firm and its ticker before an
        # aside
        "    MUNICH, March 18 - Audi AG <NSUG.F>, the 99 pct owned\nsubsidiary of Volkswagen "
        "AG <VOWG.F>, said profit in 1986 fell\nby around half compared with 1985, when it "
        "achieved a record\n221 mln marks net profit, a rise of 19.5 pct on the previous\nyear.",
        [("profit in 1986", "Audi AG")],
    ),
    Spoken(  # reuters21578-13253 (a sentence of it): the marks inside a described speaker
        '    "We are sure reasonable men will come to a reasonable\nsolution," said a '
        "spokesman for <Nomura International>, the\nbiggest of the Japanese securities houses "
        "in London.",
        [("We are sure", "spokesman for Nomura International")],
    ),
    Spoken(  # reuters21578-18449 (a sentence of it): the person before where they work
        # speaks, not the firm before the comma
        "    Broker Francesco Dinepi at Milan investment firm <Sige\nSpa>, said some U.K. "
        "Institutional investors had placed buy\norders in Milan this morning.",
        [("some U.K.", "Francesco Dinepi")],
    ),
    Spoken(  # isot-reuters-770: a name set off after a noun ("firm, Navigator Holdings,")
        # is the noun's appositive, inside the clause; the description after it speaks
        "WASHINGTON (Reuters) - U.S. Commerce Secretary Wilbur Ross has divested his "
        "interests in oil tanker company Diamond S Shipping and is in the process of selling "
        "off his holdings in another shipping firm, Navigator Holdings, a Trump administration "
        "official said.",
        [("U.S. Commerce Secretary", "Trump administration official")],
    ),
    Spoken(  # bbc-entertainment-089: a place after a place inside the clause
        "O'Herlihy, whose Oscar nomination was for Luis Bunuel's The Adventures of Robinson "
        "Crusoe, died at his home in Malibu, California, a spokesman said.",
        [("O'Herlihy, whose", "spokesman")],
    ),
    Spoken(  # reuters21578-15272 (its title and first sentence): a name after a clause
        # that ends in an adverb ("here,") is the speaker, the description his appositive
        "SAUDI AMERICAN BANK OPENS BRANCH IN LONDON\n\n    LONDON, April 8 - Saudi American "
        "Bank (SAMBA) will\nconcentrate on treasury activities and be an active market\nmaker "
        "in Saudi riyal foreign exchange through the new branch\nthat opened here, Shaukat "
        "Aziz, SAMBA managing director said.",
        [("Saudi American Bank (SAMBA) will", "Shaukat Aziz")],
    ),
    Spoken(  # bbc-politics-084 (two sentences of its second paragraph, then two later
        # ones): a name before a lower-case "union" is a union's, which "the union" names,
        # not the TUC named nearer
        "Public and Commercial Services union members have already voted to strike over "
        "cuts for one day on 5 November. The TUC said cuts would deliver less than 6% of the "
        "\u00a322bn ministers hope to save through efficiency reforms.\n\nNext Friday's strike "
        "action by the PCS is the biggest in the civil service since 1993, hitting "
        "Jobcentres, benefit agencies, pensions offices, customs and driving tests. The union "
        "says it is concerned about pensions, sick pay and forced relocation as well as the "
        "cut in jobs.",
        [("it is concerned about pensions", "Public and Commercial Services")],
    ),
    Spoken(  # bbc-politics-333 (a paragraph): "He" is the one person named first in the
        # sentence before, where "he" stands for him too, not the chairman quoted before
        "UKIP's chairman Petrina Holdsworth has said the group will just be a parody of the "
        "party the men have left. Mr Kilroy-Silk quit UKIP last week after months of tension "
        "as he vied unsuccessfully for the leadership of that party. He said he was ashamed to "
        'be a member of a UKIP whose leadership had "gone AWOL" after the great opportunity '
        "offered by its third place at last June's European elections.",
        [("he was ashamed", "Kilroy-Silk")],
    ),
    Spoken(  # ggt-english-eval 5c5d292b1e67d78e275d9e9f (four paragraphs): "she" is the
        # woman named first in the paragraph before, not the woman quoted before it
        "\u201cBut then it disappeared rapidly afterwards,\u201d Tarek said. \u201cIt didn\u2019t "
        "get better.\u201d\n\nREAD MORE: What we now know about Alexandre Bissonnette\u2019s "
        "Quebec mosque shooting plot\n\nFor Megda Belkacemi, Friday is a day she has been awaiting "
        "eagerly. Her father Khaled was one of the victims.\n\n\u201cI am looking forward to "
        "see the sentence,\u201d she said.",
        [("I am looking forward", "Megda Belkacemi")],
    ),
    Spoken(  # reuters21578-08901 (its first paragraphs): "Du Plessis", its particle
        # capitalised at the start of a sentence, is Barend du Plessis
        "    PRETORIA, March 24 - South Africa will repay 13 pct of its\nfrozen 13 billion "
        "dollar debt to foreign creditors over the\nnext three years under an agreement "
        "reached today in London,\nFinance Minister Barend du Plessis said.\n    He said South "
        "Africa already had repaid five pct of the\ndebt under the standstill agreement "
        "expiring on June 30, 1987.\n   \"These arrangements confirm South Africa's "
        "continued\nwillingness to maintain good relations with its foreign\ncreditors and to "
        'meet its foreign commitments in a orderly way,"\ndu Plessis told a news conference.\n'
        '    Du Plessis said the new interim debt agreement was\n"substantially a '
        'continuation" of the arrangement ending in June\nand calls for South Africa to '
        "continue paying all interest on\nits total foreign debt of 23 billion dlrs.",
        [("the new interim debt", "Barend du Plessis")],
    ),
    Spoken(  # reuters21578-00235 (its title and first sentence): '"s' after a word is an
        # apostrophe (Reuters-21578 writes one so), no quote that hides the clause
        "INDONESIAN AGRICULTURE GROWTH EXPECTED TO SLOW\n\n    JAKARTA, March 1 - "
        'Indonesia"s agriculture sector will grow\nby just 1.0 pct in calendar 1987, against '
        "an estimated 2.4 pct\nin 1986 as the production of some commodities stagnates "
        "or\ndeclines, the U.S. Embassy said in a report.",
        [("Indonesia", "U.S. Embassy")],
    ),
    Spoken(  # reuters21578-05781 (its first sentence): an outlet media.txt knows
        "    PEKING, March 17 - China will set quotas later this month\nto cut the amount of "
        "farmland converted to non-agricultural\nuses, the China Daily said.",
        [("China will set quotas", "China Daily")],
    ),
    Spoken(  # bbc-sport-180 (a bullet paragraph): a name and a colon before a quote, with
        # no verb, name its speaker
        '- Brentford boss Martin Allen: "After conceding eight goals in our last three '
        "matches, I have to admit I'm not very confident. \"There's no doubt we're the "
        "underdogs and after defending so poorly recently it's not looking good.",
        [("After conceding eight goals", "Martin Allen")],
    ),
    Spoken(  # bbc-sport-179 (a bullet paragraph): the label names the speaker though the
        # words after the quote's second, unclosed mark hold a cue with no speaker
        '- Blackburn boss Mark Hughes: "Burnley are resolute and have individual talent but '
        'I fully expect us to progress. "I thought we were comfortable in the first game and '
        "never thought we were under pressure.",
        [("Burnley are resolute", "Mark Hughes")],
    ),
    Spoken(  # bbc-entertainment-206: a quote after a colon is the
        # writer's sentence's subject's, not the speaker before (TV Guide); "himself" is
        # the man of the name, not Sharon Osbourne, named last
        "Ozzy Osbourne said he had had enough of the work involved in making the "
        'series. "When you watch a 25-minute episode, I\'ve been filming all day," he '
        "said. Sharon Osbourne is currently appearing as a judge and mentor in ITV1 "
        "talent show The X-Factor alongside Simon Cowell and Louis Walsh.\n\nEarlier "
        "this year she topped a poll of the most important people in rock, for her "
        "part in guiding the career of husband Ozzy and her family. She was the "
        "driving force behind The Osbournes, which ran for three series, earning the "
        "family a reported $85m (£46m). The renewed popularity for Ozzy has seen "
        "sales of his merchandise hit the $50m (£27.2m) mark, a record for a heavy "
        "metal artist. Sales of T-shirts, accessories and action figures have "
        "rocketed since The Osbournes hit screens. At its peak, The Osbournes had a "
        "regular audience of eight million, with America's TV Guide magazine "
        'describing the series as "a cross between The Simpsons and This Is Spinal '
        'Tap". Osbourne himself was at a loss to explain its popularity: "I suppose '
        "Americans get a kick out of watching a crazy Brit family like us make "
        'complete fools of ourselves every week."',
        [("I suppose Americans", "Ozzy Osbourne")],
    ),
    Spoken(  # g:5c2858471e67d78e27b3b633: (ggt-english-eval): a subject that is no actor
        # ("Governance lassitude") gives the quote after the colon no speaker, not the
        # company that announced something before
        "The appointments are meant to satisfy another piece of Tesla’s September "
        "settlement with the U.S. Securities and Exchange Commission. Musk’s tweet "
        "the previous month that he had secured financing to take Tesla private at "
        "$420 (U.S.) a share drew a securities fraud charge from the commission and "
        "a subsequent settlement that included financial penalties for Tesla and "
        "Musk at $20 million apiece. Musk was ordered to step down as chair, to be "
        "replaced by an independent chairperson. In early November the company "
        "announced that Robyn Denholm, chief financial officer of the Australian "
        "telecom Telstra, would take on those duties.\n\nArticle Continued "
        "Below\n\nGovernance lassitude was quickly on display in mid-December when "
        "Musk again took to Twitter with this: “’Chairman’ is an honorific, not "
        "executive role, which means it’s not needed to run Tesla. Will retire that "
        "title at Tesla in 3 years.”",
        [("’Chairman’ is an honorific", None)],
    ),
    Spoken(  # bbc-politics-082: the question a referendum will ask, after
        # a colon, is not the last speaker's
        "Mr Ancram condemned the document, which the Foreign Office says has cost "
        "about £2,500 to design, print and deliver. \"Isn't the reason that the "
        "government is now involved in a taxpayer subsidised propaganda exercise to "
        "try to sell the new EU to the country in advance of the forthcoming "
        'referendum and general election?," he asked. The Tory spokesman also '
        "criticised the government for claiming the EU constitution would make "
        'Europe easier to understand. "The government, last week, had to publish a '
        "commentary of 500 pages to try and explain this 'easy and simple' "
        'constitution to the British people," he said. "Who are they trying to kid?" '
        'The proposed question for the constitution referendum is: "Should the '
        "United Kingdom approve the Treaty establishing a Constitution for the "
        'European Union?"',
        [("Should the United Kingdom", None)],
    ),
    Spoken(  # bbc-politics-005: a possessive pronoun's thing before the
        # colon ("His message to the chancellor was:") tells nothing: the speaker before
        "His assurances came after Sir Digby Jones said stability was all important "
        "and any extra cash should be spent on improving workers' skills. His "
        "message to the chancellor was: \"Please don't give it away in any form of "
        'electioneering."',
        [("Please don't give it away", "Digby Jones")],
    ),
    Spoken(  # bbc-tech-208 (its last four paragraphs): a demonstrative subject ("For
        # Henry Reichhold, this is progress:") tells nothing: the speaker before
        'It has been called "open source news" or even "moblog journalism" and it '
        'has flourished in the recent US election campaign. "Not many people walk '
        "around with their cameras, but they always have their mobile phones with "
        "them. If something happens, suddenly all these mobiles sort of appear from "
        'nowhere, and start taking pictures," said digital artist Henry Reichhold. '
        "He himself uses mobile phone pictures to create huge panoramic images of "
        "events and places. \"You see it in bars, you see it everywhere. It's a "
        'massive thing," Mr Reichhold told the BBC News website.\n\nWith some picture '
        "agencies already paying for exclusive phone pictures, especially of "
        "celebrities, there are also fears about the possible downside of this "
        "phenomenon.\n\nIt could become a nuisance for public figures as higher "
        "resolution picture phones hit the market, with five megapixel models "
        "already being launched in Asia. Already on US photojournal site, Buzznet, "
        "there is a public album full of snaps of celebrities, many of which were "
        "taken with camera phones. Tabloid newspapers in the UK and many monthly "
        "magazines invite readers to send in images of famous people they have seen "
        "and snapped. But there are other positive uses of picture mobile phones "
        "that may balance these uses. For instance, in Alabama, in the US, camera "
        "phones will be used to take snaps at crime scenes involving children, and "
        "help the authorities to arrest and prosecute paedophiles. And in China's "
        "capital Beijing, courts have adopted mobile phone photos as formal "
        "evidence. For Henry Reichhold, this is progress: \"That's the whole thing "
        'about the immediacy of the thing. I can see that happening a lot more."\n',
        [("That's the whole thing", "Henry Reichhold")],
    ),
    Spoken(  # bbc-tech-151: the subject's reading runs on past the verb
        # ("Merriam-Webster defines a blog"): the name it opens with
        'Merriam-Webster said "blog" headed the list of most looked-up terms on its '
        "site during the last twelve months. During 2004 blogs, or web logs, have "
        "become hugely popular and some have started to influence mainstream media. "
        "Other words on the Merriam-Webster list were associated with major news "
        "events such as the US presidential election or natural disasters that hit "
        'the US.\n\nMerriam-Webster defines a blog as: "a Web site that contains an '
        'online personal journal with reflections, comments and often hyperlinks".',
        [("a Web site that contains", "Merriam-Webster")],
    ),
    Spoken(  # bbc-sport-371: a name's thing opens the sentence ("Wilson
        # Whinneray's side"), and the clause before the colon is another's: no speaker
        "Wilson Whinneray's side rallied to beat Wales 6-0, their first win at the "
        "Arms Park in four attempts, and went unbeaten through the rest of the tour, "
        'but when they returned home the first question put to them was: "What '
        'happened in Newport?"',
        [("What happened in Newport", None)],
    ),
    Spoken(  # bbc-sport-079 (its first two paragraphs, without the title): "he" after
        # a sentence whose subject is someone's role and a name between commas
        # ("Kenteris's lawyer, Gregory Ioannidis, reacted") is the one named, not the owner
        "The World Anti-Doping Agency (Wada) will appeal against the acquittal of "
        "Kostas Kenteris and Katerina Thanou on doping charges, if the IAAF does "
        "not.\n\nThe pair were cleared of charges relating to missing dope tests by "
        'the Greek Athletics Federation last week. Wada chairman Dick Pound said: "I '
        "am convinced the IAAF will appeal against the decision, and we will support "
        "them. \"But if they accept the federation's ruling we will go before the "
        "Court of Arbitration for Sport,\" he added. Kenteris's lawyer, Gregory "
        "Ioannidis, reacted angrily to Pound's comments. \"Comments like these only "
        "help to embarrass the sporting governing bodies, create a hostage situation "
        'for the IAAF and strengthen our case further," he told BBC Sport.',
        [("Comments like these", "Gregory Ioannidis")],
    ),
    Spoken(  # bbc-business-043: "he" in a sentence whose subject is
        # someone else (the local Arab News) is the one person named there as a clause's
        # subject ("Ghazi al-Gosaibi had"), not the man named a sentence before
        "Last year, Crown Prince Abdullah, the de-facto ruler, told government "
        "departments to put plans in place for employing women. But progress has "
        "been slow, reports from the country say.\n\nEarlier this week, the local Arab "
        'News said Labour Minister Ghazi al-Gosaibi had "caused uproar" when he said '
        "his ministry was having difficulty hiring women because they demanded "
        "segregated offices.",
        [("his ministry was having", "Ghazi al-Gosaibi")],
    ),
    Spoken(  # bbc-politics-102: a name after "if" is a question's
        # subject, not the one who replied (Mr Blair, named before)
        "In his first comments since Sir Alan's announcement, Mr Blair told BBC News "
        "he had not yet read the report in detail. But told BBC News: \"As far as I'm "
        'concerned, we have drawn a line under that."\n\nAsked if Mr Blunkett could '
        'return to frontline politics at some point, he replied: "I have made my '
        "admiration for David very clear and it remains.",
        [("I have made my admiration", "Blair")],
    ),
    Spoken(  # bbc-business-242 (its first sentence): "the club" in a sentence whose
        # subject is no club is the one named there with a verb after it
        "The battle for control of Manchester United has taken another turn after "
        "the club confirmed it had received a fresh takeover approach from US "
        "business tycoon Malcolm Glazer.",
        [("it had received", "Manchester United")],
    ),
    Spoken(  # reuters21578-04354 (a sentence of it): specialists are a group
        # (group_nouns.txt)
        "    A new Canadian dollar issue for Hydro Quebec was seeing\nexcellent demand, sector "
        "specialists said, and the issue was\nquickly increased to a total of 150 mln dlrs "
        "from 125 mln.",
        [("A new Canadian dollar issue", "sector specialists")],
    ),
    Spoken(  # isot-reuters-665 (a sentence of it): "saying" after whom the subject
        # addressed ("appealed to the Supreme Court") is the subject's (the plaintiffs)
        "The plaintiffs, represented by the Pacific Legal Foundation conservative legal group, "
        "appealed to the Supreme Court saying a total ban on political speech unrelated to "
        "candidates or ballot initiatives is overly broad.",
        [("a total ban on political speech", "plaintiffs")],
    ),
    Spoken(  # bbc-business-188 (a sentence of it): so after "sent a letter to MCI's board"
        "Qwest chairman Richard Notebaert sent a letter to MCI's board on Thursday "
        "saying that it plans to submit a new offer after examining Verizon's bid.",
        [("it plans to submit", "Richard Notebaert")],
    ),
    Spoken(  # bbc-business-376 (from its fourth paragraph): not after "to" and a verb
        # ("allow the dollar to weaken despite saying")
        '"People want to go into the weekend and the New Year positioned for a '
        'weaker buck," said Tim Mazanec, director of foreign exchange at Investors '
        "Bank and Trust. The dollar slid to a record $1.3666 versus the euro on "
        "Thursday, before bouncing back to $1.3636. Against the yen the dollar was "
        "trading down at $103.05.\n\nThe yen, meanwhile, dropped to 141.60 per euro in "
        "afternoon trading. It later strengthened to 140.55. Investors are concerned "
        "about the size of the US trade and budget deficits and are betting that "
        "George W Bush's administration will allow the dollar to weaken despite "
        "saying they favour a strong currency.",
        [("they favour a strong currency", None)],
    ),
    Spoken(  # ggt-english-eval 5c3370aa1e67d78e27d0f869 (two sentences of it): "by local
        # media" after "quoted as saying" is how the words were sent, no passive's agent
        "National police chief Mohamad Fuzi Harun warned the public Monday not to speculate "
        "on Sultan Muhammad V's abdication. He was quoted as saying by local media that police "
        "had received several reports of provocative statements being made on social media "
        "and were investigating.",
        [("police had received several reports", "Mohamad Fuzi Harun")],
    ),
    Spoken(  # isot-reuters-304 (its title and first sentence): "A day after" opens a
        # clause of time, and the subject comes after its comma
        "Trump ally Bannon campaigns for Moore in Alabama\n\n(Reuters) - A day after President "
        "Donald Trump endorsed U.S. Senate candidate Roy Moore of Alabama, Trump\u2019s former "
        "chief strategist Steve Bannon campaigned in the state, telling a crowd that "
        "allegations of sexual misconduct against Moore were part of a smear campaign to keep "
        "him from office.",
        [("allegations of sexual misconduct", "Steve Bannon")],
    ),
    Spoken(  # bbc-politics-259: the one who "was asked" a question did not ask it
        "The former Sun editor dispensed a stream of well-crafted insults and "
        'one-liners. His advice for one young contestant was to "get a haircut and a '
        'brain transplant". Wheelchair user Kevin Donnellon was asked: "Why on earth '
        'do you want our elected representatives to be disabled?"',
        [("Why on earth", None)],
    ),
    Spoken(  # isot-reuters-185: a name in capitals and its titles before
        # a colon, in a list of market reactions
        "“It was a defeat for the Republican Party and Mr. Trump but it also "
        "motivates the Republicans to get their act together and get a bill signed.” "
        "KEITH LERNER, CHIEF MARKET STRATEGIST, SUNTRUST ADVISORY SERVICES IN "
        "ATLANTA, GA: “Tax reform is still likely to go through. What happened "
        "overnight may present an obstacle to the GOP agenda in 2018, but that’s "
        "arguably less important than tax reform.",
        [("Tax reform is still", "KEITH LERNER")],
    ),
    Spoken(  # ggt-english-eval 5c3fefc41e67d78e270257d3: "al-Shabaab", a name in lower
        # case, before an appositive that has a participle
        "Somali group al-Shabaab, an al-Qaeda affiliate fighting to impose strict Islamic law, "
        "said they carried out the attack in revenge for the U.S. decision to recognize "
        "Jerusalem as Israel's capital.",
        [("they carried out the attack", "al-Shabaab")],
    ),
    Spoken(  # aeb-nationalreview-175: a definite description before an indefinite
        # appositive is the subject, whom the cast does not know
        "The Bush-era whistleblower, a prot\u00e9g\u00e9 of John Bolton and Dick Cheney, would "
        "then have claimed that he was told by an anonymous NSC leaker that Obama in the call had "
        "confirmed his prior hot-mic, quid pro quo promise to drop missile defense in Eastern "
        "Europe if Putin would in return give \u201cspace\u201d to Obama before the 2012 election "
        "\u2014 with \u201cspace\u201d perhaps defined as the Russians keeping quiet and making "
        "Obama\u2019s foreign policy seem successful in the run-up to Election Day.",
        [("he was told by", None)],
    ),
    Spoken(  # bbc-entertainment-168: a name before its acronym in brackets and a relative
        # aside
        "The Parents Television Council (PTC), which monitors violence and sex on TV, said the "
        'cable music channel offered the "cheapest form" of programming.',
        [("the cable music channel", "Parents Television Council")],
    ),
    Spoken(  # isot-reuters-514: the same after an opening adverb, with an appositive
        "Meanwhile, the Congressional Budget Office (CBO), another nonpartisan research unit of "
        "Congress, said the number of Americans with health insurance would fall by 13 million "
        "by 2027 under the Republican tax bill, which would repeal an Obamacare federal fine "
        "meant to encourage people to buy health insurance.",
        [("the number of Americans", "Congressional Budget Office")],
    ),
    Spoken(  # ggt-english-eval 5c34c92a1e67d78e27d52117: a bracket inside a relative aside
        # (the cast does not know "Hadwin", named once here)
        "Hadwin, who notched two top-10 finishes on the PGA Tour and represented Canada at the "
        "World Cup of Golf with Taylor (they tied for fourth) during the fall of 2018, said "
        "he's excited to get back into the heat of competition again.",
        [("he's excited", None)],
    ),
    Spoken(  # reuters21578-03371 (its first sentence): a country before a body of the
        # government (org_government.txt: "Treasury") makes one name
        "    WASHINGTON, March 9 - The U.S. Treasury said its weekly\nauction of three-month "
        "bills produced an average rate of 5.63\npct, with a 5.59 pct rate on six-month bills.",
        [("its weekly", "U.S. Treasury")],
    ),
    Spoken(  # reuters21578-17413 (its first sentence): "the exchange" names the exchange
        "    TORONTO, April 29 - Daiwa Securities America Inc, wholly\nowned by Daiwa Securities "
        "Co Ltd, of Tokyo, received approval\nto acquire a seat on the Toronto Stock Exchange "
        "for 361,000\nCanadian dlrs, the exchange said.",
        [("Daiwa Securities America Inc", "Toronto Stock Exchange")],
    ),
    Spoken(  # aeb-aljazeera-081 (dev gold): a demonym before a body makes one name
        "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, "
        "which it said crashed in Logar province south of the capital Kabul.",
        [("crashed in Logar", "Afghan Taliban")],
    ),
    Spoken(  # reuters21578-06621 (its first sentence): an acronym before lower-case words
        # and "institute" is the institute's name
        "    WEST BERLIN, March 18 - The DIW economic research institute\nsaid West German "
        "economic growth in 1987 is unlikely to reach\nthe 1.5 pct rate it had forecast "
        "earlier this year.",
        [("West German economic growth", "DIW")],
    ),
    Spoken(  # reuters21578-04117 (its first sentence): the same before "news agency"
        "    BUDAPEST, March 12 - Hungary is to grow sugar beet on\n105,000 hectares of land "
        "this year compared with some 95,000 in\n1986, the official MTI news agency said.",
        [("Hungary is to grow", "MTI")],
    ),
    Spoken(  # isot-reuters-507 (its first sentence): members of a party "in" a body speak,
        # not the body
        "WASHINGTON (Reuters) - The top two Democrats in the U.S. Congress said they would not "
        "meet with President Donald Trump on Tuesday as planned after he said he does not "
        "think he can reach a deal with them on legislation to fund the government.",
        [("they would not meet", "Democrats")],
    ),
    Spoken(  # bbc-business-103 (its title and first two sentences): "the insurer" is the
        # firm named before it
        "US insurer Marsh cuts 2,500 jobs\n\nUp to 2,500 jobs are to go at US insurance broker "
        "Marsh & McLennan in a shake up following bigger-than-expected losses.\n\nThe insurer "
        "said the cuts were part of a cost-cutting drive, aimed at saving millions of dollars.",
        [("the cuts were part", "Marsh & McLennan")],
    ),
    Spoken(  # bbc-politics-165 (its first sentence): "chiefs" make a group that speaks
        "New powers are needed to close disorderly pubs, bars and clubs for up to a week or "
        "even permanently, police chiefs have told MPs.",
        [("New powers are needed", "police chiefs")],
    ),
    Spoken(  # bbc-tech-027 (two sentences): "DEC" in capitals is the acronym of a body
        # named before, no month
        "The site looks plausible because it uses an old version of the official Disasters "
        "Emergency Committee webpage. However, DEC has no connection with the fake site and "
        "says it has contacted the police about it.",
        [("it has contacted", "Disasters Emergency Committee")],
    ),
    Spoken(  # isot-reuters-444 (its title and a later bullet): a bullet, then an indefinite
        # description set off before the name it describes; "the former paratrooper" is he
        "Factbox: Five facts about Tom Cotton, Trump's likely pick for CIA\n\n- A decorated "
        "Army veteran of the wars in Iraq and Afghanistan, Cotton appeared to align himself "
        "with Trump\u2019s support of waterboarding, saying he did not consider it torture. "
        "\u201cWaterboarding isn\u2019t torture. We do waterboarding on our own soldiers in the "
        "military,\u201d the former paratrooper told CNN in November 2016.",
        [("he did not consider", "Tom Cotton"), ("Waterboarding isn", "Tom Cotton")],
    ),
    Spoken(  # bbc-sport-469 (its title, first paragraph and a later sentence): "said the
        # American" is a person, the one the story is about, not the USA
        "Moya emotional after Davis Cup win\n\nCarlos Moya described Spain's Davis Cup victory "
        "as the highlight of his career after he beat Andy Roddick to end the USA's challenge "
        "in Seville.\n\nRoddick was left frustrated after losing both his singles on the slow "
        "clay of Seville's Olympic Stadium. \"It's just tough because I felt like I was in it "
        'the whole time against one of the top three clay-courters in the world," said the '
        "American.",
        [("It's just tough", "Andy Roddick")],
    ),
    Spoken(  # bbc-politics-065 (its title and a later sentence): a body's name that ends
        # with a country is the body's
        "Guantanamo pair's passport ban\n\nAmnesty International UK also questioned whether "
        'the decisions had been based on "torture evidence" obtained at Guantanamo Bay.',
        [("whether the decisions", "Amnesty International")],
    ),
    Spoken(  # bbc-politics-004 (a later sentence): a person, then the body he speaks for
        # before the cue
        'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to make sure '
        'they come back to Blackpool."',
        [("We have tried", "Colin Asplin")],
    ),
    Spoken(  # isot-reuters-191 (three sentences): "the 64-year-old Republican" is a person
        # of that party, the one the story is about, not the party
        "Caroll Norman, a retired middle school teacher in Gadsden, said she did not know if "
        "she would vote for a Democrat for the first time in her life or write in another name "
        "on her ballot. Perusing a candle shop downtown Monday evening, the Trump supporter "
        "said not even the president\u2019s vocal backing of the embattled Republican nominee "
        "had swayed her. \u201cI\u2019ll have to pray about it and make a decision in the "
        "morning,\u201d the 64-year-old Republican said.",
        [("I\u2019ll have to pray", "Caroll Norman")],
    ),
    Spoken(  # bbc-politics-089 (its title, first paragraph and a later sentence): the role
        # between commas may come without a determiner
        "Tory leader quits legal position\n\nDavid McLetchie has resigned from his post as a "
        "partner in a legal firm following criticism over his dual role.\n\nPeter "
        "Misselbrook, executive partner of Tods Murray said Mr McLetchie had been considering "
        "retirement later in the year.",
        [("Mr McLetchie had been considering", "Peter Misselbrook")],
    ),
    Spoken(  # bbc-entertainment-372 (its title and a later paragraph): "Of Hepburn, she
        # said": the name before the parenthetical cue is what she spoke of, not who
        "Eastwood's Baby scoops top Oscars\n\nCate Blanchett, who won for playing late screen "
        'legend Katharine Hepburn in The Aviator, said her award was "an indescribable surprise '
        'and honour". Of Hepburn, she said: "The longevity of her career is inspiring to '
        'everyone."',
        [("The longevity of her career", "Cate Blanchett")],
    ),
    Spoken(  # reuters21578-02992 (its title, first paragraph and a later one): Japanese
        # officials are no senior U.S. officials described before them
        "U.S. SEEKS MAJOR JAPANESE ECONOMIC CHANGE IN APRIL\n\n    TOKYO, March 9 - The United "
        "States has openly attacked\nJapan's tight-fisted fiscal policy for the first time "
        "and\nwarned Tokyo its promised economic package in April must be\nsignificant, senior "
        "U.S. Officials said.\n    Several Japanese officials agreed that the real obstacle "
        "to\nstimulating the economy is the fiscal policy pursued by the\nFinance Ministry and "
        "said they welcomed the shift in U.S.\nPolicy.",
        [("they welcomed the shift", "Japanese officials")],
    ),
    Spoken(  # bbc-sport-150 (an epithet by a nationality noun: "the Dutchman")
        "Tottenham manager Martin Jol acclaimed his players for their patience in their 3-0 "
        'FA Cup fifth-round victory over a determined Nottingham Forest side.\n\n"We had the '
        "initiative but it wasn't easy. It was a professional sort of performance,\" the "
        "Dutchman said.",
        [("We had the initiative", "Martin Jol")],
    ),
    Spoken(  # reuters21578-01844 (a company whose name ends in a period that ends the
        # sentence too)
        "    NEW YORK, March 4 - Hallmark Stores Inc is raising 137.13\nmln dlrs through a "
        "three-tranche offering of secured bonds,\nsaid lead underwriter Salomon Brothers "
        "Inc.\n    A 31.63 mln dlr issue of bonds due 2001 was given a 9.45 pct coupon.",
        [("Hallmark Stores Inc is raising", "Salomon Brothers Inc.")],
    ),
    Spoken(  # isot-reuters-217 (sentences of its lede, middle and end): "the department"
        # is the one department named, not the body just named
        "WASHINGTON (Reuters) - The U.S. Treasury Department on Monday released a one-page "
        "analysis of the economic and fiscal impact of a Republican tax overhaul plan.\n\n"
        "President Donald Trump wants a single tax bill on his desk soon so he can sign it.\n\n"
        "The Trump administration sent a budget to Congress earlier this year that lawmakers "
        "largely ignored. While the White House has rolled back some regulations, it has made "
        "no substantial progress on infrastructure development or welfare changes. Growth of "
        "2.9 percent would produce $1.8 trillion in new tax revenues over 10 years, more than "
        "enough to offset the revenue that the tax plan would lose, the department said.",
        [("Growth of 2.9 percent", "U.S. Treasury Department")],
    ),
    Spoken(  # reuters21578-02246 ("here" after the speakers; "they" is them, not a
        # country named in the clause)
        "    LONDON, March 5 - Turkey is holding a buying tender for\n100,000 tonnes of white "
        "sugar on March 24, traders here said.\n    The sugar is being sought for early "
        "arrival and will\nprobably be met with April/May shipment sugar, they added.",
        [("Turkey is holding", "traders"), ("The sugar is being sought", "traders")],
    ),
    Spoken(  # reuters21578-10525 ("they" is the sources, not the agency the clause names)
        "    PARIS, March 27 - Nigeria and France have signed a\nbilateral agreement to "
        "reschedule Nigeria's\nofficial debt to France, government sources said.\n    The "
        "accord was signed here yesterday by Nigerian Finance\nMinister Chu Okongwu and senior "
        "French Treasury officials after\ntalks with CoFACE, the French export credit agency, "
        "they said.",
        [("The accord was signed", "government sources")],
    ),
    Spoken(  # reuters21578-08943 ("he" is the grain dealer just described, not the man
        # named before him; sentences of its fourth and later paragraphs)
        "    With that relationship, Growmark no longer needs to trade\nfutures through the "
        "cooperative, said Tom Mulligan, president\nof the co-op.\n"
        "    Mulligan said he believes the dissolution, if it is\napproved, is a result of "
        "change in the futures industry rather\nthan a change in U.S. agricultural "
        'economics.\n    A grain dealer at one member co-op said the futures arm\n"was a '
        "convenience, something that saved us a little bit of\nmoney. (Its dissolution) will "
        'force us to change our way of\ndoing business."\n    "We\'re sorry to see the co-op '
        'go by the wayside," he said.',
        [("We're sorry to see", "grain dealer at one member co-op")],
    ),
    Spoken(  # bbc-sport-055 (an epithet: "champion")
        "Kelly Holmes has been forced out of this weekend's European Indoor Athletics "
        "Championships after picking up a hamstring injury during training.\n\nThe double "
        'Olympic champion said: "I am very disappointed that I have been forced to withdraw."',
        [("I am very disappointed", "Kelly Holmes")],
    ),
    Spoken(  # bbc-sport-465 (sentences of its first, third and fourth paragraphs: a phrase
        # of time before the subject; "she" is the champion described, named further back,
        # not the player she lost to)
        "Justine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match in "
        "Belgium on Sunday for her second defeat in two days.\n\n"
        "Henin-Hardenne was speaking after a 6-2 5-7 6-2 loss to world number six Dementieva in "
        "Charleroi, Belgium, on Sunday. The previous day, the Olympic champion went down 6-2 "
        "7-5 to France's Nathalie Dechy.\n\n\"I have to be positive, I still have a few "
        'weeks," she said.',
        [("I have to be positive", "Justine Henin-Hardenne")],
    ),
    Spoken(  # reuters21578-07661 ("was quoted as saying" is a cue, as "said" is)
        "    Another Belgrade trade union council leader, Predrag\nPetrovic, was quoted as "
        "saying hundreds of workers had been on\nstrike in Belgrade.",
        [("hundreds of workers", "Predrag Petrovic")],
    ),
    Spoken(  # reuters21578-20864 (after a quote)
        "    LUXEMBOURG, Oct 19 - British foreign secretary Sir Geoffrey\nHowe told his EC "
        "colleagues on Monday that Britain wants\nagreement by December on a detailed plan.\n"
        "    British diplomatic sources quoted Howe as saying that an\naccord containing "
        "detailed figures must be\nreached in advance of an EC heads of government summit "
        'meeting\nin December.\n    "We require numbers as well as words in all the '
        'commodity\nregimes," Howe was quoted as saying.',
        [("We require numbers", "Geoffrey Howe")],
    ),
    Spoken(  # isot-reuters-909 (its first sentence and a later one: "X quoted Y as saying"
        # is Y's, not the newspaper's)
        "WASHINGTON (Reuters) - U.S. President Donald Trump does not recall a meeting with his "
        "foreign policy advisers in March 2016. \u201cI\u2019m not under investigation, as you "
        "know,\u201d the Times quoted Trump as saying.",
        [("I\u2019m not under investigation", "Donald Trump")],
    ),
    Spoken(  # reuters21578-05781 (the one quoted, with an appositive, before "as saying")
        "    The newspaper quoted Wang Xianjin, general director of the\nState Land "
        "Administration, as saying the 1987 quota would be\nbelow the 320,000 hectares lost in "
        "1985.",
        [("the 1987 quota", "Wang Xianjin")],
    ),
    Spoken(  # bbc-business-455 ("Y was quoted by X as saying": Y)
        "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the "
        'carrier could no longer afford to remain "all-Australian".',
        [("the carrier could no longer", "Geoff Dixon")],
    ),
    Spoken(  # reuters21578-15957 (after a quote: the one quoted, not "the source")
        "    A monetary source who heard Sourrouille's speech from a\nvantage point close to "
        "U.S. Treasury Secretary James Baker,\nsaid Baker turned to one of his advisors.\n"
        '    "Let\'s give them a call right away," the source quoted Baker\nas saying.',
        [("Let's give them a call", "James Baker")],
    ),
    Spoken(  # isot-reuters-953 ("cited Y as saying"; the clause starts after the dateline)
        "MOSCOW (Reuters) - Allegations of Russian meddling in elections in the United States "
        "and Europe are \u201cfantasies\u201d, the Interfax news agency cited Russian Foreign "
        "Minister Sergei Lavrov as saying on Tuesday.",
        [("Allegations of Russian meddling", "Sergei Lavrov")],
    ),
    Spoken(  # bbc-tech-029 (a sentence of its second paragraph and two of its fourth:
        # "is reported as saying" after a quote; not the speaker of the quote before)
        "Mitchell Kapor, chairman of the Mozilla foundation, warned that Microsoft could use "
        'patent lawsuits in the future.\n\n"Some of the patents have dubious validity," said '
        'Dr Jeremy Philpott of the UK Patent Office. "If totally pushed to the wall - because '
        "their business model no longer holds up in an era in which open source is an "
        "economically superior way to produce software...of course they're going to "
        'unleash the WMDs," Mr Kapor is reported as saying.',
        [("If totally pushed to the wall", "Mitchell Kapor")],
    ),
    Spoken(  # bbc-business-043 (its headline and first sentence: the speaker's name is long,
        # the comma far from "saying")
        "Saudi ministry to employ women\n\nWomen will be employed in Saudi Arabia's foreign "
        "ministry for the first time this year, Foreign Minister Prince Saud Al-Faisal has "
        "been reported as saying.",
        [("Women will be employed", "Saud Al-Faisal")],
    ),
    Spoken(  # ggt-english-eval 5c3370aa1e67d78e27d0f869 (a title that names no one, then
        # the person's name between commas)
        "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said the Council of Rulers held a "
        "meeting Monday and set Jan. 24 to elect a new king.",
        [("the Council of Rulers held", "Syed Danial Syed Ahmad")],
    ),
    Spoken(  # isot-reuters-728 ("the statement said" after "X said, according to a statement
        # issued by ...": the statement's issuer's, not Xi's)
        "China and the United States should face economic issues in a forward-looking and "
        "constructive way and resolve problems by expanding economic cooperation, Xi said, "
        "according to a statement issued by China\u2019s Ministry of Foreign Affairs on "
        "Thursday. China agreed to further lower market entry barriers to its banking, "
        "insurance, and securities industries and will gradually reduce vehicle tariffs, the "
        "statement said.",
        [
            ("China and the United States", "Xi"),
            ("China agreed", "China\u2019s Ministry of Foreign Affairs"),
        ],
    ),
    Spoken(  # reuters21578-19242 (the name before "which it says" is what is said of, not
        # who says it)
        "WASHINGTON, June 19 - Salomon Brothers Inc said it has\nacquired 21,978 convertible "
        "subordinated debentures of Harcourt\nBrace Jovanovich Inc, which it says could be "
        "converted into\n21,978,000 common shares.",
        [("could be converted", "Salomon Brothers Inc")],
    ),
    Spoken(  # isot-reuters-364 (a body "to" a country is the body)
        "MOSCOW (Reuters) - The U.S. Embassy to Russia said on Monday it would restart some "
        "visa services in U.S. consulates which it had previously canceled due to diplomatic "
        "expulsions that had left it short-staffed.",
        [("it would restart", "U.S. Embassy")],
    ),
    Spoken(  # isot-reuters-987 (a role "to" a body, then the holder's name)
        "KINSHASA (Reuters) - U.S. Ambassador to the United Nations Nikki Haley said on Friday "
        "she did not want to take the job of Secretary of State Rex Tillerson.",
        [("she did not want", "Nikki Haley")],
    ),
    Spoken(  # isot-reuters-448 (two sentences of it): "to London" ends the place; the
        # ambassador's name follows it
        "The U.S. ambassador to London Woody Johnson wrote on Twitter he had relayed concerns "
        "to Washington. \u201cThe U.S. & UK have a long history of speaking frankly with each "
        "other, as all close friends do,\u201d he said.",
        [("he had relayed", "Woody Johnson"), ("The U.S. & UK", "Woody Johnson")],
    ),
    Spoken(  # bbc-sport-328 (sentences of two paragraphs, some left out): two statements
        # of one subject share its speaker ("The 31-year-old admitted ..., calling it")
        "But Umaga said: \"He'd be hard pushed to do that now considering the shape of the Six "
        "Nations. \"But you can't disguise Wales and Ireland in particular. I'll admit it'll be "
        "fairly awesome lining up against the likes of Brian O'Driscoll.\"\n\nUmaga will meet "
        "O'Driscoll in Saturday's Rugby Aid match at Twickenham, with the Irish captain leading "
        "the Northern Hemisphere side. O'Driscoll is among a host of players in the Northern "
        "Hemisphere squad, coached by Woodward, that are tipped for Lions call-ups. \"It'll be "
        "good for us to get an early idea of some of these guys, although a lot can change "
        'between now and June," Umaga said. The 31-year-old admitted interest in the Lions '
        'tour was immense, calling it "the biggest thing to hit New Zealand since Lord of the '
        'Rings".',
        [("interest in the Lions tour", "Umaga"), ("the biggest thing", "Umaga")],
    ),
    Spoken(  # isot-reuters-172 (two sentences of it): a court document speaks for whose it is
        "Fusion GPS, in a notice to a federal judge in Washington late on Tuesday, said that a "
        "subpoena sent by the Republican-led U.S. House of Representatives Intelligence "
        "Committee and its chairman, Devin Nunes, to the firm\u2019s bank was \u201cpart of an "
        "ongoing effort to discredit Fusion in retaliation for its role in undertaking "
        "research\u201d into Trump during the election. Fusion\u2019s court document said that "
        "information its founder, Glenn Simpson, provided to the committee during closed door "
        "testimony in November then surfaced in media reports.",
        [("information its founder", "Fusion GPS")],
    ),
    Spoken(  # isot-reuters-448 (sentences of it): lower-case words, a party or body and a
        # role before the name after a quote ("opposition Labour lawmaker") are its speaker's
        # lead; the quote is not inherited from the one before
        "London\u2019s mayor, Sadiq Khan, said May should withdraw the offer of a state visit. "
        "\u201cAfter this latest incident, it is increasingly clear that any official visit at "
        "all from President Trump to Britain would not be welcomed,\u201d Khan, who has clashed "
        "on Twitter with Trump, said. British lawmakers held an urgent session to discuss "
        "Trump\u2019s tweets, with parliamentarians from across the political divide united in "
        "condemnation. \u201cBy sharing it (the videos), he is either a racist, incompetent or "
        "unthinking, or all three,\u201d opposition Labour lawmaker Stephen Doughty said.",
        [("After this latest incident", "Sadiq Khan"), ("By sharing it", "Stephen Doughty")],
    ),
    Spoken(  # isot-reuters-684 (sentences of it)
        "\u201cThese allegations are completely false and misleading,\u201d Moore said. Numerous "
        "prominent Republicans have either called on Moore to drop out immediately, as Arizona "
        "Senator John McCain did on Thursday, or said he should do so if the allegations prove "
        "true, including Senate Majority Leader Mitch McConnell. \u201cMoore is unfit for office "
        "and should step aside,\u201d former Republican presidential nominee Mitt Romney said "
        "Friday on Twitter.",
        [("These allegations", "Moore"), ("Moore is unfit", "Mitt Romney")],
    ),
    Spoken(  # reuters21578-04180 (sentences of it): "it" after a connective that opens the
        # sentence is the body that spoke in the sentence before, not one its words named
        "BOULDER, Colo., March 12 - Synergetics International Inc\nsaid it has received its "
        "first order from China, a 250,000 dlr\norder for a flood management system to be used "
        "in the Daning\nand Yuzixi river basins of the Yangtse River.\n    The company also said "
        "it has received Japanese government\ncertification for its satellite transmitter "
        "products, allowing\nusers of Synergetics' remote computer systems to transmit a\n"
        "variety of hydrological and meteorological data via the Japan\nSpace Agency's GMS "
        "satellite.\n    In addition, it said it has appointed Vaisala KK of\nHelsinki as "
        "exclkusive distributor of its products.",
        [("it has appointed", "Synergetics International Inc")],
    ),
    Spoken(  # reuters21578-05750 (sentences of it)
        "TWA said it would not buy more USAir Group stock, at least\nfor the moment.\n    But "
        'it said it still believes a TWA-USAir combination would\n"create certain synergies '
        'that would be mutually beneficial to\nboth carriers."',
        [("it still believes", "TWA")],
    ),
    Spoken(  # bbc-politics-042 (a sentence of it): where the named person works, after a
        # comma, with no closing comma: the person speaks, not the union
        "Mark Serwotka, from the Public and Commercial Services union said there should be a "
        "co-ordinated one day strike unless there was a government rethink.",
        [("there should be", "Mark Serwotka")],
    ),
    Spoken(  # bbc-tech-163 (a sentence of it)
        '"The story this year remains all about digital and how that is completely '
        'transforming and revolutionising products and the way people interact with them," '
        "Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC News "
        "website.",
        [("The story this year", "Jeff Joseph")],
    ),
    Spoken(  # bbc-business-093
        "Argentina's President, Nestor Kirchner, said on Friday: \"A year ago when we started "
        'the swap (negotiations), they told us we were crazy, that we were irrational."',
        [("A year ago", "Nestor Kirchner")],
    ),
    Spoken(  # bbc-politics-073
        "The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs "
        'the succession, was discriminatory but added that "for all practical purposes its '
        'effects are limited".',
        [("for all practical purposes", "Falconer")],
    ),
    Spoken(  # isot-reuters-798 (the clause after "according to the documents" is theirs;
        # the name opening it is no appositive of "the documents")
        "According to the documents, George Papadopoulos, a Trump campaign adviser, said at a "
        "March 31, 2016, meeting of Trump foreign policy advisers \u201cthat he had "
        "connections that could help arrange a meeting between then-candidate Trump and "
        "President Putin.\u201d",
        [("George Papadopoulos, a Trump", None)],
    ),
    Spoken(  # aeb-slate-093 (... but a name between "according to" and a quote is who spoke)
        "According to his aunt, Jane Starner, \u201cHe was brilliant from the start\u2014reading "
        "at an adult level when he was in kindergarten and talking to college "
        "students.\u201d",
        [("He was brilliant", "Jane Starner")],
    ),
    Spoken(  # bbc-politics-389 (an adverb in "-ly" between the speaker and the cue)
        "Gordon Brown spoke on Monday. Mr Brown vigorously denied Conservative claims that he "
        "had in effect fiddled the figures to ensure that he met his own fiscal rules.",
        [("Conservative claims", "Gordon Brown")],
    ),
    Spoken(  # ggt-english-eval 5c5e50711e67d78e27616b23 (a sentence of its second paragraph,
        # one of its twentieth: "the railway" is the one railway the story names)
        "Three employees with Canadian Pacific Railway were killed.\n\nThe Calgary-based "
        "railway said in the report that it also places locomotives at different points "
        "along a train in the winter.",
        [("it also places locomotives", "Canadian Pacific Railway")],
    ),
    Spoken(  # bbc-politics-130 (its first sentence and one of a later paragraph: a quoted
        # word inside a relative aside; "already" before the cue)
        "Tony Blair is being urged to use all his negotiating powers to end poor countries' "
        'debt and double aid.\n\nMr Blair, who has described Africa as a "scar" on the '
        "world's conscience, has already said tackling world poverty would be one his G8 "
        "priorities.",
        [("tackling world poverty", "Tony Blair")],
    ),
    Spoken(  # isot-reuters-743 (a name with "the" between commas is the speaker)
        "A conservative website, the Washington Free Beacon, has already said that it hired "
        "Fusion to research Trump and other Republican candidates.",
        [("it hired Fusion", "Washington Free Beacon")],
    ),
    Spoken(  # bbc-politics-231 (... but a name before "the Title" comes first)
        "At the time Lord Woolf, the Lord Chief Justice, had said the one third reduction would "
        "only be in extraordinary circumstances.",
        [("the one third reduction", "Woolf")],
    ),
    Spoken(  # bbc-entertainment-182 (a sentence of its second paragraph, one of its fourth
        # and one of its fifth: "the TV special" is no appositive, not being between commas)
        "Stars include actors Kevin Spacey, Halle Berry and George Clooney on the NBC "
        "broadcast.\n\nBut Clooney accused O'Reilly of creating a fuss for his own personal "
        "gain.\n\nHe urged O'Reilly to co-present the TV special, adding in a letter: \"We're "
        "not playing games here, we're trying to save lives.\"",
        [("We're not playing games", "George Clooney")],
    ),
    Spoken(  # bbc-business-353 (a bare "most" that speaks is the group named just before)
        "International agencies have pledged their support; most say it is impossible to "
        "gauge the extent of the damage yet.",
        [("it is impossible to gauge", "International agencies")],
    ),
    Spoken(  # bbc-politics-076 (a participle aside between a speaker and the cue)
        "A senior defence official, speaking to the BBC's defence correspondent Paul Adams, "
        "said that although the figures were still not good enough, the report reflected "
        "unrealistic expectations early on in the project cycle.",
        [("although the figures", "senior defence official")],
    ),
    Spoken(  # isot-reuters-304 (two sentences, and a later one: "More recently, however,"
        # opens the sentence before its subject)
        "Trump originally supported Moore\u2019s opponent in the Republican primary, Luther "
        "Strange, who was favored by Senate Majority Leader Mitch McConnell and other members "
        "of the Republican establishment. When the accusations against Moore were first "
        "reported, McConnell called on Moore to drop out of the race. More recently, however, "
        "McConnell has tempered his view, saying Alabama voters should determine whether "
        "Moore should be elected.",
        [("Alabama voters should determine", "Mitch McConnell")],
    ),
    Spoken(  # reuters21578-21202 (an adverb in "-ly" ends the subject: "and said" is Baker's)
        "    In a weekend television interview, U.S. Treasury secretary\nJames Baker sharply "
        "criticised a recent rise in West German\nmoney market rates and said the eight "
        "month-old Louvre pact to\nfoster exchange rate stability needs to be reviewed.",
        [("the eight month-old Louvre pact", "James Baker")],
    ),
    Spoken(  # bbc-sport-209 (its headline and first sentence, and the first of its second
        # paragraph: a speech verb ends the subject, "believes Mourinho ...")
        "Gallas sees two-horse race\n\nChelsea's William Gallas believes they will battle it out "
        "with Arsenal for the Premiership in the coming months.\n\nAnd the French "
        "international defender believes Mourinho is perfectly suited to boss the squad of "
        "Chelsea stars and says his managerial expertise will prevent any player revolt.",
        [("his managerial expertise", "William Gallas")],
    ),
    Spoken(  # bbc-politics-126 ("by saying": the subject of the sentence)
        "French President Jacques Chirac reacted to his warning by saying Europe instead "
        "needed to reinforce its own unity.",
        [("Europe instead needed", "Jacques Chirac")],
    ),
    Spoken(  # huff-post_2016-09-16_black-lawmakers-rip-donald-trump (PolNeAR dev): a quote
        # paragraph left open, then one with a named attribution of its own
        "\u201cIt\u2019s a dog whistle to all Americans, especially African-Americans,\u201d "
        "Rep. Gwen Moore (D-Wis.) said Friday. \u201cIf indeed Barack Obama is not "
        "intelligent, how can you feel good about yourself as a sixth-grader if you\u2019re an "
        "African-American.\n\u201cI have been doing a lot of thinking recently about where "
        "we are as a country,\u201d added Rep. Jim Clyburn (D-S.C.), the assistant leader of "
        "the Democratic caucus. \u201cOne of the things that we all are used to in this "
        "business is dog whistles.\u201d",
        [("I have been doing", "Jim Clyburn"), ("One of the things", "Jim Clyburn")],
    ),
    Spoken(  # ggt-english-eval 5c20ae45795bd2d89328853e ("CLAUSE, ROLE NAME told": a
        # nickname in quotes inside the name)
        "At least four band members and support crew were killed, lead singer Riefian "
        "\u201cIfan\u201d Fajarsyah told followers in a tearful Instagram account.",
        [("At least four band members", "Riefian Fajarsyah")],
    ),
    Spoken(  # bbc-politics-199 ('NAME who said: "...': the antecedent speaks)
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "
        '"You wouldn\'t let your child watch the Texas Chainsaw Massacre."',
        [("You wouldn't let", "Tessa Jowell")],
    ),
    Spoken(  # bbc-business-121 ("Mervyn" is a first name, so "King" a surname)
        "However, BoE governor Mervyn King warned only last month that the era of "
        "consistently low inflation and low unemployment may be coming to an end.",
        [("the era of consistently", "Mervyn King")],
    ),
    Spoken(  # reuters21578-12791 (its first sentence, and one of its fourth paragraph:
        # "nevertheless" between the subject and the cue)
        "    BONN, April 3 - West German Finance Minister Gerhard\nStoltenberg said the "
        "currency agreement reached in Paris in\nFebruary had been successful and would be "
        "continued.\n    The minister nevertheless added that he would make clear\nduring his "
        "trip to Washington that West Germany's nominal trade\nfigures gave a false "
        "impression about actual trade flows.",
        [("he would make clear", "Gerhard Stoltenberg")],
    ),
    Spoken(  # reuters21578-10829 (a capitalised cue opening its sentence, inverted)
        "    Said Future Computing analyst Joe Cross, \"That's some\nindication of the kind of "
        'money IBM is leaving on the table."',
        [("That's some", "Joe Cross")],
    ),
    Spoken(  # constructed after reuters21578-10829: a period inside the name and a colon
        # before the quote are no sentence end between the cue and the quote
        "    Said Future Computing analyst Dr. Joe Cross: \"That's some\nindication of the kind "
        'of money IBM is leaving on the table."',
        [("That's some", "Joe Cross")],
    ),
    Spoken(  # aeb-slate-093 (a sentence of its second paragraph and one of a later one: "As X
        # put it, "..."")
        "He was a beloved and influential peer to writers including Neil Gaiman, Jo Walton, "
        "Ellen Kushner and Daniel Abraham.\n\nAs Gaiman put it, \u201cHad he taken The Dragon "
        "Waiting and written a sequence of five books based in that world, with that power, "
        "he would\u2019ve been George R.R. Martin.\u201d",
        [("Had he taken", "Neil Gaiman")],
    ),
    Spoken(  # isot-reuters-713 (a sentence, cut at its start, and a later one: "put it
        # aside" is no cue, and the fragment stays Murkowski's)
        "The scientists, including several retired former officials from the U.S. Fish & "
        "Wildlife Service, said in a letter to Senator Lisa Murkowski of Alaska and Senator "
        "Maria Cantwell of Washington that drilling for oil and gas in the refuge would be "
        "\u201cincompatible with the purposes for which the refuge was established.\u201d\n"
        "  Murkowski, who chairs the Senate Energy Committee, called the 1002 portion a "
        "\u201cnon wilderness area\u201d because the government put it aside decades ago for "
        "petroleum exploration.",
        [("non wilderness area", "Lisa Murkowski")],
    ),
    Spoken(  # bbc-politics-355 (a fragment framed by "urged": the urger's words)
        "Mr Cable said 40% of all pensioners were now paying marginal tax rates of 50%. But the "
        "Lib Dem spokesman questioned whether that money was being found from cuts to education "
        'and health. He urged the government to scrap the "grossly unfair" tax completely.',
        [("grossly unfair", "Cable")],
    ),
    Spoken(  # bbc-sport-502 (sentences of its first three paragraphs: "The Russian" who
        # said is a person, not Russia)
        "The Belgian sports minister at the centre of the Svetlana Kuznetsova doping row says "
        "he will not apologise for making allegations against her.\n\nKuznetsova says the "
        "stimulant may have been in a cold remedy she took. The Russian said she did nothing "
        "wrong by taking the medicine during the event.\n\nEerdekens said he made the "
        "statement in order to protect the other three players that took part in the "
        "tournament, Belgian Justine Henin-Hardenne, Nathalie Dechy of France and Russia's "
        "Elena Dementieva.",
        [("she did nothing wrong", "Svetlana Kuznetsova")],
    ),
    Spoken(  # isot-reuters-159 ("Coroner" is a title; "the coroner" is the one named so)
        "(Reuters) - Kentucky state Representative Dan Johnson, who was facing sexual assault "
        "accusations, died in a probable suicide on Wednesday, Bullitt County Coroner Dave "
        "Billings said.  Johnson, 57, also the leader of the Louisville-area Heart of Fire "
        "Church, held a news conference on Tuesday at which he denied accusations. On Wednesday "
        "evening, Johnson was found dead in a probable suicide from a single gunshot wound near "
        "Louisville, the coroner said.",
        [("On Wednesday evening", "Dave Billings")],
    ),
    Spoken(  # isot-reuters-219 ("that he had grabbed her" tells neither her gender nor his)
        "** Ninni Laaksonen, a former Miss Finland, accused Trump of groping her in 2006 when "
        "she was representing her country in the Miss Universe beauty contest. Laaksonen told "
        "the Ilta-Sanomat newspaper in October 2016 that he had grabbed her behind before she "
        "appeared on a television show in New York with other contestants. \u201cHe really "
        "grabbed my butt. I don\u2019t think anybody saw it but I flinched and thought: "
        "\u2018What is happening?\u2019,\u201d she was quoted as saying in the newspaper.",
        [("He really grabbed my butt", "Ninni Laaksonen")],
    ),
    Spoken(  # bbc-sport-282 (an epithet by role: "boss")
        "Manchester United's Alex Ferguson has praised his players' gutsy performance in the "
        '1-0 win at Aston Villa.\n\n"That was our hardest away game of the season and it was a '
        'fantastic game of football, end-to-end with lots of good passing," said the Old '
        "Trafford boss.",
        [("That was our hardest", "Alex Ferguson")],
    ),
    Spoken(  # ggt-english-eval 5c4977bc1e67d78e27204091 ("the justice official": the one
        # described before, not the ambassador the story is about; its first paragraph and
        # its twelfth to fourteenth)
        "OTTAWA \u2014 Controversy erupted on Wednesday after John McCallum, Canada\u2019s "
        "ambassador to China, told Chinese-language media that he thinks Huawei executive Meng "
        "Wanzhou has \u201cquite a strong case\u201d against extradition to the United "
        "States.\n .\n \u201cIf a judge says you are good to go in terms of (extradition), "
        "it\u2019s still up to the minister to decide whether to send someone, to surrender "
        "someone, for extradition,\u201d a justice official said at the Dec. 12 briefing.\n .\n "
        "Canada\u2019s track record shows that the vast majority of U.S. extradition requests "
        "are successful. The justice official told reporters more than 90 per cent of U.S. "
        "extraditions go through.",
        [("more than 90 per cent", "justice official")],
    ),
    Spoken(  # isot-reuters-062 ("the White House official" is not the governor named
        # between, who is nobody's spokesman, but the senior official who spoke first; a
        # clause that ends in a name is no appositive of it)
        "WASHINGTON (Reuters) - Sweeping tax code changes aimed at keeping U.S. companies from "
        "shifting profits offshore to avoid taxes will not affect the battered economy of "
        "Puerto Rico, a senior White House official said on Wednesday. Puerto Rico Governor "
        "Ricardo Rossello has said the provisions in a new tax bill passed by Congress could "
        "prompt drug and medical device manufacturers to leave the island territory, which is "
        "considered a foreign jurisdiction for tax purposes. \u201cI personally do not think "
        "that this is going to hurt Puerto Rico,\u201d the White House official told reporters, "
        "speaking on condition of anonymity.",
        [
            ("Sweeping tax code changes", "senior White House official"),
            ("the provisions in a new tax bill", "Ricardo Rossello"),
            ("I personally", "senior White House official"),
        ],
    ),
    Spoken(  # bbc-politics-130 (a described speaker whose body's name holds "for")
        'A spokeswoman for the Department for International Development said: "The government '
        "had made a clear commitment to reaching 0.7% of gross national income for overseas "
        'development aid by 2013."',
        [
            (
                "The government had made",
                "spokeswoman for the Department for International Development",
            )
        ],
    ),
    Spoken(  # reuters21578-10132 (a dateline in capitals, then the same)
        "RIO DE JANEIRO, MARCH 26 - No negotiated solution is in\nsight to a three-day-old "
        "national strike by the majority of\nBrazil's 700,000 bankworkers, a spokesman for the "
        "National\nFederation of Banks said.",
        [("No negotiated solution", "spokesman for the National Federation of Banks")],
    ),
    Spoken(  # reuters21578-13631 (an aside closes with a comma: the sources speak)
        "    WASHINGTON, April 7 - President Reagan will shortly\nnominate the head of the U.S. "
        "program for Third World\ndevelopment, Peter McPherson, as second-ranking officer of "
        "the\nDepartment of the Treasury, administration sources said.",
        [("President Reagan will shortly", "administration sources")],
    ),
    Spoken(  # bbc-politics-083 (a relative clause after the group: the group speaks)
        "His determination to stay away from a central role will disappoint some senior "
        "Conservative members, who say the party needs him.",
        [("the party needs him", "senior Conservative members")],
    ),
    Spoken(  # bbc-entertainment-085 (a place after "in" is where the speaker is)
        "The BBC's Zubair Ahmed in Mumbai says that the controversial film shows a priest in "
        "steamy scenes with a girl half his age.",
        [("the controversial film", "Zubair Ahmed")],
    ),
    Spoken(  # constructed after a GGT court report (5c3e038e): the cast knows "she" told
        # police, so "He told detectives" is the man, not the woman named last
        "Rob Kerr dragged Jody Marsh outside. He pulled her across the yard and threw her in "
        "his trunk. Squad cars passed him on the highway. Jody Marsh told police she could "
        "hear the sirens. He told detectives he would have opened fire if officers had tried "
        "to stop him.",
        [("she could hear", "Jody Marsh"), ("he would have opened fire", "Rob Kerr")],
    ),
    Spoken(  # aeb-thespacereview-134 (its first and a later paragraph): a bare description
        # names the one body of its kind named in the sentence before
        "Earlier this month, NASA announced the newest milestone in the development of its "
        "long-awaited (and long-delayed) Space Launch System.\n\n"
        "The SLS has been a key part of NASA\u2019s exploration plans since the language in "
        "the 2010 NASA authorization act that directed the agency to develop it. While the "
        "plans themselves have changed, the agency has maintained that the SLS will "
        "nonetheless be essential for human spaceflight beyond Earth orbit.",
        [("the SLS will nonetheless", "NASA")],
    ),
    Spoken(  # bbc-business-224 ("the club" after a quote)
        "Manchester United's response comes as little surprise, as the board made clear. "
        '"Any board has a responsibility to consider a bona fide offer proposal," the club '
        "said in its statement.",
        [("Any board has a responsibility", "Manchester United")],
    ),
    Spoken(  # bbc-business-184: a one-word name with a capital inside speaks as a company
        'DrKW said the cuts are either to clear stock or could indicate a longer term "step '
        'change in pricing in certain areas" at M&S. "Either way, this cannot be good news for '
        "M&S' margin,\" it added.",
        [("the cuts are either", "DrKW"), ("Either way", "DrKW")],
    ),
    Spoken(  # bbc-sport-016: an inverted description, then the name in apposition
        '"A decision is now expected by around mid-March," said one of their lawyers, '
        "Michalis Dimitrakopoulos.",
        [("A decision is now expected", "Michalis Dimitrakopoulos")],
    ),
    Spoken(  # bbc-entertainment-202 (cut): a title before the name in apposition
        '"Our aim is not to rewrite the storyline of EastEnders," said the committee chairman, '
        "MP Edward Leigh.",
        [("Our aim is not", "Edward Leigh")],
    ),
    Spoken(  # bbc-sport-358: a role "of" something before the name ends the phrase
        '"Under the Elite Player Squad agreement, England wanted a second opinion," director '
        "of rugby Nigel Melville told the Gloucester Citizen.",
        [("Under the Elite Player Squad", "Nigel Melville")],
    ),
    Spoken(  # bbc-tech-064: a document "from" its author (lexicon/documents.txt)
        "Mobile phones are still enjoying a boom time in sales, according to research from "
        "technology analysts Gartner.",
        [("Mobile phones are still", "Gartner")],
    ),
    Spoken(  # bbc-business-370
        "US industrial production increased in December, according to the latest survey from "
        "the Institute for Supply Management (ISM).",
        [("US industrial production", "Institute for Supply Management")],
    ),
    Spoken(  # bbc-sport-136: a company or club first makes an organisation
        # (lexicon/companies.txt), which "the German club" names
        "Iranian striker Vahid Hashemian will not travel to Israel for Bayern Munich's "
        "Champions League match against Maccabi Tel Aviv on Wednesday.\n\nThe German club "
        "said the player had pulled out because of a back injury.",
        [("the player had pulled out", "Bayern Munich")],
    ),
    Spoken(  # bbc-tech-103
        "According to recent figures, Sony Ericsson's profits tripled in the third-quarter "
        "because of new camera phones.  Over 60% of mobiles sold during the three months "
        "through to September featured in-built cameras, it said.",
        [("Over 60% of mobiles", "Sony Ericsson")],
    ),
    Spoken(  # bbc-tech-081: a group named by a plural noun (lexicon/group_nouns.txt)
        "The report reveals that 84% of net users say they regularly use Google, Ask Jeeves, "
        "MSN and Yahoo when online.",
        [("they regularly use Google", "net users")],
    ),
    Spoken(  # isot-reuters-046: a place after a place ("in Oakland, California,") is where
        # the speaker is, not who speaks
        "U.S. District Judge Haywood Gilliam Jr. in Oakland, California, said the federal "
        "government likely did not follow proper administrative procedures in promulgating "
        "the new rules.",
        [("the federal government likely", "Haywood Gilliam Jr.")],
    ),
    Spoken(  # aeb-chron-110: a participle cue before a quote is the main clause's speaker's
        "\u201cPeople are a little more cautious in regards to purchasing vehicles,\u201d "
        "InfoNation President Dan McDowell said, adding, \u201c2019 is just not as strong as "
        "2018.\u201d",
        [("2019 is just not", "Dan McDowell")],
    ),
    Spoken(  # bbc-tech-270: a surname that is a title word elsewhere ("Paul King", "Mr King")
        '"Net firms are realising that it\'s not just about anti-virus and firewalls," said Paul '
        'King, chief security architect at Cisco. "There are more things that can be done in the '
        'network to protect data centres." Mr King said the only way to properly combat these '
        "so-called Distributed Denial-of-Service attacks was with intelligent net-based systems.",
        [("Net firms are realising", "Paul King"), ("the only way to properly", "Paul King")],
    ),
    Spoken(  # constructed: a number with a slash opens an inverted speaker ("9/11 widow")
        '"They are 100 percent wrong," said 9/11 widow Terry Strada.',
        [("They are 100 percent wrong", "Terry Strada")],
    ),
    Spoken(  # isot-reuters-280: "reported" with a clause and no "that"
        "Minnesota Public Radio reported Franken would resign on Thursday.",
        [("Franken would resign", "Minnesota Public Radio")],
    ),
    Spoken(  # bbc-politics-062: "stressed" with a clause and no "that"
        'But a spokesman stressed the meeting was "not necessarily anti-Labour".',
        [('the meeting was "not necessarily', "spokesman")],
    ),
    Spoken(  # bbc-politics-019: after "Mr", a word that names things elsewhere is a surname
        "Mr Law, from voluntary body Alcohol Focus Scotland, believed damage had been done to "
        "Scotland's fight against binge drinking.",
        [("damage had been done", "Law")],
    ),
    Spoken(  # reuters21578-18938: an arbitrageur is a role (lexicon/role_nouns.txt)
        '    "Perelman is trying to put the company in play," said a\nWall Street arbitrageur. '
        '"He gets to share in the upside if the\ncompany is sold." Another arbitrageur said he '
        "expects Gillette\nto resist Perelman's overture.",
        [("Perelman is trying", "Wall Street arbitrageur"), ("he expects Gillette", "arbitrageur")],
    ),
    Spoken(  # bbc-business-298: a time between the subject and its verb
        "Fannie Mae last month warned that some records were incorrect.",
        [("some records were incorrect", "Fannie Mae")],
    ),
    Spoken(  # reuters21578-01634 (cut): "today" between the subject and its verb
        "    A report on Cable News Network today said Sun Chemical has\n4.9 pct of Outboard and "
        "is conducting a study.",
        [("Sun Chemical has", "Cable News Network")],
    ),
    Spoken(  # reuters21578-05947: a dateline with a province, and a Reuters ticker in <>
        "    CALGARY, Alberta, March 17 - <Canadian Foremost Ltd>,\nearlier reporting lower 1986 "
        "net profit, said negotiations are\ncontinuing concerning the previously announced sale "
        "of the\ncompany's 49 pct interest in <Macedon Resources Ltd>.",
        [("negotiations are", "Canadian Foremost Ltd")],
    ),
    Spoken(  # reuters21578-19030: a dateline with a state ("Calif.")
        "    SANTA CLARA, Calif., June 18 - National SemiConductor Corp,\nwhich earlier reported "
        "a profitable fiscal fourth quarter after\na year ago loss, said it expects improved "
        "financial performance\nduring its new fiscal year.",
        [("it expects improved", "National SemiConductor Corp")],
    ),
    Spoken(  # reuters21578-10071 (two sentences of it): a company's name without its suffix
        # is the company, not the river ("James River Corp" ... "James River said")
        "    FRAMINGHAM, Mass., March 26 - Dennison Manufacturing Co\nsaid it has signed a "
        "letter of intent to sell its Dunn Paper Co\nsubsidiary to James River Corp <JR> for an "
        "undisclosed amount\nof cash. In Richmond, Va., James River said closing is expected "
        "by\nthe end of April.",
        [("closing is expected", "James River Corp")],
    ),
    Spoken(  # isot-reuters-842: "according to" a described source; no dateline in the clause
        "WASHINGTON (Reuters) - A bipartisan group of lawmakers in the U.S. Senate and House of "
        "Representatives will introduce bills as soon as Monday to toughen U.S. foreign "
        "investment rules amid growing concern about Chinese deals, according to a source "
        "familiar with the legislation.",
        [("A bipartisan group of lawmakers", "source familiar with the legislation")],
    ),
    Spoken(  # ggt 5c2060d31e67d78e279eb852: "he" after a quote of two sentences is no one
        # named inside it ("a prime minister"), but who is named before it
        "It’s a comment that Scheer found concerning.\n\n“We would never accept a prime "
        "minister saying, well, maybe I’ll intervene and use a trade issue as a link to an "
        "independent investigation into criminal activity. It raises a lot of concerns,” he "
        "said.",
        [("We would never accept", "Scheer")],
    ),
    Spoken(  # bbc-business-100: a quote inside the sentence; "he" is not its subject's
        "Speaking in court, Mr Ebbers rejected allegations he pressured ex-chief financial "
        'officer Scott Sullivan to falsify company financial statements. Mr Sullivan "made '
        'accounting decisions," he told the federal court, saying his finance chief had "a '
        'keen command of the numbers".',
        [("his finance chief", "Ebbers")],
    ),
    Spoken(  # bbc-politics-337: "He" opening a sentence after a quote reads as ever
        'Mr Jones said the watchdog received "very few complaints" on the issue.\n\nEarlier, '
        'Lib Dem chairman Matthew Taylor wrote to the watchdog saying: "The advice we have '
        'received on several previous occasions is that such phone calls are illegal." He says '
        "evidence from local Lib Dem parties around the country suggests there are "
        '"significant numbers" of calls.',
        [("evidence from local", "Matthew Taylor")],
    ),
    Spoken(  # bbc-entertainment-360: "saying" after a thing that says nothing is the
        # subject's
        "Jennifer Lopez cancelled an appearance at the UK charity premiere of her new movie "
        "saying she was too ill to fly.",
        [("she was too ill", "Jennifer Lopez")],
    ),
    Spoken(  # isot-reuters-796 (two sentences of it): a statement its subject released
        # speaks for it
        "The information is based on leaked documents from offshore law firm Appleby that are "
        "part of the so-called Paradise Papers. Appleby released a statement late on Sunday "
        "saying that the release of its documents was the result of \u201can illegal computer "
        "hack\u201d and not a leak.",
        [("the release of its documents", "Appleby")],
    ),
    Spoken(  # isot-reuters-265 (its first sentence and a later one): a report the subject
        # did not write says it, not the subject
        "WASHINGTON (Reuters) - The White House is confident it can craft a deal to avoid a "
        "government shutdown and foresees a compromise with lawmakers that will include "
        "increases in defense and non-defense spending, White House legislative affairs "
        "director Marc Short said on Thursday. Short, who is the top interlocutor between the "
        "White House and Congress and has become a frequent guest on television to explain "
        "Trump\u2019s policies, suggested he was staying put despite a recent report saying he "
        "could leave the administration.",
        [("he was staying put", "Marc Short"), ("he could leave", None)],
    ),
    Spoken(  # bbc-politics-099 (two sentences of it): a progressive cue, "is saying"
        "Now Mr Blair is trying to put the focus on the substance of Labour's platform for a "
        'third term in government.\n\nAnd on Thursday Mr Blair is saying: "I want to talk '
        "about the central purpose ofNew Labour - which is to increase personal prosperity "
        'and well-being, not justfor a few but for all."',
        [("I want to talk", "Blair")],
    ),
    Spoken(  # bbc-entertainment-252 (two sentences of it)
        "Mantooth added that the pair became lovers in 1990, after which she abandoned her "
        "career as a documentary film-maker to move in with the guitarist at his Malibu "
        "home.\n\nShe is also claiming that Mars, 53, has failed to provide her with any "
        "material support since they ceased to be a couple.",
        [("Mars, 53, has failed", "Mantooth")],
    ),
    Spoken(  # bbc-sport-469 (two sentences of it): an adverb after the inverted speaker
        "Spain's victory was also remarkable for the performance of Rafael Nadal, who beat "
        'Roddick in the opening singles.\n\n"What a great way to finish the year," said '
        "Nadal afterwards.",
        [("What a great way", "Rafael Nadal")],
    ),
    Spoken(  # isot-reuters-067 (two sentences of it): the author of a tally or analysis
        "A dozen liberal groups have already thrown support behind Abrams, according to a "
        "Reuters tally, even though the Democratic primary, or nominating contest, is still "
        "months away. Individual donors from outside Georgia have contributed more than half "
        "of the $470,000 in larger donations that Abrams has reported, according to a "
        "Reuters analysis of campaign finance records.",
        [("A dozen liberal groups", "Reuters"), ("Individual donors", "Reuters")],
    ),
    Spoken(  # bbc-tech-300: "They" after a group's statement is that group, not the firm
        # named in its words
        "The release of the tiny, low-cost machine is seen as a good move for Apple which "
        "currently has a small share of the desktop computer market. Mac watchers and some "
        "analysts say the Mac mini will go a long way to help Apple appeal to the mass of "
        "consumers. They speculate that the Mac mini will be bought by iPod owners and those "
        "wanting an easy-to-use and administer second home computer.",
        [("the Mac mini will be bought", "analysts")],
    ),
    Spoken(  # isot-reuters-644 (four sentences of it): "Asked if Strange might ..., he
        # said": the one asked, not the one asked about
        "WASHINGTON (Reuters) - U.S. Senate Majority Leader Mitch McConnell led a chorus of "
        "establishment Republicans on Monday urging Roy Moore, the party\u2019s Senate "
        "candidate in Alabama, to quit the race as a fifth woman came forward with allegations "
        "Moore had sexual contact with teenage girls decades ago. The state party and many "
        "other Alabama Republicans have not wavered in their support of Moore, who scored a "
        "decisive Republican primary victory in September over Luther Strange. It is too late "
        "to remove Moore\u2019s name from the ballot, but McConnell told reporters he was "
        "\u201clooking at\u201d potential write-in candidates who could mount a successful "
        "campaign. Asked if Strange might be a candidate again, he said: \u201cWe\u2019ll "
        "see.\u201d",
        [("We\u2019ll see.", "Mitch McConnell")],
    ),
    Spoken(  # bbc-entertainment-210: "It" opening a sentence is the subject of the one
        # before, not the organisation named last in it
        "The Muslim Council of Britain has complained to broadcasting watchdog Ofcom. It says "
        "the programme breaches editorial guidelines.",
        [("the programme breaches", "Muslim Council")],
    ),
    Spoken(  # reuters21578-00391 (its first two sentences): ... and the speaker there
        # first of all, not the subsidiary it names
        "    LOS ANGELES, March 2 - Occidental Petroleum Corp said its\nMidCon Corp subsidiary "
        "will redeem on March 31 all 269,000 dlrs\nof its outstanding 10-1/4 pct convertible "
        "subordinated\ndebentures due 2009 at 107.18 pct of par.\n    It said interest payable "
        "March 31 will be paid in the usual\nmanner to holders of record on March 15.",
        [("interest payable", "Occidental Petroleum Corp")],
    ),
    Spoken(  # reuters21578-18993 (its first two sentences): a name with "and" a lexicon
        # knows is one actor, and the OECD it
        "    PARIS, June 19 - Economic growth will remain sluggish in\nthe Netherlands and "
        "Belgium next year and unemployment may\nrise, the Organisation for Economic "
        "Cooperation and Development\nforecast.\n    Belgium's GDP growth may slow down to "
        "1.5 pct this year and\nnext year, bringing a rise in the number of jobless, the OECD"
        "\nsaid in its semi-annual survey.",
        [
            ("Economic growth", "Organisation for Economic Cooperation and Development"),
            ("Belgium's GDP growth", "Organisation for Economic Cooperation and Development"),
        ],
    ),
    Spoken(  # isot-reuters-874: a day between a described speaker and the cue
        "A senior White House official on Thursday called his experience \u201cunique\u201d "
        "and \u201crefreshing\u201d at a central bank increasingly dominated by economists.",
        [("unique", "senior White House official"), ("refreshing", "senior White House official")],
    ),
    Spoken(  # polnear wash-post_2016-09-10_outrage-but-few-options-on-the-t (two
        # paragraphs of it): "Ban Ki-moon" is one name, and "he" is he
        'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of U.N. '
        'resolutions.\n\n"I count on the Security Council to remain united and take '
        'appropriate action," he told reporters.',
        [("I count on the Security Council", "Ban Ki-moon")],
    ),
    Spoken(  # bbc-entertainment-330 (its first sentence and a later one): an age before a
        # role is part of the description ("the 60-year-old actor")
        "Actor Michael Douglas is to co-produce and star in an adventure film about a diamond "
        "robbery set in India.\n\nOn a visit to India, the 60-year-old actor said he hoped to "
        "start shooting Racing The Monsoon next year.",
        [("he hoped to start shooting", "Michael Douglas")],
    ),
    Spoken(  # isot-reuters-126 (two sentences of it): a firm's name in "'s" is the firm,
        # and the short form of its full name
        "Moody\u2019s Investors Service said in a note Friday the FCC vote was \u201ccredit "
        "positive\u201d for internet service providers that could have faced rate regulation "
        "under the 2015 rules that would have treated them like public utilities. Moody\u2019s "
        "said providers \u201cwill tread lightly when it comes to engaging in paid "
        "prioritization and throttling, as there could be significant negative public reaction "
        "to these acts.\u201d",
        [("providers", "Moody\u2019s Investors Service")],
    ),
    Spoken(  # bbc-politics-040: an aside set off by dashes between the name and the cue
        "On Thursday, Lord Bingham - a senior law lord - said the rules were incompatible "
        "with the European Convention on Human Rights.",
        [("the rules were incompatible", "Bingham")],
    ),
    Spoken(  # bbc-business-457
        "Mr Schroeder - a staunch supporter of the pact when it was set up in the 1990s - said "
        "exemptions were now needed to take into account the cost of domestic reform "
        "programmes and changing economic conditions.",
        [("exemptions were now needed", "Schroeder")],
    ),
    Spoken(  # bbc-sport-138: a name that speaks after such an aside is a person
        "Bellamy left Newcastle to join Celtic on loan after a major row with Souness. Souness "
        "- who refused to refer to the 25-year-old by name - said Bellamy did not score enough "
        "goals.",
        [("Bellamy did not score", "Souness")],
    ),
    Spoken(  # isot-reuters-653
        "Duterte - sometimes described as the \u2018Trump of the East\u2019 because of his "
        "brash style - said last week he would tell the U.S. president to \u201clay off\u201d "
        "if he raised the issue of human rights when they met.",
        [("he would tell the U.S. president", "Duterte")],
    ),
    Spoken(  # bbc-entertainment-122: "DJ" is a title
        "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead, but has "
        'admitted it is currently going through a "fallow patch".',
        [("dance music is not dead", "Norman Cook")],
    ),
    Spoken(  # reuters21578-03992 (two sentences of it): "--" opens no word's loss
        "    Transportation Secretary Elizabeth Dole said she had\ndecided to grant "
        "unconditional immunity to the carriers serving\nAtlanta's Hartsfield and Chicago's "
        "O'Hare airports.\n    At five other airports--Dallas-Fort Worth, Boston, Denver,\n"
        "Newark and Philadelphia--Dole said she would grant conditional\nimmunity to enable "
        "further government monitoring.",
        [("she would grant conditional", "Elizabeth Dole")],
    ),
    Spoken(  # isot-reuters-671: words of rank count in no limit of a description's length
        "Two former top U.S. intelligence officials said on Sunday they fear President Donald "
        "Trump is being manipulated by Russian President Vladimir Putin.",
        [("they fear", "former top U.S. intelligence officials")],
    ),
    Spoken(  # reuters21578-09554
        "    OTTAWA, March 26 - Canada may begin monitoring steel\nflowing in and out of the "
        'country to determine if any steel is\nbeing illegally "trans-shipped" to the U.S., '
        "senior government\ntrade officials said.",
        [("Canada may begin", "senior government trade officials")],
    ),
    Spoken(  # isot-reuters-815: "King of New York" is a congressman's surname and his
        # state, and "King" alone is he
        "Republican Representative Peter King of New York said on ABC\u2019s This Week of the "
        "proposed state and local tax deduction repeal.  King said that Trump voters from his "
        "district in the suburbs of Long Island, near New York City, have contacted him to "
        "object to the proposal.",
        [("Trump voters from his district", "Peter King")],
    ),
    Spoken(  # isot-reuters-771: a country's ministry in lower case is an organisation
        "BEIJING (Reuters) - China\u2019s foreign ministry on Wednesday said that China fully "
        "and strictly implements U.N. Security Council resolutions on North Korea and will "
        "investigate if there are activities that contravene resolutions.",
        [("China fully and strictly", "China\u2019s foreign ministry")],
    ),
    Spoken(  # isot-reuters-029 (its first two sentences): ... and "the ministry" it
        "MEXICO CITY (Reuters) - Mexico\u2019s finance ministry will evaluate whether to make "
        "fiscal changes in response to the U.S. tax reform, according to a document seen by "
        "Reuters on Friday. In the document, the ministry said Mexico would not make changes "
        "that left it with a higher public sector deficit.",
        [("Mexico would not make changes", "Mexico\u2019s finance ministry")],
    ),
    Spoken(  # aeb-albawaba-091 (a sentence of it): a demonym's ministry too
        'The French foreign ministry said it "regrets any decision likely to encourage... '
        'settlement building".',
        [('it "regrets any decision', "French foreign ministry")],
    ),
    Spoken(  # isot-reuters-280 (two sentences of it): a person's office that speaks is a body
        "WASHINGTON (Reuters) - Democrat Al Franken faced intense pressure from members of his "
        "own party on Wednesday to resign from the U.S. Senate over accusations of sexual "
        "misconduct. Franken\u2019s office said in an email that no final decision had been "
        "made and that the senator was still discussing the issue.",
        [("no final decision", "Franken\u2019s office")],
    ),
    Spoken(  # isot-reuters-985
        "In New York, taxpayers would pay an average of an additional $5,300 in federal income "
        "taxes a year without the SALT deduction, Cuomo\u2019s office said in a separate "
        "statement.",
        [("In New York, taxpayers", "Cuomo\u2019s office")],
    ),
    Spoken(  # isot-reuters-654: a report's author before an aside set off by dashes
        "A Nov. 2 report by the Federal Reserve Bank of St. Louis - which has two of the "
        "largest coal producers in its district - said coal-fired power plants may eventually "
        "become obsolete.",
        [("coal-fired power plants", "Federal Reserve Bank of St. Louis")],
    ),
    Spoken(  # isot-reuters-654: ... but after a comma the name before the appositive
        "Robert Murray, the chief executive of privately-held Murray Energy Corp - one of "
        "America\u2019s biggest underground miners - said Trump could do more for the industry.",
        [("Trump could do more", "Robert Murray")],
    ),
    Spoken(  # isot-reuters-420 (two sentences of it): a described speaker with a tail in
        # lower case is a person of its own, not the congressman it names
        "House Speaker Paul Ryan, the top House Republican, also said Conyers, who is 88 and "
        "has served since 1965, should step aside. An attorney for the congressman said "
        "Conyers would not be hounded from office.",
        [("Conyers would not be hounded", "attorney for the congressman")],
    ),
    Spoken(  # isot-reuters-455 (a sentence of it): "the spokesman for ..." is described
        "\u201cIt is wrong for the president to have done this,\u201d the spokesman for "
        "British Prime Minister Theresa May said.",
        [("It is wrong", "spokesman for British Prime Minister Theresa May")],
    ),
    Spoken(  # reuters21578-07326
        "    \"His comments were not discouraging, but they didn't in our\njudgment promise any "
        'immediate action on EEP," an official with\nthe wheat group said.',
        [("His comments", "official with the wheat group")],
    ),
    Spoken(  # bbc-politics-133 (two sentences of it): "the MP for ..." with no spokesperson
        # head is the person named before, not one of its own
        "Meanwhile Labour backbencher Stephen Pound labelled casino-related regeneration "
        'schemes "a pile of pants". The MP for Ealing North claimed the legislation would '
        "encourage a mafia-like culture of vice.",
        [("the legislation would encourage", "Stephen Pound")],
    ),
    Spoken(  # isot-reuters-879: a group with a tail of "of the" in lower case
        "Critics of the credit say electric vehicle buyers tend to be wealthier than average and "
        "do not need subsidies.",
        [("electric vehicle buyers", "Critics of the credit")],
    ),
    Spoken(  # reuters21578-20079
        "    KUALA LUMPUR, Oct 20 - A Council meeting of the\nInternational Natural Rubber "
        "Organization (INRO) has been\nadjourned until Thursday as tomorrow is a Malaysian "
        "national\nholiday, officials of the organisation said.",
        [("A Council meeting", "officials of the organisation")],
    ),
    Spoken(  # isot-reuters-654: of joint described speakers, the first named speaks
        "While the full impact of Trump\u2019s coal policy could take years to understand, the "
        "changes so far are unlikely to boost domestic demand, energy analysts and utility "
        "officials said.",
        [("While the full impact", "energy analysts")],
    ),
    Spoken(  # reuters21578-18604
        "    AMSTERDAM, June 17 - European coffee traders and roasters\nmay propose a new formula "
        "for calculating International Coffee\nOrganization (ICO) coffee quotas at the end of "
        "their meeting\nhere this week, traders and officials told Reuters.",
        [("European coffee traders", "traders")],
    ),
    Spoken(  # bbc-entertainment-231 (a sentence of it)
        'Radio 1 said the show would not try to replace Peel, but would rise to the "challenge" '
        'of "keeping his legacy alive" with unpredictable music.',
        [("the show would not try", "Radio 1")],
    ),
    Spoken(  # reuters21578-01443: a country's treasury or regulator is a body of its own
        "    ROME, March 4 - The Italian treasury said it will issue\n3,000 billion lire of a "
        "new type of indexed government paper,\ndiscount certificates (CTS), on March 18.",
        [("it will issue", "Italian treasury")],
    ),
    Spoken(  # bbc-business-489
        "The move was widely criticised at the time, and now the German regulator has said it "
        "has found evidence of possible market manipulation.",
        [("it has found evidence", "German regulator")],
    ),
    Spoken(  # isot-reuters-691 (a sentence of it and the quote after): a clause before a
        # speaker with an appositive, and the quote that follows is the speaker's
        "China may be mistaken in thinking it had done enough to address U.S. concerns, and "
        "Trump could find people disappointed at home he didn\u2019t make more progress on items "
        "like market access and North Korea, Paul Haenle, Director of the Carnegie\u2013Tsinghua "
        "Center for Global Policy in Beijing, said. \u201cMy concern is you may see a shift "
        "towards a much harder line coming from the U.S. administration.\u201d",
        [("China may be mistaken", "Paul Haenle"), ("My concern", "Paul Haenle")],
    ),
    Spoken(  # reuters21578-00868
        "    GENEVA, March 3 - Ford Europe's net earnings soared by 71\nper cent last year to "
        "559 mln dlrs, Kenneth "
        "Whipple, chairman\nof Ford Europe, said.",
        [("Ford Europe's net earnings", "Kenneth Whipple")],
    ),
    Spoken(  # reuters21578-17195 (a sentence of it): "De" capitalised opens a name
        "    De Clercq, who has taken a hard line on world trade\nproblems at this weekend "
        "meeting in central Japan, said the EC\nappreciated Japan's plans to cut exports and "
        "lift domestic\ngrowth instead.",
        [("the EC\nappreciated", "De Clercq")],
    ),
    Spoken(  # ggt-english-eval 5c3fefc41e67d78e270257d3 (a sentence of it): an armed group
        # the lexicon knows, named with its lower-case article
        'In its two-page statement claiming responsibility, al-Shabaab said: "This operation '
        "... [was] a response to the witless remarks of U.S. president, Donald Trump, and his "
        'declaration.".',
        [("This operation", "al-Shabaab")],
    ),
    Spoken(  # isot-reuters-844 (two sentences of it): a partial quote in a clause of its
        # own after ", and" is that clause's subject's
        "President Donald Trump\u2019s fellow Republicans have been calling for an investigation "
        "into the Uranium "
        "One deal, amid news of Mueller\u2019s first indictments of Trump associates as the "
        "special counsel investigates allegations that the Trump campaign colluded with Moscow. "
        "Moscow denies any effort to influence the election, and Trump has dismissed the "
        "investigation as a \u201cwitch hunt.\u201d",
        [("witch hunt", "Donald Trump")],
    ),
    Spoken(  # reuters21578-19597 (its first sentence and a later one): "First Chicago said"
        # is the firm named before, not the city
        "    CHICAGO, June 29 - First Chicago Corp said its First\nNational Bank of Chicago "
        "subsidiary agreed in principle to\nacquire a 35 pct interest in Wood Gundy Corp, an "
        "international\ninvestment banking firm headquartered in Toronto.\n    First Chicago "
        "said it also agreed to invest additional\nfunds jointly with Wood Gundy in venture "
        "capital and merchant\nbanking businesses.",
        [("it also agreed", "First Chicago Corp")],
    ),
    Spoken(  # reuters21578-05243 (its first two sentences): a Reuters ticker between the
        # firm's name and the cue; "It" is the firm
        "    PARIS, March 16 - Pechiney <PUKG.PA> said it signed two\nletters of intent with the "
        "Soviet Union covering the setting up\nof packaging and packaging materials joint "
        "ventures.\n    It said one proposed venture would produce  aluminium\npackaging for "
        "food and cosmetics.",
        [("it signed two", "Pechiney"), ("one proposed venture", "Pechiney")],
    ),
    Spoken(  # aeb-express-067 (a sentence of it): "and say" after a clause of its own
        # opened by "while" is that clause's subject's
        "China said it is committed to the \u201cone country, two systems\u201d formula "
        "granting Hong Kong autonomy, while the city\u2019s police deny accusations of "
        "brutality and say they show utmost restraint.",
        [("they show utmost restraint", "police")],
    ),
    Spoken(  # isot-reuters-386 (two sentences of it): ... and after "but"
        "President Donald Trump named Mulvaney, the White House budget director, as acting "
        "director of the CFPB on Nov. 24 following the "
        "departure of the director, who had named the agency\u2019s deputy director, Leandra "
        "English, to temporarily succeed him. A federal judge this week refused to block "
        "Trump\u2019s appointment of Mulvaney to "
        "lead the consumer watchdog agency, but English is continuing to pursue the issue and "
        "indicated in a court filing she would file a motion of preliminary injunction against "
        "Mulvaney.",
        [("she would file", "Leandra English")],
    ),
    Spoken(  # isot-reuters-645 (a sentence of it): a capitalised preposition opens no name
        "During the hearing, retired General Robert Kehler, former commander of U.S. Strategic "
        "Command, said the military can refuse to follow what it considers an illegal order.",
        [("the military can refuse", "Robert Kehler")],
    ),
    Spoken(  # bbc-tech-012 (a sentence of it): ... nor a year after it
        "In 2004 IBM said it had seen double digit growth in the number of customers using "
        "Linux to help staff work together more closely.",
        [("it had seen double digit growth", "IBM")],
    ),
    Spoken(  # isot-reuters-035 (a sentence of it): a role before the name of an appositive
        "In Broomall, a hamlet in the 7th District, local builder Greg Dulgerian, 55, said he "
        "voted for Trump and Meehan.",
        [("he voted for Trump", "Greg Dulgerian")],
    ),
    Spoken(  # reuters21578-16924 (its first sentence): a demonym's embassy is a body
        '    WASHINGTON, April 17 - The Japanese Embassy said in a\nstatement it was "deeply '
        'disappointed" by the tariffs announced\nby President Reagan.',
        [("it was", "Japanese Embassy")],
    ),
    Spoken(  # bbc-politics-179 (two sentences of it): "the alliance" is the alliance named
        "At the Court of Appeal on Wednesday, the Countryside Alliance failed in its attempt to "
        "have the Hunting Act ruled invalid. But it says the ban is unenforceable because the "
        "law is unclear and impossible to police.\n\nThe alliance says hunt supporters will go "
        "out and test this law to its limits on Saturday.",
        [("hunt supporters will go out", "Countryside Alliance")],
    ),
    Spoken(  # isot-reuters-792 (a sentence of it): "lobbyists" is a group noun
        "The lobbyists say it is a stark departure from the approach of the Obama "
        "administration, which had a reputation for aloofness toward business.",
        [("it is a stark departure", "lobbyists")],
    ),
    Spoken(  # reuters21578-05271 (its first sentence and the fourth): a later description
        # with fewer modifiers is the same unnamed official
        "    TOKYO, March 16 - The Bank of Japan is satisfied with the\nyen around its current "
        "range, a senior central bank official\ntold reporters.\n    The Bank of Japan is "
        "rather confident currency stability\nwill continue for some time, the senior bank "
        "official said, but\ndeclined to be more specific.",
        [("The Bank of Japan is rather", "senior central bank official")],
    ),
    Spoken(  # reuters21578-00306 (two sentences of it): "the senior bank official" with no
        # one before it who fits is an unnamed source of his own
        "    A team of Nigerian officials will meet with Japanese\ncreditor banks here later "
        "this week to seek Japanese support\nfor a proposed refinancing of part of Nigeria's 19 "
        "billion dlr\nforeign debt, bankers said.\n    The senior bank official said a majority "
        "of Japanese bank\ncreditors are unwilling to provide any new credits to Nigeria.",
        [("a majority of Japanese bank", "senior bank official")],
    ),
    Spoken(  # reuters21578-02383 (a sentence of it): a tail "close to", as "familiar with"
        "    But one source close to Opec indicated that February output\nmay have been between "
        "15.3 and 15.5 mln bpd.",
        [("February output", "source close to Opec")],
    ),
    Spoken(  # isot-reuters-978 (its first sentence): "briefed on"
        "WASHINGTON (Reuters) - A federal grand jury on Friday approved the first charges in "
        "the investigation into alleged Russian meddling in the 2016 U.S. presidential "
        "election, a source briefed on the matter told Reuters.",
        [("A federal grand jury", "source briefed on the matter")],
    ),
    Spoken(  # isot-reuters-928 (a sentence of it): "with knowledge of"
        "Two sources with knowledge of the discussions said earlier on Tuesday that the bill, "
        "which had been expected on Wednesday, would emerge a day later to give lawmakers "
        "additional time.",
        [("the bill", "sources with knowledge of the discussions")],
    ),
    Spoken(  # reuters21578-00854 (its first paragraph, the fifth and the sixth's first
        # sentence): groups with different tails stay apart
        "    WASHINGTON, March 2 - Last week's White House shake-up has\nincreased the odds "
        "that Federal Reserve Board chairman Paul\nVolcker, a symbol of strength in a "
        "government reeling from the\narms-to-Iran scandal, will serve a third term, sources "
        "close to\nthe Fed say.\n    Only Volcker's key allies in the Reagan administration,"
        "\nVice-President George Bush and Treasury Secretary James Baker,\nkept Regan's recent "
        "maneuvering at bay, the sources said.\n    Sources close to the administration say "
        "Regan leaked a\nstory.",
        [
            ("Only Volcker's key allies", "sources close to the Fed"),
            ("Regan leaked", "Sources close to the administration"),
        ],
    ),
    Spoken(  # reuters21578-19852 (two paragraphs of it): a cue with a colon that ends the
        # paragraph before the quote
        '    Thomas said:\n    "It is clear that the state implementation plans for '
        "these\nareas will not achieve federal ozone or carbon-monoxide\nstandards under the "
        "deadline mandated by Congress. In these\ncircumstances the Clean Air Act leaves no "
        "discretion.",
        [("It is clear that", "Thomas")],
    ),
    Spoken(  # ggt-english-eval 5c2a3d191e67d78e27b8ac72 (a sentence of it): a lone name that
        # is the whole source after "according to" is an actor
        "The acronyms that have found their way onto cable news shows date back to the late "
        "19th century, when POTUS and SCOTUS (Supreme Court of the United States) were used as "
        "telegraph codes, according to Merriam-Webster.",
        [("The acronyms", "Merriam-Webster")],
    ),
    Spoken(  # ggt-english-eval 5c2a60611e67d78e27b8feef (a sentence of it): a described
        # source whose tail "but ..." follows
        "Schumer immediately began approaching Democratic senators after the midterm election "
        "to hear their views on Trump\u2019s $5 billion demand for the wall, according to a "
        "person familiar with the talks but unauthorized to speak publicly.",
        [("Schumer immediately", "person familiar with the talks")],
    ),
    Spoken(  # reuters21578-08774 (a sentence of its third paragraph)
        "    But, Moody's said, the negative effect on Chrysler's\nprofitability and cash flow "
        "would be temporary.",
        [("the negative effect", "Moody's")],
    ),
    Spoken(  # bbc-politics-276 (two sentences of it): a described speaker named with a
        # possessive pronoun that opens its sentence ("His spokesman") is one, as in
        # mid-sentence ("his spokesman")
        "The 52-year-old on Tuesday said he was reviewing his donations because of Cabinet "
        "disunity and international issues. His spokesman said it was highly unlikely he "
        "would give Labour more money.",
        [("it was highly unlikely", "His spokesman")],
    ),
    Spoken(  # bbc-entertainment-115 (a sentence of it): one described by whom they
        # speak for, a role in lower case ("the rapper's spokesman")
        "The woman said she was assaulted after a recording of the Jimmy Kimmel Live TV show "
        "in 2003. The rapper's spokesman said the allegations were untrue.",
        [("the allegations were untrue", "rapper's spokesman")],
    ),
    Spoken(  # bbc-politics-027 (two sentences of it): the owner is no lower-case word
        # of the four a description may hold
        "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official "
        "spokesman said the Cabinet was still used to achieve a consensus on important issues.",
        [
            ("Mr Blair bypassed", "Butler"),
            ("the Cabinet was still used", "prime minister's official spokesman"),
        ],
    ),
    Spoken(  # bbc-business-133 (a sentence of it): a role's office is a body
        "The prime minister's office said the alleged fraud was uncovered during an "
        "investigation into the payroll at the ministry.",
        [("the alleged fraud", "prime minister's office")],
    ),
    Spoken(  # aeb-nbcnews-082 (two sentences of it): the one office the text names
        # for that role
        "Prosecutors at the U.S. Attorney\u2019s Office for the Western District of New York "
        "charged him. During the call, he asked about the Muslim Brotherhood, the "
        "prosecutor\u2019s office said.",
        [("During the call", "U.S. Attorney\u2019s Office for the Western District of New York")],
    ),
    Spoken(  # bbc-politics-167 (a sentence of it): a title of nine words and the name
        'Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The '
        "government's housing policy is an alarming example of disjointed thinking.\"",
        [("The government's housing policy", "Peter Ainsworth MP")],
    ),
    Spoken(  # isot-reuters-842 (a sentence of it): ", said a source who ..." is the
        # speaker, inverted, not a clause that the names before it said
        "At least four Democrats will back the bills, including Senator Amy Klobuchar of "
        "Minnesota, Rep. Rosa DeLauro of Connecticut and Rep. Dave Loebsack of Iowa, said a "
        "source who spoke on background to protect business relationships.",
        [("At least four Democrats", "source")],
    ),
    Spoken(  # isot-reuters-464 (a sentence of it): a source's phrase that cuts a name
        # the cast knows reads the whole name
        "The elimination of PABs would raise nearly $39 billion for the federal government "
        "between 2018 and 2027, according to an estimate from the Joint Committee on Taxation.",
        [("The elimination of PABs", "Joint Committee on Taxation")],
    ),
    Spoken(  # isot-reuters-162 (a sentence of it): a name with "and" in it is no pair
        "So they would stop writing off their charitable donations, according to the "
        "Institute on Taxation and Economic Policy, a think tank.",
        [("So they would stop", "Institute on Taxation and Economic Policy")],
    ),
    Spoken(  # bbc-business-131 (a sentence of it): reports from a news agency are its
        "According to reports from Russian News Agency Interfax, the deal should go through "
        "in the next two to three months.",
        [("the deal should go through", "Russian News Agency Interfax")],
    ),
    Spoken(  # bbc-business-314 (a sentence of it): reports from a country come from there;
        # the country does not speak through them
        "Reports from Russia say Baikal has paid a deposit of nearly $1.7bn from a Sberbank "
        "account. According to recent reports from China, the authorities have tightened "
        "controls.",
        [("Baikal has paid", None), ("the authorities have tightened", None)],
    ),
    Spoken(  # reuters21578-11406 (a sentence of it): officials attending a conference
        # are no body's voice
        "A new grade of unleaded gasoline will increase refining costs, according to "
        "officials attending\nthe National Petroleum Refiners Association conference here.",
        [("A new grade of unleaded", None)],
    ),
    Spoken(  # isot-reuters-936, isot-reuters-406 (a sentence of each): a described
        # source named with a possessive pronoun, after "according to" or inverted
        "Luetkemeyer is \u201cseriously considering\u201d running for the chairmanship, "
        "according to his spokeswoman. English has been active at the agency this week, "
        "said her lawyer.",
        [("Luetkemeyer is", "his spokeswoman"), ("English has been", "her lawyer")],
    ),
    Spoken(  # isot-reuters-599 (a sentence of it): a medium's document is the medium's
        "Four Republican senators - enough to derail the legislation - have been talking "
        "privately about opposing the bill because it would balloon the federal deficit, "
        "according to a Time magazine report.",
        [("Four Republican senators", "Time")],
    ),
    Spoken(  # bbc-entertainment-117 (two sentences of it): a nickname in capitals inside
        # a name, no quote
        'Antonio "LA" Reid, chairman of The Island Def Jam Music Group, said: "I can think '
        'of no-one more relevant." He hoped Jay-Z would "move the company into its next '
        'groundbreaking era", he added.',
        [("I can think", "Antonio Reid"), ("move the company", "Antonio Reid")],
    ),
    Spoken(  # isot-reuters-817 (two sentences of it)
        "She nearly fainted at a New York memorial ceremony for the Sept. 11, 2001, attacks. "
        "Her doctor said she had been diagnosed with pneumonia two days earlier.",
        [("she had been diagnosed", "Her doctor")],
    ),
    Spoken(  # reuters21578-08539 (its last two sentences): "Moody's also said" names the
        # agency, and "the agency noted" is it
        "Federal Paper Board's outstanding 125 mln dlrs of subordinated debt will be redeemed "
        "with the proceeds from the convertible preferred issue, Moody's noted. Moody's also "
        "said it expects the company to have strong earnings this year.",
        [("Federal Paper Board's outstanding", "Moody's"), ("it expects the company", "Moody's")],
    ),
    Spoken(  # bbc-entertainment-361 (a sentence of it): "McDonald's announced" is the firm
        'McDonald\'s announced it was to scrap its "supersized" meals last year, but denied '
        "the move was as a result of the negative publicity created by Spurlock's film.",
        [("it was to scrap", "McDonald's")],
    ),
    Spoken(  # isot-reuters-464 (a sentence of it): ", adding that" after a quote of two
        # sentences whose first stands before the sentence of the cue
        "U.S. Representative Randy Hultgren, an Illinois Republican and co-chair of the "
        "Congressional Municipal Finance Caucus, said a letter he and 20 other Congressmen "
        "signed to object to the proposals was aimed at highlighting the value of tax-free "
        "debt issuance. \u201cIt\u2019s really important for projects. We\u2019ve seen "
        "multiple returns in jobs created,\u201d he said, adding that supporters will "
        "continue to push to retain these tax exemptions as the bills work their way through "
        "Congress.",
        [("supporters will continue", "Randy Hultgren")],
    ),
    Spoken(  # isot-reuters-757 (its first two sentences): "the office" is the one office
        # named, as "the department" is
        "The Republican tax bill being debated in the U.S. House of Representatives would "
        "add $1.7 trillion to the federal budget deficit over 10 years, when recent changes "
        "put forth by the head of its tax-writing panel and estimated debt service costs are "
        "included, the nonpartisan Congressional Budget Office said. \u201cBy CBO\u2019s "
        "estimate, additional debt service would boost the 10-year increase in deficits to "
        "$1.7 trillion,\u201d the office said in a letter on Wednesday to Representative "
        "Richard Neal, the top Democrat on the tax-writing House Ways and Means Committee.",
        [
            ("The Republican tax bill", "Congressional Budget Office"),
            ("By CBO", "Congressional Budget Office"),
        ],
    ),
    Spoken(  # reuters21578-09871 (a sentence of it): a description whose body is indefinite
        "    A dealer at another bank said his bank had been asked to\npublicise the "
        "intervention, to send a clear signal to the\nmarkets that central banks were acting "
        "in concert.",
        [("his bank had been asked", "dealer at another bank")],
    ),
    Spoken(  # reuters21578-10647 (a sentence of it): a description and where the speaker is
        "    A British naval source in the Gulf said last week Iran had\nfired one test "
        "missile against a hulk in the strait.",
        [("Iran had", "British naval source")],
    ),
    Spoken(  # isot-reuters-486 (its last sentence): a clause after an outlet and no "that"
        "The group gained prominence in June 2016 when Labour lawmaker Jo Cox was shot dead "
        "on the street by a Nazi-obsessed loner who witnesses said had been shouting "
        "\u201cBritain first\u201d during the attack. Fransen told Reuters the killer had "
        "nothing to do with her group.",
        [("the killer had nothing", "Fransen")],
    ),
    Spoken(  # isot-reuters-397 (its first sentence): "her office" is a body of its own
        "WASHINGTON (Reuters) - Republican Senator Susan Collins will vote for a Senate tax "
        "bill, her office said on Friday.",
        [("Republican Senator Susan Collins will", "her office")],
    ),
    Spoken(  # isot-reuters-077 (two sentences of it): groups named by different firms are
        # not one group ("Goldman Sachs analysts", "Wells Fargo analysts")
        "Large U.S. banks will see an average 13 percent increase to earnings per share "
        "from the lower rate, according to Goldman Sachs analysts, with Wells Fargo & Co "
        "and PNC Financial Services Group having the biggest gains. \u201cMany chip "
        "companies have extensive international operations and relatively low blended tax "
        "rates,\u201d Wells Fargo analysts said in a recent note.",
        [("Large U.S. banks", "Goldman Sachs analysts"), ("Many chip", "Wells Fargo analysts")],
    ),
    Spoken(  # isot-reuters-829 (a sentence of it): "this week" after the outlet is when
        "Yun, however, is quietly pursuing direct diplomacy with North Korean officials at "
        "the United Nations and has a mandate to discuss issues beyond the release of U.S. "
        "citizens, a senior State Department official told Reuters this week.",
        [("Yun, however,", "senior State Department official")],
    ),
    Spoken(  # aeb-albawaba-091: ", saying" after a reported clause that ends in a quoted
        # fragment: the clause's speaker, not the subject inside the clause
        "Pompeo said that after legal consultation Washington had concluded the establishment "
        'of settlements was "not, per se, inconsistent with international law", saying he '
        "trusted the Israeli courts to decide.",
        [("he trusted the Israeli courts", "Pompeo")],
    ),
    Spoken(  # isot-reuters-853: joint speakers, one of them people in a body: the first named
        "The White House and immigration hard-liners in Congress say lawyers have taken "
        "advantage of the program by using it for kids who are not in the kind of peril the "
        "statute was intended to address.",
        [("lawyers have taken", "White House")],
    ),
    Spoken(  # bbc-tech-134 (six sentences of it): a name every mention of which follows
        # "the" ("the Xbox Live online games service") is no "he"
        "Mr Gates said the PC, like Microsoft's Media Centre, had a central role to play in how "
        "people would be making the most out of audio, video and images but it would not be "
        'the only device. "It is the way all these devices work together which will make the '
        'difference," he said. He also cited the success of the Microsoft Xbox video game '
        "Halo 2, released in November, which pushed Xbox console sales past PlayStation in "
        "the last two months of 2004 for the first time in 2004. The game, which makes use of "
        "the Xbox Live online games service, has sold 6.23 million copies since its release. "
        '"People are online and playing together and that really points to the future," he '
        "said.",
        [("People are online", "Gates")],
    ),
    Spoken(  # isot-reuters-353 (a sentence of it): "detractors" speak as a group
        "The government argues the president has broad authority to decide who can come into "
        "the United States, but detractors say the expanded ban violates a law forbidding the "
        "government from discriminating based on nationality when issuing immigrant visas.",
        [("the expanded ban violates", "detractors")],
    ),
    Spoken(  # reuters21578-02289 (its first two sentences): "it" after "said" is the one
        # who says it, not the body named last
        "    LONDON, March 5 - Cadbury-Schweppes Plc <CADB.L> said it\nhad asked the London "
        "Stock Exchange to launch a formal enquiry\ninto dealings in the company's shares in "
        "recent months.\n    It said it believed such a move was in the best interests\nof "
        "shareholders following recent charges being made under U.K.\nInsider dealing laws "
        "about the shares.\n",
        [("such a move was", "Cadbury-Schweppes Plc")],
    ),
    Spoken(  # bbc-sport-371 (two sentences of it): a lone place's name that speaks is
        # the person who bears it
        "An excellent try on the left wing by Teddy Morgan sealed a 3-0 win in a hard-fought "
        "encounter at Cardiff Arms Park, but post-match talk was dominated by a Bob Deans try "
        "that was ruled out by Scottish referee John Dallas. Dallas said that Deans was tackled "
        "short, but the Kiwi said he was dragged back into the field of play after grounding a "
        'try - on his death-bed three years later he exclaimed: "I did score that try in '
        'Cardiff."',
        [("Deans was tackled short", "John Dallas")],
    ),
    Spoken(  # reuters21578-19861 (its first three sentences): or the firm it opens
        "    NORWOOD, Mass, June 29 - <Phoenix Technologies Ltd> said it\nhas signed a marketing "
        "agreement with Apollo Computer Inc.\n    Phoenix said that the agreement allows Apollo "
        'to market\nPhoenix\'s software under the name "Domain/PC Emulator."\n',
        [("the agreement allows Apollo", "Phoenix Technologies Ltd")],
    ),
    Spoken(  # bbc-entertainment-211 (three sentences of it): a spokesman for a body named
        # for a list of fields, with commas inside its name, is the speaker, and "He" after
        # it is the spokesman again (not Sport, and not Phil Redmond)
        "Phil Redmond, of Mersey TV, told Tessa Jowell he would run it. A spokesman for the "
        "Department for Culture, Media and Sport said there were no plans to sell the "
        "channel.\n\nHe added that primary legislation would be required for the station to "
        "be sold off, which the government was not intending to introduce.",
        [
            ("there were no plans", "spokesman for the Department for Culture, Media and Sport"),
            ("primary legislation", "spokesman for the Department for Culture, Media and Sport"),
        ],
    ),
    Spoken(  # bbc-business-166 (its first sentences): an outlet with "Sunday" in its name,
        # and "It" after it
        "The \u00a310bn Crossrail transport plan, backed by business groups, is to get the "
        "go-ahead this month, according to The Mail on Sunday.\n\nIt says the UK Treasury "
        "has allocated \u00a37.5bn ($13.99bn) for the project.",
        [
            ("The \u00a310bn Crossrail transport plan", "Mail on Sunday"),
            ("the UK Treasury has allocated", "Mail on Sunday"),
        ],
    ),
    Spoken(  # reuters21578-15230 (its first paragraphs): "the communique" is the one the
        # High Command issued, not the words of Iraq or Iran, who spoke just before it
        "    BAGHDAD, April 8 - Iraq said today its troops were pushing\nIranian forces out "
        "of positions.\n    A High Command communique said Iraqi troops had won a\nsignificant "
        "victory and were continuing to advance.\n    Iraq said it had foiled a three-pronged "
        "thrust.\n    The communique said Iranian Revolutionary Guards were under\nassault "
        "from warplanes.\n    (Iran said its troops had killed or wounded more than 4,000\n"
        "Iraqis.)\n    The Baghdad communique said Iraqi planes also destroyed oil\n"
        "installations at Iran's southwestern Ahvaz field during a raid\ntoday. It denied an "
        "Iranian report that an Iraqi jet was shot\ndown.\n",
        [
            ("Iranian Revolutionary Guards were", "High Command"),
            ("Iraqi planes also destroyed", "High Command"),
            ("an Iranian report", "High Command"),
        ],
    ),
    Spoken(  # bbc-politics-130 (a paragraph of it): "says in a report" after the clause
        # names the report's author, who "The report said" is
        "Some 45 million children will die needlessly before 2015 and aid budgets are half "
        "their 1960 levels, Oxfam says in a report, Paying the Price. The call comes as the "
        'prime minister prepares to assume the presidency of the G8. "As rich countries get '
        "richer, they're giving less and less,\" Oxfam's Barbara Stocking said. The report "
        'said: "For rich countries, providing aid to help to end global poverty is an '
        'obligation and a matter of justice, not an act of charity."',
        [("For rich countries", "Oxfam")],
    ),
    Spoken(  # reuters21578-00235 (its first paragraphs): so for "according to the ...
        # report" and "The report says"
        '    JAKARTA, March 1 - Indonesia"s agriculture sector will grow\nby just 1.0 pct in '
        'calendar 1987, the U.S. Embassy said in a report.\n    Production of Indonesia"s '
        "staple food, rice, is forecast to\nfall to around 26.3 mln tonnes, according to the "
        'annual report on\nIndonesia"s agricultural performance.\n    The government '
        "officially estimates 1986 rice production at\n26.7 mln tonnes.\n    The report says "
        "wheat imports are likely to fall to 1.5 mln\ntonnes.\n",
        [
            ("Production of Indonesia", "U.S. Embassy"),
            ("wheat imports are likely", "U.S. Embassy"),
        ],
    ),
    Spoken(  # isot-reuters-337 (a paragraph of it): what prosecutors wrote is the
        # filing's, not the earlier filing of Manafort's lawyers
        "Initially, Manafort\u2019s lawyers had said in their court filing that the special "
        "counsel\u2019s office was willing to accept the proposed terms of his release.  But "
        "prosecutors wrote that they can no longer trust Manafort, and cannot accept his "
        "proposed terms. \u201cBecause Manafort has now taken actions that reflect an intention "
        "to violate the court\u2019s existing orders, the government submits that he cannot be "
        "trusted,\u201d the filing said.",
        [("Because Manafort has now taken", "prosecutors")],
    ),
    Spoken(  # isot-reuters-570 (a sentence of it): a statement that names its owner is
        # that owner's, whoever issued a statement before
        "CEFC China Energy said in a statement it was not aware of the case. Ho was ordered "
        "detained after appearing in court on Monday, the Justice Department statement said.",
        [("Ho was ordered detained", "Justice Department")],
    ),
    Spoken(  # aeb-foxnews-166 (paragraphs of it): "the statement" after another company's
        # statement that no one is said to have issued is not the first company's
        "Dick Clark Productions denied that it had settled on an arrangement with the music "
        "label.\n\n\u201cAt no time did Dick Clark Productions agree to, create, authorize or "
        "distribute "
        "a statement in partnership with Big Machine Label Group,\u201d the production company "
        "said in a separate statement to Rolling Stone.\n\nOn Thursday, Swift took to social "
        "media and accused Braun, Borchetta and Big Machine of also disallowing the production "
        "of a Netflix documentary.\n\nThe company flat-out denied the allegations in a "
        "statement shared to its website.\n\n\"As Taylor Swift's partner for over a decade, we "
        'were shocked to see her tumblr statements yesterday based on false information," the '
        'statement read.\n\n"The truth is, Taylor has admitted to contractually owing millions '
        'of dollars to our company," the statement said.',
        [("The truth is", None)],
    ),
    Spoken(  # bbc-politics-103 (a sentence of it): a minister's title of a list of fields,
        # then the minister's name
        "Minister for Children, Young People and Families Margaret Hodge said new plans will "
        "ensure fosterers' allowances would be as fair as possible.",
        [("new plans will ensure", "Margaret Hodge")],
    ),
    Spoken(  # reuters21578-04641 (its first sentence): the body after the clause
        "    BERNE, March 13 - Swiss wholesale prices fell by 0.3 pct in\nFebruary, giving a "
        "drop of 4.3 pct from February 1986, the\nFederal Office of Industry, Trade and "
        "Labour said.\n",
        [("Swiss wholesale prices fell", "Federal Office of Industry, Trade and Labour")],
    ),
    Spoken(  # isot-reuters-392 (a sentence of it): a group from a list of places
        "In a Nov. 27 letter to Trump, Republican attorneys from West Virginia, Texas, Alabama, "
        "Arkansas and Oklahoma said Mulvaney would help curb \u201cthe CFPB\u2019s practice of "
        "overreaching regulation.\u201d",
        [
            (
                "Mulvaney would help curb",
                "Republican attorneys from West Virginia, Texas, Alabama, Arkansas and Oklahoma",
            )
        ],
    ),
]

#: (text, a name the speaker must not be): someone named inside the speaker's description.
NOT_SPEAKERS = [
    (  # isot-reuters-615 (a sentence of it): "it" after a subordinate clause is its
        # subject's, not the country after "with" (Washington, a place, says nothing)
        "While Washington has said that all options, including military, are on the table "
        "in dealing with North Korea, it has stressed its preference is for a diplomatic "
        "solution.",
        "North Korea",
    ),
    (  # nyt_2016-09-12_visa-program-up-for-renewal-amid (PolNeAR dev): people in a body,
        # not the body
        "Developers and supporters in Congress say the program, run by the Department of "
        "Homeland Security, has brought billions of dollars to areas that would otherwise not "
        "have access to capital.",
        "Congress",
    ),
    (  # reuters21578-13253: where the minister went, not who spoke
        "LONDON, April 5 - Britain's corporate affairs minister left\nfor Tokyo saying he "
        "planned to present Japanese authorities\nwith a timetable for obtaining fair market "
        "access for his\ncountry's goods and financial services.",
        "Tokyo",
    ),
    (  # isot-reuters-796 (two sentences of it): a place before "and other" in the firm's
        # post-modifier is no first of joint speakers
        "Appleby released a statement late on Sunday saying that the release of its documents "
        "was the result of \u201can illegal computer hack\u201d and not a leak. \u201cThis was "
        "not the work of anybody who works at Appleby,\u201d the firm with offices in Bermuda, "
        "the Cayman Islands, Hong Kong and other offshore jurisdictions said.",
        "Hong Kong",
    ),
    (  # isot-reuters-425 (five sentences of it): nor a place after "and" ("Saudi Arabia
        # and other Arab nations" is no one: its "moron" is no partial quote of theirs)
        "It was not clear whether Trump plans to throw Tillerson, who in October reportedly "
        "called the president a \u201cmoron,\u201d overboard. Tillerson has not directly "
        "addressed whether he made the comment, though his spokeswoman denied it. Asked on "
        "Thursday if he wanted Tillerson to stay, Trump sidestepped the question saying: "
        "\u201cHe\u2019s here. Rex is here.\u201d "
        "Trump was alienated by the reported \u201cmoron\u201d comment and Tillerson positions "
        "that differ from Trump\u2019s on North Korea and the Gulf standoff between Qatar and "
        "Saudi Arabia and other Arab nations, said another senior official.",
        "Arab nations",
    ),
    (  # bbc-tech-105 (a sentence of it): "a spokesman for X" is no speech of X's, with X's
        # acronym after it too
        "A spokesman for the International Atomic Energy Agency (IAEA) said its current "
        "technology could allow key information to be overlooked as it was more than 20 years "
        "old.",
        "International Atomic Energy Agency",
    ),
    (  # isot-reuters-535 (its first sentence): the body a role is held for, with its
        # acronym, is no speaker of the role's holder
        "WASHINGTON (Reuters) - The top lawyer for the U.S. Consumer Financial Protection "
        "Bureau (CFPB) has concluded that President Donald Trump has the authority to name its "
        "acting director, three sources familiar with the matter said on Sunday, rejecting an "
        "effort by her former boss at the agency to name his immediate successor.",
        "U.S. Consumer Financial Protection Bureau",
    ),
    (  # reuters21578-10704 (a sentence of it): a circular "to" banks is no bank's words
        '"The agency considers that it is now appropriate to replace\nthese operations with '
        'short-term assistance based on Government\nof Bahrain treasury bills," the circular '
        "to banks states.",
        "banks",
    ),
    (  # reuters21578-04490 (two sentences of it): an aide "to" someone is not that someone
        "Glickman announced this week plans to introduce a 0/92 bill\nfor 1987 and 1988 wheat "
        "and feedgrains. An aide to Glickman\nsaid that it will probably be introduced next "
        "week.",
        "Glickman",
    ),
    (  # isot-reuters-840 (a sentence of it): nor a mission "to" a body that body
        "\u201cToday the U.S.-led racket of brutal sanctions and pressure against the DPRK "
        "constitutes contemporary human rights violation and genocide,\u201d the North Korean "
        "mission to the United Nations in Geneva said in a statement.",
        "United Nations",
    ),
    (  # isot-reuters-186 (its first sentence): one member "in" a body, whom the cast does
        # not name, is not the body
        "WASHINGTON (Reuters) - The top Democrat in the U.S. Senate said bipartisan "
        "negotiations to protect undocumented people who immigrated to the United States as "
        "children were making very good progress, and that he hoped a bill could clear "
        "Congress by year-end.",
        "U.S. Senate",
    ),
    (  # isot-reuters-347: a place "of" a town says where the restaurant is; the advisor
        # speaks, whom the cast does not name
        "Cordray will make the announcement at an event on Tuesday at a restaurant in his "
        "home town of Grove City, Ohio, said the advisor, who asked to remain anonymous.",
        "Ohio",
    ),
    (  # bbc-politics-337 (its title and first two paragraphs): "the parties" are two,
        # no one party
        "Campaign 'cold calls' questioned\n\nLabour and the Conservatives are still "
        "telephoning the millions of people who have signed up to make sure they do not get "
        'marketing "cold calls".\n\nThe parties say they can stick to the rules by ensuring '
        "that their calls are not marketing - for instance by asking about people's voting "
        "intentions.",
        "Conservatives",
    ),
    (  # isot-reuters-954 (a sentence that names Xi and a later one): the paper that
        # carried Xi's words is no speaker of them
        "He was referring to meetings by working level officials to negotiate outcomes on "
        "commercial issues for Trump\u2019s meeting with his Chinese counterpart Xi Jinping. "
        "China will make joint efforts with the United States to \u201ctake each other\u2019s "
        "interests and concerns into consideration, resolve disputes and contradictions, and "
        "engage in win-win cooperation\u201d, Xi said according to the official China Daily "
        "newspaper.",
        "China Daily",
    ),
    (  # bbc-sport-198 (its title, first two paragraphs and two later sentences): "The
        # Brazilian" who speaks is a person, not Brazil (named later), nor the man named in
        # his words
        "Edu describes tunnel fracas\n\nArsenal's Edu has lifted the lid on the scenes that "
        "followed Manchester United's win over the Gunners.\n\nThe Brazilian confirmed tempers "
        "had flared but could shed no light on reports that food was thrown at United boss Sir "
        'Alex Ferguson. "I saw people being pulled apart, people pushing, pointing and '
        "shouting,\" he told Uefa's official website. However, Edu tried to play down the "
        "incidents, adding: \"There was nothing that I haven't seen in Brazilian derbies. "
        '"Derby matches in Brazil are worse."',
        "Brazil",
    ),
    (  # reuters21578-03682 (three sentences of it): "the official" of an unnamed source
        # is that source, not the man named in his words
        "    An SEC official in Washington said the Vaskevitch case is\nunrelated to the "
        "agency's widening investigation into Wall\nStreet's insider trading scandal involving "
        "Ivan Boesky and\nDennis Levine.\n    Neither Vaskevitch nor Sofar are currently living "
        "in the\nUnited States and cannot be extradited on the basis of the\nSEC's civil "
        "charges filed against them, the official said.\n    Vaskevitch is living in England "
        "and Sofar's whereabouts are\nunknown, he said.",
        "Vaskevitch",
    ),
    (  # isot-reuters-724 (a sentence of it): the place of a leading phrase speaks not
        "In Taipei, Chiu Chui-cheng, deputy minister of Taiwan\u2019s China policy-making "
        "Mainland Affairs Council, said China should respect Taiwan\u2019s people.",
        "Taipei",
    ),
    (  # reuters21578-00964: "and" before a share joins no two speakers
        "    The poll found 51 pct of those surveyed thought he was\nlying when he said he did "
        "not remember if he had approved the\noriginal arms sales to Iran and 35 pct thought he "
        "was telling\nthe truth.",
        "Iran",
    ),
    (  # reuters21578-15456: the members of the G-7 in its aside are none of its speakers
        "    The G-7 -- grouping the U.S., Japan, West Germany, Britain,\nFrance, Italy and "
        "Canada -- said in the statement they welcomed\nproposals announced by Japan's ruling "
        "Liberal Democratic Party\n(LDP) for extraordinary and urgent measures to stimulate "
        "its\neconomy.",
        "France",
    ),
    (  # bbc-sport-245: nor a telephone call the subject received
        "The Basque newspaper Gara apparently received a telephone call saying a bomb was due "
        "to explode at 2100 local time.",
        "Gara",
    ),
    (  # isot-reuters-964 (cut): an indictment speaks for no one the story named before
        "Who is Rick Gates? Rick Gates was Manafort\u2019s deputy and business associate. "
        "According to the indictment, between at least 2006 and 2015 Manafort and Gates acted "
        "as unregistered agents of the Ukrainian government.",
        "Rick Gates",
    ),
    (  # bbc-business-409 (two sentences of its fifth paragraph): an unnamed insider the
        # paper quotes, not the bank the story is about
        "Standard Chartered is believed to have gained the initiative by putting together a "
        'bid during the Christmas break. "They were able to move so quickly it caught HSBC by '
        'surprise," the Financial Times newspaper quoted an insider in the talks as saying.',
        "Standard Chartered",
    ),
    (  # isot-reuters-392 (cut): the states "from" which attorneys write do not speak
        "In a Nov. 27 letter to Trump, Republican attorneys from West Virginia, Texas, Alabama, "
        "Arkansas and Oklahoma said Mulvaney would help curb the CFPB's practice of "
        "overreaching regulation.",
        "Arkansas",
    ),
    (  # constructed: a relation "of" someone is not that someone
        "The daughter of actor Kirk Douglas said the federal government was aware.",
        "Kirk Douglas",
    ),
    (  # bbc-politics-122: "the government" is not the body named just before
        'And Dr John Moore-Gillon, of the British Lung Foundation, said: "TB is not simply '
        'imported, we are seeing a rise in many sections of the UK-born population as well." '
        'The government says the Tories are "a bit late" to the issue.',
        "British Lung Foundation",
    ),
    (  # reuters21578-00618: "the rating agency" is Standard and Poor's, not Navistar
        "    S and P cited Navistar's recent issuance of 104 mln shares\nof common stock and "
        "planned redemption of 515 mln dlrs of debt.\n    The recapitalization would save "
        "Navistar about 86 mln dlrs in\nannual interest expense, the rating agency said.",
        "Navistar",
    ),
    # isot-reuters-807 ("Others" is no one's name)
    ("Others say total sign-ups will drop.", "Others"),
    # bbc-business-077 (nor is "Reports")
    (
        "Reports said CNPC had been offered 20% of Yugansk in return for providing finance but "
        "the company opted for a long-term oil supply deal instead.",
        "Reports",
    ),
    # reuters21578-03682 (the official speaks, not the city)
    (
        "    An SEC official in Washington said the Vaskevitch case is\nunrelated to the "
        "agency's widening investigation into Wall\nStreet's insider trading scandal involving "
        "Ivan Boesky and\nDennis Levine.",
        "Washington",
    ),
    # isot-reuters-985 (a possessive phrase joined by "and" is one phrase: its head speaks)
    (
        "NEW YORK (Reuters) - New York and California\u2019s Democratic governors said on "
        "Friday residents would face hefty tax increases and some would leave their states "
        "under a proposal in the Republican tax plan.",
        "NEW YORK",
    ),
    # bbc-politics-209 (the spokesman speaks, not Mr Blair)
    (
        "A spokesman for Mr Blair said the Prime Minister expected the conference to discuss "
        '"a comprehensive, co-ordinated and, above all, practical work plan."',
        "Tony Blair",
    ),
    # bbc-entertainment-115 ("the rapper's spokesman" is not Snoop Dogg)
    (
        "US rapper Snoop Dogg has been sued for $25m (\u00a313m) by a make-up artist who claimed "
        "he and his entourage drugged and raped her two years ago.\n\nThe woman said she was "
        "assaulted after a recording of the Jimmy Kimmel Live TV show on the ABC network in "
        '2003. The rapper\'s spokesman said the allegations were "untrue".',
        "Snoop Dogg",
    ),
    # ggt-english-eval 5c4888ac1e67d78e271d2cdf ("the judge" is not the offender the
    # story is about; sentences of its first and twelfth paragraphs)
    (
        '"They made him our problem," Niagara County District Attorney Caroline Wojtaszek '
        "said of 47-year-old William Shrubsall, who fractured one of his victims' skull with "
        "a baseball bat.\n\nIn his oral judgment, the Nova Scotia judge said he didn't see a "
        '"realistic prospect of controlling the threat of dangerousness and managing the '
        'risk" of Shrubsall as a regular offender.\n\nThe judge ruled he was likely to '
        "continue to pose a risk to others.",
        "William Shrubsall",
    ),
    # reuters21578-11214 (those polled speak, not the agency that polled them)
    (
        "    TAIPEI, March 31 - Taiwan is planning to significantly\nrelax foreign exchange "
        "controls within the next few months, but\nthere is little prospect of a sudden "
        "outflow of capital,\nbankers and economists polled by Reuters said.",
        "Reuters",
    ),
    # isot-reuters-715 (its first sentences): a plural noun after a pair of people
    # ("citing ... administration officials") may be who "they" are: not the pair
    (
        "WASHINGTON (Reuters) - White House officials tried to pressure Acting Homeland "
        "Security Secretary Elaine Duke into expelling tens of thousands of Honduran "
        "immigrants, the Washington Post reported on Thursday,  saying also that Duke said "
        "she planned to resign. White House Chief of Staff John Kelly and Homeland Security "
        "Adviser Tom Bossert both called Duke about her decision to extend residency permits "
        "to the immigrants, the newspaper reported, citing current and former administration "
        "officials. The calls came on Monday just as she was about to announce the Temporary "
        "Protected Status for the Hondurans, they said.",
        "John Kelly",
    ),
    # reuters21578-05222 (its first sentence): the firm that owns a share, in an aside,
    # does not speak
    (
        "    PARIS, March 16 - French machinery maker <Poclain>, 40 pct\nowned by <Tenneco "
        "Inc>, said it will raise its capital to 791\nmln francs from 91 mln by a 100 for 13 "
        "rights offering to\nshareholders priced at par of 10 francs a share.",
        "Tenneco Inc",
    ),
    # bbc-tech-005 (a plural of a person's noun is no one body: "the artists" are
    # Langlands & Bell, not the place they modelled)
    (
        "Bafta-winning artists Langlands & Bell have created a virtual, story-based, 3D "
        "model of Brussels' Coudenberg Cellars.\n\nThey have recently been excavated. "
        "\"The river was integral to the city's survival for hundreds of years and it was "
        'equally essential to the city that it disappeared," said the artists.',
        "Coudenberg Cellars",
    ),
    # reuters21578-09766 (its lead: "the lead managers" are the banks, not the issuer)
    (
        "FRANCE'S CAECL ISSUES THREE BILLION FRANC BOND\n\n    PARIS, March 26 - Caisse "
        "d'Aide a l'Equipement des\nCollectivites Locales (CAECL) is issuing a three billion "
        "franc\ntwo-tranche domestic bond, the lead managers said.",
        "Collectivites Locales",
    ),
    # isot-reuters-918 (a sentence of it): the one a letter was sent to, named in an aside,
    # is not who asks in it
    (
        "The second letter, sent on Wednesday to acting U.S. Health Secretary Eric Hargan, "
        "asked his department to provide \u201call documents and communications between or "
        "among members of the IARC monograph program and any research institutes or "
        "agencies within HHS.\u201d",
        "Eric Hargan",
    ),
    # ggt-english-eval 5c3f00a6795bd298e67a078f (a sentence of it): a quoted word, then a
    # verb of the sentence and its subject, is no inverted attribution ("argue it")
    (
        "The main stumbling block has been a provision in the withdrawal agreement that "
        "guarantees no border controls between Ireland and Northern Ireland. Critics of "
        "what\u2019s known as a \u201cbackstop\u201d argue it could tie Britain to the EU "
        "for an indefinite period, which would defeat the purpose of Brexit. Ms. May and the "
        "EU have insisted the backstop would be in place only while both sides negotiated a "
        "broader trade deal, although that could take years.",
        "Britain",
    ),
    # reuters21578-01926 (its headline and first sentence): two peoples' adjectives before
    # one plural head are modifiers of it, no joint speakers whose first is the country
    (
        "NEW CURRENCY PROBLEM SEEN AMONG U.S, EUROPE, JAPAN\n\n"
        "    TOKYO, March 5 - The highly visible drama involving the\nyen's sharp rise against "
        "the U.S. Dollar is obscuring the fact\nthat the Japanese currency has hardly budged "
        "against major\nEuropean currencies, thus creating a new set of exchange "
        "rate\ndistortions, Japanese and European research officials said.",
        "Japan",
    ),
    # bbc-tech-122 (Mr Hirsch speaks, not the firm he is with)
    (
        "Mr Hirsch from Retail Banking Research said the number of cash machines actually at "
        "risk was low because so few were upgraded every year.",
        "Retail Banking Research",
    ),
    # The object of "to" inside a longer subject is not who speaks: the memo, the sources,
    # the letter do
    (  # isot-reuters-560 (two sentences of it)
        "A group of about a dozen U.S. State Department officials have taken the unusual "
        "step of formally accusing Secretary of State Rex Tillerson of violating a federal "
        "law designed to stop foreign militaries from enlisting child soldiers.\n\n"
        "Six days earlier, a previously unreported memo emailed to Tillerson from a range of "
        "senior diplomats said the three countries violated the law based on evidence "
        "gathered by U.S. officials in 2016.",
        "Rex Tillerson",
    ),
    (  # isot-reuters-184 (its last sentence)
        "Sources with ties to the White House have said they expect a wave of departures "
        "from the administration once Trump has completed his first year in office.",
        "White House",
    ),
    (  # bbc-politics-065 (its first two sentences)
        "The government has written to two of the British men freed from Guantanamo Bay "
        "telling them they will not be allowed passports. A letter sent to Martin Mubanga "
        "said his British passport would not be issued in the light of evidence gathered "
        "against him by the US.",
        "Martin Mubanga",
    ),
    (  # reuters21578-15041 (its first sentence)
        "ATALANTA, April 8 - An audit submitted to the Georgia Public Service Commission "
        "said between 944 mln dlrs and 1.8 billion dlrs of the costs of the Vogtle nuclear "
        "plant should not be included in its rate base.",
        "Georgia Public Service Commission",
    ),
    (  # bbc-entertainment-120 (a paragraph of it): a quote after a sentence about Bob
        # Marley that speaks of him as "he" is someone else's (the memoir's author's)
        ": It was always a struggle for him to connect with Black America. Reggae did not "
        "correspond with disco in the 70s. But Bob Marley in the 1990s became one of the "
        'great icons in America and the Third World. "In 1991, ten years after his death, '
        'he sold more records than at any time during his life."',
        "Bob Marley",
    ),
    # Whom someone told a quote is not who says it
    (  # bbc-politics-201 (a sentence of it)
        "Asked if he would welcome BNP voters he told the BBC: \"I don't want anybody to vote "
        'for these extremist parties."',
        "BBC",
    ),
    (  # bbc-tech-193 (a sentence of it)
        '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics '
        "Association, told the BBC News website.",
        "BBC News",
    ),
    (  # aeb-crn-026 (a paragraph of it)
        "Tim Cook spoke first.\n\n"
        '"We all miss Steve so much," Benioff weighed in, telling Cook, "since he passed, '
        "you've been so true to him and his values.\"",
        "Tim Cook",
    ),
    # Whom a complaint is against is not who speaks in it
    (  # isot-reuters-964 (a sentence of it)
        "Paul Manafort was indicted.\n\nThe indictment against Manafort and Gates says they "
        "both generated tens of millions of dollars of income from Ukraine work.",
        "Paul Manafort",
    ),
    (  # isot-reuters-902 (a sentence of it)
        "Sayfullo Saipov was charged.\n\nThe complaint filed against Saipov said he had "
        "waived his rights and agreed to speak to investigators.",
        "Sayfullo Saipov",
    ),
    (  # bbc-politics-102 (two sentences of it)
        "Mr Prescott told BBC News he had not yet read the report in detail. But told BBC "
        'News: "As far as I\'m concerned, we have drawn a line under that."',
        "BBC News",
    ),
    (  # reuters21578-01299 (a sentence of it): a place after "on" is what the authority
        # knows about, not who speaks
        '"Where the crop is really made or broken is still ahead of us," an Agriculture '
        "Department authority on the USSR said.",
        "USSR",
    ),
    (  # aeb-albawaba-091 (lines 41 and 53 of it): "the European Union's top court" is a
        # court the EU owns, not the International Criminal Court named before
        '"We are going to the (UN) General Assembly and we will ask... the International '
        'Criminal Court (ICC) to open an official judicial investigation," he added.\n\n'
        "The European Union's top court last week ruled that EU countries must identify "
        "products made in Israeli settlements on their labels.",
        "International Criminal Court",
    ),
]


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c.text[:40])
def test_speakers(case: Spoken) -> None:
    found = [
        (s.text, None if s.speaker is None else s.speaker.name)
        for s in newsparse.parse(case.text).statements
    ]
    for start, speaker in case.expected:
        assert [who for text, who in found if text.startswith(start)] == [speaker], found


@pytest.mark.parametrize(("text", "name"), NOT_SPEAKERS, ids=lambda x: x[:40])
def test_not_the_speaker(text: str, name: str) -> None:
    speakers = [s.speaker.name for s in newsparse.parse(text).statements if s.speaker]
    assert newsparse.parse(text).statements
    assert name not in speakers


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # bbc-entertainment-196 (a sentence of it): a name in "-ing" before its verb
        ('Groening recently heaped praise on The Office, saying: "Everybody on The Simpsons '
         "is a fan of The Office - it's one of the best shows on TV in the last decade.\"",
         "Groening"),
        # bbc-politics-041 (a sentence of it): "Having" and a participle open a phrase
        ("Having received his full backing, Ms Hughes was forced to resign in April over "
         "abuses in the visa processing system, which she claimed to be unaware of.",
         "Ms Hughes"),
    ],
)  # fmt: skip
def test_the_subject_after_a_word_in_ing(sentence: str, subject: str) -> None:
    found = sentence_subject(sentence, 0, len(sentence))
    assert found is not None
    assert sentence[found.start : found.end] == subject


def test_an_epithet_starts_no_pronoun_chain() -> None:
    # ggt-english-eval 5c1dccbf1e67d78e279807d8 (a paragraph of it): the chain of sentences
    # that open with the same "he" / "she" is for pronouns; "the affable proprietor" read
    # back over sentences that open with "The" found the cartoonist quoted first
    text = (
        "\u201cEvery publisher rejected me,\u201d says Cambridge cartoonist Andre Campbell, "
        "whose superhero in Starkeeper uses a wheelchair. It\u2019s not about scale or a "
        "guest spot on Jimmy Kimmel. None of Espinos\u2019 clients are in it for the money. "
        "\u201cMost places will not print anything less than 1,000 copies,\u201d says "
        "Campbell\u2019s partner, Jason Louth. The Studiocomix minimum is \u2026 "
        "\u201cOne!\u201d says the affable proprietor."
    )
    said = {s.text: s.speaker for s in newsparse.parse(text).statements}
    assert said["One!"] is None or said["One!"].name != "Andre Campbell"


def test_names_that_an_aside_holds_are_no_speakers() -> None:
    # isot-reuters-848 (a sentence of it): names after a verb inside a long aside are its
    # objects; the subject before the aside is out of reach, so no speaker at all
    text = (
        "The environmental groups, which also include the Natural Resources Defense Council "
        "and the Wilderness Society, said Interior and the White House council were not "
        "meeting appropriate deadlines under the Freedom of Information Act."
    )
    speakers = [s.speaker.name for s in newsparse.parse(text).statements if s.speaker]
    assert "Natural Resources Defense Council" not in speakers
    assert "Wilderness Society" not in speakers


def test_role_noun_between_quote_and_name() -> None:
    # bbc-entertainment-221 (two sentences of a paragraph): '," spokesman Warren Lush said'
    # is the cue after the quote, with a role noun before the name
    text = (
        "Bookmaker Ladbrokes said it would continue to accept bets on the final, with Kenzie "
        'its favourite at 2/9. "We felt no need whatsoever to close the book," spokesman '
        "Warren Lush said."
    )
    found = [
        (s.rule, s.speaker and s.speaker.name)
        for s in newsparse.parse(text).statements
        if s.text.startswith("We felt")
    ]
    assert found == [("quote-then-cue", "Warren Lush")]


def test_transcript_lines_are_the_labelled_speakers() -> None:
    # breitbart_2016-09-25_pence-gennifer-flowers-won-t-be- (PolNeAR dev; its first
    # sentence and four lines of its transcript, cut): a line is the labelled person's,
    # or no one's when the story never names that person in full; not the speaker of the
    # partial quote before it
    text = (
        "Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate "
        "presidential nominee Donald Trump\u2019s tweet to invite Gennifer Flowers to Monday "
        "night\u2019s debate was only \u201cto mock\u201d Hillary Clinton for inviting Trump "
        "critic Mark Cuban.\n\n"
        "Partial transcript as follows:\n\n"
        '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of '
        "\u201cShark Tank.\u201d But this is America, Chris.\n\n"
        '"WALLACE: If I may, sir, because we\u2019ve got limited time. I want to ask you, will '
        "Gennifer Flowers be there?\n\n"
        '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n'
        '"WALLACE: But, Governor Pence, I\u2019ve got to ask you, because as \u201cThe Wall '
        "Street Journal\u201d wrote, it shows people top concern about Donald Trump is, one, his "
        "temperament, and two, his language, especially towards women."
    )
    found = [
        (s.text[:8], s.rule, s.speaker and s.speaker.name)
        for s in newsparse.parse(text).statements
        if s.kind == "direct"
    ]
    assert found == [
        ("PENCE: W", "quote-transcript", "Mike Pence"),
        ("WALLACE:", "quote-transcript", None),
        ("PENCE: G", "quote-transcript", "Mike Pence"),
        ("WALLACE:", "quote-transcript", None),
    ], found


def test_no_cue_reaches_a_quote_past_a_sentence_end() -> None:
    # isot-reuters-668 (two sentences): "added" in the sentence before does not open the
    # quote; the quote follows on from Biden's own (and so is his)
    text = (
        "\u201cI\u2019m not closing the door,\u201d said Biden, who added that he was in good "
        "health. But if he had to act right now, \u201cI would say no because I am just working "
        "through a whole lot.\u201d"
    )
    found = [
        (s.rule, s.cue) for s in newsparse.parse(text).statements if s.text.startswith("I would")
    ]
    assert found == [("quote-inherited", None)], found


def test_no_clause_inside_a_quote() -> None:
    # aeb-newsweek-088 (a paragraph of a quote that runs over two): "CLAUSE, X said" is
    # not read inside a quote, whose words are the direct statement already
    text = (
        'Senior author Dr. Silvia S. Martins commented: "Cannabis use disorder in adolescence '
        "is associated with long-term adverse health, economic and social consequences.\n\n"
        '"Given our findings on problematic use across age groups, legalization efforts should '
        "coincide with prevention and treatment. The general public should be informed about "
        "both benefits and potential harms of marijuana products to make informed "
        'decisions," Martins said.'
    )
    found = [(s.kind, s.text[:20]) for s in newsparse.parse(text).statements]
    assert ("indirect", "The general public s") not in found, found
    assert ("direct", "Given our findings o") in found, found


def test_parse_gives_statements_with_rules() -> None:
    article = newsparse.parse('"We will win," she said. Officials said the vote was fair.')
    assert [(s.text, s.kind, s.rule) for s in article.statements] == [
        ("We will win", "direct", "quote-then-cue"),
        ("the vote was fair", "indirect", "indirect.said"),
    ]


def test_guillemets_are_quote_marks() -> None:
    found = statements(
        "\u00abNous gagnerons,\u00bb a dit le ministre. \u00abWe will win,\u00bb he said."
    )
    assert ("We will win", "direct", "said", "he", "quote-then-cue") in found


#: (text, name of an actor in it, the gender its names tell): a first name tells it before
#: another word of the name, or as the whole name, unless it is a common surname too.
GENDERS = [
    # bbc-entertainment-369: "Arnold" is her surname, though a man's first name
    ("For Andrea Arnold, who won the category, Ashvin Kumar and Gary McKendry the past month "
     "has thrust them from relative obscurity into the limelight. \"I felt so privileged to "
     "have a thousand people watching my film on the biggest screen I've ever seen,\" says "
     "Arnold.", "Andrea Arnold", ""),
    # bbc-entertainment-206, adapted ("Sharon" opens the name)
    ("His wife Sharon Osbourne agreed.", "Sharon Osbourne", "f"),
    # isot-reuters-101: "Warren" alone is a surname as often as a first name
    ("Hiring political appointees could violate civil service laws designed to protect such "
     "employees from undue political pressure and discrimination, Warren said.", "Warren", ""),
    # bbc-entertainment-244 ("Rachel" alone: a first name that is no common surname)
    ("Edwards' sister Rachel makes an emotional TV appeal five years after the disappearance.",
     "Rachel", "f"),
    # isot-reuters-348
    ("Diane Anderson said her father believed the two-party system was broken and was "
     "appalled by what happened with the Republican Party.", "Diane Anderson", "f"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "gender"), GENDERS, ids=lambda x: x[:30])
def test_gender_from_first_names(text: str, name: str, gender: str) -> None:
    actors = {a.name: a for a in newsparse.parse(text).actors}
    assert _gender(actors[name]) == gender
