"""Two equal small counts of two kinds of thing, none of them people, are two quantities: an equal
value they share by chance (`reconcile.coincidence.coincident_counts`, read by
`pairrules.cannot_pairs`). Invented sentences only."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.coincidence import coincident_counts
from tests.decided import pinned_apart, pinned_apart_among


@pytest.mark.parametrize(
    "first,a,second,b,two_facts",
    [
        # two kinds of thing, a small count each: two quantities
        (
            "Storm damage closed two ports on the coast on Monday.",
            "two",
            "Two ships ran aground near the harbour on Monday.",
            "Two",
            True,
        ),
        (
            "Officials put seven districts on red alert on Monday.",
            "seven",
            "The town has now had seven dry weeks in a row.",
            "seven",
            True,
        ),
        (
            "Voters in two provinces went to the polls.",
            "two",
            "The party won two seats in the north.",
            "two",
            True,
        ),
        # people: one group is counted under many nouns, left to the pair model
        (
            "Two passengers were rescued from the water on Monday.",
            "Two",
            "Two crew members were pulled from the hull on Monday.",
            "Two",
            False,
        ),
        # a large value is seldom shared by chance
        (
            "The storm closed 1,250 roads on Monday.",
            "1,250",
            "The storm damaged 1,250 bridges on Monday.",
            "1,250",
            False,
        ),
        # one side's thing not read, or one thing on both sides
        (
            "The storm closed two ports on Monday.",
            "two",
            "Rescuers found two more on Monday.",
            "two",
            False,
        ),
        (
            "The storm closed two ports on Monday.",
            "two",
            "Two ports stayed shut on Monday, the coast guard said.",
            "Two",
            False,
        ),
        # two things that one event befell: left to the pair model
        (
            "Two ferries were destroyed in the storm on Monday.",
            "Two",
            "Two ships were destroyed in the storm on Monday.",
            "Two",
            False,
        ),
    ],
)
def test_equal_counts_are_pinned_apart_only_if_small_of_two_things_not_people_nor_one_event(
    first, a, second, b, two_facts
):
    assert pinned_apart(first, second, a, b) is two_facts


def test_equal_small_counts_of_two_things_in_one_article_are_pinned_apart():
    text = "Two ports closed on Monday. By the evening two ships had run aground."
    assert pinned_apart_among((text,), ("d0", "Two"), ("d0", "two"))


@pytest.mark.parametrize(
    "kinds,values,things,pinned",
    [
        # two equal small counts of two things: pinned apart
        (["count", "count"], [4.0, 4.0], ["ports", "ships"], True),
        # no small count of a thing in the block: no pair read
        (["count", "count"], [40.0, 40.0], ["ports", "ships"], False),
        (["percent", "percent"], [4.0, 4.0], ["ports", "ships"], False),
        (["count", "count"], [4.0, 4.0], ["", ""], False),
    ],
)
def test_coincident_counts_matrix_reads_only_small_counts_of_two_things(
    kinds, values, things, pinned
):
    group = {
        "kind": np.array(kinds, dtype=object),
        "cmp_value": np.array(values),
        "thing": np.array(things, dtype=object),
        "event": np.array(["", ""], dtype=object),
        "#thing": np.array([0, 1]),
        "#event": np.array([0, 0]),
    }
    got = coincident_counts(group, np.ones((2, 2)))
    assert got.shape == (2, 2) and bool(got[0, 1]) is pinned and not got[0, 0]
