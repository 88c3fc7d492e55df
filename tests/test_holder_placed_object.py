"""A verb that sets its object at a value by 'on' or 'at' right before the figure ('the count has
the X party on 33.5%', 'the survey shows the Y party at 12.5%': object and adverbial, Quirk et al.
1985, 16.42-16.47) makes the object whose number it is, and its subject who gives it
(analysis.extract.holder_subject, lexicon.holders.PLACING_VERBS). Invented sentences.
"""

from __future__ import annotations

import pytest

from analysis.extract.holder import holder


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the placed object is the holder, not the poll or the count that places it
        ("The latest Norvik poll has the Blue party on 33.5%.", "33.5%", "Blue party"),
        (
            "With 57% counted, the electoral commission has the Blue party on 33.5%.",
            "33.5%",
            "Blue party",
        ),
        ("The count has the Reds at 41.5%.", "41.5%", "Reds"),
        ("A Dunmore survey shows the Greens at 12.5%.", "12.5%", "Greens"),
        # a coordinated clause that leaves the placing verb out: its name before 'on' or 'at'
        ("The count has the Blue party on 33.5% and the Red party on 22%.", "22%", "Red party"),
        ("The count has the Reds at 41.5% and the Blues at 30%.", "30%", "Blues"),
        ("Prices rose 2% and Dunmore on Friday 4%.", "4%", ""),
        ("Rain fell at 5 mm an hour and at 8 mm in the hills.", "8 mm", ""),
        # must not: 'has' with the figure as its object, a name's own 'has ... at', a common noun
        ("The Blue party has 33.5% of the vote.", "33.5%", "Blue party"),
        ("The firm has 4,350 staff on its books.", "4,350", "the firm"),
        ("The Kell reservoir has stood at 30% since June.", "30%", "Kell reservoir"),
        ("The survey shows turnout at 61%.", "61%", ""),
    ],
)
def test_a_placing_verbs_object_before_on_or_at_is_the_holder(text, mention, expected):
    at = text.index(mention)
    assert holder(text, at, at + len(mention), kind="percent") == expected
    assert holder(text, at, at + len(mention), kind="percent", looks=False) == expected
