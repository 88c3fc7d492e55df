"""Priors on single weights of the pair model's fit (benchmarks.priors, read by
benchmarks.grouping.fit): a sign constraint, a fixed weight, a pull toward a hand-set mean.

Tiny invented design matrices only: the annotated stories' fit is measured by
``python -m benchmarks grouping``, not asserted here.
"""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.priors import Prior, fit_logistic, fit_weights

# invented pairs: column 0 is evidence for one fact, column 1 goes with two facts in these rows
X = np.array(
    [
        [1.0, 0.0],
        [1.0, 1.0],
        [0.0, 1.0],
        [0.0, 0.0],
        [1.0, 0.0],
        [0.0, 1.0],
        [1.0, 1.0],
        [0.0, 0.0],
    ]
)
Y = np.array([1, 0, 0, 0, 1, 0, 1, 1], dtype=bool)
WEIGHT = np.ones(len(Y))
UNIT = np.ones(2)


def _plain() -> np.ndarray:
    """Column 1's weight with no prior (negative on these rows)."""
    return fit_logistic(X, Y, WEIGHT, 1.0, [None, None], UNIT)[1]


# (case id, column 1's prior, column 1's scale, the test on column 1's fitted weight)
CASES = [
    (
        "no prior leaves the negative weight the rows give",
        None,
        1.0,
        lambda w: w < -0.5,
    ),
    (
        "a sign constraint holds a negative weight at zero",
        Prior(lower=0.0),
        1.0,
        lambda w: w == pytest.approx(0.0, abs=1e-9),
    ),
    (
        "a sign constraint leaves a weight already on its side as the plain fit",
        Prior(upper=0.0),
        1.0,
        lambda w: w == pytest.approx(_plain()[1], abs=0.01),
    ),
    (
        "equal bounds fix the raw weight, on a feature of scale two",
        Prior(mean=0.7, lower=0.7, upper=0.7),
        2.0,
        lambda w: w / 2.0 == pytest.approx(0.7, abs=1e-9),
    ),
    (
        "a narrow normal prior around a positive mean brings the weight near it",
        Prior(mean=1.5, sd=0.01),
        1.0,
        lambda w: w == pytest.approx(1.5, abs=0.01),
    ),
    (
        "a prior of mean zero and no deviation of its own is the plain fit",
        Prior(),
        1.0,
        lambda w: w == pytest.approx(_plain()[1], abs=0.01),
    ),
]


@pytest.mark.parametrize("prior,scale,check", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_prior_bounds_or_pulls_the_one_weight_it_is_set_on(prior, scale, check):
    _, w = fit_logistic(X, Y, WEIGHT, 1.0, [None, prior], np.array([1.0, scale]))
    assert check(w[1])


@pytest.mark.parametrize("c", [0.1, 1.0, 10.0], ids=["C 0.1", "C 1", "C 10"])
def test_with_no_prior_the_fit_is_scikit_learns(c):
    from sklearn.linear_model import LogisticRegression

    weight = np.linspace(0.5, 2.0, len(Y))
    reg = LogisticRegression(C=c, max_iter=2000).fit(X, Y, sample_weight=weight)
    b, w = fit_logistic(X, Y, weight, c, [None, None], UNIT)
    assert b == pytest.approx(reg.intercept_[0], abs=1e-4)
    assert w == pytest.approx(reg.coef_[0], abs=1e-4)


@pytest.mark.parametrize(
    "priors,expected_rival",
    [
        ({}, None),
        ({"rival": Prior(lower=0.0)}, 0.0),
        ({"other": Prior(lower=0.0)}, None),
    ],
    ids=[
        "no prior: the plain weight",
        "a prior named for a column applies to it",
        "a prior of a feature the fit has not is ignored",
    ],
)
def test_fit_weights_applies_the_priors_by_feature_name(priors, expected_rival):
    _, w = fit_weights(X, Y, WEIGHT, 1.0, UNIT, ["value", "rival"], priors)
    want = _plain()[1] if expected_rival is None else expected_rival
    assert w[1] == pytest.approx(want, abs=1e-3)
