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

Columns the other stages may not provide yet (``status`` 'updated', ``why``,
``measure``, ``outlet``, ``headline``) are used when present and otherwise
simply never count.
"""

from __future__ import annotations

import html
from typing import Mapping

import pandas as pd
from IPython.display import HTML

from ..text.spans import sentence_text
from .common import require
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
# nouns that, counted in small numbers, describe the grammar of a sentence rather than a measure
GENERIC_NOUNS = frozenset(
    {
        "side",
        "country",
        "nation",
        "party",
        "leader",
        "time",
        "way",
        "part",
        "thing",
        "man",
        "woman",
        "member",
        "state",
        "government",
        "president",
        "official",
        "hand",
        "word",
        "point",
        "round",
        "team",
        "group",
        "other",
        "one",
        "each",
        "pair",
        "couple",
        "both",
        "occasion",
        "step",
        "phase",
        "stage",
        "case",
        "sister",
        "brother",
        "son",
        "daughter",
        "parent",
        "wife",
        "husband",
        "figure",
    }
)
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
    """``frame[name]`` as strings, or empty strings when the column is missing."""
    if name in frame.columns:
        return frame[name].fillna("").astype(str)
    return pd.Series("", index=frame.index, dtype="object")


def independent(figures: pd.DataFrame) -> pd.DataFrame:
    """Mentions that are not copies (syndicated copies and repeated paragraphs left out)."""
    return figures[_col(figures, "copy_of") == ""]


def doc_dates(documents: pd.DataFrame) -> dict[str, str]:
    """doc -> the manifest's ``published`` day (else ``reference_date``), '' when unknown."""
    published, reference = _col(documents, "published"), _col(documents, "reference_date")
    return {d: (p or r)[:10] for d, p, r in zip(documents["doc"].astype(str), published, reference)}


def lead_ends(documents: pd.DataFrame, max_chars: int = 700) -> dict[str, int]:
    """doc -> offset where its lead ends: through the first paragraph of 15 words or more (the headline
    lines before it included), at most ``max_chars`` characters."""
    out = {}
    for doc, text in zip(documents["doc"].astype(str), _col(documents, "text")):
        end, pos = 0, 0
        for line in text.split("\n"):
            pos += len(line) + 1
            end = pos
            if len(line.split()) >= 15 or pos >= max_chars:
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
    """One row per fact with its salience ``score`` and the factors it multiplies (see the module doc),
    highest first (ties: fact id)."""
    require(facts, ["fact_id", "label", "kind", "status"], "facts")
    require(figures, ["doc", "start", "end", "text", "kind", "value", "unit", "fact_id"], "figures")
    require(documents, ["doc"], "documents")
    labels = doc_labels(documents)
    leads = lead_ends(documents) if "text" in documents.columns else {}
    lengths = dict(zip(documents["doc"].astype(str), _col(documents, "text").str.len()))
    headlines = dict(zip(documents["doc"].astype(str), _col(documents, "headline").str.casefold()))
    pool = independent(figures)
    # the columns as lists, and each fact's rows: one pass over the mentions, not one scan per fact
    docs, starts = pool["doc"].astype(str).tolist(), pool["start"].astype(int).tolist()
    texts = pool["text"].astype(str).str.casefold().tolist()
    values, units = (
        pool["value"].astype(float).tolist(),
        pool["unit"].astype(str).str.casefold().tolist(),
    )
    measures = _col(pool, "measure").tolist()
    rows_of: dict[str, list[int]] = {}
    for i, f in enumerate(pool["fact_id"].astype(str)):
        rows_of.setdefault(f, []).append(i)
    rows = []
    for fact in facts.itertuples(index=False):
        mine = rows_of.get(str(fact.fact_id), [])
        outlets = {labels.get(docs[i], docs[i]) for i in mine}
        in_lead = {
            labels.get(docs[i], docs[i])
            for i in mine
            if starts[i] < leads.get(docs[i], 0)
            or (texts[i] and texts[i] in headlines.get(docs[i], ""))
        }
        lead = len(in_lead) / len(outlets) if outlets else 0.0
        firsts = [starts[i] / max(lengths.get(docs[i], 0), 1) for i in mine]
        early = 1.0 - min(firsts) if firsts else 0.0
        grammatical = _grammatical([values[i] for i in mine], {units[i] for i in mine}, fact.kind)
        # a count needs a measure to say what it counts; a quantity, an amount or a share says it by its unit
        measured = fact.kind != "count" or any(measures[i] != "" for i in mine)
        changing = 1.15 if fact.status in ("updated", "conflict") else 1.0
        weight = KIND_WEIGHTS.get(fact.kind, 0.5) * (1.1 if measured else 1.0)
        score = (
            weight
            * (0.15 if grammatical else 1.0)
            * changing
            * (len(outlets) + 1.5 * lead + 0.5 * early)
        )
        rows.append(
            {
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
        )
    out = pd.DataFrame(rows, columns=SALIENCE_COLUMNS)
    return out.sort_values(
        ["score", "fact_id"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def _grammatical(values: list[float], units: set[str], kind: str) -> bool:
    """A small count of a generic noun (or a count of one or two of anything): grammar, not a measure."""
    if kind != "count" or not values:
        return False
    if all(v <= 2 for v in values):
        return True
    return bool(all(v <= 10 for v in values) and units and units <= GENERIC_NOUNS)


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
    Outlet B; more than 30: Outlet C', in order of publication), best quote (the sentence of the best
    mention: in the lead first, then earliest, then shortest), quoted figure
    (that mention as written), quoted outlet,
    and the provenance columns fact_id and quote_doc. Text is returned as
    written: show it escaped (:func:`analysis.present.table`).
    """
    labels = dict(labels or doc_labels(documents))
    ranked = salience(facts, figures, documents)
    ranked = ranked[(ranked["kind"] != "date") & (ranked["score"] > min_score)].head(top)
    by_id = facts.set_index("fact_id")
    whys = _col(facts, "why").set_axis(facts["fact_id"])
    leads = lead_ends(documents) if "text" in documents.columns else {}
    dates = doc_dates(documents)
    pool = independent(figures)
    pool = pool[pool["fact_id"].isin(ranked["fact_id"])]
    day = pool["doc"].astype(str).map(dates).fillna("")
    pool = pool.assign(
        _undated=day == "", _day=day
    ).sort_values(  # what the outlets say, in date order, undated reports last
        ["_undated", "_day", "doc", "start"], kind="stable"
    )
    raw = sentence_text(pool, documents)
    # the quote with its white space folded, and where the figure stands in it (by offset, never by search)
    pool = pool.assign(
        sentence=raw.str.split().str.join(" "),
        quote_at=[
            _folded_at(str(q), int(s) - int(a))
            for q, s, a in zip(raw, pool["start"], pool["sent_start"])
        ],
    )
    rows = []
    for r in ranked.itertuples(index=False):
        part = pool[pool["fact_id"] == r.fact_id]
        says = "; ".join(
            f"{text}: {', '.join(dict.fromkeys(labels.get(d, d) for d in g['doc']))}"
            for text, g in part.groupby("text", sort=False)
        )
        quote = _best_quote(part, leads)
        consensus = by_id.loc[r.fact_id, "value"] if "value" in by_id.columns else None
        rows.append(
            {
                "reports": _outlet_lines(part, labels, dates, r.status, consensus),
                "figure": str(by_id.loc[r.fact_id, "label"]),
                "status": status_words(
                    r.status, r.outlets, outlets_named_in(whys.get(r.fact_id, ""), labels)
                ),
                "what the outlets say": says,
                "best quote": "" if quote is None else quote["sentence"],
                "quoted figure": "" if quote is None else str(quote["text"]),
                "quoted outlet": "" if quote is None else labels.get(quote["doc"], quote["doc"]),
                "fact_id": r.fact_id,
                "quote_doc": "" if quote is None else quote["doc"],
                "quote_at": -1 if quote is None else int(quote["quote_at"]),
            }
        )
    return pd.DataFrame(rows, columns=KEY_COLUMNS)


def _outlet_lines(
    part: pd.DataFrame, labels: Mapping[str, str], dates: Mapping[str, str], status: str, consensus
) -> list[dict]:
    """One entry per outlet, in date order: its figure(s) as written, its report day (the figure's 'as of'
    day, else the article's), and whether it is disputed (a conflict whose interval leaves out the consensus)."""
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
            "too_short": (words < 6).astype(int),
            "start": part["start"].to_numpy(),
            "words": words.to_numpy(),
        },
        index=part.index,
    )
    best = order.sort_values(["too_short", "in_lead", "start", "words"], kind="stable").index[0]
    return part.loc[best]


def _folded_at(raw: str, at: int) -> int:
    """Where offset ``at`` of ``raw`` lands once runs of white space are folded to one space and the ends trimmed."""
    before = raw[: max(0, at)]
    folded = " ".join(before.split())
    return len(folded) + (1 if folded and before[-1:].isspace() else 0)


def _lines_html(reports) -> str:
    """One line per outlet: 'figure · Outlet · day', a disputed figure marked."""
    e = html.escape
    lines = []
    for line in reports if isinstance(reports, list) else []:
        mark = (
            ' <b class="nf-disputed" style="color:#D55E00">disputed</b>' if line["disputed"] else ""
        )
        shown = (
            line["day"] and f"({line['day']})" not in line["outlet"]
        )  # 'Wire (2031-03-04)' says its day
        day = f' <span style="color:#666">{e(line["day"])}</span>' if shown else ""
        lines.append(
            f'<div class="nf-line"><b>{e("; ".join(line["texts"]))}</b> · {e(line["outlet"])}{day}{mark}</div>'
        )
    return "".join(lines)


def key_figures_html(table: pd.DataFrame, empty: str = "No figure could be ranked.") -> HTML:
    """The key-figures table as compact HTML for the report: one row per fact (the figure and its status),
    one line per outlet inside it (its figure, report day, 'disputed' where it conflicts), the best quote
    beside with the quoted figure marked (<mark>), its outlet and the fact id. Every piece of text is escaped."""
    e = html.escape
    if table.empty:
        return HTML(f"<p>{e(empty)}</p>")
    head = "".join(f"<th>{e(c)}</th>" for c in ("figure", "what each outlet says", "best quote"))
    rows = []
    for r in table.to_dict("records"):
        quote, figure = str(r["best quote"]), str(r["quoted figure"])
        at = int(r.get("quote_at", -1)) if figure else -1
        if quote[at : at + len(figure)] != figure:
            at = -1
        marked = (
            (e(quote[:at]) + f"<mark>{e(figure)}</mark>" + e(quote[at + len(figure) :]))
            if at >= 0
            else e(quote)
        )
        source = (
            f'<br><small style="color:#666">— {e(r["quoted outlet"])} · {e(r["fact_id"])}</small>'
        )
        says = _lines_html(r.get("reports")) or e(r["what the outlets say"])
        rows.append(
            f"<tr><td><b>{e(r['figure'])}</b><br><small>{e(r['status'])}</small></td>"
            f"<td>{says}</td><td>{marked}{source}</td></tr>"
        )
    return HTML(
        f'<table class="dataframe nf-table nf-key"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}'
        "</tbody></table>"
    )
