"""A label heading its sentence names what the bare count after its colon counts ('Known
cases: 31', 'Arrests so far: 12'), and a bare count after that takes its noun as the count before
it does (analysis.extract.rules.noun_from_context); a count with its own noun or state keeps it.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, unit",
    [
        # the label's plural noun, even after a sentence counting another noun
        (
            "The storm cut power to 9,000 homes. Known landslides: 31, up from 24.",
            "31",
            "landslide",
        ),
        (
            "The storm cut power to 9,000 homes. Known landslides: 31, up from 24.",
            "24",
            "landslide",
        ),
        ("Arrests so far: 12.", "12", "arrest"),
        ("Confirmed cases: 408.", "408", "case"),
        # a noun or a state of its own after the count wins
        ("Officials: 40 dead.", "40", "person"),
        ("Update: 40 homes flooded.", "40", "home"),
    ],
)
def test_a_label_before_a_colon_names_what_the_bare_count_after_it_counts(text, mention, unit):
    assert column_of(text, mention, "unit") == unit
