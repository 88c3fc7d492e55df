"""Case table of an earlier period right before a figure with a colon between them
(analysis.extract.history.historical_beside): a label and its value ('The previous record: 88
points') is that period's figure. Must-not cases: a label naming no earlier period. Every
sentence is invented; each row is (text, the figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # an earlier period's label and its value
        ("The previous record: 88 points, by a rookie.", "88", "historical"),
        ("Her old record: 5.8 seconds.", "5.8 seconds", "historical"),
        ("The earlier total: 214 goals.", "214", "historical"),
        # must not: a label naming no earlier period
        ("The new record: 91 points.", "91", "reported"),
        ("Record: 93 points.", "93", "reported"),
    ],
)
def test_an_earlier_periods_label_and_a_colon_date_the_figure(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
