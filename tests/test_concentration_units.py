"""Case table: a concentration written in parts per million or billion ('40 ppm', '12 parts per
billion') is a quantity in that unit, not a count of parts (CLDR's English unit display names,
concentr-part-per-million and concentr-portion-per-1e9). Invented sentences; the must-not row
keeps 'parts' as a counted noun where no 'per million' follows."""

from __future__ import annotations

import pytest

from .figure_cases import Case, check

CONCENTRATIONS = [
    Case(
        "carbon monoxide in the tunnel reached 40 ppm", "40 ppm", "quantity", 40, "part per million"
    ),
    Case(
        "ozone peaked at 0.09 parts per million on Friday",
        "0.09 parts per million",
        "quantity",
        0.09,
        "part per million",
    ),
    Case(
        "nitrate in the wells stood at 12 parts per billion",
        "12 parts per billion",
        "quantity",
        12,
        "part per billion",
    ),
    Case("a limit of 3 ppb for arsenic", "3 ppb", "quantity", 3, "part per billion"),
    Case(
        "sulphur dioxide fell below 2 ppm by noon",
        "below 2 ppm",
        "quantity",
        2,
        "part per million",
        "under",
    ),
]
# must not: parts as a counted noun, no 'per million' after it
COUNTED_PARTS = [Case("the kit ships in 9 parts", "9", "count", 9, "part")]


@pytest.mark.parametrize("case", CONCENTRATIONS, ids=str)
def test_a_concentration_in_parts_per_million_or_billion_is_a_quantity_in_that_unit(case):
    check(case)


@pytest.mark.parametrize("case", COUNTED_PARTS, ids=str)
def test_parts_with_no_per_million_after_them_stay_a_counted_noun(case):
    check(case)
