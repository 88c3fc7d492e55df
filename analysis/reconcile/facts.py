"""Group figure mentions that report the same real-world quantity into facts.

In: the figures table of :func:`analysis.extract.extract_figures` and the
documents table it came from. Out: :func:`build_facts` returns a copy of the
figures with the :data:`analysis.schema.FIGURE_LINKS` columns ``fact_id`` and
``copy_of`` filled (``entity_id`` is left for :mod:`.entities`), and the facts
table (:data:`analysis.schema.FACTS`), one row per fact with its consensus
interval and status.

How mentions are grouped. Two mentions can report one fact when their kinds
are comparable (durations in days, ages in years, dates as day ranges, money
per currency, quantities per unit, counts of any noun) and they are not in the
same sentence. Their similarity (:mod:`.similarity`) merges them by average
linkage while the mean similarity of two groups stays above
:data:`THRESHOLD`. A mention in a repeated paragraph or a syndicated copy
(:mod:`.copies`) joins its original's fact and is not counted as a source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

import numpy as np
import pandas as pd

from ..schema import FACTS, FIGURE_LINKS, FIGURES, conform, empty
from ..text.dates import date_interval
from ..text.units import DAYS_PER_UNIT
from .context import with_sentences
from .blocking import blocks
from .copies import find_copies
from .similarity import average_linkage, similarity

__all__ = ["THRESHOLD", "build_facts"]

THRESHOLD = 0.4
OTHER_AFTER = re.compile(r"[ \u00a0]+other\b", re.IGNORECASE)
NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+[ \u00a0]+and[ \u00a0]+$")


def _group_key(row) -> str:
    """Mentions can only be one fact within the same comparable group."""
    if row.kind in ("money", "quantity", "percent"):
        return f"{row.kind}:{row.unit}"
    return row.kind


def _comparable(fig: pd.DataFrame) -> pd.DataFrame:
    """value/low/high in each fact group's unit: days for durations, day ordinals for dates."""
    value, low, high = fig["value"].to_numpy(float).copy(), fig["low"].to_numpy(float).copy(), fig["high"].to_numpy(float).copy()
    unit = fig["unit"].astype(str).tolist()
    kinds = fig["kind"].tolist()
    out_unit = list(unit)
    for i, kind in enumerate(kinds):
        if kind == "duration" and unit[i] in DAYS_PER_UNIT:
            f = DAYS_PER_UNIT[unit[i]]
            value[i], low[i], high[i] = value[i] * f, low[i] * f, high[i] * f
            out_unit[i] = "day"
        elif kind == "date":
            lo, hi = date_interval(fig["date"].iloc[i])
            value[i], low[i], high[i] = (lo + hi) / 2, lo, hi
            out_unit[i] = ""
    return pd.DataFrame({"cmp_value": value, "cmp_low": low, "cmp_high": high, "cmp_unit": out_unit}, index=fig.index)


def _and_n_others(text: str, start: int, end: int) -> bool:
    """'Smith and 39 other prisoners': the group is one larger than the number."""
    return bool(OTHER_AFTER.match(text, end)) and bool(NAME_AND_BEFORE.search(text[max(0, start - 60):start]))





def _status(rows: pd.DataFrame, n_sources: int) -> tuple[str, float, float]:
    lows, highs = rows["cmp_low"].to_numpy(float), rows["cmp_high"].to_numpy(float)
    if np.isnan(lows).any():
        same = rows["date"].nunique() == 1 if (rows["kind"] == "date").all() else False
        return ("single" if n_sources < 2 else "agree" if same else "conflict"), math.nan, math.nan
    # 'over' is open at its low end, 'under' at its high end
    eps = 1e-9
    open_low = rows["qualifier"].eq("over").to_numpy()
    open_high = rows["qualifier"].eq("under").to_numpy()
    lo = max(lows + np.where(open_low, eps * np.maximum(1, np.abs(lows)), 0))
    hi = min(highs - np.where(open_high, eps * np.maximum(1, np.abs(highs)), 0))
    consistent = lo <= hi
    if n_sources < 2:
        status = "single"
    elif not consistent:
        status = "conflict"
    elif len(set(zip(lows.round(9), highs.round(9)))) == 1:
        status = "agree"
    else:
        status = "compatible"
    if not consistent:
        return status, math.nan, math.nan
    return status, float(lows.max()), float(highs.min())


def _facts_table(fig: pd.DataFrame) -> pd.DataFrame:
    records = []
    for fact_id, rows in fig.groupby("fact_id", sort=True):
        originals = rows[rows["copy_of"] == ""]
        docs = list(dict.fromkeys(rows["doc"]))
        n_sources = originals["doc"].nunique()
        status, low, high = _status(originals, n_sources)
        kind = rows["kind"].iloc[0]
        values = Counter(originals.loc[originals["qualifier"] == "exact", "cmp_value"].round(6)) or Counter(
            originals["cmp_value"].round(6))
        value = math.nan if kind == "date" else float(values.most_common(1)[0][0])
        subjects = Counter(s for s in rows["subject"] if s)
        label = max(subjects.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if subjects else rows["text"].iloc[0]
        texts: dict[str, list[str]] = {}
        for r in rows.itertuples():
            texts.setdefault(r.text.strip(), [])
            if r.doc not in texts[r.text.strip()]:
                texts[r.text.strip()].append(r.doc)
        date_str = ""
        if kind == "date":
            date_str = max(rows["date"], key=lambda d: (len(d.lstrip("-")), d))
            if status in ("agree", "compatible", "single") and not math.isnan(low):
                low, high = float(date.fromordinal(int(low)).year), float(date.fromordinal(int(high)).year)
        records.append({
            "fact_id": fact_id, "label": label, "kind": kind, "unit": rows["cmp_unit"].iloc[0] or rows["unit"].iloc[0],
            "n_sources": n_sources, "n_mentions": len(rows), "value": value, "low": low, "high": high,
            "date": date_str, "status": status,
            "values": "; ".join(f"{t} [{', '.join(d)}]" for t, d in texts.items()),
            "docs": "; ".join(docs),
        })
    if not records:
        return empty(FACTS)
    return conform(pd.DataFrame(records), FACTS)


def build_facts(
    figures: pd.DataFrame, documents: pd.DataFrame, threshold: float = THRESHOLD,
    alias: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: returns (figures with fact_id/copy_of, facts table).

    ``documents`` is the documents table the figures come from (their
    sentences are read by offset). ``alias`` maps lower-case spelling variants
    to one spelling (:func:`analysis.reconcile.entities.aliases`), so that two
    romanisations of one name count as the same word.
    """
    fig = with_sentences(figures, documents).reset_index(drop=True)
    fig["copy_of"] = find_copies(fig)
    fig = fig.join(_comparable(fig))
    # 'Name and 122 other prisoners' counts the name too
    for i in fig.index[fig["kind"] == "count"]:
        if _and_n_others(fig.at[i, "sentence"], fig.at[i, "at"], fig.at[i, "at"] + len(fig.at[i, "text"])):
            for col in ("cmp_value", "cmp_low", "cmp_high"):
                fig.at[i, col] += 1
    labels = pd.Series(-1, index=fig.index)
    originals = fig[fig["copy_of"] == ""]
    next_label = 0
    head = originals["subject"].astype(str).str.split().str[0].str.lower().fillna("")
    for _, whole in originals.groupby(originals.apply(_group_key, axis=1), sort=False):
        for block in blocks(whole, head):
            group = whole.loc[block]
            local = average_linkage(similarity(group, alias), threshold)
            remap = {}
            for idx, lab in zip(group.index, local):
                if lab not in remap:
                    remap[lab] = next_label
                    next_label += 1
                labels[idx] = remap[lab]
    where = {f"{r.doc}:{r.start}": i for i, r in zip(fig.index, fig.itertuples())}
    for i in fig.index[fig["copy_of"] != ""]:
        labels[i] = labels[where[fig.at[i, "copy_of"]]]
    # fact ids in order of first mention
    order = {}
    for lab in labels.loc[fig.sort_values(["doc", "start"]).index]:
        order.setdefault(lab, len(order) + 1)
    fig["fact_id"] = labels.map(lambda lab: f"F{order[lab]:03d}").astype("string")
    facts = _facts_table(fig)
    fig["entity_id"] = ""
    out = conform(fig.drop(columns=["cmp_value", "cmp_low", "cmp_high", "cmp_unit", "sentence", "at"]),
                  FIGURES + FIGURE_LINKS)
    return out, facts
