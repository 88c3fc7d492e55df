"""Kinds read from the words before a figure (FIGURES-SPEC.md: ages; quantities in a unit): the
age of the youngest or the oldest of a group ('the youngest was 14', 'the oldest 33') and the high
end of a range of ages ('aged 16 to 33', 'aged between 21 and 26', whose low end takes its kind)
are ages; a reading after 'magnitude' is a quantity in magnitude. Invented fragments."""

from __future__ import annotations

import pytest

from .figure_cases import Case, check

CASES = [
    Case("Passengers on the bus were aged 22 to 58.", "58", "age", 58, "year"),
    Case("Passengers on the bus were aged 22 to 58.", "22", "age", 22, "year"),
    Case("The injured were aged between 19 and 27.", "27", "age", 27, "year"),
    Case("The injured were aged between 19 and 27.", "19", "age", 19, "year"),
    Case("Of the walkers the youngest is 19 and the oldest, 70.", "19", "age", 19, "year"),
    Case("Of the walkers the youngest is 19 and the oldest, 70.", "70", "age", 70, "year"),
    Case("the oldest was seventy-four", "seventy-four", "age", 74, "year"),
    Case("The youngest, 11, was carried out unhurt.", "11", "age", 11, "year"),
    Case("The survey logged a magnitude 4.4 event offshore.", "4.4", "quantity", 4.4, "magnitude"),
    Case("Its strength was put at magnitude 3.9 on Tuesday.", "3.9", "quantity", 3.9, "magnitude"),
]

STILL_COUNTS = [  # must not: a noun after the number is counted, 'magnitude' of a count
    Case("the oldest 12 trees were cut down", "12", "count", 12, "tree"),
    Case("The youngest of the crew counted 15 gulls", "15", "count", 15, "gull"),
    Case("the magnitude of 40 deaths shocked the town", "40", "count", 40, "death"),
    Case("the teams were aged 22 to 58 players", "58", "count", 58, "player"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_youngest_the_oldest_an_age_range_and_a_magnitude_read_their_kind(case):
    check(case)


@pytest.mark.parametrize("case", STILL_COUNTS, ids=str)
def test_a_number_before_a_noun_stays_a_count(case):
    check(case)
