"""The value of an upper bound set on a quantity, named by a noun of a limit ('the 3% limit', 'a
safe limit of 25', 'the speed limit on the bridge is 50 km/h', 'the 4% ceiling'), is a threshold
the quantity is held to, as 'keep the deficit below 3%' is. Tried and dropped (s16-modality,
docs/grouping.md): 'limit' and 'ceiling' among the target words cost set 3 and set 4 (budget
0.667 -> 0.650: the limit read as a goal in some articles and as the rule's '3%' in others) and
the unseen set 7 0.597 -> 0.577. A reading set against the limit stays reported. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.columns import column_of

DROPPED = pytest.mark.xfail(strict=True, reason="dropped: a limit's value read as a target")


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # the limit's own value: a target (dropped)
        *(
            pytest.param(text, mention, "target", marks=DROPPED)
            for text, mention in (
                ("The ministry said it would stay inside the 3% limit.", "3%"),
                ("Levels reached 31 parts per million, against a safe limit of 25.", "25"),
                ("The speed limit on the bridge is 50 km/h.", "50 km/h"),
                ("A tighter cap than the 6% that holds abroad.", "6%"),
                ("The deficit rose to 3.6%, above the 3% ceiling set by law.", "3%"),
            )
        ),
        # a goal's verb: a target as it is
        (
            "The law requires the council to keep its debt below 60% of output.",
            "below 60%",
            "target",
        ),
        # a reading set against the limit, and the reading beside it: reported
        ("The deficit rose to 3.6%, above the 3% ceiling set by law.", "3.6%", "reported"),
        (
            "The lorry was doing 64 km/h, far above the limit for the ramp.",
            "64 km/h",
            "reported",
        ),
        (
            "Levels reached 31 parts per million, against a safe limit of 25.",
            "31 parts per million",
            "reported",
        ),
    ],
)
def test_the_value_of_a_limit_is_a_target(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
