"""The newsroom view of the hand-made tidy tables (tests/tidy.py): the columns other stages add
(outlet, published, headline, measure, place, as_of, attributed_to, relation, status 'updated',
why, conflicts), and a generated story told by many outlets with long names."""

from __future__ import annotations

import pandas as pd

from analysis.schema import FACTS, FIGURE_LINKS, FIGURES, conform
from tests.tidy import (
    INF,
    NO_DESCRIPTION,
    PREFIX,
    SUFFIX,
    documents_table,
    facts,
    figures,
    sentence_texts,
)

OUTLETS = {
    "a": ("Wire A", "2026-03-14", "104 dead as dam collapses"),
    "b": ("Daily B", "2026-03-15", ""),
    "c": ("Herald C", "2026-03-16", ""),
}
# F007, people missing, updated over three days: 20 (a, 14 March), 25 (b, 15 March),
# at least 30 (c, 16 March)
_MISSING = [
    ("a", 200, "20", 20, "exact", 20, 20, "2026-03-14"),
    ("b", 200, "25", 25, "exact", 25, 25, "2026-03-15"),
    ("c", 140, "at least 30", 30, "at_least", 30, INF, ""),
]
# the why of each fact of tests/tidy.py, in its order
_WHY = [
    "more than 100 allows 104",
    "12,400 and 9,000 cannot both be the number evacuated",
    "40 per cent and about 40% round to the same share",
    "",
    "",
    "",
]
_MISSING_FACT = {
    "fact_id": "F007",
    "label": "people missing",
    "kind": "count",
    "unit": "person",
    "n_sources": 3,
    "n_mentions": 3,
    "value": 30,
    "low": 30,
    "high": INF,
    "date": "",
    "status": "updated",
    "values": "20 [a]; 25 [b]; at least 30 [c]",
    "docs": "a; b; c",
    "why": "the count of missing people rose from 20 to at least 30 over three days",
}


def newsroom() -> dict[str, pd.DataFrame]:
    """documents (with outlet, published, headline), figures (with the new columns and F007 updated
    over three days), facts (status 'updated', ``why``) and a conflicts table (F002)."""
    fig = _newsroom_figures()
    return {
        "documents": _newsroom_documents(fig),
        "figures": fig,
        "facts": _newsroom_facts(),
        "conflicts": _conflicts(fig),
    }


def _missing_rows() -> list[dict]:
    """The three mentions of F007 (:data:`_MISSING`), each in its own sentence."""
    return [
        {
            "doc": doc,
            "start": start,
            "end": start + len(text),
            "text": text,
            "kind": "count",
            "value": value,
            "unit": "person",
            "qualifier": qualifier,
            "low": low,
            "high": high,
            "date": "",
            "subject": "people missing",
            "fact_id": "F007",
            "copy_of": "",
            "entity_id": "",
            "sent_start": start - len(PREFIX),
            "sent_end": start + len(text) + len(SUFFIX),
            "as_of": as_of,
        }
        for doc, start, text, value, qualifier, low, high, as_of in _MISSING
    ]


def _newsroom_figures() -> pd.DataFrame:
    """The figures of tests/tidy.py and F007's, with the description columns: the measure is the
    subject, the dates are F007's."""
    fig = pd.concat([figures(), pd.DataFrame(_missing_rows())], ignore_index=True)
    fig["as_of"] = fig["as_of"].fillna("") if "as_of" in fig.columns else ""
    fig["measure"] = fig["subject"]
    for col in ("place", "attributed_to", "relation", "holder", "modality"):
        fig[col] = NO_DESCRIPTION[col]
    return conform(fig, FIGURES + FIGURE_LINKS)


def _newsroom_documents(fig: pd.DataFrame) -> pd.DataFrame:
    """The texts of ``fig`` with each document's outlet, published day and headline."""
    rows = []
    for doc, text in sentence_texts(fig).items():
        outlet, published, headline = OUTLETS[doc]
        rows.append(
            {
                "doc": doc,
                "text": text,
                "outlet": outlet,
                "published": published,
                "headline": headline,
                "dateline": "",
            }
        )
    return documents_table(rows)


def _newsroom_facts() -> pd.DataFrame:
    """The facts of tests/tidy.py with their ``why``, and F007 updated."""
    fct = facts()
    fct["why"] = _WHY
    return conform(pd.concat([fct, pd.DataFrame([_MISSING_FACT])], ignore_index=True), FACTS)


def _conflicts(fig: pd.DataFrame) -> pd.DataFrame:
    """The conflicts table: F002's mentions of a and c, which no interval holds both."""
    row = {"fact_id": "F002"}
    for side, doc in (("a", "a"), ("b", "c")):
        r = fig[(fig["fact_id"] == "F002") & (fig["doc"] == doc)].iloc[0]
        row |= {
            f"doc_{side}": doc,
            f"start_{side}": int(r["start"]),
            f"end_{side}": int(r["end"]),
            f"text_{side}": r["text"],
        }
    row["why"] = "12,400 and 9,000 residents evacuated: no interval holds both"
    return pd.DataFrame([row])


def many_outlets(n: int = 30, n_facts: int = 14) -> dict[str, pd.DataFrame]:
    """A generated story told by ``n`` outlets with long names: ``n_facts`` facts each stated by
    most outlets."""
    figs, fcts = [], []
    for i in range(n_facts):
        stated = [j for j in range(n) if (i + j) % 4 != 0]
        figs += [_outlet_figure(i, j) for j in stated]
        fcts.append(_outlet_fact(i, stated))
    return {
        "documents": pd.DataFrame([_outlet_document(j) for j in range(n)]),
        "figures": conform(pd.DataFrame(figs), FIGURES + FIGURE_LINKS),
        "facts": conform(pd.DataFrame(fcts), FACTS),
    }


def _outlet_document(j: int) -> dict:
    """Outlet ``j``'s document: a long name, a day of March, no headline."""
    return {
        "doc": f"d{j:02d}",
        "outlet": f"The Very Long Named Regional Outlet Number {j + 1}",
        "published": f"2026-03-{1 + j % 20:02d}",
        "headline": "",
        "text": "x" * 400,
    }


def _outlet_figure(i: int, j: int) -> dict:
    """Outlet ``j``'s mention of fact ``i``: 100 + i, off by j % 3 in every fifth fact."""
    value = 100 + i + (j % 3 if i % 5 == 0 else 0)
    return {
        "doc": f"d{j:02d}",
        "start": 10 * i,
        "end": 10 * i + 3,
        "text": f"{value:,}",
        "kind": "count",
        "value": value,
        "unit": "person",
        "qualifier": "exact",
        "low": value,
        "high": value,
        "date": "",
        "subject": f"people affected in district {i + 1}",
        "sent_start": 10 * i,
        "sent_end": 10 * i + 8,
        "fact_id": f"F{i + 1:03d}",
        "copy_of": "",
        "entity_id": "",
        **NO_DESCRIPTION,
    }


def _outlet_fact(i: int, stated: list[int]) -> dict:
    """Fact ``i`` as the outlets ``stated`` give it: every fifth a conflict, the others agree."""
    return {
        "fact_id": f"F{i + 1:03d}",
        "label": f"people affected in district {i + 1}",
        "kind": "count",
        "unit": "person",
        "n_sources": len(stated),
        "n_mentions": len(stated),
        "value": 100 + i,
        "low": 100 + i,
        "high": 100 + i,
        "date": "",
        "status": "conflict" if i % 5 == 0 else "agree",
        "values": "",
        "docs": "; ".join(f"d{j:02d}" for j in stated),
        "why": "",
    }
