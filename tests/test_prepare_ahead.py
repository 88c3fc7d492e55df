"""Whether a figure's day comes after its article's report day (``ahead``,
analysis.reconcile.prepare.ahead): a day still to come when the article was written. Invented
rows."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.reconcile.prepare import ahead

# (case id, the figure's as_of, its article's report_time, whether it is ahead)
CASES = [
    ("a day after the page's day is ahead", "2025-03-09", "2025-03-06", True),
    ("the page's own day is not ahead", "2025-03-06", "2025-03-06", False),
    ("a day before the page's day is not ahead", "2025-03-02", "2025-03-06", False),
    ("a report time with a clock reads its day", "2025-03-07", "2025-03-06T18:00", True),
    ("a month the figure measures is not a day", "2025-04", "2025-03-06", False),
    ("an article without a report time has no day to be ahead of", "2025-03-09", "", False),
    ("a figure without a day is not ahead", "", "2025-03-06", False),
]


@pytest.mark.parametrize("as_of,report,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_figure_is_ahead_when_its_day_comes_after_its_pages(as_of, report, expected):
    fig = pd.DataFrame({"doc": ["a"], "as_of": [as_of]})
    documents = pd.DataFrame({"doc": ["a"], "report_time": [report]})
    assert ahead(fig, documents) == [expected]
