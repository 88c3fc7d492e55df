"""The low end of a range written in words takes the unit its high end carries ('five to seven
weeks', 'eight or nine nurses').

In: a text and its figure rows in order (each with ``kind``, ``unit``, ``value``, ``start``,
``end`` and ``text``). Out: :func:`carry_range_units` fills, in place, the kind, unit and subject
of a bare number in words that opens a range whose high end carries a unit or a noun. English
writes a range's unit once, after its second end (ellipsis in coordination: Quirk et al. 1985,
ch. 13); the digits reader already gives '4 to 6 days' its unit (:func:`.single.range_low`), the
words reader reads each numeral alone, so 'five to seven weeks' read a count 'five' and a
duration 'seven weeks': two kinds, never one candidate block.
"""

from __future__ import annotations

import re

from ..text.spaces import BLANK
from .lexicon import GLUED_SCALES, SCALES

__all__ = ["RANGE_KINDS", "carry_range_units"]

# what joins the two ends of a range with nothing else between them: 'to', 'or' (not the 'and' of
# 'between A and B', which joins a list's items as often), with the horizontal spaces the digits
# reader's :data:`.patterns.RANGE_TO` allows (a no-break or thin space as well as a plain one)
_RANGE_WORD = re.compile(rf"{BLANK}+(?:to|or){BLANK}+", re.IGNORECASE)
# a number in words: letters and hyphens only ('two', 'twenty-five'); a digit's low end has its
# own reader
_IN_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# the kinds a high end passes on: its unit is the range's (a sum of money or a scaled count, 'four
# to nine million', sets its scale on both ends and is left alone; a date is no range's end here)
RANGE_KINDS = frozenset({"duration", "quantity", "percent", "age", "count"})
# a scale in the high end, which the low end's value would take too: a scale word of the number
# lexicon (:data:`.lexicon.SCALES`, CLDR's: 'four to five hundred', 'two to three lakh') or a
# dozen ('two to three dozen'), or a scale abbreviation glued to its digits
# (:data:`.lexicon.GLUED_SCALES`, news style guides': 'five to 6m'; a glued 'm' of metres is left
# alone too, as the scale it may be)
_SCALED = re.compile(
    r"\b(?:%s)s?\b|\d(?:%s)\b"
    % ("|".join(sorted({*SCALES, "dozen"})), "|".join(sorted(GLUED_SCALES, key=len, reverse=True))),
    re.IGNORECASE,
)


def carry_range_units(text: str, rows: list[dict]) -> None:
    """A bare count written in words, right before 'to' or 'or' and a larger figure of a kind of
    :data:`RANGE_KINDS` that carries a unit or a noun, takes that figure's kind, unit and
    subject: 'five to seven weeks' (five weeks), 'eight or nine nurses' (eight nurses); not 'from
    eleven to eight doctors' (a fall, not a range), not 'four to five million' (a scale), not a
    bare high end ('six or seven'). ``rows`` in the order of their offsets; changed in place."""
    for low, high in zip(rows, rows[1:]):
        if _opens_range(text, low, high):
            low.update(kind=high["kind"], unit=high["unit"], subject=high.get("subject", ""))


def _opens_range(text: str, low: dict, high: dict) -> bool:
    """Whether ``low`` is a bare count in words and ``high`` the larger high end of its range,
    with a unit or a noun and no scale word."""
    return (
        low["kind"] == "count"
        and not low["unit"]
        and _IN_WORDS.fullmatch(low["text"]) is not None
        and high["kind"] in RANGE_KINDS
        and bool(high["unit"])
        and high["value"] > low["value"]
        and _RANGE_WORD.fullmatch(text, low["end"], high["start"]) is not None
        and _SCALED.search(high["text"]) is None
    )
