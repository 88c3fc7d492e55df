"""An article may give its own count beside a first estimate, others' unconfirmed report of the
same quantity or the value it changed from (analysis.reconcile.similarity): the two values at one
time are a revision, not two quantities, where two counts of its own that far apart are two
(invented articles)."""

from __future__ import annotations

import pytest

from analysis.reconcile.entities import aliases, find_entities
from analysis.reconcile.facts import candidate_blocks, prepare
from analysis.reconcile.similarity import components
from analysis.pipeline import extract_figures
from tests import tidy


def _cannot(text: str, a: str, b: str) -> bool:
    """Whether the rules say the figures ``a`` and ``b`` of one dated article are never one fact."""
    docs = tidy.documents_table(
        [{"doc": "d0", "text": text, "path": "d0.txt", "published": "2031-05-05"}]
    )
    fig = prepare(extract_figures(docs), docs)
    cols, index, blocks = candidate_blocks(fig, aliases(find_entities(docs)))
    texts = fig["text"].tolist()
    for _, block in blocks:
        pos = index[block].tolist()
        names = [texts[p] for p in pos]
        if a in names and b in names:
            parts = components({c: v[block] for c, v in cols.items()})
            return bool(parts["cannot"][names.index(a), names.index(b)])
    raise AssertionError((a, b, "not in one block"))


@pytest.mark.parametrize(
    "text, a, b, cannot",
    [
        (
            "At least 53 people died in the derailment, the rail board said.\n\n"
            "The board would not verify reports of 19 dead.",
            "At least 53",
            "19",
            False,
        ),
        (
            "Divers had recovered 96 bodies by dusk, the coast guard said.\n\n"
            "That is four times the preliminary estimate of 24.",
            "96",
            "24",
            False,
        ),
        # the value a figure was revised from, or rose from, is an earlier value of it
        (
            "Skycast put the losses at more than $250 million on Monday.\n\n"
            "Its estimates were revised up from $200 million to $250-275 million.",
            "more than $250 million",
            "$200 million",
            False,
        ),
        (
            "At least 52 people were killed in the blast, the agency said.\n\n"
            "The toll rose from 12 to 52 overnight.",
            "At least 52",
            "12",
            False,
        ),
        # the article's own two counts far apart at one time are two quantities
        (
            "At least 53 people died in the derailment, the rail board said.\n\n"
            "The board said 12 people died in the fire.",
            "At least 53",
            "12",
            True,
        ),
    ],
)
def test_a_first_estimate_beside_the_articles_count_is_a_revision_not_two_quantities(
    text, a, b, cannot
):
    assert _cannot(text, a, b) is cannot


def _ratio(first: str, second: str, a: str, b: str) -> float:
    """The value ratio the rules see between figure ``a`` of one article and ``b`` of another."""
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": t, "path": f"d{i}.txt", "published": "2031-05-05"}
            for i, t in enumerate((first, second))
        ]
    )
    fig = prepare(extract_figures(docs), docs)
    cols, index, blocks = candidate_blocks(fig, aliases(find_entities(docs)))
    texts = fig["text"].tolist()
    for _, block in blocks:
        names = [texts[p] for p in index[block].tolist()]
        if a in names and b in names:
            parts = components({c: v[block] for c, v in cols.items()})
            return float(parts["ratio"][names.index(a), names.index(b)])
    raise AssertionError((a, b, "not in one block"))


@pytest.mark.parametrize(
    "first, second, a, b, close",
    [
        # a vague count ('thousands': 2,000 to 9,999) is compared by the middle of its range, not
        # by its floor
        (
            "The fires destroyed thousands of homes.",
            "The fires destroyed nearly 5,000 homes.",
            "thousands",
            "nearly 5,000",
            True,
        ),
        ("Dozens of people were arrested.", "Police arrested 40 people.", "Dozens", "40", True),
        # ... and stays far from a value outside it
        (
            "The fires destroyed thousands of homes.",
            "The fires destroyed 200 homes.",
            "thousands",
            "200",
            False,
        ),
    ],
)
def test_a_vague_count_is_compared_by_the_middle_of_its_range(first, second, a, b, close):
    assert (_ratio(first, second, a, b) <= 1.5) is close
