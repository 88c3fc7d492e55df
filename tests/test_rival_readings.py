"""Two sources of one quantity read as one quantity: who gives a figure when a clause set off by
commas stands between the source and its verb, and whose a figure is when a verb of reporting
names its source as a passive's agent (analysis.extract.attribution, analysis.extract.holder).

A disagreement between two sources is only found when each figure is credited to its own source
and neither source is read as whose number it is or where it holds. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

COUNCIL = (
    "The Velden Relief Council, which also counts unverified deaths in villages, put the toll at "
    "38 on Thursday."
)
POLICE = "Police, who closed the square at noon, counted 85,000 marchers."
CHARITY = "The Velden Relief Council, a charity, put the toll at 38."


@pytest.mark.parametrize(
    "text,mention,column,expected",
    [
        # the subject of a verb of putting or counting, past a relative clause or an apposition set
        # off by commas, is the figure's source, and not whose number it is
        (COUNCIL, "38", "attributed_to", "The Velden Relief Council"),
        (COUNCIL, "38", "holder", ""),
        (POLICE, "85,000", "attributed_to", "the police"),
        (POLICE, "85,000", "holder", ""),
        (CHARITY, "38", "attributed_to", "The Velden Relief Council"),
        (CHARITY, "38", "holder", ""),
        # ... as without it
        (
            "The Velden Relief Council put the toll at 38.",
            "38",
            "attributed_to",
            "The Velden Relief Council",
        ),
        # a passive's subject set off the same way says nothing: the toll is no source
        ("The toll, which rose overnight, was put at 38.", "38", "attributed_to", ""),
    ],
)
def test_a_source_set_off_from_its_verb_by_commas_gives_the_figure(text, mention, column, expected):
    assert column_of(text, mention, column) == expected


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a clause coordinated with a 'when' clause after an earlier year tells of that year too
        (
            "The flood is the worst since 2011, when 4,000 people fell ill and 150 died.",
            "150",
            "historical",
        ),
        (
            "It is the worst outbreak since 2011, when fever infected 4,000 people and killed 212.",
            "212",
            "historical",
        ),
        ("The flood is the worst since 2011, when 4,000 people fell ill.", "4,000", "historical"),
        # ... not a clause coordinated with a main clause, nor past a semicolon
        ("Since 2011, the river has flooded twice and 150 people have died.", "150", "reported"),
        ("The worst was in 2011, when 4,000 fell ill; now 150 have died.", "150", "reported"),
    ],
)
def test_a_clause_coordinated_with_a_when_clause_of_an_earlier_year_is_historical(
    text, mention, expected
):
    assert column_of(text, mention, "modality", "2031-03-04") == expected
