"""Case table of a figure set off by a comma and a word of comparison after another figure
(analysis.extract.modality_elided): ', well under the 2.15% the plan assumed' compares like with
like, so the figure compared is a forecast when the figure before it is one and its own words read
none (a forecast set against a forecast). Must-not cases: a figure compared with a report or a
goal; a period, a present word or a noun or verb of its own after the figure compared keeps its
own reading ('well above the 170 confirmed', 'above the 2.05% of this year'). Every sentence is
invented; each row is (text, the figure as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a figure compared with a forecast: the forecast's modality
        (
            "The central bank forecasts inflation of 3.35% for next year, well under the 4.65% "
            "the cabinet wrote into its draft.",
            "4.65%",
            "projected",
        ),
        (
            "Analysts expect profit of $305 million, way above the $235 million in the "
            "company's own plan.",
            "$235 million",
            "projected",
        ),
        (
            "The regulator forecasts a shortfall of 6.7%, just under the union's 8.15%.",
            "8.15%",
            "projected",
        ),
        # must not: a figure compared with a report or a goal stays a report
        ("Output rose to 5.25%, slightly above the 3.95% of the rival.", "3.95%", "reported"),
        ("The plan's goal is 44%, slightly above the 29.5% of the rival.", "29.5%", "reported"),
        # must not: the compared figure's own words read it (a participle, a present word, a
        # period)
        (
            "Officials said the toll could rise to 320, well above the 170 confirmed.",
            "170",
            "reported",
        ),
        (
            "The agency expects growth of 1.65% next year, below the 2.35% so far.",
            "2.35%",
            "reported",
        ),
        (
            "The agency expects growth of 1.65% next year, below the 2.35% of this year.",
            "2.35%",
            "reported",
        ),
        ("The fund forecasts a deficit of 3.15%, above the 2.65% recorded.", "2.65%", "reported"),
    ],
)
def test_a_figure_compared_after_a_comma_with_a_forecast_is_a_forecast(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
