"""Two figures one sentence sets against each other, read by the sentence's coordination and
punctuation (analysis.reconcile.disputes): the second conjoins of two coordinated figures set
against two others, and a semicolon before a named source's clause after the story's own figure.

Invented sentences, each with its figures (text, value, source) and the pairs of values the
sentence sets against each other (the smaller first); and three articles whose cards name each
source's own article.
"""

from __future__ import annotations

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.disputes import disputed_values
from tests import grouping

AGENCY = "The Orvane Health Agency"


@pytest.mark.parametrize(
    "sentence,figures,expected",
    [
        # two coordinated figures set against two others: conjoin by conjoin (the comparative
        # sets the ministry's first figure against each figure before it)
        (
            "The agency counted 2,416 cases and 53 deaths, more than the ministry's count of "
            "2,187 cases and 46 deaths.",
            [("2,416", 2416.0, "The agency"), ("53", 53.0, "The agency")]
            + [("2,187", 2187.0, "the ministry"), ("46", 46.0, "the ministry")],
            {(2187.0, 2416.0), (53.0, 2187.0), (46.0, 53.0)},
        ),
        # a comma between the first two figures: a list, no coordination read
        (
            "The agency counted 2,416 cases, 53 deaths, more than the ministry's count of "
            "2,187 cases and 46 deaths.",
            [("2,416", 2416.0, "The agency"), ("53", 53.0, "The agency")]
            + [("2,187", 2187.0, "the ministry"), ("46", 46.0, "the ministry")],
            {(2187.0, 2416.0), (53.0, 2187.0)},
        ),
        # the second side has no second conjoin
        (
            "The agency counted 2,416 cases and 53 deaths, more than the ministry's count of "
            "2,187 cases, it said.",
            [("2,416", 2416.0, "The agency"), ("53", 53.0, "The agency")]
            + [("2,187", 2187.0, "the ministry")],
            {(2187.0, 2416.0), (53.0, 2187.0)},
        ),
    ],
)
def test_two_coordinated_figures_set_against_two_others_are_set_against_them_in_order(
    sentence, figures, expected
):
    assert disputed_values(grouping.dispute_mentions(sentence, figures)) == expected


def test_a_card_names_each_sources_own_article_when_a_third_sets_their_conjoins_against():
    rec = reconcile(
        *grouping.figures(
            f"{AGENCY} said on Saturday that the fever had caused 2,416 cases and 53 deaths, more "
            "than the health ministry's count of 2,187 cases and 46 deaths.",
            "The health ministry said on Friday that 46 people had died of the fever.",
            f"{AGENCY} said on Saturday that 53 people had died of the fever.",
            published=["2026-03-07", "2026-03-06", "2026-03-07"],
        )
    )
    cards = {
        frozenset({(r.doc_a, r.text_a), (r.doc_b, r.text_b)}) for r in rec.conflicts.itertuples()
    }
    assert cards == {frozenset({("d1", "46"), ("d2", "53")})}


@pytest.mark.parametrize(
    "sentence,figures,expected",
    [
        # a semicolon, then a named source's figure after the story's own: two accounts of one
        # quantity (a headline's two clauses)
        (
            "Dorn fever deaths rise to 41; Orvane agency puts toll at 47",
            [("41", 41.0, ""), ("47", 47.0, "Orvane agency")],
            {(41.0, 47.0)},
        ),
        # a comma and a verb that restates no quantity: no dispute read (a mark of contrast
        # between the story's own figure and a source's is read only as a semicolon)
        (
            "Deaths rose to 41 on Friday, but the Orvane agency counted 47 by the evening.",
            [("41", 41.0, ""), ("47", 47.0, "the Orvane agency")],
            set(),
        ),
        # the later figure credited to no one: two figures of the story's own
        (
            "Dorn fever deaths rise to 41; 47 remain in hospital",
            [("41", 41.0, ""), ("47", 47.0, "")],
            set(),
        ),
        # the earlier figure credited to a source: the rule of two named sources decides, which
        # reads a clause an auxiliary opens as no one's ('had earlier')
        (
            "The firm had earlier said 46, then 41; the union had said 53 throughout.",
            [
                ("46", 46.0, "The firm had earlier"),
                ("41", 41.0, "The firm had earlier"),
                ("53", 53.0, "the union"),
            ],
            set(),
        ),
    ],
)
def test_a_semicolon_sets_a_named_sources_figure_against_the_storys_own(
    sentence, figures, expected
):
    assert disputed_values(grouping.dispute_mentions(sentence, figures)) == expected
