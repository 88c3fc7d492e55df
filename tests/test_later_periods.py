"""Cases: a level whose clause names a later period than the report's ('next year', 'next
month's') is of a time still to come, a forecast whatever its verb
(analysis.extract.modality_ahead); a figure set against it with its noun left out is one too. A
count of a later period is a plan and stays as read. Dropped in s17-modal1 (budget_invented4 0.863
-> 0.854, the forecasts the rule read left the same forecasts written with no cue), kept in
s18-forecast2 with those other cues read (docs/grouping.md).

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a later period in the figure's clause, no modal
        ("The ministry puts next year's growth at 1.1%.", "1.1%", "projected"),
        ("The mayor built her plans on growth of 2.1% next year.", "2.1%", "projected"),
        # a count of a later period is a plan: as read
        ("Next year the firm opens 40 stores.", "40", "reported"),
        ("The club plays 38 matches next season.", "38", "reported"),
        # set against it with its noun left out: a forecast too
        (
            "The ministry puts next year's growth at 1.1%, against the treasury's 1.8%.",
            "1.8%",
            "projected",
        ),
        # the earlier value of the change stays an earlier period's
        (
            "The mayor built her plans on growth of 2.1% next year, up from 1.4% this year.",
            "1.4%",
            "reported",
        ),
        # no later period, or one in another clause: as read
        ("The ministry puts growth at 1.1%, against the treasury's 1.8%.", "1.8%", "reported"),
        ("Prices rose 2.4% in May and the bank meets next month.", "2.4%", "reported"),
        ("The club has played 38 matches this season.", "38", "reported"),
    ],
)
def test_a_later_period_in_the_clause_makes_a_forecast(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
