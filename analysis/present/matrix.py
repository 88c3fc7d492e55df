"""Which outlet states which fact: a grid of facts (rows) by outlets (columns), readable at 30 outlets.

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
from typing import Mapping, Sequence

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from .chartkit import (
    LIGHT,
    SOURCE_HEIGHT_IN,
    STATUS_COLOURS,
    STATUS_ORDER,
    empty_note,
    finish_figure,
    label_of,
    new_figure,
    pick_facts,
    save,
    status_phrase,
    tex,
    wrap,
    with_copy_flag,
)
from .common import require

__all__ = ["COLUMNS_PER_PANEL", "MATRIX_COLUMNS", "MAX_WIDTH_IN", "MIN_FONT_PT", "matrix"]

MATRIX_COLUMNS = ["fact_id", "label", "status", "doc", "stated", "text"]
COLUMNS_PER_PANEL = 7
MAX_OUTLETS = 35  # outlets drawn (five panels); a larger story shows those stating most of the facts, the CSV all
MAX_WIDTH_IN = 9.8
MIN_FONT_PT = 7.5
LABEL_WIDTH_IN = 2.9
ROW_IN = 0.46


def _most_stating(data: pd.DataFrame, docs: list[str]) -> list[str]:
    """The :data:`MAX_OUTLETS` outlets that state most of the chosen facts (all when there are no more), in order."""
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
    :data:`COLUMNS_PER_PANEL`). ``fact_ids`` picks the facts (e.g. the key figures); by default the
    ``top`` facts that most sources state (those stated by two or more first)."""
    require(facts, ["fact_id", "label", "n_sources", "n_mentions", "status", "kind"], "facts")
    require(figures, ["doc", "start", "text", "fact_id"], "figures")
    chosen = pick_facts(facts, fact_ids, top, skip_dates=False, multi_first=True)
    mentions = with_copy_flag(figures).sort_values(["doc", "start"], kind="stable")
    docs = sorted(set(mentions["doc"]))
    stated = mentions[mentions["fact_id"].isin(chosen["fact_id"])].groupby(["fact_id", "doc"])
    # the texts an outlet states for the fact; '(copy)' when all its mentions repeat another's
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
    data = pd.DataFrame(rows, columns=MATRIX_COLUMNS)  # every outlet: the CSV holds them all
    every = docs
    docs = _most_stating(data, docs)

    n_f = len(chosen)
    n_panels = max(1, math.ceil(len(docs) / COLUMNS_PER_PANEL))
    per_panel = max(1, math.ceil(len(docs) / n_panels))  # balanced: 10 outlets are two panels of 5
    panels = [docs[i : i + per_panel] for i in range(0, len(docs), per_panel)] or [[]]
    n_cols = max(len(p) for p in panels)
    col_in = min(1.45, (MAX_WIDTH_IN - LABEL_WIDTH_IN) / max(n_cols, 1))
    width = max(6.5, min(MAX_WIDTH_IN, LABEL_WIDTH_IN + col_in * n_cols))
    panel_in = 0.9 + ROW_IN * max(n_f, 1)
    fig = new_figure(width, 1.2 + panel_in * len(panels) + SOURCE_HEIGHT_IN + 0.5)
    if data.empty:
        empty_note(fig, "No fact to show: the articles state no comparable figures.")
    else:
        axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
        chars = max(8, int(col_in * 72 / (MIN_FONT_PT * 0.6)))  # characters that fit a cell's width
        ids = list(chosen["fact_id"])
        for k, (ax, panel) in enumerate(zip(axes, panels)):
            part = data[data["doc"].isin(panel)]
            for r in part.itertuples(index=False):
                i, j = ids.index(r.fact_id), panel.index(r.doc)
                face = STATUS_COLOURS.get(r.status, LIGHT) if r.stated else "white"
                ax.add_patch(
                    Rectangle(
                        (j, i),
                        1,
                        1,
                        facecolor=face,
                        edgecolor="white" if r.stated else LIGHT,
                        lw=1.5,
                    )
                )
                if r.stated:
                    ax.text(
                        j + 0.5,
                        i + 0.5,
                        tex(wrap(r.text, chars, 2)),
                        ha="center",
                        va="center",
                        fontsize=MIN_FONT_PT,
                        color="black",
                    )
            ax.set_xlim(0, n_cols)
            ax.set_ylim(n_f, 0)
            ax.set_xticks([j + 0.5 for j in range(len(panel))])
            ax.set_xticklabels(
                [tex(wrap(label_of(d, doc_labels), chars, 4)) for d in panel], fontsize=MIN_FONT_PT
            )
            ax.xaxis.tick_top()
            ax.set_yticks([i + 0.5 for i in range(n_f)])
            ax.set_yticklabels([tex(wrap(lbl, 40)) for lbl in chosen["label"]], fontsize=8)
            ax.tick_params(length=0)
            for side in ax.spines.values():
                side.set_visible(False)
            if len(panels) > 1 or len(docs) < len(every):
                shown = (
                    ""
                    if len(docs) == len(every)
                    else " shown (those stating most of these facts; all in the CSV)"
                )
                ax.set_xlabel(
                    f"outlets {k * per_panel + 1}-{k * per_panel + len(panel)} "
                    f"of {len(docs)}{shown}" + (f" of {len(every)}" if shown else ""),
                    fontsize=8,
                    color="#666666",
                )
        present = [s for s in STATUS_ORDER if s in set(chosen["status"])]
        handles = [Patch(facecolor=STATUS_COLOURS[s], label=s) for s in present]
        handles.append(Patch(facecolor="white", edgecolor=LIGHT, label="not stated"))
        axes[-1].legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0, -0.1 if len(panels) > 1 else -0.02),
            ncol=len(handles),
            fontsize=8,
            frameon=False,
        )
    multi = chosen[chosen["n_sources"] >= 2]["status"].tolist()
    title = (
        status_phrase(multi, "facts stated by several outlets")
        if multi
        else "No fact is stated by more than one outlet"
    )
    finish_figure(fig, title, docs, doc_labels)
    save(fig, data, out_dir, name)
    return fig
