"""Which outlet states which fact: a grid of facts (rows) by outlets (columns), readable at 30
outlets.

In: the facts and figures tables (and outlet names). Out: the Figure, saved as
``matrix.png``, ``.svg`` and ``matrix.csv`` (one row per cell). A cell is
coloured by the fact's status (agree, compatible, updated, conflict, single)
when the outlet states the fact, and holds the figure as written; it is blank
when the outlet does not. Outlets beyond :data:`COLUMNS_PER_PANEL` are split
into further panels stacked below, so the picture keeps its width (at most
:data:`MAX_WIDTH_IN` inches, i.e. no wider than a report column) and no text is
drawn below :data:`MIN_FONT_PT` points: at the saved 110 dpi, 9 pixels or more.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Mapping, Sequence

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from .chartkit import (
    COLUMNS_PER_PANEL,
    FACT_LABEL_CHARS,
    GREY,
    LABEL_WIDTH_IN,
    LEGEND_IN,
    LIGHT,
    MATRIX_TOP_IN,
    MAX_COLUMN_IN,
    MAX_OUTLETS,
    MAX_WIDTH_IN,
    MIN_FONT_PT,
    MIN_WIDTH_IN,
    PANEL_TOP_IN,
    ROW_IN,
    SOURCE_HEIGHT_IN,
    STATUS_COLOURS,
    STATUS_ORDER,
    empty_note,
    finish_figure,
    label_of,
    new_figure,
    save,
    status_phrase,
    TICK_PT,
    tex,
    wrap,
    with_copy_flag,
)
from .common import pick_facts, require

__all__ = [
    "COLUMNS_PER_PANEL",
    "MATRIX_COLUMNS",
    "MAX_OUTLETS",
    "MAX_WIDTH_IN",
    "MIN_FONT_PT",
    "matrix",
    "matrix_data",
]

MATRIX_COLUMNS = ["fact_id", "label", "status", "doc", "stated", "text"]


def _most_stating(data: pd.DataFrame, docs: list[str]) -> list[str]:
    """The :data:`MAX_OUTLETS` outlets that state most of the chosen facts (all when there are no
    more), in order."""
    if len(docs) <= MAX_OUTLETS:
        return docs
    stated = data[data["stated"]].groupby("doc").size().reindex(docs, fill_value=0)
    keep = set(stated.sort_values(ascending=False, kind="stable").index[:MAX_OUTLETS])
    return [d for d in docs if d in keep]


def matrix(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    fact_ids: Sequence[str] | None = None,
    top: int = 12,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "matrix",
) -> Figure:
    """Which outlet states which fact: facts (rows) by outlets (columns, in panels of at most
    :data:`COLUMNS_PER_PANEL`). ``fact_ids`` picks the facts (e.g. the key figures); by default
    the ``top`` facts that most sources state (those stated by two or more first)."""
    require(facts, ["fact_id", "label", "n_sources", "n_mentions", "status", "kind"], "facts")
    require(figures, ["doc", "start", "text", "fact_id"], "figures")
    chosen = pick_facts(facts, fact_ids, top, skip_dates=False, multi_first=True)
    mentions = with_copy_flag(figures).sort_values(["doc", "start"], kind="stable")
    every = sorted(set(mentions["doc"]))
    data = matrix_data(chosen, mentions, every)  # every outlet: the CSV holds them all
    docs = _most_stating(data, every)
    grid = _Grid.of(docs, len(chosen))
    fig = new_figure(grid.width, grid.height)
    if data.empty:
        empty_note(fig, "No fact to show: the articles state no comparable figures.")
    else:
        axes = fig.subplots(len(grid.panels), 1, squeeze=False)[:, 0]
        for k, (ax, panel) in enumerate(zip(axes, grid.panels)):
            _draw_cells(ax, data[data["doc"].isin(panel)], list(chosen["fact_id"]), panel, grid)
            _panel_axes(ax, chosen, panel, grid, doc_labels)
            if len(grid.panels) > 1 or len(docs) < len(every):
                ax.set_xlabel(
                    _panel_caption(k, panel, grid, len(docs), len(every)),
                    fontsize=TICK_PT,
                    color=GREY,
                )
        _legend(axes[-1], chosen, several=len(grid.panels) > 1)
    multi = chosen[chosen["n_sources"] >= 2]["status"].tolist()
    title = (
        status_phrase(multi, "facts stated by several outlets")
        if multi
        else "No fact is stated by more than one outlet"
    )
    finish_figure(fig, title, docs, doc_labels)
    save(fig, data, out_dir, name)
    return fig


def matrix_data(chosen: pd.DataFrame, mentions: pd.DataFrame, docs: list[str]) -> pd.DataFrame:
    """One row per chosen fact and outlet (:data:`MATRIX_COLUMNS`): whether the outlet states the
    fact, and the texts it states it with ('(copy)' when all its mentions repeat another's)."""
    stated = mentions[mentions["fact_id"].isin(chosen["fact_id"])].groupby(["fact_id", "doc"])
    texts = stated["text"].agg(lambda s: "; ".join(dict.fromkeys(s))) + stated["copy"].all().map(
        {True: " (copy)", False: ""}
    )
    rows = [
        {
            "fact_id": f.fact_id,
            "label": f.label,
            "status": f.status,
            "doc": doc,
            "stated": bool(texts.get((f.fact_id, doc), "")),
            "text": texts.get((f.fact_id, doc), ""),
        }
        for f in chosen.itertuples(index=False)
        for doc in docs
    ]
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


@dataclass(frozen=True)
class _Grid:
    """The layout: outlets in balanced panels, column and figure sizes in inches."""

    panels: list[list[str]]
    per_panel: int
    n_facts: int
    n_cols: int
    col_in: float
    width: float
    height: float
    chars: int  # characters that fit a cell's width

    @classmethod
    def of(cls, docs: list[str], n_facts: int) -> "_Grid":
        n_panels = max(1, math.ceil(len(docs) / COLUMNS_PER_PANEL))
        per_panel = max(1, math.ceil(len(docs) / n_panels))  # balanced: 10 outlets are 5 and 5
        panels = [docs[i : i + per_panel] for i in range(0, len(docs), per_panel)] or [[]]
        n_cols = max(len(p) for p in panels)
        col_in = min(MAX_COLUMN_IN, (MAX_WIDTH_IN - LABEL_WIDTH_IN) / max(n_cols, 1))
        width = max(MIN_WIDTH_IN, min(MAX_WIDTH_IN, LABEL_WIDTH_IN + col_in * n_cols))
        panel_in = PANEL_TOP_IN + ROW_IN * max(n_facts, 1)
        height = MATRIX_TOP_IN + panel_in * len(panels) + SOURCE_HEIGHT_IN + LEGEND_IN
        chars = max(8, int(col_in * 72 / (MIN_FONT_PT * 0.6)))
        return cls(panels, per_panel, n_facts, n_cols, col_in, width, height, chars)


def _draw_cells(
    ax: Axes, part: pd.DataFrame, ids: list[str], panel: list[str], grid: _Grid
) -> None:
    """A cell per fact and outlet: coloured by status and holding the text where stated."""
    for r in part.itertuples(index=False):
        i, j = ids.index(r.fact_id), panel.index(r.doc)
        face = STATUS_COLOURS.get(r.status, LIGHT) if r.stated else "white"
        edge = "white" if r.stated else LIGHT
        ax.add_patch(Rectangle((j, i), 1, 1, facecolor=face, edgecolor=edge, lw=1.5))
        if r.stated:
            ax.text(
                j + 0.5,
                i + 0.5,
                tex(wrap(r.text, grid.chars, 2)),
                ha="center",
                va="center",
                fontsize=MIN_FONT_PT,
                color="black",
            )


def _panel_axes(
    ax: Axes,
    chosen: pd.DataFrame,
    panel: list[str],
    grid: _Grid,
    doc_labels: Mapping[str, str] | None,
) -> None:
    """Outlets named along the top, facts down the side, no ticks nor frame."""
    ax.set_xlim(0, grid.n_cols)
    ax.set_ylim(grid.n_facts, 0)
    ax.set_xticks([j + 0.5 for j in range(len(panel))])
    ax.set_xticklabels(
        [tex(wrap(label_of(d, doc_labels), grid.chars, 4)) for d in panel], fontsize=MIN_FONT_PT
    )
    ax.xaxis.tick_top()
    ax.set_yticks([i + 0.5 for i in range(grid.n_facts)])
    ax.set_yticklabels(
        [tex(wrap(lbl, FACT_LABEL_CHARS)) for lbl in chosen["label"]], fontsize=TICK_PT
    )
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)


def _panel_caption(k: int, panel: list[str], grid: _Grid, n_shown: int, n_all: int) -> str:
    """'outlets 1-7 of 30', saying when only those stating most of the facts are shown."""
    first = k * grid.per_panel + 1
    last = k * grid.per_panel + len(panel)
    if n_shown == n_all:
        return f"outlets {first}-{last} of {n_shown}"
    shown = " shown (those stating most of these facts; all in the CSV)"
    return f"outlets {first}-{last} of {n_shown}{shown} of {n_all}"


def _legend(ax: Axes, chosen: pd.DataFrame, several: bool) -> None:
    """The statuses drawn, and 'not stated', in a row under the last panel."""
    present = [s for s in STATUS_ORDER if s in set(chosen["status"])]
    handles = [Patch(facecolor=STATUS_COLOURS[s], label=s) for s in present]
    handles.append(Patch(facecolor="white", edgecolor=LIGHT, label="not stated"))
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0, -0.1 if several else -0.02),
        ncol=len(handles),
        fontsize=TICK_PT,
        frameon=False,
    )
