"""Case tables for the figure grammar: numerals that are no figures (``NEGATIVES``, FIGURES-SPEC
'Not a figure'), vague words without numerals, known gaps (``GAPS``, strict xfails, so that
fixing one is noticed), an elided noun and a signed number. Real sentence fragments and the rows
they must give; where they come from: tests/test_figures_cases.py.
"""

from __future__ import annotations


import pytest

from analysis.extract import figures_in_text
from tests.figure_cases import Case, check


# (fragment, the numeral that must NOT come out as a figure)
NEGATIVES = [
    ("moved to notorious Prison Number 7 in Vessa", "7"),
    ('it began as "Lumen-89" to help jailed strikers', "89"),
    ("during the Covid-19 pandemic", "19"),
    ("at the G7 summit", "7"),
    ("a Boeing 737 landed", "737"),
    ("defending civil rights.[1][2][5] Founded", "1"),
    ("defending civil rights.[1][2][5] Founded", "5"),
    ("3 hours ago 6", "3"),
    ("3 hours ago 6", "6"),
    ("Updated 4 hours ago", "4"),
    ("Share 24", "24"),
    ("the meeting began at 9 a.m. in Velmark", "9"),
    # a model's number after a hyphen, glued to capitals
    ("the Boeing 737-9QX of the carrier crashed", "9"),
    # a flight number past its carrier's code
    ("the plane was Coastal Air Flight 4K 3317, a twin-engine jet", "3317"),
    # a clock time with a dot before 'local time' or a zone, and a zone's offset
    ("the jet landed shortly after 7.45 local time on Sunday", "7.45"),
    ("at noon (GMT+1), officials said", "1"),
    ("the dam burst at 23:40 local time", "23"),
    ("call +356 21 222 33 44 for details", "356"),
    ("see https://example.org/2024/12/report-123 for more", "2024"),
    ("Marrow, one of a trio of miners who led strikes", "one"),
    ("was one of the organisers of the large rallies", "one"),
    ("No one was hurt", "one"),
    ("the third time this year", "third"),
    ("Reservoir No. 6 on the Tesk river", "6"),
    ("along Highway M-03 near the city", "03"),
    ("a 5G network", "5"),
    ("on the 11th floor", "11"),
    ("the Hundred Years War", "Hundred"),
    ("Both women must serve two-thirds of their terms", "two"),
    ("can call NHS 111, ring the helpline on 0300 555 0199 or visit", "111"),
    ("can call NHS 111, ring the helpline on 0300 555 0199 or visit", "0300"),
    ("LONDON, May 8 (Reuters) - The Bank of England held rates", "8"),
    ("under the Fraud Act 2006 the court", "2006"),
    ("The FTSE 100 ended up 0.6%.", "100"),
    ("Germanwings Flight 9525 crashed in the Alps", "9525"),
    ("the pilots of flight 370 never", "370"),
    ("an Airbus A320-200 carrying 150 people", "200"),
    ("an Airbus A320-200 carrying 150 people", "320"),
    ("a Boeing 737-800 landed", "800"),
    ("the blast happened at 0915 GMT on Tuesday", "0915"),
    ("troops moved in at 2140 hrs", "2140"),
    ("from 9 to 11 a.m. daily", "9"),
    (" date 2025-10-13 Tarvon released on Monday the 20 remaining hostages", "2025"),
    ("Ruritanian prisoners freed\n\nOctober 13, 2025\n\nQARAT, Oct. 13 \u2014 Norland began", "13"),
    ("QARAT/NORBURG, Oct. 13  \u2014 Norlandic authorities have begun freeing prisoners", "13"),
    (" date 2025-10-13 WAR ON QARAT\n1 min read\nTarvon completes release", "1"),
    (
        "Norland released prisoners\n\nVelbor \u2022 UNN\n\n \u2022 604 views\n\nNorland released "
        "1968",
        "604",
    ),
    ("Recommended Stories\n\nlist of 4 itemsend of list\n\nThe military", "4"),
    ("up 3.1% from a year earlier, while", "a year"),
    ("revenue rose to $586 million from a year ago", "a year"),
    ("prices are reviewed once a year by the board", "a year"),
    ("rents of $40 a day are common", "a day"),
    ("she won for a second time in Boston", "second"),
]


@pytest.mark.parametrize("fragment,numeral", NEGATIVES, ids=[f"{f[:40]}|{n}" for f, n in NEGATIVES])
def test_not_a_figure(fragment, numeral):
    rows = figures_in_text(fragment, "t")
    start = fragment.find(numeral)
    hits = [r for r in rows if r["start"] <= start < r["end"]]
    assert not hits, f"{numeral!r} in {fragment!r} came out as {hits}"


def test_vague_words_without_numerals_are_not_figures():
    assert (
        figures_in_text(
            "A few months ago several activists and many others were both freed for years.", "t"
        )
        == []
    )


GAPS = [
    # fractions: the spec is silent and docs/figure-decisions.md says they are not figures (heldout
    # gold excludes 'two-thirds'); a journalist would chart them, so this stays a known gap
    Case("two-thirds of the budget", "two-thirds", "percent", 66.67, "percent"),
]


@pytest.mark.parametrize("case", GAPS, ids=str)
@pytest.mark.xfail(strict=True, reason="known gap of the extractor")
def test_known_gaps(case):
    check(case)


def test_an_elided_noun_is_carried_from_the_count_before():
    text = "Rescuers found more than 20 girls. About 23 are still missing.\n\nLater, 5 were found."
    units = [(r["text"], r["unit"]) for r in figures_in_text(text, "t")]
    assert units == [
        ("more than 20", "girl"),
        ("About 23", "girl"),
        ("5", ""),
    ]  # not across a paragraph


def test_a_signed_number_needs_a_minus_before_it():
    assert [(r["start"], r["text"], r["value"]) for r in figures_in_text("0C", "t")] == [
        (0, "0C", 0.0)
    ]
    assert [(r["text"], r["value"]) for r in figures_in_text("fell to -5C overnight", "t")] == [
        ("-5C", -5.0)
    ]
