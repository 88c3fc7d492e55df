"""Products told by their making: a year in a reduced relative clause of making right after a
counted noun ('recalling scooters built from 2020 to 2022') dates the things counted, not the
count, when another verb says what happens to them; and a
'model' that a participle of making or a noun of a product's line follows ('kettle models made
in 2021', 'the 2024 model year') is a product's model, no forecast model that projects the
figures after it (analysis.extract.history, analysis.extract.modality_future; the participles
in analysis.extract.lexicon.modality.MAKING_PARTICIPLES). Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

PUBLISHED = "2026-05-05"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the years of the making clause are the things' own: the count is now
        (
            "The firm is recalling 90,000 scooters built from 2020 to 2022, it said.",
            "90,000",
            "reported",
        ),
        ("The regulator is checking 48,000 boilers made in 2019.", "48,000", "reported"),
        (
            "The clinic is tracing 2,300 children born between 2015 and 2017.",
            "2,300",
            "reported",
        ),
        ("About 410 homes built before 1950 were flooded on Monday.", "About 410", "reported"),
        # a verb's own year, a passive of making, or a making that is the count's only event (no
        # other verb, or one of showing) still dates the count
        ("In all, 300 homes were built in 2019, the council said.", "300", "historical"),
        ("Some 300 homes built in 2019.", "Some 300", "historical"),
        ("The figures showed 300 homes built in 2019.", "300", "historical"),
        ("The builder completed 300 homes in 2019, it said.", "300", "historical"),
        ("The firm sold 120 boats made of oak in 2019.", "120", "historical"),
    ],
)
def test_a_year_of_making_after_a_counted_noun_dates_the_things_not_the_count(
    text, mention, expected
):
    assert column_of(text, mention, "modality", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a product's models: the figures after them are reported
        (
            "Kettle models made from 2021 to 2023, 75,000 in all, are affected.",
            "75,000",
            "reported",
        ),
        ("Scooter models made abroad number about 30,000.", "about 30,000", "reported"),
        ("The recall adds the 2024 model year, taking it to 52,000 bikes.", "52,000", "reported"),
        # a forecast's model still projects
        ("The bank's model gives a deficit of 3.9% next year.", "3.9%", "projected"),
        ("Flood models show 12,000 homes at risk by 2040.", "12,000", "projected"),
    ],
)
def test_a_model_a_making_or_a_product_line_follows_is_no_forecast_model(text, mention, expected):
    assert column_of(text, mention, "modality", PUBLISHED) == expected
