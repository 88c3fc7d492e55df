"""A figure in the 'of' complement of a noun of likelihood ('a 35% chance of a 0.5-point cut',
'the odds of a cut to 2%', 'the risk of a 10% fall') states a possibility, not a fact: projected,
as the forecasts of it are ('economists expect a cut of 0.5 points'); the likelihood itself (the
35%) and figures outside the complement are read as before (analysis.extract.modality_future,
lexicon.modality LIKELIHOOD_NOUNS). Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # in the complement of a noun of likelihood: a possibility
        ("Traders priced a 35% chance of a half-point cut in March.", "half-point", "projected"),
        ("Traders now see a 35% chance of a 0.5-point cut to 2%.", "2%", "projected"),
        ("Analysts put the odds of a cut to 2% at one in three.", "2%", "projected"),
        ("The fund warned of the risk of a 10% fall in prices.", "10%", "projected"),
        # the likelihood itself, and a figure outside the complement: as before
        ("Traders priced a 35% chance of a half-point cut in March.", "35%", "reported"),
        (
            "The bank cut its rate by half a point to 2%, a move with a good chance of success.",
            "2%",
            "reported",
        ),
        (
            "After 40 hours in the water, the chance of finding survivors is small.",
            "40 hours",
            "reported",
        ),
    ],
)
def test_a_figure_in_the_complement_of_a_noun_of_likelihood_is_projected(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
