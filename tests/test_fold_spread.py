"""How far the pair model's fit moves over the leave-one-out folds (benchmarks.folds).

Invented weight and feature tables only: the spread on the annotated stories is measured by
``python -m benchmarks grouping --folds``, not asserted here.
"""

from __future__ import annotations

import numpy as np
import pytest

from analysis.reconcile.pairmodel import FEATURES, PairModel
from benchmarks.folds import Spread, fold_models, fold_spread, spread_line

N = len(FEATURES)
FIRST, SECOND = list(FEATURES)[:2]


def _pairs(scale: float) -> np.ndarray:
    """Two pairs: the first feature 0 and 2 * scale (deviation ``scale``), the others 0 and 2."""
    x = np.zeros((2, N))
    x[1] = 2.0
    x[1, 0] = 2.0 * scale
    return x


# (case id, each fold's (weight of the first feature, of the second, threshold), the first
# feature's deviation over the pairs, the expected spread)
CASES = [
    (
        "folds that agree do not spread",
        [(1.0, 0.5, 0.25), (1.0, 0.5, 0.25)],
        1.0,
        Spread(0.0, 0.0, FIRST, (0.25,)),
    ),
    (
        "one weight 0.2 apart over two folds deviates by 0.1",
        [(1.0, 0.5, 0.25), (1.2, 0.5, 0.25)],
        1.0,
        Spread(round(0.1 / N, 6), 0.1, FIRST, (0.25,)),
    ),
    (
        "a weight moves in units of its feature's deviation",
        [(1.0, 0.5, 0.25), (1.2, 0.5, 0.25)],
        3.0,
        Spread(round(0.3 / N, 6), 0.3, FIRST, (0.25,)),
    ),
    (
        "the largest deviation names its feature and the thresholds are listed once each",
        [(1.0, 0.5, 0.2), (1.0, 1.5, 0.25), (1.0, 0.5, 0.2)],
        1.0,
        Spread(round(float(np.std([0.5, 1.5, 0.5])) / N, 6), 0.471405, SECOND, (0.2, 0.25)),
    ),
]


@pytest.mark.parametrize("folds,scale,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_spread_of_the_folds_is_each_weights_deviation_times_its_features(
    folds, scale, expected
):
    models = [PairModel({FIRST: a, SECOND: b}, 0.0, t) for a, b, t in folds]
    assert fold_spread(models, _pairs(scale)) == expected


def test_each_fold_is_fitted_without_one_story_and_a_story_of_no_pairs_makes_no_fold(monkeypatch):
    import benchmarks.grouping as grouping

    fitted = []
    monkeypatch.setattr(
        grouping,
        "fit",
        lambda stories: fitted.append([s.name for s in stories]) or PairModel({}, 0.0, 0.25),
    )
    x = np.zeros((1, N))
    stories = [grouping.Story(n, [], x, np.ones(1, bool)) for n in "abc"]
    stories.append(grouping.Story("none", [], np.zeros((0, N)), np.zeros(0, bool)))
    assert len(fold_models(stories)) == 3
    assert fitted == [["b", "c", "none"], ["a", "c", "none"], ["a", "b", "none"]]


def test_the_line_gives_the_mean_and_largest_deviation_and_the_thresholds():
    line = spread_line(Spread(0.0491, 0.173, "modality_other", (0.2, 0.25)), 9)
    assert line == (
        "fit over 9 leave-one-out folds: standardised weights' deviation mean 0.049, largest "
        "0.173 (modality_other); thresholds 0.20, 0.25"
    )


# (case id, the F1 each fold's model gives every story at every threshold, the deviation expected)
F1_CASES = [
    ("folds whose training stories score alike do not deviate", (0.8, 0.8), 0.0),
    ("two folds' mean F1 0.5 apart deviate by 0.25", (1.0, 0.5), 0.25),
]


@pytest.mark.parametrize("scores,expected", [c[1:] for c in F1_CASES], ids=[c[0] for c in F1_CASES])
def test_the_f1_deviation_is_the_folds_deviation_of_their_training_stories_mean_f1(
    monkeypatch, scores, expected
):
    import benchmarks.grouping as grouping
    from benchmarks.folds import f1_deviation

    # a model's intercept names its fold; F1 = 2tp / (2tp + fp): tp 1 and fp 2/F1 - 2
    def pairwise_f1(story, model, threshold):
        f1 = scores[int(model.intercept)]
        return 1, 2 / f1 - 2, 0

    monkeypatch.setattr(grouping, "pairwise_f1", pairwise_f1)
    x = np.zeros((1, N))
    stories = [grouping.Story(n, [], x, np.ones(1, bool)) for n in "ab"]
    models = [PairModel({}, float(k), 0.25) for k in range(2)]
    assert f1_deviation(stories, models, (0.2, 0.25)) == pytest.approx(expected)
