"""Case tables for the figure grammar: real sentence fragments and the rows they must give. Here:
numbers, ranks and scores; forms in tests/test_figures_forms.py, dates, durations and ages in
tests/test_figures_dates.py, what is no figure in tests/test_figures_negatives.py.

Where the cases come from:
- ``SEEDS``: fragments of the five seed articles (development set);
- ``WIRE``: fragments in the style of other wire copy, written for these tests
  (held out from the seeds: different stories, outlets and house styles);
- ``NEGATIVES``: numerals that are not figures (FIGURES-SPEC "Not a figure");
- ``GAPS``: known gaps, as strict xfails, so that fixing one is noticed.
Every bug found gets a row here before it is fixed.
"""

from __future__ import annotations


import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import INF, Case, check


NUMBERS = [
    # digits, separators, decimals, scale words and abbreviations
    Case("released 187 prisoners on Thursday", "187", "count", 187, "prisoner"),
    Case("said 1,318 political prisoners were still held", "1,318", "count", 1318, "prisoner"),
    Case(
        "said 1\u00a0318 political prisoners were still held",
        "1\u00a0318",
        "count",
        1318,
        "prisoner",
    ),
    Case("said 1\u202f318 political prisoners were held", "1\u202f318", "count", 1318, "prisoner"),
    Case("a republic of 7.3 million people", "7.3 million", "count", 7_300_000, "person"),
    Case("exports of 10 Mt a year", "10 Mt", "quantity", 10_000_000, "tonne"),
    Case("a $2.4 billion reconstruction fund", "$2.4 billion", "money", 2.4e9, "USD"),
    Case("a loan of $1.5bn from Velmark", "$1.5bn", "money", 1.5e9, "USD"),
    Case("fined €3m by the regulator", "€3m", "money", 3e6, "EUR"),
    Case("a grant of USD 300 million", "USD 300 million", "money", 3e8, "USD"),
    Case(
        "about 1.2 billion hryvnias in damage",
        "about 1.2 billion hryvnias",
        "money",
        1.2e9,
        "UAH",
        "about",
    ),
    Case("a £40m stadium", "£40m", "money", 4e7, "GBP"),
    Case("five million dollars in aid", "five million dollars", "money", 5e6, "USD"),
    Case("making up 17% of the region's total", "17%", "percent", 17, "percent"),
    Case("accounting for 20 per cent of output", "20 per cent", "percent", 20, "percent"),
    Case(
        "rose by 0.5 percentage points", "0.5 percentage points", "percent", 0.5, "percentage point"
    ),
    Case("a trim of 50 basis points", "50 basis points", "percent", 50, "basis point"),
    Case("gilt yields rose 11bp", "11bp", "percent", 11, "basis point"),
    Case("the fund of between £10bn and £20bn", "£10bn", "money", 10e9, "GBP", "exact", 10e9, 10e9),
    Case("the fund of between £10bn and £20bn", "£20bn", "money", 20e9, "GBP", "exact", 20e9, 20e9),
    Case("£4.1bn put aside for the 1.7m households", "1.7m", "count", 1.7e6, "household"),
    Case("temperatures above 44C.", "above 44C", "quantity", 44, "degree celsius", "over"),
    Case(
        "output of 1.468 million b/d in May",
        "1.468 million b/d",
        "quantity",
        1.468e6,
        "barrel per day",
    ),
    Case("output reached 740,000 t, up 4%", "740,000 t", "quantity", 740000, "tonne"),
    Case(
        "over 6 million tons of crushed limestone",
        "over 6 million tons",
        "quantity",
        6e6,
        "tonne",
        "over",
    ),
    Case(
        "4.7 million cubic metres of silt",
        "4.7 million cubic metres",
        "quantity",
        4.7e6,
        "cubic metre",
    ),
    Case("a 40 km stretch of road", "40 km", "quantity", 40, "kilometre"),
    Case("burned 12,000 hectares of forest", "12,000 hectares", "quantity", 12000, "hectare"),
    # number words and compounds
    Case("These two opposition figures had been arrested", "two", "count", 2, "figure"),
    Case("twenty-five villages were flooded", "twenty-five", "count", 25, "village"),
    Case("a hundred army trucks", "a hundred", "count", 100, "truck"),
    Case(
        "some two hundred and fifty soldiers",
        "some two hundred and fifty",
        "count",
        250,
        "soldier",
        "about",
    ),
    Case("a thousand volunteers", "a thousand", "count", 1000, "volunteer"),
    Case(
        "release over a hundred prisoners on Friday",
        "over a hundred",
        "count",
        100,
        "prisoner",
        "over",
        100,
        INF,
    ),
    Case(
        "counted over a thousand political prisoners",
        "over a thousand",
        "count",
        1000,
        "prisoner",
        "over",
    ),
    Case("One prisoner died in custody", "One", "count", 1, "prisoner"),
    Case("a dozen journalists", "a dozen", "count", 12, "journalist"),
    Case(
        "Half a million hectares flooded", "Half a million hectares", "quantity", 500_000, "hectare"
    ),
    Case("half a million people fled", "half a million", "count", 500_000, "person"),
    Case("taking 34 of the assembly's 61 seats", "34", "count", 34, "seat"),
    Case("tens of thousands flee", "tens of thousands", "count", 10000, "", "vague"),
    Case("a 22-nation bloc", "22", "count", 22, "nation"),
    Case("one more than the 31 required", "one", "count", 1, ""),
    Case("One other firefighter was injured", "One", "count", 1, "firefighter"),
    # vague plurals
    Case(
        "has freed hundreds of prisoners since March 2021",
        "hundreds",
        "count",
        100,
        "prisoner",
        "vague",
        200,
        999,
    ),
    Case("dozens of houses were destroyed", "dozens", "count", 12, "house", "vague", 24, 99),
    Case("they freed hundreds of", "hundreds", "count", 100, "", "vague", 200, 999),
    Case("thousands fled the city", "thousands", "count", 1000, "", "vague", 2000, 9999),
    Case(
        "tens of thousands of people",
        "tens of thousands",
        "count",
        10000,
        "person",
        "vague",
        20000,
        99999,
    ),
    Case(
        "several hundred protesters",
        "several hundred",
        "count",
        100,
        "protester",
        "vague",
        200,
        999,
    ),
    # qualifiers and their intervals
    Case(
        "more than 560 political prisoners have been released since March 2021",
        "more than 560",
        "count",
        560,
        "prisoner",
        "over",
        560,
        INF,
        extra={"subject": "political prisoners released since March 2021"},
    ),
    Case(
        "at least 37 people are missing", "at least 37", "count", 37, "person", "at_least", 37, INF
    ),
    Case("nearly 2,000 homes", "nearly 2,000", "count", 2000, "home", "nearly", 1800, 2000),
    # days listed after a date of a month are dates of that month; a count after a date is not
    Case("held on March 3, 10 and 17", "10", "date", None, date="--03-10"),
    Case("held on March 3, 2030, 10 and 17", "17", "date", 2030, date="2030-03-17"),
    Case("On March 3, 12 people died", "12", "count", 12, "person"),
    # the Indian numbering system: its scale words and its grouping of digits
    Case(
        "Over 80 crore voters were eligible",
        "Over 80 crore",
        "count",
        8e8,
        "voter",
        "over",
        8e8,
        INF,
    ),
    Case(
        "Some 3 lakh people attended", "Some 3 lakh", "count", 3e5, "person", "about", 2.7e5, 3.3e5
    ),
    Case("a margin of 1,42,615 votes", "1,42,615", "count", 142615, "vote"),
    # a number in words and a half
    Case(
        "burned for nearly two and a half days",
        "nearly two and a half days",
        "duration",
        2.5,
        "day",
        "nearly",
        2.25,
        2.5,
    ),
    Case(
        "Some one and a half million people fled",
        "Some one and a half million",
        "count",
        1.5e6,
        "person",
        "about",
        1.35e6,
        1.65e6,
    ),
    # one currency sign before a range's low end: both ends are sums of money
    Case("revised to US$70-85 billion on Monday", "US$70", "money", 70e9, "USD"),
    Case("revised to US$70-85 billion on Monday", "85 billion", "money", 85e9, "USD"),
    # a plus sign after the figure: at least that many, part of its text
    Case("6K+ homes burned", "6K+", "count", 6000, "home", "at_least", 6000, INF),
    Case(
        "fires burned 14K+ acres", "14K+ acres", "quantity", 14000, "acre", "at_least", 14000, INF
    ),
    Case("almost 500 soldiers", "almost 500", "count", 500, "soldier", "nearly"),
    Case("about 1,000 people", "about 1,000", "count", 1000, "person", "about", 900, 1100),
    Case(
        "Some 12,000 residents were evacuated", "Some 12,000", "count", 12000, "resident", "about"
    ),
    Case("up to 45 people may be trapped", "up to 45", "count", 45, "person", "up_to", 0, 45),
    Case("fewer than 20 journalists", "fewer than 20", "count", 20, "journalist", "under", 0, 20),
    Case("as many as 38 people", "as many as 38", "count", 38, "person", "up_to"),
    Case(
        "it could be as high as 19 campers", "as high as 19", "count", 19, "camper", "up_to", 0, 19
    ),
    Case(
        "an estimated 3,000 protesters", "an estimated 3,000", "count", 3000, "protester", "about"
    ),
    # ranges
    # ranges: two mentions, one per end, each exact, the low end read like the high end (spec:
    # Ranges)
    Case("between 120-130 people", "120", "count", 120, "person", "exact", 120, 120),
    Case("between 120-130 people", "130", "count", 130, "person", "exact", 130, 130),
    Case("a share of 26-27% of the market", "26", "percent", 26, "percent"),
    Case("a share of 26-27% of the market", "27%", "percent", 27, "percent"),
    Case("polls put him between 38 and 41 per cent", "38", "percent", 38, "percent"),
    Case("polls put him between 38 and 41 per cent", "41 per cent", "percent", 41, "percent"),
    Case(
        "Among the missing were 14 to 16 people reported as unaccounted for",
        "14",
        "count",
        14,
        "person",
    ),
    Case(
        "Among the missing were 14 to 16 people reported as unaccounted for",
        "16",
        "count",
        16,
        "person",
    ),
    Case("said between 4 and 9 bodies had been recovered", "4", "count", 4, "body"),
    Case("to cut the target range to 3.75 to 4.00 percent", "3.75", "percent", 3.75, "percent"),
    Case(
        "to cut the target range to 3.75 to 4.00 percent",
        "4.00 percent",
        "percent",
        4.0,
        "percent",
    ),
    Case("for infants between 9 and 14 months old", "9", "age", 9, "month"),
    Case("for infants between 9 and 14 months old", "14 months old", "age", 14, "month"),
    Case("a fund of between 2 and 3 million euros", "2", "money", 2e6, "EUR"),
    Case("losses ranging from 127 to 516 individuals", "127", "count", 127, "person"),
    Case("prices of $40 to $45 a barrel", "$40", "money", 40, "USD"),
    # changes: one mention per side
    Case("unemployment rose from 5% to 7%", "5%", "percent", 5, "percent"),
    Case("unemployment rose from 5% to 7%", "7%", "percent", 7, "percent"),
]


RANKS = [
    Case("Dravenia was the No. 4 producer", "No. 4", "count", 4, "rank"),
]


@pytest.mark.parametrize("case", NUMBERS, ids=str)
def test_numbers(case):
    check(case)


@pytest.mark.parametrize("case", RANKS, ids=str)
def test_ranks(case):
    check(case)


def test_scores_are_two_counts():
    rows = figures_in_text("City beat Rovers 3-1 to go clear", "t")
    assert [(r["text"], r["value"], r["qualifier"]) for r in rows] == [
        ("3", 3.0, "exact"),
        ("1", 1.0, "exact"),
    ]
