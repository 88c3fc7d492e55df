"""Case table of a modal of possibility before a stative verb of measure
(analysis.extract.modality_hedged): 'the closures could cost the region EUR 2 billion' is an
uncertain estimate of a quantity that exists, a hedged report like 'could be as high as', no
projection. Must-not cases: a verb of change after the modal, a condition, a later period or a
year in the clause keep the projection. Every sentence is invented; each row is (text, the figure
as extracted, the expected modality)."""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a stative verb of measure after the modal: a hedged estimate of a state, reported
        (
            "A week of closures could cost the province €315 million, the guild said.",
            "€315 million",
            "reported",
        ),
        (
            "The seized haul might total 860 kilograms, inspectors said.",
            "860 kilograms",
            "reported",
        ),
        ("The slick may measure 17 square kilometres.", "17 square kilometres", "reported"),
        (
            "The damage could well cost insurers about $3.2 billion.",
            "about $3.2 billion",
            "reported",
        ),
        # the modal's 'be' stays a hedged state
        ("The count of the missing may well be 48.", "48", "reported"),
        # must not: a verb of change after the modal stays projected
        ("The toll could rise to 260, officials said.", "260", "projected"),
        ("Claims on the fund could reach $5.5 billion.", "$5.5 billion", "projected"),
        # must not: a condition or a later period keeps the projection
        (
            "The walkout could cost the port $70 million if it lasts a week.",
            "$70 million",
            "projected",
        ),
        ("The new tariffs could cost 8,400 jobs next year.", "8,400", "projected"),
        ("The upgrade could cost €2.3 billion by 2031.", "€2.3 billion", "projected"),
    ],
)
def test_a_modal_before_a_stative_verb_of_measure_is_a_hedged_estimate(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
