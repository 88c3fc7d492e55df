"""How far the pair model's fit moves when one story is left out: the agreement of its folds.

In: the candidate pairs of the fitted stories (:func:`.grouping.story_pairs`). Out:
:func:`fold_models`, the models fitted leave-one-story-out (:func:`.grouping.fit`, each without
one story); :func:`fold_spread`, over those models, the standard deviation of each weight in units
of its feature's spread over the pooled pairs (a deviation of 0.1 moves the log-odds of a pair one
feature-deviation from the mean by 0.1) and the thresholds the folds chose; :func:`spread_line`,
that as one line under the benchmark table (``python -m benchmarks grouping --folds``);
:func:`f1_deviation`, how far the training stories' mean pairwise F1 moves over the folds (the
tolerance of :mod:`benchmarks.threshold`), printed after it.

A fit whose folds agree is one that a rule moving a few pairs of one story cannot move far. The
fit has been fragile: a story-clock rule that moved the refitted weights by 0.01-0.02 split another
story's series (docs/grouping.md, 's15-clock2'). Judge a change of the fit on this line beside
the table's means.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analysis.reconcile.pairmodel import FEATURES, PairModel

__all__ = ["Spread", "f1_deviation", "fold_models", "fold_spread", "spread_line"]


@dataclass(frozen=True)
class Spread:
    """The agreement of the folds: the deviation over the folds of each standardised weight, its
    mean over the features and its largest (with the feature), and the thresholds chosen."""

    mean: float
    largest: float
    feature: str
    thresholds: tuple[float, ...]


def fold_models(stories: list) -> list[PairModel]:
    """One model per story with pairs, fitted on every other story (:func:`.grouping.fit`)."""
    from benchmarks.grouping import fit  # noqa: PLC0415  (grouping imports the pipeline)

    with_pairs = [s for s in stories if len(s.y)]
    return [fit([s for s in stories if s is not left]) for left in with_pairs]


def f1_deviation(stories: list, models: list[PairModel], thresholds: tuple[float, ...]) -> float:
    """The deviation over the folds (:func:`fold_models`: ``models`` in the order of ``stories``
    with pairs) of the mean pairwise F1 of each fold's training stories at each of
    ``thresholds``, averaged over the thresholds: how far that mean moves when one story is left
    out for another, the scale below which two thresholds' mean F1 tell nothing apart."""
    from benchmarks.grouping import mean_f1  # noqa: PLC0415  (grouping imports the pipeline)

    with_pairs = [s for s in stories if len(s.y)]
    means = [
        mean_f1([s for s in stories if s is not left], m, thresholds)
        for left, m in zip(with_pairs, models)
    ]
    return round(float(np.std(np.array(means), axis=0).mean()), 6) if means else 0.0


def fold_spread(models: list[PairModel], x: np.ndarray) -> Spread:
    """The spread of ``models``' weights, each times its feature's standard deviation over the
    pairs ``x`` (one row a pair, one column a feature of :data:`FEATURES`)."""
    scale = x.std(axis=0) if len(x) else np.ones(len(FEATURES))
    weights = np.array([[m.weights.get(name, 0.0) for name in FEATURES] for m in models])
    deviation = (weights * scale).std(axis=0)
    largest = int(deviation.argmax())
    return Spread(
        round(float(deviation.mean()), 6),
        round(float(deviation[largest]), 6),
        list(FEATURES)[largest],
        tuple(sorted({m.threshold for m in models})),
    )


def spread_line(spread: Spread, folds: int) -> str:
    """The benchmark's line of the folds' agreement."""
    thresholds = ", ".join(f"{t:.2f}" for t in spread.thresholds)
    return (
        f"fit over {folds} leave-one-out folds: standardised weights' deviation mean "
        f"{spread.mean:.3f}, largest {spread.largest:.3f} ({spread.feature}); "
        f"thresholds {thresholds}"
    )
