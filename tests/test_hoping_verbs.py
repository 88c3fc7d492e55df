"""Cases: every finite form and participle of the verbs of hoping and seeking before 'to' sets a
goal, as 'hopes to' and 'seeks to' did alone ('we hope to reopen within six days', 'it hoped to
raise $41,500'); a figure in another clause stays reported.

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        ('"We hope to reopen the mill within six days," he said.', "within six days", "target"),
        ("The firm hoped to reopen the mill within six days.", "within six days", "target"),
        ("The club is hoping to sell 2,630 season tickets.", "2,630", "target"),
        ("The charity sought to raise $41,500 by May.", "$41,500", "target"),
        ("The council is seeking to cut 140 posts.", "140", "target"),
        ("The club hopes to sell 2,630 season tickets.", "2,630", "target"),
        # another clause's figure stays as it is stated
        ("The firm hoped to reopen the mill; 310 staff are idle.", "310", "reported"),
        ("We hope the 2,630 fans enjoyed it, the club said.", "2,630", "reported"),
    ],
)
def test_a_verb_of_hoping_or_seeking_before_to_sets_a_goal(text, mention, expected):
    assert column_of(text, mention, "modality") == expected
