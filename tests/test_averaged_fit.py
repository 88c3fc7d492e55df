"""The pair model's fit averaged over its own leave-one-story-out sub-fits (benchmarks.grouping).

Invented design matrices only: a few pairs of two features per story; what the average does to the
annotated stories is measured by ``python -m benchmarks grouping``, not asserted here.
"""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.pairmodel import FEATURES
from benchmarks.grouping import Story, _logistic, averaged_logistic

N = len(FEATURES)


def _story(name: str, rows: list[tuple[float, float, bool]]) -> Story:
    """A story whose pairs have the first two features set, the others 0, and a gold label."""
    x = np.zeros((len(rows), N))
    for k, (a, b, _) in enumerate(rows):
        x[k, :2] = a, b
    return Story(name, [], x, np.array([label for _, _, label in rows], dtype=bool))


ONE = _story("one", [(0.9, 0.1, True), (0.2, 0.8, False), (0.7, 0.3, True), (0.1, 0.6, False)])
TWO = _story("two", [(0.8, 0.2, True), (0.3, 0.9, False), (0.4, 0.5, False)])
THREE = _story("three", [(0.6, 0.1, True), (0.5, 0.7, False), (0.9, 0.4, True)])
EMPTY = _story("empty", [])


def _mean_of(*subsets: list[Story]) -> tuple[np.ndarray, float]:
    fits = [_logistic(s) for s in subsets]
    return np.mean([w for w, _ in fits], axis=0), float(np.mean([b for _, b in fits]))


# (case id, the stories fitted, the fit the average must equal)
CASES = [
    (
        "two stories with pairs are too few to leave one out: the fit itself",
        [ONE, TWO],
        _logistic([ONE, TWO]),
    ),
    (
        "three stories: the mean of the three fits that each leave one out",
        [ONE, TWO, THREE],
        _mean_of([TWO, THREE], [ONE, THREE], [ONE, TWO]),
    ),
    (
        "a story without pairs is never the one left out",
        [ONE, EMPTY, TWO, THREE],
        _mean_of([EMPTY, TWO, THREE], [ONE, EMPTY, THREE], [ONE, EMPTY, TWO]),
    ),
]


@pytest.mark.parametrize("stories,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_averaged_fit_is_the_mean_of_the_leave_one_story_out_fits(stories, expected):
    weights, intercept = averaged_logistic(stories)
    assert np.allclose(weights, expected[0])
    assert intercept == pytest.approx(expected[1])
