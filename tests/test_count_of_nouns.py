"""The counted noun of 'the count of' a noun phrase, read as that of 'the number of' is: a count
whose own words name no noun, set after 'its count of X' or 'the count of X', counts X
(analysis.extract.subject; on invented sentences). Measured and dropped (docs/grouping.md,
s20-read9): right on every figure it changed, but two read stories fell; its cases are strict
xfails.
"""

from __future__ import annotations

import pytest

from tests.columns import measure_of

DROPPED = pytest.mark.xfail(strict=True, reason="'count of' measured and dropped (s20-read9)")


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # 'count of' a noun phrase, with a verb of level or of revising before the figure
        pytest.param(
            "The port has raised its count of stranded lorries to 518.",
            "518",
            "lorries",
            marks=DROPPED,
        ),
        pytest.param(
            "The agency's count of displaced families stood at 1,370 on Friday.",
            "1,370",
            "families displaced",
            marks=DROPPED,
        ),
        pytest.param(
            "The count of ballots counted reached 5,920 by noon.", "5,920", "ballots", marks=DROPPED
        ),
        # 'number of', as before
        ("The port has raised its number of stranded lorries to 518.", "518", "lorries"),
        # the figure's own noun comes first
        ("The port's count of stranded lorries rose by 40 trucks.", "40", "trucks"),
        # a charge's 'counts' are its own noun, no record of a count
        ("The driver was convicted on two counts of forgery.", "two", "counts"),
    ],
)
def test_the_count_of_a_noun_phrase_counts_its_head(text, mention, expected):
    assert measure_of(text, mention) == expected
