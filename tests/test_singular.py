"""Case table of the singular of a plural noun (analysis.text.vocab.singular): the key every counted
noun is compared by."""

from __future__ import annotations

import pytest

from analysis.text.vocab import singular


@pytest.mark.parametrize(
    "plural, expected",
    [
        ("prisoners", "prisoner"),
        ("people", "person"),
        ("counties", "county"),
        ("churches", "church"),
        ("boxes", "box"),
        ("buzzes", "buzz"),
        # a silent e before the plural's s stays: 'blazes' is 'blaze', not 'blaz'
        ("blazes", "blaze"),
        ("prizes", "prize"),
        ("status", "status"),
    ],
)
def test_singular_of_a_plural_noun(plural, expected):
    assert singular(plural) == expected
