"""How precisely a figure is written: the values a round or hedged number is compatible with.

In: a figure's text as written (``'roughly two dozen'``, ``'some 1,200'``, ``'27'``), its value,
qualifier and the interval the qualifier gives it (:func:`analysis.extract.numerals.interval`).
Out: :func:`written_interval`, that interval widened to the figure's written precision, which
:func:`.prepare.comparable` makes the comparable interval (``cmp_low``/``cmp_high``) that grouping,
its rules and the statuses compare.

The language of news: a number written round ('two dozen', 'a hundred', '1.2 million') or hedged
('about 20', 'nearly 30') stands for any value that rounds to it at the grain it is written in
(:func:`grain`: the unit of a counting word such as a dozen, else the place of its last significant
digit); so 'roughly two dozen' and '27' of one article can be one count, while 'about 20' and
'about 40' (or 'about 30') stay apart. A hedge widens it the way it points ('about' both ways,
'nearly' below); a number written exactly ('27', '1,193', and a plain '20' with no hedge) is
precise; bounds ('more than 130') and vague plurals ('dozens') keep their own intervals.
"""

from __future__ import annotations

import math
import re

from ..extract.lexicon.numbers import DOZEN, SCALES

__all__ = ["HALF_GRAIN", "MAX_SHARE", "grain", "round_written", "written_interval"]

# the values a round number stands for reach this share of its grain either side: short of a half,
# so that two neighbouring round values ('about 20', 'about 30') do not meet at their midpoint
HALF_GRAIN = 0.45
# ... and no further than this share of the value: a lone significant digit ('about 100', '$200
# billion') may be rounded to its tens as well as to its hundreds (0.25 measured the same on the
# annotated stories; the tighter share keeps 'nearly 2,000' from reaching down to 1,500)
MAX_SHARE = 0.15
# counting words that are their own grain ('two dozen' is rounded to the dozen)
UNIT_WORDS = {"dozen": DOZEN}
# a scale a figure's value carries beyond its written digits ('1.2 million', '$5bn', '20K', '12
# crore'): a power of ten, at least this one
SCALED = 1_000
# the qualifiers a hedge widens, and the side it widens: (below, above)
HEDGES = {"about": (True, True), "nearly": (True, False)}
# the qualifier of a figure stated without a hedge: widened only when written round
PLAIN = "exact"
# the digits of a figure as written, their groups apart by a comma or a space ('1,200', '20 000')
DIGITS = re.compile(r"\d{1,3},\d{1,2}(?!\d)|\d+(?:[,\u00a0\u202f\u2009 ]\d{3})*(?:\.\d+)?")
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # '5,4 percent'
GROUP_SEPARATORS = re.compile(r"[, \u00a0\u202f\u2009]")
WORDS = re.compile(r"[a-z]+")
RELATIVE = 1e-9  # a float is a whole number of grains when it is within this share of one


def _unit_word(text: str) -> float:
    """The grain of a counting word in ``text`` ('two dozen': 12), 0 if none."""
    return max((UNIT_WORDS.get(w, 0) for w in WORDS.findall(text.lower())), default=0)


def _ten_power(value: float) -> float:
    """The largest power of ten ``value`` is a whole number of (20: 10, 1,200: 100, 3.5: 0.1)."""
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    k = math.floor(math.log10(v))
    while k > -12:
        step = 10.0**k
        if abs(v / step - round(v / step)) <= RELATIVE * v / step:
            return step
        k -= 1
    return 0.0


def _written_number(text: str) -> float | None:
    """The number a figure's digits write, before any scale ('1.2' of '1.2 million'), or None.
    (Read here, not by the extractor's parser: the reconciliation does not call back up into
    the extraction.)"""
    digits = DIGITS.search(text)
    if digits is None:
        return None
    written = digits.group()
    if DECIMAL_COMMA.fullmatch(written):
        return float(written.replace(",", "."))
    try:
        return float(GROUP_SEPARATORS.sub("", written))
    except ValueError:
        return None


def grain(text: str, value: float) -> float:
    """The grain a figure is written in: a counting word's unit ('two dozen': 12), else the place of
    its last significant digit ('some 1,200': 100; '1.2 million': 100,000; 'about 27': 1)."""
    return _unit_word(text) or _ten_power(value)


def round_written(text: str, value: float) -> bool:
    """Whether a figure with no hedge is written round: with a counting word ('two dozen'), in
    number words with a scale and nothing below it ('a hundred', 'three thousand'; not 'two
    hundred fifty') or in digits a scale multiplies ('1.2 million', '$5bn'). Plain digits or
    words ('27', '20', 'twenty') are precise."""
    if _unit_word(text):
        return True
    if not any(ch.isdigit() for ch in text):
        scales = [SCALES[w] for w in WORDS.findall(text.lower()) if w in SCALES]
        return bool(scales) and _ten_power(value) >= min(scales)
    written = _written_number(text)
    if not written:
        return False
    scale = abs(value) / written
    return scale >= SCALED and math.isclose(scale, 10.0 ** round(math.log10(scale)))


def written_interval(
    text: str, value: float, qualifier: str, low: float, high: float
) -> tuple[float, float]:
    """(low, high) of a figure widened to the values its written precision allows: half a
    :func:`grain` (:data:`HALF_GRAIN`, at most :data:`MAX_SHARE` of the value) either side of a
    round number, on the side its hedge points (:data:`HEDGES`) for a hedged one; unchanged for a
    precise number, a bound or a vague plural."""
    if not math.isfinite(value) or value == 0:
        return low, high
    if qualifier == PLAIN:
        if not round_written(text, value):
            return low, high
        below = above = True
    elif qualifier in HEDGES:
        below, above = HEDGES[qualifier]
    else:
        return low, high
    half = min(HALF_GRAIN * grain(text, value), MAX_SHARE * abs(value))
    return (
        min(low, value - half) if below else low,
        max(high, value + half) if above else high,
    )
