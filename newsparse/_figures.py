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

Speed: the pattern is tried only at candidates (digits, currency signs and the
number words present, found with bytes scans per article), and not even there
for the common simple figures ("2,000 people", "$20 billion (", "12% of", "12 pct
of", "150 euros", "two countries", "One of", "25 years ago", "a second plant"):
:func:`_fast` reads those in plain Python, exactly as the pattern would match them, builds their
figures directly and leaves every other case to it; a candidate the pattern's
look-behind rejects ("U2", "15th") is dropped without trying it, and so is a date
("04/09/87"). A number before white space and no word (a table's cells, "76.7    83.4") is
whole, and the rate, month and street after it are not looked for. A match's
groups are read once, values stay ``int`` unless a decimal point or "half"
needs a ``Decimal``, and the helper regexes (qualifier, rate, name checks) run
only when the characters next to the figure allow them to match. Patterns with
a required literal are matched within a bound, never to the end of the text.
"""

from __future__ import annotations

import bisect
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Protocol

import attrs
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
    "trillion": 10**12, "dozen": 12, "dozens": 12, "lakh": 10**5, "lakhs": 10**5,
    "crore": 10**7, "crores": 10**7,
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

# Speed: ``regex`` matches a word list (``\L<name>``) by looking up the text's slices of every
# length the list has, so long lists of long words are slow to fail, and the pattern is tried at
# every candidate. Cheap guards stand in front of them: a first-character test ("(?=\p{L})",
# "(?=[\p{Lu}\p{Sc}])") or the short list below. A guard only ever rejects what the list after
# it could not match, so the matches are the same as without it.

#: the first three characters of every word a number may end with (the guard of those lists)
_SUFFIX_HEADS: Final = frozenset(
    w[:3] for w in _CUR_AFTER_CODES | _CUR_AFTER_WORDS | UNITS | _TIME_WORDS | _CLOCK_WORDS
)


def _trie(entries: frozenset[str]) -> str:
    """A regex alternation that matches exactly the strings in ``entries``, as a prefix tree.

    Each entry is spelt as written (so that, under ``(?i)``, it matches what ``\\L<...>``
    would); used only where which entry matches does not matter (a look-ahead guard).
    Speed: ``regex`` matches a literal prefix tree several times faster than a named list.

    >>> _trie(frozenset({"km", "kg", "k"}))
    'k(?:g|m)?'
    """
    tree: dict[str, Any] = {}
    for entry in entries:
        node = tree
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [regex.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        inner = "|".join(branches)
        if "" in node:  # an entry ends here: the longer ones are optional
            return f"{inner}?" if len(inner) == 1 else f"(?:{inner})?"
        return inner if len(branches) == 1 else f"(?:{inner})"

    return emit(tree)


#: a fraction as markets write it, in lowest terms with a denominator of 2 to 64 ("3/4", "5/8")
_FRACTION: Final = r"""
    (?:1/2|[13]/4|[1357]/8|(?:1[135]|[13579])/16|(?:[12][13579]|3[1]|[13579])/32
      |(?:[1-5][13579]|6[13]|[13579])/64)(?![\d/])
"""
#: a percent sign or word right after a fraction ("1/2 pct"): a lone fraction needs one
_PERCENT_AFTER: Final = r"\x20?(?:%|(?i:pct|percent|per\x20cent|percentage\x20points?)(?!\p{L}))"
_DIGITS: Final = (
    r"""
    (?:\d{1,3}+(?:,\d{3}){1,6}+|\d{1,18}+)(?![\d,]\d)  # 1,200 | 20: bounded, so values stay sane
    (?:\.\d{1,12}+(?!\d)                              # .5
      |[-\x20]"""
    + _FRACTION
    + r"""                                               # "7-3/4", "7 3/4": a mixed number
    )?+
    |\.\d{1,12}+(?!\d)                                # .45
    |"""
    + _FRACTION
    + "(?="
    + _PERCENT_AFTER
    + r""")  # "1/2 pct"
"""
)
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
    (?:[\s-]?+(?P<{g}>(?i:thousand|million|billion|trillion|hundred|dozens?|lakhs?|crores?
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
              |\d{1,6}+\.[A-Z]{1,2}\b                                  # 0700.HK, 7203.T
              |\d{1,3}+-"""
    + _FRACTION
    + r"""\s++"""
    + _FRACTION
    + r""")                                   # "6-1/2 3/8": a bid and an offer
    | # 1. ratio: "one in four", "1 out of 5"
      (?P<r1>\d{1,3}+|(?=\p{L})(?i:\L<small>))\s++(?:in|out\s++of)\s++
      (?P<r2>\d{1,4}+|(?=\p{L})(?i:\L<small>(?:-\L<small>)?+))
      (?![\p{L}\p{N}]|[.,]\d)
    | # 2. rank: "No. 1", "No 2", "number one"
      (?P<rank_no>(?:No\.?|no\.)\s?(?P<rank_n>\d{1,3}+)(?![\p{L}\p{N}]|[.,]\d))
    | (?P<rank_word>number[\s-](?P<rank_w>(?i:\L<small>))(?!\p{L}))
    | # 3. rank: an ordinal with a superlative, "second-largest", "3rd biggest"
      (?P<rank_ord>(?P<ord>(?=\p{L})(?i:\L<ordinals>)|\d{1,2}+(?:st|nd|rd|th))
        [\s-](?i:\L<superlatives>)(?!\p{L}))
    | # 4. vague counts: "dozens of", "hundreds of thousands of"
      (?P<vague>(?i:tens|hundreds|dozens|scores|thousands|millions|billions)
        (?:\s++of\s++(?i:thousands|millions))?+)(?=\s++of\s)
    | # 5. a number expression, possibly a range
      (?:(?=[\p{Lu}\p{Sc}])(?P<pre>\L<cur_before>))?+(?(pre)\s?+)  # guard: cheap first-char test
      (?P<n1>"""
    + _DIGITS
    + r"|(?=\p{L})(?i:"
    + _WORDS
    + r"""))
      """
    + _SCALE.format(g="s1")
    + r"""?
      (?P<p1>\s?%|\s(?i:percent|per\s?cent|pct))?
      (?:(?P<sep>\s?+-\s?+                              # "40-50", "5 - 10"
              |\s++(?:to|through)\s++                   # "20 to 30"
              |(?=\s++and\s)(?<=\b[Bb]etween\s[^;:]{1,25})\s++and\s++)  # "between 5 and 10"
         (?:(?=[\p{Lu}\p{Sc}])(?P<pre2>\L<cur_before>))?+(?(pre2)\s?+)
         (?P<n2>"""
    + _DIGITS
    + r"|(?=\p{L})(?i:"
    + _WORDS
    + r"""))
         """
    + _SCALE.format(g="s2")
    + r"""?
      )?
      (?:[\s-]?+(?P<pct>(?i:percentage[\s-]points?|percent(?:age)?[\s-]points?|basis[\s-]points?
                          |bps|%|percents?|per\s?cent|pct|percentage))(?![\p{L}])
        |(?<=\d)(?P<att>\L<cur_attached>)(?![\p{L}\p{N}])   # "50p"
        |[\s-]?+(?=(?i:"""
    + _trie(_SUFFIX_HEADS)
    + r"""))   # guard: the first letters of one of these words
         (?:(?P<cur>\L<cur_after_codes>|(?i:\L<cur_after_words>))(?![\p{L}])
           |(?P<unit>(?i:\L<units>))(?![\p{L}])
           |(?P<time>(?i:\L<time_words>))(?![\p{L}])
           |(?P<clock>(?i:\L<clock_words>))(?![\p{L}]))
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
#: where a figure may start: a run of digits (a "." right before it belongs to it: ".45") ...
_DIGIT_RUN_RE: Final = regex.compile(r"\d[\d.,]*+")
#: ... or a currency sign
_SIGNS: Final = "$£€¥₹₩₽₺₦₪₱฿₴"
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
_WORD_ANCHOR_BYTES: Final = frozenset(w.encode() for w in _WORD_ANCHORS)
#: the words of a spelled fraction of a point: both kinds must be in the text
_POINT_BYTES: Final = frozenset((b"point", b"points"))
_HALF_QUARTER_BYTES: Final = frozenset((b"half", b"quarter", b"quarters"))
#: those of them that are no number word
_POINT_WORD_BYTES: Final = (_POINT_BYTES | _HALF_QUARTER_BYTES) - _WORD_ANCHOR_BYTES
#: every word whose presence find_figures looks for, in one set intersection
_TOKENS_LOOKED_FOR: Final = _WORD_ANCHOR_BYTES | _POINT_WORD_BYTES
#: the last characters of the prefixes: only after one of them is a prefix looked for
_PREFIX_LAST: Final = frozenset(w[-1] for w in _PREFIX_WORDS)
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
     |-(?:a|an|per)-(?P<per>(?i:\L<periods>))(?![\p{L}-])           # "$10-a-month"
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
#: a run of white space. Speed: ``regex`` looks for a pattern's required literal ("of", the
#: quote mark below) all the way to ``endpos`` before matching; matching such a pattern
#: without a bound at every figure is quadratic, so the bound is found first
_SPACES_RE: Final = regex.compile(r"\s*+")
#: the street after a house number: " Downing Street"
_ADDRESS_RE: Final = regex.compile(
    r"(?:\s++\p{Lu}\p{L}++){1,3}\s++(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Place)\b"
)
#: what follows an age after a name ("Smith, 44, said", "Warren Leblanc, 17 - who was
#: jailed", "Zoe Kasten, 8; her brother", "Nick Wood, 41.", a list's line end) ...
_AGE_NEXT: Final = frozenset(",;. \n")
#: ... in full
_AGE_RE: Final = regex.compile(r"[,;]\s|\.(?:\s|$)|\s[-\u2013\u2014]\s|\n|$")
#: a list item's number: "2. " or "3) " at the start of a paragraph or sentence
_LIST_MARK_RE: Final = regex.compile(r"[.)]\s")
#: the rest of a short quoted name after its number: ' amigos"'
_SHORT_QUOTE_RE: Final = regex.compile(r"(?:\s++[\p{L}'-]++){1,3}+")  # then a quote mark


def find_figures(view: TextView) -> tuple[Figure, ...]:
    """Every figure in the view's paragraphs, left to right.

    >>> from newsparse._text import TextView
    >>> v = TextView.of("Aid rose by about $20 billion a year, up 12 percent.")
    >>> [(f.text, f.value, f.unit, f.qualifier, f.per) for f in find_figures(v)]
    [('$20 billion', 20000000000, 'USD', 'about', 'year'), ('12 percent', 12, '%', None, None)]
    """
    norm = view.norm
    letters, low, tokens, _same = view.words
    present = _TOKENS_LOOKED_FOR.intersection(tokens)
    points = not present.isdisjoint(_POINT_BYTES) and not present.isdisjoint(_HALF_QUARTER_BYTES)
    present -= _POINT_WORD_BYTES
    words = _word_positions(letters, low, present) if present else []
    signs = _sign_positions(norm)
    if low is None or not _other_digits(norm):  # only ASCII digits: the runs found in bytes
        digit_runs = _ascii_digit_runs(norm)
    else:
        digit_runs = [m.span() for m in _DIGIT_RUN_RE.finditer(norm)]
    if not (digit_runs or words or signs or points):
        return ()
    run_starts = [s for s, _e in digit_runs]
    out: list[Figure] = []
    runs: dict[int, int] = {}
    bisect_left = bisect.bisect_left
    for paragraph in view.paragraphs:
        pstart, pend = paragraph.start, paragraph.end
        lo = bisect_left(run_starts, pstart)
        hi = bisect_left(run_starts, pend, lo)
        inside = digit_runs[lo:hi]
        if (lo and digit_runs[lo - 1][1] > pstart) or (inside and inside[-1][1] > pend):
            # a run the paragraph cuts: read the paragraph's own
            inside = [m.span() for m in _DIGIT_RUN_RE.finditer(norm, pstart, pend)]
        if not inside:  # the common case of a paragraph with no digits: any sign or word?
            k = bisect_left(signs, pstart) if signs else 0
            if not (k < len(signs) and signs[k] < pend):
                k = bisect_left(words, (pstart,)) if words else 0
                if not (k < len(words) and words[k][0] < pend):
                    continue
        candidates = _candidates(norm, paragraph, inside, words, signs, runs)
        if candidates:
            _paragraph_figures(view, paragraph, candidates, runs, out)
    if points:
        _add_point_fractions(view, out)
    if len(out) > 1:
        _carry_units(norm, out)
    _franc_countries(norm, out)
    return tuple(out)


#: A bare franc's code by the words of :file:`lexicon/franc_countries.tsv`.
_FRANC_CODES: Final[dict[str, str]] = {cue: code for cue, code, *_ in rows("franc_countries.tsv")}
_FRANC_CUE_RE: Final = regex.compile(
    r"(?<![\p{L}])(?:\L<cues>)(?![\p{L}])", cues=sorted(_FRANC_CODES, key=len, reverse=True)
)
#: What names the Swiss franc outright, which no other word of the text changes.
_SWISS_RE: Final = regex.compile(r"(?i:swiss|sfr|chf)")


def _franc_countries(norm: str, out: list[Figure]) -> None:
    """Give a bare franc ("a 2.5 billion franc issue", "400 mln francs"), which
    currencies.tsv reads as CHF, the code of the country the text names first among
    France, Belgium, Luxembourg and Switzerland (its dateline, mostly: "PARIS, March 12
    -"): FRF, BEF, LUF or CHF; with none named, CHF stays."""
    bare = [i for i, f in enumerate(out) if f.unit == "CHF" and _SWISS_RE.search(f.text) is None]
    if not bare:
        return
    cue = _FRANC_CUE_RE.search(norm)
    code = "CHF" if cue is None else _FRANC_CODES[cue.group()]
    if code != "CHF":
        for i in bare:
            out[i] = attrs.evolve(out[i], unit=code)


#: a word of comparison right before a figure, whose unit the figure before gives:
#: "rose to 3.65 billion dlrs from 3.39 billion", "1.42 mln tonnes against 1.4 mln"
_COMPARED_RE: Final = regex.compile(
    r"(?<![\p{L}])(?i:from|against|versus|vs\.?+|compared\s++(?:with|to))\s++$"
)
#: what may follow a figure whose unit is left out: no noun of its own
_ELIDED_NEXT_RE: Final = regex.compile(
    r"""\s*+(?:[,;.)]|$)|\s++(?i:in|a|an|at|on|for|by|and|or|the|last|this|previous
    |previously|earlier|before|during|through|when|while|vs|over|respectively)(?![\p{L}])""",
    regex.VERBOSE,
)
#: "and" joins a second number to one that took the unit: "compared with 233 mln and 451
#: mln in the first weeks", "from 8.9 billion in April and 8.1 billion in March"
_AND_RE: Final = regex.compile(r"(?<![\p{L}])(?i:and)\s++$")
#: what between two figures parts them: the end of a sentence (a full stop in "vs." is
#: none); a digit, of a number that is no figure ("rose to 81 days from 53"); or the end
#: of an aside ("4.3bn rupees ($98m; £52m), against 2.7bn": its last figure is not the one
#: compared)
_ELIDED_GAP_RE: Final = regex.compile(r"(?<!\bvs)[.;:!?](?:\s|$)|\n\s*+\n|[\d)]")
#: a scale word or letter at the end of a figure's number: "3.39 billion", "$5m"
_SCALED_RE: Final = regex.compile(
    r"\d\s*+(?i:" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")(?![\p{L}])"
)


def _carry_units(norm: str, out: list[Figure]) -> None:
    """Give a bare number the unit of the money or quantity just before it in its
    sentence when a word of comparison joins them and no noun follows it: the unit
    is left out, as in "rose to 3.65 billion dlrs from 3.39 billion in 1985" (two
    figures in dollars) or "1.42 mln tonnes raw value against 1.4 mln". A percent
    gives its unit only as a level (:func:`_percent_level`); after a change in percent,
    "from" and a number take the unit of the figure before the change ("6.72 mln bpd,
    off 1.2 pct from 6.80 mln").

    Both are scaled or neither ("3,061.8 billion francs from 3,304.1" leaves the
    scale unsaid too); a figure in subunits gives nothing ("30 cents vs 10"); the
    end of a range keeps its own ("from 40 to 1,796 cinemas"). "and" after a number
    that took a unit joins a second ("compared with 233 mln and 451 mln"). The rule
    is ``money.elided-unit``, ``quantity.elided-unit`` or ``percent.elided-unit``.
    """
    for i in range(1, len(out)):
        f, before = out[i], out[i - 1]
        if f.rule != "count.digits":  # (not the end of a range: "count.digits-range")
            continue
        start, end = f.span.start, f.span.end
        source = before
        if before.kind == "percent" and not _percent_level(norm, before, f):
            # "6.72 mln bpd, off 1.2 pct from 6.80 mln": a change in percent, then the
            # level it started from, in the unit of the figure before the change
            if i < 2 or not _FROM_BEFORE_RE.search(norm, max(before.span.end, start - 6), start):
                continue
            source = out[i - 2]
            if source.span.end + 100 < before.span.start or _ELIDED_GAP_RE.search(
                norm, source.span.end, before.span.start
            ):
                continue
        if source.kind not in ("money", "quantity", "percent") or source.rule.startswith(
            "money.subunit"
        ):
            continue
        gap_start = before.span.end
        if start - gap_start > 100 or _ELIDED_GAP_RE.search(norm, gap_start, start):
            continue
        lead = _lead(norm, f)  # "against about 1.2 mln": before the qualifier
        compared = (
            _COMPARED_RE.search(norm, max(gap_start, lead - 16), lead)
            or (
                before.rule.endswith(".elided-unit")  # the second of two compared
                and _AND_RE.search(norm, max(gap_start, lead - 5), lead)
            )
            or (source is before and _TO_ONLY_RE.fullmatch(norm, gap_start, lead))
        )
        if (
            not compared
            or not _ELIDED_NEXT_RE.match(norm, end)
            or (_SCALED_RE.search(f.text) is None) != (_SCALED_RE.search(source.text) is None)
        ):
            continue
        out[i] = attrs.evolve(
            f, kind=source.kind, unit=source.unit, per=f.per or source.per,
            rule=f"{source.kind}.elided-unit",
        )  # fmt: skip


#: only "to" between two figures: "by 1.7 billion dlrs to 3.5 billion", the level reached
_TO_ONLY_RE: Final = regex.compile(r"\s++(?i:to)\s++")
#: "from" right before a number: the level a change started from
_FROM_BEFORE_RE: Final = regex.compile(r"(?<![\p{L}])(?i:from)\s++$")


#: a verb or preposition before a percent that makes it a level, not a change
_LEVEL_BEFORE_RE: Final = regex.compile(r"(?<![\p{L}])(?i:to|at|was|is|were|are)\s++$")


def _percent_level(norm: str, before: Figure, f: Figure) -> bool:
    """Whether ``before`` is a rate's level that ``f``, a plain number under 100,
    is compared with: "the yield jumped to 7.83 pct from 7.66", "the rate was 10.8 per
    cent (down from 11.0)"; not a change from a level, whose unit differs ("up 17 pct
    from 16,768,145", "a fall of only 1.2 pct from 16.432")."""
    if before.unit != "%" or f.value >= 100 or _SCALED_RE.search(f.text) is not None:
        return False
    lead = _lead(norm, before)  # "rose to as high as 6 pct": before the qualifier
    return _LEVEL_BEFORE_RE.search(norm, max(0, lead - 6), lead) is not None


def _lead(norm: str, figure: Figure) -> int:
    """Where the figure's words begin: the start of its qualifier when one stands right
    before it ("about 1.2 mln"), else its own start."""
    start, qualifier = figure.span.start, figure.qualifier
    if qualifier is not None and norm.endswith(f"{qualifier} ", 0, start):
        return start - len(qualifier) - 1
    return start


#: a fraction of a point, spelled out: "a quarter percentage point", "half a point",
#: "a quarter-point", "three-quarters of a percentage point"
_POINT_FRACTION_RE: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}-])
    (?P<f>(?i:(?:a|one)[\s-]++quarter|three[\s-]++quarters|(?:(?:a|one)[\s-]++)?half))
    (?i:[\s-]++of)?+(?i:[\s-]++a(?=\s))?+
    [\s-]++(?P<pct>(?i:percentage[\s-]++))?+(?i:points?)(?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
#: a word that makes a bare "point" a percentage point: the sentence is about a rate
_RATE_WORD_RE: Final = regex.compile(
    r"(?<![\p{L}])(?i:rates?|interest|yields?|pct|percent|per\s++cent)(?![\p{L}])|%"
)
_POINT_FRACTIONS: Final[dict[str, Decimal]] = {
    "quarter": Decimal("0.25"), "quarters": Decimal("0.75"), "half": Decimal("0.5"),
}  # fmt: skip


def _add_point_fractions(view: TextView, out: list[Figure]) -> None:
    """Add the spelled fractions of a point (:data:`_POINT_FRACTION_RE`) to ``out``, in
    order, where no figure is: percentage points, unit ``pp``.

    A bare "point" is a percentage point only in a sentence about a rate (a word of
    :data:`_RATE_WORD_RE`): "raised rates by a quarter point", not "T-bond futures
    gained half a point" (a price).
    """
    norm = view.norm
    starts = [f.span.start for f in out]
    sentences = view.sentences
    sentence_starts = [x.start for x in sentences]
    about_rates: dict[int, bool] = {}  # by sentence: each is searched once
    found: list[Figure] = []
    for paragraph in view.paragraphs:
        for m in _POINT_FRACTION_RE.finditer(norm, paragraph.start, paragraph.end):
            s, e = m.span()
            k = bisect.bisect_left(starts, e)
            if k and out[k - 1].span.end > s:
                continue  # inside a figure already read
            if m["pct"] is None:
                i = bisect.bisect_right(sentence_starts, s) - 1
                rates = about_rates.get(i)
                if rates is None:
                    lo, hi = (sentences[i].start, sentences[i].end) if i >= 0 else (s, e)
                    rates = about_rates[i] = _RATE_WORD_RE.search(norm, lo, hi) is not None
                if not rates:
                    continue
            value = _POINT_FRACTIONS[m["f"].lower().rsplit(None, 1)[-1].rsplit("-", 1)[-1]]
            found.append(_figure(view, s, e, "percent", value, "pp", "percent.fraction-points"))
    if found:  # two sorted runs: sorting them is a merge
        out.extend(found)
        out.sort(key=_start)


def _start(figure: Figure) -> int:
    return figure.span.start


#: ASCII digits to "0", points and commas to ".", all else to " "
_DIGIT_TABLE: Final = bytes(
    48 if 48 <= c <= 57 else 46 if c in (44, 46) else 32 for c in range(256)
)


#: The first UTF-8 byte of every character past ASCII that ``\d`` matches (Arabic-Indic,
#: Devanagari, Thai, full-width ... digits; a test checks the list against ``regex``).
_OTHER_DIGIT_LEADS: Final = (b"\xd9", b"\xdb", b"\xdf", b"\xe0", b"\xe1", b"\xea", b"\xef", b"\xf0")


def _other_digits(norm: str) -> bool:
    """Whether ``norm`` may hold a digit past ASCII (a byte of :data:`_OTHER_DIGIT_LEADS`)."""
    utf8 = norm.encode("utf-8", "surrogatepass")
    return any(map(utf8.__contains__, _OTHER_DIGIT_LEADS))


def _ascii_digit_runs(norm: str) -> list[tuple[int, int]]:
    """The spans of ``_DIGIT_RUN_RE`` in a text whose digits are all ASCII, found in bytes
    (every other character stands as one "?" byte)."""
    marks = norm.encode("ascii", "replace").translate(_DIGIT_TABLE)
    out: list[tuple[int, int]] = []
    i = marks.find(b"0")
    while i >= 0:
        j = marks.find(b" ", i)
        if j < 0:
            out.append((i, len(marks)))
            break
        out.append((i, j))
        i = marks.find(b"0", j)
    return out


def _sign_positions(norm: str) -> list[int]:
    """Offsets of every currency sign, in order."""
    out: list[int] = []
    for sign in _SIGNS if not norm.isascii() else "$":
        i = norm.find(sign)
        while i >= 0:
            out.append(i)
            i = norm.find(sign, i + 1)
    if len(out) > 1:
        out.sort()
    return out


# group numbers of _FIGURE_RE: a match's groups are read once, as a tuple (see _Groups)
_GROUP: Final = _FIGURE_RE.groupindex
_SKIP, _R1, _R2 = _GROUP["skip"], _GROUP["r1"], _GROUP["r2"]
_RANK_NO, _RANK_N, _RANK_WORD = _GROUP["rank_no"], _GROUP["rank_n"], _GROUP["rank_word"]
_RANK_W, _RANK_ORD, _ORD = _GROUP["rank_w"], _GROUP["rank_ord"], _GROUP["ord"]
_VAGUE_G = _GROUP["vague"]
_PRE, _N1, _S1, _P1 = _GROUP["pre"], _GROUP["n1"], _GROUP["s1"], _GROUP["p1"]
_SEP, _PRE2, _N2, _S2 = _GROUP["sep"], _GROUP["pre2"], _GROUP["n2"], _GROUP["s2"]
_PCT, _ATT, _CUR, _UNIT = _GROUP["pct"], _GROUP["att"], _GROUP["cur"], _GROUP["unit"]
_TIME, _CLOCK, _FRAC = _GROUP["time"], _GROUP["clock"], _GROUP["frac"]

#: a match's groups, indexed by group number (0 is unused)
_Groups = tuple[str | None, ...]


class _Match(Protocol):
    """What the figure kinds read of a match of ``_FIGURE_RE``."""

    @property
    def string(self) -> str: ...
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...
    def __getitem__(self, group: int, /) -> str | Any: ...


def _paragraph_figures(
    view: TextView, paragraph: Span, candidates: list[int], runs: dict[int, int],
    out: list[Figure],
) -> None:  # fmt: skip
    norm = view.norm
    end = paragraph.end
    pos = paragraph.start
    match = _FIGURE_RE.match
    for start in candidates:
        if start < pos:
            continue
        read = _fast(view, start, end, runs, paragraph, out)
        if read >= 0:  # the common case, read as _FIGURE_RE would match it
            pos = read
            continue
        if read == _NOTHING:
            continue
        m = match(norm, start, end)
        if m is None:
            continue
        pos = m.end()
        g: _Groups = (None, *m.groups())
        if g[_SKIP] is not None:
            continue
        if g[_R1] is not None:
            ratio = _ratio(view, m, g)
            if ratio is None:  # "8 in 5": not a ratio; take the numbers one by one
                pos = m.start(_R2)
                r1 = m[_R1]
                if r1.isdigit() or r1.lower() != "one":
                    out.append(_figure(view, m.start(), m.end(_R1), "count",
                                       _parse_number(r1) or 0, None, "count.digits"
                                       if r1.isdigit() else "count.words"))  # fmt: skip
            else:
                out.append(ratio)
        elif g[_RANK_NO] is not None or g[_RANK_WORD] is not None or g[_RANK_ORD]:
            if (rank := _rank(view, m, g)) is not None:
                out.append(rank)
        elif g[_VAGUE_G] is not None:
            out.append(_vague(view, m, g))
        else:
            resume = _number_figures(view, m, g, paragraph, out)
            if resume is not None:
                pos = resume  # the second end of a rejected range is a candidate again


#: what :func:`_fast` returns for a candidate it leaves to ``_FIGURE_RE`` ...
_TO_PATTERN: Final = -1
#: ... and for one that can give no figure ("number of")
_NOTHING: Final = -2
#: characters after which a figure may start (none that _FIGURE_RE's look-behind rejects)
_SIMPLE_BEFORE: Final = frozenset(' \n("')
#: currency signs that begin no longer form
_SIMPLE_SIGNS: Final = frozenset(
    c for c in _SIGNS if c in _CUR_BEFORE and not any(f != c and f[0] == c for f in _CUR_BEFORE)
)
_ASCII_DIGITS: Final = frozenset("0123456789")
_ASCII_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: the scale words of _SCALE (the one-letter scales aside)
_SCALE_WORDS: Final = frozenset(_SCALES) - {"k", "m", "b"}
_SCALE_HEADS: Final = frozenset(w[:2] for w in _SCALE_WORDS)
#: the first one to three letters of every word a scale, percent, range or suffix may begin
#: with after a number (lower-cased)
_FOLLOW_HEADS: Final = frozenset(
    w.casefold()[:3]
    for w in _SUFFIX_HEADS | _SCALE_WORDS
    | {"percent", "pct", "basis", "bps", "to", "through", "and"}
)  # fmt: skip
#: punctuation a simple figure may end before (followed by a space or the paragraph's end)
_SIMPLE_STOPS: Final = frozenset(",.;:")
#: punctuation "number" may stand before without being a rank
_SIMPLE_PUNCT: Final = frozenset(",.;:)!?'\"")
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
#: what may follow a simple figure and a space, the figure ending before the space: no
#: scale, percent, range, suffix or ratio of _FIGURE_RE begins with one of these
_SPACE_ENDS: Final = frozenset('("')
#: the value of each cardinal word
_SMALL_VALUES: Final[dict[str, int]] = {w: NUMBER_WORDS[w] for w in _SMALL_WORDS}
#: time words that begin no currency, unit or other suffix word of _FIGURE_RE (nor does one
#: of those begin them): after a number, one of them makes it a time expression
_PLAIN_TIME_WORDS: Final = frozenset(
    t
    for t in _TIME_WORDS
    if not any(
        w.startswith(t) or t.startswith(w)
        for w in (x.lower() for x in UNITS | _CUR_AFTER_CODES | _CUR_AFTER_WORDS)
    )
)
_ONE_LETTER_SCALES: Final = frozenset("kKmMbB")
#: ASCII characters _FIGURE_RE's look-behind rejects right before a figure, and those it
#: rejects before a hyphen right before one
_REJECTED_ALNUM: Final = _ASCII_LETTERS | _ASCII_DIGITS
_REJECTED_BEFORE: Final = _REJECTED_ALNUM | frozenset("_.,/:$#@'=%&~")


def _by_first_letter(entries: set[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in entries:
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


#: every word (lower-cased) that _FIGURE_RE may read after a number and a space: scales,
#: percent words, range words, suffixes and number words, by their first letter
_AFTER_SPACE: Final = _by_first_letter(
    {
        w.lower()
        for w in _SCALE_WORDS | UNITS | _CUR_AFTER_CODES | _CUR_AFTER_WORDS | _TIME_WORDS
        | _CLOCK_WORDS | _SMALL_WORDS | _MULTIPLIERS
        | {"percent", "per", "pct", "basis", "bps", "to", "through", "and"}
    }
)  # fmt: skip
#: the same after a number and a hyphen, with fractions, currency prefixes and "a"
_AFTER_HYPHEN: Final = _by_first_letter(
    {w for ws in _AFTER_SPACE.values() for w in ws}
    | _FRACTION_WORDS | {w.lower() for w in _CUR_BEFORE} | {"a", "an", "half"}
)  # fmt: skip
_LONGEST_AFTER: Final = max(len(w) for ws in _AFTER_HYPHEN.values() for w in ws)


def _no_suffix(norm: str, k: int, end: int, after: dict[str, tuple[str, ...]]) -> bool:
    """Whether an ASCII word stands at ``k`` that no word of ``after`` begins, so that a
    number before it is whole."""
    if k >= end or norm[k] not in _ASCII_LETTERS:
        return False
    entries = after.get(norm[k].lower())
    if entries is None:
        return True
    window = norm[k : min(end, k + _LONGEST_AFTER)]
    return window.isascii() and not window.lower().startswith(entries)


def _fast(
    view: TextView, start: int, end: int, runs: dict[int, int], paragraph: Span,
    out: list[Figure],
) -> int:  # fmt: skip
    """Read a common simple figure at ``start`` ("2,000 people", "$20 billion.", "12% of",
    "two countries", "25 years ago") without ``_FIGURE_RE``, adding its figure to ``out``.

    Returns where the figure (or the time expression, which gives none) ends, or
    :data:`_NOTHING`, or :data:`_TO_PATTERN` to leave the candidate to the pattern.

    It reads the sign, number, scale and "%" (or "percent", "pct") as ``_FIGURE_RE`` first
    tries them, and accepts them only where that pattern could neither take more nor take
    another branch: where they are followed by a space and an ASCII word that no scale,
    percent, range, ratio or suffix word begins, by a space and a bracket or quote mark, by
    " - " and a word no second number begins, by a punctuation mark and a space, or by the
    paragraph's end; a plain number followed by a time word (see :data:`_PLAIN_TIME_WORDS`)
    is a time expression, and one followed by a currency word of :data:`_FAST_CUR_WORDS`
    ("150 euros") is money. ASCII only, so that the character classes agree with the
    pattern's.
    """
    norm = view.norm
    if start > 0 and norm[start - 1] not in _SIMPLE_BEFORE:
        before = norm[start - 1]
        if before in _REJECTED_BEFORE or (
            before == "-" and start > 1 and norm[start - 2] in _REJECTED_ALNUM
        ):
            return _NOTHING  # inside a word, code, name or URL: _FIGURE_RE cannot match
        return _TO_PATTERN
    c = norm[start]
    if c in _ASCII_LETTERS:
        return _fast_word(view, start, end, paragraph, out)
    pre: str | None = None
    i = start
    if c in _SIMPLE_SIGNS:
        pre = c
        i += 1
        if i < end and norm[i] == " ":
            i += 1
    if i >= end or norm[i] not in _ASCII_DIGITS or i not in runs:
        return _TO_PATTERN
    # the number: what _DIGITS takes of the run of digits, commas and points
    j = runs[i]
    while norm[j - 1] in ",.":
        j -= 1
    number = norm[i:j]
    if not number.isascii():
        return _TO_PATTERN
    whole, point, fraction = number.partition(".")
    if point and not (fraction.isdigit() and len(fraction) <= 12):
        return _TO_PATTERN
    if "," in whole:
        if whole.count(",") > 6:
            return _TO_PATTERN  # too many groups for _DIGITS (and no split of a huge run)
        parts = whole.split(",")
        if not 1 <= len(parts[0]) <= 3:
            return _TO_PATTERN
        for part in parts[1:]:
            if len(part) != 3:
                return _TO_PATTERN
    elif len(whole) > 18:
        return _TO_PATTERN
    n_start = i
    # a scale: "£5m", "$20 billion"
    number_end = j
    scale: str | None = None
    c = norm[j] if j < end else ""
    if c in _ASCII_LETTERS:  # "£5m", "$1.13bn"
        k = j + 1
        while k < end and norm[k] in _ASCII_LETTERS:
            k += 1
        if k < end and (norm[k] in _ASCII_DIGITS or not norm[k].isascii()):
            return _TO_PATTERN
        scale = norm[j:k]
        if not (scale.lower() in _SCALE_WORDS or (k == j + 1 and c in _ONE_LETTER_SCALES)):
            return _TO_PATTERN
        j = k
    elif c == " " and norm[j + 1 : j + 3].lower() in _SCALE_HEADS:
        k = j + 1
        while k < end and norm[k] in _ASCII_LETTERS:
            k += 1
        if k < end and not norm[k].isascii():
            return _TO_PATTERN
        if norm[j + 1 : k].lower() in _SCALE_WORDS:
            scale = norm[j + 1 : k]
            j = k
    # a percent sign: "12%", "12 %"
    percent: str | None = None  # the rule of a percent figure
    c = norm[j] if j < end else ""
    if c == "%":
        percent = "percent.sign"
        j += 1
    elif c == " " and j + 1 < end:
        if norm[j + 1] == "%":
            percent = "percent.sign"
            j += 2
        elif (
            norm[j + 1 : j + 4].lower() in _PERCENT_HEADS
            and (k := _percent_word_end(norm, j + 1, end)) > 0
        ):  # "12 percent", "1.9 pct"
            percent = "percent.word"
            j = k
    # what follows must end the figure
    if j < end:
        c = norm[j]
        if c in _ASCII_SPACES and _spaces_end_figure(norm, j, end):
            pass  # "76.7    83.4", "4,040\n": white space and no word after it
        elif c == " ":
            if not (
                _ends_figure(norm, j, end)
                or (j + 1 < end and norm[j + 1] in _SPACE_ENDS)
                or _dash_then_word(norm, j + 1, end)
            ):  # (a currency word is not among those that end a figure)
                if j == number_end and pre is None and (t := _time_end(norm, j + 1, end)) > 0:
                    return t  # "25 years ago": a time expression
                if (
                    percent is None
                    and pre is None
                    and (k := _currency_word_end(norm, j + 1, end)) > 0
                ):
                    _currency_figure(view, start, k, number, scale, norm[j + 1 : k], out)
                    return k  # "150 euros", "32 cents", "4.5 mln dlrs"
                if not _no_suffix(norm, j + 1, end, _AFTER_SPACE):
                    return _TO_PATTERN
            if j == number_end and number_end - start <= 3 and _ratio_next(norm, j, end):
                return _TO_PATTERN
        elif c == "/":
            if (
                j == number_end and pre is None and j + 1 < end and norm[j + 1] in _ASCII_DIGITS
                and not (j - start == 1 and _fraction_then_percent(norm, start, end))
            ):  # fmt: skip
                return _NOTHING  # "04/09/87": _FIGURE_RE's last look-ahead rejects "/" and a digit
            return _TO_PATTERN
        elif c == ")":
            if j == number_end and number_end - start == 3:
                return _TO_PATTERN  # "(202) 555-0123": a phone number
        elif c == "-":
            if j == number_end and pre is None and (t := _time_end(norm, j + 1, end)) > 0:
                return t  # "a 45-year-old"
            if not _no_suffix(norm, j + 1, end, _AFTER_HYPHEN):
                return _TO_PATTERN
        elif not (c in _SIMPLE_STOPS and (j + 1 == end or norm[j + 1] in " \n")):
            return _TO_PATTERN
    _digits_figure(view, start, j, n_start, number, scale, pre, percent, paragraph, out)
    return j


#: a fraction before a percent word or sign ("1/2 pct"), as _DIGITS reads it
_FRACTION_PERCENT_RE: Final = regex.compile(
    _FRACTION + _PERCENT_AFTER,
    regex.VERBOSE,
)


def _fraction_then_percent(norm: str, start: int, end: int) -> bool:
    """Whether a fraction and a percent word or sign stand at ``start`` ("1/2 pct")."""
    return _FRACTION_PERCENT_RE.match(norm, start, end) is not None


def _digits_figure(
    view: TextView, start: int, e: int, n_start: int, number: str, scale: str | None,
    pre: str | None, percent: str | None, paragraph: Span, out: list[Figure],
) -> None:  # fmt: skip
    """Add the figure of a simple number expression, as :func:`_number_figures` would
    (``percent`` is the rule of a percent figure, else None)."""
    value = _parse_number(number)
    if value is None:
        return
    if scale is not None:
        value *= _SCALES[scale.lower()]
    kind: FigureKind
    if percent is not None:
        kind, code, rule = "percent", "%", percent
    elif pre is not None:
        code, factor = _CURRENCY_FACTORS[pre]
        kind, rule = "money", "money.sign-number"
        value *= factor
    else:
        if scale is not None and scale in _LETTER_SCALES and "." not in number:
            return  # "100m", "5b": metres or a name, not millions without a currency
        if not _countable_at(view.norm, number, n_start, e, scale is not None, paragraph):
            return
        kind, code, rule = "count", None, "count.digits"
    out.append(_figure(view, start, e, kind, value, code, rule))


_TIME_LONGEST: Final = max(len(w) for w in _PLAIN_TIME_WORDS)


#: Currency words and codes after a number that ``_FIGURE_RE`` reads as its ``cur`` suffix
#: and nothing else: one ASCII word each, that begins no longer currency ("euro cents",
#: "pounds sterling", "US dollars"); "pound(s)" may be a weight and is left to the pattern.
_FAST_CUR_WORDS: Final = (
    frozenset(w.lower() for w in _CUR_AFTER_WORDS if w.isalpha() and w.isascii())
    - {f.split()[0].lower() for f in _CUR_AFTER_WORDS if " " in f}
    - {"pound", "pounds"}
)
_FAST_CUR_CODES: Final = frozenset(c for c in _CUR_AFTER_CODES if c.isalpha() and c.isascii())


def _currency_word_end(norm: str, k: int, end: int) -> int:
    """Where a currency word of :data:`_FAST_CUR_WORDS` (any case) or a code of
    :data:`_FAST_CUR_CODES` at ``k`` ends when it is a whole ASCII word, else -1."""
    e = _letters_end(norm, k, min(end, k + 12))
    if e <= k or (e < end and (norm[e] in _ASCII_LETTERS or not norm[e].isascii())):
        return -1
    word = norm[k:e]
    return e if word in _FAST_CUR_CODES or word.lower() in _FAST_CUR_WORDS else -1


def _currency_figure(
    view: TextView, start: int, e: int, number: str, scale: str | None, word: str,
    out: list[Figure],
) -> None:  # fmt: skip
    """Add the money figure of a number and a currency word, as :func:`_kind` reads it."""
    value = _parse_number(number)
    if value is None:
        return
    if scale is not None:
        value *= _SCALES[scale.lower()]
    code, factor = _CURRENCY_FACTORS.get(word) or _CURRENCY_FACTORS[word.lower()]
    rule = "money.subunit" if factor != 1 else (
        "money.number-code" if word.isupper() else "money.number-word"
    )  # fmt: skip
    out.append(_figure(view, start, e, "money", value * factor, code, rule))


def _percent_word_end(norm: str, k: int, end: int) -> int:
    """Where "percent" or "pct" at ``k`` ends when a whole ASCII word, else -1.

    ``_FIGURE_RE`` reads it as the percent word after a number (its ``p1``), with
    nothing to backtrack into when the figure ends after it.
    """
    e = _letters_end(norm, k, min(end, k + 8))
    if e < 0 or (e < end and (norm[e] in _ASCII_LETTERS or not norm[e].isascii())):
        return -1
    return e if norm[k:e].lower() in _PERCENT_WORDS else -1


_PERCENT_WORDS: Final = frozenset(("percent", "pct"))
_PERCENT_HEADS: Final = frozenset(w[:3] for w in _PERCENT_WORDS)


#: what may follow a figure and one space and be read by ``_FIGURE_RE`` (a phone number's
#: digits, a percent sign, a range's hyphen); after two or more, none of these is
_ONE_SPACE_NEXT: Final = _ASCII_DIGITS | frozenset("%-")


def _space_run_end(norm: str, k: int, end: int) -> int:
    """Where the run of white space (ASCII, as ``\\s`` matches it) from ``k`` ends."""
    while k < end and norm[k] in _ASCII_SPACES:
        k += 1
    return k


def _spaces_end_figure(norm: str, j: int, end: int) -> bool:
    """Whether the white space at ``j`` leaves a figure before ``j`` whole because no word
    follows it: the paragraph ends after the run of white space, or an ASCII character
    that is not a letter does ("76.7    83.4", "1,648\\n"); after one space, not a digit
    (a phone number), "%" or "-" either. ``_FIGURE_RE`` reads only letters after a run of
    white space, and those three after a single space."""
    k = _space_run_end(norm, j + 1, end)
    if k >= end:
        return True
    x = norm[k]
    if not x.isascii() or x in _ASCII_LETTERS:
        return False
    return k - j >= 2 or x not in _ONE_SPACE_NEXT


def _no_word_after(norm: str, e: int) -> bool:
    """Whether the run of white space at ``e`` ends the text or ends before an ASCII
    character that is neither a letter nor "/", so that no word (a month, a street, a
    rate's period) nor "/" follows it: :data:`_WORD_AFTER_RE`, :data:`_ADDRESS_RE` and
    :data:`_PER_RE` cannot match at ``e``."""
    k = _space_run_end(norm, e, len(norm))
    if k >= len(norm):
        return True
    x = norm[k]
    return x.isascii() and x not in _ASCII_LETTERS and x != "/"


def _dash_then_word(norm: str, k: int, end: int) -> bool:
    """Whether a hyphen at ``k`` (after a space) and an ASCII word that no second number
    of a range can begin with follow a figure: "50 - indicating", so the figure ends before
    the space."""
    if norm[k : k + 1] != "-":
        return False
    k += 1
    if norm[k : k + 1] == " ":  # the one space _FIGURE_RE's "\s?+" takes
        k += 1
    return _no_suffix(norm, k, end, _AFTER_HYPHEN)


def _time_end(norm: str, k: int, end: int) -> int:
    """Where a time word at ``k`` ends ("years", "year-old"), or :data:`_TO_PATTERN`."""
    e = k
    stop = min(end, k + _TIME_LONGEST + 1)  # a longer run is no time word
    while e < stop and norm[e] in _ASCII_LETTERS:
        e += 1
    word = norm[k:e].lower()
    if word not in _PLAIN_TIME_WORDS:
        return _TO_PATTERN
    if word[:4] == "year" and e + 4 <= end and norm[e : e + 4].lower() == "-old":
        e += 4  # the longest time word: "year-old", "years-old"
    if e < end and (norm[e] in _ASCII_LETTERS or not norm[e].isascii()):
        return _TO_PATTERN
    return e


def _ends_figure(norm: str, j: int, end: int) -> bool:
    """Whether the space at ``j`` and the word after it leave a figure before ``j`` whole."""
    head = norm[j + 1 : min(j + 4, end)].lower()
    return (
        head[:1] in _ASCII_LETTERS and head.isascii() and head[:1] not in _FOLLOW_HEADS
        and head[:2] not in _FOLLOW_HEADS and head not in _FOLLOW_HEADS
    )  # fmt: skip


def _ratio_next(norm: str, j: int, end: int) -> bool:
    """Whether "in" or "out" may follow the space at ``j`` (as in "1 in 4")."""
    head = norm[j + 1 : min(j + 4, end)]
    return head[:2] == "in" or head == "out"


def _letters_end(norm: str, i: int, end: int) -> int:
    """Where the run of ASCII letters from ``i`` ends; -1 if a non-ASCII character ends it."""
    while i < end and norm[i] in _ASCII_LETTERS:
        i += 1
    return -1 if i < end and not norm[i].isascii() else i


def _fast_word(
    view: TextView, start: int, end: int, paragraph: Span, out: list[Figure]
) -> int:  # fmt: skip
    """:func:`_fast` for a lone spelled number ("two countries", "One of", "three years");
    :data:`_NOTHING` for "number" before a word that is not a number.

    A cardinal word that neither a number word nor "and" follows is the whole number
    expression when the word after leaves it whole (see :func:`_fast`); no other branch
    of ``_FIGURE_RE`` begins with a cardinal.
    """
    norm = view.norm
    k = _letters_end(norm, start + 1, end)
    if k < 0:
        return _TO_PATTERN
    word = norm[start:k]
    c = norm[k] if k < end else ""
    if word == "number":  # "number of": no rank, and nothing else begins with "number"
        if c in _SIMPLE_PUNCT:
            return _NOTHING
        if c in (" ", "-"):
            e = _letters_end(norm, k + 1, end)
            if e > k + 1 and norm[k + 1 : e].lower() not in _SMALL_WORDS:
                return _NOTHING
        return _TO_PATTERN
    low = word.lower()
    value = _SMALL_VALUES.get(low)
    if value is None:
        if low in ORDINALS:  # only a rank can begin with one: "second-largest"
            if c == "-" or c.isspace():
                e = _letters_end(norm, k + 1, end)
                if e < 0 or norm[k + 1 : e].lower() in _SUPERLATIVES:
                    return _TO_PATTERN
            return _NOTHING
        return _TO_PATTERN
    if c == " ":
        e = _letters_end(norm, k + 1, end)
        if e < 0:
            return _TO_PATTERN
        if not (_ends_figure(norm, k, end) or (e == k + 1 and norm[k + 1] in _SPACE_ENDS)):
            if (t := _time_end(norm, k + 1, end)) > 0:
                return t  # "three years"
            if not _no_suffix(norm, k + 1, end, _AFTER_SPACE):
                return _TO_PATTERN
        if _ratio_next(norm, k, end):
            return _TO_PATTERN
        after = norm[k + 1 : e].lower()
        if after in _SMALL_WORDS or after in _MULTIPLIERS:
            return _TO_PATTERN  # more number words: "two hundred"
    elif c == "-":
        if (t := _time_end(norm, k + 1, end)) > 0:
            return t  # "a three-year deal"
        if not _no_suffix(norm, k + 1, end, _AFTER_HYPHEN):
            return _TO_PATTERN
    elif c and c != ")" and not (c in _SIMPLE_STOPS and (k + 1 == end or norm[k + 1] in " \n")):
        return _TO_PATTERN
    if low != "one" and _countable_at(norm, word, start, k, False, paragraph):
        out.append(_figure(view, start, k, "count", value, None, "count.words"))
    return k  # ("one" is never a count by itself: see _countable_at)


def _word_positions(
    letters: bytes, low: str | None, present: frozenset[bytes]
) -> list[tuple[int, int, int]]:
    """(start, end, 1 for a multiplier else 0) of every whole number word, in order.

    ``letters`` is the text with ASCII letters lower-cased and all else blanked,
    offset for offset; ``low`` the lower-cased text when it is not all ASCII.
    """
    out: list[tuple[int, int, int]] = []
    n = len(letters)
    padded = b" " + letters + b" "  # a whole word w stands as b" w " in it, one to the right
    for w in present:
        multiplier = 1 if w in _MULTIPLIER_BYTES else 0
        k = len(w)
        # (a needle that ends in a space is slow to find: the space after is checked at a hit)
        needle = b" " + w
        i = padded.find(needle)
        while i >= 0:  # the word is at [i, i + k) in the text
            j = i + k
            if padded[j + 1] == 32 and (
                low is None
                or ((i == 0 or not low[i - 1].isalpha()) and (j >= n or not low[j].isalpha()))
            ):
                out.append((i, j, multiplier))
            i = padded.find(needle, j + 1)
    out.sort()
    return out


def _candidates(
    norm: str, paragraph: Span, digit_runs: list[tuple[int, int]],
    words: list[tuple[int, int, int]], signs: list[int], runs: dict[int, int],
) -> list[int]:  # fmt: skip
    """Where a figure may start: digits (``digit_runs``, the paragraph's runs of digits) and
    currency signs, and number words.

    Matching the full pattern only at these offsets keeps the stage cheap. ``runs``
    receives the end of every run of digits, by its start.
    """
    pstart, pend = paragraph.start, paragraph.end
    out: list[int] = []
    starts: list[int] = []  # digits and signs, which a currency prefix may stand before
    for s, e in digit_runs:
        runs[s] = e
        if s > pstart and norm[s - 1] == ".":
            s -= 1  # ".45"
        elif (
            e - s == 4
            and _yearlike(norm[s:e])
            and not _year_unit(norm, e)
            and _prefix_start(norm, s, pstart) == s
        ):
            continue  # a year (no currency before it, as in "GBP 1500"): no figure starts here
        starts.append(s)
    if signs:
        starts.extend(signs[bisect.bisect_left(signs, pstart) : bisect.bisect_left(signs, pend)])
    out.extend([_prefix_start(norm, s, pstart) for s in starts])
    if words:
        for k in range(bisect.bisect_left(words, (pstart,)), len(words)):
            i, j, multiplier = words[k]
            if j > pend:
                if i >= pend:
                    break
                continue  # runs over the paragraph's end
            if multiplier:  # "a dozen", "half a million"; else part of a number
                back = _ARTICLE_BEFORE_RE.search(norm, max(pstart, i - 8), i)
                if back is not None:
                    out.append(back.start())
            else:
                out.append(i)
    out.sort()
    return out


def _prefix_start(norm: str, s: int, pstart: int) -> int:
    """Where a currency prefix before the number or sign at ``s`` starts ("USD 5", "Rs.
    5", "US$5"), else ``s``."""
    if s > pstart and (
        norm[s - 1] in _PREFIX_LAST or (s - 2 >= pstart and norm[s - 2] in _PREFIX_LAST)
    ):
        before = norm[max(pstart, s - 8) : s]
        if before.endswith(_PREFIXES) or before[:-1].endswith(_PREFIXES):
            pre = _PREFIX_BEFORE_RE.search(norm, max(pstart, s - 8), s)
            if pre is not None:
                return pre.start()
    return s


_MULTIPLIER_BYTES: Final = frozenset(w.encode() for w in _MULTIPLIERS)
#: the prefixes, for a cheap test before _PREFIX_BEFORE_RE
_PREFIXES: Final = tuple(sorted(_PREFIX_WORDS))


def _year_unit(norm: str, e: int) -> bool:
    """Whether a percent, scale, currency or unit word follows the year-like number ending at e."""
    c = norm[e : e + 1]
    if c == "" or c in _SIMPLE_PUNCT or (c == " " and _ends_figure(norm, e, len(norm))):
        return False  # no word of _YEAR_UNIT_RE can begin here (see _FOLLOW_HEADS)
    if c == " " and _no_suffix(norm, e + 1, len(norm), _AFTER_SPACE):
        return False  # an ASCII word that none of its words (all in _AFTER_SPACE) begins
    return _YEAR_UNIT_RE.match(norm, e) is not None


# -- the figure kinds --------------------------------------------------------------

#: a value as parsed: an int when whole, else an exact Decimal
_Value = int | Decimal


#: the letters after the hyphen of "-a-", "-an-", "-per-" ("$10-a-month"): only there is a
#: period read after a hyphen
_HYPHEN_PER_HEADS: Final = frozenset(("a-", "an", "pe"))


def _figure(
    view: TextView, s: int, e: int, kind: FigureKind, value: _Value, unit: str | None,
    rule: str, *, range_: Span | None = None, qualifier: str | None = None,
) -> Figure:  # fmt: skip
    norm = view.norm
    if qualifier is None and s > 0 and norm[s - 1].isspace():
        qualifier = _qualifier(view, s)  # (it first looks at the last letters before s)
    per = None
    nxt = norm[e : e + 1]
    if (
        nxt == "/"
        or (nxt == "-" and norm[e + 1 : e + 3] in _HYPHEN_PER_HEADS)
        or (nxt.isspace() and not (_no_per(norm, e + 1) if nxt == " " else _no_word_after(norm, e)))
    ):
        per = _per(view, e)
    plain = value if type(value) is int else _plain(value)
    if qualifier is None and per is None and range_ is None:
        # the common case; passing the defaults costs a quarter of the constructor's time
        return Figure(text=view.original[s:e], span=Span(s, e), kind=kind, value=plain,
                      unit=unit, rule=rule)  # fmt: skip
    return Figure(
        text=view.original[s:e], span=Span(s, e), kind=kind, value=plain, unit=unit,
        qualifier=qualifier, per=per, range=range_, rule=rule,
    )  # fmt: skip


def _ratio(view: TextView, m: _Match, g: _Groups) -> Figure | None:
    a, b = _parse_number(g[_R1]), _parse_number(g[_R2])
    if a is None or b is None or b == 0 or a >= b or _yearlike(g[_R2]):
        return None
    value = (Decimal(a) / Decimal(b) * 100).quantize(Decimal("0.01"))
    return _figure(view, m.start(), m.end(), "percent", value, "%", "percent.ratio")


def _rank(view: TextView, m: _Match, g: _Groups) -> Figure | None:
    value: _Value
    if g[_RANK_NO] is not None:
        n = m[_RANK_N]
        if n == "10" and not _RANK_TEN_RE.match(view.norm, m.end()):
            return None  # "No 10 said": Downing Street
        value, rule = int(n), "rank.no"
    elif g[_RANK_WORD] is not None:
        value, rule = NUMBER_WORDS[_fold(m[_RANK_W])], "rank.number-word"
    else:
        o = _fold(m[_ORD])
        value = ORDINALS[o] if o in ORDINALS else int(o[:-2])
        rule = "rank.ordinal-superlative"
    return _figure(view, m.start(), m.end(), "rank", value, None, rule)


def _vague(view: TextView, m: _Match, g: _Groups) -> Figure:
    key = " ".join(m[_VAGUE_G].lower().split())
    value = _VAGUE.get(key, _VAGUE.get(key.split()[0], 0))
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
    view: TextView, m: _Match, g: _Groups, paragraph: Span, out: list[Figure]
) -> int | None:
    """Add the figures of a number expression; where to resume when only part was used."""
    if g[_TIME] or g[_CLOCK] or g[_FRAC]:
        return None  # a duration, age, clock time or fraction: a time expression
    n1, n2 = g[_N1], g[_N2]
    assert n1 is not None
    v1 = _parse_number(n1)
    if v1 is None:
        return None
    sc1, sc2 = g[_S1], g[_S2]
    s1 = 1 if sc1 is None else _SCALES[_fold(sc1)]
    pre, pre2, p1 = g[_PRE], g[_PRE2], g[_P1]
    bare = not (pre or pre2 or g[_PCT] or g[_CUR] or g[_ATT] or g[_UNIT] or p1)
    if bare and sc1 in _LETTER_SCALES and "." not in n1:
        return None  # "100m", "5b": metres or a name, not millions without a currency
    if n2 is None:
        if bare and not _countable(view, m, g, paragraph):
            return None
        _single(view, m, g, v1 * s1, m.start(), m.end(), paragraph, out, suffix=True)
        return None

    # a range only when both ends can share unit and scale
    v2 = _parse_number(n2)
    sep = g[_SEP]
    assert sep is not None
    ok = v2 is not None and not (pre2 and pre2 != pre)
    ok = ok and not (p1 and not g[_PCT])
    ok = ok and not (_yearlike(n1) or _yearlike(n2))
    ok = ok and not (bare and "-" not in sep and v2 is not None and v1 >= v2)
    if (
        ok and v2 is not None and sep.strip() in ("to", "through") and (v2 > 2 * v1 or v2 < v1)
        and (pre or p1 or (bare and v2 >= 10))
        and _change_before(view.norm, m.start(), paragraph)
    ):  # fmt: skip
        # "rose 2-1/4 to 101", "fell 1 pct to 7 pct": a change, then the level it reached
        # (not "rising two to five Taiwanese cents a day")
        ok = False
    if ok and bare and not _countable(view, m, g, paragraph):
        return None  # "Boeing 737-800", "Title 42-43", "4-6 March"
    if ok and bare and "-" in sep and not _BARE_PAIR_NEXT_RE.match(view.norm, m.end()):
        return None  # "won 7-5 6-3", "6-7 (3-7)": a score
    if not ok:
        # use the first end alone; search again from the second
        e1 = m.end(_S1) if sc1 else m.end(_N1)
        _single(view, m, g, v1 * s1, m.start(), e1, paragraph, out)
        return m.start(_PRE2 if pre2 else _N2)
    assert v2 is not None
    s2 = 1 if sc2 is None else _SCALES[_fold(sc2)]
    # "$40-50 billion": the first end takes the second's scale when it has none
    if sc1 is None and sc2 is not None and v1 < v2:
        s1 = s2
    elif (
        sc1 is None and sc2 is None and "," in n2 and "," not in n1 and v1 < 1000
        and v2 <= v1 * 10000 <= v2 * 10
    ):  # fmt: skip
        s1 = 1000  # "75-100,000 bpd" is 75,000 to 100,000
    kind, code, factor, rule = _kind(m, g)
    rule += "-range"
    range_span: Span | None
    if kind == "count" and bare and "-" in sep and v1 > v2:
        if not _SPLIT_NOUN_RE.match(view.norm, m.end()):
            return None  # "won 7-6 6-3": a score
        range_span, rule = None, "count.split"  # "a 52-48 majority": a split, not a range
    else:
        range_span = Span(m.start(), m.end())
    before = _word_before(view.norm, max(paragraph.start, m.start() - 40), m.start())
    if before is not None and before.lower() == "from":
        range_span = None  # "from 5 to 10": a change, not a range
    if kind == "count" and (_yearlike(n1) or _yearlike(n2)):
        return None
    e1 = m.end(_P1) if p1 else (m.end(_S1) if sc1 else m.end(_N1))
    first = _figure(view, m.start(), e1, kind, v1 * s1 * factor, code, rule, range_=range_span)
    second = _figure(
        view, m.start(_PRE2) if pre2 else m.start(_N2), m.end(), kind, v2 * s2 * factor, code,
        rule, range_=range_span, qualifier=first.qualifier,
    )  # fmt: skip
    out.append(first)
    out.append(second)
    return None


#: verbs and adverbs of a change, before "X to Y" where Y is the level it reached
_CHANGE_WORDS: Final = frozenset(
    """
    rose rise rises rising risen fell fall falls falling fallen climbed climb climbs dropped
    drop drops declined decline declines gained gain gains lost lose loses jumped jump jumps
    slipped slip slips eased ease eases increased decreased grew surged plunged slid advanced
    shed firmed edged up down off raised raise raises cut cuts lowered lifted boosted reduced
    """.split()
)


def _change_before(norm: str, s: int, paragraph: Span) -> bool:
    """Whether a word of a change (:data:`_CHANGE_WORDS`), or one and "by", ends right
    before ``s``: "rose 2-1/4 to 101", "closed up $2.80 to $51.15", "down by 30 to 126"."""
    lo = max(paragraph.start, s - 40)
    w = _word_before(norm, lo, s)
    if w is not None and w.lower() == "by":
        s = norm.rindex("by", lo, s)
        w = _word_before(norm, lo, s)
    return w is not None and w.lower() in _CHANGE_WORDS


def _single(
    view: TextView, m: _Match, g: _Groups, value: _Value, s: int, e: int,
    paragraph: Span, out: list[Figure], *, suffix: bool = False,
) -> None:  # fmt: skip
    """Add one figure from the first number of ``m``, ending at ``e``.

    With ``suffix`` the whole match is used (its unit decides the kind); without
    it only the first end of a rejected range is, so only its own sign counts.
    """
    pre = g[_PRE]
    factor: _Value
    if suffix:
        kind, code, factor, rule = _kind(m, g)
    elif pre:
        (code, factor), kind = _CURRENCY_FACTORS[pre], "money"
        rule = "money.code-number" if pre.isalpha() else "money.sign-number"
    elif p1 := g[_P1]:
        kind, code, factor = "percent", "%", 1
        rule = "percent.sign" if "%" in p1 else "percent.word"
        e = m.end(_P1)
    else:
        kind, code, factor, rule = "count", None, 1, "count.digits"
        if not _countable(view, m, g, paragraph, e):
            return
    n1 = g[_N1]
    assert n1 is not None
    if kind == "count" and g[_S1] is None:
        if _yearlike(n1):
            return
        if not n1[:1].isdigit():
            rule = "count.words"
    out.append(_figure(view, s, e, kind, value * factor, code, rule))


#: form -> (ISO code, factor to whole units), with an int factor where it is whole
_CURRENCY_FACTORS: Final[dict[str, tuple[str, _Value]]] = {
    form: (code, int(factor) if factor == 1 else factor)
    for form, (code, factor) in CURRENCIES.items()
}
_PERCENT_POINTS: Final = Decimal("0.01")


def _kind(m: _Match, g: _Groups) -> tuple[FigureKind, str | None, _Value, str]:
    """Kind, unit, factor to whole units and rule of a number expression."""
    p = g[_PCT] or g[_P1]
    if p:
        p = p.lower()
        if "basis" in p or p == "bps":
            return "percent", "pp", _PERCENT_POINTS, "percent.basis-points"
        if "point" in p:
            return "percent", "pp", 1, "percent.points"
        return "percent", "%", 1, ("percent.sign" if "%" in p else "percent.word")
    pre = g[_PRE]
    if pre:
        code, factor = _CURRENCY_FACTORS[pre]
        return "money", code, factor, ("money.code-number" if pre.isalpha() else
                                       "money.sign-number")  # fmt: skip
    att = g[_ATT]
    if att:
        code, factor = _CURRENCY_FACTORS[att]
        return "money", code, factor, "money.subunit"
    c = g[_CUR]
    if c:
        if c.lower() in ("pound", "pounds") and _of_next(m.string, m.end()):
            return "quantity", c, 1, "quantity.unit"  # "10 pounds of cocaine": weight
        # (casefold: the pattern matches case-blind, "cent\u017f" as "cents")
        code, factor = _CURRENCY_FACTORS.get(c) or _CURRENCY_FACTORS[" ".join(_fold(c).split())]
        rule = "money.subunit" if factor != 1 else ("money.number-code" if c.isupper()
                                                    else "money.number-word")  # fmt: skip
        return "money", code, factor, rule
    unit = g[_UNIT]
    if unit:
        return "quantity", " ".join(unit.split()), 1, "quantity.unit"
    n1 = g[_N1]
    assert n1 is not None
    words_ = not n1[:1].isdigit() and not n1.startswith(".")
    return "count", None, 1, ("count.words" if words_ else "count.digits")


def _fold(word: str) -> str:
    """A word the pattern matched case-blind, as its lexicon lists it: case-folded, and
    without the dot that "\u0130" folds to (``regex`` reads it as "i": "b\u0130llion").

    >>> _fold("B\u0130LLION"), _fold("cent\u017f")
    ('billion', 'cents')
    """
    return word.casefold().replace("\u0307", "")


def _of_next(norm: str, e: int) -> bool:
    """Whether " of " follows ``e`` (:data:`_OF_RE`, matched within the white space run)."""
    spaces = _SPACES_RE.match(norm, e)
    assert spaces is not None
    return _OF_RE.match(norm, e, spaces.end() + 3) is not None


def _short_quote_next(norm: str, e: int) -> bool:
    """Whether one to three words and a closing quote mark follow ``e``: ' amigos"'."""
    words_ = _SHORT_QUOTE_RE.match(norm, e)  # possessive: no other way to read the words
    return words_ is not None and norm.startswith('"', words_.end())


def _countable(
    view: TextView, m: _Match, g: _Groups, paragraph: Span, e: int | None = None
) -> bool:
    """Whether a bare number (no sign, code or unit) is a count, not a name, date or year."""
    n1 = g[_N1]
    assert n1 is not None
    return _countable_at(
        view.norm, n1, m.start(_N1), m.end() if e is None else e, g[_S1] is not None, paragraph
    )


def _countable_at(norm: str, n1: str, s: int, e: int, scaled: bool, paragraph: Span) -> bool:
    """:func:`_countable` for the number ``n1`` at ``s``, its expression ending at ``e``."""
    if not scaled:
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
    after1 = norm[e : e + 1]
    if (
        after1 in _LIST_MARKS
        and _LIST_MARK_RE.match(norm, e)
        and _sentence_start(norm, s, paragraph)
    ):
        return False  # "2. Never urged ...": a list item's number
    if s > 0 and norm[s - 1] == '"' and _short_quote_next(norm, e):
        return False  # '"three amigos"': a name in quotes
    if (
        (after1 in _AGE_NEXT or e >= paragraph.end) and norm[s - 2 : s] == ", "
        and (not n1[:1].isdigit() or (n1.isdigit() and int(n1) < 120))  # not "Ohio, 498,168;"
        and _AGE_RE.match(norm, e, paragraph.end)
        and _NAME_BEFORE_RE.search(norm, max(paragraph.start, s - 40), s - 2)
    ):  # fmt: skip
        return False  # "Smith, 44, said": an age
    if s > paragraph.start and norm[s - 1].isspace():
        w = _word_before(norm, max(paragraph.start, s - 40), s)
        if w is not None:
            low = w.lower().rstrip(".")
            if low in _MONTHS or low in ID_NOUNS or low in ("aged", "age", "ages"):
                return False  # "July 25", "Section 8", "route 66", "aged 55"
            if w.endswith(".") and _sentence_start(norm, s, paragraph):
                return True  # the word ends the sentence before
            if (
                w[:1].isupper()
                and not scaled
                and low not in _OPENERS
                and low not in QUALIFIERS
                and not norm[s - 2].isspace()  # "Planted   76.7": a table's label and cell
            ):
                return False  # "Boeing 737", "Title 42", "Windows 10"
    if after1.isspace():
        c = norm[e + 1 : e + 2]
        if c in _FRACTION_HEADS and _FRACTION_NEXT_RE.match(norm, e):
            return False  # "Three quarters of that", "about two thirds of the budget": a
            # fraction, as "two-thirds" is, no count
        if c not in _ASCII_LETTERS and _no_word_after(norm, e):
            return True  # (neither a month nor a street follows)
        if c not in _NOT_MONTH_HEADS:  # (else the word after is not a month, nor "of")
            after = _WORD_AFTER_RE.match(norm, e)
            if after is not None and after["w"].lower().rstrip(".") in _MONTHS:
                return False  # "25 July", "5 of May"
        # "10 Downing Street": an address (it needs a capital right after the space)
        return c in _ASCII_LOWER or not _ADDRESS_RE.match(norm, e)
    return True


#: A fraction's denominator after a number, then "of" and a determiner ("two thirds of the
#: world's population", "three quarters of all Xboxes"; not "the three quarters of
#: contraction", "two thirds in the 2016-17 season"), and the letters it begins with.
_FRACTION_NEXT_RE: Final = regex.compile(
    r"""\s++(?i:thirds|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|quarters)
    \s++of\s++(?i:the|a|an|all|that|this|those|these|its|their|his|her|our|them|it)\b""",
    regex.VERBOSE,
)
_FRACTION_HEADS: Final = frozenset("tfsenqTFSENQ")
#: What ``\s`` matches among ASCII characters (not "\x1c" to "\x1f", which str.isspace takes).
_ASCII_SPACES: Final = " \t\n\x0b\x0c\r"
#: The ASCII characters of a word of :data:`_WORD_BEFORE_RE`, and those it may begin with.
_WORD_CHARS: Final = _ASCII_LETTERS | _ASCII_DIGITS | frozenset("&.'-")
_WORD_FIRST: Final = _ASCII_LETTERS | frozenset("&")


def _word_before(norm: str, lo: int, pos: int) -> str | None:
    """The word :data:`_WORD_BEFORE_RE` finds in ``[lo, pos)``, read in plain Python when the
    window is ASCII and the word does not reach its start."""
    window = norm[lo:pos]
    if window.isascii():
        b = len(window.rstrip(_ASCII_SPACES))
        if b == len(window) or b == 0:
            return None  # no space before pos, or nothing but space
        a = b
        while a > 0 and window[a - 1] in _WORD_CHARS:
            a -= 1
        if a > 0:
            return window[a:b] if b - a <= 31 and window[a] in _WORD_FIRST else None
    m = _WORD_BEFORE_RE.search(norm, lo, pos)
    return None if m is None else m["w"]


#: ASCII letters that begin no month and not "of"
_NOT_MONTH_HEADS: Final = frozenset("bceghiklpqrtuvwxyzBCEGHIKLPQRTUVWXYZ")


#: what may follow a list item's number
_LIST_MARKS: Final = frozenset(".)")


def _sentence_start(norm: str, pos: int, paragraph: Span) -> bool:
    i = pos - 1
    while i >= paragraph.start and norm[i] in " \t\"'(":
        i -= 1
    return i < paragraph.start or norm[i] in ".!?:;\n-"


# -- values -----------------------------------------------------------------------


def _yearlike(number: str | None) -> bool:
    """A bare four-digit number a year could be (1000-2100), written without a comma."""
    return (
        number is not None and len(number) == 4 and number.isdigit()
        and 1000 <= int(number) <= 2100
    )  # fmt: skip


_HALF: Final = Decimal("0.5")


def _parse_number(text: str | None) -> _Value | None:
    """The value of digits ("1,200.5", "7-3/4") or number words ("one-and-a-half million").

    >>> _parse_number("1,200.5"), _parse_number("twenty-three"), _parse_number("a dozen")
    (Decimal('1200.5'), 23, 12)
    >>> _parse_number("7-3/4"), _parse_number("1/8")
    (Decimal('7.75'), Decimal('0.125'))
    """
    if text is None:
        return None
    if text[:1].isdigit() or text[:1] == ".":
        digits = text.replace(",", "")
        if "/" in digits:  # "7-3/4", "7 3/4", "1/2": exact, as the denominator is a power of 2
            whole, _sep, fraction = digits.replace("-", " ").rpartition(" ")
            num, _slash, den = fraction.partition("/")
            return int(whole or 0) + Decimal(int(num)) / int(den)
        try:
            return Decimal(digits) if "." in digits else int(digits)
        except (InvalidOperation, ValueError):
            return None
    total: _Value = 0
    current: _Value = 0
    tokens = text.lower().replace("-", " ").split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "and" and tokens[i + 1 : i + 3] == ["a", "half"]:
            current += _HALF
            i += 3
            continue
        if t == "half":
            current = _HALF
        elif t in ("a", "an"):
            current = current or 1
        elif t == "hundred":
            current = (current or 1) * 100
        elif t == "dozen":
            current = (current or 1) * 12
        elif t in _MULTIPLIERS:
            total += (current or 1) * NUMBER_WORDS[t]
            current = 0
        elif t in NUMBER_WORDS:
            current += NUMBER_WORDS[t]
        elif t != "and":
            return None
        i += 1
    return total + current


def _plain(value: _Value) -> int | float:
    """An int when the value is whole, else a float."""
    if type(value) is int:
        return value
    assert isinstance(value, Decimal)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: the last two letters of the qualifiers, lower-cased
_QUALIFIER_ENDS: Final = frozenset(q[-2:].lower() for q in QUALIFIERS)


#: the qualifiers, lower-cased (a cheap test before _QUALIFIER_RE in ASCII text)
_QUALIFIER_TUPLE: Final = tuple(sorted(q.lower() for q in QUALIFIERS))


def _qualifier(view: TextView, start: int) -> str | None:
    norm = view.norm
    lo = max(0, start - 30)
    window = norm[lo:start]
    if window.isascii():  # the common case: a match ends with a qualifier and spaces
        before = window.rstrip(_ASCII_SPACES)
        if len(before) == len(window):
            return None  # no space before the figure
        if before[-2:].lower() not in _QUALIFIER_ENDS or not before.lower().endswith(
            _QUALIFIER_TUPLE
        ):
            return None  # (the last two letters first: a set lookup, then the list)
        q = _QUALIFIER_RE.search(norm, lo, start)
        return None if q is None else view.original[q.start("q") : q.end("q")]
    j = start - 1
    while j > 0 and norm[j].isspace():
        j -= 1
    end = norm[j - 1 : j + 1]
    if end.isascii() and end.lower() not in _QUALIFIER_ENDS:
        return None  # the word before cannot end a qualifier: skip the word-list search
    q = _QUALIFIER_RE.search(norm, max(0, start - 30), start)
    return None if q is None else view.original[q.start("q") : q.end("q")]


#: ASCII letters no word of _PER_RE begins with (in, of, for, a, per, each, annually, ...):
#: after a space and one of them, _PER_RE cannot match
_NO_PER: Final = frozenset("bcgjklnqrstuvxzBCEFGIJKLNOPQRSTUVXZ")


#: the words _PER_RE may read first after a space (the adverbs are matched case-blind)
_PER_FIRST: Final = frozenset("in of for a an per each every".split())
#: longer than any of those words
_PER_LONGEST: Final = 1 + max(len(w) for w in _PER_FIRST | _ADVERB_PERIODS.keys())


def _no_per(norm: str, k: int) -> bool:
    """Whether the word at ``k`` (after a space) is one _PER_RE cannot begin with."""
    c = norm[k : k + 1]
    if c in _NO_PER:
        return True
    if c not in _ASCII_LETTERS:
        return _no_word_after(norm, k)  # ("1,648  2,140": no word, no "/")
    j = k + 1
    stop = min(len(norm), k + _PER_LONGEST)
    while j < stop and norm[j] in _ASCII_LETTERS:
        j += 1
    word = norm[k:j]
    if word in _PER_LINKS:  # "$20 billion in aid a year": the third word must open a rate
        return _no_rate_word(norm, j)
    return word not in _PER_FIRST and word.lower() not in _ADVERB_PERIODS


#: the words that may link a figure to a rate ("in", "of", "for") and those that open one
_PER_LINKS: Final = frozenset(("in", "of", "for"))
_RATE_WORDS: Final = frozenset(("a", "an", "per", "each", "every"))
_RATE_WINDOW: Final = 60


def _no_rate_word(norm: str, j: int) -> bool:
    """After "in", "of" or "for" ending at ``j``: whether _PER_RE's first branch cannot
    match, read in ASCII text (its other branches cannot begin with these words), because
    the word after the next is not one of :data:`_RATE_WORDS`."""
    window = norm[j : j + _RATE_WINDOW]
    if not window.isascii():
        return False
    n = len(window)
    i = _space_run_end(window, 0, n)
    if i == 0:
        return True  # no space after the link word: the branch needs one
    k = i
    while k < n and (window[k] in _ASCII_LETTERS or window[k] == "-"):
        k += 1
    if k == i or k - i > 20:
        return k < n  # no word, or one longer than the branch reads (unless cut)
    i = _space_run_end(window, k, n)
    if i == k:
        return i < n  # no space after the word (unless cut)
    k = i
    while k < n and window[k] in _ASCII_LETTERS:
        k += 1
    if k == n:
        return False  # cut by the window: leave it to the pattern
    return window[i:k] not in _RATE_WORDS


def _per(view: TextView, end: int) -> str | None:
    p = _PER_RE.match(view.norm, end)
    if p is None:
        return None
    if p["adv"] is not None:
        return _ADVERB_PERIODS[_fold(p["adv"])]
    return p["per"].lower()
