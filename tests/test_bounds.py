"""A bound a rule sets is no value measured, foreseen or offered: it is never one fact with a
figure that is not a bound (`reconcile.bounds.bound`, `pairrules._bounds_apart`).
Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.bounds import bound
from tests.grouping import fact_of, figures


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        # a modal of obligation, a verb of permission and its 'to', a prohibition and its 'of'
        ("Depots must by law stock fuel for 36 hours.", "36 hours", True),
        ("The arena was permitted to hold 1,300 spectators.", "1,300 spectators", True),
        ("The statute obliged the city to keep borrowing under 7% of revenue.", "under 7%", True),
        (
            "The county prohibited convoys of more than 12 lorries on the pass.",
            "more than 12",
            True,
        ),
        ("A ban on loads of over 40 tonnes stays in force.", "over 40 tonnes", True),
        # a passive of prohibition after the figure's noun
        ("Convoys of more than 12 lorries are prohibited on the pass.", "more than 12", True),
        # a verb of permission's object is a count of what was let: reported
        ("The police allowed 170 tenants to return on Sunday.", "170 tenants", False),
        # measured and left out: a noun of a limit alone, a conditional's protasis, an open
        # interval's end as a condition (docs/grouping.md)
        ("Near the school the council set a noise limit of 85 decibels.", "85 decibels", False),
        ("Unless turnout tops 64%, the referendum fails.", "64%", False),
        ('The fund said it would sell "at or below 9.15" a share.', "9.15", False),
        # a value measured, foreseen or offered
        ("Noise at the gate reached 91 decibels on Friday.", "91 decibels", False),
        ("The agency expects borrowing of 6.8% of revenue next year.", "6.8%", False),
        ("Police stopped 19 lorries on the pass.", "19 lorries", False),
    ],
)
def test_a_bound_is_read_from_its_clause_not_from_any_word_near_it(sentence, mention, expected):
    at = sentence.index(mention)
    assert bound(sentence, at, at + len(mention)) is expected


@pytest.mark.parametrize(
    "first,a,second,b,one_fact",
    [
        # a speed a rule permits and a speed measured: two facts
        (
            "Lorries are permitted to drive at 90 km/h on the bypass, the council said.",
            "90 km/h",
            "Lorries on the bypass were clocked at 88 km/h on Tuesday, the council said.",
            "88 km/h",
            False,
        ),
        # a capacity a licence sets and the count on board
        (
            "The ferry was licensed to carry 640 passengers, the port said.",
            "640",
            "The ferry was carrying more than 600 passengers when it struck the pier.",
            "more than 600",
            False,
        ),
        # one limit in two articles stays one fact
        (
            "The county prohibited convoys of more than 12 lorries on the pass.",
            "more than 12",
            "Convoys of more than 12 lorries are prohibited on the pass, the county said.",
            "more than 12",
            True,
        ),
    ],
)
def test_a_bound_and_a_figure_that_is_no_bound_are_two_facts(first, a, second, b, one_fact):
    rec = reconcile(*figures(first, second, published="2031-06-04"))
    assert (fact_of(rec, "d0", a) == fact_of(rec, "d1", b)) is one_fact
