"""What the explorer shows, computed once per story: the fact list, each fact's reports, conflicts
and scorecards.

In: a :class:`~analysis.present.story.Story` (the tables the pipeline wrote:
a story folder, or articles read once). Out: an :class:`ExploreData` whose
tables are built in one pass when it is made, so that selecting a fact or an
outlet only looks rows up and formats them (no extraction, reconciliation or
salience per click):

- ``facts``: one row per fact, most salient first, with its status ``group``
  (the explorer's filters: agree, updated, differs, conflict, single);
- ``reports``: one row per mention of a fact: outlet, report day on the story
  clock (the figure's 'as of' day, else the article's publication day, else
  its reference date), the figure as written, its sentence split around it,
  and the document's link;
- ``pairs``: the disagreements (:func:`.disagreements.conflict_pairs`);
- ``scorecard``: one row per outlet (:func:`.disagreements.scorecard`).

:func:`fact_html`, :func:`outlet_html` and :func:`series_chart` format one
fact or one outlet; :mod:`.explorer` puts them in widgets. All text is escaped.
"""

from __future__ import annotations

import base64
import html
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..text.spans import sentence_text
from .chart_axes import axis_numbers
from .chartkit import (
    GREY,
    LIGHT,
    doc_styles,
    new_figure,
    save,
    tex,
    wrap,
)
from .disagreements import conflict_pairs, scorecard
from .common import doc_dates, text_column, timestamps
from .keyfigures import status_words
from .overview import doc_labels, outlets_named_in
from .salience import salience
from .story import Story

__all__ = [
    "GROUPS",
    "REPORT_COLUMNS",
    "ExploreData",
    "explore_data",
    "fact_html",
    "filter_facts",
    "outlet_html",
    "save_series",
    "series_chart",
    "status_group",
    "summary",
]

# the explorer's status filters -> the reconciliation's statuses they show
GROUPS = {
    "agree": ("agree",),
    "updated": ("updated",),
    "differs": ("compatible",),
    "conflict": ("conflict",),
    "single": ("single",),
}
REPORT_COLUMNS = [
    "fact_id",
    "doc",
    "outlet",
    "day",
    "text",
    "value",
    "low",
    "high",
    "before",
    "after",
    "link",
    "copy",
]
WHOLE_KINDS = ("count",)  # kinds whose values are whole numbers: integer axis ticks


def status_group(status: str) -> str:
    """The filter a fact status belongs to ('compatible' -> 'differs'); unknown statuses are their
    own group."""
    return next((g for g, members in GROUPS.items() if status in members), str(status))


@dataclass
class ExploreData:
    """One story's explorer tables (see the module doc)."""

    name: str
    facts: pd.DataFrame
    reports: pd.DataFrame
    pairs: pd.DataFrame
    scorecard: pd.DataFrame
    by_fact: dict

    def fact_reports(self, fact_id: str) -> pd.DataFrame:
        return self.by_fact.get(fact_id, self.reports.iloc[:0])


def explore_data(story: Story, base: str | os.PathLike | None = None) -> ExploreData:
    """Build the explorer's tables for ``story`` once; document links are relative to ``base``
    (default: cwd)."""
    labels = doc_labels(story.documents)
    ranked = salience(story.facts, story.figures, story.documents)
    facts = story.facts.merge(ranked[["fact_id", "score", "outlets"]], on="fact_id", how="left")
    facts = facts.assign(
        group=facts["status"].astype(str).map(status_group),
        why=text_column(facts, "why"),
        score=facts["score"].fillna(0.0),
        outlets=facts["outlets"].fillna(0).astype(int),
    )
    facts = facts.sort_values(
        ["score", "fact_id"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)
    facts["why"] = [outlets_named_in(w, labels) for w in facts["why"]]
    reports = _reports(story, labels, base)
    by_fact = dict(tuple(reports.groupby("fact_id", sort=False)))
    pairs = conflict_pairs(story.facts, story.figures, story.documents, story.conflicts)
    return ExploreData(
        name=story.name,
        facts=facts,
        reports=reports,
        pairs=pairs,
        scorecard=scorecard(story.facts, story.figures, story.documents),
        by_fact=by_fact,
    )


def _reports(story: Story, labels: dict, base: str | os.PathLike | None) -> pd.DataFrame:
    figures = story.figures[text_column(story.figures, "fact_id") != ""]
    dates = doc_dates(story.documents)
    raw = sentence_text(figures, story.documents) if len(figures) else pd.Series([], dtype="object")
    starts = (figures["start"] - figures["sent_start"]).astype(int) if len(figures) else []
    ends = (figures["end"] - figures["sent_start"]).astype(int) if len(figures) else []
    as_of = text_column(figures, "as_of").str[:10]
    docs = figures["doc"].astype(str)
    paths = dict(zip(story.documents["doc"].astype(str), text_column(story.documents, "path")))
    out = pd.DataFrame(
        {
            "fact_id": figures["fact_id"].astype(str),
            "doc": docs,
            "outlet": docs.map(lambda d: labels.get(d, d)),
            "day": as_of.where(as_of != "", docs.map(dates).fillna("")),
            "text": figures["text"].astype(str),
            "value": figures["value"].astype(float),
            "low": figures["low"].astype(float),
            "high": figures["high"].astype(float),
            "before": [" ".join(str(s)[:a].split()) for s, a in zip(raw, starts)],
            "after": [" ".join(str(s)[b:].split()) for s, b in zip(raw, ends)],
            "link": docs.map({d: _link(paths.get(d, ""), base) for d in set(docs)}),
            "copy": text_column(figures, "copy_of") != "",
        }
    )
    return out.sort_values(["fact_id", "day", "outlet"], kind="stable")[REPORT_COLUMNS].reset_index(
        drop=True
    )


def _link(path: str, base: str | os.PathLike | None) -> str:
    """The document's path relative to ``base`` (JupyterLab opens relative links in a tab), as a URL
    path."""
    if not path:
        return ""
    try:
        return Path(
            os.path.relpath(Path(path).resolve(), Path(base or os.getcwd()).resolve())
        ).as_posix()
    except ValueError:  # another drive
        return Path(path).resolve().as_uri()


def filter_facts(
    facts: pd.DataFrame, groups: Iterable[str] | None = None, text: str = ""
) -> pd.DataFrame:
    """The facts in ``groups`` (all when None) whose label holds ``text`` (any case), in salience
    order."""
    keep = pd.Series(True, index=facts.index)
    if groups is not None:
        keep &= facts["group"].isin(list(groups))
    if text.strip():
        keep &= facts["label"].astype(str).str.contains(text.strip(), case=False, regex=False)
    return facts[keep]


def fact_choice(row) -> str:
    """The fact as one line of the list: 'label · status (N outlets) · fact id' (two facts can share
    a label)."""
    outlets = f"{row.outlets} outlet{'s' if row.outlets != 1 else ''}"
    return f"{row.label} · {row.group} ({outlets}) · {row.fact_id}"


def fact_html(data: ExploreData, fact_id: str, chart: bool = True) -> str:
    """A fact's panel: label and status, the series chart, why, every outlet's sentence with the
    figure marked and a link to its document, and its disagreements. All text escaped."""
    e = html.escape
    row = data.facts[data.facts["fact_id"] == fact_id]
    if row.empty:
        return f"<p>No fact {e(str(fact_id))} in this story.</p>"
    fact = row.iloc[0]
    reports = data.fact_reports(fact_id)
    parts = [
        f'<h3 class="nf-fact-title">{e(str(fact["label"]))}</h3>',
        f"<p><b>{e(status_words(str(fact['status']), int(fact['outlets'])))}</b>"
        f" <small class='nf-fact-id' style='color:#666'>{e(str(fact_id))}</small></p>",
    ]
    if fact["why"]:
        parts.append(f"<p><b>Why:</b> {e(str(fact['why']))}</p>")
    if chart and len(reports):
        parts.append(
            f'<img alt="series of {e(str(fact_id))}" '
            f'src="data:image/png;base64,{_png(series_chart(data, fact_id))}">'
        )
    parts.append(_sentences_html(reports))
    pairs = data.pairs[data.pairs["fact_id"] == fact_id]
    if len(pairs):
        items = "".join(
            f"<li>{e(r.outlet_a)} says <mark>{e(r.text_a)}</mark>, {e(r.outlet_b)} says "
            f"<mark>{e(r.text_b)}</mark>: {e(r.why)}</li>"
            for r in pairs.itertuples()
        )
        parts.append(f"<h4>Disagreements</h4><ul class='nf-conflicts'>{items}</ul>")
    else:
        parts.append("<p>No disagreement on this fact.</p>")
    return "".join(parts)


def _sentences_html(reports: pd.DataFrame) -> str:
    e = html.escape
    rows = []
    for r in reports.itertuples(index=False):
        link = f' <a href="{e(r.link)}" target="_blank">document</a>' if r.link else ""
        copy = " <small>(copy)</small>" if r.copy else ""
        rows.append(
            f"<tr><td>{e(r.outlet)}{copy}</td><td>{e(r.day or 'undated')}</td>"
            f"<td class='nf-sentence'>{e(r.before)} <mark>{e(r.text)}</mark> {e(r.after)}{link}"
            "</td></tr>"
        )
    return (
        '<table class="nf-table nf-sentences"><thead><tr><th>outlet</th><th>report day</th>'
        f"<th>sentence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def outlet_html(data: ExploreData, outlet: str) -> str:
    """The outlet's scorecard row as a small table (escaped)."""
    e = html.escape
    row = data.scorecard[data.scorecard["outlet"] == outlet]
    if row.empty:
        return f"<p>No outlet {e(str(outlet))} in this story.</p>"
    cols = [c for c in data.scorecard.columns if c != "doc"]
    head = "".join(f"<th>{e(c)}</th>" for c in cols)
    body = "".join(f"<td>{e(str(row.iloc[0][c]))}</td>" for c in cols)
    return f'<table class="nf-table nf-scorecard"><tr>{head}</tr><tr>{body}</tr></table>'


def series_chart(data: ExploreData, fact_id: str) -> Figure:
    """A fact's reports on the story clock: one mark per outlet report (a vague figure as its
    interval only), undated reports listed under the chart. Integer ticks for counts."""
    reports = data.fact_reports(fact_id)
    fact = data.facts[data.facts["fact_id"] == fact_id].iloc[0]
    dated = reports[reports["day"].str.len() >= 7]
    fig = new_figure(7.5, 3.2)
    ax = fig.add_subplot()
    outlets = list(dict.fromkeys(reports["outlet"]))
    styles = doc_styles(outlets, {o: o for o in outlets})  # in the order the outlets come
    for outlet in outlets:
        mine = dated[dated["outlet"] == outlet]
        colour, marker = styles[outlet]
        days = timestamps(mine["day"])
        for d, r in zip(days, mine.itertuples(index=False)):
            if r.high > r.low:  # a vague figure: its interval only, no point
                top = r.high if np.isfinite(r.high) else max(r.low * 1.5, r.low + 1)
                ax.vlines(d, r.low, top, color=colour, lw=6, alpha=0.5, label=outlet)
            else:
                ax.plot(
                    [d],
                    [r.value],
                    marker=marker,
                    ms=8,
                    color=colour,
                    linestyle="none",
                    label=outlet,
                )
    handles, names = ax.get_legend_handles_labels()
    unique = dict(zip(names, handles))
    if unique:
        ax.legend(unique.values(), [tex(n) for n in unique], fontsize=8, frameon=False, loc="best")
    if str(fact["kind"]) in WHOLE_KINDS:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(axis_numbers(ax, "y"))
    ax.grid(axis="y", color=LIGHT, lw=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    undated = reports[reports["day"].str.len() < 7]
    note = (
        (
            "Not dated: "
            + "; ".join(f"{t} ({o})" for t, o in zip(undated["text"], undated["outlet"]))
        )
        if len(undated)
        else ""
    )
    ax.set_title(tex(wrap(str(fact["label"]), 70, lines=3)), loc="left", fontsize=10)
    if note:
        fig.text(0.01, 0.01, tex(wrap(note, 110, lines=3)), fontsize=7.5, color=GREY, va="bottom")
    if dated.empty:
        ax.text(0.5, 0.5, "no dated report", transform=ax.transAxes, ha="center", color=GREY)
    return fig


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def facts_table(
    data: ExploreData, groups: Sequence[str] | None = None, top: int = 15
) -> pd.DataFrame:
    """The fact list as a table (label, status, outlets, fact_id), most salient first."""
    shown = filter_facts(data.facts, groups).head(top)
    return (
        shown[["label", "group", "outlets", "fact_id"]]
        .rename(columns={"group": "status"})
        .reset_index(drop=True)
    )


def save_series(data: ExploreData, fact_id: str, out_dir: str | os.PathLike) -> Figure:
    """:func:`series_chart` of ``fact_id`` saved as ``series_<fact_id>``.png/.svg/.csv (the CSV: its
    reports)."""
    fig = series_chart(data, fact_id)
    save(
        fig,
        data.fact_reports(fact_id).drop(columns=["before", "after", "link"]),
        out_dir,
        f"series_{fact_id}",
    )
    return fig


def summary(data: ExploreData) -> str:
    """One line: facts per status group and outlets ('12 facts: 3 agree, 1 updated ...; 5
    outlets')."""
    counts = data.facts["group"].value_counts()
    groups = [g for g in GROUPS if counts.get(g, 0)] + sorted(set(counts.index) - set(GROUPS))
    return (
        f"{len(data.facts)} facts: "
        + ", ".join(f"{int(counts[g])} {g}" for g in groups)
        + f"; {len(data.scorecard)} outlets"
    )
