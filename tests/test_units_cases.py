"""Case tables for units, counted nouns, qualifiers and dates in the style of US and wire news.

Fragments of real news copy (the corpora in tests/corpora/real and similar
sentences from other coverage), each with the row it must give, and the
negatives next to them. Every rule of issue 10 items 3-4 got its row here
before it was written; known gaps are strict xfails with their reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract import figures_in_text
from analysis.pipeline import extract_figures

from .figure_cases import INF, Case, check

# units written the US way (spelled out, abbreviated, compound) and the counted noun in context
US_UNITS = [
    Case(
        "dumped as much as 10 inches of rain",
        "as much as 10 inches",
        "quantity",
        10,
        "inch",
        "up_to",
    ),
    Case("rain fell at 3 inches an hour", "3 inches", "quantity", 3, "inch"),
    Case("a 1-inch hailstone", "1-inch", "quantity", 1, "inch"),
    Case("a crest of more than 39 feet", "more than 39 feet", "quantity", 39, "foot", "over"),
    Case("the river rose 26 ft in 45 minutes", "26 ft", "quantity", 26, "foot"),
    Case("winds of 75 mph", "75 mph", "quantity", 75, "mile per hour"),
    Case(
        "winds of up to 120 miles per hour",
        "up to 120 miles per hour",
        "quantity",
        120,
        "mile per hour",
        "up_to",
    ),
    Case("spilled 5,000 gallons of oil", "5,000 gallons", "quantity", 5000, "gallon"),
    Case("burned 12,000 acres of brush", "12,000 acres", "quantity", 12000, "acre"),
    Case(
        "temperatures near 105 degrees Fahrenheit",
        "105 degrees Fahrenheit",
        "quantity",
        105,
        "degree fahrenheit",
    ),
    Case("a high of 40 degrees Celsius", "40 degrees Celsius", "quantity", 40, "degree celsius"),
    Case(
        "flowing at 120,000 cubic feet per second",
        "120,000 cubic feet per second",
        "quantity",
        120000,
        "cubic foot per second",
    ),
    Case("a 2,500 square feet home", "2,500 square feet", "quantity", 2500, "square foot"),
    Case(
        "burned 13,000 square metres of roof",
        "13,000 square metres",
        "quantity",
        13000,
        "square metre",
    ),
    Case("a 40 m² flat", "40 m²", "quantity", 40, "square metre"),
    Case(
        "He said he lost 139 pounds (59 kilograms) in prison.",
        "139 pounds",
        "quantity",
        139,
        "pound",
    ),
    Case("the boxer weighed 139 lb at the weigh-in", "139 lb", "quantity", 139, "pound"),
    Case("seized 40 pounds of cocaine", "40 pounds", "quantity", 40, "pound"),
    Case("the height of a two-story building", "two-story", "quantity", 2, "story"),
    Case("a 10-storey tower", "10-storey", "quantity", 10, "story"),
]

COUNTED_NOUNS = [
    # 'N were <noun>s': the noun after the copula
    Case(
        "Officials said that of the fatalities so far, 68 were adults", "68", "count", 68, "adult"
    ),
    Case("He spoke of the victims, 12 of whom were children", "12", "count", 12, ""),
    Case(
        "Of the 43 dead in Kessel County, 28 were adults and 15 were children.",
        "28",
        "count",
        28,
        "adult",
    ),
    Case(
        "Of the 43 dead in Kessel County, 28 were adults and 15 were children.",
        "15",
        "count",
        15,
        "child",
    ),
    # 'N dead / killed / injured / missing': people
    Case(
        "Of the 43 dead in Kessel County, 28 were adults and 15 were children.",
        "43",
        "count",
        43,
        "person",
    ),
    Case(
        "the storm left at least 12 injured in the town",
        "at least 12",
        "count",
        12,
        "person",
        "at_least",
    ),
    Case("with 25 missing campers still unaccounted for", "25", "count", 25, "camper"),
    # 'N, out of the M girls'
    Case(
        "About 23, out of the roughly 750 girls, attending Camp Larkspur were among those",
        "About 23",
        "count",
        23,
        "girl",
        "about",
    ),
    Case("only 3 out of 40 applicants passed", "3", "count", 3, "applicant"),
    # two kinds of people counted together are people
    Case("they lost 27 campers and counselors to the floodwaters", "27", "count", 27, "person"),
    Case(
        "killed nearly 90 people, including more than two dozen campers and counselors from a camp",
        "more than two dozen",
        "count",
        24,
        "person",
        "over",
    ),
    Case("freed 40 prisoners and 3 journalists", "40", "count", 40, "prisoner"),
    # one kind of people under two names keeps its name
    Case(
        "Norland released 1968 Ruritanian prisoners and detainees",
        "1968",
        "count",
        1968,
        "prisoner",
    ),
    Case(
        "about 2,000 Ruritanian detainees and prisoners are to be freed",
        "about 2,000",
        "count",
        2000,
        "prisoner",
        "about",
    ),
    Case(
        "winning 29 of the 55 seats, one more than the 28 needed for a majority",
        "28",
        "count",
        28,
        "seat",
    ),
    # the bodies of N hostages are bodies
    Case(
        "The bodies of four Norlandic hostages who died in captivity were handed over",
        "four",
        "count",
        4,
        "body",
    ),
    Case(
        "it will hand over the bodies of four of 28 deceased captives", "four", "count", 4, "body"
    ),
    Case("the families of four hostages met the minister", "four", "count", 4, "hostage"),
    Case("Tarvon still holds the remains of 24 deceased hostages", "24", "count", 24, "hostage"),
    # 'more', 'additional' between the number and its noun
    Case(
        "the military confirmed that 13 more captives had been freed", "13", "count", 13, "captive"
    ),
    Case("With the return of four more bodies tonight", "four", "count", 4, "body"),
    Case("officials found 6 additional victims", "6", "count", 6, "victim"),
    # a capitalised plural after lower-case modifiers names people
    Case(
        "Those freed include around 1,700 of the several thousand Ruritanians that troops seized",
        "around 1,700",
        "count",
        1700,
        "person",
        "about",
    ),
    # 'measles' is one noun
    Case("there have been three distinct measles outbreaks", "three", "count", 3, "outbreak"),
    # a phrase opened by 'involving', 'including' is no counted noun: the count before gives it
    Case(
        "The 86,882 deaths include 61,393 involving opioids, including 55,126 involving synthetic "
        "opioids",
        "61,393",
        "count",
        61393,
        "death",
    ),
    Case(
        "The 86,882 deaths include 61,393 involving opioids, including 55,126 involving synthetic "
        "opioids",
        "55,126",
        "count",
        55126,
        "death",
    ),
    # a population is people
    Case(
        "the U.S. population reached over 340 million in 2024",
        "over 340 million",
        "count",
        340e6,
        "person",
        "over",
    ),
    Case("a country with a population of 9.5 million", "9.5 million", "count", 9.5e6, "person"),
]

QUALIFIERS = [
    Case(
        "estimating that it could be as high as 27",
        "as high as 27",
        "count",
        27,
        "",
        "up_to",
        0,
        27,
    ),
    Case(
        "The new legislature is expected to sit within 30 days.",
        "within 30 days",
        "duration",
        30,
        "day",
        "up_to",
    ),
    # 'over' after a figure or in a phrasal verb is no qualifier
    Case(
        "Former pension boss jailed for 12 years over £38m fraud",
        "£38m",
        "money",
        38e6,
        "GBP",
        "exact",
    ),
    Case(
        "in what once would have been an unthinkable time: just 35 seconds over 2 hours.",
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
        "a 67-year-old shepherd and a volunteer firefighter, 23, whose truck was trapped",
        "23",
        "age",
        23,
        "year",
    ),
]

# (fragment, numeral that must NOT come out as a figure)
NEGATIVES = [
    ("One woman said she couldn’t reach her daughter, who had rented a cabin", "One"),
    ("One resident told reporters the water rose in minutes", "One"),
    ("the paper ran two stories about the flood", "two"),  # not a quantity: see below
]


@pytest.mark.parametrize("case", US_UNITS, ids=str)
def test_us_units(case):
    check(case)


@pytest.mark.parametrize("case", COUNTED_NOUNS, ids=str)
def test_counted_nouns(case):
    check(case)


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
    # the noun a fronted partitive names: 'Of the fatalities so far, 68 ...' -> fatality. The rule
    # was written and held back: with it the units are right (3 more in the real corpora) but the
    # reconciliation, which reads a named unit against the unnamed ones ('people killed',
    # 'palestinians released'), then splits the Kessel County toll and the prisoners released into
    # more facts (pairwise grouping F1 0.55 -> 0.50 on texas_floods_2025, 0.88 -> 0.87 and
    # cross-value recall 0.75 -> 0.62 on gaza_exchange_2025); enable it with the reconciliation
    Case(
        "Of the fatalities so far, 68 have occurred in Kessel County, its sheriff said.",
        "68",
        "count",
        68,
        "fatality",
    ),
    Case(
        "officials said Sunday.\n\nOf the fatalities so far, 68 have occurred in Kessel County",
        "68",
        "count",
        68,
        "fatality",
    ),
    Case(
        "Of the Ruritanian prisoners released, 1,718 were arrested in Qarat since October 7.",
        "1,718",
        "count",
        1718,
        "prisoner",
    ),
    # the noun of an ellipsis that points back more than one count ('an initial group of seven'
    # hostages)
    Case(
        "13 Norlandic prisoners handed over, following the release of an initial group of seven "
        "earlier on Monday",
        "seven",
        "count",
        7,
        "hostage",
    ),
    # a compound counted noun: which noun modifies which needs a parser
    Case("the projections point to just two rate cuts next year", "two", "count", 2, "rate cut"),
    # an idiomatic duration: 'to be spent over 12 years' (during) against 'spent over 12 years in
    # prison' (more than)
    Case(
        "a fund to be spent over 12 years, and the World Bank",
        "12 years",
        "duration",
        12,
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
