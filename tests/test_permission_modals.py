"""Cases: 'could' or 'may' before a verb of taking or using whose object is the figure, with a
frequency adjunct right after it ('members could borrow up to 12 books a week', 'each angler may
take four fish a day'), grants an allowance per period (the modals of permission): the figure is
reported, not projected. A modal before another verb, or with no period after the figure, stays a
possibility ('prices could rise 5% a year', 'the club could borrow 40 million'), as does a change
in what is taken or used ('could spend an extra $90 a month', '$90 more a month').

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # an allowance per period, granted: reported
        (
            "Library members could borrow up to 12 books a week from Monday.",
            "up to 12",
            "reported",
        ),
        ("Since dawn each angler may take four fish a day.", "four", "reported"),
        ("Tenants may now use 80 litres per day, the board said.", "80 litres", "reported"),
        ("Pensioners could draw $300 a month in cash.", "$300", "reported"),
        ("Visitors may bring 2 bags each day.", "2", "reported"),
        # another verb, or no period after the figure: a possibility still
        ("Prices could rise 5% a year, analysts warned.", "5%", "projected"),
        ("The club could borrow 40 million to build a stand.", "40 million", "projected"),
        ("Farmers may lose 300 sheep a week if the drought holds.", "300", "projected"),
        # a change in what is spent or used ('an extra', 'more'): a possibility still
        ("Households could spend an extra $90 a month on heating.", "$90", "projected"),
        ("Households could spend $90 more a month on heating.", "$90", "projected"),
    ],
)
def test_a_modal_before_a_taking_verb_and_a_rate_grants_an_allowance(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
