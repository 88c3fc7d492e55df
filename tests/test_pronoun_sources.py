"""A pronoun subject of a verb of saying takes its source from the sentence before
(analysis.extract.discourse_sources, s18-pronoun): the one source, a sayer or a body as subject,
that the sentence before in the same paragraph names, agreeing with the pronoun ('it' a body,
'he' or 'she' a person, 'they' either); and a headline's role noun with no article before a
verb of saying is the source ('..., operator says': analysis.extract.attribution_roles.bare_role).

Invented sentences, each with the figure and the source read ('' for none).
"""

from __future__ import annotations

import pytest

from tests.columns import column_of

LEAD = "Canal closure enters third day\n\nThe day began quietly. "


@pytest.mark.parametrize(
    "sentence,figure,expected",
    [
        # 'it' of a verb of estimating: the body that opens the sentence before
        (
            "The Harbour Board cut its outlook on Monday. It estimates that 400 barges are stuck.",
            "400",
            "The Harbour Board",
        ),
        # 'it said' after the figure, set off by a comma
        (
            "The Harbour Board cut its outlook on Monday. About 400 barges are stuck, it said.",
            "About 400",
            "The Harbour Board",
        ),
        # 'they' of a verb of giving: the sayer of the sentence before
        (
            "Analysts at Quenby Research said the race was close. On Tuesday they had given 23% "
            "to the incumbent.",
            "23%",
            "Analysts at Quenby Research",
        ),
        # 'she': a person by role opening the sentence before
        (
            "Mayor Tilda Rusk spoke on Monday. She said 40 families had left.",
            "40",
            "the mayor",
        ),
        # 'he': the sayer named before a verb of saying in the sentence before
        (
            "The lock will stay shut, harbour master Oren Vale said. He said 12 crews were idle.",
            "12",
            "harbour master Oren Vale",
        ),
    ],
)
def test_a_pronoun_sayer_takes_the_one_source_of_the_sentence_before(sentence, figure, expected):
    assert column_of(LEAD + sentence, figure, "attributed_to") == expected


@pytest.mark.parametrize(
    "sentence,figure",
    [
        # two sources named in the sentence before: the pronoun does not say which
        (
            "The ministry and the police met on Monday. It estimates that 400 barges are stuck.",
            "400",
        ),
        (
            "The Harbour Board said one thing and the union said another. They said 400 barges "
            "were stuck.",
            "400",
        ),
        # a pronoun whose antecedent is a thing, of a verb that gives no figure
        ("The Harbour Board cut its outlook on Monday. It rose to 40 on Friday.", "40"),
        # a new paragraph breaks the chain
        (
            "The Harbour Board cut its outlook on Monday.\n\n"
            "It estimates that 400 barges are stuck.",
            "400",
        ),
        # the sentence before names no source
        ("The canal froze on Monday. It estimates that 400 barges are stuck.", "400"),
        # 'it' does not stand for a person, 'she' not for a body
        ("Mayor Tilda Rusk spoke on Monday. It estimates that 400 barges are stuck.", "400"),
        ("The Harbour Board cut its outlook on Monday. She said 40 families had left.", "40"),
        # a figure past a colon is another clause's
        (
            "The Harbour Board met on Monday. The gap, it said, is in the count: 400 barges "
            "were stuck.",
            "400",
        ),
    ],
)
def test_a_pronoun_sayer_takes_no_source_where_the_sentence_before_does_not_name_one(
    sentence, figure
):
    assert column_of(LEAD + sentence, figure, "attributed_to") == ""


@pytest.mark.parametrize(
    "text,figure,expected",
    [
        # a headline's role noun with no article before its verb of saying
        (
            "Canal short of 70 barges, administrator says, as crews wait\n\nThe day began.",
            "70",
            "the administrator",
        ),
        (
            "Barge stuck for third day, 40 crews idle, operator says\n\nThe day began.",
            "40",
            "the operator",
        ),
        # a role noun once its determiner is dropped
        (
            LEAD + "Waits were under 20 minutes on Friday, a spokeswoman said.",
            "under 20 minutes",
            "the spokeswoman",
        ),
        # a noun that is no role nor body names no sayer
        ("Canal short of 70 barges, report says\n\nThe day began.", "70", ""),
    ],
)
def test_a_headlines_bare_role_noun_before_a_verb_of_saying_is_the_source(text, figure, expected):
    assert column_of(text, figure, "attributed_to") == expected
