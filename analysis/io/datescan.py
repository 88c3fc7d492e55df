"""What one text says of its own time, for the story clock: a cheap linear scan.

In: a document's text. Out: :func:`scan_dates`, a :class:`Scan` of the expressions the story
clock (:mod:`.clock`) reads, each as (value, expression as written), read in this order:

1. days with a year (``January 29, 2025``, ``29 January 2025``, ``2025-01-29``) and days without
   one (``January 12``);
2. weekday names (``on Sunday``, ``late Friday``), but for the weekday of a date (``Tuesday,
   Jan. 7``);
3. the latest year the text names;
4. the time the text says has passed since the event (``five days after``, ``a week since``,
   ``twenty-five days after``), in days.

Never read: a day, weekday or elapsed time after a word of the future or of a deadline in its
clause (:data:`FUTURE_WORDS`, :data:`DEADLINE_WORDS`: "will", "by Friday", "next Monday"). At most
:data:`MAX_MENTIONS` of each are read: a hostile text of dates costs no more than an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..text.vocab import MONTHS, SMALL, TENS, WEEKDAYS

__all__ = [
    "DEADLINE_WORDS",
    "ELAPSED_UNIT_DAYS",
    "FUTURE_WORDS",
    "MAX_MENTIONS",
    "Scan",
    "YEAR",
    "scan_dates",
]

# mentions read per document (a hostile text of dates costs no more than an article)
MAX_MENTIONS = 400
# how far before a date a word of the future is looked for (within its clause)
FUTURE_REACH = 40
# words after which a date is a plan or a forecast, not a time already reported, when they come
# shortly before it in its clause (English news usage: future auxiliaries, the future in the past
# of reported speech, 'would', and schedule words)
FUTURE_WORDS = (
    "will",
    "would",
    "scheduled",
    "expect",
    "expected",
    "expects",
    "plans",
    "plan",
    "due",
    "upcoming",
    "set for",
)
# words that make the date right after them a deadline or a coming day ('by Friday', 'next Monday')
DEADLINE_WORDS = ("by", "until", "till", "next", "coming")
# words kept before a weekday in the evidence ('on Sunday', 'late Friday')
TIME_WORDS = (
    "on",
    "late",
    "early",
    "last",
    "this",
    "since",
    "into",
    "of",
    "from",
    "until",
    "by",
    "next",
)
# the days a unit of elapsed time counts ('five days after', 'a week after')
ELAPSED_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

_MONTH = "|".join(
    sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)
)  # capitalised: 'may' is a verb
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?[ \u00a0]+{_DAY.format('d1')}(?![\d:])"
    rf"(?:,?[ \u00a0]+(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|{_DAY.format('d2')}[ \u00a0]+(?P<m2>{_MONTH})\b\.?(?:,?[ \u00a0]+(?P<y2>(?:19|20)\d\d)\b)?"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
)
WEEKDAY = re.compile(r"\b(?P<wd>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
YEAR = re.compile(r"(?<![\d,.$])\b(?:19|20)\d\d\b(?![\d,.]\d|%)")
FUTURE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in FUTURE_WORDS) + r")\b", re.IGNORECASE
)
DEADLINE = re.compile(r"\b(?:" + "|".join(DEADLINE_WORDS) + r")\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.!?,;:]\s")
_COUNT_WORDS = {"a": 1, **SMALL, **TENS}
_ONES = "|".join(w for w, n in SMALL.items() if 1 <= n <= 9)
# a count of days or weeks: digits (not the last group of '1,000' nor the fraction of '2.5'), a
# word, or tens and ones ('twenty-five', not its 'five' alone)
ELAPSED = re.compile(
    r"(?<![.,-])\b(?P<n>\d{1,3}|(?:"
    + "|".join(TENS)
    + r")-(?:"
    + _ONES
    + r")|"
    + "|".join(_COUNT_WORDS)
    + r")[\s-]+(?P<unit>"
    + "|".join(ELAPSED_UNIT_DAYS)
    + r")\s+(?:after|since)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scan:
    """What :func:`scan_dates` found in one text: each as (value, expression as written)."""

    dated: tuple = ()  # (date, text): days with a year
    yearless: tuple = ()  # ((month, day), text)
    weekdays: tuple = ()  # (weekday index 0-6, text)
    latest_year: int | None = None  # the latest year the text names
    elapsed: tuple = ()  # (days since the event, text): 'five days after'


def _future(text: str, at: int) -> bool:
    """Whether a word of the future comes shortly before offset ``at`` in its clause, or a deadline
    word right before it."""
    before = text[max(0, at - FUTURE_REACH) : at]
    ends = list(CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    return FUTURE.search(clause) is not None or DEADLINE.search(clause) is not None


def _expression(text: str, m: re.Match) -> str:
    """The weekday as written, with the time word before it ('on Sunday', 'late Friday')."""
    before = text[max(0, m.start() - 12) : m.start()].split()
    word = before[-1] if before and before[-1].lower() in TIME_WORDS else ""
    return f"{word} {m.group()}".strip()


def scan_dates(text: str) -> Scan:
    """Days, year-less days, weekday names and the latest year a text names (a cheap linear
    scan)."""
    text = str(text or "")
    dated, yearless, weekdays = [], [], []
    for m in DATE.finditer(text):
        if len(dated) + len(yearless) >= MAX_MENTIONS:
            break
        if _future(text, m.start()):
            continue
        g = m.groupdict()
        try:
            if g["iy"]:
                dated.append((date(int(g["iy"]), int(g["im"]), int(g["id"])), m.group()))
                continue
            month, day, year = (
                MONTHS[(g["m1"] or g["m2"]).lower()],
                int(g["d1"] or g["d2"]),
                g["y1"] or g["y2"],
            )
            if year:
                dated.append((date(int(year), month, day), m.group().strip()))
            else:
                date(2024, month, day)  # a day that exists (29 February in a leap year)
                yearless.append(((month, day), m.group().strip()))
        except ValueError:
            continue
    if any(w.capitalize() in text for w in WEEKDAYS):  # a cheap look before the scan
        for m in WEEKDAY.finditer(text):
            if len(weekdays) >= MAX_MENTIONS:
                break
            if not _future(text, m.start()) and not DATE.match(
                text, m.end() + 2
            ):  # 'Tuesday, Jan. 7' is its date's
                weekdays.append((WEEKDAYS.index(m.group("wd").lower()), _expression(text, m)))
    years = [int(y) for y in YEAR.findall(text)[:MAX_MENTIONS]]
    latest = max(years) if years else None
    return Scan(tuple(dated), tuple(yearless), tuple(weekdays), latest, _elapsed(text))


def _elapsed(text: str) -> tuple:
    """The times the text says have passed since the event, as (days, text): 'five days after',
    'a week after' (not after a word of the future: 'will reopen 30 days after')."""
    found = []
    for m in ELAPSED.finditer(text):
        if len(found) >= MAX_MENTIONS:
            break
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else sum(_COUNT_WORDS[w] for w in n.split("-"))
        if not _future(text, m.start()):
            found.append((count * ELAPSED_UNIT_DAYS[m.group("unit").lower()], m.group().strip()))
    return tuple(found)
