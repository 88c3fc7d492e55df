"""Case table: a figure right after a noun of a position on a rating scale ('level 3',
'Category 2') is a rating in that unit, a quantity, not a bare count (WordNet 3.0's 'level', a
position on a scale of intensity or amount or quality; a storm scale's 'category'). Invented
sentences; the must-not rows keep a count, a measure after the figure and a plural noun."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

from .figure_cases import Case, check

RATINGS = [
    Case(
        "forecasters rated the flood risk at level 3 on Tuesday", "level 3", "quantity", 3, "level"
    ),
    Case("the flood alert was raised to level 2 overnight", "level 2", "quantity", 2, "level"),
    Case("the storm grew into a Category 2 hurricane", "Category 2", "quantity", 2, "category"),
    Case(
        "the agency kept the heat warning at level 5 for a third day",
        "level 5",
        "quantity",
        5,
        "level",
    ),
]

MUST_NOT = [
    # a plural noun after the figure: levels counted
    Case("the new car park has three levels", "three", "count", 3, "level"),
    # a measure after the figure is read first
    Case("the lake level 40 cm below normal", "40 cm", "quantity", 40, "centimetre"),
    # no rating noun right before the figure: a bare count
    Case("the level of the river rose as 12 homes flooded", "12", "count", 12, "home"),
]


@pytest.mark.parametrize("case", RATINGS, ids=str)
def test_a_figure_right_after_a_rating_noun_is_a_quantity_in_that_unit(case):
    check(case)


@pytest.mark.parametrize("case", MUST_NOT, ids=str)
def test_a_count_or_a_measure_near_a_rating_noun_keeps_its_reading(case):
    check(case)


@pytest.mark.parametrize(
    "fragment, mention",
    [
        # a digit run too long for a float (infinity) after a rating noun: no rating, no exception,
        # and the text's other figures still read
        ("the alert stood at level 1" + "0" * 400 + " as 12 homes flooded", "12"),
        ("a Category " + "9" * 330 + " storm left 7 boats adrift", "7"),
    ],
)
def test_an_overlong_number_after_a_rating_noun_reads_no_rating_and_no_exception(fragment, mention):
    rows = figures_in_text(fragment, "t")
    assert mention in [r["text"] for r in rows]
    assert not any(r["unit"] in ("level", "category") for r in rows)
