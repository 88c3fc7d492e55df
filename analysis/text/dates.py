"""ISO dates at their precision as day intervals.

In: an ISO date as the extractor writes it (``2025``, ``2025-07``,
``2025-07-04``, ``1990s``). Out: the first and last day it covers, as
proleptic ordinals (:func:`date_interval`, NaN when it has no year) or as
pandas Timestamps (:func:`date_span`, None when unparsable).
"""

from __future__ import annotations

import math
import re
from datetime import date

import pandas as pd

__all__ = ["corpus_reference", "date_interval", "date_span", "year_of_day"]

ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{3})0s")


def date_interval(iso: str) -> tuple[float, float]:
    """First and last day (proleptic ordinals) an ISO date covers: '2024-02' -> (1 Feb, 29 Feb); NaN
    if no year."""
    m = ISO_DATE.fullmatch(str(iso or "").strip())
    if not m:
        return math.nan, math.nan
    try:
        if m.group(4):
            y = int(m.group(4)) * 10
            return float(date(y, 1, 1).toordinal()), float(date(y + 9, 12, 31).toordinal())
        y = int(m.group(1))
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
            return float(d), float(d)
        if m.group(2):
            mo = int(m.group(2))
            last = date(y + (mo == 12), mo % 12 + 1, 1).toordinal() - 1
            return float(date(y, mo, 1).toordinal()), float(last)
        return float(date(y, 1, 1).toordinal()), float(date(y, 12, 31).toordinal())
    except ValueError:  # month 13, day 45, year 0
        return math.nan, math.nan


def date_span(iso: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day an ISO date covers as Timestamps ('2019-03' -> March 1-31); None if
    unparsable."""
    lo, hi = date_interval(iso)
    if math.isnan(lo):
        return None
    first, last = date.fromordinal(int(lo)), date.fromordinal(int(hi))
    try:
        return pd.Timestamp(first), pd.Timestamp(last)
    except (ValueError, OverflowError):  # outside pandas' nanosecond range
        return None


def year_of_day(month: int, day: int, reference: str, ahead: bool = False) -> int | None:
    """The year of a day and month written without one, from a reference date (ISO, '' if unknown).

    The reference's year, or the year before when the day would fall more than
    31 days after the reference (``July 4`` in a page of 2025-01-03 is 2024).
    A day the text places ahead of its own time (``ahead``: 'a ruling is expected by
    July 4') is the reference's year, or the year after when it would fall more
    than 31 days before the reference.
    A reference of only ``YYYY-MM`` counts as the month's last day, ``YYYY``
    gives its year. None when there is no reference or the day does not exist.
    """
    lo, hi = date_interval(reference)
    if math.isnan(hi):
        return None
    ref = date.fromordinal(int(hi))
    try:
        this_year = date(ref.year, month, day)
    except ValueError:
        try:
            date(2024, month, day)  # 29 February: a leap year's day
        except ValueError:
            return None
        this_year = date(ref.year, month, 28)
    if len(str(reference).strip()) == 4:
        return ref.year
    if ahead:
        return ref.year if this_year.toordinal() >= ref.toordinal() - 31 else ref.year + 1
    return ref.year if this_year.toordinal() <= ref.toordinal() + 31 else ref.year - 1


# the dated documents of a corpus within this many days of each other cover one story's time
ONE_STORY_DAYS = 366


def corpus_reference(dates) -> str:
    """The date that gives an undated document of a corpus its year: the latest of the others'
    dates, or ''.

    A folder of coverage of one story is written within weeks: a page with no date
    of its own ('the July Fourth floods') is of the same time as the dated ones.
    Only when all the dated documents lie within :data:`ONE_STORY_DAYS` of each
    other (unrelated articles of several years give no reference).
    """
    spans = [
        (lo, hi, iso) for iso in dates for lo, hi in [date_interval(iso)] if not math.isnan(lo)
    ]
    if not spans:
        return ""
    first, last = min(lo for lo, _, _ in spans), max(hi for _, hi, _ in spans)
    if last - first > ONE_STORY_DAYS:
        return ""
    return max(spans, key=lambda t: t[1])[2]
