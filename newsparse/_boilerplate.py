"""Stage 2: boilerplate -- the lines of a page that are not the story.

What counts is fixed by ANNOTATION.md: promotional and related-article
headlines set in capitals between paragraphs, calls to action, "Advertisement",
"Read more:", photo credits, share prompts, copyright lines, the Reuters
sign-off, AP's ``___`` marker, "Contributing: ..." and "Follow ... on Twitter".
The title, byline and dateline are metadata, not boilerplate.

Each rule looks at one whole line (stripped), except the inline rules, which
find a parenthesised pointer inside a paragraph.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse._model import Span
from newsparse._text import TextView, _strip

__all__ = ["find_boilerplate", "is_boilerplate_line"]

#: Whole-line rules, tried in order; the first that matches names the line.
_LINE_RULES: Final = (
    # "Reuter" / "REUTER" / "Reuters" alone: the Reuters-21578 sign-off
    ("sign-off", regex.compile(r"(?i:reuters?)")),
    # AP's section marker and other rules of underscores, dashes or stars
    ("rule-line", regex.compile(r"[_*=~-]{3,}+")),
    ("advertisement", regex.compile(r"(?i:advertisement|sponsored(?: content)?|ad)")),
    # calls to action
    (
        "call-to-action",
        regex.compile(
            r"""
            (?i:click\ here|tap\ here|sign\ up|subscribe|download\ the|get\ the\ .{0,40}?\ app
               |read\ more|read\ the\ full|related(?:\ (?:article|story|content|coverage))?\s*+:
               |more\ on\ this\ story|see\ also\s*+:|watch\s*+:|listen\s*+:|recommended\s*+:
               |share\ this|share\ on\ |like\ us\ on|join\ (?:us|our)\ |don'?t\ miss\s*+:
               |follow\ (?:us|@|.{1,60}?\ on\ (?:twitter|x|facebook|instagram|threads|linkedin)\b))
            .{0,200}+
            """,
            regex.VERBOSE,
        ),
    ),
    ("contributing", regex.compile(r"(?:Contributing|Additional reporting)\b.{0,300}+")),
    (
        "photo-credit",
        regex.compile(
            r"""
            (?:\(?(?i:photo|image|picture|video|graphic)s?
                 (?:\ (?:credit|copyright))?\s*+[:/]\s*+.{0,200}+
              |(?i:image\ copyright|image\ caption|getty\ images|ap\ photo|reuters/).{0,200}+)
            """,
            regex.VERBOSE,
        ),
    ),
    ("copyright", regex.compile(r"(?:©|\(c\)|(?i:copyright)\s++(?:©\s*+)?\d{4}).{0,200}+")),
    ("copyright", regex.compile(r".{0,200}?(?i:all rights reserved)\.?+")),
)

#: A photographer, a slash, an agency and the caption of the photo ("Ryan Remiorz / The
#: Canadian Press Kevin Vickers, right, ..."): a ``photo-credit`` line, tried only on
#: lines with " / ".
_CREDIT_CAPTION_RE: Final = regex.compile(
    r"""\p{Lu}[\p{L}.'’-]*+(?:\ \p{Lu}[\p{L}.'’-]*+){1,3}+\ /\ (?:The\ )?+
        (?:Canadian\ Press|Associated\ Press|AP|Reuters|AFP|Getty\ Images|PA\ Images
          |Bloomberg|EPA|Shutterstock|Xinhua)\b.{0,250}+""",
    regex.VERBOSE,
)
#: The rules as one pattern, so a line is matched once: alternatives are tried
#: in order, and group ``_<i>`` names the rule ``_LINE_RULES[i]``.
_LINE_RULES_RE: Final = regex.compile(
    "|".join(
        f"(?P<_{i}>(?x:{p.pattern}))" if p.flags & regex.VERBOSE else f"(?P<_{i}>{p.pattern})"
        for i, (_, p) in enumerate(_LINE_RULES)
    )
)

#: No rule matches a longer line (the longest is "contributing": 22 + 300 characters),
#: so story paragraphs are skipped without trying the rules.
LINE_MAX: Final = 330

#: A promotional headline: a line in capitals of at least this many words.
PROMO_MIN_WORDS: Final = 6
#: Share of letters that must be capitals for a line to count as set in capitals.
PROMO_CAPS_SHARE: Final = 0.9
#: Promotional headlines are short; longer lines are never looked at letter by letter.
PROMO_MAX_CHARS: Final = 250
#: Three lower-case letters in a row: not a line set in capitals ("McDONALD'S" passes).
_LOWER_RUN_RE: Final = regex.compile(r"\p{Ll}{3}")
_WORD_RE: Final = regex.compile(r"[\p{L}][\p{L}'.-]*+")
#: Tables and listings in capitals: runs of spaces or dots inside the line.
_TABULAR_RE: Final = regex.compile(r" {3,}+|\.{3,}+")

#: A parenthesised pointer to a graphic or a link inside a paragraph.
_INLINE_RE: Final = regex.compile(
    r"""
    \((?i:for\ (?:a|an|the|more)\ [^()\n]{0,200}?,?\ (?:see|click)\b)[^()\n]{0,200}+\)
    """,
    regex.VERBOSE,
)


def is_boilerplate_line(line: str) -> str | None:
    """The name of the rule that makes ``line`` boilerplate, or None.

    >>> is_boilerplate_line("CLICK HERE TO GET THE FOX NEWS APP")
    'call-to-action'
    >>> is_boilerplate_line(" Reuter")
    'sign-off'
    >>> is_boilerplate_line("Republicans have called on the administration.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > LINE_MAX:
        return None
    m = _LINE_RULES_RE.fullmatch(line)
    if m is not None:
        return _LINE_RULES[int(m.lastgroup[1:])][0]  # type: ignore[index]
    if " / " in line and _CREDIT_CAPTION_RE.fullmatch(line):
        return "photo-credit"
    if _is_promo_headline(line):
        return "promo-headline"
    return None


def _is_promo_headline(line: str) -> bool:
    if len(line) > PROMO_MAX_CHARS or _LOWER_RUN_RE.search(line):
        return False
    words = _WORD_RE.findall(line)
    if len(words) < PROMO_MIN_WORDS or line.endswith("?") or _TABULAR_RE.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    caps = sum(1 for c in letters if c.isupper())
    return caps >= PROMO_CAPS_SHARE * len(letters)


def find_boilerplate(view: TextView) -> tuple[Span, ...]:
    """Spans of the lines (and inline pointers) that are not the story, in order.

    >>> v = TextView.of("Story text.\\nCLICK HERE TO GET THE FOX NEWS APP\\nMore story.")
    >>> [v.text(s) for s in find_boilerplate(v)]
    ['CLICK HERE TO GET THE FOX NEWS APP']
    """
    norm = view.norm
    out: list[Span] = []
    title_end = view.title.end if view.title is not None else -1
    start = 0
    while start <= len(norm):
        end = norm.find("\n", start)
        if end < 0:
            end = len(norm)
        short = end - start <= 2 * LINE_MAX  # longer lines cannot strip to LINE_MAX
        if (
            start > title_end
            and short
            and is_boilerplate_line(norm[start:end])
            and (line := _strip(norm, start, end)) is not None  # never None: the line has text
        ):
            out.append(line)
        start = end + 1
    if "(" in norm:
        for p in view.paragraphs:
            out.extend(Span(m.start(), m.end()) for m in _INLINE_RE.finditer(norm, p.start, p.end))
    return tuple(sorted(out))
