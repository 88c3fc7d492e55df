"""Key figures first: the facts a reader needs, ranked by salience, with a quote each.

In: the facts, figures and documents tables (:mod:`analysis.schema`,
:mod:`analysis.io.corpus`). Out: :func:`key_figures` returns the top facts by
salience (:func:`.salience.salience`: its factors and their weights) as a
table a reader can quote: the figure, its status in words
(:func:`status_words`), which outlets say what, and the best quote (its
sentence read by offset). Outlets are named by the documents table's
``outlet`` (fallback: the document id); ids stay in provenance columns.

The tables must have their declared columns (:mod:`analysis.schema`, and the
documents table of :data:`analysis.io.corpus.DOCUMENTS`): a table without one
is refused with a KeyError naming it. Only ``reference_date``, a manifest's
optional column (:mod:`analysis.io.manifest`), is read when present.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from ..text.spans import sentence_text
from .common import doc_dates, estimated_days, independent, require, text_column
from .keyhtml import key_figures_html
from .overview import doc_labels, outlets_named_in
from .salience import lead_ends, salience

__all__ = ["KEY_COLUMNS", "key_figures", "key_figures_html", "status_words"]

SHORT_QUOTE_WORDS = 6  # a sentence of fewer words is a poor quote (a headline, a caption)
KEY_COLUMNS = [
    "figure",
    "status",
    "what the outlets say",
    "best quote",
    "quoted figure",
    "quoted outlet",
    "fact_id",
    "quote_doc",
    "quote_at",
    "reports",
]


def status_words(status: str, n_outlets: int = 0, why: str = "") -> str:
    """The status of a fact in plain words ('3 outlets agree', 'outlets disagree: ...')."""
    many = f"{n_outlets} outlets" if n_outlets > 1 else "the outlets"
    words = {
        "agree": f"{many} agree",
        "compatible": f"{many} consistent (different precision)",
        "updated": "updated as the story went on",
        "conflict": "outlets disagree",
        "differs": "outlets differ (not known to be the same time)",
        "single": "one outlet only",
    }.get(status, status)
    return (
        f"{words}: {why}"
        if why and status in ("updated", "differs", "conflict", "compatible")
        else words
    )


def key_figures(
    facts: pd.DataFrame,
    figures: pd.DataFrame,
    documents: pd.DataFrame,
    top: int = 8,
    labels: Mapping[str, str] | None = None,
    min_score: float = 0.0,
) -> pd.DataFrame:
    """The ``top`` facts by :func:`salience` (dates left out), as a table a reader can quote.

    Columns: figure (the fact's label), status (in words, with the facts
    table's ``why`` where given), what the outlets say ('40: Outlet A,
    Outlet B; more than 30: Outlet C', in order of publication), best quote
    (the sentence of the best mention: in the lead first, then earliest, then
    shortest), quoted figure (that mention as written), quoted outlet, and the
    provenance columns fact_id and quote_doc. Text is returned as written:
    show it escaped (:func:`analysis.present.table`).
    """
    require(facts, ["fact_id", "label", "value", "why"], "facts")
    labels = dict(labels or doc_labels(documents))
    ranked = salience(facts, figures, documents)
    ranked = ranked[(ranked["kind"] != "date") & (ranked["score"] > min_score)].head(top)
    dates = doc_dates(documents)
    pool = _quote_pool(figures, documents, ranked, dates)
    context = _KeyContext(
        facts.set_index("fact_id"),
        text_column(facts, "why").set_axis(facts["fact_id"]),
        labels,
        dates,
        lead_ends(documents),
        estimated_days(documents),
    )
    rows = [
        _key_row(r, pool[pool["fact_id"] == r.fact_id], context)
        for r in ranked.itertuples(index=False)
    ]
    return pd.DataFrame(rows, columns=KEY_COLUMNS)


def _quote_pool(
    figures: pd.DataFrame, documents: pd.DataFrame, ranked: pd.DataFrame, dates: Mapping[str, str]
) -> pd.DataFrame:
    """The ranked facts' independent mentions in date order (undated reports last), each with its
    sentence (white space folded) and where the figure stands in it (by offset, never by search)."""
    pool = independent(figures)
    pool = pool[pool["fact_id"].isin(ranked["fact_id"])]
    day = pool["doc"].astype(str).map(dates).fillna("")
    pool = pool.assign(_undated=day == "", _day=day).sort_values(
        ["_undated", "_day", "doc", "start"], kind="stable"
    )
    raw = sentence_text(pool, documents)
    return pool.assign(
        sentence=raw.str.split().str.join(" "),
        quote_at=[
            _folded_at(str(q), int(s) - int(a))
            for q, s, a in zip(raw, pool["start"], pool["sent_start"])
        ],
    )


@dataclass(frozen=True)
class _KeyContext:
    """What every row of the key-figures table reads: the facts by id, their whys, outlet names,
    report days, lead ends and the documents whose day the story clock estimated."""

    by_id: pd.DataFrame
    whys: pd.Series
    labels: Mapping[str, str]
    dates: Mapping[str, str]
    leads: Mapping[str, int]
    estimated: set[str]


def _key_row(r, part: pd.DataFrame, c: _KeyContext) -> dict:
    """One fact's row of the key-figures table (:data:`KEY_COLUMNS`)."""
    says = "; ".join(
        f"{text}: {', '.join(dict.fromkeys(c.labels.get(d, d) for d in g['doc']))}"
        for text, g in part.groupby("text", sort=False)
    )
    quote = _best_quote(part, c.leads)
    consensus = c.by_id.loc[r.fact_id, "value"]
    why = outlets_named_in(c.whys.get(r.fact_id, ""), c.labels)
    return {
        "reports": _outlet_lines(part, c, r.status, consensus),
        "figure": str(c.by_id.loc[r.fact_id, "label"]),
        "status": status_words(r.status, r.outlets, why),
        "what the outlets say": says,
        "best quote": "" if quote is None else quote["sentence"],
        "quoted figure": "" if quote is None else str(quote["text"]),
        "quoted outlet": "" if quote is None else c.labels.get(quote["doc"], quote["doc"]),
        "fact_id": r.fact_id,
        "quote_doc": "" if quote is None else quote["doc"],
        "quote_at": -1 if quote is None else int(quote["quote_at"]),
    }


def _outlet_lines(part: pd.DataFrame, c: _KeyContext, status: str, consensus) -> list[dict]:
    """One entry per outlet, in date order: its figure(s) as written, its report day (the figure's
    'as of' day, else the article's), whether that day is estimated (the story clock read the
    article's day from its text: a day dated from it is estimated too), and whether it is
    disputed (a conflict whose interval leaves out the consensus)."""
    as_of = text_column(part, "as_of").str[:10]
    out: dict[str, dict] = {}
    for doc, text, day, low, high in zip(
        part["doc"].astype(str),
        part["text"].astype(str),
        as_of,
        part["low"].astype(float),
        part["high"].astype(float),
    ):
        outlet = c.labels.get(doc, doc)
        published = c.dates.get(doc, "")
        line = out.setdefault(
            outlet,
            {
                "outlet": outlet,
                "texts": [],
                "day": day or published,
                "published": published,
                "estimated": doc in c.estimated,
                "disputed": False,
            },
        )
        if text not in line["texts"]:
            line["texts"].append(text)
        if status == "conflict" and consensus is not None and pd.notna(consensus):
            line["disputed"] |= not (low <= float(consensus) <= high)
    return list(out.values())


def _best_quote(part: pd.DataFrame, leads: Mapping[str, int]) -> pd.Series | None:
    if part.empty:
        return None
    words = part["sentence"].str.split().str.len().fillna(0)
    order = pd.DataFrame(
        {
            "in_lead": [
                0 if s < leads.get(d, 0) else 1 for d, s in zip(part["doc"], part["start"])
            ],
            "too_short": (words < SHORT_QUOTE_WORDS).astype(int),
            "start": part["start"].to_numpy(),
            "words": words.to_numpy(),
        },
        index=part.index,
    )
    best = order.sort_values(["too_short", "in_lead", "start", "words"], kind="stable").index[0]
    return part.loc[best]


def _folded_at(raw: str, at: int) -> int:
    """Where offset ``at`` of ``raw`` lands once runs of white space are folded to one space and the
    ends trimmed."""
    before = raw[: max(0, at)]
    folded = " ".join(before.split())
    return len(folded) + (1 if folded and before[-1:].isspace() else 0)
