"""Another modality across two articles (analysis.reconcile.pairrules._past_restated): a past
figure and a report of its value in another article may be one fact (a value already reached is
written with or without its period); a projection or a goal against a report never is, and a past
figure against another value, or against a figure that reads no measure, stays two facts.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of
from tests.decided import pinned_apart

DAY = "2026-06-02"  # the day tests.decided.pinned_apart publishes both articles
PREVIOUS = "The previous record was 46.2C."
EARLIER = "Previously the valley's record was 46.2C."
REPORT = "Tuesday's reading fell short of the valley's record of 46.2C."


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (PREVIOUS, "46.2C", "historical"),
        (EARLIER, "46.2C", "historical"),
        (REPORT, "46.2C", "reported"),
        ("The agency expects 14 coaches to be replaced.", "14", "projected"),
        ("The agency replaced 14 coaches.", "14", "reported"),
    ],
)
def test_the_modalities_the_pairs_below_are_read_with(text, mention, expected):
    assert column_of(text, mention, "modality", DAY) == expected


@pytest.mark.parametrize(
    "first, second, a, b, two_facts",
    [
        # a past figure and a report of the same value in another article: not held apart
        (PREVIOUS, REPORT, "46.2C", "46.2C", False),
        (EARLIER, REPORT, "46.2C", "46.2C", False),
        # another value: another fact
        (PREVIOUS, "Tuesday's reading fell short of the record of 46.9C.", "46.2C", "46.9C", True),
        # a figure that reads no measure (a list's 'Alliance 22'): says too little to be restated
        (
            "The party did better than it did the last time (19).",
            "The bloc figures are: Alliance 19, Union 9, Left 4.",
            "19",
            "19",
            True,
        ),
        # a projection against a report of the same value stays apart
        (
            "The agency expects 14 coaches to be replaced.",
            "The agency replaced 14 coaches.",
            "14",
            "14",
            True,
        ),
    ],
)
def test_a_past_figure_restated_in_another_article_is_held_apart_only_by_another_value(
    first, second, a, b, two_facts
):
    assert pinned_apart(first, second, a, b) is two_facts
