"""Case table of a duration given as the value of a noun of estimate
(analysis.extract.modality_ahead.guessed_duration): 'her estimate of eight to nine days', 'the
best guess is 8 days' say how long a thing will last or take, a forecast said with no modal.
Must-not cases: an estimate of a count, a duration after a verb of its own, a duration with no
noun of estimate. Every sentence is invented; each row is (text, the figure as extracted, the
expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a duration that a noun of estimate gives: projected
        (
            "The engineer kept her estimate of eight to nine days for the repairs.",
            "nine days",
            "projected",
        ),
        ("The crew's best guess is 11 days, a spokesman said.", "11 days", "projected"),
        (
            "The ministry's estimate is about five months for the bridge to reopen.",
            "about five months",
            "projected",
        ),
        # must not: an estimate of a count, a duration after a verb, no noun of estimate
        ("The agency's estimate of 2,450 displaced was revised.", "2,450", "reported"),
        ("The estimate took 12 days to prepare.", "12 days", "reported"),
        ("The strike has lasted 19 days.", "19 days", "reported"),
    ],
)
def test_a_duration_given_by_a_noun_of_estimate_is_a_forecast(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
