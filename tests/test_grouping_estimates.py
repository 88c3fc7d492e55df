"""An article may give its own count beside a first estimate or others' unconfirmed report of the
same quantity (analysis.reconcile.similarity): the two values at one time are a revision, not two
quantities, where two counts of its own that far apart are two (invented articles)."""

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
