"""analysis.present.charts on small hand-made tidy tables (tests/tidy.py): the chart defects, each
failed before its fix (a vague figure as its interval, whole-unit ticks, wrapped titles, dates
outside the story, the story's span), as tests/test_charts.py checks files, data and titles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.present import charts
from tests import tidy
from tests.test_charts import _csv, _source


def _one_fact(kind, unit, mentions, label="people missing"):
    """facts and figures of one fact stated as ``mentions`` [(doc, text, value, low, high)]."""
    from analysis.schema import FACTS, FIGURE_LINKS, FIGURES, conform

    figures = conform(
        pd.DataFrame(
            [
                {
                    "doc": d,
                    "start": 10 * i,
                    "end": 10 * i + len(t),
                    "text": t,
                    "kind": kind,
                    "value": v,
                    "unit": unit,
                    "qualifier": "exact" if lo == hi else "approximate",
                    "low": lo,
                    "high": hi,
                    "date": "",
                    "subject": label,
                    "fact_id": "F001",
                    "copy_of": "",
                    "entity_id": "",
                    "sent_start": 0,
                    "sent_end": 10 * i + len(t),
                    **tidy.NO_DESCRIPTION,
                }
                for i, (d, t, v, lo, hi) in enumerate(mentions)
            ]
        ),
        FIGURES + FIGURE_LINKS,
    )
    facts = conform(
        pd.DataFrame(
            [
                {
                    "fact_id": "F001",
                    "label": label,
                    "kind": kind,
                    "unit": unit,
                    "n_sources": len(mentions),
                    "n_mentions": len(mentions),
                    "value": mentions[0][2],
                    "low": mentions[0][3],
                    "high": mentions[0][4],
                    "date": "",
                    "status": "compatible",
                    "why": "",
                    "values": "",
                    "docs": "",
                }
            ]
        ),
        FACTS,
    )
    return facts, figures


def _points(ax):
    return [
        (line.get_xdata()[0], line.get_ydata()[0])
        for line in ax.lines
        if line.get_marker() not in ("None", None, "")
    ]


@pytest.mark.parametrize(
    "text,value,low,high",
    [
        ("hundreds", 100.0, 200.0, 999.0),
        ("about 40", 40.0, 36.0, 44.0),
        ("more than 380", 380.0, 380.0, np.inf),
    ],
)
def test_headline_draws_a_vague_figure_as_its_interval_only(tmp_path, text, value, low, high):
    """Bug: a dot at the value (100) beside a bar over the interval (200-999)."""
    facts, figures = _one_fact(
        "count", "prisoner", [("a", "117", 117.0, 117.0, 117.0), ("b", text, value, low, high)]
    )
    fig = charts.headline(facts, figures, tmp_path)
    assert _points(fig.axes[0]) == [(117.0, 0)]  # the precise figure only


@pytest.mark.parametrize(
    "kind,unit,mentions",
    [
        ("duration", "day", [("a", "two days", 2.0, 2.0, 2.0), ("b", "2 days", 2.0, 2.0, 2.0)]),
        ("count", "person", [("a", "3", 3.0, 3.0, 3.0), ("b", "4", 4.0, 4.0, 4.0)]),
    ],
)
def test_headline_ticks_whole_units_at_whole_numbers(tmp_path, kind, unit, mentions):
    """Bug: 'two days' on an axis ticking 1.92 ... 2.32."""
    facts, figures = _one_fact(kind, unit, mentions)
    ax = charts.headline(facts, figures, tmp_path).axes[0]
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks


def test_headline_titles_wrap_and_are_never_cut(tmp_path):
    """Bug: a long fact label ended in '...'."""
    label = (
        "residents of the low-lying riverside districts evacuated to temporary shelters in the "
        "northern hills"
    )
    facts, figures = _one_fact(
        "count", "resident", [("a", "3,000", 3000.0, 3000.0, 3000.0)], label=label
    )
    fig = charts.headline(
        facts, figures, tmp_path, doc_labels={"a": "The Northfield Evening Chronicle Group"}
    )
    title = fig.axes[0].get_title(loc="left")
    assert "…" not in title and " ".join(title.split()).startswith(label)
    assert all("…" not in t.get_text() for t in fig.axes[0].get_yticklabels())


def test_timeline_lists_dates_outside_the_story_instead_of_plotting_them(tmp_path):
    """Bug: four days of news squeezed against a 1980s-2026 axis."""
    fig = charts.timeline(tidy.events(), tmp_path, span=("2026-02-01", "2026-04-30"))
    data = _csv(tmp_path, "timeline")
    assert data["event_id"].tolist() == ["V004"]
    assert len([line for line in fig.axes[0].lines if line.get_marker() == "o"]) == 1
    source = _source(fig)
    assert "Outside the story's time, not plotted: 1980s" in source and "2024-03" in source


@pytest.mark.parametrize(
    "published,span",
    [
        (["2031-03-04", "2031-03-06"], ("2031-02-01", "2031-04-06")),
        (["", ""], None),
    ],
)
def test_story_span_is_the_reports_days_widened(published, span):
    assert charts.story_span(pd.DataFrame({"doc": ["a", "b"], "published": published})) == span


def _lane_events(dates: list[str]) -> pd.DataFrame:
    """One invented event a day of ``dates`` (a year, a month or a day, by its length)."""
    return pd.DataFrame(
        [
            {
                "event_id": f"V{i}",
                "date": d,
                "precision": {4: "year", 7: "month"}.get(len(d), "day"),
                "what": "crews cleared the lane",
                "sources": "a",
                "n_mentions": 1,
                "expressions": d,
                "resolved": True,
                "reason": "",
            }
            for i, d in enumerate(dates)
        ]
    )


@pytest.mark.parametrize(
    "dates, span, cut",
    [
        # bug: a year's bar ('this year') drew an axis of twelve months, a week of news in one spot
        (["2031", "2031-03-02", "2031-03-05"], ("2031-02-01", "2031-04-05"), True),
        # a month inside the story's time is drawn whole
        (["2031-03", "2031-03-02"], ("2031-02-01", "2031-04-05"), False),
    ],
)
def test_timeline_axis_keeps_to_the_story_time_a_bar_runs_past(tmp_path, dates, span, cut):
    from analysis.schema import EVENTS, conform

    fig = charts.timeline(conform(_lane_events(dates), EVENTS), tmp_path, span=span)
    from matplotlib.dates import num2date

    lo, hi = (num2date(x).date().isoformat() for x in fig.axes[0].get_xlim())
    assert (span[0] <= lo and hi <= span[1]) if cut else lo < "2031-03-01"
    assert ("runs past the story's time is cut" in _source(fig)) == cut


@pytest.mark.parametrize(
    "dates, span",
    [
        # bug: a span of one day, the day of every event, set the axis' two ends on one day
        (["2031-03-02"], ("2031-03-02", "2031-03-02")),
        (["2031-03-02", "2031-03"], ("2031-03-02", "2031-03-02")),
        (["2031-03-02"], ("2031-02-01", "2031-04-05")),
    ],
)
def test_timeline_axis_has_two_distinct_ends_whatever_the_story_time(tmp_path, dates, span):
    import warnings

    from analysis.schema import EVENTS, conform

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns of a singular axis, then widens it
        fig = charts.timeline(conform(_lane_events(dates), EVENTS), tmp_path, span=span)
    lo, hi = fig.axes[0].get_xlim()
    assert lo < hi
