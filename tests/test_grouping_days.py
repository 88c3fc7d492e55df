"""Case tables of the grouping rules (issue #9): the day a report is of. Later reports of one
day, a headline's day, a weekday in a series, a calendar day, batches of two days, and a live
blog's clock times. Real sentence fragments of news, from the corpora and beyond.
"""

from __future__ import annotations

import itertools

import pytest

from analysis.reconcile import reconcile
from tests import grouping


@pytest.mark.parametrize(
    "later, status, why",
    [
        # a count given at a later part of the same day is an update of the day's earlier report
        (
            "At Friday night's briefing, the Harlan County sheriff said 24 people had died in "
            "Harlan County.",
            "updated",
            "6 Mar night",
        ),
        (
            "The Harlan County sheriff said late Friday that 24 people had died in Harlan County.",
            "updated",
            "6 Mar evening",
        ),
        # the same day with no part named: one toll told maybe hours apart, which differs (no
        # conflict is claimed on a count that moves this far in a day)
        (
            "On Friday, the Harlan County sheriff said 24 people had died in Harlan County.",
            "differs",
            "were told the same day, maybe hours apart",
        ),
    ],
)
def test_a_later_report_of_the_same_day_is_one_fact_and_no_conflict(later, status, why):
    docs, figs = grouping.figures(
        "The Harlan County sheriff reported on Friday that 13 people had died in Harlan County.",
        later,
        published=["2026-03-06", "2026-03-07"],
    )
    rec = reconcile(docs, figs)
    a, b = grouping.fact_of(rec, "d0", "13"), grouping.fact_of(rec, "d1", "24")
    assert a == b and rec.conflicts.empty
    fact = rec.facts.set_index("fact_id").loc[a]
    assert fact["status"] == status and why in fact["why"], fact["why"]


def test_a_headline_restating_its_bodys_dated_figure_takes_the_bodys_day():
    # 2031-03-22 is a Saturday: the headline tells Saturday's toll, not the page's Sunday one
    docs, figs = grouping.figures(
        "Toll in Marlow hall attack rises to 93\n\nThe toll from the attack rose to 93 on "
        "Saturday, investigators said.",
        "The number of dead has risen to 133, the ministry said on Sunday.",
        published=["2031-03-23", "2031-03-23"],
    )
    docs.loc[docs["doc"] == "d0", "headline"] = "Toll in Marlow hall attack rises to 93"
    rec = reconcile(docs, figs)
    headline = rec.figures[(rec.figures["doc"] == "d0") & (rec.figures["start"] < 40)]
    assert headline["as_of"].tolist() == ["2031-03-22"], headline
    assert rec.conflicts.empty, rec.conflicts


# (case, headline, body, the headline figure, its expected as_of) on a page of Wed 1 Oct 2031: a
# headline takes the day its body restates the figure on, never a month or a year the body's
# figure of that value measures (another quantity more often than not)
HEADLINE_DAYS = [
    (
        "a body's day of the headline's value is taken",
        "Toll in hall fire rises to 31",
        "The toll from the fire rose to 31 on Monday, officials said.",
        "31",
        "2031-09-29",
    ),
    (
        "a body's month of the headline's percentage is not taken",
        "Budget aims to cut deficit to 2.9% of output",
        "Wages will rise by 4% from January, below inflation of 2.9% in August.",
        "2.9%",
        "2031-10-01",
    ),
    (
        "a body's 'as of' month of the headline's value is not taken",
        "Jobless rate holds at 5.2%",
        "Unemployment stood at 5.2% as of August 2031, the office said.",
        "5.2%",
        "2031-10-01",
    ),
]


@pytest.mark.parametrize(
    "headline, body, mention, expected",
    [c[1:] for c in HEADLINE_DAYS],
    ids=[c[0] for c in HEADLINE_DAYS],
)
def test_a_headline_takes_only_a_day_its_body_restates(headline, body, mention, expected):
    docs, figs = grouping.figures(f"{headline}\n\n{body}", published=["2031-10-01"])
    docs.loc[docs["doc"] == "d0", "headline"] = headline
    rec = reconcile(docs, figs)
    head = rec.figures[(rec.figures["doc"] == "d0") & (rec.figures["start"] < len(headline))]
    assert head.loc[head["text"] == mention, "as_of"].tolist() == [expected], head


def test_a_weekday_is_pinned_to_no_day_of_a_series_longer_than_a_week():
    docs, figs = grouping.figures(
        "The death toll from the flooding in the region rose to 25 late Friday, according to media "
        "reports.",
        "At least 40 people have died in the flooding in the region, officials said.",
        "As of March 27, 138 people have died in the flooding in the region, officials said.",
        published=["", "2026-03-07", "2026-04-06"],
    )
    rec = reconcile(docs, figs)
    assert grouping.fact_of(rec, "d0", "25") == grouping.fact_of(rec, "d2", "138")
    assert rec.conflicts.empty, rec.conflicts


def test_one_calendar_day_is_one_date_fact_whatever_the_words_around_it():
    docs, figs = grouping.figures(
        "Fireworks displays were cancelled on July 4 across the valley.",
        "The river crested over the Fourth of July holiday weekend.",
        "Shops stayed shut on July 5, a day after the storm.",
        published="2026-07-06",
    )
    rec = reconcile(docs, figs)
    assert grouping.fact_of(rec, "d0", "July 4") == grouping.fact_of(rec, "d1", "Fourth of July")
    assert grouping.fact_of(rec, "d2", "July 5") != grouping.fact_of(rec, "d0", "July 4")
    # the words around the mentions differ: the day is the label, not one mention's words
    assert (
        rec.facts.set_index("fact_id").loc[grouping.fact_of(rec, "d0", "July 4"), "label"]
        == "2026-07-04"
    )


MONDAY_BATCH = "The bodies of three miners were recovered by rescue teams on Monday."


LAST_NIGHT = "Last night, rescue teams recovered the bodies of three miners."


THIS_EVENING = "The bodies of three miners were recovered by rescue teams this evening."


THREE_MORE = "With three more bodies recovered tonight, the bodies of 9 miners remain underground."


@pytest.mark.parametrize(
    "tuesday, facts",
    [
        # the article adds tonight's three to last night's: two batches, a day's mentions one fact
        (
            "\n\n".join([LAST_NIGHT, THIS_EVENING, THREE_MORE]),
            [("d0", 0), ("d1", 0), ("d1", 1), ("d1", 1)],
        ),
        # no article says the count came in batches: three on Tuesday may restate Monday's three
        ("\n\n".join([LAST_NIGHT, THIS_EVENING]), [("d0", 0), ("d1", 0), ("d1", 0)]),
        # an added count of another value says nothing of the equal counts of two days
        (
            "\n\n".join([LAST_NIGHT, THIS_EVENING, "Another 2 bodies were recovered tonight."]),
            [("d0", 0), ("d1", 0), ("d1", 0), ("d1", None)],
        ),
    ],
)
def test_equal_counts_of_two_days_are_two_batches_when_an_article_adds_one(tuesday, facts):
    docs, figs = grouping.figures(MONDAY_BATCH, tuesday, published=["2026-03-02", "2026-03-03"])
    rec = reconcile(docs, figs)
    threes = rec.figures[rec.figures["text"].isin(["three", "2"])].sort_values(["doc", "start"])
    got = list(threes["fact_id"])
    assert len(got) == len(facts), threes[["doc", "text"]]
    groups = [g for _, g in facts]
    for (x, gx), (y, gy) in itertools.combinations(zip(got, groups), 2):
        if gx is not None and gy is not None:
            assert (x == y) is (gx == gy), rec.figures[["doc", "start", "text", "fact_id"]]


# a live blog's entries under two clock times are two reports: a count each gives is one fact
# updated through the day (one source's: 'single'), not two quantities nor a disagreement
LIVE_BLOG = (
    "Storm live: toll rises in Marlow\n\n"
    "14:05\nThe toll in Marlow has risen to 31, the regional government said.\n\n"
    "09:10\nThe regional government says 24 people have died in Marlow so far.\n"
)


def test_a_live_blogs_counts_under_two_clock_times_are_one_fact_of_one_source():
    docs, figs = grouping.figures(LIVE_BLOG, published="2031-05-05")
    rec = reconcile(docs, figs)
    fact = grouping.fact_of(rec, "d0", "31")
    assert grouping.fact_of(rec, "d0", "24") == fact
    assert rec.facts.set_index("fact_id").loc[fact, "status"] == "single"


# reports of one day are ordered by the time each gives: a live blog's 14:05 entry is later than
# another outlet's morning count, and earlier than its night one (bug: the keys were ordered as
# strings, '2031-05-06T1' after '2031-05-06@1405')
@pytest.mark.parametrize(
    "wire, why, latest",
    [
        (
            "The storm had killed 27 people in Marlow by Tuesday morning, the government said.",
            "rose from 27 (6 May morning) to 31 (6 May 14:05) as reports came in",
            31,
        ),
        (
            "The storm had killed 35 people in Marlow by Tuesday night, the government said.",
            "rose from 31 (6 May 14:05) to 35 (6 May night) as reports came in",
            35,
        ),
    ],
)
def test_a_live_blog_entrys_clock_orders_it_among_the_days_other_reports(wire, why, latest):
    blog = "Storm live: toll rises in Marlow\n\n14:05\nThe toll in Marlow has risen to 31.\n"
    docs, figs = grouping.figures(blog, wire, published="2031-05-06")
    rec = reconcile(docs, figs)
    fact = rec.facts.set_index("fact_id").loc[grouping.fact_of(rec, "d0", "31")]
    assert (fact["status"], fact["why"], fact["value"]) == ("updated", why, latest)
