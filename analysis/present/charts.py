"""Charts of the tidy tables, each saved as PNG and SVG next to a CSV of exactly what it plots.

Every chart is a function of the declared tables (:mod:`analysis.schema`) and an
output folder, and returns the matplotlib :class:`~matplotlib.figure.Figure`
(shown inline by a notebook). It writes ``<name>.png``, ``<name>.svg`` and
``<name>.csv`` into the folder; the CSV holds one row per plotted mark, so a
reader can check every number of the picture.

=================== ======================= ===================================================
function            tables                  what it shows
=================== ======================= ===================================================
:func:`headline`    facts + figures         the facts most sources state: each mention's
                                            interval (open-ended ones as arrows), one colour
                                            per document, labelled with the text as written
:func:`matrix`      facts + figures         outlets x facts, coloured by status (in
                                            :mod:`.matrix`; outlets split into panels)
:func:`timeline`    events                  resolved events on a time axis, labelled ``what``
:func:`shares`      figures                 percent figures as parts of a whole, by subject
:func:`by_source`   figures                 figure mentions per document and kind
=================== ======================= ===================================================

Titles state the finding, computed from the data; axes are labelled; a source
line at the bottom names the documents; colours come from the colour-blind-safe
Okabe-Ito palette. No pyplot state is used: figures are built on the Agg canvas
directly, so importing this module changes no backend. SVG files are
deterministic (fixed hash salt, no date), so re-running gives identical files.
"""

from __future__ import annotations

import os
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..schema import KINDS
from ..text.dates import date_span
from ..text.units import DAYS_PER_UNIT
from .chartkit import (
    DOC_COLOURS,
    DOC_MARKERS,
    GREY,
    KIND_COLOURS,
    LIGHT,
    OKABE_ITO,
    SOURCE_HEIGHT_IN,
    STATUS_COLOURS,
    empty_note,
    new_figure,
    finish_figure,
    label_of,
    with_copy_flag,
    pick_facts,
    short,
    status_phrase,
    tex,
    wrap,
    human,
    save,
)
from .common import plural, require
from .matrix import MATRIX_COLUMNS, matrix

__all__ = [
    "HEADLINE_COLUMNS",
    "MATRIX_COLUMNS",
    "by_source",
    "headline",
    "matrix",
    "shares",
    "story_span",
    "timeline",
]


# --------------------------------------------------------------------------
# 1. headline figures: intervals per mention, one colour per outlet
# --------------------------------------------------------------------------

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


MAX_HEADLINE_ROWS = (
    24  # mentions drawn per fact (one row each): every distinct wording first, then in order
)


def _drawn_rows(part: pd.DataFrame) -> pd.DataFrame:
    """The rows of one fact drawn in the headline chart: all, or MAX_HEADLINE_ROWS with every wording first."""
    if len(part) <= MAX_HEADLINE_ROWS:
        return part
    distinct = part.drop_duplicates(["text", "qualifier"]).index[:MAX_HEADLINE_ROWS]
    rest = part.index.difference(distinct)[: MAX_HEADLINE_ROWS - len(distinct)]
    return part.loc[sorted(distinct.union(rest), key=part.index.get_loc)]


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
    chosen = pick_facts(facts, fact_ids, top, skip_dates=True)
    mentions = with_copy_flag(figures)
    rows = []
    for fact in chosen.itertuples(index=False):
        of_fact = mentions[mentions["fact_id"] == fact.fact_id].sort_values(
            ["doc", "start"], kind="stable"
        )
        grouped = of_fact.groupby(
            ["doc", "text", "qualifier", "value", "low", "high", "unit"], sort=False, dropna=False
        )
        for (doc, text, qualifier, value, low, high, unit), group in grouped:
            # durations are drawn in the fact's unit ('two years' and '800 days' on one axis of days)
            f = (
                DAYS_PER_UNIT[unit] / DAYS_PER_UNIT[fact.unit]
                if fact.kind == "duration" and unit in DAYS_PER_UNIT and fact.unit in DAYS_PER_UNIT
                else 1.0
            )
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
    data = pd.DataFrame(
        rows,
        columns=[c for c in HEADLINE_COLUMNS if c not in ("x", "x_low", "x_high", "open_ended")],
    )
    # where each mark is drawn: x the point, [x_low, x_high] the bar; open ends stop at the panel edge
    edges = {}
    for fact_id, part in data.groupby("fact_id", sort=False):
        finite = (
            pd.concat([part["value"], part["low"], part["high"]])
            .replace([np.inf, -np.inf], np.nan)
            .dropna()
        )
        lo, hi = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
        span = hi - lo if hi > lo else max(0.3 * abs(hi), 1.0)
        edges[fact_id] = (lo - 0.08 * span, hi + 0.35 * span)
    data["open_ended"] = np.isinf(data["high"].astype(float))
    # a vague figure ('dozens', 'more than 40') is drawn as its interval only: it has no point
    vague = data["open_ended"] | (data["high"].astype(float) > data["low"].astype(float))
    data["x"] = np.where(vague, np.nan, data["value"]).astype(float)
    data["x_low"] = data["low"].astype(float)
    data["x_high"] = [
        edges[f][1] if o else h
        for f, o, h in zip(data["fact_id"], data["open_ended"], data["high"])
    ]
    data = data[HEADLINE_COLUMNS]

    all_docs = sorted(set(mentions["doc"]))
    colour = {d: DOC_COLOURS[i % len(DOC_COLOURS)] for i, d in enumerate(all_docs)}
    marker = {
        d: DOC_MARKERS[(i // len(DOC_COLOURS)) % len(DOC_MARKERS)] for i, d in enumerate(all_docs)
    }
    drawn = {f: _drawn_rows(part) for f, part in data.groupby("fact_id", sort=False)}
    heights = [max(1, len(drawn[f])) if f in drawn else 1 for f in chosen["fact_id"]]
    fig = new_figure(
        9.5, 1.0 + 0.32 * sum(heights) + 0.55 * max(len(heights), 1) + SOURCE_HEIGHT_IN
    )
    if data.empty:
        empty_note(fig, "No fact to show: the articles state no comparable figures.")
    else:
        axes = fig.subplots(
            len(heights),
            1,
            gridspec_kw={"height_ratios": [h + 0.6 for h in heights]},
            squeeze=False,
        )[:, 0]
        for ax, fact in zip(axes, chosen.itertuples(index=False)):
            part = drawn.get(fact.fact_id, data.iloc[:0]).reset_index(drop=True)
            lo, hi = edges.get(fact.fact_id, (0.0, 1.0))
            if pd.notna(fact.low) and pd.notna(fact.high):
                ax.axvspan(fact.low, min(fact.high, hi), color=LIGHT, zorder=0, lw=0)
            for y, m in part.iterrows():
                c = colour[m["doc"]]
                if m["open_ended"]:
                    ax.annotate(
                        "",
                        xy=(m["x_high"], y),
                        xytext=(m["x_low"], y),
                        arrowprops={
                            "arrowstyle": "-|>",
                            "color": c,
                            "lw": 2,
                            "shrinkA": 0,
                            "shrinkB": 0,
                        },
                    )
                elif m["x_high"] > m["x_low"]:
                    ax.plot(
                        [m["x_low"], m["x_high"]],
                        [y, y],
                        color=c,
                        lw=4,
                        alpha=0.55,
                        solid_capstyle="butt",
                    )
                if pd.notna(m["x"]):
                    ax.plot(
                        [m["x"]],
                        [y],
                        marker=marker[m["doc"]],
                        ms=7,
                        color=c,
                        markerfacecolor="white" if m["copy"] else c,
                        markeredgewidth=1.5,
                        linestyle="none",
                    )
            ax.set_yticks(range(len(part)))
            ax.set_yticklabels(
                [
                    tex(f"{label_of(d, doc_labels)}: “{short(t, 40)}”" + (" (copy)" if cp else ""))
                    for d, t, cp in zip(part["doc"], part["text"], part["copy"])
                ],
                fontsize=8,
            )
            ax.set_ylim(len(part) - 0.4, -0.6)
            # counts and whole units tick at whole numbers, over at least two of them
            marks = pd.concat([part["x"], part["x_low"], part["high"]]).astype(float)
            whole = fact.kind in WHOLE_KINDS or all(
                float(v).is_integer() for v in marks[np.isfinite(marks)]
            )
            if whole and hi - lo < 2:
                lo, hi = np.floor(lo) - 1, np.ceil(hi) + 1
            ax.set_xlim(lo, hi)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: human(x)))
            ax.xaxis.set_major_locator(MaxNLocator(6, integer=whole))
            ax.tick_params(axis="x", labelsize=8)
            ax.set_xlabel(tex(fact.unit or fact.kind), fontsize=8, color=GREY, loc="right")
            every = int((data["fact_id"] == fact.fact_id).sum())
            cut = (
                f" ({len(part)} of {every} mentions drawn; all in the CSV)"
                if every > len(part)
                else ""
            )
            ax.set_title(
                tex(
                    wrap(
                        f"{fact.label}: {fact.status}, {plural(int(fact.n_sources), 'source')}{cut}",
                        90,
                        3,
                    )
                ),
                loc="left",
                fontsize=9.5,
                color=STATUS_COLOURS.get(fact.status, "black")
                if fact.status == "conflict"
                else "black",
            )
            ax.grid(axis="x", color=LIGHT, lw=0.8)
            ax.set_axisbelow(True)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
    title = (
        status_phrase(chosen["status"].tolist(), "headline figures", " across outlets")
        if len(chosen)
        else "No headline figures"
    )
    finish_figure(
        fig,
        title,
        all_docs,
        doc_labels,
        "Dots: a precise figure; bars: the interval a vague one allows; arrows: open-ended ('more than'); "
        "shaded: consensus.",
    )
    save(fig, data, out_dir, name)
    return fig


# --------------------------------------------------------------------------
# 3. timeline of resolved events
# --------------------------------------------------------------------------

TIMELINE_COLUMNS = ["event_id", "date", "precision", "what", "sources", "start", "end"]


def timeline(
    events: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "timeline",
    span: tuple[str, str] | None = None,
) -> Figure:
    """Resolved events in date order: a dot for a day, a bar for a month, year or decade.

    ``span`` (ISO days, :func:`story_span`): the story's own time; events that end before it or start after it
    are listed under the chart, not plotted, so that a 1987 date does not squeeze a week of news."""
    require(
        events,
        ["event_id", "date", "precision", "what", "sources", "resolved", "expressions"],
        "events",
    )
    rows = []
    for e in events[events["resolved"].astype(bool)].itertuples(index=False):
        extent = date_span(e.date)
        if extent is not None:
            what = (
                str(e.what).strip() or f"“{str(e.expressions).split(';')[0].strip()}”"
            )  # unnamed: as written
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
    data = data.reset_index(drop=True)
    outside = pd.Series(False, index=data.index)
    if span is not None and len(data):
        outside = (data["end"] < span[0]) | (data["start"] > span[1])
    listed, data = data[outside], data[~outside].reset_index(drop=True)
    docs = sorted({d.strip() for s in events["sources"] for d in str(s).split(";") if d.strip()})
    n_unresolved = (
        int((~events["resolved"].astype(bool)).sum())
        + int(events["resolved"].astype(bool).sum())
        - len(data)
        - len(listed)
    )

    fig = new_figure(
        9.5, 1.4 + 0.3 * max(len(data), 1) + 0.15 * (len(listed) > 0) + SOURCE_HEIGHT_IN
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
        ax = fig.add_subplot()
        starts, ends = pd.to_datetime(data["start"]), pd.to_datetime(data["end"])
        for y, (s, e, p) in enumerate(zip(starts, ends, data["precision"])):
            if e > s:
                ax.barh(
                    y,
                    (e - s) + pd.Timedelta(days=1),
                    left=s,
                    height=0.5,
                    color=OKABE_ITO["sky blue"],
                )
            ax.plot([s], [y], marker="o", ms=5, color=OKABE_ITO["blue"], linestyle="none")
        ax.set_yticks(range(len(data)))
        ax.set_yticklabels(
            [tex(wrap(f"{w}  ({d})", 60)) for w, d in zip(data["what"], data["date"])], fontsize=8
        )
        ax.set_ylim(len(data) - 0.5, -0.5)
        pad = max((ends.max() - starts.min()) * 0.03, pd.Timedelta(days=2))
        ax.set_xlim(starts.min() - pad, ends.max() + pad)
        ax.set_xlabel(
            "date (dot: day; bar: the month, year or decade a date names)", fontsize=8, color=GREY
        )
        ax.tick_params(axis="x", labelsize=8)
        ax.grid(axis="x", color=LIGHT, lw=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        last = data.iloc[-1]
        title = (
            f"{plural(len(data), 'dated event')} from {data['date'].iloc[0]} to {last['date']}; "
            f"the latest: {last['what']}"
        )
    note = (
        f"{plural(n_unresolved, 'date')} that could not be resolved {'is' if n_unresolved == 1 else 'are'} not shown."
        if n_unresolved
        else ""
    )
    if len(listed):
        note += (
            (" " if note else "")
            + "Outside the story's time, not plotted: "
            + "; ".join(f"{d} ({w})" for d, w in zip(listed["date"], listed["what"]))
            + "."
        )
    finish_figure(fig, title, docs, doc_labels, note)
    save(fig, data, out_dir, name)
    return fig


STORY_BEFORE_DAYS = (
    31  # the story's time starts this long before its first report (recent days it recalls)
)
STORY_AFTER_DAYS = 31  # and ends this long after its last one (a date announced ahead)


def story_span(documents: pd.DataFrame) -> tuple[str, str] | None:
    """(first day, last day) of the story's time: its reports' days (published, else reference date) widened by
    :data:`STORY_BEFORE_DAYS` and :data:`STORY_AFTER_DAYS`; None when no report is dated."""
    days = []
    for column in ("published", "reference_date"):
        if column in documents.columns:
            days += [str(v)[:10] for v in documents[column].fillna("") if len(str(v)) >= 7]
    stamps = pd.to_datetime(
        pd.Series(days, dtype="object"), errors="coerce", format="mixed"
    ).dropna()
    if stamps.empty:
        return None
    first, last = (
        stamps.min() - pd.Timedelta(days=STORY_BEFORE_DAYS),
        stamps.max() + pd.Timedelta(days=STORY_AFTER_DAYS),
    )
    return first.date().isoformat(), last.date().isoformat()


# --------------------------------------------------------------------------
# 4. shares: percent figures as parts of a whole
# --------------------------------------------------------------------------

SHARES_COLUMNS = ["subject", "value", "low", "high", "texts", "docs"]


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
    document; the whisker is the widest interval they allow. Copies are left
    out (when the table says which mentions are copies). Percentages above
    100 are changes, not shares, and are not shown.
    """
    require(figures, ["doc", "start", "text", "kind", "value", "low", "high", "subject"], "figures")
    mentions = with_copy_flag(figures)
    pct = mentions[
        (mentions["kind"] == "percent") & ~mentions["copy"] & mentions["value"].between(0, 100)
    ]
    pct = pct.assign(subject=pct["subject"].fillna("").replace("", "(no subject)")).sort_values(
        ["doc", "start"]
    )
    data = (
        pct.groupby(["subject", "value"], sort=False)
        .agg(
            low=("low", "min"),
            high=("high", "max"),
            texts=("text", lambda s: "; ".join(dict.fromkeys(s))),
            docs=("doc", lambda s: "; ".join(dict.fromkeys(s))),
        )
        .reset_index()
    )
    data["high"] = data["high"].clip(upper=100)
    data["low"] = data["low"].clip(lower=0)
    data = data.sort_values(["value", "subject"], ascending=[False, True], kind="stable").head(top)
    data = data.reset_index(drop=True)[SHARES_COLUMNS]
    docs = sorted(set(mentions["doc"]))

    fig = new_figure(9.0, 1.3 + 0.5 * max(len(data), 1) + SOURCE_HEIGHT_IN)
    if data.empty:
        empty_note(fig, "No article states a percentage of a whole.")
        title = "No article states a share of a whole"
    else:
        ax = fig.add_subplot()
        y = np.arange(len(data))
        ax.barh(y, 100, height=0.55, color=LIGHT)
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
            ax.text(min(r.high, 100) + 1.5, yi, tex(short(r.texts, 40)), va="center", fontsize=8)
        ax.set_yticks(y)
        ax.set_yticklabels(
            [
                tex(
                    wrap(
                        f"{s}  [{short(', '.join(label_of(d.strip(), doc_labels) for d in ds.split(';')), 40)}]",
                        48,
                    )
                )
                for s, ds in zip(data["subject"], data["docs"])
            ],
            fontsize=8,
        )
        ax.set_ylim(len(data) - 0.5, -0.5)
        ax.set_xlim(0, 130)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.set_xlabel("percent of the whole", fontsize=8, color=GREY)
        ax.tick_params(axis="x", labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        first = data.iloc[0]
        title = (
            f"{first['subject'][:1].upper()}{first['subject'][1:]}: {first['texts'].split('; ')[0]}"
            + (f"; {plural(len(data) - 1, 'other share')} stated" if len(data) > 1 else "")
        )
    finish_figure(
        fig,
        title,
        docs,
        doc_labels,
        "Grey: the whole (100%); whiskers: the interval a mention allows.",
    )
    save(fig, data, out_dir, name)
    return fig


# --------------------------------------------------------------------------
# 5. figure mentions per document and kind
# --------------------------------------------------------------------------

BY_SOURCE_COLUMNS = ["doc", "kind", "n"]


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
    kinds = [k for k in KINDS if k in set(figures["kind"])] + sorted(
        set(figures["kind"]) - set(KINDS)
    )
    data = pd.DataFrame(
        [{"doc": d, "kind": k, "n": int(counts.get((d, k), 0))} for d in docs for k in kinds],
        columns=BY_SOURCE_COLUMNS,
    )
    fig = new_figure(9.0, 1.5 + 0.4 * max(len(docs), 1) + SOURCE_HEIGHT_IN)
    if data.empty:
        empty_note(fig, "No figure was found in the articles.")
        title = "No figure was found in the articles"
    else:
        ax = fig.add_subplot()
        left = np.zeros(len(docs))
        for k in kinds:
            n = data[data["kind"] == k].set_index("doc").loc[docs, "n"].to_numpy()
            ax.barh(
                range(len(docs)), n, left=left, height=0.6, label=k, color=KIND_COLOURS.get(k, GREY)
            )
            left += n
        for yi, total in enumerate(left):
            ax.text(total + max(left.max(), 1) * 0.01, yi, f"{int(total)}", va="center", fontsize=8)
        ax.set_yticks(range(len(docs)))
        ax.set_yticklabels([tex(short(label_of(d, doc_labels), 34)) for d in docs], fontsize=8)
        ax.set_ylim(len(docs) - 0.5, -0.5)
        ax.set_xlabel("figure mentions", fontsize=8, color=GREY)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="x", labelsize=8)
        ax.legend(
            ncol=len(kinds), fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.12)
        )
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        totals = data.groupby("doc", sort=False)["n"].sum()
        per_kind = data.groupby("kind", sort=False)["n"].sum()
        most_doc, most_kind = totals.idxmax(), per_kind.idxmax()
        title = (
            f"{label_of(most_doc, doc_labels)} states the most figures ({int(totals.max())} of "
            f"{int(totals.sum())}); the commonest kind is {most_kind} ({int(per_kind.max())})"
        )
    finish_figure(fig, title, docs, doc_labels)
    save(fig, data, out_dir, name)
    return fig
