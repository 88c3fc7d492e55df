"""Two charts of the figures table alone: shares of a whole, and figure mentions per document.

In: the figures table (for :func:`by_source`, or counts already made from it).
Out: the Figure, saved as ``<name>.png``, ``.svg`` and ``<name>.csv`` holding
one row per plotted bar (:data:`SHARES_COLUMNS`, :data:`BY_SOURCE_COLUMNS`).
"""

from __future__ import annotations

import os
from typing import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..schema import KINDS
from .chartkit import (
    BY_SOURCE_LABEL_CHARS,
    BY_SOURCE_ROW_IN,
    BY_SOURCE_TOP_IN,
    GREY,
    KIND_COLOURS,
    LIGHT,
    NARROW_IN,
    OKABE_ITO,
    SHARES_LABEL_CHARS,
    SHARES_ROW_IN,
    SHARES_TEXT_CHARS,
    SHARES_TICKS,
    SHARES_TOP_IN,
    SHARES_X_MAX,
    SOURCE_HEIGHT_IN,
    TICK_PT,
    empty_note,
    finish_figure,
    label_of,
    new_figure,
    plain_axes,
    save,
    short,
    tex,
    with_copy_flag,
    wrap,
)
from .common import plural, require

__all__ = ["BY_SOURCE_COLUMNS", "SHARES_COLUMNS", "by_source", "shares", "shares_data"]

SHARES_COLUMNS = ["subject", "value", "low", "high", "texts", "docs"]
BY_SOURCE_COLUMNS = ["doc", "kind", "n"]
WHOLE = 100  # a share is a percentage of this whole; above it, a change rather than a share


def _joined(values: pd.Series) -> str:
    return "; ".join(dict.fromkeys(values))


def shares(
    figures: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    top: int = 10,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "shares",
) -> Figure:
    """Percent figures (0-100) as the part of a whole bar, one row per subject and value.

    Mentions of the same subject and value are one row listing every text and
    document; the whisker is the widest interval they allow. Copies
    (``copy_of``) are left out. Percentages above 100 are changes, not
    shares, and are not shown.
    """
    require(figures, ["doc", "start", "text", "kind", "value", "low", "high", "subject"], "figures")
    mentions = with_copy_flag(figures)
    data = shares_data(mentions, top)
    docs = sorted(set(mentions["doc"]))
    fig = new_figure(
        NARROW_IN, SHARES_TOP_IN + SHARES_ROW_IN * max(len(data), 1) + SOURCE_HEIGHT_IN
    )
    if data.empty:
        empty_note(fig, "No article states a percentage of a whole.")
        title = "No article states a share of a whole"
    else:
        _draw_shares(fig, data, doc_labels)
        first = data.iloc[0]
        title = (
            f"{first['subject'][:1].upper()}{first['subject'][1:]}: {first['texts'].split('; ')[0]}"
            + (f"; {plural(len(data) - 1, 'other share')} stated" if len(data) > 1 else "")
        )
    note = "Grey: the whole (100%); whiskers: the interval a mention allows."
    finish_figure(fig, title, docs, doc_labels, note)
    save(fig, data, out_dir, name)
    return fig


def shares_data(mentions: pd.DataFrame, top: int) -> pd.DataFrame:
    """The ``top`` shares, largest first: one row per subject and value of the percent mentions
    that are not copies, with the widest interval they allow (clipped to 0-100)."""
    pct = mentions[
        (mentions["kind"] == "percent") & ~mentions["copy"] & mentions["value"].between(0, WHOLE)
    ]
    pct = pct.assign(subject=pct["subject"].fillna("").replace("", "(no subject)")).sort_values(
        ["doc", "start"]
    )
    data = (
        pct.groupby(["subject", "value"], sort=False)
        .agg(
            low=("low", "min"),
            high=("high", "max"),
            texts=("text", _joined),
            docs=("doc", _joined),
        )
        .reset_index()
    )
    data["high"] = data["high"].clip(upper=WHOLE)
    data["low"] = data["low"].clip(lower=0)
    data = data.sort_values(["value", "subject"], ascending=[False, True], kind="stable").head(top)
    return data.reset_index(drop=True)[SHARES_COLUMNS]


def _draw_shares(fig: Figure, data: pd.DataFrame, doc_labels: Mapping[str, str] | None) -> None:
    """A grey bar for the whole, a blue one for the share, whiskers for its interval, its texts."""
    ax = fig.add_subplot()
    y = np.arange(len(data))
    ax.barh(y, WHOLE, height=0.55, color=LIGHT)
    ax.barh(y, data["value"], height=0.55, color=OKABE_ITO["blue"])
    value, low, high = (data[c].to_numpy(float) for c in ("value", "low", "high"))
    wide = high > low
    if wide.any():
        ax.errorbar(
            value[wide],
            y[wide],
            xerr=[value[wide] - low[wide], high[wide] - value[wide]],
            fmt="none",
            ecolor="black",
            capsize=3,
            lw=1,
        )
    for yi, r in zip(y, data.itertuples(index=False)):
        text = tex(short(r.texts, SHARES_TEXT_CHARS))
        ax.text(min(r.high, WHOLE) + 1.5, yi, text, va="center", fontsize=TICK_PT)
    ax.set_yticks(y)
    ax.set_yticklabels(
        [_share_label(s, ds, doc_labels) for s, ds in zip(data["subject"], data["docs"])],
        fontsize=TICK_PT,
    )
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.set_xlim(0, SHARES_X_MAX)
    ax.set_xticks(SHARES_TICKS)
    ax.set_xlabel("percent of the whole", fontsize=TICK_PT, color=GREY)
    ax.tick_params(axis="x", labelsize=TICK_PT)
    plain_axes(ax)


def _share_label(subject: str, docs: str, doc_labels: Mapping[str, str] | None) -> str:
    """'<subject>  [Outlet A, Outlet B]', wrapped."""
    outlets = ", ".join(label_of(d.strip(), doc_labels) for d in docs.split(";"))
    return tex(wrap(f"{subject}  [{short(outlets, SHARES_TEXT_CHARS)}]", SHARES_LABEL_CHARS))


def by_source(
    figures: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "by_source",
    top: int = 40,
) -> Figure:
    """Figure mentions per document, stacked by kind (count, percent, money ...).

    ``figures`` is the figures table, or counts already made by
    :meth:`analysis.scale.store.FiguresStore.per_kind_and_source` (columns ``doc,
    kind, figures``) for a corpus too large to load. The ``top`` documents
    with most figures are drawn.
    """
    require(figures, ["doc", "kind"], "figures")
    if "figures" in figures.columns:  # counted already, e.g. by DuckDB on a Parquet dataset
        counts = figures.groupby(["doc", "kind"])["figures"].sum()
    else:
        counts = figures.groupby(["doc", "kind"]).size()
    totals = counts.groupby(level="doc").sum().sort_values(ascending=False, kind="stable")
    docs = sorted(totals.index[:top])
    seen = set(figures["kind"])
    kinds = [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))
    data = pd.DataFrame(
        [{"doc": d, "kind": k, "n": int(counts.get((d, k), 0))} for d in docs for k in kinds],
        columns=BY_SOURCE_COLUMNS,
    )
    fig = new_figure(
        NARROW_IN, BY_SOURCE_TOP_IN + BY_SOURCE_ROW_IN * max(len(docs), 1) + SOURCE_HEIGHT_IN
    )
    if data.empty:
        empty_note(fig, "No figure was found in the articles.")
        title = "No figure was found in the articles"
    else:
        _draw_by_source(fig, data, docs, kinds, doc_labels)
        title = _by_source_title(data, doc_labels)
    finish_figure(fig, title, docs, doc_labels)
    save(fig, data, out_dir, name)
    return fig


def _draw_by_source(
    fig: Figure,
    data: pd.DataFrame,
    docs: list[str],
    kinds: list[str],
    doc_labels: Mapping[str, str] | None,
) -> None:
    """A bar per document stacked by kind, its total at its end, the kinds in a legend below."""
    ax = fig.add_subplot()
    left = np.zeros(len(docs))
    for k in kinds:
        n = data[data["kind"] == k].set_index("doc").loc[docs, "n"].to_numpy()
        ax.barh(
            range(len(docs)), n, left=left, height=0.6, label=k, color=KIND_COLOURS.get(k, GREY)
        )
        left += n
    for yi, total in enumerate(left):
        x = total + max(left.max(), 1) * 0.01
        ax.text(x, yi, f"{int(total)}", va="center", fontsize=TICK_PT)
    ax.set_yticks(range(len(docs)))
    ax.set_yticklabels(
        [tex(short(label_of(d, doc_labels), BY_SOURCE_LABEL_CHARS)) for d in docs],
        fontsize=TICK_PT,
    )
    ax.set_ylim(len(docs) - 0.5, -0.5)
    ax.set_xlabel("figure mentions", fontsize=TICK_PT, color=GREY)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", labelsize=TICK_PT)
    ax.legend(
        ncol=len(kinds),
        fontsize=TICK_PT,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(0, -0.12),
    )
    plain_axes(ax)


def _by_source_title(data: pd.DataFrame, doc_labels: Mapping[str, str] | None) -> str:
    """Which document states the most figures, and the commonest kind."""
    totals = data.groupby("doc", sort=False)["n"].sum()
    per_kind = data.groupby("kind", sort=False)["n"].sum()
    most_doc, most_kind = totals.idxmax(), per_kind.idxmax()
    return (
        f"{label_of(most_doc, doc_labels)} states the most figures ({int(totals.max())} of "
        f"{int(totals.sum())}); the commonest kind is {most_kind} ({int(per_kind.max())})"
    )
