"""Priors on single weights of the pair model: what the fit is told where its stories say nothing.

In: the standardised design matrix of the fitted stories' pairs, their gold labels and sample
weights (:func:`.grouping.fit` builds them), and :data:`WEIGHT_PRIORS`. Out:
:func:`fit_logistic`, the intercept and weights (on the standardised features) of a weighted
logistic regression whose L2 penalty pulls each weight toward its prior's mean rather than toward
0, with the weight held inside its prior's bounds.

With no prior this is scikit-learn's ``LogisticRegression(C)`` with ``lbfgs``: the loss
``C * sum(sample_weight * log_loss) + sum(w ** 2) / 2``, the intercept unpenalised, minimised from
zero with scikit-learn's options, so that it stops where scikit-learn stops (its default
tolerance stops short of the minimum, and the pair model's scores move with where it stops). A prior
changes one weight's term to ``strength * (w - mean) ** 2 / 2`` and bounds it (L-BFGS-B). A bound
at a sign is a sign constraint (a feature that is evidence FOR one fact may not weigh against it);
equal bounds fix the weight outside the fit, and the other weights are fitted around it. Means
and bounds are given on the raw feature, as the shipped weights are, and turned to the
standardised scale here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["WEIGHT_PRIORS", "Prior", "fit_logistic", "fit_weights"]

# scikit-learn's lbfgs options (LogisticRegression's tol and its own line search and ftol), so
# that a fit with no prior takes scikit-learn's steps and stops where it stops
GRADIENT_TOLERANCE = 1e-4
LINE_SEARCH_STEPS = 50
MAX_ITERATIONS = 2000


@dataclass(frozen=True)
class Prior:
    """A prior on one weight, on the raw feature: the mean the L2 penalty pulls it toward, its
    standard deviation (None: the fit's own pull, a unit normal on the standardised weight), and
    the bounds it may not leave (equal bounds: the weight is fixed at them)."""

    mean: float = 0.0
    sd: float | None = None
    lower: float = -np.inf
    upper: float = np.inf


# feature -> its prior: none is kept (docs/grouping.md, s19-rival: a sign constraint and a fixed
# weight for `rival` were measured and dropped)
WEIGHT_PRIORS: dict[str, Prior] = {}


def _standardised(prior: Prior, scale: float) -> tuple[float, float, float, float]:
    """The prior's mean, bounds and strength (1: scikit-learn's pull) for the weight of the
    feature divided by ``scale`` (a raw weight w is w * scale on the standardised feature; a raw
    deviation sd is sd * scale there, and the pull's strength is its inverse square)."""
    strength = 1.0 if prior.sd is None else 1.0 / (prior.sd * scale) ** 2
    return prior.mean * scale, prior.lower * scale, prior.upper * scale, strength


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    sample_weight: np.ndarray,
    c: float,
    priors: list[Prior | None],
    scale: np.ndarray,
) -> tuple[float, np.ndarray]:
    """(intercept, weights) of the logistic regression of ``y`` on the standardised ``x`` with
    inverse L2 strength ``c``, each column's weight under its prior (None: the plain pull toward
    0); ``scale`` turns the priors' raw means and bounds to the standardised columns."""
    from scipy.optimize import minimize

    n_features = x.shape[1]
    mean, strength = np.zeros(n_features), np.ones(n_features)
    low, high = np.full(n_features, -np.inf), np.full(n_features, np.inf)
    for k, prior in enumerate(priors):
        if prior is not None:
            mean[k], low[k], high[k], strength[k] = _standardised(prior, float(scale[k]))
    # scikit-learn's objective divided by C * sum(sample_weight): the same minimum, its scale
    per = 1.0 / float(sample_weight.sum())
    sign = np.where(np.asarray(y, dtype=bool), 1.0, -1.0)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = sign * (x @ w + b)
        pull = w - mean
        # d/dz log(1 + exp(-z)) = -1 / (1 + exp(z))
        slope = -per * sample_weight * sign * np.exp(-np.logaddexp(0.0, z))
        value = per * float(sample_weight @ np.logaddexp(0.0, -z))
        value += 0.5 * per / c * float(strength @ pull**2)
        return value, np.concatenate([x.T @ slope + per / c * strength * pull, [slope.sum()]])

    bounds = [(_finite(lo), _finite(hi)) for lo, hi in zip(low, high)] + [(None, None)]
    result = minimize(
        loss,
        np.concatenate([np.clip(np.zeros(n_features), low, high), [0.0]]),
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={
            "maxiter": MAX_ITERATIONS,
            "maxls": LINE_SEARCH_STEPS,
            "gtol": GRADIENT_TOLERANCE,
            "ftol": 64 * np.finfo(float).eps,
        },
    )
    return float(result.x[-1]), result.x[:-1]


def _finite(bound: float) -> float | None:
    """A bound as L-BFGS-B takes it (None: unbounded)."""
    return None if np.isinf(bound) else float(bound)


def fit_weights(
    x: np.ndarray,
    y: np.ndarray,
    sample_weight: np.ndarray,
    c: float,
    scale: np.ndarray,
    names: list[str],
    priors: dict[str, Prior] | None = None,
) -> tuple[float, np.ndarray]:
    """(intercept, weights) on the standardised ``x`` whose columns are the features ``names``:
    scikit-learn's fit when no feature has a prior (:data:`WEIGHT_PRIORS` by default), else
    :func:`fit_logistic` with them."""
    priors = WEIGHT_PRIORS if priors is None else priors
    if not any(name in priors for name in names):
        from sklearn.linear_model import LogisticRegression

        reg = LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=sample_weight)
        return float(reg.intercept_[0]), reg.coef_[0]
    return fit_logistic(x, y, sample_weight, c, [priors.get(name) for name in names], scale)
