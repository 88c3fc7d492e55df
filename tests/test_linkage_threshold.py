"""The pair model's linkage threshold: a fixed prior the fit only checks
(benchmarks.threshold.linkage_threshold, read by benchmarks.grouping.fit).

Invented mean-F1 curves only: the curves of the annotated stories are measured by
``python -m benchmarks grouping``, not asserted here.
"""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.threshold import F1_TOLERANCE, PRIOR_THRESHOLD, linkage_threshold

GRID = np.round(np.arange(0.05, 0.85, 0.05), 2)


def _curve(points: dict[float, float], rest: float = 0.5) -> np.ndarray:
    """A mean-F1 curve over GRID: ``rest`` everywhere but at the thresholds of ``points``."""
    return np.array([points.get(float(t), rest) for t in GRID])


# (case id, the curve, the threshold expected)
CASES = [
    (
        "a flat curve keeps the prior",
        _curve({}, 0.8),
        PRIOR_THRESHOLD,
    ),
    (
        "a neighbour better by less than the tolerance keeps the prior",
        _curve({0.2: 0.8 + F1_TOLERANCE / 2, 0.25: 0.8}),
        PRIOR_THRESHOLD,
    ),
    (
        "a neighbour better by just under the tolerance keeps the prior",
        _curve({0.2: 0.8 + F1_TOLERANCE - 0.001, 0.25: 0.8}),
        PRIOR_THRESHOLD,
    ),
    (
        "a lone peak further than the tolerance moves it to the peak",
        _curve({0.5: 0.9, 0.25: 0.8}),
        0.5,
    ),
    (
        "a band further than the tolerance moves it to the band's middle, not its highest point",
        _curve({0.4: 0.9, 0.45: 0.91, 0.5: 0.9, 0.55: 0.9, 0.6: 0.9, 0.25: 0.8}),
        0.5,
    ),
    (
        "the band's middle is halfway between its ends, however the curve dips between them",
        _curve({0.1: 0.9, 0.15: 0.85, 0.2: 0.9, 0.25: 0.7}),
        0.15,
    ),
]


@pytest.mark.parametrize("f1,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_prior_is_kept_unless_beaten_by_more_than_the_tolerance_else_the_bands_middle(
    f1, expected
):
    assert linkage_threshold(f1, GRID) == pytest.approx(expected)


def test_a_tip_of_the_curve_within_the_tolerance_does_not_move_the_threshold():
    before = _curve({0.15: 0.8005, 0.2: 0.8010, 0.25: 0.8008})
    after = before + np.where(GRID == 0.15, 0.0006, 0.0)  # a rule moves one point a little
    assert linkage_threshold(before, GRID) == linkage_threshold(after, GRID) == PRIOR_THRESHOLD


def test_a_prior_off_the_grid_or_an_empty_curve_is_kept_unchecked():
    assert linkage_threshold(_curve({0.5: 0.9}), GRID, prior=0.33) == 0.33
    assert linkage_threshold(np.array([]), np.array([])) == PRIOR_THRESHOLD


def test_the_fit_ships_the_prior_when_the_stories_do_not_beat_it(monkeypatch):
    pytest.importorskip("sklearn")
    import benchmarks.grouping as grouping
    from analysis.reconcile.pairmodel import FEATURES

    monkeypatch.setattr(grouping, "pairwise_f1", lambda story, model, t: (8, 1, 1))  # flat
    rng = np.random.default_rng(0)
    y = rng.random(50) < 0.3
    x = np.zeros((50, len(FEATURES)))
    x[:, 0] = np.where(y, 0.8, 0.1) + rng.normal(0, 0.05, 50)
    model = grouping.fit([grouping.Story("a", [], x, y), grouping.Story("b", [], x, y)])
    assert model.threshold == PRIOR_THRESHOLD
