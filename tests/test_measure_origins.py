"""What a count measures (analysis.extract.measure): people counted by where they come from. A
name before a noun of origin, a copula's complement, a bare count from a named place, and how
those measures fold; a name before a noun of people is not the counted noun. Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "The passengers included two Fooland nationals, the ministry said.",
            "two",
            "Fooland nationals",
            "|origin",
        ),
        (
            "Although there are two Barish individuals, one is recorded as living in Alderton.",
            "two",
            "Barish individuals",
            "|origin",
        ),
        # what happens to them still says what is counted of them
        (
            "Two Fooland nationals were killed in the blast.",
            "Two",
            "Fooland nationals killed",
            "dead|origin",
        ),
        ("Among the victims were 12 US citizens.", "12", "US citizens killed", "dead|origin"),
        # a name before a noun that is not one of origin, or no name: the count of the group
        (
            "Officials said 20 Fooland hostages were released on Monday.",
            "20",
            "hostages released",
            "released|hostage",
        ),
        ("Officials said 20 people were released on Monday.", "20", "people released", "released"),
        # a name before residents is the place the count holds for
        (
            "Police said 300 Alder residents were evacuated.",
            "300",
            "residents evacuated",
            "evacuated",
        ),
        # a headline's capitals name no origin
        ("Alder Crash Kills 64 People", "64", "people killed", "dead"),
    ],
)
def test_a_name_before_a_noun_of_origin_counts_people_by_origin(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "According to officials, two passengers were Fooland nationals.",
            "two",
            "Fooland nationals",
            "|origin",
        ),
        (
            "Of the 60 people on board, 14 passengers were minors.",
            "14",
            "minors on board",
            "aboard|child",
        ),
        ("Of the 40 dead, 12 were children.", "12", "children dead", "dead|child"),
        # a complement that names no people, or an event, leaves the count's own noun
        ("Of the 40 dead, 12 were given names.", "12", "people dead", "dead"),
        (
            "Two passengers were injured in the crash.",
            "Two",
            "passengers injured",
            "injured|passenger",
        ),
        (
            "The three miners were the only survivors.",
            "three",
            "miners survived",
            "rescued|miner",
        ),
    ],
)
def test_a_copulas_complement_names_the_part_of_the_group_counted(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        (
            "Of the 60 passengers who died, the homes are: 37 from Westburg, 2 from Ferrin.",
            "37",
            "passengers from",
            "|origin",
        ),
        (
            "Of the 60 passengers who died, the homes are: 37 from Westburg, 2 from Ferrin.",
            "2",
            "passengers from",
            "|origin",
        ),
        ("The victims included 12 from Alderton.", "12", "people from", "|origin"),
        (
            "The dead included 3 from Alderton and 1 each from Ferrin and Westburg.",
            "1",
            "people from",
            "|origin",
        ),
        # a day after 'from' is the earlier value's time; a noun written between is the group's
        ("The toll rose to 25 from Friday's 13.", "25", "death toll", "dead"),
        (
            "One counselor from Camp Alder is missing.",
            "One",
            "counselor missing",
            "missing|staff",
        ),
    ],
)
def test_a_bare_count_from_a_named_place_is_a_breakdown_by_origin(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "measure,cls",
    [
        ("Fooland nationals", "|origin"),
        ("US citizens killed", "dead|origin"),
        ("Barish people not found", "not found|origin"),
        ("passengers from", "|origin"),
        # no name before the noun of origin: the plain class
        ("nationals", ""),
        ("residents evacuated", "evacuated"),
        ("people killed", "dead"),
    ],
)
def test_measures_of_people_by_origin_fold_to_their_own_class(measure, cls):
    assert class_of_measure(measure) == cls


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # a name ending in -s before a noun of people is no plural for them
        (
            "Nearly 840 Varnas personnel and 310 vehicles are engaged in the search.",
            "Nearly 840",
            "personnel",
        ),
        ("About 400 Varnas firefighters joined the search.", "About 400", "firefighters"),
        # the text's own plural for people, a name or not, when no noun of people follows
        ("Police said 300 Norwegians were freed.", "300", "norwegians freed"),
        (
            "At least 85 individuals remain unaccounted for.",
            "At least 85",
            "individuals unaccounted for",
        ),
    ],
)
def test_a_name_before_a_noun_of_people_is_not_the_counted_noun(text, mention, expected):
    assert measure_of(text, mention) == expected
