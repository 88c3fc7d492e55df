"""The look before the range pattern (a range's joint, 'to' or 'and', right before the figure) holds
wherever the pattern finds a range's first end; where it answers False no range is read. A table
of invented sentences with the first end's text."""

from __future__ import annotations

import pytest

from analysis.extract.modality_range import _joint_before, range_start

# (sentence, the second end's figure as written, the first end as written, '' for none)
RANGE_LOOK_CASES = [
    ("Models suggest 5,000 to 8,000 homes flooded.", "8,000", "5,000"),
    ("Between 1.1% and 1.4% of voters switched.", "1.4%", "1.1%"),
    ("Prices range from 3.90 to  4.80 a litre.", "4.80", "3.90"),
    ("Estimates put damage at $2bn to $3bn.", "$3bn", "$2bn"),
    ("Rescuers expect 40\u00a0to\u00a060 more by dawn.", "60", "40"),
    ("Sales rose from 63 to 65 units.", "65", ""),  # a change, no range: the pattern decides
    ("The toll rose to 65 on Tuesday.", "65", ""),
    ("At least 12 people died, and 40 were hurt.", "40", ""),
    ("Officials counted 40 homes; 12 more burned.", "12", ""),
]


@pytest.mark.parametrize("sentence,figure,first", RANGE_LOOK_CASES)
def test_the_range_look_holds_wherever_a_ranges_first_end_is_found(sentence, figure, first):
    at = sentence.index(figure)
    at += figure[0] in "$€£"  # the figure's number, its currency sign before it
    found = range_start(sentence, at)
    assert (sentence[found[0] : found[1]] if found else "") == first
    if found:
        assert _joint_before(sentence, at)
