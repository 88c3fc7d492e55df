"""Case table of the words for two mentions of one quantity written in different units that
disagree (analysis.reconcile.reason_words): the converted value in the compared unit, written as a
reader reads it. Invented values."""

from __future__ import annotations

from collections import namedtuple

import pytest

from analysis.reconcile.reason_words import reason_words
from analysis.reconcile.reasons import CONFLICT

Mention = namedtuple("Mention", "doc start text unit cmp_unit cmp_value fixity attributed_to")


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (
            ("17,000 hectares", "hectare", "acre", 42007.9),
            ("40,000 acres", "acre", "acre", 40000.0),
            "'17,000 hectares' hectares is 42,000 acres, not '40,000 acres' (d0, d1)",
        ),
        (
            ("120 km/h", "kilometre per hour", "mile per hour", 74.56),
            ("60 mph", "mile per hour", "mile per hour", 60.0),
            "'120 km/h' kilometres per hour is 74.6 miles per hour, not '60 mph' (d0, d1)",
        ),
        (
            ("30 metres", "metre", "foot", 98.43),
            ("26 feet", "foot", "foot", 26.0),
            "'30 metres' metres is 98.4 feet, not '26 feet' (d0, d1)",
        ),
        (
            ("139 pounds", "pound", "kilogram", 63.05),
            ("59 kilograms", "kilogram", "kilogram", 59.0),
            "'139 pounds' pounds is 63 kilograms, not '59 kilograms' (d0, d1)",
        ),
        (
            ("2 centuries", "century", "day", 73050.0),
            ("7,000 days", "day", "day", 7000.0),
            "'2 centuries' centuries is 73,000 days, not '7,000 days' (d0, d1)",
        ),
    ],
)
def test_a_converted_value_is_written_in_the_plural_of_its_unit_without_an_exponent(a, b, expected):
    x = Mention("d0", 0, *a, "", "")
    y = Mention("d1", 5, *b, "", "")
    assert reason_words(CONFLICT, x, y, "2026-03-02", "2026-03-02") == expected
