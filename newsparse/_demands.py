"""Stage 6: demands -- who demands what of whom, item by item.

One pass of :data:`_CUE_RE` over each sentence finds the demand words
("demanded", "called on", "urged", "must", "unless" ...). Each cue is read by
its frame (see ``docs/explanation/demands.rst``): the frame finds the
demander (the subject, a possessive, a "by" agent, or the speaker of the quote
the cue stands in), the addressee, the region of what is demanded, and the
terms after it. :mod:`newsparse._demands_items` ends and splits the region.
Demanders and addressees are resolved through the :class:`Cast`; this stage
never builds actors.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from newsparse._actors import Cast
from newsparse._actors_lex import PAST_TENSES, ROLE_NOUNS
from newsparse._demands_items import (
    BASE_VERBS,
    DURATION_RE,
    deadline,
    item_end,
    split_items,
    terms,
    trim,
)
from newsparse._lexicon import words
from newsparse._model import Actor, Demand, DemandStatus, Span, Statement
from newsparse._text import TextView, Words

__all__ = ["find_demands"]

#: Speech verbs (lexicon/cue_verbs.txt): "that" after one opens a complement clause.
CUE_VERBS: Final = words("cue_verbs.txt")
#: Head nouns of subjects that state content, not demands (lexicon/demand_inanimate_heads.txt).
INANIMATE_HEADS: Final = words("demand_inanimate_heads.txt")
#: Head nouns of quantities a modal forecasts (lexicon/demand_quantity_heads.txt).
QUANTITY_HEADS: Final = words("demand_quantity_heads.txt")
#: Nouns naming who can be told to act (lexicon/demand_addressee_nouns.txt).
ADDRESSEE_NOUNS: Final = words("demand_addressee_nouns.txt")

_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: Every demand cue, with the letters it may begin with (lower case); the named group
#: that matched picks the frame (a call or an appeal ends with its preposition's group).
_CUE_BRANCHES: Final = (
    ("c", r"(?P<call>call(?:s|ed|ing)?+)\s++(?P<prep>on|upon|for|to)\b"),  # called on Y to VP
    ("d", r"(?P<demand>demand(?:s|ed|ing)?+)(?![\w-])"),  # verb or noun
    ("c", r"(?P<condition>conditions?)\b"),  # "its condition that"
    ("u", r"(?P<urge>urg(?:e|es|ed|ing))\b"),
    ("p", r"(?P<press>press(?:es|ed|ing)?+|pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?+)\b"),
    ("i", r"(?P<insist>insist(?:s|ed|ing)?+|insistence)\b"),
    ("a", r"(?P<ask>ask(?:s|ed|ing)?+)\b"),
    ("a", r"(?P<appeal>appeal(?:s|ed|ing)?+)\s++(?P<aprep>to|for)\b"),
    ("r", r"(?P<request>request(?:s|ed|ing)?+)\b"),
    ("w", r"(?P<want>want(?:s|ed)?+)\b"),
    ("bit", r"(?P<beg>beg(?:s|ged|ging)?+|implor(?:e|es|ed|ing)|told|tell(?:s|ing)?+)\b"),
    ("s", r"(?P<seek>seek(?:s|ing)?+|sought)\b"),
    ("msohn", r"(?P<modal>must|should|ought\ to|ha(?:s|ve|d)\ to|needs?\ to)\b(?!-)"),
    ("u", r"(?P<unless>unless)\b"),
    ("o", r"(?P<only>only)\s++(?=(?:[\w']++\s++){0,8}?if\b)"),  # "can only be restored if"
    ("g", r"(?P<give>g[ia]ve[ns]?+|giving)\b"),  # "given Y until X to VP"
)


def _cue_pattern(branches: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w-])(?:" + "|".join(branches) + ")", regex.VERBOSE | regex.IGNORECASE
    )


_CUE_RE: Final = _cue_pattern(tuple(b for _letters, b in _CUE_BRANCHES))
#: :data:`_CUE_RE` with only the branches that may begin with a given letter, in the same
#: order (so a match is the same); trying one is a third of the cost of trying them all.
_CUE_BY_LETTER: Final = {
    c: _cue_pattern(tuple(b for letters, b in _CUE_BRANCHES if c in letters))
    for c in sorted({c for letters, _b in _CUE_BRANCHES for c in letters})
}

#: Characters before and after a cue that a frame reads in a run-on sentence; every
#: frame looks at most this far, so the stage stays linear in the length of the text.
WINDOW_BEFORE: Final = 250
WINDOW_AFTER: Final = 400
#: How many of the latest items a cue is checked against (cues inside an item are skipped).
_TAKEN_CHECKED: Final = 8
#: Most words between an obligation's subject and its modal (", Murray said," is two).
_MODAL_GAP_WORDS: Final = 4
#: The literal stems of every cue in :data:`_CUE_RE`: a text whose lower case is longer
#: than itself is scanned for them (see :func:`_cue_positions`).
_STEMS: Final = (
    *"""demand call urg press push insist ask appeal request want begg begs implor told tell seek
        sought must should ought need unless only give gave condition""".split(),
    "has to", "have to", "had to",
)  # fmt: skip

#: Auxiliaries, adverbs and time words between a subject and its verb.
_AUX: Final = frozenset(
    """
    has have had is are was were be been being will would shall can could also still now then
    again repeatedly finally already just mainly further meanwhile earlier later today yesterday
    on this last next week month year both all not n't never reportedly previously once
    """.split()
)
_WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Words that open a segment that is not a subject (a parenthetical or a relative).
_NOT_SUBJECT: Final = frozenset(
    "for of in on at from by with to who which whose whom where including such as like".split()
)
_PRONOUNS: Final = frozenset(
    "he she they it him her them i we you us his their its our my me".split()
)
_DISCOURSE: Final = frozenset(
    """instead however meanwhile still now earlier later also separately moreover furthermore
    indeed nevertheless yesterday today but and yet so""".split()
)
#: Words that never open the object of a demand verb.
_OBJECT_NOT: Final = frozenset(
    """and or but would will can could may might should must by in on at from of for with into
    as than about under over much more most very so too badly out up""".split()
)
_IRREGULAR_PAST: Final = frozenset(
    "made said took gave got went came told knew thought felt found left kept held".split()
)
_WH_WORDS: Final = frozenset("how what which why when where whether just".split())
_PRESS_NOUN_RE: Final = regex.compile(
    r"(?:\b(?:a|an|the|their|his|her|its|our|state|local|national|foreign|international|free"
    r"|financial|trade|popular|tabloid|official)|'s|s')\s++$"
)
#: After "push": a place or title to win in a contest ("pushing for a place in the side",
#: "push for the Premiership title"), or the agent that drove something ("pushed by").
_PUSH_GOAL_RE: Final = regex.compile(
    r"\s++(?:by\b|for\s++(?:(?:a|an|the|their|his|her|its)\s++)?+(?:[\p{L}-]++\s++){0,2}?"
    r"(?i:titles?+|promotion|places?+|spots?+|medals?+|trophy|trophies|championships?+"
    r"|victory|win|berth|starting\s++place|first-team\s++place)(?![\p{L}]))"
)
#: A noun after "press" that makes it the media's ("press conference", "press office").
_PRESS_COMPOUND_RE: Final = regex.compile(
    r"\s++(?i:conferences?+|releases?+|criticism|offices?+|officers?+|secretar(?:y|ies)"
    r"|statements?+|reports?+|briefings?+|coverage|freedom|gallery|agenc(?:y|ies)|corps"
    r"|association|council|room|pack|speculation|comments?+|barons?+|aides?+|photographers?+"
    r"|attach[eé]s?+)(?![\p{L}])"
)
#: A determiner and a name before "push": the noun ("the Republican push for").
_NAMED_PUSH_RE: Final = regex.compile(
    r"\b(?:a|an|the|their|his|her|its|our)\s++(?:\p{Lu}[\p{L}.'-]*+\s++){1,3}$"
)
#: "demanded X from Y" with Y a group or name at the end of the item: Y is the addressee.
_FROM_WHOM_RE: Final = regex.compile(
    r"\s++from\s++(?P<who>(?:the\s++)?(?:[\p{L}][\p{L}.-]*+\s++){0,3}[\p{L}][\p{L}.-]*+)\s*+$"
)
_DET_WORDS: Final = frozenset("the a an this that these those such".split())
#: Words before an -ed premodifier ("any added funding"), not a subject before a verb.
_PREMODIFIER_WORDS: Final = _DET_WORDS | frozenset("any all some no its their his her".split())
_SUBJECT_PRONOUNS: Final = frozenset("he she they we I".split())
_SUBJECT_PRONOUNS_TUPLE: Final = tuple(sorted(_SUBJECT_PRONOUNS))
_FIRST_PERSON: Final = frozenset("i we my our me us".split())
#: The word after "want" that makes it no demand ("wants to", "want you").
_NOT_WANTED: Final = _AUX | {"to", "that", "you", "more", "in"}
_AUX_OR_OBJECT_NOT: Final = _AUX | _OBJECT_NOT
_NON_POSSESSIVE_PRONOUNS: Final = _PRONOUNS - {"his", "her", "its", "their", "our", "my"}
#: Subjects of a modal that oblige nobody else ("we must", "you should", "it has to").
_NOT_OBLIGED: Final = _FIRST_PERSON | {"you", "who", "which", "that", "it", "there", "this"}
#: Items that hold no content of their own.
_NO_CONTENT: Final = _PRONOUNS | {
    "that", "this", "it", "do", "so", "do so", "do it", "do that", "here", "there", "now", "today",
}  # fmt: skip
#: Words after infinitival "to" that are not verbs.
_NOT_VERB_AFTER_TO: Final = frozenset(
    """
    a an the his her its their our my your this that these those him them me us it what which
    whom be- some any all each every no one two three somebody someone anyone everyone nobody
    everybody anybody
    """.split()
)

#: A segment boundary to the left of a verb: punctuation or a clause word.
_SEGMENT_RE: Final = regex.compile(
    r"""
    (?r)
    (?:[,;:(\u2014"]|\s-\s
      |\b\L<clause_words>\b)   # a named list: faster than the alternation, word by word
    """,
    regex.VERBOSE,
    clause_words="""but while after as when because since although though that who which
        said says say told adding saying insisted argued stressed""".split(),
)
#: "Murray said": a reporting parenthetical, not a subject.
_PARENTHETICAL_RE: Final = regex.compile(r"[^,]{1,60}?\s(?:said|says|say|added|argued)")
#: An appositive after a name: "a former aide", "Trump's campaign manager".
_APPOSITIVE_RE: Final = regex.compile(
    r"(?:an?\s|(?:[\p{Lu}][\p{L}.-]*+\s++){0,3}[\p{Lu}][\p{L}.-]*+(?:'s|s')\s)"
)
_PROPER_END_RE: Final = regex.compile(r"[\p{Lu}][\p{L}.'-]*+$")


def _role_phrase(text: str) -> bool:
    """True for an appositive with no article that names a role in its first four words
    ("ranking member of the subcommittee", "chief executive of the bank")."""
    words = text.split(None, 4)[:4]
    return bool(words) and words[0][:1].islower() and any(w in ROLE_NOUNS for w in words)


_WORD_RE: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'.-]*+")
#: Negation or hypothesis that cancels a verb cue ("did not ask", "stopped short of calling").
_NEGATED_RE: Final = regex.compile(
    r"""
    (?:\b[Nn]ot|n't|\b[Nn]ever|\bstopped\ short\ of|\brefus\w*+\ to|\bdeclin\w*+\ to|\bmay|\bmight
      |\bcould|\bwithout|\bno\ longer)
    \s++(?:[\w']++\s++){0,2}$
    """,
    regex.VERBOSE,
)
_HYPOTHETICAL_RE: Final = regex.compile(r"(?i:\b(?:if|whether|unless)\b|^asked\b)")
#: A rejecting or accepting verb before a demand noun (same clause).
_STATUS_BEFORE_RE: Final = regex.compile(
    r"""
    (?<!\bto\s)(?<!\bable\s)\b(?P<verb>
        (?P<rejected>reject\w*+|denie[sd]|deny|refus\w*+(?:\ to\ (?:bend|bow|give\ in|yield)\ to)?
          |dismiss\w*+|spurn\w*+|rebuff\w*+|turn(?:s|ed)?\ down|resist\w*+|ignor\w*+|defie[sd]|defy)
      | (?P<accepted>accept\w*+|upheld|uphold\w*+|gr[ae]nt\w*+|me[te]ts?|agree[sd]?\ to
          |gave\ in\ to|give[sn]?\ in\ to|bow\w*+\ to|acced\w*+\ to|conced\w*+\ to|heed\w*+)
    )
    \s++(?:[\w'-]++\s++){0,6}$
    """,
    regex.VERBOSE,
)
#: A literal inside every verb of :data:`_STATUS_BEFORE_RE`: a cheap test before the search.
_STATUS_VERB_STEMS: Final = (
    *"""reject deni deny refus dismiss spurn rebuff turn resist ignor defie defy accept uphe
        uphol grant grent met meet agree gave give bow acced conced heed""".split(),
)  # fmt: skip
_STATUS_AFTER_RE: Final = regex.compile(
    r"""
    [^.;]{0,120}?\b(?:was|were|has\ been|have\ been|had\ been)\s++(?:\w{1,20}?ly\s++)?
    (?:(?P<rejected>rejected|refused|dismissed|turned\ down|thrown\ out|spurned)
      |(?P<accepted>accepted|met|granted|upheld|agreed))\b
    """,
    regex.VERBOSE,
)
#: "X's", "its", "the union's": a possessor before a noun cue, with premodifiers.
_ADJ: Final = (
    r"(?:(?:key|main|central|new|fresh|renewed|repeated|latest|original|earlier|growing"
    r"|mounting|urgent|public|formal|written|chief|main)\s++){0,2}"
)
#: Who owns a noun cue, tried in order on the text just before it.
_POSSESSOR_RES: Final = (
    # "López Obrador's", "the union's", "the Democrats'", "Consumer"
    regex.compile(
        r"(?P<who>(?:[\p{Lu}][\p{L}.-]*+\s++){0,5}[\p{L}][\p{L}.-]*+(?:'s|(?<=s)'))\s++"
        + _ADJ
        + r"$"
    ),
    regex.compile(r"\b(?P<who>his|her|its|their|our|my)\s++" + _ADJ + r"$", regex.I),
    # "an IMF demand", "a Trump administration request", "bourse demands"
    regex.compile(
        r"\b(?:an?|the)\s++(?P<who>(?:[\p{Lu}][\p{L}.-]*+\s++){1,4}(?:administration\s++)?)"
        + _ADJ
        + r"$"
    ),
    regex.compile(r"(?<![\p{L}])(?P<who>(?:[\p{Lu}][\p{L}.-]*+\s++){1,3})" + _ADJ + r"$"),
)
#: A determiner right before "urge": the noun, a desire ("the urge to", "an urge to").
_URGE_NOUN_RE: Final = regex.compile(
    r"(?<![\p{L}])(?i:the|an|this|that|his|her|its|their|my|our|your|no)\s++$"
)
#: A determiner or possessive before a noun cue, up to two words before it.
_DETERMINER_BEFORE_RE: Final = regex.compile(
    r"(?ri)\b(?:a|an|the|this|that|its|their|his|her|our|my|any|no|every|each)\s++"
    r"(?:[\w.-]++\s++){0,2}$"
)
_NOUN_DET_RE: Final = regex.compile(
    r"(?ri)\b(?:the|a|an|these|those|this|that|in|make|makes|making|such|growing|mounting|renewed|repeated|fresh|new|recent|face|faces|facing|"
    r"joined|faced|rejected|issued|made|reiterated|echoed|amid|despite|of|to|with|among|heeded"
    r"|ignored|backed|key|main|his|her|its|their|our|my)\s++(?:[\w-]++\s++){0,2}$"
)
#: "given Y until Wednesday to VP": the addressee, the deadline and the demanded action.
_GIVE_UNTIL_RE: Final = regex.compile(
    r"""
    \s++(?P<who>[^,.;]{1,60}?)\s++
    (?P<deadline>(?:until|till|up\ to)\s++[^,.;]{1,40}?|\d{1,3}\ (?:days|hours|weeks)|a\ deadline
      \ of\ [^,.;]{1,30}?)
    \s++to\s++(?P<vp>[a-z])
    """,
    regex.VERBOSE,
)
#: A literal in every deadline of :data:`_GIVE_UNTIL_RE`: a cheap test first.
_DEADLINE_WORDS: Final = ("until", "till", "up to", "days", "hours", "weeks", "a deadline of")
#: Infinitival "to" and the verb after it.
_TO_AT_RE: Final = regex.compile(r"(?P<to>to)\s++\"?(?P<verb>[a-z][\w'-]*+)")
#: "not to", "never to", with a quote mark that opens a partial quote.
_NEG_BEFORE_TO_RE: Final = regex.compile(r"\"?(?:not|never)\s++\"?$")
#: An addressee never holds a finite verb, a clause word or a subject pronoun (this, or
#: :data:`_BAD_ADDRESSEE_LY_RE`). Speed: each look-behind stands after the characters it
#: guards, so that it is tried only where they matched.
_BAD_ADDRESSEE_RE: Final = regex.compile(
    r"\b(?:whether|if|he|she|they|we|I|for|said|says|wants?|wanted|what|how|why|where"
    r"|asked|urged|ordered|demanded|requested|begged)\b|\""
    r"|[;:?!]|\.(?<!\b\p{Lu}\.)\s|,\s*+(?:but|and|while)\b"
    r"|\b(?:but|after|before|when|while|because|since)\b"
    r"|\bfrom\s++\w{1,20}?ing\b"
    r"|\b(?:did|does|do|never)\b|\bnot\b(?!\s++(?:only|just)\b)"
    r"|\bit\s++(?:\p{Ll}{2,20}?ed|is|was|has|had|will|would)\b"
    r"|\bof\s++(?:his|her|their|its)\b"
    r"|\bthat\s++(?!(?:have|has|had|are|is|was|were|will|would|can|could)\b)"
    r"|\b(?:is|was|are|were|has|had|have|will|would|could|can)\b"
    r"(?<!\b(?:that|who)\s(?:is|was|are|were|has|had|have|will|would|could|can))"
)
#: "... pressed firmly": a participle and an adverb (searched only where "ly" stands).
_BAD_ADDRESSEE_LY_RE: Final = regex.compile(r"\w{1,20}?ed\s++\w{1,20}?ly\b")
#: The threat before "unless": "SUBJ will / would VP".
_ULTIMATUM_RE: Final = regex.compile(
    r"""
    (?r)\b(?P<subj>[\w']++)\s++(?:will|would|'ll)\s++(?:only\s++|not\s++)?
    (?P<threat>(?!be\b)[a-z][^,;]{2,120}?)\s*+$
    """,
    regex.VERBOSE,
)
#: The opening of a that-clause: "that", "at the gathering that", "on Wednesday (that)".
_THAT_RE: Final = regex.compile(
    r"\s*+(?:(?:on|at|in)\s++[^,\"]{0,40}?\s++(?=that\s|it\s))?(?:that\s++)?"
)
_PURPOSE_RE: Final = regex.compile(r"\s(?:in\ order\ )?to\s++(?P<verb>[a-z]++)\b")
#: "SUBJ, Murray said, should ...": the reporter between subject and modal.
_REPORT_INSIDE_RE: Final = regex.compile(
    r",\s*+(?P<who>[^,]{1,60}?)\s++(?:said|says|argued|added),"
)
#: ", the TUC has said." / ", says a new MPs' report.": the reporter after the clause.
_REPORT_AFTER_RE: Final = regex.compile(
    r"""
    ,\s*+(?:(?:said|says|say)\s++(?P<a>[^,.;]{1,80})
         |(?P<b>[^,.;]{1,80}?)\s++(?:has\s++|have\s++)?(?:said|says|say)\b)
    """,
    regex.VERBOSE,
)
#: A reporting verb right before the subject of an obligation: "He says residents should".
_REPORT_DIRECT_RE: Final = regex.compile(
    r"\b(?:said|says|say|told\s++[\w']++(?:\s++[\w']++)?|added|adding|argued|insisted|stressed"
    r"|warned|wrote)\s++(?:that\s++)?$"
)
#: "would eventually have to", "may need to": a forecast, not an obligation.
_MODAL_HEDGE_RE: Final = regex.compile(
    r"\b(?:would|will|could|may|might|won't|wouldn't)\s++"
    r"(?:(?:\w{1,20}?ly|still|also|then|now|even|not|never|soon)\s++)?$"
)  # "would still have to compete", "won't have to discuss": a forecast
_AND_RE: Final = regex.compile(
    r"(?r)\band(?=\s++(?:the\s|an?\s|this\s|that\s|these\s|those\s|its\s|their\s|[\p{Lu}]))"
)
#: After a cue: "(is) sought after" means in demand, "asked by X if/whether" is a question.
_NOT_ASKED_RE: Final = regex.compile(
    r"\s++after\b|\s++by\s++(?:[\p{L}.'-]++\s++){1,4}?(?:if|whether|about)\b"
)
#: A verb right after "demand" that a verb "demand" never takes as object: the word is
#: the subject ("as demand cooled", '"demand continues to grow"').
_DEMAND_SUBJECT_RE: Final = regex.compile(
    r"""\s++(?:is|was|has|had|continues|continued|remains|remained|rose|rises|fell|falls|grew
    |grows|slowed|slows|cooled|cools|slumped|surged|jumped|eased|eases|picked\s++up
    |outstripped|outstrips|exceeded|exceeds|outpaced|outpaces|declined|dropped|weakened
    |strengthened|recovered|softened|will|would|could|may|might)\b""",
    regex.VERBOSE,
)
#: The main verb after a noun demand's "for NP" that is its sentence's subject: "The
#: request for a probe | was sent", "demands for a ceasefire | were rejected" (not after
#: a relative pronoun in the phrase: "a system that was fair").
_MAIN_VERB_AFTER_NP_RE: Final = regex.compile(
    r"\ (?:was|were|is|are|has|have|had)\ (?:been\ )?+"
    r"(?:\p{Ll}++(?<=ed|en|wn|ne|ld)|sent|spent|lent|built|left|kept|made|paid|put|set|cut"
    r"|met|brought|bought|sought|found|won|lost)\b"
)
#: A relative pronoun (see :data:`_MAIN_VERB_AFTER_NP_RE`).
_RELATIVE_WORD_RE: Final = regex.compile(r"\b(?:that|which|who|whom|whose)\b")
#: Market words before "demand": "growing demand", "global demand" is economic.
_ECONOMIC_RE: Final = regex.compile(
    r"(?r)(?i:\b(?:growing|strong|weak|rising|falling|global|domestic|consumer|market|high|low|increased"
    r"|higher|lower|huge|booming|slack|sluggish|robust|soft|firm|seasonal|world|oil|energy|export"
    r"|import|fuel|peak|power|underlying|overall|total|customer|investor|industrial"
    r"|(?:consumer|customer|investor|buyer|shopper|user|reader|viewer|listener|fan|household)s'"
    r")\s++)$"  # (and the buyers': "UK music fans' demand for great music")
)
#: "But William Corr of the Campaign ...": the conjunction and the organisation go.
_HEAD_NAME_RE: Final = regex.compile(
    r"""
    (?:(?:But|And|So|Yet|However|Meanwhile|Instead|Earlier|Later|Separately|Also|Now|Then|and|but)\b,?\s++)?
    (?:(?!The\b)(?P<name>(?:[\p{Lu}][\p{L}.'-]*+\s++){1,3}?[\p{Lu}][\p{L}.'-]*+)
       (?=\s++(?:of|from|at)\s++(?:the\s++)?[\p{Lu}]))?
    """,
    regex.VERBOSE,
)
#: The words :data:`_HEAD_NAME_RE` may open with, and what a match of
#: :data:`_PARENTHETICAL_RE` ends with (cheap tests before them).
_HEAD_CONJUNCTIONS: Final = tuple(
    """But And So Yet However Meanwhile Instead Earlier Later Separately Also Now Then and
    but""".split()
)
_REPORT_ENDS: Final = ("said", "says", "say", "added", "argued")
_LAST_REPORT_RE: Final = regex.compile(
    r"(?r)\b(?:said|says|say|told|added|argued|insisted|stressed|warned)\b"
)
_ABLE_TO_RE: Final = regex.compile(r"\bable\s++to\s++$")
_WOULD_RE: Final = regex.compile(
    r"\b(?:would|can|could|may|might)\s++(?:\w{1,20}?ly\s++|also\s++)?$"
)
#: The last one to four words before a position (searched from the right: a forward
#: search for a pattern that ends in ``$`` retries at every offset of the window).
_INANIMATE_BEFORE_RE: Final = regex.compile(r"(?r)(?:[\w'.-]++\s++){1,4}$")
_LAST_WORD_RE: Final = regex.compile(r"(?r)([\p{L}']++)[\s,]*+$")
_RELATIVE_RE: Final = regex.compile(r"(?r)\b(?:who|which)\b")
#: The first verb inside a subject segment: an auxiliary, a common irregular
#: past, or an -ed word followed by a particle or a determiner.
_VERB_IN_SUBJECT_RE: Final = regex.compile(
    r"""
    \s(?:(?:has|have|had|is|are|was|were|will|would|did|does|can|could)\b
       |(?:wrote|told|said|sent|brought|took|gave|made|met|went|came|began|spoke)\b
       |[a-z]{1,20}?ed\s++(?=(?:to|out|by|with|on|in|down|up|at|the|a|an|his|her|their|its)\b))
    """,
    regex.VERBOSE,
)
_INDEFINITE_BEFORE_RE: Final = regex.compile(
    r"(?i:\b(?:someone|anyone|nobody|everyone|no\ one)\s++(?:who\s++)?)$"
)
#: "what they want", "what big companies want": a free relative, its object "what".
_WHAT_BEFORE_RE: Final = regex.compile(r"(?i:\bwhat(?:ever)?\s++(?:[\p{L}'-]++\s++){1,3})$")
#: An object pronoun and "to" after "want": "what I want them to do" asks them.
_OBJECT_TO_RE: Final = regex.compile(r"\s++(?:them|him|her|us|me|you|it)\s++to\b")
_AGENT_RE: Final = regex.compile(r"\s++by\s++[^,.;]{1,60}?(?=\s++(?:for|to)\b)")
#: A verb inside what :data:`_AGENT_RE` read: the agent ended before it ("a tax plan pushed
#: by the Republican-led Congress | would pay for itself").
_AGENT_VERB_RE: Final = regex.compile(
    r"\s(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have|had|did|does)\s"
)
#: A cognition verb before an obligation's subject: "they will realise they should".
_COGNITION_RE: Final = regex.compile(
    r"(?i:\b(?:realis|realiz|think|thought|believ|know|knew|feel|felt|hope|expect|suspect|guess"
    r"|suppos|understand|understood)\w*+\s++(?:that\s++)?(?:[\w']++\s++){0,3})$"
)
#: A stem of every verb of :data:`_COGNITION_RE` (case-folded): a cheap test first.
_COGNITION_STEMS: Final = (
    *"""realis realiz think thought believ know knew feel felt hope expect suspect guess suppos
        understand understood""".split(),
)  # fmt: skip
_SMALL_CLAUSE_RE: Final = regex.compile(
    r"(?P<subj>(?:[\p{Lu}][\p{L}.'-]*+\s++){1,5})(?P<verb>[a-z]++)\b"
)
_COMMENT_RE: Final = regex.compile(r"(?i:comments?\b|further\ comment|anonymity\b)")
_ASK_QUESTION_RE: Final = regex.compile(
    r"\s*+(?:about|if|whether|what|how|why|when|who|where|which|questions?|not\s++to\s++be"
    r"|to\s++remain\s++anon)\b"
)
_REPORT_RE: Final = regex.compile(
    r"(?i:\b(?:said|says|say|told|adds|added|argued|insisted|stressed|warned|wrote|urged|believes?)\b)"
)
_EPISTEMIC_RE: Final = regex.compile(
    r"\s*+(?:not\s++only\b|'ve\b|(?:not\s++)?have\s++[a-z]|(?:not\s++)?be\b(?=\s*+[,.;\"]|$)"
    r"|(?:not\s++)?be\s++(?:able|available|possible|likely|unlikely|ready|enough|fine|over"
    r"|completed?|in\b|at\b|a\b|an\b|the\b|about|around|roughly|some|more|less|higher|lower"
    r"|worth|above\b|below\b|under\b|near\b|up\b|down\b|[\d$£€]))"
)
#: The word after a modal.
_NEXT_WORD_AFTER_RE: Final = regex.compile(r"\s++([\p{L}']++)")
#: Words after a modal that make no obligation: a subject (an inverted condition, "should
#: it become") or "know" ("Recipients ... should know that ...": what is so, no act;
#: not "should recognise shortcomings", which asks for one).
_NOT_OBLIGATIONS: Final = frozenset(
    "it he she they we you i there this that know the a an its his their our".split()
)
_PASSIVE_RE: Final = regex.compile(
    r"\s*+(?:not\s++)?be\s++(?P<part>[a-z]{1,20}?(?:ed|en)\b|made|paid|put|set|told|kept|held|brought|shown|done|given|taken|cut)\b"
)
_CALL_DAY_RE: Final = regex.compile(rf"\s++(?:on\s++)?{_WEEKDAY}\s++for\b")

#: What makes "pressure" a verb: "to / will / they pressure".
_PRESSURE_VERB_RE: Final = regex.compile(
    r"\b(?:to|will|would|must|should|can|could|they|we|I|you)\s++$"
)
#: "for" right after a cue.
_FOR_RE: Final = regex.compile(r"\s++for\b")
#: One, or three, words after a position: a match of :data:`_FOR_RE` or :data:`_CALL_DAY_RE`
#: never reads further, and the ``regex`` package looks for a pattern's required literal
#: ("for") all the way to ``endpos`` before matching: without a bound that is quadratic.
_NEAR1_RE: Final = regex.compile(r"\s*+\S{0,10}+")
_NEAR3_RE: Final = regex.compile(r"(?:\s*+\S{0,10}+){3}")
#: "that" right after a cue.
_THAT_NEXT_RE: Final = regex.compile(r"\s++that\b")
#: The word right after a cue.
_NEXT_WORD_RE: Final = regex.compile(r"\s++([\w']++)")
#: "wants it replaced": a pronoun and a participle.
_WANT_SMALL_CLAUSE_RE: Final = regex.compile(
    r"\s++(?P<subj>it|them|him|her)\s++(?P<part>[a-z]{1,20}?ed)\b"
)
#: "to seek", "someone who wants": an infinitive or nobody in particular.
_SEEK_SUBJECT_NOT_RE: Final = regex.compile(
    r"(?i:\b(?:to|someone|anyone|nobody|everyone|who)\s++)$"
)
#: "to" right after a cue: "seeks to" is intent.
_TO_NEXT_RE: Final = regex.compile(r"\s++to\b")
#: One word.
_WORD_AT_RE: Final = regex.compile(r"[\w']++")
#: "for Y to VP" after a cue.
_FOR_CLAUSE_RE: Final = regex.compile(r"(?P<np>[^,.;]{1,60}?)\s++to\s++(?P<verb>[a-z][\w-]*+)")
#: "it was time for Y to VP".
_TIME_FOR_RE: Final = regex.compile(r"it\s++(?:is|was|'s)\s++time\s++for\s++")
#: "at his urging": the noun.
_AT_URGING_RE: Final = regex.compile(r"(?r)\b(?:at|on)\s++\w++\s*+$")
#: A possessive right before a cue: "Lee's demand".
_POSSESSIVE_BEFORE_RE: Final = regex.compile(r"(?:'s|s')\s*+(?:\w++\s++)?$")
#: The word right before a cue or a subject, searched from the right.
_PREV_WORD_RE: Final = regex.compile(r"(?r)([\p{L}']++)\s++$")
#: "supply and demand".
_SUPPLY_AND_RE: Final = regex.compile(r"(?i:supply\s++and\s++)$")
#: A comma or bracket right before a cue: "production, demand and".
_LIST_BEFORE_RE: Final = regex.compile(r"[,(]\s*+$")
#: A capitalised word right before a cue: "bourse demands", "IMF demand".
_CAPITAL_BEFORE_RE: Final = regex.compile(r"[\p{Lu}][\p{L}.-]*+\s++$")
#: A subject pronoun right before a cue: the verb.
_PRONOUN_BEFORE_RE: Final = regex.compile(r"\b(?:They|We|I|He|She|It)\s++$")
#: A sentence's first word right before a cue.
_OPENER_BEFORE_RE: Final = regex.compile(r"(?:^|[.!?]\s++)[\p{Lu}][\p{L}.-]*+\s++$")
#: "A, B and C were among X's demands".
_AMONG_RE: Final = regex.compile(r"(?r)\b(?:were|was|are|is|be)\s++among\s++[^.;]{0,120}$")
#: "a demand by X for", "demands from X for".
_NOUN_BY_RE: Final = regex.compile(
    r"\s++(?:by|from)\s++(?P<who>(?:[\w'.-]++\s++){0,6}?[\w'.-]++)\s++(?=for|to|that)\b"
)
#: "The demand for $280bn (£155bn) - filed by the Clinton administration in 1999": who
#: made the demand, named after its item.
_FILED_BY_RE: Final = regex.compile(
    r"""
    (?:\ ?+\([^()\n]{1,30}+\))?+  # "(£155bn)"
    [\s,(-]{1,4}+(?:filed|made|brought|lodged|issued|submitted|tabled)\s++by\s++
    (?P<who>[^,.;()\n-]{1,60}?)
    (?=\s++(?:in|on|at|last|this|with|over|against)\b|[,.;()]|\s-|$)
    """,
    regex.VERBOSE,
)
#: "X's demands of / on Y": the addressee.
_NOUN_OF_RE: Final = regex.compile(
    r"\s++(?:of|on)\s++(?P<who>[^,.;]{1,60}?)(?=\s++(?:in|for|to|that)\b|[,.;]|$)"
)
#: "demands on a range of issues": no addressee.
_INDEFINITE_NEXT_RE: Final = regex.compile(r"\s++(?:a|an)\s")
#: What links a demand noun to its content.
_NOUN_LINK_RE: Final = regex.compile(r"\s*+,?\s*+(?P<link>for|to|that)\s++")
#: A lower-case letter.
_LOWER_RE: Final = regex.compile(r"[a-z]")
#: A verb before a demand noun whose subject is the addressee: "faced calls to".
_FACED_RE: Final = regex.compile(
    r"(?r)\b(?P<v>faced|faces|face|facing|rejected|rejects|refused|dismissed|gave\ in\ to"
    r"|bowed\ to|accepted|met|heeded|ignored)\b[^,.;]{0,60}$"
)
#: "joined / renewed / issued calls for": the subject is the demander.
_JOINED_RE: Final = regex.compile(
    r"(?r)\b(?:joined|joins|join|echoed|renewed|repeated|reiterated|issued|made)\s++(?:the\s++|a\s++|an\s++|his\s++|her\s++|their\s++)?(?:\w++\s++)?$"
)
#: "what they have to say".
_SAY_NEXT_RE: Final = regex.compile(r"\s++say\b")
#: "X said (that)" right before an obligation's subject.
_SAID_BEFORE_RE: Final = regex.compile(
    r"(?r)\b(?:said|says|say|told\s++\w++|added|argued)\s++(?:that\s++)?$"
)
#: "would only": an offer.
_WILL_BEFORE_RE: Final = regex.compile(r"(?r)\b(?:would|will)\s++$")
#: ", as well as" after the terms: more items follow.
_MORE_ITEMS_RE: Final = regex.compile(r"\s*+,\s*+(?:as\s++well\s++as|and)\s++")
#: The agent of a passive cue: "pressured by X for".
_BY_AGENT_RE: Final = regex.compile(r"\bby\s++(?P<who>[^,;.]{1,80}?)(?=\s++(?:for|to)\b|[,;.]|$)")
#: Who follows a closing quote mark: "...," Esper said.
_QUOTE_TAIL_RE: Final = regex.compile(
    r'"?,?\s*+(?P<a>.{0,80}?)(?:\s++(?:is|was)\s++quoted|\b(?:said|says|added|told|wrote|saying)\b|$)'
)
#: "...," said Philip Luther.
_QUOTE_SAID_RE: Final = regex.compile(r"\s*+(?:said|says|added|told|wrote)\s++(?P<b>[^,.;]{1,80})")
#: A form of "be" right before a cue: the passive.
_BE_BEFORE_RE: Final = regex.compile(
    r"(?r)\b(?:be|been|being|was|were|is|are)\s++"
    r"(?:\w{1,20}?ly\s++|(?:also|then|now|later|again|still|first)\s++)?$"
)
#: The last word before a position.
_LAST_LETTERS_RE: Final = regex.compile(r"(?r)([\p{L}]++)[\s,\"']*+$")


class _Ctx(NamedTuple):
    """What a frame reads (a named tuple: one is made per sentence with a cue, cheaply)."""

    view: TextView
    cast: Cast
    statements: tuple[Statement, ...]  #: with a speaker, sorted by start
    sentence: Span  #: the cue's sentence, clipped to a window around the cue when very long
    #: whether a sentence (or window) holds a reporting verb, as found so far in the article
    reported: dict[Span, bool]
    #: the demands found so far in the article (the next one's id is "d" and their number)
    found: list[Demand]


def find_demands(
    view: TextView, cast: Cast, statements: tuple[Statement, ...]
) -> tuple[Demand, ...]:
    """Every demand in the view's sentences, in text order.

    >>> import newsparse
    >>> a = newsparse.parse("The union called on the firm to recall the notice or face a strike.")
    >>> [(d.rule, d.cue, d.items, d.condition) for d in a.demands]
    [('verb.call-on', 'called on', ('recall the notice',), 'face a strike')]
    """
    out: list[Demand] = []
    norm = view.norm
    positions = _cue_positions(norm, view.words)
    if not positions:
        return ()
    sentences = view.sentences
    starts = [x.start for x in sentences]
    quoted: tuple[Statement, ...] | None = None  # sorted when a cue first needs a frame
    current: Span | None = None
    shouting = False
    taken: list[Span] = []
    ctx: _Ctx | None = None
    letters, same_length = view.words.letters, view.words.same_length
    reported: dict[Span, bool] = {}
    for pos in positions:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i].end:
            continue  # boilerplate or outside any sentence
        sentence = sentences[i]
        if sentence is not current:  # the same object of view.sentences
            current, taken = sentence, []
            shouting = norm[sentence.start : sentence.end].isupper()
        if shouting or (taken and any(t.start <= pos < t.end for t in taken[-_TAKEN_CHECKED:])):
            continue
        if sentence.end - sentence.start > WINDOW_BEFORE + WINDOW_AFTER:  # a run-on: near the cue
            sentence = Span(
                max(sentence.start, pos - WINDOW_BEFORE), min(sentence.end, pos + WINDOW_AFTER)
            )
        if norm[pos] in "oO" and _only_without_if(norm, pos, sentence.end):
            continue  # (the costliest cue to try)
        # What no frame takes (see _frame), and what the frame of the word at pos needs
        # ahead of it, tried before the cue's pattern
        if norm[pos].isupper() and pos > sentence.start and norm[pos - 2] not in '."':
            continue  # "Most Wanted", "Call of Duty": a name, not a cue
        if _is_question(norm, sentence, pos):
            continue
        if same_length:
            stop = letters.find(b" ", pos)
            word = letters[pos:stop] if stop >= 0 else letters[pos:]
            if word in _MODAL_FORMS:  # a reported obligation: in a quote, or reported
                if norm.count('"', sentence.start, pos) % 2 == 0 and not _is_reported(
                    reported, norm, sentence
                ):
                    continue
            elif word in _TO_OR_FOR_FORMS and (
                norm.find(" to ", pos, min(sentence.end, pos + _TO_REACH)) < 0
                and norm.find(" for ", pos, min(sentence.end, pos + _FOR_REACH)) < 0
            ):
                continue  # "told reporters": no "to" or "for" follows
            elif word in _TO_ADDRESSEE_FORMS and _to_verb_next(norm, pos + len(word), sentence.end):
                continue  # "wants to go", "was told to leave": no addressee (see _addressee_to)
            elif word in _GIVE_FORMS and not _deadline_ahead(norm, pos, sentence.end):
                continue
        m = _CUE_BY_LETTER.get(norm[pos].lower(), _CUE_RE).match(norm, pos, sentence.end)
        if m is None:
            continue
        if ctx is None or ctx.sentence != sentence:  # one context per sentence (or window)
            if quoted is None:
                quoted = tuple(
                    sorted((x for x in statements if x.speaker is not None), key=_SPAN_START)
                )
            ctx = _Ctx(
                view=view, cast=cast, statements=quoted, sentence=sentence, reported=reported,
                found=out,
            )  # fmt: skip
        for d in _frame(ctx, m):
            out.append(d)  # numbered "d{len(out)}" by _build
            taken.extend(d.item_spans)
    return tuple(out)


_SPAN_START: Final = operator.attrgetter("span.start")


def _cue_positions(norm: str, words: Words) -> list[int]:
    """Offsets where a cue word may start: a cheap scan before any regex.

    The words of the text (:attr:`TextView.words`: ASCII letters, lower-cased, in
    bytes, shared with the figures stage) are intersected with :data:`_CUE_FORMS`,
    and only the forms present are looked for.
    """
    letters, same_length = words.letters, words.same_length
    present = _CUE_FORMS.intersection(words.words) if same_length else frozenset()
    if not same_length:  # a rare character whose lower case is longer
        return _stem_positions(norm, _STEMS + tuple(x.capitalize() for x in _STEMS))
    if not present:
        return []
    padded = b" " + letters + b" "  # a word w stands as b" w " in it, one to the right
    found: list[int] = []
    for form in present:
        size = len(form)
        to_next = form in _TO_FORMS
        # "has" is a cue only before "to": look for the pair, not for every "has". Speed:
        # a needle that ends in a space is slow to find (spaces are everywhere), so the
        # space after the word is checked at each hit instead
        needle = b" " + form + b" to" if to_next else b" " + form
        i = padded.find(needle)
        while i >= 0:  # the word is at [i, i + size) in the text
            if padded[i + size + 1] == 32:  # the whole word
                before = norm[i - 1] if i else " "
                if not (before.isalnum() or before in "-'/") and (
                    not to_next or norm[i + size : i + size + 3].lower() == " to"
                ):
                    found.append(i)
            i = padded.find(needle, i + size + 1)
    found.sort()
    return found


#: Every word :data:`_CUE_RE` can take as a cue (lower-cased) that begins with one of
#: :data:`_STEMS`; a word that is not one of them opens no cue.
_CUE_FORMS: Final = frozenset(
    w.encode()
    for w in """
    call calls called calling demand demands demanded demanding condition conditions
    urge urges urged urging press presses pressed pressing pressure pressures pressured
    pressuring push pushes pushed pushing insist insists insisted insisting insistence
    ask asks asked asking appeal appeals appealed appealing request requests requested
    requesting want wants wanted begs begged begging implore implores implored imploring
    told tell tells telling seek seeks seeking sought must should ought has have had need
    needs unless only give gave given gaven gives gaves
    """.split()
)
#: The forms of the cues of :func:`_modal` ("must", "has", "needs" ...), ...
_MODAL_FORMS: Final = frozenset(
    w.encode() for w in "must should ought has have had need needs".split()
)
#: ... of those that need " to " or " for " soon after them ("told", "pressed") ...
_TO_OR_FOR_FORMS: Final = frozenset(
    w.encode()
    for w in """
    told tell tells telling begs begged begging implore implores implored imploring
    press presses pressed pressing pressure pressures pressured pressuring
    push pushes pushed pushing
    """.split()
)
#: ... (how far, from the word's start: :func:`_verb_complement` looks 120 and 80
#: characters from its end, and no such word is longer than 20) ...
_TO_REACH: Final = 120 + 20
_FOR_REACH: Final = 80 + 20
#: ... of "want" and "tell", that ask for nothing with no one named before "to VP" ...
_TO_ADDRESSEE_FORMS: Final = frozenset(
    w.encode()
    for w in """
    want wants wanted told tell tells telling begs begged begging implore implores implored
    imploring
    """.split()
)
#: ... and of "give", that needs a deadline ahead (see :func:`_give_until`).
_GIVE_FORMS: Final = frozenset(w.encode() for w in "give gave given gaven gives gaves".split())
#: The forms that are a cue only before " to" ("has to", "needs to").
_TO_FORMS: Final = frozenset(w.encode() for w in "has have had ought need needs".split())


def _to_verb_next(norm: str, pos: int, end: int) -> bool:
    """Whether " to" and a verb follow a cue word ending at ``pos``, so that
    :func:`_addressee_to` finds no addressee there and :func:`_verb_complement` returns
    nothing for "want" or "tell" ("to" is also a word after which "want" asks nothing)."""
    if not norm.startswith(" to", pos):
        return False
    to = _TO_AT_RE.match(norm, pos + 1, end)
    return to is not None and to["verb"].lower() not in _NOT_VERB_AFTER_TO


def _stem_positions(low: str, stems: tuple[str, ...]) -> list[int]:
    """Offsets where one of ``stems`` starts a word of ``low``."""
    found: list[int] = []
    for stem in stems:
        pos = low.find(stem)
        while pos >= 0:
            if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] in "-'/"):
                found.append(pos)
            pos = low.find(stem, pos + 1)
    found.sort()
    return found


def _only_without_if(norm: str, pos: int, end: int) -> bool:
    """Whether "only" stands at ``pos`` with no "if" after it: :data:`_CUE_RE` cannot match."""
    return norm[pos : pos + 4].lower() == "only" and "if" not in norm[pos + 4 : end].casefold()


def _is_question(norm: str, s: Span, pos: int) -> bool:
    return norm.find("?", pos, s.end) >= 0 or norm.startswith(("If ", '"If '), s.start)


# -- frames ---------------------------------------------------------------------


def _frame(ctx: _Ctx, m: regex.Match[str]) -> Iterator[Demand]:
    # (find_demands has left out a capitalised cue inside a sentence and a question)
    group = m.lastgroup
    assert group is not None  # every branch of the cue patterns is a named group
    family = _PREP_FAMILY.get(group, group)  # a call or an appeal ends with its preposition
    if family == "modal":
        yield from _modal(ctx, m)
    elif family == "unless":
        yield from _unless(ctx, m)
    elif family == "only":
        yield from _only_if(ctx, m)
    elif family == "give":
        yield from _give_until(ctx, m)
    else:
        yield from _verb_or_noun(ctx, m, family)


_PREP_FAMILY: Final = {"prep": "call", "aprep": "appeal"}


#: A determiner or a word of degree before "demanding", which makes it an adjective ("a
#: demanding role", "far more physically demanding").
_DEGREE_BEFORE_RE: Final = regex.compile(
    r"""(?i)\b(?:the|a|an|very|more|most|less|least|so|too|quite|rather|fairly|extremely
    |incredibly|highly|increasingly|particularly|especially|notoriously|\p{L}++(?<=ically)
    |emotionally|mentally|intellectually)\s++\Z""",
    regex.VERBOSE,
)


def _verb_or_noun(ctx: _Ctx, m: regex.Match[str], family: str) -> Iterator[Demand]:
    norm = ctx.view.norm
    s = ctx.sentence
    word = m.group(family).lower()
    if word == "demanding" and _DEGREE_BEFORE_RE.search(
        norm, max(s.start, m.start(family) - 24), m.start(family)
    ):
        return  # "Japan's technologically demanding mobile users", "the demanding role":
        # an adjective
    if (
        family == "urge"
        and word in ("urge", "urges")
        and _URGE_NOUN_RE.search(norm, max(s.start, m.start(family) - 6), m.start(family))
    ):
        return  # "The urge to ban is contagious": a desire, the noun after a determiner
    if family == "call" and norm.endswith(
        ("port of ", "Port of "), max(s.start, m.start() - 8), m.start()
    ):
        return  # "the first port of call for users": a place one goes first
    cue_end = m.end()
    head_end = m.end(family)
    is_noun = _is_noun(norm, s.start, m.start(), word, family)
    if family in {"call", "appeal"} and not is_noun:
        prep = m["prep" if family == "call" else "aprep"].lower()
        if family == "call" and prep == "to":
            return
        if (
            family == "call"
            and prep == "on"
            and (d := _CALL_DAY_RE.match(norm, head_end, _near(norm, head_end, _NEAR3_RE)))
        ):
            cue_end = d.end()  # "called on Wednesday for": a day, not an addressee
            prep = "for"
        rule = f"verb.{family}-{'on' if prep in {'on', 'upon', 'to'} else 'for'}"
        if prep in {"on", "upon", "to"}:
            comp = _addressee_to(
                norm, cue_end, s.end, need_addressee=True, in_quote=_in_quote(norm, ctx, cue_end)
            )
        else:
            comp = _for_np(ctx, cue_end)
    elif is_noun:
        yield from _noun(ctx, m, family, word)
        return
    else:
        comp = _verb_complement(ctx, m, family, word)
        rule = f"verb.{_VERB_RULE.get(family, family)}"
        if comp is not None and comp[2] == "for":
            rule += "-for"
    if comp is None or not _WORD_RE.search(norm, comp[1].start, comp[1].end):
        if (
            family == "call"
            and (subj0 := _subject(norm, s.start, m.start())) is not None
            and _is_passive(norm, s.start, m.start())
        ):  # "a comprehensive overhaul ... is called for"
            yield from _build(
                ctx,
                m,
                family,
                "verb.called-for",
                subj0,
                "np",
                _quote_speaker(ctx, m.start()),
                None,
                cue_end,
            )
        return
    addressee, region, kind = comp
    if _before(norm, max(s.start, m.start() - 10), m.start(), _ABLE_TO_RE, ("able",)):
        return  # "able to call on his wisdom": an ability, not an ask
    if _negated(norm, s.start, m.start()) or _before(
        norm, max(s.start, m.start() - 25), m.start(), _WOULD_RE, _WOULD_WORDS
    ):
        return
    if word.endswith("ing"):
        lastw = _INANIMATE_BEFORE_RE.search(norm, max(s.start, m.start() - 60), m.start())
        if lastw is not None and any(w.lower() in INANIMATE_HEADS for w in lastw.group().split()):
            return  # "an agreement with Colorado National calling for": the deal's terms
    passive = (word.endswith("ed") or word in {"told", "sought"}) and _is_passive(
        norm, s.start, m.start()
    )
    after_end = min(s.end, m.end(family) + 80)
    after = norm[m.end(family) : after_end]  # (a cheap test of the pattern's words first)
    if (
        ("after" in after or "by" in after)
        and (not_asked := _NOT_ASKED_RE.match(norm, m.end(family), after_end))
        and (passive or not_asked.group().lstrip().startswith("by"))
    ):
        return  # "is sought after" (wanted), "when asked by Reuters if he planned": not an ask
    subj = _subject(norm, s.start, m.start())
    if subj is not None and _inanimate(norm, subj):
        return
    demander: Actor | None
    if passive:
        demander = _by_agent(ctx, m.end(), region.start)
        addressee_actor = _actor_for(ctx, subj)
    else:
        demander = _demander(ctx, subj, m.start())
        addressee_actor = _resolve(ctx, addressee) if addressee is not None else None
    yield from _build(ctx, m, family, rule, region, kind, demander, addressee_actor, cue_end)


_VERB_RULE: Final = {
    "demand": "demand",
    "urge": "urge",
    "press": "press",
    "insist": "insist",
    "ask": "ask",
    "request": "request",
    "want": "want",
    "beg": "ask",
    "seek": "seek",
}


#: The finite verb of the main clause after a noun phrase that a participle cue took as
#: its object ("lawsuits seeking information about her tenure | have cited"): an auxiliary
#: and an adverb or a participle, with no "who", "which" or "that" before it in the item.
_MAIN_VERB_RE: Final = regex.compile(
    r"(?<!\b(?:who|which|that)\s++)\s(?:are|is|was|were|have|has|had)\s++"
    r"(?:often|also|now|still|not|been|already|long|\p{Ll}++(?<=ed))\b"
)
#: Determiners that open a new subject after a comma (cf. _demands_items' determiners
#: of a new item, lower case).
_SUBJECT_DETERMINERS: Final = frozenset(
    "the The a A an An its Its their Their his His her Her".split()
)
#: Words before a cue in "-ing" that make it no participle after a noun ("is seeking").
_NOT_NOUN_BEFORE: Final = frozenset(
    "is are was were be been being am and or but to of for by in on at not also still now "
    "who which that he she they it we i you".split()
)


def _after_noun(norm: str, cue_start: int, floor: int) -> bool:
    """Whether a noun (a word of no :data:`_NOT_NOUN_BEFORE`, or a closing bracket) stands
    right before the cue: "parents seeking", "Roma (Gypsies) seeking"."""
    k = cue_start - 1
    if k <= floor or norm[k] != " ":
        return False
    if norm[k - 1] == ")":
        return True
    j = norm.rfind(" ", floor, k)
    word = norm[j + 1 : k]
    return word.isalpha() and word.lower() not in _NOT_NOUN_BEFORE


#: ", who" or ", which" that opens a relative clause (read backwards from a cue).
_RELATIVE_OPEN_RE: Final = regex.compile(r"(?r),\s++(?:who|which)\s")
#: A comma and a lower-case word after it: where the main clause may go on.
_COMMA_WORD_RE: Final = regex.compile(r",\s++(\p{Ll}++)\b")
#: Irregular past tenses (lexicon/past_irregular.txt) and the finite verbs that go on
#: a main clause after a relative clause.
_MAIN_VERBS: Final = PAST_TENSES | frozenset(
    "is was are were has have had will would says said".split()
)


def _relative_end(norm: str, floor: int, cue_start: int, start: int, stop: int) -> int:
    """``stop``, or, for a cue inside a relative clause set off by commas ("Trump, who is
    still seeking his first major legislative win since taking office in January, went
    to the U.S. Capitol"), the comma before the main clause's verb, where what is
    demanded ends."""
    rel = _RELATIVE_OPEN_RE.search(norm, max(floor, cue_start - 120), cue_start)
    if rel is None or norm.find(",", rel.end(), cue_start) >= 0:
        return stop
    for comma in _COMMA_WORD_RE.finditer(norm, start, stop):
        word = comma.group(1)
        if word in _MAIN_VERBS or (word.endswith("ed") and len(word) > 4):
            return comma.start()
    return stop


#: What opens an adverbial phrase at a sentence's start, before a cue in "-ing" ("Despite
#: urging Beijing to ease the peg, officials insist ...": the main clause follows its comma)
_INTRO_RE: Final = regex.compile(
    r"[\s\"'(]*+(?:Despite|In\ addition\ to|Instead\ of|Apart\ from|In|After|Before|While"
    r"|Since|By|On|Without|Besides|When)\s"
)


def _intro_clause_end(norm: str, sentence: Span, m: regex.Match[str]) -> int:
    """Where the adverbial phrase that opens the sentence and holds the cue ``m`` ends: the
    first comma after the cue when the phrase opens with a word of :data:`_INTRO_RE` and no
    comma stands before the cue; else -1."""
    if norm.find(",", sentence.start, m.start()) >= 0:
        return -1
    if _INTRO_RE.match(norm, sentence.start, m.start()) is None:
        return -1
    return norm.find(",", m.end(), sentence.end)


def _verb_complement(
    ctx: _Ctx, m: regex.Match[str], family: str, word: str
) -> tuple[Span | None, Span, str] | None:
    """(addressee span, region, kind) after a verb cue."""
    norm = ctx.view.norm
    if word.endswith("ing") and (comma := _intro_clause_end(norm, ctx.sentence, m)) > 0:
        ctx = ctx._replace(sentence=Span(ctx.sentence.start, comma))
    pos = m.end()
    end = _relative_end(norm, ctx.sentence.start, m.start(), pos, ctx.sentence.end)
    if (
        family in {"beg", "press"}
        and norm.find(" to ", pos, min(end, pos + 120)) < 0
        and (norm.find(" for ", pos, min(end, pos + 80)) < 0)
    ):
        return None  # "told reporters", "a press conference": no "to" or "for" follows
    if word in {"press", "push"} and _PRESS_NOUN_RE.search(
        norm, max(ctx.sentence.start, m.start() - 16), m.start()
    ):
        return None  # "told a press conference", "the Blues' push for four trophies"
    if word == "press" and _PRESS_COMPOUND_RE.match(norm, m.end("press")):
        return None  # "his monthly press conference to clash", "press criticism began to
        # grow": the noun, the media's
    if word == "push" and _NAMED_PUSH_RE.search(
        norm, max(ctx.sentence.start, m.start() - 40), m.start()
    ):
        return None  # "to sidetrack the Republican push for tax reform": a noun
    if word.startswith("push") and _PUSH_GOAL_RE.match(norm, m.end(), end):
        return None  # "pushing for promotion", "push for the Premiership title", "pushed
        # by a good supply and demand balance": a goal to win, or what drove it
    if word == "asked" and m.start() == ctx.sentence.start:
        return None  # "Asked for his worst memory, he said": the reporter's question
    if word == "pressure" and not _PRESSURE_VERB_RE.search(
        norm, max(ctx.sentence.start, m.start() - 10), m.start()
    ):
        return None  # "the pressure to improve": the noun
    if family == "want" and _before(
        norm, max(ctx.sentence.start, m.start() - 30), m.start(), _MODAL_HEDGE_RE, _HEDGE_WORDS
    ):
        return None  # "would want": hypothetical
    if family in {"seek", "want"} and _before(
        norm, max(ctx.sentence.start, m.start() - 20), m.start(), _INDEFINITE_BEFORE_RE,
        _INDEFINITE_WORDS, folded=True,
    ):  # fmt: skip
        return None  # "someone who wants": nobody in particular
    if (
        family == "want"
        and _before(
            norm,
            max(ctx.sentence.start, m.start() - 40),
            m.start(),
            _WHAT_BEFORE_RE,
            ("what",),
            folded=True,
        )
        and not _OBJECT_TO_RE.match(norm, pos, end)
    ):
        return None  # "lets people watch what they want when they want to watch it": the
        # thing wanted is "what", and the words after are no item
    agent = _AGENT_RE.match(norm, pos, end) if norm.find("by", pos, end) >= 0 else None
    if agent is not None and _AGENT_VERB_RE.search(norm, agent.start(), agent.end() + 1):
        agent = None
    if agent is not None and word.endswith("ed"):
        pos = agent.end()  # "was being pressured by equity producers for ..."
    rest = norm[pos : min(end, pos + 12)]
    if family == "ask" and _ASK_QUESTION_RE.match(norm, pos, end):
        return None
    if family in {"press", "urge", "ask", "request"} and _FOR_RE.match(rest):
        comp = _for_np(ctx, pos + rest.index("for") + 3)
        return None if comp is None else (comp[0], comp[1], "for")
    if family == "press" and word.startswith("push"):
        return None
    if family == "insist":
        return _that_clause(norm, pos, end, strict=True)
    if family == "demand" and _THAT_NEXT_RE.match(rest):
        return _that_clause(norm, pos, end, strict=False)
    if family == "want" and (small := _WANT_SMALL_CLAUSE_RE.match(norm, pos=pos, endpos=end)):
        # "wants him extradited to Turkey to face trial": the small clause, whole (not
        # "him extradited to Turkey" asked "to face trial")
        region = Span(small.start("subj"), item_end(norm, small.start("subj"), end, False))
        return (None, region, "clause")
    if family in {"urge", "press", "ask", "request", "want", "beg"}:
        comp = _addressee_to(
            norm,
            pos,
            end,
            need_addressee=family in {"want", "beg"},
            in_quote=_in_quote(norm, ctx, pos),
        )
        if comp is not None:
            return comp
        if family in {"press", "ask", "beg"}:
            return None
    if family == "want":
        nxt = _NEXT_WORD_RE.match(norm, pos=pos, endpos=end)
        if nxt is None or nxt.group(1).lower() in _NOT_WANTED:
            return None
    if family in {"seek", "want"} and _before(
        norm, max(ctx.sentence.start, m.start() - 12), m.start(), _SEEK_SUBJECT_NOT_RE,
        _SEEK_SUBJECT_NOT_WORDS, folded=True,
    ):  # fmt: skip
        return None
    if family == "seek" and _TO_NEXT_RE.match(rest):
        return None
    if family in {"demand", "urge", "request", "want", "seek"}:
        start = pos
        while start < end and norm[start] == " ":
            start += 1
        if start >= end or not (norm[start].isalnum() or norm[start] in '"$£€'):
            return None
        first = _WORD_AT_RE.match(norm, start, end)
        if first is not None and first.group().lower() in _AUX_OR_OBJECT_NOT:
            return None
        if first is not None and first.group() == "to" and _TO_DETERMINER_RE.match(norm, start):
            return None  # "an extradition request to the one from the US": "to" a thing
        if _COMMENT_RE.match(norm, start, end):
            return None
        stop = item_end(norm, start, end, _in_quote(norm, ctx, start))
        if word.endswith("ing") and _after_noun(norm, m.start(), ctx.sentence.start):
            main = _MAIN_VERB_RE.search(norm, start, stop)
            if main is not None:  # "Divorced parents seeking access to their children |
                stop = main.start()  # are often disadvantaged": the sentence's own verb
                comma = norm.rfind(", ", start, stop)
                if comma >= 0 and norm[comma + 2 : stop].split(" ", 1)[0] in _SUBJECT_DETERMINERS:
                    stop = comma  # "seeking entry into the UK | , the Law Lords have ruled"
        source = _FROM_WHOM_RE.search(norm, start, stop) if family == "demand" else None
        if source is not None:  # "demanding kickbacks from sales representatives"
            return (Span(source.start("who"), source.end("who")), Span(start, source.start()), "np")
        return (None, Span(start, stop), "np")
    return None


def _addressee_to(
    norm: str, pos: int, end: int, *, need_addressee: bool, in_quote: bool = False
) -> tuple[Span | None, Span, str] | None:
    """``Y to VP`` after a verb: (addressee, region, "vp")."""
    limit = min(end, pos + 160)
    at = norm.find("to", pos, limit)
    while at >= 0:
        m = _TO_AT_RE.match(norm, at, end) if at == pos or norm[at - 1] in ' "\n' else None
        if m is not None and m["verb"].lower() in {"comment", "remain"} and at - pos < 3:
            return None  # "asked to comment", "asked to remain anonymous"
        if m is not None and m["verb"].lower() not in _NOT_VERB_AFTER_TO and not _plural(m["verb"]):
            neg = _before(norm, max(pos, at - 12), at, _NEG_BEFORE_TO_RE, ("not", "never"))
            start = at if neg is None else neg.start()
            np = trim(norm, pos, start)
            if np is not None and _bad_addressee(norm, np.start, np.end):
                return None
            if np is not None and norm.count(",", np.start, np.end) > 2:
                return None
            if need_addressee and np is None:
                return None
            return (np, Span(start, item_end(norm, m.end("to"), end, in_quote)), "vp")
        at = norm.find("to", at + 2, limit)
    return None


def _plural(word: str) -> bool:
    """True when ``word`` after "to" reads as a plural noun, no verb's base form: it ends
    in "s" but not "ss", "us" or "is" ("a safe road to areas in northwest Syria"; not "to
    discuss", "to focus")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _bad_addressee(norm: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` cannot be an addressee (see :data:`_BAD_ADDRESSEE_RE`)."""
    if _BAD_ADDRESSEE_RE.search(norm, start, end) is not None:
        return True
    return (
        norm.find("ly", start, end) >= 0
        and _BAD_ADDRESSEE_LY_RE.search(norm, start, end) is not None
    )


#: "to" and a determiner: a preposition, no infinitive
_TO_DETERMINER_RE: Final = regex.compile(r"to\s++(?:the|a|an|this|that|these|those)\s")
#: the first letters of a match of DURATION_RE
_DURATION_FIRST: Final = frozenset("mdswyas")
#: "to" after a duration, and the verb it opens
_TO_AFTER_DURATION_RE: Final = regex.compile(r"\s++to\s++(?=\p{Ll})")


def _for_np(ctx: _Ctx, pos: int) -> tuple[Span | None, Span, str] | None:
    """``for NP`` or ``for Y to VP`` after a cue: (addressee, region, kind)."""
    norm = ctx.view.norm
    end = ctx.sentence.end
    start = pos
    while start < end and norm[start] == " ":
        start += 1
    if start >= end or _COMMENT_RE.match(norm, start, end):
        return None
    if norm[start] in _DURATION_FIRST and (duration := DURATION_RE.match(norm, start, end)):
        # "demands for weeks to cut the top rate": how long, then what
        after = _TO_AFTER_DURATION_RE.match(norm, duration.end(), end)
        if after is None:
            return None  # "which Washington has been urging for months"
        # (up to a comma: what follows one may be the main clause, "After resisting demands
        # for weeks to cut the top rate, the bill's authors did agree ...")
        comma = norm.find(",", after.end(), end)
        stop = item_end(norm, after.end(), end if comma < 0 else comma, False)
        return (None, Span(after.end(), stop), "vp")
    region_end = item_end(norm, start, end, _in_quote(norm, ctx, start))
    clause = _FOR_CLAUSE_RE.match(norm, pos=start, endpos=region_end)
    if clause is not None and clause["verb"] not in _NOT_VERB_AFTER_TO:
        np = Span(clause.start("np"), clause.end("np"))
        text = norm[np.start : np.end]
        if (
            clause["verb"] != "be"
            and len(text.split()) <= 6
            and (text.lower() in _PRONOUNS or _PROPER_END_RE.search(text))
        ):
            return (np, Span(clause.start("verb"), region_end), "vp")
        if clause["verb"] == "be":
            return (None, Span(start, region_end), "clause")
    return (None, Span(start, region_end), "np")


def _that_clause(
    norm: str, pos: int, end: int, *, strict: bool
) -> tuple[Span | None, Span, str] | None:
    """``(that) CLAUSE`` with a subjunctive or modal verb: (addressee, region, kind)."""
    m = _THAT_RE.match(norm, pos=pos, endpos=end)
    start = m.end() if m is not None else pos
    region = Span(start, item_end(norm, start, end, False))
    time = _TIME_FOR_RE.match(norm, pos=start, endpos=end)
    if time is not None:
        return (None, Span(time.end(), region.end), "clause")
    if strict and norm.startswith("on ", region.start):
        if not _insisted_on(norm, region):
            return None
        return (None, Span(region.start + 3, region.end), "np")  # "insisting on | changes"
    if strict and not _subjunctive(norm, region):
        return None
    small = _SMALL_CLAUSE_RE.match(norm, region.start, region.end)
    if small is not None and small["verb"] in BASE_VERBS:
        subj = trim(norm, small.start("subj"), small.end("subj"))
        return (subj, Span(small.start("verb"), region.end), "vp")
    return (None, region, "clause")


def _insisted_on(norm: str, region: Span) -> bool:
    """True when "insist on" at ``region`` asks for a thing: "insisted on changes",
    "insisting on official prices"; not one's own doing or quality ("insisted on
    finishing the race", "insisting on their unity of purpose") nor where it was said
    ("insisted on BBC Radio 4's Today programme")."""
    w = _WORD_RE.match(norm, region.start + 3, region.end)
    return (
        w is not None
        and not w.group().endswith("ing")
        and not w.group()[:1].isupper()
        and w.group() not in _OWN_WORDS
    )


def _subjunctive(norm: str, region: Span) -> bool:
    """True when the clause's first verb is a modal of obligation, a bare "be" ("that any
    added Pentagon funding be accompanied by ...") or a bare verb right after a subject
    pronoun ("insist they withdraw this threat"). A bare form after a noun may be a
    noun or a present tense ("his legal work ... did not", "voters face higher taxes"):
    no demand."""
    prev = raw = ""
    for i, w in enumerate(
        _WORD_RE.finditer(norm, region.start, min(region.end, region.start + 120))
    ):
        word = w.group().lower()
        if word in {"should", "must"}:
            return True
        if word in _FINITE_WORDS:
            return False
        if i > 0 and (
            (word == "be" and prev != "to")
            or (word in BASE_VERBS and (prev in _SUBJECTS or raw[:1].isupper()))
        ):  # (a name before it: "insist that Japan boost imports")
            return True
        if (
            i > 0
            and (word.endswith("ed") or word in _IRREGULAR_PAST)
            and prev not in _PREMODIFIER_WORDS
        ):
            return False  # "insisted that the contract made it clear": indicative
        prev, raw = word, w.group()
    return False


#: Finite verbs that make a clause indicative ("cannot", "did", "wants"): no demand.
_FINITE_WORDS: Final = frozenset(
    """is was are were will would has had have does did can could may might shall do
    cannot wants remains won't can't don't doesn't didn't isn't wasn't aren't weren't
    wouldn't couldn't hasn't haven't hadn't""".split()
)
#: Possessives before what one insists on that is one's own ("their unity of purpose").
_OWN_WORDS: Final = frozenset("his her their its my our your being".split())
#: Subject pronouns, lower case, before a bare verb of a demand ("insist they withdraw").
_SUBJECTS: Final = frozenset(w.lower() for w in _SUBJECT_PRONOUNS) | {"you", "it"}


# -- noun frames ----------------------------------------------------------------


def _near(norm: str, pos: int, words: regex.Pattern[str]) -> int:
    """The end of the next words after ``pos`` and one character more (an ``endpos``)."""
    m = words.match(norm, pos)
    return len(norm) if m is None else min(len(norm), m.end() + 1)


def _for_at(norm: str, pos: int) -> bool:
    """True when "for" follows ``pos`` after spaces."""
    return _FOR_RE.match(norm, pos, _near(norm, pos, _NEAR1_RE)) is not None


def _is_noun(norm: str, lo: int, pos: int, word: str, family: str) -> bool:
    if family == "condition":
        return True
    if family not in {"demand", "call", "request", "appeal", "insist", "urge"}:
        return False
    if word == "insistence":
        return True
    if word.endswith("ed") or (word.endswith("ing") and family != "urge"):
        return False
    if _ECONOMIC_RE.search(norm, max(lo, pos - 25), pos):
        return True  # "Strong demand triggers oil rally"
    if word == "demand" and _DEMAND_SUBJECT_RE.match(norm, pos + 6, pos + 40):
        return True  # "as demand cooled", "demand continues to grow": the market's demand
    prev_ed = _PREV_WORD_RE.search(norm, max(lo, pos - 30), pos)
    if word.endswith("s") and prev_ed is not None and prev_ed.group(1).endswith("ed"):
        return True  # "prompted calls for", "repeated demands"
    if family == "urge":
        return word == "urging" and bool(_AT_URGING_RE.search(norm, lo, pos))
    before = norm[max(lo, pos - 40) : pos]
    if _POSSESSIVE_BEFORE_RE.search(before):
        return True
    last = _PREV_WORD_RE.search(before)
    if last is not None:
        lw = last.group(1)
        if family == "demand" and _for_at(norm, pos + len(word)):
            return True  # "demand(s) for": never the verb
        if lw.lower() in {"that", "which", "who"}:
            return False  # "a bill that calls for": a relative clause
        if word.endswith("s") and lw.lower() in INANIMATE_HEADS:
            return False  # "the agreement calls for": the verb, of a document
        if lw.lower() == "to" and not word.endswith("s"):
            return False  # "protest to demand": the infinitive
        if (
            lw.lower() == "further"
            and word.endswith("s")
            and _FACED_RE.search(norm, max(lo, pos - 70), max(lo, pos - 40) + last.start(1))
        ):
            return True  # "likely to face further calls for": the noun, not "X further calls"
        if (
            lw.lower() in _AUX
            or (lw.endswith("ly") and len(lw) > 4)
            or lw.lower() in _NON_POSSESSIVE_PRONOUNS
        ):
            return False
        if (
            word in {"call", "demand", "request"}
            and lw.endswith("s")
            and lw.lower() not in {"this", "its", "his"}
        ):
            return False
    if family == "demand" and _SUPPLY_AND_RE.search(norm, max(lo, pos - 20), pos):
        return True
    if family == "demand" and _for_at(norm, pos + len(word)):
        return True  # "demand(s) for": never the verb
    if family == "demand" and _LIST_BEFORE_RE.search(before):
        return True  # "production, demand and employment"
    prev = _PREV_WORD_RE.search(norm, max(lo, pos - 30), pos)
    if family == "demand" and prev is not None:
        w = prev.group(1)
        if (
            w.islower()
            and w not in _PRONOUNS
            and w not in _AUX
            and w not in ADDRESSEE_NOUNS
            and w not in {"to", "and", "or", "who", "that", "which", "also", "must", "should"}
            and not w.endswith(("ly", "s"))
        ):
            return True
    return bool(_NOUN_DET_RE.search(norm, max(lo, pos - 40), pos)) or bool(
        _CAPITAL_BEFORE_RE.search(before)
        and not _PRONOUN_BEFORE_RE.search(before)
        and pos - lo > 0
        and word in {"demand", "demands", "call", "calls", "request"}
        and not _OPENER_BEFORE_RE.search(before)
    )


_NOUN_RULE: Final = {
    "demand": "demand",
    "call": "call",
    "request": "request",
    "appeal": "appeal",
    "insist": "insistence",
    "urge": "urging",
    "condition": "condition",
}


def _noun(ctx: _Ctx, m: regex.Match[str], family: str, word: str) -> Iterator[Demand]:
    norm = ctx.view.norm
    s = ctx.sentence
    head_end = m.end(family)
    rule = "noun." + _NOUN_RULE[family]
    # possessor, premodifier ("an IMF demand") or "by X"
    demander: Actor | None = None
    owned = False
    bare = True  #: no determiner or possessive before the noun ("US demand", "demand")
    lo = max(s.start, m.start() - 80)
    apostrophe = norm.find("'s", lo, m.start()) >= 0 or norm.find("s' ", lo, m.start()) >= 0
    for i, pattern in enumerate(_POSSESSOR_RES):
        if i == 0 and not apostrophe:
            continue  # the first pattern ends in "'s" or a plural's "s'": none stands here
        pm = pattern.search(norm, lo, m.start())
        if pm is not None:
            span = trim(norm, pm.start("who"), pm.end("who"))
            if span is not None and norm[span.start : span.end].lower() not in _DET_WORDS:
                owned = True
                bare = i == len(_POSSESSOR_RES) - 1  # "US demand": capitals, no article
                demander = _resolve_possessor(ctx, span, m.start())
                break
    if (
        bare
        and family == "demand"
        and m.group(family).lower() == "demand"
        and norm.startswith(" for ", head_end)
        and _DETERMINER_BEFORE_RE.search(norm, lo, m.start()) is None
        and (ctx.view.title is None or m.start() >= ctx.view.title.end)  # (a headline drops
        # its articles: "Juninho demand for O'Neill talks")
    ):
        return  # "US demand for heating oil", "Continuing demand for Inbev's products": a
        # market's demand, a mass noun with no article (not "an EU demand for", "demands")
    pos = head_end
    among = _AMONG_RE.search(norm, s.start, m.start())
    by = _NOUN_BY_RE.match(norm, head_end, s.end)
    if by is not None:
        who = trim(norm, by.start("who"), by.end("who"))
        if who is not None:
            demander = _resolve(ctx, who) or demander
        pos = by.end()
    addressee: Actor | None = None
    of = _NOUN_OF_RE.match(norm, pos, s.end)
    if of is not None and (
        among is not None or not _INDEFINITE_NEXT_RE.match(norm[of.start() : of.start() + 6])
    ):
        addressee = _resolve(ctx, Span(of.start("who"), of.end("who")))
        pos = of.end()
    if among is not None:
        region = Span(s.start, among.start())
        kind = "np"
        cue_end = head_end
    else:
        rest = _NOUN_LINK_RE.match(norm, pos, s.end)
        if rest is None:
            return
        link = rest["link"]
        if family == "appeal" and link != "for":
            return  # "lost their appeal to have the case dismissed": a court appeal
        if family == "condition" and (link != "that" or not owned):
            return  # "conditions for talks", "economic conditions": no demand
        if (
            link == "to"
            and family != "urge"
            and rest.end() - rest.start()
            and not _LOWER_RE.match(norm[rest.end() : rest.end() + 1])
        ):
            return
        cue_end = head_end
        if link == "for" and "," in norm[rest.start() : rest.start("link")]:
            comma = norm.find(",", rest.end(), s.end)
            stop = comma if comma > 0 else s.end
            region = Span(rest.end(), item_end(norm, rest.end(), stop, False))
            kind = "np"
        elif link == "for":
            comp = _for_np(ctx, rest.end())
            if comp is None:
                return
            addr_span, region, kind = comp
            if addr_span is not None and addressee is None:
                addressee = _resolve(ctx, addr_span)
            if (
                kind == "np"
                and (verb := _MAIN_VERB_AFTER_NP_RE.search(norm, region.start, region.end))
                and not _RELATIVE_WORD_RE.search(norm, region.start, verb.start())
            ):
                cut = verb.start()
                while norm.endswith((" and", " or", ","), region.start, cut):
                    cut = (
                        norm.rfind(" ", region.start, cut - 1) if norm[cut - 1] != "," else cut - 1
                    )
                region = Span(region.start, cut)  # "The lawmakers' request for a
                # probe | was sent to ...": the noun phrase is the sentence's subject
        elif link == "that":
            comp2 = _that_clause(norm, rest.start("link"), s.end, strict=False)
            if comp2 is None:
                return
            addr_span, region, kind = comp2
            if addr_span is not None and addressee is None:
                addressee = _resolve(ctx, addr_span)
        else:
            word_after = norm[rest.end() : rest.end() + 20].split(" ")[0].lower()
            if word_after not in BASE_VERBS:
                return  # "calls to premium lines": not an action
            region = Span(
                rest.end(), item_end(norm, rest.end(), s.end, _in_quote(norm, ctx, rest.end()))
            )
            kind = "vp"
    if (
        not owned
        and family == "demand"
        and by is None
        and _status(norm, s, m.start(), region.end) == "made"
    ):
        return  # "demand for oil": economic demand has no owner and no outcome
    if (
        family == "demand"
        and (not owned or norm.endswith("s' ", 0, m.start()))
        and _ECONOMIC_RE.search(norm, max(s.start, m.start() - 25), m.start())
    ):
        return  # (owned by buyers: "fans' demand for great music")
    if demander is None and not owned and by is None:  # "The demand for $280bn - filed by X"
        filed = _FILED_BY_RE.match(norm, region.end, s.end)
        if filed is not None:
            who = trim(norm, filed.start("who"), filed.end("who"))
            demander = _resolve(ctx, who) if who is not None else None
    if demander is None and owned is False and by is None and _in_quote(norm, ctx, m.start()):
        demander = _quote_speaker(ctx, m.start())
    # a demand noun after a verb whose subject is the addressee ("faced calls to")
    before = _FACED_RE.search(norm, s.start, m.start())
    if before is not None and addressee is None:
        subj = _subject(norm, s.start, before.start())
        addressee = _resolve(ctx, subj) if subj is not None else None
    if family == "call" and demander is None:
        joined = _JOINED_RE.search(norm, s.start, m.start())
        if joined is not None:
            subj = _subject(norm, s.start, joined.start())
            demander = _demander(ctx, subj, joined.start())
    yield from _build(
        ctx,
        m,
        family,
        rule,
        region,
        kind,
        demander,
        addressee,
        cue_end,
        head_start=m.start(),
        terms_from=pos if among is not None else None,
    )


# -- modal, unless, only-if -----------------------------------------------------


def _modal(ctx: _Ctx, m: regex.Match[str]) -> Iterator[Demand]:
    """Reported obligation: "X said Y must / should / has to VP"."""
    norm = ctx.view.norm
    s = ctx.sentence
    in_quote = _in_quote(norm, ctx, m.start())
    if not in_quote and not _is_reported(ctx.reported, norm, s):
        return
    if _first_char_after_space(norm, m.end(), s.end) in _EPISTEMIC_FIRST and _EPISTEMIC_RE.match(
        norm, m.end(), s.end
    ):
        return
    if _hypothetical_ahead(norm, s.start, m.start()) and _HYPOTHETICAL_RE.search(
        norm, _clause_start(norm, s.start, m.start()), m.start()
    ):
        return
    if (after := _NEXT_WORD_AFTER_RE.match(norm, m.end(), s.end)) is not None and (
        after.group(1).lower() in _NOT_OBLIGATIONS
    ):
        return  # "should it become a state-owned company": a condition; "Recipients of
        # this or similar solicitations should know that": advice, what to know
    if _cognition_before(norm, max(s.start, m.start() - 50), m.start()):
        return
    if _before(norm, max(s.start, m.start() - 30), m.start(), _MODAL_HEDGE_RE, _HEDGE_WORDS):
        return  # "would eventually have to": a forecast
    subj = _subject(norm, s.start, m.start(), and_boundary=True)
    if subj is None:
        return
    subj_text = norm[subj.start : subj.end]
    words_ = subj_text.lower().split()
    if not words_ or words_[0].split("'")[0] in _NOT_OBLIGED:
        return
    gap = norm[subj.end : m.start()].split()
    if len(gap) > _MODAL_GAP_WORDS:
        return  # the subject found is not this modal's: "the clarity that campaigns need to"
    if (
        "no" in gap or "not" in gap or "never" in gap
        or any(w.endswith("n't") for w in gap) or words_[-1].endswith("n't")
    ):  # fmt: skip
        return  # "Growmark no longer needs to trade futures", "I didn't have to work": none
    if words_ and words_[0] in _WH_WORDS:
        return  # "does not say how many components have to be downloaded"
    if (w := _PREV_WORD_RE.search(norm, max(s.start, subj.start - 12), subj.start)) and (
        w.group(1).lower() in _WH_WORDS
    ):
        return  # "put Aston Villa back where they should belong": a relative clause's
        # modal, of a place or a time, obliges no one
    if (
        len(words_) > 8
        or words_[0] in {"no", "nobody", "none", "neither", "someone", "anyone"}
        or words_[-1] in {"you", "we", "i"}
    ):
        return
    if m.group().lower().startswith(("need", "has", "have", "had")) and (
        words_[0] in _PRONOUNS or _SAY_NEXT_RE.match(norm, m.end(), s.end)
    ):
        return  # "he needs to see", "what they have to say": not asked of anyone
    passive = _PASSIVE_RE.match(norm, m.end(), s.end)
    direct = _SAID_BEFORE_RE.search(norm, max(s.start, subj.start - 30), subj.start)
    actorish = (
        direct is not None
        or any(w in ADDRESSEE_NOUNS for w in words_)
        or words_[-1] in _PRONOUNS
        or any(w[:1].isupper() for w in subj_text.split()[1:])
        or (subj_text[:1].isupper() and subj.start != s.start)
        or ctx.cast.actor_at(subj.start, subj.end) is not None
    )
    if passive is None and (
        (direct is None and (not actorish or _inanimate(norm, subj)))
        or (words_[-1] in QUANTITY_HEADS and m.group().lower().startswith("should"))
    ):
        return  # (a quantity's forecast even when reported: "Matthews said Pence's
        # performance should boost Trump's poll numbers")
    if passive is not None and words_[0] in _PRONOUNS:
        return  # "they should not be alarmed": reassurance, not a demand
    # the reporting clause: "X said (that)" before, ", X said" inside or after
    found, demander = _reporter(ctx, subj, m)
    if not found:
        return
    if passive is not None:
        region = Span(subj.start, item_end(norm, m.end(), s.end, in_quote))
        kind, addressee = "clause", None
    else:
        start = m.end()
        region = Span(start, item_end(norm, start, s.end, in_quote))
        kind, addressee = "vp", _resolve(ctx, subj)
    yield from _build(ctx, m, "modal", "modal.reported", region, kind, demander, addressee, m.end())


def _unless(ctx: _Ctx, m: regex.Match[str]) -> Iterator[Demand]:
    """An ultimatum: "X will / would VP unless CLAUSE"."""
    norm = ctx.view.norm
    s = ctx.sentence
    main = _ULTIMATUM_RE.search(norm, s.start, m.start())
    if main is None or main["subj"].lower() in {"it", "that", "this", "there", "which"}:
        return
    who = main["subj"]
    if (
        who.lower() not in _PRONOUNS
        and (who.islower() or main.start("subj") == s.start)
        and ctx.cast.actor_at(main.start("subj"), main.end("subj")) is None
    ):
        return  # "Growth will slow unless ...": a forecast
    start = m.end()
    region = Span(start, item_end(norm, start + 1, s.end, _in_quote(norm, ctx, start)))
    subj = _subject(norm, s.start, main.start("subj") + len(main["subj"]) + 1)
    subj_span = Span(main.start("subj"), main.end("subj"))
    demander = _demander(ctx, subj_span, m.start())
    if demander is None:
        demander = _reporter(ctx, subj or subj_span, m, loose=True)[1]
    threat = trim(norm, main.start("threat"), main.end("threat"))
    yield from _build(
        ctx, m, "unless", "term.unless", region, "clause", demander, None, m.end(), condition=threat
    )


def _only_if(ctx: _Ctx, m: regex.Match[str]) -> Iterator[Demand]:
    """A conditional offer or requirement: "X can only be restored if Y VP", reported."""
    norm = ctx.view.norm
    s = ctx.sentence
    cond = regex.compile(r"\bif\s++").search(norm, m.end(), s.end)
    if cond is None:
        return
    if not _is_reported(ctx.reported, norm, s) and not _in_quote(norm, ctx, m.start()):
        return
    start = cond.end()
    region = Span(start, item_end(norm, start, s.end, False))
    offer = trim(norm, m.end(), cond.start())
    demander = _reporter(ctx, Span(m.start(), m.start()), m, loose=True)[1]
    offered = None
    if _WILL_BEFORE_RE.search(norm, s.start, m.start()) and offer is not None:
        offered = offer
    yield from _build(
        ctx, m, "only", "term.only-if", region, "clause", demander, None, m.end(), exchange=offered
    )


def _give_until(ctx: _Ctx, m: regex.Match[str]) -> Iterator[Demand]:
    """A deadline: "X has given Y until Wednesday to VP"."""
    norm = ctx.view.norm
    s = ctx.sentence
    g = (
        _GIVE_UNTIL_RE.match(norm, m.end(), s.end)
        if _deadline_ahead(norm, m.end(), s.end)
        else None
    )
    if g is None or _negated(norm, s.start, m.start()):
        return
    start = g.start("vp")
    region = Span(start, item_end(norm, start, s.end, _in_quote(norm, ctx, start)))
    subj = _subject(norm, s.start, m.start())
    demander = _demander(ctx, subj, m.start())
    addressee = _resolve(ctx, trim(norm, g.start("who"), g.end("who")))
    deadline_ = trim(norm, g.start("deadline"), g.end("deadline"))
    yield from _build(
        ctx, m, "give", "verb.give-until", region, "vp", demander, addressee, m.end(),
        condition=deadline_,
    )  # fmt: skip


# -- building -------------------------------------------------------------------


def _build(
    ctx: _Ctx,
    m: regex.Match[str],
    family: str,
    rule: str,
    region: Span,
    kind: str,
    demander: Actor | None,
    addressee: Actor | None,
    cue_end: int,
    *,
    head_start: int | None = None,
    condition: Span | None = None,
    exchange: Span | None = None,
    terms_from: int | None = None,
) -> Iterator[Demand]:
    view = ctx.view
    norm = view.norm
    s = ctx.sentence
    if region.end <= region.start:
        return
    items = split_items(norm, region, kind)
    if kind == "np":
        items = [_purpose_cut(norm, i) for i in items]
    # terms right after the region, then more items after them ("as well as")
    t_kind, _t_cue, t_what, t_end = terms(
        norm, region.end if terms_from is None else terms_from, s.end
    )
    if t_kind == "exchange" and t_what is not None:
        exchange = t_what
        more = _MORE_ITEMS_RE.match(norm, t_end, s.end)
        if more is not None:
            extra = Span(more.end(), item_end(norm, more.end(), s.end, False))
            items.extend(split_items(norm, extra, kind))
        else:
            t2_kind, _c, t2_what, _e = terms(norm, t_end, s.end)
            if t2_kind == "condition" and t2_what is not None:
                condition = t2_what
    elif t_kind == "condition" and t_what is not None:
        condition = t_what
    items = [i for i in items if _content(norm, i)]
    if not items:
        return
    if condition is None:
        for i in items:
            if (dl := deadline(norm, i)) is not None:
                condition = dl
                break
    if demander is not None and demander is addressee:
        demander, addressee = _one_of_the_same(ctx, demander, m.start(), items[0].start)
    status = _status(norm, s, head_start if head_start is not None else m.start(), items[-1].end)
    start = min(m.start(), items[0].start)
    end = max(items[-1].end, cue_end)
    for term in (exchange, condition):
        if term is not None and s.start <= term.start < s.end:
            end = max(end, term.end)
    cue = trim(norm, m.start(), cue_end) or Span(m.start(), m.end())
    yield Demand(
        id=f"d{len(ctx.found)}",  # find_demands appends it before it resumes the frame
        demander=demander,
        addressee=addressee,
        items=tuple(view.text(i) for i in items),
        item_spans=tuple(items),
        cue=view.text(cue),
        in_exchange_for=None if exchange is None else view.text(exchange),
        condition=None if condition is None else view.text(condition),
        status=status,
        span=Span(start, end),
        rule=rule,
    )


def _one_of_the_same(
    ctx: _Ctx, actor: Actor, cue: int, item: int
) -> tuple[Actor | None, Actor | None]:
    """(demander, addressee) when both resolved to ``actor``: no one asks himself, so
    one of them is wrong. The side that names the actor in the sentence keeps it (the
    demander's before the cue at ``cue``, the addressee's from there to the first item
    at ``item``): "the Indian government had told it to pay" is the government's, and
    "it" no one the cast names; "we all want Mike to get better" asks Mike, and "we" are
    not he. Both or neither: no one ("Mr Brown ... He urged the chancellor"). A
    reflexive object is the subject itself ("has given itself until")."""
    norm = ctx.view.norm
    if _REFLEXIVE_RE.search(norm, cue, item) is not None:
        return actor, actor
    before = any(ctx.sentence.start <= m.start < cue for m in actor.mentions)
    after = any(cue <= m.start < item for m in actor.mentions)
    if before == after:
        if not before and _in_quote(norm, ctx, cue) and _quote_speaker(ctx, cue) is actor:
            return actor, None  # '"... he should step down immediately," Schumer said':
            # the one quoted asks, and "he" is someone else
        return None, None
    return (actor, None) if before else (None, actor)


#: A reflexive pronoun.
_REFLEXIVE_RE: Final = regex.compile(r"\b(?:itself|himself|herself|themselves)\b")


def _purpose_cut(norm: str, item: Span) -> Span:
    """An item without a trailing purpose clause ("more drug courts to help reduce deaths")."""
    if norm.find("to", item.start, item.end) < 0:
        return item  # (every match of the pattern holds "to")
    for m in _PURPOSE_RE.finditer(norm, item.start, item.end):
        verb = m["verb"].lower()
        if verb in BASE_VERBS and verb != "be" and norm.count('"', item.start, m.start()) % 2 == 0:
            return trim(norm, item.start, m.start()) or item
    return item


def _content(norm: str, item: Span) -> bool:
    text = norm[item.start : item.end]
    return bool(_WORD_RE.search(text)) and text.lower() not in _NO_CONTENT


#: How far after an item :data:`_STATUS_AFTER_RE` may find its "was" / "were" / "been".
_STATUS_AFTER_REACH: Final = 120 + len(" have been")


def _status(norm: str, s: Span, head: int, end: int) -> DemandStatus:
    lo = max(s.start, head - 80)
    window = norm[lo:head]
    b = (
        _STATUS_BEFORE_RE.search(norm, lo, head)
        if any(map(window.__contains__, _STATUS_VERB_STEMS))
        else None
    )
    if b is not None:
        return "rejected" if b["rejected"] else "accepted"
    after = norm[end : min(s.end, end + _STATUS_AFTER_REACH)]
    a = (
        _STATUS_AFTER_RE.match(norm, end, s.end)
        if "was" in after or "were" in after or "been" in after
        else None
    )
    if a is not None:
        return "rejected" if a["rejected"] else "accepted"
    return "made"


# -- actors ---------------------------------------------------------------------


def _resolve(ctx: _Ctx, span: Span | None) -> Actor | None:
    if span is None or span.end <= span.start:
        return None
    return ctx.cast.resolve(span.start, span.end)


def _actor_for(ctx: _Ctx, span: Span | None) -> Actor | None:
    """Resolve a subject; a relative pronoun goes to the name just before it."""
    if span is None:
        return None
    text = ctx.view.norm[span.start : span.end].lower()
    if text in {"who", "which", "that"}:
        return _nearest(ctx, span.start)
    return _resolve(ctx, span)


def _resolve_possessor(ctx: _Ctx, span: Span, cue: int) -> Actor | None:
    text = ctx.view.norm[span.start : span.end].lower()
    if text in {"my", "our"}:
        return _quote_speaker(ctx, cue)
    return _resolve(ctx, span)


def _demander(ctx: _Ctx, subj: Span | None, cue: int) -> Actor | None:
    """The demander named by the subject; first person and quotes go to the speaker."""
    if subj is not None:
        text = ctx.view.norm[subj.start : subj.end].lower()
        first = text.split(None, 1)[0] if text.strip() else ""
        if first in _FIRST_PERSON:
            return _quote_speaker(ctx, cue)
        if text in {"who", "which", "that"}:
            if _CLAUSE_BETWEEN_RE.search(ctx.view.norm, subj.end, cue) is not None:
                return None  # "The head of ... Congress, who voted ..., called himself ...
                # and urged"; "which means that when he talked to ... and asked him": the
                # cue is another clause's, whose subject the relative pronoun is not
            return _nearest(ctx, subj.start)
        if text == "it" and (own := _opened_by(ctx, subj.start)) is not None:
            return own  # "It has said it will be seeking damages": the body that said it
        actor = _resolve(ctx, subj)
        if actor is not None:
            return actor
        if first in _THIRD_PERSON_FIRST:
            return None  # '"He kept telling us to play till the end of the game"': someone
            # the cast does not know, not the one quoted
    if _in_quote(ctx.view.norm, ctx, cue):
        return _quote_speaker(ctx, cue)
    return None


#: A comma or a subject pronoun between a relative pronoun and a cue: the cue is not the
#: relative clause's own verb.
_CLAUSE_BETWEEN_RE: Final = regex.compile(
    r",|\b(?:\L<pronouns>)\b", pronouns=sorted(_SUBJECT_PRONOUNS | {"it"})
)
#: First words of a subject that is someone else than the one quoted ("the umpire", "he").
_THIRD_PERSON_FIRST: Final = frozenset(("the", "he", "she", "they"))


def _opened_by(ctx: _Ctx, pos: int) -> Actor | None:
    """The organisation or country that speaks an indirect statement opening at ``pos``
    ("Yukos ... It has said | it will be seeking"), else None: the "it" that opens
    what a body says is that body, not the nearest one named."""
    quoted = ctx.statements
    i = bisect.bisect_left(quoted, pos, key=_SPAN_START)
    if i < len(quoted) and quoted[i].span.start == pos and quoted[i].kind == "indirect":
        who = quoted[i].speaker
        if who is not None and who.kind in ("organization", "country"):
            return who
    return None


def _nearest(ctx: _Ctx, pos: int) -> Actor | None:
    """The actor named just before ``pos`` (the antecedent of a relative pronoun)."""
    norm = ctx.view.norm
    lo = max(ctx.sentence.start, pos - 80)
    end = pos
    while end > lo and norm[end - 1] == " ":
        end -= 1
    set_off = end > lo and norm[end - 1] == ","
    if set_off:
        end -= 1  # "John Smith, who has urged": the name before the comma
    comma = norm.rfind(",", lo, end)
    if set_off and comma >= 0 and norm[comma + 1 : end].lstrip()[:1].islower():
        # "Representative Blaine Luetkemeyer, head of the House Financial Services
        # Subcommittee, who asked": the person the description set off by commas describes
        described = _ending_at(ctx, max(ctx.sentence.start, comma - 80), comma, True)
        if described is not None and described.kind == "person":
            return described
    lo = comma + 1 if comma >= 0 else lo
    return _ending_at(ctx, lo, end, set_off)


def _ending_at(ctx: _Ctx, lo: int, end: int, set_off: bool) -> Actor | None:
    """The actor named by the longest of the last few words of ``[lo, end)``."""
    norm = ctx.view.norm
    starts = [w.start() for w in _WORD_RE.finditer(norm, lo, end)]
    for st in starts[-5:]:
        before = norm[lo:st].split()
        if before and before[-1] in ("the", "a", "an"):
            before = before[:-1]  # "a tech staffer at the | State Department who told"
        if not set_off and before and before[-1] in _ANTECEDENT_PREPS:
            continue  # "leaders in | Washington who": no antecedent starts after a preposition
            # (but "pull out all the stops for Trump, who has pressed": Trump)
        if (a := ctx.cast.resolve(st, end)) is not None:
            return a
    return None


#: Prepositions after which a relative pronoun's antecedent cannot start.
_ANTECEDENT_PREPS: Final = frozenset("in at of on from for with by to into near".split())


def _by_agent(ctx: _Ctx, pos: int, end: int) -> Actor | None:
    m = _BY_AGENT_RE.search(ctx.view.norm, pos, max(pos, end))
    return None if m is None else _resolve(ctx, Span(m.start("who"), m.end("who")))


def _quote_speaker(ctx: _Ctx, pos: int) -> Actor | None:
    """The speaker of the statement the position stands in, else the sentence's reporter."""
    quoted = ctx.statements
    i = bisect.bisect_right(quoted, pos, key=_SPAN_START) - 1
    for st in quoted[max(0, i - 2) : i + 1]:  # nested statements may overlap a little
        if st.span.start <= pos < st.span.end and st.speaker is not None:
            return st.speaker
    norm = ctx.view.norm
    s = ctx.sentence
    close = norm.find('"', pos, s.end) if _in_quote(norm, ctx, pos) else -1
    if close >= 0:
        tail = _QUOTE_TAIL_RE.match(norm, close + 1, s.end)
        after = _QUOTE_SAID_RE.match(norm, close + 2, s.end)
        if after is not None:
            return _resolve(ctx, Span(after.start("b"), after.end("b")))
        if tail is not None and tail["a"].strip():
            return _resolve(ctx, trim(norm, tail.start("a"), tail.end("a")))
    open_ = norm.rfind('"', s.start, pos)
    if open_ > s.start:
        return _resolve(ctx, Span(s.start, open_))
    return None


def _reporter(
    ctx: _Ctx, subj: Span, m: regex.Match[str], *, loose: bool = False
) -> tuple[bool, Actor | None]:
    """Who reports an obligation: "X said (that) SUBJ must", "SUBJ, X said, must", ", X said".

    Returns whether a reporter was found in the text, and the actor it resolves to.
    """
    norm = ctx.view.norm
    s = ctx.sentence
    if _in_quote(norm, ctx, m.start()):
        return True, _quote_speaker(ctx, m.start())
    if loose:
        before = _LAST_REPORT_RE.search(norm, s.start, subj.start)
    else:
        before = _REPORT_DIRECT_RE.search(norm, max(s.start, subj.start - 40), subj.start)
    if before is not None:
        who = _subject(norm, s.start, before.start())
        if who is not None:
            return True, _demander(ctx, who, before.start())
    inside = _REPORT_INSIDE_RE.search(norm, subj.end, m.start() + 1)
    if inside is not None:
        return True, _resolve(ctx, Span(inside.start("who"), inside.end("who")))
    after = _REPORT_AFTER_RE.search(norm, m.end(), s.end)
    if after is not None:
        grp = "a" if after["a"] else "b"
        return True, _resolve(ctx, Span(after.start(grp), after.end(grp)))
    return False, None


# -- clause helpers -------------------------------------------------------------


def _is_reported(memo: dict[Span, bool], norm: str, s: Span) -> bool:
    """:func:`_reported`, found once a sentence (or window) in ``memo``."""
    found = memo.get(s)
    if found is None:
        found = memo[s] = _reported(norm, s)
    return found


def _reported(norm: str, s: Span) -> bool:
    """Whether a reporting verb (:data:`_REPORT_RE`) stands in the sentence."""
    folded = norm[s.start : s.end].casefold()  # a cheap test first: the verbs' stems
    if not any(map(folded.__contains__, _REPORT_STEMS)):
        return False
    return _REPORT_RE.search(norm, s.start, s.end) is not None


#: A stem of every verb of :data:`_REPORT_RE` (case-folded).
_REPORT_STEMS: Final = tuple(
    "said say told add argued insisted stressed warned wrote urged believe".split()
)


def _cognition_before(norm: str, lo: int, pos: int) -> bool:
    """Whether :data:`_COGNITION_RE` ends at ``pos`` (searched only when a stem stands there)."""
    folded = norm[lo:pos].casefold()
    if not any(map(folded.__contains__, _COGNITION_STEMS)):
        return False
    return _COGNITION_RE.search(norm, lo, pos) is not None


def _deadline_ahead(norm: str, pos: int, end: int) -> bool:
    """Whether a word of a deadline (:data:`_DEADLINE_WORDS`) stands in ``[pos, end)``."""
    return any(norm.find(w, pos, end) >= 0 for w in _DEADLINE_WORDS)


def _in_quote(norm: str, ctx: _Ctx, pos: int) -> bool:
    return norm.count('"', ctx.sentence.start, pos) % 2 == 1


def _negated(norm: str, lo: int, pos: int) -> bool:
    window = norm[lo:pos]  # (the clause lies in it: a cheap test of its words first)
    negation = any(map(window.__contains__, _NEGATED_STEMS))
    hypothesis = _hypothetical_ahead(norm, lo, pos)
    if not (negation or hypothesis):
        return False
    start = _clause_start(norm, lo, pos)
    if negation and _NEGATED_RE.search(norm, start, pos):
        return True
    return hypothesis and bool(_HYPOTHETICAL_RE.search(norm, start, pos))


#: A literal inside every match of :data:`_NEGATED_RE`, ...
_NEGATED_STEMS: Final = (
    *"not n't never Not Never refus declin may might could without".split(),
    "stopped short of", "no longer",
)  # fmt: skip
#: ... of :data:`_HYPOTHETICAL_RE` (case-folded), ...
_HYPOTHETICAL_STEMS: Final = ("if", "whether", "unless", "asked")
#: ... of :data:`_WOULD_RE`, ...
_WOULD_WORDS: Final = ("would", "can", "could", "may", "might")
#: ... of :data:`_MODAL_HEDGE_RE`, ...
_HEDGE_WORDS: Final = ("would", "will", "could", "may", "might", "won't")
#: ... of :data:`_BE_BEFORE_RE`, ...
_BE_WORDS: Final = ("be", "was", "were", "is", "are")
#: ... of :data:`_INDEFINITE_BEFORE_RE` (case-folded: "someone", "no one" ...) ...
_INDEFINITE_WORDS: Final = ("one", "nobody")
#: ... and of :data:`_SEEK_SUBJECT_NOT_RE` (case-folded).
_SEEK_SUBJECT_NOT_WORDS: Final = ("to", "one", "nobody", "who")
#: The characters a match of :data:`_EPISTEMIC_RE` can begin with after its spaces.
_EPISTEMIC_FIRST: Final = frozenset("n'hb")


def _before(
    norm: str, lo: int, pos: int, pattern: regex.Pattern[str], words: tuple[str, ...],
    *, folded: bool = False,
) -> regex.Match[str] | None:  # fmt: skip
    """``pattern.search(norm, lo, pos)``, searched only when one of ``words`` (a literal
    that each of its matches holds; case-folded with ``folded``) stands in the window."""
    window = norm[lo:pos]
    if folded:
        window = _folded(window)
    if not any(map(window.__contains__, words)):
        return None
    return pattern.search(norm, lo, pos)


def _hypothetical_ahead(norm: str, lo: int, pos: int) -> bool:
    """Whether a word of :data:`_HYPOTHETICAL_RE` may stand in ``[lo, pos)``."""
    folded = _folded(norm[lo:pos])
    return any(map(folded.__contains__, _HYPOTHETICAL_STEMS))


def _folded(text: str) -> str:
    """``text`` case-folded, so that it holds a lower-case word wherever a pattern's
    ``(?i)`` finds it: ``regex`` reads "\u0130" as "i", which folds to "i" and a dot."""
    return text.casefold().replace("\u0307", "")


def _first_char_after_space(norm: str, pos: int, end: int) -> str:
    """The first character in ``[pos, end)`` that is not white space ('' if none).

    ``str.isspace`` takes all that ``\\s`` does (and "\\x1c" to "\\x1f" too), so a
    pattern that opens with ``\\s*+`` and a literal can match only if this is its first
    letter.
    """
    while pos < end and norm[pos].isspace():
        pos += 1
    return norm[pos : pos + 1] if pos < end else ""


def _is_passive(norm: str, lo: int, pos: int) -> bool:
    return bool(_before(norm, max(lo, pos - 30), pos, _BE_BEFORE_RE, _BE_WORDS))


def _clause_start(norm: str, lo: int, pos: int) -> int:
    m = _SEGMENT_RE.search(norm, lo, pos)
    return lo if m is None else m.end()


def _subject(norm: str, lo: int, pos: int, *, and_boundary: bool = False) -> Span | None:
    """The subject noun phrase of the verb at ``pos`` (None when none is found).

    Steps left over auxiliaries and adverbs, then over clause segments: empty
    ones, parentheticals ("for the Liberal Democrats", "Murray said"), relative
    clauses and appositives are skipped. A relative pronoun is returned as is.
    """
    end = pos
    for _ in range(8):  # auxiliaries, adverbs and time words
        w = _LAST_WORD_RE.search(norm, lo, end)
        if w is None:
            break
        word = w.group(1).lower()
        if word in _AUX or word in _WEEKDAYS or (word.endswith("ly") and len(word) > 4):
            end = w.start()
            continue
        break
    right_empty_report = False
    right_comma = False
    for _ in range(5):
        seg = _SEGMENT_RE.search(norm, lo, end)
        if and_boundary:
            a = lo if seg is None else seg.end()
            conj = _AND_RE.search(norm, a, end) if norm.find("and", a, end) >= 0 else None
            if conj is not None:
                seg = conj
        start = lo if seg is None else seg.end()
        span = _strip(norm, start, end)
        text = "" if span is None else norm[span.start : span.end]
        first = text.split(" ", 1)[0].lower() if text else ""
        group = "" if seg is None else seg.group().strip()
        rel = group in {"who", "which", "that"}
        if rel and seg is not None and group == "that":
            pw = _LAST_WORD_RE.search(norm, max(lo, seg.start() - 30), seg.start())
            pword = "" if pw is None else pw.group(1).lower()
            rel = pword not in CUE_VERBS and not (pword.endswith("ed") and text)
        if rel and seg is not None and (not text or text.endswith(" and")):
            return Span(seg.start(), seg.end())
        if text.endswith(" and") and not rel:
            who = _RELATIVE_RE.search(norm, max(lo, end - 200), end)
            if who is not None:
                return Span(who.start(), who.end())
        usable = (
            span is not None
            and not rel
            and first not in _NOT_SUBJECT
            and not (text.endswith(_REPORT_ENDS) and _PARENTHETICAL_RE.fullmatch(text))
            and not (right_empty_report and group == ",")
        )
        if usable and span is not None:
            if (
                seg is not None
                and right_comma
                and group in {",", "-"}
                and (_APPOSITIVE_RE.match(text) or _role_phrase(text))
            ):
                prev = _subject(norm, lo, seg.start())
                if (
                    prev is not None
                    and _PROPER_END_RE.search(norm, prev.start, prev.end)
                    and norm[prev.start : prev.end].lower() not in _DISCOURSE
                ):
                    return prev
            return _head_name(norm, _first_verb_cut(norm, span))
        right_empty_report = span is None and group in {"said", "says", "say", "told"}
        if span is not None:
            right_empty_report = False
        if seg is None:
            return None
        right_comma = group in {",", "-"}
        end = seg.start()
    return None


def _first_verb_cut(norm: str, span: Span) -> Span:
    """The subject before its clause's verb: "Tube workers" of "Tube workers walked out"."""
    m = _VERB_IN_SUBJECT_RE.search(norm, span.start, span.end)
    if m is None or m.start() <= span.start:
        return span
    coord = norm.rfind(" and ", m.end(), span.end)
    if coord >= 0:  # "X stepped down and creditors": the second clause's subject
        return _strip(norm, coord + 5, span.end) or span
    return _strip(norm, span.start, m.start()) or span


def _strip(norm: str, start: int, end: int) -> Span | None:
    while start < end and norm[start] in ' \n,"':
        start += 1
    while end > start and norm[end - 1] in ' \n,"':
        end -= 1
    return Span(start, end) if end > start else None


def _head_name(norm: str, span: Span) -> Span:
    """A subject without an opening conjunction, and a person without their organisation."""
    text = norm[span.start : span.end]
    # Speed: each pattern is tried only when the literal text its result needs stands there
    # (str.isspace takes all that ``\s`` does, so the stripped text is as short or shorter)
    i = len(text)
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in ",\"'"):
        i -= 1
    if text.endswith(_SUBJECT_PRONOUNS_TUPLE, 0, i):
        last = _LAST_LETTERS_RE.search(norm, span.start, span.end)
        if last is not None and last.start(1) > span.start and last.group(1) in _SUBJECT_PRONOUNS:
            return Span(last.start(1), last.end(1))  # "told WeWork executives he wants"
    if not (text.startswith(_HEAD_CONJUNCTIONS) or "of" in text or "from" in text or "at" in text):
        return span  # no opening conjunction, no "X of / from / at the Y"
    m = _HEAD_NAME_RE.match(norm, span.start, span.end)
    if m is None:
        return span
    if m["name"]:
        return Span(m.start("name"), m.end("name"))
    return Span(m.end(), span.end) if m.end() < span.end else span


def _inanimate(norm: str, subj: Span) -> bool:
    text = norm[subj.start : subj.end].lower()
    if text in {"which", "that", "who"}:
        w = _LAST_LETTERS_RE.search(norm, max(0, subj.start - 40), subj.start)
        return w is not None and w.group(1).lower() in INANIMATE_HEADS
    last = text.split()[-1] if text.split() else ""
    return last in INANIMATE_HEADS
