"""Case tables for the figure grammar: durations, ages and dates, the page's date and dateline,
year-like numbers and ordinal days. Real sentence fragments and the rows they must give; where
they come from: tests/test_figures_cases.py.
"""

from __future__ import annotations


import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import INF, Case, check


DURATIONS_AGES = [
    Case(
        "detained in Belarus for more than four years",
        "more than four years",
        "duration",
        4,
        "year",
        "over",
        4,
        INF,
    ),
    Case(
        "after spending over 1,600 days in confinement",
        "over 1,600 days",
        "duration",
        1600,
        "day",
        "over",
    ),
    Case("for more than three decades", "more than three decades", "duration", 3, "decade", "over"),
    Case("after two days of talks", "two days", "duration", 2, "day", extra={"subject": "talks"}),
    Case("sentencing to 10 years in prison in 2023", "10 years", "duration", 10, "year"),
    Case(
        "Marfa Rabkova (15-year sentence)",
        "15-year",
        "duration",
        15,
        "year",
        extra={"subject": "sentence"},
    ),
    Case("who was imprisoned five years ago", "five years", "duration", 5, "year"),
    Case("a two-day visit", "two-day", "duration", 2, "day"),
    Case(
        "within 48 hours of the collapse", "within 48 hours", "duration", 48, "hour", "up_to", 0, 48
    ),
    Case("Aged 63, Ales Bialiatski founded", "Aged 63", "age", 63, "year"),
    Case(
        "Graduated in music, Maria Kolesnikova, 43, was one of the leaders",
        "43",
        "age",
        43,
        "year",
        extra={"subject": "Maria Kolesnikova's age"},
    ),
    Case(
        "Ales Bialiatski, the 63-year-old founder",
        "63-year-old",
        "age",
        63,
        "year",
        extra={"subject": "Ales Bialiatski's age"},
    ),
    Case("the engineer, 71 years old, said", "71 years old", "age", 71, "year"),
    Case("died at the age of 88", "at the age of 88", "age", 88, "year"),
    Case("was replaced by Luca Ferri, 21. Manager Steve Adebayo said", "21", "age", 21, "year"),
]


DATES = [
    Case("Ales Bialiatski founded in 1996", "1996", "date", 1996, date="1996"),
    Case("Nobel Peace Prize winner 2022, and", "2022", "date", 2022, date="2022"),
    Case("freed since July 2024", "July 2024", "date", 2024, date="2024-07"),
    Case("a letter dated Dec. 13 warning of seepage", "Dec. 13", "date", None, date="--12-13"),
    Case("on Saturday (Dec 13) the envoy", "Dec 13", "date", None, date="--12-13"),
    Case("on December 13, 2025, the envoy", "December 13, 2025", "date", 2025, date="2025-12-13"),
    Case("on 13 December 2025 the envoy", "13 December 2025", "date", 2025, date="2025-12-13"),
    Case(
        "The decree, signed 2025-12-13 in Minsk, lists the names",
        "2025-12-13",
        "date",
        2025,
        date="2025-12-13",
    ),
    Case("in the five years post-2020 protests", "2020", "date", 2020, date="2020"),
    Case("riots in the 1990s", "1990s", "date", 1990, date="1990s", low=1990, high=1999),
    Case("since 2020-2021 protests", "2020", "date", 2020, date="2020"),
    Case("since 2020-2021 protests", "2021", "date", 2021, date="2021"),
    Case("the 2020-21 season", "21", "date", 2021, date="2021"),
    Case("Since May 2023, when transferred", "May 2023", "date", 2023, date="2023-05"),
]


def test_the_page_date_dates_days_and_is_no_figure():
    text = " date 2025-07-05 Floods on Friday (Jul 4) killed 24 people."
    rows = figures_in_text(text, "t")
    assert [(r["text"], r["date"]) for r in rows if r["kind"] == "date"] == [
        ("Jul 4", "2025-07-04")
    ]
    assert [r["text"] for r in rows] == ["Jul 4", "24"]


@pytest.mark.parametrize(
    "text, sentence",
    [
        (
            " date 2025-07-05 Floods on Friday killed 24 people.",
            "Floods on Friday killed 24 people.",
        ),
        (" date 2024-05-20 LAGOS (Reuters) - Floods killed 24 people.", "Floods killed 24 people."),
        (
            "Floods recede\nPORTO ALEGRE, Brazil, May 20, 2024 (Reuters) - Floods killed 24 "
            "people.",
            "Floods killed 24 people.",
        ),
        ("(AP) \u2014 Floods killed 24 people. More rain fell.", "Floods killed 24 people."),
        ("Floods killed 24 people on the coast.", "Floods killed 24 people on the coast."),
    ],
)
def test_a_stamp_or_dateline_is_not_part_of_the_first_sentence(text, sentence):
    row = next(r for r in figures_in_text(text, "t") if r["text"] == "24")
    assert text[row["sent_start"] : row["sent_end"]] == sentence


@pytest.mark.parametrize("case", DURATIONS_AGES, ids=str)
def test_durations_and_ages(case):
    check(case)


@pytest.mark.parametrize("case", DATES, ids=str)
def test_dates(case):
    check(case)


def test_two_dates_from_year_range():
    rows = figures_in_text("imprisoned since 2020-2021 protests", "t")
    assert [(r["text"], r["date"]) for r in rows] == [("2020", "2020"), ("2021", "2021")]


@pytest.mark.parametrize(
    "fragment,kind",
    [
        ("Norland released 1968 Ruritanian prisoners and detainees", "count"),
        ("the flood killed 2000 people in the valley", "count"),
        ("in 1968 students marched on the ministry", "date"),
        ("since the 2020 protests the", "date"),
        ("the women who led 2020 protests against the vote", "date"),  # events, not people
    ],
)
def test_year_like_numbers(fragment, kind):
    rows = figures_in_text(fragment, "t")
    assert [r["kind"] for r in rows] == [kind]


@pytest.mark.parametrize(
    "fragment, published, surface, iso",
    [
        # a day of the month as an ordinal after a preposition and 'the': of the published month,
        # or of the month before for a day after the published one
        ("the blast on the 12th killed four people", "2031-01-20", "12th", "2031-01-12"),
        ("41 were identified as of the 22nd, officials said", "2031-01-02", "22nd", "2030-12-22"),
        # an ordinal before a noun, or with no published day: no date
        ("he lives on the 29th floor of the tower", "2031-01-20", "29th", None),
        ("the blast on the 12th killed four people", "", "12th", None),
    ],
)
def test_an_ordinal_day_after_the_is_a_date_of_the_published_month(
    fragment, published, surface, iso
):
    rows = [r for r in figures_in_text(fragment, "t", None, published) if r["text"] == surface]
    assert [r["date"] for r in rows] == ([iso] if iso else [])
