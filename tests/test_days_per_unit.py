"""The scorer converts durations to days with the units module's table (one home)."""

import math

import pytest

from analysis import scoring
from analysis.text import units


@pytest.mark.parametrize(
    "value,unit,days",
    [
        (90, "second", 90 / 86400),
        (30, "minute", 30 / 1440),
        (36, "hour", 1.5),
        (3, "day", 3.0),
        (2, "week", 14.0),
        (4, "month", 121.75),
        (2, "year", 730.5),
        (1, "decade", 3652.5),
        (1, "century", 36525.0),
    ],
)
def test_the_scorer_and_the_units_module_give_a_duration_the_same_days(value, unit, days):
    assert scoring.value_in_days(value, unit) == pytest.approx(days)
    assert units.value_in_days(value, unit) == pytest.approx(days)


def test_the_scorers_table_of_days_is_the_units_modules():
    assert scoring.DAYS_PER_UNIT is units.DAYS_PER_UNIT


@pytest.mark.parametrize("unit", ["", "km", "percent", "people"])
def test_a_unit_that_is_no_time_unit_has_no_days_in_either(unit):
    assert math.isnan(scoring.value_in_days(3, unit))
    assert math.isnan(units.value_in_days(3, unit))
