"""The story clock: when each document of a corpus reports, as an ISO day, with the evidence.

Entry point: :func:`set_clock` ``(documents) -> documents``, run by
:func:`analysis.io.corpus.load_corpus` after loading and before extraction.
It needs every document of the corpus at once (the story's year, its event
day, the other reports' days), so it is a corpus-level step; the streaming
``figures`` engine keeps documents independent and does not run it.

A document's report time is, in this order: its ``published`` day from the
manifest (the day before when its text calls its own day that one, 'this
evening (Tuesday)' on a page stamped Wednesday: :mod:`.today`), else from the
page itself (:func:`analysis.io.page.read_page`), else its manifest
``reference_date``, else INFERRED from its text (the expressions
:func:`.datescan.scan_dates` reads) by :func:`infer`, whose rules run in the
order of :data:`RULES`:

1. ``stated``: the latest day the text states with a year (``January 29,
   2025``, ``2025-01-29``) or without one (``January 12``: the story's year,
   from the other documents' days, else the latest year the text names);
2. ``weekday``: weekday names (``on Sunday``, ``late Friday``) resolved as one
   week ending on the report day: the report day is the first day on or after
   the anchor (the story's event day, or the latest day the text states when
   later) from which every named weekday looks back at most six days, choosing
   the reading that puts fewest of them before the event's eve, then the
   tightest week. A page naming two weekdays or more is read in the week
   after the first known report too, when that is after the anchor, and
   there when as tight. Anchored on the event day, it is never after the latest
   known report;
3. ``elapsed``: the time the text says has passed since the event (``five days
   after the floods``, ``a week after the crash``): the story's event day plus
   the longest such time, when neither rule above places the report.

Never used: a day more than :data:`STORY_WINDOW_DAYS` away from the story's
centre (the median known report day; historical references such as "since
March 3, 2011", future dates), a day or weekday the text places ahead of its
own time (:data:`.datescan.FUTURE_RULES`: "will meet on Thursday", "by
Friday", "called a new strike for March 25", and that day wherever the text
names it again; after the latest known report, wherever the story does),
years alone (``in 1987``), months alone, and ``today``/``yesterday`` (they
are read from the report day, so they cannot place it). A corpus whose known days
lie more than :data:`~analysis.text.dates.ONE_STORY_DAYS` apart is not one story:
each document then only reads its own stated days of the latest year it names.

Columns set (declared in :data:`analysis.io.corpus.DOCUMENTS`): ``report_time``
(ISO day or ''), ``report_time_from`` (``manifest``, ``text``, ``inferred`` or
''), ``report_time_evidence`` (the expressions used, in words); and, for an
inferred day of a document without any published date, ``published`` with
``published_from = inferred``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

import pandas as pd

from ..text.dates import ONE_STORY_DAYS, year_of_day
from .datescan import DEADLINE_WORDS, FUTURE_WORDS, Scan, scan_dates
from .today import own_day

__all__ = [
    "CLOCK_COLUMNS",
    "DEADLINE_WORDS",
    "FUTURE_WORDS",
    "INFERRED",
    "RULES",
    "STORY_WINDOW_DAYS",
    "Story",
    "Scan",
    "infer",
    "scan_dates",
    "set_clock",
    "story_of",
]

# ``report_time_from`` and ``published_from`` of a day the story clock read from the text (its one
# home: the reconciliation and the presentation read it)
INFERRED = "inferred"
# a day further than this from the story's centre (the median known report day) is history or future
STORY_WINDOW_DAYS = 45
# days before the event day that a weekday may still name (the eve: warnings, 'began late Thursday')
EVE_DAYS = 1
# documents that must state a day for it to be the story's event day (one page's stray date is not)
EVENT_MIN_DOCS = 2
# days before the earliest known report that a day stated by several documents may be the event's:
# news reports an event within days; a day stated further back is the story's history ('the
# strikes began on February 17' in reports of March)
EVENT_LEAD_DAYS = 7
# weekdays a page must name for the week after the first known report to be read too: one weekday
# fits every week alike, so it says nothing of which week the page was written in
WEEK_MIN_WEEKDAYS = 2
RULES = ("stated", "weekday", "elapsed")
CLOCK_COLUMNS = ("report_time", "report_time_from", "report_time_evidence")


@dataclass(frozen=True)
class Story:
    """What the corpus says about its own time (all None when it is not one story)."""

    start: date | None = None  # first day of the story's span
    end: date | None = None  # last day of the span
    event: date | None = (
        None  # the event's day: the earliest known report or a day several documents state, at
        # most EVENT_LEAD_DAYS before it
    )
    latest_known: date | None = None  # the latest known report day within the span
    reference: str = ""  # ISO day that gives year-less days their year
    # (month, day) of the days a document of the story places ahead of its own time (a vote it
    # says is due, a strike called for a day): after the latest known report, they date no page
    planned: frozenset = frozenset()
    # the earliest known report day within the span (with no known report, the earliest of the
    # documents' own latest stated days, which stand for them)
    first_known: date | None = None


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
    first = max(start, days[0] - timedelta(days=EVENT_LEAD_DAYS))
    shared = [d for d, n in stated.items() if n >= EVENT_MIN_DOCS and first <= d <= latest]
    planned = frozenset(md for s in scans for md in s.planned)
    return Story(start, end, min(inside + shared), latest, reference, planned, min(inside))


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
        w_day, w_words, start = weekday
        after = (
            f"the first known report {start}"
            if start != anchor
            else f"the stated date '{stated[2]}'"
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
            if story.start <= d <= story.end and not _story_plan(d, story)
        ]
        reference = story.reference
    for md, t in scan.yearless:
        d = _year_less(md, reference) if reference else None
        if d and (
            story.start is None or story.start <= d <= story.end and not _story_plan(d, story)
        ):
            source = "the story" if story.start else "the latest year the text names"
            found.append((d, f"latest stated date: '{t}' (year from {source})", t))
    return max(found, key=lambda f: f[0]) if found else None


def _story_plan(day: date, story: Story) -> bool:
    """Whether ``day`` is one a document of the story places ahead of its own time and lies after
    the latest known report (:attr:`Story.planned`): a page naming it ('Parliament votes on the
    bill on March 28', its plan written as a present) is not known to be written after it."""
    return (
        story.latest_known is not None
        and day > story.latest_known
        and (day.month, day.day) in story.planned
    )


def _weekday(
    scan: Scan, story: Story, anchor: date | None, anchored_on_text: bool
) -> tuple[date, str, date] | None:
    """Rule ``weekday``: the report day read from the weekday names as one week ending on it, the
    words, and the day the week was read from (the anchor, or the first known report)."""
    if anchor is None or not scan.weekdays:
        return None
    cap = story.end if anchored_on_text or story.latest_known is None else story.latest_known
    eve = (story.event or anchor) - timedelta(days=EVE_DAYS)
    named = sorted({w for w, _ in scan.weekdays})
    best = None
    # the week after the anchor, and the week after the first known report when later: a page of
    # the story is read there too when its weekdays make it as tight a week
    starts = {anchor} | ({story.first_known} if _later_known(story, anchor, named) else set())
    readings = [
        (start + timedelta(days=(last - start.weekday()) % 7), last, start)
        for start in sorted(starts)
        for last in named
    ]
    for report, last, start in readings:  # the reading in which ``last`` is the report's weekday
        if cap is not None and report > cap:
            continue
        looks = [report - timedelta(days=(last - w) % 7) for w in named]
        # fewest days before the eve, the tightest week, then a week among the known reports rather
        # than in the days between the event and its first report, then the earliest
        early = story.first_known is not None and report < story.first_known
        score = (sum(d < eve for d in looks), (report - min(looks)).days, early, report)
        if best is None or score < best[0]:
            best = (score, report, last, start)
    if best is None:
        return None
    words = [t for w, t in scan.weekdays if w == best[2]]
    return (
        best[1],
        f"'{words[0]}'" + (f" and {len(named) - 1} other weekday(s)" if len(named) > 1 else ""),
        best[3],
    )


def _later_known(story: Story, anchor: date, named: list[int]) -> bool:
    """Whether the story's first known report is after ``anchor`` (a page anchored on the event day
    before it), so its week is read too: only for a page that names :data:`WEEK_MIN_WEEKDAYS`
    weekdays or more (a lone weekday falls in every week alike, no evidence of which)."""
    return (
        len(named) >= WEEK_MIN_WEEKDAYS
        and story.first_known is not None
        and story.first_known > anchor
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
            times.append(day), froms.append(INFERRED if day else ""), evidence.append(why)
            if day and not published[i]:
                published[i], given[i] = day, INFERRED
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
