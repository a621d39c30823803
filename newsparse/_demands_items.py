"""Demands, part 2: where a demanded thing ends, how a list splits, and its terms.

Everything here works on :attr:`TextView.norm` with absolute offsets and
returns spans; :mod:`newsparse._demands` turns them into text.
"""

from __future__ import annotations

from typing import Final

import regex

from newsparse._lexicon import words
from newsparse._model import Span

__all__ = ["BASE_VERBS", "DURATION_RE", "deadline", "item_end", "split_items", "terms", "trim"]

#: Base-form verbs that open a demanded action (lexicon/demand_base_verbs.txt).
BASE_VERBS: Final = words("demand_base_verbs.txt")

#: A reporting tail ahead: "Mr Smith said", "the ministry told" (a look-ahead fragment).
_SAID_AHEAD: Final = r"""(?=(?:[^,.;"]{0,60}?\s)?(?:said|says|say|told|added|reported|wrote
                            |stressed)\b)"""
#: Where the thing demanded stops: the end of its clause, a reporting tail,
#: or the terms attached to it (those are read by :func:`terms`). Only the start of a
#: match is used. Speed: the branches that open with a comma or a space share it and one
#: look-ahead, so that each comma and space is tried once, not once a branch.
_END_RE: Final = regex.compile(
    r"""
    [;:] | \((?![\p{Lu}]{2,6}\)) | \u2014         # a colon, semicolon, bracket or dash
    | ,"\s++"""
    + _SAID_AHEAD
    + r"""                       # '," the minister said': a closing mark, then the tail
    | ,\s++(?:"?"""
    + _SAID_AHEAD
    + r"""
             |(?=(?:which|who|whom|whose|where|while|but|saying|arguing|adding|citing
                   |telling|noting|warning
                   |according|although|though|because|after|so\ that|even|aimed|designed
                   |intended)\b
                |to\s++(?:see|find\ out|check|determine)\b       # ", to see whether"
                |(?:have|has|had|is|are|was|were|will|would)\s   # ", have been"
                |there\s++(?:is|are|was|were)\b|(?:he|she|they|it|we|I)'(?:s|re|ve|ll|d)\b
                |(?:[\p{Lu}][\p{L}.-]*+\s++){1,3}[a-z]{2,20}?ed\s  # ", Mr Smith added"
                |(?:he|she|they|it|we|I)\s++(?:has|have|had|is|was|were|are|will|would|said
                                            |says)\b
                |and\s++(?:he|she|they|we|I)\s++(?:has|have|had|is|was|were|are|will|would
                                               |(?!need\b)[a-z]{2,20}?ed)\b  # ", and she urged"
                |[a-z]{2,20}?ed\s++(?:the|a|an|his|her|their|it)\b  # ", prompting the"
                |or\ (?:face|else)\b))                            # the terms
    | \s(?=[-\u2014\sowudiahb])  # guard: the first letters of the words below (speed)
       (?:[-\u2014]{1,2}+\s                                # a dash between clauses
          |\s*+(?=or\ (?:face|else)\b)                      # the terms
          |(?=who\s)(?<!\b(?:about|of|on|to|for|over|know|see|decide)\s)
          |(?=(?:when|until|despite|in\ spite\ of|as\ tantamount)\s
             |and\ (?:in\ protest|in\ response|to\ protest)\b
             |and\ (?:said|says|added|told|called|urged|asked|demanded|warned
                    |saying|adding|telling|warning|noting|arguing|insisting)\b
             |and\ (?:he|she|they|we|I)\ (?:has|have|had|is|was|were|are|will|would
                                          |(?!need\b)[a-z]{2,20}?ed)\b
             |(?:have|has|had|were|was|are|is)\s++(?:already|not|also|been|since)\b
             |(?:amid|because(?!\ of)|although|whereas|unless|if)\s
             |but\s++(?:he|she|they|it|we|I|the|a|an|his|her|their|its|[\p{Lu}])\b
             |in\ (?:exchange|return)\ for\s|as\ a\ condition\ (?:for|of)\s
             |on\ condition\ that\s                           # the terms
             |in\ a\ (?:letter|statement|tweet|speech|report|post)\b))
    """,
    regex.VERBOSE,
)

#: The terms after a demand: an exchange offered or a threat attached.
_TERMS_RE: Final = regex.compile(
    r"""
    \s*+,?\s*+
    (?:
      (?P<exchange_cue>in\ (?:exchange|return)\ for|as\ a\ condition\ (?:for|of))
    | (?P<condition_cue>or(?=\ (?:face|else)\b)|unless)
    )
    \s++(?P<what>(?:[^;.:]|(?<=\b\p{Lu})\.|\.(?=\s[a-z])){1,200}?)  # "U.S." stays
    (?=\s*+(?:[,;:]\s|\.\s(?![a-z])|[.;:]?$|,\s*+as\ well\ as\b|"))
    """,
    regex.VERBOSE,
)

#: A deadline inside an item ("by midday on Monday", "within 30 days").
_DEADLINE_RE: Final = regex.compile(
    r"""
    \b(?:by|before|within|until)\s++
    (?:midday|noon|midnight|the\ end\ of\ \w++|next\ \w++|\d{1,4}\ (?:days|hours|weeks|months)
      |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
      |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\w*+\.?\ \d{1,2}
      |\d{4})
    [^,;.]{0,30}+
    """,
    regex.VERBOSE,
)

#: What a match of :data:`_TERMS_RE` opens with after its spaces and comma ...
_TERMS_FIRST: Final = frozenset("iaou")
#: ... and a word every match of :data:`_DEADLINE_RE` holds.
_DEADLINE_WORDS: Final = ("by", "before", "within", "until")

#: Words after which the rest of an item is one example list, never split.
_RELATIVE_RE: Final = regex.compile(r"\s(?:that|which|who)\s")
_KEEP_RE: Final = regex.compile(r",?\s++(?:including|such\ as|especially|notably|like)\s", regex.V0)

#: Separators of coordinated items: commas, "and", "or", "as well as".
_SEP_RE: Final = regex.compile(
    r"""
    (?P<sep>,\s++(?:and\s++|or\s++)?|\s++and\s++(?:(?:to|for)\s++)?|\s++or\s++
      |,?\s++as\ well\ as\s++)
    (?:[\p{L}]{1,20}?ly\s++)?                              # "and possibly convert"
    (?P<next>"?[\p{L}\d$£€][\p{L}\d'-]*+)
    """,
    regex.VERBOSE,
)

#: Words that open a noun phrase: a coordinated noun phrase that starts with
#: one of them is a new item ("a 35-hour week and an increase in wages").
_DETERMINERS: Final = frozenset(
    "a an the more less their his her its our my your this that these those some any "
    "further new tougher greater better lower higher".split()
)


_ABBREV_END_RE: Final = regex.compile(r"(?:\b[\p{Lu}]\.)++$")
_LEAD_RE: Final = regex.compile(r"(?:and|or|to|for)\s++")
#: The first letters of :data:`_LEAD_RE` (a cheap test before it).
_LEAD_FIRST: Final = frozenset("aotf")
#: The first word of an item.
_LETTERS_RE: Final = regex.compile(r"[\p{L}]++")


def trim(norm: str, start: int, end: int) -> Span | None:
    """The span without outer spaces, trailing commas, full stops and a leading conjunction."""
    while start < end and norm[start] in " \n,":
        start += 1
    while end > start and norm[end - 1] in " \n,;:":
        end -= 1
    if end > start and norm[end - 1] == "." and not _ABBREV_END_RE.search(norm, start, end):
        end -= 1
    lead = _LEAD_RE.match(norm, start, end) if norm[start : start + 1] in _LEAD_FIRST else None
    if lead is not None:
        start = lead.end()
    if end > start and norm[end - 1] == '"' and norm.count('"', start, end) % 2:
        end -= 1  # a closing mark whose opening is outside the item
    while end > start and norm[end - 1] in " \n,":
        end -= 1
    return Span(start, end) if end > start else None


#: A vague duration: how long someone has asked, not part of what is asked ("have been
#: seeking a large tax cut like this | for many years", "demands | for weeks").
_DURATION: Final = (
    r"(?:many\s++|several\s++|a\s++few\s++|some\s++)?+(?:days|weeks|months|years|decades)"
)
DURATION_RE: Final = regex.compile(_DURATION + r"(?![\p{L}\p{N}])")
#: A vague duration after "for" that ends an item, read backwards from the item's end.
_DURATION_END_RE: Final = regex.compile(r"(?r)\sfor\s++" + _DURATION + r"\s*+[.,]?\s*+\Z")


def item_end(norm: str, start: int, end: int, in_quote: bool) -> int:
    """Where the demanded thing that opens at ``start`` stops (at most ``end``): before a
    vague duration that ends it ("for many years")."""
    if in_quote:
        q = norm.find('"', start, end)
        if q >= 0:
            end = q
    m = _END_RE.search(norm, start, end)
    stop = m.start() if m is not None else end
    if "for " in norm[max(start, stop - 24) : stop]:
        duration = _DURATION_END_RE.search(norm, start, stop)
        if duration is not None:
            stop = duration.start()
    return stop


def terms(norm: str, pos: int, end: int) -> tuple[str | None, Span | None, Span | None, int]:
    """Terms after an item: ``(kind, cue span, what span, end)``; kind "exchange" or "condition"."""
    # Speed: past its spaces and comma, every match opens with one of _TERMS_FIRST
    # (str.isspace takes all that the pattern's spaces take)
    i = pos
    while i < end and (norm[i].isspace() or norm[i] == ","):
        i += 1
    m = _TERMS_RE.match(norm, pos, end) if norm[i : i + 1] in _TERMS_FIRST else None
    if m is None:
        return None, None, None, pos
    kind = "exchange" if m["exchange_cue"] else "condition"
    cue = Span(m.start(kind + "_cue"), m.end(kind + "_cue"))
    return kind, cue, trim(norm, m.start("what"), m.end("what")), m.end()


def deadline(norm: str, item: Span) -> Span | None:
    """A deadline inside an item, if any."""
    text = norm[item.start : item.end]
    if not any(map(text.__contains__, _DEADLINE_WORDS)):
        return None
    m = _DEADLINE_RE.search(norm, item.start, item.end)
    return None if m is None else trim(norm, m.start(), m.end())


def split_items(norm: str, region: Span, kind: str) -> list[Span]:
    """Split a demanded region into items.

    ``kind`` is "vp" (verb phrases: split where a base-form verb opens the next
    conjunct), "np" (noun phrases: split a comma list that ends in "and"/"or",
    or "and" before a determiner or a gerund) or "clause" (never split).
    """
    start, end = region.start, region.end
    if kind == "clause":
        return [s for s in [trim(norm, start, end)] if s is not None]
    # Speed: each pattern is searched only when the region holds a word it needs
    text = norm[start:end]
    keep = _KEEP_RE.search(norm, start, end) if _has_any(text, _KEEP_WORDS) else None
    limit = keep.start() if keep is not None else end
    text = text[: limit - start]
    cuts: list[tuple[int, int]] = []
    seps = list(_SEP_RE.finditer(norm, start, limit)) if _has_any(text, _SEP_WORDS) else []
    wrapped = norm.count('"', start, end) == 2 and norm[end - 1] == '"'
    quote_depth_ok = [wrapped or norm.count('"', start, m.start()) % 2 == 0 for m in seps]
    rel = _RELATIVE_RE.search(norm, start, limit) if _has_any(text, _RELATIVE_WORDS) else None
    if kind == "vp":
        for m, ok in zip(seps, quote_depth_ok, strict=True):
            nxt = m["next"].lstrip('"').lower()
            if ok and (nxt in BASE_VERBS or nxt == "to") and m["sep"].strip() != "or":
                cuts.append((m.start(), m.end("sep")))
    else:
        first = _LETTERS_RE.match(norm[start : start + 30])
        gerund = first is not None and first.group().lower().endswith("ing")
        listed = any(m["sep"].startswith(",") for m in seps) and _has_final_and(seps)
        last_and = _last_and(seps)
        for m, ok in zip(seps, quote_depth_ok, strict=True):
            if not ok:
                continue
            nxt = m["next"].lstrip('"').lower()
            sep = m["sep"]
            if rel is not None and m.start() > rel.start() and nxt not in BASE_VERBS:
                continue  # "programs that support education, research and health": one item
            if (
                "as well as" in sep
                or sep.rstrip().endswith("for")
                or (listed and (sep.startswith(",") or m is last_and))
                or ("and" in sep and nxt in _DETERMINERS)
                or ("and" in sep and gerund and nxt.endswith("ing"))
            ):
                cuts.append((m.start(), m.end("sep")))
    out: list[Span] = []
    pos = start
    for a, b in cuts:
        if (s := trim(norm, pos, a)) is not None:
            out.append(s)
        pos = b
    if (s := trim(norm, pos, end)) is not None:
        out.append(s)
    return out


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, parts))


#: Literal text every match of :data:`_KEEP_RE`, :data:`_SEP_RE` and :data:`_RELATIVE_RE`
#: holds one of (a cheap test before the search).
_KEEP_WORDS: Final = ("including", "such as", "especially", "notably", "like")
_SEP_WORDS: Final = (",", "and", "or", "as well as")
_RELATIVE_WORDS: Final = ("that", "which", "who")


def _has_final_and(seps: list[regex.Match[str]]) -> bool:
    return bool(seps) and seps[-1]["sep"].strip(" ,") in {"and", "or"}


def _last_and(seps: list[regex.Match[str]]) -> regex.Match[str] | None:
    for m in reversed(seps):
        if m["sep"].strip(" ,") in {"and", "or"}:
            return m
    return None
