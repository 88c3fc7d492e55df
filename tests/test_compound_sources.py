"""A source named by a common noun's compound ('the harbour board', 'the coast guard'): the subject
of a verb of putting (analysis.extract.attribution_patterns.PUTTER_BEFORE) and a possessive after
a preposition of comparison (analysis.reconcile.disputes), both read with up to two modifiers
before their head, as the counters and the comparatives already were.

Invented sentences, each with the figure and the source read, or the pairs of values the sentence
sets against each other (the smaller first).
"""

from __future__ import annotations

import pytest

from analysis.reconcile.disputes import disputed_values
from tests import grouping
from tests.columns import column_of

LEAD = "Harbour strike enters second day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # one noun before the head, and two
        ("The harbour board put the number of stranded lorries at 40.", "40", "The harbour board"),
        (
            "The regional health office has put the number of injured at 12.",
            "12",
            "The regional health office",
        ),
        # past a non-restrictive relative clause set off by commas
        (
            "The river authority, which runs the locks, put the number of stranded lorries at 40.",
            "40",
            "The river authority",
        ),
        # the head alone, as before
        ("The council put the number of stranded lorries at 40.", "40", "The council"),
        # a passive names no source, its subject however long
        ("The number of stranded lorries was put at 40.", "40", ""),
        ("The queue of stranded lorries was put at 40.", "40", ""),
    ],
)
def test_a_putters_subject_may_be_a_common_nouns_compound(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figures,expected",
    [
        # a possessive of two words after 'against': the other source's value
        (
            "The board now says 14 people are still missing, against the coast guard's nine.",
            [("14", 14.0, "The board"), ("nine", 9.0, "The board")],
            {(9.0, 14.0)},
        ),
        (
            "The agency counted 2,418 cases on Monday, against the river board's 2,115.",
            [("2,418", 2418.0, "The agency"), ("2,115", 2115.0, "The agency")],
            {(2115.0, 2418.0)},
        ),
        # one word, as before
        (
            "The board says 14 people are still missing, against the guard's nine.",
            [("14", 14.0, "The board"), ("nine", 9.0, "The board")],
            {(9.0, 14.0)},
        ),
        # a time's possessive names no source: two periods compared, no dispute
        (
            "Prices rose 5.2% in the year to May, against last year's 4.9%.",
            [("5.2%", 5.2, ""), ("4.9%", 4.9, "")],
            set(),
        ),
        (
            "The port handled 410 ships this week, against last Monday's 380.",
            [("410", 410.0, ""), ("380", 380.0, "")],
            set(),
        ),
    ],
)
def test_a_compound_sources_possessive_after_against_sets_its_value_against_a_times_not(
    sentence, figures, expected
):
    assert disputed_values(grouping.dispute_mentions(sentence, figures)) == expected
