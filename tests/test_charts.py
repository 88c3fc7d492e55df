"""analysis.present.charts on small hand-made tidy tables (tests/tidy.py): files, plotted data =
CSV, computed titles."""

from __future__ import annotations

import matplotlib.colors as mcolors
import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Annotation

from analysis.present import charts
from tests import tidy, tidy_newsroom

ALL = {
    "headline": lambda out: charts.headline(tidy.facts(), tidy.figures(), out),
    "matrix": lambda out: charts.matrix(tidy.facts(), tidy.figures(), out),
    "timeline": lambda out: charts.timeline(tidy.events(), out),
    "shares": lambda out: charts.shares(tidy.figures(), out),
    "by_source": lambda out: charts.by_source(tidy.figures(), out),
}


def _csv(out, name):
    return pd.read_csv(out / f"{name}.csv", keep_default_na=False, na_values=[""])


def _title(fig):
    return " ".join(fig._suptitle.get_text().split())


def _source(fig):
    """The figure's texts as a reader reads them (the source line's wrapped lines joined)."""
    return " ".join(t.get_text() for t in fig.texts).replace("\n", " ")


@pytest.mark.parametrize("name", list(ALL))
def test_each_chart_writes_png_svg_and_csv(tmp_path, name):
    fig = ALL[name](tmp_path)
    for ext in ("png", "svg", "csv"):
        assert (tmp_path / f"{name}.{ext}").stat().st_size > 0, ext
    assert (tmp_path / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Source: " in _source(fig)
    assert _title(fig)


@pytest.mark.parametrize("name", list(ALL))
def test_svg_is_deterministic(tmp_path, name):
    ALL[name](tmp_path / "one")
    ALL[name](tmp_path / "two")
    assert (tmp_path / "one" / f"{name}.svg").read_bytes() == (
        tmp_path / "two" / f"{name}.svg"
    ).read_bytes()


def test_inputs_are_not_modified(tmp_path):
    facts, figures, events = tidy.facts(), tidy.figures(), tidy.events()
    charts.headline(facts, figures, tmp_path)
    charts.matrix(facts, figures, tmp_path)
    charts.shares(figures, tmp_path)
    charts.timeline(events, tmp_path)
    pd.testing.assert_frame_equal(facts, tidy.facts())
    pd.testing.assert_frame_equal(figures, tidy.figures())
    pd.testing.assert_frame_equal(events, tidy.events())


# ---------------------------------------------------------------- headline


def test_headline_plots_exactly_the_csv(tmp_path):
    fig = charts.headline(tidy.facts(), tidy.figures(), tmp_path)
    data = _csv(tmp_path, "headline")
    # default choice: non-date facts by number of sources, then mentions
    assert list(dict.fromkeys(data["fact_id"])) == ["F001", "F003", "F002", "F006", "F004"]
    axes = fig.axes
    assert len(axes) == 5
    for ax, (fact_id, part) in zip(axes, data.groupby("fact_id", sort=False)):
        points = [
            (line.get_xdata()[0], line.get_ydata()[0])
            for line in ax.lines
            if line.get_marker() not in ("None", None, "")
        ]
        assert points == [(x, y) for y, x in enumerate(part["x"]) if pd.notna(x)], fact_id
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert all(text in label for text, label in zip(part["text"], labels))
        arrows = [a for a in ax.texts if isinstance(a, Annotation)]
        assert len(arrows) == int(part["open_ended"].sum())
        for arrow, (_, row) in zip(arrows, part[part["open_ended"]].iterrows()):
            assert (arrow.xyann[0], arrow.xy[0]) == (row["x_low"], row["x_high"])
            assert row["x_high"] == pytest.approx(ax.get_xlim()[1])
    # 'more than 100' is an arrow from 100 to the edge; 'about 40%' a bar from 36 to 44
    more = data[data["text"] == "more than 100"].iloc[0]
    assert (
        more["open_ended"]
        and more["x_low"] == 100
        and np.isnan(more["x"])
        and np.isinf(more["high"])
    )
    about = data[data["text"] == "about 40%"].iloc[0]
    assert (about["x_low"], about["x_high"]) == (36, 44)
    # the syndicated copy is marked
    assert data.loc[data["doc"] == "c", "copy"].tolist() == [False, True, False]


def test_headline_title_states_the_finding(tmp_path):
    fig = charts.headline(tidy.facts(), tidy.figures(), tmp_path)
    assert _title(fig) == (
        "1 of 5 headline figures agree across outlets; 2 are compatible, 1 is in conflict, 1 has "
        "a single source"
    )
    fig = charts.headline(tidy.facts(), tidy.figures(), tmp_path, fact_ids=["F006"])
    assert _title(fig) == "1 of 1 headline figures agree across outlets"
    assert _csv(tmp_path, "headline")["fact_id"].unique().tolist() == ["F006"]


def test_headline_names_documents_in_source_line(tmp_path):
    fig = charts.headline(tidy.facts(), tidy.figures(), tmp_path, doc_labels={"a": "Wire A"})
    assert "Source: 3 articles (Wire A, b, c)" in _source(fig)
    assert any("Wire A" in t.get_text() for t in fig.axes[0].get_yticklabels())


def test_headline_unknown_fact_and_missing_column_are_named(tmp_path):
    with pytest.raises(KeyError, match="F999"):
        charts.headline(tidy.facts(), tidy.figures(), tmp_path, fact_ids=["F999"])
    with pytest.raises(KeyError, match="fact_id"):
        charts.headline(tidy.facts(), tidy.figures().drop(columns="fact_id"), tmp_path)


# ---------------------------------------------------------------- matrix


def test_matrix_cells_are_the_csv(tmp_path):
    fig = charts.matrix(tidy.facts(), tidy.figures(), tmp_path)
    data = _csv(tmp_path, "matrix")
    # facts stated by two or more sources, every document a column
    assert list(dict.fromkeys(data["fact_id"])) == ["F001", "F003", "F002", "F006"]
    assert len(data) == 4 * 3
    ax = fig.axes[0]
    shown = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert shown == data.loc[data["stated"], "text"].tolist()
    assert data.set_index(["fact_id", "doc"]).loc[("F003", "c"), "text"] == "40 per cent (copy)"
    assert not data.set_index(["fact_id", "doc"]).loc[("F002", "b"), "stated"]
    # cells coloured by status, from the Okabe-Ito palette
    faces = {mcolors.to_hex(p.get_facecolor()) for p in ax.patches}
    expected = {charts.STATUS_COLOURS[s].lower() for s in ("agree", "compatible", "conflict")} | {
        "#ffffff"
    }
    assert faces == expected
    assert (
        _title(fig)
        == "1 of 4 facts stated by several outlets agree; 2 are compatible, 1 is in conflict"
    )


def test_matrix_with_only_single_source_facts(tmp_path):
    facts = tidy.facts()
    facts["n_sources"] = 1
    facts["status"] = "single"
    fig = charts.matrix(facts, tidy.figures(), tmp_path, top=3)
    assert _title(fig) == "No fact is stated by more than one outlet"
    assert _csv(tmp_path, "matrix")["fact_id"].nunique() == 3


# ---------------------------------------------------------------- timeline


def test_timeline_plots_resolved_events_in_date_order(tmp_path):
    fig = charts.timeline(tidy.events(), tmp_path)
    data = _csv(tmp_path, "timeline")
    assert data["event_id"].tolist() == ["V001", "V002", "V003", "V004"]
    assert data[["start", "end"]].values.tolist() == [
        ["1980-01-01", "1989-12-31"],
        ["1986-01-01", "1986-12-31"],
        ["2024-03-01", "2024-03-31"],
        ["2026-03-14", "2026-03-14"],
    ]
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [w in lbl for w, lbl in zip(data["what"], labels)] == [True] * 4
    assert len([line for line in ax.lines if line.get_marker() == "o"]) == 4
    assert len(ax.patches) == 3  # decade, year and month are bars; the day is a dot
    assert _title(fig) == "4 dated events from 1980s to 2026-03-14; the latest: dam collapsed"
    assert "1 date that could not be resolved is not shown" in _source(fig)


def test_date_span():
    assert charts.date_span("2024-02") == (pd.Timestamp(2024, 2, 1), pd.Timestamp(2024, 2, 29))
    assert charts.date_span("1990s") == (pd.Timestamp(1990, 1, 1), pd.Timestamp(1999, 12, 31))
    assert charts.date_span("--12-13") is None
    assert charts.date_span("2025-02-30") is None


# ---------------------------------------------------------------- shares


def test_shares_groups_subject_and_value_and_skips_copies(tmp_path):
    fig = charts.shares(tidy.figures(), tmp_path)
    data = _csv(tmp_path, "shares")
    assert data.to_dict("records") == [
        {
            "subject": "share of storage",
            "value": 40.0,
            "low": 36.0,
            "high": 44.0,
            "texts": "40 per cent; about 40%",
            "docs": "a; b",
        }
    ]
    bars = [p.get_width() for p in fig.axes[0].patches]
    assert bars == [100.0, 40.0]  # the whole, then the part
    assert _title(fig) == "Share of storage: 40 per cent"


def test_shares_keeps_dollar_signs_literal_and_leaves_out_changes(tmp_path):
    figures = tidy.figures()
    extra = figures.iloc[[5]].assign(
        text="12%",
        value=12.0,
        low=12.0,
        high=12.0,
        subject="$5 of every $10 spent",
        doc="b",
        start=500,
    )
    change = figures.iloc[[5]].assign(
        text="150%", value=150.0, low=150.0, high=150.0, subject="growth", start=600
    )
    fig = charts.shares(pd.concat([figures, extra, change]), tmp_path)
    fig.canvas.draw()  # mathtext would fail on '$5 of every $10'
    data = _csv(tmp_path, "shares")
    assert data["subject"].tolist() == ["share of storage", "$5 of every $10 spent"]
    assert _title(fig) == "Share of storage: 40 per cent; 1 other share stated"


# ---------------------------------------------------------------- by source


def test_by_source_bars_sum_to_the_csv(tmp_path):
    fig = charts.by_source(tidy.figures(), tmp_path)
    data = _csv(tmp_path, "by_source")
    totals = data.groupby("doc")["n"].sum()
    assert totals.to_dict() == {"a": 5, "b": 4, "c": 3}
    widths = pd.Series([p.get_width() for p in fig.axes[0].patches])
    assert widths.sum() == totals.sum()
    assert _title(fig) == "a states the most figures (5 of 12); the commonest kind is count (7)"


# ---------------------------------------------------------------- any corpus: empty tables


def test_empty_tables_render_a_message_and_header_only_csv(tmp_path):
    facts, figures, events = tidy.facts().iloc[:0], tidy.figures().iloc[:0], tidy.events().iloc[:0]
    assert _title(charts.headline(facts, figures, tmp_path)) == "No headline figures"
    assert (
        _title(charts.matrix(facts, figures, tmp_path))
        == "No fact is stated by more than one outlet"
    )
    assert _title(charts.timeline(events, tmp_path)) == "No event could be dated"
    assert _title(charts.shares(figures, tmp_path)) == "No article states a share of a whole"
    assert _title(charts.by_source(figures, tmp_path)) == "No figure was found in the articles"
    for name, columns in [
        ("headline", charts.HEADLINE_COLUMNS),
        ("matrix", charts.MATRIX_COLUMNS),
        ("timeline", charts.TIMELINE_COLUMNS),
        ("shares", charts.SHARES_COLUMNS),
        ("by_source", charts.BY_SOURCE_COLUMNS),
    ]:
        assert list(pd.read_csv(tmp_path / f"{name}.csv").columns) == columns, name


def test_headline_draws_durations_in_the_facts_unit(tmp_path):
    """'more than five years' and 'over 1,900 days' share one axis of days (bug: years were drawn as
    days)."""
    from analysis.reconcile import reconcile
    from tests import grouping

    docs, figs = grouping.figures(
        "The reporter Ana Voss was freed on Friday after she was held in Dravenia for more than "
        "five years.",
        "Voss, a reporter, spent over 1,900 days in a Dravenian jail before her release on Friday.",
        "Voss, jailed for over four years, was freed on Friday, her paper said.",
        published="2031-03-08",
    )
    rec = reconcile(docs, figs)
    fact_id = rec.figures.loc[rec.figures["text"] == "over 1,900 days", "fact_id"].iloc[0]
    charts.headline(rec.facts, rec.figures, tmp_path, fact_ids=[fact_id])
    data = pd.read_csv(tmp_path / "headline.csv")
    x = dict(zip(data["text"], data["x_low"]))
    assert x["over 1,900 days"] == 1900
    assert x["more than five years"] == pytest.approx(5 * 365.25)
    assert x["over four years"] == pytest.approx(4 * 365.25)


@pytest.mark.parametrize(
    "sentence, text, x, axis",
    [
        # a race time and a margin in seconds: drawn in seconds, not at 0.0004 of an axis of days
        (
            "The runner Ivo Brandt won the invented Lakemoor race in 35 seconds.",
            "35 seconds",
            35.0,
            "seconds",
        ),
        ("The invented Lakemoor ferry crossing took 2 hours on Sunday.", "2 hours", 2.0, "hours"),
        ("The invented Lakemoor strike lasted 3 weeks, its union said.", "3 weeks", 21.0, "days"),
    ],
)
def test_headline_draws_a_duration_under_a_day_in_the_unit_it_is_written_in(
    tmp_path, sentence, text, x, axis
):
    """Durations are compared in days; a fact whose mentions are all written in smaller units is
    drawn in the largest unit they write (bug: '35 seconds' sat at 0 on an axis of days running
    to 0.32)."""
    from analysis.reconcile import reconcile
    from tests import grouping

    docs, figs = grouping.figures(sentence, published="2031-03-08")
    rec = reconcile(docs, figs)
    fact_id = rec.figures.loc[rec.figures["text"] == text, "fact_id"].iloc[0]
    fig = charts.headline(rec.facts, rec.figures, tmp_path, fact_ids=[fact_id])
    data = pd.read_csv(tmp_path / "headline.csv")
    assert data.loc[data["text"] == text, "x"].iloc[0] == pytest.approx(x)
    assert fig.axes[0].get_xlabel() == axis


@pytest.mark.parametrize(
    "fact_unit, unit, factor",
    [
        ("acre", "square mile", 640.0),
        ("acre", "hectare", 1 / 0.40468564224),
        ("kilometre", "mile", 1.609344),
        ("acre", "acre", 1.0),
        ("acre", "kilometre", 1.0),  # two dimensions: drawn as written
        ("", "", 1.0),
    ],
)
def test_headline_draws_each_mention_in_the_facts_unit(fact_unit, unit, factor):
    """'25 square miles' beside '15,000 acres' is drawn at 16,000 acres (bug: drawn at 25)."""
    from types import SimpleNamespace

    from analysis.present.chart_headline import _unit_factor

    fact = SimpleNamespace(kind="quantity", unit=fact_unit)
    assert _unit_factor(fact, unit) == pytest.approx(factor)


def test_matrix_is_readable_at_thirty_outlets(tmp_path):
    """30 outlets with long names: the outlets are split into panels, the picture keeps a report
    column's width, and no text is under 9 px when the PNG (110 dpi) is shown in a 1,280 px window.
    """
    from analysis.present import overview
    from analysis.present.matrix import COLUMNS_PER_PANEL

    m = tidy_newsroom.many_outlets(30)
    labels = overview.doc_labels(m["documents"])
    fig = charts.matrix(m["facts"], m["figures"], tmp_path, top=8, doc_labels=labels)
    from PIL import Image

    width_px = Image.open(tmp_path / "matrix.png").size[0]
    dpi = 110
    assert width_px <= 1100  # shown at its own size in the report's column, never scaled down
    scale = min(1.0, 1280 / width_px)
    texts = [
        t
        for t in fig.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text"))
        if t.get_visible() and t.get_text().strip()
    ]
    assert len(texts) > 30 * 8 / 2
    smallest = min(t.get_fontsize() for t in texts)
    assert smallest * dpi / 72 * scale >= 9, f"{smallest} pt"
    panels = [ax for ax in fig.axes if ax.get_xticklabels()]
    assert len(panels) == -(-30 // COLUMNS_PER_PANEL)
    shown = [" ".join(t.get_text().split()) for ax in panels for t in ax.get_xticklabels()]
    assert shown == [labels[d] for d in sorted(labels)]  # every outlet by its full name
    assert len(_csv(tmp_path, "matrix")) == 8 * 30


@pytest.mark.parametrize(
    "statuses, phrase",
    [
        # bug: '...; 1 was updated, 1 conflicts', read as a count of conflicts
        (["agree", "updated", "conflict"], "1 of 3 facts agree; 1 was updated, 1 is in conflict"),
        (["conflict", "conflict"], "2 of 2 facts are in conflict"),
        (["agree", "conflict", "conflict"], "1 of 3 facts agree; 2 are in conflict"),
    ],
)
def test_a_chart_title_says_a_fact_is_in_conflict_not_conflicts(statuses, phrase):
    from analysis.present.chartkit import status_phrase

    assert status_phrase(statuses, "facts") == phrase
