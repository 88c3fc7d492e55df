"""Cases: a goal's noun or a noun of likelihood reads a figure as a goal or a possibility only when
the figure is what the noun sets or makes possible, not when the noun is a count's noun ('scored 31
goals') or the figure measures a change of it ('beat its recycling goal by 12%').

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # 'goals' and 'targets' right after a count are the things counted: goals scored, targets
        # hit; no goal of that count nor of a figure after it
        ("The forward scored 31 goals in 96 matches for the club.", "31", "reported"),
        ("The forward scored 31 goals in 96 matches for the club.", "96", "reported"),
        ("The keeper let in 14 goals in nine games.", "nine", "reported"),
        ("The army said its drones struck 40 targets in 12 hours.", "40", "reported"),
        ("The army said its drones struck 40 targets in 12 hours.", "12 hours", "reported"),
        # a goal set stays a goal, a need too, whatever it counts
        ("The team needs 3 goals to go through.", "3", "target"),
        ("The city has set a target of 40% recycling by 2030.", "40%", "target"),
        ("The party's goal is 300 seats.", "300", "target"),
        ("Its 2% target was missed.", "2%", "target"),
        ("The bank raised its price target for the firm to $12 from $10.", "$12", "target"),
        ("The club aims to cut its wage bill by 15% next season.", "15%", "target"),
        ("The plan's goal of cutting waste by 30% is out of reach.", "30%", "target"),
    ],
)
def test_goal_noun_of_a_count_is_no_goal_of_the_figure(text, mention, expected):
    assert column_of(text, mention, "modality") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # 'by' alone between a goal's noun and the figure: the figure measures the verb's change
        # or the margin, not the goal
        (
            "The new vaccine cut the risk of the study's primary goal by 18%, the maker said.",
            "18%",
            "reported",
        ),
        ("The council beat its recycling goal by 12%.", "12%", "reported"),
        # and after a verb of change, the 'of' complement of a noun of likelihood is the thing
        # whose likelihood changed by the figure
        (
            "The tablet lowered the risk of its primary goal by 27% against a dummy pill.",
            "27%",
            "reported",
        ),
        ("The drug lowered the risk of a stroke by 18%.", "18%", "reported"),
        # a possibility stays one: no verb of change before the noun, or no 'by'
        ("Traders put the odds of a cut by 0.5 points at one in three.", "0.5", "projected"),
        ("There is a 35% chance of a cut of 0.25 points.", "0.25", "projected"),
        (
            "Analysts see a high risk of losses of up to $2 billion.",
            "up to $2 billion",
            "projected",
        ),
    ],
)
def test_by_after_a_goal_or_a_changed_likelihood_measures_the_change(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
