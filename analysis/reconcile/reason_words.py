"""The words for why two mentions of one fact differ, by the reason :mod:`.reasons` gives the pair.

In: a reason code (:data:`.reasons.RULES`), the two mentions (records with ``text``, ``doc``,
``start``, ``unit``, ``cmp_unit``, ``cmp_value``, ``fixity``, ``attributed_to``) and their time
keys (:mod:`.timekeys`). Out: :func:`reason_words`, the sentence the fact's ``why`` and the
conflicts table show.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from math import floor, isfinite, log10

from ..text.units import unit_plural
from ..text.vocab import SMALL, TENS

from .fixity import SETTLED_WORDS, provisional_words, settled_pair
from .reasons import (
    CHANGED,
    CORRECTED,
    DATES,
    DISPUTED,
    FAR_APART,
    FAR_APART_RATIO,
    FROM_A,
    FROM_B,
    HOURS_APART,
    ONE_ARTICLE,
    OVERLAP,
    PART_A,
    PART_B,
    PROVISIONAL,
    RANGE,
    ROUNDED_A,
    ROUNDED_B,
    SERIES,
    TOLD_BOTH,
    TWO_SIDES,
    UNTIMED,
    VAGUE_A,
    VAGUE_B,
)
from .timekeys import day_words, same_time, short_key

__all__ = ["reason_words"]

SIGNIFICANT = 3  # significant digits of a converted value in the words ('42,000 acres', '7.92 m')


def reason_words(reason: int, a, b, ka: str, kb: str) -> str:
    """The words for a pair of mentions whose difference has this reason (:func:`pair_reasons`);
    ka and kb are their time keys. A series and an overlap have none: the fact's why tells it."""
    if reason in (OVERLAP, SERIES):
        return ""
    if reason in _WORDS:
        return _WORDS[reason](a, b)
    if reason == UNTIMED:
        return _untimed_words(a, b, ka, kb)
    if reason == PROVISIONAL:
        return provisional_words(a, b)
    if reason == DISPUTED:
        return _disputed_words(a, b)
    if reason == ONE_ARTICLE:
        return _conflict_words(a, b, ka, kb).replace(" disagree", " differ in one article", 1)
    return _conflict_words(a, b, ka, kb)


def _range_words(a, b) -> str:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return f"'{lo.text}' and '{hi.text}' are the two ends of one range"


# the words of each reason that needs no time key; an _A reason names the first mention, _B the
# second
_WORDS: dict[int, Callable] = {
    DATES: lambda a, b: f"'{a.text}' and '{b.text}' name different dates",
    RANGE: _range_words,
    # 'to 6.2 percent from 6.1 percent'
    CHANGED: lambda a, b: (
        f"'{(b if a.start < b.start else a).text}' is the earlier figure it changed from"
    ),
    FROM_A: lambda a, b: f"'{a.text}' is the earlier figure the count rose from",
    FROM_B: lambda a, b: f"'{b.text}' is the earlier figure the count rose from",
    PART_A: lambda a, b: f"'{a.text}' is a part of the whole ('{b.text}')",
    PART_B: lambda a, b: f"'{b.text}' is a part of the whole ('{a.text}')",
    VAGUE_A: lambda a, b: f"'{a.text}' is vague",
    VAGUE_B: lambda a, b: f"'{b.text}' is vague",
    ROUNDED_A: lambda a, b: f"'{a.text}' is a rounded figure",
    ROUNDED_B: lambda a, b: f"'{b.text}' is a rounded figure",
    FAR_APART: lambda a, b: (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) are {FAR_APART_RATIO:g} times apart or "
        "more: counts of different hours, or of different things, not one count in dispute"
    ),
    TWO_SIDES: lambda a, b: (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ: two sources' values of one "
        "quantity, which no sentence of the story sets against each other"
    ),
    CORRECTED: lambda a, b: (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ over time: a sentence of the "
        "story corrects an earlier report of the quantity"
    ),
    TOLD_BOTH: lambda a, b: (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ: each article sets out both "
        "sides of one dispute"
    ),
    HOURS_APART: lambda a, b: (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) were told the same day, maybe hours "
        "apart: a count that moves"
    ),
}


def _untimed_words(a, b, ka: str, kb: str) -> str:
    """Why two disjoint mentions of a quantity that changes are not called a conflict: when each
    was reported is unknown, or only inferred from the texts of undated pages
    (:mod:`analysis.io.clock`)."""
    both = f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) differ"
    if same_time(ka, kb) is None:
        return f"{both}; when each was reported is unknown"
    return (
        f"{both}; both seem to be of {day_words(ka)}, a day inferred from an undated page, "
        "not stated"
    )


def _disputed_words(a, b) -> str:
    """Why two articles' values of a quantity that changes disagree at days not known to be one: a
    sentence of the story sets the two values against each other."""
    why = (
        f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) disagree: a sentence of the story sets "
        "the two values against each other, two sources' values of one time"
    )
    if a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to:
        why += f"; {a.attributed_to} vs {b.attributed_to}"
    return why


def _conflict_words(a, b, ka: str, kb: str) -> str:
    """Why two mentions of one quantity at one time (or of one that does not change) disagree."""
    if a.doc == b.doc:  # one article's figures of one day are of one time, whatever part of it
        ka, kb = short_key(ka), short_key(kb)
    settled = settled_pair(a, b)
    if not settled and a.unit != b.unit and a.cmp_unit and a.cmp_unit == b.cmp_unit:
        # '85 pounds (39 kilograms)'
        x, y = (a, b) if a.unit != a.cmp_unit else (b, a)
        value = f"{_readable(x.cmp_value)} {unit_plural(x.cmp_unit)}"
        return f"{_with_unit(x)} is {value}, not '{y.text}'" + (
            "" if x.doc == y.doc else f" ({x.doc}, {y.doc})"
        )
    when = SETTLED_WORDS[a.fixity] if settled else _when(ka, kb)
    why = f"'{a.text}' ({a.doc}) and '{b.text}' ({b.doc}) disagree{when}"
    if a.attributed_to and b.attributed_to and a.attributed_to != b.attributed_to:
        why += f"; {a.attributed_to} vs {b.attributed_to}"
    return why


def _with_unit(x) -> str:
    """A mention's text quoted, with its unit when the text does not write one ('30' read with
    the feet of a range: "'30' feet"; "'17,000 hectares'" as it is)."""
    last = x.text.split()[-1].strip(".,;:()'\"").lower() if x.text.split() else ""
    bare = not last or last[-1:].isdigit() or last in SMALL or last in TENS
    return f"'{x.text}' {unit_plural(x.unit)}" if bare else f"'{x.text}'"


@lru_cache(maxsize=4096)
def _when(ka: str, kb: str) -> str:
    """' at the same time (4 Jul)', ' on a quantity that does not change (4 Jul / 9 Jul)':
    memoised, a story's conflicts are of a few days."""
    when = day_words(ka) if ka == kb else f"{day_words(ka)} / {day_words(kb)}"
    if same_time(ka, kb):
        return f" at the same time ({when})"
    return f" on a quantity that does not change ({when})"


def _readable(value: float) -> str:
    """A converted value to :data:`SIGNIFICANT` digits, as a reader writes it: '42,000', '74.6',
    '63' (never '4.2e+04', nor '63.0')."""
    if not isfinite(value) or value == 0:
        return f"{value:g}"
    decimals = SIGNIFICANT - 1 - floor(log10(abs(value)))
    written = f"{round(value, decimals):,.{max(decimals, 0)}f}"
    return written.rstrip("0").rstrip(".") if "." in written else written
