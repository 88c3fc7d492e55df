"""The counted noun of 'the number of' a compound noun is the compound's head, its last noun: a
singular common noun before a plural one modifies it ('treatment centres', 'public-sector jobs';
analysis.extract.subject), on invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a noun modifier before the plural head
        (
            "A charity opened a clinic in Dunmere, bringing the number of treatment centres in "
            "the region to 12.",
            "12",
            "centres",
        ),
        ("The union says the number of public-sector jobs to go is 8,200.", "8,200", "jobs"),
        ("The number of police officers on duty rose to 700.", "700", "officers"),
        # not a plural after it: the first word, as before
        ("The number of people killed rose to 12.", "12", "people killed"),
        ("The number of victims rose to 205.", "205", "victims"),
        # an event's noun before the plural keeps its event, as before
        ("The number of evacuation orders stood at 40.", "40", "people evacuated"),
    ],
)
def test_the_number_of_a_compound_noun_counts_its_head(text, mention, expected):
    assert measure_of(text, mention) == expected
