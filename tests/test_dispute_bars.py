"""A figure a sentence names as a bar ('above the 3% limit', 'short of the record of 44.1C') is
what a value is measured against, no side of a dispute (analysis.reconcile.disputes).

Invented sentences, each with its figures (text, value, named source) and the pairs of values the
sentence sets against each other (the smaller first).
"""

from __future__ import annotations

import pytest

from analysis.reconcile.disputes import disputed_values
from tests.grouping import dispute_mentions


@pytest.mark.parametrize(
    "sentence,figures,expected",
    [
        # a replacement sets the ministry's figure against the council's, not against the limit
        # the sentence names between them
        (
            "The watchdog said the shortfall would hit 3.7% in 2032, above the 3% limit, "
            "rather than the treasury's 2.8%.",
            [("3.7%", 3.7, "The watchdog"), ("3%", 3.0, ""), ("2.8%", 2.8, "")],
            {(2.8, 3.7)},
        ),
        # the same with values whose digits hold the bar's ('3%' is no part of '3.3%'): the pairs
        # do not hang on the values
        (
            "The watchdog said the shortfall would hit 3.3% in 2032, above the 3% limit, "
            "rather than the treasury's 2.7%.",
            [("3.3%", 3.3, "The watchdog"), ("3%", 3.0, ""), ("2.7%", 2.7, "")],
            {(2.7, 3.3)},
        ),
        # a record named with 'of' before its figure is no source's reading
        (
            "The station stayed short of the national record of 44.1C, but forecasters said "
            "it could reach 44C on Wednesday.",
            [("44.1C", 44.1, "The station"), ("44C", 44.0, "forecasters")],
            set(),
        ),
        # a bar's noun after two modifiers of the figure
        (
            "Police counted 41 arrests, but the city said 50 a day was its legal limit.",
            [("41", 41.0, "Police"), ("50", 50.0, "the city")],
            {(41.0, 50.0)},
        ),
        (
            "The ministry put the deficit at 2.8%, but the council said the 3% legal limit "
            "would be broken.",
            [("2.8%", 2.8, "The ministry"), ("3%", 3.0, "the council")],
            set(),
        ),
        # a bar's noun after a function word belongs to another phrase: still two readings
        (
            "The university said 44.4C, but the service said 43.6C and the record stands.",
            [("44.4C", 44.4, "The university"), ("43.6C", 43.6, "the service")],
            {(43.6, 44.4)},
        ),
    ],
)
def test_a_figure_named_as_a_bar_is_no_side_of_a_dispute(sentence, figures, expected):
    assert disputed_values(dispute_mentions(sentence, figures)) == expected
