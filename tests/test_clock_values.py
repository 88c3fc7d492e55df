"""The story clock's last rule (analysis.io.clock, ``values``; analysis.io.known_values): a page
whose text gives no day, weekday or elapsed time takes the latest day among the first reports, by
the story's dated pages, of the values it states (a report cannot cite a value before it is
known). Every document here is invented: a gas leak at a paint works, reported from Monday 5 to
Thursday 8 May 2031."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.io.clock import set_clock
from analysis.io.known_values import first_reports, values_of
from analysis.reconcile.firstdays import first_report_days

# three dated reports; the evacuated count goes 1,260 -> 3,470 -> 4,185
STORY = [
    ("a", "2031-05-05", "Firefighters moved 1,260 residents out as the leak spread."),
    ("b", "2031-05-06", "The evacuation now covers 3,470 residents and 14 schools."),
    ("c", "2031-05-08", "Some 4,185 residents have left and 2.5 million litres were pumped out."),
]

# (case id, the undated page's text, report_time, words of the evidence or '' for none)
PAGES = [
    (
        "the latest value a dated page first reported dates the page",
        "Why did the leak spread? Officials have moved 3,470 residents, up from 1,260.",
        "2031-05-06",
        "values: '3,470 residents' first reported 2031-05-06",
    ),
    (
        "a value with its scale word is read at its full size",
        "How the clean-up works: crews have pumped out 2.5 million litres so far.",
        "2031-05-08",
        "values: '2.5 million litres' first reported 2031-05-08",
    ),
    (
        "must not: a page with no value a dated page states stays undated",
        "What is in the paint works' tanks? Engineers list 780 drums of solvent.",
        "",
        "",
    ),
    (
        "must not: a small count shared by chance dates nothing",
        "Why do leaks happen? The 4 plants of the region have had 3 leaks.",
        "",
        "",
    ),
    (
        "must not: a numeral before a function word names no counted thing",
        "The works employ staff on 3,470 of the shifts.",
        "",
        "",
    ),
    (
        "must not: a weekday still places the page before the values do",
        "Officials moved 4,185 residents on Tuesday.",
        "2031-05-06",
        "weekday",
    ),
]


@pytest.mark.parametrize("text,time,evidence", [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_an_undated_page_is_no_earlier_than_the_first_report_of_its_values(text, time, evidence):
    rows = STORY + [("x", "", text)]
    documents = pd.DataFrame(
        [
            {"doc": d, "published": p, "published_from": "manifest" if p else "", "text": t}
            for d, p, t in rows
        ]
    )
    row = set_clock(documents).set_index("doc").loc["x"]
    assert row["report_time"] == time
    assert row["report_time_from"] == ("inferred" if time else "")
    assert evidence in row["report_time_evidence"]


def test_values_are_not_read_in_a_corpus_that_is_no_story():
    rows = [
        ("a", "2031-05-05", "Firefighters moved 1,260 residents out."),
        ("b", "2033-09-01", "A second works moved 2,930 residents."),
        ("x", "", "Officials have moved 1,260 residents."),
    ]
    documents = pd.DataFrame(
        [
            {"doc": d, "published": p, "published_from": "manifest" if p else "", "text": t}
            for d, p, t in rows
        ]
    )
    assert set_clock(documents).set_index("doc").loc["x", "report_time"] == ""


# (case id, text, the (value, noun) pairs read)
VALUES = [
    ("thousands with commas", "moved 12,740 tenants", {(12740.0, "tenants")}),
    ("a decimal with its scale word", "a 1.75 billion bill", {(1.75e9, "bill")}),
    ("must not: a year names no counted thing", "in 2029 workers struck", set()),
    ("must not: a count below the minimum", "7 tankers sailed", set()),
    ("must not: a function word after the numeral", "it rose 40 on the day", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values_of_reads_counted_values_with_their_noun(text, expected):
    assert set(values_of(text)) == expected


def test_the_bound_is_the_first_of_two_dated_reports_of_one_value():
    first = first_reports(
        ["90 crews came.", "90 crews stayed.", "no values"],
        [date(2031, 5, 7), date(2031, 5, 5), None],
    )
    assert first == {(90.0, "crews"): date(2031, 5, 5)}


# the dated reports of STORY and an explainer the clock placed by its values (the page 'x')
EXPLAINER = (
    "Why so many? Officials moved 3,470 residents, up from 1,260. The works hold 780 drums. "
    "A leak in 2019 moved 2,050 people. The count stands at 3,470."
)


def _figure_days(text, evidence, as_of, written):
    documents = pd.DataFrame(
        [
            {"doc": d, "text": t, "report_time": p, "report_time_from": "manifest"}
            for d, p, t in STORY
        ]
        + [{"doc": "x", "text": text, "report_time": "2031-05-06", "report_time_from": "inferred"}]
    )
    documents["report_time_evidence"] = [""] * len(STORY) + [evidence]
    start = text.index(written)
    fig = pd.DataFrame([{"doc": "x", "start": start, "end": start + len(written), "as_of": as_of}])
    return first_report_days(fig, {"x": text}, documents)[0]


# (case id, the page's evidence, the figure's as_of, the figure as written, its day after)
FIRST_DAYS = [
    (
        "a latest value with its noun holds at the page's day",
        "values: '3,470 residents' first reported 2031-05-06 by a dated page",
        "2031-05-06",
        "3,470 residents",
        "2031-05-06",
    ),
    (
        "a latest value with no noun after it holds at the page's day",
        "values: '3,470 residents' first reported 2031-05-06 by a dated page",
        "2031-05-06",
        "3,470.",
        "2031-05-06",
    ),
    (
        "must not: an older value, first reported before the page's day, gets no day",
        "values: '3,470 residents' first reported 2031-05-06 by a dated page",
        "2031-05-06",
        "1,260.",
        "",
    ),
    (
        "must not: a value no dated page states gets no day from the page's bound",
        "values: '3,470 residents' first reported 2031-05-06 by a dated page",
        "2031-05-06",
        "780 drums",
        "",
    ),
    (
        "must not: a day the sentence names itself is kept",
        "values: '3,470 residents' first reported 2031-05-06 by a dated page",
        "2031-05-04",
        "2,050 people",
        "2031-05-04",
    ),
    (
        "must not: a page placed by a weekday keeps its day for every figure",
        "weekday: 'on Tuesday' (the week after the story's event day 2031-05-05)",
        "2031-05-06",
        "780 drums",
        "2031-05-06",
    ),
]


@pytest.mark.parametrize(
    "evidence,as_of,written,day", [c[1:] for c in FIRST_DAYS], ids=[c[0] for c in FIRST_DAYS]
)
def test_a_page_placed_by_its_values_dates_only_its_latest_values(evidence, as_of, written, day):
    assert _figure_days(EXPLAINER, evidence, as_of, written) == day


# an explainer whose figures' spans open with a qualifier word, as the extraction writes them
QUALIFIED = (
    "Why so many? Nearly 3,470 residents have left, officials say about 3,470. "
    "It holds roughly 780 drums."
)
# (case id, the figure as written, its day after)
QUALIFIED_DAYS = [
    ("a latest value after a qualifier word holds at the page's day", "Nearly 3,470", "2031-05-06"),
    (
        "a latest bare value after a qualifier word holds at the page's day",
        "about 3,470",
        "2031-05-06",
    ),
    (
        "must not: a value no dated page states, after a qualifier word, gets no day",
        "roughly 780",
        "",
    ),
]


@pytest.mark.parametrize(
    "written,day", [c[1:] for c in QUALIFIED_DAYS], ids=[c[0] for c in QUALIFIED_DAYS]
)
def test_a_figure_opening_with_a_qualifier_word_is_dated_by_its_value(written, day):
    evidence = "values: '3,470 residents' first reported 2031-05-06 by a dated page"
    assert _figure_days(QUALIFIED, evidence, "2031-05-06", written) == day


# (case id, the report_time of the dated page that first states '3,470 residents')
BAD_DAYS = [
    ("a day the month does not have", "2031-02-30"),
    ("a month that does not exist", "2031-13-06"),
    ("letters where the day should be", "2031-05-0x"),
]


@pytest.mark.parametrize("bad", [c[1] for c in BAD_DAYS], ids=[c[0] for c in BAD_DAYS])
def test_a_dated_page_whose_report_time_is_no_real_day_dates_no_value_and_raises_nothing(bad):
    story = [(d, bad if d == "b" else p, t) for d, p, t in STORY]
    documents = pd.DataFrame(
        [
            {"doc": d, "text": t, "report_time": p, "report_time_from": "manifest"}
            for d, p, t in story
        ]
        + [
            {
                "doc": "x",
                "text": EXPLAINER,
                "report_time": "2031-05-06",
                "report_time_from": "inferred",
            }
        ]
    )
    documents["report_time_evidence"] = [""] * len(STORY) + [
        "values: '3,470 residents' first reported 2031-05-06 by a dated page"
    ]
    start = EXPLAINER.index("3,470 residents")
    fig = pd.DataFrame([{"doc": "x", "start": start, "end": start + 5, "as_of": "2031-05-06"}])
    assert first_report_days(fig, {"x": EXPLAINER}, documents) == [""]


# (case id, the dated page that first states '3,470 residents': published, its text)
OWN_DAYS = [
    (
        "a page stamped past midnight reports on the day its text calls its own",
        "2031-05-07",
        "This evening (Tuesday) the evacuation covers 3,470 residents.",
    ),
    (
        "a page with no own day reports on its published day",
        "2031-05-06",
        "It covers 3,470 residents.",
    ),
]


@pytest.mark.parametrize("published,text", [c[1:] for c in OWN_DAYS], ids=[c[0] for c in OWN_DAYS])
def test_a_value_is_first_reported_on_the_report_day_of_the_dated_page_stating_it(published, text):
    rows = [STORY[0], ("b", published, text), STORY[2], ("x", "", EXPLAINER)]
    documents = pd.DataFrame(
        [
            {"doc": d, "published": p, "published_from": "manifest" if p else "", "text": t}
            for d, p, t in rows
        ]
    )
    clocked = set_clock(documents)
    row = clocked.set_index("doc").loc["x"]
    assert row["report_time"] == "2031-05-06"
    assert "first reported 2031-05-06" in row["report_time_evidence"]
    start = EXPLAINER.index("3,470")
    fig = pd.DataFrame([{"doc": "x", "start": start, "end": start + 5, "as_of": "2031-05-06"}])
    assert first_report_days(fig, {"x": EXPLAINER}, clocked) == ["2031-05-06"]
