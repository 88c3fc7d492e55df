"""Case tables of a local place's figure against the whole's (a province's count against the
nation's): a figure 'in X alone' is a part within a wider count whether or not its sentence gives
that count, and a whole the text states over all places ('nationwide', 'the national toll') is
never one fact with a local place's figure or such a part, in one article or in two. Invented
sentences, places and values.
"""

from __future__ import annotations

import pytest

from tests import grouping
from tests.decided import pinned_apart


@pytest.mark.parametrize(
    "text, figure, place",
    [
        # 'in X alone' with no whole in its sentence: still a part within a wider count
        (
            "The district office counts 2,140 cases in Dunmore alone, against 870 on Monday.",
            "2,140",
            "within: Dunmore",
        ),
        ("Officials recorded 48 deaths in the Harlan area alone.", "48", "within: Harlan area"),
        # ... as with the whole in its sentence (unchanged)
        (
            "Authorities say 143 lives have been lost to the floods, with 108 deaths in the "
            "Harlan area alone.",
            "108",
            "within: Harlan area",
        ),
        # no focusing adverb: the place as named
        (
            "The district office counts 2,140 cases in Dunmore, against 870 on Monday.",
            "2,140",
            "Dunmore",
        ),
    ],
)
def test_a_figure_in_a_place_alone_is_a_part_within_a_whole(text, figure, place):
    got = grouping.scopes_of(text)
    assert got[figure] == place, got


@pytest.mark.parametrize(
    "a, b, apart",
    [
        # the whole over all places against a local place or a part within one
        ("*", "within: Dunmore", True),
        ("*", "Harlan County", True),
        ("*", "village of Pine Ridge", True),
        # ... not against a place that may be the whole itself, nor the forms over places
        ("*", "Westland", False),
        ("*", "one of: Harlan County", False),
        ("*", "over: Harlan County; Boone County", False),
        ("*", "not Harlan County", False),
        ("*", "*", False),
        ("*", "", False),
        # two places: the article's rule, not this one
        ("Harlan County", "Boone County", False),
    ],
)
def test_the_whole_against_a_local_place(a, b, apart):
    from analysis.reconcile.places import whole_and_local

    assert whole_and_local(a, b) is apart and whole_and_local(b, a) is apart


@pytest.mark.parametrize(
    "first, second, a, b, apart",
    [
        # a count stated nationwide and one province's 'alone', in two articles
        (
            "The ministry counted 3,260 suspected cases nationwide on Tuesday.",
            "The district office counts 2,140 suspected cases in Dunmore alone.",
            "3,260",
            "2,140",
            True,
        ),
        # the national toll and a county's toll, in two articles
        (
            "Three people died in Westmoor, bringing the national toll to 158.",
            "At least 140 people have died in Harlan County since the storm hit.",
            "158",
            "At least 140",
            True,
        ),
        # the nationwide count and a count of the nation itself: no local place, the pair model's
        (
            "The ministry counted 3,260 suspected cases nationwide on Tuesday.",
            "The outbreak in Westland has reached 3,260 suspected cases, the ministry said.",
            "3,260",
            "3,260",
            False,
        ),
    ],
)
def test_a_whole_and_a_local_places_figure_in_two_articles_are_two_facts(
    first, second, a, b, apart
):
    assert pinned_apart(first, second, a, b) is apart
