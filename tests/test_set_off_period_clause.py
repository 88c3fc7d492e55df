"""Case table of a period set off by commas before the verb (analysis.extract.history._set_off):
it dates every figure of its clause, another figure between it and the figure too. Must-not
cases: a clause ending between the period and the figure; a year not earlier than the one
reported from. Every sentence is invented; each row is (text, the figure as extracted, the
expected modality), published in 2024."""

from __future__ import annotations

import pytest

from tests.columns import column_of

SENTENCE = "The worst flood, in 1957, left 300 homes under water for 9 days."


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # every figure of the clause the period is set off in
        (SENTENCE, "300", "historical"),
        (SENTENCE, "9 days", "historical"),
        (
            "The last strike, in 2011, shut 40 depots across the region for 17 hours.",
            "17 hours",
            "historical",
        ),
        # must not: a clause ends between the period and the figure
        (
            "The worst flood, in 1957, killed 430, and 8 fishermen are still missing.",
            "8",
            "reported",
        ),
        # must not: a year not earlier than the one reported from
        ("The last strike, in 2024, shut 40 depots for 17 hours.", "17 hours", "reported"),
    ],
)
def test_a_set_off_period_dates_every_figure_of_its_clause(text, mention, expected):
    assert column_of(text, mention, "modality", "2024-06-05") == expected
