"""Case tables for the figure grammar: the forms news writes without a plain numeral, or with
numerals that are not their own figure, and the days they date. Real sentence fragments and the
rows they must give; where they come from: tests/test_figures_cases.py.
"""

from __future__ import annotations

import math

import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import INF, Case, check


# the language of news without a plain numeral, or with numerals that are not their own figure
# (invented fragments written in the styles of real news pages)
FORMS = [
    Case(
        "Dravenia's economic output grew by 3,8 percent in the second quarter",
        "3,8 percent",
        "percent",
        3.8,
        "percent",
    ),
    Case("the deposit rate of 3,75% was kept", "3,75%", "percent", 3.75, "percent"),
    Case(
        "more than 20 000 people fled the fighting",
        "more than 20 000",
        "count",
        20000,
        "person",
        "over",
    ),
    Case(
        "Central Bank Trims Lending Rate By Quarter Point, Signals Slower Easing",
        "Quarter Point",
        "percent",
        0.25,
        "percentage point",
    ),
    Case(
        "vote to cut the base rate by another quarter point.",
        "quarter point",
        "percent",
        0.25,
        "percentage point",
    ),
    Case("the bank delivered a half-point cut", "half-point", "percent", 0.5, "percentage point"),
    Case("a gallon of milk rose 75 cents in a year", "75 cents", "money", 0.75, "USD"),
    Case(
        "the VDP gained while the KLU fell (-6.2%) and the RSB (-4.8%)",
        "-6.2%",
        "percent",
        -6.2,
        "percent",
        low=-6.2,
        high=-6.2,
    ),
    Case(
        "millions of people lost power", "millions", "count", 1e6, "person", "vague", 2e6, 9_999_999
    ),
    Case("Marlow finished the night 19-of-27 for 243 yards", "27", "count", 27, ""),
    Case("Marlow finished the night 19-of-27 for 243 yards", "243 yards", "quantity", 243, "yard"),
    Case("to rise over 18 feet (5.5 m) in about 30 minutes", "5.5 m", "quantity", 5.5, "metre"),
    # one-unit durations
    Case(
        "the war, which has lasted almost a month, has",
        "almost a month",
        "duration",
        1,
        "month",
        "nearly",
        0.9,
        1,
    ),
    Case("Power was out for under an hour.", "under an hour", "duration", 1, "hour", "under", 0, 1),
    Case("the ban stayed in force for a decade and", "a decade", "duration", 1, "decade"),
    Case(
        "took more than a year to rebuild",
        "more than a year",
        "duration",
        1,
        "year",
        "over",
        1,
        INF,
    ),
    Case(
        "the flooding came in less than a two-hour span",
        "less than a two-hour",
        "duration",
        2,
        "hour",
        "under",
    ),
    Case("a one-hour drive from the city", "one-hour", "duration", 1, "hour"),
    Case("ended a decade-long war", "decade-long", "duration", 1, "decade"),
    Case("it may take a couple days to know", "couple days", "duration", 2, "day", "about"),
    Case(
        "the fire danger would persist for at least a week, with",
        "at least a week",
        "duration",
        1,
        "week",
        "at_least",
    ),
    Case(
        "finished four minutes and 12 seconds behind",
        "four minutes and 12 seconds",
        "duration",
        252,
        "second",
    ),
    Case("Tarvik's 2:03:41 finish beat the record", "2:03:41", "duration", 7421, "second"),
    Case(
        "anyone has run the course in less than 2:02:00, the paper reports",
        "less than 2:02:00",
        "duration",
        7320,
        "second",
        "under",
    ),
    # ages
    Case(
        "Camp Larkspur, a century-old lakeside camp in",
        "century-old",
        "age",
        1,
        "century",
        "about",
        0.9,
        1.1,
    ),
    Case(
        "her grandparents, in their 70s, managed to flee", "70s", "age", 70, "year", "vague", 70, 79
    ),
    Case(
        "uptake was highest among over-75s at 68%", "over-75s", "age", 75, "year", "over", 75, INF
    ),
    Case("for infants between 9 and 14 months old", "14 months old", "age", 14, "month"),
    # ratios
    Case(
        "about 1 in every 25 patients who catch the fever",
        "about 1 in every 25",
        "percent",
        4,
        "percent",
        "about",
    ),
    Case(
        "About one in every 2,000 patients who catch the fever",
        "About one in every 2,000",
        "percent",
        0.05,
        "percent",
        "about",
    ),
    Case(
        "a survey found one in five adults reported symptoms",
        "one in five",
        "percent",
        20,
        "percent",
    ),
    # people by where they are from
    Case("Norland released 1,874 Ruritanians on Monday", "1,874", "count", 1874, "person"),
    Case(
        "Strike Ends as 4,000 Dock Workers Return", "4,000", "count", 4000, "worker"
    ),  # title case is no demonym
]


FORM_DATES = [  # (fragment, published, surface, date)
    ("storms over the July Fourth weekend", "2025-07-07", "July Fourth", "2025-07-04"),
    ("Over the Fourth of July long weekend", "2025-08-04", "Fourth of July", "2025-07-04"),
    ("Independence Day weekend, July 4th, was", "2025-07-06", "July 4th", "2025-07-04"),
    (
        "the regional election which took place on 16 March saw",
        "2025-03-20",
        "16 March",
        "2025-03-16",
    ),
    (
        "a letter dated Dec. 9 warning of seepage",
        "2026-03-14",
        "Dec. 9",
        "2025-12-09",
    ),  # the December before
    ("the vote was held on Nov. 15", "2026-03-14", "Nov. 15", "2025-11-15"),
    (
        "the summit on April 10 will",
        "2026-03-14",
        "April 10",
        "2026-04-10",
    ),  # within a month ahead: this year
    (
        "taken on March 3, 2022 in exchange ... since March 3.",
        "2024-05-14",
        "March 3",
        "2022-03-03",
    ),
    ("on Saturday (Dec 9) the envoy", "", "Dec 9", "--12-09"),
]


@pytest.mark.parametrize(
    "fragment,published,surface,date", FORM_DATES, ids=[f[0][:40] for f in FORM_DATES]
)
def test_days_take_the_documents_year(fragment, published, surface, date):
    rows = [r for r in figures_in_text(fragment, "t", published=published) if r["kind"] == "date"]
    row = [r for r in rows if r["text"] == surface][-1]
    assert row["date"] == date
    assert math.isnan(row["value"]) if date.startswith("--") else row["value"] == int(date[:4])


@pytest.mark.parametrize("case", FORMS, ids=str)
def test_forms(case):
    check(case)
