"""Case tables of comparing figures written in different units of one dimension (areas, volumes,
speeds, ...): the fact group compares them in the unit the folder writes most, and a figure written
in that unit keeps its value and its exact interval."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.reconcile.prepare import ROUNDING, comparable, reference_units


def _table(rows: list[tuple[str, float, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kind": [k for k, _, _ in rows],
            "value": [v for _, v, _ in rows],
            "low": [v for _, v, _ in rows],
            "high": [v for _, v, _ in rows],
            "unit": [u for _, _, u in rows],
            "date": [""] * len(rows),
            # written plainly, in digits: precise (analysis.reconcile.precision)
            "text": [f"{v:,}" for _, v, _ in rows],
            "qualifier": ["exact"] * len(rows),
        }
    )


@pytest.mark.parametrize(
    "rows, expected",
    [
        # the unit written most wins, whatever the dimension's base unit
        (
            [("quantity", 1, "acre"), ("quantity", 2, "acre"), ("quantity", 3, "hectare")],
            {"hectare": "acre"},
        ),
        # a tie goes to the unit written first
        ([("quantity", 1, "square mile"), ("quantity", 2, "hectare")], {"hectare": "square mile"}),
        # one entry per dimension
        (
            [("quantity", 1, "mile"), ("quantity", 2, "gallon"), ("quantity", 3, "litre")],
            {"metre": "mile", "litre": "gallon"},
        ),
        # durations, percentages and counts of no unit of measure have no reference unit
        ([("duration", 3, "day"), ("percent", 5, "percent"), ("count", 4, "")], {}),
    ],
)
def test_reference_unit_is_the_unit_written_most_in_each_dimension(rows, expected):
    kinds, units = [r[0] for r in rows], [r[2] for r in rows]
    assert reference_units(kinds, units) == expected


@pytest.mark.parametrize(
    "rows, row, value, unit",
    [
        # '16,200 hectares' beside two acre figures is compared in acres
        (
            [
                ("quantity", 40000, "acre"),
                ("quantity", 39000, "acre"),
                ("quantity", 16200, "hectare"),
            ],
            2,
            16200 / 0.40468564224,
            "acre",
        ),
        # square miles to acres: 640 acres a square mile
        (
            [("quantity", 60, "square mile"), ("quantity", 1, "acre"), ("quantity", 2, "acre")],
            0,
            38400,
            "acre",
        ),
        # a unit written alone is the reference: miles per hour stay miles per hour
        ([("quantity", 100, "mile per hour")], 0, 100, "mile per hour"),
        # miles per hour to kilometres per hour, the unit written most
        (
            [
                ("quantity", 100, "mile per hour"),
                ("quantity", 1, "kilometre per hour"),
                ("quantity", 2, "kilometre per hour"),
            ],
            0,
            160.9344,
            "kilometre per hour",
        ),
        # tonnes, a unit of the kilogram's dimension, stay tonnes when only tonnes are written
        ([("quantity", 10_000_000, "tonne")], 0, 10_000_000, "tonne"),
        # gallons and litres
        (
            [("quantity", 1, "litre"), ("quantity", 2, "litre"), ("quantity", 10, "gallon")],
            2,
            37.85411784,
            "litre",
        ),
    ],
)
def test_figures_of_one_dimension_compare_in_the_reference_unit(rows, row, value, unit):
    out = comparable(_table(rows))
    assert out["cmp_unit"].iloc[row] == unit
    assert math.isclose(out["cmp_value"].iloc[row], value, rel_tol=1e-9)


@pytest.mark.parametrize(
    "rows, row, widened",
    [
        # written in the reference unit: its interval stays exact (14,201 and 14,021 acres differ)
        (
            [("quantity", 14201, "acre"), ("quantity", 14021, "acre"), ("quantity", 5, "hectare")],
            0,
            False,
        ),
        # converted from another unit: rounded by the conversion
        (
            [("quantity", 14201, "acre"), ("quantity", 14021, "acre"), ("quantity", 5, "hectare")],
            2,
            True,
        ),
    ],
)
def test_only_a_converted_figure_gets_the_rounding_margin(rows, row, widened):
    out = comparable(_table(rows))
    width = out["cmp_high"].iloc[row] - out["cmp_low"].iloc[row]
    expected = 2 * ROUNDING * out["cmp_value"].iloc[row] if widened else 0.0
    assert math.isclose(width, expected, abs_tol=1e-9)
