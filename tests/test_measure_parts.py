"""What a count of a group and its parts measures (analysis.extract.measure), on invented sentences:
an apposition that names the group's members one by one does not end the group's clause, a verb
of rescue with 'alive' says the group survived, and the predicate of 'A out of B nouns were ...'
is the part's, not the whole's.
"""

from __future__ import annotations

import pytest

from analysis.text.measures import class_of_measure
from tests.columns import measure_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (
            "Two deckhands, a man and a boy, were rescued from the hull.",
            "Two",
            "deckhands rescued",
        ),
        (
            "Three nurses, one man and two women, were injured in the blast.",
            "Three",
            "nurses injured",
        ),
        (
            "Two guards - one male and one female - were arrested on Friday.",
            "Two",
            "guards arrested",
        ),
        # an aside that names no members ends the clause as before
        ("Two nurses, a spokesman said, were rescued.", "Two", "nurses"),
    ],
)
def test_an_apposition_naming_the_members_does_not_end_the_groups_clause(text, mention, expected):
    assert measure_of(text, mention) == expected


@pytest.mark.parametrize(
    "text,mention,expected,cls",
    [
        ("Two nurses were rescued alive on Sunday.", "Two", "nurses survived", "rescued|nurse"),
        (
            "Three miners were pulled alive from the shaft.",
            "Three",
            "miners survived",
            "rescued|miner",
        ),
        (
            "Just two nurses, one male and one female, were rescued alive on Sunday.",
            "two",
            "nurses survived",
            "rescued|nurse",
        ),
        # rescued without 'alive' stays a rescue
        ("Two nurses were rescued on Sunday.", "Two", "nurses rescued", "rescued|nurse"),
    ],
)
def test_a_verb_of_rescue_with_alive_says_the_group_survived(text, mention, expected, cls):
    measure = measure_of(text, mention)
    assert (measure, class_of_measure(measure)) == (expected, cls)


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the finite predicate ('were found') is the part's: the whole is counted by its noun
        ("Only five out of 80 bodies were found intact.", "80", "bodies"),
        ("Only five out of 80 bodies were found intact.", "five", "bodies found"),
        ("Only 12 of 40 miners were rescued on Friday.", "40", "miners"),
        ("Only 12 of 40 miners were rescued on Friday.", "12", "miners rescued"),
        ("Two of the 30 hostages were released on Monday.", "30", "hostages"),
        # a reduced relative right after the whole's noun is the whole's
        (
            "The remains of 74 out of 80 people killed in the collapse have been identified.",
            "80",
            "people killed",
        ),
        # one figure alone keeps its predicate
        ("Some 40 miners were rescued on Friday.", "Some 40", "miners rescued"),
    ],
)
def test_the_predicate_of_a_part_out_of_a_whole_is_the_parts(text, mention, expected):
    assert measure_of(text, mention) == expected
