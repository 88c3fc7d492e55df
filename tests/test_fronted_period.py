"""A period fronted at the head of a clause holds for the figures of that clause: at the head of the
sentence ('In 2022, X killed nine') or of an independent clause after a colon or a semicolon ('...
in three years: in 2022, X killed nine'), and not past that clause.

Invented sentences only: each case is one sentence, the mention, the document's publication date
and the expected ``modality`` (analysis.extract.history).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


def _modality(text: str, mention: str, published: str) -> str:
    return column_of(text, mention, "modality", published)


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ("In 2022, Hurricane Orla killed nine people in Tarvel.", "nine", "historical"),
        (
            "It is the second storm to hit the coast in three years: in 2022, Hurricane Orla "
            "killed nine people in Tarvel.",
            "nine",
            "historical",
        ),
        (
            "The storm killed 12 people; in 2022, Hurricane Orla killed nine in Tarvel.",
            "nine",
            "historical",
        ),
        # the fronted period holds for its own clause only
        (
            "In 2022, Hurricane Orla hit the coast; this week's storm has killed 12 people.",
            "12",
            "reported",
        ),
        (
            "The storm killed 12 people; in 2022, Hurricane Orla killed nine in Tarvel.",
            "12",
            "reported",
        ),
        # a period of this year is no earlier period
        ("Officials said: in 2025, the storm killed 12 people.", "12", "reported"),
    ],
)
def test_a_period_fronted_at_a_clause_head_makes_its_figures_historical(text, mention, expected):
    assert _modality(text, mention, "2025-08-27") == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # an earlier period named from the report's, fronted, dates its sentence past a comma
        ("Last year, the port handled 410 ships.", "410", "historical"),
        ("Two years ago, the Farmers' League won 88 seats.", "88", "historical"),
        ("Previously, the agency had counted 40 deaths.", "40", "historical"),
        (
            "Last year the port missed its goal by far, with 410 ships against a plan of 500.",
            "410",
            "historical",
        ),
        # ... up to a word that brings it back to the present
        (
            "Last year, the port handled 410 ships, but this year it has handled 520.",
            "520",
            "reported",
        ),
        ("Last year, the port handled 410 ships; it now handles 520.", "520", "reported"),
        # a word that only begins so is no period
        ("Lasting damage to the pier cost 40 million.", "40 million", "reported"),
    ],
)
def test_an_earlier_period_named_from_the_reports_and_fronted_makes_its_figures_historical(
    text, mention, expected
):
    assert _modality(text, mention, "2025-08-27") == expected
