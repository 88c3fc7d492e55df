"""A value and the value it changed from in one sentence are one quantity at two times
(analysis.reconcile.earlier), read past other figures between them and, for two changes told at
once, in the order of their lists; an earlier period's figure or a 'from' of separation is no
earlier value; each end first joins the reports of its own time, then the two times join
(analysis.reconcile.linkage.join_changes) (invented articles)."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.linkage import join_changes
from tests.decided import cannot, same, then
from tests.grouping import figures as _figures

ADMITTED = (
    "The ministry said 240 patients were admitted on Friday, the most in 12 days, "
    "up from 198 on Thursday."
)
TWO_LISTS = (
    "The agency said the outbreak had grown to 860 cases and 14 deaths, "
    "up from 510 cases and 9 deaths a day earlier."
)
BARE_LIST = (
    "Officials said on Tuesday that cases had risen to 2,600 and deaths to 40, "
    "from 2,250 and 31 on Monday."
)


@pytest.mark.parametrize(
    "text, a, b, one",
    [
        # another figure between the value now and 'up from'
        (ADMITTED, "240", "198", True),
        # 'up from the', a determiner before the earlier value
        (
            "The airline now says 2.2 million passengers were affected, up from the 870,000 it "
            "gave on Friday.",
            "2.2 million",
            "870,000",
            True,
        ),
        # a figure of the same kind between, a thousand times the earlier value (the firm's value)
        (
            "The group raised its bid to $7.20 a share, valuing the firm at $1.9 billion, up from "
            "$6.50 last week.",
            "$7.20",
            "$6.50",
            True,
        ),
        # two changes at once: the earlier values in the order of the values now
        (TWO_LISTS, "860", "510", True),
        (TWO_LISTS, "14", "9", True),
        (BARE_LIST, "2,600", "2,250", True),
        (BARE_LIST, "40", "31", True),
    ],
)
def test_a_value_and_the_value_it_changed_from_in_one_sentence_are_one_quantity(text, a, b, one):
    assert then(text, a, b) is one  # joined after linkage, not pinned before it
    assert same(text, a, b) is False
    assert cannot(text, a, b) is False


@pytest.mark.parametrize(
    "text, a, b",
    [
        # the other item of the other list
        (TWO_LISTS, "860", "9"),
        (TWO_LISTS, "14", "510"),
        (BARE_LIST, "40", "2,250"),
        # an earlier period's figure, given with its year
        (
            "Turnout was 61.2%, and it has fallen at every election since, from 74.8% in 2006.",
            "61.2%",
            "74.8%",
        ),
        (
            "Officials counted about 62,000 deaths October 2030-September 2031, down from 81,000 "
            "the previous year.",
            "about 62,000",
            "81,000",
        ),
        # 'apart from': separation, no change
        ("Donors pledged 5,000 meals, apart from 800 given by the city.", "5,000", "800"),
    ],
)
def test_a_figure_after_from_that_is_no_earlier_value_of_it_stays_apart(text, a, b):
    assert same(text, a, b) is False
    assert cannot(text, a, b) is True


@pytest.mark.parametrize(
    "text, a, b, one",
    [
        # a statistic of a reference period and its earlier value: the previous period's figure,
        # read past other figures or words between them as next to its value now
        ("Core inflation eased to 2.4% from 2.6% in the year to May.", "2.4%", "2.6%", False),
        (
            "Core inflation, which strips out fuel and food, eased to 2.4% from 2.6%.",
            "2.4%",
            "2.6%",
            False,
        ),
        (
            "Annual inflation is 4.6%, up from 4.1% and above the 4.3% consensus.",
            "4.6%",
            "4.1%",
            False,
        ),
        (
            "Annual inflation reached 4.6% on Tuesday, the highest in a decade, up from 4.1%.",
            "4.6%",
            "4.1%",
            False,
        ),
        (
            "The unemployment rate rose to 5.2%, the statistics office said, up from 5.0%.",
            "5.2%",
            "5.0%",
            False,
        ),
        (
            "The interim dividend is 2.1 cents, the board said, down from 3.5 cents.",
            "2.1 cents",
            "3.5 cents",
            False,
        ),
        # unless the sentence revises an estimate: one period's value, revised
        (
            "The bank revised its inflation forecast to 4.6%, the highest in years, up from 4.1%.",
            "4.6%",
            "4.1%",
            True,
        ),
        # a state is no period's statistic: one quantity at two times
        (
            "The fire was 45% contained on Friday, the ministry said, up from 30%.",
            "45%",
            "30%",
            True,
        ),
    ],
)
def test_a_period_statistic_and_the_value_it_changed_from_are_two_periods_figures(text, a, b, one):
    assert (same(text, a, b) or then(text, a, b)) is one
    assert cannot(text, a, b) is not one


# a company's count on Monday (d0) and on Tuesday (d1-d3), d1 giving both in one sentence
MONDAY = "Norbeck said 2.1 million customer accounts were exposed."
CHANGE = (
    "Norbeck now says 5.6 million customer accounts were exposed, up from the 2.1 million it gave "
    "on Monday."
)
TUESDAY = (
    "Norbeck said on Tuesday that 5.6 million customer accounts were exposed.",
    "The breach exposed 5.6 million customer accounts, Norbeck said on Tuesday.",
)
DAYS = ["2031-05-05", "2031-05-06", "2031-05-06", "2031-05-06", "2031-05-05"]


@pytest.mark.parametrize(
    "last, one",
    [
        # nothing holds Monday's reports and Tuesday's apart: one quantity at two times
        ("Norbeck said on Monday that 2.1 million customer accounts were exposed.", True),
        # an undated page giving both as of one day holds its own two values apart (one
        # article's far-apart values at one time), but neither is an end of the change the
        # sentence of d1 states: the value now stays with the reports of its time (pinned first,
        # it left them for Monday's), then the two times join
        (
            "Norbeck now puts it at 5.6 million customer accounts. It first said 2.1 million "
            "customer accounts.",
            True,
        ),
    ],
)
def test_a_value_now_joins_the_reports_of_its_own_time_then_the_value_it_changed_from(last, one):
    docs, figs = _figures(MONDAY, CHANGE, *TUESDAY, last, published=DAYS)
    rec = reconcile(docs, figs)
    fact = {(d, t): f for d, t, f in rec.figures[["doc", "text", "fact_id"]].values.tolist()}
    assert fact[("d1", "5.6 million")] == fact[("d2", "5.6 million")] == fact[("d3", "5.6 million")]
    assert fact[("d1", "2.1 million")] == fact[("d0", "2.1 million")]
    assert (fact[("d1", "5.6 million")] == fact[("d1", "2.1 million")]) is one


@pytest.mark.parametrize(
    "cannot_pairs, joined",
    [
        # no pair held apart: the change's two times join
        ([], True),
        # two other members held apart (1 with 3: an undated page's two values read at one time,
        # another source's far-apart value of the first day)
        ([(1, 3)], True),
        # the earlier value (2) cannot be one fact with a report of the value now's time (1)
        ([(1, 2)], False),
        # the value now (0) cannot be one fact with a report of the earlier time (3)
        ([(0, 3)], False),
    ],
)
def test_a_change_joins_its_two_times_unless_one_of_its_own_ends_is_held_apart(
    cannot_pairs, joined
):
    # mentions 0 and 1: the value now and a report of its time; 2 and 3: the earlier value and a
    # report of its time; the sentence of 0 states that it changed from 2
    labels = [0, 0, 2, 2]
    then_pairs = np.zeros((4, 4), dtype=bool)
    then_pairs[0, 2] = then_pairs[2, 0] = True
    held = np.zeros((4, 4), dtype=bool)
    for i, j in cannot_pairs:
        held[i, j] = held[j, i] = True
    out = join_changes(labels, then_pairs, held)
    assert (out[0] == out[2] == out[3] and out[1] == out[0]) is joined
