"""A figure whose noun is left out after a possessive, set against a forecast by a word of
contrast, is a forecast too (analysis.extract.modality_elided); a report set against a forecast
and a figure with its own noun are left as read. Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

SAID = "The watchdog said the deficit would reach 4.1% next year, above the 3% limit, "


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the noun left out is the forecast's: projected
        (SAID + "rather than the treasury's 2.7%.", "2.7%", "projected"),
        (SAID + "instead of the treasury's 2.7%.", "2.7%", "projected"),
        (
            "The watchdog expects a deficit of 4.1%, not the treasury's 2.7% of output.",
            "2.7%",
            "projected",
        ),
        # set against a report, or with a noun of its own, the figure is read as before
        ("The watchdog puts growth at 0.9%, against the treasury's 1.6%.", "1.6%", "reported"),
        ("Sales rose 4%, rather than the firm's 2%.", "2%", "reported"),
        (
            "The watchdog expects a deficit of 4.1%, not the treasury's 2.7% target.",
            "2.7%",
            "target",
        ),
    ],
)
def test_a_figure_with_its_noun_left_out_set_against_a_forecast_is_projected(
    text, mention, expected
):
    assert column_of(text, mention, "modality") == expected
