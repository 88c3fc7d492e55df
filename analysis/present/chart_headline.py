"""The headline chart: each headline fact a panel, each document's mention a point or an interval.

In: the facts and figures tables. Out: the Figure, saved as ``headline.png``,
``.svg`` and ``headline.csv`` (one row per distinct mention of a document,
:data:`HEADLINE_COLUMNS`). Steps: pick the facts, gather one row per distinct
mention in the fact's unit (:func:`headline_data`), place each mark on its
panel's axis (:func:`_place_marks`), draw one panel per fact
(:func:`_draw_panel`), then title, source line and save.
"""

from __future__ import annotations

import os
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .chart_axes import axis_numbers, axis_unit, drawn_units, unit_factor
from .chartkit import (
    EDGE_AFTER,
    EDGE_BEFORE,
    GREY,
    HEADLINE_ROW_IN,
    HEADLINE_TEXT_CHARS,
    HEADLINE_TITLE_CHARS,
    HEADLINE_TITLE_LINES,
    LIGHT,
    MAX_HEADLINE_ROWS,
    HEADLINE_PANEL_IN,
    PANEL_TITLE_PT,
    SOURCE_HEIGHT_IN,
    STATUS_COLOURS,
    TICK_PT,
    HEADLINE_TOP_IN,
    WIDE_IN,
    X_TICKS,
    empty_note,
    finish_figure,
    doc_styles,
    label_of,
    new_figure,
    plain_axes,
    save,
    short,
    status_phrase,
    tex,
    with_copy_flag,
    wrap,
)
from .common import pick_facts, plural, require

__all__ = ["HEADLINE_COLUMNS", "WHOLE_KINDS", "headline", "headline_data"]

WHOLE_KINDS = ("count",)  # kinds counted in whole numbers: their axes tick at integers
HEADLINE_COLUMNS = [
    "fact_id",
    "label",
    "unit",
    "status",
    "doc",
    "text",
    "qualifier",
    "value",
    "low",
    "high",
    "x",
    "x_low",
    "x_high",
    "open_ended",
    "n_mentions",
    "copy",
]
MARK_COLUMNS = ("x", "x_low", "x_high", "open_ended")  # where each row is drawn, set last
MENTION_KEYS = ["doc", "text", "qualifier", "value", "low", "high", "unit"]
LEGEND = (
    "Dots: a precise figure; bars: the interval a vague one allows; arrows: open-ended ('more "
    "than'); shaded: consensus."
)


def headline(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    fact_ids: Sequence[str] | None = None,
    top: int = 5,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "headline",
) -> Figure:
    """The headline facts, one panel each: every document's mention as a point and its interval.

    ``fact_ids`` picks the facts (in that order); by default the ``top`` facts
    stated by most sources (dates left out). Within a fact each distinct
    mention of a document is a row labelled with the document and the text as
    written; its [low, high] interval is a bar, an open-ended one ('more than',
    'at least') an arrow to the panel's edge. The shaded band is the facts
    table's consensus interval. Mentions in syndicated copies or repeated
    paragraphs are hollow.
    """
    require(
        facts,
        ["fact_id", "label", "kind", "unit", "n_sources", "n_mentions", "low", "high", "status"],
        "facts",
    )
    require(
        figures, ["doc", "start", "text", "value", "low", "high", "qualifier", "fact_id"], "figures"
    )
    mentions = with_copy_flag(figures)
    chosen = _in_drawn_units(pick_facts(facts, fact_ids, top, skip_dates=True), mentions)
    data, edges = headline_data(chosen, mentions)
    all_docs = sorted(set(mentions["doc"]))
    fig = _draw(chosen, data, edges, all_docs, doc_labels)
    title = (
        status_phrase(chosen["status"].tolist(), "headline figures", " across outlets")
        if len(chosen)
        else "No headline figures"
    )
    finish_figure(fig, title, all_docs, doc_labels, LEGEND)
    save(fig, data, out_dir, name)
    return fig


def headline_data(
    chosen: pd.DataFrame, mentions: pd.DataFrame
) -> tuple[pd.DataFrame, dict[str, tuple[float, float]]]:
    """The chart's table (:data:`HEADLINE_COLUMNS`) and each fact's axis limits (low, high)."""
    rows = [row for fact in chosen.itertuples(index=False) for row in _fact_rows(fact, mentions)]
    data = pd.DataFrame(rows, columns=[c for c in HEADLINE_COLUMNS if c not in MARK_COLUMNS])
    edges = {fact_id: _edges(part) for fact_id, part in data.groupby("fact_id", sort=False)}
    return _place_marks(data, edges)[HEADLINE_COLUMNS], edges


def _fact_rows(fact, mentions: pd.DataFrame) -> list[dict]:
    """One row per distinct mention of the fact by a document, in the fact's unit."""
    of_fact = mentions[mentions["fact_id"] == fact.fact_id].sort_values(
        ["doc", "start"], kind="stable"
    )
    rows = []
    for keys, group in of_fact.groupby(MENTION_KEYS, sort=False, dropna=False):
        doc, text, qualifier, value, low, high, unit = keys
        f = _unit_factor(fact, unit)
        rows.append(
            {
                "fact_id": fact.fact_id,
                "label": fact.label,
                "unit": fact.unit,
                "status": fact.status,
                "doc": doc,
                "text": text,
                "qualifier": qualifier,
                "value": value * f,
                "low": low * f,
                "high": high * f,
                "n_mentions": len(group),
                "copy": bool(group["copy"].all()),
            }
        )
    return _merged(rows)


def _merged(rows: list[dict]) -> list[dict]:
    """Rows that read the same on the chart (document, text, qualifier and interval in the fact's
    unit; their units may differ: 'account' and '') as one, their mentions counted together: a
    panel drew 'Wire: "4.1 million"' twice."""
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = tuple(row[k] for k in ("doc", "text", "qualifier", "value", "low", "high"))
        if key in merged:
            merged[key]["n_mentions"] += row["n_mentions"]
            merged[key]["copy"] = merged[key]["copy"] and row["copy"]
        else:
            merged[key] = dict(row)
    return list(merged.values())


def _in_drawn_units(chosen: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The chosen facts with unit, low and high in the unit each is drawn in
    (:func:`.chart_axes.drawn_units`: a duration of seconds in seconds, not days)."""
    chosen = chosen.copy()
    mine = mentions[mentions["fact_id"].isin(chosen["fact_id"])]
    units = drawn_units(chosen.set_index("fact_id"), mine)
    for i, fact in chosen.iterrows():
        unit = units.get(fact["fact_id"], fact["unit"])
        f = unit_factor(fact["kind"], unit, fact["unit"])
        chosen.loc[i, ["unit", "low", "high"]] = [unit, fact["low"] * f, fact["high"] * f]
    return chosen


def _unit_factor(fact, unit: str) -> float:
    """Each mention is drawn in the fact's unit: 'two years' and '800 days' on one axis of days,
    '10 square miles' and '6,000 acres' on one axis of acres (:func:`.chart_axes.unit_factor`)."""
    return unit_factor(fact.kind, fact.unit, unit)


def _edges(part: pd.DataFrame) -> tuple[float, float]:
    """A panel's x limits: its finite values widened by :data:`EDGE_BEFORE` and :data:`EDGE_AFTER`
    of their span (the room after is where open-ended arrows stop)."""
    finite = (
        pd.concat([part["value"], part["low"], part["high"]])
        .replace([np.inf, -np.inf], np.nan)
        .dropna()
    )
    lo, hi = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
    span = hi - lo if hi > lo else max(0.3 * abs(hi), 1.0)
    return lo - EDGE_BEFORE * span, hi + EDGE_AFTER * span


def _place_marks(data: pd.DataFrame, edges: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """Where each mark is drawn: x the point, [x_low, x_high] the bar; open ends stop at the edge.

    A vague figure ('dozens', 'more than 85') is drawn as its interval only: it has no point."""
    data["open_ended"] = np.isinf(data["high"].astype(float))
    vague = data["open_ended"] | (data["high"].astype(float) > data["low"].astype(float))
    data["x"] = np.where(vague, np.nan, data["value"]).astype(float)
    data["x_low"] = data["low"].astype(float)
    data["x_high"] = [
        edges[f][1] if o else h
        for f, o, h in zip(data["fact_id"], data["open_ended"], data["high"])
    ]
    return data


def _drawn_rows(part: pd.DataFrame) -> pd.DataFrame:
    """The rows of one fact drawn in the headline chart: all, or :data:`MAX_HEADLINE_ROWS` with
    every distinct wording first."""
    if len(part) <= MAX_HEADLINE_ROWS:
        return part
    distinct = part.drop_duplicates(["text", "qualifier"]).index[:MAX_HEADLINE_ROWS]
    rest = part.index.difference(distinct)[: MAX_HEADLINE_ROWS - len(distinct)]
    return part.loc[sorted(distinct.union(rest), key=part.index.get_loc)]


def _draw(
    chosen: pd.DataFrame,
    data: pd.DataFrame,
    edges: Mapping[str, tuple[float, float]],
    all_docs: list[str],
    doc_labels: Mapping[str, str] | None,
) -> Figure:
    """The figure: one panel per chosen fact, rows as tall as the mentions drawn."""
    style = doc_styles(all_docs, doc_labels)
    drawn = {f: _drawn_rows(part) for f, part in data.groupby("fact_id", sort=False)}
    heights = [max(1, len(drawn[f])) if f in drawn else 1 for f in chosen["fact_id"]]
    fig = new_figure(
        WIDE_IN,
        HEADLINE_TOP_IN
        + HEADLINE_ROW_IN * sum(heights)
        + HEADLINE_PANEL_IN * max(len(heights), 1)
        + SOURCE_HEIGHT_IN,
    )
    if data.empty:
        empty_note(fig, "No fact to show: the articles state no comparable figures.")
        return fig
    axes = fig.subplots(
        len(heights), 1, gridspec_kw={"height_ratios": [h + 0.6 for h in heights]}, squeeze=False
    )[:, 0]
    for ax, fact in zip(axes, chosen.itertuples(index=False)):
        part = drawn.get(fact.fact_id, data.iloc[:0]).reset_index(drop=True)
        every = int((data["fact_id"] == fact.fact_id).sum())
        lo, hi = edges.get(fact.fact_id, (0.0, 1.0))
        _draw_panel(ax, fact, part, (lo, hi), style, doc_labels)
        _panel_axes(ax, fact, part, (lo, hi))
        _panel_title(ax, fact, len(part), every)
    return fig


def _draw_panel(
    ax: Axes,
    fact,
    part: pd.DataFrame,
    limits: tuple[float, float],
    style: Mapping[str, tuple[str, str]],
    doc_labels: Mapping[str, str] | None,
) -> None:
    """The consensus band, then each mention: its arrow or bar, its point, its row label."""
    if pd.notna(fact.low) and pd.notna(fact.high):
        ax.axvspan(fact.low, min(fact.high, limits[1]), color=LIGHT, zorder=0, lw=0)
    for y, m in part.iterrows():
        _draw_mention(ax, y, m, *style[m["doc"]])
    ax.set_yticks(range(len(part)))
    ax.set_yticklabels(
        [
            tex(
                f"{label_of(d, doc_labels)}: “{short(t, HEADLINE_TEXT_CHARS)}”"
                + (" (copy)" if cp else "")
            )
            for d, t, cp in zip(part["doc"], part["text"], part["copy"])
        ],
        fontsize=TICK_PT,
    )
    ax.set_ylim(len(part) - 0.4, -0.6)


def _draw_mention(ax: Axes, y: int, m: pd.Series, colour: str, marker: str) -> None:
    """An open-ended mention is an arrow, an interval a bar, a precise one a point (hollow: a
    copy)."""
    if m["open_ended"]:
        arrow = {"arrowstyle": "-|>", "color": colour, "lw": 2, "shrinkA": 0, "shrinkB": 0}
        ax.annotate("", xy=(m["x_high"], y), xytext=(m["x_low"], y), arrowprops=arrow)
    elif m["x_high"] > m["x_low"]:
        ax.plot(
            [m["x_low"], m["x_high"]],
            [y, y],
            color=colour,
            lw=4,
            alpha=0.55,
            solid_capstyle="butt",
        )
    if pd.notna(m["x"]):
        ax.plot(
            [m["x"]],
            [y],
            marker=marker,
            ms=7,
            color=colour,
            markerfacecolor="white" if m["copy"] else colour,
            markeredgewidth=1.5,
            linestyle="none",
        )


def _panel_axes(ax: Axes, fact, part: pd.DataFrame, limits: tuple[float, float]) -> None:
    """The x axis: counts and whole units tick at whole numbers, over at least two of them."""
    lo, hi = limits
    marks = pd.concat([part["x"], part["x_low"], part["high"]]).astype(float)
    whole = fact.kind in WHOLE_KINDS or all(
        float(v).is_integer() for v in marks[np.isfinite(marks)]
    )
    if whole and hi - lo < 2:
        lo, hi = np.floor(lo) - 1, np.ceil(hi) + 1
    ax.set_xlim(lo, hi)
    ax.xaxis.set_major_formatter(axis_numbers(ax, "x"))
    ax.xaxis.set_major_locator(MaxNLocator(X_TICKS, integer=whole))
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.set_xlabel(tex(axis_unit(fact.unit, fact.kind)), fontsize=TICK_PT, color=GREY, loc="right")
    ax.grid(axis="x", color=LIGHT, lw=0.8)
    ax.set_axisbelow(True)
    plain_axes(ax)


def _panel_title(ax: Axes, fact, n_drawn: int, every: int) -> None:
    """'<label>: <status>, N sources', saying when not every mention is drawn; red for a
    conflict."""
    cut = f" ({n_drawn} of {every} mentions drawn; all in the CSV)" if every > n_drawn else ""
    text = f"{fact.label}: {fact.status}, {plural(int(fact.n_sources), 'source')}{cut}"
    colour = STATUS_COLOURS.get(fact.status, "black") if fact.status == "conflict" else "black"
    ax.set_title(
        tex(wrap(text, HEADLINE_TITLE_CHARS, HEADLINE_TITLE_LINES)),
        loc="left",
        fontsize=PANEL_TITLE_PT,
        color=colour,
    )
