"""A count in the 'of' phrase of a definite noun phrase ('the remains of 26 captives', 'the
bodies of 9 soldiers') names people or things the reader knows of: a modal or a verb of
forecasting before it bears on what happens to them, not on how many there are. Tried and dropped
(s16-modality, docs/grouping.md): read as reported, as a figure between a possessive and its noun
is (analysis.extract.modality_future _possessed), it cost the seven stories 0.794 -> 0.791 (gaza
0.906 -> 0.902, la 0.861 -> 0.848) and set 4 0.687 -> 0.654 (breach_invented4 0.677 -> 0.578).
Structure alone does not tell 'the remains of 20', people known of, from 'the release of 20', an
event's count. Invented sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

DROPPED = pytest.mark.xfail(
    strict=True, reason="dropped: a count in a definite head's 'of' phrase read as reported"
)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the count of the 'of' phrase after a definite head: reported (dropped)
        pytest.param(
            "The militia is still expected to return the remains of at least 12 missing sailors.",
            "at least 12",
            "reported",
            marks=DROPPED,
        ),
        pytest.param(
            "The army could hand over the bodies of 9 soldiers on Friday.",
            "9",
            "reported",
            marks=DROPPED,
        ),
        # the count a modal or a forecast bears on: projected
        ("The militia is expected to return 12 bodies on Friday.", "12", "projected"),
        ("The army could release 40 prisoners of war.", "40", "projected"),
        ("Officials expect the toll to rise to 40 people.", "40", "projected"),
    ],
)
def test_a_count_in_the_of_phrase_of_a_definite_head_is_reported(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
