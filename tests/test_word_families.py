"""Word families of news counts (`reconcile/families.py`, read by `mentions._stem`): two outlets'
wordings of one count compare as one family; the counts news sets against each other (the dead
and the injured, the missing and the rescued or found, the held and the freed) never do. A guard
for any growth of the families, by hand or from a lexicon."""

import pytest

from analysis.reconcile.mentions import tokens


@pytest.mark.parametrize(
    "one, other",
    [
        ("arrested", "detained"),
        ("detention", "imprisonment"),
        ("incarcerated", "jailed"),
        ("freed", "released"),
        ("killed", "deaths"),
        ("evacuated", "displaced"),
        ("injured", "wounded"),
        ("missing", "unaccounted"),
        ("negotiations", "talks"),
    ],
)
def test_two_wordings_of_one_count_are_one_family(one, other):
    assert tokens(one) == tokens(other)
    assert tokens(one)[0].startswith("#")


@pytest.mark.parametrize(
    "one, other",
    [
        ("injured", "killed"),
        ("missing", "rescued"),
        ("missing", "found"),
        ("dead", "wounded"),
        ("detained", "released"),
        ("evacuated", "killed"),
        ("jugs", "jailed"),  # a vessel's noun is not a verb of holding
    ],
)
def test_counts_set_against_each_other_are_two_families(one, other):
    assert tokens(one) != tokens(other)


@pytest.mark.parametrize(
    "one, other",
    [
        ("some 40 dissidents incarcerated since the coup", "40 dissidents jailed"),
        ("the release of 12 sailors", "12 sailors freed"),
        ("storm killed 11 climbers", "deaths of 11 climbers"),
    ],
)
def test_two_outlets_phrases_of_one_count_share_its_family_token(one, other):
    shared = set(tokens(one)) & set(tokens(other))
    assert any(t.startswith("#") for t in shared)
