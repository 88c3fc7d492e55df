"""Which facts a reader needs first: every fact's salience, a product of plain factors, and why.

In: the facts, figures and documents tables (:mod:`analysis.schema`, :mod:`analysis.io.corpus`).
Out: :func:`salience`, one row per fact with its ``score`` and the factors it multiplies (each a
column), highest first; :func:`lead_ends`, where each document's lead ends. Read by
:mod:`.keyfigures` (the key-figures table) and :mod:`.explore`.

The factors:

- ``kind_weight``: counts, money and quantities weigh most, then shares
  (percent), durations, ages; dates least;
- ``outlets``: independent outlets stating it (copies not counted);
- ``lead``: share of those outlets stating it in the headline or the first
  paragraph (mention offsets against the document text, and the manifest's
  ``headline``);
- ``grammatical``: a small count of a generic noun ('the two countries',
  'both sides') is a grammatical count, not a measure, and ranks low;
- ``early``: how early in its articles the figure first comes (news puts
  the main figures first);
- ``changing``: facts that were updated or are disputed get a small bonus.

The tables must have their declared columns (:mod:`analysis.schema`, and the
documents table of :data:`analysis.io.corpus.DOCUMENTS`): a table without one
is refused with a KeyError naming it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .common import independent, require, text_column
from .lexicon import GENERIC_NOUNS
from .overview import doc_labels

__all__ = ["KIND_WEIGHTS", "SALIENCE_COLUMNS", "lead_ends", "salience"]


KIND_WEIGHTS = {
    "count": 1.0,
    "money": 1.0,
    "quantity": 1.0,
    "percent": 0.8,
    "duration": 0.4,
    "age": 0.25,
    "date": 0.1,
}
OTHER_KIND_WEIGHT = 0.5  # a kind KIND_WEIGHTS does not list
MEASURED_BONUS = 1.1  # a count that says what it counts (its measure)
CHANGING_BONUS = 1.15  # an updated or disputed fact
CHANGING = ("updated", "conflict")
GRAMMATICAL_FACTOR = 0.15  # a grammatical count ('the two countries') ranks this much lower
LEAD_WEIGHT, EARLY_WEIGHT = 1.5, 0.5  # beside one point per outlet stating the fact
SMALL_COUNT = 2  # a count of at most this many of anything is grammar ('both', 'two sides')
GENERIC_COUNT = 10  # a count of at most this many of a generic noun is grammar
LEAD_MIN_WORDS = 15  # the lead runs through the first paragraph of this many words or more ...
LEAD_MAX_CHARS = 700  # ... and this many characters at most
FIGURE_COLUMNS = ["doc", "start", "end", "text", "kind", "value", "unit", "fact_id"]
FIGURE_COLUMNS += ["low", "high", "sent_start", "sent_end", "measure", "as_of", "copy_of"]
DOCUMENT_COLUMNS = ["doc", "text", "headline", "published"]
SALIENCE_COLUMNS = [
    "fact_id",
    "label",
    "kind",
    "status",
    "score",
    "kind_weight",
    "outlets",
    "lead",
    "grammatical",
    "early",
    "changing",
]


def lead_ends(documents: pd.DataFrame, max_chars: int = LEAD_MAX_CHARS) -> dict[str, int]:
    """doc -> offset where its lead ends: through the first paragraph of :data:`LEAD_MIN_WORDS`
    words or more (the headline lines before it included), at most ``max_chars`` characters."""
    out = {}
    for doc, text in zip(documents["doc"].astype(str), text_column(documents, "text")):
        end, pos = 0, 0
        for line in text.split("\n"):
            pos += len(line) + 1
            end = pos
            if len(line.split()) >= LEAD_MIN_WORDS or pos >= max_chars:
                break
        out[doc] = min(end, max_chars)
    return out


def salience(facts: pd.DataFrame, figures: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per fact with its salience ``score`` and the factors it multiplies (see the module
    doc), highest first (ties: fact id)."""
    require(facts, ["fact_id", "label", "kind", "status"], "facts")
    require(figures, FIGURE_COLUMNS, "figures")
    require(documents, DOCUMENT_COLUMNS, "documents")
    mentions = _Mentions.of(independent(figures), documents)
    rows = [
        _salience_row(fact, mentions, mentions.rows_of.get(str(fact.fact_id), []))
        for fact in facts.itertuples(index=False)
    ]
    out = pd.DataFrame(rows, columns=SALIENCE_COLUMNS)
    return out.sort_values(
        ["score", "fact_id"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


@dataclass
class _Mentions:
    """The independent mentions' columns as lists, each fact's row numbers, and per document its
    outlet, lead end, length and headline: one pass over the mentions, not one scan per fact."""

    docs: list[str]
    starts: list[int]
    texts: list[str]
    values: list[float]
    units: list[str]
    measures: list[str]
    rows_of: dict[str, list[int]]
    outlet: dict[str, str]
    leads: dict[str, int]
    lengths: dict[str, int]
    headlines: dict[str, str]

    @classmethod
    def of(cls, pool: pd.DataFrame, documents: pd.DataFrame) -> "_Mentions":
        rows_of: dict[str, list[int]] = {}
        for i, f in enumerate(pool["fact_id"].astype(str)):
            rows_of.setdefault(f, []).append(i)
        doc_ids = documents["doc"].astype(str)
        return cls(
            docs=pool["doc"].astype(str).tolist(),
            starts=pool["start"].astype(int).tolist(),
            texts=pool["text"].astype(str).str.casefold().tolist(),
            values=pool["value"].astype(float).tolist(),
            units=pool["unit"].astype(str).str.casefold().tolist(),
            measures=text_column(pool, "measure").tolist(),
            rows_of=rows_of,
            outlet=doc_labels(documents),
            leads=lead_ends(documents),
            lengths=dict(zip(doc_ids, text_column(documents, "text").str.len())),
            headlines=dict(zip(doc_ids, text_column(documents, "headline").str.casefold())),
        )

    def in_lead(self, i: int) -> bool:
        """Whether mention ``i`` stands in its document's lead, or its text in the headline."""
        doc, text = self.docs[i], self.texts[i]
        return self.starts[i] < self.leads.get(doc, 0) or bool(
            text and text in self.headlines.get(doc, "")
        )


def _salience_row(fact, m: _Mentions, mine: list[int]) -> dict:
    """The fact's factors (see the module doc) and their product, from its mentions ``mine``."""
    outlets = {m.outlet.get(m.docs[i], m.docs[i]) for i in mine}
    in_lead = {m.outlet.get(m.docs[i], m.docs[i]) for i in mine if m.in_lead(i)}
    lead = len(in_lead) / len(outlets) if outlets else 0.0
    firsts = [m.starts[i] / max(m.lengths.get(m.docs[i], 0), 1) for i in mine]
    early = 1.0 - min(firsts) if firsts else 0.0
    grammatical = _grammatical([m.values[i] for i in mine], {m.units[i] for i in mine}, fact.kind)
    # a count needs a measure to say what it counts; an amount or a share says it by its unit
    measured = fact.kind != "count" or any(m.measures[i] != "" for i in mine)
    changing = CHANGING_BONUS if fact.status in CHANGING else 1.0
    weight = KIND_WEIGHTS.get(fact.kind, OTHER_KIND_WEIGHT) * (MEASURED_BONUS if measured else 1.0)
    score = (
        weight
        * (GRAMMATICAL_FACTOR if grammatical else 1.0)
        * changing
        * (len(outlets) + LEAD_WEIGHT * lead + EARLY_WEIGHT * early)
    )
    return {
        "fact_id": fact.fact_id,
        "label": fact.label,
        "kind": fact.kind,
        "status": fact.status,
        "score": round(score, 3),
        "kind_weight": weight,
        "outlets": len(outlets),
        "lead": round(lead, 3),
        "grammatical": grammatical,
        "early": round(early, 3),
        "changing": changing,
    }


def _grammatical(values: list[float], units: set[str], kind: str) -> bool:
    """A small count of a generic noun (or a count of one or two of anything): grammar, not a
    measure."""
    if kind != "count" or not values:
        return False
    if all(v <= SMALL_COUNT for v in values):
        return True
    return bool(all(v <= GENERIC_COUNT for v in values) and units and units <= GENERIC_NOUNS)
