"""The figures of a page dated only by its values: its latest values hold at its day, the rest at
no known time.

In: the figures (``doc``, ``start``, ``end``, ``as_of``), the documents' texts, report times and
their evidence. Out: :func:`first_report_days`, the ``as_of`` column with the figures of a page the
story clock placed by rule ``values`` (:mod:`analysis.io.clock`, :mod:`analysis.io.known_values`)
dated only where the page's values tell.

Such a page (an explainer that gives no day) cites values the story's dated pages reported first:
its day is a bound, the latest of those first reports. A figure of it that states a value first
reported on that day (its latest value, '3,960 now') holds at the page's day; any other figure (an
older value, 'up from 2,190', that may be history or may still stand; a value no dated page
states) has no day the page can give it, and keeps none, as before the page was placed: unknown
stays unknown, and a figure of unknown time is never in conflict. A figure its sentence dates by
its own words (its ``as_of`` another day than the page's) keeps it.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from ..io.known_values import MIN_VALUE, VALUE, first_reports, value_key
from .dayheads import _day

__all__ = ["BY_VALUES", "first_report_days"]

# the evidence words of a report day the story clock read from the page's values
BY_VALUES = "values:"
# a value of digits with thousands separated by commas, or with decimals, and no noun read after
# it ('8,870 in all', 'first counted 6,750.'): a plain integer alone is too often a rank
BARE_VALUE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+\.\d+)(?![\d,.]*\d)")
# a figure's first digit: its span may open with a qualifier word or a currency sign ('nearly 40')
_DIGIT = re.compile(r"\d")


def _dated(documents: pd.DataFrame) -> dict[tuple[float, str], date]:
    """The first dated report of each value the story's dated pages state (a report time that
    is no real day dates nothing)."""
    texts = documents["text"].fillna("").astype(str).tolist()
    frm = documents["report_time_from"].fillna("").astype(str).tolist()
    days = [
        _day(t) if f not in ("inferred", "") else None
        for t, f in zip(documents["report_time"].fillna("").astype(str), frm)
    ]
    return first_reports(texts, days)


def first_report_days(
    fig: pd.DataFrame, texts: dict[str, str], documents: pd.DataFrame
) -> list[str]:
    """Each figure's ``as_of``; on a page dated by its values, the page's day for a value first
    reported that day, else '' (see the module's docstring)."""
    as_of = fig["as_of"].fillna("").astype(str).tolist()
    needed = ("doc", "text", "report_time", "report_time_evidence", "report_time_from")
    if any(c not in documents for c in needed):
        return as_of
    evidence = documents["report_time_evidence"].fillna("").astype(str)
    by_values = dict(
        zip(
            documents.loc[evidence.str.startswith(BY_VALUES), "doc"].astype(str),
            documents.loc[evidence.str.startswith(BY_VALUES), "report_time"].astype(str),
        )
    )
    if not by_values:
        return as_of
    first = _dated(documents)
    by_value: dict[float, date] = {}  # a value written with no noun after it ('up from 2,190.')
    for (value, _), day in first.items():
        by_value[value] = min(by_value.get(value, day), day)
    spans = zip(fig["doc"].astype(str), fig["start"].tolist(), fig["end"].tolist())
    for i, (doc, start, end) in enumerate(spans):
        if doc not in by_values or as_of[i] != by_values[doc]:
            continue
        day = _first_day(texts.get(doc, ""), (int(start), int(end)), first, by_value)
        # the page's latest values hold at its day; an older one may be history or a value still
        # standing, its time unknown
        as_of[i] = as_of[i] if day and day.isoformat() == as_of[i] else ""
    return as_of


def _first_day(text: str, span: tuple[int, int], first: dict, by_value: dict) -> date | None:
    """The first dated report of the value a figure's ``span`` writes (from its first digit): of
    it with its noun, else of the value alone when no noun follows it; None when no dated page
    states it."""
    digit = _DIGIT.search(text, *span)
    if digit is None:
        return None
    start = digit.start()
    m = VALUE.match(text, start)
    key = value_key(m) if m else None
    if key is not None:
        return first.get(key)
    bare = BARE_VALUE.match(text, start)
    if bare is None:
        return None
    value = float(bare.group("n").replace(",", ""))
    return by_value.get(value) if value >= MIN_VALUE else None
