"""Numerals to numbers: digit strings, number-word phrases, and the interval a qualifier implies.

In: the surface of a numeral (``'4,210'``, ``'twenty-five'``) or a value with its
qualifier. Out: a float, or a ``(low, high)`` interval.
"""

from __future__ import annotations

import math
import re

from .lexicon.numbers import DOZEN, NUMBER_AND, NUMBER_ARTICLES, SCALES, SMALL, TENS

INF = math.inf
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
GROUP_SEPARATORS = re.compile(r"[, \u00a0\u202f\u2009]")
_WORD = re.compile(r"[A-Za-z]+")
# 'about 40': a tenth either side; 'nearly 40': up to a tenth below
ABOUT_LOW, ABOUT_HIGH = 0.9, 1.1


def parse_number(s: str) -> float:
    """'4,210' / '4 210' (space or NBSP) / '9.5' / '5,4' (decimal comma) -> float."""
    if s.isdigit():
        return float(s)
    if DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    return float(GROUP_SEPARATORS.sub("", s))


def words_value(phrase: str) -> tuple[float, int] | None:
    """Value of a number-word phrase and the length of its valid prefix.

    'twenty-five' -> 25; 'a hundred' -> 100; 'two thousand three hundred' ->
    2300. Stops at the first word that cannot follow (as in 'two three').
    """
    tokens = [(m.group().lower(), m.end()) for m in _WORD.finditer(phrase)]
    total = current = 0
    used_end = 0
    last = None  # 'small', 'tens', 'scale'
    seen_number = False
    for tok, end in tokens:
        if tok in NUMBER_ARTICLES:
            if seen_number:
                break
            continue
        if tok == NUMBER_AND:
            if last != "scale":
                break
            continue
        if tok in SMALL:
            if last in ("small",) or (last == "tens" and SMALL[tok] >= 10):
                break
            current += SMALL[tok]
            last = "small"
        elif tok in TENS:
            if last in ("small", "tens"):
                break
            current += TENS[tok]
            last = "tens"
        elif tok == "dozen":
            current = (current or 1) * DOZEN
            last = "scale"
        elif tok == "hundred":
            if current % 100 == 0 and current >= 100:
                break
            current = (current or 1) * 100
            last = "scale"
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
            last = "scale"
        else:
            break
        seen_number = True
        used_end = end
    if not seen_number:
        return None
    return float(total + current), used_end


def interval(q: str, v: float) -> tuple[float, float]:
    """The values a figure ``v`` stated with qualifier ``q`` may take (unbounded above: inf)."""
    if q == "over" or q == "at_least":
        return v, INF
    if q in ("under", "up_to"):
        return 0.0, v
    if q == "about":
        return v * ABOUT_LOW, v * ABOUT_HIGH
    if q == "nearly":
        return v * ABOUT_LOW, v
    return v, v
