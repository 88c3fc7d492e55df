"""Case table of a figure after 'compared with' (analysis.extract.history.historical_beside): set in
a group or a place ('compared with 3.3% on placebo', '48% in the capital') it is another group's
value at the same time, no earlier period's. Must-not cases: a year, a period word or a month
after it, and a bare comparison, stay historical. Every sentence is invented; each row is (text,
the figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # two groups or two places side by side at one time
        ("Side effects hit 5.9% of patients, compared with 3.3% on placebo.", "3.3%", "reported"),
        ("Turnout was 73%, compared with 52% in the capital.", "52%", "reported"),
        ("Wages rose 2.3% for women, compared with 1.7% for men.", "1.7%", "reported"),
        # must not: a year, a period or a month after the figure dates it
        ("Turnout was 73%, compared with 52% in 2015.", "52%", "historical"),
        ("Sales reached 930, compared with 710 in the same period.", "710", "historical"),
        ("Sales reached 930, compared with 710 in March.", "710", "historical"),
        ("Turnout was 73%, compared with 52% last time.", "52%", "historical"),
        # ... and so does a part of a period before its noun (TIMEX3's START, MID, END)
        ("Sales reached 930, compared with 710 at the start of the year.", "710", "historical"),
        ("Sales reached 930, compared with 710 in early March.", "710", "historical"),
        ("Turnout was 73%, compared with 52% in mid-afternoon.", "52%", "historical"),
        # must not: a bare comparison keeps its earlier reading
        ("Sales reached 930, compared with 710.", "710", "historical"),
    ],
)
def test_a_compared_figure_in_a_group_or_a_place_is_no_earlier_periods(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
