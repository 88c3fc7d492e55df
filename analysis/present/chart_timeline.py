"""The timeline chart: resolved events on a time axis, and the story's own time span.

In: the events table (and the documents table, for :func:`story_span`). Out:
the Figure, saved as ``timeline.png``, ``.svg`` and ``timeline.csv`` (one row
per plotted event, :data:`TIMELINE_COLUMNS`). Steps: one row per resolved
event with its first and last day (:func:`timeline_data`), events outside the
story's time set aside, the bars and dots drawn, then a title and a note
counting what is not shown.
"""

from __future__ import annotations

import os
from typing import Mapping

import pandas as pd
from matplotlib.dates import AutoDateLocator, DateFormatter
from matplotlib.figure import Figure

from ..text.dates import date_span
from .chartkit import (
    DATE_FORMAT,
    GREY,
    LIGHT,
    OKABE_ITO,
    SOURCE_HEIGHT_IN,
    TICK_PT,
    TIMELINE_LABEL_CHARS,
    TIMELINE_LISTED_IN,
    TIMELINE_MIN_PAD_DAYS,
    TIMELINE_PAD,
    TIMELINE_ROW_IN,
    TIMELINE_TOP_IN,
    WIDE_IN,
    empty_note,
    finish_figure,
    new_figure,
    plain_axes,
    save,
    tex,
    wrap,
)
from .common import plural, require

__all__ = [
    "STORY_AFTER_DAYS",
    "STORY_BEFORE_DAYS",
    "TIMELINE_COLUMNS",
    "story_span",
    "timeline",
    "timeline_data",
]

TIMELINE_COLUMNS = ["event_id", "date", "precision", "what", "sources", "start", "end"]
STORY_BEFORE_DAYS = (
    31  # the story's time starts this long before its first report (days it recalls)
)
STORY_AFTER_DAYS = 31  # and ends this long after its last one (a date announced ahead)
AXIS_LABEL = "date (dot: day; bar: the month, year or decade a date names)"
# date ticks evenly spaced from the first (matplotlib's default puts a tick on the 29th and the
# 1st of the next month side by side, their labels overlapping), written as the movement chart
# writes its days (chartkit.DATE_FORMAT)
DATE_TICKS = (3, 7)  # fewest and most ticks


def timeline(
    events: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "timeline",
    span: tuple[str, str] | None = None,
) -> Figure:
    """Resolved events in date order: a dot for a day, a bar for a month, year or decade.

    ``span`` (ISO days, :func:`story_span`): the story's own time; events that end before it or
    start after it are listed under the chart, not plotted, so that a 1987 date does not squeeze
    a week of news."""
    require(
        events,
        ["event_id", "date", "precision", "what", "sources", "resolved", "expressions"],
        "events",
    )
    data = timeline_data(events)
    outside = pd.Series(False, index=data.index)
    if span is not None and len(data):
        outside = (data["end"] < span[0]) | (data["start"] > span[1])
    listed, data = data[outside], data[~outside].reset_index(drop=True)
    docs = sorted({d.strip() for s in events["sources"] for d in str(s).split(";") if d.strip()})
    n_unresolved = len(events) - len(data) - len(listed)
    fig = new_figure(
        WIDE_IN,
        TIMELINE_TOP_IN
        + TIMELINE_ROW_IN * max(len(data), 1)
        + TIMELINE_LISTED_IN * (len(listed) > 0)
        + SOURCE_HEIGHT_IN,
    )
    if data.empty:
        empty_note(
            fig,
            "No event could be dated."
            if listed.empty
            else "No event is dated within the story's time.",
        )
        title = "No event could be dated"
    else:
        _draw(fig, data, span)
        last = data.iloc[-1]
        title = (
            f"{plural(len(data), 'dated event')} from {data['date'].iloc[0]} to {last['date']}; "
            f"the latest: {last['what']}"
        )
    cut = span is not None and bool(((data["start"] < span[0]) | (data["end"] > span[1])).any())
    finish_figure(fig, title, docs, doc_labels, _note(n_unresolved, listed, cut))
    save(fig, data, out_dir, name)
    return fig


def timeline_data(events: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved event whose date names a span of days, in date order
    (:data:`TIMELINE_COLUMNS`); an unnamed event is shown by its first expression as written."""
    rows = []
    for e in events[events["resolved"].astype(bool)].itertuples(index=False):
        extent = date_span(e.date)
        if extent is None:
            continue
        what = str(e.what).strip() or f"“{str(e.expressions).split(';')[0].strip()}”"
        rows.append(
            {
                "event_id": e.event_id,
                "date": e.date,
                "precision": e.precision,
                "what": what,
                "sources": e.sources,
                "start": extent[0].date().isoformat(),
                "end": extent[1].date().isoformat(),
            }
        )
    data = pd.DataFrame(rows, columns=TIMELINE_COLUMNS).sort_values(
        ["start", "end", "event_id"], kind="stable"
    )
    return data.reset_index(drop=True)


def _draw(fig: Figure, data: pd.DataFrame, span: tuple[str, str] | None = None) -> None:
    """A row per event: a bar over the days its date names, a dot on its first day; the axis
    kept to the story's time ``span`` where a bar runs past it ('this year' over a week of news:
    the bar is cut at the axis' edge)."""
    ax = fig.add_subplot()
    starts, ends = pd.to_datetime(data["start"]), pd.to_datetime(data["end"])
    for y, (s, e) in enumerate(zip(starts, ends)):
        if e > s:
            width = (e - s) + pd.Timedelta(days=1)
            ax.barh(y, width, left=s, height=0.5, color=OKABE_ITO["sky blue"])
        ax.plot([s], [y], marker="o", ms=5, color=OKABE_ITO["blue"], linestyle="none")
    ax.set_yticks(range(len(data)))
    ax.set_yticklabels(
        [
            tex(wrap(f"{w}  ({d})", TIMELINE_LABEL_CHARS))
            for w, d in zip(data["what"], data["date"])
        ],
        fontsize=TICK_PT,
    )
    ax.set_ylim(len(data) - 0.5, -0.5)
    first, last = starts.min(), ends.max()
    if span:
        first, last = max(first, pd.Timestamp(span[0])), min(last, pd.Timestamp(span[1]))
    pad = max((last - first) * TIMELINE_PAD, pd.Timedelta(days=TIMELINE_MIN_PAD_DAYS))
    lo, hi = first - pad, last + pad
    if span:  # the padding stays within the story's time, unless that leaves the axis no width
        kept = max(lo, pd.Timestamp(span[0])), min(hi, pd.Timestamp(span[1]))
        lo, hi = kept if kept[0] < kept[1] else (lo, hi)
    ax.set_xlim(lo, hi)
    ax.set_xlabel(AXIS_LABEL, fontsize=TICK_PT, color=GREY)
    locator = AutoDateLocator(
        minticks=DATE_TICKS[0], maxticks=DATE_TICKS[1], interval_multiples=False
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DateFormatter(DATE_FORMAT))
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.grid(axis="x", color=LIGHT, lw=0.8)
    ax.set_axisbelow(True)
    plain_axes(ax)


def _note(n_unresolved: int, listed: pd.DataFrame, cut: bool = False) -> str:
    """What the chart leaves out: dates not resolved, events outside the story's time, and the
    part of a bar outside it (``cut``)."""
    parts = ["A bar that runs past the story's time is cut at the chart's edge."] if cut else []
    if n_unresolved:
        verb = "is" if n_unresolved == 1 else "are"
        parts.append(f"{plural(n_unresolved, 'date')} that could not be resolved {verb} not shown.")
    if len(listed):
        outside = "; ".join(f"{d} ({w})" for d, w in zip(listed["date"], listed["what"]))
        parts.append(f"Outside the story's time, not plotted: {outside}.")
    return " ".join(parts)


def story_span(documents: pd.DataFrame) -> tuple[str, str] | None:
    """(first day, last day) of the story's time: its reports' days (published, else reference
    date) widened by :data:`STORY_BEFORE_DAYS` and :data:`STORY_AFTER_DAYS`; None when no report
    is dated. ``reference_date`` is a manifest's optional column (:mod:`analysis.io.manifest`);
    a KeyError names ``published`` when the documents table lacks it."""
    require(documents, ["published"], "documents")
    days = []
    for column in ("published", "reference_date"):
        if column in documents.columns:  # published always; reference_date when a manifest gives it
            days += [str(v)[:10] for v in documents[column].fillna("") if len(str(v)) >= 7]
    stamps = pd.to_datetime(
        pd.Series(days, dtype="object"), errors="coerce", format="mixed"
    ).dropna()
    if stamps.empty:
        return None
    first = stamps.min() - pd.Timedelta(days=STORY_BEFORE_DAYS)
    last = stamps.max() + pd.Timedelta(days=STORY_AFTER_DAYS)
    return first.date().isoformat(), last.date().isoformat()
