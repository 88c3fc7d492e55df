"""The earlier value of a verbless clause of change set off by a comma after a figure ('..., up
from N', '..., down from N') is a value of the quantity that figure measures: it takes the
figure's measure when its own clause names none (analysis.extract.rivals.carry_change_measures).
Must-not cases: a figure of another kind or unit before it, another figure between, a 'from' of
a place or a source, an earlier value whose clause names its own noun. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("Clinics have treated 46 people for smoke, up from 19 at dawn.", "19", "people treated"),
        ("The bureau put the death toll at 67, up from 53 on Friday.", "53", "death toll"),
        (
            "Wards admitted 243 people with burns, up from 190 the day before.",
            "190",
            "people admitted",
        ),
    ],
)
def test_the_earlier_value_of_a_verbless_change_takes_the_measure_of_the_figure_before(
    text, mention, expected
):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # another figure between the two: the earlier value is not that figure's
        ("Clinics treated 46 people, 12 of them children, up from 19.", "19", ""),
        # a 'from' with no word of change before it: a place or a source, no earlier value
        ("Clinics treated 48 people, from 19 villages.", "19", "villages"),
        # a percentage before a count: another quantity
        ("Turnout was 58% on Sunday, up from 3,862 at noon.", "3,862", ""),
    ],
)
def test_the_earlier_value_takes_no_measure_of_another_figure_or_from_no_change(
    text, mention, expected
):
    assert measure_of(text, mention) == expected
