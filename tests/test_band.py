"""The band F1 of ``python -m benchmarks grouping --band`` (:mod:`benchmarks.band`): the mean
grouping F1 over the pair model's intercept shifted by ``BAND_SHIFTS``, and the table's column.
Synthetic data only: a stub scorer and invented rows, no ``../shared`` needed."""

from __future__ import annotations

import pytest

from analysis.reconcile.pairmodel import PairModel
from benchmarks.band import BAND_SHIFTS, band_f1, shifted
from benchmarks.grouping_table import table

MODEL = PairModel({"same_value": 1.5}, -0.5, 0.25, ("story_a", "story_b"))


def _row(story: str, grouping: float, **extra) -> dict:
    """An invented table row (an unseen story unless ``extra`` says otherwise)."""
    return {
        "story": story,
        "figures_f1": 0.9,
        "grouping_f1": grouping,
        "cross_value_recall": 0.5,
        "in_sample_grouping_f1": grouping,
        "conflicts_found": 1,
        "conflicts_gold": 2,
        "conflicts_listed": 1,
        "conflicts_genuine": 1,
        "steady_f1": 0.8,
        "unseen": True,
        **extra,
    }


def test_the_band_includes_the_fitted_point_and_is_symmetric_around_it():
    assert 0.0 in BAND_SHIFTS
    assert sorted(BAND_SHIFTS) == sorted(-d for d in BAND_SHIFTS)


def test_a_shift_moves_only_the_intercept():
    moved = shifted(MODEL, 0.02)
    assert moved.intercept == pytest.approx(-0.48)
    assert (moved.weights, moved.threshold, moved.fitted_on) == (
        MODEL.weights,
        MODEL.threshold,
        MODEL.fitted_on,
    )


def test_a_zero_shift_is_the_fitted_model_itself():
    assert shifted(MODEL, 0.0) == MODEL


@pytest.mark.parametrize(
    ("by_intercept", "expected"),
    [
        # a story whose F1 does not move with the intercept: the band is its fitted-point F1
        (lambda b: 0.8, 0.8),
        # a knife edge: only the lowest shift loses, the band reads a fifth of the drop
        (lambda b: 0.6 if b < -0.53 else 0.9, 0.84),
        # F1 linear in the intercept: the band is the fitted-point F1
        (lambda b: 0.5 + (b + 0.5), 0.5),
    ],
    ids=["flat", "knife_edge_below", "linear"],
)
def test_the_band_is_the_mean_f1_over_the_shifted_intercepts(by_intercept, expected):
    seen = []

    def score(source, model):
        seen.append(model.intercept)
        return {"grouping_f1": by_intercept(model.intercept)}

    assert band_f1("story", MODEL, score) == pytest.approx(expected)
    assert seen == pytest.approx([MODEL.intercept + d for d in BAND_SHIFTS])


def test_without_band_the_table_has_no_band_column_even_when_rows_carry_one():
    rows = [_row("story_a", 0.7, band_f1=0.6)]
    assert table(rows) == table([_row("story_a", 0.7)])
    assert "band F1" not in table(rows)


def test_with_band_each_line_gains_one_cell_and_an_unbanded_row_a_blank_one():
    rows = [
        _row("fitted_story", 0.7, unseen=False),
        _row("story_a", 0.7, band_f1=0.6),
    ]
    lines = table(rows, band=True).splitlines()
    widths = {line.count("|") for line in lines if line.startswith("|")}
    assert widths == {10}
    assert lines[0].endswith("| band F1 |")
    assert lines[2].endswith("| 1 (1) |  |")
    assert lines[3].endswith("| 1 (1) | 0.600 |")


def test_a_set_mean_line_gives_the_mean_of_its_stories_band_f1():
    from benchmarks.grouping import INVENTED_SETS

    title, names = next(iter(INVENTED_SETS.items()))
    rows = [_row(name, 0.7, band_f1=f) for name, f in zip(names, (0.6, 0.7, 0.8))]
    mean = [line for line in table(rows, band=True).splitlines() if title in line]
    assert mean and mean[0].endswith("| 0.700 |")
