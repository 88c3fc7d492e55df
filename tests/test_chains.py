"""Case table of clusters chained into one fact when they report one quantity on different days
(analysis.reconcile.chains). Each case is two clusters of one mention each, told by their measure,
holder, place, modality and report day, and whether they become one."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.chains import chain

BASE = {
    "measure": "people killed",
    "holder": "Harbour fire",
    "scope": "Alder County",
    "modality": "reported",
    "tkey": "2025-01-08",
}


def _cols(a: dict, b: dict) -> dict[str, np.ndarray]:
    rows = [BASE | a, BASE | b]
    return {name: np.array([r[name] for r in rows], dtype=object) for name in BASE}


@pytest.mark.parametrize(
    "a, b, one",
    [
        # one measure, one holder, two report days: an update
        ({}, {"tkey": "2025-01-10"}, True),
        # both without a holder: still one quantity
        ({"holder": ""}, {"holder": "", "tkey": "2025-01-10"}, True),
        # one holder written two ways: its names tell it
        ({"holder": "the largest Harbour fire"}, {"tkey": "2025-01-10"}, True),
        ({"holder": "Harbour Fire"}, {"holder": "Ridge Fire", "tkey": "2025-01-10"}, False),
        # one report day: the pair model's to weigh, not a chain's
        ({}, {}, False),
        # a day unknown: no order to chain
        ({}, {"tkey": "?"}, False),
        # two holders, two measures, two modalities, two places: two quantities
        ({}, {"holder": "Ridge fire", "tkey": "2025-01-10"}, False),
        ({}, {"holder": "", "tkey": "2025-01-10"}, False),
        ({}, {"measure": "people missing", "tkey": "2025-01-10"}, False),
        ({}, {"modality": "projected", "tkey": "2025-01-10"}, False),
        ({}, {"scope": "Birch County", "tkey": "2025-01-10"}, False),
        # no measure: nothing says it is one quantity
        ({"measure": ""}, {"measure": "", "tkey": "2025-01-10"}, False),
    ],
)
def test_clusters_of_one_measure_and_holder_on_other_days_are_chained(a, b, one):
    labels = chain(_cols(a, b), [0, 1], np.zeros((2, 2), dtype=bool))
    assert (labels[0] == labels[1]) is one


def test_a_pair_held_apart_by_a_rule_is_never_chained():
    cannot = np.array([[False, True], [True, False]])
    assert chain(_cols({}, {"tkey": "2025-01-10"}), [0, 1], cannot) == [0, 1]


def test_chaining_keeps_labels_of_unrelated_clusters():
    cols = _cols({}, {"tkey": "2025-01-10"})
    cols = {k: np.concatenate([v, np.array([v[0]], dtype=object)]) for k, v in cols.items()}
    cols["measure"][2] = "homes destroyed"
    assert chain(cols, [5, 7, 9], np.zeros((3, 3), dtype=bool)) == [5, 5, 9]
