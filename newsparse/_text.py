"""Stage 1: the shared view of the text.

:class:`TextView` holds the original text, a normalised copy of exactly the
same length (so every offset found in one is valid in the other), and the
title, paragraph and sentence spans that later stages iterate over.

Normalisation swaps one code point for one:

* curly, low, reversed and full-width double quotes, guillemets and double
  primes become ``"``; curly single quotes, single guillemets, primes and
  modifier apostrophes become ``'``;
* NBSP and every other Unicode space, tab, soft hyphen and zero-width
  character become a plain space (a soft hyphen inside a word splits it);
* en dashes, figure dashes, minus signs and Unicode hyphens become ``-``
  (the em dash stays: it separates clauses, not numbers);
* a CR of a CRLF pair becomes a space, a lone CR a line feed;
* once paragraphs are found, a line break inside a paragraph (a hard wrap)
  becomes a space, so stages read a wrapped paragraph as one line.

Stages match on :attr:`TextView.norm` and slice :attr:`TextView.original` for
surface text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator
from typing import Final, NamedTuple

import attrs
import regex

from newsparse._lexicon import rows
from newsparse._model import Span

__all__ = ["TextView", "Words", "normalise"]

_SPACE: Final = " "
_REPLACEMENTS: Final[dict[str, str]] = {
        # double quote marks
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
        "\u00bb": '"', "\u2033": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
        # single quote marks and apostrophes
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'",
        "\u203a": "'", "\u2032": "'", "\u02bc": "'", "\uff07": "'",
        # hyphens and dashes that join numbers and words
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
        "\ufe63": "-", "\uff0d": "-",
        # spaces, invisible characters and the tab
        "\t": _SPACE, "\u00a0": _SPACE, "\u00ad": _SPACE, "\u1680": _SPACE,
        "\u180e": _SPACE, "\u2000": _SPACE, "\u2001": _SPACE, "\u2002": _SPACE,
        "\u2003": _SPACE, "\u2004": _SPACE, "\u2005": _SPACE, "\u2006": _SPACE,
        "\u2007": _SPACE, "\u2008": _SPACE, "\u2009": _SPACE, "\u200a": _SPACE,
        "\u200b": _SPACE, "\u200c": _SPACE, "\u200d": _SPACE, "\u2028": "\n",
        "\u2029": "\n", "\u202f": _SPACE, "\u205f": _SPACE, "\u2060": _SPACE,
        "\u3000": _SPACE, "\ufeff": _SPACE, "\x0b": "\n", "\x0c": "\n",
        "\x85": "\n",
}  # fmt: skip


#: A double quote mark written for the apostrophe of a possessive ("Indonesia"s").
_QUOTE_FOR_APOSTROPHE_RE: Final = regex.compile(r'(?<=\p{L})"(?=s\b)')


def normalise(text: str) -> str:
    r"""Return the same-length normalised copy of ``text``.

    >>> normalise("\u201cWe\u2019re\u00a0in,\u201d she said.\r\n")
    '"We\'re in," she said. \n'
    >>> len(normalise("a\r\nb")) == len("a\r\nb")
    True
    >>> normalise('Indonesia"s agriculture')  # reuters21578-00235
    "Indonesia's agriculture"
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if '"s' in text:  # 'Indonesia"s agriculture' (Reuters-21578): an apostrophe, no quote
        text = _QUOTE_FOR_APOSTROPHE_RE.sub("'", text)
    if text.isascii() and "\t" not in text and "\x0b" not in text and "\x0c" not in text:
        return text  # the common case: nothing to replace
    # One str.replace per character present: C loops, no per-match callback
    # (30x faster than a regex substitution on text full of curly quotes).
    for odd, plain in _REPLACEMENTS.items():
        if odd in text:
            text = text.replace(odd, plain)
    return text


# -- lines and paragraphs -------------------------------------------------------

#: Lines longer than this are one-line bodies whose double spaces are breaks.
ONE_LINE_BODY: Final = 300
#: A line that starts with at least this many spaces opens a paragraph in an
#: indented, hard-wrapped block (Reuters-21578).
INDENT: Final = 1
#: A block whose lines mostly fall between these lengths is hard-wrapped prose,
#: one paragraph, not one paragraph a line.
WRAP_MIN, WRAP_MAX = 45, 80
#: How much longer than the widest line before it the last line of a wrapped
#: paragraph may be (a wrap at a width the other lines did not quite reach).
WRAP_SLACK: Final = 10
#: A line at least this share of the wrap's width long is full (fmt aims at 93%).
FULL_SHARE: Final = 0.85
#: Characters that end a line which ends a sentence.
_LINE_ENDS: Final = '.!?"'
#: The longest first line that may be taken as a headline.
TITLE_MAX: Final = 250
#: A first line that ends in a full stop inside a closing quote mark is a sentence, not a
#: headline, when it has more than this many words (this many spaces or more between
#: them); headlines run to a dozen words or so.
TITLE_QUOTED_WORDS: Final = 20


#: A block: a run of lines that are not blank (a blank line has only spaces).
_BLOCK_RE: Final = regex.compile(r"(?m)^[ ]*+\S[^\n]*+(?:\n[ ]*+\S[^\n]*+)*+")


def _block_lines(norm: str, start: int, end: int) -> list[Span]:
    """Spans of the lines of one block, without the newlines."""
    out: list[Span] = []
    while (nl := norm.find("\n", start, end)) >= 0:
        out.append(Span(start, nl))
        start = nl + 1
    out.append(Span(start, end))
    return out


def _strip(norm: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without the whitespace at either end; None when nothing is left."""
    if start >= end:
        return None
    if norm[start].isspace() or norm[end - 1].isspace():
        piece = norm[start:end]
        stripped = piece.lstrip()
        if not stripped:
            return None
        start += len(piece) - len(stripped)
        end -= len(stripped) - len(stripped.rstrip())
    return Span(start, end)


def _is_indented(norm: str, block: list[Span]) -> bool:
    """True when a line of the block is indented (Reuters-21578's paragraph openers)."""
    return any(norm.startswith(" " * INDENT, s.start) for s in block)


def _is_wrapped(norm: str, block: list[Span], width: int) -> bool:
    """True when a multi-line block is hard-wrapped prose rather than a line per
    paragraph. ``width`` is the width the article's longer wrapped blocks were
    wrapped at (0 when none is)."""
    if len(block) > 2:
        body = block[:-1]  # the last line of a wrapped paragraph may be short
        if norm[body[-1].end - 1] not in _LINE_ENDS:
            fitting = sum(1 for s in body if WRAP_MIN <= len(s) <= WRAP_MAX)
            if fitting * 4 >= len(body) * 3:
                return True
        return _is_filled(norm, block, width)
    if len(block) < 2:
        return False
    first, second = block
    if width and len(first) <= width and len(second) <= width + WRAP_SLACK:
        # a paragraph of two lines in an article wrapped at ``width``: its first
        # line is full ("... then-Surrey mayoral candidate Doug\nMcCallum responded")
        return _is_full(norm, first, second, width)
    # two lines on their own: the second goes on in lower case (a headline and a
    # byline do not)
    return (
        WRAP_MIN <= len(first) <= ONE_LINE_BODY
        and norm[first.end - 1] not in _LINE_ENDS
        and norm[second.start].islower()
    )


def _is_full(norm: str, line: Span, after: Span, width: int) -> bool:
    """True when a wrap at ``width`` could have ended ``line`` where it ends: the first
    word of the line ``after`` it would not have fit (a greedy wrap, as Python's
    textwrap), or the line is near the width (a wrap that evens its lines, as fmt)."""
    return len(line) >= width * FULL_SHARE or _fits(norm, line, after) > width


def _fits(norm: str, line: Span, after: Span) -> int:
    """The length ``line`` would have with the first word of the line ``after`` it."""
    space = norm.find(" ", after.start, after.end)
    return len(line) + 1 + (after.end if space < 0 else space) - after.start


def _is_filled(norm: str, block: list[Span], width: int) -> bool:
    """True when a block of three lines or more reads as prose wrapped at some width
    (wider than :data:`WRAP_MAX` too: 100 or 120 columns), one paragraph or several
    with no blank line between them: a third of its lines at least are full
    (:func:`_is_full`) and end no sentence, few are short and end none (a list's items,
    headlines), and the last is no longer than the widest. Full at the width of the
    widest line, or at the article's wrap ``width`` when that is a little wider ("...
    when he\nsuggested ...\nfearful ...", wrapped at 50, is 41, 43 and 47 long)."""
    widest = max(len(s) for s in block[:-1])
    return _filled_at(norm, block, widest) or (
        widest < width <= widest + WRAP_SLACK and _filled_at(norm, block, width)
    )


def _filled_at(norm: str, block: list[Span], width: int) -> bool:
    """:func:`_is_filled` at one width."""
    if not WRAP_MIN <= width <= ONE_LINE_BODY or len(block[-1]) > width + WRAP_SLACK:
        return False
    running = short = 0  # full lines that end no sentence; short ones that end none
    for line, after in itertools.pairwise(block):
        if norm[line.end - 1] not in _LINE_ENDS:
            if _is_full(norm, line, after, width):
                running += 1
            else:
                short += 1
    return running * 3 >= len(block) - 1 and short * 4 <= len(block) - 1


def _wrap_width(norm: str, blocks: list[list[Span]]) -> int:
    """The width an article's blocks of three lines or more were wrapped at: the
    longest line of those that read as wrapped (0 when none does)."""
    width = 0
    for block in blocks:
        if len(block) > 2 and not _is_indented(norm, block) and _is_wrapped(norm, block, 0):
            width = max(width, max(len(s) for s in block))
    return width


def _block_paragraphs(norm: str, block: list[Span], width: int, body: bool) -> Iterator[Span]:
    """Split one blank-line-separated block into paragraphs. ``body``: the block holds
    most of the lines of the article's blocks of several lines (its paragraphs have no
    blank line between them)."""
    if _is_indented(norm, block):
        # Reuters-21578: indented first lines open paragraphs, the rest wrap
        start = block[0].start
        for s in block[1:]:
            if norm.startswith(" " * INDENT, s.start):
                if (p := _strip(norm, start, s.start)) is not None:
                    yield p
                start = s.start
        if (p := _strip(norm, start, block[-1].end)) is not None:
            yield p
    elif _is_wrapped(norm, block, width):
        # one paragraph, or the article's paragraphs with no blank line between them:
        # there a line that ends a sentence where the next line's first word would have
        # fit ends one (not in a paragraph of its own: fmt ends lines at sentences)
        start = block[0].start
        if body:
            widest = max(width, max(len(s) for s in block[:-1]))
            for line, after in itertools.pairwise(block):
                if norm[line.end - 1] in _LINE_ENDS and _fits(norm, line, after) <= widest:
                    if (p := _strip(norm, start, line.end)) is not None:
                        yield p
                    start = after.start
        if (p := _strip(norm, start, block[-1].end)) is not None:
            yield p
    else:
        for s in block:
            if len(s) > ONE_LINE_BODY:
                yield from _split_lost_breaks(norm, s)
            elif (p := _strip(norm, s.start, s.end)) is not None:
                yield p


def _split_lost_breaks(norm: str, line: Span) -> Iterator[Span]:
    """Split a one-line body at each run of two or more spaces after the end of a
    sentence or a line in capitals: not after a lower-case letter, a digit, a comma, a
    semicolon or a hyphen, where the spaces are a slip inside a sentence ("Scott ...
    rejected  Everton's charges")."""
    start = pos = line.start
    while (i := norm.find("  ", pos, line.end)) >= 0:
        j = i + 2
        while j < line.end and norm[j] == " ":
            j += 1
        if i > line.start and (norm[i - 1].islower() or norm[i - 1] in "0123456789,;-"):
            pos = j
            continue
        if (p := _strip(norm, start, i)) is not None:
            yield p
        start = pos = j
    if (p := _strip(norm, start, line.end)) is not None:
        yield p


def _title(norm: str, blocks: list[regex.Match[str]]) -> Span | None:
    """A first line that reads as a headline and is followed by a blank line.

    That is: the first block is a single line, more blocks follow, and the line
    is short and does not end like a sentence or a clause.
    """
    if len(blocks) < 2 or "\n" in blocks[0].group():
        return None
    line = _strip(norm, blocks[0].start(), blocks[0].end())
    if line is None or len(line) > TITLE_MAX:
        return None
    text = norm[line.start : line.end]
    bare = text.rstrip("\"')]")
    if bare[-1:] in (".", ":", ";", ",") and (
        len(bare) == len(text) or text.count(" ") >= TITLE_QUOTED_WORDS
    ):
        # a sentence; so is a long line whose full stop stands inside a closing mark
        # ('OTTAWA — ... Chrystia Freeland says ..., calling capital punishment
        # "inhumane."'), while a short one is a headline that ends in a quote ("Elizabeth
        # Warren Hammers Wells Fargo CEO: 'You Should Be Criminally Investigated.'")
        return None
    return line


# -- sentences ------------------------------------------------------------------

#: Candidate sentence ends: terminal punctuation, closing quotes or brackets,
#: then space and something that can open a sentence.
_END_RE: Final = regex.compile(
    r"""
    (?P<stop>[.!?]++|\.\.\.|…)                # the terminal mark(s)
    (?P<close>["')\]]{0,3}+)                  # closing quotes and brackets
    \s++(?=(?P<next>["'(\[]?+[\p{Lu}\p{N}]))  # space, then a capital or digit
    """,
    regex.VERBOSE,
)
#: The word just before a period.
_WORD_BEFORE_RE: Final = regex.compile(r"(?r)(?:[\p{L}\p{N}]++\.)*+[\p{L}\p{N}&]++$")
#: Abbreviations after which a period never ends a sentence: they come before
#: a name or a number (lower-cased, without the final period; lexicon/abbreviations.tsv).
_NEVER_ENDS: Final = frozenset(
    form for form, kind in rows("abbreviations.tsv") if kind in {"name", "month", "word"}
)
#: Abbreviations that may end a sentence: the period ends one only when the
#: next word reads as a sentence opener.
_MAY_END: Final = frozenset(
    form
    for form, kind in rows("abbreviations.tsv")
    if kind in {"company", "company-bare", "word-end", "initials"}
)
#: Capitalised words that usually open a sentence, used after "U.S." and the like.
_OPENERS: Final = frozenset(
    """
    a an the he she it they we i you his her its their our this that these those
    but so yet if when while as after before although though because since
    in on at for from with by of to there here what who why how where which
    mr mrs ms dr meanwhile however still also now then later earlier last next
    some many most all both each one two three no not
    """.split()
)


#: No abbreviation above is longer than this; a longer word before a period
#: (with no period of its own) always ends the sentence.
_LONGEST_ABBREVIATION: Final = max(map(len, _NEVER_ENDS | _MAY_END))
#: The word after a candidate sentence end (space, an optional opening mark).
_NEXT_WORD_RE: Final = regex.compile(r"\s{0,10}+[\"'(]?+(\p{L}{1,20}+)")


def _is_sentence_end(norm: str, m: regex.Match[str]) -> bool:
    if m.group("stop") != ".":
        return True
    dot = m.start()
    # the word before the period: a plain word after a space is the common
    # case and needs no regex; anything else ("U.S.", "(etc.", "AT&T.") does
    space = norm.rfind(" ", max(0, dot - 40), dot)
    word = norm[space + 1 : dot]
    if space < 0 or not word.isalnum():
        word_m = _WORD_BEFORE_RE.search(norm, max(0, dot - 40), dot)
        if word_m is None or norm[word_m.start() - 1 : word_m.start()] == "'":
            return True  # nothing, or a contraction's end: "he wasn't. Michael"
        word = word_m.group()
    word = word.lower()
    if len(word) > _LONGEST_ABBREVIATION and "." not in word:
        return True
    if word == "no":
        return not m.group("next")[-1].isdigit()  # "No. 1" is a rank, "said no." ends
    if word in _NEVER_ENDS:
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "George W. Bush"
    if word in _MAY_END or "." in word:
        # "U.S.", "J.R.R.", "a.m.": ends only before a word that opens sentences
        first = _NEXT_WORD_RE.match(norm, m.end(), m.end() + 40)
        return first is not None and first.group(1).lower() in _OPENERS
    return True


def _sentences(norm: str, paragraph: Span) -> Iterator[Span]:
    # Paragraphs are stripped, a candidate end is followed by space then a
    # capital or digit, and its marks are not space: no sentence needs a strip.
    start = paragraph.start
    for m in _END_RE.finditer(norm, paragraph.start, paragraph.end):
        if _is_sentence_end(norm, m):
            yield Span(start, m.end("close"))
            start = m.end()  # after the space
    yield Span(start, paragraph.end)


# -- words ----------------------------------------------------------------------

#: ASCII letters lower-cased, every other byte a space: ``bytes.split()`` then
#: gives the words of ASCII text.
_ASCII_WORDS_TABLE: Final = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)
#: For lower-cased text encoded with "?" for non-ASCII: letters stay, the rest a space.
_LOWER_WORDS_TABLE: Final = bytes(c if chr(c).isalpha() else 32 for c in range(256))


class Words(NamedTuple):
    """The ASCII words of a text, found in bytes: what :attr:`TextView.words` holds.

    Offsets in ``letters`` are offsets in the text, so ``letters.find(b" said ")``
    is a cheap way to look for a word before any regex runs.
    """

    #: the text with ASCII letters lower-cased and every other character a space
    letters: bytes
    #: the text lower-cased offset for offset, or None when it is all ASCII
    low: str | None
    #: every word of ``letters``, in order
    words: tuple[bytes, ...]
    #: whether ``str.lower`` keeps the text's length (so that ``low`` is its plain lower case)
    same_length: bool


def _words(norm: str) -> Words:
    if norm.isascii():  # the common case: offsets unchanged
        letters = norm.encode("ascii").translate(_ASCII_WORDS_TABLE)
        return Words(letters, None, tuple(letters.split()), True)
    # "?" stands for each other character, so offsets stay the same here too
    low = norm.lower()
    same_length = len(low) == len(norm)
    if not same_length:  # "\u0130" lowers to two code points: lower one by one
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    letters = low.encode("ascii", "replace").translate(_LOWER_WORDS_TABLE)
    return Words(letters, low, tuple(letters.split()), same_length)


# -- the view -------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class TextView:
    """One immutable, shared view of an article's text.

    >>> v = TextView.of("Headline here\\n\\nMr. Smith said no. He left the U.S. on Jan. 5.\\n")
    >>> v.text(v.title)
    'Headline here'
    >>> [v.text(s) for s in v.sentences]
    ['Headline here', 'Mr. Smith said no.', 'He left the U.S. on Jan. 5.']
    """

    original: str  #: the text exactly as given
    norm: str  #: same length, one code point swapped for one (see module doc)
    title: Span | None  #: the headline line, when there is one
    paragraphs: tuple[Span, ...]  #: title first (when present), then body paragraphs
    sentences: tuple[Span, ...]  #: every sentence of every paragraph, in order
    #: spans later stages must not extract from (set by the boilerplate stage)
    boilerplate: tuple[Span, ...] = ()

    @classmethod
    def of(cls, text: str) -> TextView:
        """Build the view of ``text``: normalise, find title, paragraphs and sentences."""
        norm = normalise(text)
        blocks = list(_BLOCK_RE.finditer(norm))
        title = _title(norm, blocks)
        paragraphs: list[Span] = [title] if title is not None else []
        lines = {
            i: _block_lines(norm, *b.span())
            for i, b in enumerate(blocks)
            if norm.find("\n", *b.span()) >= 0
        }
        width = _wrap_width(norm, list(lines.values()))
        # a block that holds most lines of several-line blocks is the article's body
        # with no blank line between paragraphs (one-line blocks, a title, a byline,
        # tell nothing of it, and a paragraph put before the body changes nothing)
        total = sum(len(b) for b in lines.values())
        for i, b in enumerate(blocks):
            if i == 0 and title is not None:
                continue
            start, end = b.span()
            if i in lines:
                body = len(lines[i]) * 4 >= total * 3
                paragraphs.extend(_block_paragraphs(norm, lines[i], width, body))
            elif end - start > ONE_LINE_BODY:  # the common case: a one-line paragraph
                paragraphs.extend(_split_lost_breaks(norm, Span(start, end)))
            elif (p := _strip(norm, start, end)) is not None:
                paragraphs.append(p)
        norm = _unwrapped(norm, paragraphs)
        sentences = tuple(s for p in paragraphs for s in _sentences(norm, p))
        return cls(
            original=text, norm=norm, title=title, paragraphs=tuple(paragraphs),
            sentences=sentences,
        )  # fmt: skip

    def __repr__(self) -> str:
        return (
            f"<TextView chars={len(self.original)} paragraphs={len(self.paragraphs)}"
            f" sentences={len(self.sentences)} boilerplate={len(self.boilerplate)}>"
        )

    @functools.cached_property
    def words(self) -> Words:
        """The ASCII words of :attr:`norm`, lower-cased, in bytes (computed on first use).

        Stages intersect ``words.words`` with their cue words to skip work, and
        the first to ask pays for all.

        >>> TextView.of("Two new TV-shows").words.words
        (b'two', b'new', b'tv', b'shows')
        """
        return _words(self.norm)

    def text(self, span: Span | None) -> str:
        """The original text under ``span`` ('' for None)."""
        return "" if span is None else self.original[span.start : span.end]

    def with_boilerplate(self, spans: tuple[Span, ...]) -> TextView:
        """A copy that leaves out what lies inside ``spans`` (sorted, disjoint).

        Paragraphs and sentences wholly inside a span are dropped; a sentence
        that opens with one (an inline pointer) starts after it.
        """
        if not spans:
            return self
        starts = [s.start for s in spans]

        def cover(x: Span) -> Span | None:
            i = bisect.bisect_right(starts, x.start) - 1
            return spans[i] if i >= 0 and spans[i].end > x.start else None

        def trimmed(x: Span) -> Span | None:
            b = cover(x)
            if b is None:
                return x
            return None if b.end >= x.end else _strip(self.norm, b.end, x.end)

        return attrs.evolve(
            self,
            paragraphs=tuple(p for p in map(trimmed, self.paragraphs) if p is not None),
            sentences=tuple(s for s in map(trimmed, self.sentences) if s is not None),
            boilerplate=spans,
        )

    def body_paragraphs(self) -> tuple[Span, ...]:
        """The paragraphs without the title."""
        return tuple(p for p in self.paragraphs if p != self.title)

    def paragraph_at(self, pos: int) -> Span | None:
        """The paragraph that holds offset ``pos``, if any."""
        return _containing(self.paragraphs, pos)

    def sentence_at(self, pos: int) -> Span | None:
        """The sentence that holds offset ``pos``, if any.

        >>> v = TextView.of("One. Two.")
        >>> v.text(v.sentence_at(6))
        'Two.'
        """
        return _containing(self.sentences, pos)


def _unwrapped(norm: str, paragraphs: list[Span]) -> str:
    """``norm`` with the line breaks inside each paragraph made spaces: a hard-wrapped
    paragraph reads as the same paragraph on one line (same length, so every offset
    holds)."""
    if "\n" not in norm:  # one line (ISOT's bodies): nothing is wrapped
        return norm
    pieces: list[str] = []
    last = 0
    for p in paragraphs:
        if norm.find("\n", p.start, p.end) >= 0:
            pieces.append(norm[last : p.start])
            pieces.append(norm[p.start : p.end].replace("\n", " "))
            last = p.end
    if not pieces:
        return norm
    pieces.append(norm[last:])
    return "".join(pieces)


def _containing(spans: tuple[Span, ...], pos: int) -> Span | None:
    i = bisect.bisect_right(spans, Span(pos, 2**62)) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return None
