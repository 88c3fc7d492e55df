"""Sibling holders (analysis.reconcile.siblings): a cluster holding two holders of one kind, told
apart by their names, gives each its own fact; the mentions of no holder stay. Invented holders."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.reconcile.siblings import kind_noun, split_siblings


@pytest.mark.parametrize(
    "holder,noun",
    [
        ("the North Ridge fire", "fire"),
        ("Elm district", "district"),
        ("largest Cedar fire", "fire"),
        ("the fires", ""),  # no name: no holder told apart
        ("Lake County", ""),  # ends with a name: not a kind written after a name
        ("", ""),
        ("the Cedar fire's", ""),  # a possessive ending is no plain noun
    ],
)
def test_the_kind_of_a_named_holder_is_the_common_noun_after_its_name(holder, noun):
    assert kind_noun(holder) == noun


@pytest.mark.parametrize(
    "holders,labels,expected",
    [
        # two fires in the total's cluster: each fire's mentions leave, the total stays
        (
            ["", "North Ridge fire", "Cedar fire", "", "the Cedar fire"],
            [0, 0, 0, 0, 0],
            [0, 1, 2, 0, 2],
        ),
        # one fire only, named two ways: one holder, nothing leaves
        (["", "North Ridge fire", "the North Ridge fire"], [0, 0, 0], [0, 0, 0]),
        # two holders of two kinds ('fire', 'district') are not siblings
        (["Cedar fire", "Elm district", ""], [0, 0, 0], [0, 0, 0]),
        # siblings in two clusters already apart: nothing moves
        (["North Ridge fire", "Cedar fire"], [0, 1], [0, 1]),
        # names that are not kinds ('Lake County', 'Hill County') are left to the pair model
        (["Lake County", "Hill County"], [0, 0], [0, 0]),
        # a missing holder (None, NaN, pandas' NA) is no holder: it stays
        (
            [None, np.nan, pd.NA, "North Ridge fire", "Cedar fire"],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 1, 2],
        ),
    ],
)
def test_sibling_holders_of_one_cluster_each_leave_as_a_fact(holders, labels, expected):
    out = split_siblings({"holder": np.array(holders, dtype=object)}, labels)
    # the same partition as expected, whatever the new labels' numbers
    assert [[out[i] == out[j] for j in range(len(out))] for i in range(len(out))] == [
        [expected[i] == expected[j] for j in range(len(out))] for i in range(len(out))
    ]


@pytest.mark.parametrize(
    "holders,events,labels,cannot_pair,expected",
    [
        # the North Ridge fire's toll that joined the total goes home to that fire's own cluster
        (
            ["", "North Ridge fire", "Cedar fire", "North Ridge fire"],
            ["dead", "dead", "dead", "dead"],
            [0, 0, 0, 1],
            None,
            [0, 1, 2, 1],
        ),
        # the fire's own cluster counts something else (homes burned): a fact of its own instead
        (
            ["", "North Ridge fire", "Cedar fire", "North Ridge fire"],
            ["dead", "dead", "dead", "destroyed"],
            [0, 0, 0, 1],
            None,
            [0, 2, 3, 1],
        ),
        # a pair held apart by a rule keeps them apart
        (
            ["", "North Ridge fire", "Cedar fire", "North Ridge fire"],
            ["dead", "dead", "dead", "dead"],
            [0, 0, 0, 1],
            (1, 3),
            [0, 2, 3, 1],
        ),
    ],
)
def test_a_sibling_holder_leaving_a_cluster_joins_its_own_holders_cluster_of_the_same_count(
    holders, events, labels, cannot_pair, expected
):
    cannot = np.zeros((len(holders), len(holders)), dtype=bool)
    if cannot_pair:
        cannot[cannot_pair] = cannot[cannot_pair[::-1]] = True
    cols = {
        "holder": np.array(holders, dtype=object),
        "mclass": np.array(events, dtype=object),
    }
    out = split_siblings(cols, labels, cannot)
    assert [[out[i] == out[j] for j in range(len(out))] for i in range(len(out))] == [
        [expected[i] == expected[j] for j in range(len(out))] for i in range(len(out))
    ]
