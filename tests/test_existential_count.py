"""The number an existential clause states ('There are a total of 40 wagons that the operator is
required to replace') is how many there are: a goal or a modal in the relative clause after its
noun bears on what is said of them, not on their number (Quirk et al. 18.44-18.50 on existential
sentences). Tried and dropped (s16-modality, docs/grouping.md): read as reported, one
development story's figure moved, and by the models refitted on it the seven stories fell 0.796
-> 0.794 (la 0.861 -> 0.848, seeds 0.986 -> 0.972), set 3 0.802 -> 0.793 and set 4 0.687 ->
0.654. A goal or a modal before the figure reads as it does. Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

DROPPED = pytest.mark.xfail(strict=True, reason="dropped: an existential clause's number reported")


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the existential's number: reported (dropped)
        pytest.param(
            "There are a total of 40 wagons that the operator is required to replace.",
            "40",
            "reported",
            marks=DROPPED,
        ),
        pytest.param(
            "There are 12 patients the clinic expects to discharge on Friday.",
            "12",
            "reported",
            marks=DROPPED,
        ),
        pytest.param(
            "There are 30 crew members the navy hopes to rescue.", "30", "reported", marks=DROPPED
        ),
        # a goal or a modal before the figure, or no existential: as they are
        ("The clinic expects to discharge 12 patients on Friday.", "12", "projected"),
        ("The operator is required to replace 40 wagons.", "40", "target"),
        ("The 40 wagons that the operator is required to replace are old.", "40", "target"),
    ],
)
def test_the_number_an_existential_clause_states_is_reported(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
