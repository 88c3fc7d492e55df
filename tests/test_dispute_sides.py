"""Case tables of two clusters joined as the two sides of one dispute (analysis.reconcile.sides):
two named sources' values of one quantity, told in two articles, which the pair model scores
apart pair by pair. Each cluster-level case is two clusters of one mention each, told by their
columns; each article case is two invented articles and whether their two figures are one fact."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile import reconcile
from analysis.reconcile.sides import _may_side, join_sides, one_source
from tests.grouping import fact_of, figures

BASE = {
    "measure": "",
    "mclass": "",
    "holder": "",
    "scope": "",
    "modality": "reported",
    "tkey": "2031-03-04",
    "kind": "quantity",
    "cmp_value": 90.0,
    "attributed_to": "the barge's owner",
    "doc": "d0",
    "sent_start": 0,
}
# the other side: another article's sentence, another source, a value within the rivals' ratio
OTHER = {"cmp_value": 140.0, "attributed_to": "the port authority", "doc": "d1"}


def _cols(a: dict, b: dict) -> dict[str, np.ndarray]:
    rows = [BASE | a, BASE | OTHER | b]
    # a value as written is its own interval unless a case widens it ('about 90', 'no more than 90')
    rows = [{"cmp_low": r["cmp_value"], "cmp_high": r["cmp_value"]} | r for r in rows]
    return {name: np.array([r[name] for r in rows], dtype=object) for name in rows[0]}


def _joined(a: dict, b: dict, cannot: bool = False) -> bool:
    blocked = np.array([[False, cannot], [cannot, False]])
    labels = join_sides(_cols(a, b), [0, 1], blocked, np.full((2, 2), 0.05))
    return labels[0] == labels[1]


@pytest.mark.parametrize(
    "a, b, one",
    [
        # two sources' values of one quantity in two articles: the two sides of a dispute
        ({}, {}, True),
        ({"measure": "oil spilled"}, {"measure": "oil spilled"}, True),
        (
            {"kind": "count", "measure": "boats damaged"},
            {"kind": "count", "measure": "boats damaged"},
            True,
        ),
        (
            {"kind": "money", "measure": "repair bill"},
            {"kind": "money", "measure": "repair bill"},
            True,
        ),
        # rule 1: a count or a sum with no measure read is any of the story's counts or sums
        ({"kind": "count"}, {"kind": "count"}, False),
        ({"kind": "money"}, {"kind": "money"}, False),
        # one day or two: the reasons, not the join, say whether it is a conflict
        ({}, {"tkey": "2031-03-05"}, True),
        # rule 1, one quantity: another measure, holder, place or modality is another quantity
        ({"measure": "oil spilled"}, {"measure": "oil recovered"}, False),
        # ... but a measure read on one side only is one with it when the other side's article
        # reads no other (tests/test_dispute_unread_holder.py)
        ({"measure": "oil spilled"}, {}, True),
        # rule 1, one measure in other words: of one measure class read, sharing a word
        (
            {"kind": "count", "measure": "crew survived", "mclass": "rescued"},
            {"kind": "count", "measure": "crew rescued", "mclass": "rescued"},
            True,
        ),
        (
            {"measure": "diesel a day", "mclass": "leaked|/day"},
            {"measure": "tonnes diesel a day", "mclass": "leaked|/day"},
            True,
        ),
        # ... but one class in words that share none is any of its counts ('deaths', 'people
        # dead': a wall's and a town's), and words with no class read are any measures
        (
            {"kind": "count", "measure": "deaths", "mclass": "dead"},
            {"kind": "count", "measure": "people dead", "mclass": "dead"},
            False,
        ),
        ({"measure": "diesel spilled"}, {"measure": "diesel"}, False),
        ({"holder": "the Tern barge"}, {"holder": "the Osprey barge"}, False),
        ({"scope": "Wexmoor"}, {"scope": "Ballinrea"}, False),
        ({}, {"modality": "projected"}, False),
        # rule 1: percentages and durations crowd on one scale, closeness says little
        ({"kind": "percent"}, {"kind": "percent"}, False),
        ({"kind": "duration"}, {"kind": "duration"}, False),
        # rule 2, two named sources: one source's two values are its revision; an unnamed
        # source or a clause's auxiliary read as one names no side
        ({}, {"attributed_to": "The Barge's Owner"}, False),
        ({"attributed_to": "Halden"}, {"attributed_to": "Halden Marine"}, False),
        ({}, {"attributed_to": ""}, False),
        ({}, {"attributed_to": "cases have been"}, False),
        # rule 3: a sentence that states both without a word of dispute tells two quantities
        ({}, {"doc": "d0"}, False),
        # rule 4: two sentences of one article are as often two quantities
        ({}, {"doc": "d0", "sent_start": 80}, False),
        # rule 5: further apart than two sources' values of one quantity are
        ({}, {"cmp_value": 181.0}, False),
        ({}, {"cmp_value": 0.0}, False),
        # rule 6: two values whose intervals meet ('about 90' and 'some 100') may be one value
        # written two ways; a bound the other value breaks ('no more than 90' and 140) disagrees
        ({"cmp_low": 80.0, "cmp_high": 100.0}, {"cmp_value": 100.0}, False),
        ({"cmp_low": 0.0, "cmp_high": 90.0}, {}, True),
    ],
)
def test_two_named_sources_clusters_of_one_quantity_are_joined(a, b, one):
    assert _joined(a, b) is one


def test_a_pair_held_apart_by_a_rule_is_never_joined_as_two_sides():
    assert not _joined({}, {}, cannot=True)


def test_a_third_source_joins_the_dispute_only_within_the_rivals_ratio_of_both_sides():
    cols = _cols({}, {})
    third = BASE | {"cmp_value": 170.0, "attributed_to": "the coastguard", "doc": "d2"}
    third |= {"cmp_low": 170.0, "cmp_high": 170.0}
    cols = {k: np.append(v, np.array([third[k]], dtype=object)) for k, v in cols.items()}
    labels = join_sides(cols, [0, 1, 2], np.zeros((3, 3), dtype=bool), np.full((3, 3), 0.05))
    assert labels[0] == labels[1] == labels[2]
    for name in ("cmp_value", "cmp_low", "cmp_high"):
        cols[name][2] = 200.0  # within twice 140 but not within twice 90
    labels = join_sides(cols, [0, 1, 2], np.zeros((3, 3), dtype=bool), np.full((3, 3), 0.05))
    assert labels[0] == labels[1] != labels[2]


@pytest.mark.parametrize(
    "a, b, one",
    [
        ("the port authority", "The Port Authority's", True),
        ("Halden", "Halden Marine", True),
        ("the port authority", "the barge's owner", False),
        ("", "the port authority", False),
    ],
)
def test_two_sources_are_one_when_the_words_of_one_are_words_of_the_other(a, b, one):
    assert one_source(a, b) is one


@pytest.mark.parametrize(
    "first, second, a, b, one",
    [
        # two articles of one day, the owner's and the port authority's volumes: one quantity
        (
            "Halden Marine, which owns the barge, said on Tuesday that about 90 tonnes of diesel "
            "had leaked into the estuary.",
            "Divers worked through the night at Wexmoor. The port authority says 140 tonnes of "
            "diesel leaked from the barge.",
            "about 90 tonnes",
            "140 tonnes",
            True,
        ),
        # one source's two values of one day: not two sides
        (
            "Halden Marine said on Tuesday that about 90 tonnes of diesel had leaked into the "
            "estuary.",
            "Divers worked through the night at Wexmoor. Halden Marine now says 140 tonnes of "
            "diesel leaked from the barge.",
            "about 90 tonnes",
            "140 tonnes",
            False,
        ),
        # values three times apart: two quantities
        (
            "Halden Marine, which owns the barge, said on Tuesday that about 90 tonnes of diesel "
            "had leaked into the estuary.",
            "Divers worked through the night at Wexmoor. The port authority says 300 tonnes of "
            "sand were moved from the channel.",
            "about 90 tonnes",
            "300 tonnes",
            False,
        ),
    ],
)
def test_two_articles_sources_values_of_one_quantity_are_one_fact(first, second, a, b, one):
    rec = reconcile(*figures(first, second, published="2031-03-04"))
    assert (fact_of(rec, "d0", a) == fact_of(rec, "d1", b)) is one


OWNER = (
    "Halden Marine, which owns the barge, said that about 90 tonnes of diesel had leaked into the "
    "estuary."
)
AUTHORITY = (
    "Divers worked through the night at Wexmoor. The port authority says 120 tonnes of diesel "
    "leaked from the barge."
)


@pytest.mark.parametrize(
    "days",
    [
        # two articles of one known day, closer than a moving count's hours (1.5 times): a
        # conflict if a sentence set the two against each other, but the join is the clusters'
        # evidence: the two sides differ
        ["2031-03-04", "2031-03-04"],
        ["2031-03-04", "2031-03-06"],
        ["2031-03-04", ""],
    ],
)
def test_a_joined_dispute_differs_and_lists_no_conflict_whatever_its_days(days):
    rec = reconcile(*figures(OWNER, AUTHORITY, published=days))
    assert fact_of(rec, "d0", "about 90 tonnes") == fact_of(rec, "d1", "120 tonnes")
    assert rec.facts["status"].tolist() == ["differs"]
    assert rec.conflicts.empty


@pytest.mark.parametrize(
    "days, status",
    [
        # the company's and the union's depths joined as two sides: told on two days they are no
        # count that rose from one to the other, they differ
        (["2031-03-04", "2031-03-06"], "differs"),
        (["2031-03-04", ""], "differs"),
    ],
)
def test_a_joined_dispute_of_two_days_differs_and_is_no_update(days, status):
    rec = reconcile(
        *figures(
            "Halden Mining said on Monday the men were working 610 metres underground.",
            "Rescue teams reached the site at dawn. The miners' union says the men are 690 "
            "metres down.",
            published=days,
        )
    )
    assert fact_of(rec, "d0", "610 metres") == fact_of(rec, "d1", "690 metres")
    assert rec.facts["status"].tolist() == [status]
    assert rec.conflicts.empty


@pytest.mark.parametrize(
    "a,b,may_side",
    [
        # a quantity crediting a named source can be a side
        ({}, {}, True),
        # a percentage is no kind of dispute's side, whatever its source
        ({"kind": "percent"}, {"kind": "percent"}, False),
        # a cluster crediting no source cannot be a side
        ({"attributed_to": ""}, {"attributed_to": ""}, False),
    ],
)
def test_a_cluster_may_be_a_side_only_of_a_dispute_kind_and_with_a_named_source(a, b, may_side):
    cols = _cols(a, b)
    assert _may_side(cols, [0]) is may_side
    assert _may_side(cols, [1]) is may_side
