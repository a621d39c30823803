"""Quote-mark pairing for the statements stage.

Works on :attr:`TextView.norm`, where curly quotes and guillemets are already
straight ``"`` and ``'``. Double marks are paired paragraph by paragraph, each
mark read as an opener or a closer from the characters beside it; a mark that
cannot be paired is dropped locally, so one bad mark never costs the rest of
the article. Single marks are paired only outside double quotes (a nested
quote stays part of its outer quote) and only when they read as quote marks,
not apostrophes ("don't", "Abbott's", "'60s", "voters' rights").
"""

from __future__ import annotations

import bisect
from typing import Final, NamedTuple

import regex

from newsparse._model import Span
from newsparse._text import TextView

__all__ = ["Quote", "find_quotes"]

#: Characters after which a mark opens a quote.
_OPEN_BEFORE: Final = frozenset(" \n([{-\u2014/:;,")
#: Characters before which a mark closes a quote.
_CLOSE_AFTER: Final = frozenset(" \n)]}.,;:!?-\u2014\u2015/")
#: A double mark: '"', or two single marks standing for one ("creators,'' says").
_DOUBLE_RE: Final = regex.compile(r"\"|''")
#: The longest single-quoted stretch (in characters) taken as a quote.
SINGLE_MAX: Final = 400
#: Words that start with an apostrophe, not a quote mark ("'em", "'til").
_ELISION_RE: Final = regex.compile(
    r"'(?:em|til|cause|n|s|tis|twas|bout|round|\d\d(?:s|\b))\b", regex.IGNORECASE
)


class Quote(NamedTuple):
    """One quoted stretch: ``text`` lies between the marks (or to paragraph end).

    A named tuple rather than an attrs class: an article has many quote marks
    (and an adversarial text a hundred thousand), and a tuple is built faster.
    """

    text: Span  #: between the marks, the closing comma and spaces left out
    open: int  #: offset of the opening mark
    close: int | None  #: offset of the (last character of the) closing mark; None if unclosed
    paragraph: Span  #: the paragraph it stands in
    continues: bool  #: opens a paragraph that carries on the previous paragraph's quote
    mark: str  #: '"' or "'"


#: :data:`_OPEN_BEFORE` and the quote marks: after one of these a mark may open.
_OPEN_BEFORE_OR_MARK: Final = _OPEN_BEFORE | {'"', "'"}
#: :data:`_CLOSE_AFTER` and the quote marks: before one of these a mark may close.
_CLOSE_AFTER_OR_MARK: Final = _CLOSE_AFTER | {'"', "'"}


def _double_marks(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the :data:`_DOUBLE_RE` matches in ``[lo, hi)``; with no ``''`` in
    the range they are the ``"`` marks, which ``str.find`` lists faster."""
    if norm.find("''", lo, hi) >= 0:
        return [m.span() for m in _DOUBLE_RE.finditer(norm, lo, hi)]
    out = []
    i = norm.find('"', lo, hi)
    while i >= 0:
        out.append((i, i + 1))
        i = norm.find('"', i + 1, hi)
    return out


def _pair_double(norm: str, para: Span, continues: bool, nxt: Span | None) -> list[Quote]:
    """The double-quoted stretches of one paragraph.

    Each mark may open a quote when it follows space or :data:`_OPEN_BEFORE` and
    precedes no space, and may close one when it follows no space and precedes
    :data:`_CLOSE_AFTER` (either, when it may do neither: "word"word). A quote's
    text leaves out the spaces inside the marks and a closing comma.
    """
    out: list[Quote] = []
    lo, hi = para.start, para.end
    opened = -1  # offset of the opening mark (-1: none open)
    text_at = 0  # where the text after the opening mark starts
    first = True
    marks = _double_marks(norm, lo, hi)
    skip = -1  #: the index of a nested quote's closing mark, read as no mark
    for k, (i, j) in enumerate(marks):
        if k == skip:
            continue
        may_open, may_close = _roles(norm, i, j, lo, hi)
        if opened < 0:
            if may_open:
                opened, text_at = i, j
            continue
        if (
            not may_close
            and k + 2 < len(marks)
            and _roles(norm, *marks[k + 1], lo, hi) == _CLOSER
            and _roles(norm, *marks[k + 2], lo, hi) == _CLOSER
        ):
            # an opener, then two closers: a quote nested in the open one, in the same
            # marks ("I'd rather live in what he calls "hell" than live in a world where
            # he is president."), not a quote that lost its closing mark
            skip = k + 1
            continue
        if (t := _text_span(norm, text_at, i)) is not None:
            out.append(
                Quote(t, opened, j - 1 if may_close else None, para,
                      continues and first and opened == lo, '"')
            )  # fmt: skip
            first = False
        # closed here; or a second opener: the previous quote lost its closing mark
        opened, text_at = (-1, 0) if may_close else (i, j)
    if opened >= 0 and (t := _text_span(norm, text_at, hi)) is not None:
        # unclosed at the paragraph's end: the news convention when the next paragraph
        # opens with a mark; otherwise take it to the end only when it opens the paragraph
        # or follows a colon or comma (a quote that runs to the end of its paragraph)
        before = norm[lo:opened].rstrip()
        runs_on = nxt is not None and norm.startswith('"', nxt.start)
        if runs_on or not before or before[-1] in ":,":
            out.append(
                Quote(text=t, open=opened, close=None, paragraph=para,
                      continues=continues and first and opened == lo, mark='"')
            )  # fmt: skip
    return out


#: The roles of a mark that can only close a quote.
_CLOSER: Final = (False, True)


def _roles(norm: str, i: int, j: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark ``[i, j)`` of the paragraph ``[lo, hi)`` may open a quote and
    whether it may close one, read from the characters beside it (both, when it may do
    neither: "word"word or a lone mark between spaces)."""
    before = norm[i - 1] if i > lo else " "
    after = norm[j] if j < hi else " "
    may_open = before in _OPEN_BEFORE_OR_MARK and not after.isspace()
    may_close = not before.isspace() and after in _CLOSE_AFTER_OR_MARK
    if not may_open and not may_close:
        return True, True
    return may_open, may_close


def _text_span(norm: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without spaces at either end or a closing comma; None if empty."""
    while start < end and norm[start].isspace():
        start += 1
    while end > start and (norm[end - 1].isspace() or norm[end - 1] == ","):
        end -= 1
    return Span(start, end) if end > start else None


def _pair_single(norm: str, para: Span, taken: list[Quote], i: int) -> list[Quote]:
    """The single-quoted stretches of one paragraph, from its first mark at ``i``."""
    out: list[Quote] = []
    lo, hi = para.start, para.end
    opened: int | None = None
    opens: list[int] | None = None  # the double quotes' starts: made when first needed
    ends: list[int] = []
    while i >= 0:
        before = norm[i - 1] if i > lo else " "
        # most marks are apostrophes ("don't", "Abbott's"): with no quote open, a mark
        # after a letter opens none, nested in a double quote or not
        if opened is not None or before in _OPEN_BEFORE:
            if opens is None:
                opens = [q.open + 1 for q in taken]  # singles inside doubles are nested
                ends = [q.close if q.close is not None else q.text.end for q in taken]
            k = bisect.bisect_right(opens, i) - 1
            if not (k >= 0 and i < ends[k]):
                after = norm[i + 1] if i + 1 < hi else " "
                if opened is None:
                    if (after.isalnum() or after in '"$') and not _ELISION_RE.match(norm, i, hi):
                        opened = i
                elif i - opened > SINGLE_MAX:
                    opened = None
                elif (
                    (before.isalnum() or before in ".,!?")
                    and (after in _CLOSE_AFTER or after == '"')
                    and not (
                        before == "s" and after == " " and i + 2 < hi and norm[i + 2].islower()
                    )
                ):
                    if (t := _text_span(norm, opened + 1, i)) is not None:
                        out.append(
                            Quote(text=t, open=opened, close=i, paragraph=para, continues=False,
                                  mark="'")
                        )  # fmt: skip
                    opened = None
        i = norm.find("'", i + 1, hi)
    return out


def find_quotes(view: TextView) -> list[Quote]:
    """Every quoted stretch of the body paragraphs, in text order.

    >>> v = TextView.of('"We will win," she said. It\\'s \\'odd\\' and "unclosed')
    >>> [v.norm[q.text.start : q.text.end] for q in find_quotes(v)]
    ['We will win', 'odd']
    """
    norm = view.norm
    # :meth:`TextView.body_paragraphs`, compared by start and end: no Span.__ne__ calls
    title = view.title
    t_start, t_end = (-1, -1) if title is None else (title.start, title.end)
    paras = [p for p in view.paragraphs if p.start != t_start or p.end != t_end]
    out: list[Quote] = []
    continues = False
    # the next mark of each kind at or after the paragraph: a paragraph with neither
    # (most) costs two comparisons
    dq = norm.find('"')
    sq = norm.find("'")
    last = len(paras) - 1
    for k, para in enumerate(paras):
        if 0 <= dq < para.start:
            dq = norm.find('"', para.start)
        if 0 <= sq < para.start:
            sq = norm.find("'", para.start)
        has_double = 0 <= dq < para.end
        has_single = 0 <= sq < para.end
        if not has_double and not has_single:
            continues = False
            continue
        nxt = paras[k + 1] if k < last else None
        doubles = _pair_double(norm, para, continues, nxt) if has_double else []
        continues = (
            bool(doubles) and doubles[-1].close is None and doubles[-1].text.end >= para.end - 1
        )
        continues = continues and nxt is not None and norm.startswith('"', nxt.start)
        singles = _pair_single(norm, para, doubles, sq) if has_single else []
        # each list is in text order already: only a mix needs sorting
        out.extend(
            sorted(doubles + singles, key=lambda q: q.open)
            if doubles and singles
            else doubles or singles
        )
    return out
