"""An article may give its own count beside a first estimate, others' unconfirmed report of the
same quantity or the value it changed from (analysis.reconcile.similarity): the two values at one
time are a revision, not two quantities, where two counts of its own that far apart are two
(invented articles)."""

from __future__ import annotations

import pytest

from tests.decided import cannot, ratio


@pytest.mark.parametrize(
    "text, a, b, cannot_be",
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
    text, a, b, cannot_be
):
    assert cannot(text, a, b) is cannot_be


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
    assert (ratio(first, second, a, b) <= 1.5) is close
