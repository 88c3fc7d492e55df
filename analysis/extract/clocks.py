"""Clock times written without a colon or 'a.m.': 'eight o'clock', 'from eleven at night', 'at
three in the afternoon', 'at 8.25 on Monday morning'. FIGURES-SPEC.md: clock times in any form
are no figure; a change's earlier value is not one ('up from four this morning'). In: a text and
a numeral's span and value. Out: :func:`clock_time`, whether the numeral is the hour of such a
clock time ('until 12 midnight' too). The words: the parts of the day
(:data:`.describe_words.DAY_PARTS`) and the prepositions of a point in time (Quirk et al., A
Comprehensive Grammar of the English Language, 9.37), written by hand here; invented examples.
"""

from __future__ import annotations

import re

from ..text.spaces import BLANK
from ..text.vocab import WEEKDAYS
from .describe_words import DAY_PARTS

__all__ = ["clock_time"]

HOURS_ON_A_CLOCK = 12  # a clock time in words or with 'o'clock' names an hour up to this
HOURS_IN_A_DAY = 24  # a clock time with a dot ('8.25') names an hour below this
_PART = "(?:" + "|".join(DAY_PARTS) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# 'eight o'clock', '6 o'clock'
O_CLOCK_AFTER = re.compile(rf"{BLANK}*o[\u2019']clock\b", re.IGNORECASE)
# '12 noon', 'twelve midnight': the hour of noon or midnight named with its word
NOON_AFTER = re.compile(rf"{BLANK}+(?:noon|midnight|midday)\b", re.IGNORECASE)
# 'eleven at night', 'three in the afternoon', 'four this afternoon'
PART_OF_DAY_AFTER = re.compile(
    rf"{BLANK}+(?:at{BLANK}+night|(?:in{BLANK}+the|this){BLANK}+{_PART})\b", re.IGNORECASE
)
# the preposition of a point in time before the hour ('at', 'until', 'by'); 'from' only before
# 'at night' and not a change's earlier value ('up from four this morning' is a count)
POINT_BEFORE = re.compile(rf"\b(?:at|until|till|by|before|after){BLANK}+$", re.IGNORECASE)
FROM_BEFORE = re.compile(rf"(?<!up )(?<!down )\bfrom{BLANK}+$", re.IGNORECASE)
AT_NIGHT_AFTER = re.compile(rf"{BLANK}+at{BLANK}+night\b", re.IGNORECASE)
# after a dotted hour: a part of the day ('at 6.35 yesterday morning', 'at 8.25 on Monday
# morning', 'at 6.15 tonight'); not a day alone ('stood at 9.15 yesterday' may be a price)
DAY_AFTER = re.compile(
    rf"{BLANK}+(?:tonight|last{BLANK}+night|(?:yesterday|today|tomorrow|this|in{BLANK}+the"
    rf"|on{BLANK}+{_WEEKDAY}){BLANK}+{_PART})\b",
    re.IGNORECASE,
)
# before a dotted hour: a weekday and 'at' ('On Monday at 10.35')
WEEKDAY_AT_BEFORE = re.compile(rf"\b{_WEEKDAY}{BLANK}+at{BLANK}+$", re.IGNORECASE)
DOTTED_HOUR = re.compile(r"\d{1,2}\.[0-5]\d")
REACH = 16  # characters read back for the preposition or the weekday before the hour


def clock_time(text: str, s: int, e: int, value: float) -> bool:
    """Whether the numeral [s, e) of ``value`` is the hour of a clock time."""
    if O_CLOCK_AFTER.match(text, e):
        return 0 < value <= HOURS_ON_A_CLOCK
    if NOON_AFTER.match(text, e):
        return value == HOURS_ON_A_CLOCK  # 'until 12 midnight'
    before = text[max(0, s - REACH) : s]
    if DOTTED_HOUR.fullmatch(text, s, e):
        if value >= HOURS_IN_A_DAY or not POINT_BEFORE.search(before):
            return False
        return bool(DAY_AFTER.match(text, e) or WEEKDAY_AT_BEFORE.search(before))
    if not (float(value).is_integer() and 0 < value <= HOURS_ON_A_CLOCK):
        return False
    if AT_NIGHT_AFTER.match(text, e) and FROM_BEFORE.search(before):
        return True  # 'the pumps stop from eleven at night'
    return bool(PART_OF_DAY_AFTER.match(text, e) and POINT_BEFORE.search(before))
