"""Cases: the bar of a run of periods is a threshold, apart from readings, goals and forecasts.

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.extract import figures_in_text
from analysis.extract.modality import MODALITIES
from analysis.pipeline import extract_figures
from analysis.reconcile.evidence import _two_bars
from analysis.reconcile.facts import candidate_blocks, prepare
from analysis.reconcile.similarity import components
from tests import tidy


def _modality(text: str, mention: str) -> str:
    rows = [r for r in figures_in_text(text, "d") if r["text"] == mention]
    assert rows, (mention, [r["text"] for r in figures_in_text(text, "d")])
    return rows[0]["modality"]


def test_threshold_is_a_modality():
    assert "threshold" in MODALITIES


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the bar a run of nights or days stays over, the preposition in the figure's span
        ("The reservoir has had six weeks in a row below 40%.", "below 40%", "threshold"),
        (
            "The service declares a cold snap after two days in a row below 3C.",
            "below 3C",
            "threshold",
        ),
        ("The port has now had five consecutive days over 30C.", "30C", "threshold"),
        ("It was the fourth straight week below 10C in the valley.", "below 10C", "threshold"),
        # a clause between the run and its bar
        (
            "The river has had five days in a row on which its level did not drop below 3 metres.",
            "below 3 metres",
            "threshold",
        ),
        # the bar of a kind of period a relative clause defines
        (
            "Growers call a day on which the soil stays above 22C a growing day.",
            "above 22C",
            "threshold",
        ),
        (
            "The index is in a slump on any day when it closes below 1,800.",
            "below 1,800",
            "threshold",
        ),
        # a definite period's reading, and a relative clause with no bar, are no bars
        (
            "The night on which the storm hit, the temperature stayed above 22C.",
            "above 22C",
            "reported",
        ),
        ("It was a day when 40 people were rescued from the river.", "40", "reported"),
        # the run's own count and a reading beside a run are no bars
        ("The reservoir has had six weeks in a row below 40%.", "six weeks", "reported"),
        ("The town reached 41C on Tuesday, its third hot day in a row.", "41C", "reported"),
        ("Readings stayed above 30C in the town on Monday.", "above 30C", "reported"),
        # a level's verb is no run ('running at'), nor another number between run and figure
        ("Inflation has been running above 3% for a year.", "above 3%", "reported"),
        ("Five days in a row, 12 wells ran dry above 900 metres.", "above 900 metres", "reported"),
    ],
)
def test_the_bar_of_a_run_of_periods_is_a_threshold(text, mention, expected):
    assert _modality(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # dropped (docs/grouping.md): a condition's value; measured, it cut a series it bridged
        ("If the jobless rate comes in at 5.1% or higher, the bank will cut.", "5.1%", "threshold"),
        # dropped again in s15-precision, with a bar fronted as the sentence's condition
        ("Above 4%, the central bank would have to act.", "Above 4%", "threshold"),
    ],
)
@pytest.mark.xfail(strict=True, reason="dropped: a condition's value read as a threshold")
def test_a_condition_value_is_a_threshold(text, mention, expected):
    assert _modality(text, mention) == expected


def _cannot(first: str, second: str, a: str, b: str) -> bool:
    """Whether grouping holds figure ``a`` of ``first`` and ``b`` of ``second`` apart whatever
    their words (:func:`analysis.reconcile.similarity.components`' ``cannot``)."""
    docs = tidy.documents_table(
        [
            {"doc": f"d{i}", "text": text, "path": f"d{i}.txt", "published": "2026-07-02"}
            for i, text in enumerate((first, second))
        ]
    )
    cols, index, _ = candidate_blocks(prepare(extract_figures(docs), docs))
    where = {(cols["doc"][p], cols["text"][p]): p for p in range(len(index))}
    block = np.array([where[("d0", a)], where[("d1", b)]])
    return bool(components({c: v[block] for c, v in cols.items()})["cannot"][0, 1])


@pytest.mark.parametrize(
    "first, second, a, b, cannot",
    [
        # a bar does not move: two values are two bars
        (
            "The service declares a cold snap after two days in a row below 4C.",
            "Growers call a day on which the soil stays above 22C a growing day.",
            "below 4C",
            "above 22C",
            True,
        ),
        # one bar written twice is left to the words
        (
            "The valley has had four straight nights above 22C.",
            "Growers call a day on which the soil stays above 22C a growing day.",
            "above 22C",
            "above 22C",
            False,
        ),
    ],
)
def test_two_thresholds_of_two_values_are_two_bars(first, second, a, b, cannot):
    assert _cannot(first, second, a, b) is cannot


@pytest.mark.parametrize("columns", [{"doc": ["d0", "d1"], "cmp_value": [25.0, 33.0]}])
def test_a_block_without_a_modality_column_has_no_two_bars(columns):
    assert not _two_bars(pd.DataFrame(columns)).any()
