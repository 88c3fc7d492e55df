"""Case table of when two holders as written name one holder (analysis.reconcile.similarity): they
share a name, or one is the acronym of the other's run of capitalised words."""

from __future__ import annotations

import pytest

from analysis.reconcile.similarity import _holder_key


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("the North Ridge fire", "Ridge fire", True),
        ("National Farmers Union", "NFU", True),
        ("the United Coastal Front", "UCF", True),
        # initials of two words are too short to tell a holder
        ("Coastal Alliance", "CA", False),
        ("National Farmers Union", "NRA", False),
        # common nouns tell no holder from another
        ("the fires", "the fire", False),
    ],
)
def test_holders_are_one_when_they_share_a_name_or_an_acronym(a, b, same):
    assert bool(_holder_key(a) & _holder_key(b)) is same
