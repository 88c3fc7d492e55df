"""A live blog's day headings: the day its entries below a heading are reported on.

In: the figures (``doc``, ``sent_start``, ``sentence``, ``as_of``), the documents' texts and
published dates. Out: :func:`headed_days`, the ``as_of`` column with the figures of a live blog's
earlier day dated by its heading.

A live blog that runs over two days sets a line with the weekday alone (or with its day and month
after it) above each day's entries, newest first, and the page carries the last day's date: an
entry at 22:15 under 'Monday' was reported on the Monday, not on the Tuesday the page is dated.
A figure its sentence dates only by the page (no weekday, no month named; its day the page's, or
the page's 'yesterday') is moved by the heading's distance from the page's day, as a relative
expression is anchored to the time of its utterance, not of its publication (TimeML's TIMEX3
'anchorTimeID'; Pustejovsky et al. 2003). Only in a page with live-blog entry lines
(:data:`.timekeys.ENTRY_LINE`), and only to a day before the page's, at most :data:`HEAD_DAYS`
back: a dateline of the page's own day moves nothing.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

import pandas as pd

from ..text.vocab import MONTH_NAMES, WEEKDAYS
from .timekeys import DAY_LENGTH, ENTRY_LINE

__all__ = ["DAY_HEADING", "HEAD_DAYS", "headed_days"]

HEAD_DAYS = 6  # the furthest back a heading's weekday is read (within the week before the page)
_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
# a line with a weekday alone, or with its day and month (and year): a live blog's day heading
DAY_HEADING = re.compile(
    r"^[ \t]*(?P<wd>" + _NAMES + r"),?(?:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?)?[ \t\r]*$",
    re.MULTILINE,
)
# a day or a month the sentence names: it is dated by its own words, not only by the page
_OWN_DAY = re.compile(
    r"\b(?:" + _NAMES + "|" + "|".join(m.capitalize() for m in MONTH_NAMES) + r")\b"
)


def _headings(text: str, published: date) -> tuple[list[int], list[int]]:
    """The offsets of a live blog's day headings and each one's distance in days before
    ``published`` (0 for the page's own day); none in a page without entry lines."""
    if ENTRY_LINE.search(text) is None:
        return [], []
    starts, shifts = [], []
    for m in DAY_HEADING.finditer(text):
        back = (published.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
        if back <= HEAD_DAYS:
            starts.append(m.start())
            shifts.append(back)
    return starts, shifts


def _day(text: str) -> date | None:
    """The day an ISO date opening ``text`` names; None when it names none (or no real day)."""
    try:
        return date.fromisoformat(text[:DAY_LENGTH])
    except ValueError:
        return None


def _published(documents: pd.DataFrame) -> dict[str, date]:
    """Each document's published day, for those whose ``published`` opens with an ISO date."""
    days = zip(documents["doc"].astype(str), documents["published"].astype(str))
    return {doc: day for doc, text in days if (day := _day(text)) is not None}


def headed_days(fig: pd.DataFrame, texts: dict[str, str], documents: pd.DataFrame) -> list[str]:
    """Each figure's ``as_of``, a live blog's figure dated only by the page moved back to the day
    of the heading its entry stands under (see the module's docstring)."""
    as_of = fig["as_of"].fillna("").astype(str).tolist()
    if "published" not in documents:
        return as_of
    published = _published(documents)
    heads: dict[str, tuple[list[int], list[int]]] = {}
    rows = zip(fig["doc"].astype(str), fig["sent_start"].tolist(), fig["sentence"].astype(str))
    for i, (doc, sent_start, sentence) in enumerate(rows):
        page = published.get(doc)
        day = _day(as_of[i]) if len(as_of[i]) == DAY_LENGTH else None
        if page is None or day is None or _OWN_DAY.search(sentence):
            continue
        if doc not in heads:
            heads[doc] = _headings(texts.get(doc, ""), page)
        starts, shifts = heads[doc]
        k = bisect.bisect_right(starts, int(sent_start)) - 1
        if k < 0 or not shifts[k] or not 0 <= (page - day).days <= 1:
            continue
        as_of[i] = (day - timedelta(days=shifts[k])).isoformat()
    return as_of
