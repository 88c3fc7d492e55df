"""One article's count added to an earlier one ('four more') and its count of what remains ('four
remain') are two quantities (`reconcile.coincidence.added_and_remaining`, read by
`pairrules.cannot_pairs`); without a word of what remains, or across two articles, they are left to
the pair model. Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.reconcile.coincidence import remaining
from tests.decided import pinned_apart_among


@pytest.mark.parametrize(
    "sentence,figure,left",
    [
        # a word of what remains after the count, in its clause
        ("Four climbers remain on the ridge.", "Four", True),
        ("Rescuers say four are still missing.", "four", True),
        ("That leaves four hikers stranded who stay in the hut.", "four", True),
        # none in the count's clause: after a comma it is another count's
        ("Four climbers were brought down, and nine remain on the ridge.", "Four", False),
        ("Four climbers were brought down on Tuesday.", "Four", False),
    ],
)
def test_remaining_reads_a_word_of_what_remains_in_the_counts_clause(sentence, figure, left):
    assert remaining(sentence, sentence.index(figure), len(figure)) is left


@pytest.mark.parametrize(
    "text,a,b,two_facts",
    [
        # the batch brought down and the climbers left on the ridge: two quantities
        (
            "Rescuers brought four more climbers down on Tuesday. Four remain on the ridge.",
            "four",
            "Four",
            True,
        ),
        # the batch restated: one quantity, left to the pair model
        (
            "Crews pulled 4 more people from the rubble on Tuesday. "
            "All four were taken to hospital.",
            "4",
            "four",
            False,
        ),
        # no count added: left to the pair model
        (
            "Four climbers remain on the ridge. Rescuers hope to reach all four by night.",
            "Four",
            "four",
            False,
        ),
    ],
)
def test_an_articles_added_count_and_its_count_left_are_pinned_apart(text, a, b, two_facts):
    assert pinned_apart_among((text,), ("d0", a), ("d0", b)) is two_facts


def test_an_added_count_and_a_count_left_in_two_articles_are_left_to_the_pair_model():
    first = "Rescuers brought four more climbers down on Tuesday."
    second = "Four climbers remain on the ridge, officials said."
    assert not pinned_apart_among((first, second), ("d0", "four"), ("d1", "Four"))
