"""Relative dates in a text: found fast, and resolved against an article's reference date.

In: a text, or one expression and a reference date. Out: :func:`relative_expressions`, the
matches of :data:`RELATIVE` ('on Saturday', 'last year', 'in August', 'a few months ago'), and
:func:`resolve`, an expression as (ISO date, precision, reason): the first of :data:`RULES` that
reads it. The weekday and month names come from :mod:`analysis.text.vocab`, the days named
from the day of writing from :data:`analysis.extract.lexicon.calendar.DEICTIC_DAYS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from ..extract.lexicon.calendar import DEICTIC_DAYS
from ..text.sentences import EAGER_CHARS
from ..text.vocab import MONTH_NAMES, WEEKDAYS
from .looks import ODD_CASES

__all__ = ["NO_REFERENCE", "RELATIVE", "RULES", "relative_expressions", "resolve"]

_NAMES_OF_DAYS = "|".join(w.capitalize() for w in WEEKDAYS)  # as written: capitalised
_NAMES_OF_MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES)
RELATIVE = re.compile(
    r"""\b(?:
        (?P<weekday>(?:on[ \u00a0]+|last[ \u00a0]+|this[ \u00a0]+|since[ \u00a0]+)?
          (?-i:"""
    + _NAMES_OF_DAYS
    + r""")(?:[’']s)?(?:[ \u00a0]+(?:night|morning|evening|afternoon))?)
      | (?P<day>"""
    + "|".join(DEICTIC_DAYS)
    + r""")
      | (?P<period>(?:this|last|next|earlier[ \u00a0]+this|later[ \u00a0]+this)[ \u00a0]+
          (?:year|month|week))
      | (?P<month>(?:(?:in|since|by|until|from|at[ \u00a0]+the[ \u00a0]+(?:end|start|beginning)
          [ \u00a0]+of|in[ \u00a0]+(?:early|mid|late)|(?:early|mid|late)-?)[ \u00a0]*)
          (?-i:"""
    + _NAMES_OF_MONTHS
    + r""")\b(?![ \u00a0]*\d))
      | (?P<vague>a[ \u00a0]+few[ \u00a0]+(?:days|weeks|months|years)[ \u00a0]+ago|recently|lately
          |in[ \u00a0]+recent[ \u00a0]+(?:days|weeks|months|years))
    )""",
    re.IGNORECASE | re.VERBOSE,
)
NO_REFERENCE = (
    "no publication date for this article (in the manifest or on the page) and no reference date"
)
# every match of RELATIVE holds one of these words, at a word start within five words of its own
# start: the names as written (the pattern wants them capitalised), the others in any case
ANCHOR_NAMES = tuple(w.capitalize() for w in WEEKDAYS + MONTH_NAMES)
ANCHOR_WORDS = (
    *sorted(DEICTIC_DAYS),
    "year",
    "month",
    "week",
    "ago",
    "recent",
    "lately",
)
ANCHOR_REACH = 5  # words before its anchor word where a match of RELATIVE may start
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_IN_MATCH = _LETTERS | {" ", "\u00a0", "-"}  # what a match holds before its anchor word
WEEK = 7  # days


def relative_expressions(text: str) -> Iterator[re.Match]:
    """The matches of :data:`RELATIVE` in ``text``, as ``RELATIVE.finditer`` gives them, found
    fast: the pattern is tried only at the word starts a few words before an anchor word (found
    with ``str.find``), not at every character (three times faster on news). A text longer than
    an article (:data:`~analysis.text.sentences.EAGER_CHARS`, the size the sentence index also
    splits at once) is read by ``finditer`` itself, lazily: its reader may stop early (a budget),
    and its anchors may be countless."""
    low = text.lower() if len(text) <= EAGER_CHARS else ""
    if len(low) != len(text) or any(c in text for c in ODD_CASES):
        return RELATIVE.finditer(text)
    starts = set()
    for haystack, words in ((text, ANCHOR_NAMES), (low, ANCHOR_WORDS)):
        for word in words:
            q = haystack.find(word)
            while q >= 0:
                i, found = q, 0  # back over the words before it: each word start may begin a match
                while True:
                    if text[i] in _LETTERS and (i == 0 or text[i - 1] not in _LETTERS):
                        starts.add(i)
                        found += 1
                    if i == 0 or found > ANCHOR_REACH or text[i - 1] not in _IN_MATCH:
                        break
                    i -= 1
                q = haystack.find(word, q + 1)
    out, end = [], 0
    for i in sorted(starts):  # left to right, no overlaps: what finditer does
        if i >= end and (m := RELATIVE.match(text, i)):
            out.append(m)
            end = m.end()
    return iter(out)


Resolution = tuple[str, str, str]  # (iso date, precision, reason)


def _last_weekday(ref: date, name: str) -> date:
    return ref - timedelta(days=(ref.weekday() - WEEKDAYS.index(name)) % WEEK)


def _last_month(ref: date, month: int) -> tuple[int, int]:
    return (ref.year, month) if month <= ref.month else (ref.year - 1, month)


def _weekday(e: str, ref: date, why: str) -> Resolution | None:
    """'on Saturday', 'Friday's': the last such day on or before the reference date ('last
    Friday' on a Friday: the one before)."""
    for name in WEEKDAYS:
        if name in e:
            d = _last_weekday(ref, name)
            if e.startswith("last ") and d == ref:
                d -= timedelta(days=WEEK)
            return d.isoformat(), "day", f"last {name.title()} on or before {ref.isoformat()}"
    return None


def _day_word(e: str, ref: date, why: str) -> Resolution | None:
    """'yesterday', 'tomorrow', 'today', 'tonight'."""
    for words, days in ((("yesterday",), -1), (("tomorrow",), 1), (("today", "tonight"), 0)):
        if any(w in e for w in words):
            return (ref + timedelta(days=days)).isoformat(), "day", why
    return None


def _year(e: str, ref: date, why: str) -> Resolution | None:
    """'this year', 'last year', 'next year'."""
    if not e.endswith("year"):
        return None
    y = ref.year - 1 if e.startswith("last") else ref.year + 1 if e.startswith("next") else ref.year
    return f"{y}", "year", why


def _month(e: str, ref: date, why: str) -> Resolution | None:
    """'this month', 'last month', 'next month'."""
    if not e.endswith("month"):
        return None
    y, mo = (ref.year, ref.month)
    if e.startswith("last"):
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    elif e.startswith("next"):
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return f"{y}-{mo:02d}", "month", why


def _week(e: str, ref: date, why: str) -> Resolution | None:
    """'this week', 'last week': the week (from Monday) of the reference date, or the one
    before."""
    if not e.endswith("week"):
        return None
    start = ref - timedelta(days=ref.weekday())
    if e.startswith("last"):
        start -= timedelta(days=WEEK)
    return start.isoformat(), "week", f"week starting {start.isoformat()}, {why}"


def _month_name(e: str, ref: date, why: str) -> Resolution | None:
    """'in August', 'since March': the last such month not after the reference date."""
    for i, name in enumerate(MONTH_NAMES, 1):
        if name in e:
            y, mo = _last_month(ref, i)
            return f"{y}-{mo:02d}", "month", f"last {name.title()} not after {ref.isoformat()}"
    return None


# how an expression resolves, in the order tried (the lower-cased expression, the reference date,
# the reason 'relative to <date>')
RULES: tuple[Callable[[str, date, str], Resolution | None], ...] = (
    _weekday,
    _day_word,
    _year,
    _month,
    _week,
    _month_name,
)


def resolve(expression: str, ref: date | None) -> Resolution:
    """Resolve one relative expression against ``ref``: (iso date, precision, reason); a vague
    one ('a few months ago') and any without a reference date stay unresolved, with the
    reason."""
    e = expression.lower().replace("\u00a0", " ")
    m = RELATIVE.fullmatch(expression.strip())
    if m and m.group("vague"):
        return "", "", f"'{expression}' names no point in time"
    if ref is None:
        return "", "", NO_REFERENCE
    why = f"relative to {ref.isoformat()}"
    for rule in RULES:
        found = rule(e, ref, why)
        if found is not None:
            return found
    return "", "", f"'{expression}' is not a date expression this tool resolves"
