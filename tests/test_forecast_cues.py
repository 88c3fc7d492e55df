"""Cases: forecasts said with no modal are projections (a forecaster 'sees' a level, a level of a
later period: analysis.extract.modality_ahead); the bare figure of a verbless clause after a comma
takes the modality of the figure before it ('..., not $5 billion', ', up 2.7%', 'the treasury
assumes 2.4%, the bank 1.9%': analysis.extract.modality_elided); the present 'assumes' projects;
a possessive's figure before a noun of estimate is that estimate's own value.

Every sentence is invented; each row is (text, mention as extracted, expected modality), the
articles dated 2031-05-05.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

PUBLISHED = "2031-05-05"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a present 'see' of expectation, its object, then the level after 'of' or 'at'
        ("Analyst Ilse Varga sees yearly revenue of $2.1 billion.", "$2.1 billion", "projected"),
        ("Brokers see growth at about 1.4% this year.", "about 1.4%", "projected"),
        (
            "Analyst Ilse Varga sees annual sales of $2 billion to $3 billion.",
            "$3 billion",
            "projected",
        ),
        # what is seen as it happens: a count right after the verb, or the past 'saw'
        ("Some nights the clinic sees 90 new patients.", "90", "reported"),
        ("We are seeing around 300 new cases a day, the doctor said.", "around 300", "reported"),
        ("The port saw exports of $2.1 billion last month.", "$2.1 billion", "reported"),
    ],
)
def test_a_level_a_forecaster_sees_is_projected(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a level whose period, named nearest it in its clause, is after the report's
        ("The bureau puts next year's inflation at 2.6%.", "2.6%", "projected"),
        ("The plan rests on exports of $4 billion next year.", "$4 billion", "projected"),
        ("Total outlays next year: €48.2 billion.", "€48.2 billion", "projected"),
        ("The agency puts the shortfall at 2.2% in 2033.", "2.2%", "projected"),
        # the period nearest the figure is the report's or an earlier one
        (
            "Exports of $4 billion next year would beat the $3 billion of 2030.",
            "$3 billion",
            "historical",
        ),
        ("The agency put the shortfall at 2.2% in 2030.", "2.2%", "historical"),
        ("Inflation was 2.1% this year and the board meets next month.", "2.1%", "reported"),
        # a count of a later period is a plan, as reported
        ("The chain opens 45 shops next year.", "45", "reported"),
    ],
)
def test_a_level_of_a_later_period_is_projected(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a bare figure after ', not' takes the modality of the figure set against it
        ("Brokers expect 40 closures, not 25, by the autumn.", "25", "projected"),
        ("Analyst Ilse Varga sees sales of $2 billion, not $5 billion.", "$5 billion", "projected"),
        ("The agency puts the toll at 41, not 38.", "38", "reported"),
        # a figure read with its own cue keeps it
        ("The party took 61 seats, not 70 as forecast.", "70", "projected"),
    ],
)
def test_a_bare_figure_set_against_a_forecast_by_not_is_a_forecast(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a possessive's figure before a noun of estimate, with a forecast in the sentence
        (
            "Brokers at Ostrel kept their forecast of sales at $2 billion, while Pavo said its "
            "$4 billion estimate was fair.",
            "$4 billion",
            "projected",
        ),
        # before any other noun: the thing's value now
        ("Markets expect the bank to raise its 4.25% rate.", "4.25%", "reported"),
    ],
)
def test_a_possessive_figure_before_a_noun_of_estimate_is_that_estimates_value(
    text, mention, expected
):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a change of the figure before, its verb left out
        ("Outlays next year: €48.2 billion, up 2.7%.", "2.7%", "projected"),
        ("Outlays were €48.2 billion, up 2.7%.", "2.7%", "reported"),
        # a gapped clause's subject and figure
        (
            "On rates, the treasury assumes 2.4%, the central bank 1.9%, and both may move.",
            "1.9%",
            "projected",
        ),
        ("Exit polls gave the Greens 41 seats, the Liberals 33.", "33", "projected"),
        # a clause of its own with a verb of saying is read alone
        ("Brokers expect 60 closures, officials said 45.", "45", "reported"),
    ],
)
def test_a_verbless_clause_figure_takes_the_modality_of_the_figure_before(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the present of assuming a value for a plan
        ("The treasury assumes 2.4% growth in its plan.", "2.4%", "projected"),
        ("The plans assume exports of $4 billion.", "$4 billion", "projected"),
        # the past 'assumed' is also taking on: as read
        ("The rebels assumed control of 60% of the province.", "60%", "reported"),
    ],
)
def test_a_value_a_plan_assumes_is_projected(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected
