"""Case tables of the grouping rules (issue #9): two sources of one quantity. Two outlets at one
time, two sources' estimates of one crowd, one article setting two sources side by side, and two
forecasters' projections. News constructions met in the corpora and beyond, in invented names,
places and values.
"""

from __future__ import annotations


import pytest

from analysis.reconcile import reconcile
from tests import grouping


SMITH = (
    "Floods killed at least 9 people in the western hills on Monday.\n\nLt. Gov. Ann Smith said "
    "somewhere between 4 and 7 bodies had been recovered by then."
)


REED = (
    "Meanwhile, at a briefing held at the same hour, Harlan County Sheriff Tom Reed said that "
    "there were 9 deaths from the floods."
)


def test_two_outlets_at_one_time_are_one_fact_that_conflicts():
    docs, figs = grouping.figures(
        "Floods killed 20 people in Norvale on Friday, police said.",
        "Floods killed 24 people in Norvale on Friday, hospital officials said.",
        published=["2026-03-06", "2026-03-06"],
    )
    rec = reconcile(docs, figs)
    assert grouping.fact_of(rec, "d0", "20") == grouping.fact_of(rec, "d1", "24")
    assert len(rec.conflicts) == 1 and "same time" in rec.conflicts["why"].iloc[0], rec.conflicts


@pytest.mark.parametrize(
    "texts, a, b, one_fact",
    [
        # two sources' estimates of one crowd in one sentence, over four times apart: one fact
        (
            [
                "In Dalmir, police counted 85,000 marchers on Thursday, while the unions said "
                "400,000 had taken part."
            ],
            ("d0", "85,000"),
            ("d0", "400,000"),
            True,
        ),
        # ... and in two articles of one day
        (
            [
                "Police counted 85,000 marchers in Dalmir on Thursday.",
                "The unions said 400,000 people marched in Dalmir on Thursday.",
            ],
            ("d0", "85,000"),
            ("d1", "400,000"),
            True,
        ),
        # one article's crowds of two sentences, the capital's and the nation's: two facts
        (
            [
                "In Dalmir, the unions said 400,000 people marched on Thursday.\n\nNationwide, "
                "the interior ministry put turnout at 1.12 million."
            ],
            ("d0", "400,000"),
            ("d0", "1.12 million"),
            False,
        ),
        # a toll is no crowd: two sources' tolls four times apart in one sentence stay two
        (
            [
                "Police said 12 people were killed in Dalmir on Thursday, while the unions said "
                "50 had died."
            ],
            ("d0", "12"),
            ("d0", "50"),
            False,
        ),
    ],
)
def test_two_sources_estimates_of_one_crowd_are_one_fact_far_apart(texts, a, b, one_fact):
    docs, figs = grouping.figures(*texts, published=["2026-03-06"] * len(texts))
    rec = reconcile(docs, figs)
    assert (grouping.fact_of(rec, *a) == grouping.fact_of(rec, *b)) is one_fact


@pytest.mark.parametrize(
    "first, second, conflict",
    [
        # police and organisers' crowds of one day, four times apart: a conflict naming both
        (
            "Police counted 85,000 marchers in Dalmir on Thursday.",
            "The unions said 400,000 people marched in Dalmir on Thursday.",
            True,
        ),
        # two sources' tolls four times apart are no dispute over one count (precision first)
        (
            "Police said 12 people were killed in Dalmir on Thursday.",
            "The unions said 50 people were killed in Dalmir on Thursday.",
            False,
        ),
    ],
)
def test_two_sources_crowds_of_one_day_far_apart_conflict_and_tolls_do_not(first, second, conflict):
    docs, figs = grouping.figures(first, second, published=["2026-03-06", "2026-03-06"])
    rec = reconcile(docs, figs)
    listed = rec.conflicts
    assert (len(listed) == 1) is conflict, listed
    if conflict:
        why = listed["why"].iloc[0]
        assert "the police" in why and "unions" in why, why


@pytest.mark.xfail(
    strict=True,
    reason="known gap: two sources' figures in two sentences of one article are no longer pinned "
    "as one fact (the pin joined figures of two quantities: gaza steady 0.850 -> 0.901, jeju "
    "0.786 -> 0.803 and the unseen invented set 0.553 -> 0.559 without it); the model keeps these "
    "two apart",
)
def test_two_sources_one_article_sets_side_by_side_differ_and_list_no_conflict():
    # a conflict is where outlets disagree; one article's sources' dispute is told by the fact's why
    docs, figs = grouping.figures(SMITH + "\n\n" + REED, published=["2026-03-06"])
    rec = reconcile(docs, figs)
    fact = grouping.fact_of(rec, "d0", "9")
    assert grouping.fact_of(rec, "d0", "4") == fact == grouping.fact_of(rec, "d0", "7")
    row = rec.facts.set_index("fact_id").loc[fact]
    assert rec.conflicts.empty and row["status"] == "differs", (row["status"], row["why"])
    assert "in one article" in row["why"] and "the sheriff" in row["why"], row["why"]


def test_one_source_does_not_state_one_quantity_two_ways_at_one_time():
    docs, figs = grouping.figures(
        "The Harlan County sheriff said between 4 and 7 bodies had been recovered so far.\n\n"
        "The Harlan County sheriff said 130 people were missing.",
        published=["2026-03-06"],
    )
    rec = reconcile(docs, figs)
    assert (
        grouping.fact_of(rec, "d0", "4") != grouping.fact_of(rec, "d0", "130")
        and rec.conflicts.empty
    )


FORECAST = "Exit polls predicted a win for the Alliance. "


@pytest.mark.parametrize(
    "first, second, a, b, one_fact",
    [
        # two forecasters' projections of one quantity are two facts (each pollster's claim)
        (
            FORECAST + "As per the Delta Poll, the Alliance may win 301 seats.",
            FORECAST + "As per the Omega Survey, the Alliance may win 312 seats.",
            "301",
            "312",
            False,
        ),
        (
            FORECAST + "Delta Research gave 301 seats to the Alliance.",
            FORECAST + "Omega Survey gave 301 seats to the Alliance.",
            "301",
            "301",
            False,
        ),
        # one forecaster's projection in two outlets is one fact
        (
            FORECAST + "As per the Delta Poll, the Alliance may win 301 seats.",
            FORECAST + "According to the Delta Poll, the Alliance could win 301 seats.",
            "301",
            "301",
            True,
        ),
        # two sources' reports of one quantity at one time are one fact that disagrees
        (
            "According to the health ministry, 40 people were killed in Norvale on Friday.",
            "According to the Norvale News Agency, 44 people were killed in Norvale on Friday.",
            "40",
            "44",
            True,
        ),
    ],
)
def test_two_forecasters_projections_are_two_facts_two_sources_reports_one(
    first, second, a, b, one_fact
):
    docs, figs = grouping.figures(first, second, published=["2026-06-02", "2026-06-02"])
    rec = reconcile(docs, figs)
    assert (grouping.fact_of(rec, "d0", a) == grouping.fact_of(rec, "d1", b)) is one_fact
