"""Two figures one sentence sets against each other, read by the sentence's coordination and
punctuation (analysis.reconcile.disputes): the second conjoins of two coordinated figures set
against two others.

Invented sentences, each with its figures (text, value, source) and the pairs of values the
sentence sets against each other (the smaller first); and three articles whose cards name each
source's own article.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.disputes import disputed_values
from tests import grouping

Mention = namedtuple("Mention", "doc sent_start sentence at text attributed_to modality cmp_value")
AGENCY = "The Orvane Health Agency"


def _mentions(sentence: str, figures: list[tuple[str, float, str]]) -> list[Mention]:
    return [
        Mention("d0", 0, sentence, sentence.index(text), text, source, "reported", value)
        for text, value, source in figures
    ]


@pytest.mark.parametrize(
    "sentence,figures,expected",
    [
        # two coordinated figures set against two others: conjoin by conjoin (the comparative
        # sets the ministry's first figure against each figure before it)
        (
            "The agency counted 1,702 cases and 34 deaths, more than the ministry's count of "
            "1,530 cases and 27 deaths.",
            [("1,702", 1702.0, "The agency"), ("34", 34.0, "The agency")]
            + [("1,530", 1530.0, "the ministry"), ("27", 27.0, "the ministry")],
            {(1530.0, 1702.0), (34.0, 1530.0), (27.0, 34.0)},
        ),
        # a comma between the first two figures: a list, no coordination read
        (
            "The agency counted 1,702 cases, 34 deaths, more than the ministry's count of "
            "1,530 cases and 27 deaths.",
            [("1,702", 1702.0, "The agency"), ("34", 34.0, "The agency")]
            + [("1,530", 1530.0, "the ministry"), ("27", 27.0, "the ministry")],
            {(1530.0, 1702.0), (34.0, 1530.0)},
        ),
        # the second side has no second conjoin
        (
            "The agency counted 1,702 cases and 34 deaths, more than the ministry's count of "
            "1,530 cases, it said.",
            [("1,702", 1702.0, "The agency"), ("34", 34.0, "The agency")]
            + [("1,530", 1530.0, "the ministry")],
            {(1530.0, 1702.0), (34.0, 1530.0)},
        ),
    ],
)
def test_two_coordinated_figures_set_against_two_others_are_set_against_them_in_order(
    sentence, figures, expected
):
    assert disputed_values(_mentions(sentence, figures)) == expected


def test_a_card_names_each_sources_own_article_when_a_third_sets_their_conjoins_against():
    rec = reconcile(
        *grouping.figures(
            f"{AGENCY} said on Saturday that the fever had caused 1,702 cases and 34 deaths, more "
            "than the health ministry's count of 1,530 cases and 27 deaths.",
            "The health ministry said on Friday that 27 people had died of the fever.",
            f"{AGENCY} said on Saturday that 34 people had died of the fever.",
            published=["2026-03-07", "2026-03-06", "2026-03-07"],
        )
    )
    cards = {
        frozenset({(r.doc_a, r.text_a), (r.doc_b, r.text_b)}) for r in rec.conflicts.itertuples()
    }
    assert cards == {frozenset({("d1", "27"), ("d2", "34")})}
