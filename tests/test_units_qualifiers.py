"""Case tables for qualifiers, ages and dates in the style of US and wire news, with the
negatives next to them (an indefinite 'one', stories without a hyphen, pounds of money), the
corpus year of undated pages, and known gaps as strict xfails with their reason. Units and
counted nouns are in tests/test_units_cases.py, where these fragments come from.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract import figures_in_text
from analysis.pipeline import extract_figures

from .figure_cases import INF, Case, check


QUALIFIERS = [
    Case(
        "estimating that it could be as high as 19",
        "as high as 19",
        "count",
        19,
        "",
        "up_to",
        0,
        19,
    ),
    Case(
        "The new assembly is expected to meet within 40 days.",
        "within 40 days",
        "duration",
        40,
        "day",
        "up_to",
    ),
    # 'over' after a figure or in a phrasal verb is no qualifier
    Case(
        "Former charity head jailed for 9 years over £21m fraud",
        "£21m",
        "money",
        21e6,
        "GBP",
        "exact",
    ),
    Case(
        "in what was once an unthinkable time: just 41 seconds over 2 hours.",
        "2 hours",
        "duration",
        2,
        "hour",
        "exact",
    ),
    Case(
        "Tarvon has handed over thirteen more Norlandic captives in Qarat",
        "thirteen",
        "count",
        13,
        "captive",
        "exact",
    ),
    Case("they turned over 20 rifles to the police", "20", "count", 20, "rifle", "exact"),
    Case(
        "the death toll rose to over 100 on Sunday", "over 100", "count", 100, "", "over", 100, INF
    ),
    Case(
        "Tarvon handed over more than 20 hostages", "more than 20", "count", 20, "hostage", "over"
    ),
]


AGES = [
    Case("Gala and Zev Marten, both 28, and Oren Marek, 48.", "28", "age", 28, "year"),
    Case(
        "a 58-year-old farmer and a volunteer firefighter, 26, whose van was trapped",
        "26",
        "age",
        26,
        "year",
    ),
]


# (fragment, numeral that must NOT come out as a figure)
NEGATIVES = [
    ("One man said he couldn’t reach his son, who had rented a chalet", "One"),
    ("One resident told reporters the water rose in minutes", "One"),
    ("the paper ran two stories about the flood", "two"),  # not a quantity: see below
]


@pytest.mark.parametrize("case", QUALIFIERS, ids=str)
def test_qualifiers(case):
    check(case)


@pytest.mark.parametrize("case", AGES, ids=str)
def test_ages(case):
    check(case)


@pytest.mark.parametrize(
    "fragment,numeral", NEGATIVES[:2], ids=[f"{f[:40]}|{n}" for f, n in NEGATIVES[:2]]
)
def test_an_indefinite_one_is_no_figure(fragment, numeral):
    start = fragment.find(numeral)
    assert not [r for r in figures_in_text(fragment, "t") if r["start"] <= start < r["end"]]


def test_one_that_counts_stays():
    rows = figures_in_text("One person was killed and one woman said she saw it.", "t")
    assert [(r["text"], r["unit"]) for r in rows] == [("One", "person")]


def test_stories_without_a_hyphen_are_counted_not_measured():
    rows = figures_in_text("the paper ran two stories about the flood", "t")
    assert [(r["text"], r["kind"], r["unit"]) for r in rows] == [("two", "count", "story")]


def test_pounds_of_money_stay_money():
    rows = figures_in_text("a fine of £500 was paid", "t")
    assert [(r["text"], r["kind"], r["unit"]) for r in rows] == [("£500", "money", "GBP")]


def test_a_day_without_year_in_an_undated_page_takes_the_corpus_year():
    """Coverage of one story: an undated page's 'July Fourth' is in the year of the other pages."""
    docs = pd.DataFrame(
        {
            "doc": ["a", "b", "c"],
            "text": [
                "Floods on July 4 killed 24 people.",
                "The July Fourth floods killed 80.",
                "On Fourth of July, 9 died.",
            ],
            "published": ["2025-07-05", "2025-07-09", ""],
        }
    )
    dates = extract_figures(docs).query("kind == 'date'")
    assert list(dates["date"]) == ["2025-07-04"] * 3
    assert list(dates["value"]) == [2025.0] * 3


def test_an_undated_file_takes_the_year_its_folders_manifest_gives(tmp_path):
    """Read from files, the reference is the folder's manifest (the streaming engine reads the
    same)."""
    from analysis.io.corpus import load_corpus

    (tmp_path / "a.txt").write_text("Floods on July 4 killed 24 people.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The July Fourth floods killed 80.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,published\na.txt,2025-07-05\nb.txt,\n", encoding="utf-8"
    )
    dates = extract_figures(load_corpus(tmp_path).documents).query("kind == 'date'")
    assert list(zip(dates["doc"], dates["date"])) == [("a", "2025-07-04"), ("b", "2025-07-04")]


def test_no_corpus_year_when_the_dated_pages_lie_years_apart():
    docs = pd.DataFrame(
        {
            "doc": ["a", "b", "c"],
            "text": [
                "Prices rose 3% in 2021.",
                "Growth hit 5% last year.",
                "On July 4 the parade drew 9,000.",
            ],
            "published": ["2021-03-01", "2025-02-10", ""],
        }
    )
    dates = extract_figures(docs).query("kind == 'date' and doc == 'c'")
    assert list(dates["date"]) == ["--07-04"]


GAPS = [
    # the noun a fronted partitive names: 'Of the fatalities to date, 57 ...' -> fatality. The rule
    # was written and held back: with it the units are right (3 more in the real corpora) but the
    # reconciliation, which reads a named unit against the unnamed ones ('people killed',
    # 'palestinians released'), then splits the Varrow County toll and the prisoners released into
    # more facts (pairwise grouping F1 0.55 -> 0.50 on texas_floods_2025, 0.88 -> 0.87 and
    # cross-value recall 0.75 -> 0.62 on gaza_exchange_2025); enable it with the reconciliation
    Case(
        "Of the fatalities to date, 57 occurred in Varrow County, its sheriff said.",
        "57",
        "count",
        57,
        "fatality",
    ),
    Case(
        "officials said Monday.\n\nOf the fatalities to date, 57 occurred in Varrow County",
        "57",
        "count",
        57,
        "fatality",
    ),
    Case(
        "Of the Ruritanian prisoners released, 1,512 were arrested in Qarat since March 3.",
        "1,512",
        "count",
        1512,
        "prisoner",
    ),
    # the noun of an ellipsis that points back more than one count ('a first group of five'
    # hostages)
    Case(
        "11 Norlandic prisoners handed over, after the release of a first group of five "
        "earlier on Monday",
        "five",
        "count",
        5,
        "hostage",
    ),
    # a compound counted noun: which noun modifies which needs a parser
    Case("the forecasts point to just three rate cuts next year", "three", "count", 3, "rate cut"),
    # an idiomatic duration: 'to be spent over 15 years' (during) against 'spent over 15 years in
    # prison' (more than)
    Case(
        "a fund to be spent over 15 years, and the World Bank",
        "15 years",
        "duration",
        15,
        "year",
        "exact",
    ),
]


@pytest.mark.parametrize("case", GAPS, ids=str)
@pytest.mark.xfail(
    strict=True, reason="known gap: needs more than a local rule (see the case comment)"
)
def test_known_gaps(case):
    check(case)
