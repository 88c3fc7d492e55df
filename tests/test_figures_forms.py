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
# (real fragments from news pages, plus fragments written in the same styles)
FORMS = [
    Case(
        "China's gross domestic product expanded by 5,4 percent in the fourth quarter",
        "5,4 percent",
        "percent",
        5.4,
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
        "Fed Lowers Interest Rates By Quarter Point, Forecasts Fewer Rate Cuts",
        "Quarter Point",
        "percent",
        0.25,
        "percentage point",
    ),
    Case(
        "decision to lower interest rates by another quarter point.",
        "quarter point",
        "percent",
        0.25,
        "percentage point",
    ),
    Case("the bank delivered a half-point cut", "half-point", "percent", 0.5, "percentage point"),
    Case("a gallon of milk rose 75 cents in a year", "75 cents", "money", 0.75, "USD"),
    Case(
        "the AfD gained while the SPD fell (-9.3%) and the FDP (-7.1%)",
        "-9.3%",
        "percent",
        -9.3,
        "percent",
        low=-9.3,
        high=-9.3,
    ),
    Case(
        "millions of people lost power", "millions", "count", 1e6, "person", "vague", 2e6, 9_999_999
    ),
    Case("Hurts finished the night 17-of-22 for 221 yards", "22", "count", 22, ""),
    Case("Hurts finished the night 17-of-22 for 221 yards", "221 yards", "quantity", 221, "yard"),
    Case("to surge over 26 feet (7.9 m) in about 45 minutes", "7.9 m", "quantity", 7.9, "metre"),
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
        "finished three minutes and 27 seconds behind",
        "three minutes and 27 seconds",
        "duration",
        207,
        "second",
    ),
    Case("Kiptum's 2:00:35 finish beat the record", "2:00:35", "duration", 7235, "second"),
    Case(
        "anyone has run a marathon in less than 2:01:00, CNN reports",
        "less than 2:01:00",
        "duration",
        7260,
        "second",
        "under",
    ),
    # ages
    Case(
        "Camp Larkspur, a century-old summer camp in",
        "century-old",
        "age",
        1,
        "century",
        "about",
        0.9,
        1.1,
    ),
    Case("his parents, in their 80s, managed to escape", "80s", "age", 80, "year", "vague", 80, 89),
    Case(
        "uptake was highest among over-75s at 68%", "over-75s", "age", 75, "year", "over", 75, INF
    ),
    Case("for children between 12 and 15 months old", "15 months old", "age", 15, "month"),
    # ratios
    Case(
        "about 1 in every 20 children who get measles",
        "about 1 in every 20",
        "percent",
        5,
        "percent",
        "about",
    ),
    Case(
        "About one in every 1,000 children who get measles",
        "About one in every 1,000",
        "percent",
        0.1,
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
    Case("Norland released 1,968 Ruritanians on Monday", "1,968", "count", 1968, "person"),
    Case(
        "Strike Ends as 4,000 Dock Workers Return", "4,000", "count", 4000, "worker"
    ),  # title case is no demonym
]


FORM_DATES = [  # (fragment, published, surface, date)
    ("flooding over the July Fourth weekend", "2025-07-07", "July Fourth", "2025-07-04"),
    ("Over the Fourth of July holiday weekend", "2025-08-04", "Fourth of July", "2025-07-04"),
    ("Independence Day weekend, July 4th, was", "2025-07-06", "July 4th", "2025-07-04"),
    (
        "the federal election which took place on 23 February saw",
        "2025-02-27",
        "23 February",
        "2025-02-23",
    ),
    (
        "a letter dated Dec. 13 warning of seepage",
        "2026-03-14",
        "Dec. 13",
        "2025-12-13",
    ),  # the December before
    ("the vote is due on Nov. 15", "2026-03-14", "Nov. 15", "2025-11-15"),
    (
        "the summit on April 10 will",
        "2026-03-14",
        "April 10",
        "2026-04-10",
    ),  # within a month ahead: this year
    (
        "taken on October 7, 2023 in exchange ... since October 7.",
        "2025-10-13",
        "October 7",
        "2023-10-07",
    ),
    ("on Saturday (Dec 13) the envoy", "", "Dec 13", "--12-13"),
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
