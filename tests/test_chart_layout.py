"""How the charts lay out what they draw (analysis.present.charts, chart_axes, chartkit): date
ticks and the source line that never overlap the axis, numbers with their scale spelled out, units
in the plural, one colour per outlet in every chart, one row per wording of a document. Invented
tables only."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.present import charts


def _events(days: list[str], what: str = "crews reached the site") -> pd.DataFrame:
    """Invented resolved events, one per day."""
    return pd.DataFrame(
        {
            "event_id": [f"V{i:03d}" for i in range(1, len(days) + 1)],
            "date": days,
            "precision": ["day" if len(d) == 10 else "month" for d in days],
            "what": [f"{what} {i}" for i in range(len(days))],
            "sources": ["a"] * len(days),
            "resolved": [True] * len(days),
            "expressions": days,
        }
    )


def _boxes(fig, texts):
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in texts if t.get_text()]


@pytest.mark.parametrize(
    "days",
    [
        ["2031-06-28", "2031-07-03", "2031-07-09", "2031-07-15"],  # across a month's end
        ["2031-01-05", "2031-06-02", "2031-12-20"],
        ["2031-03-04", "2031-03-05"],
        ["2031-05", "2031-05-18"],
    ],
)
def test_timeline_date_ticks_never_overlap(tmp_path, days):
    """Bug: ticks on the 29th and on the 1st of the next month printed over each other."""
    fig = charts.timeline(_events(days), tmp_path)
    fig.canvas.draw()
    boxes = sorted(_boxes(fig, fig.axes[0].get_xticklabels()), key=lambda b: b.x0)
    assert len(boxes) >= 2
    assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:]))


@pytest.mark.parametrize("n_outside", [0, 3, 12])
def test_the_source_line_never_runs_over_the_axis_label(tmp_path, n_outside):
    """Bug: a long list of dates outside the story's time, written under the timeline, ran over
    its axis label."""
    outside = [f"19{50 + i}" for i in range(n_outside)]
    events = _events(["2031-06-28", "2031-07-03"] + outside, "a long invented account of it")
    fig = charts.timeline(events, tmp_path, span=("2031-06-01", "2031-08-01"))
    fig.canvas.draw()
    (label,) = _boxes(fig, [fig.axes[0].xaxis.label])
    ticks = _boxes(fig, fig.axes[0].get_xticklabels())
    source = _boxes(fig, [t for t in fig.texts if t.get_text().startswith("Source")])
    assert source
    assert all(s.y1 < label.y0 and all(s.y1 < t.y0 for t in ticks) for s in source)


@pytest.mark.parametrize(
    "x, top, written",
    [
        (12400, None, "12,400"),
        (2.4e9, None, "2.4 billion"),
        (3.2e6, None, "3.2 million"),  # not '3.2 m', which reads as metres
        (0.5, None, "0.5"),
        (40, None, "40"),
        (float("inf"), None, "∞"),
        (800_000, 4.2e6, "0.8 million"),  # one axis: '0.8 million' beside '1.6 million'
        (0, 4.2e6, "0"),
        (1.6e6, 4.2e6, "1.6 million"),
        (800_000, 900_000, "800,000"),
    ],
)
def test_human_numbers_spell_the_scale_and_keep_one_scale_per_axis(x, top, written):
    assert charts.human(x, top) == written


@pytest.mark.parametrize(
    "unit, kind, shown",
    [
        ("account", "count", "accounts"),
        ("job", "count", "jobs"),
        ("person", "count", "people"),
        ("percent", "percent", "percent"),
        ("EUR", "money", "EUR"),
        ("year", "age", "years"),
        ("", "count", "count"),
        ("", "", "value"),
    ],
)
def test_axis_unit_names_counted_nouns_in_the_plural(unit, kind, shown):
    from analysis.present.chart_axes import axis_unit

    assert axis_unit(unit, kind) == shown


@pytest.mark.parametrize(
    "subset",
    [["gazette_2"], ["wire_1", "gazette_2"], ["herald_3", "gazette_2", "wire_1"]],
)
def test_an_outlet_keeps_its_colour_whichever_outlets_a_chart_shows(subset):
    """Bug: the headline chart and the movement chart coloured one outlet differently (each
    counted colours over its own outlets)."""
    from analysis.present.chartkit import doc_styles

    labels = {"wire_1": "Wire", "gazette_2": "Gazette", "herald_3": "Herald"}
    every = doc_styles(list(labels), labels)
    assert {d: doc_styles(subset, labels)[d] for d in subset} == {d: every[d] for d in subset}
    assert len({every[d] for d in labels}) == 3


SOURCE_ROOM = (
    0.95  # of the figure's width: the PNG is drawn at another dpi, its text a little wider
)


@pytest.mark.parametrize("width", [6.0, 9.0, 9.5, 12.0])
@pytest.mark.parametrize("n_outlets", [3, 10])
def test_the_source_line_stays_inside_the_figure(width, n_outlets):
    """Bug: a source line of long outlet names, wrapped by character count, ran past the right
    edge of the matrix chart."""
    from analysis.present.chartkit import finish_figure, new_figure

    labels = {
        f"d{k}": f"The Invented Morning Chronicle Of Nowhere (2031-03-{k:02d})"
        for k in range(1, n_outlets + 1)
    }
    fig = new_figure(width, 3.0)
    finish_figure(fig, "An invented title", list(labels), labels, "Steps join the reports.")
    fig.canvas.draw()
    (source,) = _boxes(fig, [t for t in fig.texts if t.get_text().startswith("Source")])
    assert source.x1 <= SOURCE_ROOM * fig.get_size_inches()[0] * fig.dpi


@pytest.mark.parametrize(
    "units, rows, n_mentions",
    [
        (["account", ""], 1, 2),  # bug: one outlet's '4.1 million' drawn twice
        (["account", "account"], 1, 2),
        (["metre", "kilometre"], 2, 1),  # one text, two values once converted: two rows
    ],
)
def test_a_panel_draws_one_row_per_wording_of_a_document(units, rows, n_mentions):
    from analysis.present.chart_headline import headline_data

    chosen = pd.DataFrame(
        {
            "fact_id": ["F1"],
            "label": ["invented accounts"],
            "kind": ["count"],
            "unit": ["account"],
            "status": ["agree"],
        }
    )
    if units[0] == "metre":
        chosen = chosen.assign(kind="quantity", unit="metre")
    mentions = pd.DataFrame(
        {
            "fact_id": ["F1", "F1"],
            "doc": ["wire_1", "wire_1"],
            "start": [10, 90],
            "text": ["4.1 million", "4.1 million"],
            "qualifier": ["exact", "exact"],
            "value": [4.1e6, 4.1e6],
            "low": [4.1e6, 4.1e6],
            "high": [4.1e6, 4.1e6],
            "unit": units,
            "copy": [False, False],
        }
    )
    data, _ = headline_data(chosen, mentions)
    assert len(data) == rows and data["n_mentions"].tolist() == [n_mentions] * rows
