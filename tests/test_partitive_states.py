"""A count of a part of the people in a state ('six of the wounded', 'seven of the missing'): the
state's nominal adjective names the whole, and a verb event of the part's clause says what
happened to the part (analysis.extract.measure_event, lexicon.counting.NOMINAL_STATES), as a noun
of people named by what happened to them does ('three victims were identified').

Invented sentences, each with the figure and its measure.
"""

from __future__ import annotations

import pytest

from tests.columns import measure_of


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # the part's own verb: what happened to the part
        ("Six of the dead have now been identified.", "Six", "people identified"),
        ("Three of the injured were identified by relatives.", "Three", "people identified"),
        ("Seven of the missing have been found alive.", "Seven", "people survived"),
        # the same part by a pronoun, as before
        (
            "Twelve people died in the fire. Six of them have now been identified.",
            "Six",
            "people identified",
        ),
        # no verb event of its own: the part is of the whole's state
        ("Four of the dead were firefighters.", "Four", "firefighters dead"),
        ("Three of the injured were children.", "Three", "children injured"),
        # no partitive: the state is the count's own
        ("The dead numbered 12 by Sunday.", "12", "people dead"),
    ],
)
def test_a_part_of_the_people_in_a_state_counts_what_its_clause_says(sentence, figure, expected):
    assert measure_of(sentence, figure) == expected
