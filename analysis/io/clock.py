"""The story clock: when each document of a corpus reports, as an ISO day, with the evidence.

Entry point: :func:`set_clock` ``(documents) -> documents``, run by
:func:`analysis.io.corpus.load_corpus` after loading and before extraction.
It needs every document of the corpus at once (the story's year, its event
day, the other reports' days), so it is a corpus-level step; the streaming
``figures`` engine keeps documents independent and does not run it.

A document's report time is, in this order: its ``published`` day from the
manifest (the day before when its text calls its own day that one, 'this
evening (Tuesday)' on a page stamped Wednesday: :mod:`.today`), else from the
page itself (:func:`analysis.io.page.read_page`),
else its manifest ``reference_date``, else INFERRED from its text by
:func:`infer`, whose rules run in the order of :data:`RULES`:

1. ``stated``: the latest day the text states with a year (``January 29,
   2025``, ``2025-01-29``) or without one (``January 12``: the story's year,
   from the other documents' days, else the latest year the text names);
2. ``weekday``: weekday names (``on Sunday``, ``late Friday``) resolved as one
   week ending on the report day: the report day is the first day on or after
   the anchor (the story's event day, or the latest day the text states when
   later) from which every named weekday looks back at most six days, choosing
   the reading that puts fewest of them before the event's eve, then the
   tightest week. Anchored on the event day, it is never after the latest
   known report;
3. ``elapsed``: the time the text says has passed since the event (``five days
   after the floods``, ``a week after the crash``): the story's event day plus
   the longest such time, when neither rule above places the report.

Never used: a day more than :data:`STORY_WINDOW_DAYS` away from the story's
centre (the median known report day; historical references such as "since
October 7, 2023", future dates), a day or weekday after a word of the future
or of a deadline (:data:`FUTURE_WORDS`: "will", "by Friday", "next Monday"),
years alone (``in 1987``), months alone, and ``today``/``yesterday`` (they are
read from the report day, so they cannot place it). A corpus whose known days
lie more than :data:`~analysis.text.dates.ONE_STORY_DAYS` apart is not one story:
each document then only reads its own stated days of the latest year it names.

Columns set (declared in :data:`analysis.io.corpus.DOCUMENTS`): ``report_time``
(ISO day or ''), ``report_time_from`` (``manifest``, ``text``, ``inferred`` or
''), ``report_time_evidence`` (the expressions used, in words); and, for an
inferred day of a document without any published date, ``published`` with
``published_from = inferred``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

import pandas as pd

from ..text.dates import ONE_STORY_DAYS, year_of_day
from ..text.vocab import MONTHS, SMALL, TENS, WEEKDAYS
from .today import own_day

__all__ = [
    "CLOCK_COLUMNS",
    "DEADLINE_WORDS",
    "FUTURE_WORDS",
    "RULES",
    "STORY_WINDOW_DAYS",
    "Story",
    "Scan",
    "infer",
    "scan_dates",
    "set_clock",
    "story_of",
]

# a day further than this from the story's centre (the median known report day) is history or future
STORY_WINDOW_DAYS = 45
# a weekday name in a report points back at most this many days from the report day (one week)
WEEK_DAYS = 6
# mentions read per document (a hostile text of dates costs no more than an article)
MAX_MENTIONS = 400
# how far before a date a word of the future is looked for (within its clause)
FUTURE_REACH = 40
# days before the event day that a weekday may still name (the eve: warnings, 'began late Thursday')
EVE_DAYS = 1
# documents that must state a day for it to be the story's event day (one page's stray date is not)
EVENT_MIN_DOCS = 2
# words after which a date is a plan or a forecast, not a time already reported, when they come
# shortly before it in its clause (English news usage: future auxiliaries and schedule words)
FUTURE_WORDS = (
    "will",
    "scheduled",
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
RULES = ("stated", "weekday", "elapsed")
# the days a unit of elapsed time counts ('five days after', 'a week after')
ELAPSED_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
CLOCK_COLUMNS = ("report_time", "report_time_from", "report_time_evidence")

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
ELAPSED = re.compile(
    r"\b(?P<n>\d{1,3}|"
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


@dataclass(frozen=True)
class Story:
    """What the corpus says about its own time (all None when it is not one story)."""

    start: date | None = None  # first day of the story's span
    end: date | None = None  # last day of the span
    event: date | None = (
        None  # the event's day: the earliest known report or day stated by several documents
    )
    latest_known: date | None = None  # the latest known report day within the span
    reference: str = ""  # ISO day that gives year-less days their year


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
        count = int(n) if n.isdigit() else _COUNT_WORDS[n]
        if not _future(text, m.start()):
            found.append((count * ELAPSED_UNIT_DAYS[m.group("unit").lower()], m.group().strip()))
    return tuple(found)


def _day(iso: str) -> date | None:
    try:
        return (
            date.fromisoformat(str(iso or "")[:10]) if len(str(iso or "").strip()) >= 10 else None
        )
    except ValueError:
        return None


def _year_less(month_day: tuple[int, int], reference: str) -> date | None:
    year = year_of_day(month_day[0], month_day[1], reference) if reference else None
    try:
        return date(year, *month_day) if year else None
    except ValueError:  # 29 February of a common year
        return None


def story_of(known: Iterable[str], scans: Iterable[Scan]) -> Story:
    """The story's span, event day, latest known report and year reference from the known report
    days (ISO) and every document's :class:`Scan`."""
    scans = list(scans)
    days = sorted(d for d in map(_day, known) if d)
    if not days:  # no known report: each document's latest own stated day stands for it
        days = sorted(d for d in (_own_latest(s) for s in scans) if d)
    if not days or (days[-1] - days[0]).days > ONE_STORY_DAYS:
        return Story()
    centre = days[(len(days) - 1) // 2]
    window = timedelta(days=STORY_WINDOW_DAYS)
    start, end = centre - window, centre + window
    inside = [d for d in days if start <= d <= end]
    latest = max(inside)
    reference = latest.isoformat()
    stated: dict[date, int] = {}
    for s in scans:
        own = {d for d, _ in s.dated} | {
            d for md, _ in s.yearless for d in [_year_less(md, reference)] if d
        }
        for d in own:
            stated[d] = stated.get(d, 0) + 1
    shared = [d for d, n in stated.items() if n >= EVENT_MIN_DOCS and start <= d <= latest]
    return Story(start, end, min(inside + shared), latest, reference)


def _own_latest(scan: Scan) -> date | None:
    """A lone document's latest stated day of the latest year it names (no story around it)."""
    own = [d for d, _ in scan.dated if scan.latest_year is None or d.year == scan.latest_year]
    return max(own) if own else None


def infer(scan: Scan, story: Story) -> tuple[str, str]:
    """The inferred report day of one document (ISO) and the evidence in words; ('', '') when
    none."""
    stated = _stated(scan, story)
    day, evidence = (stated[0], stated[1]) if stated else (None, "")
    anchor = max(d for d in (story.event, day) if d) if (story.event or day) else None
    weekday = _weekday(
        scan,
        story,
        anchor,
        anchored_on_text=day is not None and (story.event is None or day > story.event),
    )
    if weekday:
        w_day, w_words = weekday
        after = (
            f"the stated date '{stated[2]}'"
            if stated and anchor == day
            else f"the story's event day {anchor}"
        )
        day, evidence = w_day, f"weekday: {w_words} (the week after {after})"
    if day is None:
        day, evidence = _since_event(scan, story) or (None, "")
    return (day.isoformat(), evidence) if day else ("", "")


def _since_event(scan: Scan, story: Story) -> tuple[date, str] | None:
    """Rule ``elapsed``: the story's event day plus the longest time the text says has passed since
    it, within the story's span."""
    if story.event is None or not scan.elapsed:
        return None
    days, words = max(scan.elapsed)
    day = story.event + timedelta(days=days)
    if story.end is not None and day > story.end:
        return None
    return day, f"elapsed: '{words}' (from the story's event day {story.event})"


def _stated(scan: Scan, story: Story) -> tuple[date, str, str] | None:
    """Rule ``stated``: the latest day the text states within the story's span: (day, evidence,
    expression)."""
    found: list[tuple[date, str, str]] = []
    if (
        story.start is None
    ):  # not one story: only the document's own latest dated day of its latest year
        own = _own_latest(scan)
        found += [
            (d, f"latest stated date: '{t}' (in the latest year the text names)", t)
            for d, t in scan.dated
            if d == own
        ]
        reference = str(scan.latest_year) if scan.latest_year and own is None else ""
    else:
        found += [
            (d, f"latest stated date: '{t}'", t)
            for d, t in scan.dated
            if story.start <= d <= story.end
        ]
        reference = story.reference
    for md, t in scan.yearless:
        d = _year_less(md, reference) if reference else None
        if d and (story.start is None or story.start <= d <= story.end):
            source = "the story" if story.start else "the latest year the text names"
            found.append((d, f"latest stated date: '{t}' (year from {source})", t))
    return max(found, key=lambda f: f[0]) if found else None


def _weekday(
    scan: Scan, story: Story, anchor: date | None, anchored_on_text: bool
) -> tuple[date, str] | None:
    """Rule ``weekday``: the report day read from the weekday names as one week ending on it."""
    if anchor is None or not scan.weekdays:
        return None
    cap = story.end if anchored_on_text or story.latest_known is None else story.latest_known
    eve = (story.event or anchor) - timedelta(days=EVE_DAYS)
    named = sorted({w for w, _ in scan.weekdays})
    best = None
    for last in named:  # the reading in which ``last`` is the report day's weekday
        report = anchor + timedelta(days=(last - anchor.weekday()) % 7)
        if cap is not None and report > cap:
            continue
        looks = [report - timedelta(days=(last - w) % 7) for w in named]
        score = (sum(d < eve for d in looks), (report - min(looks)).days, report)
        if best is None or score < best[0]:
            best = (score, report, last)
    if best is None:
        return None
    words = [t for w, t in scan.weekdays if w == best[2]]
    return best[1], f"'{words[0]}'" + (
        f" and {len(named) - 1} other weekday(s)" if len(named) > 1 else ""
    )


def _published(published: str, text: str) -> tuple[str, str]:
    """The report day of a dated document: its published day, or the day before when its text calls
    its own day that one (:func:`.today.own_day`: a page stamped past midnight)."""
    day = _day(published)
    own = own_day(str(text or ""), day) if day and text else None
    if own is None:
        return published[:10], "published date"
    return own[0].isoformat(), f"published date, the text's own day: '{own[1]}'"


def set_clock(documents: pd.DataFrame, inferring: bool = True) -> pd.DataFrame:
    """A copy of the documents table with :data:`CLOCK_COLUMNS` set, and inferred ``published`` days
    (none when not ``inferring``: the report time is then only the published day or the
    reference_date). A KeyError names a column the table lacks: ``published`` and
    ``published_from``, and ``text`` when ``inferring`` (``reference_date`` is an optional
    manifest column)."""
    needed = ["published", "published_from"] + (["text"] if inferring else [])
    missing = [c for c in needed if c not in documents.columns]
    if missing:
        raise KeyError(f"documents table lacks column(s) {', '.join(missing)}")
    out = documents.copy()
    n = len(out)
    published = out["published"].fillna("").astype(str).tolist()
    given = out["published_from"].fillna("").astype(str).tolist()
    reference = (
        out["reference_date"].fillna("").astype(str).tolist()
        if "reference_date" in out
        else [""] * n
    )
    known = [p if _day(p) else "" for p in published]
    # the dated documents' texts are scanned too: they state the event's day
    scans = [scan_dates(t) for t in out["text"].fillna("").astype(str)] if inferring else []
    story = story_of([k for k in known if k], scans) if inferring else Story()
    times, froms, evidence = [], [], []
    for i in range(n):
        if known[i]:
            day, why = _published(known[i], out["text"].iat[i] if inferring else "")
            times.append(day), froms.append(given[i] or "manifest"), evidence.append(why)
        elif _day(reference[i]):
            (
                times.append(reference[i][:10]),
                froms.append("manifest"),
                evidence.append("reference_date"),
            )
        elif inferring:
            day, why = infer(scans[i], story)
            if (
                day and published[i] and not day.startswith(published[i])
            ):  # a month-only date the day must fall in
                day, why = "", ""
            times.append(day), froms.append("inferred" if day else ""), evidence.append(why)
            if day and not published[i]:
                published[i], given[i] = day, "inferred"
        else:
            times.append(""), froms.append(""), evidence.append("")
    out["report_time"], out["report_time_from"], out["report_time_evidence"] = (
        times,
        froms,
        evidence,
    )
    if n:
        out["published"], out["published_from"] = published, given
    for c in CLOCK_COLUMNS + ("published", "published_from"):
        out[c] = out[c].astype("string")
    return out
