"""A multiplier that heads a comparison ('four times the usual mean', 'six times as many', '7 times
higher', 'a 20-fold rise') is a figure: a quantity in ``time``, the factor its value, the span to
'times' or 'fold' with its qualifier, as the annotated development stories write it
(docs/figure-decisions.md). 'N times' that counts occasions ('was fined seven times', 'three times
a day', 'six times this season'), a newspaper named Times, a square and a clock's strokes give no
factor. Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text

from .figure_cases import Case, check

FACTORS = [
    Case(
        "The rain was about four times the usual mean for May.",
        "about four times",
        "quantity",
        4,
        "time",
        "about",
    ),
    Case(
        "Sales hit nearly seven times the rough guess.",
        "nearly seven times",
        "quantity",
        7,
        "time",
        "nearly",
        low=6.3,
        high=7,
    ),
    Case("Its herd is 3.4 times of all the farms nearby.", "3.4 times", "quantity", 3.4, "time"),
    Case("Rents are six times higher than a decade ago.", "six times", "quantity", 6, "time"),
    Case("The port now moves 8 times more grain than it did.", "8 times", "quantity", 8, "time"),
    Case("The new pump lifts 5 times as much water as the old.", "5 times", "quantity", 5, "time"),
    Case("Clinics saw 3 times as many patients as in June.", "3 times", "quantity", 3, "time"),
    Case("Output rose 20-fold in ten years.", "20-fold", "quantity", 20, "time"),
    Case("Cases were up 40 fold in a month.", "40 fold", "quantity", 40, "time"),
    Case("Its fleet is seven times that of the rival line.", "seven times", "quantity", 7, "time"),
    Case("The bid is worth six times Friday's offer.", "six times", "quantity", 6, "time"),
    Case("Volume ran at 9 times the previous week's level.", "9 times", "quantity", 9, "time"),
    Case("Demand is 4 times the usual level.", "4 times", "quantity", 4, "time"),
    Case("The loan was repaid four times over.", "four times", "quantity", 4, "time"),
    Case("The cut is 11 times its own budget.", "11 times", "quantity", 11, "time"),
]

NO_FACTOR = [  # (fragment, the surfaces of the figures it must give)
    ("The regulator has fined the mill seven times since 2016.", ["2016"]),
    ("Nurses check the ward three times a day.", []),
    ("She had sailed there six times this season.", []),
    ("The boat was searched 8 times the same night.", []),
    ("The side lost 13 times the following year.", []),
    ("The hull was patched 5 times the past two weeks.", ["two weeks"]),
    ("The bells rang 12 times at noon.", []),
    ("Some 2 Times reporters were there.", []),
    ("The march reached 42 Times Square.", []),
    ("At times the queue stretched for blocks.", []),
    ("He has been warned many times.", []),
]


@pytest.mark.parametrize("case", FACTORS, ids=str)
def test_a_multiplier_heading_a_comparison_is_a_quantity_in_times(case):
    check(case)


@pytest.mark.parametrize("fragment,surfaces", NO_FACTOR, ids=[c[0][:40] for c in NO_FACTOR])
def test_times_counting_occasions_a_paper_a_square_or_a_clock_gives_no_factor(fragment, surfaces):
    assert [r["text"] for r in figures_in_text(fragment, "t")] == surfaces
