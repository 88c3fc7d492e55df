"""Which two mentions a conflict card names (analysis.reconcile.factpairs): of the pairs that tell
one disagreement, the one that tells it best.

Invented sentences. A card names two articles rather than one; then the sentences that name their
source; then articles that tell their side alone (an article that states both values sets out the
dispute, it takes no side); then sentences of the body over a headline (no full stop), which
credits in short where the body, by the inverted pyramid, spells out its source. A dispute a
sentence sets out that a known day already lists is one card, told by the better of the two pairs.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.factpairs import DISPUTE_DAY, _fold_disputes, _telling
from tests import grouping

Mention = namedtuple("Mention", "doc attributed_to sentence cmp_value")

MINISTRY = Mention("d1", "the health ministry", "The health ministry said 41 had died.", 41.0)
HEADLINE = Mention("d0", "agency", "Fever deaths: agency puts toll at 47", 47.0)
BODY = Mention("d0", "the Orvane Health Agency", "The Orvane Health Agency said 47 died.", 47.0)
BARE_HEADLINE = Mention("d0", "", "Fever kills 47 in Dorn", 47.0)
BOTH_SIDES = Mention(
    "d2", "the Orvane Health Agency", "The agency counted 47 deaths, not the ministry's 41.", 47.0
)
SAME_ARTICLE = Mention("d1", "the Orvane Health Agency", "The agency put the toll at 47.", 47.0)
TOLD = {"d0": {47.0}, "d1": {41.0, 47.0}, "d2": {41.0, 47.0}}  # the values each article states


@pytest.mark.parametrize(
    "better,worse",
    [
        # a source named in the body's sentence over the same source credited in a headline
        ((MINISTRY, BODY), (MINISTRY, HEADLINE)),
        # a headline that credits a source over one that credits none
        ((MINISTRY, HEADLINE), (MINISTRY, BARE_HEADLINE)),
        # an article that tells its side alone over one that states both values
        ((MINISTRY, BODY), (MINISTRY, BOTH_SIDES)),
        # two articles over one, however well one article's two sentences name their sources
        ((MINISTRY, BARE_HEADLINE), (MINISTRY, SAME_ARTICLE)),
    ],
)
def test_a_card_names_the_pair_that_tells_its_disagreement_best(better, worse):
    assert _telling(*better, TOLD) > _telling(*worse, TOLD)


@pytest.mark.parametrize(
    "tells,expected",
    [
        # the dispute's pair tells it better: the day's card takes it, one card
        ({1: (True, 2, 1, 2), 2: (True, 2, 1, 1)}, {(0, "2026-03-06", 46.0, 53.0): 1}),
        # the day's pair tells it as well: the day's card keeps its own
        ({1: (True, 2, 1, 1), 2: (True, 2, 1, 1)}, {(0, "2026-03-06", 46.0, 53.0): 2}),
    ],
)
def test_a_dispute_a_known_day_lists_is_one_card_told_by_the_better_pair(tells, expected):
    chosen = {(0, DISPUTE_DAY, 46.0, 53.0): 1, (0, "2026-03-06", 46.0, 53.0): 2}
    docs = {key: ({"d1": None}, {"d0": None}) for key in chosen}
    assert _fold_disputes(chosen, docs, tells.get) == expected


def test_a_dispute_no_known_day_lists_is_a_card_of_its_own():
    chosen = {(0, DISPUTE_DAY, 46.0, 53.0): 1, (0, "2026-03-06", 41.0, 47.0): 2}
    docs = {key: ({}, {}) for key in chosen}
    assert _fold_disputes(chosen, docs, {1: (True,), 2: (True,)}.get) == chosen


def test_a_conflict_card_names_the_bodys_sentence_over_its_headlines_short_credit():
    headline = "Dorn fever deaths: Orvane Health Agency counts 47"
    rec = reconcile(
        *grouping.figures(
            headline + "\n\nThe Orvane Health Agency said on Friday that 47 people had died of "
            "the fever.",
            "The health ministry said on Friday that 41 people had died of the fever.",
            published="2026-03-06",
        )
    )
    card = rec.conflicts.iloc[0]
    assert len(rec.conflicts) == 1
    assert (card.doc_a, card.text_a, card.doc_b, card.text_b) == ("d0", "47", "d1", "41")
    assert card.start_a > len(headline)
