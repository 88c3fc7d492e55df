"""Sources read where a comparative, a clock time or a quotation mark stood between (s23-sayers):
a putter's comparative set off before its 'at' ('put the figure lower, at 85'), a sayer's part
set off by commas that holds a clock time ('X, at its 8 a.m. update, said'), a zero relative
after a quoted figure ('the "about 30" X gave') or after an auxiliary ('the $75 million the
county has budgeted').

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"


READ = [
    # a comparative set off by a comma before a putter's 'at'
    ("The pilots' guild put the figure lower, at roughly 85.", "roughly 85", "The pilots' guild"),
    (
        "The harbour board puts the cost far lower, at $2 million.",
        "$2 million",
        "The harbour board",
    ),
    # a clock time inside the part set off between a sayer and its verb
    (
        "The coastguard, at its 8 a.m. update, said it was still trying to reach nine.",
        "nine",
        "The coastguard",
    ),
    (
        "The port authority, in a note at 14:30, said 212 lorries were waiting.",
        "212",
        "The port authority",
    ),
    # a zero relative after a quoted figure, or with an auxiliary before its verb
    (
        'The clinic says 53 people were treated, well above the "about 30" Radio Nord gave.',
        "about 30",
        "Radio Nord",
    ),
    (
        "It is almost three times the $75 million the county has budgeted.",
        "$75 million",
        "the county",
    ),
]
MUST_NOT = [
    # must-not: a set-off part holding a figure of its own gives the sayer no figure
    (
        "The firm, which employs 900 people, said 40 jobs would go.",
        "900",
        "",
    ),
    # must-not: no comma and no comparative: the object's own 'at' of place
    ("The union put the number at the gate at 140.", "140", "The union"),
    # must-not: a quoted figure of no relative clause after it
    ('It was the "about 60" figure that stuck in the end.', "about 60", ""),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "dropped (docs/grouping.md, s23-sayers): a putter's comparative, a sayer's set-off "
        "clock time, a quoted zero relative; set 6 0.767 -> 0.776, no confirming set rose"
    ),
)
@pytest.mark.parametrize("sentence,figure,expected", READ)
def test_a_source_read_past_a_comparative_a_clock_time_or_a_quotation_mark(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize("sentence,figure,expected", MUST_NOT)
def test_a_source_read_past_a_comparative_a_clock_time_or_a_quotation_mark_not_elsewhere(
    sentence, figure, expected
):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
