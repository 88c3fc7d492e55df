"""The case of a figure table (tests/test_figures_*.py, tests/test_units_*.py): a fragment, the
mention it must give and that mention's row, and the check of one case.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pytest

from analysis.extract import figures_in_text


INF = math.inf


@dataclass
class Case:
    fragment: str
    text: str  # the expected mention surface
    kind: str
    value: float | None
    unit: str = ""
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    date: str = ""
    extra: dict = field(default_factory=dict)

    def __str__(self) -> str:  # pytest id
        return self.fragment[:60]


def _find(fragment: str, surface: str) -> dict:
    rows = [r for r in figures_in_text(fragment, "t") if r["text"] == surface]
    assert rows, (
        f"no mention {surface!r} in {fragment!r}; got "
        f"{[r['text'] for r in figures_in_text(fragment, 't')]}"
    )
    return rows[0]


def check(case: Case) -> None:
    row = _find(case.fragment, case.text)
    assert row["kind"] == case.kind
    if case.value is None:
        assert math.isnan(row["value"])
    else:
        assert row["value"] == pytest.approx(case.value)
    assert row["unit"] == case.unit
    assert row["qualifier"] == case.qualifier
    if case.low is not None:
        assert row["low"] == pytest.approx(case.low)
    if case.high is not None:
        assert row["high"] == pytest.approx(case.high) if case.high != INF else row["high"] == INF
    if case.kind == "date":
        assert row["date"] == case.date
    for key, expected in case.extra.items():
        assert row[key] == expected, key
    assert case.fragment[row["start"] : row["end"]] == row["text"]
