"""Key figures first: which facts a reader needs, ranked by salience, with a quote each.

In: the facts, figures and documents tables (:mod:`analysis.schema`,
:mod:`analysis.io.corpus`). Out: :func:`salience` scores every fact and says
why; :func:`key_figures` returns the top facts as a table a reader can quote:
the figure, its status in words, which outlets say what, and the best quote
(its sentence read by offset). Outlets are named by the documents table's
``outlet`` (fallback: the document id); ids stay in provenance columns.

Salience (a product of plain factors, each a column of :func:`salience`):

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
is refused with a KeyError naming it. Only ``reference_date``, a manifest's
optional column (:mod:`analysis.io.manifest`), is read when present.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from ..text.spans import sentence_text
from .common import require
from .keyhtml import key_figures_html
from .lexicon import GENERIC_NOUNS
from .overview import doc_labels, outlets_named_in

__all__ = [
    "GENERIC_NOUNS",
    "KIND_WEIGHTS",
    "doc_dates",
    "independent",
    "key_figures",
    "key_figures_html",
    "lead_ends",
    "salience",
    "status_words",
]

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
SHORT_QUOTE_WORDS = 6  # a sentence of fewer words is a poor quote (a headline, a caption)
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


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]`` as strings ('' for a missing value); a KeyError when the table lacks it."""
    return frame[name].fillna("").astype(str)


def independent(figures: pd.DataFrame) -> pd.DataFrame:
    """Mentions that are not copies (syndicated copies and repeated paragraphs left out)."""
    return figures[_col(figures, "copy_of") == ""]


def doc_dates(documents: pd.DataFrame) -> dict[str, str]:
    """doc -> the manifest's ``published`` day (else ``reference_date``, when the manifest gives
    that optional column), '' when unknown."""
    published = _col(documents, "published")
    reference = _col(documents, "reference_date") if "reference_date" in documents else published
    return {d: (p or r)[:10] for d, p, r in zip(documents["doc"].astype(str), published, reference)}


def lead_ends(documents: pd.DataFrame, max_chars: int = LEAD_MAX_CHARS) -> dict[str, int]:
    """doc -> offset where its lead ends: through the first paragraph of :data:`LEAD_MIN_WORDS`
    words or more (the headline lines before it included), at most ``max_chars`` characters."""
    out = {}
    for doc, text in zip(documents["doc"].astype(str), _col(documents, "text")):
        end, pos = 0, 0
        for line in text.split("\n"):
            pos += len(line) + 1
            end = pos
            if len(line.split()) >= LEAD_MIN_WORDS or pos >= max_chars:
                break
        out[doc] = min(end, max_chars)
    return out


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
            measures=_col(pool, "measure").tolist(),
            rows_of=rows_of,
            outlet=doc_labels(documents),
            leads=lead_ends(documents),
            lengths=dict(zip(doc_ids, _col(documents, "text").str.len())),
            headlines=dict(zip(doc_ids, _col(documents, "headline").str.casefold())),
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
        _col(facts, "why").set_axis(facts["fact_id"]),
        labels,
        dates,
        lead_ends(documents),
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
    report days and lead ends."""

    by_id: pd.DataFrame
    whys: pd.Series
    labels: Mapping[str, str]
    dates: Mapping[str, str]
    leads: Mapping[str, int]


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
        "reports": _outlet_lines(part, c.labels, c.dates, r.status, consensus),
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


def _outlet_lines(
    part: pd.DataFrame, labels: Mapping[str, str], dates: Mapping[str, str], status: str, consensus
) -> list[dict]:
    """One entry per outlet, in date order: its figure(s) as written, its report day (the figure's
    'as of' day, else the article's), and whether it is disputed (a conflict whose interval leaves
    out the consensus)."""
    as_of = _col(part, "as_of").str[:10]
    out: dict[str, dict] = {}
    for doc, text, day, low, high in zip(
        part["doc"].astype(str),
        part["text"].astype(str),
        as_of,
        part["low"].astype(float),
        part["high"].astype(float),
    ):
        outlet = labels.get(doc, doc)
        line = out.setdefault(
            outlet,
            {"outlet": outlet, "texts": [], "day": day or dates.get(doc, ""), "disputed": False},
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
