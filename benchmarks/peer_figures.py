"""Run the figures stage over other projects' public English test data.

Usage (from the project root)::

    .venv/bin/python benchmarks/peer_figures.py              # pass rate per peer suite
    .venv/bin/python benchmarks/peer_figures.py --show       # also list the failures
    .venv/bin/python benchmarks/peer_figures.py --write-tests  # refresh tests/data/figures/

The peer data lives in ``../shared/peers/figures/`` (see its README for each
peer's origin and license); when that folder is missing the script says so and
exits cleanly. Each case is judged *in scope* unless a rule in
:data:`OUT_OF_SCOPE` says why ANNOTATION.md does not ask for it; out-of-scope
cases are counted and listed, never dropped silently.

A sentence-level case passes when every expected result is matched by a figure
that overlaps its span with the same value (within 0.1 %) and, for money and
percentages, the same unit; a negative case passes when no figure of the
suite's kind is found. Whole-string suites (Duckling, number-parser) pass when
one figure covers the trimmed input with the expected value.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from collections.abc import Iterator
from typing import Any

from newsparse._figures import find_figures
from newsparse._model import Figure
from newsparse._text import TextView

ROOT = pathlib.Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers" / "figures"
TEST_DATA = ROOT / "tests" / "data" / "figures" / "recognizers_text.json"

#: RT unit names -> (ISO 4217 code, factor to whole units)
RT_UNITS: dict[str, tuple[str, float]] = {
    "Dollar": ("USD", 1.0), "Pound": ("GBP", 1.0), "Cent": ("USD", 0.01),
    "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01), "Euro": ("EUR", 1.0),
}  # fmt: skip

#: (pattern over the input or an expected text, reason): why a case is out of scope
OUT_OF_SCOPE: list[tuple[str, str]] = [
    (
        r"\d\s*/\s*\d|[½⅓⅔¼¾⅙⅛]|\bover\b|\bout of\b|\b(?:halfs?|halves|thirds?|quarters?"
        r"|fourths?|fifths?|eighths?|ninths?|hundredths?|thousandths?|millionths?|trillionths?"
        r"|firsts|twenty[\s-]?fifth|twenty[\s-]first|thirtieth)\b|(?<!and a )\bhalf\b",
        "fraction: optional in ANNOTATION.md",
    ),
    (r"\d[eE][+-]?\d|\^|x10", "scientific notation: not news prose"),
    (r"\b(?:\d+|one)\s+in\s+\w", "ratio: ANNOTATION.md asks for a percent ('one in four' -> 25 %)"),
    (
        r"\bpoint\b|\bnought\b|\bnaught\b|\bnil\b",
        "spelled-out decimal point or 'nought': not news style",
    ),
    (r"\blakh\b|\bcrore\b|\d,\d\d,\d{3}", "Indian numbering (lakh, crore): out of scope here"),
    (
        r"\bminus\b|\bnegative\b|(?:^|[\s(])-\s*\d",
        "negative numbers: not a figure kind in ANNOTATION.md",
    ),
    (
        r"\|\s(?:one|zero|nought|naught|dollars?|rmb|single)(?=\s\||$)",
        "a bare 'one', 'zero' or currency word: not a figure (ANNOTATION.md)",
    ),
    (r"\d\s[MGK]\b", "scale letter after a space ('1,674,200.5 M'): not news style"),
    (
        r"[元₡₾₭ரூ₿]|\bsen\b|\bbitcoins?\b|\bbtc\b|\bsatoshis?\b|\bkuai\b|\bmao\b|\bmarkka\b|\bpesetas\b|\bguilders\b|\bfrancs?\b",
        "currency outside newsparse's list or without one ISO code (franc)",
    ),
    (r"\bdozs?\b|\bdzs\b|\bdozens\b", "abbreviated or plural dozen after a number: not news style"),
    (
        r"\d\s+usd\s+million|^\W*dollar\s+\d",
        "currency code or word in an odd place ('75 USD million')",
    ),
    (
        r"\d (?:hundred|thousand) (?:and )?\d|\d hundred and (?:negative|one)|(?:^|\|\s)hundred\b",
        "digits mixed with scale words in one number ('3 hundred and 21'): not news style",
    ),
    (
        r"\btwenty[\s-]+one\s+trillion\s+(?:and\s+)?three|\bfifty\s{2,}two|\bfifty - two",
        "number words split by extra spaces or 'trillion three hundred': not news style",
    ),
    (
        r"percents? of\b|per cent of\b|\bpercentage\b",
        "'percent of twenty' word order: not news style",
    ),
]
_OUT = [(re.compile(p, re.I), r) for p, r in OUT_OF_SCOPE]


#: rules that look at the whole input sentence, not only at the expected texts
IN_CONTEXT: list[tuple[str, str]] = [
    (r"\b\d+\s*(?:years?|months?|weeks?|days?)\b", "duration: a time expression (ANNOTATION.md)"),
    (r"\bversion \w+", "a version number: names a thing, not a figure"),
    (r"\d \. \d", "Penn-Treebank split decimal ('6 . 2 %'): not news text"),
    (r"\d[ \u202f]\d{3}\b|\d{3} \d{4}", "space as a thousands separator: not English news style"),
    (
        r"\d\.\d+\.\d|\d+,\d\d?\b(?!,)|\d\.\d{3},\d",
        "IP address, decimal comma or comma-joined list: not a figure here",
    ),
    (r"/\d{4}\b|\bphone\b|\+\d-\d", "date or phone number: never a figure"),
    (
        r"(?:^|\s)(?:c|hk|us|u\.s|mex|usd|mxn|aud|cad|nzd)\s?\$|\$\s?\d[\d,.]*\s+(?:\$|dollars)",
        "Penn-Treebank split currency prefix or doubled currency: not news text",
    ),
    (
        r"\b(?:musd|meur|mgbp|maud|mm|mil|tln)\b|\b\d+(?:,\d{3})*\s?[gG]\b",
        "finance shorthand (MUSD, 1MM, 10G): not news style",
    ),
    (
        r"\b\d+[mM]\b(?![\w'])",
        "single-letter scale on a bare integer ('10M'): ambiguous with metres",
    ),
    (
        r"(?:\d|\b[a-z]+)\s+(?:dollars?|usd|rupees|rmb|lira)\s+(?:and\s+)?(?:\d|forty|fifty|one|two)"
        r"|\d\s?(?:€|\$|c|usd)\s+(?:and\s+)?\d|\$\d+ (?:and )?\d",
        "amount split over two units ('3 dollars 50 cents'): one figure per unit here",
    ),
    (
        r"\d\s?(?:\$|€)(?!\w)|\d+(?:usd|\$)",
        "sign after the number ('10 $'): not English news style",
    ),
    (r"\b(?:scp|nr|nrs)\b|\{", "identifier or markup: not a figure"),
]
_IN_CONTEXT = [(re.compile(p, re.I), r) for p, r in IN_CONTEXT]

#: in-scope Recognizers-Text inputs that fail today, and why
KNOWN_FAILURES: dict[str, str] = {
    "we are giving away 3 USD50 Cards.": "a code glued to the next number ('3 USD50'): the code is "
    "read as the unit of the 3 before it",
}


def scope(text: str, context: str = "") -> str | None:
    """Why a case is out of scope, or None when it is in scope.

    ``text`` is what is expected (the whole input for whole-string and negative
    cases); ``context`` is the sentence around it.
    """
    for pattern, reason in _OUT:
        if pattern.search(text):
            return reason
    for pattern, reason in _IN_CONTEXT:
        if pattern.search(context):
            return reason
    return None


def figures(text: str) -> tuple[Figure, ...]:
    return find_figures(TextView.of(text))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


# -- Recognizers-Text ---------------------------------------------------------------


def rt_cases(model: str) -> Iterator[dict[str, Any]]:
    """Cases of one Recognizers-Text English model, expected values in newsparse's units."""
    sub = "NumberWithUnit" if model == "CurrencyModel" else "Number"
    path = PEERS / "recognizers-text" / "Specs" / sub / "English" / f"{model}.json"
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        expected = []
        for r in case["Results"]:
            res = r.get("Resolution") or {}
            raw = res.get("value")
            unit: str | None = None
            value: float | None = None
            if raw is not None:
                if raw == "null":
                    value = None  # a bare "percent": nothing to match
                elif model == "PercentModel":
                    value, unit = float(raw.rstrip("%")), "%"
                elif model == "CurrencyModel":
                    code, factor = res.get("isoCurrency"), 1.0
                    if res.get("unit") in RT_UNITS:
                        code, factor = RT_UNITS[res["unit"]]
                    value, unit = float(raw) * factor, code
                else:
                    value = float(raw)
            expected.append(
                {"text": r["Text"], "start": r["Start"], "end": r["End"] + 1, "value": value,
                 "unit": unit}
            )  # fmt: skip
        texts = " | " + " | ".join(e["text"] for e in expected) if expected else case["Input"]
        yield {"input": case["Input"], "expected": expected, "model": model,
               "out_of_scope": scope(texts, case["Input"])}  # fmt: skip


def rt_passes(case: dict[str, Any]) -> bool:
    found = figures(case["input"])
    kind = {"PercentModel": "percent", "CurrencyModel": "money"}.get(case["model"], "count")
    if not case["expected"]:
        return not [f for f in found if kind is None or f.kind == kind]
    for e in case["expected"]:
        if e["value"] is None:
            continue  # a bare currency word with no amount: nothing to match
        ok = any(
            f.span.start < e["end"] and e["start"] < f.span.end and _close(f.value, e["value"])
            and (e["unit"] is None or f.unit == e["unit"])
            for f in found
        )  # fmt: skip
        if not ok:
            return False
    return True


# -- whole-string suites -----------------------------------------------------------


def _whole(text: str, value: float, unit: str | None = None) -> bool:
    text = text.strip()
    return any(
        f.span.start == 0 and f.span.end == len(text) and _close(f.value, value)
        and (unit is None or f.unit == unit)
        for f in figures(text)
    )  # fmt: skip


_DUCK_CUR = {"Dollar": "USD", "Pound": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP",
             "INR": "INR", "CAD": "CAD", "AUD": "AUD", "JPY": "JPY", "CNY": "CNY"}  # fmt: skip


def duckling_cases(name: str) -> Iterator[tuple[str, float, str | None, str | None]]:
    data = json.loads((PEERS / "duckling" / f"{name}.json").read_text(encoding="utf-8"))
    for group, items in data["groups"].items():
        for item in items:
            exp = item["expected"]
            for text in item["inputs"]:
                if exp is None or "latent" in group.lower():
                    yield text, 0.0, None, "negative or latent case: needs Duckling's options"
                    continue
                m = re.fullmatch(r"(?:simple (\w+) |NumeralValue )\(?([-\d.e]+)\)?", exp)
                if m is None:
                    yield text, 0.0, None, f"range or bound ({exp.split()[0]}): not one figure"
                    continue
                cur, value = m.group(1), float(m.group(2))
                unit = None
                if cur is not None:
                    if cur == "Cent":
                        unit, value = "USD", value / 100
                    elif cur in _DUCK_CUR:
                        unit = _DUCK_CUR[cur]
                    else:
                        yield text, value, None, f"currency {cur}: no single ISO code"
                        continue
                yield text, value, unit, scope(text, text)


def number_parser_cases() -> Iterator[tuple[str, float, str | None, str | None]]:
    base = PEERS / "number-parser" / "data"
    for path in sorted(base.glob("*/en_*.csv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            number, _, text = line.partition(",")
            if "ordinal" in path.parent.name:
                yield text, float(number), None, "ordinal of sequence: not a rank (ANNOTATION.md)"
            else:
                yield text, float(number), None, scope(text, text)


# -- report ---------------------------------------------------------------------


def run(show: bool) -> dict[str, tuple[int, int, int]]:
    results: dict[str, tuple[int, int, int]] = {}
    for model in ("NumberModel", "PercentModel", "CurrencyModel"):
        passed = total = out = 0
        for case in rt_cases(model):
            if case["out_of_scope"]:
                out += 1
                continue
            total += 1
            if rt_passes(case):
                passed += 1
            elif show:
                print(f"  FAIL rt-{model}: {case['input'][:90]!r}")
        results[f"recognizers-text {model}"] = (passed, total, out)
    suites = {
        "duckling AmountOfMoney_EN": duckling_cases("AmountOfMoney_EN"),
        "duckling Numeral_EN": duckling_cases("Numeral_EN"),
        "number-parser en": number_parser_cases(),
    }
    for name, cases in suites.items():
        passed = total = out = 0
        for text, value, unit, why in cases:
            if why:
                out += 1
                continue
            total += 1
            if _whole(text, value, unit):
                passed += 1
            elif show:
                print(f"  FAIL {name}: {text!r} -> {value} {unit}")
        results[name] = (passed, total, out)
    return results


def write_tests() -> None:
    """Write the Recognizers-Text cases, with scope and outcome, for tests/test_figures.py."""
    rows = []
    for model in ("NumberModel", "PercentModel", "CurrencyModel"):
        for case in rt_cases(model):
            if not case["out_of_scope"] and not rt_passes(case):
                case["known_failure"] = KNOWN_FAILURES.get(case["input"], "not yet explained")
            rows.append(case)
    doc = {
        "origin": "microsoft/Recognizers-Text@90e968ea44dc8fda3f2e1c3e4b20aa233817488d "
        "Specs/Number/English/{NumberModel,PercentModel}.json, "
        "Specs/NumberWithUnit/English/CurrencyModel.json",
        "license": "MIT License, Copyright (c) Microsoft Corporation",
        "note": "Expected values converted to newsparse units (cents -> USD/100, Dollar -> USD). "
        "'out_of_scope' gives the reason a case is not asked for by ANNOTATION.md; "
        "'known_failure' marks in-scope cases that fail today. Written by "
        "benchmarks/peer_figures.py --write-tests.",
        "cases": rows,
    }
    TEST_DATA.parent.mkdir(parents=True, exist_ok=True)
    TEST_DATA.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TEST_DATA.relative_to(ROOT)} ({len(rows)} cases)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list the failing in-scope cases")
    ap.add_argument("--write-tests", action="store_true", help="refresh tests/data/figures/")
    args = ap.parse_args(argv)
    if not PEERS.is_dir():
        print(f"peer data not found at {PEERS}: nothing to run")
        return 0
    results = run(args.show)
    print(f"{'suite':36} {'pass':>6} {'in scope':>9} {'rate':>6} {'out of scope':>13}")
    for name, (passed, total, out) in results.items():
        rate = passed / total if total else 0.0
        print(f"{name:36} {passed:6d} {total:9d} {rate:6.1%} {out:13d}")
    if args.write_tests:
        write_tests()
    return 0


if __name__ == "__main__":
    sys.exit(main())
