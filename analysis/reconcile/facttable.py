"""The facts table and the conflicts table of mentions grouped into facts.

In: the prepared mentions (:func:`.prepare.prepare`) with their ``fact_id``. Out:
:func:`facts_table`, the facts (:data:`analysis.schema.FACTS`: one row per fact with its label,
consensus value and interval, status and why, from :func:`.series.judge_facts`) and the conflicts
(:data:`analysis.schema.CONFLICTS`: one row per disagreement).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date

import numpy as np
import pandas as pd

from ..schema import CONFLICTS, FACTS, conform, empty
from ..text.phrases import in_text_order
from .series import judge_facts
from .mentions import columns, records
from .prepare import DISPUTE_SIDE
from .timekeys import ISO_DAY, time_order

__all__ = ["facts_table"]

LABEL_TRIES = 20  # mentions whose sentence is read for a label phrase: bounded per fact
VALUE_DIGITS = 6  # values rounded to this many decimals before the most common is taken
CONFLICT_COLUMNS = [c.name for c in CONFLICTS]
# statuses whose date interval is given in years (the facts agree on a span of days)
YEAR_SPAN_STATUSES = ("agree", "compatible", "single")
# the columns the facts table, its labels and its judgement (:mod:`.series`, :mod:`.reasons`,
# :mod:`.links`) read of each mention
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
    "as_of",
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
    "fixity",
    DISPUTE_SIDE,
)


def facts_table(fig: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, conflicts) of prepared mentions with a ``fact_id``."""
    grouped = _by_fact(fig)
    judged, pairs = judge_facts(
        [
            (originals, [r.jkey for r in originals], _sources(originals))
            for _, _, originals in grouped
        ]
    )  # all facts' pairs at once
    rows = [
        _fact_row(fact_id, recs, originals, judgement)
        for (fact_id, recs, originals), judgement in zip(grouped, judged)
    ]
    facts = conform(pd.DataFrame(rows), FACTS) if rows else empty(FACTS)
    fact_ids = np.array([g[0] for g in grouped], dtype=object)
    pairs["fact_id"] = fact_ids[pairs.pop("fact")]
    conflicts = (
        conform(pd.DataFrame(pairs)[CONFLICT_COLUMNS], CONFLICTS)
        if len(pairs["fact_id"])
        else empty(CONFLICTS)
    )
    return facts, conflicts


def _by_fact(fig: pd.DataFrame) -> list[tuple[str, list, list]]:
    """(fact id, its mentions, its original mentions) of each fact, in fact id order; the records
    are made once: a DataFrame per fact costs more than its rows."""
    read = [c for c in READ if c in fig.columns]  # a table grouped elsewhere has no DISPUTE_SIDE
    every = records(columns(fig[read]), np.arange(len(fig)))
    grouped = []
    for fact_id, positions in sorted(fig.groupby("fact_id", sort=False).indices.items()):
        recs = [every[i] for i in sorted(positions)]
        grouped.append((fact_id, recs, [r for r in recs if r.copy_of == ""]))
    return grouped


def _sources(recs: list) -> int:
    return len({r.doc for r in recs})


def _fact_row(fact_id: str, recs: list, originals: list, judgement: tuple) -> dict:
    status, why, low, high = judgement
    kind = recs[0].kind
    date_str = ""
    if kind == "date":
        date_str = max((r.date for r in recs), key=lambda d: (len(d.lstrip("-")), d))
        if status in YEAR_SPAN_STATUSES and not math.isnan(low):
            low, high = (float(date.fromordinal(int(x)).year) for x in (low, high))
    return {
        "fact_id": fact_id,
        "label": _label(recs),
        "kind": kind,
        "unit": recs[0].cmp_unit or recs[0].unit,
        "n_sources": _sources(originals),
        "n_mentions": len(recs),
        "value": math.nan if kind == "date" else _value(originals, status),
        "low": low,
        "high": high,
        "date": date_str,
        "status": status,
        "why": why,
        "values": _values(recs),
        "docs": "; ".join(dict.fromkeys(r.doc for r in recs)),
    }


def _value(originals: list, status: str) -> float:
    """The consensus value: the most common exact value (else the most common value) of the
    originals, of the latest day's reports for an updated fact."""
    latest = originals
    keys = [r.jkey for r in originals]
    dated = [k for k in keys if ISO_DAY.fullmatch(k)]
    if status == "updated" and dated:
        last = max(map(time_order, dated))
        latest = [r for r, k in zip(originals, keys) if time_order(k) == last]
    values = Counter(
        round(r.cmp_value, VALUE_DIGITS) for r in latest if r.qualifier == "exact"
    ) or Counter(round(r.cmp_value, VALUE_DIGITS) for r in latest)
    return float(values.most_common(1)[0][0]) if values else math.nan


def _values(recs: list) -> str:
    """Each text as written with the documents that write it: '68 [d1, d2]; 70 [d3]'."""
    texts: dict[str, list[str]] = {}
    for r in recs:
        docs = texts.setdefault(r.text.strip(), [])
        if r.doc not in docs:
            docs.append(r.doc)
    return "; ".join(f"{t} [{', '.join(d)}]" for t, d in texts.items())


def _most(counter: Counter) -> str:
    """The most common key, the longer on a tie."""
    return max(counter.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _label(recs: list) -> str:
    """'people killed in Alder County': the most common measure and place; else the most common
    subject, as the sentence writes it ('miners trapped in Chile', not 'miners trapped Chile')."""
    measures = Counter(r.measure for r in recs if r.measure)
    if measures:
        places = Counter(r.place for r in recs if r.place)
        place = f" in {places.most_common(1)[0][0]}" if places else ""
        return _most(measures) + place
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
    subject = _most(subjects)
    # the subject is a bag of words; the label is the stretch of a sentence that holds them
    for r in [r for r in recs if r.subject == subject][:LABEL_TRIES]:
        phrase = in_text_order(r.sentence, subject.split(), r.at, len(r.text))
        if phrase:
            return phrase
    return subject
