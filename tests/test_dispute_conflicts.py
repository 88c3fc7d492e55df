"""Two outlets' sides of a dispute a sentence of the story sets out are a conflict, whatever days
the two outlets tell them (analysis.reconcile.reasons.DISPUTED, factpairs._disputed).

Invented sentences. A count that changes, told by two articles of two days, is an update; but
when a sentence of the story sets the two values against each other ('24 derailed wagons, not the
22 first reported by X'), they are by the text's own words two sources' values of one time. The
outlets disagree when one of the two articles tells its side alone; two articles that each set
out both values tell the same dispute, and one article's two values are its own dispute
(``differs``).
"""

from __future__ import annotations

import pytest

from analysis.pipeline import extract_figures
from analysis.reconcile import reconcile
from tests import tidy

HALDEN = "Halden Rail said 22 wagons derailed on Friday."
BOARD = "Investigators from the Rail Board counted 24 derailed wagons on Saturday."
DISPUTE = (
    "The Rail Board said its investigators had counted 24 derailed wagons, not the 22 first "
    "reported by Halden Rail."
)
BOTH = "Halden Rail reported 22 derailed wagons on Friday, while the Rail Board said 24."
DAYS = ("2026-03-06", "2026-03-07", "2026-03-08")


def _reconciled(texts: tuple[str, ...]):
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": DAYS[i]}
            for i, t in enumerate(texts)
        ]
    )
    return reconcile(docs, extract_figures(docs))


def _listed(rec) -> set[frozenset]:
    """The conflicts table's pairs as {(doc, text), (doc, text)}."""
    return {
        frozenset({(r.doc_a, r.text_a), (r.doc_b, r.text_b)}) for r in rec.conflicts.itertuples()
    }


def _status(rec, doc: str, text: str) -> str:
    figures = rec.figures
    fact = figures[(figures["doc"] == doc) & (figures["text"] == text)]["fact_id"].iloc[0]
    return rec.facts.set_index("fact_id").at[fact, "status"]


@pytest.mark.parametrize(
    "texts,listed,status",
    [
        # each outlet tells one side on its own day; a third article sets the two values against
        # each other: the two outlets disagree at one time, a conflict (without the dispute
        # sentence the two days would make it an update)
        ((HALDEN, BOARD, DISPUTE), {frozenset({("d0", "22"), ("d1", "24")})}, "conflict"),
        # a comparative before a source's count of the other value ('more than X's count of')
        (
            (
                "The health ministry counted 1,530 cholera cases on Friday.",
                "The Orvane Health Agency counted 1,702 cholera cases on Saturday.",
                "The Orvane Health Agency counted 1,702 cholera cases, more than the health "
                "ministry's count of 1,530.",
            ),
            {frozenset({("d0", "1,530"), ("d1", "1,702")})},
            None,
        ),
        # no sentence of the story sets the two values against each other: no conflict is claimed
        ((HALDEN, BOARD), set(), None),
        # the two articles each set out both values: they tell one dispute, they do not disagree
        ((DISPUTE, BOTH), set(), "differs"),
        # one article's two values are its own dispute
        ((DISPUTE,), set(), "differs"),
    ],
)
def test_two_outlets_sides_of_a_sentences_dispute_are_listed_as_one_conflict(texts, listed, status):
    rec = _reconciled(texts)
    assert _listed(rec) == listed, rec.conflicts[["doc_a", "text_a", "doc_b", "text_b", "why"]]
    if status is not None:
        assert _status(rec, "d0", "22") == status


def test_a_disputes_conflict_says_a_sentence_sets_the_two_values_against_each_other():
    rec = _reconciled((HALDEN, BOARD, DISPUTE))
    assert (
        "a sentence of the story sets the two values against each other"
        in (rec.conflicts["why"].iloc[0])
    )
