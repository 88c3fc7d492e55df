"""The day by which every value a page states had been reported: a bound from the story's dated
pages, for the story clock (:mod:`.clock`, rule ``values``).

In: texts. Out: :func:`values_of` (the counted values a text states, each as (value, the noun
after it) with the expression as written), :func:`first_reports` (for each such value, the first
day a dated page of the story states it) and :func:`reported_by` (the latest of those days among a
page's values, with the expression: a report cannot cite a value before it is known, so the page
is of that day or later).

A document's creation time, when the page shows none, is bounded by the other documents of the
story (TimeML's document creation time, Pustejovsky et al. 2003; RECONCILE-NOTES, 'other
documents of the same story bound it'). The clock reads the bound only for a page whose text
places it by no day, weekday or elapsed time: the page's own first report of a value is as likely
as its citing a dated one, so the bound names the earliest day it can be, and the clock takes
that day as its estimate with the evidence in words.

Read as a value: a numeral of digits (thousands separated by commas, or decimals) of at least
:data:`MIN_VALUE`, with 'million' or 'billion' after it, and the noun that follows it ('388,000
savers', '2.5 million tonnes'); not a year-like number of four digits without a comma, nor a
numeral followed by a function word (:data:`analysis.text.vocab.STOP_WORDS`: 'rose 40 on' names
no thing counted). Stdlib only.
"""

from __future__ import annotations

import re
from datetime import date

from ..text.units import SPELLED_SCALES
from ..text.vocab import STOP_WORDS

__all__ = ["MIN_VALUE", "first_reports", "reported_by", "values_of"]

# a smaller count recurs by chance in one story (two ports, nine dead): it dates nothing
MIN_VALUE = 10
# values read per text (a hostile text of numbers costs no more than an article)
MAX_VALUES = 400
# the years a four-digit numeral without a comma may name
YEARS = range(1900, 2101)
_SCALES = {name: factor for factor, name in SPELLED_SCALES}
VALUE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:[ \u00a0]+(?P<scale>%s))?[ \u00a0]+(?P<noun>[a-z][a-z-]+)\b" % "|".join(_SCALES)
)


def values_of(text: str) -> dict[tuple[float, str], str]:
    """The counted values ``text`` states: (value, noun) -> the expression as first written."""
    out: dict[tuple[float, str], str] = {}
    for i, m in enumerate(VALUE.finditer(text)):
        if i >= MAX_VALUES:
            break
        digits, noun = m.group("n"), m.group("noun")
        value = float(digits.replace(",", "")) * _SCALES.get(m.group("scale") or "", 1)
        if value < MIN_VALUE or noun in STOP_WORDS:
            continue
        if "," not in digits and "." not in digits and int(value) in YEARS and not m.group("scale"):
            continue
        out.setdefault((value, noun), m.group(0))
    return out


def first_reports(texts: list[str], days: list[date | None]) -> dict[tuple[float, str], date]:
    """For each value the dated texts state (``days[i]`` None for an undated one), the first day
    one of them states it."""
    first: dict[tuple[float, str], date] = {}
    for text, day in zip(texts, days):
        if day is None:
            continue
        for key in values_of(text):
            first[key] = min(first.get(key, day), day)
    return first


def reported_by(
    text: str, first: dict[tuple[float, str], date], start: date, end: date
) -> tuple[date, str] | None:
    """The latest first-report day, between ``start`` and ``end``, of the values ``text`` states
    that a dated page states too, and that value's expression; None when it shares none."""
    shared = [
        (first[key], words)
        for key, words in values_of(text).items()
        if key in first and start <= first[key] <= end
    ]
    return max(shared) if shared else None
