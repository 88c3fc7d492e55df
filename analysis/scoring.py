"""Score predicted figure mentions against hand-annotated gold mentions.

Entry point: :func:`score` ``(predicted, gold) -> Scores``. Both tables have
the FIGURES columns (``doc, start, end, kind, value, unit, qualifier, date``).
As ``docs/FIGURES-SPEC.md`` says, a prediction matches a gold mention of the
same document when their spans overlap and their values agree (dates by
``date``, durations after converting both to days); each gold mention matches
at most one prediction. ``Scores.by_kind`` has precision, recall and F1 per
gold kind (predictions counted under their own kind), plus the share of
matched pairs whose qualifier, kind and unit agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .text.units import DAYS_PER_UNIT, value_in_days

__all__ = ["DAYS_PER_UNIT", "Scores", "load_gold", "score", "value_in_days"]


@dataclass
class Scores:
    pairs: pd.DataFrame  # matched (gold index, predicted index)
    false_positives: pd.DataFrame
    false_negatives: pd.DataFrame
    by_kind: pd.DataFrame

    @property
    def precision(self) -> float:
        return float(self.by_kind.loc["all", "precision"])

    @property
    def recall(self) -> float:
        return float(self.by_kind.loc["all", "recall"])


def load_gold(path) -> pd.DataFrame:
    """Read a gold CSV (FIGURES columns plus ``fact`` and ``notes``) with proper dtypes."""
    gold = pd.read_csv(
        path,
        dtype={
            "doc": "string",
            "text": "string",
            "kind": "string",
            "unit": "string",
            "qualifier": "string",
            "date": "string",
            "subject": "string",
        },
        keep_default_na=False,
        na_values={"value": [""], "low": [""], "high": [""]},
    )
    for col in ("start", "end"):
        gold[col] = gold[col].astype("int64")
    for col in ("value", "low", "high"):
        gold[col] = pd.to_numeric(gold[col], errors="coerce").astype("float64")
    return gold


def _values_agree(g: pd.Series, p: pd.Series) -> bool:
    if g["kind"] == "date" or p["kind"] == "date":
        return str(g["date"]) == str(p["date"])
    if g["kind"] == "duration" and p["kind"] == "duration":
        gd, pd_ = value_in_days(g["value"], g["unit"]), value_in_days(p["value"], p["unit"])
        return math.isclose(gd, pd_, rel_tol=1e-6)
    return math.isclose(float(g["value"]), float(p["value"]), rel_tol=1e-9, abs_tol=1e-9)


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> Scores:
    """Match ``predicted`` to ``gold`` and count precision/recall per kind."""
    pair_frame = _match(predicted, gold)
    fn = gold[~gold.index.isin(set(pair_frame["gold"]))]
    fp = predicted[~predicted.index.isin(set(pair_frame["predicted"]))]
    rows = {}
    for kind in sorted(set(gold["kind"]) | set(predicted["kind"])):
        kp = (
            pair_frame[gold.loc[pair_frame["gold"], "kind"].to_numpy() == kind]
            if len(pair_frame)
            else pair_frame
        )
        # a prediction counts under the kind of the gold mention it matched, else under its own
        n_pred = int((fp["kind"] == kind).sum()) + len(kp)
        rows[kind] = _counts(gold, predicted, gold[gold["kind"] == kind], n_pred, kp)
    rows["all"] = _counts(gold, predicted, gold, len(predicted), pair_frame)
    by_kind = pd.DataFrame.from_dict(rows, orient="index")
    return Scores(pairs=pair_frame, false_positives=fp, false_negatives=fn, by_kind=by_kind)


def _match(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """(gold, predicted) index pairs: each gold mention takes the first unused prediction of its
    document whose span overlaps it and whose value agrees."""
    pairs = []
    used_pred: set = set()
    pred_by_doc = {d: f for d, f in predicted.groupby("doc", sort=False)}
    for gi, g in gold.iterrows():
        cands = pred_by_doc.get(g["doc"])
        if cands is None:
            continue
        overlap = cands[(cands["start"] < g["end"]) & (g["start"] < cands["end"])]
        for pi, p in overlap.iterrows():
            if pi not in used_pred and _values_agree(g, p):
                pairs.append((gi, pi))
                used_pred.add(pi)
                break
    return pd.DataFrame(pairs, columns=["gold", "predicted"], dtype="int64")


def _counts(
    gold: pd.DataFrame,
    predicted: pd.DataFrame,
    kind_gold: pd.DataFrame,
    kind_pred_count: int,
    kind_pairs: pd.DataFrame,
) -> dict:
    """One row of the scores: counts, precision, recall, F1, and how often the matched pairs
    agree on kind, qualifier and unit."""
    tp = len(kind_pairs)
    n_gold = len(kind_gold)
    prec = tp / kind_pred_count if kind_pred_count else (1.0 if not n_gold else 0.0)
    rec = tp / n_gold if n_gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    g = gold.loc[kind_pairs["gold"]].reset_index(drop=True)
    p = predicted.loc[kind_pairs["predicted"]].reset_index(drop=True)

    def agree(col: str) -> float:
        return float((g[col].astype(str) == p[col].astype(str)).mean()) if tp else math.nan

    return {
        "gold": n_gold,
        "predicted": kind_pred_count,
        "matched": tp,
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "kind_accuracy": agree("kind"),
        "qualifier_accuracy": agree("qualifier"),
        "unit_accuracy": agree("unit"),
    }
