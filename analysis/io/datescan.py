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

Never read: a day, weekday or elapsed time that the text places ahead of its own time, by the
first of :data:`FUTURE_RULES` that holds in the clause before it:

1. ``future_word``: a word of the future or of a schedule shortly before it (:data:`FUTURE_WORDS`:
   "will meet on Thursday", "would vote on November 12", "is planned for March 20", "the deadline
   is March 20", "the next hearing is on"; not "due to", "next to": :data:`NOT_FUTURE`);
2. ``deadline_word``: a word of a time limit or a coming day right before it
   (:data:`DEADLINE_WORDS`: "by Friday", "next Monday");
3. ``scheduled_for``: a verb of scheduling, then "for" or "to" right before it
   (:data:`SCHEDULE_VERBS`: "called a new strike for March 25", "postponed the vote to June 3";
   not "called on March 6": the day of the calling);
4. ``due_to_do``: a form of "be", then "due to" and a word that opens no noun phrase, up to
   :data:`DUE_REACH` characters before it ("is due to vote on the bill on March 20", "is due to
   answer questions from the ... committee on March 20"; not "was due to the flooding on March 6",
   "closed due to flooding": because of it);

and then, 5. ``scheduled_day``: a day a rule above passed over is the plan's wherever the text
names it again ("The walkout on May 14 would be the fourth"). The words are
:mod:`analysis.io.lexicon`'s. At most :data:`MAX_MENTIONS` of each are read: a hostile text of
dates costs no more than an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..text.vocab import BE_FORMS, FUNCTION_WORDS, MONTHS, SMALL, TENS, WEEKDAYS
from .lexicon import DEADLINE_WORDS, FUTURE_WORDS, NOT_FUTURE, SCHEDULE_LINKS, SCHEDULE_VERBS

__all__ = [
    "DEADLINE_WORDS",
    "ELAPSED_UNIT_DAYS",
    "FUTURE_RULES",
    "FUTURE_WORDS",
    "MAX_MENTIONS",
    "Scan",
    "YEAR",
    "ahead_of_text",
    "scan_dates",
]

# mentions read per document (a hostile text of dates costs no more than an article)
MAX_MENTIONS = 400
# how far before a date a word of the future is looked for (within its clause)
FUTURE_REACH = 60
# how far before a date the 'due to' of a plan ('is due to answer questions from ... on') is looked
# for: the verb's object may be a long noun phrase
DUE_REACH = 110
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


def _words(words) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


# a word of the future not opening a phrase of NOT_FUTURE ('due to' the flood)
FUTURE = re.compile(rf"\b(?!(?:{_words(NOT_FUTURE)})\b)(?:{_words(FUTURE_WORDS)})\b", re.IGNORECASE)
DEADLINE = re.compile(rf"\b(?:{_words(DEADLINE_WORDS)})\s+(?:the\s+)?$", re.IGNORECASE)
# a verb of scheduling, at least one word, then 'for' or 'to' right before the date ('called a new
# ballot for '); the words between hold no mark of a clause's end
SCHEDULED_FOR = re.compile(
    rf"\b(?:{_words(SCHEDULE_VERBS)})\s+\S.*?\s(?:{_words(SCHEDULE_LINKS)})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a form of 'be', 'due to', then a word that is no function word nor an -ing noun: a plan ('is
# due to vote'), not a cause ('was due to the flooding', 'is due to flooding')
DUE_TO_DO = re.compile(
    rf"\b(?:{_words(sorted(BE_FORMS))})\s+due\s+to\s+"
    rf"(?!(?:{_words(sorted(FUNCTION_WORDS))})\b)(?![a-z]+ing\b)[a-z]+\b",
    re.IGNORECASE,
)
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
    planned: frozenset = frozenset()  # (month, day) of the days it places ahead of its own time


def _future_word(clause: str) -> bool:
    """Rule ``future_word``: a word of the future or of a schedule in the clause."""
    return FUTURE.search(clause) is not None


def _deadline_word(clause: str) -> bool:
    """Rule ``deadline_word``: a word of a time limit or a coming day right before the date."""
    return DEADLINE.search(clause) is not None


def _scheduled_for(clause: str) -> bool:
    """Rule ``scheduled_for``: a verb of scheduling and its object, then 'for' or 'to'."""
    return SCHEDULED_FOR.search(clause) is not None


def _due_to_do(clause: str) -> bool:
    """Rule ``due_to_do``: 'be due to' and a verb ('is due to vote'), not a cause."""
    return DUE_TO_DO.search(clause) is not None


# the rules that place a date ahead of the text's own time, in the order tried (the clause before
# the date -> whether it does), each with how far back it reads
FUTURE_RULES = (
    ("future_word", _future_word, FUTURE_REACH),
    ("deadline_word", _deadline_word, FUTURE_REACH),
    ("scheduled_for", _scheduled_for, FUTURE_REACH),
    ("due_to_do", _due_to_do, DUE_REACH),
)


def _clause_before(text: str, at: int, reach: int) -> str:
    """The clause before offset ``at``, at most ``reach`` characters back."""
    before = text[max(0, at - reach) : at]
    ends = list(CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _future(text: str, at: int) -> str:
    """The name of the first of :data:`FUTURE_RULES` that holds in the clause before offset ``at``
    (at most its reach back), '' when none does."""
    clauses: dict[int, str] = {}  # one clause per reach, not one per rule
    for name, holds, reach in FUTURE_RULES:
        if reach not in clauses:
            clauses[reach] = _clause_before(text, at, reach)
        if holds(clauses[reach]):
            return name
    return ""


def ahead_of_text(text: str, at: int) -> bool:
    """Whether the clause before offset ``at`` places a date there ahead of the text's own time
    (one of :data:`FUTURE_RULES` holds: 'awaits a ruling by', 'will open on')."""
    return bool(_future(text, at))


def _expression(text: str, m: re.Match) -> str:
    """The weekday as written, with the time word before it ('on Sunday', 'late Friday')."""
    before = text[max(0, m.start() - 12) : m.start()].split()
    word = before[-1] if before and before[-1].lower() in TIME_WORDS else ""
    return f"{word} {m.group()}".strip()


def _day_of(m: re.Match) -> tuple[int | None, int, int] | None:
    """A match of :data:`DATE` as (year or None, month, day); None when no such day exists."""
    g = m.groupdict()
    try:
        if g["iy"]:
            d = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            return d.year, d.month, d.day
        month, day, year = (
            MONTHS[(g["m1"] or g["m2"]).lower()],
            int(g["d1"] or g["d2"]),
            g["y1"] or g["y2"],
        )
        date(
            int(year) if year else 2024, month, day
        )  # a day that exists (29 February: a leap year)
        return (int(year) if year else None), month, day
    except ValueError:
        return None


def _days(text: str) -> tuple[list, list, set]:
    """The days with a year and the year-less days the text names as its own time: not ahead of it
    by :data:`FUTURE_RULES`, nor on a day they passed over (rule ``scheduled_day``); and those
    passed over, as (month, day)."""
    read, planned = [], set()
    for m in DATE.finditer(text):
        if len(read) >= MAX_MENTIONS:
            break
        day = _day_of(m)
        if day is None:
            continue
        if _future(text, m.start()):
            planned.add(day[1:])
        else:
            read.append((day, m.group().strip()))
    dated = [(date(*d), t) for d, t in read if d[0] is not None and d[1:] not in planned]
    yearless = [(d[1:], t) for d, t in read if d[0] is None and d[1:] not in planned]
    return dated, yearless, planned


def scan_dates(text: str) -> Scan:
    """Days, year-less days, weekday names and the latest year a text names (a cheap linear
    scan)."""
    text = str(text or "")
    dated, yearless, planned = _days(text)
    weekdays = []
    if any(w.capitalize() in text for w in WEEKDAYS):  # a cheap look before the scan
        for m in WEEKDAY.finditer(text):
            if len(weekdays) >= MAX_MENTIONS:
                break
            if not _future(text, m.start()) and not DATE.match(
                text, m.end() + 2
            ):  # 'Friday, Feb. 13' is its date's
                weekdays.append((WEEKDAYS.index(m.group("wd").lower()), _expression(text, m)))
    years = [int(y) for y in YEAR.findall(text)[:MAX_MENTIONS]]
    latest = max(years) if years else None
    return Scan(
        tuple(dated), tuple(yearless), tuple(weekdays), latest, _elapsed(text), frozenset(planned)
    )


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
