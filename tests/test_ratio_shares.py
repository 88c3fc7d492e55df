"""A share written as a ratio of two small numbers ('eight in ten', 'six out of ten', '2 in 3')
is one percent mention, as 'one in six' is; two numbers that are no share stay two figures.
Invented fragments."""

from __future__ import annotations

import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import Case, check

SHARES = [
    Case(
        "the mayor says eight in ten shops in Quorvane stayed shut",
        "eight in ten",
        "percent",
        80,
        "percent",
    ),
    Case(
        "About six in ten of the calls came from the coast",
        "About six in ten",
        "percent",
        60,
        "percent",
        "about",
        54,
        66,
    ),
    Case(
        "which means close to two in ten of them lost data",
        "close to two in ten",
        "percent",
        20,
        "percent",
        "nearly",
        18,
        20,
    ),
    Case("where five out of ten stalls have closed", "five out of ten", "percent", 50, "percent"),
    Case(
        "Farmers' union says 2 in 3 of its members voted yes",
        "2 in 3",
        "percent",
        200 / 3,
        "percent",
    ),
    Case("one in six adults reported symptoms", "one in six", "percent", 100 / 6, "percent"),
]


@pytest.mark.parametrize("case", SHARES, ids=str)
def test_a_ratio_of_two_small_numbers_is_one_percent(case):
    check(case)


NOT_SHARES = [  # (fragment, the figures it must give, as (text, kind))
    ("The striker scored 2 in 7 minutes", [("2", "count"), ("7 minutes", "duration")]),
    ("He is now 4-2 in six finals", [("4", "count"), ("2", "count"), ("six", "count")]),
    ("two out of 190 passengers survived", [("two", "count"), ("190", "count")]),
    ("only 9 out of 30 crew were hurt", [("9", "count"), ("30", "count")]),
    ("the party won 6 in 2019", [("6", "count"), ("2019", "date")]),
]


@pytest.mark.parametrize("fragment,rows", NOT_SHARES, ids=[f for f, _ in NOT_SHARES])
def test_no_share_without_a_small_whole_of_parts(fragment, rows):
    got = [(r["text"], r["kind"]) for r in figures_in_text(fragment, "t")]
    assert got == rows
