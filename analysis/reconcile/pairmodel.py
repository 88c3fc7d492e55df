"""Whether two mentions report one quantity: a logistic regression over the evidence of a pair.

In: the :func:`.similarity.components` of one candidate block (n x n matrices of what two mentions
share: words, measure, place, values, times, the article's structure). Out:
:meth:`PairModel.scores`, an n x n matrix of the probability that two mentions are one fact, with
the pairs the rules decide (cannot be one, must be one) pinned, which
:func:`.linkage.average_linkage` turns into facts at the model's threshold.

The model is data: one weight per named feature (:data:`FEATURES`), an intercept and the linkage
threshold, read from ``pair_model.json`` beside this module. It is fitted on the gold pairs of
annotated multi-outlet stories, never on the stories it is scored on (``python -m benchmarks
grouping`` fits it leave-one-story-out and writes the shipped file from all of them); the file names
the stories it was fitted on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .pairrules import finish

__all__ = ["FEATURES", "MODEL_FILE", "PairModel", "default_model", "pair_features"]

MODEL_FILE = Path(__file__).with_name("pair_model.json")
RATIO_CAP = 100.0  # values further apart than this are as different as can be
# the hand-weighted score, clipped: a pinned pair is decided by the rules, not by the weight
HAND_CAP = 3.0

# name -> how it is read from a block's components (each an n x n matrix, booleans as 0/1)
FEATURES = {
    # cosines of the words of the two subjects, of the words around the mentions, of their measures
    "subject_cos": lambda c: c["subject_cos"],
    "window_cos": lambda c: c["window_cos"],
    "measure_cos": lambda c: c["measure_cos"],
    # the hand bonus of their measure classes and places
    "measure": lambda c: c["measure"],
    # both say what happened ('killed') or what is counted ('people'), and it is one thing, or two
    "event_same": lambda c: c["event_same"],
    "event_other": lambda c: c["event_other"],
    "thing_same": lambda c: c["thing_same"],
    "thing_other": lambda c: c["thing_other"],
    "place_same": lambda c: c["place"] == 1,
    "place_other": lambda c: c["place"] == -1,
    # both name whose number it is, and it is one holder, or two
    "holder_same": lambda c: c["holder_same"],
    "holder_other": lambda c: c["holder_other"],
    # a projection or a target against a report
    "modality_other": lambda c: c["modality_other"],
    # what the article's structure says (parts, years, revisions)
    "structure": lambda c: c["structure"],
    # the hand bonus of their values; equal values; how far apart; whether their intervals overlap
    "value": lambda c: c["value"],
    "equal_value": lambda c: c["ratio"] == 1,
    "log_ratio": lambda c: _log_ratio(c),
    # how far apart, for two reports of known different times (a count that moves)
    "log_ratio_later": lambda c: _log_ratio(c) * (~c["same_time"] & ~c["unknown_time"]),
    "overlap": lambda c: c["overlap"],
    # the hand bonus of their counted nouns
    "unit": lambda c: c["unit"],
    # counted from two dated anchors ('since 2019'), or one for a period and one not
    "other_reference": lambda c: c["other_reference"],
    "other_period": lambda c: c["other_period"],
    "same_time": lambda c: c["same_time"],
    "unknown_time": lambda c: c["unknown_time"],
    "same_doc": lambda c: c["same_doc"],
    # two named sources, values within a factor of two
    "rival": lambda c: c["rival"],
    # each its article's largest count of one event: the headline toll, updated article to article
    "both_largest": lambda c: c["both_largest"],
    # one is a count's latest value ('rose to 17', 'up from 121'), nothing sets them apart
    "update": lambda c: c["update"],
    "hand": lambda c: np.clip(c["hand"], -HAND_CAP, HAND_CAP),
}


def _log_ratio(c: dict) -> np.ndarray:
    return np.log(np.clip(np.nan_to_num(c["ratio"], nan=1.0, posinf=RATIO_CAP), 1.0, RATIO_CAP))


def pair_features(parts: dict[str, np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The :data:`FEATURES` of the pairs (i[k], j[k]) of a block, one row a pair, one column a
    feature."""
    return np.column_stack(
        [np.asarray(read(parts), dtype=float)[i, j] for read in FEATURES.values()]
    )


@dataclass(frozen=True)
class PairModel:
    """A logistic regression over :data:`FEATURES` and the threshold of the average linkage that
    uses it."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    fitted_on: tuple[str, ...] = field(default=())

    def probability(self, x: np.ndarray) -> np.ndarray:
        """The probability of each row of :func:`pair_features` (features missing from the weights
        weigh 0)."""
        w = np.array([self.weights.get(name, 0.0) for name in FEATURES])
        return 1.0 / (1.0 + np.exp(-(x @ w + self.intercept)))

    def scores(self, parts: dict[str, np.ndarray]) -> np.ndarray:
        """The n x n linkage matrix of one block: each pair's probability,
        :data:`.pairrules.CANNOT` and
        :data:`.pairrules.SAME` where the rules decide, 1 on the diagonal."""
        n = len(parts["hand"])
        i, j = np.triu_indices(n, 1)
        score = np.zeros((n, n))
        score[i, j] = self.probability(pair_features(parts, i, j)) if len(i) else 0.0
        return finish(score, parts)

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "weights": self.weights,
                    "intercept": self.intercept,
                    "threshold": self.threshold,
                    "fitted_on": list(self.fitted_on),
                },
                indent=1,
            )
            + "\n"
        )

    @classmethod
    def from_json(cls, text: str) -> "PairModel":
        data = json.loads(text)
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise ValueError(f"pair model: unknown features {sorted(unknown)}")
        return cls(
            {k: float(v) for k, v in data["weights"].items()},
            float(data["intercept"]),
            float(data["threshold"]),
            tuple(data.get("fitted_on", ())),
        )


_DEFAULT: list[PairModel] = []


def default_model() -> PairModel:
    """The shipped model (:data:`MODEL_FILE`), read once per process."""
    if not _DEFAULT:
        _DEFAULT.append(PairModel.from_json(MODEL_FILE.read_text(encoding="utf-8")))
    return _DEFAULT[0]
