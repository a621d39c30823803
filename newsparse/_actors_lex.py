"""Lexicons and patterns of the actors stage, loaded and compiled once at import."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

import regex

from newsparse._lexicon import rows, words

__all__ = [
    "ABBREVIATIONS",
    "COMPANIES",
    "CONTINUE_AFTER",
    "COUNTRIES",
    "DETERMINERS",
    "DOCUMENTS",
    "FIRST_NAMES",
    "GENDERED_RE",
    "GENDER_MENTIONS",
    "GENDER_REACH",
    "GOVERNMENT",
    "GROUP_NOUNS",
    "MALE_PRONOUNS",
    "MEDIA",
    "NATIONALITY_NOUNS",
    "NON_ACTOR_HEADS",
    "OPENERS",
    "ORG_HEADS",
    "ORG_LEADS",
    "PARTIES",
    "PAST_TENSES",
    "PLACES",
    "PLACE_HEADS",
    "PLATFORMS",
    "PROXY_ROLES",
    "ROLE_NOUNS",
    "SENTENCE_STOP_RE",
    "SHORT_FORMS",
    "STOP_MODS",
    "SUBJECT_PRONOUNS",
    "SURNAMES_TOO",
    "TITLES",
    "VERB_AFTER_NAME",
    "fold",
    "subject_indefinite_re",
]


def fold(text: str) -> str:
    """Accent-insensitive, case-insensitive key of a name ("López" -> "lopez").

    >>> fold("Andrés Manuel López Obrador")
    'andres manuel lopez obrador'
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _keyed(entries: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(e) for e in entries)


#: folded form -> (canonical country name, "name" | "abbr" | "demonym")
COUNTRIES: Final[dict[str, tuple[str, str]]] = {
    fold(form): (name, how) for form, name, how in rows("countries.tsv")
} | {fold(form): (name, "demonym") for form, name in rows("nationality_nouns.tsv")}
#: Nouns for a person of a nation ("briton", "frenchman"), folded: demonyms in
#: :data:`COUNTRIES`, and no part of a name they stand before.
NATIONALITY_NOUNS: Final = frozenset(fold(form) for form, _ in rows("nationality_nouns.tsv"))
#: folded party form -> canonical party name
PARTIES: Final[dict[str, str]] = {fold(form): name for form, name in rows("parties.tsv")}
MEDIA: Final = _keyed(words("media.txt"))
#: Companies and other bodies known by one word ("Microsoft"), folded.
COMPANIES: Final = _keyed(words("companies.txt"))
#: Online platforms known by one word ("Twitter"), folded: an organisation when it speaks.
PLATFORMS: Final = _keyed(words("platforms.txt"))
#: folded short form -> folded full name of an organisation ("fed" -> "federal reserve")
SHORT_FORMS: Final[dict[str, str]] = {
    fold(short): fold(full) for short, full in rows("org_short_forms.tsv")
}
GOVERNMENT: Final = _keyed(words("org_government.txt")) | frozenset(SHORT_FORMS)
PLACES: Final = _keyed(words("places.txt"))
#: title words before a name, folded ("president", "sen.", "mr")
TITLES: Final = _keyed(words("titles.txt"))
ROLE_NOUNS: Final = words("role_nouns.txt")
#: Roles of people who speak for, judge or treat others ("the spokesman", "the judge"):
#: "the singer" may be the person the story is about, these are someone else.
PROXY_ROLES: Final = words("proxy_roles.txt")
GROUP_NOUNS: Final = words("group_nouns.txt")
ORG_HEADS: Final = words("org_heads.txt") | words("org_suffixes.txt")
#: First words that make a name an organisation ("Banco Santander", "Real Madrid"), folded.
ORG_LEADS: Final = frozenset(fold(w) for w in words("org_leads.txt"))
NON_ACTOR_HEADS: Final = words("non_actor_heads.txt")
#: Documents whose author speaks through them ("a report from the Tax Policy Center",
#: "the union's Friday release").
DOCUMENTS: Final = words("documents.txt")
#: folded first name -> "m" | "f" | "" (a name given to men and women alike: "u" in the file)
FIRST_NAMES: Final[dict[str, str]] = {
    fold(r[0]): "" if r[1] == "u" else r[1] for r in rows("first_names.tsv")
}
#: folded first names that are common surnames too ("s" in the file): alone, no gender
SURNAMES_TOO: Final = frozenset(fold(r[0]) for r in rows("first_names.tsv") if r[2:] == ("s",))

#: Last words that make a capitalised name a place ("Paulding County", "Hyde Park").
PLACE_HEADS: Final = words("place_heads.txt")
#: Capitalised words that open sentences or stand before names without being one.
OPENERS: Final = frozenset(
    """
    the a an in on at but and or so if when while as after before although though because
    since for from with by of to this that these those there here what who whom why how where
    which it he she they we i you his her its their our my your me him them us meanwhile
    however elsewhere still also now then later earlier last next some many most all both each
    one no not under over during despite among between without yet even only just such another
    other few several more less much until unless whether instead indeed today tomorrow
    yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december former acting
    top senior interim outgoing incoming late ex asked speaking having being
    according like unlike against about above below into onto upon within per via amid
    says said told please thanks dear yes okay ok oh well do does did is are was were be been
    has have had will would can could should shall must might let lets let's don't can't won't
    every any nor either neither third second first fourth fifth two three four five six
    seven eight nine ten eleven twelve dozens hundreds thousands millions never once besides
    beyond whatever perhaps maybe currently nevertheless nonetheless whilst already initially
    behind
    """.split()
)
#: Tokens that end a name run wherever they stand (days and months).
BREAKERS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec not
    """.split()
)
#: After these words, "of" / "for" continues a name ("Bank of England", "Secretary of State").
CONTINUE_AFTER: Final = (
    ORG_HEADS
    | NON_ACTOR_HEADS
    | PLACE_HEADS
    | frozenset(
        "Secretary Minister Ministry President Department Institute Office University Campaign "
        "Federation Organization Organisation Association Bank Court Council Committee Commission "
        "House District Chamber Republic Kingdom Union States Democracy Declaration Friends "
        "Director Chairman Governor Ambassador Attorney Commissioner Speaker Leader "
        "Archbishop Bishop Mayor Duke Duchess Prince Princess King Queen Earl Lord "
        "Chancellor Chief General Comptroller Treasurer Auditor Inspector Undersecretary "
        "Under-Secretary".split()
    )
)
#: All-capital tokens that are not names.
NOT_ACRONYMS: Final = frozenset(
    """
    I A OK TV CEO CFO COO GDP AM PM US-based COVID COVID-19 AIDS HIV DNA PDF FAQ UPDATE UPDATED
    BREAKING EXCLUSIVE WATCH LIVE VIDEO PHOTOS NEW IT II III IV NOTE EDITOR'S PS JR SR LLC INC
    """.split()
)

_SPEECH_WORDS: Final = frozenset(
    """
    said says say told tells tell added adds noted notes stressed stresses emphasized emphasised
    warned warns argued argues explained explains insisted insists claimed claims believe
    believes think thinks expect expects predicted predict predicts estimated estimate estimates
    wrote writes asked asks demanded demand demands urged urge urges called call calls pressed
    press responded responds replied replies announced announces acknowledged acknowledges
    admitted admits confirmed confirms denied denies suggested suggests recommended recommends
    proposed proposes complained complains declined declines accused accuses criticized
    criticised criticize criticise want wants wanted reported reports stated states testified
    testifies maintained maintains contended contends conceded concedes disputed disputes agreed
    agree agrees welcomed welcome welcomes pointed insisted cautioned caution cautions
    acknowledged countered counters observed observes commented comments lashed
    """.split()
) | words("cue_verbs.txt")
#: Verbs of demanding whose subject is the demander ("creditors are now pushing for").
DEMAND_WORDS: Final = frozenset(
    """
    demanding urging calling asking pressing seek seeks seeking sought request requests
    requested requesting push pushes pushed pushing appealed appealing insisting wanting
    """.split()
)

#: A deadline set as a demand, whose subject is the demander ("creditors have given LG
#: group until Wednesday to sign up"); matched where "until" or "till" is in the text.
DEADLINE_RE: Final = regex.compile(
    r"""
    \b(?:given|gave|giving)\ (?=[^.;\n]{1,40}?\ (?:until|till)\ [^.;]{1,40}?\ to\ \p{Ll})
    """,
    regex.VERBOSE,
)
#: A legislator's or governor's social-media handle ("@SenGillibrand", "@RepAdamSchiff"):
#: ``name`` is the surname.
HANDLE_RE: Final = regex.compile(
    r"""
    (?<![\w@])@(?:Sen|Rep|Gov|Senator)
    (?:\p{Lu}\p{Ll}{1,20}+)?(?P<name>\p{Lu}\p{Ll}{2,30}+)
    (?![\p{L}\d_])
    """,
    regex.VERBOSE,
)
#: "on" and a weekday between a subject and its verb ("the official on Thursday called").
_ON_WEEKDAY: Final = r"on\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: Auxiliaries and short adverbs between a subject and its speech verb, read backwards.
AUX_RE: Final = regex.compile(
    r"""(?r)
    (?:\b(?:also|have|has|had|would|will|did|does|do|not|previously|repeatedly|later|then
           |recently|again|once|publicly|privately|separately|is|are|was|were|been|now|still
           |already|has\ been|have\ been|earlier|yesterday|today|initially|reportedly
           |here|there|"""
    + _ON_WEEKDAY
    + r""")
       \s++){0,3}+
    \Z
    """,
    regex.VERBOSE,
)
#: The words of :data:`AUX_RE`, for a cheap check before it runs.
AUX_WORDS: Final = tuple(
    "also have has had would will did does do not previously repeatedly later then recently "
    "again once publicly privately separately is are was were been now still already "
    "earlier yesterday today initially reportedly here there Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday".split()
)
#: The verb after a subject, past auxiliaries and short adverbs ("BT now is calling").
VERB_AFTER_RE: Final = regex.compile(
    r"""
    \ (?:(?:also|has|have|had|is|are|was|were|been|now|still|already|would|will|did|does|not
          |again|then|later|previously|repeatedly|publicly|separately|yesterday|today
          |earlier|recently|reportedly
          |"""
    + _ON_WEEKDAY
    + r"""|last\ week|this\ week)\s){0,3}+
    (?P<verb>[a-z]{3,}+)
    """,
    regex.VERBOSE,
)
#: Lower-case words, to learn cheaply which speech verbs an article holds.
LOWER_WORD_RE: Final = regex.compile(r"[a-z]{3,}+")
#: Speech and demand verbs (lower case) that a described subject may govern.
SPEECH_WORDS: Final = _SPEECH_WORDS | DEMAND_WORDS


_STOP_MODS: Final = frozenset(
    """
    the a an and or but of to in on at by for from with as that which who whom this these those
    said says say told is are was were be been has have had will would also not his her its
    their our my your he she it they we i you him them us than then when while after before
    if because about into over under during against among between what where why how there
    although though whereas unless whether once until since
    here some any all both each every no one two three four five many most several other
    another such only just even very more less much something anything nothing everything
    someone anyone everyone dare citing quoting can could may might must shall should do does
    did make makes let lets
    """.split()
)
#: A lower-case word of a subject's tail that is no function word (read backwards, so
#: not possessive).
_LOW_WORD: Final = r"(?!(?:and|or|but|who|which|that|to|in|on|of|as)\b)\p{Ll}[\p{Ll}-]{2,30}"
#: A subject noun phrase ending in a role or group noun, read backwards from its verb;
#: ``pre`` holds up to seven words before the head (cut at the first stop word in code).
_SUBJECT: Final = (
    r"""(?r)
    (?P<pre>(?:(?:\p{N}++-)?+[\p{L}][\p{L}.&'-]{0,30}\s++){0,7}+)  # "the 60-year-old actor"
    \b(?P<head>(?i:\L<heads>))
    (?P<tail>\s++(?:for|at|of|with|from|close\ to)\s++(?:the\s++)?
             <?\p{Lu}[\p{L}.&'-]{0,30}  # "<Nomura International>": Reuters marks a firm
             (?:\s++(?:(?:of|for|and|on)\s++(?:the\s++)?)?\p{Lu}[\p{L}.&'-]{0,30}){0,5}>?
             # a body named for a list of fields: "... for Culture, Media and Sport"
             (?:(?:,\ \p{Lu}\p{Ll}{1,30}(?:\ \p{Lu}\p{Ll}{1,30})?){1,4},?\ and
                \ \p{Lu}\p{Ll}{1,30}(?:\ \p{Lu}\p{Ll}{1,30})?)?
             # "a spokesperson for the camp", "an official with the wheat group"
             # (the word twice, inline: a subroutine call costs three times the search)
             |\s++(?:for|at|with|from|of)\s++the\s++"""
    + _LOW_WORD
    + r"(?:\s++"
    + _LOW_WORD
    + r""")?
"""
)
#: A tail with an indefinite body, its head in lower case: "a dealer at another bank",
#: "an official at a major oil company", "a spokesman for one US shop" (not after "with":
#: "people with a pocket watch"). Its own pattern, :func:`subject_indefinite_re`, runs
#: only where such a tail may end: read in every window, it cost 1% of the parse.
_INDEFINITE_TAIL: Final = (
    r"""
             |\s++(?:for|at|from)\s++(?:a|an|one|another)\s++
              (?:[\p{L}][\p{L}.&'-]{0,30}\s++){0,2}"""
    + _LOW_WORD
    + "\n"
)
#: Where a described speaker is, after the description and before the verb: "A British
#: naval source in the Gulf said", "a spokeswoman for the EC Commission in Brussels
#: told" (matched forwards from the " in", so that :data:`SUBJECT_RE` need not read it).
PLACE_RE: Final = regex.compile(
    r"""\ in\s++(?:the\s++)?+
        (?:(?:\p{Lu}\.){2,4}+|\p{Lu}[\p{L}'-]*+)(?:\s++(?:(?:\p{Lu}\.){2,4}+|\p{Lu}[\p{L}'-]*+))?+
        (?P<comma>,)?+\s++""",
    regex.VERBOSE,
)
#: The words that open a "familiar with" tail (a quick check before FAMILIAR_RE runs).
FAMILIAR_CUE_RE: Final = regex.compile(
    r"familiar with|knowledge of|knowledgeable about|briefed on|close to|involved in"
)
#: The tail of a subject "familiar with" something ("sources familiar with the matter").
_FAMILIAR: Final = r"""
           |\s++(?:familiar\s++with|with\s++(?:direct\s++)?knowledge\s++of
                  |knowledgeable\s++about|briefed\s++on|close\s++to|involved\s++in)
             \s++(?:the\s++|their\s++|his\s++|her\s++)?
             [\p{Ll}-]{2,30}(?:\s++[\p{Ll}-]{2,30}){0,2}
"""
_BEFORE_VERB: Final = r"""
    )?
    # an aside ends with a comma ("X, a spokesman, said"), or opens a relative clause ("X,
    # who say"): not "... of the Treasury, administration sources said"
    (?P<aside>,\s++(?:(?:who|which)(?:\s++\p{Ll}++){0,2}|[^,"\n]{1,80},))?
    ,?\s++\Z
"""
SUBJECT_RE: Final = regex.compile(
    _SUBJECT + _BEFORE_VERB, regex.VERBOSE, heads=ROLE_NOUNS | GROUP_NOUNS
)


@functools.cache
def subject_indefinite_re() -> regex.Pattern[str]:
    """:data:`SUBJECT_RE` that also reads a tail with an indefinite body (compiled on
    first use: it is needed in few texts, and compiling it costs an import 15 ms)."""
    return regex.compile(
        _SUBJECT + _INDEFINITE_TAIL + _BEFORE_VERB, regex.VERBOSE, heads=ROLE_NOUNS | GROUP_NOUNS
    )


#: :data:`SUBJECT_RE` with a "familiar with" tail, for windows that hold those words.
FAMILIAR_RE: Final = regex.compile(
    _SUBJECT + _FAMILIAR + _BEFORE_VERB, regex.VERBOSE, heads=ROLE_NOUNS | GROUP_NOUNS
)
#: The same subject read backwards from its end, after "according to" (no verb follows).
SOURCE_RE: Final = regex.compile(
    _SUBJECT + _FAMILIAR + r")?(?P<aside>)\Z",
    regex.VERBOSE,
    heads=ROLE_NOUNS | GROUP_NOUNS,
)
#: "according to" (or an inverted "said") and a source ending in a role or group noun
#: ("according to a spokesman for Amtrak", '..." said the affable proprietor').
ACCORDING_RE: Final = regex.compile(
    r"""
    (?:according\ to|said|says|added)  # matched where "according to" or '," said' stands
    [\ \n](?P<np>(?!(?:he|she|they|it|its)\b)   # a line may break it (Reuters)
    (?:(?:[\p{L}][\p{L}&'-]{0,30}|(?:\p{Lu}\.){2,4})[\ \n]){0,6}?
    \L<heads>
    (?:[\ \n](?:for|at|of|with|from)[\ \n](?:the[\ \n])?<?(?&name)(?:[\ \n](?&name)){0,5}>?
      |\ familiar\ with\ (?:the\ )?[\p{Ll}-]{2,30}(?:\ [\p{Ll}-]{2,30}){0,2})?)
    (?=[,.;:)\n]|\ (?:who|which|that|in|on|at|for|of|with|from|said|says|told|but)\b)  # no noun
    (?(DEFINE)(?P<name>(?:\p{Lu}\.){2,4}+|\p{Lu}[\p{L}&'-]{0,30}+))
    """,
    regex.VERBOSE,
    heads=ROLE_NOUNS | GROUP_NOUNS,
)
#: A sentence that opens with a group ("Hundreds of farmers brought ..."): up to four
#: words, the group noun, then a lower-case word.
INITIAL_GROUP_RE: Final = regex.compile(
    r"""
    (?:[\p{L}][\p{L}.&'-]{0,30}\s++){0,4}?
    (?i:\L<groups>)(?=\s\p{Ll})
    """,
    regex.VERBOSE,
    groups=GROUP_NOUNS,
)
#: Words that end the modifiers of a described subject (read right to left).
STOP_MODS: Final = _STOP_MODS
#: Irregular past tenses, which end a described subject read backwards where written in
#: lower case ("he heard students shout": a verb, no modifier; "the Fed" is no "fed").
PAST_TENSES: Final = words("past_irregular.txt")
#: Determiners that may open a described subject.
DETERMINERS: Final = frozenset(
    "a an the one some another two three several many most other this that these those his "
    "her its their".split()
)

#: Heads that a possessive may belong to inside one name ("Attorney's Office",
#: "McDonald's Corp", "Moody's Investors Service", "People's Daily").
_OWNED: Final = frozenset(
    "Office Court Department Ministry Hospital Church Party Union Association Council Committee "
    "Commission Bureau Agency Army Republic Liberation Corp Corporation Inc Co Company Ltd Plc "
    "PLC Group Holdings Investors Daily".split()
)
#: One capitalised token: a word with inner hyphens, apostrophes or ampersands
#: ("O'Brien", "Tobacco-Free", "BB&T"), initials ("U.S.", "W."), or an abbreviation
#: ("Gov.", "Jr."); a final period is kept here and dropped in code unless it abbreviates.
#: Verbs (and "also" before them) after which a final "'s" belongs to a firm's name,
#: since no owner stands before a verb ("Moody's said", "Moody's also said", "Moody's
#: cited"); not past forms that also serve as adjectives ("Blair's reported treaty",
#: "Hemming's estimated costs"); both token patterns below read it.
_SAID_AFTER_OWNER: Final = (
    "said|says|noted|added|also|cited|expects|warned|announced|affirmed|downgraded|upgraded"
)
_TOKEN: Final = (
    r"""
    \p{Lu}[\p{L}\p{M}]{0,30}+
    (?:(?:[-&]|'(?=\p{Lu}|(?!(?:s|t|re|ll|d|ve|m)\b)\p{Ll}))[\p{L}\p{M}]{1,30}+){0,3}+
    (?:'s(?=\ \L<owned>\b|[\ \n](?:"""
    + _SAID_AFTER_OWNER
    + r""")\b))?  # "Attorney's Office", "Moody's said"
    (?:\.(?:\p{Lu}\.){0,3}+)?
"""
)
#: :data:`_TOKEN` over the text of one :data:`NAME_RE` match, where a final "'s" is one
#: that pattern kept for what follows the match ("Moody's said").
TOKEN_RE: Final = regex.compile(
    _TOKEN.replace("'s(?=", r"'s(?=\Z|", 1), regex.VERBOSE, owned=_OWNED
)
#: The particles and joiners a name may hold between two capitalised tokens, in the
#: order the name patterns try them ("de la" before "de"; "of" before "of the").
NAME_PARTICLES: Final = (
    *(f"{a} {b}" for a in ("van", "von") for b in ("der", "den", "de")),
    "de la", "de los", "de las",
    "de", "del", "da", "dos", "das", "do", "du", "di", "van", "von", "der", "den", "ter", "la",
    "le", "bin", "ibn", "al", "el",
    "of", "for", "of the", "for the", "on", "on the", "and", "&",
)  # fmt: skip
#: :data:`NAME_PARTICLES` as an alternation (either engine).
_PARTICLES: Final = "|".join(map(re.escape, NAME_PARTICLES))
#: A nickname in quotes inside a name, as :data:`NAME_RE` reads it between two tokens
#: (in the normalised text, its quote marks straight): 'Marion "Suge" Knight', 'Antonio
#: "LA" Reid'.
NICKNAME: Final = r'"\p{Lu}(?:\p{Ll}{1,20}+|\p{Lu}{1,3}+)"'
#: A run of capitalised tokens joined by one space or line break, particles,
#: "&", and "of" / "for" (checked afterwards).
NAME_RE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}'])
    {_TOKEN}
    (?:(?:\ |\n(?!\s))
       (?:(?:{_PARTICLES})\ |[ae]l-|{NICKNAME}\ )?  # "al-Assad", '"Suge" Knight'
       {_TOKEN}
    ){{0,15}}+
    """,
    regex.VERBOSE,
    owned=_OWNED,
)
#: The parts of :data:`_TOKEN` for ASCII text, where ``\p{Lu}`` is ``[A-Z]``, ``\p{L}``
#: ``[A-Za-z]``, ``\p{M}`` nothing and ``\p{N}`` ``[0-9]``: what follows a hyphen, an
#: ampersand or an apostrophe, and the end (an owner's "'s", initials' periods).
_ASCII_TOKEN: Final = r"""
    (?:[-&]|'(?=[A-Z]|(?!(?:s|t|re|ll|d|ve|m)\b)[a-z]))[A-Za-z]{1,30}+
"""
_ASCII_OWNED: Final = "|".join(sorted(_OWNED))
_ASCII_TOKEN_END: Final = rf"""
    (?:'s(?=\ (?:{_ASCII_OWNED})\b|[\ \n](?:{_SAID_AFTER_OWNER})\b))?
    (?:\.(?:[A-Z]\.){{0,3}}+)?
"""
#: :data:`NAME_RE` for text whose characters beyond ASCII are no letters, marks, digits,
#: word characters or spaces ("£", "—"), with the standard library's engine, which finds
#: the capital that opens a match by a quick scan (the lookbehind comes after it): twice
#: as fast, and the same matches on such text (``\s`` is the ASCII part of White_Space).
NAME_ASCII_RE: Final = re.compile(
    rf"""
    [A-Z](?<![A-Za-z0-9'][A-Z])[A-Za-z]{{0,30}}+
    (?:{_ASCII_TOKEN}){{0,3}}+
    {_ASCII_TOKEN_END}
    (?:(?:\ |\n(?![\t\n\x0b\x0c\r\ ]))
       (?:(?:{_PARTICLES})\ |[ae]l-|"[A-Z](?:[a-z]{{1,20}}+|[A-Z]{{1,3}}+)"\ )?
       [A-Z][A-Za-z]{{0,30}}+
       (?:{_ASCII_TOKEN}){{0,3}}+
       {_ASCII_TOKEN_END}
    ){{0,15}}+
    """,
    re.VERBOSE,
)
#: Abbreviations whose period belongs to the word (lower case, without the period).
ABBREVIATIONS: Final = frozenset(
    form for form, kind in rows("abbreviations.tsv") if kind in {"name", "company"}
)
#: A Reuters ticker tag: "<GAF>".
TICKER_RE: Final = regex.compile(r"\s?<(?P<tag>[A-Z][A-Z0-9.]{0,7})>")
#: Pronouns resolve() understands: pronoun -> (gender or "", number).
PRONOUNS: Final[dict[str, tuple[str, str]]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "they": ("", "pl"), "them": ("", "pl"), "their": ("", "pl"), "themselves": ("", "pl"),
    "it": ("", "it"), "its": ("", "it"), "itself": ("", "it"),
}  # fmt: skip
#: Pronouns that tell the gender of a person named before them in a sentence: subjects,
#: possessives and reflexives, not objects ("Franken had forcibly kissed her during ...",
#: "told her the"), which are someone else.
GENDERED_RE: Final = regex.compile(
    r"""\b(?:[Hh]e|[Ss]he|[Hh]is|herself|himself
          |[Hh]er(?=\s++(?!(?:to|and|or|but|in|on|at|for|with|from|by|of|during|after|before
                              |about|as|that|the|a|an|this|up|out|down|back|off|over)\b)\p{L}))\b""",
    regex.VERBOSE,
)
#: Of :data:`GENDERED_RE`'s pronouns (folded): the male ones, and the subjects (which
#: weigh twice a possessive).
MALE_PRONOUNS: Final = frozenset("he his him himself".split())
SUBJECT_PRONOUNS: Final = frozenset("he she himself herself".split())
#: How far (characters) after a mention a pronoun tells the person's gender.
GENDER_REACH: Final = 60
#: How many mentions of a person are read for the pronouns after them.
GENDER_MENTIONS: Final = 6
#: Where a sentence ends, for the pronouns after a name: a stop and a space, a line break.
SENTENCE_STOP_RE: Final = regex.compile(r"[.!?]\s|\n")
#: A finite verb right after a name, a regex fragment: an auxiliary or a word in -ed or -s
#: ("Taiwan would", "MITI asked", "Tehran holds"). The actors stage splits "told Reuters |
#: Taiwan would" where the statements stage reports the clause: both read this one.
VERB_AFTER_NAME: Final = (
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did"
    r"|does|\p{Ll}{2,}+(?<=ed|s))\b"
)
#: Lowercase heads that make "<Name> government" an organisation.
#: What a lower-case ministry is of ("China's foreign ministry", "the Iraqi oil ministry").
MINISTRY_MODS: Final = frozenset(
    "foreign defence defense finance economy trade interior health justice commerce "
    "agriculture education energy industry oil information culture labour labor".split()
)
GOV_HEADS_RE: Final = regex.compile(
    r"""
    (?:'s)?
    (?:\ (?P<mods>(?:[a-z]{2,20}ly\ )?(?:recogni[sz]ed|elected|backed|appointed|interim)
                 |(?!(?:and|or|but|the|to|of|in|on|for|with|has|have|had|is|was|said|says|told
                      |asked|called|will|would)\b)[a-z]{3,20}(?:\ [a-z]{3,20})?
                  (?=\ (?:panel|committee|subcommittee)\b)
                 |\L<ministries>(?=\ ministry\b)))?
    \ (?P<head>government|administration|military|authorities|armed\ forces|army|navy|ministry
            |regime|cabinet|embassy|parliament|campaign|central\ bank|police|coast\ guard
            |secretariat|leadership|delegation|panel|committee|subcommittee|office
            |treasury|regulator|watchdog)\b
    """,
    regex.VERBOSE,
    ministries=MINISTRY_MODS,
)
_PRE_ROLES: Final = ROLE_NOUNS | words("titles.txt")
#: A lowercase role noun written before a name ("correspondent Sharyn Alfonsi").
PRE_ROLE_RE: Final = regex.compile(
    r"""(?r)
    (?<!\bbest\s)  # "the best actor Bafta": an award, no person
    \b(?P<role>(?:(?:chief|senior|deputy|executive|vice|former|managing|general|political|shadow
                 |economic|science|national|press|foreign|finance|economics|business)\s)?
             \L<roles>)
    \s\Z
    """,
    regex.VERBOSE,
    roles=_PRE_ROLES,
)
#: Cheap checks before :data:`PRE_ROLE_RE`: the roles of two letters, the last three
#: letters of the others, and the last word of each role.
PRE_ROLE_SHORT: Final = frozenset(r for r in _PRE_ROLES if len(r) < 3)
PRE_ROLE_TAILS: Final = frozenset(r[-3:] for r in _PRE_ROLES if len(r) >= 3)
PRE_ROLE_ENDS: Final = frozenset(r.split()[-1] for r in _PRE_ROLES)
#: An appositive role after a name: ", a spokeswoman for AEP," / ", the chief executive".
APPOSITIVE_RE: Final = regex.compile(
    r"""
    ,\s(?:a|an|the|its|his|her|their)\s
    (?P<role>(?:(?!(?:and|or|of|for|who|which)\b)[\p{L}'-]{1,30}\s){0,3}?\L<roles>)\b
    """,
    regex.VERBOSE,
    roles=ROLE_NOUNS,
)
#: Words before a lone capitalised word that make it an organisation ("firm Cowen").
ORG_CUES: Final = tuple(
    "company firm group giant maker producer bank lender insurer carrier airline retailer "
    "outlet newspaper broadcaster agency network startup rival unit subsidiary owner "
    "website site firms companies chain operator publisher label studio manufacturer "
    "supplier provider outfit club side watchdog charity regulator organisation "
    "organization".split()
)
ORG_CUE_RE: Final = regex.compile(r"(?r)\b(?:\L<cues>)\s\Z", cues=ORG_CUES)

#: Words before a name that set it against the sentence's subject, which a pronoun
#: never refers back to ("Unlike Al Mnajer, he's been unable to find work").
CONTRAST_WORDS: Final = ("Unlike ", "unlike ")
