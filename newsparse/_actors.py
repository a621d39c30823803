"""Stage 4: actors -- mentions, kinds, titles, aliases and coreference.

How it works (``docs/explanation/actors.rst`` tells the long story):

1. **Name runs**: one pass of :data:`NAME_RE` over the text finds runs of
   capitalised tokens in each sentence ("President Andrés Manuel López Obrador",
   "Bank of England"); days and months break them, sentence openers ("The",
   "However") are trimmed, "of" / "for" only continue after an organisation or
   title word, and "and" only inside a public body's name ("Securities and Exchange
   Commission", not "Britain and France"). What follows from a name's text alone is
   worked out once per call (:class:`_Memo`), and for one word once per process:
   names recur.
2. **Classification**: a run is looked up in the lexicons (countries, media,
   government bodies, parties, places), then split into title + name, then
   judged by its last word (organisation heads, "Declaration"-like things),
   its first word (first names, demonyms) and its shape.
3. **Speakers by description**: before each speech or demand verb (past
   auxiliaries: "creditors are now pushing for"), a backward pattern reads a
   subject ending in a role or group noun ("a White House spokesperson said",
   "analysts say"); a group opening the sentence demands through a later
   participle ("Tube workers walked out ... demanding"). Unknown acronyms and
   "Title of Place" offices that speak or demand are actors ("BT wants").
4. **Clustering**: people by full name, then surname and title + surname;
   organisations by name, prefix and acronym (known acronyms such as "EPA" too,
   wherever the name they shorten stands); countries by canonical name;
   definite descriptions ("the spokesperson") to the nearest compatible actor.
5. **Cast**: the actors plus a sorted mention index for :meth:`Cast.actor_at`
   and :meth:`Cast.resolve` (which cuts post-modifiers, prefers the subject for
   "he" / "she" and organisations for "it").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

import attrs
import regex

from newsparse._actors_lex import (
    ABBREVIATIONS,
    ACCORDING_RE,
    APPOSITIVE_RE,
    AUX_RE,
    AUX_WORDS,
    BREAKERS,
    COMPANIES,
    CONTINUE_AFTER,
    CONTRAST_WORDS,
    COUNTRIES,
    DEADLINE_RE,
    DETERMINERS,
    DOCUMENTS,
    FAMILIAR_CUE_RE,
    FAMILIAR_RE,
    FIRST_NAMES,
    GENDER_MENTIONS,
    GENDER_REACH,
    GENDERED_RE,
    GOV_HEADS_RE,
    GOVERNMENT,
    GROUP_NOUNS,
    HANDLE_RE,
    INITIAL_GROUP_RE,
    LOWER_WORD_RE,
    MALE_PRONOUNS,
    MEDIA,
    MINISTRY_MODS,
    NAME_ASCII_RE,
    NAME_PARTICLES,
    NAME_RE,
    NATIONALITY_NOUNS,
    NON_ACTOR_HEADS,
    NOT_ACRONYMS,
    OPENERS,
    ORG_CUE_RE,
    ORG_CUES,
    ORG_HEADS,
    ORG_LEADS,
    PARTIES,
    PAST_TENSES,
    PLACE_HEADS,
    PLACE_RE,
    PLACES,
    PLATFORMS,
    PRE_ROLE_ENDS,
    PRE_ROLE_RE,
    PRE_ROLE_SHORT,
    PRE_ROLE_TAILS,
    PRONOUNS,
    PROXY_ROLES,
    ROLE_NOUNS,
    SENTENCE_STOP_RE,
    SHORT_FORMS,
    SOURCE_RE,
    SPEECH_WORDS,
    STOP_MODS,
    SUBJECT_PRONOUNS,
    SUBJECT_RE,
    SURNAMES_TOO,
    TICKER_RE,
    TITLES,
    TOKEN_RE,
    VERB_AFTER_NAME,
    VERB_AFTER_RE,
    fold,
    subject_indefinite_re,
)
from newsparse._lexicon import words
from newsparse._model import Actor, ActorKind, Figure, Span
from newsparse._text import TextView

__all__ = ["Cast", "find_actors"]

#: "Trump-era", "Bush-style": a capitalised word used as a modifier.
_LOWER_TAIL_RE: Final = regex.compile(r"-\p{Ll}++$")
#: A letter written twice or more in a row (the standard library's engine: quicker here).
_DOUBLED_RE: Final = re.compile(r"(.)\1+")
_LOWER_RE: Final = regex.compile(r"\p{Ll}")
_LOWER_RUN_RE: Final = regex.compile(r"\p{Ll}{4}")
#: A lower-case word after a name, with the standard library's quicker engine.
_ASCII_WORD_RE: Final = re.compile(r"[a-z]+")
#: Nouns of demanding after a possessive that make its owner a demander.
_DEMAND_NOUNS: Final = frozenset("demand demands call calls request requests appeal plea".split())
#: First words of what :data:`VERB_AFTER_RE` skips before a verb.
_AUX_FIRST: Final = frozenset(
    "also has have had is are was were been now still already would will did does not again "
    "then later previously repeatedly publicly separately yesterday today on last this "
    "earlier recently reportedly".split()
)
#: The same for ASCII text, with the standard library's quicker engine.
_ASCII_LOWER_RUN_RE: Final = re.compile(r"[a-z]{4}")
_UPPER_RE: Final = regex.compile(r"\p{Lu}")
_WORD_RE: Final = regex.compile(r"[\p{L}][\p{L}.&'-]*+")

#: How many earlier mentions resolve() and the description linker look back over.
LOOKBACK: Final = 60
#: A sentence that opens with a question put to its subject, who is named after it.
_ASKED_RE: Final = regex.compile(r"[\s\"'(]*+(?:When\ asked|Asked|Pressed|Questioned)\b")
#: How far back resolve() looks for the opening mark of a quote that closes just before
#: a pronoun or description (longer quotes are read from where they close).
QUOTE_REACH: Final = 3000
#: A sentence whose letters are at least this share capitals is set in capitals.
CAPS_SHARE: Final = 0.8
#: Role words that name the same job ("the leader" may be "President X").
_ROLE_CLASS: Final = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
    "president": "leader", "leader": "leader", "premier": "leader", "prime minister": "leader",
    "chancellor": "chancellor", "minister": "minister", "secretary": "secretary",
}  # fmt: skip
_FEMALE_WORDS: Final = frozenset("mrs mrs. ms ms. spokeswoman chairwoman congresswoman".split())
_MALE_WORDS: Final = frozenset("mr mr. spokesman chairman congressman".split())
_SUFFIXES: Final = frozenset(fold(w).rstrip(".") for w in words("org_suffixes.txt"))
#: The company suffixes as written, without a final period ("Corp", "plc", "S.A").
_SUFFIX_WORDS: Final = frozenset(w.rstrip(".") for w in words("org_suffixes.txt"))
_ORG_WORDS: Final = frozenset(
    "company firm group government administration committee party agency ministry department "
    "court bank council commission organisation organization union campaign board utility "
    "club giant institute trust fund foundation exchange automaker carmaker airline retailer "
    "insurer chipmaker conglomerate".split()
)


class _Cluster:
    """One referent while clustering (mutable; frozen into an Actor at the end)."""

    __slots__ = (
        "country", "forms", "gender", "generation", "heads", "key", "kin", "kind", "named",
        "spans", "title", "tokens",
    )  # fmt: skip

    def __init__(self, kind: ActorKind, key: str, tokens: tuple[str, ...] = ()) -> None:
        self.kind: ActorKind = kind
        self.key = key
        self.tokens = tokens  #: folded name tokens (people, organisations)
        #: (rank, name form, surface), each once, in order of first use (a long text
        #: repeats a name: fewer objects to keep make its garbage collections shorter)
        self.forms: dict[tuple[int, str, str], None] = {}
        self.spans: list[_Sp] = []
        self.title: str | None = None
        self.gender = ""
        #: role classes and head words, folded, each once (a tuple: the garbage collector
        #: stops tracking those, and an actor has few heads)
        self.heads: tuple[str, ...] = ()
        self.country = ""  #: canonical country tied to the actor ("Mexico")
        #: people: sorted starts of the spans ranked above 1 (full names); None for others
        #: (fewer objects to keep make a long text's garbage collections shorter)
        self.named: list[int] | None = [] if kind == "person" else None
        #: people: the generational suffix of the name, folded ("jr", "sr", "iii"), or ""
        self.generation = ""
        #: people: another person's name is this one's with another suffix (father and son)
        self.kin = False

    def add(self, span: _Sp, surface: str, name: str, rank: int) -> None:
        self.spans.append(span)
        self.forms[(rank, name, surface)] = None
        if rank > 1 and self.named is not None:
            bisect.insort(self.named, span[0])

    def add_heads(self, *heads: str) -> None:
        for head in heads:
            if head not in self.heads:
                self.heads += (head,)


class _Info(NamedTuple):
    """What resolve() needs to know about one actor."""

    kind: ActorKind
    gender: str
    heads: frozenset[str]
    country: str
    full: bool = False  #: a person named with a full name somewhere


#: A conjunction that opens a sentence with a subordinate clause, and its subject after
#: it ("While Washington has said ..."; the quotes and brackets a sentence may open with
#: first).
_SUBORDINATE_OPEN_RE: Final = regex.compile(
    r"""[\s"'(]*+(?:While|Although|Though|Whereas|Even\ though)\s++(?:the\s++)?+"""
)


@attrs.frozen(kw_only=True)
class Cast:
    """The actors of one article and the means to resolve references to them.

    Later stages (statements, demands) hold a Cast and ask it who a noun
    phrase refers to; they never build actors themselves.

    >>> from newsparse._text import TextView
    >>> text = "Sharyn Alfonsi asked a question. Later she said it was fine."
    >>> cast = find_actors(TextView.of(text), ())
    >>> [a.name for a in cast.actors]
    ['Sharyn Alfonsi']
    >>> cast.resolve(39, 42).name
    'Sharyn Alfonsi'
    """

    actors: tuple[Actor, ...] = ()  #: one per referent, ids in order of first mention
    #: (start, end, actor index) of every mention, sorted
    index: tuple[tuple[int, int, int], ...] = attrs.field(default=(), repr=False)
    info: tuple[_Info, ...] = attrs.field(default=(), repr=False)
    norm: str = attrs.field(default="", repr=False)
    #: sorted starts of the sentences, for the salience of pronouns
    sentences: tuple[int, ...] = attrs.field(default=(), repr=False)
    #: where the headline ends (0 without one)
    title_end: int = attrs.field(default=0, repr=False)

    def is_outlet(self, actor: Actor) -> bool:
        """True for a news outlet: one ``media.txt`` lists, or a name before a media noun
        ("Vedomosti newspaper")."""
        if actor.kind != "organization":
            return False
        if fold(actor.name) in MEDIA:
            return True
        k = int(actor.id[1:]) - 1  # ids are "a1", "a2", ... in order
        return (
            0 <= k < len(self.info) and self.actors[k] is actor and "outlet" in self.info[k].heads
        )

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention inside ``[start, end)`` (leftmost, then longest), if any."""
        best: tuple[int, int, int] | None = None
        for s, e, i in self._inside(start, end):
            if best is None or s < best[0] or (s == best[0] and e > best[1]):
                best = (s, e, i)
            elif s < best[1]:  # a shorter mention inside the one kept
                continue
        return None if best is None else self.actors[best[2]]

    def resolve(self, start: int, end: int) -> Actor | None:
        """Who the noun phrase at ``[start, end)`` refers to, or None.

        The head comes before post-modifiers ("other Republican leaders in
        Washington" is not Washington; "a report from X" is X). A name or
        description mention that ends the head wins (the longest); otherwise a
        pronoun ("he", "she", "they", "it") or a description ("the spokesperson",
        "the Mexican leader") is resolved to a compatible antecedent before
        ``start``: the subject of the sentence (or of the one before) for "he" /
        "she", an organisation first for "it", else the nearest (gender, number,
        role words).
        """
        lead = self.norm[start:end].split(None, 1)
        if lead and lead[0] in _PREPOSITIONS:
            return None  # "in Washington" opens no noun phrase
        if not self.norm.startswith((" on ", " of ", " for "), end):
            # A phrase that is exactly one mention (nearly half the calls) names that
            # mention's actor: the rest of this method would find no post-modifier
            # outside it and take the longest mention that ends it, the first such
            # in the index (both it).
            i = bisect.bisect_left(self.index, (start, end, -1))
            if i < len(self.index) and self.index[i][0] == start and self.index[i][1] == end:
                return self.actors[self.index[i][2]]
        end = self._name_end(start, end)
        inside = self._inside(start, end)
        cut, prep = _head_end(self.norm, start, end, inside)
        if cut < end and prep == "":  # "Campbell's partner, Jason Louth": a named appositive
            full = _alnum_end(self.norm, cut, end)
            named = [m for m in inside if m[1] == full and m[0] == cut + 2]
            if named:
                return self.actors[named[0][2]]
        if cut < end and prep == "of":
            # "the minister of infrastructure Amarjeet Sohi": a role "of" something, then
            # the person's name, which ends the phrase
            full = _alnum_end(self.norm, cut, end)
            for s, e, i in inside:
                if e == full and self.info[i].kind == "person" and _role_of(self.norm[start:s]):
                    return self.actors[i]
        if cut < end and prep in ("for", "to"):
            # "Cuba's Foreign Ministry chief for U.S. Affairs Josefina Vidal", "U.S.
            # Ambassador to the United Nations Nikki Haley": a role for or to a body, then
            # the person's full name (not "a spokeswoman for Justin Trudeau")
            full = _alnum_end(self.norm, cut, end)
            for s, e, i in inside:
                if e == full and self.info[i].kind == "person" and self.info[i].full:
                    body = [j for s2, e2, j in inside if e2 == s - 1 and s2 > cut]
                    if body and self.info[body[0]].kind in _BODY_KINDS[prep]:
                        return self.actors[i]
        if cut < end:  # "other Republican leaders | in Washington": the head comes first
            last = self.norm[start:cut].rsplit(None, 1)[-1].lower()
            if last in DOCUMENTS and prep in ("from", "by", "of"):
                if prep == "of" and (own := self._author(start, cut, inside)) is not None:
                    return own  # "a Reuters analysis of State Department data": Reuters's
                author = self.resolve(self.norm.index(prep, cut) + len(prep), end)  # "a report by"
                if prep == "from" and author is not None and author.kind in ("country", "place"):
                    return None  # "reports from Russia say": where they come from, not who
                return author
            inside = [m for m in inside if m[1] <= cut]
            end = cut
        tail = _alnum_end(self.norm, start, end)
        if self.norm.endswith("'s", start, tail):
            tail -= 2
        heads = [m for m in inside if m[1] >= tail]  # a mention that ends the phrase names it
        if heads:
            best = max(heads, key=lambda m: (m[1] - m[0], -m[0]))
            return self.actors[best[2]]
        owner = self._author(start, tail, inside)
        if owner is not None:  # "the Tax Policy Center think tank"
            return owner
        words = self.norm[start:end].split()
        if not words:
            return None
        first = words[0].lower()
        if len(words) == 1 and first in PRONOUNS:
            gender, number = PRONOUNS[first]
            ok: _Check = lambda inf: _fits_pronoun(inf, gender, number)  # noqa: E731
            if number == "sg":
                return self._read_back(start, ok)
            if number == "it":  # "it said": an organisation before a place or country
                if (sub := self._subordinate_subject(start, ok)) is not None:
                    return sub  # "While Washington has said ..., it has stressed"
                if self._opens_sentence(start) and (org := self._salient(start, _is_org)):
                    return org  # "The Muslim Council ... complained to Ofcom. It says"
                org = self._antecedent(start, _is_org)
                if org is not None:
                    return org
            if number == "pl":
                unnamed = self.unnamed_plural_subject(start)
                if unnamed is not None:
                    return None if unnamed < 0 else self.actors[unnamed]
            return self._antecedent(start, ok, pairs=number == "pl")
        if first in ("a", "an") and len(words) == 2 and self._in_lede(start):
            head = words[1].lower()  # "Trump panel urges ...\n\nA panel convened by ..."
            return self._first(0, self.title_end, lambda inf: head in inf.heads)
        if first in _DEFINITE and len(words) >= 2:
            head = _noun_head(words[-1])
            bare = words[-1].lower().strip('.,;:!?"()')
            if head in _ORG_WORDS and bare != head and not bare.endswith("'s"):
                return None  # "the parties say", "the opposition parties": no one body
            # a plural of a person's noun ("the school's defenders") is no one person
            many = bare != head and bare[:1].islower() and not bare.endswith(("'s", "'"))
            mods = words[1:-1]
            if len(words) >= 3 and words[-2].lower() in ("prime", "vice"):
                head = f"{words[-2].lower()} {head}"
            found = self._antecedent(
                start,
                lambda inf: (
                    _fits_description(inf, head, mods) and not (many and inf.kind == "person")
                ),
            )
            if (
                found is not None
                and head in _ORG_WORDS
                and (owned_by := _owner_word(mods))
                and owned_by not in found.name
            ):
                return None  # "The European Union's top court" after "the International
                # Criminal Court": another owner's body, which the cast does not name
            if found is not None or many:
                return found
            if (
                head.rpartition(" ")[2] in ROLE_NOUNS  # head may be "": "The CBO s"
                and first == "the"
                and not any(w[:1].isupper() and not _coined(w) for w in mods)
            ):  # "the affable proprietor": the salient person, unless their roles differ
                # ("the Oscar-nominated actor" too, not "the Nova Scotia judge")
                role = _ROLE_CLASS.get(head, head)
                ok = lambda inf: _fits_epithet(inf, head, role)  # noqa: E731
                found = self._read_back(start, ok)
                if found is None:
                    return None
                inf = self.info[int(found.id[1:]) - 1]  # (ids are "a1", "a2", ... in order)
                if inf.full:
                    return found
                # a person named by one word only and no title ("Juninho") is nearer
                # than any with a full name: "the attacking midfielder" may be either,
                # so no one
        return None

    def _pair_subject(self, end: int, start: int) -> bool:
        """Whether the pair of people that ends at ``end`` is the subject "they" at
        ``start`` refers to: a lower-case verb after it, at most 400 characters before
        "they" (a sentence back), and no plural noun between."""
        norm = self.norm
        if (
            start - end > 400
            or not norm.startswith(" ", end)
            or not norm[end + 1 : end + 2].islower()
        ):
            return False  # "In their letter to Sessions and Rosenstein, they said"
        if _NO_VERB_RE.match(norm, end):
            return False
        between = norm[end:start]
        if (quote := between.find('"')) >= 0:
            between = between[:quote]  # the narrative: not '"... where employees can ..."'
        return GROUP_NOUNS.isdisjoint(_ASCII_WORD_RE.findall(between.lower()))

    def unnamed_plural_subject(self, start: int) -> int | None:
        """For a "They" that opens its sentence at ``start``: when the sentence before
        opens with a plural group noun and no one speaks there ("Other western officials
        are not so sure. They said"), the index of the actor that phrase names, or -1
        when it names none (they are who "they" are, not a body named further back);
        None otherwise."""
        if not self._opens_sentence(start):
            return None
        k = bisect.bisect_right(self.sentences, start) - 1
        if k < 1:
            return None
        before, until = self.sentences[k - 1], self.sentences[k]
        m = _PLURAL_SUBJECT_RE.match(self.norm, before, min(until, before + 80))
        if m is None or m["head"].lower() not in GROUP_NOUNS:
            return None
        end = m.end("head")
        found = -1
        for _, e, idx in self._inside(before, until):
            if e == end:
                if self.info[idx].kind in ("group", "organization"):
                    found = idx  # "Some analysts previously speculated ... They said"
            elif _speaks(self.norm, e) and not self.norm.startswith(" and ", end):
                return None  # "..., traders said. They said": another speaker, as ever
                # (not "Bankers and economists also said": one subject, the first named)
        return found

    def _read_back(self, start: int, ok: _Check) -> Actor | None:
        """Who a "he" / "she" or an epithet at ``start`` is: the subject (:meth:`_salient`),
        else the nearest fitting actor, read from before a quote that closes just before
        ``start`` (:meth:`_after_quote`)."""
        at = self._after_quote(start)
        return self._salient(at, ok) or self._antecedent(at, ok)

    def _author(self, start: int, end: int, inside: list[tuple[int, int, int]]) -> Actor | None:
        """The organisation named just before a generic noun that ends ``[start, end)``
        ("the Tax Policy Center think tank", "a Reuters tally"), else None."""
        for pattern in (_GENERIC_ORG_RE, _ORG_NOUN_AT_END_RE):
            owner = pattern.search(self.norm, start, end)
            if owner is not None:
                for _, e, i in inside:
                    if e == owner.start() and self.info[i].kind == "organization":
                        return self.actors[i]
        return None

    def _opens_sentence(self, start: int) -> bool:
        """True when only quote marks or brackets stand between ``start`` and the start of
        its sentence."""
        k = bisect.bisect_right(self.sentences, start) - 1
        if k < 0 or start - self.sentences[k] > 8:
            return False  # (a bounded look: not the whole of a long sentence per pronoun)
        return not self.norm[self.sentences[k] : start].strip(" \n\"'(")

    def _after_quote(self, start: int) -> int:
        """Where the antecedent of a "he" / "she" or an epithet at ``start`` is read back
        from: the opening mark of a quote that closes just before it in the same sentence,
        whose words are not the narrative ('"We would never accept a prime minister
        saying ... It raises concerns," he said': "he" is no prime minister), else
        ``start``. ("it" and "they" keep the nearest organisation or group, which a
        quote names as often as the text before it.)"""
        norm = self.norm
        j = start
        while j > 0 and norm[j - 1] in " \n":
            j -= 1
        if j == start or j == 0 or norm[j - 1] != '"' or not norm[start].islower():
            # the common case; or an opening mark ('"He is wrong," she said'); or a new
            # sentence ('... wrote to the watchdog saying: "..." He says'), read as ever
            return start
        opened = norm.rfind('"', max(0, j - 1 - QUOTE_REACH), j - 1)
        return start if opened < 0 else opened

    def _name_end(self, start: int, end: int) -> int:
        """``end``, or the end of a name that the phrase cuts before its "of", "for" or
        "on" ("the National Institute | on Drug Abuse") or before the period that ends
        both ("Morgan Stanley and Co Inc | .")."""
        period = self.norm.startswith(".", end)
        if not period and not self.norm.startswith((" on ", " of ", " for "), end):
            return end  # the common case
        i = bisect.bisect_left(self.index, (start, -1, -1))
        while i < len(self.index) and self.index[i][0] < end:
            stop = self.index[i][1]
            if stop == end + 1 if period else stop > end:
                return stop
            i += 1
        return end

    def _inside(self, start: int, end: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_left(self.index, (start, -1, -1))
        out = []
        while i < len(self.index) and self.index[i][0] < end:
            if self.index[i][1] <= end:
                out.append(self.index[i])
            i += 1
        return out

    def _in_lede(self, start: int) -> bool:
        """True when ``start`` lies in the first sentence after the headline."""
        if not self.title_end:
            return False
        k = bisect.bisect_right(self.sentences, start) - 1
        return k > 0 and self.sentences[k - 1] < self.title_end <= self.sentences[k]

    def _salient(self, start: int, ok: _Check) -> Actor | None:
        """The subject of the clause or sentence before a "he" / "she" at ``start``: the
        first fitting mention of its sentence ("Evans pointed out that she ..."), or, for a
        pronoun that opens its sentence or follows a quote, of the sentence before
        ("Vincent Cable ... accused Mr Brown ... He said"). At a quote's opening mark
        (:meth:`_after_quote`), the sentence before the one the quote opens in: 'Mr
        Sullivan "made accounting decisions," he told the court' is not Mr Sullivan's."""
        k = bisect.bisect_right(self.sentences, start) - 1
        if k < 0:
            return None
        here = self.sentences[k]
        if self.norm[start] == '"':  # a quote's opening mark (:meth:`_after_quote`)
            return None if k == 0 else self._first(self.sentences[k - 1], here, ok)
        if '"' not in self.norm[here:start] and not (
            _ASKED_RE.match(self.norm, here, start)
            and self.norm.find(",", here, min(start, here + 300)) > 0
        ):  # "Asked if Strange might run again, he said": he is the one asked, not Strange
            found = self._first(here, start, ok)
            if found is not None or k == 0:
                return found
        elif k == 0:
            return None
        found = self._first(self.sentences[k - 1], here, ok)
        if found is not None or self.norm[start] == '"':
            return found
        # "Patterson told investigators he shot James Closs ... He battered down the door
        # ... When Denise struggled to do it, he took the tape": sentences that open with
        # the same pronoun and name no one fitting carry the subject on
        word = _first_word(self.norm, start)
        if PRONOUNS.get(word, ("", ""))[1] != "sg":
            return None  # (an epithet read back: "the affable proprietor" starts no chain)
        for j in range(k - 1, max(0, k - 1 - PRONOUN_CHAIN), -1):
            if _first_word(self.norm, self.sentences[j]) != word:
                return None
            found = self._first(self.sentences[j - 1], self.sentences[j], ok)
            if found is not None:
                return found
        return None

    def _subordinate_subject(self, start: int, ok: _Check) -> Actor | None:
        """The subject of the subordinate clause that opens the sentence of the pronoun
        at ``start``, when the pronoun opens the main clause after it ("While Washington
        has said that all options ... are on the table in dealing with North Korea, it
        has stressed ..."): the actor named right after the conjunction, if ``ok``."""
        norm = self.norm
        if not norm.endswith(", ", 0, start):
            return None
        k = bisect.bisect_right(self.sentences, start) - 1
        if k < 0:
            return None
        m = _SUBORDINATE_OPEN_RE.match(norm, self.sentences[k], start)
        if m is None:
            return None
        i = bisect.bisect_left(self.index, (m.end(), -1, -1))
        if i < len(self.index) and self.index[i][0] == m.end():
            idx = self.index[i][2]
            if ok(self.info[idx]):
                return self.actors[idx]
        return None

    def _first(self, start: int, end: int, ok: _Check) -> Actor | None:
        """The speaker in ``[start, end)`` ("..., said Luke Popovich"), else the subject of
        a clause that follows a comma ("A former economic adviser in the administration of
        President Ronald Reagan ..., Goodfriend is arguably"), else the first mention
        there, whose actor passes ``ok``."""
        i = bisect.bisect_left(self.index, (start, -1, -1))
        first = subject = None
        norm = self.norm
        while i < len(self.index) and self.index[i][0] < end:
            s, e, idx = self.index[i]
            if e <= end and ok(self.info[idx]) and not norm.endswith(CONTRAST_WORDS, 0, s):
                if _speaks(norm, e, False) or norm.endswith(_SAID, max(0, s - 7), s):
                    return self.actors[idx]
                first = first or self.actors[idx]
                if (
                    subject is None
                    and s > start
                    and norm.endswith(", ", 0, s)
                    and _CLAUSE_VERB_RE.match(norm, e)
                ):
                    subject = self.actors[idx]
            i += 1
        return subject or first

    def _antecedent(self, start: int, ok: _Check, *, pairs: bool = False) -> Actor | None:
        """The nearest actor before ``start`` that ``ok`` accepts. ``pairs`` ("they"): two
        people named as a pair nearer than any group or body are who "they" are, and no
        one actor: joint speakers, whom the first named stands for, when the pair is a
        subject ("Ryan and McConnell pledged ...") in the sentence before or the same
        one, with no plural noun after it ("..., citing administration officials"); else
        no one (:meth:`_pair_subject`)."""
        i = bisect.bisect_left(self.index, (start, -1, -1))
        seen = 0
        norm = self.norm
        while i > 0 and seen < LOOKBACK:
            i -= 1
            seen += 1
            s, e, idx = self.index[i]
            if (
                pairs
                and i > 0
                and norm.endswith(" and ", 0, s)
                and self.info[idx].kind == "person"
                and self.index[i - 1][1] == s - 5
                and self.info[self.index[i - 1][2]].kind == "person"
            ):
                if not self._pair_subject(e, start):
                    return None
                i -= 1  # the first of "A, B and C"
                while (
                    i > 0
                    and self.index[i - 1][1] == self.index[i][0] - 2
                    and norm[self.index[i - 1][1]] == ","
                    and self.info[self.index[i - 1][2]].kind == "person"
                ):
                    i -= 1
                return self.actors[self.index[i][2]]
            if (
                ok(self.info[idx])
                and not (norm[s - 1 : s] == "(" and norm.startswith((") -", ") \u2013"), e))
                and not norm.endswith(CONTRAST_WORDS, 0, s)
            ):  # (not the agency of a dateline: "GENEVA (Reuters) - North Korea ... it")
                if pairs and self._plural_between(e, start, self.info[idx].heads):
                    return None  # "the local Arab News said ... hiring women because they
                    # demanded": the women, whom the cast does not name
                return self.actors[idx]
        return None

    def _plural_between(self, end: int, start: int, heads: frozenset[str]) -> bool:
        """Whether a plural noun of people (:data:`_PLURAL_PEOPLE`) stands in the same
        sentence as the "they" at ``start``, after the antecedent that ends at ``end``
        and outside quotes: who "they" are, not the actor named before (unless it is
        one of the antecedent's ``heads``: "Japanese officials said. However, the
        officials ... would not provide any details of how they wanted")."""
        norm = self.norm
        k = bisect.bisect_right(self.sentences, start) - 1
        if (head := _HEAD_AFTER_RE.match(norm, end)) and head[1].lower() in _PLURAL_PEOPLE:
            end = head.end()  # "Republican | leaders in Washington who have said they",
            # "Democratic | U.S. senators introduced a bill ... they said": its head
        lo = max(end, self.sentences[k] if k >= 0 else 0, start - _PLURAL_REACH)
        between = norm[lo:start]
        if (quote := between.rfind('"')) >= 0:
            between = between[quote + 1 :]  # the narrative after a quote
        words = set(_ASCII_WORD_RE.findall(between.lower()))
        return not _PLURAL_PEOPLE.isdisjoint(words.difference(heads))


_Check = Callable[[_Info], bool]
#: Plural nouns of people that "they" may stand for though no actor is named by them.
_PLURAL_PEOPLE: Final = (
    GROUP_NOUNS | frozenset("women men children girls boys".split())
) - frozenset(
    "agencies banks companies councils countries firms governments groups nations "
    "organisations organizations states unions utilities".split()
)  # (people, not bodies: "loans extended to debt-ridden countries ..., they said")
#: The noun after a name that modifies it, up to two capitalised words between
#: ("Democratic | U.S. senators").
_HEAD_AFTER_RE: Final = regex.compile(r"(?: \p{Lu}[\p{L}.]*+){0,2}+ ([a-z]++)\b")
#: How far back (characters) :meth:`Cast._plural_between` reads.
_PLURAL_REACH: Final = 200
#: What a role "for" or "to" may be held towards before a name ("Ambassador to China
#: Terry Branstad").
_BODY_KINDS: Final = {"for": ("organization",), "to": ("organization", "country", "place")}


def _alnum_end(norm: str, lo: int, end: int) -> int:
    """``end`` moved back past the marks before it, to the end of the last word in
    ``[lo, end)`` ("Jason Louth." ends at "h")."""
    while end > lo and not norm[end - 1].isalnum():
        end -= 1
    return end


#: A sentence that opens with a plural noun phrase: up to three words, then the plural
#: head, then a lower-case word ("Other western officials are", "Banking sources say").
_PLURAL_SUBJECT_RE: Final = regex.compile(
    r"[\s\"'(]*+(?:[\p{L}.'-]++\ ){0,3}?(?P<head>\p{L}[\p{Ll}-]*+)(?<=s)\ \p{Ll}"
)
#: A lower-case word after a pair of people that is no verb of theirs.
_NO_VERB_RE: Final = regex.compile(r" (?:and|or|but|of|in|on|at|to|for|with|from|by|as)\b")
#: A capitalised word joined to a participle or adjective ("Oscar-nominated").
_COINED_RE: Final = regex.compile(r"\p{Lu}[\p{L}.]*+-\p{Ll}++")


def _coined(word: str) -> bool:
    """True for a capitalised word joined to a participle or adjective that tells no
    one's people ("Oscar-nominated", "Emmy-winning", "Ballymena-born"; not
    "Australian-born", which may set two people apart)."""
    return bool(_COINED_RE.fullmatch(word)) and fold(word.split("-", 1)[0]) not in COUNTRIES


#: Verbs before a speaker named after them ("said Luke Popovich").
_SAID: Final = ("said ", "says ", "told ", "added ", "writes ", "wrote ")
#: Prepositions that cannot open a noun phrase ("in Washington").
_PREPOSITIONS: Final = frozenset("in at on from to of with into near".split())


def _role_of(words: str) -> bool:
    """True for a role "of" something, which a person's name follows ("then-minister of
    infrastructure ", "the Minister of Defence "), not a relation ("the daughter of
    actor ") nor a role of someone ("spokesman for", "aide to")."""
    w = words.split()
    if w and w[0].lower() in ("the", "a", "an"):
        w = w[1:]
    while len(w) > 3 and w[0][:1].isupper() and w[1][:1].islower():
        w = w[1:]  # "Gloucester director of rugby ": a body's role
    if len(w) == 4 and w[2].lower() == "the":
        del w[2]
    if len(w) != 3 or w[1] != "of":
        return False
    head, what = w[0].rsplit("-", 1)[-1].lower(), w[2].lower()
    return (
        head in _ROLES_AND_TITLES
        and what not in _ROLES_AND_TITLES
        and what not in _PREPOSITIONS
        and what.isalpha()
    )


#: Role nouns and title words (folded): the heads of a role "of" something.
_ROLES_AND_TITLES: Final = ROLE_NOUNS | TITLES


#: Where the post-modifiers of a noun phrase may start: a comma, a preposition, a
#: relative pronoun, or a participle ("the IG Metall representing metalworkers").
_POSTMOD_RE: Final = regex.compile(
    r"""
    (?P<before>[\p{L}.'-]++)?
    (?:,\s|\s(?:in|at|from|for|of|on|with|to|who|which|whose|that|representing|involved|based
               |convened|appointed|led|close\ to|polled|surveyed|interviewed|questioned
               |contacted)\b)
    """,
    regex.VERBOSE,
)
#: What every match of :data:`_POSTMOD_RE` holds: a quick check before it runs.
_POSTMOD_CUE_RE: Final = regex.compile(
    r"""
    ,\s|\s(?:in|at|from|for|of|on|with|to|who|which|whose|that|representing|involved|based
           |convened|appointed|led|close\ to|polled|surveyed|interviewed|questioned
           |contacted)\b
    """,
    regex.VERBOSE,
)
#: Words before "of" that leave the head after it ("hundreds of farmers", "one of them").
_QUANTIFIERS: Final = frozenset(
    "one two three some many most all several each none dozens hundreds thousands millions "
    "majority number group members few any both either neither".split()
)


#: Lower-case nouns after an organisation's name that leave it the head, or whose
#: author it is ("the Civic Action study").
_GENERIC_ORG_RE: Final = regex.compile(
    r"""
    \ (?:think\ tank|group|firm|company|agency|organi[sz]ation|association|union|network
        |institute|federation
        |coalition|newspaper|website|broadcaster|lobby|lobby\ group|trade\ group
        |news\ agency|news\ service|magazine|trade\ magazine|tabloid|daily|weekly
        |report|study|survey|statement|analysis|poll|tally|count|calculations?|estimates?
        |review|data|figures)
    \Z
    """,
    regex.VERBOSE,
)


def _head_end(
    norm: str, start: int, end: int, inside: list[tuple[int, int, int]]
) -> tuple[int, str]:
    """Where the head part of the noun phrase at ``[start, end)`` ends, and the word that
    opens its post-modifier: before the first post-modifier outside a name ("the
    Archbishop of Canterbury" has none), else ``(end, "")``."""
    if " " not in norm[start:end].strip() or _POSTMOD_CUE_RE.search(norm, start, end) is None:
        return end, ""  # the common case: one word, or no post-modifier
    for m in _POSTMOD_RE.finditer(norm, start, end):
        at = m.end("before") if m["before"] else m.start()
        if at <= start or any(s < at < e for s, e, _ in inside):
            continue
        if m["before"] and m["before"].lower() in _QUANTIFIERS:
            continue
        return at, norm[at : m.end()].strip(" ,")
    return end, ""


#: Nouns whose final "s" is no plural ending ("boss", "press", "analysis", "news").
_KNOWN_NOUNS: Final = ROLE_NOUNS | GROUP_NOUNS | frozenset(_ROLE_CLASS)


def _noun_head(word: str) -> str:
    """The head noun of a description's last word: lower case, without punctuation or
    a possessive ending ("the minister's", "the CEOs'"). Heads known as they stand keep
    their form (group nouns are plural: "officials"); another final "s" is cut as a
    plural ending ("deputies" -> "deputy"), unless it ends "boss", "status", "analysis".

    >>> [_noun_head(w) for w in ("boss", "press.", "officials", "minister's", "CEOs'")]
    ['boss', 'press', 'officials', 'minister', 'ceo']
    >>> [_noun_head(w) for w in ("deputies", "coaches", "analysis", "police", "bus")]
    ['deputy', 'coach', 'analysis', 'police', 'bus']
    """
    w = word.lower().strip('.,;:!?"()')
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if w in _ORG_WORDS or w in _KNOWN_NOUNS or not w.endswith("s"):
        return w
    if w.endswith(("ss", "us", "is", "ous")) or len(w) < 4:
        return w  # "boss", "bus", "analysis"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"  # "companies"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]  # "coaches", "taxes"
    return w[:-1]


def _first_word(norm: str, at: int) -> str:
    """The lower-case letters that open the word at ``at`` (after quote marks or a
    bracket): "he" for 'He battered down', '"She said'."""
    m = _FIRST_LETTERS_RE.match(norm, at, min(len(norm), at + 12))
    return "" if m is None else m[1].lower()


#: The letters of a word, after opening marks.
_FIRST_LETTERS_RE: Final = regex.compile(r"[\"'(]*+(\p{L}++)")
#: How many sentences that open with the same "he" / "she" :meth:`Cast._salient` reads
#: back over for the subject they carry on.
PRONOUN_CHAIN: Final = 4


def _fits_pronoun(inf: _Info | _Cluster, gender: str, number: str) -> bool:
    if number == "sg":
        return inf.kind == "person" and inf.gender in ("", gender)
    if number == "pl":
        return inf.kind in ("group", "organization") and "sg-only" not in inf.heads
    return inf.kind in ("organization", "country", "place")


def _is_org(inf: _Info) -> bool:
    return inf.kind == "organization"


#: Words before a role that make it another role: a shadow chancellor, a deputy
#: governor, a former minister is no chancellor, governor, minister.
_QUALIFIERS: Final = frozenset("shadow deputy former".split())
#: The mark of a head held only with a qualifier, as a head of its own: "q:chancellor".
_QUALIFIED: Final = "q:"


def _unqualified(inf: _Info | _Cluster, head: str, mods: list[str]) -> bool:
    """True when the person holds ``head`` only with a qualifier that the description's
    modifiers ``mods`` lack: "the chancellor" is not "shadow chancellor Oliver Letwin"
    ("the shadow chancellor" is)."""
    if f"{_QUALIFIED}{head}" not in inf.heads:
        return False
    return not any(f"{fold(m)} {head}" in inf.heads for m in mods)


def _fits_epithet(inf: _Info, head: str, role: str) -> bool:
    """True when "the <head>" may be this person: one given that role, or one given no
    role at all ("the affable proprietor", "the singer"), unless the role is one held
    towards others (:data:`PROXY_ROLES`: "the spokesman", "the judge")."""
    if inf.kind != "person":
        return False
    if not inf.full:  # "Lord Ashcroft" is no "prime minister"; "Juninho" (no title, no
        return not inf.heads  # role) stops the search: see :meth:`Cast.resolve`
    if _unqualified(inf, head, []):
        return False
    if head in inf.heads or role in inf.heads:
        return True
    return head not in PROXY_ROLES and ROLE_NOUNS.isdisjoint(inf.heads)


def _fits_description(inf: _Info | _Cluster, head: str, mods: list[str]) -> bool:
    role = _ROLE_CLASS.get(head, head)
    if head in _ORG_WORDS:
        if inf.kind != "organization":
            return False
        return (
            head in inf.heads
            or head in _ANY_FIRM
            or (head == "giant" and bool(mods))  # "the telecoms giant", not "the giant"
            or (head in _UNTYPED_OK and _TYPED.isdisjoint(inf.heads))  # "FNV": "the union"
        )
    if head == "country":
        return inf.kind == "country"
    if inf.kind == "group":
        if head in _TRADES:  # "Refiners oppose ... The industry has requested"
            return not _TRADE_MEMBERS.isdisjoint(inf.heads)
        if inf.country and (their := _mods_country(mods)) and their != inf.country:
            return False  # "Several Japanese officials" are no "senior U.S. officials"
        return head in inf.heads
    if inf.kind != "person" or (role not in inf.heads and head not in inf.heads):
        return False
    if _unqualified(inf, head, mods):
        return False
    for raw in mods:
        m = fold(raw)
        if m in COUNTRIES:
            if inf.country and COUNTRIES[m][0] != inf.country:
                return False
        elif raw[:1].islower() and m not in inf.heads and m not in _LOOSE_MODS:
            return False  # "the shadow chancellor" is not "Chancellor Gordon Brown"
    return True


def _owner_word(mods: list[str]) -> str:
    """The last word of a capitalised owner among a description's modifiers
    ("European Union's" in "the European Union's top court": "Union"), else ""."""
    for raw in mods:
        if raw[:1].isupper() and raw.endswith(("'s", "'")):
            return raw.removesuffix("'s").removesuffix("'")
    return ""


def _mods_country(mods: list[str]) -> str:
    """The country a description's modifiers name ("Japanese", "U.S."), else ""."""
    for raw in mods:
        hit = COUNTRIES.get(fold(raw))
        if hit is not None:
            return hit[0]
    return ""


#: Descriptions for the firms of one trade, and the plural heads of groups they may name.
_TRADES: Final = frozenset("industry sector".split())
_TRADE_MEMBERS: Final = frozenset(
    "airlines automakers banks carmakers drillers exporters farmers growers importers "
    "insurers lenders manufacturers miners producers refiners retailers shippers "
    "steelmakers".split()
)
#: Description heads any firm may answer to ("the company", "the U.S. automaker").
_ANY_FIRM: Final = frozenset(
    "company firm group automaker carmaker airline retailer insurer chipmaker conglomerate".split()
)
#: Descriptions that may name an organisation whose name tells not what it is.
_UNTYPED_OK: Final = frozenset("union utility bank club institute".split())
#: Last words that tell what an organisation is ("Authority", "Ministry").
_TYPED: Final = (
    _ORG_WORDS
    | frozenset(fold(w).rstrip(".") for w in ORG_HEADS)
    | {"outlet"}
    | {"representatives", "commons", "lords", "deputies"}  # "House of Representatives"
)
_DEFINITE: Final = frozenset("the this that its their his her".split())
#: Modifiers a description may add without the actor's title having them.
_LOOSE_MODS: Final = frozenset(
    "the a an this that his her its their new former top senior current then country's "
    "nation's company's firm's group's".split()
)


# -- runs of capitalised tokens ---------------------------------------------------


class _Token(NamedTuple):
    start: int
    end: int
    text: str  #: as in norm
    key: str  #: folded


class _Run(NamedTuple):
    tokens: tuple[_Token, ...]
    initial: bool  #: starts its sentence (or a quote at its start)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


#: Builds a NamedTuple from a tuple of its fields, without the Python-level ``__new__``.
_new_tuple: Final = tuple.__new__
#: A :class:`_Token` from a plain tuple of its fields.
_as_token: Final = functools.partial(_new_tuple, _Token)


def _is_caps_sentence(norm: str, span: Span) -> bool:
    end = min(span.end, span.start + 40)
    if _ASCII_LOWER_RUN_RE.search(norm, span.start, end) or _LOWER_RUN_RE.search(
        norm, span.start, end
    ):
        return False  # the common case, decided on the first words
    lower = len(_LOWER_RE.findall(norm, span.start, span.end))
    if lower > 40:
        return False
    upper = len(_UPPER_RE.findall(norm, span.start, span.end))
    return upper >= 4 and upper >= CAPS_SHARE * (upper + lower)


#: What a token's text tells on its own: (text without a sentence's final period,
#: folded key, how many characters were cut, True when it breaks or opens a run).
_TokenFacts = tuple[str, str, int, bool]


def _token_facts(word: str) -> _TokenFacts:
    cut = 0
    if (
        word.endswith(".")
        and word.count(".") == 1
        and len(word) > 2
        and (word[:-1].lower() not in ABBREVIATIONS or (len(word) > 3 and word[:-1].isupper()))
    ):
        word, cut = word[:-1], 1  # a sentence's last word ("HON." is a ticker, no "Hon.")
    key = word.casefold() if word.isascii() else fold(word)
    breaks = (
        (key.rstrip(".") in BREAKERS and not (cut == 0 and _caps_month(key, word)))
        or ("-" in word and key not in _HYPHENED_NOUNS and bool(_LOWER_TAIL_RE.search(word)))
        or (key.endswith("'s") and key[:-2] in OPENERS)  # "It's said", "He's said"
    )
    return word, key, cut, breaks


#: Month abbreviations that, in capitals and without a period, are acronyms: "DEC" of
#: "Disasters Emergency Committee" ("MAY" stays a month: it opens headlines' verbs).
_CAPS_MONTHS: Final = frozenset("jan feb mar apr jun jul aug sep oct nov dec".split())


def _caps_month(key: str, word: str) -> bool:
    """True for a month's abbreviation written in capitals with no period ("DEC"): an
    acronym, no month that breaks a run of names."""
    return key in _CAPS_MONTHS and word.isupper()


#: A given name of two syllables joined by a hyphen, the second in lower case ("Jong-un",
#: "Jae-in", "Yong-chol"): after another word of a name, part of it.
_SYLLABLES_RE: Final = regex.compile(r"\p{Lu}\p{Ll}{1,4}+-\p{Ll}{1,4}+")
#: Short words after a hyphen that make a modifier, not a syllable ("Bush-era").
_HYPHEN_TAILS: Final = frozenset(
    "era run led like born made wide free type size only plus held owned based style "
    "long term year day old new area band wing side level scale class range speed".split()
)


def _syllables(text: str) -> bool:
    """True for a given name of two syllables joined by a hyphen ("Jong-un"), not a
    modifier ("Bush-era")."""
    return (
        _SYLLABLES_RE.fullmatch(text) is not None
        and text[text.index("-") + 1 :] not in _HYPHEN_TAILS
    )


#: Nouns with a hyphen before a lower-case part that stand inside names ("Organisation
#: for Economic Co-operation and Development", "the Co-op Bank"), not modifiers that
#: break a run ("Trump-era").
_HYPHENED_NOUNS: Final = frozenset(
    "co-operation co-operative co-operatives co-op co-ordination co-ordinating".split()
)


#: A token while runs are found: the fields of :class:`_Token` in a plain tuple (the
#: garbage collector stops tracking plain tuples of strings and numbers; on a long
#: text, fewer tracked objects keep its full collections short).
_Tok = tuple[int, int, str, str]
#: One run of a :data:`NAME_RE` match: (its tokens, with offsets from the run's first
#: character; where the run starts in the match; where its first token before trimming
#: starts in the match).
_Shape = tuple[tuple[_Tok, ...], int, int]
#: A run placed in the text: (start, shape, True when it opens its sentence).
_Placed = tuple[int, _Shape, bool]


#: What follows from one word's text alone, remembered across calls (pure functions of
#: the text, so every thread and call gets the same answers): :func:`_token_facts` and
#: :func:`_lone_facts` by token text, and :func:`_shapes` of one-word matches. Words
#: recur across articles and are few; each table is emptied when a call finds it holds
#: more than :data:`_WORDS_KEPT` entries.
_TOKEN_FACTS: Final[dict[str, _TokenFacts]] = {}
_LONE: Final[dict[str, _SingleFacts]] = {}
_ONE_WORD: Final[dict[str, tuple[_Shape, ...]]] = {}
#: The same for names of several words, which recur across articles too ("White House"):
#: :func:`_shapes` by the match's text, :func:`_classified` by the run's text and place.
_SHAPES: Final[dict[str, tuple[_Shape, ...]]] = {}
_CLASSIFIED: Final[dict[tuple[str, str | None, bool, bool], tuple[_Found, ...]]] = {}
#: :func:`_loose` by surname key.
_LOOSE: Final[dict[str, str]] = {}
_WORDS_KEPT: Final = 50_000


class _Memo:
    """What follows from each distinct text of a name: pure functions of the text,
    remembered because names recur through an article and across articles (the tables
    above, shared by every call)."""

    __slots__ = ("classified", "lone", "loose", "shapes", "token_facts")

    def __init__(self) -> None:
        for table in _TABLES:
            if len(table) > _WORDS_KEPT:
                table.clear()
        self.token_facts = _TOKEN_FACTS
        self.lone = _LONE
        self.shapes = _SHAPES  #: by the text of a longer match
        #: :func:`_classified` by (the run's text, its surface where the original differs,
        #: fresh, comma): a run's tokens follow from its text
        self.classified = _CLASSIFIED
        self.loose = _LOOSE  #: :func:`_loose` by key


def _shapes(word: str, memo: _Memo) -> tuple[_Shape, ...]:
    """The runs one :data:`NAME_RE` match makes, relative to the match.

    A pure function of the match's text: days and months break runs, a final period
    ends one, "of" / "for" only continue after :data:`CONTINUE_AFTER` words, and
    openers are trimmed.
    """
    if " " not in word and "\n" not in word:  # one token
        text, key, cut, breaks = _token_facts(word)
        if (key in OPENERS and not _is_caps_word(text)) or (
            key in BREAKERS and not _caps_month(key, text)
        ):
            return ()
        if breaks and key.endswith("'s"):
            return ()  # "He's said", "It's said"
        if "-" in text and _LOWER_TAIL_RE.search(text):
            return ()  # "Trump-era"
        return ((((0, len(word) - cut, text, key),), 0, 0),)
    out: list[_Shape] = []
    segment: list[_Tok] = []
    ands: list[int] = []  #: where in ``segment`` a token follows "and"
    title_and = False  #: an "And" (title case) was just read
    parts = _tokens(word)
    for n, (start, part) in enumerate(parts):
        facts = memo.token_facts.get(part)
        if facts is None:
            facts = memo.token_facts[part] = _token_facts(part)
        text, key, cut, breaks = facts
        outlet = breaks and text == "Sunday" and _sunday_outlet(word, parts, n, segment)
        if outlet:
            breaks = False  # "The Sunday Telegraph", "the Mail on Sunday": an outlet
        elif breaks and segment and key not in BREAKERS and _syllables(text):
            breaks = False  # "Kim Jong-un", "Moon Jae-in": a given name, not "Trump-era"
        elif breaks and not segment and text == "Jan" and start + 3 < len(word):
            breaks = False  # "Jan Bolz", "Jan Egeland": a given name before another
            # capitalised word; the month is "Jan." or "Jan 5"
        if segment and text == "And" and not cut:  # title case: "U.S. And France"
            title_and = True  # read as "and" is, if a token follows
            continue
        if breaks or (segment and text == "Or"):
            _closed(word, segment, ands, out)
            segment = []
            title_and = False
            continue
        tok = (start, start + len(part) - cut, text, key)
        if segment:
            gap = word[segment[-1][1] : tok[0]]
            if (_gap_of(gap) and segment[-1][2] not in CONTINUE_AFTER) or (
                "on" in gap
                and not outlet
                and gap.strip() in ("on", "on the")
                and segment[-1][2] not in ORG_HEADS
                and segment[-1][2] not in NON_ACTOR_HEADS
            ):  # "Commission on Human Rights", "European Convention on Human Rights"
                _closed(word, segment, ands, out)
                segment = []
            elif title_and or gap[1:4] == "and":  # decided when the segment closes
                ands.append(len(segment))
        title_and = False
        segment.append(tok)
        if cut:
            _closed(word, segment, ands, out, cut=True)
            segment = []
        elif key in _NAME_ENDS:  # nothing follows "Jr." in a name: "... by Trump Jr. Trump
            _closed(word, segment, ands, out)  # Jr. initially said" is two sentences
            segment = []
    _closed(word, segment, ands, out)
    return tuple(out)


def _sunday_outlet(word: str, parts: list[tuple[int, str]], n: int, segment: list[_Tok]) -> bool:
    """True when "Sunday", the token ``n`` of ``parts`` (of the match ``word``), names a
    newspaper with the word after it ("Sunday Telegraph") or the words before it ("Mail
    on Sunday"), as the media lexicon knows them: no day that breaks a name."""
    if n + 1 < len(parts) and f"sunday {fold(parts[n + 1][1])}" in MEDIA:
        return True
    return bool(segment) and (
        word[segment[-1][1] : parts[n][0]] == " on " and f"{segment[-1][3]} on sunday" in MEDIA
    )


#: Suffixes that end a person's name: a capitalised word after one starts another name.
_NAME_ENDS: Final = frozenset(("jr.", "sr.", "inc.", "corp."))


def _closed(
    word: str, segment: list[_Tok], ands: list[int], out: list[_Shape], cut: bool = False
) -> None:
    """Append the runs of ``segment`` (tokens of the match ``word``) to ``out``: one run,
    split where "and" joins two names rather than the words of one ("Securities and
    Exchange Commission" is one name, "Smith and Jones" two), and none for a phrase in
    title case that ends a sentence (``cut``: "Article Continued Below."). Empties
    ``ands``, which :func:`_shapes` fills again for its next segment."""
    if ands:
        bounds = [0, *ands, len(segment)]
        lo = 0
        for i in range(1, len(bounds) - 1):
            at = bounds[i]
            if not _and_joins(word, segment[bounds[i - 1] : at], segment[at : bounds[i + 1]]):
                _trimmed(segment[lo:at], out)
                lo = at
        ands.clear()
        segment = segment[lo:]
    if cut and len(segment) > 1 and _title_case_end(segment):
        return  # "Article Continued Below.": a phrase in title case, no name
    _trimmed(segment, out)


def _and_joins(word: str, left: list[_Tok], right: list[_Tok]) -> bool:
    """True when the "and" between ``left`` and ``right`` (tokens of the match ``word``)
    joins the words of one organisation's name.

    The words after it reach the head of a public body's name ("Securities and Exchange
    Commission", "House Ways and Means Committee"); a company's name after "and" is
    mostly another company ("Apple Computer and Cisco Systems"), so company heads join
    nothing (but see :func:`_firm_of_two_words`: "Procter and Gamble Co"). Neither side
    is a name known on its own ("United Nations and European Union"), holds a title, a
    first name, an acronym or a place, or is "Head of X" when the other side has an "of"
    too ("Bank of Japan and Bank of England"); the words before it end in no head
    ("Deutsche Bank and Credit Suisse Group") and hold no "&".
    """
    while left and left[0][3] in OPENERS:
        left = left[1:]  # "The Securities": trimmed later
    if len(left) > 1 and left[0][3] in COUNTRIES:
        left = left[1:]  # "U.S. Securities"
    if not left or right[0][3] in OPENERS:
        return False
    if len(right) == 1 and right[0][3].endswith("'s") and right[0][1] == len(word):
        return True  # "Standard and Poor's said": one firm (see _link_single)
    if _lexicon_key(fold(" ".join(word[left[0][0] : right[-1][1]].split()))):
        return True  # "Organisation for Economic Co-operation and Development": one name
    if right[-1][2] in NON_ACTOR_HEADS and not any(
        t[3] in FIRST_NAMES or t[3] in TITLES or _lexicon_key(t[3]) for t in left
    ):
        return True  # "Serious Organised Crime and Police Bill": one thing's name, no actor
    if right[0][2].rstrip(".") in _AND_SUFFIXES and all(
        t[2].rstrip(".") in _SUFFIX_WORDS for t in right[1:]
    ):
        return True  # "Edward A. Viner and Co", "Merck and Co Inc": one company
    if (
        left[0][2] in _PORTFOLIO_HEADS
        and len(right) <= 2
        and right[-1][2] in _FIELDS
        and _has_of(word, left)
        and not _has_of(word, right)
    ):
        return True  # a portfolio of two fields: "Department of Trade and Industry",
        # "Ministry of Agriculture and Forestry", "Office of Management and Budget"
    if _firm_of_two_words(word, left, right):
        return True
    head = next((i for i in range(len(right) - 1, -1, -1) if right[i][2] in ORG_HEADS), -1)
    if head < 0:
        return False  # the last head: "Exchange Commission", "Software Publishers Association"
    if right[head][2] not in _PUBLIC_HEADS:
        return False  # "Apple Computer and Cisco Systems", "Goldman Sachs and Co"
    if len(right) == 1 or (len(left) == 1 and left[0][2] in _PUBLIC_HEADS):
        return False  # "Posts and Ministry", "Committee and Development Committee"
    right_of = _has_of(word, right)
    right = right[: head + 1]
    if len(left) > 1 and left[-1][2] in ORG_HEADS:
        return False
    lo, hi = left[0][0], left[-1][1]
    if "&" in word[lo:hi] or _lexicon_key(fold(word[lo:hi])):
        return False  # "Procter & Gamble and ...", "United States and ..."
    if _lexicon_key(fold(word[right[0][0] : right[-1][1]])):
        return False  # "... and Fox News"
    if right_of and _has_of(word, left):
        return False  # "U.S. Chamber of Commerce and National Federation of ..."
    if len(right) > 1 and right[0][2] in ORG_HEADS and _gap_of(word[right[0][1] : right[1][0]]):
        return False  # "... and Bank of Alexandria"
    for t in (*left, *right):
        key = t[3]
        if key in TITLES or key in FIRST_NAMES or _lexicon_key(key) or _is_caps_word(t[2]):
            return False
    return True


def _firm_of_two_words(word: str, left: list[_Tok], right: list[_Tok]) -> bool:
    """True for a company named by two words or two names joined by "and", one or two
    words before it, one after it and its suffix ("Procter and Gamble Co", "Firestone
    Tire and Rubber Co", "American Telephone and Telegraph Co", "Mitsui Trust and Banking
    Co Ltd"); not when the words before it are a name known on its own, the word after
    it a company's ("Google and Facebook Inc"), or a side holds an acronym ("Redstone and
    MCV Holdings Inc"), nor after a company's suffix ("Roebuck and Co and Kellwood Co").
    """
    words = len(right)
    while words and right[words - 1][2].rstrip(".") in _SUFFIX_WORDS:
        words -= 1
    if words != 1 or words == len(right) or len(left) > 2:
        return False  # no suffix, or more words than a name of two
    if left[-1][2].rstrip(".") in _SUFFIX_WORDS or right[0][3].endswith("'s"):
        return False  # ("Standard and Poor's Corp": joined later, by its short form's key)
    if any(_is_caps_word(t[2]) for t in (*left, right[0])):
        return False
    known = " ".join(t[3] for t in left)
    return not (_lexicon_key(known) or known in COMPANIES or right[0][3] in COMPANIES)


def _gap_of(gap: str) -> bool:
    return "of" in gap or "for" in gap


def _has_of(word: str, toks: list[_Tok]) -> bool:
    """True when "of" or "for" joins two of ``toks`` (in the match ``word``)."""
    return any(_gap_of(word[a[1] : b[0]]) for a, b in pairwise(toks))


#: Initials as a name's folded first word ("e.a.", "j.c.").
_INITIALS_KEY_RE: Final = regex.compile(r"(?:\p{Ll}\.){1,3}+")
#: What ends a company's name after "and" ("Edward A. Viner and Co", "Dombey and Son").
_AND_SUFFIXES: Final = frozenset("Co Company Sons Son Partners Associates".split())
#: :data:`_AND_SUFFIXES` and the company suffixes, folded: what a firm named after a
#: person adds to the name ("Mario Gabelli and Co Inc").
_AND_SUFFIX_KEYS: Final = frozenset(fold(w) for w in _AND_SUFFIXES) | _SUFFIXES
#: Heads of government bodies named for their fields, which "and" may join two of.
_PORTFOLIO_HEADS: Final = frozenset("Department Ministry Office".split())
#: The fields a ministry's name may end with after "and".
_FIELDS: Final = frozenset(
    """Industry Industries Forestry Fisheries Food Budget Trade Commerce Culture Sport Sports
    Tourism Energy Environment Development Technology Science Innovation Education Skills
    Employment Labour Labor Welfare Pensions Health Housing Transport Communications
    Information Broadcasting Justice Security Planning Finance Economy Agriculture
    Immigration Citizenship Training Research Youth Heritage Infrastructure Water Mines
    Resources Enterprise Investment Revenue Customs Works Regions Lands Media""".split()
)
#: Heads of public bodies, whose names join two words by "and" after a single word
#: ("Securities and Exchange Commission", "Food and Drug Administration").
_PUBLIC_HEADS: Final = frozenset(
    "Administration Agency Authority Board Bureau Commission Committee Council Department "
    "Enforcement "
    "Institute Ministry Office Service Services Union Association Federation Foundation".split()
)


#: Particles of surnames that open a sentence with a capital ("De Clercq", "Van Gaal").
_LOWER_PARTICLES: Final = frozenset("de del da dos das do du di van von der den ter la le".split())
#: The words of the particles and joiners :data:`NAME_RE` reads between tokens.
_JOINER_WORDS: Final = frozenset(w for p in NAME_PARTICLES for w in p.split())


def _tokens(word: str) -> list[tuple[int, str]]:
    """(start, text) of the tokens of a :data:`NAME_RE` match, as :data:`TOKEN_RE` finds
    them: without an apostrophe (which its lookaheads weigh), each word between single
    spaces or line breaks that is no joiner is one."""
    if "'" in word:
        return [(t.start(), t.group()) for t in TOKEN_RE.finditer(word)]
    out = []
    at = 0
    for part in (word.replace("\n", " ") if "\n" in word else word).split(" "):
        if part not in _JOINER_WORDS and part[:1] != '"':  # 'Marion "Suge" Knight'
            if part[2:3] == "-" and part[:2] in ("al", "el"):
                out.append((at + 3, part[3:]))  # "al-Assad": the particle is a joiner
            else:
                out.append((at, part))
        at += len(part) + 1
    return out


def _title_case_end(tokens: list[_Tok]) -> bool:
    """True when a run that ends its sentence ends with a capitalised opener after a
    plain capitalised word: a phrase in title case ("Article Continued Below."), not
    "Michael Every." (a first name makes it a surname), "BBC One.", "Air Force One."
    or "Google on Tuesday." (a known name, an organisation head, a day)."""
    last, prev = tokens[-1], tokens[-2]
    if last[3] not in OPENERS or last[3] in BREAKERS or _is_caps_word(last[2]):
        return False
    if _is_caps_word(prev[2]) or _lexicon_key(prev[3]) or prev[3] in BREAKERS:
        return False
    if prev[2] in ORG_HEADS or prev[2] in PLACE_HEADS:
        return False  # "Air Force One."
    return prev[3] not in FIRST_NAMES or last[3] in _NO_SURNAMES


def _paragraph_end(norm: str, at: int) -> bool:
    """True when a paragraph ends at ``at``: the text's end, a blank line or an indent."""
    return at == len(norm) or (norm[at] == "\n" and (at + 1 == len(norm) or norm[at + 1].isspace()))


def _line_phrase(word: str) -> bool:
    """True when a match that ends its paragraph ends as :func:`_title_case_end` tells
    ("Article Continued Below" on a line of its own; not "Getty Oil. In")."""
    if " " not in word:
        return False
    parts = [p for p in word.split() if p not in _JOINER_WORDS]  # tokens: "Smith and Below"
    if len(parts) < 2:
        return False
    if parts[-2].endswith(".") or parts[-1].endswith("."):
        return False  # a sentence's end: the runs already know it
    tail = [(0, 0, w, fold(w.rstrip("."))) for w in parts[-2:]]
    return _title_case_end(tail)


def _match_shapes(word: str, memo: _Memo) -> tuple[_Shape, ...]:
    """:func:`_shapes`, remembered: across calls for one word, in ``memo`` for more."""
    shapes = memo.shapes.get(word)
    if shapes is None:
        shapes = _shapes(word, memo)
        (_ONE_WORD if " " not in word and "\n" not in word else memo.shapes)[word] = shapes
    return shapes


def _all_runs(
    norm: str, sentences: tuple[Span, ...], caps: list[bool], memo: _Memo
) -> list[_Placed]:
    """The runs of capitalised tokens of the sentences not set in capitals, in text order.

    One pass of :data:`NAME_RE` over the whole text finds what a pass over each
    sentence would: where a match runs on into the next sentence ("... said Smith. The
    Senate"), the rest of its sentence is matched alone and the pass resumes at the
    next sentence.
    """
    out: list[_Placed] = []
    name_re = NAME_ASCII_RE if _ascii_names(norm) else NAME_RE
    size = len(norm)
    bounds = [(s.start, s.end) for s in sentences]
    n = len(bounds)
    k = pos = 0
    entered = -1  #: the sentence whose head ``head`` holds
    head = 0
    while k < n:
        resume = -1
        lo, hi = bounds[k]
        for m in name_re.finditer(norm, pos):
            a, b = m.span()
            if a >= hi:
                k += 1
                while k < n and bounds[k][1] <= a:
                    k += 1
                if k == n:
                    break
                lo, hi = bounds[k]
            if b <= lo:
                continue  # between sentences: boilerplate
            if a < lo:  # from boilerplate into the sentence
                resume = lo
                break
            if b > hi:  # into the next sentence: the rest of this one alone
                if not caps[k]:
                    _runs(norm, sentences[k], out, a, memo, name_re)
                k += 1
                resume = bounds[k][0] if k < n else len(norm)
                break
            if caps[k]:
                continue
            if entered != k:
                entered, head = k, lo if norm[lo] not in _HEAD_SKIPS else _head(norm, sentences[k])
            word = m.group()
            if word in _DROPPED:
                continue  # the commonest case: "The", "He", "But"
            if word in _READ_IN_CONTEXT and _no_name_here(norm, a, word):
                continue
            shapes = _ONE_WORD.get(word)
            if shapes is None:
                shapes = _SHAPES.get(word)
                if shapes is None:
                    shapes = _match_shapes(word, memo)
            if (b == size or norm[b] == "\n") and _paragraph_end(norm, b) and _line_phrase(word):
                shapes = shapes[:-1]
            for shape in shapes:
                out.append((a + shape[1], shape, a + shape[2] == head))
        if resume < 0:
            break
        pos = resume
    return out


#: :data:`NAME_RE`, or :data:`NAME_ASCII_RE` where it finds the same.
_NameRe = regex.Pattern[str] | re.Pattern[str]
_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f]")
#: What :data:`NAME_RE` reads in a character besides its ASCII part: letters, marks,
#: digits, word characters and spaces.
_NAME_CHAR_RE: Final = regex.compile(r"[\p{L}\p{M}\p{N}\p{Pc}\p{Join_Control}\s]")
#: Whether :data:`_NAME_CHAR_RE` leaves a non-ASCII character alone, by character.
_NAME_CHARS: Final[dict[str, bool]] = {}


def _ascii_names(norm: str) -> bool:
    """True when :data:`NAME_ASCII_RE` finds what :data:`NAME_RE` does in ``norm``: its
    characters beyond ASCII, if any, are none that NAME_RE reads ("£", "—")."""
    return norm.isascii() or _every_non_ascii(norm, _NAME_CHARS, _read_by_no_name)


def _read_by_no_name(char: str) -> bool:
    return _NAME_CHAR_RE.match(char) is None


def _every_non_ascii(norm: str, known: dict[str, bool], test: Callable[[str], bool]) -> bool:
    """True when ``test`` holds for every character of ``norm`` beyond ASCII (each
    character tested once per process, remembered in ``known``)."""
    for m in _NON_ASCII_RE.finditer(norm):
        char = m.group()
        ok = known.get(char)
        if ok is None:
            ok = known[char] = test(char)
        if not ok:
            return False
    return True


#: What :func:`_head` skips.
_HEAD_SKIPS: Final = "\"'([- "


def _head(norm: str, sentence: Span) -> int:
    """Where the first word of ``sentence`` starts, after quotes and brackets."""
    head = sentence.start
    while head < sentence.end and norm[head] in _HEAD_SKIPS:
        head += 1
    return head


def _runs(
    norm: str, sentence: Span, out: list[_Placed], start: int, memo: _Memo, name_re: _NameRe
) -> None:
    """Append the runs of capitalised tokens of ``sentence`` from ``start`` on to ``out``."""
    head = _head(norm, sentence)
    for m in name_re.finditer(norm, start, sentence.end):
        word = m.group()
        if word in _DROPPED:
            continue  # the commonest case: "The", "He", "But"
        at = m.start()
        if word in _READ_IN_CONTEXT and _no_name_here(norm, at, word):
            continue
        shapes = _ONE_WORD.get(word)
        if shapes is None:
            shapes = _match_shapes(word, memo)
        if _paragraph_end(norm, m.end()) and _line_phrase(word):
            shapes = shapes[:-1]
        for shape in shapes:
            out.append((at + shape[1], shape, at + shape[2] == head))


def _is_caps_word(text: str) -> bool:
    """ "US", "IT": capitals, so not the pronoun "us" or "it"."""
    return len(text) > 1 and text.isupper()


def _speaks(norm: str, end: int, owner: bool = True) -> bool:
    """True when a speech or demand verb follows the word that ends at ``end`` ("Schiff
    asked", "BT now is calling"), or a demand noun its possessive ("FECSA's demands")."""
    if owner and norm.startswith("'s ", end):  # "FECSA's demands", "Gillibrand's call for"
        own = _ASCII_WORD_RE.match(norm, end + 3)
        return own is not None and own.group() in _DEMAND_NOUNS
    if not norm.startswith((" ", "\n"), end):
        return False  # (a line break too: Reuters wraps "National Heritage Inc\nsaid")
    if norm.startswith(" <", end) and (tag := TICKER_RE.match(norm, end)) is not None:
        return _speaks(norm, tag.end(), owner=False)  # "Pechiney <PUKG.PA> said"
    if norm.startswith(_DASH_OPENS, end) and (
        aside := _DASH_ASIDE_RE.match(norm, end, end + _DASH_ASIDE_MAX)
    ):  # "Duterte - sometimes described as the 'Trump of the East' - said"
        return _speaks(norm, aside.end(), owner=False)
    nxt = _ASCII_WORD_RE.match(norm, end + 1)
    if nxt is None:
        return False
    if nxt.group() == "demand" and not norm.endswith("s", 0, end):
        return False  # "Strong demand triggers", "Consumer demand will": a noun, no verb
    if nxt.group() in _PLURAL_CUES and _NOUN_AFTER_RE.match(norm, nxt.end()) is not None:
        return False  # "Initial reports suggested", "Local press had reported", "Asian
        # states must": a plural noun (and "press" a mass noun) the word before modifies
    if nxt.group() in SPEECH_WORDS:
        return True
    if nxt.group() not in _AUX_FIRST:
        return False  # the common case: no auxiliary or adverb
    m = VERB_AFTER_RE.match(norm, end)
    return m is not None and m["verb"] in SPEECH_WORDS


#: Speech and demand words in "-s" that are plural nouns too ("reports", "states"), and
#: "press" ("Local press had reported").
_PLURAL_CUES: Final = frozenset("reports states demands requests comments press".split())
#: What follows such a word as a noun, not a verb: an auxiliary or a modal, a verb of
#: saying in the past or plural, a preposition, "and", an adverb or a punctuation mark.
_NOUN_AFTER_RE: Final = regex.compile(
    r"""\s*+[,.;:)]|\s++(?:had|have|has|are|were|was|is|will|would|must|can|could|should
    |may|might|said|say|suggested|suggest|showed|show|then|also|meanwhile|from|for|by|like
    |of|in|on|and|or)\b""",
    regex.VERBOSE,
)
#: An aside set off by dashes after a name, up to the space before the next word.
_DASH_OPENS: Final = (" - ", " \u2013 ", " \u2014 ")
_DASH_ASIDE_RE: Final = regex.compile(r"\ [-\u2013\u2014]\ [^.;:!?\n]{3,}?\ [-\u2013\u2014](?=\ )")
#: How far (characters) :func:`_speaks` reads an aside set off by dashes.
_DASH_ASIDE_MAX: Final = 160


def _voiced(norm: str, m: _Mention) -> bool:
    """True when an acronym has a spokesperson ("FNV spokesman Bert Duim")."""
    return m[_HOW] == "acronym" and _voice_after(norm, m[_SPAN][1])


def _voice_after(norm: str, end: int) -> bool:
    """True when a role noun of :data:`_VOICES` follows a name that ends at ``end``
    ("FNV spokesman", "A Freedom Mobile spokesperson")."""
    nxt = LOWER_WORD_RE.match(norm, end + 1)
    return nxt is not None and nxt.group() in _VOICES


#: Role nouns after an acronym that make it an organisation.
_VOICES: Final = frozenset(
    "spokesman spokeswoman spokesperson official officials chief executive chairman director "
    "president secretary-general".split()
)


def _trimmed(tokens: list[_Tok], out: list[_Shape]) -> None:
    """Append the run of ``tokens`` (offsets in the match) without openers around it."""
    if not tokens:
        return
    i, j = 0, len(tokens)
    while i < j and tokens[i][3] in OPENERS and not _is_caps_word(tokens[i][2]):
        if tokens[i][3] == "sunday" and i + 1 < j and f"sunday {tokens[i + 1][3]}" in MEDIA:
            break  # "The Sunday Telegraph": an outlet (see _sunday_outlet)
        if tokens[i][3] == "will" and i == 0 and j > 1 and tokens[1][3] not in OPENERS:
            break  # "Will Young", "Will Smith": a given name (not "We Will Rock You"; a
            # question opening with the modal is read in _mentions)
        if (
            tokens[i][3] == "first"
            and j - i > 2
            and (
                tokens[j - 1][2].rstrip(".") in _SUFFIX_WORDS
                or any(t[2] in ORG_HEADS for t in tokens[i + 1 : j])
            )
        ):
            break  # "First Chicago Corp", "First National Bank of Chicago": the firm's name
        i += 1
    while j > i + 1 and tokens[j - 1][3] in OPENERS and not _is_caps_word(tokens[j - 1][2]):
        if tokens[j - 2][3] in FIRST_NAMES and tokens[j - 1][3] not in _NO_SURNAMES:
            break  # "Michael Every": a surname that is also a common word
        if tokens[j - 1][3] == "sunday" and f"{tokens[j - 2][3]} on sunday" in MEDIA:
            break  # "the Mail on Sunday"
        j -= 1  # "Florida Those": a sentence that lost its period
    if i < j:
        at = tokens[i][0]
        if at:
            kept = tuple([(t[0] - at, t[1] - at, t[2], t[3]) for t in tokens[i:j]])
        else:
            kept = tuple(tokens[i:j])
        out.append((kept, at, tokens[0][0]))


#: Openers that never stand as a surname after a first name ("Sam The ...").
_NO_SURNAMES: Final = frozenset(
    """
    the a an in on at but and or so if as of to for from with by this that these those it he
    she they we i you his her its their our my your me him them us when while after before
    then now there here what who why how where which says said told is are was were has have
    had will would can could should do does did yes no not
    """.split()
)


#: A word of time before "May" that makes it the month, not Theresa or Brian May ("in
#: May", "since May", "last May", "mid-May", "8 May"); see :func:`_month_may`.
_MONTH_BEFORE_RE: Final = regex.compile(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his)\ "
    r"|mid-|\d\ )$"
)


#: The runs :func:`_month_may` reads: "May", and "May." at a sentence's end.
_MAY: Final = frozenset(("May", "May."))


#: A party's member alone, which a word of rank before it makes a person's description,
#: no mention of the party ("the panel's top Democrat, Senator Ben Cardin,").
_PARTY_MEMBERS: Final = frozenset("Democrat Republican Democrat. Republican.".split())
_RANK_BEFORE_RE: Final = regex.compile(r"\b(?:top|ranking|senior|leading)\ $")


#: The lone runs that the words around them may make no name: :data:`_MAY`,
#: :data:`_PARTY_MEMBERS` (one set, for one look-up per run).
_READ_IN_CONTEXT: Final = _MAY | _PARTY_MEMBERS


def _no_name_here(norm: str, at: int, word: str) -> bool:
    """True when the run ``word`` (of :data:`_READ_IN_CONTEXT`) at ``at`` names nothing
    there: the month "May", or a party's member after a word of rank."""
    if word in _MAY:
        return _month_may(norm, at)
    return _RANK_BEFORE_RE.search(norm, max(0, at - 9), at) is not None


def _month_may(norm: str, at: int) -> bool:
    """True when the run "May" at ``at`` is the month (see :data:`_MONTH_BEFORE_RE`)."""
    if norm.startswith((" 1", " 2", " 3", " 4", " 5", " 6", " 7", " 8", " 9"), at + 3) or (
        norm.startswith(", ", at + 3) and norm[at + 5 : at + 6].isdigit()
    ):
        return True  # "May 8", "May, 2017"
    return _MONTH_BEFORE_RE.search(norm, max(0, at - 6), at) is not None


def _drops_alone(word: str) -> bool:
    """True when ``word``, a run of its own, makes no run ("The", "However", "March")."""
    text, key, _, _ = _token_facts(word)
    return (key in OPENERS and not _is_caps_word(text)) or key in BREAKERS


#: Capitalised openers and breakers that make no run on their own, known before any text.
_DROPPED: Final = frozenset(
    form
    for w in OPENERS | BREAKERS
    for form in (w.capitalize(), w.capitalize() + ".")
    if _drops_alone(form)
)


# -- mentions ---------------------------------------------------------------------


#: A span while the stage works, (start, end): a plain tuple, which the garbage collector
#: stops tracking (a long text makes one per mention); a :class:`Span` in the Cast.
_Sp = tuple[int, int]


#: A mention while the stage works: a plain tuple (which the garbage collector stops
#: tracking: a long text makes one per name, and fewer tracked objects keep its full
#: collections few) of the fields below, read by index (``m[_KIND]``).
_Mention = tuple[_Sp, ActorKind | None, str, str, str, str | None, int, int]
_SPAN: Final = 0  #: where it stands
_KIND: Final = 1  #: ActorKind, or None: a lone word to link to a known actor
_HOW: Final = 2  #: person | org | country | demonym | place | party | single | acronym | ...
_KEY: Final = 3  #: clustering key (folded)
_NAME: Final = 4  #: the name form ("López Obrador"), without title
_TITLE: Final = 5  #: title words, or None
_RANK: Final = 6  #: higher ranks make better actor names
_HEAD_END: Final = 7  #: for a description, where its head noun ends (else -1)


def _mention(
    span: _Sp,
    kind: ActorKind | None,
    how: str,
    key: str,
    name: str,
    title: str | None = None,
    rank: int = 0,
    head_end: int = -1,
) -> _Mention:
    """A mention from its fields, named."""
    return (span, kind, how, key, name, title, rank, head_end)


def _replaced(
    m: _Mention, *, kind: ActorKind | None = None, how: str | None = None, title: str | None = None
) -> _Mention:
    """``m`` with another kind, way or title (each kept where not given)."""
    return (
        m[_SPAN],
        m[_KIND] if kind is None else kind,
        m[_HOW] if how is None else how,
        m[_KEY],
        m[_NAME],
        m[_TITLE] if title is None else title,
        m[_RANK],
        m[_HEAD_END],
    )


def _country_mention(span: _Sp, key: str, surface: str) -> _Mention | None:
    """A country named by the run whose folded, space-normalised text is ``key``."""
    hit = COUNTRIES.get(key)
    if hit is None:
        return None
    name, how = hit
    rank = {"name": 3, "abbr": 2, "demonym": 0}[how]
    kind: ActorKind = "country"
    return _mention(span, kind, "demonym" if how == "demonym" else "country", name, surface,
                    rank=rank)  # fmt: skip


def _classify(run: _Run, norm: str, orig: str) -> list[_Mention]:
    """The mentions one run of capitalised tokens makes (usually one, sometimes none).

    ``norm`` and ``orig`` are the run's text (offsets of its tokens), ``norm`` with a
    comma after it when one follows it in the article; ``run.initial`` is True when it
    opens its sentence with a word not seen capitalised elsewhere. Runs of one token
    with context to weigh are :func:`_mentions`'s.
    """
    toks = run.tokens
    if len(toks) == 1:
        return _lone(toks[0], orig)
    if len(toks) > 2:
        split = _split_at(toks, norm)
        if split:
            return [m for part in split for m in _classify(_Run(part, False), norm, orig)]
    span = (toks[0].start, toks[-1].end)
    surface = orig[span[0] : span[1]]
    key = " ".join(fold(surface).split())
    text = norm[span[0] : span[1]]
    norm_key = key if text == surface else " ".join(fold(text).split())
    # 1. lexicons, whole run
    if (c := _country_mention(span, norm_key, surface)) is not None:
        return [c]
    if key in PARTIES:
        return [_mention(span, "organization", "party", fold(PARTIES[key]), surface, rank=2)]
    if key in MEDIA or key in GOVERNMENT or key in COMPANIES:
        return [_org(span, toks, surface)]  # "Goldman Sachs", "Merrill Lynch": no people
    if key in PLACES:
        return [_mention(span, "place", "place", key, surface, rank=2)]
    if (
        len(toks) == 3
        and f"{toks[1].key} {toks[2].key}" == "white house"
        and toks[0].key not in COUNTRIES
        and toks[0].key not in PLACES
        and norm[toks[0].end : toks[1].start] == " "
    ):  # "The Trump White House": the body, which a president's name dates (not "Alabama
        # Supreme Court", a body of its own)
        return _classify(_Run(toks[1:], False), norm, orig)
    last = toks[-1].text
    if len(toks) > 1 and toks[-1].key in PARTIES:
        if not toks[-1].key.endswith("s"):
            return []  # "Senate Republican", "Georgia Democrat": a description
        return [_mention(span, "organization", "party", fold(PARTIES[toks[-1].key]), surface)]
    t = _title_end(toks, norm)
    if 0 < t < len(toks) - 1 and toks[t].key in FIRST_NAMES:
        return _titled(toks, t, span, orig)  # "... School of Law Professor Daniel Shaviro"
    # whether tokens are joined by "of", "for" or "on" (a line break may stand before them)
    linked = "\n" in text or " of " in text or " for " in text or " on " in text
    joined = (
        [norm[a.end : b.start].strip() in _JOINERS for a, b in pairwise(toks)] if linked else []
    )
    if (
        linked
        and t == 0
        and not (joined[0] and toks[0].text in ORG_HEADS)
        and any(joined[i] and _is_title(tk) for i, tk in enumerate(toks[:-1]))
    ):  # not "Office of the Comptroller of the Currency", an organisation
        if toks[0].key in TITLES and joined[0]:  # "Archbishop of Canterbury": kept if it speaks
            return [_mention(span, None, "office", key, surface, rank=1)]
        return []  # "Secretary of State", "U.S. Attorney for the Western District"
    if t == 0 and last.endswith("'s"):  # "Standard and Poor's said" (see _link_single)
        return [_mention(span, "organization", "org", norm_key, surface, rank=2)]
    if toks[0].key in _STORMS:
        return []  # "Hurricane Maria": weather, no actor
    if (
        len(toks) > 1
        and last == "TV"
        and toks[0].key not in COUNTRIES
        and toks[0].key not in _NOT_CHANNELS
        and t == 0
    ):  # "Fox TV", "Bloomberg TV", "Court TV": a channel (not "US TV", "Mobile TV")
        return [_org(span, toks, surface)]
    # 2. organisations by their last word, or by a head word before "of" / "for"
    if len(toks) > 1 and (
        last in ORG_HEADS
        or last.rstrip(".") in ORG_HEADS
        or (
            linked
            and any(j and tk.text in ORG_HEADS for j, tk in zip(joined, toks[:-1], strict=True))
        )
    ):
        return [_org(span, toks, surface)]
    if len(toks) > 1 and (
        (last in PLACE_HEADS and t == 0)  # "Hyde Park", not "Mr Park"
        or (linked and joined[0] and toks[0].text in _PLACE_OF)  # "Gulf of Mexico"
    ):
        return [_mention(span, "place", "place", key, surface, rank=2)]
    if (
        len(toks) == 2
        and toks[1].text in _SURNAME_HEADS
        and toks[0].key in FIRST_NAMES
        and toks[0].key not in _NOT_GIVEN_HERE
    ):
        return [_person(span, toks, surface, None)]  # "Wendy Day", "Nathan Lane"
    if (
        not NON_ACTOR_HEADS.isdisjoint([tk.text for tk in toks[max(1, t) :]])  # (not
        # inside a title: "Fiscal Policy Minister Heizo Takenaka")
        and not (t == 1 and toks[0].key.rstrip(".") in _HONORIFICS)  # "Mr Law": a surname
        and (toks[-1].text in NON_ACTOR_HEADS or not _first_name_inside(toks))
    ) or (linked and joined[0] and toks[0].text in NON_ACTOR_HEADS):  # "Bill for Crossrail"
        return []
    # 3. title + name
    if t > 0:
        return _titled(toks, t, span, orig)
    if len(toks) == 1:
        return _lone(toks[0], orig)
    if len(toks) > 2 and toks[-1].text in _POST_NOMINALS and toks[0].key in FIRST_NAMES:
        name_toks = toks[:-1]  # "Paul Boateng MP": the person, titled
        name = orig[name_toks[0].start : name_toks[-1].end]
        return [_person(span, name_toks, name, toks[-1].text)]
    if (
        _is_title(toks[-1])
        and (toks[0].key not in FIRST_NAMES or len(toks) > 2)
        and not (toks[-1].key in _TITLE_SURNAMES and all(tk.key in FIRST_NAMES for tk in toks[:-1]))
    ):
        return []  # "Energy Secretary, Rick Perry": the title alone names no one (but
        # "Martin Luther King", "Larry King": given names before it make it a surname)
    hit = COUNTRIES.get(toks[-1].key)
    if hit is not None and hit[1] == "demonym" and toks[0].key not in FIRST_NAMES:
        return []  # "Latin American", "African American": adjectives
    if toks[-1].key in _PEOPLE_ADJECTIVES and toks[0].key not in FIRST_NAMES:
        if toks[0].key in COUNTRIES or toks[0].key in PLACES:  # "the US Olympic team"
            return _classify(_Run(toks[:-1], False), norm, orig)
        return []  # "Rohingya Muslim", "Double Olympic": adjectives
    plural = COUNTRIES.get(key[:-1]) if key.endswith("s") else None
    if plural is not None and plural[1] == "demonym":  # "Sri Lankans"
        return [_mention(span, "country", "demonym", plural[0], surface, rank=0)]
    if toks[0].text.isupper() and all(tk.text.isupper() and len(tk.text) > 1 for tk in toks):
        if norm.startswith(",", run.end):  # a dateline: "RIO DE JANEIRO, March 5"
            if len(toks) <= 3 and toks[0].key in FIRST_NAMES and key not in PLACES:
                # a name and its titles in a list of reactions: "PAUL NOLTE, PORTFOLIO
                # MANAGER AT KINGSVIEW ASSET MANAGEMENT IN CHICAGO:"
                return [_person(span, toks, surface, None)]
            return [_mention(span, "place", "place", key, surface, rank=1)]
        return []  # a line of capitals that slipped through
    # 4. a country, demonym, acronym, company or organisation's head first: an organisation
    # ("American Electric Power", "Bayern Munich", "Sony Ericsson", "Banco Santander"; a
    # product too: "Sony Walkman")
    lead = toks[0].key
    if (
        (lead in COUNTRIES or lead in PLACES)
        and lead not in FIRST_NAMES
        and not (len(toks) == 2 and toks[1].key in _COMPASS and lead not in COUNTRIES)
        # ("Bristol West", a constituency: a place; "America West", an airline)
    ) or (
        (
            toks[0].text.isupper()
            and len(toks[0].text) > 1
            and not _DOTTED_INITIAL_RE.fullmatch(toks[0].text)
        )
        or lead in COMPANIES
        or lead in ORG_LEADS
    ):
        if len(toks) == 2 and toks[0].key in COUNTRIES:
            if _is_caps_word(toks[1].text):  # "Russia WTO membership": two names
                return [m for t in toks for m in _classify(_Run((t,), False), norm, orig)]
            if toks[1].key not in GOVERNMENT:
                return _classify(_Run(toks[:1], False), norm, orig)  # "U.S. Debt" (not
                # "U.S. Treasury", a body)
        return [_org(span, toks, surface)]
    if any(joined) or "&" in surface:
        return [_org(span, toks, surface)]
    if toks[0].key in _PLACE_OPENERS:
        return [_mention(span, "place", "place", key, surface, rank=2)]
    if run.initial and toks[0].key not in FIRST_NAMES and toks[0].key.endswith(_VERB_ENDS):
        rest = _Run(toks[1:], False)  # "Questioning Vindman": a verb opens the sentence
        return _classify(rest, norm, orig) if len(toks) > 2 else _lone(rest.tokens[0], orig)
    if toks[0].key in PARTIES and not toks[0].key.endswith("s"):
        rest = _Run(toks[1:], False)  # "Conservative Shadow chancellor": an adjective
        return _classify(rest, norm, orig) if len(toks) > 2 else _lone(rest.tokens[0], orig)
    if len(toks) > 4 and toks[0].key not in FIRST_NAMES:
        return [_org(span, toks, surface)]
    if (
        toks[0].key in _REGION_LEADS
        and toks[0].key not in FIRST_NAMES
        and ((region := " ".join(tk.key for tk in toks[1:])) in PLACES or region in COUNTRIES)
    ):  # "Southern California", "Southeast Asia", "Old Havana", "New England": a region
        return [_mention(span, "place", "place", key, surface, rank=2)]
    if (
        toks[-1].key in _COMPASS
        and toks[0].key not in FIRST_NAMES
        and all(tk.text[:1].isupper() and tk.text[1:].islower() for tk in toks)
    ):  # "Bristol West", "Clwyd North West", "Aberdeen South": a constituency, a district
        return [_mention(span, "place", "place", key, surface, rank=2)]
    if (
        len(toks) == 2
        and toks[0].key in _REGION_LEADS
        and toks[1].key.endswith(_REGION_ADJECTIVE_ENDS)
        and toks[0].key not in FIRST_NAMES
    ):
        return []  # "Southeast Asian", "Middle Eastern", "Eastern European": adjectives
    if (
        hit is not None
        and toks[0].key not in FIRST_NAMES
        and toks[-1].key not in FIRST_NAMES
        and toks[-1].key not in _SURNAME_COUNTRIES
    ):
        if toks[0].key in _REGION_WORDS:  # "Inner Mongolia", "Northern Ireland"
            return [_mention(span, "place", "place", key, surface, rank=2)]
        if (run.initial or toks[0].key == "may") and len(toks) == 2:
            return _lone(toks[1], orig)  # "Major U.S. banks", "at the end of May Ecuador's"
        return [_org(span, toks, surface)]  # "Health Canada", "Bell Canada", "T-Mobile USA"
    if toks[0].key not in FIRST_NAMES and _demonym_plural(toks[-1].key):
        return []  # "Native Americans", "Latin Americans": a people, no one's name
    if toks[-1].key in GROUP_NOUNS and last[:2].isupper():
        return []  # "Lib Dem MPs", "Opposition MPs": a group, which a description makes
        # when it speaks
    for k in range(1, len(toks)):
        if toks[k].text in _TITLE_CASE_WORDS:  # "Lost In Translation": a work's title,
            if (
                2 <= k <= 3
                and toks[0].key in FIRST_NAMES
                and not any(tk.key.endswith("ing") for tk in toks[1:k])
            ):  # or a headline in title case
                return _classify(_Run(toks[:k], False), norm, orig)  # "Donald Trump | Is
            return []  # Right"
    if toks[0].key in _EPITHET_LEADS or (
        len(toks) > 2
        and toks[1].key in FIRST_NAMES
        and toks[0].key not in FIRST_NAMES
        and toks[0].text[1:].islower()
        and _descriptor(toks[0].key)
    ):  # "Crooked | Hillary"; a word before a given name and a surname: "Referee |
        # Jonathan Kaplan", "Rival | Hillary Clinton", "late Beatle | George Harrison"
        return _classify(_Run(toks[1:], False), norm, orig)
    if (
        len(toks) > 3
        and toks[0].text == "New"
        and toks[2].key in FIRST_NAMES
        and toks[1].key not in FIRST_NAMES
        and _descriptor(toks[1].key)
    ):  # "New Yorker | Dick Morris": a place's people, two words
        return _classify(_Run(toks[2:], False), norm, orig)
    if (
        len(toks[-1].text.rstrip(".")) == 1
        and toks[-1].text.isupper()
        and not any(tk.key in FIRST_NAMES for tk in toks[:-1])
    ):
        return []  # "Group B", "Series C", "Hepatitis B", "Mac OS X": a class, a grade or
        # a model, no one's name (not "Malcolm X", "George V": a given name first)
    return [_person(span, toks, surface, None)]


def _common_words(m: _Mention, norm: str, lower: dict[str, bool]) -> int:
    """Whether a run of two or three words with no title and no known first name is made
    of common words, a work's or a thing's name ("Million Dollar Baby", "Snow Patrol"),
    not a person's ("Sayfullo Saipov"): :data:`_BY_TEXT` when the text also writes its
    words in lower case, :data:`_BY_LEXICON` when they are in :data:`_COMMON_WORDS`
    (which holds for the name only where no mention of it stands near a verb of saying:
    see :func:`_near_speech`), 0 when it may be a person's. Two words must both be so,
    three at least two. A run that speaks, is a source, goes on with "of" or is followed
    by an age names someone all the same. ``lower`` remembers the answers for the text;
    after :data:`_LOWER_LOOKS` words it answers no more (each look reads the text once:
    a bounded number of looks keeps the cost linear)."""
    words = m[_KEY].split()
    if m[_TITLE] is not None or not 2 <= len(words) <= 3 or words[0] in FIRST_NAMES:
        return 0
    start, end = m[_SPAN]
    if (
        _speaks(norm, end)
        or norm.startswith(" of ", end)
        or norm.endswith(("according to ", "according to the "), 0, start)
    ):
        return 0  # a body that speaks: "according to the Gun Violence Archive"
    if _AGE_AFTER_RE.match(norm, end):
        return 0  # "Reality Winner, 25, was charged": a person of her age
    found = common = 0
    for w in words:
        hit = lower.get(w)
        if hit is None and len(lower) < _LOWER_LOOKS and w.isalpha() and w.isascii():
            hit = lower[w] = _lower_word_in(norm, w)
        found += bool(hit)
        common += bool(hit) or w in _COMMON_WORDS or _common_plural(w)
    if _enough(found, len(words)):
        return _BY_TEXT
    return _BY_LEXICON if _enough(common, len(words)) else 0


def _common_plural(word: str) -> bool:
    """True for the plural of a word of :data:`_COMMON_WORDS` ("globes", "sisters",
    "funds"), which the lexicon, made of the corpus's lower-case words, may lack."""
    return (
        len(word) > 3
        and word[-1] == "s"
        and (word[:-1] in _COMMON_WORDS or (word[-2] == "e" and word[:-2] in _COMMON_WORDS))
    )


#: What :func:`_common_words` answers for a name of words the text writes in lower case.
_BY_TEXT: Final = 1
#: What :func:`_common_words` answers for a name of words of :data:`_COMMON_WORDS`.
_BY_LEXICON: Final = 2


def _no_name(m: _Mention, norm: str, lower: dict[str, bool], voiced: _Voiced) -> bool:
    """True when :func:`_common_words` finds ``m`` no person's name: by the lexicon only
    when no mention of the same name stands near a verb of saying (all of them or none:
    "Retail Decisions" near "he said" once stays a name throughout)."""
    how = _common_words(m, norm, lower)
    if how != _BY_LEXICON:
        return how == _BY_TEXT
    return not voiced.near_speech(m[_KEY], norm)


class _Voiced:
    """Whether a name of the text's people stands near a verb of saying at any of its
    mentions, asked name by name; the mentions are grouped by name once, at the first
    question (so the cost stays linear in the mentions)."""

    __slots__ = ("_answers", "_people", "_spans")

    def __init__(self, people: list[_Mention]) -> None:
        self._people = people
        self._spans: dict[str, list[_Sp]] | None = None
        self._answers: dict[str, bool] = {}

    def near_speech(self, key: str, norm: str) -> bool:
        """Whether a mention of the name ``key`` stands near a verb of saying."""
        hit = self._answers.get(key)
        if hit is None:
            if self._spans is None:
                self._spans = {}
                for p in self._people:
                    self._spans.setdefault(p[_KEY], []).append(p[_SPAN])
            spans = self._spans.get(key, ())
            hit = self._answers[key] = any(_named_here(norm, a, b) for a, b in spans)
        return hit


def _named_here(norm: str, start: int, end: int) -> bool:
    """True when the name at ``[start, end)`` stands near a verb of saying or where an
    organisation's name stands ("electronics retailer Best Buy", "an analyst at Public
    Knowledge"; not after "the" alone, which also stands before a work's name)."""
    if _near_speech(norm, start, end):
        return True
    return _org_cue(norm, start, end) is not None and not norm.endswith("the ", 0, start)


def _enough(common: int, words: int) -> bool:
    """Whether ``common`` common words of a run of ``words`` make it no person's name:
    both of two, two of three."""
    return common >= 2 and (common == words or words == 3)


def _near_speech(norm: str, start: int, end: int) -> bool:
    """True when a verb of saying or "according" stands among the few words before
    ``start`` or after ``end`` ("says Age Concern.", "<Scandinavian Airline System>
    said", "Big Machine, says", "according to trade publication Screen Daily"): a name
    of common words there may be a body that speaks."""
    before = norm[max(0, start - _NEAR_SPEECH_BEFORE) : start]
    after = norm[end : end + _NEAR_SPEECH_AFTER]
    return any(
        w in SPEECH_WORDS or w == "according" for w in LOWER_WORD_RE.findall(f"{before} {after}")
    )


#: How far (characters) :func:`_near_speech` reads before and after a name.
_NEAR_SPEECH_BEFORE: Final = 40
_NEAR_SPEECH_AFTER: Final = 30


#: A prize's noun after a name, which names the prize, not a person ("won the Golden
#: Lion award", "the Cecil B. DeMille award"); the person may be named elsewhere.
_PRIZE_AFTER_RE: Final = regex.compile(r" (?:award|awards|prize|prizes|trophy|medal)\b")
#: How many words :func:`_common_words` looks for in one text.
_LOWER_LOOKS: Final = 48
#: Common lower-case English words, no given name nor surname ("service", "pack"):
#: :func:`_common_words` needs not find them in lower case in the text.
_COMMON_WORDS: Final = words("common_words.txt")


def _lower_word_in(norm: str, word: str) -> bool:
    """Whether ``word`` (lower case) stands in ``norm`` as a whole word."""
    i = norm.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not norm[i - 1].isalpha()) and (j == len(norm) or not norm[j].isalpha()):
            return True
        i = norm.find(word, j)
    return False


#: First words before "TV" that name a kind of television, no channel.
_NOT_CHANNELS: Final = frozenset(
    "mobile internet smart lcd led cable satellite digital hd reality breakfast daytime "
    "network live pay color colour european".split()
)
#: First words of capitalised runs that are never a person's name ("Great Recession",
#: "Old Firm"): such a run names an organisation it shortens or no one; places among
#: them are in the lexicons ("Old Trafford", "Great Lakes").
_NO_NAME_LEADS: Final = frozenset(("great", "old"))
#: Epithets before a person's name, no part of it ("Crooked Hillary").
_EPITHET_LEADS: Final = frozenset(("crooked", "lyin'", "lyin"))
#: Adjectives of faiths, peoples and games that end no name after a word that is no given
#: name ("Rohingya Muslim", "Double Olympic"; "Louise Christian" is a name).
_PEOPLE_ADJECTIVES: Final = words("people_adjectives.txt")
#: Words before a given name and a surname that are no part of the name (see
#: :func:`_descriptor`).
_EPITHETS: Final = words("name_epithets.txt")
#: Endings of words that describe a person rather than name one ("Investor", "Drummer",
#: "Neuroscientist", "Blairite", "Contestants"): a given name seldom ends so, and those
#: that do ("Peter", "Nestor") are in ``first_names.tsv``.
_DESCRIPTOR_ENDS: Final = (
    "er", "ers", "tor", "tors", "ist", "ists", "ite", "ites", "ure", "ment", "iant", "ants",
    "ents", "ee",
)  # fmt: skip


def _descriptor(key: str) -> bool:
    """True for a word (folded) that describes the person whose given name and surname
    follow it, no part of the name: an epithet, a role, a party, a people, a job by its
    ending; "Olympian", "Californian" (a long word in "-ian": not "Lilian")."""
    return (
        key in _EPITHETS
        or key in ROLE_NOUNS
        or key in GROUP_NOUNS
        or key in TITLES
        or key in PARTIES
        or (len(key) >= 5 and key.isalpha() and key.endswith(_DESCRIPTOR_ENDS))
        or (len(key) >= 7 and key.endswith(("ian", "ians")))
    )


#: Short words written with a capital inside the titles of works, never inside a
#: person's name ("Lost In Translation", "Meet The Fockers", "Drive My Car"); not "A",
#: an initial too ("Charles A Blixt").
_TITLE_CASE_WORDS: Final = frozenset(
    "The To Be An In On At For With Is Are Was Were You Me My It We Your Our Of From Up "
    "Out Into Off Than As".split()
)


def _demonym_plural(key: str) -> bool:
    """True for a people's plural: "americans", "brazilians", "muslims"."""
    if not key.endswith("s"):
        return False
    hit = COUNTRIES.get(key[:-1])
    return (hit is not None and hit[1] == "demonym") or key[:-1] in _PEOPLE_ADJECTIVES


def _first_name_inside(toks: Sequence[_Token]) -> bool:
    """True when a head word of :data:`NON_ACTOR_HEADS` inside the name is a first name
    ("Sonny Bill Williams"), not a head ("Police Bill", "Terrorism Bill Amendments")."""
    return any(tk.key in FIRST_NAMES for tk in toks[1:-1] if tk.text in NON_ACTOR_HEADS)


#: First words of storms' names ("Hurricane Maria", "Hurricanes Irma and Maria").
_STORMS: Final = frozenset("hurricane hurricanes typhoon typhoons cyclone storm".split())
#: Heads of :data:`NON_ACTOR_HEADS` that are surnames too after a given name ("Wendy
#: Day", "Nathan Lane", "Jude Law"), and given names that name streets and days
#: ("Victoria Street", "Penny Lane").
_SURNAME_HEADS: Final = frozenset("Day Law Lane".split())
_NOT_GIVEN_HERE: Final = frozenset("victoria penny".split())
#: An initial: "J." of "J. Howard Macdonald" (no acronym, so no firm's first word).
_DOTTED_INITIAL_RE: Final = regex.compile(r"\p{Lu}\.")
#: Titles written after a full name: "Paul Boateng MP", "Frank Field MP".
_POST_NOMINALS: Final = frozenset("MP MEP MSP QC KC".split())
#: Honorifics: what follows them is a name, even a word that is a title elsewhere.
_HONORIFICS: Final = frozenset("mr mrs ms miss mx dr".split())
#: Countries that are common surnames too ("Jools Holland", "Vernon Jordan").
_SURNAME_COUNTRIES: Final = frozenset("holland jordan israel chad georgia england".split())
#: The same as written: a lone one that speaks is the person who bears it, if any.
_SURNAME_COUNTRY_NAMES: Final = frozenset(w.capitalize() for w in _SURNAME_COUNTRIES)
#: Words before a country that make part of it, a region, not a body ("Inner Mongolia").
_REGION_WORDS: Final = frozenset(
    """inner outer northern southern eastern western north south east west central upper
    lower greater little old new""".split()
)
#: Points of the compass that end the name of a district ("Bristol West").
_COMPASS: Final = frozenset("north south east west central".split())
#: First words that make a region of a known place or country ("Southeast Asia").
_REGION_LEADS: Final = _REGION_WORDS | frozenset(
    """northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern mid middle continental saharan coastal rural downtown""".split()
)
#: Endings of the adjectives a region word opens ("Southeast Asian", "Middle Eastern").
_REGION_ADJECTIVE_ENDS: Final = ("ian", "can", "ean", "ern")
_JOINERS: Final = frozenset(("of", "for", "of the", "for the", "on", "on the"))
#: Place heads that make a place before "of" too ("Gulf of Mexico"; not "City of Surrey",
#: a government, nor "State for Foreign Affairs").
_PLACE_OF: Final = frozenset("Bay Coast Gulf Island Isle Sea Strait Valley".split())
#: First words of place names ("El Paso", "San Ysidro", "Fort Worth").
_PLACE_OPENERS: Final = frozenset(
    "san santa santo sao los las la fort port mount mt. lake st. saint north south east west "
    "upper lower greater central cape river loch".split()
)


def _org(span: _Sp, toks: tuple[_Token, ...], surface: str) -> _Mention:
    """An organisation; its key drops a leading country ("U.S. Senate" = "Senate") and a
    trailing company suffix ("Peabody Energy Corp" = "Peabody Energy"), but not from a
    firm named after a person ("Mario Gabelli and Co" is no "Mario Gabelli")."""
    keys = [tk.key for tk in toks]
    if len(keys) > 1 and keys[0] in COUNTRIES:
        keys = keys[1:]
    named = " and " in surface and keys[0] in FIRST_NAMES  # "Mario Gabelli and Co": not him
    while (
        len(keys) > 1 and not named and (keys[-1] in _SUFFIXES or keys[-1].rstrip(".") in _SUFFIXES)
    ):
        keys = keys[:-1]
    if len(keys) == 1 and keys[0] == "reuter":
        keys = ["reuters"]  # the Reuters-21578 sign-off "Reuter"
    return _mention(span, "organization", "org", " ".join(keys), surface, rank=2)


def _titled(toks: tuple[_Token, ...], t: int, span: _Sp, orig: str) -> list[_Mention]:
    """A person after title words, and the country a leading word names ("Mexican")."""
    name_toks = toks[t:]
    if toks[t - 1].key.rstrip(".") not in _HONORIFICS and all(
        tk.key in TITLES or tk.key in ROLE_NOUNS for tk in name_toks
    ):
        return []  # "General Manager": titles all the way; not "Mr. King", a surname
    name = orig[name_toks[0].start : name_toks[-1].end]
    title = " ".join(orig[toks[0].start : toks[t - 1].end].split())  # a line may break it
    out = [_person(span, name_toks, name, title)]
    lead = COUNTRIES.get(toks[0].key)
    if lead is not None:
        c_span = (toks[0].start, toks[0].end)
        how = "demonym" if lead[1] == "demonym" else "country"
        out.append(_mention(c_span, "country", how, lead[0], toks[0].text, rank=0))
    return out


def _is_title(tok: _Token) -> bool:
    """True for a title word, with or without its period ("Gen.", "Sen")."""
    return tok.key in TITLES or tok.key.rstrip(".") in TITLES


def _lexicon_key(key: str) -> bool:
    return key in COUNTRIES or key in GOVERNMENT or key in MEDIA or key in PLACES or key in PARTIES


#: Title words that are surnames too ("Peter King", "Erik Prince"), not
#: "Mary Queen of Scots" or "Ruth Kelly MP".
_TITLE_SURNAMES: Final = frozenset("king bishop prince judge marshal sheriff pope".split())


def _is_name_word(tok: _Token) -> bool:
    """True for a word that may be part of a person's name: capitalised, and no
    organisation's head, title or name the lexicon knows ("Roem", not "Party")."""
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.text not in ORG_HEADS
        and not _is_title(tok)
        and not _lexicon_key(tok.key)
    )


def _split_at(toks: tuple[_Token, ...], norm: str) -> list[tuple[_Token, ...]]:
    """Two names run together: "European Union | Gordon Sondland", "Ukraine | Kurt Volker",
    "Dutchman | Arnoud Okken"."""
    if toks[0].key in NATIONALITY_NOUNS and norm[toks[0].end : toks[1].start] == " ":
        return [toks[:1], toks[1:]]
    if (
        len(toks) > 2
        and _demonym_plural(toks[0].key)
        and toks[1].key in FIRST_NAMES
        and norm[toks[0].end : toks[1].start] == " "
    ):  # "Americans | Andy Roddick" (not "Americans United for Life", a name)
        return [toks[:1], toks[1:]]
    if (
        len(toks) > 3
        and f"{toks[0].key} {toks[1].key}" in NATIONALITY_NOUNS
        and norm[toks[1].end : toks[2].start] == " "
    ):  # "New Zealander | Peter Jackson"
        return [toks[:2], toks[2:]]
    if (
        len(toks) > 3
        and toks[1].key in NATIONALITY_NOUNS
        and norm[toks[1].end : toks[2].start] == " "
        and toks[0].key not in FIRST_NAMES
    ):  # "Veteran Spaniard | Conchita Martinez": a word that describes the nationality
        return [toks[1:2], toks[2:]]  # noun is no name
    for k in range(1, len(toks) - 1):  # "Peter King | of New York": a surname, no title
        if (
            toks[k - 1].key in FIRST_NAMES
            and toks[k].key in _TITLE_SURNAMES
            and norm[toks[k].end : toks[k + 1].start] == " of "
            and not _is_title(toks[k - 1])
        ):
            return [toks[: k + 1], toks[k + 1 :]]
    for k in range(1, len(toks) - 1):  # "at GDC | Mr Allard": an honorific opens a name
        if toks[k].key.rstrip(".") in _HONORIFICS:
            if any(_is_title(tk) for tk in toks[:k]):
                break  # a title's: "Rev Dr Martin Luther King", "Archbishop of ... Dr"
            return [toks[:k], toks[k:]]
    for k in range(len(toks) - 2, 0, -1):  # a first name and a surname after the split
        if toks[k].key not in FIRST_NAMES or norm[toks[k - 1].end : toks[k].start].strip():
            continue  # no first name, or joined by "of", "de": one name
        if k == 1 and toks[0].key in TITLES:
            break  # "Economist Evelyn Brody": a title, though The Economist is a paper
        if (
            _lexicon_key(fold(norm[toks[0].start : toks[k - 1].end]))
            or (k == 2 and _lexicon_key(toks[0].key) and toks[1].key in PARTIES)
            or (
                k == 1
                and len(toks) == 3
                and _is_caps_word(toks[0].text)
                and not toks[0].text.endswith(".")  # "J. Howard Macdonald": an initial
                and toks[0].key not in ROLE_NOUNS  # "CEO Tim Cook": a title
            )
        ):  # "California Democrat | Maxine Waters", "group EADS | Philippe Camus"
            return [toks[:k], toks[k:]]
        if (
            k >= 2
            and toks[k - 1].text in ORG_HEADS
            and len(toks) - k in (2, 3)
            and toks[-1].text not in ORG_HEADS
            and not any(_is_title(tk) for tk in toks[:k])  # not "Minister of Crown-
            # Indigenous Relations Carolyn Bennett": an office's title and its holder
        ):  # "chief for U.S. Affairs | Josefina Vidal": a body's head, then a full name
            return [toks[:k], toks[k:]]
    k = len(toks) - 3 if len(toks) > 3 and toks[-3].text in _PARTY_MEMBERS else 0
    if (
        k > 0
        and _lexicon_key(fold(norm[toks[0].start : toks[k - 1].end]))
        and all(_is_name_word(tk) for tk in toks[k + 1 :])
    ):  # "Virginia Democrat | Danica Roem": a state's party member, then a name that
        # the first names do not list
        return [toks[: k + 1], toks[k + 1 :]]
    last = toks[-1].key
    if last in COUNTRIES and COUNTRIES[last][1] != "demonym" and toks[-2].text in ORG_HEADS:
        return [toks[:-1], toks[-1:]]
    return []


def _person(span: _Sp, toks: tuple[_Token, ...], name: str, title: str | None) -> _Mention:
    if '"' in name or "\u201c" in name:
        name = _NICKNAME_RE.sub(" ", name)  # 'Marion "Suge" Knight' is Marion Knight
    keys = [
        tk.key.replace("-", " ") if _syllables(tk.text) else tk.key
        for tk in toks
        if tk.key.rstrip(".") not in _NAME_SUFFIXES
    ]  # "Kim Jong-un" is "Kim Jong Un"
    if not keys:
        keys = [toks[-1].key]
    how = "person" if len(keys) > 1 else "single"
    return (span, "person", how, " ".join(keys), name, title, len(keys), -1)


#: A nickname in quotes inside a name ('Marion "Suge" Knight'), with a space each side, in
#: the original text (its quote marks may be curly; :data:`NICKNAME` reads the normalised).
_NICKNAME_RE: Final = regex.compile(r'\s++["\u201c][^"\u201c\u201d]{1,22}+["\u201d]\s++')


def _name_shaped(toks: tuple[_Token, ...]) -> bool:
    """Two words that may be a first name and a surname ("Rex Tillerson")."""
    return (
        len(toks) == 2
        and not any(_lexicon_key(tk.key) or tk.text.isupper() for tk in toks)
        and toks[-1].text not in ORG_HEADS
        and toks[-1].text not in PLACE_HEADS
    )


#: An initial: "H.", "J".
_INITIAL_RE: Final = re.compile(r"[A-Z]\.?")


def _title_end(toks: tuple[_Token, ...], norm: str) -> int:
    """Index of the first name token after a title ("Vice President | Kamala Harris"), or 0."""
    end = 0
    for i, tk in enumerate(toks[:-1]):
        if _is_title(tk):
            end = i + 1
            gap = norm[tk.end : toks[i + 1].start]
            if gap.strip() in _JOINERS:
                # "Secretary of State | Antony Blinken", "Chief of Staff Gen. | Mark Milley"
                for j in range(i + 2, len(toks) - 1):
                    if norm[toks[j - 1].end : toks[j].start].strip():
                        continue  # "... Center for | Global Policy": inside the title
                    if toks[j].key in FIRST_NAMES or (
                        j == len(toks) - 2 and _name_shaped(toks[j:])
                    ):
                        if j > i + 2 and _INITIAL_RE.fullmatch(toks[j - 1].text):
                            j -= 1  # "Secretary of Commerce | H. Wood Thrasher"
                        elif j > i + 3 and toks[j - 1].key in _JOINER_WORDS:
                            while j > i + 3 and toks[j - 1].key in _JOINER_WORDS:
                                j -= 1
                            j -= 1  # "... for Foreign Affairs | Rene Van Der Linden"
                        end = j
                        break
                else:
                    return 0
        elif (
            tk.key in ROLE_NOUNS
            and i + 3 == len(toks)
            and norm[tk.end : toks[i + 1].start] == " "
            and (toks[i + 1].key in FIRST_NAMES or _name_shaped(toks[i + 1 :]))
        ):
            end = i + 1  # "Organizer | Dwayne Croteau", "TransLink CEO | Kevin Desmond"
        elif (
            i == 0
            and len(toks) == 2
            and tk.key in ROLE_NOUNS
            and tk.key not in _ADJECTIVE_ROLES
            and norm[tk.end : toks[1].start] == " "
            and toks[1].key not in ROLE_NOUNS
            and toks[1].key not in TITLES
            and toks[1].text.rstrip(".") not in ORG_HEADS
        ):
            end = 1  # "Actor | Foxx", "Singer | Knight" opening a sentence
    if end >= len(toks) or all(tk.key.rstrip(".") in _NAME_SUFFIXES for tk in toks[end:]):
        return 0  # titles all the way, or "Martin Luther King | Jr.": "King" is his name
    return end


#: Words after a name that are no name of their own ("Jr.", "Jnr", "III"), folded.
_NAME_SUFFIXES: Final = frozenset("jr jnr sr snr ii iii iv".split())
#: Role nouns that open names of things as often as they stand before a person's
#: ("Resident Evil", "Executive Order", "Witness Talent").
_ADJECTIVE_ROLES: Final = frozenset("executive resident witness".split())
#: What a lone token makes on its own: nothing (None), a mention
#: (kind, how, key, rank), or :data:`_LATE`: a single word whose fate hangs on
#: where it stands.
_SingleFacts = tuple[ActorKind | None, str, str, int] | None
_LATE: Final[tuple[ActorKind | None, str, str, int]] = (None, "single", "", 1)


def _lone_facts(text: str, key: str) -> _SingleFacts:
    """What a lone token with this text and key makes (a pure function of them)."""
    tok = _Token(0, 0, text, key)
    if key in OPENERS and not _is_caps_word(tok.text):
        return None
    hit = COUNTRIES.get(" ".join(key.split()))
    if hit is not None:
        how = "demonym" if hit[1] == "demonym" else "country"
        return "country", how, hit[0], {"name": 3, "abbr": 2, "demonym": 0}[hit[1]]
    if key in PARTIES:
        return "organization", "party", fold(PARTIES[key]), 2
    if key in MEDIA or key in GOVERNMENT or key == "reuter" or key in COMPANIES:
        return "organization", "org", _org((0, 0), (tok,), "")[_KEY], 2
    if key in PLACES:
        return "place", "place", key, 2
    if key in GROUP_NOUNS or key in ROLE_NOUNS or key in _NOBODY or key.rstrip(".") in _SUFFIXES:
        return None  # "Analysts said": a group, found by its description; "Reports said";
        # "Ltd said" after "Yamaichi International (Europe)": a suffix cut from its name
    if key in TITLES:
        return None, "surname", key, 1  # "King said": only a surname in the cast (see find_actors)
    plural = COUNTRIES.get(key[:-1]) if key.endswith("s") else None
    if plural is not None and plural[1] == "demonym":  # "the Soviets"
        return "country", "demonym", plural[0], 0
    bare = tok.text.replace(".", "")
    if bare.isupper() and 2 <= len(bare) <= 6:
        if tok.text in NOT_ACRONYMS or bare in NOT_ACRONYMS:
            return None
        return "organization", "acronym", bare.casefold(), 1
    if tok.text.isupper():
        return None
    return _LATE


#: What is said only of a person after a bare surname that opens a sentence ("Benson
#: pleaded guilty", "Manafort was indicted").
_ACCUSED: Final = (
    " pleaded ",
    " was arrested ",
    " was charged ",
    " was convicted ",
    " was indicted ",
    " was jailed ",
    " was sentenced ",
)


def _lone(tok: _Token, orig: str) -> list[_Mention]:
    """The mention of one token inside a longer run (whose place weighs nothing)."""
    facts = _lone_facts(tok.text, tok.key)
    if facts is None:
        return []
    kind, how, key, rank = (None, "single", tok.key, 1) if facts is _LATE else facts
    span = (tok.start, tok.end)
    return [(span, kind, how, key, orig[tok.start : tok.end], None, rank, -1)]


#: A mention of a run, relative to the run: (start, end, kind, how, key, name, title, rank).
_Found = tuple[int, int, ActorKind | None, str, str, str, str | None, int]
#: Capitalised words alone that name no one, though a speech verb may follow them
#: ("Others say", "Reports said").
_NOBODY: Final = frozenset(
    "others reports press media terms research speculation evidence rumours rumors "
    "everyone everybody nobody somebody someone anyone anybody".split()
)
#: Not yet in :attr:`_Memo.lone` (a value no token has).
_UNSEEN: Final[_SingleFacts] = (None, "", "", -1)


def _classified(
    toks: tuple[_Tok, ...], norm: str, orig: str, fresh: bool, comma: bool
) -> tuple[_Found, ...]:
    """:func:`_classify` of a run of two or more tokens, given its text (offsets in it)."""
    run = _new_tuple(_Run, (tuple(map(_as_token, toks)), fresh))
    found = _classify(run, norm + "," if comma else norm, orig)
    return tuple([(*m[_SPAN], *m[1:7]) for m in found])


#: The last word before the number of every outlet of media.txt whose name ends in one,
#: capitalised, and a space ("Radio ", "Channel "): a text without one has no such outlet.
_MEDIA_NUMBER_WORDS: Final = tuple(
    sorted(
        {k.split()[-2].capitalize() + " " for k in MEDIA if " " in k and k.split()[-1].isdigit()}
    )
)
#: Media nouns after a name that make it a news outlet ("Tass news agency", "Variety trade
#: magazine"), and their last words, which a text must hold for one to stand in it.
_MEDIA_AFTER_RE: Final = regex.compile(
    r"""\ (?:(?:state|official|business|financial|trade|online|news|local|music|film|industry
           |economic|Sunday)\ )?  # (may give "news" back: "Tass news agency")
    (?:newspaper|news\ agency|magazine|tabloid|news\ website|broadcaster|news\ service
      |wire\ service|TV\ channel|television\ channel|radio\ station
      |(?<=(?:business|financial|news|Sunday)\ )(?:daily|weekly))\b""",
    regex.VERBOSE,
)
#: Words that say what kind of outlet follows, no outlet's name.
_MEDIA_KINDS: Final = frozenset(
    "tv radio cable satellite internet web online television sports music film".split()
)
#: A name, or a quoted one, right after a media noun (see :func:`_outlet`).
_NAMED_AFTER_RE: Final = regex.compile(r"""\ ["\p{Lu}]""")
#: What :data:`_MEDIA_AFTER_RE` may start with after its space.
_MEDIA_FIRST_WORDS: Final = tuple(
    " " + w
    for w in """state official business financial trade online news local music film industry
    economic Sunday newspaper magazine tabloid broadcaster wire TV television radio""".split()
)
_MEDIA_NOUN_WORDS: Final = (
    " newspaper", " agency", " magazine", " tabloid", " weekly", " daily", " website",
    " broadcaster", " service", " channel", " station",
)  # fmt: skip
#: The number of a union's branch after "Local" ("UFCW Local 832").
_LOCAL_NUMBER_RE: Final = re.compile(r" [0-9]{1,5}(?![0-9]|[.,][0-9])")
#: A number after a name: "4" of "BBC Radio 4".
_NUMBER_AFTER_RE: Final = re.compile(r" [0-9]{1,2}(?![0-9]|[.,][0-9])(?: Live\b)?")


def _numbered_media(norm: str, orig: str, at: int, end: int) -> _Mention | None:
    """An outlet whose name ends in a number after the run ``[at, end)``, as media.txt
    knows it ("BBC Radio 4", "Channel 4": the name runs hold no digits)."""
    n = _NUMBER_AFTER_RE.match(norm, end)
    if n is None:
        return None
    key = " ".join(fold(norm[at : n.end()]).split())
    if key not in MEDIA:
        return None
    return _mention((at, n.end()), "organization", "org", key, orig[at : n.end()], rank=2)


#: Currency words after a country or place that make it part of the currency's name.
_CURRENCY_WORDS: Final = frozenset(
    "dollar dollars dlr dlrs cent cents cts franc francs yen rupee rupees peso pesos crowns "
    "kroner kronor dinar dinars riyal riyals ringgit yuan rupiah shekel shekels rouble roubles "
    "ruble rubles".split()
)
_CURRENCY_AFTER_RE: Final = regex.compile(
    r"\s(?i:" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")(?![\p{L}\p{N}])"
)
#: The same words in bytes, to meet :attr:`TextView.words` (most texts hold none).
_CURRENCY_BYTES: Final = frozenset(w.encode() for w in _CURRENCY_WORDS)


def _names_currency(kind: ActorKind | None, norm: str, end: int) -> bool:
    """Whether a country or place mention that ends at ``end`` is the first word of a
    currency's name ("the US dollar", "13 mln U.S. dlrs"), as "Los Angeles" is of "Los
    Angeles Declaration": no mention of the country."""
    return kind in ("country", "place") and _CURRENCY_AFTER_RE.match(norm, end) is not None


#: An indefinite article right before a name.
_INDEFINITE_BEFORE_RE: Final = regex.compile(r"(?<![\p{L}])(?:a|an|A|An)\s++$")


def _kind_after_article(m: _Mention, norm: str) -> bool:
    """Whether a person's name right after "a" or "an" is a kind or a thing, no one: it
    has no title and opens with no given name or initial ("a New Yorker", "A Very Long
    Engagement", "a Subaru Impreza rally car"; not "a T. Boone Pickens investment fund"),
    and no role noun follows it ("A Freedom Mobile spokesperson": a body's)."""
    start, end = m[_SPAN]
    lead = m[_KEY].split(None, 1)[0]
    return (
        m[_TITLE] is None
        and lead not in FIRST_NAMES
        and not (len(lead) == 2 and lead[1] == ".")
        and _INDEFINITE_BEFORE_RE.search(norm, max(0, start - 4), start) is not None
        and not _voice_after(norm, end)
    )


def _mentions(
    runs: list[_Placed], mid_caps: set[str], view: TextView, memo: _Memo
) -> list[_Mention]:
    """The mentions the runs make, in text order, with titles from their context."""
    norm, orig = view.norm, view.original
    same = norm == orig
    out: list[_Mention] = []
    numbered_media = any(w in norm for w in _MEDIA_NUMBER_WORDS)  # most texts: none
    locals_ = "Local " in norm  # "UFCW Local 832": a union's branch by its number
    media_nouns = any(w in norm for w in _MEDIA_NOUN_WORDS)
    currencies = not _CURRENCY_BYTES.isdisjoint(view.words.words)
    for at, shape, initial in runs:
        toks = shape[0]
        if initial and toks[0][3] == "will" and len(toks) > 1 and _asks(norm, at):
            cut = toks[1][0]  # "Will Trump sign the bill?": the modal, no given name
            at += cut
            toks = tuple([(t[0] - cut, t[1] - cut, t[2], t[3]) for t in toks[1:]])
        if (
            media_nouns
            and norm.startswith(_MEDIA_FIRST_WORDS, at + toks[-1][1])  # (inline: most runs)
            and (outlet := _outlet(norm, orig, at, toks)) is not None
        ):
            out.append(outlet)  # "Vedomosti newspaper", "the China Daily newspaper"
            continue
        if numbered_media:
            last = at + toks[-1][1]
            if (
                norm.startswith(" ", last)
                and norm[last + 1 : last + 2].isdigit()
                and (numbered := _numbered_media(norm, orig, at, last)) is not None
            ):
                out.append(numbered)  # "BBC Radio 4", "Channel 4" (media.txt)
                continue
        if (
            locals_
            and len(toks) > 1
            and toks[-1][2] == "Local"
            and (n := _LOCAL_NUMBER_RE.match(norm, at + toks[-1][1])) is not None
        ):
            key = " ".join(fold(norm[at : n.end()]).split())
            out.append(_mention((at, n.end()), "organization", "org", key, orig[at : n.end()],
                                rank=2))  # fmt: skip
            continue  # "UFCW Local 832", "Teamsters Local 727": a union's branch
        if len(toks) == 1:
            _, end, text, key = toks[0]
            if (
                at >= 3
                and norm[at - 1] == "-"
                and norm[at - 3 : at] in ("al-", "el-")
                and (at == 3 or not norm[at - 4].isalnum())
                and (alkey := fold(norm[at - 3 : at + end])) in GOVERNMENT
            ):  # "al-Shabaab said": a name the lexicon knows with its lower-case article
                span = (at - 3, at + end)
                out.append(_mention(span, "organization", "org", alkey, orig[span[0] : span[1]],
                                    rank=2))  # fmt: skip
                continue
            facts = memo.lone.get(text, _UNSEEN)
            if facts is _UNSEEN:
                facts = memo.lone[text] = _lone_facts(text, key)
            if (
                at >= 4
                and norm[at - 4 : at] in ("the ", "The ")
                and "the " + key in MEDIA
                and (_speaks(norm, at + end) or norm.endswith("according to ", 0, at - 4))
            ):  # "the Hill reported": an outlet named with its "The" (media.txt)
                out.append(
                    ((at - 4, at + end), "organization", "org", "the " + key,
                     "The " + orig[at : at + end], None, 2, -1)
                )  # fmt: skip
                continue
            if facts is None:
                continue
            end += at
            if facts is _LATE:
                if (
                    initial
                    and key not in mid_caps
                    and (
                        (key.endswith(_VERB_ENDS) and key not in FIRST_NAMES)
                        or (
                            not _speaks(norm, end)
                            and not norm.startswith(_ACCUSED, end)
                            and not (
                                norm.startswith(", a", end)
                                and _INTRODUCED_RE.match(norm, end) is not None
                            )
                        )
                    )
                ):
                    continue  # a word opening a sentence, unless it speaks, is tried or
                    # introduced ("Yuni, a resident of Lampung in Sumatra, was watching"),
                    # and never a participle or adverb ("Addressing claims that ...")
                facts = (None, "single", key, 1)
            kind, how, key, rank = facts
            if currencies and _names_currency(kind, norm, end):
                continue  # "the US dollar", "Canadian dollars": a currency's name
            span = (at, end)
            m: _Mention = (span, kind, how, key, orig[at:end], None, rank, -1)
            if (kind == "person" or how == "single") and (
                (at > 2 and norm[at - 2].islower() and _role_may_end(norm, at - 1))
                or norm.startswith(_APPOSITIVE_OPENS, end)
            ):
                m = _with_context(m, view)  # a role noun before or an appositive after
            out.append(m)
            continue
        if (
            len(toks) > 2 and norm.endswith(" to ", 0, at) and _place_then_name(toks, norm, at)
        ) or (norm.endswith(_TOLD, 0, at) and _outlet_then_words(toks, norm, at)):
            # "ambassador to London | Woody Johnson": the place a role is held to, then
            # the one who holds it; "told Reuters | Taiwan would": the outlet told, then
            # the subject of what it was told
            place = norm[at : at + toks[0][1]]
            for start, stop, kind, how, key, name, title, rank in _classified(
                toks[:1], place, orig[at : at + toks[0][1]], False, False
            ):
                out.append(((at + start, at + stop), kind, how, key, name, title, rank, -1))
            cut = toks[1][0]
            at += cut
            toks = tuple([(t[0] - cut, t[1] - cut, t[2], t[3]) for t in toks[1:]])
        end = at + toks[-1][1]
        text = norm[at:end]
        # what of the run's place _classify weighs: a verb-like first word that opens
        # the sentence, and a comma after a run of capitals (a dateline)
        fresh = initial and toks[0][3].endswith(_VERB_ENDS) and toks[0][3] not in mid_caps
        comma = _is_caps_word(toks[-1][2]) and norm.startswith(",", end)
        surface = None if same or orig[at:end] == text else orig[at:end]
        ck = (text, surface, fresh, comma)
        found = memo.classified.get(ck)
        if found is None:
            found = memo.classified[ck] = _classified(toks, text, orig[at:end], fresh, comma)
        for start, stop, kind, how, key, name, title, rank in found:
            start += at
            stop += at
            span = (start, stop)
            m = (span, kind, how, key, name, title, rank, -1)
            if (kind == "person" or how == "single") and (
                (title is not None and norm[max(0, start - 7) : start].lower() == "former ")
                or (
                    title is None
                    and start > 2
                    and norm[start - 2].islower()
                    and _role_may_end(norm, start - 1)
                )
                or norm.startswith(_APPOSITIVE_OPENS, stop)
            ):
                m = _with_context(m, view)
            elif currencies and _names_currency(kind, norm, stop):
                continue  # "13 mln U.S. dlrs", "Hong Kong dollars": a currency's name
            elif (
                kind == "organization"
                and norm.startswith(" union", stop)
                and not norm[stop + 6 : stop + 7].isalpha()
            ):
                m = _replaced(m, how="union")  # "Public and Commercial Services union
                # members": "the union" names it
            out.append(m)
    if "'s " in norm and _AND_OWNER_ANY_RE.search(norm) is not None:
        out = _and_possessive_companies(out, norm, orig)
    if _FIELD_LIST_ANY_RE.search(norm) is not None:
        out = _field_lists(out, norm, orig)
    return out


#: What may stand before an outlet that is told something.
_TOLD: Final = ("told ", "told the ")
#: The first two words of the outlets' names of more words ("bbc news", "bbc radio").
_MEDIA_STARTS: Final = frozenset(" ".join(k.split()[:2]) for k in MEDIA if " " in k)


def _outlet_then_words(toks: tuple[_Tok, ...], norm: str, at: int) -> bool:
    """True when a run after "told" at ``at`` is an outlet of one word and then the
    subject of a clause, which a verb follows ("told Reuters | Taiwan would", "told the
    BBC | Liverpool were", "told Reuters | MITI asked"; not "told the BBC News website",
    "told BBC Sport Wales he")."""
    return (
        len(toks) > 1
        and toks[0][3] in MEDIA
        and f"{toks[0][3]} {toks[1][3]}" not in _MEDIA_STARTS
        and (
            _CLAUSE_VERB_RE.match(norm, at + toks[-1][1]) is not None
            or (len(toks) == 2 and norm.startswith("'s ", at + toks[-1][1]))  # "told Reuters
            # | Trump's retweets" (not "told the BBC World Service's ...")
        )
    )


#: A verb after a name: an auxiliary or a word in -ed or -s ("Taiwan would", "MITI asked").
_CLAUSE_VERB_RE: Final = regex.compile(" " + VERB_AFTER_NAME)


def _place_then_name(toks: tuple[_Tok, ...], norm: str, at: int) -> bool:
    """True when a run after "to" is a country or place and then a name of two words or
    more ("ambassador to London Woody Johnson", "Ambassador to Peking Octavio Valerio"),
    not an organisation's name that opens with a place ("to London Stock Exchange")."""
    key = toks[0][3]
    country = COUNTRIES.get(key)
    if key in FIRST_NAMES or not (
        key in PLACES or (country is not None and country[1] != "demonym")
    ):
        return False  # (a country by its name or abbreviation, not its people's adjective)
    return (
        norm[at + toks[0][1] : at + toks[1][0]] == " "
        and toks[-1][2] not in ORG_HEADS
        and toks[1][3] not in ORG_LEADS
        and not _is_caps_word(toks[1][2])
        and all(t[3] not in TITLES and t[3].rstrip(".") not in TITLES for t in toks[1:])
        and not _lexicon_key(fold(norm[at : at + toks[-1][1]]))
        and not _lexicon_key(" ".join(fold(norm[at + toks[1][0] : at + toks[-1][1]]).split()))
    )  # (not "to U.S. President Donald Trump", whose title the country qualifies, nor "to
    # U.S. Customs and Border Protection")


def _outlet(norm: str, orig: str, at: int, toks: tuple[_Tok, ...]) -> _Mention | None:
    """The news outlet a run at ``at`` names when a media noun follows it ("Tass news
    agency", "Le Figaro newspaper", "the China Daily newspaper"), unless it is a place or a
    country ("a Moscow newspaper", "a Saudi newspaper")."""
    end = at + toks[-1][1]
    if (media := _MEDIA_AFTER_RE.match(norm, end)) is None:
        return None
    if _NAMED_AFTER_RE.match(norm, media.end()):
        return None  # "Satellite broadcaster BSkyB", "The Basque newspaper Gara": the
        # words before describe the outlet named after them
    key = " ".join(fold(norm[at:end]).split())
    if key in COUNTRIES or key in PLACES or key in _MEDIA_KINDS:
        return None  # "a TV broadcaster formerly known as Gannett"
    return _replaced(_org((at, end), tuple(map(_as_token, toks)), orig[at:end]), how="outlet")


def _asks(norm: str, at: int) -> bool:
    """True when the sentence that opens at ``at`` ends with a question mark within 160
    characters."""
    q = norm.find("?", at, at + 160)
    if q < 0:
        return False
    stop = norm.find(".", at, q)
    return stop < 0 and norm.find("\n", at, q) < 0


def _and_possessive_companies(out: list[_Mention], norm: str, orig: str) -> list[_Mention]:
    """Join "Standard and | Poor's Corp" into one company: a word, "and", and a
    possessive before a company suffix name one company, not two ("Ford and Chrysler
    Corp" names two and stays so)."""
    result: list[_Mention] = []
    for m in out:
        s, e = m[_SPAN]
        if (
            m[_KIND] == "organization"
            and "'s " in norm[s:e]  # the common case: no possessive, no search
            and (a := _AND_OWNER_RE.search(norm, max(0, s - 40), e)) is not None
            and a.start("b") == s
        ):
            start = a.start()
            while result and result[-1][_SPAN][1] > start:
                result.pop()  # "Standard" alone
            key = fold(norm[start : a.end("b")])
            m = _mention((start, e), "organization", "org", key, orig[start:e], rank=2)
        result.append(m)
    return result


def _field_lists(out: list[_Mention], norm: str, orig: str) -> list[_Mention]:
    """Join a body named for a list of fields into one mention: "Department for Culture |
    , Media and Sport", "Bureau of Alcohol | , Tobacco, Firearms and Explosives". A name
    reads no comma, so it stops at the first field and the rest made mentions of their
    own ("Sport" said ...). The list ends before a given name ("Minister for Children,
    Young People and Families | Margaret Hodge"); an item that is a country, holds a
    given name or ends in a public body's head ("..., Foreign Office and ...") names
    another actor, and the mentions stay as they are."""
    result: list[_Mention] = []
    stop = -1  #: mentions before here are inside a joined list
    for m in out:
        s, e = m[_SPAN]
        if s < stop:
            continue
        if (
            m[_HOW] in ("org", "office")
            and norm.startswith(", ", e)
            and _FIELD_HEAD_RE.search(norm, s, e) is not None
            and (tail := _FIELD_LIST_RE.match(norm, e)) is not None
            and (end := _fields_end(tail)) > e
        ):
            words = [fold(w) for w in _WORD_RE.findall(norm, e, end) if w != "and"]
            key = " ".join((m[_KEY], *words))
            m = _mention((s, end), m[_KIND], m[_HOW], key, orig[s:end], m[_TITLE], m[_RANK])
            stop = end
        result.append(m)
    return result


def _fields_end(tail: regex.Match[str]) -> int:
    """Where the list of fields ``tail`` (a :data:`_FIELD_LIST_RE` match) ends, or -1
    when an item names an actor of its own."""
    items = tail.captures("f")
    starts = tail.starts("f")
    end = tail.end()
    for i, (item, at) in enumerate(zip(items, starts, strict=True)):
        words = item.split(" ")
        if any(fold(w) in FIRST_NAMES for w in words):
            if i < len(items) - 1 or fold(words[0]) in FIRST_NAMES:
                return -1
            end = at + len(words[0])  # "... and Families Margaret | Hodge"
        if fold(item) in COUNTRIES or words[-1] in _PUBLIC_HEADS:
            return -1
    return end


#: A body named for its fields, as a name reads it up to the first comma: a head, "of"
#: or "for", and one or two capitalised words ("Department for Culture", "Ministry of
#: Trade", "Bureau of Alcohol", "Minister for Children").
_FIELD_HEADS: Final = frozenset(
    """Department Ministry Office Bureau Minister Secretary Centre Center Institute Academy
    Administration Agency Commission Committee Council Authority""".split()
)
_FIELD_HEAD_RE: Final = regex.compile(
    r"\b\L<heads>\ (?:of|for)\ (?:the\ )?+\p{Lu}\p{Ll}++(?:\ \p{Lu}\p{Ll}++)?+\Z",
    heads=_FIELD_HEADS,
)
#: Whether a text may hold such a list: its last item before "and" (", Media and S"). A
#: quick check (``re``, about 5 microseconds a text) that lets most texts pass by.
_FIELD_LIST_ANY_RE: Final = re.compile(r", [^\W\d_a-z]\w*(?: [^\W\d_a-z]\w*)?,? and [^\W\d_a-z]")
#: The rest of the list after the name's end: ", Media and Sport", ", Tobacco, Firearms
#: and Explosives", ", Food and Rural Affairs"; each item (group ``f``) one or two
#: capitalised words.
_FIELD_LIST_RE: Final = regex.compile(
    r"(?:,\ (?P<f>\p{Lu}\p{Ll}++(?:\ \p{Lu}\p{Ll}++)?+))++,?+\ and"
    r"\ (?P<f>\p{Lu}\p{Ll}++(?:\ \p{Lu}\p{Ll}++)?+)"
)
#: "Standard and Poor's Corp": a capitalised word, "and", and a possessive name with a
#: company suffix (group ``b`` from the possessive on).
_AND_OWNER_ANY_RE: Final = regex.compile(
    r"\ and\ \p{Lu}[\p{L}-]*+'s\ \L<suffixes>\b", suffixes=_SUFFIX_WORDS
)
_AND_OWNER_RE: Final = regex.compile(
    r"\p{Lu}[\p{L}-]*+\ and\ (?P<b>\p{Lu}[\p{L}-]*+'s)\ \L<suffixes>\.?+\Z",
    suffixes=_SUFFIX_WORDS,
)


#: How the mentions are made that join an actor after the named ones (see find_actors).
_LATER: Final = frozenset(("acronym", "demonym", "single", "office", "surname"))
#: Endings of a first word that may be a verb opening the sentence ("Questioning").
_VERB_ENDS: Final = ("ing", "ly", "ed")


# -- speakers named by a description --------------------------------------------

#: The last (after a hyphen) word of every head :data:`SUBJECT_RE` reads: a window
#: whose case-folded text has none of them as a word holds no described subject
#: (case folding maps the few other letters that match them, "K" and "ſ", to theirs).
_HEAD_WORDS: Final = frozenset(h.rpartition("-")[2] for h in ROLE_NOUNS | GROUP_NOUNS)
_NOT_LOWER_RE: Final = re.compile(r"[^a-z]+")
#: The same in bytes, for ASCII text (:attr:`TextView.words`).
_HEAD_BYTES: Final = frozenset(h.encode() for h in _HEAD_WORDS if h.isascii())


class _Named:
    """Where the named mentions start and end, worked out when first asked."""

    __slots__ = ("_ends", "_starts", "clusters")

    def __init__(self, clusters: list[_Cluster]) -> None:
        self.clusters = clusters
        self._ends: dict[int, int] | None = None
        self._starts: set[int] | None = None

    def ends(self) -> dict[int, int]:
        """Where the named mentions end, each with where one that ends there starts."""
        if self._ends is None:
            self._ends = {e: s for c in self.clusters for s, e in c.spans}
        return self._ends

    def starts(self) -> set[int]:
        if self._starts is None:
            self._starts = {s for c in self.clusters for s, _ in c.spans}
        return self._starts


#: The last words of the heads :data:`SUBJECT_RE` reads (after a hyphen), lower-cased.
_HEAD_LAST: Final = frozenset(h.lower().rpartition("-")[2] for h in ROLE_NOUNS | GROUP_NOUNS)
_ASCII_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _subject_may_end(norm: str, lo: int, end: int) -> int:
    """0 when :data:`SUBJECT_RE` cannot match in ``[lo, end)``: what it reads ends in
    spaces (a comma before them), and before those a head noun, the capitalised last word
    of a tail ("for Amtrak"), or an aside after a comma, whose head or tail ends at the
    comma. A quick look at the word before the spaces and at the one before the last
    comma tells most windows from the pattern's matches. :data:`_INDEFINITE` when no
    head or capitalised tail ends there but a tail with an indefinite body may
    (:func:`subject_indefinite_re`, which reads the rest too, must read it); else 1."""
    e = end
    while e > lo and norm[e - 1] in " \n":  # "\s" in norm
        e -= 1
    if e == end:
        return 0
    if e > lo and norm[e - 1] == ",":
        e -= 1
    if _head_or_tail_ends(norm, lo, e):
        return 1
    for det in _INDEFINITES:
        at = norm.rfind(det, max(lo, e - 60), e)
        if at > lo and norm.endswith(_INDEFINITE_TAIL_OPENS, lo, at):
            return _INDEFINITE  # "a dealer at another bank", "a delegate from one of the
            # eight"
    the = norm.rfind(" the ", max(lo, e - 40), e)
    if the > lo and norm.endswith(_LOWER_TAIL_OPENS, lo, the):
        return 1  # a tail in lower case: "a spokesperson for the camp"
    comma = norm.rfind(",", lo, e)
    return 1 if comma > lo and _head_or_tail_ends(norm, lo, comma) else 0


#: Role and group nouns: the owners that describe whom one speaks for ("the rapper's
#: spokesman", "the council's spokesperson"; see :func:`_description`).
_ROLE_OR_GROUP: Final = ROLE_NOUNS | GROUP_NOUNS
#: "his office", "the prime minister's office" before a speech verb (an office named by a
#: role in lower case, "the" not included; the role is checked in code).
_OWN_OFFICE_RE: Final = regex.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?<=\b[Tt]he\ )(?:\p{Ll}++\ )?+(?P<role>\p{Ll}++)'s)"
    r" office(?= \Z)"
)
#: How far before a verb the " in" of a place may stand ("in the United Arab Emirates").
_PLACE_REACH: Final = 40
#: The prepositions that open a tail in lower case (before " the ").
_LOWER_TAIL_OPENS: Final = (" for", " at", " with", " from", " of")
#: The indefinite determiners of a tail, and the prepositions before them.
_INDEFINITES: Final = (" a ", " an ", " one ", " another ")
_INDEFINITE_TAIL_OPENS: Final = (" for", " at", " from")
#: What :func:`_subject_may_end` returns when only an indefinite tail may end there.
_INDEFINITE: Final = 2


def _head_or_tail_ends(norm: str, lo: int, at: int) -> bool:
    """Whether a head noun or a tail's capitalised word may end at ``at``."""
    space = max(norm.rfind(" ", lo, at), norm.rfind("\n", lo, at))
    word = norm[space + 1 if space >= 0 else lo : at]
    if not word:
        return False
    if not word.isascii() or "A" <= word[0] <= "Z":
        return True  # (?i) folds some letters beyond ASCII; a capital may end a tail
    return word[len(word.rstrip(_ASCII_LETTERS)) :].lower() in _HEAD_LAST


#: Whether a non-ASCII character is one that :func:`_plain_letters` allows, by character.
_PLAIN_CHARS: Final[dict[str, bool]] = {}
_ASCII_LETTER_RE: Final = re.compile(r"[a-z]")


def _plain_letters(norm: str) -> bool:
    """True when the words of any stretch of ``norm``, case-folded, in ASCII letters, are
    those of :attr:`Words.letters` there: no character beyond ASCII lowers or case-folds
    to an ASCII letter ("£", "—" and "é" may stand, "ß" and the kelvin sign may not)."""
    return _every_non_ascii(norm, _PLAIN_CHARS, _folds_to_no_ascii_letter)


def _folds_to_no_ascii_letter(char: str) -> bool:
    return _ASCII_LETTER_RE.search(char.casefold() + char.lower()) is None


def _description(
    view: TextView,
    starts: list[int],
    verb_at: int,
    named: _Named,
    source_at: int = -1,
    plain: bool = False,
) -> _Mention | None:
    """The described subject of the speech verb at ``verb_at``, if any; or, with
    ``source_at``, the source "according to" names from there to ``verb_at``. ``plain``:
    the text's words are those of :attr:`TextView.words` (see :func:`_plain_letters`)."""
    norm = view.norm
    i = bisect.bisect_right(starts, verb_at) - 1
    if i < 0 or view.sentences[i].end <= verb_at:
        return None  # in boilerplate
    sentence = view.sentences[i]
    place = None
    end = verb_at  #: where the subject's window ends: the verb, or the place before it
    if source_at >= 0:
        m = SOURCE_RE.search(norm, source_at, verb_at)
    else:
        lo = max(sentence.start, verb_at - 200)
        if (
            norm.endswith(" office ", 0, verb_at)
            and (own := _OWN_OFFICE_RE.search(norm, max(lo, verb_at - 40), verb_at))
            and (own["role"] is None or own["role"] in ROLE_NOUNS)
        ):
            # "his office said", "her office told the National Post", "the prime
            # minister's office said": the office of whom the pronoun or role stands for,
            # a body of its own (a person's words are his)
            name = view.original[own.start() : own.end()]
            return _mention(
                own.span(), "organization", "definite", fold(name), name, head_end=own.end()
            )
        at = norm.rfind(" in ", max(lo, verb_at - _PLACE_REACH), verb_at)
        if at > lo and (place := PLACE_RE.fullmatch(norm, at, verb_at)) is not None:
            end = at + 1  # "A British naval source in the Gulf | said": the subject
            # ends before where it is
        words = view.words
        if plain:  # ASCII text, or nearly: its words, lower-cased, are already at hand
            nouns = not _HEAD_BYTES.isdisjoint(words.letters[lo:end].split())
        else:
            nouns = not _HEAD_WORDS.isdisjoint(_NOT_LOWER_RE.split(norm[lo:end].casefold()))
        if not nouns:
            m = None  # the common case: no role or group noun, so no subject to read
        elif FAMILIAR_CUE_RE.search(norm, lo, end) is not None:
            m = FAMILIAR_RE.search(norm, lo, end)
        elif may := _subject_may_end(norm, lo, end):
            pattern = subject_indefinite_re() if may == _INDEFINITE else SUBJECT_RE
            m = pattern.search(norm, lo, end)
        else:
            m = None  # no head, tail or aside ends before the verb
    if (
        m is None
        and source_at < 0
        and place is None  # (no subject before a place: "While in the US drivers tend ...,
        # in Europe demand for ...")
        and (norm.startswith(_PARTICIPLES, verb_at) or norm.endswith(" and ", 0, verb_at))
    ):
        # "Tube workers walked out last week demanding ...", "Authorities described ...
        # and said": the subject opens the sentence
        opens = sentence.start
        while opens < verb_at and norm[opens] in "\"'([- ":
            opens += 1
        dash = norm.find(" - ", opens, min(verb_at, opens + 40))
        if dash >= 0:  # after a dateline: "MADRID, March 17 - Hundreds of farmers"
            opens = dash + 3
        first = INITIAL_GROUP_RE.match(norm, opens, verb_at)
        if first is not None:
            m = SUBJECT_RE.search(norm, opens, first.end() + 1)
    if m is None:
        return None
    if (
        norm.startswith("demand", verb_at)
        and not norm.startswith("demands", verb_at)
        and not m["head"].endswith("s")
        and not m["tail"]
    ):
        return None  # "strong investor demand": a noun, no one who demands
    if m["head"][:1].isupper() and norm.endswith(" of ", 0, m.start("head")):
        return None  # "the Joint Chiefs of Staff": the end of a name
    # modifiers: the words before the head, right to left, up to a stop word
    name_start = m.start("head")
    det = stop = ""
    pre = list(_WORD_RE.finditer(norm, m.start("pre"), m.end("pre")))
    for k in range(len(pre) - 1, -1, -1):
        w = pre[k]
        low = w.group().lower()
        if low in DETERMINERS:
            det = low
            break
        if (
            low.endswith("'s")
            and k >= 1
            and w.group()[:1].islower()
            and (
                pre[k - 1].group().lower() == "the"
                or (k >= 2 and pre[k - 2].group().lower() == "the" and pre[k - 1].group().islower())
            )
            and low[:-2] in _ROLE_OR_GROUP
        ):
            # "the rapper's spokesman", "the council's spokesperson": one described by
            # whom they work for, the owner a role (named elsewhere, or not)
            name_start = pre[k - 1].start() if pre[k - 1].group().lower() != "the" else w.start()
            det = "the"
            break
        if low.endswith("'s") and w.group()[:1].isupper():
            name_start = w.start()  # "Morrison's lawyer": a person of its own
            while k > 0 and pre[k - 1].group()[:1].isupper() and pre[k - 1].end() + 1 == w.start():
                k -= 1  # "LG Card's creditors": the whole name owns them
                w = pre[k]
                low = w.group().lower()
                if low in DETERMINERS or low in OPENERS or low in TITLES:
                    break  # "Mr Blair's spokesman": the title is no part of the name
                name_start = w.start()
            break
        if low in STOP_MODS or low.endswith("'s") or (low in PAST_TENSES and low == w.group()):
            stop = low
            break
        name_start = w.start()
    if stop and (whole := named.ends().get(m.start("head") - 1)) is not None and whole < name_start:
        # "A Department of Health spokesman", "a Department for Education and Skills
        # spokeswoman": the whole name before the head, not its last words
        name_start, stop = whole, ""
        d = _DET_BEFORE_RE.search(norm, max(0, whole - 5), whole)
        det = d.group(1).lower() if d is not None else ""
    np_start = name_start if not det else name_start - len(det) - 1
    name_end = m.end("tail") if m["tail"] else m.end("head")
    if place is not None and (
        place["comma"]
        or (
            not det
            and not norm.endswith(", ", 0, np_start)
            and norm[sentence.start : np_start].strip(" \"'(") != ""
        )
    ):
        return None  # "accused of killing eight people in New York said": a place after
        # a bare noun inside a phrase is no speaker's ("Officials in Brussels said" is);
        # nor one set off by commas, in apposition to a name ("Robert Jackson, 58, MP for
        # Wantage in Oxfordshire, said")
    if stop in ("which", "who") and norm.startswith(",", name_end):
        return None  # "iDefence, which notified users of the problem, recommended": an object
    if (
        norm[max(0, np_start - 2) : np_start] == ", "
        and (np_start - 2) in named.ends()
        and (det or m["head"].lower() not in GROUP_NOUNS)
        and not _LEADING_PHRASE_RE.fullmatch(norm, sentence.start, np_start)
        and (
            source_at >= 0
            or "," in norm[name_end:verb_at]
            or not _inside_clause(norm, sentence.start, named.ends()[np_start - 2])
        )
    ):
        return None  # an appositive: "Luke Popovich, a spokesman for the NMA, said", "John
        # Connors, Microsoft's chief financial officer said" (not a long clause that ends
        # in a name: "... the battered economy of Puerto Rico, a senior White House
        # official said")
        # (not after a leading phrase: "In Sri Lanka, some economists have said")
        # (a bare group speaks: "a note from Goldman Sachs Inc, traders said")
    if m["aside"] and (m.start("aside") + 2) in named.starts():
        return None  # "Carlineo's attorney, Sonya Zoghlin, said": the name speaks
    head = m["head"].lower()
    if head in GROUP_NOUNS and det in ("a", "an", "one", "another", "this", "that"):
        det, name_start, np_start = "", m.start("head"), m.start("head")  # "a move ministers say"
    if det in ("his", "her", "their", "its"):
        name_start = np_start  # "his lawyer": the determiner is all there is
    name = view.original[name_start:name_end]
    if "<" in name:  # "a spokesman for <Nomura International>": Reuters's marks, no words
        name = name.replace("<", "").replace(">", "")
    span = (np_start, name_end)
    kind: ActorKind = "group" if head in GROUP_NOUNS else "person"
    if kind == "person" and not det and name.lower() == head.lower():
        return None  # "chairman said" without a determiner: part of a name around it
    definite = det in ("the", "this", "that", "his", "her", "its", "their")
    how = "definite" if definite else "desc"
    return _mention(span, kind, how, fold(name), name, head, rank=0, head_end=m.end("head"))


#: A determiner right before a name ("a " of "a Department of Health spokesman").
_DET_BEFORE_RE: Final = regex.compile(r"(?:^|(?<=\s))([Aa]n?|[Tt]he) \Z")


def _inside_clause(norm: str, lo: int, at: int, depth: int = 0) -> bool:
    """True when the name that starts at ``at`` stands inside a clause, after a lower-case
    word ("... the battered economy of Puerto Rico"), not at its sentence's or clause's
    start, after a comma or a closing quote ("..., Alan Milburn, Labour's ...")."""
    before = norm[max(lo, at - 3) : at].rstrip()
    if before.endswith(",") and at - 3 > lo and depth < 2:
        comma = at - 2 if norm[at - 2] == "," else norm.rfind(",", max(lo, at - 4), at)
        near = max(lo, comma - 40)  # (bounded looks: a word, a place's name)
        word_at = max(norm.rfind(" ", near, comma), norm.rfind("\n", near, comma), near - 1) + 1
        word = norm[word_at:comma]
        if word[:1].isupper():  # "died at his home in Malibu, California, a spokesman
            first = word_at  # said": a place after a place inside the clause
            for _ in range(4):  # a place's name of five words at most (a bounded look)
                if not (first - 2 > lo and norm[first - 1] == " " and norm[first - 2].isalpha()):
                    break
                prev = max(norm.rfind(" ", max(lo, first - 40), first - 1), first - 41) + 1
                if not norm[prev : prev + 1].isupper():
                    break
                first = prev
            return _inside_clause(norm, lo, first, depth + 1)
        return word in _APPOSED_NOUNS  # "another shipping firm, Navigator Holdings, a
        # Trump administration official said": the noun's appositive, inside the clause
    return bool(before) and before[-1].isalpha() and before[-1].islower()


#: Nouns a name stands in apposition to ("another shipping firm, Navigator Holdings").
_APPOSED_NOUNS: Final = (
    _ORG_WORDS
    | GROUP_NOUNS
    | ROLE_NOUNS
    | frozenset("company subsidiary unit affiliate rival partner".split())
)


#: A phrase that opens a sentence and ends with a comma: "In Sri Lanka, ".
_LEADING_PHRASE_RE: Final = regex.compile(
    r"""[\s"'(]*+(?:In|At|On|For|From|After|Before|Across|Outside|Inside|Throughout|Within
                   |Like|Unlike|Besides|Beyond|Elsewhere\ in)\ [^,.;:!?"\n]{1,80}+,\ """,
    regex.VERBOSE,
)


# -- clustering -------------------------------------------------------------------


def _loose(key: str, memo: dict[str, str]) -> str:
    """A surname key that forgives doubled letters ("Zelenskyy" = "Zelensky")."""
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _DOUBLED_RE.sub(r"\1", key) if _DOUBLED_RE.search(key) else key
    return hit


#: The most words of an organisation's name kept as a head or a tail it can be named by
#: ("Merrill Lynch" of "Merrill Lynch Capital Partners"): no longer part names a body in
#: the corpus, and a run of 16 capitalised words would otherwise add 30 entries.
_MAX_PART: Final = 6


class _Clusterer:
    def __init__(self, memo: _Memo) -> None:
        self.loose = memo.loose
        self.clusters: list[_Cluster] = []
        self.by_key: dict[tuple[str, str], _Cluster] = {}
        self.surnames: dict[str, list[_Cluster]] = {}
        self.org_words: dict[str, list[_Cluster]] = {}
        self.org_last: dict[str, list[_Cluster]] = {}
        #: proper prefixes and suffixes of organisations' tokens, joined by a space -> the
        #: first one (strings, which the garbage collector does not track: a long text
        #: makes many)
        self.org_heads: dict[str, _Cluster] = {}
        self.org_tails: dict[str, _Cluster] = {}
        self.first_names: dict[str, list[_Cluster]] = {}
        self.acronyms: dict[str, _Cluster] = {}
        #: :func:`_common_word`'s answers: a word -> whether the text writes it in lower
        #: case; whether the text writes names in lower case (None: not read yet)
        self.lower_seen: dict[str, bool] = {}
        self.lowered: bool | None = None

    def new(self, kind: ActorKind, key: str, tokens: tuple[str, ...] = ()) -> _Cluster:
        c = _Cluster(kind, key, tokens)
        self.clusters.append(c)
        self.by_key[(kind, key)] = c
        return c

    def surname_bearers(self, key: str) -> list[_Cluster]:
        """The people whose surname a lone word's ``key`` is ("Obrador", "King")."""
        return self.surnames.get(self.loose.get(key) or _loose(key, self.loose), [])

    def person(self, m: _Mention, orig: str) -> None:
        gen = _generation(m[_NAME])
        key = f"{m[_KEY]} {gen}" if gen else m[_KEY]
        c = self.by_key.get(("person", key))
        if c is None:
            toks = tuple(m[_KEY].split())
            surname = self.loose.get(toks[-1]) or _loose(toks[-1], self.loose)
            kin = None
            for cand in _of_generation(self.surnames.get(surname, []), gen):
                ct = cand.tokens
                if cand.generation != gen and ct == toks:
                    kin = cand  # "Donald Trump" is not "Donald Trump Jr.": father and son
                    continue
                if (
                    ct[-len(toks) :] == toks
                    or (ct[0] == toks[0] and ct[-1] == toks[-1])
                    or (len(toks) == 2 and toks[0] in _LOWER_PARTICLES and ct[-1] == toks[-1])
                ):  # "De Clercq" (its particle capitalised: a key word) = "Willy de Clercq"
                    c = cand
                    break
        if c is None:
            c = self.new("person", key, toks)
            c.generation = gen
            if kin is not None:
                c.kin = kin.kin = True
            self.surnames.setdefault(surname, []).append(c)
            if len(toks) > 2:  # "López Obrador" as a surname of its own
                self.surnames.setdefault(_loose(" ".join(toks[-2:]), self.loose), []).append(c)
            first = FIRST_NAMES.get(toks[0])
            if first and (len(toks) > 1 or toks[0] not in SURNAMES_TOO):
                c.gender = first  # not from "Warren" alone: a surname as often as not
            if len(toks) > 1:
                self.first_names.setdefault(toks[0], []).append(c)
        self._add(c, m, orig)

    def org(self, m: _Mention, orig: str) -> None:
        key = m[_KEY].removeprefix("the ")
        # "the Fed": the Federal Reserve; "S and P" (whose key drops the "and"): Standard
        # and Poor's
        key = SHORT_FORMS.get(key) or SHORT_FORMS.get(fold(m[_NAME]), key)
        if key.startswith(("al-", "el-")):
            key = f"{key[:2]} {key[3:]}"  # "al-Qaeda" is "Al Qaeda"
        c = self.by_key.get(("organization", key))
        if c is None and (m[_HOW] == "acronym" or _is_caps_word(m[_NAME])):
            c = self.acronyms.get(key)  # "EPA" after "Environmental Protection Agency"
            if c is None and m[_HOW] == "acronym" and m[_RANK] >= 0:
                return  # an unknown acronym: not an actor on its own
        if c is None:
            c = self._suffix_of(key)
        if c is None and " " not in key and " and " in m[_NAME]:
            c = self.org_tails.get(key)  # "Stearns and Co" (of "Bear, Stearns and Co")
        if c is None and key in MEDIA and " " not in key:
            c = self.org_tails.get(key)  # "the Times" after "The New York Times"
        if (
            c is None
            and " " in key
            and (
                key in COMPANIES
                or (
                    key.split(None, 1)[0] in ORG_LEADS
                    and m[_NAME].rsplit(None, 1)[-1] not in ORG_HEADS
                )
            )
        ):
            # "Merrill Lynch" after "Merrill Lynch Capital Partners", "Nippon Life" after
            # "Nippon Life Insurance Co" (not "Deutsche Bank" after "Deutsche Bank Finance NV")
            c = self.org_prefix(key)
        if c is None:
            toks = tuple(key.split())
            c = self.new("organization", key, toks)
            self.org_words.setdefault(toks[0], []).append(c)
            if len(toks) > 1 and (_INITIALS_KEY_RE.fullmatch(toks[0]) or toks[0] == "first"):
                # "Viner" = "E.A. Viner Holdings Ltd": its first word after the initials;
                # "Interstate" = "First Interstate Bancorp" ("First" is trimmed before a verb)
                self.org_words.setdefault(toks[1], []).append(c)
            self.org_last.setdefault(toks[-1], []).append(c)
            stem = len(toks)
            while stem > 1 and toks[stem - 1].rstrip(".") in _AND_SUFFIX_KEYS:
                stem -= 1
            if stem < len(toks):  # "Montagu" = "Samuel Montagu and Co Ltd"
                self.org_last.setdefault(toks[stem - 1], []).append(c)
            spaced = " ".join(toks)
            at = spaced.find(" ")
            words = 1  #: words before ``at``
            while at >= 0:
                if words <= _MAX_PART:
                    self.org_heads.setdefault(spaced[:at], c)
                if len(toks) - words <= _MAX_PART:
                    self.org_tails.setdefault(spaced[at + 1 :], c)
                at = spaced.find(" ", at + 1)
                words += 1
            initials = "".join(w[0] for w in m[_NAME].split() if w[:1].isupper())
            for i in range(len(initials) - 1):  # "White House NSC": WHNSC, HNSC, NSC
                if len(initials) - i >= 2 + (i > 0):
                    self.acronyms.setdefault(initials[i:].casefold(), c)
            last = toks[-1].rstrip(".")
            if last == "administration" and len(toks) > 2:
                last = "agency"  # "the Energy Information Administration": an agency, not
                # "the administration" (as "the Reagan Administration" is)
            c.add_heads(last)
            if " of " in m[_NAME] or " for " in m[_NAME] or " on " in m[_NAME]:
                for w, nxt in pairwise(m[_NAME].split()):  # "Institute on Taxation": an
                    if nxt in ("of", "for", "on") and (w := fold(w)) in _TYPED:  # institute
                        c.add_heads(w)
            if toks[-1] == "workers":
                c.add_heads("union")  # "United Auto Workers": "the union"
        if m[_HOW] == "outlet":
            c.add_heads("outlet")  # "Time magazine": no untyped firm ("the bank")
        elif m[_HOW] == "party":
            c.add_heads("party")  # "Republicans": a party, no untyped "institute"
        elif m[_HOW] == "union":
            c.add_heads("union")
        self._add(c, m, orig)

    def org_prefix(self, key: str) -> _Cluster | None:
        """An organisation whose name starts with ``key`` ("Mark IV" = "Mark IV Industries")."""
        return self.org_heads.get(" ".join(key.split()))

    def _suffix_of(self, key: str) -> _Cluster | None:
        """An organisation whose name ends with ``key`` ("House Intelligence Committee")."""
        toks = key.split()
        return self.org_tails.get(" ".join(toks)) if len(toks) > 1 else None

    def _add(self, c: _Cluster, m: _Mention, orig: str) -> None:
        span = m[_SPAN]
        c.spans.append(span)
        c.forms[(m[_RANK], m[_NAME], orig[span[0] : span[1]])] = None
        if m[_RANK] > 1 and c.named is not None:
            bisect.insort(c.named, span[0])
        if m[_TITLE]:
            if c.title is None:
                c.title = m[_TITLE]
            self._title_facts(c, m[_TITLE])

    def _title_facts(self, c: _Cluster, title: str) -> None:
        words = [fold(w) for w in title.split()]
        for i, w in enumerate(words):
            bare = w.rstrip(".")
            if w in _MALE_WORDS or bare in _MALE_WORDS:
                c.gender = c.gender or "m"
            elif w in _FEMALE_WORDS or bare in _FEMALE_WORDS:
                c.gender = c.gender or "f"
            if w in COUNTRIES and not c.country:
                c.country = COUNTRIES[w][0]
            c.add_heads(bare, _ROLE_CLASS.get(bare, bare))
            if i and words[i - 1] in ("prime", "vice"):
                pair = f"{words[i - 1]} {bare}"
                c.add_heads(pair, _ROLE_CLASS.get(pair, pair))
                if i > 1 and words[i - 2] in _QUALIFIERS:  # "deputy prime minister"
                    c.add_heads(f"{words[i - 2]} {pair}", f"{_QUALIFIED}{pair}")
            if i and words[i - 1] in _QUALIFIERS:
                # "shadow chancellor Oliver Letwin" is "the shadow chancellor", not "the
                # chancellor": the head only with its qualifier (:func:`_unqualified`)
                c.add_heads(f"{words[i - 1]} {bare}", f"{_QUALIFIED}{bare}")


def _nearest(people: list[_Cluster], pos: int) -> _Cluster:
    """Of people sharing a surname, the one named last before ``pos`` (else the first)."""
    if len(people) == 1:
        return people[0]
    best, best_at = people[0], -1
    for c in people:
        named = c.named or []
        i = bisect.bisect_left(named, pos)
        if i and named[i - 1] > best_at:
            best, best_at = c, named[i - 1]
    return best


def _generation(name: str) -> str:
    """The generational suffix that ends a person's name, folded ("Donald Trump Jr." ->
    "jr", "John Conyers III" -> "iii"), else ""."""
    last = name.rsplit(None, 1)[-1].rstrip(".").lower()
    if last not in _NAME_SUFFIXES or " " not in name:
        return ""
    return _GENERATIONS.get(last, last)


#: Spellings of one generational suffix ("Jnr" is "Jr").
_GENERATIONS: Final = {"jnr": "jr", "snr": "sr"}


def _of_generation(people: list[_Cluster], gen: str, age: str = "") -> list[_Cluster]:
    """Of people sharing a surname, when two of them share a name but for its suffix,
    those whose name has the suffix ``gen`` ("Trump Jr." is the son, a lone "Trump" the
    father, when the text names both); else all. ``age``
    ("younger", "elder" or "older") picks by the suffix instead: "the younger Flynn" is
    Michael Flynn Jr."""
    if len(people) < 2 or not any(c.kin for c in people):
        return people
    if age == "younger":
        return [c for c in people if c.generation not in ("", "sr")] or people
    if age:
        return [c for c in people if c.generation in ("", "sr")] or people
    return [c for c in people if c.generation == gen] or people


#: "the younger Flynn", "the elder Bush": which of two people of one surname.
_AGES: Final = (" younger ", " elder ", " older ")


def _link_single(cl: _Clusterer, m: _Mention, orig: str, norm: str) -> None:
    """A lone capitalised word: a surname, an organisation's first word, or nothing."""
    at = m[_SPAN][0]
    age = norm[norm.rfind(" ", 0, at - 1) + 1 : at - 1] if norm.endswith(_AGES, 0, at) else ""
    gen = _generation(m[_NAME])
    people = _of_generation(cl.surname_bearers(m[_KEY]), gen, age)
    if people:
        cl._add(_nearest(people, m[_SPAN][0]), m, orig)
        return
    for orgs in (cl.org_words.get(m[_KEY], []), cl.org_last.get(m[_KEY], [])):
        if len(orgs) == 1 or (orgs and orgs[0].tokens[0] == m[_KEY]):
            cl._add(orgs[0], m, orig)  # "Peabody" = "Peabody Energy Corp"; "the Post"
            return
    firsts = cl.first_names.get(m[_KEY], [])
    if gen:
        firsts = _of_generation(firsts, gen)  # "Donald Jr." is Donald Trump Jr.
    if len(firsts) == 1:
        cl._add(firsts[0], m, orig)  # "Sir John" = "John Bourn"
        return
    if m[_TITLE] is not None:
        cl.person(m, orig)
        return
    end = m[_SPAN][1]
    if (
        norm.startswith(_APPOSITIVE_OPENS, end)
        and _ORG_APPOSITIVE_RE.match(norm, end, end + 90)
        and not norm.endswith(("of ", "'s "), 0, m[_SPAN][0])  # "the emirate of Sharjah, the"
        and m[_NAME].rstrip(".") not in _SUFFIX_WORDS  # "... (Pacific) Ltd, a firm"
    ):
        cl.org(_replaced(m, kind="organization", how="org"), orig)  # "Icstis, the ... watchdog,"
        return
    if (
        norm.startswith(", ", end)
        and (_AGE_AFTER_RE.match(norm, end) or APPOSITIVE_RE.match(norm, end, end + 90))
        and not _AFTER_PREPOSITION_RE.search(norm, max(0, m[_SPAN][0] - 6), m[_SPAN][0])
    ):  # "Alireza, 34, had already been interviewed", "Alireza, a gay Iranian refugee"
        # (not "In a post on Twitter, the president said", "156 Sportwagon, 166, GTV")
        cl.person(m, orig)
        return
    cue = None
    if norm.endswith(ORG_CUES, max(0, at - 30), at - 1):
        cue = ORG_CUE_RE.search(norm, max(0, at - 30), at)
    elif norm.endswith(_NAMED_AS, 0, at):  # "A group called PowerPac", "a company named"
        gap = at - norm.rfind(" ", 0, at - 1)  # " called " or " named "
        if norm.endswith(ORG_CUES, max(0, at - gap - 30), at - gap):
            cue = ORG_CUE_RE.search(norm, max(0, at - gap - 30), at - gap + 1)
    if m[_NAME] in _PLACE_HEADS_ALONE:
        return  # "City recently announced debts": a club or town by its last word
    if m[_KEY] in _ORG_WORDS and not norm.endswith(("the ", "The "), 0, m[_SPAN][0]):
        return  # "Note - Company said": a body's common noun with no name, no one
    according = _according_alone(norm, m[_SPAN][0], m[_SPAN][1])
    if (
        according
        or _speaks(norm, m[_SPAN][1])
        or norm.startswith(_ACCUSED, m[_SPAN][1])
        or _said_before(norm, m[_SPAN][0], m[_SPAN][1])
    ):
        if norm.endswith((" on ", " via "), 0, m[_SPAN][0]):
            return  # "lambasted Gillibrand on Twitter on Tuesday writing": a platform
        if m[_NAME] in ORG_HEADS and norm.endswith(("the ", "The "), 0, m[_SPAN][0]):
            # "the Commission wants", "the Chamber said": a body by its head
            cl.org(_replaced(m, kind="organization", how="org"), orig)
            return
        if (
            norm.endswith(" and ", 0, at)
            and norm.startswith(_SAID_IT, m[_SPAN][1])
            and (pair := _PAIR_FIRM_RE.search(norm, max(0, at - 30), at)) is not None
            and not cl.surname_bearers(fold(pair["first"]))
        ):
            # "Duff and Phelps said it has downgraded", "Harper and Row said its board":
            # a firm named after two people whom the text does not name, which says "it"
            span = (pair.start("first"), m[_SPAN][1])
            name = orig[span[0] : span[1]]
            cl.org(_mention(span, "organization", "org", fold(name), name, rank=2), orig)
            return
        if (
            _CAMEL_RE.fullmatch(m[_NAME])
            or _HYPHENED_NAME_RE.fullmatch(m[_NAME])  # "Merriam-Webster": a firm's name
            or according  # "according to Variety.": a source, mostly a firm or paper
            or m[_KEY].endswith("'s")  # "Moody's said": NAME_RE keeps no other "'s" alone
            or norm.startswith(" <", m[_SPAN][1])  # "Pechiney <PUKG.PA> said": listed
            or m[_KEY] in PLATFORMS  # "Twitter revealed the year's most liked tweets"
            or (cue is not None and cue.group().rstrip() in _ORG_BEFORE_CUES)
        ):  # "TransLink said", "property website Rightmove said" (not "rival Federer")
            cl.org(_replaced(m, kind="organization", how="org"), orig)
        elif not _common_word(cl, norm, m[_NAME]):
            cl.person(m, orig)
    elif cue is not None:
        cl.org(_replaced(m, kind="organization", how="org"), orig)


def _common_word(cl: _Clusterer, norm: str, name: str) -> bool:
    """True when ``name`` stands in the text in lower case too, a common word ("Polls
    say", "Colleagues said", "Rain was reported"), unless the text writes names in lower
    case ("finance minister cesar gaviria told reuters").

    Each name is looked up once, and at most :data:`COMMON_WORD_LOOKS` names per text
    (a bounded cost: each look may read the whole text).
    """
    low = name.lower()
    seen = cl.lower_seen
    hit = seen.get(low)
    if hit is None:
        if len(seen) >= COMMON_WORD_LOOKS or not (low.isascii() and low.isalpha()):
            return False
        hit = seen[low] = _in_lower_case(norm, low)
    if not hit:
        return False
    if cl.lowered is None:
        cl.lowered = any(_in_lower_case(norm, tell) for tell in _LOWERED_TELLS)
    return not cl.lowered


#: How many names :func:`_common_word` looks up in one text.
COMMON_WORD_LOOKS: Final = 32


def _in_lower_case(norm: str, low: str) -> bool:
    """True when the word ``low`` (lower-case letters) stands alone in ``norm``: not in a
    longer word, an address or a handle."""
    size = len(low)
    at = norm.find(low)
    while at >= 0:
        end = at + size
        before = norm[at - 1] if at else " "
        after = norm[end : end + 2] or " "
        if (
            not before.isalnum()
            and before not in "'./@_-"
            and not after[0].isalnum()
            and after[0] not in "'@_-"
            and not (after[0] == "." and after[1:].isalnum())
        ):
            return True
        at = norm.find(low, end)
    return False


#: Words a text writes in lower case only when it writes names so ("Lima, april 7 - the
#: chase manhattan bank", "told reuters"): days, months that are no common word, Reuters.
_LOWERED_TELLS: Final = (
    "monday tuesday wednesday thursday friday saturday sunday january february april june "
    "july september october november december reuters"
).split()


#: A speech verb and "it" or "its" after a name: what a firm says of itself.
_SAID_IT: Final = (" said it ", " said its ", " says it ", " says its ")
#: A lone capitalised word and "and" before a name (group ``first``): "Duff and | Phelps",
#: not after another capitalised word or an initial ("W.R. Grace and | Co").
_PAIR_FIRM_RE: Final = regex.compile(
    r"(?:^|(?<!\p{Lu}[\p{L}.'-]*\ )(?<=[^\p{L}.'-]))(?P<first>\p{Lu}\p{Ll}++)\ and\ \Z"
)
#: An age set off by commas after a name ("Alireza, 34, had").
_AGE_AFTER_RE: Final = regex.compile(r", \d{1,3},(?!\d)")
#: A preposition or a number just before a name ("on Twitter", "156 Sportwagon").
_AFTER_PREPOSITION_RE: Final = regex.compile(r"(?:\b(?:on|in|at|via|from|to|with|for|of)|\d) \Z")
#: Heads of places that name no person alone ("City said"), though one that
#: opens a name does ("Park Geun-hye": "Park said").
_PLACE_HEADS_ALONE: Final = PLACE_HEADS - {"Park"}
#: Lower-case words and the noun of a body after an acronym: "the DIW economic research
#: institute", "the IFO institute", "the CGT union".
_ORG_NOUN_AFTER_RE: Final = regex.compile(
    r"\ (?:[a-z]++\ ){0,3}?(?:institute|union|agency|federation|association|think\ tank)\b"
)
#: The same at the end of a noun phrase (:meth:`Cast._author`).
_ORG_NOUN_AT_END_RE: Final = regex.compile(
    r"\ (?:[a-z]++\ ){1,3}?(?:institute|union|agency|federation|association|think\ tank)\Z"
)
#: What names a thing after its kind: "a group called PowerPac".
_NAMED_AS: Final = (" called ", " named ")
#: An appositive that makes a lone word an organisation: "Icstis, the UK's premium rate
#: services watchdog, said", "Ofgem, the energy regulator,".
_ORG_APPOSITIVE_RE: Final = regex.compile(
    r""",\s(?:a|an|the|its)\s
        (?:(?!(?:and|or|of|for|who|which|whose)\b)[\p{L}'-]{1,30}+\s){0,4}?
        (?:\L<heads>)[,.]""",
    regex.VERBOSE,
    heads=[
        *ORG_CUES,
        *"watchdog regulator charity body organisation organization association union "
        "federation club party chain manufacturer operator supplier developer publisher".split(),
    ],
)
#: A word with a capital after lower-case letters: a company's or a body's name that
#: speaks, not a person's, whose inner capitals follow a prefix ("McCabe", "DeSantis").
_CAMEL_RE: Final = regex.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}++\p{Lu}\p{L}*+")


def _according_alone(norm: str, start: int, end: int) -> bool:
    """True when a lone word is the whole source after "according to" ("... according to
    Merriam-Webster."; not "according to Hollywood newspaper Daily Variety")."""
    return norm.endswith("according to ", 0, start) and norm[end : end + 1] in ",.;:)\n"


#: Two capitalised words joined by a hyphen, alone: a firm's name ("Merriam-Webster",
#: "Hewlett-Packard"), not a double-barrelled surname, which comes after a first name.
_HYPHENED_NAME_RE: Final = regex.compile(r"\p{Lu}\p{Ll}++-\p{Lu}\p{Ll}++")
#: A speech verb after the end of a quote, before a name it inverts ('," scolded Elyse').
_INVERTED_RE: Final = regex.compile(r"""(?r)[,.!?]"\ (?P<verb>[a-z]{3,20}+)\ \Z""")


def _said_before(norm: str, start: int, end: int) -> bool:
    """True when the name at ``[start, end)`` ends its sentence or clause after an
    inverted speech verb ('... it's probably not to play," scolded Elyse.')."""
    if not norm.startswith((".", ",", ";", "\n"), end) or not norm.startswith(" ", start - 1):
        return False
    if norm.find('"', max(0, start - 26), start) < 0:
        return False  # the common case: no quote ends just before
    m = _INVERTED_RE.search(norm, max(0, start - 26), start)
    return m is not None and m["verb"] in SPEECH_WORDS


def find_actors(view: TextView, figures: tuple[Figure, ...]) -> Cast:
    """Find, cluster and name the actors of the article.

    >>> from newsparse._text import TextView
    >>> text = ("President Andrés Manuel López Obrador met President Biden. "
    ...         "López Obrador said Biden was a partner. Obrador left for Mexico.")
    >>> [(a.id, a.name, a.kind, a.title) for a in find_actors(TextView.of(text), ()).actors]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('a1', 'Andrés Manuel López Obrador', 'person', 'President'),
     ('a2', 'Biden', 'person', 'President'), ('a3', 'Mexico', 'country', None)]
    """
    norm, orig = view.norm, view.original
    in_caps = [  # the first check of _is_caps_sentence inline: it decides most sentences
        not _ASCII_LOWER_RUN_RE.search(norm, s.start, min(s.end, s.start + 40))
        and _is_caps_sentence(norm, s)
        for s in view.sentences
    ]
    caps = [sentence for sentence, c in zip(view.sentences, in_caps, strict=True) if c]
    memo = _Memo()
    runs = _all_runs(norm, view.sentences, in_caps, memo)
    mid_caps = {
        tok[3] for _, (toks, _, _), initial in runs for tok in (toks[1:] if initial else toks)
    }
    mentions = _mentions(runs, mid_caps, view, memo)
    cl = _Clusterer(memo)
    named: list[_Mention] = []  #: people named with a full name
    later: list[_Mention] = []  #: acronyms, demonyms, single words and offices
    has_first = "First " in norm  #: "First Chicago said" may name a firm (few texts)
    for m in mentions:
        kind, how = m[_KIND], m[_HOW]
        if kind == "organization" and how != "acronym":
            if _is_caps_word(m[_NAME]) and " " not in m[_NAME]:
                later.append(m)  # "EPA", "IMF": known acronyms, after the names they shorten
            else:
                cl.org(m, orig)
        elif (
            kind == "country" and m[_NAME] in _SURNAME_COUNTRY_NAMES and _speaks(norm, m[_SPAN][1])
        ):
            later.append(m)  # "Jordan said": Jim Jordan when the text names him (below)
        elif kind in ("country", "place") and how != "demonym":
            c = None
            if has_first and norm.endswith("First ", 0, m[_SPAN][0]):  # "First Chicago said"
                firms = [o for o in cl.org_words.get(m[_KEY], []) if o.tokens[:1] == ("first",)]
                c = firms[0] if len(firms) == 1 else None  # "First Chicago Corp" named before
            c = c or cl.by_key.get((kind, m[_KEY]))
            if c is None and how == "place" and " " in m[_KEY]:
                c = cl.by_key.get(("organization", m[_KEY]))  # "James River" = "James River
                # Corp" (not "Boston" = "Boston Corp": a city's name alone is the city)
            cl._add(c or cl.new(kind, m[_KEY]), m, orig)
        elif how == "person":
            named.append(m)
        if how in _LATER:
            later.append(m)
    # people with full names, longest first, so that shorter forms find them
    people = sorted(named, key=lambda m: (-len(m[_KEY].split()), m[_SPAN][0]))
    lower: dict[str, bool] = {}  #: words asked about: whether the text writes them in lower case
    voiced = _Voiced(people)  #: names of common words: whether one stands near speech
    for m in people:
        same_org = cl.by_key.get(("organization", m[_KEY])) or cl.org_prefix(m[_KEY])
        if (
            same_org is not None
            and m[_KEY].split(None, 1)[0] in FIRST_NAMES
            and same_org.key.startswith(f"{m[_KEY]} ")
            and all(
                w.rstrip(".") in _AND_SUFFIX_KEYS for w in same_org.key[len(m[_KEY]) + 1 :].split()
            )
        ):
            same_org = None  # "Mario Gabelli" beside "Mario Gabelli and Co": the man
        if same_org is not None:  # "Time Warner" beside "Time Warner Inc"
            cl._add(same_org, m, orig)  # ("Great Western" beside "Great Western
            # Financial Corp")
        elif (
            m[_KEY].split(None, 1)[0] not in _NO_NAME_LEADS
            and not _no_name(m, norm, lower, voiced)
            and (m[_TITLE] is not None or not _PRIZE_AFTER_RE.match(norm, m[_SPAN][1]))
            and not _kind_after_article(m, norm)
        ):
            cl.person(m, orig)  # (not "Great Recession", "Old Firm", "Great Hall": no
            # one's name; nor "Million Dollar Baby", nor "the Golden Lion award"; nor "a
            # New Yorker", "A Very Long Engagement": see _kind_after_article)
    if "@" in norm:
        _handles(cl, view)
    org_ends = {e: c for c in cl.clusters if c.kind == "organization" for _, e in c.spans}
    speaking = {  # acronyms that speak or demand somewhere: organisations throughout
        m[_KEY]
        for m in later
        if m[_HOW] in ("acronym", "office")
        and m[_KEY] not in cl.acronyms
        and (
            _speaks(norm, m[_SPAN][1])
            or (  # "Iran's national news agency, IRNA, said": an appositive that speaks
                m[_HOW] == "acronym"
                and m[_NAME].isalpha()  # not "D-ND", "N.S." (a party's, a province's tag)
                and norm.startswith(",", m[_SPAN][1])
                and norm.endswith(", ", 0, m[_SPAN][0])
                and _speaks(norm, m[_SPAN][1] + 1)
            )
            or _voiced(norm, m)
            or _according_alone(norm, m[_SPAN][0], m[_SPAN][1])  # "according to BT."
            or _ORG_NOUN_AFTER_RE.match(norm, m[_SPAN][1]) is not None  # "the DIW economic
            # research institute"
        )
    }
    for m in later:
        if m[_HOW] == "acronym":
            owner = org_ends.get(m[_SPAN][0] - 2) if norm[m[_SPAN][0] - 1] == "(" else None
            if owner is not None:
                cl._add(owner, m, orig)
                cl.acronyms.setdefault(m[_KEY], owner)
            elif (
                fold(m[_NAME]) in GOVERNMENT
                or fold(m[_NAME]) in MEDIA
                or m[_KEY] in speaking
                or norm.endswith(ORG_CUES, max(0, m[_SPAN][0] - 30), m[_SPAN][0] - 1)
            ):
                cl.org(_replaced(m, how="org"), orig)  # "BT wants", "the TUC has said",
                # "Netherlands-based group LNM"
            else:
                cl.org(m, orig)
        elif m[_HOW] == "demonym" and (known := cl.by_key.get(("country", m[_KEY]))) is not None:
            if (
                not (_PERSON_DEMONYM_RE.match(norm, m[_SPAN][1]) or _speaks(norm, m[_SPAN][1]))
                or not norm.endswith(("the ", "The "), 0, m[_SPAN][0])
                or m[_NAME].endswith(("sh", "ch", "ese", "s"))  # "the French", "the Soviets":
                # a people
            ):
                cl._add(known, m, orig)  # not "And the Belgian, who has slipped": a person
        elif m[_HOW] == "single":
            _link_single(cl, m, orig, norm)
        elif m[_KIND] == "country" and m[_HOW] != "demonym":  # a country's name that
            # speaks and is a surname too
            bearers = cl.surname_bearers(fold(m[_NAME]))
            if bearers:  # "Rep. Jim Jordan (R-Ohio) ... Jordan said": him, not the country
                surname = _mention(m[_SPAN], "person", "single", fold(m[_NAME]), m[_NAME], rank=1)
                cl._add(_nearest(bearers, m[_SPAN][0]), surname, orig)
            else:
                known = cl.by_key.get(("country", m[_KEY]))
                cl._add(known or cl.new("country", m[_KEY]), m, orig)
        elif m[_HOW] == "surname":  # a title word alone: "King" of "Peter King", or no one
            bearers = _of_generation(cl.surname_bearers(m[_KEY]), _generation(m[_NAME]))
            if bearers:
                cl._add(_nearest(bearers, m[_SPAN][0]), m, orig)
        elif m[_KIND] == "organization":
            cl.org(m, orig)  # a known acronym (deferred above)
        elif m[_HOW] == "office" and m[_KEY] in speaking:  # "the Archbishop of Canterbury said"
            c = cl.by_key.get(("person", m[_KEY])) or cl.new("person", m[_KEY])
            cl._add(c, m, orig)
            cl._title_facts(c, m[_NAME].split()[0])
    _retype(cl, norm)
    # one look at the text's words tells which cue words it holds, for the passes below
    present = _CUE_BYTES.intersection(view.words.words)
    if not _GOV_HEAD_BYTES.isdisjoint(present) or "'s office" in norm:
        # most articles: no head word, so no body ("office" only after a possessive)
        _government_bodies(cl, mentions, view)
        _bare_bodies(cl, view)
    del mentions, people, named, later  # the clusters hold what is needed from here on
    _tickers(cl, view)
    _caps_lines(cl, caps, view)
    starts = [s.start for s in view.sentences]
    _describe(cl, view, present, starts)
    _genders(cl, view, starts)
    return _cast(cl, view, starts)


#: What follows an organisation's name and never a person's ("Facebook engineers",
#: "Apple's shares", "the Man Utd club"), or a place's ("the Old Trafford ground").
_ORG_AFTER_RE: Final = regex.compile(
    r"""
    (?:'s)?\ (?:employees|engineers|shareholders|subscribers|customers|users
               |shares|stock|share\ price|subsidiary|headquarters|app|apps|website
               |platform|products|chief\ executive|CEO|co-?founder|board\ of|stores
               |factory|factories|plant|plants|economists?|analysts?|chief\ economist
               |spokes(?:man|woman|person))\b       # "Nationwide economist Alex Bannister"
    |\ club\b                                    # "the Man Utd club"
    |(?P<place>\ (?:ground|stadium|arena))\b      # "the Old Trafford ground": a place
    """,
    regex.VERBOSE,
)
#: Organisation nouns before a name that make it an organisation ("tech giant Apple").
_ORG_BEFORE_CUES: Final = frozenset(ORG_CUES) - {"producer", "owner", "rival", "unit"}
#: What stands before an organisation's name ("engineers at Google", "tech giant Apple"):
#: a role or group noun and "at", or an organisation noun (not "producer", "owner",
#: "rival" or "unit", which stand before people too: "movie producer Harvey Weinstein").
_ORG_BEFORE_RE: Final = regex.compile(
    r"""(?r)
    \b(?:(?:\L<roles>)\ at|(?:\L<cues>))\ \Z
    """,
    regex.VERBOSE,
    roles=ROLE_NOUNS | GROUP_NOUNS,
    cues=_ORG_BEFORE_CUES,
)
#: What follows "the" and a demonym that stands for a person: a comma and "who", or a
#: verb ("the Belgian, who has slipped", "the American said", "the Kenyan won").
_PERSON_DEMONYM_RE: Final = regex.compile(
    r""",\ who\b|\ (?:said|says|added|told|was|is|has|had|will|would|won|lost|beat|insisted
                     |admitted|explained)\b""",
    regex.VERBOSE,
)
#: A noun for a work right before a name: the name is the work's title ("the film
#: Million Dollar Baby", "his hit single Hey Ya", "the drama Finding Neverland", "a
#: document titled White Paper"), no actor (ANNOTATION.md, Actors).
_WORK_BEFORE_RE: Final = regex.compile(
    r"""\b(?:film|movie|album|single|song|show|series|novel|book|play|musical|opera|sitcom
          |documentary|programme|program|track|hit|comedy|thriller|biopic|sequel|drama|epic
          |blockbuster|cartoon|flick|titled|entitled)\ \Z""",
    regex.VERBOSE,
)
#: What tells a person: a relative "who" or a gendered pronoun soon after the name.
_PERSON_AFTER_RE: Final = regex.compile(r",\ who\b|\b(?:[Hh](?:e|is|im|er)|[Ss]he)\b")


def _retype(cl: _Clusterer, norm: str) -> None:
    """People by default whom nothing shows to be people, and something shows to be an
    organisation, become organisations: no first name, title or gender, no "who" or
    "he" / "she" after a mention, and "Facebook engineers", "Apple's shares",
    "an analyst at Google", "tech giant Apple" or "the Starlight
    Tours" (a capitalised name after "the" that ends its noun phrase)."""
    for c in cl.clusters:
        if c.kind == "organization" and _initialled_person(c, norm):
            c.kind, c.heads = "person", ()  # "Phillips chairman C.J. Silas": not a firm
            c.named = sorted(s for s, e in c.spans if norm.find(" ", s, e) > 0)
            c.forms = {(r, _NICKNAME_RE.sub(" ", n), f): None for r, n, f in c.forms}
            continue
        if c.kind != "person" or c.title is not None or c.gender or c.heads:
            continue
        if not c.tokens or c.tokens[0] in FIRST_NAMES or not c.spans:
            continue
        kind = None
        work = False
        for start, end in c.spans:
            kind = _org_cue(norm, start, end)
            if kind is not None:
                break
            work = work or _WORK_BEFORE_RE.search(norm, max(0, start - 24), start) is not None
        if (
            work
            and kind is None
            and not any(_PERSON_AFTER_RE.search(norm, end, end + 120) for _, end in c.spans)
        ):
            c.spans = []  # "the film Million Dollar Baby", "hit single Hey Ya": a work
            continue
        if kind is not None and not any(
            _PERSON_AFTER_RE.search(norm, end, end + 120) for _, end in c.spans
        ):
            c.kind = kind
            c.named = None
            if kind == "organization":
                cl.org_words.setdefault(c.tokens[0], []).append(c)


#: The lower-case word right before a mention ("chairman " before "C.J. Silas").
_WORD_BEFORE_RE: Final = regex.compile(r"(?:^|(?<=\s))(\p{Ll}[\p{Ll}-]*+)\s++$")


def _initialled_person(c: _Cluster, norm: str) -> bool:
    """True for an "organisation" named by initials and one more word ("C.J. Silas",
    read as a firm as "J.P. Morgan" is) that a role noun or title stands before, or
    that an honorific names elsewhere ("Mr Allard" after "J. Allard")."""
    if len(c.tokens) != 2 or c.tokens[1] in COMPANIES:
        return False
    if _INITIALS_KEY_RE.fullmatch(c.tokens[0]) is None:
        return False
    if any(norm.find(" and ", start, end) >= 0 for start, end in c.spans):
        return False  # "R.G. Dickinson and Co"
    honorific = c.title is not None and c.title.rstrip(".").lower() in _HONORIFICS
    if honorific and set(c.heads) - _HONORIFICS == {c.tokens[1]}:
        return True
    if c.heads != (c.tokens[1],):
        return False
    for start, _ in c.spans:
        w = _WORD_BEFORE_RE.search(norm, max(0, start - 24), start)
        if w is not None and (w.group(1) in ROLE_NOUNS or w.group(1) in TITLES):
            return True
    return False


_LETTERS_RE: Final = re.compile(r"[A-Za-z]+")
#: First words after a name that :data:`_ORG_AFTER_RE` may read (a cheap check first).
_ORG_AFTER_FIRST: Final = frozenset(
    "employees engineers shareholders subscribers customers users shares stock share "
    "subsidiary headquarters app apps website platform products chief ceo cofounder "
    "co board stores factory factories plant plants club ground stadium arena economist "
    "economists analyst analysts spokesman spokeswoman spokesperson".split()
)


#: The lower-case word before the comma that opens an appositive ("firm, " before
#: "Cadbury Schweppes, ").
_NOUN_BEFORE_COMMA_RE: Final = regex.compile(r"(?:^|(?<=\s))(\p{Ll}[\p{Ll}-]*+),\ \Z")
#: Organisation nouns that a name set off by commas after them stands for: of
#: :data:`_ORG_BEFORE_CUES`, not those that people's names follow as well ("the club,
#: Arsenal, ..." but "his side, ..."), nor plural ones.
_APPOSED_ORG_NOUNS: Final = _ORG_BEFORE_CUES - {"side", "club", "firms", "companies", "group"}


def _org_cue(norm: str, start: int, end: int) -> ActorKind | None:
    """ "organization" when what stands around the name at ``[start, end)`` tells an
    organisation, "place" when it tells a place ("the Old Trafford ground"), else None."""
    after = norm[end : end + 1]
    if after in (" ", "'"):
        at = end + 3 if norm.startswith("'s ", end) else end + 1
        word = _LETTERS_RE.match(norm, at, at + 16)
        if (
            word is not None
            and word.group().lower() in _ORG_AFTER_FIRST
            and (cue := _ORG_AFTER_RE.match(norm, end)) is not None
        ):
            return "place" if cue["place"] else "organization"
    if (
        norm.startswith(", ", start - 2)
        and norm.startswith(",", end)
        and (w := _NOUN_BEFORE_COMMA_RE.search(norm, max(0, start - 32), start)) is not None
        and w.group(1) in _APPOSED_ORG_NOUNS
    ):
        return "organization"  # "The world's biggest confectionery firm, Cadbury
        # Schweppes, has reported": the name set off by commas after an organisation's noun
    if not norm.startswith(" ", start - 1):
        return None
    if (  # "the Starlight Tours.": the name ends its noun phrase
        norm.endswith("the ", 0, start)
        and not norm[start - 5 : start - 4].isalpha()
        and not (norm.startswith(" ", end) and norm[end + 1 : end + 2].islower())
    ):
        return "organization"
    k = norm.rfind(" ", max(0, start - 25), start - 1)
    prev = norm[k + 1 : start - 1]
    if (prev == "at" or prev in _ORG_BEFORE_CUES) and _ORG_BEFORE_RE.search(
        norm, max(0, start - 40), start
    ) is not None:
        return "organization"
    return None


def _with_context(m: _Mention, view: TextView) -> _Mention:
    """Add a title from a role noun before the name or an appositive after it."""
    if m[_KIND] != "person" and m[_HOW] != "single":
        return m
    norm = view.norm
    if m[_TITLE] is not None:
        before = norm[max(0, m[_SPAN][0] - 7) : m[_SPAN][0]].lower()
        if before == "former ":
            return _replaced(m, title="former " + m[_TITLE])
        return m
    if m[_TITLE] is None:
        pre = None
        at = m[_SPAN][0]
        if at > 2 and norm[at - 2].islower() and _role_may_end(norm, at - 1):
            pre = PRE_ROLE_RE.search(norm, max(0, at - 40), at)
        if pre is not None:
            return _replaced(m, title=pre["role"], kind="person")
        app = None
        if norm.startswith(_APPOSITIVE_OPENS, m[_SPAN][1]):
            app = APPOSITIVE_RE.match(norm, m[_SPAN][1], min(len(norm), m[_SPAN][1] + 80))
        if app is not None and (
            norm.startswith(_INDEFINITE_OPENS, m[_SPAN][1])
            or not _VERB_AFTER_RE.match(norm, app.end())
        ):
            return _replaced(m, title=view.original[app.start("role") : app.end("role")])
            # (not "In a post on Twitter, the president said": the role is the subject;
            # but "Peter Dobrow, a T-Mobile spokesperson said" lacks only a comma)
    return m


#: A person introduced after one word: ", a resident of the area who operates tours to
#: Anak Krakatau, said" (a role, the rest of the appositive, and a verb after its comma;
#: not "Meanwhile, a spokesman for the firm said", nor ", a spokesman for the firm, which").
_INTRODUCED_RE: Final = regex.compile(
    r""",\ an?\s(?:[\p{L}'-]{1,30}+\s){0,3}?\L<roles>\b[^,.;:!?"\n]{0,80}+,\s
    (?!(?:which|who|whose|where|and|but|or|a|an|the|his|her|its|their)\b)\p{Ll}""",
    regex.VERBOSE,
    roles=ROLE_NOUNS,
)
#: A verb right after an appositive's role: the role is a clause's subject, no appositive.
_VERB_AFTER_RE: Final = regex.compile(
    r" (?:said|says|told|added|asked|wrote|tweeted|announced|has|had|have|is|was|were|are|will"
    r"|would|did|does)\b"
)
_INDEFINITE_OPENS: Final = (", a ", ", an ", ", a\n", ", an\n")
#: How :data:`APPOSITIVE_RE` opens (its "\s" is a space or a line break in norm).
_APPOSITIVE_OPENS: Final = tuple(
    f", {det}{space}" for det in ("a", "an", "the", "its", "his", "her", "their") for space in " \n"
)


def _role_may_end(norm: str, end: int) -> bool:
    """False when no role of :data:`PRE_ROLE_RE` can end at ``end``: its last letters end
    no role, or the word before is a plain word (ASCII letters and digits) that ends no
    role. Cheaper than the pattern."""
    if not (
        end < 3 or norm[end - 2 : end] in PRE_ROLE_SHORT or norm[end - 3 : end] in PRE_ROLE_TAILS
    ):
        return False  # the common case
    lo = max(0, end - 41)  # a role (and the space before it) lies within 40 characters
    at = max(norm.rfind(" ", lo, end), norm.rfind("\n", lo, end))
    word = norm[at + 1 if at >= 0 else lo : end]
    return not (word.isascii() and word.isalnum()) or word in PRE_ROLE_ENDS


def _handles(cl: _Clusterer, view: TextView) -> None:
    """People named by their handle only ("slut-shame @SenGillibrand"): the surname."""
    for sentence in view.sentences:
        for h in HANDLE_RE.finditer(view.norm, sentence.start, sentence.end):
            span = (h.start("name"), h.end("name"))
            name = view.original[span[0] : span[1]]
            cl.person(_mention(span, "person", "single", fold(name), name), view.original)


def _government_bodies(cl: _Clusterer, mentions: list[_Mention], view: TextView) -> None:
    """ "the Mexican government", "the Biden administration": organisations of their own
    (only where the text holds a word of :data:`_GOV_HEAD_BYTES`)."""
    norm, orig = view.norm, view.original
    modded: dict[str, list[_Cluster]] = {}  #: "house committee" -> "House tax committee"
    panels = "committee" in norm or "panel" in norm
    for m in mentions:
        end = m[_SPAN][1]
        if not norm.startswith((" ", "'s "), end):
            continue  # the common case: no head word can follow
        if m[_KIND] not in ("country", "person", "organization", "place", None) or (
            m[_HOW] == "person" or m[_HOW] == "surname"  # not "Justice campaign"
        ):
            continue
        if not _gov_head_may_follow(norm, end, panels):
            continue
        g = GOV_HEADS_RE.match(norm, end)
        if (
            g is None
            or (m[_KIND] == "organization" and g["head"] not in _BODY_HEADS)
            or (m[_KIND] == "place" and (g["head"] not in _PLACE_BODY_HEADS or g["mods"]))
        ):
            continue  # "the Ontario government", "Punjab police"; not "the Iowa campaign"
        if g["head"] == "office" and (
            m[_KIND] not in ("person", None)
            or not norm.startswith("'s", end)
            or not _speaks(norm, g.end(), owner=False)
        ):
            continue  # "Ryan's office said": a body; not "in Ryan's office"
        if g["head"] in _NATIONAL_HEADS and m[_KIND] != "country":
            continue  # "the Italian treasury", "the German regulator": a country's
        who = m[_KEY] if m[_KIND] == "country" else m[_NAME]  # the country's canonical name
        head = g["head"] if not g["mods"] else f"{g['mods']} {g['head']}"
        key = f"{fold(who)} {head}"
        name = f"{m[_NAME] if m[_KIND] != 'country' else orig[m[_SPAN][0] : m[_SPAN][1]]} {head}"
        if g["mods"] or g["head"] == "office":  # "Libya's internationally recognized
            name = " ".join(orig[m[_SPAN][0] : g.end()].split())  # government", "Ryan's office"
        head = g["head"]
        bare = f"{fold(who)} {head}"
        c = cl.by_key.get(("organization", key))
        if c is None:  # "the House committee" and "the House tax committee": one body
            near = modded.get(bare, [])
            if g["mods"] and not near:
                c = cl.by_key.get(("organization", bare))
            elif not g["mods"] and len(near) == 1:
                c = near[0]
        if c is None:
            c = cl.new("organization", key)
            if g["mods"]:
                modded.setdefault(bare, []).append(c)
        c.add_heads(head)
        c.country = who if m[_KIND] == "country" else ""
        c.add((m[_SPAN][0], g.end()), orig[m[_SPAN][0] : g.end()], name, 2)


def _bare_bodies(cl: _Clusterer, view: TextView) -> None:
    """ "the government", "the administration" with no name before them, as subjects (a
    verb follows: :data:`_VERB_NEXT_RE`): the body of that head the text names when it
    names one ("the government said ... the Venezuelan government"), an organisation of
    its own when it names none ("government"). Of two or more bodies, which one each
    means is :meth:`Cast.resolve`'s to find, as for an object ("urged the government
    to"), which no pronoun stands for."""
    norm, orig = view.norm, view.original
    found: dict[str, list[regex.Match[str]]] = {}
    for b in _BARE_BODY_RE.finditer(norm):
        if (verb := _VERB_NEXT_RE.match(norm, b.end())) is None or verb[1] in GROUP_NOUNS:
            continue  # "urged the government to", "the government's accounts", "the
            # government officials": not its subject
        found.setdefault(b["head"], []).append(b)
    for head, bare in found.items():
        bodies = [c for c in cl.clusters if c.kind == "organization" and head in c.heads]
        if len(bodies) > 1:
            continue
        if bodies:
            target = bodies[0]
        else:
            target = cl.new("organization", head)
            target.add_heads(head)
        target.add_heads("sg-only")  # "it", not "they": "Democrats claim the
        # administration has not done enough ... they believe" are the Democrats
        for b in bare:
            target.add(b.span(), orig[b.start() : b.end()], head, 0)


#: A verb after a noun, perhaps after a speaker set off by commas and adverbs: an
#: auxiliary or a modal, a verb of saying, or a word in "-s" or "-ed" (the group, a
#: plural noun, :data:`GROUP_NOUNS`, is not).
_VERB_NEXT_RE: Final = regex.compile(
    r"""(?:,\ [^,."\n]{1,40}?\ (?:said|says|added),)?+      # "The administration, Murray said,"
    (?:\ (?:also|now|still|already|recently|earlier|later|then|meanwhile|once|even
              |instead|never|not|last\ week|last\ month|last\ year|on\ \p{Lu}\w+day))*+
    \ (has|had|have|is|was|were|are|will|would|should|could|can|may|might|must|did|does
        |do|said|say|told|thought|came|saw|won|sought|began|led|put|took|made|gave
        |(?:doesn|didn|isn|wasn|won|wouldn|shouldn|couldn)'t|cannot
        |[a-z]+(?:ed|s))\b(?!')""",
    regex.VERBOSE,
)
#: "the government", "the administration" standing alone: no name or modifier before
#: the head, and no "of" after it ("the government of Iraq": a body the text names).
_BARE_BODY_RE: Final = regex.compile(
    r"\b[Tt]he\ (?P<head>government|administration)\b(?!\ of\b)", regex.VERBOSE
)


#: The heads that make a body of a country only ("the Italian treasury").
_NATIONAL_HEADS: Final = frozenset(("treasury", "regulator", "watchdog"))
#: The heads that make a body of a state or province ("the Ontario government").
_PLACE_BODY_HEADS: Final = frozenset("government administration authorities police cabinet".split())
#: First words of the heads and modifiers :data:`GOV_HEADS_RE` reads.
_GOV_FIRST_WORDS: Final = (
    frozenset(
        "government administration military authorities armed army navy regime cabinet embassy "
        "parliament campaign central police coast secretariat leadership delegation panel "
        "committee subcommittee recognised recognized elected backed appointed interim "
        "ministry office treasury regulator watchdog".split()
    )
    | MINISTRY_MODS
)
#: The first words of the heads alone, in bytes: every match of :data:`GOV_HEADS_RE`
#: holds one as a word, so a text whose words (:attr:`TextView.words`) lack them has none.
_GOV_HEAD_BYTES: Final = frozenset(
    w.encode() for w in _GOV_FIRST_WORDS - MINISTRY_MODS - {"recognised", "recognized",
                                                            "elected", "backed", "appointed",
                                                            "interim", "office"}
)  # fmt: skip


def _gov_head_may_follow(norm: str, end: int, panels: bool = True) -> bool:
    """False when :data:`GOV_HEADS_RE` cannot match at ``end``: it needs (after "'s") a
    space and a lower-case word that opens a head, a modifier ending in "ly", or that
    leaves a "panel" or "committee" within reach (``panels``: the text has either)."""
    at = end + 2 if norm.startswith("'s", end) else end
    if not norm.startswith(" ", at):
        return False
    word = _ASCII_WORD_RE.match(norm, at + 1)
    if word is None:
        return False
    w = word.group()
    return (
        w in _GOV_FIRST_WORDS
        or w.endswith("ly")
        or (panels and norm.find("committee", at, at + 60) >= 0)
        or (panels and norm.find("panel", at, at + 60) >= 0)
    )


#: Lower-case heads that make a body of an organisation ("the Opec secretariat").
_BODY_HEADS: Final = frozenset(
    ("secretariat", "delegation", "leadership", "panel", "committee", "subcommittee")
)


def _tickers(cl: _Clusterer, view: TextView) -> None:
    """Reuters ticker tags ("GAF Corp <GAF>") join the organisation before them."""
    if "<" not in view.norm:
        return
    ends = {e: c for c in cl.clusters if c.kind == "organization" for _, e in c.spans}
    for t in TICKER_RE.finditer(view.norm):
        owner = ends.get(t.start())
        span = (t.start("tag") - 1, t.end())
        if owner is not None:
            owner.add(span, view.original[span[0] : span[1]], t["tag"], 0)


def _caps_lines(cl: _Clusterer, caps: list[Span], view: TextView) -> None:
    """Known names inside headlines set in capitals ("MEXICAN PRESIDENT SAYS ...")."""
    if not caps:
        return
    single: dict[str, _Cluster] = {}
    for c in cl.clusters:
        if c.kind == "person" and c.tokens:
            single[c.tokens[-1]] = c
        elif c.kind in ("organization", "country", "place"):
            for _, _, surface in c.forms:
                single.setdefault(fold(surface), c)
    for s in caps:
        for t in TOKEN_RE.finditer(view.norm, s.start, s.end):
            key = fold(t.group())
            hit = single.get(key)
            if hit is None and key in COUNTRIES:
                hit = cl.by_key.get(("country", COUNTRIES[key][0]))
            if hit is not None:
                hit.add((t.start(), t.end()), view.original[t.start() : t.end()], "", -1)


def _tailed(c: _Cluster, head: str) -> bool:
    """True when an unnamed actor's description has words after its head ("sources close
    to the Fed")."""
    words = c.key.split()
    return not c.tokens and head in words and words[-1] != head


def _same_description(c: _Cluster, head: str, mods: list[str]) -> bool:
    """True when an unnamed actor's description holds the head and every modifier of a
    later one ("the senior bank official" after "a senior central bank official" or "a
    senior official at a leading Japanese bank")."""
    if c.tokens or c.kind != "person":
        return False
    words = c.key.split()
    return head in words and all(fold(w) in words for w in mods)


def _named_mods(name: str, head: str) -> set[str]:
    """The words of a group's name that say whose it is, folded, countries and peoples as
    their country: capitalised words that are neither its head nor a quantifier
    ("Japanese", "U.S.", "Industry", "London Exchange"), the first only when it names a
    country or people or is an acronym (else its capital may be the sentence's: "Senior
    officials")."""
    out = set()
    for i, raw in enumerate(name.split()):
        if not raw[:1].isupper():
            continue
        word = fold(raw).rstrip(",.'")
        if word.endswith("'s"):
            word = word[:-2]
        if word == head or word in _HOW_MANY:
            continue
        country = COUNTRIES.get(word)
        if i == 0 and country is None and not any(c.isupper() for c in raw[1:]):
            continue
        out.add(fold(country[0]) if country is not None else word)
    return out


def _groups_agree(c: _Cluster, name: str, head: str) -> bool:
    """Whether a group named ``name`` may be the earlier group ``c``: not when both say
    whose they are and share no word of it ("Government sources" are no "U.S. Industry
    sources", "Goldman Sachs analysts" no "Wells Fargo analysts"; "Japanese monetary
    officials" may be "senior officials from the Bank of Japan"). A bare group may
    still be one named before or after it ("a sale officials say could raise ..."
    before "Saudi officials")."""
    mine = _named_mods(name, head)
    if not mine:
        return True
    theirs: set[str] = set()
    for _, form, _ in c.forms:
        theirs |= _named_mods(form, head)
    return not theirs or not mine.isdisjoint(theirs)


#: Words before a group's head that say how many, not whose.
_HOW_MANY: Final = frozenset(
    """some many several most other others few all both the a an one another two three
    four five six seven eight nine ten dozens hundreds thousands""".split()
)
#: Roles whose office a text may name by another role's word: "the prosecutor's office"
#: is "the U.S. Attorney's Office" (see :func:`_describe_one`).
_OFFICE_ROLES: Final = {"prosecutor": ("prosecutor", "attorney", "attorney-general")}
#: Role heads of people who speak for another and are seldom named.
_SPOKES: Final = frozenset(("spokesman", "spokeswoman", "spokesperson"))
#: Role heads of the unnamed sources of news reports: "the senior bank official said"
#: with no one before it is a person of its own (not "the chancellor", an office one
#: named person holds).
_ANONYMOUS: Final = frozenset(
    "official source diplomat analyst economist trader dealer banker broker aide".split()
)


def _describe(cl: _Clusterer, view: TextView, present: frozenset[bytes], starts: list[int]) -> None:
    """Speakers named by a description: linked to an earlier actor, or new ones.
    ``present``: the words of :data:`_CUE_BYTES` the text holds; ``starts``: where its
    sentences start."""
    sources: list[tuple[int, int]] = [(at, -1) for at in _speech_verbs(view.norm, present)]
    found = _sources(view.norm, present)
    if found:
        sources.extend(found)
        sources.sort()
    if not sources:
        return
    named = _Named(cl.clusters)
    plain = view.words.low is None or _plain_letters(view.norm)
    index: list[tuple[int, int, int]] = []
    position: dict[int, int] = {}
    for verb_at, source_at in sources:
        m = _description(view, starts, verb_at, named, source_at, plain)
        if m is None:
            continue  # the common case: no described subject
        found_here = [m]
        if m[_KIND] == "group" and view.norm.endswith(" and ", 0, m[_SPAN][0]):
            first = _description(view, starts, m[_SPAN][0] - 4, named, -1, plain)
            if first is not None and first[_KIND] == "group":
                found_here.insert(0, first)  # "energy analysts and utility officials said"
        for m in found_here:
            _describe_one(cl, view, m, named, index, position)


def _describe_one(
    cl: _Clusterer,
    view: TextView,
    m: _Mention,
    named: _Named,
    index: list[tuple[int, int, int]],
    position: dict[int, int],
) -> None:
    """Link the described speaker ``m`` to an earlier actor, or make a new one."""
    if not position:  # the first description: the mentions so far, before it adds one
        named.ends()
        named.starts()
        index[:] = sorted((s, e, n) for n, c in enumerate(cl.clusters) for s, e in c.spans)
        position.update({id(c): n for n, c in enumerate(cl.clusters)})
    head_at = m[_HEAD_END] - 1
    if any(s <= head_at < e for s, e, _ in _near(index, m[_SPAN])):
        return  # a named mention already covers its head
    head = fold(m[_TITLE] or "")
    target: _Cluster | None = None
    if m[_HOW] == "definite" or m[_KIND] == "group":
        mods = m[_NAME].split()[:-1]
        tailed = m[_SPAN][1] > m[_HEAD_END]  #: "sources close to the Fed"
        before = bisect.bisect_left(index, (m[_SPAN][0],))
        for _, _, n in reversed(index[max(0, before - LOOKBACK) : before]):
            c = cl.clusters[n]
            if (
                c.kind == m[_KIND]
                and (_fits_description(c, head, mods) or _same_description(c, head, mods))
                and (c.kind != "group" or _groups_agree(c, m[_NAME], head))
            ):
                if tailed and c.key != m[_KEY] and _tailed(c, head):
                    continue  # "sources close to the Fed" are not "sources close to the
                    # administration"
                target = c
                break
    if (
        target is None
        and m[_KIND] == "organization"
        and (key := m[_KEY].replace("\u2019", "'")).endswith("'s office")
    ):
        # "the prosecutor's office said" after "the U.S. Attorney's Office for the Western
        # District of New York": the one office the text names for that role
        role = key[: -len("'s office")].rsplit(None, 1)[-1]
        forms = tuple(f"{r}'s office" for r in _OFFICE_ROLES.get(role, (role,)))
        offices = [
            c
            for c in cl.clusters
            if c.kind == "organization" and any(f in c.key.replace("\u2019", "'") for f in forms)
        ]
        if len(offices) == 1:
            target = offices[0]
    if target is None:
        if (
            m[_HOW] == "definite"
            and m[_KIND] == "person"
            and _det_of(m) == "the"
            and head not in _ANONYMOUS
            and (m[_SPAN][1] == m[_HEAD_END] or head not in _SPOKES)
        ):
            return  # "the (shadow) chancellor", "the MP for Birkenhead" with no one
            # before it (not "the spokesman for British Prime Minister Theresa May":
            # a spokesperson, unnamed, is described)
        kind: ActorKind = m[_KIND] or "person"
        target = cl.by_key.get((kind, m[_KEY]))
        if target is None:
            target = cl.new(kind, m[_KEY])
            position[id(target)] = len(cl.clusters) - 1
        target.add_heads(head, _ROLE_CLASS.get(head, head))
        if m[_KIND] == "person":
            target.title = target.title or m[_TITLE]
            cl._title_facts(target, m[_TITLE] or "")
        elif not target.country:
            target.country = _mods_country(m[_NAME].split()[:-1])  # "Japanese officials"
    target.add(m[_SPAN], view.original[m[_SPAN][0] : m[_SPAN][1]], m[_NAME], 0)
    bisect.insort(index, (m[_SPAN][0], m[_SPAN][1], position[id(target)]))


_PUNCT: Final = ".,;:!?\"'()[]-"
#: Where a source follows ("according to", '..." said the affable proprietor' after a
#: comma or quote), how many characters to skip to its cue word, and that word in bytes
#: (a cue stands only in a text that holds its word: see :attr:`TextView.words`).
_SOURCE_CUES: Final = (
    ("according to ", 0, b"according"),
    (" said ", 1, b"said"),
    (" says ", 1, b"says"),
    (" added ", 1, b"added"),
)
#: Demand verbs whose subject may open the sentence far before them.
_PARTICIPLES: Final = ("demanding ", "demand ", "urging ", "calling for ", "seeking ")


def _sources(norm: str, present: frozenset[bytes]) -> list[tuple[int, int]]:
    """(end, start) of each source named after "according to" or an inverted verb
    (``present``: the words of :data:`_CUE_BYTES` the text holds)."""
    out = []
    for cue, skip, word in _SOURCE_CUES:
        if word not in present:
            continue  # the cue's word stands nowhere, so neither does the cue
        i = norm.find(cue)
        while i >= 0:
            j = i + len(cue)
            if not skip or (norm[i - 1 : i] in ',"' and norm[j : j + 1].islower()):
                a = ACCORDING_RE.match(norm, i + skip)  # not '," said Luke Popovich': a name
                if a is not None:
                    out.append((a.end("np"), a.start("np")))
            i = norm.find(cue, j)
    return out


def _speech_verbs(norm: str, present: frozenset[bytes]) -> list[int]:
    """Where the subject of each speech verb must end: before the verb and its auxiliaries.
    ``present``: the words of :data:`_CUE_BYTES` the text holds."""
    out = []
    # a verb counts when it stands as a word somewhere, bare or in punctuation ('"said,');
    # the text's ASCII words (lower-cased) tell which verbs may, without splitting it again
    size = len(norm)
    for word in present:
        if word not in _SPEECH_BYTES:
            continue  # "until", "till"
        verb = word.decode()
        hits = []
        standing = False
        i = norm.find(verb)
        while i >= 0:
            j = i + len(verb)
            if (i == 0 or not norm[i - 1].isalpha()) and (j == size or not norm[j].isalpha()):
                hits.append(i)
                standing = standing or _stands(norm, i, j)
            i = norm.find(verb, j)
        if not standing:
            continue
        for i in hits:
            k = i  # where the auxiliaries before the verb start: see _aux_start
            while k > 0 and norm[k - 1].isspace():
                k -= 1
            if (
                k == i
                or norm[k - 2 : k] not in _AUX_ENDS
                or not norm.endswith(AUX_WORDS, max(0, i - 60), k)
            ):
                out.append(i)  # the common case: no auxiliary before the verb
            else:
                out.append(_aux_start(norm, i))
    if (b"until" in present or b"till" in present) and (" until " in norm or " till " in norm):
        out.extend(_aux_start(norm, m.start()) for m in DEADLINE_RE.finditer(norm))
    out.sort()
    return out


#: The one-word speech verbs in bytes, to meet :attr:`TextView.words`.
_SPEECH_BYTES: Final = frozenset(w.encode() for w in SPEECH_WORDS if " " not in w)
#: The same, the words of a deadline (:data:`DEADLINE_RE`), of the sources' cues
#: (:data:`_SOURCE_CUES`) and of government bodies (:data:`_GOV_HEAD_BYTES`): the words
#: :func:`find_actors` looks for among the text's words, once.
_CUE_BYTES: Final = (
    _SPEECH_BYTES | {b"until", b"till"} | {word for _, _, word in _SOURCE_CUES} | _GOV_HEAD_BYTES
)
#: The last two letters of each auxiliary: a cheap check before :data:`AUX_WORDS`.
_AUX_ENDS: Final = frozenset(w[-2:] for w in AUX_WORDS)


def _stands(norm: str, i: int, j: int) -> bool:
    """Whether the word at ``[i, j)`` is a whole token but for punctuation ('"said,')."""
    a = i
    while a > 0 and not norm[a - 1].isspace():
        a -= 1
        if norm[a] not in _PUNCT:
            return False
    b, size = j, len(norm)
    while b < size and not norm[b].isspace():
        if norm[b] not in _PUNCT:
            return False
        b += 1
    return True


def _aux_start(norm: str, i: int) -> int:
    """Where the auxiliaries before the verb at ``i`` start ("has also said"), else ``i``."""
    j = i
    while j > 0 and norm[j - 1].isspace():
        j -= 1
    if j == i or not norm.endswith(AUX_WORDS, max(0, i - 60), j):
        return i  # the common case: no auxiliary before the verb
    aux = AUX_RE.search(norm, max(0, i - 60), i)
    return i if aux is None else aux.start()


def _det_of(m: _Mention) -> str:
    """ "poss" for a described mention named with its possessive ("his lawyer"), else "the"."""
    key = m[_KEY]
    if key.startswith(("his ", "her ", "their ", "its ")):
        return "poss"
    before_head = key[: max(0, key.find(fold(m[_TITLE] or "")))]
    if "'s " in before_head or "\u2019s " in before_head:
        return "poss"  # "the prime minister's official spokesman" (keyed without "the"); not
        # "the prime minister from Derby North's Bob Laxton"
    return "the"


def _near(index: list[tuple[int, int, int]], span: _Sp) -> list[tuple[int, int, int]]:
    i = bisect.bisect_left(index, (span[0] - 200,))
    j = bisect.bisect_left(index, (span[1],))
    return index[i:j]


def _genders(cl: _Clusterer, view: TextView, sentence_starts: list[int]) -> None:
    """People of unknown gender take it from the pronouns after their mentions.

    After each of a person's first :data:`GENDER_MENTIONS` mentions that opens its
    sentence (:data:`_LEADS_RE`), the first pronoun of :data:`GENDERED_RE` in the same
    sentence and within :data:`GENDER_REACH` characters votes ("Jody Marsh told police
    she ..."), unless a quote mark or another person's name comes before it. "he" /
    "she" weigh two, a possessive one; objects tell nothing ("Rob Kerr dragged Jody
    Marsh outside. He pulled her": no vote for either), nor does a pronoun after a name
    that is no subject ("Scott ... rejected Everton's charges and said he"). Who gets
    no vote this way is left to :func:`_far_genders`.
    """
    people = [c for c in cl.clusters if c.kind == "person"]
    if not any(not c.gender for c in people):
        return
    norm = view.norm
    size = len(norm)
    #: (start, index in ``people``) of every person's mention, sorted
    starts = sorted((s, n) for n, c in enumerate(people) for s, _ in c.spans)
    for n, c in enumerate(people):
        if c.gender:
            continue
        votes = 0
        for start, end in sorted(c.spans)[:GENDER_MENTIONS]:
            p = GENDERED_RE.search(norm, end, min(end + GENDER_REACH, size))
            if p is None:
                continue  # the common case: no pronoun soon after the mention
            if norm.find('"', end, p.start()) >= 0 or SENTENCE_STOP_RE.search(norm, end, p.start()):
                continue  # across a quote mark or the sentence's end
            k = bisect.bisect_right(sentence_starts, start) - 1
            if not _LEADS_RE.fullmatch(norm, sentence_starts[k] if k >= 0 else 0, start):
                continue  # not the subject: "rejected Everton's charges and said he"
            if _someone_else(starts, n, end, p.start()):
                continue
            word = p.group().lower()
            weight = 2 if word in SUBJECT_PRONOUNS else 1
            votes += weight if word in MALE_PRONOUNS else -weight
        c.gender = "m" if votes > 0 else "f" if votes < 0 else ""
    _far_genders(cl, view)


def _far_genders(cl: _Clusterer, view: TextView) -> None:
    """People whose sentences tell no gender take it from any gendered pronoun that
    follows their mentions (within :data:`FAR_GENDER_REACH` characters, before anyone
    else is named), a weaker sign: "Hua Chunying ... said that ... "...," she said"."""
    if not any(c.kind == "person" and not c.gender for c in cl.clusters):
        return
    starts = sorted((s, n) for n, c in enumerate(cl.clusters) for s, _ in c.spans
                    if c.kind == "person")  # fmt: skip
    pronouns = _pronouns(view.norm, _reach(cl, starts))
    if not pronouns:
        return
    votes: dict[int, list[int]] = {}
    for at, gender in pronouns:
        i = bisect.bisect_left(starts, (at,)) - 1
        if i >= 0 and at - starts[i][0] < FAR_GENDER_REACH:
            v = votes.setdefault(starts[i][1], [0, 0])
            v[0 if gender == "m" else 1] += 1
    for n, (m, f) in votes.items():
        c = cl.clusters[n]
        if not c.gender and m != f:
            c.gender = "m" if m > f else "f"


#: How far after a person's mention any gendered pronoun may tell their gender.
FAR_GENDER_REACH: Final = 300
#: Any gendered pronoun, objects too, for :func:`_far_genders`.
_ANY_GENDERED_RE: Final = regex.compile(r"\b(?:[Hh](?:e|is|im|er)|[Ss]he)\b")


def _reach(cl: _Clusterer, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text a pronoun may tell the gender of an unknown person in: after
    their mentions, up to the next person's (a pronoun there goes to the nearest person
    before it), merged. ``starts``: (start, cluster) of every person's mention, sorted."""
    out: list[tuple[int, int]] = []
    last = len(starts) - 1
    for k, (s, n) in enumerate(starts):
        if k < last and starts[k + 1][0] == s:
            continue  # a pronoun after this start goes to the next mention here
        if cl.clusters[n].gender:
            continue
        end = s + FAR_GENDER_REACH if k == last else min(s + FAR_GENDER_REACH, starts[k + 1][0] + 1)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((s, end))
    return out


def _pronouns(norm: str, stretches: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(start, gender) of the gendered pronouns that start inside ``stretches``."""
    out = []
    for lo, hi in stretches:
        # a little text either side, so that word boundaries read as in the whole text
        for m in _ANY_GENDERED_RE.finditer(norm, max(0, lo - 8), min(len(norm), hi + 8)):
            if lo <= m.start() < hi:
                out.append((m.start(), PRONOUNS[m.group().lower()][0]))
    return out


def _someone_else(starts: list[tuple[int, int]], n: int, start: int, end: int) -> bool:
    """True when a mention of a person other than ``n`` starts in ``[start, end)``;
    ``starts``: (start, person) of every mention, sorted."""
    for k in range(bisect.bisect_left(starts, (start,)), len(starts)):
        s, who = starts[k]
        if s >= end:
            return False
        if who != n:
            return True
    return False


def _body_named(c: _Cluster, norm: str) -> bool:
    """True when a person's name with no known first name is always followed by a body's
    noun ("the Neue Heimat cooperative housing venture", "the Reporters Without Borders
    group said", "Chase Manhattan bank"), or always follows a publication's noun ("the
    business daily Gazeta Mercantil reported"): the name of that body."""
    if not c.tokens or c.tokens[0] in FIRST_NAMES:
        return False
    return all(_BODY_AFTER_RE.match(norm, e) is not None for _, e in c.spans) or all(
        _MEDIA_BEFORE_RE.search(norm, max(0, s - 12), s) is not None for s, _ in c.spans
    )


#: A body's noun right after a name ("Chase Manhattan bank", "... union said").
_BODY_AFTER_RE: Final = regex.compile(
    r"(?:'s)?\ (?:company|group|firm|agency|bank|union|cooperative|corporation|network"
    r"|newspaper|magazine|channel|website|brand|label|chain|airline|team|club|band|studio"
    r"|foundation|institute|charity|campaign|movement|consortium|conglomerate|subsidiary"
    r"|unit|division|trust)\b"
)


#: A publication's noun right before a name ("the financial daily Handelsblatt", "the
#: journal Nature Astronomy", "marketing magazine New Media Age").
_MEDIA_BEFORE_RE: Final = regex.compile(
    r"\b(?:magazine|weekly|daily|newspaper|paper|journal|tabloid|channel)\ \Z"
)


def _quoted_only(c: _Cluster, norm: str) -> bool:
    """True when every mention of ``c`` is a whole quotation ('dubbing Mr Brown "Sir
    Wastealot"', 'deriding Kim as "Little Rocket Man"', 'said on MSNBC's "Morning Joe"'):
    a nickname, a slogan or a title, no actor; a known outlet stays ('"Der Spiegel"')."""
    for s, e in c.spans:
        if (
            s == 0
            or norm[s - 1] not in "\"'"
            or norm[e : e + 1] not in ('"', "'")
            or norm[e + 1 : e + 2].isalpha()  # "Bob Dylan's old sofa": a possessive
            or _speaks(norm, e + 1)  # 'an account called "Army of Jesus" said'
        ):
            return False
    return not (c.kind == "organization" and fold(c.key) in MEDIA)


#: What may stand before a sentence's subject: quote marks, brackets, capitalised words
#: and lower-case role words ("Chinese Foreign Ministry spokesman Hua Chunying").
_LEADS_RE: Final = regex.compile(
    r"""[\s"'(\[-]*+
        (?:(?:\p{Lu}[\p{L}.'&-]*+|the|a|an|former|then|\L<roles>)\s++){0,8}+""",
    regex.VERBOSE,
    roles=ROLE_NOUNS,
)


def _cast(cl: _Clusterer, view: TextView, starts: list[int]) -> Cast:
    norm = view.norm
    live = [c for c in cl.clusters if c.spans and not _quoted_only(c, norm)]
    for c in live:
        if c.kind == "person" and c.title is None and _body_named(c, norm):
            c.kind = "organization"  # "the Neue Heimat cooperative", "Chase Manhattan bank",
            # "the financial daily Handelsblatt"
    live.sort(key=_first_span)
    actors: list[Actor] = []
    infos: list[_Info] = []
    index: list[tuple[int, int, int]] = []
    spaced = _SPACED
    known: dict[tuple[ActorKind, str, tuple[str, ...], str, bool], _Info] = {}
    for n, c in enumerate(live):
        if len(c.forms) == 1:  # the common case: one form
            _, form, surface = next(iter(c.forms))
            name, key = spaced.get(form or surface) or _spaced(form or surface)
            aliases: tuple[str, ...] = ()
            if form != surface and form:
                alias, other = spaced.get(surface) or _spaced(surface)
                if alias and other != key:
                    aliases = (alias,)
        else:
            distinct = list(c.forms)
            best = max(distinct, key=_name_rank)
            distinct.sort(key=_minus_rank)
            name, key = spaced.get(best[1] or best[2]) or _spaced(best[1] or best[2])
            found: list[str] = []
            seen = {key}
            for _, form, surface in distinct:
                for raw in (form, surface) if form != surface else (form,):
                    hit = spaced.get(raw) or _spaced(raw)
                    if hit[0] and hit[1] not in seen:
                        seen.add(hit[1])
                        found.append(hit[0])
            aliases = tuple(found)
        spans = c.spans
        if len(spans) == 1:
            s, e = spans[0]
            mentions: tuple[Span, ...] = (Span(s, e),)
            index.append((s, e, n))
        else:
            unique = sorted(set(spans))
            mentions = tuple([Span(s, e) for s, e in unique])
            index.extend([(s, e, n) for s, e in unique])
        actors.append(
            Actor(
                id=_IDS[n] if n < len(_IDS) else f"a{n + 1}",
                name=name,
                kind=c.kind,
                title=c.title,
                aliases=aliases,
                mentions=mentions,
            )
        )
        facts = (c.kind, c.gender, c.heads, c.country, bool(c.named))
        info = known.get(facts)  # actors alike share one (a long text has many)
        if info is None:
            heads = frozenset(c.heads) if c.heads else _NO_HEADS
            info = known[facts] = _new_tuple(_Info, (c.kind, c.gender, heads, c.country, facts[4]))
        infos.append(info)
    index.sort()
    sentences = tuple(starts)
    title_end = 0 if view.title is None else view.title.end
    return Cast(actors=tuple(actors), index=tuple(index), info=tuple(infos), norm=view.norm,
                sentences=sentences, title_end=title_end)  # fmt: skip


_NO_HEADS: Final[frozenset[str]] = frozenset()
#: Actor ids by index.
_IDS: Final = tuple(f"a{n + 1}" for n in range(200))
#: A name form with its spaces normalised, and that form's :func:`fold`, by raw form.
_SPACED: Final[dict[str, tuple[str, str]]] = {}


def _spaced(raw: str) -> tuple[str, str]:
    """``raw`` with its spaces normalised, and that form's :func:`fold` (remembered)."""
    hit = _SPACED.get(raw)
    if hit is None:
        x = " ".join(raw.split())
        hit = _SPACED[raw] = (x, fold(x))
    return hit


#: The tables of what follows from a text alone, kept across calls (see :class:`_Memo`).
_TABLES: Final = (
    _TOKEN_FACTS,
    _LONE,
    _ONE_WORD,
    _SHAPES,
    _CLASSIFIED,
    _LOOSE,
    _NAME_CHARS,
    _SPACED,
    _PLAIN_CHARS,
)


def _first_span(c: _Cluster) -> _Sp:
    return min(c.spans)


def _minus_rank(form: tuple[int, str, str]) -> int:
    return -form[0]


def _name_rank(form: tuple[int, str, str]) -> tuple[int, bool, int]:
    """How good a name a form makes: its rank, then a party's noun over its adjective
    ("Democrats", "Democratic Party", not "Democratic"), then its length."""
    name = form[1]
    return form[0], name in _PARTY_NAMES or name.endswith(" Party"), len(name)


#: The names parties.tsv gives parties ("Democrats", "Conservatives", "Labour").
_PARTY_NAMES: Final = frozenset(PARTIES.values())
