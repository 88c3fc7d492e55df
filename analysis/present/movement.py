"""How the numbers moved: a step chart per updated fact, value against the day each report gives it.

In: the facts, figures and documents tables. A fact whose status is
``updated`` (a changing quantity such as a death toll reported again later)
gets one panel: each independent mention is a mark at its ``as_of`` day (else
the document's ``published`` day, else its ``reference_date``) and its value,
one marker and colour per outlet; a step line joins the reports in date
order; a mention that allows an interval ('at least', 'about', 'more than')
is drawn as a band from its low to its high end (an open end stops at the
panel's top); the latest value is annotated. Out: the Figure, saved as
``movement.png``, ``.svg`` and ``movement.csv`` (one row per mark).

Where the facts table has no status 'updated' at all (a reconciliation that
does not mark updates), the facts shown are those whose outlets state
different values on different days (a conflict or a compatible pair that
moves with the date), and the source line says so. With nothing to show, the
chart says so in a small panel and its CSV has no rows; :func:`section` (the
report's) then shows nothing at all. A fact is drawn only with at least two
dated reports and two values (a panel shows a move).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..text.english import mid_sentence

from .chart_axes import axis_numbers, axis_unit, drawn_units, unit_factor
from .chartkit import (
    BAND_HALF_WIDTH,
    BAND_MIN_HOURS,
    DAILY_TICKS_UP_TO,
    DATE_FORMAT,
    DATE_PAD,
    GREY,
    LATEST_BOX,
    LATEST_PT,
    LIGHT,
    MOVEMENT_EMPTY_IN,
    MOVEMENT_PANEL_IN,
    MOVEMENT_TITLE_CHARS,
    MOVEMENT_TOP_IN,
    OPEN_END_ROOM,
    PANEL_TITLE_PT,
    SOURCE_HEIGHT_IN,
    TICK_PT,
    WIDE_IN,
    empty_note,
    finish_figure,
    doc_styles,
    side_by_side,
    new_figure,
    plain_axes,
    save,
    tex,
    wrap,
)
from .common import doc_dates, independent, plural, require, text_column, timestamps
from .outlets import without_day
from .overview import doc_labels as make_labels

__all__ = ["MIN_REPORTS", "MOVEMENT_COLUMNS", "moved_facts", "movement", "movement_data", "section"]

INFERRED_NOTE = (
    "No figure is marked as updated: shown are figures whose outlets give different values on "
    "different days. "
)
LEGEND = (
    "Steps join the reports in date order; bands: the interval an 'at least' or 'about' allows; "
    "day: the figure's 'as of' day, else the article's publication day."
)
MOVEMENT_COLUMNS = [
    "fact_id",
    "label",
    "unit",
    "doc",
    "outlet",
    "day",
    "dated_by",
    "text",
    "qualifier",
    "value",
    "low",
    "high",
    "latest",
]


def movement_data(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    fact_ids: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per dated independent mention of each updated fact (or of ``fact_ids``), in date
    order; ``dated_by`` says whether the day is the mention's 'as_of' or the article's 'published'
    day; ``latest`` marks the last report of each fact."""
    require(facts, ["fact_id", "label", "kind", "unit", "n_sources", "status"], "facts")
    require(
        figures, ["doc", "start", "text", "qualifier", "value", "low", "high", "fact_id"], "figures"
    )
    labels = dict(labels or make_labels(documents))
    dates = doc_dates(documents)
    info = facts.set_index("fact_id")
    pool = independent(figures)
    if fact_ids:
        chosen = list(fact_ids)
    elif (facts["status"] == "updated").any():
        chosen = facts.loc[facts["status"] == "updated", "fact_id"].tolist()
    else:  # no update marked: facts whose outlets give different values on different days
        chosen = _moving(facts, pool, dates)
    pool = pool[pool["fact_id"].isin(chosen)]
    as_of = text_column(pool, "as_of").str[:10]
    published = pool["doc"].astype(str).map(dates).fillna("")
    fact_unit = pool["fact_id"].map(drawn_units(info, pool))
    to_fact = [  # each report drawn in its fact's unit: '800 metres' beside '2.5 km'
        unit_factor(k, fu, u)
        for k, fu, u in zip(pool["fact_id"].map(info["kind"]), fact_unit, text_column(pool, "unit"))
    ]
    data = pd.DataFrame(
        {
            "fact_id": pool["fact_id"],
            "label": pool["fact_id"].map(info["label"]),
            "unit": fact_unit,
            "doc": pool["doc"].astype(str),
            "outlet": pool["doc"].astype(str).map(lambda d: labels.get(d, d)),
            "day": as_of.where(as_of != "", published),
            "dated_by": np.where(as_of != "", "as_of", np.where(published != "", "published", "")),
            "text": pool["text"],
            "qualifier": pool["qualifier"],
            "value": pool["value"].astype(float) * to_fact,
            "low": pool["low"].astype(float) * to_fact,
            "high": pool["high"].astype(float) * to_fact,
            "start": pool["start"],
        }
    )
    data = data[data["day"] != ""]
    order = {f: i for i, f in enumerate(chosen)}
    data = data.assign(_o=data["fact_id"].map(order)).sort_values(
        ["_o", "day", "doc", "start"], kind="stable"
    )
    data["latest"] = ~data.duplicated("fact_id", keep="last")
    return data[MOVEMENT_COLUMNS].reset_index(drop=True)


MIN_REPORTS = 2  # a panel shows a move: at least two dated reports, with at least two values


def _moved(data: pd.DataFrame) -> list[str]:
    """The fact ids of ``data`` (movement_data) with at least :data:`MIN_REPORTS` dated reports and
    two values."""
    spread = data.groupby("fact_id", sort=False).agg(n=("day", "size"), values=("value", "nunique"))
    return [
        f
        for f, n, v in zip(spread.index, spread["n"], spread["values"])
        if n >= MIN_REPORTS and v >= 2
    ]


def moved_facts(facts: pd.DataFrame, figures: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    """The facts the movement chart would show: updated (or moving) ones with two dated reports and
    two values."""
    return _moved(movement_data(facts, figures, documents))


def section(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    doc_labels: Mapping[str, str] | None = None,
    top: int = 4,
) -> list:
    """The report's 'How the numbers moved' section (heading, a line, the chart), or nothing when
    nothing moved."""
    from .html import heading, paragraph

    if not moved_facts(facts, figures, documents):
        return []
    return [
        heading("How the numbers moved"),
        paragraph(
            "Figures that changed as the story went on (a toll reported again later), one mark per "
            "outlet report, dated by the figure's 'as of' day where the article gives one, else by "
            "its publication day."
        ),
        movement(facts, figures, documents, out_dir, top=top, doc_labels=doc_labels),
    ]


def _moving(facts: pd.DataFrame, pool: pd.DataFrame, dates: Mapping[str, str]) -> list[str]:
    candidates = facts[facts["status"].isin(["conflict", "compatible"]) & (facts["kind"] != "date")]
    candidates = candidates.sort_values(
        ["n_sources", "fact_id"], ascending=[False, True], kind="stable"
    )
    day = text_column(pool, "as_of").str[:10]
    day = day.where(day != "", pool["doc"].astype(str).map(dates).fillna(""))
    dated = pool.assign(day=day)[day != ""]
    spread = dated.groupby("fact_id").agg(days=("day", "nunique"), values=("value", "nunique"))
    moving = spread[(spread["days"] >= 2) & (spread["values"] >= 2)].index
    return [f for f in candidates["fact_id"] if f in moving]


def movement(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    out_dir: str | os.PathLike,
    *,
    fact_ids: Sequence[str] | None = None,
    top: int = 4,
    doc_labels: Mapping[str, str] | None = None,
    name: str = "movement",
) -> Figure:
    """Step charts of the updated facts (at most ``top``), saved with the CSV of their marks."""
    labels = dict(doc_labels or make_labels(documents))
    data = movement_data(facts, figures, documents, fact_ids, labels)
    shown = _moved(data)[:top]
    data = data[data["fact_id"].isin(shown)].reset_index(drop=True)
    styles = doc_styles(data["doc"].astype(str), labels)  # each outlet's colour in every chart
    outlet_of = dict(zip(data["doc"].astype(str), data["outlet"]))
    colour = {outlet_of.get(d, labels.get(d, d)): c for d, (c, _) in styles.items()}
    marker = {outlet_of.get(d, labels.get(d, d)): m for d, (_, m) in styles.items()}
    fig = new_figure(
        WIDE_IN,
        (MOVEMENT_TOP_IN + MOVEMENT_PANEL_IN * len(shown) if shown else MOVEMENT_EMPTY_IN)
        + SOURCE_HEIGHT_IN,
    )
    if data.empty:
        empty_note(fig, "No figure was updated from one report to the next.")
        title = "No figure was updated from one report to the next"
    else:
        axes = fig.subplots(len(shown), 1, squeeze=False)[:, 0]
        kind = dict(zip(facts["fact_id"], facts["kind"]))
        for ax, fid in zip(axes, shown):
            _panel(ax, data[data["fact_id"] == fid], colour, marker, kind.get(fid, ""))
        title = _title(data, shown)
    docs = sorted(set(data["doc"])) if len(data) else sorted(set(documents["doc"].astype(str)))
    inferred = (
        "" if fact_ids or (facts["status"] == "updated").any() or data.empty else INFERRED_NOTE
    )
    finish_figure(fig, title, docs, labels, inferred + LEGEND)
    save(fig, data, out_dir, name)
    return fig


def _panel(ax: Axes, part: pd.DataFrame, colour, marker, kind: str = "") -> None:
    """One fact's panel: bands, the step line, the marks, the latest value, legend and axes."""
    days = timestamps(part["day"])
    limits = _limits(part)
    placed = days + side_by_side(part["value"], days)  # one day's equal marks side by side
    _draw_bands(ax, part, placed, limits.top, colour)
    by_day = part.assign(d=days).groupby("d", sort=True)["value"].last()
    ax.step(by_day.index, by_day.to_numpy(), where="post", color=GREY, lw=1.2, zorder=1)
    for d, r in zip(placed, part.itertuples(index=False)):
        ax.plot(
            [d],
            [r.value],
            marker=marker[r.outlet],
            ms=8,
            color=colour[r.outlet],
            linestyle="none",
            label=r.outlet,
            zorder=3,
        )
    last = part.iloc[-1]
    ax.annotate(
        tex(latest_note(last["text"], last["outlet"], last["day"])),
        xy=(days.iloc[-1], last["value"]),
        xytext=(-6, 12),
        textcoords="offset points",
        ha="right",
        fontsize=LATEST_PT,
        fontweight="bold",
        bbox=LATEST_BOX,  # readable where it crosses the step line or a mark
    )
    _outlet_legend(ax)
    _date_axis(ax, days)
    _value_axis(ax, part, limits, kind)


def latest_note(text: str, outlet: str, day: str) -> str:
    """'latest: 25 (Wire, 2031-03-05)': the outlet without the day it carries when that is the
    day given (was 'Wire (2031-03-05), 2031-03-05')."""
    return f"latest: {mid_sentence(text)} ({without_day(outlet, day)}, {day})"


@dataclass(frozen=True)
class _Limits:
    """A panel's values: lowest, highest, their span, and the top an open end stops at."""

    lo: float
    hi: float
    span: float
    top: float


def _limits(part: pd.DataFrame) -> _Limits:
    finite = (
        pd.concat([part["value"], part["low"], part["high"]])
        .replace([np.inf, -np.inf], np.nan)
        .dropna()
    )
    lo, hi = float(finite.min()), float(finite.max())
    span = hi - lo if hi > lo else max(abs(hi) * 0.2, 1.0)
    return _Limits(lo, hi, span, hi + OPEN_END_ROOM * span)


def _draw_bands(ax: Axes, part: pd.DataFrame, days: pd.Series, top: float, colour) -> None:
    """A band from low to high for each mention that allows an interval (open ends stop at top)."""
    half = max((days.max() - days.min()) * BAND_HALF_WIDTH, pd.Timedelta(hours=BAND_MIN_HOURS))
    for d, r in zip(days, part.itertuples(index=False)):
        if r.high > r.low:
            ax.fill_between(
                [d - half, d + half],
                r.low,
                min(r.high, top),
                color=colour[r.outlet],
                alpha=0.18,
                lw=0,
            )


def _outlet_legend(ax: Axes) -> None:
    """One legend entry per outlet, however many marks it has."""
    handles, names = ax.get_legend_handles_labels()
    unique = dict(zip(names, handles))
    ax.legend(
        unique.values(),
        [tex(n) for n in unique],
        fontsize=TICK_PT,
        frameon=False,
        loc="upper left",
        ncol=min(3, len(unique)),
    )


def _date_axis(ax: Axes, days: pd.Series) -> None:
    """Days padded either side; a tick per day over :data:`DAILY_TICKS_UP_TO` days, else fewer."""
    pad = max((days.max() - days.min()) * DATE_PAD, pd.Timedelta(days=1))
    ax.set_xlim(days.min() - pad, days.max() + pad)
    n_days = (days.max() - days.min()).days
    ax.xaxis.set_major_locator(
        DayLocator() if n_days <= DAILY_TICKS_UP_TO else AutoDateLocator(minticks=3, maxticks=8)
    )
    ax.xaxis.set_major_formatter(DateFormatter(DATE_FORMAT))


def _value_axis(ax: Axes, part: pd.DataFrame, limits: _Limits, kind: str = "") -> None:
    """From zero when the values sit near it, else just under the lowest; the panel's title."""
    lo, span = limits.lo, limits.span
    ax.set_ylim(
        min(lo - 0.1 * span, 0 if lo >= 0 and lo < span else lo - 0.1 * span),
        limits.top + 0.25 * span,
    )
    ax.yaxis.set_major_formatter(axis_numbers(ax, "y"))
    ax.set_ylabel(tex(axis_unit(part["unit"].iloc[0], kind)), fontsize=TICK_PT, color=GREY)
    title = (
        f"{part['label'].iloc[0]}: {plural(len(part), 'report')} by "
        f"{plural(part['outlet'].nunique(), 'outlet')}"
    )
    ax.set_title(tex(wrap(title, MOVEMENT_TITLE_CHARS)), loc="left", fontsize=PANEL_TITLE_PT)
    ax.tick_params(labelsize=TICK_PT)
    ax.grid(axis="y", color=LIGHT, lw=0.8)
    ax.set_axisbelow(True)
    plain_axes(ax)


def _title(data: pd.DataFrame, shown: list[str]) -> str:
    """'X rose from A to B between day 1 and day 2': from the first report of another value than
    the latest one (a first report of the latest value, before a change and back, is no start),
    written as mid-sentence words ('about 40', not 'About 40')."""
    first = data[data["fact_id"] == shown[0]]
    b = first.iloc[-1]
    other = first[first["value"] != b["value"]]
    a = other.iloc[0] if len(other) else first.iloc[0]
    verb = "rose" if b["value"] > a["value"] else ("fell" if b["value"] < a["value"] else "held")
    label = str(a["label"])
    title = (
        f"{label[:1].upper()}{label[1:]} {verb} from {mid_sentence(a['text'])} to "
        f"{mid_sentence(b['text'])} between {a['day']} and {b['day']}"
    )
    return title + (
        f"; {plural(len(shown) - 1, 'other figure')} moved too" if len(shown) > 1 else ""
    )
