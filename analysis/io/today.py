"""The weekday a text names for its own day: 'this evening (Tuesday)', 'today, Friday,'.

In: a document's text and its published day. Out: :func:`own_weekday` (the weekday index the text
gives its own day, or None) and :func:`own_day` (the published day moved back to that weekday
when the page was dated just after it). A page stamped past midnight, or in another time zone,
carries the next day's date while its 'this evening (Tuesday)' and 'last night' are Tuesday's and
Monday's. Stdlib only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..text.vocab import WEEKDAYS

__all__ = ["LATE_STAMP_DAYS", "own_day", "own_weekday"]

# days a page's published date may lie after the day its text calls its own
LATE_STAMP_DAYS = 1
# own-day expressions read per text (a hostile text of them costs no more than an article)
MAX_OWN_DAYS = 20
# 'today', 'tonight', 'this evening' with the weekday it is set off after it: '(Tuesday)',
# ', Tuesday,' (English news usage)
OWN_WEEKDAY = re.compile(
    r"\b(?i:today|tonight|this[ \u00a0]+(?:morning|afternoon|evening))[ \u00a0]*"
    r"(?:\([ \u00a0]*(?P<p>%s)[ \u00a0]*\)|,[ \u00a0]+(?P<c>%s)[ \u00a0]*,)"
    % (("|".join(w.capitalize() for w in WEEKDAYS),) * 2)
)


def own_weekday(text: str) -> int | None:
    """The weekday (0 Monday .. 6 Sunday) the text names for its own day, None when it names none
    or names two."""
    named = set()
    for i, m in enumerate(OWN_WEEKDAY.finditer(text)):
        if i >= MAX_OWN_DAYS:
            break
        named.add(WEEKDAYS.index((m.group("p") or m.group("c")).lower()))
    return named.pop() if len(named) == 1 else None


def own_day(text: str, published: date) -> tuple[date, str] | None:
    """(the day, the words) when the text calls its own day a weekday that falls at most
    :data:`LATE_STAMP_DAYS` before ``published``; None otherwise (also when it is the published
    day itself)."""
    if "(" not in text and "," not in text:
        return None
    weekday = own_weekday(text)
    if weekday is None:
        return None
    back = (published.weekday() - weekday) % 7
    if not 0 < back <= LATE_STAMP_DAYS:
        return None
    return published - timedelta(days=back), WEEKDAYS[weekday].capitalize()
