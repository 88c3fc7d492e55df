"""A bare number set against a quantity right before it in its sentence is that quantity in its
unit: after a word of comparison ('not the 700 first given'), in the 'of' phrase of a reference
noun ('an average of 80'), or closing another source's clause
past a word of contrast ('; the port says 4,000'); a number with a predicate of its own, or set
against a count, stays a count (analysis.extract.rivals.carry_bare_units). Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, kind, unit",
    [
        # the unit left out, as the measure is
        (
            "The manifest shows 5,400 tonnes of grain aboard, not the 5,100 the owner gave.",
            "5,100",
            "quantity",
            "tonne",
        ),
        ("Owner raises loss estimate to 700 tonnes; port says 4,000", "4,000", "quantity", "tonne"),
        (
            "Homes used 180 litres a day last week, against about 140 normally.",
            "about 140",
            "quantity",
            "litre",
        ),
        (
            "The agency put the slick at 30 km, while the navy said 45.",
            "45",
            "quantity",
            "kilometre",
        ),
        # a predicate of its own, or a count before it: a count
        ("The barge held 40 tonnes, but officials said 12 were lost.", "12", "count", ""),
        ("The ferry carried 40 cars; the port says 45.", "45", "count", "car"),
    ],
)
def test_a_bare_number_set_against_a_quantity_is_that_quantity_in_its_unit(
    text, mention, kind, unit
):
    assert (column_of(text, mention, "kind"), column_of(text, mention, "unit")) == (kind, unit)


# dropped (docs/grouping.md, s21-read10): measured, it moved no row of the benchmark table
@pytest.mark.xfail(strict=True, reason="dropped: no row of the benchmark moved (s21-read10)")
@pytest.mark.parametrize(
    "text, mention, kind, unit",
    [
        # a change's new value with no noun and no measure of its own: the quantity's unit
        (
            "The office rates the risk at level 2 today and it climbed to 3 by Friday.",
            "3",
            "quantity",
            "level",
        ),
        (
            "The gauge showed 9.3 metres at noon and then climbed to 10 by dusk.",
            "10",
            "quantity",
            "metre",
        ),
    ],
)
def test_a_bare_new_value_of_a_change_after_a_quantity_is_that_quantity_in_its_unit(
    text, mention, kind, unit
):
    assert (column_of(text, mention, "kind"), column_of(text, mention, "unit")) == (kind, unit)


@pytest.mark.parametrize(
    "text, mention, kind, unit",
    [
        # the change's subject names a measure of its own: a count
        (
            "The quake hit 55 km off the coast, and the toll climbed to 19 on Sunday.",
            "19",
            "count",
            "",
        ),
        # no change: a count of its noun
        (
            "The gauge read 5.1 metres at dawn, and 300 people were moved to 4 schools.",
            "4",
            "count",
            "school",
        ),
    ],
)
def test_a_bare_count_after_a_quantity_with_a_measure_or_no_change_stays_a_count(
    text, mention, kind, unit
):
    assert (column_of(text, mention, "kind"), column_of(text, mention, "unit")) == (kind, unit)


@pytest.mark.parametrize(
    "text, mention, kind, unit",
    [
        # the 'of' phrase of a reference noun (a limit, an average, a record) states a value of the
        # quantity before it: the unit left out
        (
            "Rain totalled 135 millimetres in the week, against a monthly average of 80.",
            "80",
            "quantity",
            "millimetre",
        ),
        (
            "The reservoir fell to 41 million cubic metres, close to the limit of 38.",
            "38",
            "quantity",
            "cubic metre",
        ),
        # must not: a noun of its own after the figure, or no reference noun before it
        (
            "Rain totalled 135 millimetres, against an average of 12 wet days.",
            "12",
            "count",
            "day",
        ),
        ("The river rose 2 metres, and a crowd of 300 watched.", "300", "count", ""),
    ],
)
def test_a_bare_value_after_a_reference_noun_takes_the_unit_of_the_quantity_before_it(
    text, mention, kind, unit
):
    assert (column_of(text, mention, "kind"), column_of(text, mention, "unit")) == (kind, unit)
