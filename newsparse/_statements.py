"""Stage 5: statements -- direct, partial and indirect speech with speakers.

Direct and partial statements start from quote marks
(:mod:`newsparse._statements_quotes`); the attribution is looked for after the
closing mark (``"...," she said`` / ``"...," said Mr Smith``), before the
opening mark (``Smith said: "..."``), elsewhere in the sentence (a partial
quote), and, for a quote paragraph with none, in the flow of the story (the
previous quote's speaker). Indirect statements start from a cue verb
(``lexicon/cue_verbs.txt``) with a clause after it (``said (that) ...``) or
before it (``..., officials said.``), and from "according to".

Speakers are noun phrase spans handed to :meth:`Cast.resolve`; this stage never
makes actors. The rule names are listed in ``docs/explanation/statements.rst``.
"""

from __future__ import annotations

import bisect
import collections
import functools
from collections.abc import Callable, Iterator
from itertools import chain, pairwise
from operator import attrgetter
from typing import Final

import regex

from newsparse._actors import Cast
from newsparse._actors_lex import (
    BREAKERS,
    CONTRAST_WORDS,
    COUNTRIES,
    DOCUMENTS,
    GENDER_MENTIONS,
    GENDER_REACH,
    GENDERED_RE,
    GOVERNMENT,
    GROUP_NOUNS,
    MALE_PRONOUNS,
    MEDIA,
    NICKNAME,
    PARTIES,
    PROXY_ROLES,
    ROLE_NOUNS,
    SENTENCE_STOP_RE,
    SUBJECT_PRONOUNS,
    SURNAMES_TOO,
    TITLES,
    VERB_AFTER_NAME,
    fold,
)
from newsparse._lexicon import rows, words
from newsparse._model import Actor, Span, Statement, StatementKind
from newsparse._statements_np import (
    LEADING_PHRASE_RE,
    PROGRESSIVE,
    PRONOUNS,
    after_dateline,
    noun_phrase_after,
    sentence_subject,
    subject_before,
)
from newsparse._statements_quotes import Quote, find_quotes
from newsparse._text import TextView

__all__ = ["CUE_VERBS", "PARTIAL_CUES", "find_statements"]

#: Speech verbs, every inflection listed (lexicon/cue_verbs.txt).
CUE_VERBS: Final = words("cue_verbs.txt")
#: Verbs that frame a quoted fragment as someone's words (lexicon/cue_partial.txt).
PARTIAL_CUES: Final = words("cue_partial.txt")
#: Cues that take a clause without "that" ("said the plan would fail").
_BARE_CLAUSE: Final = frozenset(
    """
    say says said saying adds added adding argue argues argued arguing claims claimed believe
    insist insists insisted warn warns warned believes believed thinks deny denies denied
    admit admits admitted acknowledge acknowledged acknowledges concede conceded concedes
    predicted predicts confirmed confirms reiterated reiterates agreed agrees
    suggests suggested announced announces stated states stressed stresses emphasised
    emphasized emphasises emphasizes noted noting reported
    """.split()
) | {"pointed out", "points out"}
#: Bare-clause cues that also take a plain object ("added a goal", "denied the charge"):
#: a clause only when a subject pronoun or an auxiliary verb follows.
_OBJECT_TOO: Final = frozenset(
    "adds added adding agreed agrees acknowledge acknowledged acknowledges confirmed confirms "
    "deny denies denied admit admits admitted suggests suggested announced announces stated "
    "states noted reported stressed stresses emphasised emphasized emphasises emphasizes "
    "reiterate reiterated reiterates repeated disclosed discloses revealed reveals".split()
)
#: Heads of a noun phrase before "saying" that stand for people ("with some saying",
#: "those saying", "the majority saying") or bodies ("the state alleging"), and words
#: that end no noun phrase ("despite saying"): never mute.
_NOT_MUTE: Final = frozenset(
    "some many most others those few all both one another two three several majority "
    "minority fifth quarter third half percent state government administration ministry "
    "department agency council committee commission court police army military board "
    "panel company firm group team club party union bank despite after before without "
    "while since by for from of in on at as than".split()
)
#: Prepositions whose object is no speaker of an "-ing" cue after it ("on Twitter
#: writing"; not "with some analysts saying", whose subject they are).
_OBJECT_OF: Final = tuple(f" {p} " for p in "on in at to via into onto from over about".split())
#: Where words appear, which says none of them itself after "in" or "on".
_OUTLET_NOUNS: Final = frozenset(
    "newspaper magazine paper tabloid daily weekly website broadcaster programme program "
    "show".split()
)
#: Things that say what follows them ("a statement saying", "a telephone call saying").
_SAYING_THINGS: Final = DOCUMENTS | frozenset(
    "call message email e-mail tweet post video note notice guidance disclosure lawsuit "
    "suit petition motion article brief advert ad sign banner poster leaflet".split()
)
#: A verb that makes its object a text of the subject's ("issued a statement").
_AUTHORED_RE: Final = regex.compile(
    r"""\b(?:issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|sen(?:d|ds|t|ding)|publish(?:es|ed|ing)?
          |post(?:s|ed|ing)?|fil(?:e|es|ed|ing)|wr(?:ote|ites?|iting)|sign(?:s|ed|ing)?
          |circulat(?:es?|ed|ing)|tweet(?:s|ed|ing)?|submit(?:s|ted|ting)?
          |distribut(?:es?|ed|ing)|deliver(?:s|ed|ing)?|put(?:s|ting)?\s++out)
        (?:\s++out)?+\s++(?:[\p{L}'-]++\s++){0,3}+\Z""",
    regex.VERBOSE,
)
#: Subject pronouns that open a reported clause: "said he would", "added that they".
_CLAUSE_PRONOUN_RE: Final = regex.compile(
    r"(?:he|she|they|we|I|there|(?:it|you)(?!\s++(?:\L<objects>)\b))(?:\s|'[a-z])",
    # "found it hard to", "ruled it illegal", "announce it to", "tell you that": an
    # object, then its complement, no clause's subject
    objects="""to that out and hard harder difficult easy easier cheap cheaper illegal
    unlawful impossible worth necessary unacceptable""".split(),
)
#: The first letters of the pronouns of :data:`_CLAUSE_PRONOUN_RE` (or none: the end).
_PRONOUN_HEADS: Final = "hstwIiy"
#: Cues that take an addressee before the clause ("told reporters that").
_ADDRESSEE: Final = frozenset("tell tells told telling informed warned warns assured".split())

#: Punctuation that may touch a word: stripped from the words the text splits into.
_PUNCT: Final = ".,;:!?\"'()\u2014-"
#: Cues of more than one word ("pointed out").
_PHRASES: Final = frozenset(c for c in CUE_VERBS if " " in c)
#: Phrases read as the one-word cue they stand for ("he was quoted as saying" is "he said").
_READ_AS: Final = {"was quoted as saying": "said", "were quoted as saying": "said"}
#: The first words of :data:`_PHRASES` ("according to" is looked for on its own): a
#: phrase is looked for only when its first word is in the text.
_PHRASE_HEADS: Final = frozenset(c[: c.index(" ")] for c in _PHRASES if c.lower() != "according to")


class _Cue:
    """One cue word or phrase found in the text (a light stand-in for a match)."""

    __slots__ = ("_end", "_start", "acc", "word")

    def __init__(self, start: int, end: int, word: str, acc: bool) -> None:
        self._start, self._end, self.word, self.acc = start, end, word, acc

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> Span:
        return Span(self._start, self._end)


#: "put it": a cue only before the words it introduces ("As Gaiman put it: ...").
_PUT_IT: Final = frozenset(("put it", "puts it"))
#: The forms of "tell": the noun phrase after them is whom someone told, never the
#: speaker of an inverted cue ("said Mr Smith").
_TOLD: Final = ("told", "tell")
#: Cues that also open a sentence, inverted, with a capital: 'Said Williams: "..."'.
_CAPITALISED_CUES: Final = frozenset("said says added adds".split())
#: The one-word cues, keyed by their bytes: :attr:`TextView.words` tells which occur.
_CUE_BYTES: Final = {c.encode(): c for c in CUE_VERBS if " " not in c}
_CUE_KEYS: Final = frozenset(_CUE_BYTES)
#: The phrase heads, keyed by their bytes.
_HEAD_BYTES: Final = {h.encode(): h for h in _PHRASE_HEADS}
#: Every word :func:`_cues` looks for in the word index: one intersection finds them all.
_WATCHED: Final = _CUE_KEYS | _HEAD_BYTES.keys() | {b"according"}
#: What ends a word of the text: punctuation that may touch a word (or a space).
_EDGES: Final = frozenset(_PUNCT)


def _occurrences(norm: str, w: str, low: str, acc: bool, out: list[_Cue], whole: bool) -> bool:
    """Append every occurrence of ``w`` between non-alphanumerics to ``out``.

    With ``whole``, only when one occurrence stands as a word of its own (between
    spaces or :data:`_PUNCT`): the word is then really in the text, not only part
    of "said/" or "_said" (what a split of the text on spaces and punctuation gives).
    Returns whether such an occurrence was found (``whole``) or anything was added.
    """
    n = len(norm)
    size = len(w)
    i = norm.find(w)
    mark = len(out)  # what was in ``out`` before: taken back when none stands alone
    alone = not whole
    while i >= 0:
        j = i + size
        b = norm[i - 1] if i else " "
        a = norm[j] if j < n else " "
        if not b.isalnum() and not a.isalnum():
            out.append(_Cue(i, j, low, acc))
            if not alone and (b.isspace() or b in _EDGES) and (a.isspace() or a in _EDGES):
                alone = True
        i = norm.find(w, j)
    if not alone:
        del out[mark:]
    return alone


def _sentence_openers(norm: str, w: str, out: list[_Cue]) -> None:
    """Append the occurrences of ``w`` capitalised that open a sentence and come before
    a capitalised word ('Said Williams: "..."'; not "North East Says No")."""
    cap = w.capitalize()
    i = norm.find(cap)
    while i >= 0:
        j = i + len(cap)
        before = norm[max(0, i - 3) : i].rstrip(" \"'")
        if (
            (not before or before[-1] in ".!?\n")
            and norm.startswith(" ", j)
            and norm[j + 1 : j + 2].isupper()
        ):
            out.append(_Cue(i, j, w, False))
        i = norm.find(cap, j)


def _cues(view: TextView) -> list[_Cue]:
    """Every cue of the text, left to right.

    The shared word index of the text (:attr:`TextView.words`, lower-cased ASCII
    words in bytes) tells which cue words may occur at all: one intersection with
    :data:`_WATCHED` (the one-word cues, the phrase heads and "according"). Only
    those are then located with ``str.find``, far cheaper than a Python or regex
    loop over every word of the article. A cue word counts when it stands as a word
    of its own somewhere (between spaces or :data:`_PUNCT`); then every occurrence
    between non-alphanumerics is a cue.
    """
    present = _WATCHED.intersection(view.words.words)
    if not present:
        return []
    norm = view.norm
    out: list[_Cue] = []
    heads: list[str] = []
    for b in present:
        if (w := _CUE_BYTES.get(b)) is not None:
            _occurrences(norm, w, w, False, out, True)
            if w in _CAPITALISED_CUES:  # 'Said Williams: "..."': opening its sentence
                _sentence_openers(norm, w, out)
        elif (h := _HEAD_BYTES.get(b)) is not None:
            heads.append(h)
    if heads:
        # a phrase's head is in the word index only when it is in the text
        seen = {h for h in heads if _present(norm, h)}
        phrases: list[_Cue] = []
        for p in _PHRASES:
            if p[: p.index(" ")] in seen:
                _occurrences(norm, p, _READ_AS.get(p, p), False, phrases, False)
        if phrases:  # a phrase's own cue words are no cues of their own ("... as saying")
            inside = {(c._start, c._end) for c in phrases}
            out = [c for c in out if not any(s <= c._start and c._end <= e for s, e in inside)]
            out.extend(phrases)
    if b"according" in present and ("according" in norm or "According" in norm):
        for p in ("according to", "According to"):
            _occurrences(norm, p, "according to", True, out, False)
    if len(out) > 1:
        out.sort(key=_CUE_START)
    return out


def _present(norm: str, w: str) -> bool:
    """True when ``w`` stands as a word of its own (between spaces or :data:`_PUNCT`)."""
    n = len(norm)
    i = norm.find(w)
    while i >= 0:
        j = i + len(w)
        b = norm[i - 1] if i else " "
        a = norm[j] if j < n else " "
        if (b.isspace() or b in _EDGES) and (a.isspace() or a in _EDGES):
            return True
        i = norm.find(w, j)
    return False


#: The start of a cue, for sorting (an attribute getter: no Python call per cue).
_CUE_START: Final = attrgetter("_start")


#: A month's name before a day: a date, which no adjunct ends before and no clause opens
#: with ("on Oct. | 12", "said at a | March 31, 2016, meeting").
_MONTH_DAY: Final = r"""
    (?:January|February|March|April|May|June|July|August|September|October|November
      |December)\s++\d"""
#: How words were sent, after "by": "said by text message", "told Reuters by phone",
#: "quoted as saying by local media".
_BY_MEANS: Final = (
    r"(?:text\s++message|(?:tele)?+phone|e-?mail|letter|fax|video\s++link"
    r"|(?:the\s++)?+(?:local|state|state-run|state-owned|official|national|foreign|domestic)"
    r"\s++(?:media|press|television|newspapers))\b"
)
_BY_MEANS_RE: Final = regex.compile(_BY_MEANS)
#: Between a cue and its clause: adjuncts ("in a statement", "on Monday") and "that".
_ADJUNCT: Final = (
    r"""
    (?:\s*+,?\s*+
       (?:(?:in|on|at|during|via|through|after|before|late|earlier)\s++
          (?:[\p{L}\p{N}'.&-]++\s++){0,5}?
          (?!(?:to|of|for|about|with|from|by|into)\b)  # not "in response to | questions"
          (?!\p{Lu}\p{Ll}{2,3}\.\s++\d)(?!"""
    + _MONTH_DAY
    + r""")  # not "on Oct. | 12"
          [\p{L}\p{N}'.&-]++  # "in a statement on Monday"
        |(?:last|this)\s++(?:week|weekend|month|year|morning|afternoon|evening|night|time
                            |season|spring|summer|autumn|fall|winter|\p{Lu}\p{Ll}++)\b
        |(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s++\d{1,2}\b   # "announced Oct. 12"
        |to\s++(?:reporters|journalists|(?:the\s++)?+\p{Lu}[\p{L}'.&-]*+(?:\s++\p{Lu}[\p{L}'.&-]*+){0,3})
        |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|yester|to)day|again|also|repeatedly|however
        |(?:several|many|numerous|multiple)\s++times|once\s++again|more\s++than\s++once
        |(?:(?:\d++|a|an|one|two|three|four|five|six|several|few|some)\s++)?+
         (?:minutes?+|hours?+|days?+|weeks?+|months?+|years?+)\s++(?:later|earlier|ago)
        |(?:late|early)\s++(?:on\s++)?+\p{Lu}\p{Ll}++
        |recently|previously|later|earlier|publicly|privately|separately|instead|then|now
        |by\s++"""
    + _BY_MEANS
    + r"""
       )
    ){0,3}
"""
)
#: After a cue: optional addressee/adjuncts, then "that" and the clause. ``(?:that|(?!))``
#: is "that": written so, the regex module does not first look for a "that" anywhere
#: after the cue, which made every match read to the end of a long text.
_THAT_RE: Final = regex.compile(
    r"(?P<adj>" + _ADJUNCT + r""")\s*+,?\s*+(?:that|(?!)),?+\s++(?=[^.,;:!?])""",
    regex.VERBOSE,
)
#: After "told": the addressee, adjuncts, then "that" or a pronoun subject.
_TOLD_RE: Final = regex.compile(
    r"""
    \s++(?P<obj>(?:(?:the|a|an)\s++)?+
                (?:(?!(?<!\b(?:of|for|at|in|on|from|with|to|by|about|and|or|over|during
                                  |after|before|under|into|across|through|since|until
                                  |following|near|outside|inside|including)\s)
                      (?:the|a|an)\s)  # (not "told FBI agents | the same thing he had
                   # told": a second object, then a relative clause)
                   [\p{L}\p{N}'.&-]++\s++){0,5}?[\p{L}\p{N}'.&-]++)
    (?<!\b(?:when|where|while|if|because|as|since|after|before|until|once|unless|whether
            |why|how|what|which|who))  # (no object ends so: "the Observer his worst
    # moment was when | he was told": a clause of the words)
    (?P<adj>"""
    + _ADJUNCT
    + r""")\s*+,?\s*+
    (?:that\s++|(?=(?:he|she|they|it|we|I|there)\s)
       |(?=this\s++(?:is|was|will|would|could|may|might|has|had|means|meant)\s)
       |(?<=\b(?:reporters|journalists|lawmakers|investors|analysts|supporters|media
                |\p{Lu}[\p{L}.'-]*+)\s)  # (a look-behind reads right to left, so its
        # possessive "*+" eats the capital too and this branch never matches after a name;
        # making it match moved about 300 clauses wrongly: "told BBC | News that ...")
        (?=(?:the|a|an|his|her|its|their|our|this|these|those|some|most|many|all|no|more
              |few|several|\p{Lu}\p{Ll}++|\p{N}[\p{N},.]*+)\s)
       |(?<=\b\L<outlets>\s)  # an outlet of one word, whose name is whole, then
        (?=(?:the|a|an|his|her|its|their|our|some|most|many|all|no|few|several)\s
           # a determiner ("told Reuters | the talks would resume"; not "this": "told
           # Reuters this week") or a name of up to three words and its verb ("told
           # Reuters | Taiwan would further reduce")
           |\p{Lu}[\p{L}.'-]*+(?:\s++\p{Lu}[\p{L}.'-]*+){0,2}+\s++"""
    + VERB_AFTER_NAME
    + r"""))
    """,
    regex.VERBOSE,
    outlets=sorted(w for w in words("media.txt") if " " not in w),
)
#: After a bare cue: adjuncts and then a clause subject (not a quote, not an object).
_BARE_RE: Final = regex.compile(
    r"(?P<adj>"
    + _ADJUNCT
    + r""")\s++
    (?!(?:to|in|on|at|for|with|by|nothing|goodbye|yes|no|so|hello|thanks|sorry|little|much
          |something|anything|more|less|otherwise|as|from|of|and|or|but|against|inside|upon
          |(?:only|just)(?!\s++(?:\p{N}|the\b|some\b|when\b))  # "said only 30 firms would"
          |night|morning|afternoon|evening|days|weeks|months|years|later|earlier|ago
          |about(?!\s++(?:[\p{N}$\u00a3\u20ac]  # "said about 300 employees will"
                        |(?:half|a\ third|two-thirds|one-third|a\ quarter|a\ dozen|one|two
                           |three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty
                           |fifty|dozens|hundreds|thousands|millions)\b))
          |is|are|was|were|be|been|will|would|could|should|can|may|might|must|has|have|had)\b)
    (?!"""
    + _MONTH_DAY
    + r""")  # a date: "said at a | March 31, 2016, meeting"
    (?=[\p{L}\p{N}$\u00a3\u20ac])
    """,
    regex.VERBOSE,
)
#: Adjuncts after a bare cue and the comma that closes them.
_ADJUNCT_COMMA_RE: Final = regex.compile(
    r"(?P<adj>"
    + _ADJUNCT
    + r"""),\s++
    (?=(?:the|a|an|his|her|its|their|our|this|these|those|he|she|they|it|we|I|there
          |\p{Lu}[\p{L}.'-]*+(?<!\p{Ll}ing))\s)  # a subject, not "adding that", "despite"
    """,
    regex.VERBOSE,
)
#: The rest of an adjunct's noun phrase after its determiner, up to a clause that opens
#: with a determiner or a subject pronoun, after "that" or a comma ("a | news conference
#: | the new certificates will"); not right after a preposition ("a hearing of | the
#: senate ... control, | they will"). At most ten words: no match, no change.
_ADJUNCT_NOUN_RE: Final = regex.compile(
    r"""(?:(?!(?:what|which|who|whom|whose|where|when|why|how|whether|if)\b)
           (?!-)[^\s,.;:!?"]++\s++){0,9}?
        (?!(?:what|which|who|whom|whose|where|when|why|how|whether|if)\b)(?!-)[^\s,.;:!?"]++
        (?<!\b(?:of|on|for|in|at|with|from|by|to|about|into|over|under|and|or))
        (?:\s++that\s++
          |,\s++(?!(?:a|an)\s)  # (not an appositive: "from Senator Cory Booker, a ...")
          |\s++)
        (?=(?:the|a|an|his|her|its|their|our|this|these|those|he|she|they|it|we|I|there)\s)
    """,
    regex.VERBOSE,
)
#: A "that" ahead in the same sentence, which opens the clause instead ("warning in a
#: column he wrote for the Miami Herald | that ...").
_THAT_AHEAD_RE: Final = regex.compile(r"[^.;:!?]*?\bthat\b")
#: What words are said in ("in a statement"): no clause opens with one.
_MEDIA: Final = words("speech_media.txt")
_FIRST_WORD_RE: Final = regex.compile(r"[\p{L}-]++")
#: How an adjunct ends when a noun follows it: "in an", "in the", "in his".
_DETERMINED: Final = (" a", " an", " the", " his", " her", " its", " their")


def _bare_clause(norm: str, at: int, end: int, comma: bool = False) -> regex.Match[str] | None:
    """:data:`_BARE_RE` at ``at``, read on past what the words were said in ("said in a
    statement [on Monday] the plant would close") and, when ``comma``, past a comma after
    an adjunct ("He said in addition to beef, the U.S. will press"); None where a colon
    and a quote follow before any verb ("said in a tweet late on Tuesday: "...""): a
    direct quote."""
    t = _BARE_RE.match(norm, at, end)
    if t is None:
        if not comma or norm.find(",", at, at + 90) < 0:
            return None  # "..., he said on Monday, Reuters reported": no clause of its own
        i = at
        while i < end and norm[i] in " ,\n":
            i += 1
        if i >= end or not norm[i].isalpha():
            return None  # the common case: no adjunct ('said: "...', 'said, "...')
        a = _ADJUNCT_COMMA_RE.match(norm, at, end)
        if a is None or not a.group("adj").strip():
            return None
        t = _BARE_RE.match(norm, a.end() - 1, end)
        if t is None:
            return None
    w = _FIRST_WORD_RE.match(norm, t.end(), end)
    if w is not None and w.group() not in _MEDIA and t.group("adj").endswith(_DETERMINED):
        # "in an e-mailed statement", "in the press release": one word before the noun
        w2 = _FIRST_WORD_RE.match(norm, w.end() + 1, end)
        if norm.startswith(" ", w.end()) and w2 is not None and w2.group() in _MEDIA:
            w = w2
    if w is not None and w.group() in _MEDIA:
        t = _BARE_RE.match(norm, w.end(), end)
        if t is None:
            return None
    elif (
        w is not None
        and t.group("adj").endswith(_DETERMINED)
        and (rest := _ADJUNCT_NOUN_RE.match(norm, t.end(), end)) is not None
        and not _THAT_AHEAD_RE.match(norm, rest.end(), min(end, rest.end() + 160))
        and (after := _BARE_RE.match(norm, rest.end() - 1, end)) is not None
    ):
        t = after  # "said at a news conference | the new certificates", "said at a
        # hearing of the senate banking committee on export control, | they will": the
        # adjunct's noun phrase is no part of the clause
    colon = norm.find(":", t.end(), min(end, t.end() + 40))
    if (
        colon >= 0
        and norm[colon + 1 : colon + 3].lstrip()[:1] in ('"', "'")
        and not _finite(norm, t.end(), colon)
    ):
        return None  # no clause before the quote: "late on Tuesday: "...""
    return t


_ED_WORD_RE: Final = regex.compile(r"\b\p{Ll}{4,}+(?<=ed)\b")


def _no_clause_before(norm: str, start: int, end: int) -> bool:
    """True when ``norm[start:end]``, before a parenthetical tag, is no clause: it has no
    finite verb, or it opens with a preposition and has no verb but in -s, which its
    nouns share ("For some other countries, the communique said, the debt ...")."""
    if not _finite(norm, start, end):
        return True
    w = _FIRST_WORD_RE.match(norm, start, end)
    return (
        w is not None
        and w.group().lower() in _LEAD_PREPOSITIONS
        and not _clause_verb(norm, start, end)
    )


#: Prepositions that open an adjunct before a parenthetical tag ("For some countries,").
_LEAD_PREPOSITIONS: Final = frozenset(
    "for in on at by with under over after before during despite without among across "
    "unlike like beyond within".split()
)


def _clause_verb(norm: str, start: int, end: int) -> bool:
    """True when ``norm[start:end]`` holds a verb that makes a clause: an auxiliary, an
    irregular past or a word ending in -ed (not -s, which plural nouns share)."""
    return (
        _AUX_RE.search(norm, start, end) is not None
        or _ED_WORD_RE.search(norm, start, end) is not None
        or _has_past(norm, start, end)
    )


def _verb_follows(norm: str, cue: str, at: int, end: int) -> bool:
    """True when a clause's verb comes soon after a bare cue: an auxiliary after a verb
    that also takes a plain object ("added 30 cents" is no speech), else a finite verb;
    never when "claimed" or "conceded" take a prize or a loss ("claimed the individual
    titles", "conceded six goals")."""
    if cue in _WON_OR_LOST and _WON_OR_LOST_RE.match(norm, at, end) is not None:
        return False
    if cue in _WARNS and (w := _WARNED_OF_RE.match(norm, at, end)) is not None:
        comma = norm.find(",", w.end(), min(end, at + FINITE_REACH))
        if not _clause_verb(norm, at, comma if comma >= 0 else min(end, at + FINITE_REACH)):
            return False  # "warned Mr Blair and Mr Brown about the dangers of disunity",
            # "warned PC users to update their systems": whom and of what, no clause
    if cue in _OBJECT_TOO:
        stop = min(end, at + FINITE_REACH // 2)
        if (c := _NEXT_CLAUSE_RE.search(norm, at, stop)) is not None:
            stop = c.start()  # "denied meddling, and Trump has said": "has" is the next clause's
        if cue in _REPORTING:
            # "noted the uneven way EU customs rules are applied": an object with a clause of
            # its own; the clause's auxiliary comes in its first words, not after "who"
            aux = _REPORTED_AUX_RE.match(norm, at, stop)
            return aux is not None
        for aux in _AUX_RE.finditer(norm, at, stop):
            rel = _OBJECT_RELATIVE_RE.search(norm, at, aux.start())
            if (
                rel is None
                or _clause_verb(norm, at, rel.start())
                or not _THAT_VERBS.isdisjoint(norm[at : rel.start()].split())
            ):
                return True  # not "adding two tournaments | he had not played": the
            # object's relative clause (but "denied her faith meant | she would refuse")
        return False
    w = _FIRST_WORD_RE.match(norm, at, end)
    # a subject that opens with a determiner may run long: "its decision to sell the
    # DeVry business to Keller Graduate School of Management Inc will produce ..."
    far = w is not None and w.group().lower() in _NP_OPENERS
    stop = min(end, at + (2 * FINITE_REACH if far else FINITE_REACH))
    if (c := _ING_TAG_RE.search(norm, at, stop)) is not None and _ASIDE_VERB_RE.match(
        norm, c.end(), end
    ) is None:
        stop = c.start()  # "conceded defeat on Wednesday, abandoning hopes that ... was"
        # (not "said many people, including foreign businessmen, had raised")
    return _finite(norm, at, stop)


#: Cues that also take what is won or lost: :data:`_WON_OR_LOST_RE` tells which.
_WON_OR_LOST: Final = frozenset("claim claims claimed claiming concede concedes conceded".split())
#: What is claimed or conceded, at most four words on: no clause said.
_WON_OR_LOST_RE: Final = regex.compile(
    r"""\s*+(?:[\p{L}\p{N}'.:-]++\s++){0,4}?
    (?:responsibility|victory|victories|title|titles|spot|place|credit|win|wins|gold|silver
      |bronze|medal|medals|lives|seat|seats|gains|defeat|goal|goals|penalty|penalties|points
      |prize|award|crown|honours|honors|share|lead|runners-up|record|pole|try|tries|wickets?)\b""",
    regex.VERBOSE,
)
#: Cues that take whom they warn and what of ("warned his supporters against
#: complacency"): :data:`_WARNED_OF_RE` tells which.
_WARNS: Final = frozenset("warn warns warned caution cautions cautioned".split())
#: Up to six words (whom) and a preposition or "to" and a verb: a warning with no
#: clause, unless a clause's verb follows ("warned the move to cut jobs would hurt").
_WARNED_OF_RE: Final = regex.compile(
    r"""\s*+(?:(?!(?:that|who|which|whom)\b)[\p{L}\p{N}'\u2019.-]++\s++){0,6}?
    (?:against|about|of|over|to\s++\p{Ll}++)\b""",
    regex.VERBOSE,
)
#: Verbs in -s that take a clause ("the Lib Dem leader believes | he may"): plural nouns
#: end so too, and tell no clause.
_THAT_VERBS: Final = frozenset(
    "believes thinks says feels knows hopes fears expects means shows suggests argues "
    "claims insists admits warns reckons".split()
)
#: A clause whose auxiliary meets another verb of the sentence's: a comparative, its verb
#: left out ("higher than city reports say it is | could support ..."), no clause said.
_AUX_CLASH_RE: Final = regex.compile(
    r"""(?:he|she|it|they|we|I|you|there)\s++(?:is|are|was|were|has|have|had|do|does|did)
        \s++(?:will|would|can|could|should|may|might|must)\b""",
    regex.VERBOSE,
)
#: A subject pronoun or a relative one right before an auxiliary, after other words: a
#: relative clause of the words before it ("two tournaments | he had not played",
#: "language | that would enable"), not the clause said.
_OBJECT_RELATIVE_RE: Final = regex.compile(
    r"(?:\s(?:he|she|they|we|I|you)|(?<!,)\s(?:that|which|who))\s++\Z"
)  # (", which has": an aside of the clause's own subject, perhaps: "suggested the
# country, which has about $200bn in foreign reserves, had plans")


#: Cues that take a plain object as often as a clause ("noted the rise", "reported a
#: loss"): their clause needs an auxiliary in its first words (:data:`_REPORTED_AUX_RE`).
#: "notes" and "reports" are left out: as often nouns ("bank notes", "news reports").
_REPORTING: Final = frozenset(
    "noted reported stressed stresses emphasised emphasized emphasises emphasizes".split()
)
#: A clause subject of at most four words, no relative pronoun nor comma, and an auxiliary.
_REPORTED_AUX_RE: Final = regex.compile(
    r"""\s*+(?:(?!(?:who|which|that|whom|whose)\b)[\p{L}\p{N}'.$%-]++\s++){1,4}?
        (?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does)\b""",
    regex.VERBOSE,
)
#: Words in -ing that are nouns or a preposition after a comma, no participle that opens
#: a tag (", during the meeting", ", meeting of Trump foreign policy advisers"); not
#: "something", whose aside ends the clause too (", something Deutsche Boerse wants").
_ING_NOUNS: Final = (
    "during meeting morning evening building "
    "banking marketing engineering housing trading accounting training pending funding "
    "spending hearing ruling wedding clothing shipping lending thing king spring".split()
)
#: A word in -ing that is none of :data:`_ING_NOUNS` (a pattern fragment: the pattern
#: that holds it passes ``ing_nouns=_ING_NOUNS``).
_PARTICIPLE: Final = r"\p{Ll}++(?<=ing)(?<!\b(?:\L<ing_nouns>))"
#: A participle after a comma, which opens a clause of its own (", saying", ", abandoning").
_ING_TAG_RE: Final = regex.compile(r",\s++" + _PARTICIPLE + r"\s", ing_nouns=_ING_NOUNS)
#: Where a coordinated clause starts: ", and", ", but", or "and" before a name and "has",
#: "is" ("denied meddling and Trump has said"; not "U2 and Coldplay may be"), or before a
#: second speech verb ("denied the accusations and said he is the victim").
_NEXT_CLAUSE_RE: Final = regex.compile(
    r""",\s++(?:and|but|or)\s
        |,\s++"""
    + _PARTICIPLE
    + r"""\s  # "denied the killing, saying"
        |\s(?:and|but)\s++(?=\p{Lu}[\p{L}.'-]*+(?:\s++\p{Lu}[\p{L}.'-]*+)?+
                             \s++(?:has|have|had|is|are|was|were)\b)
        |\s(?:and|but)\s++(?=(?:said|says|added|adds|insisted|insists)\b)""",
    regex.VERBOSE,
    ing_nouns=_ING_NOUNS,
)
#: Words that open a noun phrase: a clause subject that opens with one may run long.
_NP_OPENERS: Final = frozenset("the a an its his her their this these those our my".split())
#: A clause verb in the first words after a bare cue: shows a clause follows ("this",
#: "news" or "press" end in "s" and are none).
_FINITE_RE: Final = regex.compile(
    r"""\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does
          |do|won't|wouldn't|isn't|wasn't|aren't|weren't|didn't|doesn't|don't|can't|couldn't
          |\p{Ll}{2,}+(?<=ed|s)(?<!\b(?:\L<not_verbs>)))\b""",
    regex.VERBOSE,
    not_verbs=(
        "this his its as us thus plus less unless across perhaps always sometimes news "
        "various previous serious business process press access address class boss loss "
        "yes whereas"
    ).split(),
)
#: Irregular past forms, which also make a clause finite ("Shares fell 5 pct, traders
#: said"): looked for only where :data:`_FINITE_RE` finds nothing (a set lookup per
#: lower-case word; in the pattern they made every search twice as slow).
_PAST: Final = words("past_irregular.txt")
#: Punctuation read as spaces when a stretch is split into words for :data:`_PAST`.
_WORD_BREAKS: Final = str.maketrans(
    dict.fromkeys(",.;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014-", " ")
)


def _has_past(norm: str, start: int, end: int) -> bool:
    """True when a word of :data:`_PAST` stands in ``norm[start:end]`` (a split, not a
    regex: the common case, no such word, costs a third as much)."""
    parts = norm[start:end].translate(_WORD_BREAKS).split()
    if parts and start > 0 and norm[start - 1].isalpha() and norm[start].isalpha():
        del parts[0]  # the end of a word cut by the window ("Iran": not "ran")
    return not _PAST.isdisjoint(parts)


def _finite(norm: str, start: int, end: int) -> bool:
    """True when a finite verb stands in ``norm[start:end]`` (as far as words tell)."""
    return _FINITE_RE.search(norm, start, end) is not None or _has_past(norm, start, end)


#: An auxiliary or modal verb: a clause follows for sure ("denied his forecasts were").
_AUX_RE: Final = regex.compile(
    r"""\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did
          |does|won't|wouldn't|isn't|wasn't|aren't|weren't|didn't|doesn't|can't|couldn't)\b""",
    regex.VERBOSE,
)
#: After a quote: a speaker and a past-tense verb (or the reverse) ending the clause.
_UNKNOWN_VERB_RE: Final = regex.compile(
    r"""\s*+
    (?:(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|\p{Lu}[\p{L}'.-]*+(?:\s++\p{Lu}[\p{L}'.-]*+){0,3}))
       \s++(?P<cue>\p{Ll}{3,}+(?<=ed))(?:\s++(?:out|back))?+
      |(?P<cue>\p{Ll}{3,}+(?<=ed))\s++
       (?P<np>\p{Lu}[\p{L}'.-]*+(?:\s++\p{Lu}[\p{L}'.-]*+){0,3}))
    \s*+(?:[.,;]|$)""",
    regex.VERBOSE,
)
#: How far (characters) after a bare cue a finite verb must show that a clause follows.
FINITE_REACH: Final = 80
#: What may stand between a closing mark and the speaker: a comma, possessive names, role
#: words, or a body's name before role words ('," Justice Department spokesman Devin
#: O'Malley said', '," Department of Justice spokesman ...').
_NP_LEAD_RE: Final = regex.compile(
    r"""[\s,]*+(?:(?:\p{Lu}[\p{L}.-]*+'s?+\s++){0,2}(?:\L<roles>\s++){0,3}
    |(?:\p{Ll}[\p{Ll}-]*+\s++)?+(?=\p{Lu})  # "former Republican presidential nominee"
     (?:(?:\p{Lu}[\p{L}.&-]*+|of|for|and|the)\s++){1,6}?
     (?:\p{Ll}[\p{Ll}-]*+\s++){0,2}?(?:\L<roles>\s++){1,3}
    |(?:\p{Ll}[\p{Ll}-]*+\s++){0,2}?(?:\L<roles>\s++){1,3})""",  # "energy analyst"
    regex.VERBOSE,
    roles=sorted(ROLE_NOUNS | {"former", "senior", "chief", "deputy", "acting", "top"}),
)
#: Words that open an aside naming what is said of the clause before: "..., something
#: Moscow denies".
_WHAT_IS_SAID: Final = ("something ", "anything ", "everything ", "what ")
#: Between the comma and a clause-final speaker: nothing, a closing mark, role words (not
#: the words of :data:`_WHAT_IS_SAID`: "..., something that Moscow and Trump both deny").
_ROLE_GAP_RE: Final = regex.compile(
    r"""\s*+"?+\s*+
    (?:(?:the\ )?+(?!(?:a|an|and|but|or|so|as|then|while|yet|which|who|that|\L<said>)\b)
       \p{Ll}++(?:\s++\p{Ll}++)?+\s++)?+""",
    regex.VERBOSE,
    said=[w.strip() for w in _WHAT_IS_SAID],
)
#: What may not stand between a closing mark and its cue: a quote mark or a sentence end.
_GAP_STOP: Final = frozenset('".;!?:')
#: What ends a sentence (of :data:`_GAP_STOP`): no cue reaches past one to a quote.
_SENTENCE_STOPS: Final = _GAP_STOP - {'"', ":"}
#: A word before a period that belongs to a name: a title, an initial, a party tag.
_NAME_PERIOD_RE: Final = regex.compile(
    r"\b(?:\L<titles>|\p{Lu})\.(?=[\s\p{Lu}])",
    titles=[form.title() for form, kind in rows("abbreviations.tsv") if kind == "name"],
)
#: A party and state tag in brackets: "(R-Fla.)", "(D-N.Y.)", "(I)".
_PARTY_TAG_RE: Final = regex.compile(r"\((?:[DRI]|[DRI]-\p{Lu}[\p{L}. ]{0,12}+)\)")


def _stopped(text: str, stops: frozenset[str] = _GAP_STOP) -> bool:
    """True when one of ``stops`` stands in ``text``, other than the periods of a name
    (:func:`_name_periods_only`): what ``text`` lies between (a cue and its speaker, a
    cue and its quote) is not in one sentence."""
    return not stops.isdisjoint(text) and not _name_periods_only(text)


def _name_periods_only(gap: str) -> bool:
    """True when the only stops in ``gap`` are periods inside a name: "Mr.", "Sen.",
    initials ("George W. Bush", "U.S."), a party tag ("(R-Fla.)")."""
    if "." in gap and "(" in gap:
        gap = _PARTY_TAG_RE.sub("", gap)
    if not _GAP_STOP.isdisjoint(gap.replace(".", "")):
        return False
    return gap.count(".") == len(_NAME_PERIOD_RE.findall(gap))


#: The dashes that sign a quote (:data:`_BYLINE_RE`).
_DASHES: Final = frozenset("\u2015\u2014-")
#: A quote signed with a dash and a name at the end of its paragraph.
_BYLINE_RE: Final = regex.compile(
    r"""\s*+(?P<dash>[\u2015\u2014-])\s*+
    (?P<np>\p{Lu}[\p{L}'.-]*+(?:\s++\p{Lu}[\p{L}'.-]*+){0,4})\s*+\.?+\s*+$""",
    regex.VERBOSE,
)
#: A verb that frames a quoted fragment ("described it as").
_PARTIAL_RE: Final = regex.compile(r"\b\L<p>\b", p=PARTIAL_CUES)
#: A run of three or more lower-case ASCII letters: each word of :data:`PARTIAL_CUES` is one.
#: (Not possessive: nothing follows, and the plain quantifier scans faster.)
_LOWER_RUN_RE: Final = regex.compile(r"[a-z]{3,}")
#: "said, he/Murray said," in the middle of a sentence: the clause goes on after it.
#: (``(?:,|(?!))`` is a comma that the regex module does not look for ahead of the match.)
#: An adverb or joiner that opens a sentence before a comma and an inverted speaker
#: ("Currently, says Dr Paniccia, ...", "But, says Nick Donofrio, ...").
_LEAD_WORD_RE: Final = regex.compile(
    r"""[\s"'(]*+(?:\p{Lu}\p{Ll}++(?<=ly)|But|And|So|Yet|Now|Then|Still|However|Meanwhile|Instead
                   |Also|Often|Today|Overall|Ultimately|Already|Indeed|Again)\s*+,\ """,
    regex.VERBOSE,
)
#: First words of an appositive after such a name: a role, not the clause.
_APPOSITIVE_FIRST: Final = ROLE_NOUNS | frozenset(
    "the a an his her its senior chief former head deputy executive vice-president".split()
)


def _past_appositive(norm: str, start: int, end: int) -> int:
    """Where the clause after an inverted speaker's name starts: ``start``, or past the
    role set off by commas after the name ("But, says Nick Donofrio, senior vice-president
    of technology ... at IBM, it was not")."""
    first = _FIRST_WORD_RE.match(norm, start)
    if first is not None and first.group().lower() in _APPOSITIVE_FIRST:
        comma = norm.find(", ", start, min(end, start + 120))
        if comma > 0:
            return comma + 2
    return start


#: A name after an inverted cue, set off by commas: " Dr Paniccia, ".
_INVERTED_NAME_RE: Final = regex.compile(
    r"""\ (?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?+\ )?+
                   \p{Lu}[\p{L}.'-]*+(?:\ \p{Lu}[\p{L}.'-]*+){0,3}+)
        ,\ (?=\p{L})""",
    regex.VERBOSE,
)
_PARENTHETICAL_RE: Final = regex.compile(r"\s*+(?:,|(?!))\s*+(?=\p{L})(?!\p{L}++(?<=ing)\b)")
#: Speech inside a relative clause: "a move ministers say should keep prices down".
_RELATIVE: Final = frozenset("say says said believe believes believed".split())
#: The first letters of the verbs of :data:`_RELATIVE_RE` (or none: the end).
_RELATIVE_HEADS: Final = "iawscmh"
#: Relative pronouns whose antecedent is the speaker: "Trump, who says ...".
_RELATIVE_PRONOUNS: Final = frozenset("who which that".split())
_RELATIVE_RE: Final = regex.compile(
    r"""\s++(?P<verb>(?:is|are|was|were|will|would|should|could|can|may|might|must|has|have|had)
    \b)""",
    regex.VERBOSE,
)
#: How an inverted speaker starts: "said Mr Smith", "said the minister", "said one official".
_INVERTED_NP_RE: Final = regex.compile(
    r"\p{Lu}|(?:the|a|an|one|two|three|some|several|many|other|his|her|its|their)\s"
    r"|\p{Ll}++\s++\p{Lu}"
)
#: What may stand before a name that a source's noun phrase cuts: "the ", "an estimate
#: from the ", "mortgage lender ", "The Washington Post's " (not "officials attending
#: the ": they, not the body, are the source).
_BEFORE_CUT_NAME_RE: Final = regex.compile(
    r"""(?:(?:[Tt]he|[Aa]n?+)\s++)?+
    (?:(?:\p{Ll}[\p{L}-]*+\s++){1,3}?(?:from|by|of)\s++(?:the\s++)?+
      |(?:(?!the\s)\p{Ll}[\p{L}-]*+\s++){1,3}+
      |(?:\p{Lu}[\p{L}.&-]*+\s++){0,4}+\p{Lu}[\p{L}.&-]*+'s\s++)?+""",
    regex.VERBOSE,
)
#: An inverted speaker described with a relative clause after ", said": "a source who
#: spoke on background", no clause of its own.
_INVERTED_WHO_RE: Final = regex.compile(
    r"(?:a|an|the|one|another)\s++(?:[\p{L}-]++\s++){1,3}?(?:who|whose)\b"
)
#: A relative clause: a subject noun phrase, not a reported clause, ends before the comma.
_RELATIVE_IN_RE: Final = regex.compile(r"\b(?:who|which|whose|whom)\b")
#: What follows ", he said," when the sentence ends the statement: "..., providing few details".
_AFTER_TAG_RE: Final = regex.compile(r"\s*+(?:\p{Ll}++(?<=ing)|as|who|which|while|but|and)\b")
#: The word right before a cue.
_WORD_BEFORE_RE: Final = regex.compile(r"(\p{L}++)\s++$")
#: Questions reported: "asked what the government had to hide".
_QUESTION: Final = frozenset("ask asked asks asking questioned wondered wonders".split())
_WH_RE: Final = regex.compile(r"(?:\s++\p{L}++){0,2}?\s++(?P<wh>whether|why|what|how|if|when)\b")
#: What may stand between a closing quote mark and the clause-final attribution.
_PASSIVE: Final = frozenset("is was were are be been being to".split())
_NEGATION: Final = frozenset("not never n't didn't won't wouldn't declined refused".split())
#: Words after which a cue word is a noun: "a claim", "his remarks".
_NOUN_BEFORE: Final = frozenset("a an the this his her its their our my your".split())
#: Words before "say" that make it a noun ("the final say", "no say", "a bigger say").
_SAY_AS_NOUN: Final = frozenset(
    "final no any more little equal some much greater bigger real decisive last".split()
)
#: Numbers and quantifiers: a cue in -s after one is a noun ("two claims", "several
#: reports").
_COUNTING: Final = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty fifty
    several many other all both some most few these those various such""".split()
)
#: Words before "states" that make it the noun: :data:`_COUNTING`, and the modifiers
#: of states the corpus has ("member states", "swing states", "U.S. states").
_STATES_AS_NOUN: Final = _COUNTING | frozenset(
    """remaining individual member key swing battleground blue red rogue failing larger
    smaller separate sovereign
    exporting producing corn high-tax low-tax border coastal island neighbouring neighboring
    gulf arab baltic u.s. us oecd eu coast""".split()
)
#: A quote paragraph inherits the previous quote's speaker only this close (characters).
FLOW_GAP: Final = 600
#: A quote paragraph with no attribution is a statement from this many words on.
UNATTRIBUTED_MIN: Final = 4
#: Gender ("m" or "f") of common first names (lexicon/first_names.tsv, shared with the
#: actors stage); names the list marks "u", given to men and women alike ("Chris Callies
#: ... she said"), tell no gender and are left out.
FIRST_NAME_GENDER: Final[dict[str, str]] = {
    r[0]: r[1] for r in rows("first_names.tsv") if r[1] in {"m", "f"}
}
#: Titles and family words that tell gender ("her father Khaled").
_GENDER_WORDS: Final = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f",
                        "Lady": "f", "Dame": "f"} | {
    w: g
    for g, ws in (
        ("m", "father son brother husband grandfather uncle nephew king prince"),
        ("f", "mother daughter sister wife grandmother aunt niece queen princess"),
    )
    for w in ws.split()
}  # fmt: skip
#: Epithet heads of one gender beyond :data:`_GENDER_WORDS` (see :func:`_epithet_gender`).
_HEAD_GENDER: Final = {
    w: g
    for g, ws in (
        ("m", "man dad boyfriend widower waiter"),
        ("f", "woman mum mom girlfriend widow actress waitress"),
    )
    for w in ws.split()
}
#: Heads in "-man" that name men only: "businessman", not "chairman" or "spokesman",
#: which some newspapers use of women.
_MALE_MAN_HEADS: Final = ("businessman", "congressman", "sportsman", "frontman", "showman")
#: Pronouns whose speaker may be the previous statement's, and the actor kinds that fit.
_FLOW_KINDS: Final = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "it": frozenset({"organization", "country"}),
    "they": frozenset({"group", "organization", "country"}),
}
#: Possessive pronouns and the pronoun of their owner: "her statement" is hers.
_OWNERS: Final = {"his": "he", "her": "she"}
#: Words before a name that make it a question's subject ("Asked if Mr Blunkett could
#: return ..., he replied"), not the one who speaks.
_NOT_SUBJECT_AFTER: Final = frozenset(("if", "whether"))
#: A verb right after a name: the name is a clause's subject ("Ghazi al-Gosaibi had").
_VERB_AFTER_RE: Final = regex.compile(r" (?:had|has|was|is|would|will|could|did|[a-z]+ed)\b")
#: Possessive pronouns: "His message to the chancellor was:" is his.
_POSSESSIVES: Final = frozenset("his her its their my our your".split())
#: Words that point back: "For Henry Reichhold, this is progress:" is no one's subject.
_DEMONSTRATIVES: Final = frozenset("this that these those".split())
#: A subject that was asked or told the quote after the colon.
_ASKED_RE: Final = regex.compile(r" (?:was|were|is|are|(?:has|have|had) been) (?:asked|told):")
#: A reflexive pronoun that ends a subject ("Osbourne himself").
_REFLEXIVE_END_RE: Final = regex.compile(r" (him|her|it|them)sel(?:f|ves)$")
#: A description with a post-modifier: "the permanent trade ambassador of the 12-member
#: European Community ...", "a spokeswoman for Trudeau".
_DESCRIBED_RE: Final = regex.compile(
    r"(?:[Tt]he|[Aa]n?+)\s++(?:\p{Ll}[\p{L}-]*+\s++){1,4}(?:of|for|with|at|from|by)\s"
)
#: First words of a capitalised noun phrase that is no name: "The", "A", "He" ...
_NOT_NAMES: Final = frozenset("The A An This That These Those He She They It We I".split())
#: Who may issue a document: anyone but a place.
_ISSUERS: Final = frozenset({"person", "organization", "country", "group"})
#: Where a speaker noun phrase may be cut: joint speakers, a name with its place.
_SPLIT_RE: Final = regex.compile(r"\s++(?:and|of)\s++")
#: Cues that say their speaker wrote the words: the document named next is theirs.
_WROTE: Final = frozenset("wrote writes write written Wrote Writes Write".split())
#: Documents that "say" things for whoever issued them: "the statement said".
_DOCUMENTS: Final = frozenset(
    "statement release memo memorandum communique letter email e-mail filing post tweet".split()
)
#: A document and whom it was sent to, as a speaker ("the letter to Wild"; lower case).
_DOCUMENT_TO_RE: Final = regex.compile(
    r"the\s++(?:[\p{L}-]++\s++){0,2}?(?P<doc>\L<doc>)\s++(?:sent\s++)?+to\s.*+",
    doc=_DOCUMENTS,
)
#: A speakerless quote takes the speaker of a statement at most this many paragraphs back.
INHERIT_PARAGRAPHS: Final = 2
#: A speaker named so that the cast may not know them: a name ("Ben van der Pluijm") or
#: an age ("the 26-year-old right wing").
_UNKNOWN_SPEAKER_RE: Final = regex.compile(
    r"""(?:\p{Lu}[\p{L}'.-]*+(?:\s++(?:(?:van|von|der|de|da|del|al|bin|la|le)\s++)*+
           \p{Lu}[\p{L}'.-]*+)++
         |[Tt]he\s++\p{N}++-year-old(?:\s++\p{Ll}[\p{L}-]*+){1,3})""",
    regex.VERBOSE,
)
#: A description of a person that the cast may not resolve: "the affable proprietor",
#: "the 26-year-old right wing", "the Kentucky Republican".
_EPITHET_RE: Final = regex.compile(
    r"""[Tt]he\s++(?:(?:\p{Ll}[\p{L}-]*+|\p{N}++-year-old|\p{Lu}\p{Ll}++|\p{Lu}{2,5}+)\s++){0,3}
    (?P<head>\p{Ll}[\p{L}-]*+(?<=er|or|ist|ian|ant|ent|man|woman|person|mother|father|dad|mum
                                |mom|wife|husband|son|daughter|chief|leader|official|expert|veteran
                                |rookie|star|wing|guard|forward|captain|coach|maverick|lawmaker
                                |boss|champion|seed|favourite|favorite)
      |\p{N}++-year-old  # "said the 34-year-old"
      |Republican|Democrat|Conservative|Liberal
      |\p{Lu}\p{Ll}++(?<=an|ese|ish|ch|ard|on|ede)  # "the American", "the Spaniard": a people
    )\b""",
    regex.VERBOSE,
)
#: A description of an organisation: "the company", "the Calgary-based railway".
_ORG_HEADS: Final = frozenset(
    """company firm group bank union agency commission ministry department government
    military party club board council network airline railway carrier automaker retailer
    insurer lender broadcaster newspaper paper magazine regulator charity organization
    organisation association alliance coalition federation embassy office""".split()
) | (_NAME_ONLY_HEADS := frozenset("bureau committee panel institute authority court".split()))
#: (Of :data:`_ORG_HEADS`, ``_NAME_ONLY_HEADS`` are heads of bodies that only a name
#: with that head stands for: "the bureau said" after "the Central Bureau of Statistics
#: said", not the organisation that spoke last: "the search committee said" is no bank's.)
#: Heads of descriptions that name a public body, never a firm ("the government said").
_PUBLIC_TAILS: Final = frozenset("government ministry department military embassy".split())
#: Words in the name of a public body.
_PUBLIC_NAME_RE: Final = regex.compile(
    r"""\b(?:government|administration|authorities|ministry|department|office|cabinet
        |kremlin|white\ house|downing\ street|pentagon|treasury|army|military|forces
        |embassy|council|commission|agency|executive|parliament|congress|senate)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _is_public_body(actor: Actor) -> bool:
    """True for an organisation whose name or an alias names a public body."""
    return actor.kind == "organization" and any(
        n.isupper() or _PUBLIC_NAME_RE.search(n) for n in (actor.name, *actor.aliases)
    )  # (an acronym may be one: "IBGE", "IRCC")


_ORG_DESCRIPTION_RE: Final = regex.compile(
    r"[Tt]he\s++(?:[\p{L}-]++\s++){0,2}\L<head>", head=_ORG_HEADS
)
#: A document and who issued it: "the union's Friday release", "Foster's book", "the Civic
#: Action study", "a Time magazine report" (the owner a possessive or capitalised words
#: before the document, maybe with a medium's noun).
_DOC_OWNER_RE: Final = regex.compile(
    r"""(?:(?P<owner>(?:[Tt]he\s++)?+[\p{L}\p{N}.&-]++(?:\s++[\p{L}\p{N}.&-]++){0,5}?)'s?+
         (?:\s++(?!\L<doc>\b)[\p{L}\p{N}-]++){0,3}?
       |(?:[Tt]he\s++|[Aa]n?+\s++)?+(?P<owner>\p{Lu}[\p{L}.&-]*+(?:\s++\p{Lu}[\p{L}.&-]*+){0,4})
        (?:\s++\L<media>)?+)  # "a Time magazine report": the magazine's
    \s++\L<doc>""",
    regex.VERBOSE,
    doc=DOCUMENTS,
    media=frozenset("magazine newspaper paper daily weekly agency network channel".split()),
)
#: "the report", "the annual survey": a document the text has named before, with
#: lower-case modifiers and no owner.
_THE_DOCUMENT_RE: Final = regex.compile(
    r"[Tt]he\s++(?:\p{Ll}[\p{L}-]*+\s++){0,3}?(?P<doc>\L<doc>)", doc=DOCUMENTS
)
#: A document and its author after "by" or "from": "a report by analysts Forrester
#: Research", "A survey conducted by PC Pro Magazine", "A report by the railway company".
_DOCUMENT_BY_RE: Final = regex.compile(
    r"""\b(?P<doc>\L<doc>)\s++
        (?:(?:conducted|published|commissioned|released|issued|prepared|compiled
             |written|produced|carried\s++out)\s++)?+
        (?:by|from)\s++
        (?P<who>[^,.;:\n()"]{1,60}?)
        (?=\s*+[,.;:\n()"]|\s++(?:that|which|who|shows?|showed|found|finds|says?|said
            |suggests?|suggested|in|on|for|to|has|had|have|was|is|are|were|will|released
            |published|details|revealed|reveals)\b)""",
    regex.VERBOSE,
    doc=DOCUMENTS,
)
#: A name among words: a capitalised word that does not open them.
_NAMED_RE: Final = regex.compile(r"(?<=\s)\p{Lu}")
#: A document named with its author after it, or none: "a report by analysts Forrester
#: Research", "A survey conducted by PC Pro Magazine", "the report" (not "documents
#: reviewed by Reuters", nor "traders familiar with the report").
_OWNED_DOCUMENT_RE: Final = regex.compile(
    r"""(?:(?:[Tt]he|[Aa]n?+)\s++)?+
        (?:(?!(?:with|about|on|to|for|at|in|into|over|behind|against|reviewed|seen
               |obtained|cited|quoted|leaked)\b)[\p{L}\p{N}'’.&-]++\s++){0,8}?
        (?P<doc>\L<doc>)
        (?:\s++(?:(?:conducted|published|commissioned|released|issued|prepared|compiled
                  |written|produced|carried\s++out)\s++)?+(?:by|from|of)\s++\S(?s:.)*+)?+""",
    regex.VERBOSE,
    doc=DOCUMENTS,
)
#: A document opening the sentence before its author's verb: "In a new report, the
#: Electoral Commission says"; or right after it: "the railway said in the report".
_IN_DOCUMENT_RE: Final = regex.compile(
    r"\b[Ii]n\s++(?:an?+|the|its|their|his|her|this|that)\s++"
    r"(?:[\p{L}-]++\s++){0,3}?(?P<doc>\L<doc>)",
    doc=DOCUMENTS,
)
#: Heads of descriptions that name no person.
#: Court papers: they speak for no one named before them ("The indictment said" is not
#: the person the story is about, nor the last speaker).
_COURT_PAPERS: Final = frozenset(
    """indictment lawsuit suit affidavit motion petition ruling judgment judgement verdict
    warrant subpoena transcript""".split()
)
_NOT_PEOPLE: Final = (
    frozenset(
        """
    agency association authority bank board city commission committee company council court
    department firm government group industry league ministry office organization
    organisation party police province report researchers review school service state
    statement study survey team union university website
    """.split()
    )
    | _DOCUMENTS
    | _COURT_PAPERS
)
#: The end of a sentence that ends in parentheses: a photo caption or credit.
_CREDIT_RE: Final = regex.compile(r"\)\s*+\.?+\s*+$")
#: An appositive after a name: ", a resident of", ", the firm's chief".
_APPOSITIVE_RE: Final = regex.compile(r",\s++(?:a|an|the|\p{N}++)\s")
#: The gender a pronoun asks for.
_PRONOUN_GENDER: Final = {"he": "m", "she": "f"}
#: "he" / "she" as a word.
_PRONOUN_RE: Final = {w: regex.compile(rf"\b(?:{w}|{w.title()})\b") for w in ("he", "she")}
#: How many sentences back a "he" / "she" speaker is looked for.
PRONOUN_SENTENCES: Final = 3
#: ... and at most this many in all, sentences that open with the same pronoun included.
PRONOUN_CHAIN_MAX: Final = 8
#: A quoted title of a work: every word capitalised ("How We Win", "Face the Nation").
_TITLE_RE: Final = regex.compile(
    r"""\p{Lu}[\p{L}'-]*+                                   # "How"
    (?:\s++(?:(?:of|the|and|a|an|in|on|for|to)\s++)*+\p{Lu}[\p{L}'-]*+)++  # " We", " the Nation"
    """,
    regex.VERBOSE,
)
#: How far (characters) around a quote or a cue the stage looks: keeps run-on text linear.
REACH: Final = 400
#: Prepositions of motion before a place that is no speaker of an "-ing" cue (not "in":
#: "EC Commission sources in Brussels saying" are the sources)
_PLACE_PREPOSITIONS: Final = frozenset("for to into toward towards via".split())
#: A determiner that opens a noun phrase.
_DETERMINER_RE: Final = regex.compile(r"(?:the|a|an|his|her|its|their|our|my)\ ")
#: How far back (characters) from "as saying" a quoting verb is looked for.
QUOTED_AS_MAX: Final = 120
#: A quoting verb before "as saying": "quoted Shah", "was quoted by the paper", "cited",
#: "reported", "paraphrased", "recalled".
_QUOTED_AS_RE: Final = regex.compile(
    r"(?<![\w-])(?:(?:quot|cit|paraphras)(?:ed|es|ing)|(?:report|recall)(?:ed|s|ing))\s++",
    regex.REVERSE,
)
#: The auxiliary of a passive right before "quoted" ("was", "had been").
_AUX_BEFORE_RE: Final = regex.compile(
    r"\b(?:(?:had|has|have)\s++been|was|were|is|are|been|being)\s++$"
)
#: The longest reported clause (characters).
CLAUSE_MAX: Final = 800
#: Statements are indexed by ``start >> DONE_SHIFT`` (256-character buckets).
DONE_SHIFT: Final = 8
#: Longest gap (characters) between a cue and a quote it opens ("told BBC Radio 4's Today: ").
GAP_MAX: Final = 80


#: What may stand between a framing verb and its own subject: auxiliaries, adverbs and
#: times ("Trump has called", "Ian McCartney last year described").
_OWN_SUBJECT_GAP_RE: Final = regex.compile(
    r"(?:\ (?:has|have|had|also|later|once|previously|repeatedly|then|publicly|last\ year"
    r"|this\ week|last\ week))*+\ "
)
#: Determiners before a past participle that make it an adjective ("the alleged plot").
_DETERMINERS_BEFORE: Final = frozenset("the a an its his her their our".split())


def _cue_ok(norm: str, m: _Cue) -> bool:
    """False for passives ("is said to"), infinitives ("declined to say") and negations."""
    at = m._start
    if norm.startswith((" to have ", " to be "), m._end):
        return False  # "widely reported to have resigned", "said to be": no speech reported
    if m.word in _PUT_IT and not norm.startswith((":", ",", ' "', ' "'), m._end):
        return False  # "As Gaiman put it, "...": not "the government put it aside"
    before = norm[max(0, at - 20) : at].rsplit(None, 2)  # the last two words are enough
    if not before:
        return True
    prev = before[-1].lower()
    if prev == "having" and norm.startswith((" that,", " this,"), m._end):
        return False  # "Having said that, I'm always pleased": no speech reported
    if prev == "worth":
        return False  # "It is worth noting", "it's also worth noting,": the writer's
    if prev in _PASSIVE and not (m.word.endswith("ing") and prev in PROGRESSIVE):
        return False  # "is said to", not "Mr Blair is saying"
    if prev in _NEGATION or prev in _NOUN_BEFORE:
        return False
    if m.word.endswith("s") and (prev.endswith(("'s", "s'")) or prev in _COUNTING):
        return False  # "the mayor's claims", "two claims involving": a noun
    if m.word.endswith("ed") and (
        prev in _DETERMINERS_BEFORE or (before[-1][:1].islower() and prev.endswith("'s"))
    ):
        return False  # "the government's announced intention", "the alleged remarks": an
        # adjective (not "Moody's noted", a name)
    if m.word == "say" and prev in _SAY_AS_NOUN:
        return False  # "has the final say on any tournament regulations": a noun
    if m.word == "states" and (
        prev in _STATES_AS_NOUN or prev[:1].isdigit() or prev.endswith(("ern", "ean", "ian"))
    ):
        return False  # "the 39 states that use HealthCare.gov", "several West Coast states,
        # also said", "key swing states such as Ohio": the noun
    return not (len(before) > 1 and before[-2].lower() in _NEGATION and prev in {"to", "n't"})


def _speaker(
    resolve: Callable[[int, int], Actor | None], np: Span | None, norm: str = ""
) -> Actor | None:
    """Who the noun phrase names, through the cast.

    Joint speakers ("Peabody Energy Corp and Arch Coal Inc") are the first named,
    and a person named with a place ("Chuck Schumer of New York") is the person:
    the first part is asked first.
    """
    if np is None:
        return None
    if (
        norm
        and (k := norm.rfind(" and ", np.start, np.end)) >= 0
        and norm.endswith(_PP_OPENERS, max(0, np.start - 6), np.start)
        and norm[k + 5 : k + 6].isupper()
        and (where := resolve(np.start, k)) is not None
        and where.kind in ("place", "country")
    ):
        # "has been training in Holland and Ferguson said": the place ends a phrase of the
        # clause before; the name after "and" opens the next
        return resolve(k + 5, np.end)
    if norm and (
        norm.find(" and", np.start, np.end) >= 0
        or norm.find(" of", np.start, np.end) >= 0
        or norm.find("\n", np.start, np.end) >= 0  # "<Nippon Telegraph and\nTelephone>"
    ):
        for cut in _SPLIT_RE.finditer(norm, np.start, np.end):
            if "'s " in norm[cut.end() : np.end] and _last_word_lower(norm, np):
                break  # "New York and California's Democratic governors": one phrase
            first = resolve(np.start, cut.start())
            if first is None or (cut.group().strip() != "and" and first.kind != "person"):
                continue
            if first.kind in ("country", "place") and (
                norm[cut.end() : cut.end() + 1].islower()
                or ((last := _last_word(norm, np))[:1].islower() and last not in _JOINT_WORDS)
            ):
                break  # "Thai and foreign bankers", "Japanese and European research
                # officials": modifiers of one head
            if first.kind != "person" and _named_person_ends(resolve(cut.end(), np.end), np, norm):
                continue  # "Trade and Industry Secretary Patricia Hewitt": one title
            return first
    return resolve(np.start, np.end)


#: Words after joint speakers that are no head noun ("Moscow and Trump both deny").
_JOINT_WORDS: Final = frozenset("both all each alike together".split())
#: Prepositions of place before a noun phrase, which make it an object, no subject.
_PP_OPENERS: Final = (" in ", " at ", " on ", " into ")


def _person_epithet(head: str) -> bool:
    """True when a capitalised epithet's head is a party's member or a people's
    ("said the American"): not "the Vatican", "the Taliban"."""
    if not head[:1].isupper() or head in {"Republican", "Democrat", "Conservative", "Liberal"}:
        return True
    hit = COUNTRIES.get(fold(head))
    return hit is not None and hit[1] == "demonym"


def _epithet_gender(head: str) -> str:
    """The gender ("m", "f" or "") a lower-case epithet's head tells: "the businessman",
    "the mother of three", not "the chairman" (said of women too) or "the lawyer"."""
    got = _GENDER_WORDS.get(head) or _HEAD_GENDER.get(head)
    if got is not None:
        return got
    if head.endswith("woman"):
        return "f"
    if head.endswith(_MALE_MAN_HEADS):
        return "m"
    return ""


def _named_person_ends(actor: Actor | None, np: Span, norm: str) -> bool:
    """True when ``actor`` is a person whose full name, two words or more, all
    capitalised, ends the phrase ``np`` ("... Secretary Patricia Hewitt")."""
    if actor is None or actor.kind != "person":
        return False
    words = actor.name.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and norm.endswith(actor.name, np.start, np.end)
    )


def _last_word(norm: str, np: Span) -> str:
    """The phrase's last word (after its last space)."""
    return norm[norm.rfind(" ", np.start, np.end) + 1 : np.end]


def _last_word_lower(norm: str, np: Span) -> bool:
    """True when the phrase ends with a lower-case word: a common noun is its head."""
    return _last_word(norm, np)[:1].islower()


def _mentioned(actor: Actor, start: int, end: int) -> bool:
    """True when the actor has a mention inside ``[start, end)``."""
    i = bisect.bisect_left(actor.mentions, start, key=lambda m: m.start)
    return i < len(actor.mentions) and actor.mentions[i].end <= end


#: Heads of bodies whose names mostly hold them ("U.S. Treasury Department", "Labour
#: Party"): "the department said" is the one department named, if just one is. Not
#: "bank", "company", "group": "ABN Amro ... The bank said" is ABN Amro, though the story
#: names Deutsche Bank too.
_NAMED_HEADS: Final = frozenset(
    """department ministry party commission committee council court association federation
    government authority board institute university railway alliance coalition embassy
    union agency office bureau panel""".split()
)


def _headed(words: list[str], head: str) -> bool:
    """True when ``head`` is the last of ``words`` or stands before their "of" / "for"
    ("department" of "u.s. department of transportation")."""
    if words[-1] == head:
        return True
    return any(w == head and nxt in ("of", "for") for w, nxt in pairwise(words))


#: The longest sentence (characters) read for the same pronoun before "he" / "she".
SAME_PRONOUN_REACH: Final = 400
#: "he" or "she" as a word, to find the same pronoun in a sentence before.
_SAME_PRONOUN_RE: Final = {
    "he": regex.compile(r"\b[Hh]e\b"),
    "she": regex.compile(r"\b[Ss]he\b"),
}
#: "him" / "his" or "her" before a name: the sentence is about someone else too.
_OBJECT_PRONOUN_RE: Final = {
    "he": regex.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "she": regex.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}
#: A pronoun of the other gender later in the clause, by whether the first was male.
_BOTH_GENDERS_RE: Final = {
    True: regex.compile(r"[^.;\n\"]*?\b(?:she|her|hers|herself)\b"),
    False: regex.compile(r"[^.;\n\"]*?\b(?:he|him|his|himself)\b"),
}


def _is_person(actor: Actor) -> bool:
    return actor.kind == "person"


def _sole(actors: Iterator[Actor]) -> Actor | None:
    """The one actor ``actors`` yields, else None (none, or more than one)."""
    first = next(actors, None)
    return first if next(actors, None) is None else None


def _holding(role: str) -> Callable[[Actor], bool]:
    """A test for a person given ``role``: by title ("spokeswoman"), or named by it ("a
    senior central bank official")."""

    def test(actor: Actor) -> bool:
        if actor.kind != "person":
            return False
        named = (actor.title or "", actor.name, *actor.aliases)
        return any(_role_key(w) == role for n in named for w in n.lower().split()[-1:])

    return test


def _role_key(word: str) -> str:
    """``word``, one form for "spokesman", "spokeswoman" and "spokesperson"."""
    return "spokes" if word.startswith("spokes") else word


def _is_plural(actor: Actor) -> bool:
    """Who "they" may be: a group, an organisation or a country."""
    return actor.kind in _FLOW_KINDS["they"]


def _is_org(actor: Actor) -> bool:
    return actor.kind == "organization"


def _is_no_government(actor: Actor) -> bool:
    """An organisation no name of which is a government's ("the company said" after
    "Cairn also said that the government believed ...": Cairn, not the government)."""
    return actor.kind == "organization" and not any(
        _GOVERNMENT_NAME_RE.search(n) for n in (actor.name, *actor.aliases)
    )


#: Heads of descriptions that name a firm, never a government.
_FIRM_TAILS: Final = frozenset(
    "company firm airline carrier automaker retailer insurer lender".split()
)
#: Words in the name of a government.
_GOVERNMENT_NAME_RE: Final = regex.compile(
    r"\b(?:government|administration|ministry)\b", regex.IGNORECASE
)


def _is_body(actor: Actor) -> bool:
    """An organisation that is no news outlet, government body or party."""
    if actor.kind != "organization":
        return False
    key = fold(actor.name)
    return key not in MEDIA and key not in GOVERNMENT and key not in PARTIES


#: A name in apposition after an inverted speaker's description that ends the sentence
#: ('," says Campbell's partner, Jason Louth.').
_NAMED_AFTER_RE: Final = regex.compile(
    r",\ (?P<name>\p{Lu}[\p{L}'-]++(?:\ \p{Lu}[\p{L}'-]++){0,3}+)\s*+(?:[.!?]|\Z)"
)
#: "according to " right before a noun phrase: a clause follows it, not a cue.
_ACCORDING_BEFORE_RE: Final = regex.compile(r"(?i:according\s++to)\s++$")
#: A comma and a preposition of where someone works before a body: ", from the CEA".
_PLACED_BEFORE_RE: Final = regex.compile(r",\ (?:from|of|at|with)\ \Z")
#: A relative pronoun right before a cue, and the comma or space before it.
_RELATIVE_BEFORE_RE: Final = regex.compile(r",?+\ (?:who|which)\ ++$")
#: Bare quantifiers that speak for a group named just before ("Many believe ...").
_QUANTIFIERS: Final = frozenset("many some others most several".split())
#: The longest label (characters) before a colon that names a quote's speaker.
LABEL_MAX: Final = 80
#: What may stand before the name in such a label: capitalised words and role nouns
#: ("Brentford boss ", "Former England captain ").
_LABEL_RE: Final = regex.compile(r"(?:(?:\p{Lu}[\p{L}'.&-]*+|\L<roles>)\ )*+", roles=ROLE_NOUNS)
#: A transcript's speaker label opening a quote: "PENCE: ", "WALLACE: ".
_TRANSCRIPT_RE: Final = regex.compile(r"(\p{Lu}{3,}+):\ ")
#: A transcript label after a quote mark that opens a line.
_LABEL_LINE_RE: Final = regex.compile(r'(?m)^\s*+"(\p{Lu}{3,}+:\ )')
#: A nickname in quotes between two parts of a name: 'n "Suge" K' (from the last letter
#: of the word before to the capital after).
_NICKNAME_RE: Final = regex.compile(rf"[\p{{L}}.]\ {NICKNAME}\ \p{{Lu}}")
#: A name between commas after a speaker's noun phrase ("Keeper of the Seal, NAME, said").
_NAMED_BETWEEN_RE: Final = regex.compile(
    r",\ (?P<name>\p{Lu}[\p{L}'.-]++(?:\ \p{Lu}[\p{L}'.-]++){0,4}+),\ "
)
#: What joins a document to its author ("figures from", "a report by").
_BY_RE: Final = regex.compile(r"\ (?:from|by|of)(?=\ )")
#: The heads of people in a body ("supporters in Congress", "a source in the Senate",
#: "the top Democrat in the U.S. Senate").
_MEMBER_HEADS: Final = GROUP_NOUNS | ROLE_NOUNS | {"democrat", "republican"}
#: A preposition and the places after it, up to a speaker's noun phrase that is one of
#: them (" in Oakland, " before "California said"; " from West Virginia, Texas and ").
_PLACE_AFTER_RE: Final = regex.compile(
    r"\ (?:in|at|on|from|across|near|such\ as|of)\ (?:the\ )?+"
    r"(?:(?!(?i:\L<dates>)\b)"  # "in December, angering China": no place
    r"\p{Lu}[\p{L}.'-]*+(?:\ \p{Lu}[\p{L}.'-]*+)*+(?:,\ |\ and\ |,\ and\ ))*+\Z",
    dates=BREAKERS,
)
#: What may stand right before a subject in mid-sentence.
_SUBJECT_AFTER: Final = (", ", '" ', "But ", "And ", "but ", "and ")
#: How many mentions of the sentence before :meth:`_Finder.org_just_before` reads.
ORG_BEFORE_MENTIONS: Final = 40
#: Description heads that stand for a news outlet, and for another body, named just
#: before (:meth:`_Finder.org_just_before`).
_MEDIA_HEADS: Final = frozenset("newspaper paper magazine broadcaster network".split())
_BODY_HEADS: Final = frozenset(
    """company firm group bank agency union club airline railway carrier automaker
    retailer insurer lender charity organization organisation association""".split()
)


def _gender(actor: Actor) -> str:
    """The gender ("m", "f" or "") the actor's first name or title tells.

    A first name counts before another word of the same form ("Andrea" of "Andrea
    Arnold", not "Arnold", which is her surname), or as an actor's whole name
    ("Rachel"), unless it is a common surname too ("Warren", "Sharon").
    """
    for k, n in enumerate((actor.name, actor.title or "", *actor.aliases)):
        words = n.split()
        last = len(words) - 1
        for i, w in enumerate(words):
            got = _GENDER_WORDS.get(w.rstrip("."))
            if got is None and (i < last or (k == last == 0 and fold(w) not in SURNAMES_TOO)):
                got = FIRST_NAME_GENDER.get(w)
            if got is not None:
                return got
    return ""


def _fits(pronoun: str, actor: Actor) -> bool:
    """False when "he"/"she" clashes with what the actor's first name or title says."""
    want = _PRONOUN_GENDER.get(pronoun)
    return want is None or _gender(actor) in ("", want)


class _Said:
    """A statement while the stage works: mutable and light (the flow changes speakers
    and rules in place); a :class:`Statement` is built only for what is returned."""

    __slots__ = ("cue", "k", "kind", "np", "rule", "span", "speaker", "src")

    def __init__(
        self,
        k: int,
        span: Span,
        kind: StatementKind,
        speaker: Actor | None,
        cue: Span | None,
        rule: str,
        np: Span | None,
        src: int | None,
    ) -> None:
        self.k = k  #: its index in :attr:`_Finder.out` (its id is "s" and this)
        self.span = span
        self.kind: StatementKind = kind
        self.speaker = speaker
        self.cue = cue
        self.rule = rule
        self.np = np  #: the speaker noun phrase
        self.src = src  #: the index of the statement whose speaker it inherited

    def statement(self, original: str) -> Statement:
        span, cue = self.span, self.cue
        return Statement(
            id=f"s{self.k}",
            speaker=self.speaker,
            text=original[span.start : span.end],
            kind=self.kind,
            cue=None if cue is None else original[cue.start : cue.end],
            span=span,
            rule=self.rule,
        )


class _Finder:
    """One article's statements: the quotes, the cues and what has been said so far."""

    def __init__(self, view: TextView, cast: Cast) -> None:
        self.view = view
        self.norm = view.norm
        self.cast = cast
        self.out: list[_Said] = []
        self.used_cues: set[int] = set()  #: cue starts that attribute a direct quote
        self.quoted: list[Span] = []  #: spans of direct quotes (no indirect inside them)
        self.starts = [x.start for x in view.sentences]
        #: the paragraphs with words: a "." line between paragraphs is no paragraph
        norm = view.norm
        self.paras = [
            p
            for p in view.paragraphs
            if (p.start < p.end and norm[p.start].isalnum()) or _has_words(norm, p)
        ]
        self.pstarts = [p.start for p in self.paras]
        self.inherited_from: int | None = None  #: see :meth:`subject`
        self.genders: dict[str, str] = {}  #: see :meth:`gender`
        self.the_named: dict[str, bool] = {}  #: see :meth:`named_with_the`
        self.credits: dict[str, bool] = {}  #: see :meth:`credit`
        self.subjects_of: dict[tuple[int, int], Span | None] = {}  #: see :meth:`subject_of`
        #: (start, index in out) of each statement, by bucket of ``start >> DONE_SHIFT``
        #: (see :meth:`said_before`); ``done_keys`` lists the buckets in use, sorted;
        #: ``done_n`` statements are in them (the rest are added when next asked)
        self.done: dict[int, list[tuple[int, int]]] = {}
        self.done_keys: list[int] = []
        self.done_n = 0
        self.pending: Span | None = None
        self.found: dict[str, list[int]] = {}  #: see :meth:`positions`
        self.subjects: dict[tuple[int, int], Span | None] = {}  #: see :meth:`before`
        self.resolved: dict[tuple[int, int], Actor | None] = {}  #: see :meth:`resolve`
        #: (start, end, actor index) of every mention, sorted; made when first needed
        self.mentions: list[tuple[int, int, int]] | None = None
        self.mention_starts: list[int] = []
        self.bearers: dict[str, Actor | None] | None = None  #: see :meth:`bearer_of`
        #: (where, document noun, author) of "a report by X"; see :meth:`document_author`
        self.by_authors: list[tuple[int, str, Actor]] | None = None
        self.all_cues = _cues(view)
        self.cue_starts = [c._start for c in self.all_cues]

    def cues(self, start: int, end: int) -> list[_Cue]:
        """The cues that start inside ``[start, end)``, from the one scan of the text."""
        i = bisect.bisect_left(self.cue_starts, start)
        j = bisect.bisect_left(self.cue_starts, end, i)
        return [c for c in self.all_cues[i:j] if c._end <= end]

    def resolve(self, start: int, end: int) -> Actor | None:
        """:meth:`Cast.resolve`, remembered: a speaker is often asked about twice.

        A name that the cast knows only inside a longer mention ("Kevin Desmond" of
        "TransLink CEO Kevin Desmond") is the actor of that mention.
        """
        key = (start, end)
        if key in self.resolved:
            return self.resolved[key]
        found = self.cast.resolve(start, end)
        if (
            found is None
            and self.norm[start : start + 1].isupper()
            and self.norm[start:end].split(None, 1)[0] not in _NOT_NAMES
        ):
            found = self.around(start, end)
        self.resolved[key] = found
        return found

    def mention_index(self) -> list[tuple[int, int, int]]:
        """Every mention of the cast as (start, end, actor index), by start; built once."""
        if self.mentions is None:
            self.mentions = sorted(
                (m.start, m.end, k) for k, a in enumerate(self.cast.actors) for m in a.mentions
            )
            self.mention_starts = [m[0] for m in self.mentions]
        return self.mentions

    def mentions_in(self, start: int, end: int) -> Iterator[tuple[int, int, Actor]]:
        """(start, end, actor) of the mentions that start in ``[start, end)``, in order."""
        mentions = self.mention_index()
        i = bisect.bisect_left(self.mention_starts, start)
        while i < len(mentions) and mentions[i][0] < end:
            s, e, k = mentions[i]
            yield s, e, self.cast.actors[k]
            i += 1

    def ending_with(self, start: int, end: int) -> Iterator[tuple[int, Actor]]:
        """(start, actor) of the mentions that hold ``[start, end)`` and end with it,
        nearest first, starting at most 60 characters before ``start``."""
        mentions = self.mention_index()
        i = bisect.bisect_right(self.mention_starts, start) - 1
        while i >= 0 and start - mentions[i][0] <= 60:
            s, e, k = mentions[i]
            if e == end:
                yield s, self.cast.actors[k]
            i -= 1

    def mention_holding(self, np: Span) -> int | None:
        """The start of a person's mention that ends with ``np`` and starts before it
        ('Riefian "Ifan" Fajarsyah' around "Fajarsyah"), else None."""
        return next(
            (s for s, a in self.ending_with(np.start, np.end) if s < np.start and _is_person(a)),
            None,
        )

    def around(self, start: int, end: int) -> Actor | None:
        """The actor with a mention that holds ``[start, end)`` and ends with it."""
        return next((a for _, a in self.ending_with(start, end)), None)

    def named_in(self, start: int, end: int) -> Actor | None:
        """The actor of the longest mention inside ``[start, end)`` that is no country or
        place ("the Newark Star-Ledger newspaper", not "the U.S. automaker")."""
        best: tuple[int, Actor] | None = None
        for s, e, actor in self.mentions_in(start, end):
            if (
                e <= end
                and actor.kind not in ("country", "place")
                and (best is None or e - s > best[0])
            ):
                best = (e - s, actor)
        return None if best is None else best[1]

    def before(self, cue_start: int, floor: int) -> Span | None:
        """:func:`subject_before`, remembered: several rules ask about the same cue."""
        key = (cue_start, floor)
        if key in self.subjects:
            return self.subjects[key]
        found = subject_before(self.norm, cue_start, floor)
        if found is not None and self.norm.endswith(", ", 0, found.start):
            for s, _ in self.ending_with(found.start, found.end):
                # "A spokesman for the Department for Culture, | Media and Sport said": a
                # name with a comma inside, which the subject read stops at; read it
                # again from that comma
                comma = self.norm.find(",", s, found.start)
                if s < found.start and comma >= 0:
                    outer = subject_before(self.norm, comma, floor, verb=cue_start)
                    if outer is not None and outer.start <= s:
                        found = Span(outer.start, found.end)
                break
        self.subjects[key] = found
        return found

    def quoted_as(self, cue_start: int, floor: int) -> Span | None:
        """The speaker of a cue after "as" that a quoting verb frames, else None.

        "the newspaper quoted Shah as saying": Shah, not the newspaper; "Geoff Dixon
        was quoted by The Australian newspaper as saying": Geoff Dixon; "the agency cited
        Lavrov as saying": Lavrov.
        """
        norm = self.norm
        if (
            not norm.startswith("as", cue_start - 3)
            or not norm[cue_start - 1 : cue_start].isspace()
            or norm[cue_start - 4 : cue_start - 3].isalnum()
        ):
            return None
        # the last one before the cue (a reverse search), in QUOTED_AS_MAX characters
        m = _QUOTED_AS_RE.search(norm, max(floor, cue_start - QUOTED_AS_MAX), cue_start)
        if m is None:
            return None
        at = m.start()
        if _stopped(norm[at:cue_start]):
            return None  # no sentence end or quote mark between
        if (aux := _AUX_BEFORE_RE.search(norm, max(floor, at - 16), at)) is not None:
            # "Y was quoted (by X) as saying": the subject of "was" ("had been": of "had")
            return self.before(aux.start(), floor)
        return self.before(cue_start - 3, m.end())  # "X quoted Y as saying": Y

    def positions(self, char: str) -> list[int]:
        """The offsets of ``char`` (or a word) in the text, found once per article."""
        if (out := self.found.get(char)) is None:
            out = self.found[char] = []
            norm = self.norm
            i = norm.find(char)
            while i >= 0:
                out.append(i)
                i = norm.find(char, i + 1)
        return out

    def count(self, char: str, start: int, end: int) -> int:
        """``norm.count(char, start, end)`` by bisection: linear in a long sentence."""
        at = self.positions(char)
        return max(0, bisect.bisect_left(at, end) - bisect.bisect_left(at, start))

    def holds(self, word: str, start: int, end: int) -> bool:
        """``word in norm[start:end]``: a cheap test before a regex needing it (by
        bisection in a range longer than :data:`REACH`: linear in a long sentence)."""
        if end - start <= REACH:
            return self.norm.find(word, start, end) >= 0
        at = self.positions(word)
        i = bisect.bisect_left(at, start)
        return i < len(at) and at[i] + len(word) <= end

    def first(self, char: str, start: int, end: int | None = None) -> int:
        """``norm.find(char, start, end)`` by bisection."""
        at = self.positions(char)
        i = bisect.bisect_left(at, start)
        return at[i] if i < len(at) and (end is None or at[i] < end) else -1

    def first_cue(self, start: int, end: int) -> _Cue | None:
        """The first of :meth:`cues`, or None."""
        starts = self.cue_starts
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            if starts[i] >= end:
                break
            if self.all_cues[i]._end <= end:
                return self.all_cues[i]
        return None

    def last_cue(self, start: int, end: int) -> _Cue | None:
        """The last of :meth:`cues`, or None."""
        starts = self.cue_starts
        for i in range(bisect.bisect_left(starts, end) - 1, -1, -1):
            if starts[i] < start:
                break
            if self.all_cues[i]._end <= end:
                return self.all_cues[i]
        return None

    def follows_in_next_sentence(self, at: int, last: _Said) -> bool:
        """True when a pronoun at ``at`` opens the sentence right after the one that
        holds the statement ``last`` ("The company said it will treat the merger as a
        pooling of interests. It said the proposal ..."): that statement's speaker is the
        story's subject just then, whatever other body its words name."""
        i = bisect.bisect_right(self.starts, at) - 1
        if i < 1:
            return False
        lead = self.norm[self.starts[i] : at].strip(" \n\"'(")
        if lead and not _CONNECTIVE_RE.fullmatch(lead):
            return False  # (a connective may open the sentence: "In addition, it said")
        j = bisect.bisect_right(self.starts, last.span.start) - 1
        return j == i - 1 and last.span.end <= self.starts[i]

    def cites(self, st: _Said, document: str) -> bool:
        """True when the sentence of ``st`` gives a ``document`` as its source after
        "according to" ("..., Xi said, according to a statement issued by China's
        Ministry of Foreign Affairs"): "the statement said" after it is that document's
        issuer's, not the speaker's."""
        here = self.sentence_at(st.span.start)
        if here is None:
            return False
        at = self.norm.find("according to ", here.start, here.end)
        return at >= 0 and self.norm.find(f" {document}", at + 12, min(here.end, at + 60)) >= 0

    def conceded(self, st: _Said) -> bool:
        """True when ``st`` lies in a concessive clause that reports with "that" and opens
        its sentence ("Although Trump has repeatedly tweeted that there was ..."), no
        comma before it: a statement the sentence grants, which a later "he" or "she"
        does not take up."""
        here = self.sentence_at(st.span.start)
        return (
            here is not None
            and _CONCEDED_RE.match(self.norm, here.start, st.span.start) is not None
        )

    def sentence_at(self, pos: int) -> Span | None:
        """The sentence holding ``pos`` (a bisect on plain ints, cheaper than on Spans)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.view.sentences[i].end:
            return self.view.sentences[i]
        return None

    def sole_org_named(self, head: str, before: int) -> Actor | None:
        """The one organisation named before ``before`` whose name has ``head`` for its
        head ("the department said" after "The U.S. Treasury Department ..."; not "the
        assembly government" after "the Welsh Local Government Association"), if just one
        has: not the organisation the story names just then ("The Trump administration
        sent a budget ..., the department said")."""
        return _sole(
            actor
            for actor in self.cast.actors
            if actor.kind == "organization"
            and actor.mentions[0].start < before
            and _headed(actor.name.lower().split(), head)
        )

    def org_just_before(self, np: Span, head: str) -> Actor | None:
        """For a bare description that is a subject ("The agency told", ", the club
        said"): the one organisation of the kind ``head`` names ("the agency", "the
        newspaper") named in the sentence before (same paragraph), if just one is:
        "... confirm this by TransLink. The agency told ...".

        Heads that name a government or a party ("the government", "the ministry")
        find none: the one meant is seldom the body named just before. Nor do
        descriptions with modifiers ("the rating agency": which one the text says
        elsewhere) or after a preposition ("an appointee to the agency who argues").
        """
        if head in _MEDIA_HEADS:
            fits: Callable[[Actor], bool] = self.cast.is_outlet
        elif head in _BODY_HEADS:
            fits = _is_body
        else:
            return None
        norm = self.norm
        pos = np.start
        here = self.sentence_at(pos)
        if here is None or norm.count(" ", pos, np.end) != 1:
            return None
        if (pos - here.start > 8 or norm[here.start : pos].strip("\"'([ ")) and not (
            norm.endswith(_SUBJECT_AFTER, here.start, pos)
        ):
            return None  # (a bounded look: not the whole of a long sentence per description)
        prev = self.sentence_before(here)
        if prev is None or self.paragraphs_between(prev.start, pos):
            return None
        found: Actor | None = None
        for k, (_, _, a) in enumerate(self.mentions_in(prev.start, prev.end)):
            if k == ORG_BEFORE_MENTIONS:
                return None  # a sentence of many names names no one body
            if fits(a):
                if found is not None and a is not found:
                    return None  # two bodies of the kind
                found = a
        return found

    def group_before(self, np: Span) -> Actor | None:
        """The group named last before ``np``, in its sentence or the one before: who a
        bare "Many" or "Some" that speaks stands for ("Mr Brown surprised some City
        experts by ... Many believe ...")."""
        here = self.sentence_at(np.start)
        if here is None:
            return None
        before = self.sentence_before(here)
        found = None
        for _, _, actor in self.mentions_in(
            here.start if before is None else before.start, np.start
        ):
            if actor.kind == "group":
                found = actor
        return found

    def sentence_before(self, s: Span) -> Span | None:
        """The sentence before ``s`` (in any paragraph), or None."""
        i = bisect.bisect_left(self.starts, s.start) - 1
        sentences = self.view.sentences
        while i >= 0 and not _has_words(self.norm, sentences[i]):
            i -= 1  # a "." line
        return sentences[i] if i >= 0 else None

    def bounds(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, else its paragraph, as (start, end)."""
        s = self.sentence_at(pos)
        if s is not None:
            return s.start, s.end
        p = self.view.paragraph_at(pos)
        return (p.start, p.end) if p is not None else (pos, pos)

    def emit(
        self,
        text: Span,
        kind: StatementKind,
        speaker: Actor | None,
        cue: Span | None,
        rule: str,
        source: _Said | None = None,
    ) -> _Said:
        st = _Said(
            len(self.out), text, kind, speaker, cue, rule, self.pending,
            None if source is None else source.k,
        )  # fmt: skip
        self.out.append(st)
        self.pending = None
        return st

    def adjacent(self, before: Span, after: Span) -> bool:
        """True when ``after`` is ``before`` or the paragraph right after it, and close."""
        if before.start == after.start and before.end == after.end:
            return True
        i = bisect.bisect_left(self.pstarts, after.start)
        if i < 1 or after.start - before.end >= FLOW_GAP:
            return False
        p = self.paras[i - 1]
        return p.start == before.start and p.end == before.end

    def adjacent_at(self, before: int, after: int) -> bool:
        """True when offsets ``before`` and ``after`` lie in the same or adjacent paragraphs."""
        i = bisect.bisect_right(self.pstarts, before) - 1
        j = bisect.bisect_right(self.pstarts, after) - 1
        if i < 0 or j < 0 or after >= self.paras[j].end or before >= self.paras[i].end:
            return False
        return i == j or (j == i + 1 and self.paras[j].start - self.paras[i].end < FLOW_GAP)

    def object_of_preposition(self, np: Span) -> bool:
        """True when the speaker noun phrase ``np`` is the object of "to" or "against",
        not who spoke. After "to", inside a longer subject whose head stands further back
        ("a previously unreported memo emailed to Tillerson from a range of senior
        diplomats said", "Sources with ties to the White House said"); not after
        "according", nor in a phrase that opens the sentence without its comma ("Speaking
        to the BBC News website Mr Molyneux said"). After "against", always: "The
        complaint filed against Saipov said" is about him. Either way, unless a relative
        clause speaks for it ("the allegations against Farenthold, who said on Thursday
        that")."""
        norm = self.norm
        if norm.startswith((", who ", " who "), np.end):
            return False
        if norm.endswith(" against ", 0, np.start):
            return True
        if not norm.endswith(" to ", 0, np.start):
            return False
        before = norm[max(0, np.start - 16) : np.start - 4].rsplit(None, 1)
        if not before or before[-1].lower() == "according":
            return False
        here = self.sentence_at(np.start)
        return here is not None and LEADING_PHRASE_RE.match(norm, here.start) is None

    def speaker_of(self, np: Span | None) -> Actor | None:
        """Resolve a speaker noun phrase through the cast; remember it for :meth:`flow`."""
        self.pending = np
        if np is None:
            return None
        if self.object_of_preposition(np):
            return None
        word = self.norm[np.start : np.end].lower()
        if word.rsplit(None, 1)[-1] in DOCUMENTS and (
            d := _DOC_OWNER_RE.fullmatch(self.norm, np.start, np.end)
        ):
            # "the union's Friday release", "the Civic Action study": whoever issued it
            owner = _speaker(self.resolve, Span(d.start("owner"), d.end("owner")), self.norm)
            return owner if owner is not None and owner.kind in _ISSUERS else None
        actor = _speaker(self.resolve, np, self.norm)
        if actor is None and word in _QUANTIFIERS:
            return self.group_before(np)  # "... surprised some City experts ... Many believe"
        if (
            actor is None
            and self.norm.startswith(", ", np.end)
            and (named := _NAMED_BETWEEN_RE.match(self.norm, np.end)) is not None
            and (
                self.norm.startswith('"', named.end())  # "according to his aunt, NAME, "..."
                or not _ACCORDING_BEFORE_RE.search(self.norm, max(0, np.start - 14), np.start)
            )  # not "According to the documents, NAME, a campaign adviser, said ...": a clause
            and (person := self.resolve(named.start("name"), named.end("name"))) is not None
            and person.kind == "person"
        ):
            # "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said": a title that
            # names no one, then the person's name
            self.pending = Span(named.start("name"), named.end("name"))
            return person
        if (
            (actor is None or not _mentioned(actor, np.start, np.end) or actor.kind == "person")
            and np.start >= 3
            and self.norm[np.start - 2 : np.start] == ", "
            and (who := self.named_before_role(np)) is not None
        ) or (
            actor is not None
            and actor.kind == "organization"
            and np.start >= 3
            and self.norm[np.start - 2 : np.start] == ", "
            and self.norm[np.start].isupper()
            and (who := self.named_before(np.start - 2)) is not None
        ):
            return who  # "Mark Serwotka, the leader of the Public and Commercial Services
            # Union said:": an appositive that lacks its closing comma
        if (
            actor is not None
            and actor.kind == "organization"
            and (at := _PLACED_BEFORE_RE.search(self.norm, max(0, np.start - 8), np.start))
            and (who := self.named_before(at.start())) is not None
        ):
            return who  # "Jeff Joseph, from the Consumer Electronics Association (CEA) told":
            # where the person named before works, an appositive that lacks its comma
        if (
            actor is not None
            and actor.kind == "person"
            and np.start > 2
            and self.norm.startswith(", ", np.start - 2)
            and " and " in self.norm[np.start : np.end]
            and (first := self.named_before(np.start - 2, first=True)) is not None
        ):
            return first  # "Senator Jake Garn, John Heinz and Richard Shelby said": joint
            # speakers, whom the first named stands for
        if (
            actor is not None
            and actor.kind in ("place", "country")
            and (here := self.sentence_at(np.start)) is not None
            and (at := _PLACE_AFTER_RE.search(self.norm, max(here.start, np.start - 120), np.start))
        ):
            head = subject_before(self.norm, at.start() + 1, here.start)
            if head is None and self.norm.endswith(")", 0, at.start()):
                opened = self.norm.rfind("(", max(here.start, at.start() - 24), at.start())
                if opened > here.start:  # "the Project and Contract Office (PCO) in Baghdad"
                    head = subject_before(self.norm, opened, here.start)
            elif head is None and self.norm.endswith(">", 0, at.start()):
                opened = self.norm.rfind("<", max(here.start, at.start() - 60), at.start())
                if opened >= here.start:  # "<Montedison SPA> of Italy said": a listed firm
                    head = Span(opened + 1, at.start() - 1)
            if head is None:
                return None  # who is in that place the text does not say clearly: no one
            # "An SEC official in Washington said", "Judge Haywood Gilliam Jr. in Oakland,
            # California, said", "attorneys from West Virginia, Texas and Oklahoma said":
            # who is there, not the place
            self.pending = head
            return _speaker(self.resolve, head, self.norm)
        if (
            actor is not None
            and actor.kind == "organization"
            and self.norm.endswith((" in ", " in the "), max(0, np.start - 8), np.start)
            and (here := self.sentence_at(np.start)) is not None
            and (at := _PLACE_AFTER_RE.search(self.norm, max(here.start, np.start - 120), np.start))
            and (head := subject_before(self.norm, at.start() + 1, here.start)) is not None
        ):
            members = _speaker(self.resolve, head, self.norm)
            if members is not None and members is not actor:
                if members.kind == "group" or self.is_party(members):
                    self.pending = head  # "Republicans in Congress say", "Democrats in the
                    # Senate said": the members, not the body they sit in; "the top Democrat
                    # in the U.S. Senate said": one member, whom the cast does not name
                    return members if self.norm[head.end - 1] == "s" else None
                if " and " in self.norm[head.start : head.end]:
                    self.pending = head  # "The White House and immigration hard-liners in
                    return members  # Congress say": joint speakers, the first named
            elif members is None and _last_word(self.norm, head).lower() in _MEMBER_HEADS:
                self.pending = head  # "Developers and supporters in Congress say", "A
                # bipartisan group of lawmakers in the House said": people in the body whom
                # the cast does not name (not "a report in the Sunday Telegraph")
                return None
        if (
            actor is not None
            and self.norm[np.start] in "TtAa"
            and _DESCRIBED_RE.match(self.norm, np.start, np.end)
            and not _mentioned(actor, np.start, np.end)
        ):
            return None  # "a spokeswoman for Trudeau": someone unnamed, not a guess
        if (
            actor is not None
            and word in _FLOW_KINDS
            and actor.kind not in _FLOW_KINDS[word]
            and not (word == "they" and actor.kind == "person")  # the first of a pair
        ):
            actor = None  # "she" is no organisation, "it" no person: leave it to the flow
        if (
            actor is not None
            and actor.kind in ("country", "organization")
            and word.startswith("the ")
            and (e := _EPITHET_RE.fullmatch(self.norm, np.start, np.end)) is not None
            and e["head"][:1].isupper()
            and _person_epithet(e["head"])
            and not e["head"].endswith(("sh", "ch", "ese", "s"))
        ):
            return None  # 'said the American', "the 64-year-old Republican said": a person
            # of that people or party, whom the flow finds ("the French", "the Chinese" are
            # the people, the country)
        if (
            actor is not None
            and actor.kind in ("country", "place")
            and (cut := self.norm.rfind(" ", np.start, np.end)) > np.start
            and (org := self.resolve(np.start, cut)) is not None
            and org.kind == "organization"
            and _mentioned(org, np.start, cut)
        ):
            return org  # "Amnesty International UK": the body, not the country after it
        if (
            actor is not None
            and actor.kind == "place"
            and word == actor.name.lower()
            and " " not in word
            and (who := self.bearer_of(word)) is not None
        ):
            return who  # "Dallas said" after "referee John Dallas", "Phoenix said" after
            # "<Phoenix Technologies Ltd>": the one who bears the name speaks, not the city
        return actor  # "he" / "she" are read again in :meth:`flow`

    def bearer_of(self, word: str) -> Actor | None:
        """The one person whose name ends in ``word``, else the one organisation whose
        name opens with it, else None (built once per article)."""
        if self.bearers is None:
            people: dict[str, list[Actor]] = {}
            orgs: dict[str, list[Actor]] = {}
            for a in self.cast.actors:
                if a.kind == "person" and " " in a.name:
                    people.setdefault(a.name.rsplit(None, 1)[1].lower(), []).append(a)
                elif a.kind == "organization" and " " in a.name:
                    orgs.setdefault(a.name.split(None, 1)[0].lower(), []).append(a)
            self.bearers = {}
            for key in people.keys() | orgs.keys():
                found = people.get(key) or orgs.get(key) or []
                self.bearers[key] = found[0] if len(found) == 1 else None
        return self.bearers.get(word)

    def named_before_role(self, np: Span) -> Actor | None:
        """The person named just before ``, np`` when ``np`` is a role's description ("the
        leader of the union", "Wanadoo's chief executive") and the name opens its clause
        ("John Smith, the leader of the union said"; not "After meeting Smith, the
        chairman said")."""
        if not _ROLE_DESCRIPTION_RE.match(self.norm, np.start, np.end):
            return None
        return self.named_before(np.start - 2)

    def named_before(self, end: int, *, first: bool = False) -> Actor | None:
        """The person whose mention ends at ``end`` and opens its clause (after nothing,
        or after a comma, in its sentence): "Colin Asplin, Blackpool Hotel Association
        said" names Asplin. With ``first``, the mention must open its sentence, after a
        dateline: the first of a list of names ("Senator Jake Garn, John Heinz and
        Richard Shelby said")."""
        norm = self.norm
        for start, actor in self.ending_with(end - 1, end):
            if actor.kind != "person":
                return None
            here = self.sentence_at(start)
            if here is None:
                return None
            if first:
                lead = norm[after_dateline(norm, here.start, start) : start]
                return actor if not lead.strip(" \n\"'(") else None
            lead = norm[max(here.start, start - 40) : start].strip(" \"'(")
            if lead and not lead.endswith(","):
                return None  # inside a clause: "After meeting Smith, the chairman said"
            return actor
        return None

    def flow(self) -> None:
        """A pronoun speaker right after another statement is that statement's speaker.

        "he said" just after Smith's quote is Smith, even when another man was
        named in between (the quote's own words, a name in a clause). Only a
        speaker of a fitting kind within the same or the previous paragraph counts.
        """
        norm = self.norm
        pstarts = self.pstarts
        # by start, then in the order found (a stable sort)
        order = sorted(range(len(self.out)), key=[st.span.start for st in self.out].__getitem__)
        last: _Said | None = None
        #: (where, document noun, author) of each document named with its author so far
        issued: list[tuple[int, str, Actor]] = []
        last_doc = False  #: whether the statement before was a document's ("the memo said")
        for k in order:
            st = self.out[k]
            np = st.np
            word = tail = ""
            if np is not None:
                word = norm[np.start : np.end].lower()
                tail = word.rsplit(" ", 1)[-1]
                doc_at = np.end - len(tail)  #: where the document's noun starts
                if tail not in _DOCUMENTS and (d := _DOCUMENT_TO_RE.fullmatch(word)):
                    tail = d["doc"]  # "the letter to Wild said": the letter's
                    doc_at = np.start + d.start("doc")
                if tail in _DOCUMENTS and not norm[doc_at].isupper():
                    # (not an outlet: "the Washington Post said", "The Post said")
                    head = word.split(" ", 1)[0]
                    if head == "the":
                        word = "<document>"  # "the statement said": whoever issued it
                    elif head in _OWNERS:
                        word = _OWNERS[head]  # "her statement said": she
            if st.rule == "quote-unattributed" and (
                last is None
                or bisect.bisect_right(self.pstarts, st.span.start)
                - bisect.bisect_right(self.pstarts, last.span.start)
                <= INHERIT_PARAGRAPHS
            ):
                # a quote paragraph right after reported speech: "X said Y.\n\n"...";
                # or after a sentence that introduces its speaker, though no one is known
                # to have spoken before it ('Mr Howard, however, was dismissive. "These
                # things happen ..."')
                before = None if last is None else last.speaker
                who = self.inherited_speaker(st, before, last)
                if who is not None and before is None and self.spoken_of(who, st):
                    who = None  # 'But Bob in the 1990s became one of the great icons ...
                    # "In 1991, ten years after his death, he sold more records ..."': the
                    # words of someone who speaks of him
                if who is not None:
                    st.speaker, st.rule = who, "quote-inherited"
            elif (src := st.src) is not None:
                who = self.out[src].speaker  # its source may have been re-resolved
                if st.rule == "quote-inherited":
                    who = self.inherited_speaker(st, who, last, self.out[src])
                st.speaker = who
            elif (
                word == "it"
                and last_doc
                and last is not None
                and last.speaker is not None
                and np is not None
                and self.follows_in_next_sentence(np.start, last)
            ):
                st.speaker = last.speaker  # "the letter to Wild said ... It added": the
                # letter, whoever sent it ("It asked" next: still the letter)
                word = "<document>"
            elif (
                word == "<document>"
                and np is not None
                and st.speaker is None  # (no owner named: "the Justice Department statement")
                and (author := self.document_author(tail, np.start, issued)) is not None
            ):
                st.speaker = author  # "A High Command communique said ... Iran said ...
                # The communique said": its author, not the speaker just before
            elif np is not None and last is not None and last.np == np:
                st.speaker = last.speaker  # one subject, two statements: "The 31-year-old
                # admitted interest ... was immense, calling it "the biggest thing ...""
            elif (
                (word in _FLOW_KINDS or word == "<document>")
                and last is not None
                and last.speaker is not None
                and last.speaker.kind in _FLOW_KINDS.get(word, _ISSUERS)
                and _fits(word, last.speaker)
                and bisect.bisect_right(pstarts, st.span.start)
                - bisect.bisect_right(pstarts, last.span.start)
                <= 1
                and not (  # "Other western officials are not so sure. They said": they
                    word == "they"  # are that group, whom no speaker before stands for
                    and np is not None
                    and self.cast.unnamed_plural_subject(np.start) == -1
                )
                and not (
                    word == "<document>"
                    and last.rule != "indirect.according-to"
                    and self.cites(last, tail)
                )
                and (
                    st.speaker is None
                    or (
                        word == "they"
                        and last.speaker.kind == "group"
                        and st.speaker.kind != "group"
                        and np is not None
                        and np.end <= st.span.start
                    )
                    or (
                        word == "it"
                        and last.speaker.kind == "organization"
                        and np is not None
                        and self.follows_in_next_sentence(np.start, last)
                    )
                )
            ):
                # (a group that spoke just before is "they", rather than a firm named in
                # its words: "analysts say the Mac mini will help Apple ... They speculate")
                st.speaker = last.speaker
            elif word in ("it", "they") and np is not None and np.start >= st.span.end:
                # "CLAUSE, it said": read back from where the clause starts, so that a
                # company named inside the clause ("Bear Stearns and Co is expected to
                # act as dealer manager, it said") is not taken for "it"; so for "they"
                # ("... signed by ... Coface ..., they said" after "government sources")
                fits: Callable[[Actor], bool] = _is_org if word == "it" else _is_plural
                who = self.pronoun_speaker(st, np, word, last, fits, far=False)
                if who is not None:
                    st.speaker = who
            elif word in {"he", "she"} and np is not None:
                who = self.pronoun_speaker(st, np, word, last, self.person_check(word))
                if who is not None and self.credit(who):
                    who = None
                st.speaker = who
            elif (
                np is not None
                and tail in _ORG_HEADS
                and _ORG_DESCRIPTION_RE.fullmatch(norm, np.start, np.end)
            ):
                # "the company said": the organisation the story is about just then;
                # "the Associated Press agency said": the one it names
                fits_org = (
                    _is_public_body
                    if tail in _PUBLIC_TAILS
                    else _is_no_government
                    if tail in _FIRM_TAILS
                    else _is_org
                )
                who = (
                    self.named_in(np.start + 4, np.end)
                    or (self.sole_org_named(tail, np.start) if tail in _NAMED_HEADS else None)
                    or (
                        st.speaker  # the cast's: "the institute said" after "DIW"
                        if tail in _NAME_ONLY_HEADS
                        else self.pronoun_speaker(st, np, word, last, fits_org, far=False)
                        or self.org_just_before(np, tail)
                    )
                )
                if who is not None and tail in _PUBLIC_TAILS and not _is_public_body(who):
                    who = None  # "Last month, the government said" is no firm's
                if who is not None and who.kind not in _ISSUERS - {"person"}:
                    who = None  # "the group" is no person
                if who is not None or tail not in _DOCUMENTS:
                    st.speaker = who  # (a paper that names no outlet may be a document,
                    # which the cast may know: "The white paper said")
            elif (
                st.speaker is None
                and np is not None
                and word.startswith("the ")
                and word not in ("the man", "the woman")  # someone unnamed, not "the Waterford man"
                and (e := _EPITHET_RE.fullmatch(norm, np.start, np.end)) is not None
                and e["head"].lower() not in _NOT_PEOPLE
                and _person_epithet(e["head"])
            ):
                # "says the affable proprietor": the person the story is about just then;
                # "the spokesman said": one given that role ("Victoria Nuland, a State
                # Department spokeswoman"; "a senior central bank official"), not whoever
                # the story is about
                head = e["head"].lower()
                fits = _holding(_role_key(head)) if head in PROXY_ROLES else _is_person
                if sex := _epithet_gender(head):
                    # "The New York businessman says" after Clinton spoke: no woman
                    fits = self.gendered(fits, sex)
                who = self.pronoun_speaker(st, np, word, last, fits)
                if who is not None:
                    st.speaker = who
            if np is not None:
                if st.speaker is None:
                    if (d := _THE_DOCUMENT_RE.fullmatch(norm, np.start, np.end)) is not None:
                        # "The report said": whoever the text said issued the report
                        st.speaker = self.document_author(d["doc"].lower(), np.start, issued)
                elif st.speaker.kind in _ISSUERS:
                    self.issued_by(st, np, issued)
            last, last_doc = st, word == "<document>"

    def issued_by(self, st: _Said, np: Span, issued: list[tuple[int, str, Actor]]) -> None:
        """Note in ``issued`` a document whose author speaks in ``st``: its speaker noun
        phrase names it ("a report by analysts Forrester Research", "said a World Bank
        report"), or the sentence puts the words in it ("In a new report, the Electoral
        Commission says", "The Calgary-based railway said in the report that", "...,
        Ryan's office said in a statement")."""
        assert st.speaker is not None
        norm = self.norm
        doc = None
        at = np.start  #: where the document is named
        if (m := _OWNED_DOCUMENT_RE.fullmatch(norm, np.start, np.end)) is not None:
            doc = m["doc"].lower()
        if doc is None and np.start >= 4:
            lo = max(0, np.start - 80)
            for m in _IN_DOCUMENT_RE.finditer(norm, lo, np.start):
                if not norm[m.end() : np.start].strip(", "):
                    doc, at = m["doc"].lower(), m.start()
        if doc is None and st.cue is not None:
            found = None
            if st.cue.end < st.span.start:
                found = _IN_DOCUMENT_RE.match(norm, st.cue.end + 1, st.span.start)
            elif st.cue.start >= st.span.end:  # "CLAUSE, Ryan's office said in a statement."
                found = _IN_DOCUMENT_RE.match(norm, st.cue.end + 1, st.cue.end + 60)
            if found is not None:
                doc, at = found["doc"].lower(), found.start()
        if doc is None and st.cue is not None and norm[st.cue.start : st.cue.end] in _WROTE:
            doc = "*"  # "But prosecutors wrote that ...": what they wrote, any document
        if doc is not None:
            issued.append((at, doc, st.speaker))

    def document_author(
        self, doc: str, before: int, issued: list[tuple[int, str, Actor]]
    ) -> Actor | None:
        """Who issued the last ``doc`` ("report", "survey") named with its author before
        ``before``: in a statement (``issued``; one that a cue says was written stands
        for any document in its paragraph or the next), or after "by" or "from" ("A
        report by the railway company details ..."); None when the text names another
        such document after it ("in a statement") with no author."""
        if self.by_authors is None:
            norm = self.norm
            self.by_authors = []
            for m in _DOCUMENT_BY_RE.finditer(norm):
                if not _NAMED_RE.search(m["who"]):
                    continue  # "A report by the railway company": which one the cast
                    # may not know (it guesses the organisation named last)
                who = _speaker(self.resolve, Span(m.start("who"), m.end("who")), norm)
                if who is not None and who.kind in _ISSUERS:
                    self.by_authors.append((m.start(), m["doc"].lower(), who))
        best: tuple[int, str, Actor] | None = None
        here = bisect.bisect_right(self.pstarts, before)
        for rec in chain(issued, self.by_authors):
            if (
                (
                    rec[1] == doc
                    or (rec[1] == "*" and here - bisect.bisect_right(self.pstarts, rec[0]) <= 1)
                )
                and rec[0] < before
                and (best is None or rec[0] > best[0])
            ):
                best = rec
        if best is None:
            return None
        for m in _IN_DOCUMENT_RE.finditer(self.norm, best[0] + 1, before):
            if m["doc"].lower() == doc and m.group().split(None, 2)[1].lower() in ("a", "an"):
                return None  # "The company denied the allegations in a statement": a
                # later one whose author no statement names; which one is meant is unsure
        return best[2]

    def pronoun_speaker(
        self,
        st: _Said,
        np: Span,
        word: str,
        last: _Said | None,
        fits: Callable[[Actor], bool],
        far: bool = True,
    ) -> Actor | None:
        """Who "he" / "she" is, read back from where the statement starts.

        The subject of its own sentence ("Mr Blair praised ..., which he said"),
        else, sentence by sentence back (at most :data:`PRONOUN_SENTENCES`, within
        the paragraph before): the speaker of a statement there, a person subject,
        the cast's answer when it is named there; else the speaker of the statement
        just before; else the cast's answer. A quote's speaker named after it
        ('"... Many sentences," he said') is read from its opening mark.
        """
        norm = self.norm
        anchor = min(np.start, st.span.start)
        if (
            st.speaker is not None
            and last is not None
            and last.speaker is st.speaker
            and self.paragraphs_between(last.span.start, anchor) <= 1
            and fits(st.speaker)
            and not self.conceded(last)
        ):
            return st.speaker  # the cast and the flow agree: the common case, and cheap
        here = self.sentence_at(anchor)
        if here is None:
            return st.speaker
        subj = sentence_subject(norm, here.start, anchor) if anchor > here.start + 1 else None
        other = False  #: the sentence's subject is someone else, named (not a pronoun)
        if (
            subj is not None
            and subj.start < anchor
            and norm[subj.start : subj.end].lower() != word
            and norm[subj.end : np.start].strip() != ","  # not 'Schumer, he said, "knows ...': the
            # subject of the words he said
        ):
            who = _speaker(self.resolve, subj, norm)
            if who is not None and fits(who):
                return who
            other = norm[subj.start : subj.end].lower() not in PRONOUNS
        fits_last = last is not None and (last.speaker is None or fits(last.speaker))
        if (
            fits_last
            and last is not None
            and last.speaker is not None
            and here.start <= last.span.start
            and last.span.end <= anchor
        ):
            return last.speaker  # '"...," Chris Callies said. But she said ...'
        if other and (who := self.clause_subject(here.start, anchor, fits)) is not None:
            return who
        nxt = here
        budget = PRONOUN_SENTENCES  #: sentences left to read (a chain of "he ..." costs none)
        reach = anchor  #: where the paragraphs read must adjoin: the chain's first sentence
        for _ in range(PRONOUN_CHAIN_MAX):
            if budget <= 0:
                break
            budget -= 1
            prev = self.sentence_before(nxt)
            if prev is None or not self.adjacent_at(prev.start, reach):
                break
            tail = max(prev.start, prev.end - 3)
            if norm.find(")", tail, prev.end) >= 0 and _CREDIT_RE.search(norm, tail, prev.end):
                nxt = prev
                continue  # a photo caption or credit: "(Muriel Draaisma/CBC)."
            spoke = (  # a statement there
                last is not None and last.span.end > prev.start and last.span.start < nxt.start
            )
            if spoke and last is not None and self.conceded(last):
                nxt = prev
                continue  # "Although Trump has repeatedly tweeted that there was ..., its
                # inclusion should not ... Rather, ..., he said": a statement the sentence
                # concedes, in the words of whoever spoke before it
            if (
                spoke
                and fits_last
                and last is not None
                and last.speaker is not None
                and last.span.start <= prev.start + 1
            ):
                return last.speaker  # the sentence is a quote: its speaker (cheaply)
            subj = self.subject_of(prev.start, prev.end)
            said = "" if subj is None else norm[subj.start : subj.end].lower()
            # "Trump has done all he can, said Luke Popovich": the subject is what was said
            covered = subj is not None and (
                (spoke and last is not None and last.span.start <= subj.start)
                or self.covers(subj.start)
            )
            if subj is not None and said not in PRONOUNS and not covered:
                who = _speaker(self.resolve, subj, norm)
                if who is not None and fits(who):
                    return who
                if (
                    who is None
                    and (appos := _NAMED_BETWEEN_RE.match(norm, subj.end, prev.end)) is not None
                    and (who := self.resolve(appos.start("name"), appos.end("name"))) is not None
                    and fits(who)
                ):
                    return who  # "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to
                    # Pound's comments. "...," he told BBC Sport": the lawyer, not Kenteris
                if (
                    who is None
                    and _APPOSITIVE_RE.match(norm, subj.end, prev.end)
                    and _UNKNOWN_SPEAKER_RE.fullmatch(norm, subj.start, subj.end)
                ):
                    return None  # "Yuni, a resident of Lampung, ...": someone the cast lacks
                if (
                    who is None
                    and not spoke
                    and not self.cues(prev.start, prev.end)
                    and (e := _EPITHET_RE.fullmatch(norm, subj.start, subj.end)) is not None
                    and e["head"].lower() not in _NOT_PEOPLE
                    and _person_epithet(e["head"])
                ):
                    # "The previous day, the Olympic champion went down 6-2 7-5 to France's
                    # Nathalie Dechy. "...," she said": the one described, named further back
                    nxt = prev
                    continue
            elif subj is not None and said == word and not spoke and subj.start > prev.start:
                # "After Wilson-Raybould was shuffled, she published ...": the same pronoun
                who = self.resolve(subj.start, subj.end)
                if who is not None and fits(who):
                    return who
            if (
                not spoke
                and said != word
                and prev.end - prev.start <= SAME_PRONOUN_REACH  # (a bounded look)
                and (same := _SAME_PRONOUN_RE.get(word)) is not None
                and same.search(norm, prev.start, prev.end) is not None
            ):
                here_named = list(self.mentions_in(prev.start, prev.end))
                if (
                    here_named
                    and fits(here_named[0][2])
                    and all(a is here_named[0][2] for _, _, a in here_named if fits(a))
                    and '"' not in norm[prev.start : prev.end]
                    and not norm.startswith("'", here_named[0][1])  # not "on Campbell's claims he"
                    and not norm.endswith(CONTRAST_WORDS, 0, here_named[0][0])
                    and not _OBJECT_PRONOUN_RE[word].search(norm, prev.start, here_named[0][0])
                ):
                    return here_named[0][2]  # "For Megda Belkacemi, Friday is a day she has been
                    # awaiting eagerly.": the one person there the same pronoun stands for,
                    # named first, outside quotes
            if spoke and last is not None:
                if fits_last and last.speaker is not None:
                    return last.speaker  # "..., said Luke Popovich. "...," he said."
                named = last.np
                if (
                    last.speaker is None
                    and named is not None
                    and _UNKNOWN_SPEAKER_RE.fullmatch(norm, named.start, named.end) is not None
                ):
                    return None  # someone the cast does not know spoke just before
            if (
                said != word
                and st.speaker is not None
                and fits(st.speaker)
                and _mentioned(st.speaker, prev.start, prev.end)
                and (
                    word not in _PRONOUN_RE
                    or not _PRONOUN_RE[word].search(norm, prev.start, prev.end)
                )
            ):
                return st.speaker  # "Exercise helped Babatunji Farinloye. "...," he says."
            if (
                said == word
                and word in _SAME_PRONOUN_RE
                and not spoke
                and subj is not None
                and subj.start <= prev.start + 1
            ):
                # "He battered down the door ... He taped the girl's hands ...": the same
                # pronoun opens the sentence, for the same person; read on past it
                budget += 1
                reach = prev.start
            nxt = prev
        if (
            far
            and fits_last
            and last is not None
            and last.speaker is not None
            and self.paragraphs_between(last.span.start, anchor) <= INHERIT_PARAGRAPHS
        ):
            return last.speaker
        if (
            word in _PRONOUN_RE
            and last is not None
            and last.speaker is None
            and last.np is not None
            and norm.startswith(("a ", "an ", "A ", "An ", "Another ", "another "), last.np.start)
            and not ROLE_NOUNS.isdisjoint(norm[last.np.start : last.np.end].lower().split())
            and self.paragraphs_between(last.span.start, anchor) <= 1
        ):
            # "..., a private security professional present during the attack told
            # Reuters. ... CLAUSE, he said": the one just described, whom the cast lacks
            return None
        return st.speaker if st.speaker is not None and fits(st.speaker) else None

    def clause_subject(self, start: int, end: int, fits: Callable[[Actor], bool]) -> Actor | None:
        """The one fitting actor named in ``[start, end)`` with a verb right after it, as
        a clause's subject ("the local Arab News said Labour Minister Ghazi al-Gosaibi had
        "caused uproar" when he said"; "The battle for control of Manchester United has
        taken another turn after the club confirmed"), not after "if" or "whether"; None
        when there is none or more than one."""
        norm = self.norm
        found: Actor | None = None
        for s, e, actor in self.mentions_in(start, end):
            if not fits(actor) or e >= end:
                continue
            before = norm[max(start, s - 12) : s].split()
            if before and before[-1].lower() in _NOT_SUBJECT_AFTER:
                continue
            if not _VERB_AFTER_RE.match(norm, e, min(end, e + 30)):
                continue
            if found is not None and found is not actor:
                return None
            found = actor
        return found

    def inherited_speaker(
        self, st: _Said, source: Actor | None, last: _Said | None, src: _Said | None = None
    ) -> Actor | None:
        """The speaker of a quote with no attribution: a person introduced right before it
        ('Durning did not need much coaxing. "I'm thankful ..."'), else the speaker of
        the statement just before it in the paragraph, or in the paragraph before when it
        came after the quote ``src`` it would inherit from (another speaker's reported
        words between: 'Peter Luff ... said that the legislation was "so poorly drafted
        ...". \n\n"It is no wonder ..."' is Luff's), else its source's."""
        norm = self.norm
        here = self.sentence_at(st.span.start)
        if here is not None:
            subj = (
                sentence_subject(norm, here.start, st.span.start)
                if st.span.start - here.start > 2
                else None
            )
            if subj is None or subj.start >= st.span.start - 1:
                prev = self.sentence_before(here)
                subj = None
                if (
                    prev is not None
                    and self.paragraphs_between(prev.start, st.span.start) == 0
                    and norm[prev.start] != '"'
                    and (last is None or last.span.end <= prev.start)
                    and _CREDIT_RE.search(norm, max(prev.start, prev.end - 3), prev.end) is None
                ):
                    subj = self.subject_of(prev.start, prev.end)
            if (
                subj is not None
                and norm[subj.start : subj.end].lower() not in PRONOUNS
                and norm.find(" and ", subj.start, subj.end) < 0
            ):
                who = _speaker(self.resolve, subj, norm)
                if who is not None and who.kind in _ISSUERS:
                    return who
        if (
            last is not None
            and last.speaker is not None
            and self.paragraphs_between(last.span.start, st.span.start) == 0
        ):
            return last.speaker
        if (
            last is not None
            and src is not None
            and last is not src
            and last.span.start > src.span.end
            and last.kind != "direct"
            and last.speaker is not None
            and self.paragraphs_between(last.span.start, st.span.start) == 1
        ):
            return last.speaker
        return source

    def spoken_of(self, actor: Actor, st: _Said) -> bool:
        """True when the words of ``st`` name ``actor`` or, a person of known gender,
        speak of them as "he", "him", "his" ("she", "her"): someone else's words."""
        if _mentioned(actor, st.span.start, st.span.end):
            return True
        sex = self.gender(actor) if actor.kind == "person" else ""
        if not sex:
            return False
        third = _OBJECT_PRONOUN_RE["he" if sex == "m" else "she"]
        return third.search(self.norm, st.span.start, st.span.end) is not None

    def gendered(self, fits: Callable[[Actor], bool], sex: str) -> Callable[[Actor], bool]:
        """``fits``, and of gender ``sex`` or of none known."""
        return lambda a: fits(a) and self.gender(a) in ("", sex)

    def person_check(self, pronoun: str) -> Callable[[Actor], bool]:
        """A test for who "he" / "she" may be: a person of fitting gender, not a credit."""
        return lambda a: self.is_person(a, pronoun) and not self.credit(a)

    def is_person(self, actor: Actor, pronoun: str) -> bool:
        """True for a person whose gender does not clash with "he" / "she", and who is named
        otherwise than only after "the" (see :meth:`named_with_the`)."""
        return (
            actor.kind == "person"
            and self.gender(actor) in ("", _PRONOUN_GENDER[pronoun])
            and not self.named_with_the(actor)
        )

    def named_with_the(self, actor: Actor) -> bool:
        """True for a person by default (no title, no gender known) whom every mention
        names after "the" ("the Weakest Link", "the Assistive Mouse Adapter", "the
        Scot"): a thing or a description, for whom no "he" or "she" stands."""
        if (got := self.the_named.get(actor.id)) is not None:
            return got
        norm = self.norm
        got = (
            actor.title is None
            and not _gender(actor)
            and fold(actor.name.split(" ", 1)[0]) not in TITLES  # "the Archbishop of ..."
            and all(norm.endswith(("the ", "The "), max(0, m.start - 4), m.start)
                    and (m.start < 5 or not norm[m.start - 5].isalnum())
                    for m in actor.mentions)
        )  # fmt: skip
        self.the_named[actor.id] = got
        return got

    def gender(self, actor: Actor) -> str:
        """The actor's gender: from the first name or title, else from the pronouns
        that follow the mentions in their sentences ("Jayme told police she ...")."""
        if (got := self.genders.get(actor.id)) is not None:
            return got
        got = _gender(actor)
        if not got:
            votes = 0
            norm = self.norm
            for m in actor.mentions[:GENDER_MENTIONS]:
                p = GENDERED_RE.search(norm, m.end, min(m.end + GENDER_REACH, len(norm)))
                if (
                    p is not None
                    and not SENTENCE_STOP_RE.search(norm, m.end, p.start())  # in the sentence
                    and norm.find('"', m.end, p.start()) < 0
                    and not self.person_between(actor, m.end, p.start())
                    and not _BOTH_GENDERS_RE[p.group().lower() in MALE_PRONOUNS].match(
                        norm, p.end(), min(p.end() + 40, len(norm))
                    )
                ):
                    # "he" / "she" weigh two, a possessive one ("touching her buttocks");
                    # none when the other gender's pronoun follows in the clause ("told
                    # the newspaper that he had grabbed her": one of them, which?)
                    weight = 2 if p.group().lower() in SUBJECT_PRONOUNS else 1
                    votes += weight if p.group().lower() in MALE_PRONOUNS else -weight
            got = "m" if votes > 0 else "f" if votes < 0 else ""
        self.genders[actor.id] = got
        return got

    def person_between(self, actor: Actor, start: int, end: int) -> bool:
        """True when someone other than ``actor`` is named in ``[start, end)``."""
        return any(
            other is not actor and other.kind == "person"
            for _, _, other in self.mentions_in(start, end)
        )

    def credit(self, actor: Actor) -> bool:
        """True for someone named only in photo credits, "(Muriel Draaisma/CBC)": no speaker."""
        if (got := self.credits.get(actor.id)) is None:
            norm = self.norm
            got = self.credits[actor.id] = all(
                norm[m.start - 1 : m.start] == "(" or norm[m.end : m.end + 1] == "/"
                for m in actor.mentions
            )
        return got

    def paragraphs_between(self, before: int, after: int) -> int:
        """How many paragraph starts lie in ``(before, after]``."""
        return bisect.bisect_right(self.pstarts, after) - bisect.bisect_right(self.pstarts, before)

    # -- direct and partial ----------------------------------------------------------

    def after_quote(self, q: Quote) -> tuple[Span, Span | None] | None:
        """A cue right after the closing mark: (cue, speaker np)."""
        if q.close is None:
            return None
        norm = self.norm
        pos = q.close + 1
        end = min(q.paragraph.end, pos + 120)
        if pos < end and norm[pos] == ",":
            pos += 1
        m = self.first_cue(pos, end)
        if m is None or m.acc:
            return self.byline(q, pos) or self.unknown_verb(q, pos)
        gap = norm[pos : m.start()]
        if _stopped(gap):
            return None
        cue = Span(m.start(), m.end())
        if not gap.strip():
            # inverted: '," said Mr Smith'; '"How We Win" points out that ...' is no attribution
            stop = min(q.paragraph.end, m.end() + 120, self.bounds(m.start())[1])
            after = noun_phrase_after(norm, m.end(), stop)  # not into the next sentence
            if after is None:
                return None
            if (
                norm[q.close - 1] not in ",.!?"
                and norm[pos - 1] != ","
                and not norm.startswith((".", ",", ";"), after.end)
            ):
                return None  # 'Critics of what's known as a "backstop" argue it could tie':
                # a quoted word, then a clause of the sentence, no attribution
            if norm[after.end - 1].islower() and (
                named := _NAMED_AFTER_RE.match(norm, after.end, stop)
            ):
                # '," says Campbell's partner, Jason Louth.': the name when it names a
                # person ('," said BA director of commercial planning, Robert Boyle.'), else
                # the description and it ('," said Sen. Richard Blumenthal, D-Conn.')
                name = Span(named.start("name"), named.end("name"))
                who = _speaker(self.resolve, name, norm)
                person = who is not None and who.kind == "person"
                after = name if person else Span(after.start, name.end)
            return cue, after
        if norm[q.close - 1] == "." and gap.strip()[:1].isupper():
            return None  # '"... fundamental." He also said': a new sentence
        if norm[q.close - 1] in "!?" and gap.strip()[:1].isupper():
            if norm.startswith(":", m.end()):
                return None  # '"... Why not?" He said: "We need ..."': the next quote's cue
            stop = min(self.bounds(m.start())[1], m.end() + REACH)
            if _AUX_RE.search(norm, m.end(), stop) or _has_past(norm, m.end(), stop):
                # '"... done same!" A U.S. industry source said the ...': a new one (a word
                # in -ed tells nothing: '"That's something!" Trump said after the show, as
                # he and Xi walked away')
                return None
        if not _cue_ok(norm, m):
            nxt = self.first_cue(m.end(), end)
            if nxt is not None and (np := self.quoted_as(nxt.start(), pos)) is not None:
                return Span(nxt.start(), nxt.end()), np  # '," Mr Kapor is reported as saying'
            return None
        np = self.before(m.start(), pos)
        if np is None or not _np_lead(norm, pos, np.start):
            if (np := self.quoted_as(m.start(), pos)) is not None:
                return cue, np  # '," the newspaper quoted Shah as saying.'
            return None  # the speaker must follow the quote: '," Atticus' David Slager told'
        return cue, np

    @functools.cached_property
    def labels(self) -> dict[str, int]:
        """How often each transcript label ("WALLACE: ") opens a quote paragraph."""
        return collections.Counter(m.group(1) for m in _LABEL_LINE_RE.finditer(self.norm))

    def labelled(self, label: str) -> Actor | None:
        """The one person whose last name is ``label`` (a transcript's "PENCE"), else None."""
        key = label.lower()
        return _sole(
            actor
            for actor in self.cast.actors
            if actor.kind == "person" and fold(actor.name.rsplit(None, 1)[-1]) == key
        )

    def named_after(self, q: Quote) -> bool:
        """True when a cue after the quote names its speaker (no pronoun)."""
        found = self.after_quote(q)
        if found is None or found[1] is None:
            return False
        np = found[1]
        return self.norm[np.start : np.end].lower() not in PRONOUNS

    def unknown_verb(self, q: Quote, pos: int) -> tuple[Span, Span | None] | None:
        """'"...," quipped Green.' / '"...?" Bardos blurted out.': a past-tense verb the
        lexicon does not list, between a quote closed by , ? or ! and the sentence end."""
        norm = self.norm
        if (
            norm[q.close - 1 if q.close is not None else q.text.end] not in ",?!"
            and norm[pos - 1 : pos] != ","
        ):
            return None
        u = _UNKNOWN_VERB_RE.match(norm, pos, q.paragraph.end)
        if u is None:
            return None
        return Span(u.start("cue"), u.end("cue")), Span(u.start("np"), u.end("np"))

    def byline(self, q: Quote, pos: int) -> tuple[Span, Span | None] | None:
        """A dash and a name closing the paragraph: '"..." ― Pamela Padilla'."""
        norm = self.norm
        end = q.paragraph.end
        p = pos  # the regex's spaces, then its dash: most quotes have none after them
        while p < end and norm[p] in " \n":
            p += 1
        if p >= end or not (norm[p] in _DASHES or norm[p].isspace()):
            return None
        b = _BYLINE_RE.match(norm, pos, end)
        if b is None:
            return None
        return Span(b.start("dash"), b.end("dash")), Span(b.start("np"), b.end("np"))

    def before_quote(self, q: Quote) -> tuple[Span, Span | None] | None:
        """A cue that opens the quote: 'Smith said: "...' / 'he told the BBC, "...'."""
        norm = self.norm
        floor = q.paragraph.start
        if (
            q.open - floor <= 12  # (a bounded look: not the paragraph's text for every quote)
            and not norm[floor : q.open].strip()
            and norm[max(0, floor - 8) : floor].rstrip().endswith(":")
        ):
            floor = 0  # 'Thomas said:\n    "It is clear ...': the cue ends the paragraph before
        lo = max(floor, q.open - GAP_MAX - 20)
        best = self.last_cue(lo, q.open)
        if best is None:
            return None
        gap = norm[best.end() : q.open]
        if '"' in gap or len(gap) > GAP_MAX or _adds_to(norm, best, q):
            return None
        stripped = gap.strip()
        if _stopped(stripped.rstrip(",:"), _SENTENCE_STOPS):
            # 'who added that he was in good health. But if ..., "...': a new one; not
            # 'Said Sen. Mark Warner: "...' (the colon that opens the quote is no stop)
            return None
        if stripped and stripped[-1] not in ",:" and stripped != "that":
            return None
        sent_lo, _ = self.bounds(best.start())
        cue = Span(best.start(), best.end())
        if best.acc:
            return cue, noun_phrase_after(norm, best.end(), q.open)
        if not _cue_ok(norm, best):
            return None
        np = self.quoted_as(best.start(), sent_lo)
        comma_ing = _ing_after_comma(norm, best, sent_lo)
        if np is None and (np := self.before(best.start(), sent_lo)) is not None:
            np = self.ing_subject(best, np, sent_lo)  # 'on Twitter writing, "...': the subject
            if (
                comma_ing
                and self.speaker_of(np) is None
                and (own := sentence_subject(norm, sent_lo, best.start())) is not None
                and self.speaker_of(own) is not None
            ):
                np = own  # "And Mutu agreed, adding: "...": not "Mutu agreed", the main
                # clause's subject
        if (
            np is None
            and comma_ing
            and (last := self.said_before(best.start())) is not None
            and last[0] >= sent_lo
        ):
            np = self.out[last[1]].np  # '"...," Trump said, adding later, "...': Trump
        if np is None and stripped and not best.word.startswith(_TOLD):
            np = noun_phrase_after(norm, best.end(), q.open)  # 'said Mr Smith: "...', not
            # 'he told the BBC: "...' (whom he told)
        if np is None and (
            rel := _RELATIVE_BEFORE_RE.search(norm, max(sent_lo, best.start() - 16), best.start())
        ):  # (a few characters before the cue: not the whole sentence for every quote)
            np = self.before(rel.start(), sent_lo)  # 'Secretary Tessa Jowell who said: "...'
        if np is None:
            prev = norm[max(sent_lo, best.start() - 3) : best.start()]
            joined = norm[max(sent_lo, best.start() - 5) : best.start()].split()
            if (best.word.endswith("ing") and prev.rstrip().endswith(",")) or (
                joined and joined[-1] in {"and", "but"}
            ):
                np = sentence_subject(norm, sent_lo, best.start())  # "and added, "...'
        return cue, np

    def goes_on(self, q: Quote) -> bool:
        """True when the quote's sentence goes on after its closing mark: the quote ends in
        a comma or lower-case words follow the mark ('"...," Armando Falcon, OFHEO director
        said', '"... the case" in 2005, said Kurt Karl'), not a subordinator ('," as it
        suggests ...') and not a capital after a quote closed by a stop ('... D.C." Smith
        will be ...': a sentence that lost its full stop)."""
        if q.close is None:
            return False
        norm = self.norm
        after = _FIRST_WORD_RE.search(norm, q.close + 1, min(len(norm), q.close + 40))
        if after is None or after.group().lower() in _SUBORDINATE_AFTER:
            return False
        return norm[q.close - 1] == "," or after.group()[:1].islower()

    def in_sentence(self, q: Quote) -> tuple[Span, Span | None] | None:
        """A cue with a subject elsewhere in the quote's sentence (partial quotes)."""
        lo, _ = self.bounds(q.open)
        _, hi = self.bounds(q.close if q.close is not None else q.text.end)
        close = q.close if q.close is not None else q.text.end
        lo = max(lo, q.open - REACH)  # bounded: a run-on "sentence" must not go quadratic
        hi = min(hi, close + REACH)
        cues = self.cues(lo, hi)
        # the nearest cue before the quote with a speaker, else the first one after it
        k = bisect.bisect_left(cues, q.open, key=_CUE_START)
        told: _Cue | None = None  #: a "told" whose teller is not found: the quote is told
        for m in reversed(cues[:k]):
            if _adds_to(self.norm, m, q):
                continue  # 'he felt it added "fizz" to his campaign': added to, no speech
            if _NEW_CLAUSE_RE.search(self.norm, m.end(), q.open) is not None:
                break  # "Moscow denies ..., and Trump has dismissed it as a "witch hunt"":
                # another clause's subject frames the quote
            np = self.cue_speaker(m, lo, hi)
            if np is None and told is None and self.told_after_comma(m, lo):
                told = m
            if np is not None:
                if (
                    (part := self.partials(m.end(), q.open))
                    and (own := subject_before(self.norm, part[-1][0], m.end())) is not None
                    and _OWN_SUBJECT_GAP_RE.fullmatch(self.norm, own.end, part[-1][0])
                    and self.norm[own.start].isupper()
                ):
                    break  # "... said Moore should step aside, with McCain calling the
                    # accusations "...": a framing verb nearer the quote, with its own
                    # named subject, frames it (not ", calling it "...": the cue's)
                return Span(m.start(), m.end()), np
        # else the nearest framing verb before it: 'described it as "..."' (before a cue
        # after the quote: 'Trump called U.S. courts "so political," ... and disparaged
        # one jurist who ruled against him')
        found = self.partials(lo, q.open)
        for j in range(len(found) - 1, -1, -1):
            start, end, word = found[j]
            if j and self.norm.endswith(" and ", lo, start):
                continue  # "called the allegations ... and urged Conyers to "...": the
                # subject is the earlier verb's
            np, _ = self.subject(_Cue(start, end, word, False), lo)
            if np is not None:
                return Span(start, end), np
        for m in cues[k:]:
            if m.start() <= close:
                continue
            np = self.cue_speaker(m, lo, hi)
            if np is None and told is None and self.told_after_comma(m, lo):
                told = m
            if np is not None:
                gap = self.norm[close + 1 : m.start()]
                opener = gap.split(None, 1)[0] if gap.strip() else ""
                if opener in _RELATIVE_OPENERS and "," not in gap:
                    break  # 'a new "half-way house" where social workers tell people': a
                    # relative clause on the quoted thing, whose verb is no one's attribution
                    # (not '"megabank," where ... would be pooled, and suggested')
                return Span(m.start(), m.end()), np
        if told is not None:
            # '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics
            # Association, told the BBC News website.': told, by someone not found
            return Span(told.start(), told.end()), None
        return None

    def told_after_comma(self, m: _Cue, lo: int) -> bool:
        """True for a form of "tell" after a comma ('..., told the BBC'), whose teller
        :meth:`cue_speaker` may not find."""
        return m.word.startswith(_TOLD) and self.norm[lo : m.start()].rstrip().endswith(",")

    def partials(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The matches of :data:`_PARTIAL_RE` in ``[lo, hi)``, left to right.

        The regex is tried only where ``str.find`` sees one of the words that stand
        as a run of lower-case letters in the range (every match does): a named list
        scanned over every position is slow.
        """
        norm = self.norm
        starts: set[int] = set()
        for w in PARTIAL_CUES.intersection(_LOWER_RUN_RE.findall(norm, lo, hi)):
            i = norm.find(w, lo, hi)
            while i >= 0:
                starts.add(i)
                i = norm.find(w, i + 1, hi)
        out = []
        for i in sorted(starts):
            if (pm := _PARTIAL_RE.match(norm, i, hi)) is not None:
                out.append((i, pm.end(), pm.group()))
        return out

    def cue_speaker(self, m: _Cue, lo: int, hi: int) -> Span | None:
        """The speaker noun phrase of a cue near a quote, in ``[lo, hi)``."""
        norm = self.norm
        if m.acc:
            return noun_phrase_after(norm, m.end(), hi)
        if not _cue_ok(norm, m):
            return None
        np, _ = self.subject(m, lo)
        if np is None and m.word.startswith(_TOLD):
            # not whom someone told ('..., told the BBC News website.'), but the subject
            # further back than the quote's reach ("Rachel Crooks, formerly a receptionist
            # at a real estate firm in Trump Tower, told The New York Times ... that")
            here = self.sentence_at(m.start())
            if here is not None and here.start < lo:
                np = self.before(m.start(), here.start)
        elif np is None and norm[lo : m.start()].rstrip().endswith(","):
            np = noun_phrase_after(norm, m.end(), hi)  # "..., said Begala, calling it"
            if np is not None and not _INVERTED_NP_RE.match(norm, np.start):
                np = None
        return np

    @staticmethod
    def is_party(actor: Actor) -> bool:
        """True for a political party (lexicon/parties.tsv)."""
        return actor.kind == "organization" and fold(actor.name) in PARTIES

    def colon_subject(self, q: Quote) -> tuple[Actor | None] | None:
        """Who speaks a quote that follows a colon in the writer's sentence, read from
        the sentence's subject: ``(actor,)`` -- ``(None,)`` when the subject is no actor
        ("Labour's election slogan will be:") -- or None when the sentence tells nothing
        (no subject, a pronoun or a pronoun's thing: "He went on:", "His message was:")."""
        norm = self.norm
        colon = norm.rfind(":", q.paragraph.start, q.open)
        sent = self.sentence_at(colon) if colon >= 0 else None
        if sent is None or sent.start >= colon:
            return None
        subj = self.subject_of(sent.start, colon)
        if subj is None:
            return None
        word = norm[subj.start : subj.end].lower()
        if word in PRONOUNS or word.split(None, 1)[0] in _POSSESSIVES | _DEMONSTRATIVES:
            return None
        if _ASKED_RE.match(norm, subj.end, colon + 1) is not None:
            return (None,)  # 'Kevin Donnellon was asked: "Why on earth ...?"': the asker's
        sex = ""
        if (r := _REFLEXIVE_END_RE.search(norm, subj.start, subj.end)) is not None:
            subj = Span(subj.start, r.start())  # "Osbourne himself was at a loss"
            sex = {"him": "m", "her": "f"}.get(r.group(1), "")
        actor = self.speaker_of(subj) or next(
            (  # "Merriam-Webster defines a blog as:": the subject's reading runs on
                a
                for _, end, a in self.mentions_in(subj.start, subj.start + 1)
                if not norm.startswith(("'s", "\u2019s"), end)  # not "Wilson Whinneray's side"
            ),
            None,
        )
        if actor is not None and sex and self.gender(actor) not in ("", sex):
            # "Osbourne himself" is not Sharon Osbourne: the one man of that name, if any
            last = actor.name.rsplit(None, 1)[-1]
            actor = _sole(
                a
                for a in self.cast.actors
                if a.kind == "person"
                and a.name.rsplit(None, 1)[-1] == last
                and self.gender(a) == sex
            )
        return (actor,)

    def after_colon(self, q: Quote, speaker: Actor | None) -> _Said | None:
        """Emit a quote after a colon as its sentence's subject's (``quote-after-colon``);
        the statement a next quote may inherit from, if it has a speaker."""
        st = self.emit(q.text, "direct", speaker, None, "quote-after-colon")
        self.quoted.append(q.text)
        return st if speaker is not None else None

    def label_before(self, q: Quote) -> Actor | None:
        """The person a paragraph names before a colon and the quote it opens, with no
        verb ('- Brentford boss Martin Allen: "...'), else None."""
        norm = self.norm
        colon = norm.rfind(":", q.paragraph.start, q.open)
        start = q.paragraph.start + (2 if norm.startswith("- ", q.paragraph.start) else 0)
        if colon - start > LABEL_MAX or norm.count(" ", start, colon) >= 6:
            return None
        for at, actor in self.ending_with(colon - 1, colon):
            if actor.kind == "person" and _LABEL_RE.fullmatch(norm, start, at):
                return actor
        return None

    def direct(self, quotes: list[Quote]) -> None:
        norm = self.norm
        prev: _Said | None = None
        prev_para: Span | None = None
        for q in quotes:
            if q.close is not None and _NICKNAME_RE.fullmatch(norm, q.open - 2, q.close + 3):
                continue  # 'Marion "Suge" Knight': a nickname inside a name, no words said
            if (label := _TRANSCRIPT_RE.match(norm, q.text.start, q.text.end)) is not None and (
                (who := self.labelled(label.group(1))) is not None
                or self.labels.get(label.group(), 0) > 1  # a label used again
            ):
                # '"PENCE: Well, look, ...': a transcript line, the labelled person's (or
                # no one's: "WALLACE", whom the story never names in full)
                self.pending = None
                prev = self.emit(q.text, "direct", who, None, "quote-transcript")
                self.quoted.append(q.text)
                prev_para = q.paragraph
                continue
            words_n = norm.count(" ", q.text.start, q.text.end) + 1
            found: tuple[Span, Span | None] | None = None
            rule = ""
            if q.continues and prev is not None and not self.named_after(q):
                # (a paragraph that closes with a named attribution of its own is not
                # continued: '"I have been doing ...," added Rep. Jim Clyburn')
                self.emit(q.text, "direct", prev.speaker, None, "quote-continued", prev)
                self.quoted.append(q.text)
                prev_para = q.paragraph
                continue
            c = _last_char(norm, q.paragraph.start, q.open)
            at_start = c == ""
            if (found := self.after_quote(q)) is not None:
                rule = "quote-then-cue"
                if (
                    c == ","
                    and (inner := self.before_quote(q)) is not None
                    and (sent := self.sentence_at(q.open)) is not None
                    and self.holds(" that ", sent.start, inner[0].start)
                ):
                    # nested: 'recalled that he said, "...," the office said': the quote
                    # is his; the cue after it reports the whole sentence
                    found, rule = inner, "cue-then-quote"
            elif (found := self.before_quote(q)) is not None:
                rule = "cue-then-quote"
            # the quote opens its sentence or follows a colon or comma
            full = (
                at_start
                or c in _CLAUSE_OPENERS
                or _opens_sentence(norm, q, self.sentence_at(q.open))
            )
            if _named_work(norm, q):
                continue  # 'Her book, "Hacks: The Inside Story of the Break-ins ...," is set
                # for release': a title set off by commas after the work it names
            if norm.endswith(("so-called ", "so-called"), max(0, q.open - 11), q.open):
                continue  # 'California has so-called "shield" laws': a term, no one's words
            if (
                not full
                and _is_title(norm, q.text)
                and (
                    not _framed(norm, q.open)
                    or _ON_SHOW_RE.search(norm, max(0, q.open - 40), q.open) is not None
                )
            ):
                continue  # a title in the writer's sentence: 'a poster titled "How We Win"';
                # a show where words were said: 'Shelby said on CBS' "Face the Nation."'
            if found is not None:
                cue_span, np = found
                cue: Span | None = cue_span
                if norm[cue_span.start] in "\u2015\u2014-":
                    rule, cue = "quote-then-byline", None
                speaker = self.speaker_of(np)
                if (
                    speaker is None
                    and np is not None
                    and prev is not None
                    and prev_para is not None
                    and (pronoun := norm[np.start : np.end].lower()) in PRONOUNS
                    and self.adjacent(prev_para, q.paragraph)
                    and (
                        prev.speaker is None
                        or pronoun not in _FLOW_KINDS
                        or prev.speaker.kind in _FLOW_KINDS[pronoun]
                    )  # not '"...," they said' after one person's quote
                ):
                    speaker = prev.speaker  # "he said" right after this speaker's quote
                kind: StatementKind = "direct" if full or words_n > 6 else "partial"
                if not full and words_n <= 6:
                    rule = "partial.in-sentence" if rule == "cue-then-quote" else rule
                    sent = self.sentence_at(q.open)
                    if (
                        rule == "quote-then-cue"
                        and sent is not None
                        and q.close is not None
                        and q.close - sent.start < CLAUSE_MAX  # a clause, not a run-on text
                    ):
                        # '..., a tax meant to ... "appears dead," said Krueger': the clause
                        # with its quoted end is what was said; the fragment is part of it
                        # (not a dateline: "MOSCOW (Reuters) - ")
                        start = after_dateline(norm, sent.start, q.open)
                        self.emit(Span(start, q.close + 1), "indirect", speaker, cue,
                                  "indirect.clause-then-cue")  # fmt: skip
                prev = self.emit(q.text, kind, speaker, cue, rule)
                self.used_cues.add(cue_span.start)
                self.quoted.append(q.text)
                prev_para = q.paragraph
                continue
            found = None
            if (
                full
                and words_n >= 4
                and prev is not None
                and prev_para is not None
                and self.adjacent(prev_para, q.paragraph)
                and q.mark == '"'
                and not (
                    q.close is not None
                    and self.goes_on(q)
                    and (found := self.in_sentence(q)) is not None
                    and found[0].start > q.close
                )
            ):
                # an unattributed quote paragraph: the flow gives the previous speaker
                # (not when its sentence goes on to a cue of its own: '"... the case" in
                # 2005, said Kurt Karl')
                if c == ":" and (framed := self.colon_subject(q)) is not None:
                    # 'Osbourne himself was at a loss to explain its popularity: "...':
                    # the subject of the writer's sentence, not the speaker before
                    prev, prev_para = self.after_colon(q, framed[0]), q.paragraph
                    continue
                prev = self.emit(q.text, "direct", prev.speaker, None, "quote-inherited", prev)
                self.quoted.append(q.text)
                prev_para = q.paragraph
                continue
            if found is None:
                found = self.in_sentence(q)
            if found is not None and not (q.mark == "'" and words_n < 2):
                cue, np = found
                speaker = self.speaker_of(np)
                if speaker is None and c == ":" and (who := self.label_before(q)) is not None:
                    # '- Blackburn boss Mark Hughes: "... progress. "I thought we were
                    # ...': a label names the speaker; the cue after the quote is the
                    # speaker's own next sentence, its marks left open
                    prev = self.emit(q.text, "direct", who, None, "quote-labelled")
                    self.quoted.append(q.text)
                    prev_para = q.paragraph
                elif full and words_n >= 4:
                    prev = self.emit(q.text, "direct", speaker, cue, "quote.in-sentence")
                    self.quoted.append(q.text)
                    prev_para = q.paragraph
                else:
                    self.emit(q.text, "partial", speaker, cue, "partial.in-sentence")
            elif c == ":" and (who := self.label_before(q)) is not None:
                # '- Brentford boss Martin Allen: "After conceding eight goals ...': a
                # paragraph that names its speaker before a colon, with no verb
                prev = self.emit(q.text, "direct", who, None, "quote-labelled")
                self.quoted.append(q.text)
                prev_para = q.paragraph
            elif (
                (at_start or (full and norm[q.text.end - 1] in ".?!"))
                and words_n >= UNATTRIBUTED_MIN
                and q.mark == '"'
            ):
                # a quote paragraph with no speaker in sight: someone's words, speaker unknown
                if c == ":" and (framed := self.colon_subject(q)) is not None:
                    prev, prev_para = self.after_colon(q, framed[0]), q.paragraph
                    continue  # ('KEITH LERNER, CHIEF MARKET STRATEGIST, ...: "...')
                self.emit(q.text, "direct", None, None, "quote-unattributed")
                self.quoted.append(q.text)
                prev = None  # nothing to inherit from a quote with no speaker

    # -- indirect --------------------------------------------------------------------

    def subject_of(self, start: int, end: int) -> Span | None:
        """:func:`sentence_subject`, remembered: the flow asks about a sentence often."""
        key = (start, end)
        if key not in self.subjects_of:
            self.subjects_of[key] = sentence_subject(self.norm, start, end)
        return self.subjects_of[key]

    def source_of_subject(self) -> int | None:
        """The statement whose speaker the last :meth:`subject` call inherited, if any."""
        return self.inherited_from

    def said_before(self, pos: int) -> tuple[int, int] | None:
        """The (start, index) of the statement that starts last before ``pos`` (the
        latest emitted of those starting there), or None.

        Statements come in several runs (quotes, then cues), so they are kept in
        buckets of :data:`DONE_SHIFT` bits of their start, not in one sorted list:
        an insertion is an append, not an O(n) ``insort``. They are indexed only when
        asked (rarely: ", saying ..."), not as each is emitted.
        """
        keys = self.done_keys
        for k in range(self.done_n, len(self.out)):  # the statements emitted since last time
            start = self.out[k].span.start
            b = start >> DONE_SHIFT
            if (bucket := self.done.get(b)) is not None:
                bucket.append((start, k))
            else:
                self.done[b] = [(start, k)]
                if not keys or keys[-1] < b:
                    keys.append(b)
                else:  # a bucket opened out of order (small: one key per bucket)
                    bisect.insort(keys, b)
        self.done_n = len(self.out)
        j = bisect.bisect_right(keys, pos >> DONE_SHIFT) - 1
        while j >= 0:
            # only the bucket of ``pos`` may hold no start before it: two rounds at most
            best = max((e for e in self.done[keys[j]] if e[0] < pos), default=None)
            if best is not None:
                return best
            j -= 1
        return None

    def covers(self, pos: int) -> bool:
        """Whether a statement's text holds ``pos``: "The government should change the
        law ..., the TUC has said" holds its subject, which is what was said, not who."""
        at = self.said_before(pos + 1)
        return at is not None and self.out[at[1]].span.end > pos

    def subject(self, m: _Cue, floor: int) -> tuple[Span | None, Actor | None]:
        """The speaker of a cue (not before ``floor``): its noun phrase, or an actor
        inherited in the sentence."""
        norm = self.norm
        if (np := self.quoted_as(m.start(), floor)) is not None:
            return np, None  # "the paper quoted Deng as saying that ..."
        if m.word.endswith("ing") and norm.endswith(" by ", max(floor, m.start() - 4), m.start()):
            return sentence_subject(norm, floor, m.start()), None  # "... by saying"
        if _ing_after_comma(norm, m, floor):
            # ", saying ..." / ", adding that ...": the speaker of the main clause
            last = self.said_before(m.start())
            if last is not None and self.out[last[1]].kind == "partial":
                # a quoted fragment inside a reported clause ('Pompeo said that ...
                # Washington had concluded it was "not inconsistent with international
                # law", saying ...'): the clause's speaker, not the fragment's
                outer = self.said_before(last[0])
                if outer is not None and self.out[outer[1]].span.end >= self.out[last[1]].span.end:
                    last = outer
            if last is not None and (last[0] >= floor or self.out[last[1]].span.end > floor):
                # (a quote of two sentences reaches into this one from before it)
                self.inherited_from = last[1]
                return None, self.out[last[1]].speaker
            return sentence_subject(norm, floor, m.start()), None
        np = self.before(m.start(), floor)
        if np is not None:
            return self.ing_subject(m, np, floor), None
        prev = norm[max(floor, m.start() - 30) : m.start()].split()
        if prev and prev[-1] in {"and", "but"}:
            clause = _CLAUSE_OPEN_RE.search(norm, max(floor, m.start() - 200), m.start())
            if (
                clause is not None
                and (own := sentence_subject(norm, clause.end(), m.start())) is not None
            ):
                return own, None  # "China said ..., while the city's police deny ... and say"
            own = sentence_subject(norm, floor, m.start())  # "It did X and said Y"
            if own is not None and (sp := norm.rfind(" ", own.start, own.end)) > own.start:
                pronoun = norm[sp + 1 : own.end]
                if pronoun in ("he", "she", "they", "it"):
                    # "During the 2016 presidential campaign he said ... and promised": a
                    # phrase of time with no comma before the subject pronoun
                    own = Span(sp + 1, own.end)
            return own, None
        if prev and prev[-1] in _RELATIVE_PRONOUNS:
            # "Trump, who says ..." / "experts which said ...": the antecedent
            at = norm.rfind(prev[-1], floor, m.start())
            while at > floor and norm[at - 1] in " ,":
                at -= 1
            np = self.before(at, floor)
            if (
                np is not None
                and np.start > 2
                and norm.startswith(", ", np.start - 2)
                and norm.startswith(_DESCRIPTION_OPENERS, np.start)
            ):
                for start, actor in self.ending_with(np.start - 3, np.start - 2):
                    if actor.kind == "person":
                        # "by Nunes, the ferocious brawler who calls herself ...": the
                        # person the description stands in apposition to
                        return Span(start, np.start - 2), None
                    break
            return np, None
        return None, None

    def said_by_pronoun(self, np: Span | None) -> _Said | None:
        """The statement just emitted when ``np`` is a pronoun that opens its reported
        clause and fits its speaker ("Cadbury-Schweppes ... It said it believed such a
        move was ...": "it" is Cadbury, not the London Stock Exchange named last)."""
        if np is None or not self.out:
            return None
        last = self.out[-1]
        pronoun = self.norm[np.start : np.end].lower()
        if (
            last.span.start != np.start
            or last.kind != "indirect"
            or last.speaker is None
            or pronoun not in _FLOW_KINDS
            or last.speaker.kind not in _FLOW_KINDS[pronoun]
            or not _fits(pronoun, last.speaker)
        ):
            return None
        return last

    def ing_subject(self, m: _Cue, np: Span, floor: int) -> Span:
        """The speaker of an "-ing" cue whose noun phrase before it, ``np``, is mute: the
        subject of the sentence from ``floor`` ("Jennifer Lopez cancelled an appearance at
        the premiere of her new movie saying she was too ill": not the movie's words, the
        subject's; "Appleby released a statement saying": the author's). Else ``np``."""
        if m.word.endswith("ing") and (
            self.mute(np)
            or self.place_after_preposition(np)
            or (  # "wrote to Tillerson on Friday saying", "appealed to the Supreme Court
                # saying", "sent a letter to MCI's board on Thursday saying": whom the
                # subject addressed
                self.norm.endswith(" to ", 0, np.start)
                and (self.norm[np.start].isupper() or _DETERMINER_RE.match(self.norm, np.start))
            )
        ):
            norm = self.norm
            subj = sentence_subject(norm, floor, np.start)
            if (
                subj is not None
                and subj.end <= np.start
                and "'" not in norm[subj.end - 1 : subj.end + 1]
            ):  # (not a possessive cut from its head: "The Actors' | Equity ...")
                return subj
        return np

    def place_after_preposition(self, np: Span) -> bool:
        """True when ``np`` is a place or a country that a preposition stands before: where
        someone went, not who spoke ("the minister left for Tokyo saying he planned")."""
        norm = self.norm
        lo = max(0, np.start - 8)
        k = norm.rfind(" ", lo, np.start - 1)
        if k < 0 and lo > 0:
            return False  # no word of its own in reach (and no copy of the text before it)
        if norm[k + 1 : np.start - 1] not in _PLACE_PREPOSITIONS or norm[np.start - 1] != " ":
            return False
        actor = self.around(np.start, np.end)
        return actor is not None and actor.kind in ("place", "country")

    def mute(self, np: Span) -> bool:
        """True when the noun phrase ``np`` before "saying" names a thing that says
        nothing of its own: a lower-case head that is no role, group or organisation word,
        no actor the cast knows, and no subject of "with" ("with some analysts saying").
        A text that says things (a statement, letter, report, call) is mute only when an
        authoring verb stands before it ("released a statement saying", not "denied a
        report claiming" nor "received a telephone call saying")."""
        norm = self.norm
        head = norm[np.start : np.end].rsplit(None, 1)[-1]
        if head in _OUTLET_NOUNS and norm.endswith((" in ", " on "), 0, np.start):
            return True  # "Mr Houston was quoted in the Herald newspaper saying": where his
            # words appeared, not who said them
        if (
            head[:1].isupper()
            and norm.endswith(_OBJECT_OF, max(0, np.start - 6), np.start)
            and self.resolve(np.start, np.end) is None
        ):
            return True  # "Trump lambasted Gillibrand on Twitter on Tuesday writing": a
            # name that is no actor, after a preposition, says nothing; the subject does
        if not head.isalpha() or not head.islower():
            return False  # a name, a figure ("40%"), a possessive
        if head in ROLE_NOUNS or head in GROUP_NOUNS:
            return False
        if head in PRONOUNS or head in _NOT_MUTE or norm.endswith("with ", 0, np.start):
            return False
        says = head in _SAYING_THINGS or head.rstrip("s") in _SAYING_THINGS
        if says and _AUTHORED_RE.search(norm, max(0, np.start - 24), np.start) is None:
            return False  # "despite a recent report saying": the report's words
        return self.resolve(np.start, np.end) is None

    def indirect(self) -> None:
        norm = self.norm
        view = self.view
        title = view.title
        quoted = self.quoted
        qstarts = [x.start for x in quoted]
        used = self.used_cues
        starts = self.starts
        sentences = self.view.sentences
        bisect_right = bisect.bisect_right
        for m in self.cues(title.end if title is not None else 0, len(norm)):
            at, fin = m._start, m._end
            if at in used:
                continue
            k = bisect_right(starts, at) - 1  # :meth:`sentence_at`, inline
            if k < 0 or at >= sentences[k].end:
                continue
            s = sentences[k]
            q = bisect_right(qstarts, at) - 1  # :func:`_inside`, inline
            if q >= 0 and at < quoted[q].end:
                continue
            if m.acc:
                self.according_to(m, s)
                continue
            if not _cue_ok(norm, m):
                continue
            word = m.word
            if norm.startswith(" by ", fin) and not _BY_MEANS_RE.match(norm, fin + 4):
                continue  # passive: "a claim denied by the chancellor" (not "said by text
                # message", "told Reuters by phone")
            clause_start: int | None = None
            rule = ""
            p = fin  # a comma (or a space other than " ") after the spaces: what the regex needs
            while norm.startswith(" ", p):
                p += 1
            c = norm[p : p + 1]
            if (
                norm.startswith(", ", at - 2)
                and at - s.start <= 90
                and (inv := _INVERTED_NAME_RE.match(norm, fin, s.end)) is not None
                and (
                    (at - s.start <= 20 and _LEAD_WORD_RE.fullmatch(norm, s.start, at))
                    or (
                        at - s.start >= 8
                        and norm.find(",", s.start, at - 2) < 0
                        and not _finite(norm, s.start, at - 2)
                        and _AUX_RE.match(norm, _past_appositive(norm, inv.end(), s.end))
                    )
                )
            ):
                # the speaker inverted after an opening word ("Currently, says Dr Paniccia,
                # telecommunications equipment ... is very expensive") or inside the clause,
                # between its subject and its verb ("The tone of the campaign, said Mr
                # Milburn, would be more ..."): the clause after the name
                start = _past_appositive(norm, inv.end(), s.end)
                end = _clause_end(norm, start, s.end)
                if end - start >= 8:
                    named = Span(inv.start("name"), inv.end("name"))
                    self.emit(Span(start, end), "indirect", self.speaker_of(named), m.span(),
                              "indirect.parenthetical")  # fmt: skip
                continue
            if (
                (c == "," or c.isspace())
                and (t := _PARENTHETICAL_RE.match(norm, fin, s.end)) is not None
                and self.count(",", s.start, at) == 1
                and _no_clause_before(norm, s.start, min(self.first(",", s.start), s.start + REACH))
            ):
                np = self.before(at, self.first(",", s.start) + 1)
                if np is not None and norm[np.start - 2 : np.start] == ", ":
                    end = _clause_end(norm, t.end(), s.end)
                    if end - t.end() >= 8:
                        speaker = self.speaker_of(np)
                        self.emit(
                            Span(t.end(), end),
                            "indirect",
                            speaker,
                            m.span(),
                            "indirect.parenthetical",
                        )
                    continue
            if (
                word in _RELATIVE
                and _may_be_relative(norm, fin)
                and (t := _RELATIVE_RE.match(norm, fin, s.end)) is not None
            ):
                np = _relative_speaker(norm, self.before(at, s.start))
                w = _WORD_BEFORE_RE.search(norm, max(s.start, at - 12), at)
                if np is None and w is not None and w.group(1).lower() in PRONOUNS:
                    np = Span(w.start(1), w.end(1))  # "a lack of leadership he says has left"
                if np is not None:
                    # no further than _clause_end reads: linear in a long sentence
                    comma = norm.find(
                        ",", t.start("verb"), min(s.end, t.start("verb") + CLAUSE_MAX)
                    )
                    end = _clause_end(norm, t.start("verb"), s.end if comma < 0 else comma)
                    speaker = self.speaker_of(np)
                    if (
                        speaker is not None
                        and (
                            rel := _RELATIVE_BEFORE_RE.search(norm, max(0, np.start - 8), np.start)
                        )
                        and speaker
                        in (a for _, a in self.ending_with(rel.start() - 1, rel.start()))
                    ):
                        speaker = None  # "debentures of Harcourt Brace Jovanovich Inc, which
                        # it says could be converted": what is said of, not who says it
                    self.emit(Span(t.start("verb"), end), "indirect",
                              speaker, m.span(), "indirect.relative")  # fmt: skip
                    continue
            if word in _ADDRESSEE and (t := _TOLD_RE.match(norm, fin, s.end)) is not None:
                clause_start, rule = t.end(), "indirect.told-that"
            elif (
                self.holds("that", fin, s.end)
                and (t := _THAT_RE.match(norm, fin, s.end)) is not None
            ):
                clause_start, rule = t.end(), "indirect.said-that"
            elif word in _QUESTION and (t := _WH_RE.match(norm, fin, s.end)) is not None:
                clause_start, rule = t.start("wh"), "indirect.asked-whether"
            elif (
                (t := _bare_clause(norm, fin, s.end, not self.holds(",", s.start, at))) is not None
                and ((pronoun := _pronoun_at(norm, t.end(), s.end)) or word in _BARE_CLAUSE)
                and (pronoun or _verb_follows(norm, word, t.end(), s.end))
                and not (
                    norm.endswith(", ", 0, at) and _INVERTED_WHO_RE.match(norm, t.end()) is not None
                )  # "..., said a source who spoke on background": the speaker, inverted
            ):
                clause_start, rule = t.end(), "indirect.said"
            if clause_start is not None:
                if norm[clause_start : clause_start + 1] == '"':
                    continue  # a quote: handled as direct
                self.inherited_from = None
                np, actor = self.subject(m, s.start)
                if np is not None and not norm[np.start].isalpha():
                    np = None  # "the £37.5bn predicted in March's budget"
                inherited = actor is not None or (np is None and word.endswith("ing"))
                if (
                    rule == "indirect.said"
                    and np is not None
                    and norm.startswith(", ", np.start - 2)
                    and (tail := _TAIL_RE.match(norm, fin, s.end)) is not None
                    and tail.group().endswith(",")
                    and _clause_verb(norm, max(s.start, np.start - 2 - REACH), np.start - 2)
                ):  # "CLAUSE, Sessions said, in an effort to ...", "..., Fiat said this
                    # week, as it exits ...": a tag after the clause said, then an adjunct
                    # (a clause with a verb that no plural noun may be: not "In several
                    # other countries, analysts predicted at least some rise")
                    self.clause_first(m, s, qstarts)
                    continue
                if np is not None or inherited:
                    end = _clause_end(norm, clause_start, s.end)
                    if (
                        norm.find(", ", clause_start, end) >= 0
                        and _SUBORDINATE_RE.match(norm, s.start, at) is not None
                        and not norm.startswith(_CONDITIONALS, clause_start)
                        and (main := _MAIN_CLAUSE_RE.search(norm, clause_start, end))
                    ):
                        end = main.start()  # "Though Justice Dunphy said he was loath to
                        # penalize a not-for-profit, he believed ...": the main clause after
                    # a clause holds two words at least ("will maintain that confidence"),
                    # and no auxiliary that meets the sentence's verb ("than city reports
                    # say it is could support ...": a comparative; "he was not" is a clause)
                    if (
                        end - clause_start >= 8
                        and norm.find(" ", clause_start, end) > 0
                        and (
                            norm[clause_start] not in _PRONOUN_HEADS
                            or _AUX_CLASH_RE.match(norm, clause_start, end) is None
                        )
                    ):
                        speaker = actor if actor is not None else self.speaker_of(np)
                        src = None if np is not None else self.source_of_subject()
                        if (outer := self.said_by_pronoun(np)) is not None:
                            speaker, src = outer.speaker, outer.k  # "It said it believed
                            # such a move ...": what it believed, it says
                        self.emit(
                            Span(clause_start, end), "indirect", speaker, m.span(), rule,
                            None if src is None else self.out[src],
                        )  # fmt: skip
                    continue
            # the clause before the cue: "The plan will fail, he said."
            self.clause_first(m, s, qstarts)

    def according_to(self, m: _Cue, s: Span) -> None:
        norm = self.norm
        np = noun_phrase_after(norm, m.end(), s.end, loose=True)
        if np is None:
            return
        if norm[np.start : np.end].rsplit(None, 1)[-1].lower() in DOCUMENTS and (
            by := _BY_RE.match(norm, np.end, s.end)
        ):
            # "according to the most recent numbers from Statistics Canada": the author
            author = noun_phrase_after(norm, by.end(), s.end)
            if author is not None:
                np = Span(np.start, author.end)
        for at, end, _ in self.mentions_in(np.start, np.end):
            if (
                end > np.end
                and end <= s.end
                and (at == np.start or _BEFORE_CUT_NAME_RE.fullmatch(norm, np.start, at))
            ):
                np = Span(np.start, end)  # "sources familiar with the situation": the cast's
                # mention, or a name the phrase cuts ("an estimate from the Joint Committee
                # | on Taxation")
        cue = Span(m.start(), m.end())
        after = np.end
        if _blank(norm, s.start, m.start()) or (
            m.start() - s.start < 20
            and _CONNECTIVE_RE.fullmatch(
                norm, s.start, m.start() - 1 - (norm[m.start() - 2] == ",")
            )
        ):
            # "According to X, CLAUSE." ("But according to X, CLAUSE": the clause alone)
            comma = norm.find(",", after, s.end)
            if comma < 0:
                return
            start = comma + 1
            while start < s.end and norm[start] == " ":
                start += 1
            end = _clause_end(norm, start, s.end, whole=True)
        else:
            # "CLAUSE, according to X." / "A, according to X, B." (the whole sentence)
            if m.start() - s.start > CLAUSE_MAX:
                return  # no clause is that long: a run-on text, not a sentence
            if _SAID_JUST_BEFORE_RE.search(norm, max(s.start, m.start() - 12), m.start()):
                return  # '"...", Xi said according to the official China Daily newspaper':
                # Xi's words, which "said" reports; the paper only carried them
            start = after_dateline(norm, s.start, m.start())  # "WASHINGTON (Reuters) - "
            end = m.start()
            while end > start and norm[end - 1] in " ,":
                end -= 1
            if start < end and norm[start] == '"':
                return
            rest = self.first(",", after, s.end)
            if rest >= 0 and _AUX_RE.search(norm, max(start, end - REACH), end) is None:
                end = _clause_end(norm, rest, s.end, whole=True)
        if end - start < 8:
            return
        speaker = self.speaker_of(np)
        for at, stop, actor in self.mentions_in(np.start, np.end):
            if stop == np.end and norm[np.start : at] in ("", "the ", "The "):
                speaker = actor  # the phrase is one name: "the Institute on Taxation and
                # Economic Policy" is no pair of speakers
                break
        self.emit(Span(start, end), "indirect", speaker, cue, "indirect.according-to")

    def clause_first(self, m: _Cue, s: Span, qstarts: list[int]) -> None:
        """'CLAUSE, X said': the clause before the cue (``qstarts``: the starts of
        :attr:`quoted`, in order; a clause inside a quote is the quote's)."""
        norm = self.norm
        word = m.word
        if word not in _BARE_CLAUSE and not word.endswith("ed") and word not in _CLAUSE_FIRST:
            return
        comma = norm.rfind(",", max(s.start, m.start() - 60), m.start())
        far = comma < 0 and norm.startswith("as", m.start() - 3)
        if far:  # "..., Foreign Minister Prince Saud Al-Faisal has been reported as saying."
            comma = norm.rfind(",", max(s.start, m.start() - QUOTED_AS_MAX), m.start())
        if comma < 0:
            return  # no comma, or none within 60 characters
        if (
            not far
            and not norm[comma + 1 : m.start()].strip()  # ", said": an appositive may end there
            and (after := _TAIL_RE.match(norm, m.end(), s.end)) is not None
            and not after.group().endswith(",")  # the cue ends the sentence (not "..., said
            # the report", not "..., said at a March 31, 2016, meeting")
            and (named := self.before(m.start(), s.start)) is not None
            and named.start - 2 > s.start
            and norm.startswith(", ", named.end)
            and norm.startswith(", ", named.start - 2)
            and norm[named.start].isupper()
        ):
            comma = named.start - 2  # "CLAUSE, Paul Haenle, Director of ..., said."
        if (
            not _finite(norm, max(s.start, comma - REACH), comma)
            or norm.count(" ", max(s.start, comma - REACH), comma) < 3
        ):
            return  # an appositive, not a clause: "Carl Emmerson, from the IFS, told"
        start = after_dateline(norm, s.start, comma)  # "LONDON, March 3 - ": no words said
        end = comma
        while start < end and norm[start] in " \"'":
            start += 1
        if _inside(self.quoted, start, qstarts):
            return  # '"... treatment. The general public should ...," Martins said
        if start < end and norm[start] == '"':
            return
        if self.count('"', start, end) % 2 and norm[end + 1 : end + 2] != '"':
            return
        if end - start < 15 or end - start > CLAUSE_MAX:
            return
        tail = _TAIL_RE.match(norm, m.end(), s.end)
        if (
            tail is not None
            and tail.group().endswith(",")
            and not _AFTER_TAG_RE.match(norm, tail.end(), s.end)
            and (
                self.count(",", after_dateline(norm, s.start, comma), comma)
                or _RELATIVE_IN_RE.search(norm, s.start, comma)
            )
        ):
            return  # "An expert cited in the report, which looked at ..., said, ...": a subject
        # inverted ("..., said Mr Smith."): the cue right after the comma
        inverted = norm[comma + 1 : m.start()].strip() in {"", '"'} and (
            m.word in _BARE_CLAUSE or m.word == "wrote"
        )
        if tail is None and not inverted:
            return  # neither "X said." nor "said X": no need to look for a speaker
        if (np := self.quoted_as(m.start(), comma + 1)) is not None:
            # "..., Reuters reported BaFin as saying.": BaFin
            self.emit(Span(start, end), "indirect", self.speaker_of(np), m.span(),
                      "indirect.clause-then-cue")  # fmt: skip
            return
        if far:
            return
        np = self.before(m.start(), comma + 1)
        if np is not None and tail is None:
            return
        if np is not None and norm.startswith(_WHAT_IS_SAID, np.start):
            return  # "..., something Moscow denies, charged ...": an aside on the clause
        if np is None:
            if not inverted:
                return
            np = noun_phrase_after(norm, m.end(), s.end)
            if (
                np is None
                or not _INVERTED_NP_RE.match(norm, np.start)
                or _AUX_RE.search(norm, np.start, np.end) is not None
                or _has_past(norm, np.start, np.end)
            ):
                return  # no speaker, or a clause: "X, who asked not ..., said the plan would"
        elif not _ROLE_GAP_RE.fullmatch(norm, comma + 1, np.start) and not (
            (whole := self.mention_holding(np)) is not None
            and _ROLE_GAP_RE.fullmatch(norm, comma + 1, whole)
        ):
            return  # something other than a role noun ("spokesman Vic Svec") before the speaker
        self.emit(
            Span(start, end), "indirect", self.speaker_of(np), m.span(), "indirect.clause-then-cue"
        )


_NONSPACE_RE: Final = regex.compile(r"\S++")
#: Words after a quote that open a clause of the writer's, no attribution.
_SUBORDINATE_AFTER: Final = frozenset("as because while if when since although though".split())
#: A relative word right after a quote: what follows is said of the quoted thing.
_RELATIVE_OPENERS: Final = frozenset("where which who whom whose".split())
#: The forms of "add", which before a quoted word and "to" adds a thing, says nothing.
_ADDING: Final = frozenset("add adds added adding".split())


def _adds_to(norm: str, cue: _Cue, q: Quote) -> bool:
    """True when the cue is "add" right before the quote and "to" follows the quote: 'it
    added "fizz" to his campaign' adds a thing, says nothing."""
    return (
        cue.word in _ADDING
        and q.close is not None
        and not norm[cue.end() : q.open].strip()
        and norm.startswith(" to ", q.close + 1)
    )


#: A letter or digit: a paragraph or sentence without one is a separator line.
_WORD_RE: Final = regex.compile(r"[\p{L}\p{N}]")


#: A clause of its own after a comma or semicolon: a capitalised subject and a verb
#: after "and" / "but" ("..., and Trump has dismissed").
_NEW_CLAUSE_RE: Final = regex.compile(
    r"(?:,|;)\s++(?:and|but)\s++\p{Lu}[\p{L}.'-]*+(?:\s++\p{Lu}[\p{L}.'-]*+){0,3}"
    r"\s++(?:has|have|had|is|was|were|are|will|would|\p{Ll}++ed)\b"
)


#: The last subordinate or contrasted clause opened before a cue ("..., while the city's
#: police deny ... and say"), read backwards from it (reverse search).
_CLAUSE_OPEN_RE: Final = regex.compile(
    r"(?r)(?:,\s++(?:while|whereas|although|though|but)|;)\s++(?=the\s|\p{Lu})"
)


def _relative_speaker(norm: str, np: Span | None) -> Span | None:
    """In "a move ministers say should ...", the speaker is the words after the head noun."""
    if np is None:
        return None
    words = list(_NONSPACE_RE.finditer(norm, np.start, np.end))
    if len(words) < 2 or words[0].group().lower() not in {"a", "an", "the"}:
        return np
    k = len(words) - 1
    while k > 1 and words[k - 1].group()[:1].isupper() and words[k].group()[:1].isupper():
        k -= 1
    return Span(words[k].start(), np.end)


def _has_words(norm: str, s: Span) -> bool:
    """True when ``s`` holds a letter or digit (not a "." line between paragraphs)."""
    return s.start < s.end and (
        norm[s.start].isalnum()
        or (s.start + 1 < s.end and norm[s.start + 1].isalnum())  # '"Yes', cheaply
        or _WORD_RE.search(norm, s.start, s.end) is not None
    )


def _np_lead(norm: str, pos: int, start: int) -> bool:
    """True when :data:`_NP_LEAD_RE` spans ``[pos, start)``: at once when it holds only
    spaces and commas (the common '," she said'), else by the regex."""
    if pos <= start and not norm[pos:start].strip(" ,"):
        return True  # all of it is ``[\s,]*+``, and no name needs to follow
    return _NP_LEAD_RE.fullmatch(norm, pos, start) is not None


#: Works whose noun and a comma right before a quote make the quote maybe their title.
_WORK_NOUNS: Final = frozenset(
    """book memoir novel album film movie documentary song single play musical poem essay
    series show""".split()
)


def _named_work(norm: str, q: Quote) -> bool:
    """True when the quote is the title of a work named right before it and set off by a
    comma ('Her book, "Hacks: The Inside Story ...,"'): most of its words are capitalised
    and no sentence ends inside it. A quote from a book ('in his book, "I was wrong."')
    is a sentence."""
    before = norm[max(0, q.open - 16) : q.open].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].rsplit(None, 1)
    if not words or (
        words[-1] not in _WORK_NOUNS and words[-1].removesuffix("s") not in _WORK_NOUNS
    ):
        return False  # (the noun or its plural)
    text = norm[q.text.start : q.text.end].rstrip(" ,")
    if not text or text[-1] in ".!?" or any(p in text for p in (". ", "! ", "? ")):
        return False
    title_words = [w for w in text.split() if w[:1].isalpha()]
    return bool(title_words) and 2 * sum(w[0].isupper() for w in title_words) > len(title_words)


def _is_title(norm: str, text: Span) -> bool:
    """True when :data:`_TITLE_RE` spans ``text``. A quote that opens with an ASCII
    character other than a capital ("said it was 'unfair'") is no title: the regex
    is run only for the others."""
    c = norm[text.start : text.start + 1]
    if c.isascii() and not c.isupper():
        return False  # no ``\p{Lu}`` to open it
    return _TITLE_RE.fullmatch(norm, text.start, text.end) is not None


def _framed(norm: str, pos: int) -> bool:
    """True when a speech or framing verb stands a few words before ``pos``: 'dubbing
    Mr Brown "Sir Wastealot"' names someone's words, 'a poster titled "How We Win"' not."""
    near = norm[max(0, pos - 40) : pos].split()[-4:]
    return any(w in PARTIAL_CUES or w in CUE_VERBS for w in near)


#: "on" and a broadcaster's name before a quote: a show's title ('on CBS' "Face the
#: Nation."', 'on "Meet the Press"').
_ON_SHOW_RE: Final = regex.compile(r"\bon\s++(?:\p{Lu}[\p{L}.&-]*+'?+s?+\s++){0,3}\Z")
#: The words that open a description in apposition to a name ("Nunes, the ...").
_DESCRIPTION_OPENERS: Final = ("the ", "a ", "an ")
#: A sentence that opens with a concessive clause that reports with "that", up to a
#: statement with no comma before it ("Although Trump has repeatedly tweeted that
#: there was "no collusion" and ...").
_CONCEDED_RE: Final = regex.compile(
    r"""[\s"'(]*+(?:Although|Though|Even\ though|While|Whereas)
        \ [^,;:"\n]{1,80}?\ that\ [^,;:\n]{0,400}+\Z""",  # (bounded: one look per statement)
    regex.VERBOSE,
)


def _ing_after_comma(norm: str, m: _Cue, floor: int) -> bool:
    """True for a cue in -ing right after a comma (and a closing mark), not before
    ``floor``: ", saying ...", '," adding'."""
    before = norm[max(floor, m.start() - 3) : m.start()]
    return m.word.endswith("ing") and before.rstrip().rstrip("\"'").endswith(",")


def _pronoun_at(norm: str, pos: int, end: int) -> bool:
    """True when :data:`_CLAUSE_PRONOUN_RE` matches at ``pos``; its first letter is
    looked at first (most clauses open with no pronoun)."""
    return norm[pos : pos + 1] in _PRONOUN_HEADS and (
        _CLAUSE_PRONOUN_RE.match(norm, pos, end) is not None
    )


def _may_be_relative(norm: str, pos: int) -> bool:
    """False when :data:`_RELATIVE_RE` cannot match at ``pos``: no space there, or a
    space and then a letter no verb of it starts with ("said the", not "said is")."""
    if not norm[pos : pos + 1].isspace():
        return False  # (``str.isspace`` holds for every character ``\s`` matches)
    c = norm[pos + 1 : pos + 2]
    return c.isspace() or c in _RELATIVE_HEADS


def _blank(norm: str, start: int, end: int) -> bool:
    """True when ``norm[start:end]`` is empty or all space (read from ``start``)."""
    while start < end and norm[start].isspace():
        start += 1
    return start >= end


def _last_char(norm: str, lo: int, pos: int) -> str:
    """The last non-space character in ``norm[lo:pos]`` ('' when there is none)."""
    i = pos - 1
    while i >= lo and norm[i].isspace():
        i -= 1
    return norm[i] if i >= lo else ""


#: After one of these characters a quote opens a clause (or a sentence).
_CLAUSE_OPENERS: Final = frozenset(":,.!?\u2014-")


def _opens_sentence(norm: str, q: Quote, s: Span | None) -> bool:
    """True when only space stands between the start of sentence ``s`` and the quote."""
    return s is not None and _last_char(norm, s.start, q.open) == ""


def _inside(spans: list[Span], pos: int, starts: list[int] | None = None) -> bool:
    """True when ``pos`` lies inside one of ``spans`` (sorted, disjoint); ``starts``,
    their starts, saves making the list (a bisect on plain ints, no key function)."""
    if starts is None:
        starts = [x.start for x in spans]
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i].end


#: What may follow a clause-final cue: adjuncts, then the end or a comma.
_TAIL_RE: Final = regex.compile(
    r"""(?:\s++(?:reporters|journalists|followers|supporters|lawmakers|investors|the\ \p{Lu}\S*+
           |\p{Lu}\S*+))?"""
    + _ADJUNCT
    + r"""(?:\s++according\ to\ [^.,;!?"\n]{1,80}+)?+  # "Xi said according to the paper."
    \s*+(?:[.!?;"']|,|$)""",
    regex.VERBOSE,
)
#: Cues that may close a sentence without being a past tense: "..., Mr Brown forecast."
_CLAUSE_FIRST: Final = frozenset("told tells wrote writes forecast says said".split())
#: A trailing attribution that ends a reported clause: ", he said", ", according to",
#: ", said" (the main verb after an aside: "Baker, asked whether ..., said he was not").
_TAG_RE: Final = regex.compile(
    r',"?+\s++(?:(?:he|she|they|it|we|I)\s++(?:said|added|says)|according\ to'
    r"|and\ (?:added|said|says|adds|noted|stressed|insisted)"  # ", and added": a cue too
    r"|(?P<ing>" + _PARTICIPLE + r")|(?P<bare>said|added|says))\b",
    ing_nouns=_ING_NOUNS,
)


#: The rest of an aside in -ing after a subject, and the subject's verb after it:
#: "[many people, including] foreign businessmen, had raised objections".
_ASIDE_VERB_RE: Final = regex.compile(
    r"""[^,;:.!?"]{1,150}+,\s++(?:\p{Ll}++ly\s++)?+
    (?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had
      |\p{Ll}{2,}+(?<=ed|s)(?<!ss|us|is))\b""",
    regex.VERBOSE,
)
#: A sentence that opens with a subordinate clause, and the main clause after it.
_SUBORDINATE_RE: Final = regex.compile(
    r"""[\s"']*+(?:Though|Although|While|Whilst|Because|Even\ though|Whereas)\b"""
)
_MAIN_CLAUSE_RE: Final = regex.compile(r",\ (?=(?:he|she|they|it|we|I|the|this|there)\ )")
#: A reported clause that opens with its own subordinate clause ("said if the box did not
#: present any danger, it would not be illegal").
_CONDITIONALS: Final = ("if ", "when ", "unless ", "once ", "although ", "though ", "while ")
#: Another speaker's tag that ends the sentence: ", Russia's foreign ministry said.", ",
#: the White House said on Wednesday." (read from the right, at most eight words).
_END_TAG_RE: Final = regex.compile(
    r"""(?r),"?+\s++(?!(?:which|who|whom|whose|and|but|or|as)\b)
    (?:[\p{L}\p{N}'\u2019.&-]++\s++){1,8}?(?:said|says|added)
    (?:\s++(?:on\s++|late\s++|early\s++)?+\p{Lu}\p{Ll}++day)?+[\s.;:!?]*+\Z""",
    regex.VERBOSE,
)


#: A comma, then a name and a speech verb with words of its own after it: another
#: speaker's statement, which ends the clause before it (", Hawk Sawyer told lawmakers",
#: ", with McCain calling ...").
_NEXT_SPEAKER_RE: Final = regex.compile(
    r""",\ (?:\p{Lu}[\p{L}.'-]*+\ ){1,4}+(?:said|says|told|added|argued|insisted|warned)
        \ (?=\p{L})
    |,\ with\ (?:\p{Lu}[\p{L}.'-]*+\ ){1,4}+(?:calling|saying|describing|adding|noting
        |telling|warning|arguing)\b  # ", with McCain calling the accusations": his own
    """,
    regex.VERBOSE,
)
#: A connective that may open a sentence before its subject: "In addition, it said".
_CONNECTIVE_RE: Final = regex.compile(
    r"""(?:But|And|However|Meanwhile|Separately|Also|In\ addition|Additionally|Furthermore
    |Moreover|Earlier|Later|Still|Nevertheless|Instead|Previously)\b,?+""",
    regex.VERBOSE,
)
#: A speech verb right before "according to" ("Xi said according to ...").
_SAID_JUST_BEFORE_RE: Final = regex.compile(r"\b(?:said|says|added|wrote|told\ reporters),?+\ \Z")


#: A role's description: a determiner or a possessive name, up to five words, and a role
#: noun, then maybe "of"/"at"/"for" and a name ("the leader of the Public and Commercial
#: Services Union", "Wanadoo's chief executive").
_ROLE_DESCRIPTION_RE: Final = regex.compile(
    r"""(?:(?:the|a|an|its|his|her|their)\s++|\p{Lu}[\p{L}&.-]*+(?:\s++\p{Lu}[\p{L}&.-]*+){0,3}'s\s++
      |\p{Lu}[\p{L}&.-]*+(?:\s++\p{Lu}[\p{L}&.-]*+){0,3}\s++(?=\p{Ll})  # "SAMBA managing director"
      |(?=\p{Ll}))  # or none: "Peter Misselbrook, executive partner of Tods Murray said"
    (?:[\p{L}-]++\s++){0,4}?\L<roles>
    (?:\s++(?:of|at|for|with)\s++(?:the\s++)?+[\p{L}&.'-]++(?:\s++(?:and\s++)?+[\p{L}&.'-]++){0,6})?+
    \Z""",
    regex.VERBOSE,
    roles=ROLE_NOUNS,
)


def _clause_end(norm: str, start: int, end: int, *, whole: bool = False) -> int:
    """End of a reported clause: the sentence end without its period, a trailing tag, or
    where another speaker's statement begins (not when ``whole``: "According to X, ...,
    Yates told McGahn ..." reports all of it)."""
    end = min(end, start + CLAUSE_MAX)
    if norm.find(",", start, end) >= 0:  # every tag opens with a comma
        for tag in _TAG_RE.finditer(norm, start, end):
            if tag["ing"] and _ASIDE_VERB_RE.match(norm, tag.end(), end):
                done = _clause_verb(norm, start, tag.start())  # (no plural noun: "the
                # plaintiffs, including ..., would suffer")
            else:
                done = not tag["bare"] or _finite(norm, start, tag.start())
            if done:
                end = tag.start()  # (a bare ", said" ends a clause, not a subject's
                # aside: "George Papadopoulos, a Trump campaign adviser, said ...", nor
                # does a subject's aside in -ing: "an advisory panel, including state
                # governments, would advise")
                break
        else:
            if (tail := _END_TAG_RE.search(norm, max(start, end - 120), end)) is not None:
                end = tail.start()  # "Lavrov told Tillerson ... it was unacceptable ...,
                # Russia's foreign ministry said.": the ministry's tag is no part of his
                # clause
        if not whole and (inner := _NEXT_SPEAKER_RE.search(norm, start, end)) is not None:
            end = inner.start()  # "Although representatives of Epstein's family suggested
            # the disgraced financier may have been murdered, Hawk Sawyer told lawmakers
            # ...": another speaker's own statement begins
    while end > start and norm[end - 1] in " .;:!?,\n":
        end -= 1
    if norm.count('"', start, end) % 2:
        if norm[end : end + 1] == '"':
            end += 1
        elif norm.startswith(',"', end):
            end += 2  # 'he is a "long ways from a decision," noting': the quote closes
    return end


def find_statements(view: TextView, cast: Cast) -> tuple[Statement, ...]:
    """Every statement in the view's body sentences.

    >>> from newsparse._actors import find_actors
    >>> v = TextView.of('"We will win," she said. Officials said the vote was fair.')
    >>> for s in find_statements(v, find_actors(v, ())):
    ...     print(s.text, "|", s.kind, "|", s.rule)
    We will win | direct | quote-then-cue
    the vote was fair | indirect | indirect.said
    """
    finder = _Finder(view, cast)
    quotes = find_quotes(view) if '"' in view.norm or "'" in view.norm else []
    finder.direct(quotes)
    finder.indirect()
    finder.flow()
    # spans sorted by (start, end), as Span orders, with a key in C (no Python __lt__)
    indirect = _disjoint(
        sorted((s.span for s in finder.out if s.kind == "indirect"), key=_START_END)
    )
    starts = [x.start for x in indirect]
    seen: set[tuple[int, int]] = set()
    out: list[Statement] = []
    original = view.original
    for s in finder.out:
        key = (s.span.start, s.span.end)
        if key in seen or (s.kind == "partial" and _inside(indirect, s.span.start, starts)):
            continue  # one statement per span: the first rule to claim it wins
        seen.add(key)
        out.append(s.statement(original))
    return tuple(out)


#: A span's (start, end): how spans sort.
_START_END: Final = attrgetter("start", "end")


def _disjoint(spans: list[Span]) -> list[Span]:
    """Sorted spans merged where they overlap."""
    out: list[Span] = []
    for x in spans:
        if out and x.start < out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, x.end))
        else:
            out.append(x)
    return out
