"""Sayers and times the clause's shape hid, found in s22-sayers2's pass: an adjunct of time between
a record's keeper and its verb ('The agency on Monday raised its count to N') and a record's long
postmodifier ('its count of the boats that sank off the cape to N').

Invented sentences, each with the figure and the value read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # a medial adjunct of time is no part of the keeper's subject (Quirk 8.51-8.57)
        (
            "The Harbour Board on Tuesday raised its count of lost containers to 212.",
            "212",
            "The Harbour Board",
        ),
        (
            "The police late on Friday cut their estimate to 40.",
            "40",
            "the police",
        ),
        # a record's postmodifier up to eight words, no figure among them
        (
            "The Harbour Board raised its count of the boats that sank off the cape to 31.",
            "31",
            "The Harbour Board",
        ),
        # must-not: a weekday alone is no keeper
        ("On Tuesday raised its count to 212, officials were silent.", "212", ""),
        # must-not: a postmodifier holding a figure is another record's
        (
            "The Harbour Board raised its count of the 40 boats lost in 2019 to 31.",
            "31",
            "",
        ),
    ],
)
def test_a_keeper_before_a_medial_time_adjunct_gives_its_record(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
