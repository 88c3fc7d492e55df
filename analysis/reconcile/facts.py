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
same sentence. The pair model (:mod:`.pairmodel`, over the evidence of
:mod:`.similarity`) gives each pair a probability, and average linkage
(:mod:`.linkage`) merges groups while their mean stays above the model's
threshold. A mention in a repeated paragraph or a syndicated copy
(:mod:`.copies`) joins its original's fact and is not counted as a source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

import numpy as np
import pandas as pd

from ..schema import CONFLICTS, FACTS, FIGURE_LINKS, FIGURES, conform, empty
from ..text.dates import date_interval
from ..extract.describe import DESCRIBE_COLUMNS
from ..text.measures import class_of_measure
from ..text.phrases import in_text_order
from ..text.units import BASE_UNITS, DAYS_PER_UNIT
from .context import with_sentences
from .copies import find_copies
from .links import range_ends
from .scope import scopes
from .series import judge_facts
from .timekeys import ISO_DAY, looked_back, time_keys
from .linkage import average_linkage
from .pairmodel import PairModel, default_model
from .similarity import columns, components, mention_features, records

__all__ = ["build_facts", "candidate_blocks", "facts_and_conflicts", "prepare"]

BLOCK = 300  # largest candidate block compared all-pairs
ROUNDING = 0.02  # a length or mass converted from another unit may be rounded by this much
OTHER_AFTER = re.compile(r"[ \u00a0]+other\b", re.IGNORECASE)
NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'\u00C0-\u024F-]+[ \u00a0]+and[ \u00a0]+$")


DAY_KEY = "day:"  # the group of the date mentions of one calendar day: 'July 4', 'the Fourth of July', 'Friday (Jul 4)'


def _group_key(kind: str, unit: str, day: str) -> str:
    """Mentions can only be one fact within the same comparable group (lengths in metres, masses in kilograms)."""
    if kind == "count" and unit in BASE_UNITS:  # '139 pounds' read as a count is a mass
        return f"quantity:{BASE_UNITS[unit][0]}"
    if kind in ("money", "quantity", "percent"):
        return f"{kind}:{BASE_UNITS.get(unit, (unit,))[0]}"
    if kind == "date" and ISO_DAY.fullmatch(str(day)):  # one calendar day is one date fact
        return f"{DAY_KEY}{day}"
    return kind


def _by_key(positions: np.ndarray, keys: list) -> list[np.ndarray]:
    """``positions`` grouped by their ``keys``, groups in order of first appearance; a key holding a
    missing value (not a string) drops its row, as :meth:`pandas.DataFrame.groupby` does."""
    groups: dict = {}
    for p, key in zip(positions.tolist(), keys):
        if all(isinstance(k, str) for k in key):
            groups.setdefault(key, []).append(p)
    return [np.array(g, dtype=np.intp) for g in groups.values()]


def _by_value(cols: dict[str, np.ndarray], positions: np.ndarray) -> np.ndarray:
    """``positions`` in order of ``cmp_value``, missing values last: the order (ties included) that
    :meth:`pandas.DataFrame.sort_values` gives, with the same quicksort on the same values."""
    value = cols["cmp_value"][positions]
    missing = np.isnan(value)
    order = np.flatnonzero(~missing)[value[~missing].argsort(kind="quicksort")]
    return positions[np.concatenate([order, np.flatnonzero(missing)])]


def _blocks(cols: dict[str, np.ndarray], group: np.ndarray) -> list[np.ndarray]:
    """Candidate blocks (positions in ``cols``) of one comparable group: by what the mentions count, then
    (for big blocks) by counted noun and place, then in slices of :data:`BLOCK` by value, so cost stays near
    linear."""
    if len(group) <= BLOCK:
        return [group]
    out = []
    mclass = cols["mclass"]
    for block in _by_key(
        group, [(c.partition("|")[0] if isinstance(c, str) else c,) for c in mclass[group].tolist()]
    ):
        if len(block) <= BLOCK:
            out.append(block)
            continue
        unit, place = cols["unit"][block].tolist(), cols["place"][block].tolist()
        for sub in _by_key(
            block, [(u, p.lower() if isinstance(p, str) else p) for u, p in zip(unit, place)]
        ):
            sub = _by_value(cols, sub)
            out += [sub[i : i + BLOCK] for i in range(0, len(sub), BLOCK)]
    return out


def _comparable(fig: pd.DataFrame) -> pd.DataFrame:
    """value/low/high in each fact group's unit: days for durations, day ordinals for dates."""
    value, low, high = (
        fig["value"].to_numpy(float).copy(),
        fig["low"].to_numpy(float).copy(),
        fig["high"].to_numpy(float).copy(),
    )
    unit = fig["unit"].astype(str).tolist()
    kinds = fig["kind"].tolist()
    out_unit = list(unit)
    for i, kind in enumerate(kinds):
        if kind in ("quantity", "count") and unit[i] in BASE_UNITS:
            base, f = BASE_UNITS[unit[i]]
            value[i], low[i], high[i] = value[i] * f, low[i] * f, high[i] * f
            if base != unit[i]:  # a converted figure is rounded: '26 feet (7.9 m)'
                low[i], high[i] = (
                    low[i] - abs(value[i]) * ROUNDING,
                    high[i] + abs(value[i]) * ROUNDING,
                )
                value[i] = value[i]
            out_unit[i] = base
        elif kind == "duration" and unit[i] in DAYS_PER_UNIT:
            f = DAYS_PER_UNIT[unit[i]]
            value[i], low[i], high[i] = value[i] * f, low[i] * f, high[i] * f
            out_unit[i] = "day"
        elif kind == "date":
            lo, hi = date_interval(fig["date"].iloc[i])
            value[i], low[i], high[i] = (lo + hi) / 2, lo, hi
            out_unit[i] = ""
    return pd.DataFrame(
        {"cmp_value": value, "cmp_low": low, "cmp_high": high, "cmp_unit": out_unit},
        index=fig.index,
    )


def _range_spans(fig: pd.DataFrame) -> tuple[list[float], list[float]]:
    """Each mention's stated value as an interval, widened to the whole range for the ends of a count's range
    ('between 6 and 10 bodies': [6, 10] for both), so a rival source's 13 is compared with the range, not with 6."""
    lo, hi = fig["cmp_value"].tolist(), fig["cmp_value"].tolist()
    counts = fig.loc[
        fig["kind"] == "count",
        ["doc", "sent_start", "start", "kind", "unit", "sentence", "at", "text", "value"],
    ]
    by_sentence: dict[
        tuple, list
    ] = {}  # one pass over plain rows: a DataFrame per sentence costs more than its rows
    for r in counts.itertuples():
        by_sentence.setdefault((r.doc, r.sent_start), []).append(r)
    for rows in by_sentence.values():
        if len(rows) < 2:
            continue
        for a, b in zip(rows, rows[1:]):
            if range_ends(a, b):
                i, j = a.Index, b.Index
                lo[i] = lo[j] = min(lo[i], lo[j])
                hi[i] = hi[j] = max(hi[i], hi[j])
    return lo, hi


def _and_n_others(text: str, start: int, end: int) -> bool:
    """'Smith and 39 other prisoners': the group is one larger than the number."""
    return bool(OTHER_AFTER.match(text, end)) and bool(
        NAME_AND_BEFORE.search(text[max(0, start - 60) : start])
    )


LABEL_TRIES = 20  # mentions whose sentence is read for a label phrase: bounded per fact


def _label(recs: list) -> str:
    """'people killed in Alder County': the most common measure and place; else the most common subject,
    as the sentence writes it ('miners trapped in Chile', not 'miners trapped Chile')."""
    measures = Counter(r.measure for r in recs if r.measure)
    if measures:
        label = max(measures.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        places = Counter(r.place for r in recs if r.place)
        if places:
            label += " in " + places.most_common(1)[0][0]
        return label
    subjects = Counter(r.subject for r in recs if r.subject)
    days = {r.date for r in recs if r.kind == "date"}
    if (
        len(days) == 1
        and ISO_DAY.fullmatch(next(iter(days)))
        and max(subjects.values(), default=0) < 2
    ):
        return next(iter(days))  # a day whose mentions share no words: the day is its own label
    if not subjects:
        return recs[0].text
    subject = max(subjects.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    # the subject is a bag of words; the label is the stretch of a sentence that holds them, as written
    for r in [r for r in recs if r.subject == subject][:LABEL_TRIES]:
        phrase = in_text_order(r.sentence, subject.split(), r.at, len(r.text))
        if phrase:
            return phrase
    return subject


CONFLICT_COLUMNS = [c.name for c in CONFLICTS]
# the columns the facts table, its labels and its judgement (:mod:`.series`, :mod:`.links`) read of each mention
READ = (
    "doc",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "unit",
    "qualifier",
    "date",
    "subject",
    "sent_start",
    "measure",
    "place",
    "attributed_to",
    "relation",
    "sentence",
    "at",
    "copy_of",
    "cmp_value",
    "cmp_low",
    "cmp_high",
    "cmp_unit",
    "mclass",
    "jkey",
    "plus_named",
    "holder",
    "modality",
    "clocked",
)


def _facts_table(fig: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = []
    every = records(
        columns(fig[list(READ)]), np.arange(len(fig))
    )  # once: a DataFrame per fact costs more than its rows
    grouped = []  # (fact id, its mentions, its original mentions)
    for fact_id, positions in sorted(fig.groupby("fact_id", sort=False).indices.items()):
        recs = [every[i] for i in sorted(positions)]
        grouped.append((fact_id, recs, [r for r in recs if r.copy_of == ""]))
    judged, pairs = judge_facts(
        [
            (originals, [r.jkey for r in originals], len({r.doc for r in originals}))
            for _, _, originals in grouped
        ]
    )  # all facts' pairs at once
    for (fact_id, recs, originals), (status, why, low, high) in zip(grouped, judged):
        keys = [r.jkey for r in originals]
        docs = list(dict.fromkeys(r.doc for r in recs))
        n_sources = len({r.doc for r in originals})
        kind = recs[0].kind
        latest = originals
        dated = [k for k in keys if ISO_DAY.fullmatch(k)]
        if status == "updated" and dated:
            latest = [r for r, k in zip(originals, keys) if k == max(dated)]
        values = Counter(
            round(r.cmp_value, 6) for r in latest if r.qualifier == "exact"
        ) or Counter(round(r.cmp_value, 6) for r in latest)
        value = math.nan if kind == "date" or not values else float(values.most_common(1)[0][0])
        texts: dict[str, list[str]] = {}
        for r in recs:
            texts.setdefault(r.text.strip(), [])
            if r.doc not in texts[r.text.strip()]:
                texts[r.text.strip()].append(r.doc)
        date_str = ""
        if kind == "date":
            date_str = max((r.date for r in recs), key=lambda d: (len(d.lstrip("-")), d))
            if status in ("agree", "compatible", "single") and not math.isnan(low):
                low, high = (
                    float(date.fromordinal(int(low)).year),
                    float(date.fromordinal(int(high)).year),
                )
        rows.append(
            {
                "fact_id": fact_id,
                "label": _label(recs),
                "kind": kind,
                "unit": recs[0].cmp_unit or recs[0].unit,
                "n_sources": n_sources,
                "n_mentions": len(recs),
                "value": value,
                "low": low,
                "high": high,
                "date": date_str,
                "status": status,
                "why": why,
                "values": "; ".join(f"{t} [{', '.join(d)}]" for t, d in texts.items()),
                "docs": "; ".join(docs),
            }
        )
    facts = conform(pd.DataFrame(rows), FACTS) if rows else empty(FACTS)
    fact_ids = np.array([g[0] for g in grouped], dtype=object)
    pairs["fact_id"] = fact_ids[pairs.pop("fact")]
    table = (
        conform(pd.DataFrame(pairs)[CONFLICT_COLUMNS], CONFLICTS)
        if len(pairs["fact_id"])
        else empty(CONFLICTS)
    )
    return facts, table


def build_facts(
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    model: PairModel | None = None,
    alias: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: returns (figures with fact_id/copy_of, facts table); see :func:`facts_and_conflicts`."""
    linked, facts, _ = facts_and_conflicts(figures, documents, model, alias)
    return linked, facts


def prepare(figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The figures with what grouping reads of each: its sentence, copy link, comparable interval, measure class,
    scope, time keys and range span (positions as a RangeIndex)."""
    fig = with_sentences(figures, documents).reset_index(drop=True)
    fig["copy_of"] = find_copies(fig)
    fig = fig.join(_comparable(fig))
    for col in DESCRIBE_COLUMNS:
        fig[col] = fig[col].fillna("").astype(str)
    classes: dict[str, str] = {}  # a corpus states few measures, many times
    # the measures of amounts (percentages, areas, money: analysis.extract.amounts) are not yet compared here
    amounts = [
        k in ("percent", "money") or k == "quantity" and m.startswith("area")
        for k, m in zip(fig["kind"].tolist(), fig["measure"].tolist())
    ]
    fig["mclass"] = [
        "" if a else classes[m] if m in classes else classes.setdefault(m, class_of_measure(m))
        for m, a in zip(fig["measure"].tolist(), amounts)
    ]
    texts = dict(zip(documents["doc"].astype(str), documents["text"].astype(str)))
    fig["scope"] = scopes(
        fig, texts
    )  # the place a figure holds for, also when its sentence does not say
    for col in ("doc", "text", "kind", "unit", "qualifier", "date", "subject", "copy_of"):
        fig[col] = fig[col].astype(object)  # plain strings: iterating pandas' string arrays is slow
    fig["clocked"] = _clocked(fig, documents)
    fig["tkey"] = time_keys(fig)
    # statuses also read the weekday of the paragraph: two reports of one Sunday that disagree conflict
    fig["jkey"] = looked_back(fig, fig["tkey"].tolist(), texts)
    # 'Name and 39 other passengers' counts the name too
    fig["plus_named"] = [
        k == "count" and _and_n_others(sentence, at, at + len(text))
        for k, sentence, at, text in zip(
            *(fig[c].tolist() for c in ("kind", "sentence", "at", "text"))
        )
    ]
    for col in ("cmp_value", "cmp_low", "cmp_high"):
        fig[col] = fig[col] + fig["plus_named"].astype(float)
    fig["span_low"], fig["span_high"] = _range_spans(fig)
    return fig


def _clocked(fig: pd.DataFrame, documents: pd.DataFrame) -> list[bool]:
    """Whether each figure's day is only its article's inferred report time (:mod:`analysis.io.clock`): the
    article states no date and the figure's sentence names no other day. Such a day orders reports, but two
    of them are not known to be one day for certain."""
    if (
        "report_time_from" not in documents
    ):  # a documents table the story clock did not run on: no day inferred
        return [False] * len(fig)
    inferred = documents["report_time_from"].astype(str) == "inferred"
    report = dict(
        zip(
            documents.loc[inferred, "doc"].astype(str),
            documents.loc[inferred, "report_time"].astype(str),
        )
    )
    return [
        doc in report and str(as_of)[:10] == report[doc]
        for doc, as_of in zip(fig["doc"].tolist(), fig["as_of"].tolist())
    ]


def candidate_blocks(
    fig: pd.DataFrame, alias: dict[str, str] | None = None
) -> tuple[dict[str, np.ndarray], np.ndarray, list[tuple[bool, np.ndarray]]]:
    """The original mentions of a prepared table (:func:`prepare`) as column arrays with their similarity features,
    their positions in ``fig``, and the candidate blocks (positions in the arrays), each with whether it is
    one fact by construction (the mentions of one calendar day)."""
    originals = fig[fig["copy_of"] == ""]
    cols = columns(originals)  # blocks are cut from plain arrays by position, not as DataFrames
    cols.update(
        mention_features(cols, alias)
    )  # what similarity reads of each mention, once whatever its block
    keys: dict[tuple, str] = {}
    groups: dict[str, list[int]] = {}
    for p, kud in enumerate(zip(*(cols[c].tolist() for c in ("kind", "unit", "date")))):
        key = keys[kud] if kud in keys else keys.setdefault(kud, _group_key(*kud))
        groups.setdefault(key, []).append(p)
    blocks = []
    for key, group in groups.items():
        group = np.array(group, dtype=np.intp)
        one_day = key.startswith(DAY_KEY)
        blocks += [(one_day, block) for block in ([group] if one_day else _blocks(cols, group))]
    return cols, originals.index.to_numpy(), blocks


def _labels(fig: pd.DataFrame, model: PairModel, alias: dict[str, str] | None) -> np.ndarray:
    """A cluster label for each mention of a prepared table (:func:`prepare`); copies take their original's."""
    labels = np.full(len(fig), -1)  # by position: fig has a RangeIndex
    cols, index, blocks = candidate_blocks(fig, alias)
    next_label = 0
    for one_day, block in blocks:
        if one_day or len(block) == 1:
            local = [0] * len(block)
        else:
            local = average_linkage(
                model.scores(components({c: v[block] for c, v in cols.items()}, alias)),
                model.threshold,
            )
        remap = {}
        for idx, lab in zip(index[block].tolist(), local):
            if lab not in remap:
                remap[lab] = next_label
                next_label += 1
            labels[idx] = remap[lab]
    where = {f"{doc}:{start}": i for i, doc, start in zip(fig.index, fig["doc"], fig["start"])}
    copies = fig["copy_of"] != ""
    for i, copy_of in zip(fig.index[copies], fig["copy_of"][copies]):
        labels[i] = labels[where[copy_of]]
    return labels


def facts_and_conflicts(
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    model: PairModel | None = None,
    alias: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Group mentions into facts: returns (figures with fact_id/copy_of, facts table, conflicts table).

    ``documents`` is the documents table the figures come from (their
    sentences are read by offset). ``model`` scores the pairs of mentions
    (:mod:`.pairmodel`; default: the shipped model). ``alias`` maps lower-case spelling variants
    to one spelling (:func:`analysis.reconcile.entities.aliases`), so that two
    romanisations of one name count as the same word.
    """
    fig = prepare(figures, documents)
    labels = _labels(fig, model or default_model(), alias)
    # fact ids in order of first mention
    order = {}
    for lab in labels[fig.sort_values(["doc", "start"]).index.to_numpy()].tolist():
        order.setdefault(lab, len(order) + 1)
    fig["fact_id"] = pd.Series(
        [f"F{order[lab]:03d}" for lab in labels.tolist()], index=fig.index, dtype="string"
    )
    facts, conflicts = _facts_table(fig)
    fig["entity_id"] = ""
    out = conform(
        fig.drop(
            columns=[
                "cmp_value",
                "cmp_low",
                "cmp_high",
                "cmp_unit",
                "sentence",
                "at",
                "mclass",
                "scope",
                "plus_named",
                "tkey",
                "jkey",
                "span_low",
                "span_high",
                "clocked",
            ]
        ),
        FIGURES + FIGURE_LINKS,
    )
    return out, facts, conflicts
