"""A spokesperson speaks for a body: a lower-case phrase of a body's noun before 'spokesman',
'spokeswoman' or 'spokesperson' names that body as the source (s23-sayers), as 'a police
spokesman' names the police.

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Harbour works enter third week\n\nThe day began quietly. "
PUBLISHED = "2025-03-10"


READ = [
    # a body's noun before the role
    ("A council spokeswoman said the queue was nearer 300.", "300", "the council"),
    ("A hospital spokeswoman told reporters 40 people were treated.", "40", "the hospital"),
    ("A ferry company spokesman said 12 sailings were cancelled.", "12", "the ferry company"),
]
MUST_NOT = [
    # the role alone, or a capitalised phrase, stays as it was read
    ("A spokesman said 300 people came.", "300", "the spokesman"),
    ("The union spokesman said 300 people came.", "300", "The union spokesman"),
    ("A police spokesman said 300 people came.", "300", "the police"),
]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "dropped (docs/grouping.md, s23-sayers): a spokesperson's body as the source; no row "
        "of the benchmark moved"
    ),
)
@pytest.mark.parametrize("sentence,figure,expected", READ)
def test_a_spokesperson_names_the_body_it_speaks_for(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected


@pytest.mark.parametrize("sentence,figure,expected", MUST_NOT)
def test_a_spokesperson_of_no_lower_case_body_stays_as_read(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to", PUBLISHED) == expected
