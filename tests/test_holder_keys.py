"""Case table of when two holders as written name one holder (analysis.reconcile.similarity): they
share a name, or one is the acronym of the other's run of capitalised words; two names that share
only their head and differ in the words before it are two holders."""

from __future__ import annotations

import pytest

from analysis.reconcile.holders import holder_key, one_holder


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
        # two names of one kind: the same head, other words before it
        ("the Cedar Creek Fire", "Pine Hollow Fire", False),
        ("Marin County", "Sonoma County", False),
        ("Ann Okwendi", "Tom Okwendi", False),
        ("the Progressive Party", "Green Party", False),
        # the bare head's name, a longer name, a title before a name: one holder
        ("Okwendi", "Ann Okwendi", True),
        ("the Cedar Creek fire", "Cedar Creek Fire", True),
        ("President Okwendi", "Ann Okwendi", True),
        ("Marin", "Marin County", True),
        # a head written in lower case in one and capitalised in the other: the head either way
        ("the Upper Cedar fire", "Cedar Fire", True),
        ("the Upper Cedar fire", "Pine Hollow Fire", False),
    ],
)
def test_holders_are_one_when_they_share_a_name_or_an_acronym(a, b, same):
    assert one_holder(holder_key(a), holder_key(b)) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        # the leader named in an 'X-led' compound is another holder than the one it leads
        ("Unity-led NDF", "ruling NDF combine", True),
        ("Unity-led NDF", "National Democratic Front", True),
        ("Unity-led NDF", "Unity", False),
        ("the Ann Okwendi-led Harbour Party", "Harbour Party", True),
        ("the Ann Okwendi-led Harbour Party", "Okwendi", False),
        ("the Ann Okwendi-led Harbour Party", "Ann Lee", False),
        # an acronym written with a hyphen or without: one holder
        ("JD-U", "JDU", True),
        ("JD-U", "JD-S", False),
    ],
)
def test_a_led_compound_and_a_hyphenated_acronym_name_their_holder(a, b, same):
    assert one_holder(holder_key(a), holder_key(b)) is same
