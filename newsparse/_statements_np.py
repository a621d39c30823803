"""Noun phrases around speech cues: the speaker before a cue, after it, or after "according to".

The statements stage only finds the span of the speaker's noun phrase; who it
refers to is the actors stage's answer (:meth:`Cast.resolve`).
"""

from __future__ import annotations

import sys
from typing import Final

import regex

from newsparse._actors_lex import DOCUMENTS, GROUP_NOUNS, PAST_TENSES, ROLE_NOUNS
from newsparse._lexicon import words
from newsparse._model import Span

__all__ = [
    "PROGRESSIVE",
    "PRONOUNS",
    "adverb",
    "noun_phrase_after",
    "sentence_subject",
    "subject_before",
]

#: Subject pronouns that may name a speaker.
PRONOUNS: Final = frozenset("he she they it we i you".split())
#: Tokens a speaker's noun phrase never holds: they end it (reading leftwards).
_STOP: Final = frozenset(
    """
    that which who whom whose what when where while as because since if though although
    and but or nor so than then also is was were are be been being has had have having do does
    did will would could should can may might must shall not never to in on at by from with
    into onto over under about after before during without within against through between
    among for of said says say told tells added adds there here this these those it its
    however meanwhile instead yet still just only even now later earlier recently
    """.split()
)
#: A party and state after a legislator's name: "D-Mich.", "R-Texas".
_PARTY_STATE_RE: Final = regex.compile(r"[DRI]-\p{Lu}[\p{L}.]*+")
#: A Reuters ticker after a company's name, before a cue: "Texaco Inc <TX> said".
_TICKER_END_RE: Final = regex.compile(r"\ <[A-Z][A-Z0-9.]{0,7}+>\ \Z")
#: A party and state tag in brackets before a cue: " (R-Fla.) ", " (D-N.Y.) ", " (I) ",
#: or the acronym of the name before it.
_PARTY_TAG_END_RE: Final = regex.compile(
    r"\ \((?:[DRI]|[DRI]-\p{Lu}[\p{L}.]{0,12}+|\p{Lu}[\p{Lu}&]{1,7}+)\)\ \Z"
)  # (or an acronym: "the United Nations Economic Commission for Europe (UNECE) said")
#: An auxiliary or an adverb between a bracketed tag and its cue: ") has said".
_AUX_GAP_RE: Final = regex.compile(r"\)\ (?:has|have|had|also|earlier|previously)(?:\ also)?+\ \Z")
#: Words that open a clause before its subject: "after John McCallum, ..., told".
_SUBORDINATORS: Final = frozenset(
    "after before when because since if as while although though once until where that".split()
)
#: Prepositions: a name after one is no subject ("ambassador to China, told").
_PREPOSITIONS: Final = frozenset("to of in at for with from by on about against".split())
#: The word right before a position.
_WORD_BEFORE_RE: Final = regex.compile(r"(\p{L}++)\s++$")
#: A preposition of time that opens a sentence ("During the campaign he said").
_LEADING_TIME_RE: Final = regex.compile(
    r"[\s\"'(]*+(?:During|After|Before|Since|Throughout|Following|Earlier|Later|Last)\ "
)
#: The rest of such a phrase: a few words, none a verb's ending or a clause's opener.
_NO_VERB_BEFORE_RE: Final = regex.compile(
    r"(?:(?!(?:is|was|were|are|has|had|have|said|says|that|who|which)\b)[\p{L}\p{N}'-]++\ ){1,6}+"
)
#: Prepositions that tell where a named person works: "Broker Francesco Dinepi at ...".
_PLACED_AT: Final = frozenset(("at", "with", "from"))
#: Words that open an indefinite description, never a name ("One red-state Democrat").
_INDEFINITE: Final = ("One ", "A ", "An ", "Another ")


#: Relative pronouns that open an aside about a person or body.
_WHO: Final = frozenset(("who", "whose"))
#: Lower-case words before a title ("acting U.S. Health Secretary").
_TITLE_MODIFIERS: Final = frozenset("acting former then late interim outgoing incoming".split())
#: Participles that open an aside like a relative one ("a White House official, speaking
#: on condition of anonymity, said").
_ASIDE_PARTICIPLES: Final = frozenset("speaking declining requesting asking talking".split())


def _opens_clause(norm: str, floor: int, at: int) -> bool:
    """True when a noun phrase starting at ``at`` opens its clause: nothing but a joiner
    or a subordinator ("But", "because") stands between ``floor`` and it."""
    head = norm[max(floor, at - 30) : at].split()
    if not head:
        return at - floor <= 30
    last = head[-1]
    if last.endswith(",") and last[:-1].lower() in _OPENING_ADVERBS and len(head) == 1:
        return at - floor <= 30  # "Meanwhile, the Congressional Budget Office (CBO), ..."
    return last.lower() in _JOINERS or last in _SUBORDINATORS


#: Adverbs that open a sentence before a comma and its subject.
_OPENING_ADVERBS: Final = frozenset(
    """meanwhile however separately elsewhere instead still also yesterday today earlier later
    previously now then nevertheless nonetheless moreover furthermore additionally""".split()
)


def _indefinite(norm: str, at: int) -> bool:
    """True when an indefinite description starts at ``at``: before a name in apposition
    ("One red-state Democrat, Montana Sen. Jon Tester, said"), the name speaks."""
    return norm.startswith(_INDEFINITE, at)


#: Lower-case words before a name that are no role: "porters like Grizzle".
_NOT_ROLES: Final = frozenset("like unlike including than as such".split())
#: Prepositions that open a post-modifier of a speaker: "a spokeswoman for Trudeau".
_POSTMOD_PREPS: Final = frozenset("with at for from of by to".split())
#: A word and a preposition that open a speaker's post-modifier as those of
#: :data:`_POSTMOD_PREPS` do: "a source briefed on the talks", "sources close to the
#: negotiations", "people involved in the talks".
_TAIL_PAIRS: Final = frozenset((("briefed", "on"), ("close", "to"), ("involved", "in")))
#: Nouns that "to" may follow in a post-modifier other than roles, groups and documents:
#: "The U.S. Embassy to Russia said".
_HELD_TO: Final = frozenset("embassy mission delegation".split())


def _held_to(word: str) -> bool:
    """True when "to" after ``word`` opens the post-modifier of a speaker: a role ("a senior
    adviser to Trump", "an aide to Chirac"), a group, a document ("the letter to Wild") or
    a mission, not a verb or an event ("Speaking to the BBC News website Mr Molyneux
    said", "In a televised address to the American people Reagan said")."""
    key = word.lower()
    bare = key[:-1] if key.endswith("s") else key
    return (
        key in ROLE_NOUNS
        or bare in ROLE_NOUNS
        or key in GROUP_NOUNS
        or bare in DOCUMENTS
        or bare in _HELD_TO
    )


#: A finite speech verb at a cue ("says", not "saying" nor the comma of "X, who says").
_FINITE_CUE_RE: Final = regex.compile(r"\p{L}++(?<!ing)\b")
#: Lower-case words inside a name: "Office for the Western District of New York".
_CONNECTORS: Final = frozenset("of for the and de del al da van von".split())
#: Prepositions and subordinators that open a sentence with a phrase or clause set off by
#: a comma ("In a speech, ...", "When Carson died, President Bush ...").
_LEADING: Final = frozenset(
    """
    in on at after before during despite following with as for down up back outside inside
    across near under over like unlike since until amid among
    when while although though if because once unless whereas whether
    """.split()
)
#: A phrase or participle clause that opens a sentence: "In a speech to the Foreign Policy
#: Centre Mr Straw said", "Speaking to the BBC News website Mr Molyneux said".
LEADING_PHRASE_RE: Final = regex.compile(
    r"[\s\"]*+(?:(?i:" + "|".join(sorted(_LEADING)) + r")|\p{Lu}\p{Ll}++(?<=ing))\b"
)
#: Words before "before" or "after" in a phrase of time that opens a sentence ("Hours
#: before the game, ...", "Shortly after", "Days after").
_SPANS_OF_TIME: Final = frozenset(
    "hours days minutes weeks months years moments shortly soon just".split()
)
#: ... and one such span, after "a", "the" or "one" ("A day after", "The week before").
_SPAN_OF_TIME: Final = frozenset("hour day week month year moment morning night".split())
_ONE: Final = frozenset(("a", "an", "the", "one"))
#: The tokens read for the comma that ends a clause of time such as "A day after
#: President Donald Trump endorsed U.S. Senate candidate Roy Moore of Alabama,".
TIME_CLAUSE_MAX: Final = 24
#: Words that open a sentence before its subject: "But Smith said", "Meanwhile, she".
_OPENERS: Final = frozenset(
    "but and yet so still meanwhile however now then also later elsewhere separately".split()
)
#: A dateline that opens a story's first sentence: a city in capitals, a date or the
#: agency, and a dash ("WASHINGTON, March 11 - ", "LONDON (Reuters) - ").
_DATELINE_RE: Final = regex.compile(
    r"""(?:\p{Lu}(?:[\p{Lu}\p{Pd}.'/]|\ (?=\p{Lu})){1,40}+(?&when)?+  # "WASHINGTON -"
         |\p{Lu}(?:[\p{L}\p{Pd}.'/]|\ (?=\p{Lu})){1,40}+(?&when)       # "London, March 12 -"
         |(?&agency))                                               # "(Reuters) -"
        [ ](?:[-\u2013\u2014]|(?!))-?[ ]  # "(?!)": else the engine first looks for " -" to
        # the text's end
        (?(DEFINE)
          (?P<agency>\([\p{L} ]{1,30}+\))
          (?P<when>(?:,\ (?!(?i:\L<months>)\b)\p{Lu}[\p{L}.]{1,20}+(?:\ \p{Lu}[\p{L}.]{1,20}+)?+)?+
                  # ", Alberta", ", N.Y." before the date
                  ,\ (?i:\L<months>)\.?+(?:\ \d{1,2})?+,?+  # "CHICAGO, March 4, -"
                  |\ (?&agency)
                  # ", Fla. (Reuters)", ", Fla./WASHINGTON (Reuters)"
                  |,\ \p{Lu}[\p{L}.]{1,14}+(?:/\p{Lu}++(?:\ \p{Lu}++){0,3}+)?+\ (?&agency)
                  # ", N.Y. -", ", Calif. -": a state's abbreviation alone
                  |,\ \p{Lu}\p{Ll}{0,4}+\.(?:\p{Lu}\.)?+))
        """,
    regex.VERBOSE,
    months="""January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split(),
)


def _may_open_dateline(norm: str, at: int) -> bool:
    """A quick look before :data:`_DATELINE_RE`: a capital opens ``at`` and a dash
    follows a space within the dateline's reach (most sentences have neither)."""
    if not (norm[at : at + 1].isupper() or norm.startswith("(", at)):
        return False
    return (
        norm.find(" -", at, at + 80) >= 0
        or norm.find(" \u2014", at, at + 80) >= 0
        or norm.find(" \u2013", at, at + 80) >= 0
    )


def after_dateline(norm: str, start: int, end: int) -> int:
    """Where the words after a dateline that opens ``norm[start:end]`` start
    ("LONDON, March 3 - The Unilever group saw ..."), else ``start``.

    >>> s = "LONDON, March 3 - The group saw gains"
    >>> s[after_dateline(s, 0, len(s)) :]
    'The group saw gains'
    >>> s = "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - A battle"
    >>> s[after_dateline(s, 0, len(s)) :]
    'A battle'
    >>> s = "CHICAGO, March 4, - South Korea's record trade surplus"  # reuters21578-01656
    >>> s[after_dateline(s, 0, len(s)) :]
    "South Korea's record trade surplus"
    >>> s = "BUFFALO, N.Y. \u2014 Hours before"  # aeb-twincities-024
    >>> s[after_dateline(s, 0, len(s)) :]
    'Hours before'
    """
    if _may_open_dateline(norm, start) and (d := _DATELINE_RE.match(norm, start, end)):
        return d.end()
    return start


#: Role acronyms written in capitals before a name.
_ROLE_ACRONYMS: Final = frozenset("CEO CFO COO CTO MP MPP MLA MEP MNA".split())
#: Irregular past tenses (lexicon/past_irregular.txt), and the three whose past is their
#: present: a subject ends before one ("the mayor brought up", "the champion went down").
_IRREGULAR: Final = PAST_TENSES | frozenset("put read set".split())
#: One-word speech verbs (lexicon/cue_verbs.txt): a subject ends before one ("Ferguson
#: believes Henry ...").
_SPEECH_WORDS: Final = frozenset(w for w in words("cue_verbs.txt") if " " not in w)
#: Words after which a new clause, and so a new subject, starts.
_JOINERS: Final = frozenset("but and while as although though because since so yet".split())
#: Words between a speaker and its cue that are skipped ("he also said", "has long argued").
#: "last month", "this week": a time between a subject and its verb.
_PERIODS: Final = frozenset("week weekend month year summer autumn fall winter spring".split())
_THIS_LAST: Final = frozenset("last this".split())
_ADVERBS: Final = frozenset(
    """
    also later then previously earlier recently once repeatedly publicly privately separately
    further again has have had would will long initially reportedly subsequently quickly
    first last now often always simply flatly angrily bluntly yesterday today tonight here
    there
    """.split()
)
#: A capitalised last word: a noun phrase that ends with it ends with a name.
_NAME_END_RE: Final = regex.compile(r".*\b\p{Lu}[\p{L}'-]*+$")
#: Lower-case words in "-ly" that are nouns, not adverbs: "the family said", "the daily
#: reported".
_LY_NOUNS: Final = frozenset(
    """family ally assembly monopoly supply rally daily weekly monthly quarterly fly italy
    july bully belly jelly lily anomaly folly homily""".split()
)


#: Adverbs stepped over before a cue, beyond :data:`_ADVERBS` ("has already said").
_MORE_ADVERBS: Final = frozenset(("already", "nevertheless", "nonetheless"))
#: ... and in lower case only, mid-sentence ("Mr Hockney meanwhile told", "He instead told";
#: not "Meanwhile, Ford ... said", where it opens the sentence).
_MID_ADVERBS: Final = frozenset(("meanwhile", "instead"))


def adverb(word: str) -> bool:
    """True for an adverb before a cue: one of :data:`_ADVERBS`, or a lower-case word in
    "-ly" that is no noun ("vigorously denied", "vehemently said")."""
    low = word.lower()
    return (
        low in _ADVERBS
        or low in _MORE_ADVERBS
        or word in _MID_ADVERBS
        or (word.endswith("ly") and len(word) > 4 and word.islower() and low not in _LY_NOUNS)
    )


#: Forms of "be" before a cue in -ing ("is saying"): no passive, and the subject stands
#: before them.
PROGRESSIVE: Final = frozenset("is was are were am be been".split())
#: A cue in -ing.
_ING_RE: Final = regex.compile(r"\p{L}++(?<=ing)\b")


def _trailing(word: str) -> bool:
    """True for an adverb of :data:`_ADVERBS` that ends a speaker's noun phrase after its
    cue and is no part of it ("said Rafael Nadal later", "said traders here"); not any
    word in "-ly" ("according to a Reuters tally")."""
    return (
        word in _AFTER_ADVERBS or word in _ADVERBS or word in _MORE_ADVERBS
    ) and word not in _AUXILIARIES  # "said the pair had": a clause


#: A time after an inverted speaker: "this month", "last week" (with "earlier" before it
#: an adverb of its own).
_TIME_DETS: Final = frozenset("this last next that".split())
_TIME_NOUNS: Final = frozenset("week weekend month year morning afternoon evening night".split())
#: Adverbs after an inverted speaker beyond :func:`adverb`'s.
_AFTER_ADVERBS: Final = frozenset(("afterwards", "afterward", "too"))
#: Determiners that open a description ("the spokesperson", "a senior official").
_DETERMINERS: Final = frozenset(
    "the a an one two three some many most several other this these".split()
)
_WEEKDAYS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
#: The longest appositive skipped between a speaker and its cue, in tokens.
APPOSITIVE_MAX: Final = 40
#: A reverse search of the same tokens: the words nearest the cue come first.
#: (Its repeat gives back one step where a mark opens the chunk: "--Dole" is "-", "-",
#: "Dole", as forwards; a possessive repeat lost "Dole".)
_TOKEN_REV_RE: Final = regex.compile(
    r"(?r)[\p{L}\p{N}]++(?:['.&-][\p{L}\p{N}]++)*\.?+|[^\s\p{L}\p{N}]"
)
#: How many tokens before a cue are read first; then :data:`LAST_TOKENS` when the noun
#: phrase may start before them; more only for an appositive.
FIRST_TOKENS: Final = 6
LAST_TOKENS: Final = 12
#: How many tokens :func:`sentence_subject` reads first (more when the subject is longer).
SUBJECT_FIRST: Final = 5
#: How far back (characters) from a cue the speaker is looked for.
WINDOW: Final = 200
#: The longest speaker noun phrase, in tokens.
NP_MAX: Final = 10
#: Words of rank before a role that the limit of lower-case words in a noun phrase does
#: not count: "former", "top", "senior".
_RANK_WORDS: Final = frozenset("former top senior chief deputy acting".split())
#: A word (with inner apostrophes, periods, hyphens, ampersands) or one punctuation mark.
_TOKEN_RE: Final = regex.compile(r"[\p{L}\p{N}]++(?:['.&-][\p{L}\p{N}]++)*+\.?+|[^\s\p{L}\p{N}]")


def _tokens(norm: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Every token of ``norm[start:end]`` (:func:`_first_tokens` with no limit)."""
    return _first_tokens(norm, start, end, sys.maxsize)


def _plain(piece: str) -> bool:
    """True when ``str.split`` and the token regexes agree on the spaces of ``piece``
    (no ``\x1c``-``\x1f``): its space-separated chunks can then be read one by one."""
    return not ("\x1c" in piece or "\x1d" in piece or "\x1e" in piece or "\x1f" in piece)


def _first_tokens(norm: str, start: int, end: int, n: int) -> list[tuple[str, int, int]]:
    """The first ``n`` tokens of ``norm[start:end]``.

    A token never holds a space, so the text is read chunk by chunk (``str.split``):
    a chunk of ASCII letters and digits is one token, any other chunk goes through
    :data:`_TOKEN_RE` on its own (what a scan of the whole range would give there).
    """
    out: list[tuple[str, int, int]] = []
    piece = norm[start:end]
    if not _plain(piece):
        _scan(_TOKEN_RE, norm, start, end, n, out)
        return out
    pos = start
    for chunk in piece.split(None, n):
        i = norm.find(chunk, pos, end)
        pos = i + len(chunk)
        if chunk.isalnum() and chunk.isascii():
            out.append((chunk, i, pos))  # a plain word: the common case
        elif chunk.isascii() and chunk[:-1].isalnum():
            # a word with a mark after it (see :func:`_last_tokens`)
            if chunk[-1] == ".":
                out.append((chunk, i, pos))
            else:
                out.append((chunk[:-1], i, pos - 1))
                if len(out) < n:
                    out.append((chunk[-1], pos - 1, pos))
        else:
            _scan(_TOKEN_RE, norm, i, pos, n, out)
        if len(out) == n:
            break
    return out


def _scan(
    pattern: regex.Pattern[str],
    norm: str,
    start: int,
    end: int,
    n: int,
    out: list[tuple[str, int, int]],
) -> None:
    """Append the tokens ``pattern`` finds in ``[start, end)`` to ``out`` until it holds ``n``."""
    for m in pattern.finditer(norm, start, end):
        out.append((m.group(), m.start(), m.end()))
        if len(out) == n:
            break


def _last_tokens(norm: str, start: int, end: int, n: int) -> list[tuple[str, int, int]]:
    """The last ``n`` tokens of ``norm[start:end]``, read from the right.

    Chunk by chunk as in :func:`_first_tokens`, with the reverse scan
    :data:`_TOKEN_REV_RE` for a chunk that is not one plain ASCII word.
    """
    out: list[tuple[str, int, int]] = []
    piece = norm[start:end]
    if not _plain(piece):
        _scan(_TOKEN_REV_RE, norm, start, end, n, out)
        out.reverse()
        return out
    pos = end
    for chunk in reversed(piece.rsplit(None, n)):
        i = pos = norm.rfind(chunk, start, pos)
        j = i + len(chunk)
        if chunk.isalnum() and chunk.isascii():
            out.append((chunk, i, j))  # a plain word: the common case
        elif chunk.isascii() and chunk[:-1].isalnum():
            # a word with a mark after it ("Smith," -> "Smith" ","), which is all
            # the reverse scan makes of it (a period stays: "Jr.")
            if chunk[-1] == ".":
                out.append((chunk, i, j))
            else:
                out.append((chunk[-1], j - 1, j))
                if len(out) < n:
                    out.append((chunk[:-1], i, j - 1))
        else:
            _scan(_TOKEN_REV_RE, norm, i, j, n, out)
        if len(out) == n:
            break
    out.reverse()
    return out


class _NeedMore(Exception):
    """The first tokens read before a cue were too few to decide: read more."""


#: Marks that a firm's name in Reuters's tags may hold.
_TAG_MARKS: Final = frozenset(",.&'-()")


def _tag_open(toks: list[tuple[str, int, int]], close: int) -> int:
    """The index of the "<" that opens the firm's name Reuters marks with the ">" at
    ``close`` ("<Nomura International>", "<Warburg, Pincus Capital Corp>"): a capitalised
    word, then at most eleven words or marks of a firm's name. Else -1."""
    for k in range(close - 1, max(-1, close - 13), -1):
        t = toks[k][0]
        if t == "<":
            return k if k + 1 < close and toks[k + 1][0][:1].isupper() else -1
        if not t[0].isalnum() and t not in _TAG_MARKS:
            return -1
    return -1


def _bracket_open(toks: list[tuple[str, int, int]], before: int, floor: int) -> int:
    """The index of the last "(" among the tokens before index ``before`` and after index
    ``floor`` (a bounded look for the bracket a ")" closes), else -1."""
    return next((k for k in range(before - 1, max(-1, floor), -1) if toks[k][0] == "("), -1)


def _joined_after(toks: list[tuple[str, int, int]], k: int) -> bool:
    """True when the capitalised words that end at token ``k`` follow "and", "or" or a
    preposition ("between Qatar and Saudi Arabia"): the last of a list, no subject."""
    while k >= 1 and toks[k - 1][0][:1].isupper():
        k -= 1
    return k >= 1 and (
        toks[k - 1][0] in ("and", "or", "between") or toks[k - 1][0] in _PREPOSITIONS
    )


def _is_word(t: str) -> bool:
    return t[0].isalnum()


def _title_colon(before: str, after: str) -> bool:
    """True for a colon between two capitalised words, as in a work's title ("Star Wars:
    The Phantom Menace"), not a label's ("Mr Smith: ")."""
    return before[:1].isupper() and after[:1].isupper() and before.isalpha()


def subject_before(
    norm: str, cue_start: int, floor: int, *, trim: bool = True, verb: int = -1
) -> Span | None:
    """The span of the noun phrase that ends just before a cue at ``cue_start``.

    ``floor`` bounds the search (the start of the sentence or clause); ``verb`` is where
    the cue's verb stands when the phrase is read up to an earlier point (by default,
    ``cue_start``).

    >>> s = "John Smith, the firm's chief, also said"
    >>> sp = subject_before(s, 34, 0); s[sp.start : sp.end]
    'John Smith'
    >>> s = "Two died, police said"
    >>> sp = subject_before(s, 17, 0); s[sp.start : sp.end]
    'police'
    """
    floor = after_dateline(norm, floor, cue_start)  # "NEW YORK, March 9 - Petro-Canada said"
    if verb < 0:
        verb = cue_start  #: the cue itself, wherever the phrase's end moves below
    probe = cue_start  # before "has", "also" ...: "the Asian Development Bank (ADB) has said"
    if norm[cue_start - 2 : cue_start] != ") " and (
        gap := _AUX_GAP_RE.search(norm, max(floor, cue_start - 16), cue_start)
    ):
        probe = gap.start() + 2
    if norm[probe - 2 : probe] == ") " and (
        t := _PARTY_TAG_END_RE.search(norm, max(floor, probe - 24), probe)
    ):
        cue_start = t.start()  # "Rep. John Mica (R-Fla.) said": the name before the tag
    elif norm[cue_start - 2 : cue_start] == "> " and (
        t := _TICKER_END_RE.search(norm, max(floor, cue_start - 14), cue_start)
    ):
        cue_start = t.start()  # "Texaco Inc <TX> said": the name before the ticker
    lo = max(floor, cue_start - WINDOW)
    toks = _last_tokens(norm, lo, cue_start, FIRST_TOKENS)
    found: Span | None
    if len(toks) == FIRST_TOKENS:
        try:
            found = _subject_before(norm, cue_start, floor, trim, lo, toks, True, verb)
        except _NeedMore:  # the tokens before them, read on from where they stop
            toks = _last_tokens(norm, lo, toks[0][1], LAST_TOKENS - FIRST_TOKENS) + toks
            found = _subject_before(norm, cue_start, floor, trim, lo, toks, False, verb)
    else:
        found = _subject_before(norm, cue_start, floor, trim, lo, toks, False, verb)
    if (
        found is not None
        and found.start - 7 > floor
        and norm.startswith(" under ", found.start - 7)
        and (head := subject_before(norm, found.start - 6, floor, trim=trim)) is not None
        and (norm[head.start].isupper() or norm.startswith(("the ", "The "), head.start))
    ):
        return head  # "the FCC under Democratic President Barack Obama said": the body
    return found


def _subject_before(
    norm: str,
    cue_start: int,
    floor: int,
    trim: bool,
    lo: int,
    toks: list[tuple[str, int, int]],
    short: bool,
    verb: int,
) -> Span | None:
    """:func:`subject_before` on the last tokens ``toks``; when they are only the first
    few (``short``) and the answer may depend on earlier ones, raises :class:`_NeedMore`.
    ``verb`` is where the cue itself stands (``cue_start`` may stand before a tag)."""
    i = len(toks) - 1
    while i >= 0 and adverb(toks[i][0]):
        i -= 1
    if i >= 1 and toks[i][0].lower() in PROGRESSIVE and _ING_RE.match(norm, cue_start):
        i -= 1  # "Mr Blair is saying", "has been telling": the subject before "is"
        while i >= 0 and adverb(toks[i][0]):
            i -= 1
    if short and i < 3:
        raise _NeedMore
    # "Smith on Monday said", "Fannie Mae last month warned"
    if i >= 1 and toks[i][0].lower() in _WEEKDAYS and toks[i - 1][0].lower() == "on":
        i -= 2
    elif i >= 1 and toks[i][0].lower() in _PERIODS and toks[i - 1][0].lower() in _THIS_LAST:
        i -= 2
        while i >= 0 and adverb(toks[i][0]):
            i -= 1
    if i < 0:
        return None
    if toks[i][0] == "," or toks[i][0] in _DASHES:
        if short or len(toks) == LAST_TOKENS:
            # an appositive may be longer than the last tokens: take the whole window
            back = len(toks) - 1 - i
            toks = _tokens(norm, lo, cue_start)
            i = len(toks) - 1 - back
        if toks[i][0] != "," and (dashed := _before_dashes(norm, toks, i, floor)) is not None:
            return dashed
        # an appositive between the name and the cue: "John Smith, 45, the firm's chief, said";
        # the nearest earlier comma after which a capitalised name ends that opens the
        # clause works ("Navdeep Bains, Minister of Innovation, Science ..., said"), else
        # the nearest one after a comma ("In Washington, John Smith, the chief, said")
        after_comma: int | None = None
        marks = 0  #: quote marks passed: only a relative aside may hold a quoted word
        bracket = -1  #: the "(" of a bracket being skipped (read right to left)
        for j in range(i - 1, max(-1, i - APPOSITIVE_MAX), -1):
            if j >= bracket >= 0:
                continue  # inside a bracket: "Hadwin, who ... with Taylor (they tied for
                # fourth) during the fall of 2018, said"
            if toks[j][0] == ")" and marks == 0:
                bracket = _bracket_open(toks, j, j - 12)
                if bracket >= 0:
                    continue
            if toks[j][0] == '"' and marks < 2:
                marks += 1  # 'Mr Blair, who has described Africa as a "scar" ..., said'
                continue
            if toks[j][0] == ":" and 0 < j < i - 1 and _title_colon(toks[j - 1][0], toks[j + 1][0]):
                continue  # a work's title: "..., whose films include Star Wars: The Phantom
                # Menace, said"
            if toks[j][0] in {";", ":", '"', "(", ")"}:
                break
            if marks and not (marks == 2 and toks[j][0] == "," and toks[j + 1][0] in _WHO):
                continue
            if (
                toks[j][0] == ","
                and j >= 1
                and j + 1 < i
                and (toks[j + 1][0] in _WHO or toks[j + 1][0] in _ASIDE_PARTICIPLES)
            ):
                # "The senator, who asked not to be named, said": a relative aside
                inner = subject_before(norm, toks[j][1], floor, trim=False)
                if inner is not None and _opens_clause(norm, floor, inner.start):
                    return subject_before(norm, toks[j][1], floor)
            if toks[j][0] == "," and j >= 1 and toks[j - 1][0] == ">":
                # "<Canadian Foremost Ltd>, earlier reporting ..., said": a Reuters ticker
                lt = norm.rfind("<", max(floor, toks[j - 1][1] - 80), toks[j - 1][1])
                if lt >= 0 and norm[lt + 1 : lt + 2].isupper():
                    if _opens_clause(norm, floor, lt):
                        return Span(lt + 1, toks[j - 1][1])
                    inner = subject_before(norm, toks[j][1], floor)
                    if inner is not None and _opens_clause(norm, floor, inner.start):
                        return inner  # "French machinery maker <Poclain>, 40 pct owned by
                        # <Tenneco Inc>, said"
            if toks[j][0] == "," and j >= 2 and toks[j - 1][0] == ")":
                # "the Congressional Budget Office (CBO), another ... unit of Congress,
                # said": the name before its acronym in brackets
                k = _bracket_open(toks, j - 1, j - 12)  # (the ")" at j - 1)
                if k >= 1 and toks[k - 1][0][:1].isupper():
                    inner = subject_before(norm, toks[k][1], floor, trim=False)
                    if (
                        inner is not None
                        and (
                            norm[inner.start].isupper()
                            or (
                                norm.startswith("the ", inner.start)
                                and norm[inner.start + 4 : inner.start + 5].isupper()
                            )
                        )
                        and not _indefinite(norm, inner.start)
                        and _opens_clause(norm, floor, inner.start)
                    ):
                        return subject_before(norm, toks[k][1], floor)
            if (
                toks[j][0] == ","
                and j >= 1
                and (toks[j - 1][0][:1].isupper() or toks[j - 1][0].startswith(("al-", "el-")))
            ):  # (a name: "al-Shabaab" too)
                inner = subject_before(norm, toks[j][1], floor, trim=False)
                if (
                    inner is not None
                    and (
                        norm[inner.start].isupper()
                        or (  # "..., local builder Greg Dulgerian, 55, said": the name
                            norm.endswith(", ", max(floor, inner.start - 2), inner.start)
                            and (named := subject_before(norm, toks[j][1], floor)) is not None
                            and named.start > inner.start
                            and norm[named.start].isupper()
                        )
                    )
                    and not _indefinite(norm, inner.start)
                ):
                    if _opens_clause(norm, floor, inner.start):
                        return subject_before(norm, toks[j][1], floor)
                    head = norm[max(floor, inner.start - 30) : inner.start].split()
                    if head and head[-1][-1] in ",;:\"')" and after_comma is None:
                        after_comma = j
            if (
                toks[j][0] == ","
                and j >= 1
                and j + 1 < i
                and toks[j - 1][0][:1].islower()
                and toks[j + 1][0] in ("a", "an")
                and (inner := subject_before(norm, toks[j][1], floor, trim=False)) is not None
                and norm.startswith(("The ", "the "), inner.start)
                and _opens_clause(norm, floor, inner.start)
            ):
                return inner  # "The group, an al-Qaeda affiliate ..., said": a description
        if after_comma is not None:
            return subject_before(norm, toks[after_comma][1], floor)
        # "Carlineo's attorney, Sonya Zoghlin, said": the name just before the comma
        inner = subject_before(norm, toks[i][1], floor)
        if inner is not None and _PARTY_STATE_RE.fullmatch(norm, inner.start, inner.end):
            return None  # "Sen. Debbie Stabenow, D-Mich., said": not "D-Mich."
        if inner is not None and (
            norm[inner.start].isupper()
            or (
                norm.startswith("the ", inner.start)
                and norm[inner.start + 4 : inner.start + 5].isupper()
                and norm[inner.start - 2 : inner.start] == ", "  # between commas
            )
        ):  # "A conservative website, the Washington Free Beacon, has said"
            at = inner.start - (norm[inner.start - 1] == "<")  # (a firm's name in its marks)
            word_before = _WORD_BEFORE_RE.search(norm, max(floor, at - 20), at)
            if word_before is not None and word_before.group(1) in _PREPOSITIONS:
                return None  # "John McCallum, ambassador to China, told": not China
            if (
                word_before is not None
                and word_before.group(1) in _TITLE_MODIFIERS
                and (
                    prep := _WORD_BEFORE_RE.search(
                        norm, max(floor, word_before.start() - 20), word_before.start()
                    )
                )
                and prep.group(1) in _PREPOSITIONS
            ):
                return None  # "The second letter, sent on Wednesday to acting U.S. Health
                # Secretary Eric Hargan, asked": the one it went to
            if (
                word_before is not None
                and word_before.group(1) in ("the", "The")
                and (
                    lead := _WORD_BEFORE_RE.search(
                        norm, max(floor, word_before.start() - 20), word_before.start()
                    )
                )
                and lead.group(1).islower()
                and lead.group(1) not in ("and", "or")
            ):
                return None  # "..., which also include the Natural Resources Defense
                # Council and the Wilderness Society, said": an object, not the subject
            if (
                (whole := subject_before(norm, toks[i][1], floor, trim=False)) is not None
                and whole.start < at
                and (w := _WORD_BEFORE_RE.search(norm, max(floor, whole.start - 20), whole.start))
                and w.group(1) in _PLACED_AT
                and (core := subject_before(norm, w.start(1), floor)) is not None
                and norm[core.start].isupper()
                and _NAME_END_RE.match(norm, max(core.start, core.end - 40), core.end)
                and _opens_clause(norm, floor, core.start)
            ):
                # "Broker Francesco Dinepi at Milan investment firm <Sige Spa>, said": the
                # person before where they work (the cast reads both)
                return Span(core.start, inner.end)
            if (
                norm[inner.start] == "t"
                and (named := subject_before(norm, inner.start - 2, floor)) is not None
                and norm[named.end - 1].isalpha()
                and _NAME_END_RE.match(norm, max(named.start, named.end - 40), named.end)
            ):
                return named  # "At the time Lord Woolf, the Lord Chief Justice, had said"
            return inner
        return None
    word = toks[i][0]
    if word.lower() in PRONOUNS:
        if word == "it" or word.lower() != word or i == 0 or not _is_word(toks[i - 1][0]):
            return Span(toks[i][1], toks[i][2])
        if toks[i - 1][0].lower() in _STOP or toks[i - 1][0] in {"'s"}:
            return Span(toks[i][1], toks[i][2])
        if (
            word in ("he", "she", "they", "we")
            and (lead := _LEADING_TIME_RE.match(norm, floor)) is not None
            and lead.end() <= toks[i][1]
            and not any(t[0] in (",", "that", "who", "which") for t in toks[:i])
            and _NO_VERB_BEFORE_RE.fullmatch(norm, lead.end(), toks[i][1]) is not None
        ):
            return Span(toks[i][1], toks[i][2])  # "During the 2016 presidential campaign he
            # said": a phrase of time with no comma, then the subject
        return None
    end = toks[i][2]
    tag = -1  # the "<" of a firm's name that Reuters marks, read through
    if word == ">":
        if short:
            raise _NeedMore  # (a firm's name in its marks may be longer than the tokens)
        tag = _tag_open(toks, i)
        if tag < 0:
            return None
        i -= 1
    last = i
    start = -1
    first = -1  # the index of the token at ``start``
    lower_run = 0
    n = 0
    while i >= 0 and n < NP_MAX:
        t = toks[i][0]
        low = t.lower()
        if i == tag or (i > tag >= 0 and t in _TAG_MARKS):
            i -= 1  # "a spokesman for <Nomura International> said": the name goes on
            continue
        if not t[0].isalnum():  # not a word (:func:`_is_word`, inline)
            break
        if short and i < 2:
            raise _NeedMore
        if ((low in _DETERMINERS and t[0].islower()) or low in {"the", "a", "an"}) and t != "A":
            start = toks[i][1]
            first = i
            if (
                low == "the"
                and i >= 2
                and toks[i - 1][0] in {"of", "for"}
                and toks[i - 2][0][:1].isupper()
            ):
                i -= 2  # "Office for the Western District": the name goes on
                n += 2
                continue
            if (
                low == "the"
                and i >= 2
                and toks[i - 1][0] == "and"
                and toks[i - 2][0][:1].isupper()
                and toks[i - 2][0].lower() not in _STOP
                and toks[i + 1][0][:1].isupper()
            ):
                i -= 2  # "Labour and the Liberal Democrats say": joint speakers, whom
                n += 2  # the first named stands for
                continue
            if (
                low in ("other", "some")
                and i >= 2
                and toks[i - 1][0] == "and"
                and toks[i - 2][0][:1].isupper()
                and toks[i - 2][0].lower() not in _STOP
                and not _joined_after(toks, i - 2)
            ):
                i -= 2  # "Trump and other Republicans have said", "Democrats and some
                n += 2  # tax experts say": the one named first (not "the standoff between
                continue  # Qatar and Saudi Arabia and other Arab nations, said ...")
            break
        if (
            low in {"of", "for", "and", "de", "al", "'s"}
            and start >= 0
            and not (t[0].isupper() and low in {"de", "al"})  # "De Clercq", "Al Gore": a
        ):  # name word (read below)
            # inside a name ("Office for the Western District of New York") or joint
            # speakers ("analysts and officials"): go on when a name or a plural stands before
            prev = toks[i - 1][0] if i >= 1 else ""
            if low == "and" and toks[first][0][:1].isdigit():
                break  # "arms sales to Iran and 35 pct thought": a share, no joint name
            if (
                prev[:1].isupper()
                or prev.lower() == "the"
                or (low == "and" and prev.endswith("s") and prev.lower() not in _STOP)
            ):
                i -= 1
                n += 1
                lower_run = 0
                continue
            break
        if low in _STOP and (
            not t[0].isupper()
            or low in _JOINERS
            or (low in _ADVERBS and low != "will")
            or (low in _PREPOSITIONS and low not in ("of", "for", "to"))  # "In Washington, ..."
        ):  # "Will Young" is a name
            break  # also a capitalised "But" or "Meanwhile" opening the sentence
        if t[0].islower() and low not in _RANK_WORDS and not low.endswith("'s"):
            # "Two former top intelligence officials"; an owner does not count: "the prime
            # minister's official spokesman"
            lower_run += 1
            if lower_run > 3:
                break
        start = toks[i][1]
        first = i
        i -= 1
        n += 1
    if short and start >= 0 and (i < 0 or first < 2):
        raise _NeedMore
    if start < 0:
        return None
    if tag >= 0 and first == tag + 1:
        if tag == 0 or toks[tag - 1][0] not in _POSTMOD_PREPS:
            return Span(start, toks[last][2])  # "<Warburg, Pincus Capital Corp> said"
        first = tag  # "a spokesman for <Nomura International>": the post-modifier whole
        start = toks[tag][1]
    if i >= 0 and toks[i][0][:1].isupper() and toks[i][0].lower() in _PREPOSITIONS:
        while first < last and toks[first][0].isdigit() and toks[first + 1][0][:1].isupper():
            first += 1  # "In 2004 IBM said": a year after the preposition, no part of the name
            start = toks[first][1]
    if (
        first >= 2
        and (
            toks[first - 1][0] in _POSTMOD_PREPS
            or (toks[first - 2][0], toks[first - 1][0]) in _TAIL_PAIRS
        )
        and _FINITE_CUE_RE.match(norm, verb) is not None
        and _is_word(toks[first - 2][0])
        and toks[first - 2][0].lower() not in _STOP
        and (
            toks[first - 1][0] != "to"
            or _held_to(toks[first - 2][0])
            or (toks[first - 2][0], "to") in _TAIL_PAIRS
        )
    ):
        # "Tim Guest with the Nova Scotia Health Authority": a post-modifier; the noun
        # phrase is the head before it with the modifier (the cast reads both)
        core = subject_before(norm, toks[first - 1][1], floor, trim=trim)
        if core is not None and core.end == toks[first - 2][2]:
            return Span(core.start, end)
        return None
    if not trim or last - first < 2:
        return Span(start, end)  # one or two words hold no role before a name
    return _name_after_role(toks[first : last + 1], start, end)


#: Dashes that set off an aside: "Lord Bingham - a senior law lord - said".
_DASHES: Final = frozenset(("-", "\u2013", "\u2014"))


def _before_dashes(norm: str, toks: list[tuple[str, int, int]], i: int, floor: int) -> Span | None:
    """The speaker before an aside set off by dashes that ends at token ``i`` (a dash
    before the cue): the capitalised noun phrase before the dash that opens it ("Mr
    Schroeder - a staunch supporter of the pact - said"), when it opens its clause or
    follows a comma ("On Thursday, Lord Bingham - a senior law lord - said")."""
    while i >= 0 and toks[i][0] in _DASHES:
        i -= 1  # "--"
    for j in range(i, max(-1, i - APPOSITIVE_MAX), -1):
        t = toks[j][0]
        if t in {";", ":", '"', "(", ")"}:
            return None
        if t in _DASHES:
            while j > 0 and toks[j - 1][0] in _DASHES:
                j -= 1  # "The G-7 -- grouping the U.S., Japan ... -- said"
            inner = subject_before(norm, toks[j][1], floor)
            whole = subject_before(norm, toks[j][1], floor, trim=False)
            if inner is None or whole is None or _indefinite(norm, whole.start):
                return None
            if norm[inner.start].isupper() and _heads_clause(norm, floor, whole.start):
                return inner
            w = _WORD_BEFORE_RE.search(norm, max(floor, whole.start - 8), whole.start)
            if w is not None and w.group(1) in _POSTMOD_PREPS:
                # "A Nov. 2 report by the Federal Reserve Bank of St. Louis - which has
                # ... - said": the head before its post-modifier (the cast reads both)
                core = subject_before(norm, w.start(1), floor, trim=False)
                if core is not None and _opens_clause(norm, floor, core.start):
                    return Span(core.start, whole.end)  # (after a comma, an appositive:
                    # "Robert Murray, the chief executive of ... Corp - one of ... - said")
            return None
    return None


def _heads_clause(norm: str, floor: int, at: int) -> bool:
    """True when a noun phrase at ``at`` opens its clause or follows a comma."""
    return _opens_clause(norm, floor, at) or norm[max(floor, at - 2) : at].startswith(",")


def _name_after_role(toks: list[tuple[str, int, int]], start: int, end: int) -> Span:
    """ "political science professor Charles Bullock" -> "Charles Bullock": the name that
    follows a lower-case role noun is the speaker, not the capitalised words before it
    (the noun phrase ``[start, end)`` otherwise)."""
    k = len(toks)
    if k < 3:
        return Span(start, end)  # a role and a name take three words at least
    while k > 0 and (
        toks[k - 1][0][:1].isupper()
        or (toks[k - 1][0] in _CONNECTORS and k >= 2 and toks[k - 2][0][:1].isupper())
    ):
        k -= 1
    if (
        0 < k <= len(toks) - 2
        and toks[k - 1][0].lower() not in _CONNECTORS
        and toks[k - 1][0].lower() not in _NOT_ROLES
    ):
        p = 0
        while p < k and toks[p][0][:1].isupper():
            p += 1
        if p >= 2 and toks[p][0] in _OF_AT and toks[p + 1][0][:1].islower():
            return Span(start, toks[p - 1][2])  # "Paul Dergarabedian of box office
            # tracker Exhibitor Relations": the name that opens it, not the firm's (not
            # "U.S. Department of Justice spokeswoman Lauren Ehrsam")
        return Span(toks[k][1], end)
    for j in range(len(toks) - 2, 0, -1):
        if toks[j][0] in _ROLE_ACRONYMS and toks[j + 1][0][:1].isupper():
            return Span(toks[j + 1][1], end)  # "Rentals.ca CEO Matt Danison"
    return Span(start, end)


#: Prepositions after a name that make the rest of a noun phrase its post-modifier.
_OF_AT: Final = frozenset(("of", "at", "from", "with"))
#: What may follow "said" in an inverted attribution: the speaker, up to punctuation.
_AFTER_RE: Final = regex.compile(
    r"""
    \s*+
    (?P<np>
      (?:<?+[\p{L}\p{N}](?:[\p{L}\p{N}'.&-]|(?<=\p{N})/(?=\p{N}))*+>?+  # a word ("9/11",
         (?:\s++|-)){0,7}?                        # "<Nomura"), up to eight
      <?+[\p{L}\p{N}](?:[\p{L}\p{N}'.&-]|(?<=\p{N})/(?=\p{N}))*+>?+
    )
    (?=\s*+(?:[,.;:!?"()\n\u2014]|$)
       |\s++(?:on|in|at|during|after|before|when|as|who|to|with|from|while|following|amid
              |despite|since|outside)\b)
    """,
    regex.VERBOSE,
)


#: Auxiliary verbs: a phrase holding one is a clause ("the discussions were meant to").
_AUXILIARIES: Final = frozenset(
    "is are was were be been has have had will would could can may might must should "
    "shall did does do".split()
)
#: A capitalised word followed by a lower-case one that is no connector: a name and a verb.
_CLAUSE_INSIDE_RE: Final = regex.compile(
    r"\p{Lu}[\p{L}'.-]*+\s++(?!(?:of|for|and|the|de|del|da|van|von|al|le|la)\b)\p{Ll}"
)
#: Role and group nouns: a phrase that ends in one is a description ("one Democratic
#: source on the panel"), not a name and a verb.
_HEAD_NOUNS: Final = ROLE_NOUNS | GROUP_NOUNS
#: The first words of a long noun phrase ("a study which is being released ...").
_FIRST_WORDS_RE: Final = regex.compile(
    r"\s*+(?P<np>(?:[\p{L}\p{N}][\p{L}\p{N}'.&-]*+\s++){0,3}[\p{L}\p{N}][\p{L}\p{N}'.&-]*+)"
)


#: A long inverted speaker: capitalised words, roles and "of the", from a capital to a
#: capital ("said Cuba's Foreign Ministry chief for U.S. Affairs Josefina Vidal", "said
#: Mark Longden of the Independent Manchester United Supporters' Association"), where
#: :data:`_AFTER_RE` stops at eight words.
_LONG_AFTER_RE: Final = regex.compile(
    r"""
    \s*+
    (?P<np>
      \p{Lu}[\p{L}\p{N}'.&-]*+\s++
      (?:(?:\p{Lu}[\p{L}\p{N}'.&-]*+|of|for|the|and|\L<roles>)\s++){6,12}?
      \p{Lu}[\p{L}'-]*+
    )
    (?=\s*+(?:[,.;:!?"()\n\u2014]|$))
    """,
    regex.VERBOSE,
    roles=sorted(words("role_nouns.txt") | {"former", "acting", "deputy", "senior", "top"}),
)


def noun_phrase_after(norm: str, pos: int, end: int, *, loose: bool = False) -> Span | None:
    """The noun phrase that starts at ``pos``, up to punctuation or a preposition.

    >>> s = ' said Mr Smith, the chief.'
    >>> sp = noun_phrase_after(s, 5, len(s)); s[sp.start : sp.end]
    'Mr Smith'
    """
    m = _AFTER_RE.match(norm, pos, end)
    if m is None:
        m = _LONG_AFTER_RE.match(norm, pos, min(end, pos + 160))
    if m is None and loose:
        m = _FIRST_WORDS_RE.match(norm, pos, end)  # a long phrase: its first words
    if m is None:
        return None
    first = m["np"].split(None, 1)[0].lower()
    if first in _STOP and first not in {"it"}:
        return None
    np = m["np"].rstrip(".")
    start = m.start("np")
    toks = _tokens(norm, start, start + len(np))
    while len(toks) > 1:
        last = toks[-1][0].lower()
        if last in _WEEKDAYS or _trailing(toks[-1][0]):
            # "said the National Association of Broadcasters Friday", "said Nadal afterwards"
            toks.pop()
        elif len(toks) > 2 and last in _TIME_NOUNS and toks[-2][0].lower() in _TIME_DETS:
            del toks[-2:]  # "said Deputy Prime Minister Abdullatif Sener earlier this month"
        else:
            break
        np = norm[start : toks[-1][2]]
    after = m.end()
    while after < end and norm[after] == " ":
        after += 1
    if (
        after < end
        and norm[after].isalpha()
        and not toks[-1][0][:1].isupper()
        and (
            (_CLAUSE_INSIDE_RE.search(np) is not None and toks[-1][0] not in _HEAD_NOUNS)
            or any(t[0].lower() in _AUXILIARIES for t in toks)
        )
    ):
        # ended by a word, not punctuation: "suggested Lincicome hit 3-wood to" holds a
        # clause (a name, then a lower-case verb), not a speaker
        return None
    return _name_after_role(toks, start, start + len(np))


#: A phrase of time set off by a comma before a sentence's subject: "The previous day, ",
#: "Last week, ", "Two days later, ".
_TIME_LEAD_RE: Final = regex.compile(
    r"""(?:[Tt]he|[Aa]|[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate
          |\p{N}++|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\ few)
       \ (?:[\p{L}-]{1,20}+\ ){0,3}?
       (?:day|week|month|year|morning|afternoon|evening|night|weekend|season|decade)s?+
       (?:\ (?:later|earlier|ago|before|after|on))?+,\ """,
    regex.VERBOSE,
)


#: An indefinite description that opens a sentence, set off by a comma before the name
#: it describes, which a lower-case verb follows.
_FRONTED_APPOSITIVE_RE: Final = regex.compile(
    r"""An?\ [^,;:."\n]{3,150}+,\ (?P<name>\p{Lu}[\p{L}.'-]*+(?:\ \p{Lu}[\p{L}.'-]*+){0,3})
    (?<!['\u2019]s)  # not "..., U.S. President Donald Trump's son-in-law": a possessive
    \ (?=\p{Ll})(?!(?:and|or|but|who|which|of|in|at|for)\b)""",
    regex.VERBOSE,
)


def sentence_subject(norm: str, start: int, end: int) -> Span | None:
    """The noun phrase that opens the sentence at ``start``: a pronoun, or the words
    before the first verb-like word, after a leading phrase set off by a comma.

    >>> s = "It did not say and said no"
    >>> sentence_subject(s, 0, len(s))
    Span(start=0, end=2)
    >>> s = "In an upbeat report, the chancellor also hailed growth but denied it"
    >>> sp = sentence_subject(s, 0, len(s)); s[sp.start : sp.end]
    'the chancellor'
    """
    while start < end and norm[start] == " ":
        start += 1
    if norm.startswith("- ", start):
        start += 2  # a bullet: "- Cotton wants to boost the defense budget"
    start = after_dateline(norm, start, end)  # "WASHINGTON, March 11 - The U.S. is urging"
    if start >= end or not norm[start].isalnum():
        return None  # a quote, a bracket: no subject of its own
    if norm.startswith(("A ", "An "), start) and (
        named := _FRONTED_APPOSITIVE_RE.match(norm, start, min(end, start + 200))
    ):
        return Span(named.start("name"), named.end("name"))  # "A decorated Army veteran
        # of the wars in Iraq and Afghanistan, Cotton appeared to": the name after it
    if (t := _TIME_LEAD_RE.match(norm, start, end)) is not None:
        start = t.end()  # "The previous day, the Olympic champion went down"
    end = min(end, start + 160)
    toks = _first_tokens(norm, start, end, SUBJECT_FIRST)
    if toks and toks[0][0].lower() in _OPENERS:
        # "But Smith said", "Meanwhile, the minister": the subject comes after
        at = toks[1][2] if len(toks) > 1 and toks[1][0] == "," else toks[0][2]
        toks = _first_tokens(norm, at, end, SUBJECT_FIRST)
    span_of_time = (  # "A day after President Donald Trump endorsed ..., Steve Bannon"
        len(toks) > 2
        and toks[0][0].lower() in _ONE
        and toks[1][0].lower() in _SPAN_OF_TIME
        and toks[2][0].lower() in ("before", "after")
    )
    skip = bool(toks) and (
        toks[0][0].lower() in _LEADING
        or (toks[0][0].lower() in ("more", "most") and len(toks) > 1 and adverb(toks[1][0]))
        or (
            toks[0][0].lower() in _SPANS_OF_TIME
            and len(toks) > 1
            and toks[1][0].lower() in ("before", "after")
        )  # "Hours before Zach Parise's two-goal performance Tuesday, Wild coach ..."
        or span_of_time
    )  # "More recently, however, McConnell has tempered his view"
    if skip or (
        len(toks) > 1
        and toks[0][0].endswith(("ed", "ing"))
        and toks[1][0][:1].islower()
        and not _named_verb(toks[0][0], [t for t, _, _ in toks[1:3]])
    ):
        # "In a speech in Edinburgh, the prime minister ...": skip to after the comma;
        # "Dressed almost entirely in black, he armed himself"
        reach = TIME_CLAUSE_MAX if span_of_time else 12 if skip else 10
        window = _first_tokens(norm, toks[0][1], end, reach)
        comma = next((k for k, t in enumerate(window) if t[0] == ","), -1)
        if comma >= 0:
            toks = _first_tokens(norm, window[comma][2], end, NP_MAX + 1)
        elif skip:
            toks = []
        else:
            toks = window
    if len(toks) > 1 and toks[0][0].lower() in _OPENERS and toks[1][0] == ",":
        toks = _first_tokens(norm, toks[1][2], end, SUBJECT_FIRST)  # "..., however, he"
    if not toks:
        return None
    if toks[0][0].lower() in PRONOUNS:
        return Span(toks[0][1], toks[0][2])
    last = _subject_end(toks)  # most subjects end within a few words: read more if not
    if len(toks) == SUBJECT_FIRST and last >= SUBJECT_FIRST - 2:
        toks = _first_tokens(norm, toks[0][1], end, NP_MAX + 1)
        last = _subject_end(toks)
    if last < 0:
        return None
    return _name_after_role(toks[: last + 1], toks[0][1], toks[last][2])


def _named_verb(first: str, after: list[str]) -> bool:
    """True when ``first``, a capitalised word in "-ed" or "-ing" that opens a sentence,
    is a name before its verb, the first of the words ``after`` it or the second after
    an adverb ("Groening praised the show, saying", "Groening recently heaped praise",
    "Fleming told"), no participle ("Dressed almost entirely in black, he"; "Having said
    that, ...")."""
    low = (after[1] if len(after) > 1 and adverb(after[0]) else after[0]).lower()
    return first.lower() not in _AUXILIARY_PARTICIPLES and (
        low.endswith("ed") or low in _IRREGULAR or low in _SPEECH_WORDS
    )


#: Participles of auxiliaries, which a past participle follows ("Having said that").
_AUXILIARY_PARTICIPLES: Final = frozenset("having being".split())


def _subject_end(toks: list[tuple[str, int, int]]) -> int:
    """The index of the last token of the subject that opens ``toks`` (-1 for none)."""
    last = -1
    for k, (t, _, _) in enumerate(toks[:NP_MAX]):
        low = t.lower()
        if not t[0].isalnum() or (k > 0 and (low in _STOP or adverb(t))):
            if (
                low in _CONNECTORS
                and last >= 0
                and k + 1 < len(toks)
                and toks[k + 1][0][:1].isupper()
            ):
                continue  # "Office for the Western District"
            break
        if (
            k > 0
            and t[0].islower()
            and (low.endswith(("ed", "ing")) or low in _IRREGULAR or low in _SPEECH_WORDS)
        ):
            break  # a verb: "The chancellor hailed", "Prosecutors wanted", "the mayor brought",
            # "Ferguson believes"
        last = k
    return last
