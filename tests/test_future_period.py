"""A level of a period after the report's, named as its own ('growth of 1.6% next year', 'puts
next year's growth at 0.9%', 'a shortfall of 3.2% of output in 2027' on a page of 2026), is
foreseen: projected, with or without a verb of forecasting (analysis.extract.modality_ahead).
Tried and dropped in s16-modality (budget_invented4 0.667 -> 0.657: the forecasts it read left
the same forecasts other articles state with no cue, a bare 'assumes' and its figure); kept in
s18-forecast2 with those cues read (docs/grouping.md). A plan's count with its own noun, a deadline
and a period of the report's own year or before are read as they are. Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

PAGE = "2026-03-02"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the period is the figure's own: projected
        *(
            (text, mention, "projected")
            for text, mention in (
                ("The treasury built its plans on economic growth of 1.6% next year.", "1.6%"),
                ("The watchdog puts next year's growth at just 0.9%.", "0.9%"),
                ("The board assumes a shortfall of 3.2% of output next year.", "3.2%"),
                ("The board assumes a shortfall of 3.2% of output in 2027.", "3.2%"),
                ("Its budget sets spending growth of 2.4% for 2028.", "2.4%"),
                ("Rents are to rise by 4% next month.", "4%"),
            )
        ),
        # a plan's count with a noun of its own, a deadline, this year or an earlier one
        ("The firm will hire 400 workers next year.", "400", "reported"),
        ("The reform raises the pension age to 67 by 2034.", "67", "reported"),
        ("Growth was 1.2% in 2026, the statistics office said.", "1.2%", "reported"),
        ("Growth was 1.9% in 2024, the statistics office said.", "1.9%", "historical"),
        ("Prices rose 3% this year and will rise again next year.", "3%", "reported"),
    ],
)
def test_a_figure_of_a_period_still_to_come_is_projected(text, mention, expected):
    assert column_of(text, mention, "modality", PAGE) == expected
