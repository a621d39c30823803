"""Stage 3: figures -- money, percentages, counts, ranks and quantities.

One pattern, :data:`_FIGURE_RE`, is searched left to right over every paragraph
of the view. Each match is one of

* a **ratio** ("one in four" -> 25 %),
* a **rank** ("No. 1", "number two", "second-largest"),
* a **vague count** ("dozens of" -> 24, "hundreds of" -> 200, qualifier "at least"),
* a **number expression**: an optional currency sign or code, a number (digits
  or words), an optional scale ("million", "bn", "m"), an optional second end
  of a range ("-50", "to 30", "and 15.5" after "between") and an optional
  suffix: a percent word, a currency word, a physical unit, or a time word.

:func:`_number_figures` then decides what a number expression is: a time
expression (a year, a date, a clock time, a duration, an age), a number inside
a name ("Title 42", "Boeing 737", "COVID-19"), a phone number or a ticker are
consumed and give no figure; everything else becomes one figure (two for a
range). ``qualifier`` is read just before the figure, ``per`` just after it.
Rule names are ``KIND.HOW`` (``money.sign-number``, ``percent.word``, ...) and
are listed in ``docs/explanation/figures.rst``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Final

import regex

from newsparse._lexicon import rows, words
from newsparse._model import Figure, FigureKind, Span
from newsparse._text import TextView

__all__ = ["find_figures"]

# -- lexicons -------------------------------------------------------------------

_CURRENCY_ROWS: Final = rows("currencies.tsv")


def _case_blind(form: str) -> bool:
    """Currency words ("dollars", "US dollars") match case-blind; signs and codes do not."""
    return " " in form or form.islower()


#: form (as listed; case-blind forms lower-cased) -> (ISO code, factor to whole units)
CURRENCIES: Final[dict[str, tuple[str, Decimal]]] = {
    (f.lower() if _case_blind(f) else f): (code, Decimal(factor))
    for f, code, _where, factor in _CURRENCY_ROWS
}
_CUR_BEFORE: Final = frozenset(f for f, _c, w, _x in _CURRENCY_ROWS if w in ("before", "both"))
_CUR_AFTER_CODES: Final = frozenset(
    f for f, _c, w, _x in _CURRENCY_ROWS if w in ("after", "both") and not _case_blind(f)
)
_CUR_AFTER_WORDS: Final = frozenset(
    f for f, _c, w, _x in _CURRENCY_ROWS if w == "after" and _case_blind(f)
)
_CUR_ATTACHED: Final = frozenset(f for f, _c, w, _x in _CURRENCY_ROWS if w == "attached")
UNITS: Final = words("units.txt")
_NUMBER_ROWS: Final = rows("numbers.tsv")
#: number word -> value ("twenty" -> 20, "million" -> 1000000, "dozen" -> 12)
NUMBER_WORDS: Final[dict[str, int]] = {
    w: int(v) for w, v, kind in _NUMBER_ROWS if kind in ("cardinal", "multiplier")
}
_SMALL_WORDS: Final = frozenset(w for w, _v, kind in _NUMBER_ROWS if kind == "cardinal")
_MULTIPLIERS: Final = frozenset(w for w, _v, kind in _NUMBER_ROWS if kind == "multiplier")
#: ordinal word -> rank ("second" -> 2)
ORDINALS: Final[dict[str, int]] = {w: int(v) for w, v, kind in _NUMBER_ROWS if kind == "ordinal"}
QUALIFIERS: Final = words("figure_qualifiers.txt")
ID_NOUNS: Final = words("figure_id_nouns.txt")

# -- closed sets (in code) -----------------------------------------------------

#: scale words and abbreviations after a number -> multiplier
_SCALES: Final[dict[str, int]] = {
    "hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "dozen": 12, "dozens": 12, "lakh": 10**5, "crore": 10**7,
    "mln": 10**6, "mn": 10**6, "mil": 10**6, "bln": 10**9, "bn": 10**9, "tn": 10**12,
    "trn": 10**12, "trln": 10**12, "tln": 10**12, "k": 1_000, "m": 10**6, "b": 10**9,
}  # fmt: skip
#: one-letter scales that need a currency or a decimal point to mean a multiple ("£5m", "1.2m")
_LETTER_SCALES: Final = frozenset("mMbB")
#: words after a number that make it a time expression (not a figure here)
_TIME_WORDS: Final = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries year-old years-old yr yrs
    """.split()
)
#: clock and time-zone marks after a number
_CLOCK_WORDS: Final = frozenset("a.m. p.m. am pm gmt bst utc est edt pst o'clock".split())
#: fraction words after a spelled number ("two-thirds"): optional in the gold, not emitted
_FRACTION_WORDS: Final = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths tenth tenths".split()
)
_MONTHS: Final = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
#: superlatives after an ordinal that make it a rank ("second-largest")
_SUPERLATIVES: Final = frozenset(
    """
    largest biggest highest lowest most least best worst richest poorest busiest smallest
    strongest weakest fastest slowest deadliest oldest youngest greatest heaviest
    top leading ranked
    """.split()
)
#: vague plurals -> the lowest value they imply
_VAGUE: Final[dict[str, int]] = {
    "tens": 20, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000,
    "millions": 2 * 10**6, "billions": 2 * 10**9, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "tens of millions": 2 * 10**7,
    "hundreds of millions": 2 * 10**8,
}  # fmt: skip
#: capitalised words that may stand before a bare count without making it a name
_OPENERS: Final = frozenset(
    """
    a an the and but or so yet if when while as after before since until by in of on at to
    for from with without into than then there here all only just some about around nearly
    almost roughly approximately over under more less fewer another those these its his her
    their our your my both each every top last next first even still also already now
    another between up down at least among including except per like unlike
    """.split()
)
#: the periods a rate can be "per"
_PERIODS: Final = frozenset(
    """
    year month week day hour quarter annum barrel share tonne ton ounce gallon litre liter
    person head capita head household student visit kilogram kilo pound
    """.split()
)
_ADVERB_PERIODS: Final[dict[str, str]] = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "hourly": "hour",
}  # fmt: skip

#: number words a figure can open with (or that a figure's opening "a" comes before)
_WORD_ANCHORS: Final = frozenset(
    _SMALL_WORDS | _MULTIPLIERS | (ORDINALS.keys() - {"first"}) | {"number"}
    | {"tens", "hundreds", "dozens", "scores", "thousands", "millions", "billions"}
)  # fmt: skip
#: letter-led currency prefixes as they stand before a sign or a digit ("US" of "US$", "USD")
_PREFIX_WORDS: Final = frozenset(f.removesuffix("$") for f in _CUR_BEFORE if f[:1].isalpha()) | {
    "No",
    "No.",
    "no.",
}

# -- patterns --------------------------------------------------------------------

_DIGITS: Final = r"""
    (?:\d{1,3}(?:,\d{3}){1,6}+|\d{1,18}+)(?![\d,]\d)  # 1,200 | 20: bounded, so values stay sane
    (?:\.\d{1,12}+(?!\d))?+                           # .5
    |\.\d{1,12}+(?!\d)                                # .45
"""
_WORDS: Final = r"""
    (?:(?:half[\s-]a|an?)(?=[\s-]++\L<multipliers>(?!\p{L}))   # "a dozen", "half a million"
      |\L<small>(?:-\L<small>)?+(?!\p{L})                       # "twenty-three", "one"
    )
    (?:                                                          # more words, bounded
      (?:(?<=\L<multipliers>)[\s-]++and)?+                       # "hundred and six"
      (?:[\s-]++and[\s-]++a[\s-]++half                            # "one and a half"
        |[\s-]++(?:\L<small>|\L<multipliers>)(?!\p{L}))
    ){0,24}+
"""
_SCALE: Final = r"""
    (?:[\s-]?+(?P<{g}>(?i:thousand|million|billion|trillion|hundred|dozens?|lakh|crore
                        |mln|mn|mil|bln|bn|trln|trn|tln|tn))(?!\p{{L}})
      |(?<=\d)(?P<{g}>[kKmMbB])(?![\p{{L}}\p{{N}}]))                # "£3.5m", "10k"
"""
_FIGURE_RE: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}_.,/:$£€¥#@'=%&~])(?<![\p{L}\p{N}]-)   # not inside a word, code, name or URL
    (?:
      # 0. spans that hold no figure: phone numbers and exchange tickers
      (?P<skip>\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\p{N})     # (202) 555-0123
              |\+\d{1,3}[\s.-]\d{2,4}(?:[\s.-]\d{2,4}){1,4}+(?!\p{N})  # +44 20 7946 0000
              |\d{1,6}\.[A-Z]{1,2}\b)                                 # 0700.HK, 7203.T
    | # 1. ratio: "one in four", "1 out of 5"
      (?P<r1>\d{1,3}|(?i:\L<small>))\s++(?:in|out\s++of)\s++
      (?P<r2>\d{1,4}|(?i:\L<small>(?:-\L<small>)?+))
      (?![\p{L}\p{N}]|[.,]\d)
    | # 2. rank: "No. 1", "No 2", "number one"
      (?P<rank_no>(?:No\.?|no\.)\s?(?P<rank_n>\d{1,3})(?![\p{L}\p{N}]|[.,]\d))
    | (?P<rank_word>number[\s-](?P<rank_w>(?i:\L<small>))(?!\p{L}))
    | # 3. rank: an ordinal with a superlative, "second-largest", "3rd biggest"
      (?P<rank_ord>(?P<ord>(?i:\L<ordinals>)|\d{1,2}(?:st|nd|rd|th))[\s-](?i:\L<superlatives>)
        (?!\p{L}))
    | # 4. vague counts: "dozens of", "hundreds of thousands of"
      (?P<vague>(?i:tens|hundreds|dozens|scores|thousands|millions|billions)
        (?:\s++of\s++(?i:thousands|millions))?+)(?=\s++of\s)
    | # 5. a number expression, possibly a range
      (?P<pre>\L<cur_before>)?+(?(pre)\s?+)
      (?P<n1>"""
    + _DIGITS
    + r"|(?i:"
    + _WORDS
    + r"""))
      """
    + _SCALE.format(g="s1")
    + r"""?
      (?P<p1>\s?%|\s(?i:percent|per\s?cent|pct))?
      (?:(?P<sep>\s?+-\s?+                              # "40-50", "5 - 10"
              |\s++(?:to|through)\s++                   # "20 to 30"
              |(?<=\bbetween\s[^;:]{1,25})\s++and\s++)  # "between 5 and 10"
         (?P<pre2>\L<cur_before>)?+(?(pre2)\s?+)
         (?P<n2>"""
    + _DIGITS
    + r"|(?i:"
    + _WORDS
    + r"""))
         """
    + _SCALE.format(g="s2")
    + r"""?
      )?
      (?:[\s-]?+(?P<pct>(?i:percentage[\s-]points?|percent(?:age)?[\s-]points?|basis[\s-]points?
                          |bps|%|percents?|per\s?cent|pct|percentage))(?![\p{L}])
        |(?<=\d)(?P<att>\L<cur_attached>)(?![\p{L}\p{N}])   # "50p"
        |[\s-]?+(?P<cur>\L<cur_after_codes>|(?i:\L<cur_after_words>))(?![\p{L}])
        |[\s-]?+(?P<unit>(?i:\L<units>))(?![\p{L}])
        |[\s-]?+(?P<time>(?i:\L<time_words>))(?![\p{L}])
        |[\s-]?+(?P<clock>(?i:\L<clock_words>))(?![\p{L}])
        |-(?P<frac>(?i:\L<fractions>))(?![\p{L}])
        |(?![\p{L}\p{N}_]|[.,:/-]\d|\(\p{L}\))          # no suffix: whole numbers only
      )
    )
    """,
    regex.VERBOSE,
    small=_SMALL_WORDS,
    multipliers=_MULTIPLIERS,
    ordinals=ORDINALS.keys(),
    superlatives=_SUPERLATIVES,
    cur_before=_CUR_BEFORE,
    cur_attached=_CUR_ATTACHED,
    cur_after_codes=_CUR_AFTER_CODES,
    cur_after_words=_CUR_AFTER_WORDS,
    units=UNITS,
    time_words=_TIME_WORDS,
    clock_words=_CLOCK_WORDS,
    fractions=_FRACTION_WORDS,
)
#: where a figure may start: a currency sign, or a number
_ANCHOR_RE: Final = regex.compile(r"[$£€¥₹₩₽₺₦₪₱฿₴]|\.?\d[\d.,]*+")
#: what may follow a four-digit number that is not a year: a percent or a unit word
_YEAR_UNIT_RE: Final = regex.compile(
    r"""[\s-]?+(?:%|(?i:percent|per\s?cent|pct|mln|bln|million|billion|trillion|bn|tn)\b
       |(?i:\L<words>)\b|\L<codes>\b|(?i:\L<units>)\b)""",
    regex.VERBOSE,
    words=_CUR_AFTER_WORDS,
    codes=_CUR_AFTER_CODES,
    units=UNITS,
)
#: a letter-led currency prefix or "No." right before an anchor
_PREFIX_BEFORE_RE: Final = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])\L<prefixes>\s?\Z", prefixes=_PREFIX_WORDS
)
#: "a", "an" or "half a" before a multiplier word: "a dozen", "half a million"
_ARTICLE_BEFORE_RE: Final = regex.compile(r"(?r)(?<![\p{L}])(?i:half[\s-]a|an?)[\s-]\Z")
#: turns all but ASCII letters into spaces, so that bytes.split() finds the number words
_SPLIT_TABLE: Final = bytes(c if chr(c).isalpha() else 32 for c in range(256))
_WORD_ANCHOR_BYTES: Final = frozenset(w.encode() for w in _WORD_ANCHORS)
#: a qualifier right before a figure, read backwards from the figure's start
_QUALIFIER_RE: Final = regex.compile(
    r"""(?r)(?<![\p{L}])(?P<q>(?i:\L<qualifiers>))\s++\Z""",
    regex.VERBOSE,
    qualifiers=QUALIFIERS,
)
#: the period of a rate right after a figure: "a year", "per barrel", "annually"
_PER_RE: Final = regex.compile(
    r"""
    (?:(?:\s++(?:in|of|for)\s++[\p{L}-]{1,20}+)?+                   # "$20 billion in aid a year"
       \s++(?:a|an|per|each|every)\s++(?P<per>(?i:\L<periods>))
       (?!\p{L}|\s++(?:earlier|ago|before|later|after|on|from)\b)   # "a year earlier"
     |\s*+/\s*+(?P<per>(?i:\L<periods>))(?!\p{L})                 # "/year"
     |\s++(?P<adv>(?i:annually|yearly|monthly|weekly|daily|hourly))(?!\p{L}))
    """,
    regex.VERBOSE,
    periods=_PERIODS,
)
#: the word just before a position (for dates, names and identifiers)
_WORD_BEFORE_RE: Final = regex.compile(
    r"(?r)(?<![\p{L}\p{N}&.'-])(?P<w>[\p{L}&][\p{L}\p{N}&.'-]{0,30})\s++\Z"
)
#: the word just after a position
_WORD_AFTER_RE: Final = regex.compile(r"\s++(?:of\s++)?+(?P<w>\p{L}[\p{L}.]{0,20}+)")
#: after "No 10": only a ranking word keeps it a rank (else it is Downing Street)
_RANK_TEN_RE: Final = regex.compile(r"\s++(?:seed|spot|ranking|ranked|player|position|pick)\b")
#: a capitalised word ending right before a position (a name before an age)
_NAME_BEFORE_RE: Final = regex.compile(r"(?r)(?<![\p{L}])\p{Lu}\p{Ll}++\Z")
#: what must follow a bare "20-30" for it to be a range of counts, not a score
_BARE_PAIR_NEXT_RE: Final = regex.compile(
    r"\s++(?!(?:win|victory|defeat|lead|loss|draw|down|up|scoreline|in|at|on|and|to|with)\b)"
    r"\p{Ll}"
)
#: what a split like "52-48" must be of to count ("a 52-48 majority")
_SPLIT_NOUN_RE: Final = regex.compile(
    r"\s++(?:majority|vote|votes|margin|split|decision|ruling|verdict)\b"
)
#: " of " after "pounds": a weight, not money
_OF_RE: Final = regex.compile(r"\s++of\s")
#: the street after a house number: " Downing Street"
_ADDRESS_RE: Final = regex.compile(
    r"(?:\s++\p{Lu}\p{L}++){1,3}\s++(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Place)\b"
)
#: the comma after an age in "Smith, 44, said"
_AGE_RE: Final = regex.compile(r",\s")
#: a list item's number: "2. " or "3) " at the start of a paragraph or sentence
_LIST_MARK_RE: Final = regex.compile(r"[.)]\s")
#: the rest of a short quoted name after its number: ' amigos"'
_SHORT_QUOTE_RE: Final = regex.compile(r"(?:\s++[\p{L}'-]++){1,3}+\"")


def find_figures(view: TextView) -> tuple[Figure, ...]:
    """Every figure in the view's paragraphs, left to right.

    >>> from newsparse._text import TextView
    >>> v = TextView.of("Aid rose by about $20 billion a year, up 12 percent.")
    >>> [(f.text, f.value, f.unit, f.qualifier, f.per) for f in find_figures(v)]
    [('$20 billion', 20000000000, 'USD', 'about', 'year'), ('12 percent', 12, '%', None, None)]
    """
    low = _lower(view.norm)
    ascii_words = low.encode("ascii", "replace").translate(_SPLIT_TABLE).split()
    present = {w.decode() for w in _WORD_ANCHOR_BYTES.intersection(ascii_words)}
    out: list[Figure] = []
    for paragraph in view.paragraphs:
        out.extend(_paragraph_figures(view, paragraph, present, low))
    return tuple(out)


def _lower(text: str) -> str:
    """``text`` lower-cased, offset for offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _paragraph_figures(
    view: TextView, paragraph: Span, words_: set[str], low: str
) -> Iterator[Figure]:
    norm = view.norm
    end = paragraph.end
    pos = paragraph.start
    for start in _candidates(view, paragraph, words_, low):
        if start < pos:
            continue
        m = _FIGURE_RE.match(norm, start, end)
        if m is None:
            continue
        pos = m.end()
        if m["skip"] is not None:
            continue
        if m["r1"] is not None:
            ratio = _ratio(view, m)
            if ratio is None:  # "8 in 5": not a ratio; take the numbers one by one
                pos = m.start("r2")
                r1 = m["r1"]
                if r1.isdigit() or r1.lower() != "one":
                    yield _figure(view, m.start(), m.end("r1"), "count", _parse_number(r1) or
                                  Decimal(0), None, "count.digits" if r1.isdigit() else
                                  "count.words")  # fmt: skip
            else:
                yield ratio
        elif m["rank_no"] is not None or m["rank_word"] is not None or m["rank_ord"]:
            if (rank := _rank(view, m)) is not None:
                yield rank
        elif m["vague"] is not None:
            yield _vague(view, m)
        else:
            figures, resume = _number_figures(view, m, paragraph)
            yield from figures
            if resume is not None:
                pos = resume  # the second end of a rejected range is a candidate again


def _candidates(view: TextView, paragraph: Span, words_: set[str], low: str) -> list[int]:
    """Where a figure may start: digits and currency signs, and number words.

    Matching the full pattern only at these offsets keeps the stage cheap.
    """
    norm = view.norm
    out: list[int] = []
    for a in _ANCHOR_RE.finditer(norm, paragraph.start, paragraph.end):
        s = a.start()
        if a.end() - s == 4 and _yearlike(a.group()) and not _YEAR_UNIT_RE.match(norm, a.end()):
            continue  # a year: no figure can start here
        if s > paragraph.start:
            pre = _PREFIX_BEFORE_RE.search(norm, max(paragraph.start, s - 8), s)
            if pre is not None:
                s = pre.start()
        out.append(s)
    if words_:
        for w in words_:
            i = low.find(w, paragraph.start, paragraph.end)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not low[i - 1].isalpha()) and (j >= len(low) or not low[j].isalpha()):
                    if w in _MULTIPLIERS:  # "a dozen", "half a million"; else part of a number
                        back = _ARTICLE_BEFORE_RE.search(norm, max(paragraph.start, i - 8), i)
                        if back is not None:
                            out.append(back.start())
                    else:
                        out.append(i)
                i = low.find(w, j, paragraph.end)
    out.sort()
    return out


# -- the figure kinds --------------------------------------------------------------


def _figure(
    view: TextView, s: int, e: int, kind: FigureKind, value: Decimal, unit: str | None,
    rule: str, *, range_: Span | None = None, qualifier: str | None = None,
) -> Figure:  # fmt: skip
    if qualifier is None:
        qualifier = _qualifier(view, s)
    return Figure(
        text=view.original[s:e], span=Span(s, e), kind=kind, value=_plain(value), unit=unit,
        qualifier=qualifier, per=_per(view, e), range=range_, rule=rule,
    )  # fmt: skip


def _ratio(view: TextView, m: regex.Match[str]) -> Figure | None:
    a, b = _parse_number(m["r1"]), _parse_number(m["r2"])
    if a is None or b is None or b == 0 or a >= b or _yearlike(m["r2"]):
        return None
    value = (a / b * 100).quantize(Decimal("0.01"))
    return _figure(view, m.start(), m.end(), "percent", value, "%", "percent.ratio")


def _rank(view: TextView, m: regex.Match[str]) -> Figure | None:
    if m["rank_no"] is not None:
        if m["rank_n"] == "10" and not _RANK_TEN_RE.match(view.norm, m.end()):
            return None  # "No 10 said": Downing Street
        value, rule = Decimal(m["rank_n"]), "rank.no"
    elif m["rank_word"] is not None:
        value, rule = Decimal(NUMBER_WORDS[m["rank_w"].lower()]), "rank.number-word"
    else:
        o = m["ord"].lower()
        value = Decimal(ORDINALS[o]) if o in ORDINALS else Decimal(o[:-2])
        rule = "rank.ordinal-superlative"
    return _figure(view, m.start(), m.end(), "rank", value, None, rule)


def _vague(view: TextView, m: regex.Match[str]) -> Figure:
    key = " ".join(m["vague"].lower().split())
    value = Decimal(_VAGUE.get(key, _VAGUE.get(key.split()[0], 0)))
    after = _WORD_AFTER_RE.match(view.norm, m.end())
    word = after["w"].lower() if after is not None else ""
    code = CURRENCIES.get(word)
    if code is not None and code[1] == 1:
        return _figure(
            view, m.start(), m.end(), "money", value, code[0], "money.vague",
            qualifier="at least",
        )  # fmt: skip
    return _figure(
        view, m.start(), m.end(), "count", value, None, "count.vague", qualifier="at least"
    )


def _number_figures(
    view: TextView, m: regex.Match[str], paragraph: Span
) -> tuple[list[Figure], int | None]:
    """The figures of a number expression, and where to resume when only part was used."""
    norm = view.norm
    if m["time"] or m["clock"] or m["frac"]:
        return [], None  # a duration, age, clock time or fraction: a time expression
    n1, n2 = m["n1"], m["n2"]
    v1 = _parse_number(n1)
    if v1 is None:
        return [], None
    v2 = _parse_number(n2) if n2 is not None else None
    s1, s2 = _scale(m["s1"]), _scale(m["s2"])
    pre, pre2 = m["pre"], m["pre2"]
    pct, cur, att, unit = m["pct"], m["cur"], m["att"], m["unit"]
    bare = not (pre or pre2 or pct or cur or att or unit or m["p1"])
    if bare and m["s1"] in _LETTER_SCALES and "." not in n1:
        return [], None  # "100m", "5b": metres or a name, not millions without a currency

    # a range only when both ends can share unit and scale
    if n2 is not None:
        ok = v2 is not None and not (pre2 and pre2 != pre)
        ok = ok and not (m["p1"] and not pct)
        ok = ok and not (_yearlike(n1) or _yearlike(n2))
        ok = ok and not (bare and "-" not in m["sep"] and v2 is not None and v1 >= v2)
        if ok and bare and not _countable(view, m, paragraph):
            return [], None  # "Boeing 737-800", "Title 42-43", "4-6 March"
        if ok and bare and "-" in m["sep"] and not _BARE_PAIR_NEXT_RE.match(view.norm, m.end()):
            return [], None  # "won 7-5 6-3", "6-7 (3-7)": a score
        if not ok:
            # use the first end alone; search again from the second
            e1 = m.end("s1") if m["s1"] else m.end("n1")
            first_only = _single(view, m, v1 * s1, m.start(), e1, paragraph)
            return first_only, m.start("pre2" if pre2 else "n2")
    if bare and n2 is None and not _countable(view, m, paragraph):
        return [], None
    if n2 is None:
        return _single(view, m, v1 * s1, m.start(), m.end(), paragraph, suffix=True), None
    assert v2 is not None
    # "$40-50 billion": the first end takes the second's scale when it has none
    if m["s1"] is None and m["s2"] is not None and v1 < v2:
        s1 = s2
    elif (
        m["s1"] is None and m["s2"] is None and "," in n2 and "," not in n1 and v1 < 1000
        and v2 / 10 <= v1 * 1000 <= v2
    ):  # fmt: skip
        s1 = Decimal(1000)  # "75-100,000 bpd" is 75,000 to 100,000
    kind, code, factor, rule = _kind(m)
    rule += "-range"
    if kind == "count" and bare and "-" in (m["sep"] or "") and v1 > v2:
        if not _SPLIT_NOUN_RE.match(view.norm, m.end()):
            return [], None  # "won 7-6 6-3": a score
        range_span, rule = None, "count.split"  # "a 52-48 majority": a split, not a range
    else:
        range_span = Span(m.start(), m.end())
    before = _WORD_BEFORE_RE.search(norm, max(paragraph.start, m.start() - 40), m.start())
    if before is not None and before["w"].lower() == "from":
        range_span = None  # "from 5 to 10": a change, not a range
    if kind == "count" and (_yearlike(n1) or _yearlike(n2)):
        return [], None
    e1 = m.end("p1") if m["p1"] else (m.end("s1") if m["s1"] else m.end("n1"))
    first = _figure(view, m.start(), e1, kind, v1 * s1 * factor, code, rule, range_=range_span)
    second = _figure(
        view, m.start("pre2") if pre2 else m.start("n2"), m.end(), kind, v2 * s2 * factor, code,
        rule, range_=range_span, qualifier=first.qualifier,
    )  # fmt: skip
    return [first, second], None


def _single(
    view: TextView, m: regex.Match[str], value: Decimal, s: int, e: int, paragraph: Span,
    *, suffix: bool = False,
) -> list[Figure]:  # fmt: skip
    """One figure from the first number of ``m``, ending at ``e``.

    With ``suffix`` the whole match is used (its unit decides the kind); without
    it only the first end of a rejected range is, so only its own sign counts.
    """
    pre = m["pre"]
    if suffix:
        kind, code, factor, rule = _kind(m)
    elif pre:
        (code, factor), kind = CURRENCIES[pre], "money"
        rule = "money.code-number" if pre.isalpha() else "money.sign-number"
    elif m["p1"]:
        kind, code, factor = "percent", "%", Decimal(1)
        rule = "percent.sign" if "%" in m["p1"] else "percent.word"
        e = m.end("p1")
    else:
        kind, code, factor, rule = "count", None, Decimal(1), "count.digits"
        if not _countable(view, m, paragraph, e):
            return []
    if kind == "count" and m["s1"] is None and _yearlike(m["n1"]):
        return []
    if kind == "count" and not m["n1"][:1].isdigit() and m["s1"] is None:
        rule = "count.words"
    return [_figure(view, s, e, kind, value * factor, code, rule)]


def _kind(m: regex.Match[str]) -> tuple[FigureKind, str | None, Decimal, str]:
    """Kind, unit, factor to whole units and rule of a number expression."""
    one = Decimal(1)
    words_ = not m["n1"][:1].isdigit() and not m["n1"].startswith(".")
    if m["pct"] or m["p1"]:
        p = (m["pct"] or m["p1"]).lower()
        if "basis" in p or p == "bps":
            return "percent", "pp", Decimal("0.01"), "percent.basis-points"
        if "point" in p:
            return "percent", "pp", one, "percent.points"
        return "percent", "%", one, ("percent.sign" if "%" in p else "percent.word")
    if m["pre"]:
        code, factor = CURRENCIES[m["pre"]]
        return "money", code, factor, ("money.code-number" if m["pre"].isalpha() else
                                       "money.sign-number")  # fmt: skip
    if m["att"]:
        code, factor = CURRENCIES[m["att"]]
        return "money", code, factor, "money.subunit"
    if m["cur"] and m["cur"].lower() in ("pound", "pounds") and _OF_RE.match(m.string, m.end()):
        return "quantity", m["cur"], one, "quantity.unit"  # "10 pounds of cocaine": weight
    if m["cur"]:
        c = m["cur"]
        code, factor = CURRENCIES.get(c) or CURRENCIES[" ".join(c.lower().split())]
        rule = "money.subunit" if factor != one else ("money.number-code" if c.isupper()
                                                      else "money.number-word")  # fmt: skip
        return "money", code, factor, rule
    if m["unit"]:
        return "quantity", " ".join(m["unit"].split()), one, "quantity.unit"
    return "count", None, one, ("count.words" if words_ else "count.digits")


def _countable(view: TextView, m: regex.Match[str], paragraph: Span, e: int | None = None) -> bool:
    """Whether a bare number (no sign, code or unit) is a count, not a name, date or year."""
    norm = view.norm
    n1 = m["n1"]
    s = m.start("n1")
    e = m.end() if e is None else e
    if m["s1"] is None:
        if _yearlike(n1) or (n1[:1] == "0" and len(n1) > 1 and n1[1:2] != "."):
            return False  # a year or a clock time ("0800")
        if not n1[:1].isdigit() and not n1.startswith("."):
            low = n1.lower()
            if low in ("one", "zero", "a", "an"):
                return False  # "one of the", "one day", "zero tolerance"
            if n1[:1].isupper() and not _sentence_start(norm, s, paragraph):
                return False  # "Formula One", "World War Two"
            if norm[e : e + 1] == "-" and _ARTICLE_BEFORE_RE.search(norm, max(0, s - 4), s):
                return False  # "a two-tier economy", "a three-way merger": an adjective
    if _LIST_MARK_RE.match(norm, e) and _sentence_start(norm, s, paragraph):
        return False  # "2. Never urged ...": a list item's number
    if s > 0 and norm[s - 1] == '"' and _SHORT_QUOTE_RE.match(norm, e):
        return False  # '"three amigos"': a name in quotes
    if (
        norm[s - 2 : s] == ", " and _AGE_RE.match(norm, e)
        and _NAME_BEFORE_RE.search(norm, max(paragraph.start, s - 40), s - 2)
    ):  # fmt: skip
        return False  # "Smith, 44, said": an age
    before = _WORD_BEFORE_RE.search(norm, max(paragraph.start, s - 40), s)
    if before is not None:
        w = before["w"]
        low = w.lower().rstrip(".")
        if low in _MONTHS or low in ID_NOUNS or low in ("aged", "age", "ages"):
            return False  # "July 25", "Section 8", "route 66", "aged 55"
        if w.endswith(".") and _sentence_start(norm, s, paragraph):
            return True  # the word ends the sentence before
        if w[:1].isupper() and low not in _OPENERS and low not in QUALIFIERS:
            return False  # "Boeing 737", "Title 42", "Windows 10"
    after = _WORD_AFTER_RE.match(norm, e)
    if after is not None and after["w"].lower().rstrip(".") in _MONTHS:
        return False  # "25 July", "5 of May"
    return not _ADDRESS_RE.match(norm, e)  # "10 Downing Street": an address


def _sentence_start(norm: str, pos: int, paragraph: Span) -> bool:
    i = pos - 1
    while i >= paragraph.start and norm[i] in " \t\"'(":
        i -= 1
    return i < paragraph.start or norm[i] in ".!?:;\n-"


# -- values -----------------------------------------------------------------------


def _yearlike(number: str) -> bool:
    """A bare four-digit number a year could be (1000-2100), written without a comma."""
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2100


def _scale(word: str | None) -> Decimal:
    if word is None:
        return Decimal(1)
    return Decimal(_SCALES[word.lower()])


def _parse_number(text: str | None) -> Decimal | None:
    """The value of digits ("1,200.5") or number words ("one-and-a-half million").

    >>> _parse_number("1,200.5"), _parse_number("twenty-three"), _parse_number("a dozen")
    (Decimal('1200.5'), Decimal('23'), Decimal('12'))
    """
    if text is None:
        return None
    if text[:1].isdigit() or text[:1] == ".":
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    total, current = Decimal(0), Decimal(0)
    tokens = text.lower().replace("-", " ").split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "and" and tokens[i + 1 : i + 3] == ["a", "half"]:
            current += Decimal("0.5")
            i += 3
            continue
        if t == "half":
            current = Decimal("0.5")
        elif t in ("a", "an"):
            current = current or Decimal(1)
        elif t == "hundred":
            current = (current or Decimal(1)) * 100
        elif t == "dozen":
            current = (current or Decimal(1)) * 12
        elif t in _MULTIPLIERS:
            total += (current or Decimal(1)) * NUMBER_WORDS[t]
            current = Decimal(0)
        elif t in NUMBER_WORDS:
            current += NUMBER_WORDS[t]
        elif t != "and":
            return None
        i += 1
    return total + current


def _plain(value: Decimal) -> int | float:
    """An int when the value is whole, else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _qualifier(view: TextView, start: int) -> str | None:
    q = _QUALIFIER_RE.search(view.norm, max(0, start - 30), start)
    return None if q is None else view.original[q.start("q") : q.end("q")]


def _per(view: TextView, end: int) -> str | None:
    p = _PER_RE.match(view.norm, end)
    if p is None:
        return None
    if p["adv"] is not None:
        return _ADVERB_PERIODS[p["adv"].lower()]
    return p["per"].lower()
