"""Adversarial inputs for newsparse: texts built to make a parser slow or crash.

Every generator takes a target size in characters and returns a ``str`` of
exactly that length, so the same input can be timed at two sizes to check that
its cost grows linearly. :data:`INPUTS` maps a stable name to its generator;
``benchmarks/scaling.py`` and ``tests/test_adversarial.py`` both iterate it.

The list follows issue 5: quote marks, capitalised words, no whitespace,
digits and commas, one endless sentence, Unicode oddities (every space, combining
marks, right-to-left text, emoji, lone surrogates, NUL bytes), "said" repeated and
deeply nested quotes, plus a few shapes that stress the text stage (blank lines,
abbreviations, capitals headlines).

>>> len(quote_marks(1000)), set(quote_marks(10))
(1000, {'"'})
>>> all(len(make(50_000)) == 50_000 for make in INPUTS.values())
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from typing import Final

__all__ = ["INPUTS", "OUTPUT_HEAVY", "fit"]

# Fragments are fixed (no corpus needed) so each input is the same on every machine.
_NAMES: Final = (
    "Smith Jones Obrador Trump Biden Merkel Macron Putin Xi Modi Blair Brown Johnson "
    "Sanders Warren Pelosi McConnell Abbott Newsom Zelensky Sondland Glazer Kirkwood "
    "Washington Reuters Congress Senate Treasury Labour Conservative United Nations"
).split()
_WORDS: Final = (
    "the minister said that government would raise taxes after election and officials "
    "told reporters on Tuesday it was not clear whether talks with unions could resume "
    "before spending plans were published by the department of health"
).split()


def fit(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters.

    >>> fit("ab", 5)
    'ababa'
    """
    if size <= 0:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def _joined(words: Iterator[str], size: int, sep: str = " ") -> str:
    parts: list[str] = []
    total = 0
    for w in words:
        parts.append(w)
        total += len(w) + len(sep)
        if total >= size:
            break
    return sep.join(parts)[:size].ljust(size, "x")


def quote_marks(size: int) -> str:
    """Nothing but straight double quote marks (issue: 100,000 quote marks)."""
    return '"' * size


def mixed_quote_marks(size: int) -> str:
    """Every kind of quote mark, opening and closing, with no text between."""
    return fit("\"\u201c\u201d'\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a", size)


def capitalised_words(size: int) -> str:
    """Capitalised words with no punctuation: one endless run of would-be names."""
    rng = random.Random(1)
    return _joined((rng.choice(_NAMES) for _ in itertools.count()), size)


def capitalised_sentences(size: int) -> str:
    """Capitalised words in short sentences: many candidate names and sentences."""
    rng = random.Random(2)
    words = (rng.choice(_NAMES) + ("." if rng.random() < 0.15 else "") for _ in itertools.count())
    return _joined(words, size)


def no_whitespace(size: int) -> str:
    """News-like text with every space removed: one word of ``size`` characters."""
    return fit('ThePresidentSmithsaid"wewillwin"onTuesday,up3.5%to$4.2bn(£3m).Officials', size)


def digits_and_commas(size: int) -> str:
    """One huge comma-grouped number: ``123,456,789,...``."""
    return fit("123,456,789,", size)


def digits_and_commas_spaced(size: int) -> str:
    """Many comma-grouped numbers separated by spaces: a figure every few characters."""
    return fit("1,234,567 8,910 ", size)


def long_sentence(size: int) -> str:
    """One sentence without a full stop (issue: a 100,000-word sentence is about 700 KB)."""
    rng = random.Random(3)
    return _joined((rng.choice(_WORDS) for _ in itertools.count()), size)


def unicode_soup(size: int) -> str:
    """Every Unicode space, combining marks, RTL text, emoji, lone surrogates and NUL."""
    unit = (
        "Smith\u00a0said\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u200b\u200c\u200d\u202f\u205f\u3000\ufeff\u1680\u180e\u2028\u2029\x85\x0b\x0c\t\r\n"
        "\u201cWe\u0301\u0302\u0303 will\u20dd win,\u201d e\u0301\u0308\u0327 "
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202e\u202b\u200f\u200e "
        "\U0001f600\U0001f1fa\U0001f1f8\U0001f468\u200d\U0001f469\u200d\U0001f467 "
        "\ud800\udfff\udc00\ud83d \x00\x00NUL\x00 $5\x00m 3\u0663\u06f3% "
        "\ufffd\uffff\U0010ffff Mr.\u00a0Jones said.\n\n"
    )
    return fit(unit, size)


def said_repeated(size: int) -> str:
    """``said said said ...``: a speech verb everywhere and nothing to attribute."""
    return fit("said ", size)


def said_names(size: int) -> str:
    """``Smith said, Jones said, ...``: a speaker and a cue every few words."""
    return fit("Smith said, Jones said, Mr. Brown told, ", size)


def nested_quotes(size: int) -> str:
    """Thousands of nested quotes: ``"A said 'B said "C said ... "'"``, closed at the end."""
    half = size // 2
    opening = fit("\u201cSmith said \u2018Jones said ", half)
    closing = fit("\u2019\u201d", size - half)
    return opening + closing


def unclosed_quotes(size: int) -> str:
    """A quote opened at every sentence and never closed."""
    return fit('"We will win, said Smith. "They lost. ', size)


def blank_lines(size: int) -> str:
    """Nothing but line breaks: one empty paragraph after another."""
    return fit("\n", size)


def tiny_paragraphs(size: int) -> str:
    """One-word paragraphs: a paragraph and a sentence every few characters."""
    return fit("Smith.\n\n", size)


def abbreviations(size: int) -> str:
    """Abbreviations and initials that never end a sentence: ``Mr. Dr. U.S. J. ...``."""
    return fit("Mr. Dr. U.S. J. R. R. Gen. Jan. No. 5 Inc. ", size)


def capitals_lines(size: int) -> str:
    """Lines set in capitals: candidate promotional headlines for the boilerplate stage."""
    return fit("CLICK HERE TO READ MORE ABOUT THE MINISTER SAID TODAY\n", size)


def money_everywhere(size: int) -> str:
    """Currency signs, scales and ranges back to back: ``$1.5bn-$2 billion ...``."""
    return fit("$1.5bn-$2 billion, £3m to €4.5 million, 5% up 6pp ", size)


def fractions(size: int) -> str:
    """Fractions as markets write them and spelled fractions of a point, back to back, in
    one sentence with no word of a rate (each "point" looks for one)."""
    return fit("gained half a point, a quarter-point, 7-3/4 dlrs and 6-1/2 3/8 ", size)


#: Every adversarial input by name, in the order of the issue.
INPUTS: Final[dict[str, Callable[[int], str]]] = {
    "quote-marks": quote_marks,
    "mixed-quote-marks": mixed_quote_marks,
    "capitalised-words": capitalised_words,
    "capitalised-sentences": capitalised_sentences,
    "no-whitespace": no_whitespace,
    "digits-commas": digits_and_commas,
    "digits-commas-spaced": digits_and_commas_spaced,
    "long-sentence": long_sentence,
    "unicode-soup": unicode_soup,
    "said-repeated": said_repeated,
    "said-names": said_names,
    "nested-quotes": nested_quotes,
    "unclosed-quotes": unclosed_quotes,
    "blank-lines": blank_lines,
    "tiny-paragraphs": tiny_paragraphs,
    "abbreviations": abbreviations,
    "capitals-lines": capitals_lines,
    "money-everywhere": money_everywhere,
    "fractions": fractions,
}

#: Inputs made only of figures or quote marks: they produce far more output than
#: real text, so they may cost more than 50x real text (but must still grow linearly).
OUTPUT_HEAVY: Final = frozenset(
    {
        "quote-marks",
        "mixed-quote-marks",
        "digits-commas-spaced",
        "money-everywhere",
        "fractions",
        "nested-quotes",
        "unclosed-quotes",
        "said-names",
    }
)
