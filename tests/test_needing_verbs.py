"""Cases: a verb of needing after a count's noun phrase is a goal's participle only when it takes
no object ('the 76 seats needed for a majority', 'nine short of the 40 required'); followed by a
noun phrase it is the clause's main verb and says what those counted needed, a fact ('75
spectators needed first aid', 'about 40 fans required hospital treatment').

Every sentence is invented; each row is (text, mention as extracted, expected modality).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of


@pytest.mark.parametrize(
    "text,mention,expected",
    [
        # the verb's object a noun, an adjective and a noun, a bare noun the lexicon also tags a
        # verb's base form, a possessive: the counted needed it, a fact
        ("Organisers said 75 spectators needed first aid after the concert.", "75", "reported"),
        ("About 40 fans required hospital treatment, police said.", "About 40", "reported"),
        ("Dozens of residents needed assistance on Friday.", "Dozens", "reported"),
        ("Some 75 people needed stitches.", "Some 75", "reported"),
        ("Nearly 300 walkers needed their inhalers in the smog.", "Nearly 300", "reported"),
        ("The clinic says 18 pupils need a second dose.", "18", "reported"),
        ("At least 12 climbers required rescuing from the ridge.", "At least 12", "reported"),
        # a participle with no object, or followed by a preposition, 'to' or a verb: a goal
        ("The 60 votes needed to pass the bill were not there.", "60", "target"),
        ("It is nine short of the 76 needed for a majority.", "76", "target"),
        ("The 50 signatures required by the rules came in late.", "50", "target"),
        ("The party won 41 seats, two more than the 39 needed.", "39", "target"),
        ("The 284 seats needed, the alliance said, were within reach.", "284", "target"),
        # a verb of needing before the figure is a goal whatever follows
        ("The coalition still needs 13 seats for a majority.", "13", "target"),
    ],
)
def test_a_verb_of_needing_with_an_object_is_the_counts_main_verb_not_a_goal(
    text, mention, expected
):
    assert column_of(text, mention, "modality") == expected
