"""A clause's subject whose verb takes its own record as object gives the figure and is not its
holder, however far the figure stands from the verb ('trimmed their estimate of stranded lorries
near the ferry ramp to N', 'has lifted its count of idle barges to N';
analysis.extract.holder_givers, read by holder_subject); a record a holder also keeps ('tally',
'toll') only for an authority or a group of people. A party's tally, a fire's toll, a union's
membership and the subject of any other verb stay the holder. The same subject carried to the later
figures of its sentence (a verb of its own record, of putting or of counting before them: 'revised
its toll: 23 dead, 14 in Alby and nine in Lisket') was tried and dropped (docs/grouping.md,
s21-holders): its cases are strict xfails.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

RAISED = (
    "Kessel port police late on Friday trimmed their estimate of stranded lorries near the ferry "
    "ramp to 1,240 from 1,610."
)
TOLL = "The Harbour Agency has just revised its toll: 23 dead, 14 in Alby and nine in Lisket."
HIGH = "The Alby Weather Office logged a high of 39.1C in Lisket, after 38.2C on Friday."
TALLY = "The Blue Party raised its tally to 41 seats, up from 36."
FIRE_TOLL = "The Palm fire lifted its toll to 12 on Monday, from 9 on Sunday."


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the subject's own record as the verb's object, far from the figure: who gives it
        (RAISED, "1,240", ""),
        (RAISED, "1,610", ""),
        ("The Wexholm Port Authority has lifted its count of idle barges to 318.", "318", ""),
        # must not: a holder's own tally or toll, another verb's subject, a measure it owns
        (TALLY, "36", "Blue Party"),
        (FIRE_TOLL, "9", "Palm fire"),
        (FIRE_TOLL, "12", "Palm fire"),
        ("The Blue alliance won 263 seats, up from 240.", "240", "Blue alliance"),
        ("The Palm fire has burned 17,400 acres, up from 15,300.", "15,300", "Palm fire"),
        (
            "The Kell reservoir stood at 30% of capacity, down from 34% a week ago.",
            "34%",
            "Kell reservoir",
        ),
        ("The Tolmer Union raised its membership to 4,350 from 3,900.", "3,900", "Tolmer Union"),
        (
            "The Blue Party saw its share rise to 31% from 26% in the last election.",
            "26%",
            "Blue Party",
        ),
        (
            "The Osk Mining Company raised its output to 4.2 million tonnes from 3.9 million "
            "tonnes.",
            "3.9 million tonnes",
            "Osk Mining Company",
        ),
        ("The Blue Party recorded 41 seats, up from 36.", "36", "Blue Party"),
    ],
)
def test_a_subject_taking_its_own_record_as_object_is_not_the_holder(text, mention, expected):
    assert column_of(text, mention, "holder") == expected


@pytest.mark.xfail(
    strict=True,
    reason="dropped (s21-holders): the subject of a verb of its own record, of putting or of "
    "counting not carried to the later figures of its sentence moved 3 figures of the read "
    "stories, each right by its sentence, and cost bank_invented7 0.771 -> 0.758 (set 7 "
    "0.759 -> 0.755)",
)
@pytest.mark.parametrize(
    "text,mention,expected",
    [
        (TOLL, "23", ""),
        (TOLL, "nine", ""),
        (HIGH, "38.2C", ""),
        (
            "The Fenwick Trade Council lifted its estimate on Friday to €2.2 billion for the "
            "week, from €0.9 billion for Monday alone.",
            "€0.9 billion",
            "",
        ),
        (
            "The Dorne Shipping Authority put the gap at €300 million on Monday, up from "
            "€200 million on Sunday.",
            "€200 million",
            "",
        ),
    ],
)
def test_a_subject_giving_its_sentences_figures_is_not_carried_to_them(text, mention, expected):
    assert column_of(text, mention, "holder") == expected
