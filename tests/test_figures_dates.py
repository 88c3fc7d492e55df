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
        "held in Dravenia for more than five years",
        "more than five years",
        "duration",
        5,
        "year",
        "over",
        5,
        INF,
    ),
    Case(
        "after spending over 1,400 days in custody",
        "over 1,400 days",
        "duration",
        1400,
        "day",
        "over",
    ),
    Case("for more than two decades", "more than two decades", "duration", 2, "decade", "over"),
    Case(
        "after three days of talks", "three days", "duration", 3, "day", extra={"subject": "talks"}
    ),
    Case("sentencing to 12 years in prison in 2019", "12 years", "duration", 12, "year"),
    Case(
        "Tamsin Oleck (11-year sentence)",
        "11-year",
        "duration",
        11,
        "year",
        extra={"subject": "sentence"},
    ),
    Case("who was jailed six years ago", "six years", "duration", 6, "year"),
    Case("a two-day visit", "two-day", "duration", 2, "day"),
    Case(
        "within 48 hours of the collapse", "within 48 hours", "duration", 48, "hour", "up_to", 0, 48
    ),
    Case("Aged 57, Dorin Vask founded", "Aged 57", "age", 57, "year"),
    Case(
        "Trained in law, Wenna Marrow, 46, was one of the leaders",
        "46",
        "age",
        46,
        "year",
        extra={"subject": "Wenna Marrow's age"},
    ),
    Case(
        "Dorin Vask, the 57-year-old founder",
        "57-year-old",
        "age",
        57,
        "year",
        extra={"subject": "Dorin Vask's age"},
    ),
    Case("the engineer, 71 years old, said", "71 years old", "age", 71, "year"),
    Case("died at the age of 88", "at the age of 88", "age", 88, "year"),
    Case("was replaced by Tomas Reyl, 22. Manager Ola Strand said", "22", "age", 22, "year"),
]


DATES = [
    Case("Dorin Vask founded in 1989", "1989", "date", 1989, date="1989"),
    Case("Civic Courage Prize winner 2018, and", "2018", "date", 2018, date="2018"),
    Case("released since March 2021", "March 2021", "date", 2021, date="2021-03"),
    Case("a letter dated Dec. 9 warning of seepage", "Dec. 9", "date", None, date="--12-09"),
    Case("on Saturday (Dec 9) the envoy", "Dec 9", "date", None, date="--12-09"),
    Case("on December 9, 2024, the envoy", "December 9, 2024", "date", 2024, date="2024-12-09"),
    Case("on 9 December 2024 the envoy", "9 December 2024", "date", 2024, date="2024-12-09"),
    Case(
        "The decree, signed 2024-11-09 in Velmark, lists the names",
        "2024-11-09",
        "date",
        2024,
        date="2024-11-09",
    ),
    Case("in the four years post-2019 protests", "2019", "date", 2019, date="2019"),
    Case("riots in the 1990s", "1990s", "date", 1990, date="1990s", low=1990, high=1999),
    Case("since 2018-2019 protests", "2018", "date", 2018, date="2018"),
    Case("since 2018-2019 protests", "2019", "date", 2019, date="2019"),
    Case("the 2020-21 season", "21", "date", 2021, date="2021"),
    Case("Since April 2022, when moved", "April 2022", "date", 2022, date="2022-04"),
]


def test_the_page_date_dates_days_and_is_no_figure():
    text = " date 2025-03-08 Storms on Friday (Mar 7) killed 17 people."
    rows = figures_in_text(text, "t")
    assert [(r["text"], r["date"]) for r in rows if r["kind"] == "date"] == [
        ("Mar 7", "2025-03-07")
    ]
    assert [r["text"] for r in rows] == ["Mar 7", "17"]


@pytest.mark.parametrize(
    "text, sentence",
    [
        (
            " date 2025-03-08 Storms on Friday killed 17 people.",
            "Storms on Friday killed 17 people.",
        ),
        (" date 2024-05-20 LAGOS (Reuters) - Storms killed 17 people.", "Storms killed 17 people."),
        (
            "Storms pass\nPORTO ALEGRE, Brazil, May 20, 2024 (Reuters) - Storms killed 17 people.",
            "Storms killed 17 people.",
        ),
        ("(AP) \u2014 Storms killed 17 people. More rain fell.", "Storms killed 17 people."),
        ("Storms killed 17 people on the coast.", "Storms killed 17 people on the coast."),
    ],
)
def test_a_stamp_or_dateline_is_not_part_of_the_first_sentence(text, sentence):
    row = next(r for r in figures_in_text(text, "t") if r["text"] == "17")
    assert text[row["sent_start"] : row["sent_end"]] == sentence


@pytest.mark.parametrize("case", DURATIONS_AGES, ids=str)
def test_durations_and_ages(case):
    check(case)


@pytest.mark.parametrize("case", DATES, ids=str)
def test_dates(case):
    check(case)


def test_two_dates_from_year_range():
    rows = figures_in_text("jailed since 2018-2019 protests", "t")
    assert [(r["text"], r["date"]) for r in rows] == [("2018", "2018"), ("2019", "2019")]


@pytest.mark.parametrize(
    "fragment,kind",
    [
        ("Norland released 1874 Ruritanian prisoners and detainees", "count"),
        ("the flood killed 2000 people in the valley", "count"),
        ("in 1968 students marched on the ministry", "date"),
        ("since the 2016 protests the", "date"),
        ("the students who led 2016 protests against the dam", "date"),  # events, not people
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
